/*
 * vpccom.dll: Windows Virtual PC IVMVirtualMachine and IVMVirtualMachineCollection.
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

#include <stdio.h>
#include <stdlib.h>

#define COBJMACROS

#include "vpc_model.h"

#include "resource.h"
#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_machine.h"

static HRESULT WINAPI machine_Startup2(IVMVirtualMachine *iface, VMStartupOption option,
                                       IVMTask **task)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %d, %p\n", iface, option, task);

    if (!task) return E_POINTER;
    *task = NULL;
    /* Parent disk timestamps are a VHD matter; both options start the VM. */
    if (option != vmStartupOption_Normal && option != vmStartupOption_FixParentTimestampMismatch)
    {
        char detail[128];

        snprintf(detail, sizeof(detail), "the startup option must be %d (vmStartupOption_Normal) "
                 "or %d (vmStartupOption_FixParentTimestampMismatch), not %d",
                 vmStartupOption_Normal, vmStartupOption_FixParentTimestampMismatch, option);
        return vm_ref_raise(&This->vm, VPC_ERR_INVALID_ARG, detail);
    }
    return machine_start_task(This, VPC_ACTION_STARTUP, task);
}

/* Members that have no libvirt meaning yet. */

static HRESULT WINAPI machine_AddDVDROMDrive(IVMVirtualMachine *iface, LONG busNumber,
                                             LONG deviceNumber, IVMDVDDrive **dvdDrive)
{
    TRACE("%p, %d, %d, %p\n", iface, (int)busNumber, (int)deviceNumber, dvdDrive);

    /* Windows Virtual PC's drives are on IDE. */
    return machine_add_dvd_drive(iface, FALSE, busNumber, deviceNumber, dvdDrive);
}

static HRESULT WINAPI machine_AddHardDiskConnection(IVMVirtualMachine *iface, BSTR hardDiskPath,
                                                    LONG busNumber, LONG deviceNumber,
                                                    IVMHardDiskConnection **hardDiskConnection)
{
    TRACE("%p, %s, %d, %d, %p\n", iface, debugstr_w(hardDiskPath), (int)busNumber,
          (int)deviceNumber, hardDiskConnection);

    return machine_add_disk(iface, hardDiskPath, FALSE, busNumber, deviceNumber, hardDiskConnection);
}

static HRESULT WINAPI machine_AttachUSBDevice(IVMVirtualMachine *iface, IVMUSBDevice *inUSBDevice)
{
    TRACE("%p, %p\n", iface, inUSBDevice);

    return vpc_vm_change_usb(&impl_from_IVMVirtualMachine(iface)->vm, inUSBDevice, TRUE);
}

static HRESULT WINAPI machine_DetachUSBDevice(IVMVirtualMachine *iface, IVMUSBDevice *inUSBDevice)
{
    TRACE("%p, %p\n", iface, inUSBDevice);

    return vpc_vm_change_usb(&impl_from_IVMVirtualMachine(iface)->vm, inUSBDevice, FALSE);
}

static HRESULT WINAPI machine_RemoveConfigurationValue(IVMVirtualMachine *iface,
                                                       BSTR configurationKey)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"RemoveConfigurationValue");
}

static HRESULT WINAPI machine_StartCommunicationChannel(IVMVirtualMachine *iface,
                                                        VMEndpointType inHostEndpointType,
                                                        BSTR inHostEndPointName,
                                                        VMEndpointType inGuestEndpointType,
                                                        BSTR inGuestEndpointName)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"StartCommunicationChannel");
}

static HRESULT WINAPI machine_get_RdpPipeName(IVMVirtualMachine *iface, BSTR *RdpPipeName)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"RdpPipeName");
}

static const IVMVirtualMachineVtbl machine_vtbl =
{
    machine_QueryInterface,
    machine_AddRef,
    machine_Release,
    machine_GetTypeInfoCount,
    machine_GetTypeInfo,
    machine_GetIDsOfNames,
    machine_Invoke,
    machine_AddDVDROMDrive,
    machine_AddHardDiskConnection,
    machine_AddNetworkAdapter,
    machine_AttachUSBDevice,
    machine_DetachUSBDevice,
    machine_DiscardSavedState,
    machine_DiscardUndoDisks,
    machine_GetActivationValue,
    machine_GetConfigurationValue,
    machine_MergeUndoDisks,
    machine_Pause,
    machine_RemoveActivationValue,
    machine_RemoveConfigurationValue,
    machine_RemoveDVDROMDrive,
    machine_RemoveHardDiskConnection,
    machine_RemoveNetworkAdapter,
    machine_Reset,
    machine_Resume,
    machine_Save,
    machine_SetActivationValue,
    machine_SetConfigurationValue,
    machine_StartCommunicationChannel,
    machine_Startup,
    machine_Startup2,
    machine_TurnOff,
    machine_get_Accountant,
    machine_get_AttachedDriveTypes,
    machine_get_BaseBoardSerialNumber,
    machine_put_BaseBoardSerialNumber,
    machine_get_BIOSGUID,
    machine_put_BIOSGUID,
    machine_get_BIOSSerialNumber,
    machine_put_BIOSSerialNumber,
    machine_get_ChassisAssetTag,
    machine_put_ChassisAssetTag,
    machine_get_ChassisSerialNumber,
    machine_put_ChassisSerialNumber,
    machine_get_ConfigID,
    machine_get_Display,
    machine_get_DVDROMDrives,
    machine_get_File,
    machine_get_FloppyDrives,
    machine_get_GuestOS,
    machine_get_HardDiskConnections,
    machine_get_Has3DNow,
    machine_get_HasMMX,
    machine_get_HasSSE,
    machine_get_HasSSE2,
    machine_get_Keyboard,
    machine_get_Memory,
    machine_put_Memory,
    machine_get_Mouse,
    machine_get_Name,
    machine_put_Name,
    machine_get_NetworkAdapters,
    machine_get_Notes,
    machine_put_Notes,
    machine_get_ParallelPorts,
    machine_get_ProcessorSpeed,
    machine_get_RdpPipeName,
    machine_get_SavedStateFilePath,
    machine_get_SerialPorts,
    machine_get_ShutdownActionOnQuit,
    machine_put_ShutdownActionOnQuit,
    machine_get_State,
    machine_get_Undoable,
    machine_put_Undoable,
    machine_get_UndoAction,
    machine_put_UndoAction,
};

