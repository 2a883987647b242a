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

#include "vs_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

struct vs_machine
{
    IVMVirtualMachine IVMVirtualMachine_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct vm_ref vm;
};

static inline struct vs_machine *impl_from_IVMVirtualMachine(IVMVirtualMachine *iface)
{
    return CONTAINING_RECORD(iface, struct vs_machine, IVMVirtualMachine_iface);
}

static HRESULT WINAPI vsvm_QueryInterface(IVMVirtualMachine *iface, REFIID riid, void **obj)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMVirtualMachine) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
        *obj = &This->IVMVirtualMachine_iface;
    else if (IsEqualIID(riid, &IID_IProvideClassInfo))
        *obj = &This->classinfo.IProvideClassInfo_iface;
    else
    {
        WARN("interface %s not supported\n", debugstr_guid(riid));
        *obj = NULL;
        return E_NOINTERFACE;
    }
    IUnknown_AddRef((IUnknown *)*obj);
    return S_OK;
}

static ULONG WINAPI vsvm_AddRef(IVMVirtualMachine *iface)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vsvm_Release(IVMVirtualMachine *iface)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        vm_ref_cleanup(&This->vm);
        free(This);
    }
    return ref;
}

static HRESULT WINAPI vsvm_GetTypeInfoCount(IVMVirtualMachine *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vsvm_GetTypeInfo(IVMVirtualMachine *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vs_typeinfo, VS_IVMVirtualMachine_tid, index, ret);
}

static HRESULT WINAPI vsvm_GetIDsOfNames(IVMVirtualMachine *iface, REFIID riid, LPOLESTR *names,
        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vs_typeinfo, VS_IVMVirtualMachine_tid, names, count, ids);
}

static HRESULT WINAPI vsvm_Invoke(IVMVirtualMachine *iface, DISPID member, REFIID riid, LCID lcid,
        WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vs_typeinfo, VS_IVMVirtualMachine_tid, iface, member, flags, params, result,
                           excepinfo, argerr);
}

static HRESULT WINAPI vsvm_get_Accountant(IVMVirtualMachine *iface, IVMAccountant **accountant)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, accountant);

    if (!accountant) return E_POINTER;
    *accountant = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return vs_create_accountant(&This->vm, accountant);
}

static HRESULT WINAPI vsvm_get_ConfigID(IVMVirtualMachine *iface, BSTR *id)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, id);

    return vm_get_config_id(&This->vm, id);
}

static HRESULT WINAPI vsvm_GetConfigurationValue(IVMVirtualMachine *iface, BSTR key,
        VARIANT *value)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(key), value);

    return vm_get_configuration_value(&This->vm, key, value);
}

static HRESULT WINAPI vsvm_get_Memory(IVMVirtualMachine *iface, LONG *megabytes)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, megabytes);

    return vm_get_memory(&This->vm, megabytes);
}

static HRESULT WINAPI vsvm_get_Name(IVMVirtualMachine *iface, BSTR *name)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, name);

    return vm_get_name(&This->vm, name);
}

static HRESULT WINAPI vsvm_get_Notes(IVMVirtualMachine *iface, BSTR *notes)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, notes);

    return vm_get_notes(&This->vm, notes);
}

static HRESULT WINAPI vsvm_get_State(IVMVirtualMachine *iface, VMVMState *state)
{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, state);

    if (!state) return E_POINTER;
    hr = vm_get_state(&This->vm, &value);
    *state = value;
    return hr;
}

/* Lifecycle: the methods that return an IVMTask start it and return at
 * once; Pause, Resume and DiscardSavedState return when done. */

static HRESULT vsvm_start_task(struct vs_machine *This, vpcAction action, IVMTask **task)
{
    unsigned int id;
    HRESULT hr;

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = vm_start_action(&This->vm, action, &id))) return hr;
    return vs_create_task(&This->vm, id, action, task);
}

static HRESULT WINAPI vsvm_Startup(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vsvm_start_task(This, VPC_ACTION_STARTUP, task);
}}

static HRESULT WINAPI vsvm_TurnOff(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vsvm_start_task(This, VPC_ACTION_TURN_OFF, task);
}}

static HRESULT WINAPI vsvm_Save(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vsvm_start_task(This, VPC_ACTION_SAVE, task);
}}

static HRESULT WINAPI vsvm_Reset(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vsvm_start_task(This, VPC_ACTION_RESET, task);
}}

static HRESULT WINAPI vsvm_Pause(IVMVirtualMachine *iface)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_PAUSE);
}}

static HRESULT WINAPI vsvm_Resume(IVMVirtualMachine *iface)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_RESUME);
}}

static HRESULT WINAPI vsvm_DiscardSavedState(IVMVirtualMachine *iface)
{{
    struct vs_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_DISCARD_SAVED_STATE);
}}

/* Members that have no libvirt meaning yet. */

static HRESULT WINAPI vsvm_AddDVDROMDrive(IVMVirtualMachine *iface, VMDriveBusType busType,
                                          LONG busNumber, LONG deviceNumber, IVMDVDDrive **dvdDrive)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AddDVDROMDrive");
}

static HRESULT WINAPI vsvm_AddHardDiskConnection(IVMVirtualMachine *iface, BSTR hardDiskPath,
                                                 VMDriveBusType busType, LONG busNumber,
                                                 LONG deviceNumber,
                                                 IVMHardDiskConnection **hardDiskConnection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AddHardDiskConnection");
}

static HRESULT WINAPI vsvm_AddNetworkAdapter(IVMVirtualMachine *iface,
                                             IVMNetworkAdapter **networkAdapter)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AddNetworkAdapter");
}

static HRESULT WINAPI vsvm_AddSCSIController(IVMVirtualMachine *iface,
                                             IVMSCSIController **controller)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AddSCSIController");
}

static HRESULT WINAPI vsvm_AttachScriptToEvent(IVMVirtualMachine *iface, VMEventType eventType,
                                               BSTR scriptCommandLine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AttachScriptToEvent");
}

static HRESULT WINAPI vsvm_DiscardUndoDisks(IVMVirtualMachine *iface)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"DiscardUndoDisks");
}

static HRESULT WINAPI vsvm_FetchScriptByEvent(IVMVirtualMachine *iface, VMEventType eventType,
                                              BSTR *scriptCommandLine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"FetchScriptByEvent");
}

static HRESULT WINAPI vsvm_GetActivationValue(IVMVirtualMachine *iface, BSTR activationKey,
                                              VARIANT *activationValue)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"GetActivationValue");
}

static HRESULT WINAPI vsvm_MergeUndoDisks(IVMVirtualMachine *iface, IVMTask **undoMergeTask)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"MergeUndoDisks");
}

static HRESULT WINAPI vsvm_RemoveActivationValue(IVMVirtualMachine *iface, BSTR activationKey)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveActivationValue");
}

static HRESULT WINAPI vsvm_RemoveConfigurationValue(IVMVirtualMachine *iface, BSTR configurationKey)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveConfigurationValue");
}

static HRESULT WINAPI vsvm_RemoveDVDROMDrive(IVMVirtualMachine *iface, IVMDVDDrive *dvdDrive)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveDVDROMDrive");
}

static HRESULT WINAPI vsvm_RemoveHardDiskConnection(IVMVirtualMachine *iface,
                                                    IVMHardDiskConnection *hardDiskConnection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveHardDiskConnection");
}

static HRESULT WINAPI vsvm_RemoveNetworkAdapter(IVMVirtualMachine *iface,
                                                IVMNetworkAdapter *networkAdapter)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveNetworkAdapter");
}

static HRESULT WINAPI vsvm_RemoveScriptFromEvent(IVMVirtualMachine *iface, VMEventType eventType)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveScriptFromEvent");
}

static HRESULT WINAPI vsvm_RemoveSCSIController(IVMVirtualMachine *iface,
                                                IVMSCSIController *controller)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RemoveSCSIController");
}

static HRESULT WINAPI vsvm_SetAccountNameAndPassword(IVMVirtualMachine *iface, BSTR userName,
                                                     BSTR password)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"SetAccountNameAndPassword");
}

static HRESULT WINAPI vsvm_SetActivationValue(IVMVirtualMachine *iface, BSTR activationKey,
                                              VARIANT activationValue)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"SetActivationValue");
}

static HRESULT WINAPI vsvm_SetConfigurationValue(IVMVirtualMachine *iface, BSTR configurationKey,
                                                 VARIANT configurationValue)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"SetConfigurationValue");
}

static HRESULT WINAPI vsvm_get_AccountName(IVMVirtualMachine *iface, BSTR *accountName)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AccountName");
}

static HRESULT WINAPI vsvm_get_AttachedDriveTypes(IVMVirtualMachine *iface, VARIANT *driveTypes)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AttachedDriveTypes");
}

static HRESULT WINAPI vsvm_get_AutoStartAtLaunch(IVMVirtualMachine *iface,
                                                 VMAutoStartType *autoStartAtLaunch)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AutoStartAtLaunch");
}

static HRESULT WINAPI vsvm_put_AutoStartAtLaunch(IVMVirtualMachine *iface,
                                                 VMAutoStartType autoStartAtLaunch)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AutoStartAtLaunch (write)");
}

static HRESULT WINAPI vsvm_get_AutoStartAtLaunchDelay(IVMVirtualMachine *iface,
                                                      LONG *autoStartAtLaunchDelay)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AutoStartAtLaunchDelay");
}

static HRESULT WINAPI vsvm_put_AutoStartAtLaunchDelay(IVMVirtualMachine *iface,
                                                      LONG autoStartAtLaunchDelay)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"AutoStartAtLaunchDelay (write)");
}

static HRESULT WINAPI vsvm_get_BaseBoardSerialNumber(IVMVirtualMachine *iface,
                                                     BSTR *baseBoardSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"BaseBoardSerialNumber");
}

static HRESULT WINAPI vsvm_put_BaseBoardSerialNumber(IVMVirtualMachine *iface,
                                                     BSTR baseBoardSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"BaseBoardSerialNumber (write)");
}

static HRESULT WINAPI vsvm_get_BIOSGUID(IVMVirtualMachine *iface, BSTR *biosGUID)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"BIOSGUID");
}

static HRESULT WINAPI vsvm_put_BIOSGUID(IVMVirtualMachine *iface, BSTR biosGUID)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"BIOSGUID (write)");
}

static HRESULT WINAPI vsvm_get_BIOSSerialNumber(IVMVirtualMachine *iface, BSTR *biosSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"BIOSSerialNumber");
}

static HRESULT WINAPI vsvm_put_BIOSSerialNumber(IVMVirtualMachine *iface, BSTR biosSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"BIOSSerialNumber (write)");
}

static HRESULT WINAPI vsvm_get_ChassisAssetTag(IVMVirtualMachine *iface, BSTR *chassisAssetTag)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ChassisAssetTag");
}

static HRESULT WINAPI vsvm_put_ChassisAssetTag(IVMVirtualMachine *iface, BSTR chassisAssetTag)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ChassisAssetTag (write)");
}

static HRESULT WINAPI vsvm_get_ChassisSerialNumber(IVMVirtualMachine *iface,
                                                   BSTR *chassisSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ChassisSerialNumber");
}

static HRESULT WINAPI vsvm_put_ChassisSerialNumber(IVMVirtualMachine *iface,
                                                   BSTR chasisSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ChassisSerialNumber (write)");
}

static HRESULT WINAPI vsvm_get_Display(IVMVirtualMachine *iface, IVMDisplay **display)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Display");
}

static HRESULT WINAPI vsvm_get_DVDROMDrives(IVMVirtualMachine *iface,
                                            IVMDVDDriveCollection **dvdROMCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"DVDROMDrives");
}

static HRESULT WINAPI vsvm_get_File(IVMVirtualMachine *iface, BSTR *virtualMachineXMLFile)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"File");
}

static HRESULT WINAPI vsvm_get_FloppyDrives(IVMVirtualMachine *iface,
                                            IVMFloppyDriveCollection **floppyCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"FloppyDrives");
}

static HRESULT WINAPI vsvm_get_GuestOS(IVMVirtualMachine *iface, IVMGuestOS **guestOS)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"GuestOS");
}

static HRESULT WINAPI vsvm_get_HardDiskConnections(IVMVirtualMachine *iface,
                                                   IVMHardDiskConnectionCollection **hardDiskConnectionCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"HardDiskConnections");
}

static HRESULT WINAPI vsvm_get_Has3DNow(IVMVirtualMachine *iface, VARIANT_BOOL *threeDNowEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Has3DNow");
}

static HRESULT WINAPI vsvm_get_HasMMX(IVMVirtualMachine *iface, VARIANT_BOOL *mmxEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"HasMMX");
}

static HRESULT WINAPI vsvm_get_HasSSE(IVMVirtualMachine *iface, VARIANT_BOOL *sseEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"HasSSE");
}

static HRESULT WINAPI vsvm_get_HasSSE2(IVMVirtualMachine *iface, VARIANT_BOOL *sse2Enabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"HasSSE2");
}

static HRESULT WINAPI vsvm_get_Keyboard(IVMVirtualMachine *iface, IVMKeyboard **keyboard)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Keyboard");
}

static HRESULT WINAPI vsvm_put_Memory(IVMVirtualMachine *iface, LONG megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Memory (write)");
}

static HRESULT WINAPI vsvm_get_Mouse(IVMVirtualMachine *iface, IVMMouse **mouse)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Mouse");
}

static HRESULT WINAPI vsvm_put_Name(IVMVirtualMachine *iface, BSTR virtualMachineName)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Name (write)");
}

static HRESULT WINAPI vsvm_get_NetworkAdapters(IVMVirtualMachine *iface,
                                               IVMNetworkAdapterCollection **networkAdapterCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"NetworkAdapters");
}

static HRESULT WINAPI vsvm_put_Notes(IVMVirtualMachine *iface, BSTR virtualMachineNotes)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Notes (write)");
}

static HRESULT WINAPI vsvm_get_ParallelPorts(IVMVirtualMachine *iface,
                                             IVMParallelPortCollection **parallelPortCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ParallelPorts");
}

static HRESULT WINAPI vsvm_get_ProcessorSpeed(IVMVirtualMachine *iface, LONG *processorSpeed)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ProcessorSpeed");
}

static HRESULT WINAPI vsvm_get_RunAsDefinedAccount(IVMVirtualMachine *iface,
                                                   VARIANT_BOOL *runAsDefinedAccountEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RunAsDefinedAccount");
}

static HRESULT WINAPI vsvm_put_RunAsDefinedAccount(IVMVirtualMachine *iface,
                                                   VARIANT_BOOL runAsDefinedAccountEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"RunAsDefinedAccount (write)");
}

static HRESULT WINAPI vsvm_get_SavedStateFilePath(IVMVirtualMachine *iface,
                                                  BSTR *savedStateFilePath)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"SavedStateFilePath");
}

static HRESULT WINAPI vsvm_get_SCSIControllers(IVMVirtualMachine *iface,
                                               IVMSCSIControllerCollection **scsiControllerCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"SCSIControllers");
}

static HRESULT WINAPI vsvm_get_Security(IVMVirtualMachine *iface, IVMSecurity **outSecurity)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Security");
}

static HRESULT WINAPI vsvm_get_SerialPorts(IVMVirtualMachine *iface,
                                           IVMSerialPortCollection **serialPortCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"SerialPorts");
}

static HRESULT WINAPI vsvm_get_ShutdownActionOnQuit(IVMVirtualMachine *iface,
                                                    VMShutdownAction *shutdownAction)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ShutdownActionOnQuit");
}

static HRESULT WINAPI vsvm_put_ShutdownActionOnQuit(IVMVirtualMachine *iface,
                                                    VMShutdownAction shutdownAction)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"ShutdownActionOnQuit (write)");
}

static HRESULT WINAPI vsvm_get_Undoable(IVMVirtualMachine *iface, VARIANT_BOOL *isUndoable)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Undoable");
}

static HRESULT WINAPI vsvm_put_Undoable(IVMVirtualMachine *iface, VARIANT_BOOL enableUndo)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"Undoable (write)");
}

static HRESULT WINAPI vsvm_get_UndoAction(IVMVirtualMachine *iface, VMUndoAction *undoAction)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"UndoAction");
}

static HRESULT WINAPI vsvm_put_UndoAction(IVMVirtualMachine *iface, VMUndoAction undoAction)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualMachine", L"UndoAction (write)");
}

static const IVMVirtualMachineVtbl vsvm_vtbl =
{
    vsvm_QueryInterface,
    vsvm_AddRef,
    vsvm_Release,
    vsvm_GetTypeInfoCount,
    vsvm_GetTypeInfo,
    vsvm_GetIDsOfNames,
    vsvm_Invoke,
    vsvm_AddDVDROMDrive,
    vsvm_AddHardDiskConnection,
    vsvm_AddNetworkAdapter,
    vsvm_AddSCSIController,
    vsvm_AttachScriptToEvent,
    vsvm_DiscardSavedState,
    vsvm_DiscardUndoDisks,
    vsvm_FetchScriptByEvent,
    vsvm_GetActivationValue,
    vsvm_GetConfigurationValue,
    vsvm_MergeUndoDisks,
    vsvm_Pause,
    vsvm_RemoveActivationValue,
    vsvm_RemoveConfigurationValue,
    vsvm_RemoveDVDROMDrive,
    vsvm_RemoveHardDiskConnection,
    vsvm_RemoveNetworkAdapter,
    vsvm_RemoveScriptFromEvent,
    vsvm_RemoveSCSIController,
    vsvm_Reset,
    vsvm_Resume,
    vsvm_Save,
    vsvm_SetAccountNameAndPassword,
    vsvm_SetActivationValue,
    vsvm_SetConfigurationValue,
    vsvm_Startup,
    vsvm_TurnOff,
    vsvm_get_Accountant,
    vsvm_get_AccountName,
    vsvm_get_AttachedDriveTypes,
    vsvm_get_AutoStartAtLaunch,
    vsvm_put_AutoStartAtLaunch,
    vsvm_get_AutoStartAtLaunchDelay,
    vsvm_put_AutoStartAtLaunchDelay,
    vsvm_get_BaseBoardSerialNumber,
    vsvm_put_BaseBoardSerialNumber,
    vsvm_get_BIOSGUID,
    vsvm_put_BIOSGUID,
    vsvm_get_BIOSSerialNumber,
    vsvm_put_BIOSSerialNumber,
    vsvm_get_ChassisAssetTag,
    vsvm_put_ChassisAssetTag,
    vsvm_get_ChassisSerialNumber,
    vsvm_put_ChassisSerialNumber,
    vsvm_get_ConfigID,
    vsvm_get_Display,
    vsvm_get_DVDROMDrives,
    vsvm_get_File,
    vsvm_get_FloppyDrives,
    vsvm_get_GuestOS,
    vsvm_get_HardDiskConnections,
    vsvm_get_Has3DNow,
    vsvm_get_HasMMX,
    vsvm_get_HasSSE,
    vsvm_get_HasSSE2,
    vsvm_get_Keyboard,
    vsvm_get_Memory,
    vsvm_put_Memory,
    vsvm_get_Mouse,
    vsvm_get_Name,
    vsvm_put_Name,
    vsvm_get_NetworkAdapters,
    vsvm_get_Notes,
    vsvm_put_Notes,
    vsvm_get_ParallelPorts,
    vsvm_get_ProcessorSpeed,
    vsvm_get_RunAsDefinedAccount,
    vsvm_put_RunAsDefinedAccount,
    vsvm_get_SavedStateFilePath,
    vsvm_get_SCSIControllers,
    vsvm_get_Security,
    vsvm_get_SerialPorts,
    vsvm_get_ShutdownActionOnQuit,
    vsvm_put_ShutdownActionOnQuit,
    vsvm_get_State,
    vsvm_get_Undoable,
    vsvm_put_Undoable,
    vsvm_get_UndoAction,
    vsvm_put_UndoAction,
};

HRESULT vs_create_machine(struct host_view *view, const struct snapshot *snap, size_t index,
        IVMVirtualMachine **ret)
{
    struct vs_machine *machine;
    HRESULT hr;

    *ret = NULL;
    if (!(machine = calloc(1, sizeof(*machine)))) return E_OUTOFMEMORY;
    machine->IVMVirtualMachine_iface.lpVtbl = &vsvm_vtbl;
    machine->ref = 1;
    if (FAILED(hr = vm_ref_init(&machine->vm, view, snap, index)))
    {
        free(machine);
        return hr;
    }
    init_classinfo(&vs_typeinfo, VS_VMVirtualMachine_tid, (IUnknown *)&machine->IVMVirtualMachine_iface,
                   &machine->classinfo);
    *ret = &machine->IVMVirtualMachine_iface;
    return S_OK;
}

/* The collection holds the snapshot it was made from: Count, Item and
 * For Each agree with each other for its whole life. */
struct vs_machines
{
    IVMVirtualMachineCollection IVMVirtualMachineCollection_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct snapshot *snap;
};

static inline struct vs_machines *impl_from_IVMVirtualMachineCollection(IVMVirtualMachineCollection *iface)
{
    return CONTAINING_RECORD(iface, struct vs_machines, IVMVirtualMachineCollection_iface);
}

static HRESULT WINAPI vsvms_QueryInterface(IVMVirtualMachineCollection *iface, REFIID riid, void **obj)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMVirtualMachineCollection) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
        *obj = &This->IVMVirtualMachineCollection_iface;
    else if (IsEqualIID(riid, &IID_IProvideClassInfo))
        *obj = &This->classinfo.IProvideClassInfo_iface;
    else
    {
        WARN("interface %s not supported\n", debugstr_guid(riid));
        *obj = NULL;
        return E_NOINTERFACE;
    }
    IUnknown_AddRef((IUnknown *)*obj);
    return S_OK;
}

static ULONG WINAPI vsvms_AddRef(IVMVirtualMachineCollection *iface)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vsvms_Release(IVMVirtualMachineCollection *iface)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        snapshot_release(This->snap);
        host_view_release(This->view);
        free(This);
    }
    return ref;
}

static HRESULT WINAPI vsvms_GetTypeInfoCount(IVMVirtualMachineCollection *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vsvms_GetTypeInfo(IVMVirtualMachineCollection *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vs_typeinfo, VS_IVMVirtualMachineCollection_tid, index, ret);
}

static HRESULT WINAPI vsvms_GetIDsOfNames(IVMVirtualMachineCollection *iface, REFIID riid, LPOLESTR *names,
        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vs_typeinfo, VS_IVMVirtualMachineCollection_tid, names, count, ids);
}

static HRESULT WINAPI vsvms_Invoke(IVMVirtualMachineCollection *iface, DISPID member, REFIID riid, LCID lcid,
        WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vs_typeinfo, VS_IVMVirtualMachineCollection_tid, iface, member, flags, params, result,
                           excepinfo, argerr);
}

static HRESULT vsvms_item(IUnknown *collection, ULONG index, IDispatch **item)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection((IVMVirtualMachineCollection *)collection);

    return vs_create_machine(This->view, This->snap, index, (IVMVirtualMachine **)item);
}

static HRESULT WINAPI vsvms_get__NewEnum(IVMVirtualMachineCollection *iface, IUnknown **ret)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return create_enumvariant((IUnknown *)iface, This->snap->data->nvms, vsvms_item, ret);
}

static HRESULT WINAPI vsvms_get_Count(IVMVirtualMachineCollection *iface, LONG *count)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = This->snap->data->nvms;
    return S_OK;
}

static HRESULT WINAPI vsvms_get_Item(IVMVirtualMachineCollection *iface, LONG index,
        IVMVirtualMachine **vm)
{
    struct vs_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %d, %p\n", iface, (int)index, vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (index < 1 || (size_t)index > This->snap->data->nvms)
        return bad_index(host_view_model(This->view), index, This->snap->data->nvms);
    return vs_create_machine(This->view, This->snap, index - 1, vm);
}

static const IVMVirtualMachineCollectionVtbl vsvms_vtbl =
{
    vsvms_QueryInterface,
    vsvms_AddRef,
    vsvms_Release,
    vsvms_GetTypeInfoCount,
    vsvms_GetTypeInfo,
    vsvms_GetIDsOfNames,
    vsvms_Invoke,
    vsvms_get__NewEnum,
    vsvms_get_Count,
    vsvms_get_Item,
};

HRESULT vs_create_machine_collection(struct host_view *view, IVMVirtualMachineCollection **ret)
{
    struct vs_machines *collection;
    HRESULT hr;

    *ret = NULL;
    if (!(collection = calloc(1, sizeof(*collection)))) return E_OUTOFMEMORY;
    if (FAILED(hr = host_view_snapshot(view, &collection->snap)))
    {
        free(collection);
        return hr;
    }
    collection->IVMVirtualMachineCollection_iface.lpVtbl = &vsvms_vtbl;
    collection->ref = 1;
    collection->view = view;
    host_view_addref(view);
    init_classinfo(&vs_typeinfo, VS_VMVirtualMachineCollection_tid,
                   (IUnknown *)&collection->IVMVirtualMachineCollection_iface, &collection->classinfo);
    *ret = &collection->IVMVirtualMachineCollection_iface;
    return S_OK;
}
