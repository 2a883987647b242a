/*
 * The Windows Virtual PC type library as it must stay: every interface, and each
 * member's name, DISPID, kind and vtable slot.  A frozen copy, checked by
 * model_typelib.h against the registered type library and the C header:
 * registered type libraries, early-bound clients and scripts depend on
 * these numbers, so a change to the IDL that moves one fails the tests.
 * A new member is added here by hand, with its new DISPID.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 *
 * This library is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this library; if not, write to the Free Software
 * Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301, USA
 */

static const struct typelib_member IVMAccountant_members[] =
{
    TYPELIB_MEMBER(IVMAccountant, CPUUtilization, get_CPUUtilization, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMAccountant, CPUUtilizationHistory, get_CPUUtilizationHistory, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMAccountant, DiskBytesRead, get_DiskBytesRead, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMAccountant, DiskBytesWritten, get_DiskBytesWritten, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMAccountant, NetworkBytesReceived, get_NetworkBytesReceived, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMAccountant, NetworkBytesSent, get_NetworkBytesSent, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMAccountant, UpTime, get_UpTime, 7, INVOKE_PROPERTYGET, 13),
};

static const struct typelib_member IVMDisplay_members[] =
{
    TYPELIB_MEMBER(IVMDisplay, _GenerateThumbnail, _GenerateThumbnail, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMDisplay, SetDimensions, SetDimensions, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMDisplay, CanResize, get_CanResize, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMDisplay, Height, get_Height, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMDisplay, Thumbnail, get_Thumbnail, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMDisplay, VideoMode, get_VideoMode, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMDisplay, Width, get_Width, 7, INVOKE_PROPERTYGET, 13),
};

static const struct typelib_member IVMDVDDrive_members[] =
{
    TYPELIB_MEMBER(IVMDVDDrive, AttachHostDrive, AttachHostDrive, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMDVDDrive, AttachImage, AttachImage, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMDVDDrive, ReleaseHostDrive, ReleaseHostDrive, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMDVDDrive, ReleaseImage, ReleaseImage, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMDVDDrive, SetBusLocation, SetBusLocation, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMDVDDrive, Attachment, get_Attachment, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMDVDDrive, BusNumber, get_BusNumber, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMDVDDrive, DeviceNumber, get_DeviceNumber, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMDVDDrive, HostDriveLetter, get_HostDriveLetter, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMDVDDrive, ImageFile, get_ImageFile, 10, INVOKE_PROPERTYGET, 16),
};

static const struct typelib_member IVMDVDDriveCollection_members[] =
{
    TYPELIB_MEMBER(IVMDVDDriveCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMDVDDriveCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMDVDDriveCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMDVDDriveEvents_members[] =
{
    TYPELIB_MEMBER(IVMDVDDriveEvents, OnMediaEject, OnMediaEject, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMDVDDriveEvents, OnMediaInsert, OnMediaInsert, 2, INVOKE_FUNC, 8),
};

static const struct typelib_member IVMFloppyDrive_members[] =
{
    TYPELIB_MEMBER(IVMFloppyDrive, AttachHostDrive, AttachHostDrive, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMFloppyDrive, AttachImage, AttachImage, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMFloppyDrive, ReleaseHostDrive, ReleaseHostDrive, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMFloppyDrive, ReleaseImage, ReleaseImage, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMFloppyDrive, Attachment, get_Attachment, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMFloppyDrive, DriveNumber, get_DriveNumber, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMFloppyDrive, HostDriveLetter, get_HostDriveLetter, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMFloppyDrive, ImageFile, get_ImageFile, 8, INVOKE_PROPERTYGET, 14),
};

static const struct typelib_member IVMFloppyDriveCollection_members[] =
{
    TYPELIB_MEMBER(IVMFloppyDriveCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMFloppyDriveCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMFloppyDriveCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMFloppyDriveEvents_members[] =
{
    TYPELIB_MEMBER(IVMFloppyDriveEvents, OnMediaEject, OnMediaEject, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMFloppyDriveEvents, OnMediaInsert, OnMediaInsert, 2, INVOKE_FUNC, 8),
};

static const struct typelib_member IVMGuestOS_members[] =
{
    TYPELIB_MEMBER(IVMGuestOS, GetOsVersionInfo, GetOsVersionInfo, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMGuestOS, GetParameter, GetParameter, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMGuestOS, InstallIntegrationComponents, InstallIntegrationComponents, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMGuestOS, IsUserLoggedOn, IsUserLoggedOn, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMGuestOS, Logoff, Logoff, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMGuestOS, Restart, Restart, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMGuestOS, SetParameter, SetParameter, 7, INVOKE_FUNC, 13),
    TYPELIB_MEMBER(IVMGuestOS, Shutdown, Shutdown, 8, INVOKE_FUNC, 14),
    TYPELIB_MEMBER(IVMGuestOS, CanShutdown, get_CanShutdown, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMGuestOS, ComputerName, get_ComputerName, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMGuestOS, CSDVersion, get_CSDVersion, 11, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMGuestOS, HeartbeatPercentage, get_HeartbeatPercentage, 12, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMGuestOS, IntegrationComponentsVersion, get_IntegrationComponentsVersion, 13, INVOKE_PROPERTYGET, 19),
    TYPELIB_MEMBER(IVMGuestOS, IsHeartbeating, get_IsHeartbeating, 14, INVOKE_PROPERTYGET, 20),
    TYPELIB_MEMBER(IVMGuestOS, IsHostTimeSyncEnabled, get_IsHostTimeSyncEnabled, 15, INVOKE_PROPERTYGET, 21),
    TYPELIB_MEMBER(IVMGuestOS, IsHostTimeSyncEnabled, put_IsHostTimeSyncEnabled, 15, INVOKE_PROPERTYPUT, 22),
    TYPELIB_MEMBER(IVMGuestOS, MultipleUserSessionsAllowed, get_MultipleUserSessionsAllowed, 16, INVOKE_PROPERTYGET, 23),
    TYPELIB_MEMBER(IVMGuestOS, OSBuildNumber, get_OSBuildNumber, 17, INVOKE_PROPERTYGET, 24),
    TYPELIB_MEMBER(IVMGuestOS, OSMajorVersion, get_OSMajorVersion, 18, INVOKE_PROPERTYGET, 25),
    TYPELIB_MEMBER(IVMGuestOS, OSMinorVersion, get_OSMinorVersion, 19, INVOKE_PROPERTYGET, 26),
    TYPELIB_MEMBER(IVMGuestOS, OSName, get_OSName, 20, INVOKE_PROPERTYGET, 27),
    TYPELIB_MEMBER(IVMGuestOS, OSPlatformId, get_OSPlatformId, 21, INVOKE_PROPERTYGET, 28),
    TYPELIB_MEMBER(IVMGuestOS, OSVersion, get_OSVersion, 22, INVOKE_PROPERTYGET, 29),
    TYPELIB_MEMBER(IVMGuestOS, ProductType, get_ProductType, 23, INVOKE_PROPERTYGET, 30),
    TYPELIB_MEMBER(IVMGuestOS, ScreenLocked, get_ScreenLocked, 24, INVOKE_PROPERTYGET, 31),
    TYPELIB_MEMBER(IVMGuestOS, ServicePackMajor, get_ServicePackMajor, 25, INVOKE_PROPERTYGET, 32),
    TYPELIB_MEMBER(IVMGuestOS, ServicePackMinor, get_ServicePackMinor, 26, INVOKE_PROPERTYGET, 33),
    TYPELIB_MEMBER(IVMGuestOS, SuiteMask, get_SuiteMask, 27, INVOKE_PROPERTYGET, 34),
    TYPELIB_MEMBER(IVMGuestOS, TerminalServerPort, get_TerminalServerPort, 28, INVOKE_PROPERTYGET, 35),
    TYPELIB_MEMBER(IVMGuestOS, TerminalServicesInitialized, get_TerminalServicesInitialized, 29, INVOKE_PROPERTYGET, 36),
};

static const struct typelib_member IVMHardDisk_members[] =
{
    TYPELIB_MEMBER(IVMHardDisk, Compact, Compact, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMHardDisk, Convert, Convert, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMHardDisk, Merge, Merge, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMHardDisk, MergeTo, MergeTo, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMHardDisk, File, get_File, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMHardDisk, HostFreeDiskSpace, get_HostFreeDiskSpace, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMHardDisk, Parent, get_Parent, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMHardDisk, Parent, put_Parent, 7, INVOKE_PROPERTYPUT, 14),
    TYPELIB_MEMBER(IVMHardDisk, SizeInGuest, get_SizeInGuest, 8, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMHardDisk, SizeOnHost, get_SizeOnHost, 9, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMHardDisk, Type, get_Type, 10, INVOKE_PROPERTYGET, 17),
};

static const struct typelib_member IVMHardDiskConnection_members[] =
{
    TYPELIB_MEMBER(IVMHardDiskConnection, SetBusLocation, SetBusLocation, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMHardDiskConnection, BusNumber, get_BusNumber, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMHardDiskConnection, DeviceNumber, get_DeviceNumber, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMHardDiskConnection, HardDisk, get_HardDisk, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMHardDiskConnection, UndoHardDisk, get_UndoHardDisk, 5, INVOKE_PROPERTYGET, 11),
};

static const struct typelib_member IVMHardDiskConnectionCollection_members[] =
{
    TYPELIB_MEMBER(IVMHardDiskConnectionCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMHardDiskConnectionCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMHardDiskConnectionCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMHostInfo_members[] =
{
    TYPELIB_MEMBER(IVMHostInfo, DVDDrives, get_DVDDrives, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMHostInfo, FloppyDrives, get_FloppyDrives, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMHostInfo, LogicalProcessorCount, get_LogicalProcessorCount, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMHostInfo, Memory, get_Memory, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMHostInfo, MemoryAvail, get_MemoryAvail, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMHostInfo, MemoryAvailString, get_MemoryAvailString, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMHostInfo, MemoryTotalString, get_MemoryTotalString, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMHostInfo, MMX, get_MMX, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMHostInfo, NetworkAdapters, get_NetworkAdapters, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMHostInfo, NetworkAddresses, get_NetworkAddresses, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMHostInfo, OperatingSystem, get_OperatingSystem, 11, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMHostInfo, OSMajorVersion, get_OSMajorVersion, 12, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMHostInfo, OSMinorVersion, get_OSMinorVersion, 13, INVOKE_PROPERTYGET, 19),
    TYPELIB_MEMBER(IVMHostInfo, OSServicePackString, get_OSServicePackString, 14, INVOKE_PROPERTYGET, 20),
    TYPELIB_MEMBER(IVMHostInfo, OSVersionString, get_OSVersionString, 15, INVOKE_PROPERTYGET, 21),
    TYPELIB_MEMBER(IVMHostInfo, ParallelPort, get_ParallelPort, 16, INVOKE_PROPERTYGET, 22),
    TYPELIB_MEMBER(IVMHostInfo, PhysicalProcessorCount, get_PhysicalProcessorCount, 17, INVOKE_PROPERTYGET, 23),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorFeaturesString, get_ProcessorFeaturesString, 18, INVOKE_PROPERTYGET, 24),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorManufacturerString, get_ProcessorManufacturerString, 19, INVOKE_PROPERTYGET, 25),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorSpeed, get_ProcessorSpeed, 20, INVOKE_PROPERTYGET, 26),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorSpeedString, get_ProcessorSpeedString, 21, INVOKE_PROPERTYGET, 27),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorVersionString, get_ProcessorVersionString, 22, INVOKE_PROPERTYGET, 28),
    TYPELIB_MEMBER(IVMHostInfo, SerialPorts, get_SerialPorts, 23, INVOKE_PROPERTYGET, 29),
    TYPELIB_MEMBER(IVMHostInfo, SSE, get_SSE, 24, INVOKE_PROPERTYGET, 30),
    TYPELIB_MEMBER(IVMHostInfo, SSE2, get_SSE2, 25, INVOKE_PROPERTYGET, 31),
    TYPELIB_MEMBER(IVMHostInfo, ThreeDNow, get_ThreeDNow, 26, INVOKE_PROPERTYGET, 32),
    TYPELIB_MEMBER(IVMHostInfo, UTCTime, get_UTCTime, 27, INVOKE_PROPERTYGET, 33),
};

static const struct typelib_member IVMKeyboard_members[] =
{
    TYPELIB_MEMBER(IVMKeyboard, IsPressed, IsPressed, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMKeyboard, PressAndReleaseKey, PressAndReleaseKey, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMKeyboard, PressKey, PressKey, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMKeyboard, ReleaseKey, ReleaseKey, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMKeyboard, TypeAsciiText, TypeAsciiText, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMKeyboard, TypeKeySequence, TypeKeySequence, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMKeyboard, HasExclusiveAccess, get_HasExclusiveAccess, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMKeyboard, HasExclusiveAccess, put_HasExclusiveAccess, 7, INVOKE_PROPERTYPUT, 14),
};

static const struct typelib_member IVMMouse_members[] =
{
    TYPELIB_MEMBER(IVMMouse, Click, Click, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMMouse, GetButton, GetButton, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMMouse, SetButton, SetButton, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMMouse, HorizontalPosition, get_HorizontalPosition, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMMouse, HorizontalPosition, put_HorizontalPosition, 4, INVOKE_PROPERTYPUT, 11),
    TYPELIB_MEMBER(IVMMouse, ScrollWheelPosition, put_ScrollWheelPosition, 5, INVOKE_PROPERTYPUT, 12),
    TYPELIB_MEMBER(IVMMouse, UsingAbsoluteCoordinates, get_UsingAbsoluteCoordinates, 6, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMMouse, UsingAbsoluteCoordinates, put_UsingAbsoluteCoordinates, 6, INVOKE_PROPERTYPUT, 14),
    TYPELIB_MEMBER(IVMMouse, VerticalPosition, get_VerticalPosition, 7, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMMouse, VerticalPosition, put_VerticalPosition, 7, INVOKE_PROPERTYPUT, 16),
};

static const struct typelib_member IVMNetworkAdapter_members[] =
{
    TYPELIB_MEMBER(IVMNetworkAdapter, _ID, _ID, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMNetworkAdapter, AttachToVirtualNetwork, AttachToVirtualNetwork, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMNetworkAdapter, DetachFromVirtualNetwork, DetachFromVirtualNetwork, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMNetworkAdapter, EthernetAddress, get_EthernetAddress, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMNetworkAdapter, EthernetAddress, put_EthernetAddress, 4, INVOKE_PROPERTYPUT, 11),
    TYPELIB_MEMBER(IVMNetworkAdapter, IsEthernetAddressDynamic, get_IsEthernetAddressDynamic, 5, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMNetworkAdapter, IsEthernetAddressDynamic, put_IsEthernetAddressDynamic, 5, INVOKE_PROPERTYPUT, 13),
    TYPELIB_MEMBER(IVMNetworkAdapter, VirtualMachine, get_VirtualMachine, 6, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMNetworkAdapter, VirtualNetwork, get_VirtualNetwork, 7, INVOKE_PROPERTYGET, 15),
};

static const struct typelib_member IVMNetworkAdapterCollection_members[] =
{
    TYPELIB_MEMBER(IVMNetworkAdapterCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMNetworkAdapterCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMNetworkAdapterCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMParallelPort_members[] =
{
    TYPELIB_MEMBER(IVMParallelPort, _ID, _ID, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMParallelPort, Name, get_Name, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMParallelPort, Name, put_Name, 2, INVOKE_PROPERTYPUT, 9),
};

static const struct typelib_member IVMParallelPortCollection_members[] =
{
    TYPELIB_MEMBER(IVMParallelPortCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMParallelPortCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMParallelPortCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMSerialPort_members[] =
{
    TYPELIB_MEMBER(IVMSerialPort, _ID, _ID, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMSerialPort, Configure, Configure, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMSerialPort, ConnectImmediately, get_ConnectImmediately, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMSerialPort, Name, get_Name, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMSerialPort, Type, get_Type, 5, INVOKE_PROPERTYGET, 11),
};

static const struct typelib_member IVMSerialPortCollection_members[] =
{
    TYPELIB_MEMBER(IVMSerialPortCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMSerialPortCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMSerialPortCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMTask_members[] =
{
    TYPELIB_MEMBER(IVMTask, Cancel, Cancel, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMTask, WaitForCompletion, WaitForCompletion, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMTask, Description, get_Description, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMTask, Error, get_Error, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMTask, ErrorDescription, get_ErrorDescription, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMTask, ID, get_ID, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMTask, IsCancelable, get_IsCancelable, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMTask, IsComplete, get_IsComplete, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMTask, PercentCompleted, get_PercentCompleted, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMTask, Result, get_Result, 10, INVOKE_PROPERTYGET, 16),
};

static const struct typelib_member IVMTaskCollection_members[] =
{
    TYPELIB_MEMBER(IVMTaskCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMTaskCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMTaskCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMUSBDevice_members[] =
{
    TYPELIB_MEMBER(IVMUSBDevice, AttachedToVM, get_AttachedToVM, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMUSBDevice, DeviceClass, get_DeviceClass, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMUSBDevice, DeviceString, get_DeviceString, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMUSBDevice, HubID, get_HubID, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMUSBDevice, ManufacturerString, get_ManufacturerString, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMUSBDevice, Port, get_Port, 6, INVOKE_PROPERTYGET, 12),
};

static const struct typelib_member IVMUSBDeviceCollection_members[] =
{
    TYPELIB_MEMBER(IVMUSBDeviceCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMUSBDeviceCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMUSBDeviceCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMVirtualMachine_members[] =
{
    TYPELIB_MEMBER(IVMVirtualMachine, AddDVDROMDrive, AddDVDROMDrive, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualMachine, AddHardDiskConnection, AddHardDiskConnection, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualMachine, AddNetworkAdapter, AddNetworkAdapter, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualMachine, AttachUSBDevice, AttachUSBDevice, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMVirtualMachine, DetachUSBDevice, DetachUSBDevice, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMVirtualMachine, DiscardSavedState, DiscardSavedState, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMVirtualMachine, DiscardUndoDisks, DiscardUndoDisks, 7, INVOKE_FUNC, 13),
    TYPELIB_MEMBER(IVMVirtualMachine, GetActivationValue, GetActivationValue, 8, INVOKE_FUNC, 14),
    TYPELIB_MEMBER(IVMVirtualMachine, GetConfigurationValue, GetConfigurationValue, 9, INVOKE_FUNC, 15),
    TYPELIB_MEMBER(IVMVirtualMachine, MergeUndoDisks, MergeUndoDisks, 10, INVOKE_FUNC, 16),
    TYPELIB_MEMBER(IVMVirtualMachine, Pause, Pause, 11, INVOKE_FUNC, 17),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveActivationValue, RemoveActivationValue, 12, INVOKE_FUNC, 18),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveConfigurationValue, RemoveConfigurationValue, 13, INVOKE_FUNC, 19),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveDVDROMDrive, RemoveDVDROMDrive, 14, INVOKE_FUNC, 20),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveHardDiskConnection, RemoveHardDiskConnection, 15, INVOKE_FUNC, 21),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveNetworkAdapter, RemoveNetworkAdapter, 16, INVOKE_FUNC, 22),
    TYPELIB_MEMBER(IVMVirtualMachine, Reset, Reset, 17, INVOKE_FUNC, 23),
    TYPELIB_MEMBER(IVMVirtualMachine, Resume, Resume, 18, INVOKE_FUNC, 24),
    TYPELIB_MEMBER(IVMVirtualMachine, Save, Save, 19, INVOKE_FUNC, 25),
    TYPELIB_MEMBER(IVMVirtualMachine, SetActivationValue, SetActivationValue, 20, INVOKE_FUNC, 26),
    TYPELIB_MEMBER(IVMVirtualMachine, SetConfigurationValue, SetConfigurationValue, 21, INVOKE_FUNC, 27),
    TYPELIB_MEMBER(IVMVirtualMachine, StartCommunicationChannel, StartCommunicationChannel, 22, INVOKE_FUNC, 28),
    TYPELIB_MEMBER(IVMVirtualMachine, Startup, Startup, 23, INVOKE_FUNC, 29),
    TYPELIB_MEMBER(IVMVirtualMachine, Startup2, Startup2, 24, INVOKE_FUNC, 30),
    TYPELIB_MEMBER(IVMVirtualMachine, TurnOff, TurnOff, 25, INVOKE_FUNC, 31),
    TYPELIB_MEMBER(IVMVirtualMachine, Accountant, get_Accountant, 26, INVOKE_PROPERTYGET, 32),
    TYPELIB_MEMBER(IVMVirtualMachine, AttachedDriveTypes, get_AttachedDriveTypes, 27, INVOKE_PROPERTYGET, 33),
    TYPELIB_MEMBER(IVMVirtualMachine, BaseBoardSerialNumber, get_BaseBoardSerialNumber, 28, INVOKE_PROPERTYGET, 34),
    TYPELIB_MEMBER(IVMVirtualMachine, BaseBoardSerialNumber, put_BaseBoardSerialNumber, 28, INVOKE_PROPERTYPUT, 35),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSGUID, get_BIOSGUID, 29, INVOKE_PROPERTYGET, 36),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSGUID, put_BIOSGUID, 29, INVOKE_PROPERTYPUT, 37),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSSerialNumber, get_BIOSSerialNumber, 30, INVOKE_PROPERTYGET, 38),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSSerialNumber, put_BIOSSerialNumber, 30, INVOKE_PROPERTYPUT, 39),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisAssetTag, get_ChassisAssetTag, 31, INVOKE_PROPERTYGET, 40),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisAssetTag, put_ChassisAssetTag, 31, INVOKE_PROPERTYPUT, 41),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisSerialNumber, get_ChassisSerialNumber, 32, INVOKE_PROPERTYGET, 42),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisSerialNumber, put_ChassisSerialNumber, 32, INVOKE_PROPERTYPUT, 43),
    TYPELIB_MEMBER(IVMVirtualMachine, ConfigID, get_ConfigID, 33, INVOKE_PROPERTYGET, 44),
    TYPELIB_MEMBER(IVMVirtualMachine, Display, get_Display, 34, INVOKE_PROPERTYGET, 45),
    TYPELIB_MEMBER(IVMVirtualMachine, DVDROMDrives, get_DVDROMDrives, 35, INVOKE_PROPERTYGET, 46),
    TYPELIB_MEMBER(IVMVirtualMachine, File, get_File, 36, INVOKE_PROPERTYGET, 47),
    TYPELIB_MEMBER(IVMVirtualMachine, FloppyDrives, get_FloppyDrives, 37, INVOKE_PROPERTYGET, 48),
    TYPELIB_MEMBER(IVMVirtualMachine, GuestOS, get_GuestOS, 38, INVOKE_PROPERTYGET, 49),
    TYPELIB_MEMBER(IVMVirtualMachine, HardDiskConnections, get_HardDiskConnections, 39, INVOKE_PROPERTYGET, 50),
    TYPELIB_MEMBER(IVMVirtualMachine, Has3DNow, get_Has3DNow, 40, INVOKE_PROPERTYGET, 51),
    TYPELIB_MEMBER(IVMVirtualMachine, HasMMX, get_HasMMX, 41, INVOKE_PROPERTYGET, 52),
    TYPELIB_MEMBER(IVMVirtualMachine, HasSSE, get_HasSSE, 42, INVOKE_PROPERTYGET, 53),
    TYPELIB_MEMBER(IVMVirtualMachine, HasSSE2, get_HasSSE2, 43, INVOKE_PROPERTYGET, 54),
    TYPELIB_MEMBER(IVMVirtualMachine, Keyboard, get_Keyboard, 44, INVOKE_PROPERTYGET, 55),
    TYPELIB_MEMBER(IVMVirtualMachine, Memory, get_Memory, 45, INVOKE_PROPERTYGET, 56),
    TYPELIB_MEMBER(IVMVirtualMachine, Memory, put_Memory, 45, INVOKE_PROPERTYPUT, 57),
    TYPELIB_MEMBER(IVMVirtualMachine, Mouse, get_Mouse, 46, INVOKE_PROPERTYGET, 58),
    TYPELIB_MEMBER(IVMVirtualMachine, Name, get_Name, DISPID_VALUE, INVOKE_PROPERTYGET, 59),
    TYPELIB_MEMBER(IVMVirtualMachine, Name, put_Name, DISPID_VALUE, INVOKE_PROPERTYPUT, 60),
    TYPELIB_MEMBER(IVMVirtualMachine, NetworkAdapters, get_NetworkAdapters, 48, INVOKE_PROPERTYGET, 61),
    TYPELIB_MEMBER(IVMVirtualMachine, Notes, get_Notes, 49, INVOKE_PROPERTYGET, 62),
    TYPELIB_MEMBER(IVMVirtualMachine, Notes, put_Notes, 49, INVOKE_PROPERTYPUT, 63),
    TYPELIB_MEMBER(IVMVirtualMachine, ParallelPorts, get_ParallelPorts, 50, INVOKE_PROPERTYGET, 64),
    TYPELIB_MEMBER(IVMVirtualMachine, ProcessorSpeed, get_ProcessorSpeed, 51, INVOKE_PROPERTYGET, 65),
    TYPELIB_MEMBER(IVMVirtualMachine, RdpPipeName, get_RdpPipeName, 52, INVOKE_PROPERTYGET, 66),
    TYPELIB_MEMBER(IVMVirtualMachine, SavedStateFilePath, get_SavedStateFilePath, 53, INVOKE_PROPERTYGET, 67),
    TYPELIB_MEMBER(IVMVirtualMachine, SerialPorts, get_SerialPorts, 54, INVOKE_PROPERTYGET, 68),
    TYPELIB_MEMBER(IVMVirtualMachine, ShutdownActionOnQuit, get_ShutdownActionOnQuit, 55, INVOKE_PROPERTYGET, 69),
    TYPELIB_MEMBER(IVMVirtualMachine, ShutdownActionOnQuit, put_ShutdownActionOnQuit, 55, INVOKE_PROPERTYPUT, 70),
    TYPELIB_MEMBER(IVMVirtualMachine, State, get_State, 56, INVOKE_PROPERTYGET, 71),
    TYPELIB_MEMBER(IVMVirtualMachine, Undoable, get_Undoable, 57, INVOKE_PROPERTYGET, 72),
    TYPELIB_MEMBER(IVMVirtualMachine, Undoable, put_Undoable, 57, INVOKE_PROPERTYPUT, 73),
    TYPELIB_MEMBER(IVMVirtualMachine, UndoAction, get_UndoAction, 58, INVOKE_PROPERTYGET, 74),
    TYPELIB_MEMBER(IVMVirtualMachine, UndoAction, put_UndoAction, 58, INVOKE_PROPERTYPUT, 75),
};

static const struct typelib_member IVMVirtualMachineCollection_members[] =
{
    TYPELIB_MEMBER(IVMVirtualMachineCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMVirtualMachineCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMVirtualMachineCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMVirtualMachineEvents_members[] =
{
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnAdditionsAvailable, OnAdditionsAvailable, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnAdditionsUninstalled, OnAdditionsUninstalled, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnConfigurationChanged, OnConfigurationChanged, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnDiskOutOfSpace, OnDiskOutOfSpace, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnEnhancedVideoModeChanged, OnEnhancedVideoModeChanged, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnGuestLogoff, OnGuestLogoff, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnGuestShutdown, OnGuestShutdown, 7, INVOKE_FUNC, 13),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnHeartbeatStopped, OnHeartbeatStopped, 8, INVOKE_FUNC, 14),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnRequestShutdown, OnRequestShutdown, 9, INVOKE_FUNC, 15),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnReset, OnReset, 10, INVOKE_FUNC, 16),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnStateChange, OnStateChange, 11, INVOKE_FUNC, 17),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnTripleFault, OnTripleFault, 12, INVOKE_FUNC, 18),
};

static const struct typelib_member IVMVirtualNetwork_members[] =
{
    TYPELIB_MEMBER(IVMVirtualNetwork, _ID, _ID, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualNetwork, HostAdapter, get_HostAdapter, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMVirtualNetwork, MediaType, get_MediaType, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMVirtualNetwork, Name, get_Name, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMVirtualNetwork, NetworkAdapters, get_NetworkAdapters, 5, INVOKE_PROPERTYGET, 11),
};

static const struct typelib_member IVMVirtualNetworkCollection_members[] =
{
    TYPELIB_MEMBER(IVMVirtualNetworkCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMVirtualNetworkCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMVirtualNetworkCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMVirtualPC_members[] =
{
    TYPELIB_MEMBER(IVMVirtualPC, CreateDifferencingVirtualHardDisk, CreateDifferencingVirtualHardDisk, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualPC, CreateDynamicVirtualHardDisk, CreateDynamicVirtualHardDisk, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualPC, CreateFixedVirtualHardDisk, CreateFixedVirtualHardDisk, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualPC, CreateFloppyDiskImage, CreateFloppyDiskImage, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMVirtualPC, CreateVirtualMachine, CreateVirtualMachine, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMVirtualPC, DeleteVirtualMachine, DeleteVirtualMachine, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMVirtualPC, FindVirtualMachine, FindVirtualMachine, 7, INVOKE_FUNC, 13),
    TYPELIB_MEMBER(IVMVirtualPC, FindVirtualNetwork, FindVirtualNetwork, 8, INVOKE_FUNC, 14),
    TYPELIB_MEMBER(IVMVirtualPC, GetConfigurationValue, GetConfigurationValue, 9, INVOKE_FUNC, 15),
    TYPELIB_MEMBER(IVMVirtualPC, GetDVDFiles, GetDVDFiles, 10, INVOKE_FUNC, 16),
    TYPELIB_MEMBER(IVMVirtualPC, GetFloppyDiskFiles, GetFloppyDiskFiles, 11, INVOKE_FUNC, 17),
    TYPELIB_MEMBER(IVMVirtualPC, GetFloppyDiskImageType, GetFloppyDiskImageType, 12, INVOKE_FUNC, 18),
    TYPELIB_MEMBER(IVMVirtualPC, GetHardDisk, GetHardDisk, 13, INVOKE_FUNC, 19),
    TYPELIB_MEMBER(IVMVirtualPC, GetHardDiskFiles, GetHardDiskFiles, 14, INVOKE_FUNC, 20),
    TYPELIB_MEMBER(IVMVirtualPC, GetVirtualMachineFiles, GetVirtualMachineFiles, 15, INVOKE_FUNC, 21),
    TYPELIB_MEMBER(IVMVirtualPC, RegisterVirtualMachine, RegisterVirtualMachine, 16, INVOKE_FUNC, 22),
    TYPELIB_MEMBER(IVMVirtualPC, RemoveConfigurationValue, RemoveConfigurationValue, 17, INVOKE_FUNC, 23),
    TYPELIB_MEMBER(IVMVirtualPC, SetConfigurationValue, SetConfigurationValue, 18, INVOKE_FUNC, 24),
    TYPELIB_MEMBER(IVMVirtualPC, UnregisterVirtualMachine, UnregisterVirtualMachine, 19, INVOKE_FUNC, 25),
    TYPELIB_MEMBER(IVMVirtualPC, DefaultVMConfigurationPath, get_DefaultVMConfigurationPath, 20, INVOKE_PROPERTYGET, 26),
    TYPELIB_MEMBER(IVMVirtualPC, DefaultVMConfigurationPath, put_DefaultVMConfigurationPath, 20, INVOKE_PROPERTYPUT, 27),
    TYPELIB_MEMBER(IVMVirtualPC, HostInfo, get_HostInfo, 21, INVOKE_PROPERTYGET, 28),
    TYPELIB_MEMBER(IVMVirtualPC, MaximumFloppyDrivesPerVM, get_MaximumFloppyDrivesPerVM, 22, INVOKE_PROPERTYGET, 29),
    TYPELIB_MEMBER(IVMVirtualPC, MaximumMemoryPerVM, get_MaximumMemoryPerVM, 23, INVOKE_PROPERTYGET, 30),
    TYPELIB_MEMBER(IVMVirtualPC, MaximumNetworkAdaptersPerVM, get_MaximumNetworkAdaptersPerVM, 24, INVOKE_PROPERTYGET, 31),
    TYPELIB_MEMBER(IVMVirtualPC, MaximumNumberOfIDEBuses, get_MaximumNumberOfIDEBuses, 25, INVOKE_PROPERTYGET, 32),
    TYPELIB_MEMBER(IVMVirtualPC, MaximumParallelPortsPerVM, get_MaximumParallelPortsPerVM, 26, INVOKE_PROPERTYGET, 33),
    TYPELIB_MEMBER(IVMVirtualPC, MaximumSerialPortsPerVM, get_MaximumSerialPortsPerVM, 27, INVOKE_PROPERTYGET, 34),
    TYPELIB_MEMBER(IVMVirtualPC, MinimumMemoryPerVM, get_MinimumMemoryPerVM, 28, INVOKE_PROPERTYGET, 35),
    TYPELIB_MEMBER(IVMVirtualPC, Name, get_Name, 29, INVOKE_PROPERTYGET, 36),
    TYPELIB_MEMBER(IVMVirtualPC, SearchPaths, get_SearchPaths, 30, INVOKE_PROPERTYGET, 37),
    TYPELIB_MEMBER(IVMVirtualPC, SearchPaths, put_SearchPaths, 30, INVOKE_PROPERTYPUT, 38),
    TYPELIB_MEMBER(IVMVirtualPC, SuggestedMaximumMemoryPerVM, get_SuggestedMaximumMemoryPerVM, 31, INVOKE_PROPERTYGET, 39),
    TYPELIB_MEMBER(IVMVirtualPC, Tasks, get_Tasks, 32, INVOKE_PROPERTYGET, 40),
    TYPELIB_MEMBER(IVMVirtualPC, UnconnectedNetworkAdapters, get_UnconnectedNetworkAdapters, 33, INVOKE_PROPERTYGET, 41),
    TYPELIB_MEMBER(IVMVirtualPC, UpTime, get_UpTime, 34, INVOKE_PROPERTYGET, 42),
    TYPELIB_MEMBER(IVMVirtualPC, USBDeviceCollection, get_USBDeviceCollection, 35, INVOKE_PROPERTYGET, 43),
    TYPELIB_MEMBER(IVMVirtualPC, Version, get_Version, 36, INVOKE_PROPERTYGET, 44),
    TYPELIB_MEMBER(IVMVirtualPC, VirtualMachines, get_VirtualMachines, 37, INVOKE_PROPERTYGET, 45),
    TYPELIB_MEMBER(IVMVirtualPC, VirtualNetworks, get_VirtualNetworks, 38, INVOKE_PROPERTYGET, 46),
};

static const struct typelib_member IVMVirtualPCEvents_members[] =
{
    TYPELIB_MEMBER(IVMVirtualPCEvents, OnEventLogged, OnEventLogged, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualPCEvents, OnVMStateChange, OnVMStateChange, 2, INVOKE_FUNC, 8),
};

static const struct typelib_interface vpc_interfaces[] =
{
    TYPELIB_INTERFACE(IVMAccountant, IDispatch),
    TYPELIB_INTERFACE(IVMDisplay, IDispatch),
    TYPELIB_INTERFACE(IVMDVDDrive, IDispatch),
    TYPELIB_INTERFACE(IVMDVDDriveCollection, IDispatch),
    TYPELIB_INTERFACE(IVMDVDDriveEvents, IDispatch),
    TYPELIB_INTERFACE(IVMFloppyDrive, IDispatch),
    TYPELIB_INTERFACE(IVMFloppyDriveCollection, IDispatch),
    TYPELIB_INTERFACE(IVMFloppyDriveEvents, IDispatch),
    TYPELIB_INTERFACE(IVMGuestOS, IDispatch),
    TYPELIB_INTERFACE(IVMHardDisk, IDispatch),
    TYPELIB_INTERFACE(IVMHardDiskConnection, IDispatch),
    TYPELIB_INTERFACE(IVMHardDiskConnectionCollection, IDispatch),
    TYPELIB_INTERFACE(IVMHostInfo, IDispatch),
    TYPELIB_INTERFACE(IVMKeyboard, IDispatch),
    TYPELIB_INTERFACE(IVMMouse, IDispatch),
    TYPELIB_INTERFACE(IVMNetworkAdapter, IDispatch),
    TYPELIB_INTERFACE(IVMNetworkAdapterCollection, IDispatch),
    TYPELIB_INTERFACE(IVMParallelPort, IDispatch),
    TYPELIB_INTERFACE(IVMParallelPortCollection, IDispatch),
    TYPELIB_INTERFACE(IVMSerialPort, IDispatch),
    TYPELIB_INTERFACE(IVMSerialPortCollection, IDispatch),
    TYPELIB_INTERFACE(IVMTask, IDispatch),
    TYPELIB_INTERFACE(IVMTaskCollection, IDispatch),
    TYPELIB_INTERFACE(IVMUSBDevice, IDispatch),
    TYPELIB_INTERFACE(IVMUSBDeviceCollection, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualMachine, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualMachineCollection, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualMachineEvents, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualNetwork, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualNetworkCollection, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualPC, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualPCEvents, IDispatch),
};
