/*
 * vpccom.dll: IVMVirtualMachine and IVMVirtualMachineCollection, shared by both object models.
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
 *
 * Compiled twice, by vpc_machine.c and vs_machine.c: the two models' headers
 * give these interfaces the same C names with different GUIDs, so one text
 * serves both.  The including file first defines MODEL, MODEL_TYPEINFO,
 * MODEL_TID(name) and the model_* names, then adds the members only its
 * model has and the vtables, whose member lists differ.
 */

#ifndef MODEL
#error "include this from vpc_machine.c or vs_machine.c"
#endif

static const IVMVirtualMachineVtbl machine_vtbl;

struct machine
{
    IVMVirtualMachine IVMVirtualMachine_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct vm_ref vm;
    struct event_source *events;    /* created when a sink first asks */
};

static inline struct machine *impl_from_IVMVirtualMachine(IVMVirtualMachine *iface)
{
    return CONTAINING_RECORD(iface, struct machine, IVMVirtualMachine_iface);
}

AUTOMATION_UNKNOWN_SOURCE_IMPL(machine, IVMVirtualMachine, struct machine)

/* The events of this VM: its host and UUID, whatever its name becomes. */
static void machine_event_info(struct machine *This, struct event_source_info *info)
{
    static const struct event_dispids dispids = MODEL_VM_EVENT_DISPIDS;

    info->outer = (IUnknown *)&This->IVMVirtualMachine_iface;
    info->iid = &IID_IVMVirtualMachineEvents;
    info->dispids = dispids;
    info->view = This->vm.view;
    info->host_uri = This->vm.host_uri;
    info->uuid = This->vm.uuid;
}

static ULONG WINAPI machine_Release(IVMVirtualMachine *iface)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        event_source_destroy(This->events);
        vm_ref_cleanup(&This->vm);
        free(This);
    }
    return ref;
}

AUTOMATION_DISPATCH_IMPL(machine, IVMVirtualMachine, &MODEL_TYPEINFO, MODEL_TID(IVMVirtualMachine))

static HRESULT WINAPI machine_get_Accountant(IVMVirtualMachine *iface, IVMAccountant **accountant)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, accountant);

    if (!accountant) return E_POINTER;
    *accountant = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return model_create_accountant(&This->vm, accountant);
}

static HRESULT WINAPI machine_get_ConfigID(IVMVirtualMachine *iface, BSTR *id)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, id);

    return vm_get_config_id(&This->vm, id);
}

static HRESULT WINAPI machine_GetConfigurationValue(IVMVirtualMachine *iface, BSTR key,
                                                    VARIANT *value)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(key), value);

    return vm_get_configuration_value(&This->vm, key, value);
}

static HRESULT WINAPI machine_get_Memory(IVMVirtualMachine *iface, LONG *megabytes)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, megabytes);

    return vm_get_memory(&This->vm, megabytes);
}

static HRESULT WINAPI machine_get_Name(IVMVirtualMachine *iface, BSTR *name)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, name);

    return vm_get_name(&This->vm, name);
}

static HRESULT WINAPI machine_get_Notes(IVMVirtualMachine *iface, BSTR *notes)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, notes);

    return vm_get_notes(&This->vm, notes);
}

static HRESULT WINAPI machine_get_State(IVMVirtualMachine *iface, VMVMState *state)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
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

static HRESULT machine_start_task(struct machine *This, vpcAction action, IVMTask **task)
{
    vpcTaskId id;
    HRESULT hr;

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = vm_start_action(&This->vm, action, &id))) return hr;
    return model_create_task(&This->vm, id, action, task);
}

static HRESULT WINAPI machine_Startup(IVMVirtualMachine *iface, IVMTask **task)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return machine_start_task(This, VPC_ACTION_STARTUP, task);
}

static HRESULT WINAPI machine_TurnOff(IVMVirtualMachine *iface, IVMTask **task)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return machine_start_task(This, VPC_ACTION_TURN_OFF, task);
}

static HRESULT WINAPI machine_Save(IVMVirtualMachine *iface, IVMTask **task)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return machine_start_task(This, VPC_ACTION_SAVE, task);
}

static HRESULT WINAPI machine_Reset(IVMVirtualMachine *iface, IVMTask **task)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, task);

    return machine_start_task(This, VPC_ACTION_RESET, task);
}

static HRESULT WINAPI machine_Pause(IVMVirtualMachine *iface)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_PAUSE);
}

static HRESULT WINAPI machine_Resume(IVMVirtualMachine *iface)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_RESUME);
}

static HRESULT WINAPI machine_DiscardSavedState(IVMVirtualMachine *iface)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p\n", iface);

    return vm_run_action(&This->vm, VPC_ACTION_DISCARD_SAVED_STATE);
}

/* The VM must be off (VM_E_VM_RUNNING_OR_SAVED); the new adapter is on no
 * network, with an address libvirt chooses. */
static HRESULT WINAPI machine_AddNetworkAdapter(IVMVirtualMachine *iface,
                                                IVMNetworkAdapter **networkAdapter)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG index;
    HRESULT hr;

    TRACE("%p, %p\n", iface, networkAdapter);

    if (!networkAdapter) return E_POINTER;
    *networkAdapter = NULL;
    if (FAILED(hr = vm_add_nic(&This->vm, &index))) return hr;
    return model_nic_class.create_item(&This->vm, DEVICE_NIC, index,
                                               (IDispatch **)networkAdapter);
}

/* Adds an empty CD/DVD drive at a place of the bus; both models' methods
 * (their arguments differ) end here. */
static HRESULT machine_add_dvd_drive(IVMVirtualMachine *iface, BOOL scsi, LONG busNumber,
                                     LONG deviceNumber, IVMDVDDrive **dvdDrive)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG index;
    HRESULT hr;

    if (!dvdDrive) return E_POINTER;
    *dvdDrive = NULL;
    if (FAILED(hr = vm_add_dvd_drive(&This->vm, scsi, busNumber, deviceNumber, &index))) return hr;
    return model_dvd_class.create_item(&This->vm, DEVICE_DVD, index, (IDispatch **)dvdDrive);
}

/* Connects the image 'path' at a place of the bus; both models' methods
 * end here. */
static HRESULT machine_add_disk(IVMVirtualMachine *iface, BSTR path, BOOL scsi, LONG busNumber,
                                LONG deviceNumber, IVMHardDiskConnection **connection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    ULONG index;
    HRESULT hr;

    if (!connection) return E_POINTER;
    *connection = NULL;
    if (FAILED(hr = vm_add_disk(&This->vm, path, scsi, busNumber, deviceNumber, &index))) return hr;
    return model_disk_class.create_item(&This->vm, DEVICE_DISK, index,
                                                (IDispatch **)connection);
}

static HRESULT WINAPI machine_DiscardUndoDisks(IVMVirtualMachine *iface)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"DiscardUndoDisks");
}

static HRESULT WINAPI machine_GetActivationValue(IVMVirtualMachine *iface, BSTR activationKey,
                                                 VARIANT *activationValue)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"GetActivationValue");
}

static HRESULT WINAPI machine_MergeUndoDisks(IVMVirtualMachine *iface, IVMTask **undoMergeTask)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"MergeUndoDisks");
}

static HRESULT WINAPI machine_RemoveActivationValue(IVMVirtualMachine *iface, BSTR activationKey)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"RemoveActivationValue");
}

/* Only this VM's own drive objects name one of its drives. */
static HRESULT WINAPI machine_RemoveDVDROMDrive(IVMVirtualMachine *iface, IVMDVDDrive *dvdDrive)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, dvdDrive);

    if (!dvdDrive)
        return set_error(MODEL, E_POINTER, IDS_NEEDS_DEVICE, L"RemoveDVDROMDrive", L"CD/DVD drive");
    return vm_remove_device(&This->vm, model_dvd_device_ref(dvdDrive), DEVICE_DVD,
                            L"RemoveDVDROMDrive");
}

static HRESULT WINAPI machine_RemoveHardDiskConnection(IVMVirtualMachine *iface,
                                                       IVMHardDiskConnection *hardDiskConnection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, hardDiskConnection);

    if (!hardDiskConnection)
        return set_error(MODEL, E_POINTER, IDS_NEEDS_DEVICE, L"RemoveHardDiskConnection",
                         L"hard disk connection");
    return vm_remove_device(&This->vm, model_disk_device_ref(hardDiskConnection),
                            DEVICE_DISK, L"RemoveHardDiskConnection");
}

static HRESULT WINAPI machine_RemoveNetworkAdapter(IVMVirtualMachine *iface,
                                                   IVMNetworkAdapter *networkAdapter)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, networkAdapter);

    if (!networkAdapter)
        return set_error(MODEL, E_POINTER, IDS_NEEDS_DEVICE, L"RemoveNetworkAdapter",
                         L"network adapter");
    return vm_remove_device(&This->vm, model_nic_device_ref(networkAdapter), DEVICE_NIC,
                            L"RemoveNetworkAdapter");
}

static HRESULT WINAPI machine_SetActivationValue(IVMVirtualMachine *iface, BSTR activationKey,
                                                 VARIANT activationValue)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"SetActivationValue");
}

static HRESULT WINAPI machine_SetConfigurationValue(IVMVirtualMachine *iface, BSTR configurationKey,
                                                    VARIANT configurationValue)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s, %s\n", iface, debugstr_w(configurationKey), debugstr_variant(&configurationValue));

    return vm_set_configuration_value(&This->vm, configurationKey, configurationValue);
}

static HRESULT WINAPI machine_get_AttachedDriveTypes(IVMVirtualMachine *iface, VARIANT *driveTypes)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, driveTypes);

    return vm_get_attached_drive_types(&This->vm, driveTypes);
}

static HRESULT WINAPI machine_get_BaseBoardSerialNumber(IVMVirtualMachine *iface,
                                                        BSTR *baseBoardSerialNumber)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, baseBoardSerialNumber);

    return vm_get_smbios(&This->vm, VPC_SMBIOS_BASEBOARD_SERIAL, baseBoardSerialNumber);
}

static HRESULT WINAPI machine_put_BaseBoardSerialNumber(IVMVirtualMachine *iface,
                                                        BSTR baseBoardSerialNumber)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s\n", iface, debugstr_w(baseBoardSerialNumber));

    return vm_set_smbios(&This->vm, VPC_SMBIOS_BASEBOARD_SERIAL, baseBoardSerialNumber);
}

static HRESULT WINAPI machine_get_BIOSGUID(IVMVirtualMachine *iface, BSTR *biosGUID)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, biosGUID);

    return vm_get_bios_guid(&This->vm, biosGUID);
}

static HRESULT WINAPI machine_put_BIOSGUID(IVMVirtualMachine *iface, BSTR biosGUID)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"BIOSGUID (write)");
}

static HRESULT WINAPI machine_get_BIOSSerialNumber(IVMVirtualMachine *iface, BSTR *biosSerialNumber)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, biosSerialNumber);

    return vm_get_smbios(&This->vm, VPC_SMBIOS_BIOS_SERIAL, biosSerialNumber);
}

static HRESULT WINAPI machine_put_BIOSSerialNumber(IVMVirtualMachine *iface, BSTR biosSerialNumber)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s\n", iface, debugstr_w(biosSerialNumber));

    return vm_set_smbios(&This->vm, VPC_SMBIOS_BIOS_SERIAL, biosSerialNumber);
}

static HRESULT WINAPI machine_get_ChassisAssetTag(IVMVirtualMachine *iface, BSTR *chassisAssetTag)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, chassisAssetTag);

    return vm_get_smbios(&This->vm, VPC_SMBIOS_CHASSIS_ASSET, chassisAssetTag);
}

static HRESULT WINAPI machine_put_ChassisAssetTag(IVMVirtualMachine *iface, BSTR chassisAssetTag)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s\n", iface, debugstr_w(chassisAssetTag));

    return vm_set_smbios(&This->vm, VPC_SMBIOS_CHASSIS_ASSET, chassisAssetTag);
}

static HRESULT WINAPI machine_get_ChassisSerialNumber(IVMVirtualMachine *iface,
                                                      BSTR *chassisSerialNumber)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, chassisSerialNumber);

    return vm_get_smbios(&This->vm, VPC_SMBIOS_CHASSIS_SERIAL, chassisSerialNumber);
}

static HRESULT WINAPI machine_put_ChassisSerialNumber(IVMVirtualMachine *iface,
                                                      BSTR chasisSerialNumber)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s\n", iface, debugstr_w(chasisSerialNumber));

    return vm_set_smbios(&This->vm, VPC_SMBIOS_CHASSIS_SERIAL, chasisSerialNumber);
}

static HRESULT WINAPI machine_get_Display(IVMVirtualMachine *iface, IVMDisplay **display)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, display);

    if (!display) return E_POINTER;
    *display = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return model_create_display(&This->vm, display);
}

static HRESULT WINAPI machine_get_DVDROMDrives(IVMVirtualMachine *iface,
                                               IVMDVDDriveCollection **dvdROMCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, dvdROMCollection);

    return create_device_collection(&This->vm, &model_dvd_class, (void **)dvdROMCollection);
}

static HRESULT WINAPI machine_get_File(IVMVirtualMachine *iface, BSTR *virtualMachineXMLFile)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, virtualMachineXMLFile);

    return vm_get_file(&This->vm, virtualMachineXMLFile);
}

static HRESULT WINAPI machine_get_FloppyDrives(IVMVirtualMachine *iface,
                                               IVMFloppyDriveCollection **floppyCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, floppyCollection);

    return create_device_collection(&This->vm, &model_floppy_class, (void **)floppyCollection);
}

static HRESULT WINAPI machine_get_GuestOS(IVMVirtualMachine *iface, IVMGuestOS **guestOS)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, guestOS);

    if (!guestOS) return E_POINTER;
    *guestOS = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return model_create_guestos(&This->vm, guestOS);
}

static HRESULT WINAPI machine_get_HardDiskConnections(IVMVirtualMachine *iface,
        IVMHardDiskConnectionCollection **hardDiskConnectionCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, hardDiskConnectionCollection);

    return create_device_collection(&This->vm, &model_disk_class, (void **)hardDiskConnectionCollection);
}

static HRESULT WINAPI machine_get_Has3DNow(IVMVirtualMachine *iface, VARIANT_BOOL *threeDNowEnabled)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, threeDNowEnabled);

    return vm_get_cpu_feature(&This->vm, VPC_CPU_3DNOW, L"Has3DNow", threeDNowEnabled);
}

static HRESULT WINAPI machine_get_HasMMX(IVMVirtualMachine *iface, VARIANT_BOOL *mmxEnabled)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, mmxEnabled);

    return vm_get_cpu_feature(&This->vm, VPC_CPU_MMX, L"HasMMX", mmxEnabled);
}

static HRESULT WINAPI machine_get_HasSSE(IVMVirtualMachine *iface, VARIANT_BOOL *sseEnabled)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, sseEnabled);

    return vm_get_cpu_feature(&This->vm, VPC_CPU_SSE, L"HasSSE", sseEnabled);
}

static HRESULT WINAPI machine_get_HasSSE2(IVMVirtualMachine *iface, VARIANT_BOOL *sse2Enabled)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, sse2Enabled);

    return vm_get_cpu_feature(&This->vm, VPC_CPU_SSE2, L"HasSSE2", sse2Enabled);
}

static HRESULT WINAPI machine_get_Keyboard(IVMVirtualMachine *iface, IVMKeyboard **keyboard)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, keyboard);

    if (!keyboard) return E_POINTER;
    *keyboard = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return model_create_keyboard(&This->vm, keyboard);
}

static HRESULT WINAPI machine_put_Memory(IVMVirtualMachine *iface, LONG megabytesOfMemory)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %d\n", iface, (int)megabytesOfMemory);

    return vm_set_memory(&This->vm, megabytesOfMemory);
}

static HRESULT WINAPI machine_get_Mouse(IVMVirtualMachine *iface, IVMMouse **mouse)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    HRESULT hr;

    TRACE("%p, %p\n", iface, mouse);

    if (!mouse) return E_POINTER;
    *mouse = NULL;
    if (FAILED(hr = vm_check_exists(&This->vm))) return hr;
    return model_create_mouse(&This->vm, mouse);
}

static HRESULT WINAPI machine_put_Name(IVMVirtualMachine *iface, BSTR virtualMachineName)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s\n", iface, debugstr_w(virtualMachineName));

    return vm_set_name(&This->vm, virtualMachineName);
}

static HRESULT WINAPI machine_get_NetworkAdapters(IVMVirtualMachine *iface,
        IVMNetworkAdapterCollection **networkAdapterCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, networkAdapterCollection);

    return create_device_collection(&This->vm, &model_nic_class, (void **)networkAdapterCollection);
}

static HRESULT WINAPI machine_put_Notes(IVMVirtualMachine *iface, BSTR virtualMachineNotes)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %s\n", iface, debugstr_w(virtualMachineNotes));

    return vm_set_notes(&This->vm, virtualMachineNotes);
}

static HRESULT WINAPI machine_get_ParallelPorts(IVMVirtualMachine *iface,
                                                IVMParallelPortCollection **parallelPortCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, parallelPortCollection);

    return create_device_collection(&This->vm, &model_parallel_class, (void **)parallelPortCollection);
}

static HRESULT WINAPI machine_get_ProcessorSpeed(IVMVirtualMachine *iface, LONG *processorSpeed)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, processorSpeed);

    return vm_get_processor_speed(&This->vm, processorSpeed);
}

static HRESULT WINAPI machine_get_SavedStateFilePath(IVMVirtualMachine *iface,
                                                     BSTR *savedStateFilePath)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, savedStateFilePath);

    return vm_get_saved_state_path(&This->vm, savedStateFilePath);
}

static HRESULT WINAPI machine_get_SerialPorts(IVMVirtualMachine *iface,
                                              IVMSerialPortCollection **serialPortCollection)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, serialPortCollection);

    return create_device_collection(&This->vm, &model_serial_class, (void **)serialPortCollection);
}

static HRESULT WINAPI machine_get_ShutdownActionOnQuit(IVMVirtualMachine *iface,
                                                       VMShutdownAction *shutdownAction)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"ShutdownActionOnQuit");
}

static HRESULT WINAPI machine_put_ShutdownActionOnQuit(IVMVirtualMachine *iface,
                                                       VMShutdownAction shutdownAction)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"ShutdownActionOnQuit (write)");
}

static HRESULT WINAPI machine_get_Undoable(IVMVirtualMachine *iface, VARIANT_BOOL *isUndoable)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);

    TRACE("%p, %p\n", iface, isUndoable);

    return vm_get_undoable(&This->vm, isUndoable);
}

static HRESULT WINAPI machine_put_Undoable(IVMVirtualMachine *iface, VARIANT_BOOL enableUndo)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"Undoable (write)");
}

static HRESULT WINAPI machine_get_UndoAction(IVMVirtualMachine *iface, VMUndoAction *undoAction)
{
    struct machine *This = impl_from_IVMVirtualMachine(iface);
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, undoAction);

    if (!undoAction) return E_POINTER;
    hr = vm_get_undo_action(&This->vm, &value);
    *undoAction = value;
    return hr;
}

static HRESULT WINAPI machine_put_UndoAction(IVMVirtualMachine *iface, VMUndoAction undoAction)
{
    return not_supported(MODEL, L"IVMVirtualMachine", L"UndoAction (write)");
}

HRESULT model_create_machine(struct host_view *view, const struct snapshot *snap,
                                     size_t index, IVMVirtualMachine **ret)
{
    struct machine *machine;
    HRESULT hr;

    *ret = NULL;
    if (!(machine = calloc(1, sizeof(*machine)))) return E_OUTOFMEMORY;
    machine->IVMVirtualMachine_iface.lpVtbl = &machine_vtbl;
    machine->ref = 1;
    if (FAILED(hr = vm_ref_init(&machine->vm, view, snap, index)))
    {
        free(machine);
        return hr;
    }
    init_classinfo(&MODEL_TYPEINFO, MODEL_TID(VMVirtualMachine),
                   (IUnknown *)&machine->IVMVirtualMachine_iface, &machine->classinfo);
    *ret = &machine->IVMVirtualMachine_iface;
    return S_OK;
}

/* The collection holds the snapshot it was made from: Count, Item and
 * For Each agree with each other for its whole life. */
struct machines
{
    IVMVirtualMachineCollection IVMVirtualMachineCollection_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct snapshot *snap;
};

static inline struct machines *impl_from_IVMVirtualMachineCollection(
        IVMVirtualMachineCollection *iface)
{
    return CONTAINING_RECORD(iface, struct machines, IVMVirtualMachineCollection_iface);
}

AUTOMATION_UNKNOWN_IMPL(machines, IVMVirtualMachineCollection, struct machines)

static ULONG WINAPI machines_Release(IVMVirtualMachineCollection *iface)
{
    struct machines *This = impl_from_IVMVirtualMachineCollection(iface);
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

AUTOMATION_DISPATCH_IMPL(machines, IVMVirtualMachineCollection, &MODEL_TYPEINFO,
                         MODEL_TID(IVMVirtualMachineCollection))

static HRESULT machines_item(IUnknown *collection, ULONG index, IDispatch **item)
{
    struct machines *This =
        impl_from_IVMVirtualMachineCollection((IVMVirtualMachineCollection *)collection);

    return model_create_machine(This->view, This->snap, index, (IVMVirtualMachine **)item);
}

static HRESULT WINAPI machines_get__NewEnum(IVMVirtualMachineCollection *iface, IUnknown **ret)
{
    struct machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return create_enumvariant((IUnknown *)iface, This->snap->data->nvms, machines_item, ret);
}

static HRESULT WINAPI machines_get_Count(IVMVirtualMachineCollection *iface, LONG *count)
{
    struct machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = This->snap->data->nvms;
    return S_OK;
}

static HRESULT WINAPI machines_get_Item(IVMVirtualMachineCollection *iface, LONG index,
                                        IVMVirtualMachine **vm)
{
    struct machines *This = impl_from_IVMVirtualMachineCollection(iface);

    TRACE("%p, %d, %p\n", iface, (int)index, vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (index < 1 || (size_t)index > This->snap->data->nvms)
        return bad_index(host_view_model(This->view), index, This->snap->data->nvms);
    return model_create_machine(This->view, This->snap, index - 1, vm);
}

static const IVMVirtualMachineCollectionVtbl machines_vtbl =
{
    machines_QueryInterface,
    machines_AddRef,
    machines_Release,
    machines_GetTypeInfoCount,
    machines_GetTypeInfo,
    machines_GetIDsOfNames,
    machines_Invoke,
    machines_get__NewEnum,
    machines_get_Count,
    machines_get_Item,
};

HRESULT model_create_machine_collection(struct host_view *view,
                                                IVMVirtualMachineCollection **ret)
{
    struct machines *collection;
    HRESULT hr;

    *ret = NULL;
    if (!(collection = calloc(1, sizeof(*collection)))) return E_OUTOFMEMORY;
    if (FAILED(hr = host_view_snapshot(view, &collection->snap)))
    {
        free(collection);
        return hr;
    }
    collection->IVMVirtualMachineCollection_iface.lpVtbl = &machines_vtbl;
    collection->ref = 1;
    collection->view = view;
    host_view_addref(view);
    init_classinfo(&MODEL_TYPEINFO, MODEL_TID(VMVirtualMachineCollection),
                   (IUnknown *)&collection->IVMVirtualMachineCollection_iface,
                   &collection->classinfo);
    *ret = &collection->IVMVirtualMachineCollection_iface;
    return S_OK;
}

/* The domain one of this model's VM objects names; NULL for any other
 * object. */
struct vm_ref *model_machine_vm_ref(IVMVirtualMachine *iface)
{
    if (!iface || iface->lpVtbl != &machine_vtbl) return NULL;
    return &impl_from_IVMVirtualMachine(iface)->vm;
}
