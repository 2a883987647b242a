/*
 * vpccom.dll: Virtual Server IVMVirtualMachine and IVMVirtualMachineCollection.
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

#include <stdlib.h>

#define COBJMACROS

#include "vs_model.h"

#include "resource.h"
#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_machine.h"

/* The members only Virtual Server has. */

static HRESULT WINAPI machine_AddDVDROMDrive(IVMVirtualMachine *iface, VMDriveBusType busType,
                                             LONG busNumber, LONG deviceNumber,
                                             IVMDVDDrive **dvdDrive)
{
    TRACE("%p, %d, %d, %d, %p\n", iface, busType, (int)busNumber, (int)deviceNumber, dvdDrive);

    if (dvdDrive) *dvdDrive = NULL;
    if (busType != vmDriveBusType_IDE && busType != vmDriveBusType_SCSI)
        return set_error(MODEL, E_INVALIDARG, IDS_BAD_BUS_TYPE, L"AddDVDROMDrive");
    return machine_add_dvd_drive(iface, busType == vmDriveBusType_SCSI, busNumber, deviceNumber,
                                 dvdDrive);
}

static HRESULT WINAPI machine_AddHardDiskConnection(IVMVirtualMachine *iface, BSTR hardDiskPath,
                                                    VMDriveBusType busType, LONG busNumber,
                                                    LONG deviceNumber,
                                                    IVMHardDiskConnection **hardDiskConnection)
{
    TRACE("%p, %s, %d, %d, %d, %p\n", iface, debugstr_w(hardDiskPath), busType, (int)busNumber,
          (int)deviceNumber, hardDiskConnection);

    if (hardDiskConnection) *hardDiskConnection = NULL;
    if (busType != vmDriveBusType_IDE && busType != vmDriveBusType_SCSI)
        return set_error(MODEL, E_INVALIDARG, IDS_BAD_BUS_TYPE, L"AddHardDiskConnection");
    return machine_add_disk(iface, hardDiskPath, busType == vmDriveBusType_SCSI, busNumber,
                            deviceNumber, hardDiskConnection);
}

/* The VM off, at most four (E_FAIL, as documented), QEMU's LSI Logic. */
static HRESULT WINAPI machine_AddSCSIController(IVMVirtualMachine *iface,
                                                IVMSCSIController **controller)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG index;
    HRESULT hr;

    TRACE("%p, %p\n", iface, controller);

    if (!controller) return E_POINTER;
    *controller = NULL;
    if (FAILED(hr = vm_add_scsi_controller(&This->vm, &index))) return hr;
    return vs_scsi_class.create_item(&This->vm, DEVICE_SCSI, index, (IDispatch **)controller);
}

static HRESULT WINAPI machine_AttachScriptToEvent(IVMVirtualMachine *iface, VMEventType eventType,
                                                  BSTR scriptCommandLine)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"AttachScriptToEvent");
}

static HRESULT WINAPI machine_FetchScriptByEvent(IVMVirtualMachine *iface, VMEventType eventType,
                                                 BSTR *scriptCommandLine)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"FetchScriptByEvent");
}

static HRESULT WINAPI machine_RemoveConfigurationValue(IVMVirtualMachine *iface,
                                                       BSTR configurationKey)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"RemoveConfigurationValue");
}

static HRESULT WINAPI machine_RemoveScriptFromEvent(IVMVirtualMachine *iface, VMEventType eventType)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"RemoveScriptFromEvent");
}

/* Only an empty controller (README). */
static HRESULT WINAPI machine_RemoveSCSIController(IVMVirtualMachine *iface,
                                                   IVMSCSIController *controller)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, controller);

    if (!controller)
        return set_error(MODEL, E_POINTER, IDS_NEEDS_DEVICE, L"RemoveSCSIController",
                         L"SCSI controller");
    return vm_remove_device(&This->vm, vs_scsi_device_ref(controller), DEVICE_SCSI,
                            L"RemoveSCSIController");
}

static HRESULT WINAPI machine_SetAccountNameAndPassword(IVMVirtualMachine *iface, BSTR userName,
                                                        BSTR password)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"SetAccountNameAndPassword");
}

static HRESULT WINAPI machine_get_AccountName(IVMVirtualMachine *iface, BSTR *accountName)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, accountName);

    return vm_get_account_name(&This->vm, accountName);
}

static HRESULT WINAPI machine_get_AutoStartAtLaunch(IVMVirtualMachine *iface,
                                                    VMAutoStartType *autoStartAtLaunch)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, autoStartAtLaunch);

    if (!autoStartAtLaunch) return E_POINTER;
    hr = vm_get_autostart(&This->vm, &value);
    *autoStartAtLaunch = value;
    return hr;
}

/* libvirt starts a domain with the host always or never; whether it was
 * running when the host stopped is libvirt-guests' business, for every VM
 * at once. */
static HRESULT WINAPI machine_put_AutoStartAtLaunch(IVMVirtualMachine *iface,
                                                    VMAutoStartType autoStartAtLaunch)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %d\n", iface, autoStartAtLaunch);

    if (autoStartAtLaunch == vmAutoStart_Always || autoStartAtLaunch == vmAutoStart_Never)
        return vm_set_autostart(&This->vm, autoStartAtLaunch == vmAutoStart_Always);
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return vm_ref_raise(&This->vm, VPC_ERR_INVALID_ARG,
                        autoStartAtLaunch == vmAutoStart_IfRunningAtQuit
                        ? "libvirt has no per-domain 'if running at quit' (libvirt-guests decides "
                          "for every domain); only Always and Never can be set"
                        : "AutoStartAtLaunch takes vmAutoStart_Never (0) or vmAutoStart_Always (1)");
}

static HRESULT WINAPI machine_get_AutoStartAtLaunchDelay(IVMVirtualMachine *iface,
                                                         LONG *autoStartAtLaunchDelay)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, autoStartAtLaunchDelay);

    return vm_get_autostart_delay(&This->vm, autoStartAtLaunchDelay);
}

static HRESULT WINAPI machine_put_AutoStartAtLaunchDelay(IVMVirtualMachine *iface,
                                                         LONG autoStartAtLaunchDelay)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"AutoStartAtLaunchDelay (write)");
}

static HRESULT WINAPI machine_get_RunAsDefinedAccount(IVMVirtualMachine *iface,
                                                      VARIANT_BOOL *runAsDefinedAccountEnabled)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, runAsDefinedAccountEnabled);

    return vm_get_run_as_defined_account(&This->vm, runAsDefinedAccountEnabled);
}

static HRESULT WINAPI machine_put_RunAsDefinedAccount(IVMVirtualMachine *iface,
                                                      VARIANT_BOOL runAsDefinedAccountEnabled)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"RunAsDefinedAccount (write)");
}

static HRESULT WINAPI machine_get_SCSIControllers(IVMVirtualMachine *iface,
        IVMSCSIControllerCollection **scsiControllerCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, scsiControllerCollection);

    return create_device_collection(&This->vm, &vs_scsi_class, (void **)scsiControllerCollection);
}

static HRESULT WINAPI machine_get_Security(IVMVirtualMachine *iface, IVMSecurity **outSecurity)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"Security");
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
    machine_AddSCSIController,
    machine_AttachScriptToEvent,
    machine_DiscardSavedState,
    machine_DiscardUndoDisks,
    machine_FetchScriptByEvent,
    machine_GetActivationValue,
    machine_GetConfigurationValue,
    machine_MergeUndoDisks,
    machine_Pause,
    machine_RemoveActivationValue,
    machine_RemoveConfigurationValue,
    machine_RemoveDVDROMDrive,
    machine_RemoveHardDiskConnection,
    machine_RemoveNetworkAdapter,
    machine_RemoveScriptFromEvent,
    machine_RemoveSCSIController,
    machine_Reset,
    machine_Resume,
    machine_Save,
    machine_SetAccountNameAndPassword,
    machine_SetActivationValue,
    machine_SetConfigurationValue,
    machine_Startup,
    machine_TurnOff,
    machine_get_Accountant,
    machine_get_AccountName,
    machine_get_AttachedDriveTypes,
    machine_get_AutoStartAtLaunch,
    machine_put_AutoStartAtLaunch,
    machine_get_AutoStartAtLaunchDelay,
    machine_put_AutoStartAtLaunchDelay,
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
    machine_get_RunAsDefinedAccount,
    machine_put_RunAsDefinedAccount,
    machine_get_SavedStateFilePath,
    machine_get_SCSIControllers,
    machine_get_Security,
    machine_get_SerialPorts,
    machine_get_ShutdownActionOnQuit,
    machine_put_ShutdownActionOnQuit,
    machine_get_State,
    machine_get_Undoable,
    machine_put_Undoable,
    machine_get_UndoAction,
    machine_put_UndoAction,
};

