/*
 * The Virtual Server 2005 type library as it must stay: every interface, and each
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

static const struct typelib_member IVMAccessRights_members[] =
{
    TYPELIB_MEMBER(IVMAccessRights, _GetAccessMask, _GetAccessMask, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMAccessRights, ChangePermissions, get_ChangePermissions, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMAccessRights, ChangePermissions, put_ChangePermissions, 2, INVOKE_PROPERTYPUT, 9),
    TYPELIB_MEMBER(IVMAccessRights, DeleteAccess, get_DeleteAccess, 3, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMAccessRights, DeleteAccess, put_DeleteAccess, 3, INVOKE_PROPERTYPUT, 11),
    TYPELIB_MEMBER(IVMAccessRights, ExecuteAccess, get_ExecuteAccess, 4, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMAccessRights, ExecuteAccess, put_ExecuteAccess, 4, INVOKE_PROPERTYPUT, 13),
    TYPELIB_MEMBER(IVMAccessRights, Flags, get_Flags, 5, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMAccessRights, Flags, put_Flags, 5, INVOKE_PROPERTYPUT, 15),
    TYPELIB_MEMBER(IVMAccessRights, Name, get_Name, 6, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMAccessRights, Name, put_Name, 6, INVOKE_PROPERTYPUT, 17),
    TYPELIB_MEMBER(IVMAccessRights, ReadAccess, get_ReadAccess, 7, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMAccessRights, ReadAccess, put_ReadAccess, 7, INVOKE_PROPERTYPUT, 19),
    TYPELIB_MEMBER(IVMAccessRights, ReadPermissions, get_ReadPermissions, 8, INVOKE_PROPERTYGET, 20),
    TYPELIB_MEMBER(IVMAccessRights, ReadPermissions, put_ReadPermissions, 8, INVOKE_PROPERTYPUT, 21),
    TYPELIB_MEMBER(IVMAccessRights, Sid, get_Sid, 9, INVOKE_PROPERTYGET, 22),
    TYPELIB_MEMBER(IVMAccessRights, Sid, put_Sid, 9, INVOKE_PROPERTYPUT, 23),
    TYPELIB_MEMBER(IVMAccessRights, SpecialAccess, get_SpecialAccess, 10, INVOKE_PROPERTYGET, 24),
    TYPELIB_MEMBER(IVMAccessRights, SpecialAccess, put_SpecialAccess, 10, INVOKE_PROPERTYPUT, 25),
    TYPELIB_MEMBER(IVMAccessRights, Type, get_Type, 11, INVOKE_PROPERTYGET, 26),
    TYPELIB_MEMBER(IVMAccessRights, Type, put_Type, 11, INVOKE_PROPERTYPUT, 27),
    TYPELIB_MEMBER(IVMAccessRights, WriteAccess, get_WriteAccess, 12, INVOKE_PROPERTYGET, 28),
    TYPELIB_MEMBER(IVMAccessRights, WriteAccess, put_WriteAccess, 12, INVOKE_PROPERTYPUT, 29),
};

static const struct typelib_member IVMAccessRightsCollection_members[] =
{
    TYPELIB_MEMBER(IVMAccessRightsCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMAccessRightsCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMAccessRightsCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMAccountant_members[] =
{
    TYPELIB_MEMBER(IVMAccountant, SetSchedulingParameters, SetSchedulingParameters, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMAccountant, AllowableMaximumSystemCapacity, get_AllowableMaximumSystemCapacity, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMAccountant, AllowableReservedSystemCapacity, get_AllowableReservedSystemCapacity, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMAccountant, CPUUtilization, get_CPUUtilization, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMAccountant, CPUUtilizationHistory, get_CPUUtilizationHistory, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMAccountant, DiskBytesRead, get_DiskBytesRead, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMAccountant, DiskBytesWritten, get_DiskBytesWritten, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMAccountant, MaximumSystemCapacity, get_MaximumSystemCapacity, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMAccountant, NetworkBytesReceived, get_NetworkBytesReceived, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMAccountant, NetworkBytesSent, get_NetworkBytesSent, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMAccountant, RelativeWeight, get_RelativeWeight, 11, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMAccountant, ReservedSystemCapacity, get_ReservedSystemCapacity, 12, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMAccountant, UpTime, get_UpTime, 13, INVOKE_PROPERTYGET, 19),
};

static const struct typelib_member IVMDHCPVirtualNetworkServer_members[] =
{
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, ConfigureDHCPLeaseTimes, ConfigureDHCPLeaseTimes, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, ConfigureDHCPServer, ConfigureDHCPServer, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, DefaultGatewayAddress, get_DefaultGatewayAddress, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, DefaultGatewayAddress, put_DefaultGatewayAddress, 3, INVOKE_PROPERTYPUT, 10),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, DNSServers, get_DNSServers, 4, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, DNSServers, put_DNSServers, 4, INVOKE_PROPERTYPUT, 12),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, EndingIPAddress, get_EndingIPAddress, 5, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, IsEnabled, get_IsEnabled, 6, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, IsEnabled, put_IsEnabled, 6, INVOKE_PROPERTYPUT, 15),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, LeaseRebindingTime, get_LeaseRebindingTime, 7, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, LeaseRenewalTime, get_LeaseRenewalTime, 8, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, LeaseTime, get_LeaseTime, 9, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, Network, get_Network, 10, INVOKE_PROPERTYGET, 19),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, NetworkMask, get_NetworkMask, 11, INVOKE_PROPERTYGET, 20),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, ServerIPAddress, get_ServerIPAddress, 12, INVOKE_PROPERTYGET, 21),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, StartingIPAddress, get_StartingIPAddress, 13, INVOKE_PROPERTYGET, 22),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, WINSServers, get_WINSServers, 14, INVOKE_PROPERTYGET, 23),
    TYPELIB_MEMBER(IVMDHCPVirtualNetworkServer, WINSServers, put_WINSServers, 14, INVOKE_PROPERTYPUT, 24),
};

static const struct typelib_member IVMDisplay_members[] =
{
    TYPELIB_MEMBER(IVMDisplay, _GenerateThumbnail, _GenerateThumbnail, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMDisplay, SetDimensions, SetDimensions, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMDisplay, Height, get_Height, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMDisplay, Thumbnail, get_Thumbnail, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMDisplay, VideoMode, get_VideoMode, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMDisplay, Width, get_Width, 6, INVOKE_PROPERTYGET, 12),
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
    TYPELIB_MEMBER(IVMDVDDrive, BusType, get_BusType, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMDVDDrive, DeviceNumber, get_DeviceNumber, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMDVDDrive, HostDriveLetter, get_HostDriveLetter, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMDVDDrive, ImageFile, get_ImageFile, 11, INVOKE_PROPERTYGET, 17),
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
    TYPELIB_MEMBER(IVMGuestOS, ExecuteCommand, ExecuteCommand, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMGuestOS, InstallAdditions, InstallAdditions, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMGuestOS, SetParameter, SetParameter, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMGuestOS, Shutdown, Shutdown, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMGuestOS, AdditionsVersion, get_AdditionsVersion, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMGuestOS, CanShutdown, get_CanShutdown, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMGuestOS, HeartbeatPercentage, get_HeartbeatPercentage, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMGuestOS, IsHeartbeating, get_IsHeartbeating, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMGuestOS, IsHostTimeSyncEnabled, get_IsHostTimeSyncEnabled, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMGuestOS, IsHostTimeSyncEnabled, put_IsHostTimeSyncEnabled, 9, INVOKE_PROPERTYPUT, 16),
    TYPELIB_MEMBER(IVMGuestOS, OSName, get_OSName, 10, INVOKE_PROPERTYGET, 17),
};

static const struct typelib_member IVMGuestOS2_members[] =
{
    TYPELIB_MEMBER(IVMGuestOS2, GetParameter, GetParameter, 11, INVOKE_FUNC, 18),
    TYPELIB_MEMBER(IVMGuestOS2, ComputerName, get_ComputerName, 12, INVOKE_PROPERTYGET, 19),
};

static const struct typelib_member IVMHardDisk_members[] =
{
    TYPELIB_MEMBER(IVMHardDisk, Compact, Compact, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMHardDisk, Convert, Convert, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMHardDisk, Merge, Merge, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMHardDisk, MergeTo, MergeTo, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMHardDisk, File, get_File, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMHardDisk, HostDriveIdentifier, get_HostDriveIdentifier, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMHardDisk, HostFreeDiskSpace, get_HostFreeDiskSpace, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMHardDisk, Parent, get_Parent, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMHardDisk, Security, get_Security, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMHardDisk, SizeInGuest, get_SizeInGuest, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMHardDisk, SizeOnHost, get_SizeOnHost, 11, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMHardDisk, Type, get_Type, 12, INVOKE_PROPERTYGET, 18),
};

static const struct typelib_member IVMHardDiskConnection_members[] =
{
    TYPELIB_MEMBER(IVMHardDiskConnection, SetBusLocation, SetBusLocation, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMHardDiskConnection, BusNumber, get_BusNumber, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMHardDiskConnection, BusType, get_BusType, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMHardDiskConnection, DeviceNumber, get_DeviceNumber, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMHardDiskConnection, HardDisk, get_HardDisk, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMHardDiskConnection, UndoHardDisk, get_UndoHardDisk, 6, INVOKE_PROPERTYGET, 12),
};

static const struct typelib_member IVMHardDiskConnectionCollection_members[] =
{
    TYPELIB_MEMBER(IVMHardDiskConnectionCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMHardDiskConnectionCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMHardDiskConnectionCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMHostInfo_members[] =
{
    TYPELIB_MEMBER(IVMHostInfo, GetHostDriveSize, GetHostDriveSize, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMHostInfo, IsHostDriveMounted, IsHostDriveMounted, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMHostInfo, DVDDrives, get_DVDDrives, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMHostInfo, FloppyDrives, get_FloppyDrives, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMHostInfo, HostDrives, get_HostDrives, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMHostInfo, LogicalProcessorCount, get_LogicalProcessorCount, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMHostInfo, Memory, get_Memory, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMHostInfo, MemoryAvail, get_MemoryAvail, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMHostInfo, MemoryAvailString, get_MemoryAvailString, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMHostInfo, MemoryTotalString, get_MemoryTotalString, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMHostInfo, MMX, get_MMX, 11, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMHostInfo, NetworkAdapters, get_NetworkAdapters, 12, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMHostInfo, NetworkAddresses, get_NetworkAddresses, 13, INVOKE_PROPERTYGET, 19),
    TYPELIB_MEMBER(IVMHostInfo, OperatingSystem, get_OperatingSystem, 14, INVOKE_PROPERTYGET, 20),
    TYPELIB_MEMBER(IVMHostInfo, OSMajorVersion, get_OSMajorVersion, 15, INVOKE_PROPERTYGET, 21),
    TYPELIB_MEMBER(IVMHostInfo, OSMinorVersion, get_OSMinorVersion, 16, INVOKE_PROPERTYGET, 22),
    TYPELIB_MEMBER(IVMHostInfo, OSServicePackString, get_OSServicePackString, 17, INVOKE_PROPERTYGET, 23),
    TYPELIB_MEMBER(IVMHostInfo, OSVersionString, get_OSVersionString, 18, INVOKE_PROPERTYGET, 24),
    TYPELIB_MEMBER(IVMHostInfo, ParallelPort, get_ParallelPort, 19, INVOKE_PROPERTYGET, 25),
    TYPELIB_MEMBER(IVMHostInfo, PhysicalProcessorCount, get_PhysicalProcessorCount, 20, INVOKE_PROPERTYGET, 26),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorFeaturesString, get_ProcessorFeaturesString, 21, INVOKE_PROPERTYGET, 27),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorManufacturerString, get_ProcessorManufacturerString, 22, INVOKE_PROPERTYGET, 28),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorSpeed, get_ProcessorSpeed, 23, INVOKE_PROPERTYGET, 29),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorSpeedString, get_ProcessorSpeedString, 24, INVOKE_PROPERTYGET, 30),
    TYPELIB_MEMBER(IVMHostInfo, ProcessorVersionString, get_ProcessorVersionString, 25, INVOKE_PROPERTYGET, 31),
    TYPELIB_MEMBER(IVMHostInfo, SerialPorts, get_SerialPorts, 26, INVOKE_PROPERTYGET, 32),
    TYPELIB_MEMBER(IVMHostInfo, SSE, get_SSE, 27, INVOKE_PROPERTYGET, 33),
    TYPELIB_MEMBER(IVMHostInfo, SSE2, get_SSE2, 28, INVOKE_PROPERTYGET, 34),
    TYPELIB_MEMBER(IVMHostInfo, ThreeDNow, get_ThreeDNow, 29, INVOKE_PROPERTYGET, 35),
    TYPELIB_MEMBER(IVMHostInfo, UTCTime, get_UTCTime, 30, INVOKE_PROPERTYGET, 36),
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
    TYPELIB_MEMBER(IVMNetworkAdapter, AttachToVirtualNetwork, AttachToVirtualNetwork, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMNetworkAdapter, DetachFromVirtualNetwork, DetachFromVirtualNetwork, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMNetworkAdapter, _ID, get__ID, 3, INVOKE_PROPERTYGET, 9),
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
    TYPELIB_MEMBER(IVMParallelPort, _ID, get__ID, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMParallelPort, Name, get_Name, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMParallelPort, Name, put_Name, 2, INVOKE_PROPERTYPUT, 9),
};

static const struct typelib_member IVMParallelPortCollection_members[] =
{
    TYPELIB_MEMBER(IVMParallelPortCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMParallelPortCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMParallelPortCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMRCAuthenticator_members[] =
{
    TYPELIB_MEMBER(IVMRCAuthenticator, Description, get_Description, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMRCAuthenticator, Name, get_Name, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMRCAuthenticator, Type, get_Type, 3, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMRCAuthenticatorCollection_members[] =
{
    TYPELIB_MEMBER(IVMRCAuthenticatorCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMRCAuthenticatorCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMRCAuthenticatorCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMSCSIController_members[] =
{
    TYPELIB_MEMBER(IVMSCSIController, Configure, Configure, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMSCSIController, _ID, get__ID, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMSCSIController, IsBusShared, get_IsBusShared, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMSCSIController, SCSIID, get_SCSIID, 4, INVOKE_PROPERTYGET, 10),
};

static const struct typelib_member IVMSCSIControllerCollection_members[] =
{
    TYPELIB_MEMBER(IVMSCSIControllerCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMSCSIControllerCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMSCSIControllerCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMSecurity_members[] =
{
    TYPELIB_MEMBER(IVMSecurity, _ToSecurityDescriptor, _ToSecurityDescriptor, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMSecurity, AddEntry, AddEntry, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMSecurity, FindEntry, FindEntry, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMSecurity, RemoveEntry, RemoveEntry, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMSecurity, AccessRights, get_AccessRights, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMSecurity, CurrentUserAccessRights, get_CurrentUserAccessRights, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMSecurity, GroupName, get_GroupName, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMSecurity, GroupName, put_GroupName, 7, INVOKE_PROPERTYPUT, 14),
    TYPELIB_MEMBER(IVMSecurity, GroupSid, get_GroupSid, 8, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMSecurity, GroupSid, put_GroupSid, 8, INVOKE_PROPERTYPUT, 16),
    TYPELIB_MEMBER(IVMSecurity, OwnerName, get_OwnerName, 9, INVOKE_PROPERTYGET, 17),
    TYPELIB_MEMBER(IVMSecurity, OwnerName, put_OwnerName, 9, INVOKE_PROPERTYPUT, 18),
    TYPELIB_MEMBER(IVMSecurity, OwnerSid, get_OwnerSid, 10, INVOKE_PROPERTYGET, 19),
    TYPELIB_MEMBER(IVMSecurity, OwnerSid, put_OwnerSid, 10, INVOKE_PROPERTYPUT, 20),
};

static const struct typelib_member IVMSerialPort_members[] =
{
    TYPELIB_MEMBER(IVMSerialPort, Configure, Configure, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMSerialPort, _ID, get__ID, 2, INVOKE_PROPERTYGET, 8),
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

static const struct typelib_member IVMSupportDriver_members[] =
{
    TYPELIB_MEMBER(IVMSupportDriver, Date, get_Date, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMSupportDriver, Description, get_Description, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMSupportDriver, Manufacturer, get_Manufacturer, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMSupportDriver, Provider, get_Provider, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMSupportDriver, Type, get_Type, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMSupportDriver, Version, get_Version, 6, INVOKE_PROPERTYGET, 12),
};

static const struct typelib_member IVMSupportDriverCollection_members[] =
{
    TYPELIB_MEMBER(IVMSupportDriverCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMSupportDriverCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMSupportDriverCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMTask_members[] =
{
    TYPELIB_MEMBER(IVMTask, Cancel, Cancel, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMTask, WaitForCompletion, WaitForCompletion, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMTask, Description, get_Description, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMTask, ID, get_ID, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMTask, IsCancelable, get_IsCancelable, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMTask, IsComplete, get_IsComplete, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMTask, PercentCompleted, get_PercentCompleted, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMTask, Result, get_Result, 8, INVOKE_PROPERTYGET, 14),
};

static const struct typelib_member IVMTask2_members[] =
{
    TYPELIB_MEMBER(IVMTask2, Error, get_Error, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMTask2, ErrorDescription, get_ErrorDescription, 10, INVOKE_PROPERTYGET, 16),
};

static const struct typelib_member IVMTaskCollection_members[] =
{
    TYPELIB_MEMBER(IVMTaskCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMTaskCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMTaskCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMVirtualMachine_members[] =
{
    TYPELIB_MEMBER(IVMVirtualMachine, AddDVDROMDrive, AddDVDROMDrive, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualMachine, AddHardDiskConnection, AddHardDiskConnection, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualMachine, AddNetworkAdapter, AddNetworkAdapter, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualMachine, AddSCSIController, AddSCSIController, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMVirtualMachine, AttachScriptToEvent, AttachScriptToEvent, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMVirtualMachine, DiscardSavedState, DiscardSavedState, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMVirtualMachine, DiscardUndoDisks, DiscardUndoDisks, 7, INVOKE_FUNC, 13),
    TYPELIB_MEMBER(IVMVirtualMachine, FetchScriptByEvent, FetchScriptByEvent, 8, INVOKE_FUNC, 14),
    TYPELIB_MEMBER(IVMVirtualMachine, GetActivationValue, GetActivationValue, 9, INVOKE_FUNC, 15),
    TYPELIB_MEMBER(IVMVirtualMachine, GetConfigurationValue, GetConfigurationValue, 10, INVOKE_FUNC, 16),
    TYPELIB_MEMBER(IVMVirtualMachine, MergeUndoDisks, MergeUndoDisks, 11, INVOKE_FUNC, 17),
    TYPELIB_MEMBER(IVMVirtualMachine, Pause, Pause, 12, INVOKE_FUNC, 18),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveActivationValue, RemoveActivationValue, 13, INVOKE_FUNC, 19),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveConfigurationValue, RemoveConfigurationValue, 14, INVOKE_FUNC, 20),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveDVDROMDrive, RemoveDVDROMDrive, 15, INVOKE_FUNC, 21),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveHardDiskConnection, RemoveHardDiskConnection, 16, INVOKE_FUNC, 22),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveNetworkAdapter, RemoveNetworkAdapter, 17, INVOKE_FUNC, 23),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveScriptFromEvent, RemoveScriptFromEvent, 18, INVOKE_FUNC, 24),
    TYPELIB_MEMBER(IVMVirtualMachine, RemoveSCSIController, RemoveSCSIController, 19, INVOKE_FUNC, 25),
    TYPELIB_MEMBER(IVMVirtualMachine, Reset, Reset, 20, INVOKE_FUNC, 26),
    TYPELIB_MEMBER(IVMVirtualMachine, Resume, Resume, 21, INVOKE_FUNC, 27),
    TYPELIB_MEMBER(IVMVirtualMachine, Save, Save, 22, INVOKE_FUNC, 28),
    TYPELIB_MEMBER(IVMVirtualMachine, SetAccountNameAndPassword, SetAccountNameAndPassword, 23, INVOKE_FUNC, 29),
    TYPELIB_MEMBER(IVMVirtualMachine, SetActivationValue, SetActivationValue, 24, INVOKE_FUNC, 30),
    TYPELIB_MEMBER(IVMVirtualMachine, SetConfigurationValue, SetConfigurationValue, 25, INVOKE_FUNC, 31),
    TYPELIB_MEMBER(IVMVirtualMachine, Startup, Startup, 26, INVOKE_FUNC, 32),
    TYPELIB_MEMBER(IVMVirtualMachine, TurnOff, TurnOff, 27, INVOKE_FUNC, 33),
    TYPELIB_MEMBER(IVMVirtualMachine, Accountant, get_Accountant, 28, INVOKE_PROPERTYGET, 34),
    TYPELIB_MEMBER(IVMVirtualMachine, AccountName, get_AccountName, 29, INVOKE_PROPERTYGET, 35),
    TYPELIB_MEMBER(IVMVirtualMachine, AttachedDriveTypes, get_AttachedDriveTypes, 30, INVOKE_PROPERTYGET, 36),
    TYPELIB_MEMBER(IVMVirtualMachine, AutoStartAtLaunch, get_AutoStartAtLaunch, 31, INVOKE_PROPERTYGET, 37),
    TYPELIB_MEMBER(IVMVirtualMachine, AutoStartAtLaunch, put_AutoStartAtLaunch, 31, INVOKE_PROPERTYPUT, 38),
    TYPELIB_MEMBER(IVMVirtualMachine, AutoStartAtLaunchDelay, get_AutoStartAtLaunchDelay, 32, INVOKE_PROPERTYGET, 39),
    TYPELIB_MEMBER(IVMVirtualMachine, AutoStartAtLaunchDelay, put_AutoStartAtLaunchDelay, 32, INVOKE_PROPERTYPUT, 40),
    TYPELIB_MEMBER(IVMVirtualMachine, BaseBoardSerialNumber, get_BaseBoardSerialNumber, 33, INVOKE_PROPERTYGET, 41),
    TYPELIB_MEMBER(IVMVirtualMachine, BaseBoardSerialNumber, put_BaseBoardSerialNumber, 33, INVOKE_PROPERTYPUT, 42),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSGUID, get_BIOSGUID, 34, INVOKE_PROPERTYGET, 43),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSGUID, put_BIOSGUID, 34, INVOKE_PROPERTYPUT, 44),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSSerialNumber, get_BIOSSerialNumber, 35, INVOKE_PROPERTYGET, 45),
    TYPELIB_MEMBER(IVMVirtualMachine, BIOSSerialNumber, put_BIOSSerialNumber, 35, INVOKE_PROPERTYPUT, 46),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisAssetTag, get_ChassisAssetTag, 36, INVOKE_PROPERTYGET, 47),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisAssetTag, put_ChassisAssetTag, 36, INVOKE_PROPERTYPUT, 48),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisSerialNumber, get_ChassisSerialNumber, 37, INVOKE_PROPERTYGET, 49),
    TYPELIB_MEMBER(IVMVirtualMachine, ChassisSerialNumber, put_ChassisSerialNumber, 37, INVOKE_PROPERTYPUT, 50),
    TYPELIB_MEMBER(IVMVirtualMachine, ConfigID, get_ConfigID, 38, INVOKE_PROPERTYGET, 51),
    TYPELIB_MEMBER(IVMVirtualMachine, Display, get_Display, 39, INVOKE_PROPERTYGET, 52),
    TYPELIB_MEMBER(IVMVirtualMachine, DVDROMDrives, get_DVDROMDrives, 40, INVOKE_PROPERTYGET, 53),
    TYPELIB_MEMBER(IVMVirtualMachine, File, get_File, 41, INVOKE_PROPERTYGET, 54),
    TYPELIB_MEMBER(IVMVirtualMachine, FloppyDrives, get_FloppyDrives, 42, INVOKE_PROPERTYGET, 55),
    TYPELIB_MEMBER(IVMVirtualMachine, GuestOS, get_GuestOS, 43, INVOKE_PROPERTYGET, 56),
    TYPELIB_MEMBER(IVMVirtualMachine, HardDiskConnections, get_HardDiskConnections, 44, INVOKE_PROPERTYGET, 57),
    TYPELIB_MEMBER(IVMVirtualMachine, Has3DNow, get_Has3DNow, 45, INVOKE_PROPERTYGET, 58),
    TYPELIB_MEMBER(IVMVirtualMachine, HasMMX, get_HasMMX, 46, INVOKE_PROPERTYGET, 59),
    TYPELIB_MEMBER(IVMVirtualMachine, HasSSE, get_HasSSE, 47, INVOKE_PROPERTYGET, 60),
    TYPELIB_MEMBER(IVMVirtualMachine, HasSSE2, get_HasSSE2, 48, INVOKE_PROPERTYGET, 61),
    TYPELIB_MEMBER(IVMVirtualMachine, Keyboard, get_Keyboard, 49, INVOKE_PROPERTYGET, 62),
    TYPELIB_MEMBER(IVMVirtualMachine, Memory, get_Memory, 50, INVOKE_PROPERTYGET, 63),
    TYPELIB_MEMBER(IVMVirtualMachine, Memory, put_Memory, 50, INVOKE_PROPERTYPUT, 64),
    TYPELIB_MEMBER(IVMVirtualMachine, Mouse, get_Mouse, 51, INVOKE_PROPERTYGET, 65),
    TYPELIB_MEMBER(IVMVirtualMachine, Name, get_Name, DISPID_VALUE, INVOKE_PROPERTYGET, 66),
    TYPELIB_MEMBER(IVMVirtualMachine, Name, put_Name, DISPID_VALUE, INVOKE_PROPERTYPUT, 67),
    TYPELIB_MEMBER(IVMVirtualMachine, NetworkAdapters, get_NetworkAdapters, 53, INVOKE_PROPERTYGET, 68),
    TYPELIB_MEMBER(IVMVirtualMachine, Notes, get_Notes, 54, INVOKE_PROPERTYGET, 69),
    TYPELIB_MEMBER(IVMVirtualMachine, Notes, put_Notes, 54, INVOKE_PROPERTYPUT, 70),
    TYPELIB_MEMBER(IVMVirtualMachine, ParallelPorts, get_ParallelPorts, 55, INVOKE_PROPERTYGET, 71),
    TYPELIB_MEMBER(IVMVirtualMachine, ProcessorSpeed, get_ProcessorSpeed, 56, INVOKE_PROPERTYGET, 72),
    TYPELIB_MEMBER(IVMVirtualMachine, RunAsDefinedAccount, get_RunAsDefinedAccount, 57, INVOKE_PROPERTYGET, 73),
    TYPELIB_MEMBER(IVMVirtualMachine, RunAsDefinedAccount, put_RunAsDefinedAccount, 57, INVOKE_PROPERTYPUT, 74),
    TYPELIB_MEMBER(IVMVirtualMachine, SavedStateFilePath, get_SavedStateFilePath, 58, INVOKE_PROPERTYGET, 75),
    TYPELIB_MEMBER(IVMVirtualMachine, SCSIControllers, get_SCSIControllers, 59, INVOKE_PROPERTYGET, 76),
    TYPELIB_MEMBER(IVMVirtualMachine, Security, get_Security, 60, INVOKE_PROPERTYGET, 77),
    TYPELIB_MEMBER(IVMVirtualMachine, SerialPorts, get_SerialPorts, 61, INVOKE_PROPERTYGET, 78),
    TYPELIB_MEMBER(IVMVirtualMachine, ShutdownActionOnQuit, get_ShutdownActionOnQuit, 62, INVOKE_PROPERTYGET, 79),
    TYPELIB_MEMBER(IVMVirtualMachine, ShutdownActionOnQuit, put_ShutdownActionOnQuit, 62, INVOKE_PROPERTYPUT, 80),
    TYPELIB_MEMBER(IVMVirtualMachine, State, get_State, 63, INVOKE_PROPERTYGET, 81),
    TYPELIB_MEMBER(IVMVirtualMachine, Undoable, get_Undoable, 64, INVOKE_PROPERTYGET, 82),
    TYPELIB_MEMBER(IVMVirtualMachine, Undoable, put_Undoable, 64, INVOKE_PROPERTYPUT, 83),
    TYPELIB_MEMBER(IVMVirtualMachine, UndoAction, get_UndoAction, 65, INVOKE_PROPERTYGET, 84),
    TYPELIB_MEMBER(IVMVirtualMachine, UndoAction, put_UndoAction, 65, INVOKE_PROPERTYPUT, 85),
};

static const struct typelib_member IVMVirtualMachineCollection_members[] =
{
    TYPELIB_MEMBER(IVMVirtualMachineCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMVirtualMachineCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMVirtualMachineCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMVirtualMachineEvents_members[] =
{
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnConfigurationChanged, OnConfigurationChanged, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnHeartbeatStopped, OnHeartbeatStopped, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnRequestShutdown, OnRequestShutdown, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnReset, OnReset, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnStateChange, OnStateChange, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMVirtualMachineEvents, OnTripleFault, OnTripleFault, 6, INVOKE_FUNC, 12),
};

static const struct typelib_member IVMVirtualNetwork_members[] =
{
    TYPELIB_MEMBER(IVMVirtualNetwork, _ID, get__ID, 1, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMVirtualNetwork, BytesDropped, get_BytesDropped, 2, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMVirtualNetwork, BytesDroppedHistory, get_BytesDroppedHistory, 3, INVOKE_PROPERTYGET, 9),
    TYPELIB_MEMBER(IVMVirtualNetwork, BytesReceived, get_BytesReceived, 4, INVOKE_PROPERTYGET, 10),
    TYPELIB_MEMBER(IVMVirtualNetwork, BytesReceivedHistory, get_BytesReceivedHistory, 5, INVOKE_PROPERTYGET, 11),
    TYPELIB_MEMBER(IVMVirtualNetwork, BytesSent, get_BytesSent, 6, INVOKE_PROPERTYGET, 12),
    TYPELIB_MEMBER(IVMVirtualNetwork, BytesSentHistory, get_BytesSentHistory, 7, INVOKE_PROPERTYGET, 13),
    TYPELIB_MEMBER(IVMVirtualNetwork, DHCPVirtualNetworkServer, get_DHCPVirtualNetworkServer, 8, INVOKE_PROPERTYGET, 14),
    TYPELIB_MEMBER(IVMVirtualNetwork, File, get_File, 9, INVOKE_PROPERTYGET, 15),
    TYPELIB_MEMBER(IVMVirtualNetwork, HostAdapter, get_HostAdapter, 10, INVOKE_PROPERTYGET, 16),
    TYPELIB_MEMBER(IVMVirtualNetwork, HostAdapter, put_HostAdapter, 10, INVOKE_PROPERTYPUT, 17),
    TYPELIB_MEMBER(IVMVirtualNetwork, Name, get_Name, 11, INVOKE_PROPERTYGET, 18),
    TYPELIB_MEMBER(IVMVirtualNetwork, Name, put_Name, 11, INVOKE_PROPERTYPUT, 19),
    TYPELIB_MEMBER(IVMVirtualNetwork, NetworkAdapters, get_NetworkAdapters, 12, INVOKE_PROPERTYGET, 20),
    TYPELIB_MEMBER(IVMVirtualNetwork, Notes, get_Notes, 13, INVOKE_PROPERTYGET, 21),
    TYPELIB_MEMBER(IVMVirtualNetwork, Notes, put_Notes, 13, INVOKE_PROPERTYPUT, 22),
    TYPELIB_MEMBER(IVMVirtualNetwork, PacketsDropped, get_PacketsDropped, 14, INVOKE_PROPERTYGET, 23),
    TYPELIB_MEMBER(IVMVirtualNetwork, PacketsDroppedHistory, get_PacketsDroppedHistory, 15, INVOKE_PROPERTYGET, 24),
    TYPELIB_MEMBER(IVMVirtualNetwork, PacketsReceived, get_PacketsReceived, 16, INVOKE_PROPERTYGET, 25),
    TYPELIB_MEMBER(IVMVirtualNetwork, PacketsReceivedHistory, get_PacketsReceivedHistory, 17, INVOKE_PROPERTYGET, 26),
    TYPELIB_MEMBER(IVMVirtualNetwork, PacketsSent, get_PacketsSent, 18, INVOKE_PROPERTYGET, 27),
    TYPELIB_MEMBER(IVMVirtualNetwork, PacketsSentHistory, get_PacketsSentHistory, 19, INVOKE_PROPERTYGET, 28),
    TYPELIB_MEMBER(IVMVirtualNetwork, Security, get_Security, 20, INVOKE_PROPERTYGET, 29),
    TYPELIB_MEMBER(IVMVirtualNetwork, Security, put_Security, 20, INVOKE_PROPERTYPUT, 30),
};

static const struct typelib_member IVMVirtualNetworkCollection_members[] =
{
    TYPELIB_MEMBER(IVMVirtualNetworkCollection, _NewEnum, get__NewEnum, DISPID_NEWENUM, INVOKE_PROPERTYGET, 7),
    TYPELIB_MEMBER(IVMVirtualNetworkCollection, Count, get_Count, 1, INVOKE_PROPERTYGET, 8),
    TYPELIB_MEMBER(IVMVirtualNetworkCollection, Item, get_Item, DISPID_VALUE, INVOKE_PROPERTYGET, 9),
};

static const struct typelib_member IVMVirtualServer_members[] =
{
    TYPELIB_MEMBER(IVMVirtualServer, AttachScriptToEvent, AttachScriptToEvent, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualServer, CreateDifferencingVirtualHardDisk, CreateDifferencingVirtualHardDisk, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualServer, CreateDynamicVirtualHardDisk, CreateDynamicVirtualHardDisk, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualServer, CreateFixedVirtualHardDisk, CreateFixedVirtualHardDisk, 4, INVOKE_FUNC, 10),
    TYPELIB_MEMBER(IVMVirtualServer, CreateFloppyDiskImage, CreateFloppyDiskImage, 5, INVOKE_FUNC, 11),
    TYPELIB_MEMBER(IVMVirtualServer, CreateHostDriveVirtualHardDisk, CreateHostDriveVirtualHardDisk, 6, INVOKE_FUNC, 12),
    TYPELIB_MEMBER(IVMVirtualServer, CreateVirtualMachine, CreateVirtualMachine, 7, INVOKE_FUNC, 13),
    TYPELIB_MEMBER(IVMVirtualServer, CreateVirtualNetwork, CreateVirtualNetwork, 8, INVOKE_FUNC, 14),
    TYPELIB_MEMBER(IVMVirtualServer, DeleteVirtualMachine, DeleteVirtualMachine, 9, INVOKE_FUNC, 15),
    TYPELIB_MEMBER(IVMVirtualServer, DeleteVirtualNetwork, DeleteVirtualNetwork, 10, INVOKE_FUNC, 16),
    TYPELIB_MEMBER(IVMVirtualServer, FetchScriptByEvent, FetchScriptByEvent, 11, INVOKE_FUNC, 17),
    TYPELIB_MEMBER(IVMVirtualServer, FindVirtualMachine, FindVirtualMachine, 12, INVOKE_FUNC, 18),
    TYPELIB_MEMBER(IVMVirtualServer, FindVirtualNetwork, FindVirtualNetwork, 13, INVOKE_FUNC, 19),
    TYPELIB_MEMBER(IVMVirtualServer, GetConfigurationValue, GetConfigurationValue, 14, INVOKE_FUNC, 20),
    TYPELIB_MEMBER(IVMVirtualServer, GetDVDFiles, GetDVDFiles, 15, INVOKE_FUNC, 21),
    TYPELIB_MEMBER(IVMVirtualServer, GetFloppyDiskFiles, GetFloppyDiskFiles, 16, INVOKE_FUNC, 22),
    TYPELIB_MEMBER(IVMVirtualServer, GetFloppyDiskImageType, GetFloppyDiskImageType, 17, INVOKE_FUNC, 23),
    TYPELIB_MEMBER(IVMVirtualServer, GetHardDisk, GetHardDisk, 18, INVOKE_FUNC, 24),
    TYPELIB_MEMBER(IVMVirtualServer, GetHardDiskFiles, GetHardDiskFiles, 19, INVOKE_FUNC, 25),
    TYPELIB_MEMBER(IVMVirtualServer, GetVirtualMachineFiles, GetVirtualMachineFiles, 20, INVOKE_FUNC, 26),
    TYPELIB_MEMBER(IVMVirtualServer, GetVirtualNetworkFiles, GetVirtualNetworkFiles, 21, INVOKE_FUNC, 27),
    TYPELIB_MEMBER(IVMVirtualServer, QueryLocale, QueryLocale, 22, INVOKE_FUNC, 28),
    TYPELIB_MEMBER(IVMVirtualServer, RegisterVirtualMachine, RegisterVirtualMachine, 23, INVOKE_FUNC, 29),
    TYPELIB_MEMBER(IVMVirtualServer, RegisterVirtualNetwork, RegisterVirtualNetwork, 24, INVOKE_FUNC, 30),
    TYPELIB_MEMBER(IVMVirtualServer, RemoveConfigurationValue, RemoveConfigurationValue, 25, INVOKE_FUNC, 31),
    TYPELIB_MEMBER(IVMVirtualServer, RemoveScriptFromEvent, RemoveScriptFromEvent, 26, INVOKE_FUNC, 32),
    TYPELIB_MEMBER(IVMVirtualServer, SetConfigurationValue, SetConfigurationValue, 27, INVOKE_FUNC, 33),
    TYPELIB_MEMBER(IVMVirtualServer, UnregisterVirtualMachine, UnregisterVirtualMachine, 28, INVOKE_FUNC, 34),
    TYPELIB_MEMBER(IVMVirtualServer, UnregisterVirtualNetwork, UnregisterVirtualNetwork, 29, INVOKE_FUNC, 35),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCCreateEncryptionCertificateRequest, VMRCCreateEncryptionCertificateRequest, 30, INVOKE_FUNC, 36),
    TYPELIB_MEMBER(IVMVirtualServer, AvailableSystemCapacity, get_AvailableSystemCapacity, 31, INVOKE_PROPERTYGET, 37),
    TYPELIB_MEMBER(IVMVirtualServer, DefaultLocale, get_DefaultLocale, 32, INVOKE_PROPERTYGET, 38),
    TYPELIB_MEMBER(IVMVirtualServer, DefaultVMConfigurationPath, get_DefaultVMConfigurationPath, 33, INVOKE_PROPERTYGET, 39),
    TYPELIB_MEMBER(IVMVirtualServer, DefaultVMConfigurationPath, put_DefaultVMConfigurationPath, 33, INVOKE_PROPERTYPUT, 40),
    TYPELIB_MEMBER(IVMVirtualServer, DefaultVNConfigurationPath, get_DefaultVNConfigurationPath, 34, INVOKE_PROPERTYGET, 41),
    TYPELIB_MEMBER(IVMVirtualServer, HostInfo, get_HostInfo, 35, INVOKE_PROPERTYGET, 42),
    TYPELIB_MEMBER(IVMVirtualServer, Locale, put_Locale, 36, INVOKE_PROPERTYPUT, 43),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumFloppyDrivesPerVM, get_MaximumFloppyDrivesPerVM, 37, INVOKE_PROPERTYGET, 44),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumMemoryPerVM, get_MaximumMemoryPerVM, 38, INVOKE_PROPERTYGET, 45),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumNetworkAdaptersPerVM, get_MaximumNetworkAdaptersPerVM, 39, INVOKE_PROPERTYGET, 46),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumNumberOfIDEBuses, get_MaximumNumberOfIDEBuses, 40, INVOKE_PROPERTYGET, 47),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumNumberOfSCSIControllers, get_MaximumNumberOfSCSIControllers, 41, INVOKE_PROPERTYGET, 48),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumParallelPortsPerVM, get_MaximumParallelPortsPerVM, 42, INVOKE_PROPERTYGET, 49),
    TYPELIB_MEMBER(IVMVirtualServer, MaximumSerialPortsPerVM, get_MaximumSerialPortsPerVM, 43, INVOKE_PROPERTYGET, 50),
    TYPELIB_MEMBER(IVMVirtualServer, MinimumMemoryPerVM, get_MinimumMemoryPerVM, 44, INVOKE_PROPERTYGET, 51),
    TYPELIB_MEMBER(IVMVirtualServer, Name, get_Name, 45, INVOKE_PROPERTYGET, 52),
    TYPELIB_MEMBER(IVMVirtualServer, ProductID, get_ProductID, 46, INVOKE_PROPERTYGET, 53),
    TYPELIB_MEMBER(IVMVirtualServer, SearchPaths, get_SearchPaths, 47, INVOKE_PROPERTYGET, 54),
    TYPELIB_MEMBER(IVMVirtualServer, SearchPaths, put_SearchPaths, 47, INVOKE_PROPERTYPUT, 55),
    TYPELIB_MEMBER(IVMVirtualServer, Security, get_Security, 48, INVOKE_PROPERTYGET, 56),
    TYPELIB_MEMBER(IVMVirtualServer, Security, put_Security, 48, INVOKE_PROPERTYPUT, 57),
    TYPELIB_MEMBER(IVMVirtualServer, SuggestedMaximumMemoryPerVM, get_SuggestedMaximumMemoryPerVM, 49, INVOKE_PROPERTYGET, 58),
    TYPELIB_MEMBER(IVMVirtualServer, SupportDrivers, get_SupportDrivers, 50, INVOKE_PROPERTYGET, 59),
    TYPELIB_MEMBER(IVMVirtualServer, Tasks, get_Tasks, 51, INVOKE_PROPERTYGET, 60),
    TYPELIB_MEMBER(IVMVirtualServer, UnconnectedNetworkAdapters, get_UnconnectedNetworkAdapters, 52, INVOKE_PROPERTYGET, 61),
    TYPELIB_MEMBER(IVMVirtualServer, UpTime, get_UpTime, 53, INVOKE_PROPERTYGET, 62),
    TYPELIB_MEMBER(IVMVirtualServer, Version, get_Version, 54, INVOKE_PROPERTYGET, 63),
    TYPELIB_MEMBER(IVMVirtualServer, VirtualMachines, get_VirtualMachines, 55, INVOKE_PROPERTYGET, 64),
    TYPELIB_MEMBER(IVMVirtualServer, VirtualNetworks, get_VirtualNetworks, 56, INVOKE_PROPERTYGET, 65),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAdminAddress, get_VMRCAdminAddress, 57, INVOKE_PROPERTYGET, 66),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAdminAddress, put_VMRCAdminAddress, 57, INVOKE_PROPERTYPUT, 67),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAdminPortNumber, get_VMRCAdminPortNumber, 58, INVOKE_PROPERTYGET, 68),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAdminPortNumber, put_VMRCAdminPortNumber, 58, INVOKE_PROPERTYPUT, 69),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAuthenticator, get_VMRCAuthenticator, 59, INVOKE_PROPERTYGET, 70),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAuthenticator, put_VMRCAuthenticator, 59, INVOKE_PROPERTYPUT, 71),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCAuthenticators, get_VMRCAuthenticators, 60, INVOKE_PROPERTYGET, 72),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEnabled, get_VMRCEnabled, 61, INVOKE_PROPERTYGET, 73),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEnabled, put_VMRCEnabled, 61, INVOKE_PROPERTYPUT, 74),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEncryptionCertificate, get_VMRCEncryptionCertificate, 62, INVOKE_PROPERTYGET, 75),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEncryptionCertificate, put_VMRCEncryptionCertificate, 62, INVOKE_PROPERTYPUT, 76),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEncryptionCertificateRequest, get_VMRCEncryptionCertificateRequest, 63, INVOKE_PROPERTYGET, 77),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEncryptionEnabled, get_VMRCEncryptionEnabled, 64, INVOKE_PROPERTYGET, 78),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCEncryptionEnabled, put_VMRCEncryptionEnabled, 64, INVOKE_PROPERTYPUT, 79),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCIdleConnectionTimeout, get_VMRCIdleConnectionTimeout, 65, INVOKE_PROPERTYGET, 80),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCIdleConnectionTimeout, put_VMRCIdleConnectionTimeout, 65, INVOKE_PROPERTYPUT, 81),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCIdleConnectionTimeoutEnabled, get_VMRCIdleConnectionTimeoutEnabled, 66, INVOKE_PROPERTYGET, 82),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCIdleConnectionTimeoutEnabled, put_VMRCIdleConnectionTimeoutEnabled, 66, INVOKE_PROPERTYPUT, 83),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCXResolution, get_VMRCXResolution, 67, INVOKE_PROPERTYGET, 84),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCXResolution, put_VMRCXResolution, 67, INVOKE_PROPERTYPUT, 85),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCYResolution, get_VMRCYResolution, 68, INVOKE_PROPERTYGET, 86),
    TYPELIB_MEMBER(IVMVirtualServer, VMRCYResolution, put_VMRCYResolution, 68, INVOKE_PROPERTYPUT, 87),
    TYPELIB_MEMBER(IVMVirtualServer, VMScriptsEnabled, get_VMScriptsEnabled, 69, INVOKE_PROPERTYGET, 88),
    TYPELIB_MEMBER(IVMVirtualServer, VMScriptsEnabled, put_VMScriptsEnabled, 69, INVOKE_PROPERTYPUT, 89),
    TYPELIB_MEMBER(IVMVirtualServer, VSScriptsEnabled, get_VSScriptsEnabled, 70, INVOKE_PROPERTYGET, 90),
    TYPELIB_MEMBER(IVMVirtualServer, VSScriptsEnabled, put_VSScriptsEnabled, 70, INVOKE_PROPERTYPUT, 91),
};

static const struct typelib_member IVMVirtualServerEvents_members[] =
{
    TYPELIB_MEMBER(IVMVirtualServerEvents, OnEventLogged, OnEventLogged, 1, INVOKE_FUNC, 7),
    TYPELIB_MEMBER(IVMVirtualServerEvents, OnHeartbeatStopped, OnHeartbeatStopped, 2, INVOKE_FUNC, 8),
    TYPELIB_MEMBER(IVMVirtualServerEvents, OnServiceEvent, OnServiceEvent, 3, INVOKE_FUNC, 9),
    TYPELIB_MEMBER(IVMVirtualServerEvents, OnVMStateChange, OnVMStateChange, 4, INVOKE_FUNC, 10),
};

static const struct typelib_interface vs_interfaces[] =
{
    TYPELIB_INTERFACE(IVMAccessRights, IDispatch),
    TYPELIB_INTERFACE(IVMAccessRightsCollection, IDispatch),
    TYPELIB_INTERFACE(IVMAccountant, IDispatch),
    TYPELIB_INTERFACE(IVMDHCPVirtualNetworkServer, IDispatch),
    TYPELIB_INTERFACE(IVMDisplay, IDispatch),
    TYPELIB_INTERFACE(IVMDVDDrive, IDispatch),
    TYPELIB_INTERFACE(IVMDVDDriveCollection, IDispatch),
    TYPELIB_INTERFACE(IVMDVDDriveEvents, IDispatch),
    TYPELIB_INTERFACE(IVMFloppyDrive, IDispatch),
    TYPELIB_INTERFACE(IVMFloppyDriveCollection, IDispatch),
    TYPELIB_INTERFACE(IVMFloppyDriveEvents, IDispatch),
    TYPELIB_INTERFACE(IVMGuestOS, IDispatch),
    TYPELIB_INTERFACE(IVMGuestOS2, IVMGuestOS),
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
    TYPELIB_INTERFACE(IVMRCAuthenticator, IDispatch),
    TYPELIB_INTERFACE(IVMRCAuthenticatorCollection, IDispatch),
    TYPELIB_INTERFACE(IVMSCSIController, IDispatch),
    TYPELIB_INTERFACE(IVMSCSIControllerCollection, IDispatch),
    TYPELIB_INTERFACE(IVMSecurity, IDispatch),
    TYPELIB_INTERFACE(IVMSerialPort, IDispatch),
    TYPELIB_INTERFACE(IVMSerialPortCollection, IDispatch),
    TYPELIB_INTERFACE(IVMSupportDriver, IDispatch),
    TYPELIB_INTERFACE(IVMSupportDriverCollection, IDispatch),
    TYPELIB_INTERFACE(IVMTask, IDispatch),
    TYPELIB_INTERFACE(IVMTask2, IVMTask),
    TYPELIB_INTERFACE(IVMTaskCollection, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualMachine, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualMachineCollection, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualMachineEvents, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualNetwork, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualNetworkCollection, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualServer, IDispatch),
    TYPELIB_INTERFACE(IVMVirtualServerEvents, IDispatch),
};
