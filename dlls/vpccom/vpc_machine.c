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

#include <stdlib.h>

#define COBJMACROS

#include "vpc_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

struct vpc_machine
{
    IVMVirtualMachine IVMVirtualMachine_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct vm_ref vm;
};

static inline struct vpc_machine *impl_from_IVMVirtualMachine(IVMVirtualMachine *iface)
{
    return CONTAINING_RECORD(iface, struct vpc_machine, IVMVirtualMachine_iface);
}

static HRESULT WINAPI vpcvm_QueryInterface(IVMVirtualMachine *iface, REFIID riid, void **obj)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

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

static ULONG WINAPI vpcvm_AddRef(IVMVirtualMachine *iface)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vpcvm_Release(IVMVirtualMachine *iface)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        vm_ref_cleanup(&This->vm);
        free(This);
    }
    return ref;
}

static HRESULT WINAPI vpcvm_GetTypeInfoCount(IVMVirtualMachine *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vpcvm_GetTypeInfo(IVMVirtualMachine *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vpc_typeinfo, VPC_IVMVirtualMachine_tid, index, ret);
}

static HRESULT WINAPI vpcvm_GetIDsOfNames(IVMVirtualMachine *iface, REFIID riid, LPOLESTR *names,
        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vpc_typeinfo, VPC_IVMVirtualMachine_tid, names, count, ids);
}

static HRESULT WINAPI vpcvm_Invoke(IVMVirtualMachine *iface, DISPID member, REFIID riid, LCID lcid,
        WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vpc_typeinfo, VPC_IVMVirtualMachine_tid, iface, member, flags, params, result,
                           excepinfo, argerr);
}

static HRESULT WINAPI vpcvm_get_Accountant(IVMVirtualMachine *iface, IVMAccountant **accountant)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, accountant);

    if (!accountant) return E_POINTER;
    *accountant = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return vpc_create_accountant(&This->vm, accountant);
}

static HRESULT WINAPI vpcvm_get_ConfigID(IVMVirtualMachine *iface, BSTR *id)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, id);

    return vm_get_config_id(&This->vm, id);
}

static HRESULT WINAPI vpcvm_GetConfigurationValue(IVMVirtualMachine *iface, BSTR key,
        VARIANT *value)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(key), value);

    return vm_get_configuration_value(&This->vm, key, value);
}

static HRESULT WINAPI vpcvm_get_Memory(IVMVirtualMachine *iface, LONG *megabytes)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, megabytes);

    return vm_get_memory(&This->vm, megabytes);
}

static HRESULT WINAPI vpcvm_get_Name(IVMVirtualMachine *iface, BSTR *name)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, name);

    return vm_get_name(&This->vm, name);
}

static HRESULT WINAPI vpcvm_get_Notes(IVMVirtualMachine *iface, BSTR *notes)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, notes);

    return vm_get_notes(&This->vm, notes);
}

static HRESULT WINAPI vpcvm_get_State(IVMVirtualMachine *iface, VMVMState *state)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);
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

static HRESULT vpcvm_start_task(struct vpc_machine *This, vpcAction action, IVMTask **task)
{
    unsigned int id;
    HRESULT hr;

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = vm_start_action(&This->vm, action, &id))) return hr;
    return vpc_create_task(&This->vm, id, action, task);
}

static HRESULT WINAPI vpcvm_Startup(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vpcvm_start_task(This, VPC_ACTION_STARTUP, task);
}}

static HRESULT WINAPI vpcvm_Startup2(IVMVirtualMachine *iface, VMStartupOption option, IVMTask **task)
{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %d, %p\n", iface, option, task);

    /* Parent disk timestamps are a VHD matter; both options start the VM. */
    if (option != vmStartupOption_Normal && option != vmStartupOption_FixParentTimestampMismatch)
        return E_INVALIDARG;
    return vpcvm_start_task(This, VPC_ACTION_STARTUP, task);
}

static HRESULT WINAPI vpcvm_TurnOff(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vpcvm_start_task(This, VPC_ACTION_TURN_OFF, task);
}}

static HRESULT WINAPI vpcvm_Save(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vpcvm_start_task(This, VPC_ACTION_SAVE, task);
}}

static HRESULT WINAPI vpcvm_Reset(IVMVirtualMachine *iface, IVMTask **task)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return vpcvm_start_task(This, VPC_ACTION_RESET, task);
}}

static HRESULT WINAPI vpcvm_Pause(IVMVirtualMachine *iface)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_PAUSE);
}}

static HRESULT WINAPI vpcvm_Resume(IVMVirtualMachine *iface)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_RESUME);
}}

static HRESULT WINAPI vpcvm_DiscardSavedState(IVMVirtualMachine *iface)
{{
    struct vpc_machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_DISCARD_SAVED_STATE);
}}

/* Members that have no libvirt meaning yet. */

static HRESULT WINAPI vpcvm_AddDVDROMDrive(IVMVirtualMachine *iface, LONG busNumber,
                                           LONG deviceNumber, IVMDVDDrive **dvdDrive)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"AddDVDROMDrive");
}

static HRESULT WINAPI vpcvm_AddHardDiskConnection(IVMVirtualMachine *iface, BSTR hardDiskPath,
                                                  LONG busNumber, LONG deviceNumber,
                                                  IVMHardDiskConnection **hardDiskConnection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"AddHardDiskConnection");
}

static HRESULT WINAPI vpcvm_AddNetworkAdapter(IVMVirtualMachine *iface,
                                              IVMNetworkAdapter **networkAdapter)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"AddNetworkAdapter");
}

static HRESULT WINAPI vpcvm_AttachUSBDevice(IVMVirtualMachine *iface, IVMUSBDevice *inUSBDevice)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"AttachUSBDevice");
}

static HRESULT WINAPI vpcvm_DetachUSBDevice(IVMVirtualMachine *iface, IVMUSBDevice *inUSBDevice)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"DetachUSBDevice");
}

static HRESULT WINAPI vpcvm_DiscardUndoDisks(IVMVirtualMachine *iface)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"DiscardUndoDisks");
}

static HRESULT WINAPI vpcvm_GetActivationValue(IVMVirtualMachine *iface, BSTR activationKey,
                                               VARIANT *activationValue)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"GetActivationValue");
}

static HRESULT WINAPI vpcvm_MergeUndoDisks(IVMVirtualMachine *iface, IVMTask **undoMergeTask)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"MergeUndoDisks");
}

static HRESULT WINAPI vpcvm_RemoveActivationValue(IVMVirtualMachine *iface, BSTR activationKey)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"RemoveActivationValue");
}

static HRESULT WINAPI vpcvm_RemoveConfigurationValue(IVMVirtualMachine *iface,
                                                     BSTR configurationKey)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"RemoveConfigurationValue");
}

static HRESULT WINAPI vpcvm_RemoveDVDROMDrive(IVMVirtualMachine *iface, IVMDVDDrive *dvdDrive)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"RemoveDVDROMDrive");
}

static HRESULT WINAPI vpcvm_RemoveHardDiskConnection(IVMVirtualMachine *iface,
                                                     IVMHardDiskConnection *hardDiskConnection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"RemoveHardDiskConnection");
}

static HRESULT WINAPI vpcvm_RemoveNetworkAdapter(IVMVirtualMachine *iface,
                                                 IVMNetworkAdapter *networkAdapter)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"RemoveNetworkAdapter");
}

static HRESULT WINAPI vpcvm_SetActivationValue(IVMVirtualMachine *iface, BSTR activationKey,
                                               VARIANT activationValue)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"SetActivationValue");
}

static HRESULT WINAPI vpcvm_SetConfigurationValue(IVMVirtualMachine *iface, BSTR configurationKey,
                                                  VARIANT configurationValue)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"SetConfigurationValue");
}

static HRESULT WINAPI vpcvm_StartCommunicationChannel(IVMVirtualMachine *iface,
                                                      VMEndpointType inHostEndpointType,
                                                      BSTR inHostEndPointName,
                                                      VMEndpointType inGuestEndpointType,
                                                      BSTR inGuestEndpointName)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"StartCommunicationChannel");
}

static HRESULT WINAPI vpcvm_get_AttachedDriveTypes(IVMVirtualMachine *iface, VARIANT *driveTypes)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"AttachedDriveTypes");
}

static HRESULT WINAPI vpcvm_get_BaseBoardSerialNumber(IVMVirtualMachine *iface,
                                                      BSTR *baseBoardSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"BaseBoardSerialNumber");
}

static HRESULT WINAPI vpcvm_put_BaseBoardSerialNumber(IVMVirtualMachine *iface,
                                                      BSTR baseBoardSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"BaseBoardSerialNumber (write)");
}

static HRESULT WINAPI vpcvm_get_BIOSGUID(IVMVirtualMachine *iface, BSTR *biosGUID)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"BIOSGUID");
}

static HRESULT WINAPI vpcvm_put_BIOSGUID(IVMVirtualMachine *iface, BSTR biosGUID)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"BIOSGUID (write)");
}

static HRESULT WINAPI vpcvm_get_BIOSSerialNumber(IVMVirtualMachine *iface, BSTR *biosSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"BIOSSerialNumber");
}

static HRESULT WINAPI vpcvm_put_BIOSSerialNumber(IVMVirtualMachine *iface, BSTR biosSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"BIOSSerialNumber (write)");
}

static HRESULT WINAPI vpcvm_get_ChassisAssetTag(IVMVirtualMachine *iface, BSTR *chassisAssetTag)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ChassisAssetTag");
}

static HRESULT WINAPI vpcvm_put_ChassisAssetTag(IVMVirtualMachine *iface, BSTR chassisAssetTag)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ChassisAssetTag (write)");
}

static HRESULT WINAPI vpcvm_get_ChassisSerialNumber(IVMVirtualMachine *iface,
                                                    BSTR *chassisSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ChassisSerialNumber");
}

static HRESULT WINAPI vpcvm_put_ChassisSerialNumber(IVMVirtualMachine *iface,
                                                    BSTR chasisSerialNumber)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ChassisSerialNumber (write)");
}

static HRESULT WINAPI vpcvm_get_Display(IVMVirtualMachine *iface, IVMDisplay **display)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Display");
}

static HRESULT WINAPI vpcvm_get_DVDROMDrives(IVMVirtualMachine *iface,
                                             IVMDVDDriveCollection **dvdROMCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"DVDROMDrives");
}

static HRESULT WINAPI vpcvm_get_File(IVMVirtualMachine *iface, BSTR *virtualMachineXMLFile)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"File");
}

static HRESULT WINAPI vpcvm_get_FloppyDrives(IVMVirtualMachine *iface,
                                             IVMFloppyDriveCollection **floppyCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"FloppyDrives");
}

static HRESULT WINAPI vpcvm_get_GuestOS(IVMVirtualMachine *iface, IVMGuestOS **guestOS)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"GuestOS");
}

static HRESULT WINAPI vpcvm_get_HardDiskConnections(IVMVirtualMachine *iface,
                                                    IVMHardDiskConnectionCollection **hardDiskConnectionCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"HardDiskConnections");
}

static HRESULT WINAPI vpcvm_get_Has3DNow(IVMVirtualMachine *iface, VARIANT_BOOL *threeDNowEnabled)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Has3DNow");
}

static HRESULT WINAPI vpcvm_get_HasMMX(IVMVirtualMachine *iface, VARIANT_BOOL *mmxEnabled)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"HasMMX");
}

static HRESULT WINAPI vpcvm_get_HasSSE(IVMVirtualMachine *iface, VARIANT_BOOL *sseEnabled)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"HasSSE");
}

static HRESULT WINAPI vpcvm_get_HasSSE2(IVMVirtualMachine *iface, VARIANT_BOOL *sse2Enabled)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"HasSSE2");
}

static HRESULT WINAPI vpcvm_get_Keyboard(IVMVirtualMachine *iface, IVMKeyboard **keyboard)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Keyboard");
}

static HRESULT WINAPI vpcvm_put_Memory(IVMVirtualMachine *iface, LONG megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Memory (write)");
}

static HRESULT WINAPI vpcvm_get_Mouse(IVMVirtualMachine *iface, IVMMouse **mouse)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Mouse");
}

static HRESULT WINAPI vpcvm_put_Name(IVMVirtualMachine *iface, BSTR virtualMachineName)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Name (write)");
}

static HRESULT WINAPI vpcvm_get_NetworkAdapters(IVMVirtualMachine *iface,
                                                IVMNetworkAdapterCollection **networkAdapterCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"NetworkAdapters");
}

static HRESULT WINAPI vpcvm_put_Notes(IVMVirtualMachine *iface, BSTR virtualMachineNotes)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Notes (write)");
}

static HRESULT WINAPI vpcvm_get_ParallelPorts(IVMVirtualMachine *iface,
                                              IVMParallelPortCollection **parallelPortCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ParallelPorts");
}

static HRESULT WINAPI vpcvm_get_ProcessorSpeed(IVMVirtualMachine *iface, LONG *processorSpeed)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ProcessorSpeed");
}

static HRESULT WINAPI vpcvm_get_RdpPipeName(IVMVirtualMachine *iface, BSTR *RdpPipeName)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"RdpPipeName");
}

static HRESULT WINAPI vpcvm_get_SavedStateFilePath(IVMVirtualMachine *iface,
                                                   BSTR *savedStateFilePath)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"SavedStateFilePath");
}

static HRESULT WINAPI vpcvm_get_SerialPorts(IVMVirtualMachine *iface,
                                            IVMSerialPortCollection **serialPortCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"SerialPorts");
}

static HRESULT WINAPI vpcvm_get_ShutdownActionOnQuit(IVMVirtualMachine *iface,
                                                     VMShutdownAction *shutdownAction)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ShutdownActionOnQuit");
}

static HRESULT WINAPI vpcvm_put_ShutdownActionOnQuit(IVMVirtualMachine *iface,
                                                     VMShutdownAction shutdownAction)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"ShutdownActionOnQuit (write)");
}

static HRESULT WINAPI vpcvm_get_Undoable(IVMVirtualMachine *iface, VARIANT_BOOL *isUndoable)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Undoable");
}

static HRESULT WINAPI vpcvm_put_Undoable(IVMVirtualMachine *iface, VARIANT_BOOL enableUndo)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"Undoable (write)");
}

static HRESULT WINAPI vpcvm_get_UndoAction(IVMVirtualMachine *iface, VMUndoAction *undoAction)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"UndoAction");
}

static HRESULT WINAPI vpcvm_put_UndoAction(IVMVirtualMachine *iface, VMUndoAction undoAction)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualMachine", L"UndoAction (write)");
}

static const IVMVirtualMachineVtbl vpcvm_vtbl =
{
    vpcvm_QueryInterface,
    vpcvm_AddRef,
    vpcvm_Release,
    vpcvm_GetTypeInfoCount,
    vpcvm_GetTypeInfo,
    vpcvm_GetIDsOfNames,
    vpcvm_Invoke,
    vpcvm_AddDVDROMDrive,
    vpcvm_AddHardDiskConnection,
    vpcvm_AddNetworkAdapter,
    vpcvm_AttachUSBDevice,
    vpcvm_DetachUSBDevice,
    vpcvm_DiscardSavedState,
    vpcvm_DiscardUndoDisks,
    vpcvm_GetActivationValue,
    vpcvm_GetConfigurationValue,
    vpcvm_MergeUndoDisks,
    vpcvm_Pause,
    vpcvm_RemoveActivationValue,
    vpcvm_RemoveConfigurationValue,
    vpcvm_RemoveDVDROMDrive,
    vpcvm_RemoveHardDiskConnection,
    vpcvm_RemoveNetworkAdapter,
    vpcvm_Reset,
    vpcvm_Resume,
    vpcvm_Save,
    vpcvm_SetActivationValue,
    vpcvm_SetConfigurationValue,
    vpcvm_StartCommunicationChannel,
    vpcvm_Startup,
    vpcvm_Startup2,
    vpcvm_TurnOff,
    vpcvm_get_Accountant,
    vpcvm_get_AttachedDriveTypes,
    vpcvm_get_BaseBoardSerialNumber,
    vpcvm_put_BaseBoardSerialNumber,
    vpcvm_get_BIOSGUID,
    vpcvm_put_BIOSGUID,
    vpcvm_get_BIOSSerialNumber,
    vpcvm_put_BIOSSerialNumber,
    vpcvm_get_ChassisAssetTag,
    vpcvm_put_ChassisAssetTag,
    vpcvm_get_ChassisSerialNumber,
    vpcvm_put_ChassisSerialNumber,
    vpcvm_get_ConfigID,
    vpcvm_get_Display,
    vpcvm_get_DVDROMDrives,
    vpcvm_get_File,
    vpcvm_get_FloppyDrives,
    vpcvm_get_GuestOS,
    vpcvm_get_HardDiskConnections,
    vpcvm_get_Has3DNow,
    vpcvm_get_HasMMX,
    vpcvm_get_HasSSE,
    vpcvm_get_HasSSE2,
    vpcvm_get_Keyboard,
    vpcvm_get_Memory,
    vpcvm_put_Memory,
    vpcvm_get_Mouse,
    vpcvm_get_Name,
    vpcvm_put_Name,
    vpcvm_get_NetworkAdapters,
    vpcvm_get_Notes,
    vpcvm_put_Notes,
    vpcvm_get_ParallelPorts,
    vpcvm_get_ProcessorSpeed,
    vpcvm_get_RdpPipeName,
    vpcvm_get_SavedStateFilePath,
    vpcvm_get_SerialPorts,
    vpcvm_get_ShutdownActionOnQuit,
    vpcvm_put_ShutdownActionOnQuit,
    vpcvm_get_State,
    vpcvm_get_Undoable,
    vpcvm_put_Undoable,
    vpcvm_get_UndoAction,
    vpcvm_put_UndoAction,
};

HRESULT vpc_create_machine(struct host_view *view, const struct snapshot *snap, size_t index,
        IVMVirtualMachine **ret)
{
    struct vpc_machine *machine;
    HRESULT hr;

    *ret = NULL;
    if (!(machine = calloc(1, sizeof(*machine)))) return E_OUTOFMEMORY;
    machine->IVMVirtualMachine_iface.lpVtbl = &vpcvm_vtbl;
    machine->ref = 1;
    if (FAILED(hr = vm_ref_init(&machine->vm, view, snap, index)))
    {
        free(machine);
        return hr;
    }
    init_classinfo(&vpc_typeinfo, VPC_VMVirtualMachine_tid, (IUnknown *)&machine->IVMVirtualMachine_iface,
                   &machine->classinfo);
    *ret = &machine->IVMVirtualMachine_iface;
    return S_OK;
}

/* The collection holds the snapshot it was made from: Count, Item and
 * For Each agree with each other for its whole life. */
struct vpc_machines
{
    IVMVirtualMachineCollection IVMVirtualMachineCollection_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct snapshot *snap;
};

static inline struct vpc_machines *impl_from_IVMVirtualMachineCollection(IVMVirtualMachineCollection *iface)
{
    return CONTAINING_RECORD(iface, struct vpc_machines, IVMVirtualMachineCollection_iface);
}

static HRESULT WINAPI vpcvms_QueryInterface(IVMVirtualMachineCollection *iface, REFIID riid, void **obj)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection(iface);

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

static ULONG WINAPI vpcvms_AddRef(IVMVirtualMachineCollection *iface)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vpcvms_Release(IVMVirtualMachineCollection *iface)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection(iface);
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

static HRESULT WINAPI vpcvms_GetTypeInfoCount(IVMVirtualMachineCollection *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vpcvms_GetTypeInfo(IVMVirtualMachineCollection *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vpc_typeinfo, VPC_IVMVirtualMachineCollection_tid, index, ret);
}

static HRESULT WINAPI vpcvms_GetIDsOfNames(IVMVirtualMachineCollection *iface, REFIID riid, LPOLESTR *names,
        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vpc_typeinfo, VPC_IVMVirtualMachineCollection_tid, names, count, ids);
}

static HRESULT WINAPI vpcvms_Invoke(IVMVirtualMachineCollection *iface, DISPID member, REFIID riid, LCID lcid,
        WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vpc_typeinfo, VPC_IVMVirtualMachineCollection_tid, iface, member, flags, params, result,
                           excepinfo, argerr);
}

static HRESULT vpcvms_item(IUnknown *collection, ULONG index, IDispatch **item)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection((IVMVirtualMachineCollection *)collection);

    return vpc_create_machine(This->view, This->snap, index, (IVMVirtualMachine **)item);
}

static HRESULT WINAPI vpcvms_get__NewEnum(IVMVirtualMachineCollection *iface, IUnknown **ret)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return create_enumvariant((IUnknown *)iface, This->snap->data->nvms, vpcvms_item, ret);
}

static HRESULT WINAPI vpcvms_get_Count(IVMVirtualMachineCollection *iface, LONG *count)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = This->snap->data->nvms;
    return S_OK;
}

static HRESULT WINAPI vpcvms_get_Item(IVMVirtualMachineCollection *iface, LONG index,
        IVMVirtualMachine **vm)
{
    struct vpc_machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %d, %p\n", iface, (int)index, vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (index < 1 || (size_t)index > This->snap->data->nvms)
        return bad_index(host_view_model(This->view), index, This->snap->data->nvms);
    return vpc_create_machine(This->view, This->snap, index - 1, vm);
}

static const IVMVirtualMachineCollectionVtbl vpcvms_vtbl =
{
    vpcvms_QueryInterface,
    vpcvms_AddRef,
    vpcvms_Release,
    vpcvms_GetTypeInfoCount,
    vpcvms_GetTypeInfo,
    vpcvms_GetIDsOfNames,
    vpcvms_Invoke,
    vpcvms_get__NewEnum,
    vpcvms_get_Count,
    vpcvms_get_Item,
};

HRESULT vpc_create_machine_collection(struct host_view *view, IVMVirtualMachineCollection **ret)
{
    struct vpc_machines *collection;
    HRESULT hr;

    *ret = NULL;
    if (!(collection = calloc(1, sizeof(*collection)))) return E_OUTOFMEMORY;
    if (FAILED(hr = host_view_snapshot(view, &collection->snap)))
    {
        free(collection);
        return hr;
    }
    collection->IVMVirtualMachineCollection_iface.lpVtbl = &vpcvms_vtbl;
    collection->ref = 1;
    collection->view = view;
    host_view_addref(view);
    init_classinfo(&vpc_typeinfo, VPC_VMVirtualMachineCollection_tid,
                   (IUnknown *)&collection->IVMVirtualMachineCollection_iface, &collection->classinfo);
    *ret = &collection->IVMVirtualMachineCollection_iface;
    return S_OK;
}
