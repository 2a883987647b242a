/*
 * vpccom.dll: the application object (IVMVirtualPC, IVMVirtualServer), shared by
 * both object models.
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
 * Compiled twice, by vpc_app.c and vs_app.c: the two models' headers give
 * these interfaces the same C names with different GUIDs, so one text serves
 * both.  The including file first defines MODEL, MODEL_TYPEINFO,
 * MODEL_TID(name) and the model_* names, and IVMApplication as the model's
 * application interface (IVMVirtualPC or IVMVirtualServer), then adds the
 * members only its model has and the vtables, whose member lists differ.
 */

#ifndef MODEL
#error "include this from vpc_app.c or vs_app.c"
#endif

static const IVMApplicationVtbl app_vtbl;

/* The model's type library: one entry per interface and class it implements. */
static const GUID *const model_guids[MODEL_TID(LAST)] =
{
    [MODEL_APP_TID] = &IID_IVMApplication,
    [MODEL_TID(IVMVirtualMachineCollection)] = &IID_IVMVirtualMachineCollection,
    [MODEL_TID(IVMVirtualMachine)] = &IID_IVMVirtualMachine,
    [MODEL_TID(IVMAccountant)] = &IID_IVMAccountant,
    [MODEL_TID(IVMTask)] = &IID_IVMTask,
    [MODEL_APP_COCLASS_TID] = &MODEL_APP_CLSID,
    [MODEL_TID(VMVirtualMachineCollection)] = &CLSID_VMVirtualMachineCollection,
    [MODEL_TID(VMVirtualMachine)] = &CLSID_VMVirtualMachine,
    [MODEL_TID(VMAccountant)] = &CLSID_VMAccountant,
    [MODEL_TID(VMTask)] = &CLSID_VMTask,
#ifdef VS_MODEL_H
    [MODEL_TID(IVMGuestOS2)] = &IID_IVMGuestOS2,
    [MODEL_TID(IVMSCSIController)] = &IID_IVMSCSIController,
    [MODEL_TID(IVMSCSIControllerCollection)] = &IID_IVMSCSIControllerCollection,
#else
    [MODEL_TID(IVMGuestOS)] = &IID_IVMGuestOS,
#endif
    [MODEL_TID(IVMNetworkAdapter)] = &IID_IVMNetworkAdapter,
    [MODEL_TID(IVMNetworkAdapterCollection)] = &IID_IVMNetworkAdapterCollection,
    [MODEL_TID(IVMDVDDrive)] = &IID_IVMDVDDrive,
    [MODEL_TID(IVMDVDDriveCollection)] = &IID_IVMDVDDriveCollection,
    [MODEL_TID(IVMFloppyDrive)] = &IID_IVMFloppyDrive,
    [MODEL_TID(IVMFloppyDriveCollection)] = &IID_IVMFloppyDriveCollection,
    [MODEL_TID(IVMHardDisk)] = &IID_IVMHardDisk,
    [MODEL_TID(IVMHardDiskConnection)] = &IID_IVMHardDiskConnection,
    [MODEL_TID(IVMHardDiskConnectionCollection)] = &IID_IVMHardDiskConnectionCollection,
    [MODEL_TID(IVMSerialPort)] = &IID_IVMSerialPort,
    [MODEL_TID(IVMSerialPortCollection)] = &IID_IVMSerialPortCollection,
    [MODEL_TID(IVMParallelPort)] = &IID_IVMParallelPort,
    [MODEL_TID(IVMParallelPortCollection)] = &IID_IVMParallelPortCollection,
    [MODEL_TID(IVMDisplay)] = &IID_IVMDisplay,
    [MODEL_TID(IVMMouse)] = &IID_IVMMouse,
    [MODEL_TID(IVMKeyboard)] = &IID_IVMKeyboard,
    [MODEL_TID(IVMTaskCollection)] = &IID_IVMTaskCollection,
    [MODEL_TID(VMTaskCollection)] = &CLSID_VMTaskCollection,
};

static ITypeInfo *model_typeinfos[MODEL_TID(LAST)];

struct typeinfo_cache MODEL_TYPEINFO =
{
    MODEL, &MODEL_LIBID, MODEL_TID(LAST), model_guids, NULL, model_typeinfos
};

const struct object_model_identity model_identity =
{
    MODEL, MODEL_PROGID, MODEL_PRODUCT_NAME, MODEL_PRODUCT_VERSION, &MODEL_TYPEINFO
};

struct application
{
    IVMApplication IVMApplication_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct event_source *events;    /* created when a sink first asks */
};

static inline struct application *impl_from_IVMApplication(IVMApplication *iface)
{
    return CONTAINING_RECORD(iface, struct application, IVMApplication_iface);
}

AUTOMATION_UNKNOWN_SOURCE_IMPL(app, IVMApplication, struct application)

static void app_event_info(struct application *app, struct event_source_info *info)
{
    static const struct event_dispids dispids = MODEL_APP_EVENT_DISPIDS;

    info->outer = (IUnknown *)&app->IVMApplication_iface;
    info->iid = &MODEL_APP_EVENTS_IID;
    info->dispids = dispids;
    info->view = app->view;
    info->host_uri = info->uuid = NULL;
}

static ULONG WINAPI app_Release(IVMApplication *iface)
{
    struct application *app = impl_from_IVMApplication(iface);
    ULONG ref = InterlockedDecrement(&app->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        event_source_destroy(app->events);
        host_view_release(app->view);
        free(app);
    }
    return ref;
}

AUTOMATION_DISPATCH_IMPL(app, IVMApplication, &MODEL_TYPEINFO, MODEL_APP_TID)

static HRESULT WINAPI app_get_Name(IVMApplication *iface, BSTR *name)
{
    TRACE("%p, %p\n", iface, name);

    if (!name) return E_POINTER;
    return (*name = SysAllocString(model_identity.product_name)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI app_get_Version(IVMApplication *iface, BSTR *version)
{
    TRACE("%p, %p\n", iface, version);

    if (!version) return E_POINTER;
    return (*version = SysAllocString(model_identity.product_version)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI app_FindVirtualMachine(IVMApplication *iface, BSTR name,
                                             IVMVirtualMachine **vm)
{
    struct application *app = impl_from_IVMApplication(iface);
    struct snapshot *snap;
    size_t index;
    HRESULT hr;

    TRACE("%p, %s, %p\n", iface, debugstr_w(name), vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    /* COM's NULL BSTR is "", which names no VM. */
    if (!name) name = (BSTR)L"";

    hr = find_vm_index(app->view, name, &snap, &index);
    if (hr != S_OK) return hr;
    hr = model_create_machine(app->view, snap, index, vm);
    snapshot_release(snap);
    return hr;
}

static HRESULT WINAPI app_get_UpTime(IVMApplication *iface, LONG *seconds)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, seconds);

    if (!seconds) return E_POINTER;
    *seconds = host_view_service_uptime(app->view);
    return S_OK;
}

static HRESULT WINAPI app_get_VirtualMachines(IVMApplication *iface,
                                              IVMVirtualMachineCollection **ret)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return model_create_machine_collection(app->view, ret);
}

static HRESULT WINAPI app_GetConfigurationValue(IVMApplication *iface, BSTR key, VARIANT *value)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(key), value);

    return app_get_configuration_value(app->view, key, value);
}

/* Create*VirtualHardDisk: the application's host makes the image before
 * the call returns (docs/design.md "Disk images"), and the task says it is
 * done; on any refusal nothing is made. */
static HRESULT create_disk(IVMApplication *iface, vpcDiskOp op, BSTR path, BSTR parent, LONG size,
                           IVMTask **task)
{
    struct application *app = impl_from_IVMApplication(iface);
    char *host_path;
    WCHAR *file, *text;
    HRESULT hr;

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = app_create_disk(app->view, op, path, parent, size, &host_path))) return hr;
    file = script_path(host_view_host_uri(app->view, 0), host_path);
    free(host_path);
    if (!file) return E_OUTOFMEMORY;
    text = format_string(IDS_DISK_TASK_DESCRIPTION, file);
    free(file);
    if (!text) return E_OUTOFMEMORY;
    hr = model_create_done_task(app->view, text, task);
    LocalFree(text);
    return hr;
}

static HRESULT WINAPI app_CreateDynamicVirtualHardDisk(IVMApplication *iface, BSTR imagePath,
                                                       LONG size, IVMTask **diskTask)
{
    TRACE("%p, %s, %d, %p\n", iface, debugstr_w(imagePath), (int)size, diskTask);

    return create_disk(iface, VPC_DISK_CREATE_DYNAMIC, imagePath, NULL, size, diskTask);
}

/* libvirt asks qemu-img for no fixed VHD: the image is raw, allocated
 * whole, which QEMU and Type read as fixed (README). */
static HRESULT WINAPI app_CreateFixedVirtualHardDisk(IVMApplication *iface, BSTR imagePath,
                                                     LONG size, IVMTask **diskTask)
{
    TRACE("%p, %s, %d, %p\n", iface, debugstr_w(imagePath), (int)size, diskTask);

    return create_disk(iface, VPC_DISK_CREATE_FIXED, imagePath, NULL, size, diskTask);
}

/* A qcow2 image over the parent: QEMU's VHD cannot name a backing file. */
static HRESULT WINAPI app_CreateDifferencingVirtualHardDisk(IVMApplication *iface, BSTR imagePath,
                                                            BSTR parentPath, IVMTask **diskTask)
{
    TRACE("%p, %s, %s, %p\n", iface, debugstr_w(imagePath), debugstr_w(parentPath), diskTask);

    return create_disk(iface, VPC_DISK_CREATE_DIFFERENCING, imagePath, parentPath, 0, diskTask);
}

static HRESULT WINAPI app_GetHardDisk(IVMApplication *iface, BSTR imagePath, IVMHardDisk **hardDisk)
{
    struct application *app = impl_from_IVMApplication(iface);
    char *host_path;
    HRESULT hr;

    TRACE("%p, %s, %p\n", iface, debugstr_w(imagePath), hardDisk);

    if (!hardDisk) return E_POINTER;
    *hardDisk = NULL;
    if (FAILED(hr = app_find_disk(app->view, imagePath, &host_path))) return hr;
    hr = model_create_image_disk(app->view, host_view_host_uri(app->view, 0), host_path, hardDisk);
    free(host_path);
    return hr;
}

static HRESULT WINAPI app_CreateFloppyDiskImage(IVMApplication *iface, BSTR imagePath,
                                                VMFloppyDiskImageType imageType)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"CreateFloppyDiskImage");
}

/* CreateVirtualMachine and RegisterVirtualMachine: a new domain on the
 * application's host, and its VM object. */
static HRESULT new_vm(IVMApplication *iface, BSTR name, BSTR path, IVMVirtualMachine **vm,
                      HRESULT (*define)(struct host_view *, BSTR, BSTR, struct snapshot **, size_t *))
{
    struct application *app = impl_from_IVMApplication(iface);
    struct snapshot *snap;
    size_t index;
    HRESULT hr;

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (FAILED(hr = define(app->view, name, path, &snap, &index))) return hr;
    hr = model_create_machine(app->view, snap, index, vm);
    snapshot_release(snap);
    return hr;
}

static HRESULT WINAPI app_CreateVirtualMachine(IVMApplication *iface, BSTR configurationName,
                                               BSTR configurationPath,
                                               IVMVirtualMachine **virtualMachine)
{
    TRACE("%p, %s, %s, %p\n", iface, debugstr_w(configurationName),
          debugstr_w(configurationPath), virtualMachine);

    return new_vm(iface, configurationName, configurationPath, virtualMachine, app_create_vm);
}

static HRESULT WINAPI app_RegisterVirtualMachine(IVMApplication *iface, BSTR configurationName,
                                                 BSTR configurationPath,
                                                 IVMVirtualMachine **virtualMachine)
{
    TRACE("%p, %s, %s, %p\n", iface, debugstr_w(configurationName),
          debugstr_w(configurationPath), virtualMachine);

    return new_vm(iface, configurationName, configurationPath, virtualMachine, app_register_vm);
}

struct vm_ref *model_machine_vm_ref(IVMVirtualMachine *iface);

/* Only this DLL's VM objects name a domain. */
static HRESULT remove_vm(IVMVirtualMachine *vm, BOOL delete_all)
{
    const WCHAR *member = delete_all ? L"DeleteVirtualMachine" : L"UnregisterVirtualMachine";
    struct vm_ref *ref;

    /* Nothing from a script arrives as NULL: it gets a description too. */
    if (!vm) return set_error(MODEL, E_POINTER, IDS_NEEDS_VM, member);
    if (!(ref = model_machine_vm_ref(vm))) return set_error(MODEL, E_INVALIDARG, IDS_NEEDS_VM, member);
    return app_remove_vm(ref, delete_all);
}

/* The definition, its saved state, NVRAM and snapshot metadata; the disk
 * images stay. */
static HRESULT WINAPI app_DeleteVirtualMachine(IVMApplication *iface,
                                               IVMVirtualMachine *virtualMachine)
{
    TRACE("%p, %p\n", iface, virtualMachine);

    return remove_vm(virtualMachine, TRUE);
}

static HRESULT WINAPI app_FindVirtualNetwork(IVMApplication *iface, BSTR virtualNetworkName,
                                             IVMVirtualNetwork **virtualNetwork)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(virtualNetworkName), virtualNetwork);

    if (!virtualNetwork) return E_POINTER;
    *virtualNetwork = NULL;
    /* COM's NULL BSTR is "", which names no network (as FindVirtualMachine). */
    if (!virtualNetworkName) virtualNetworkName = (BSTR)L"";
    return model_find_network(app->view, virtualNetworkName, (IDispatch **)virtualNetwork);
}

static HRESULT WINAPI app_GetDVDFiles(IVMApplication *iface, VARIANT inAdditionalSearchPaths,
                                      VARIANT *outDVDFileList)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"GetDVDFiles");
}

static HRESULT WINAPI app_GetFloppyDiskImageType(IVMApplication *iface, BSTR imagePath,
                                                 VMFloppyDiskImageType *imageType)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"GetFloppyDiskImageType");
}

static HRESULT WINAPI app_GetHardDiskFiles(IVMApplication *iface, VARIANT inAdditionalSearchPaths,
                                           VARIANT *outHardDiskFileList)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_variant(&inAdditionalSearchPaths), outHardDiskFileList);

    return app_list_disks(app->view, &inAdditionalSearchPaths, outHardDiskFileList);
}

static HRESULT WINAPI app_GetVirtualMachineFiles(IVMApplication *iface,
                                                 VARIANT inAdditionalSearchPaths,
                                                 VARIANT_BOOL inExcludedRegisteredVMs,
                                                 VARIANT *outVirtualMachineFileList)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"GetVirtualMachineFiles");
}


static HRESULT WINAPI app_RemoveConfigurationValue(IVMApplication *iface, BSTR preferenceKey)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"RemoveConfigurationValue");
}

static HRESULT WINAPI app_SetConfigurationValue(IVMApplication *iface, BSTR preferenceKey,
                                                VARIANT preferenceValue)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"SetConfigurationValue");
}

/* The definition only: saved state and NVRAM stay (libvirt refuses while a
 * saved state exists). */
static HRESULT WINAPI app_UnregisterVirtualMachine(IVMApplication *iface,
                                                   IVMVirtualMachine *virtualMachine)
{
    TRACE("%p, %p\n", iface, virtualMachine);

    return remove_vm(virtualMachine, FALSE);
}

/* Where the host keeps domain definitions (docs/inventory-mapping.md 2.1),
 * as a script sees the path (2.2); "" where no file exists. */
static HRESULT WINAPI app_get_DefaultVMConfigurationPath(IVMApplication *iface,
                                                         BSTR *configurationPath)
{
    struct application *app = impl_from_IVMApplication(iface);
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, configurationPath);

    if (!configurationPath) return E_POINTER;
    *configurationPath = NULL;
    if (FAILED(hr = host_view_host_facts(app->view, 0, &facts))) return hr;
    return host_path_to_bstr(facts, facts->vmConfigDir, TRUE, configurationPath);
}

static HRESULT WINAPI app_put_DefaultVMConfigurationPath(IVMApplication *iface,
                                                         BSTR configurationPath)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"DefaultVMConfigurationPath (write)");
}

static HRESULT WINAPI app_get_HostInfo(IVMApplication *iface, IVMHostInfo **hostInfo)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, hostInfo);

    if (!hostInfo) return E_POINTER;
    return model_create_hostinfo(app->view, (IDispatch **)hostInfo);
}

static HRESULT WINAPI app_get_MaximumFloppyDrivesPerVM(IVMApplication *iface, LONG *maxDrives)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MaximumFloppyDrivesPerVM");
}

/* No VM gets more than the host has without overcommitting it; libvirt
 * sets no other limit. */
static HRESULT WINAPI app_get_MaximumMemoryPerVM(IVMApplication *iface, LONG *megabytesOfMemory)
{
    struct application *app = impl_from_IVMApplication(iface);
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, megabytesOfMemory);

    if (!megabytesOfMemory) return E_POINTER;
    *megabytesOfMemory = 0;
    if (FAILED(hr = host_view_host_facts(app->view, 0, &facts))) return hr;
    if (facts->nodeInfoMissing) return host_fact_missing(MODEL, facts, facts->nodeInfoMissing);
    *megabytesOfMemory = facts->memoryKiB / 1024 > LONG_MAX ? LONG_MAX : facts->memoryKiB / 1024;
    return S_OK;
}

static HRESULT WINAPI app_get_MaximumNetworkAdaptersPerVM(IVMApplication *iface,
                                                          LONG *maxNetworkAdapters)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MaximumNetworkAdaptersPerVM");
}

static HRESULT WINAPI app_get_MaximumNumberOfIDEBuses(IVMApplication *iface, LONG *maxNumBuses)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MaximumNumberOfIDEBuses");
}

static HRESULT WINAPI app_get_MaximumParallelPortsPerVM(IVMApplication *iface, LONG *maxPorts)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MaximumParallelPortsPerVM");
}

static HRESULT WINAPI app_get_MaximumSerialPortsPerVM(IVMApplication *iface, LONG *maxPorts)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MaximumSerialPortsPerVM");
}

static HRESULT WINAPI app_get_MinimumMemoryPerVM(IVMApplication *iface, LONG *megabytesOfMemory)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MinimumMemoryPerVM");
}

/* The directories of the host's storage pools, by pool name. */
static HRESULT WINAPI app_get_SearchPaths(IVMApplication *iface, VARIANT *searchPaths)
{
    struct application *app = impl_from_IVMApplication(iface);
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, searchPaths);

    if (!searchPaths) return E_POINTER;
    V_VT(searchPaths) = VT_EMPTY;
    if (FAILED(hr = host_view_host_facts(app->view, 0, &facts))) return hr;
    return string_array_to_variant(facts, (const char *const *)facts->searchPaths.items,
                                   facts->searchPaths.count, TRUE, searchPaths);
}

static HRESULT WINAPI app_put_SearchPaths(IVMApplication *iface, VARIANT searchPaths)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"SearchPaths (write)");
}

/* What a new VM can take now without pressing on the others: the host's
 * free memory. */
static HRESULT WINAPI app_get_SuggestedMaximumMemoryPerVM(IVMApplication *iface,
                                                          LONG *megabytesOfMemory)
{
    struct application *app = impl_from_IVMApplication(iface);
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, megabytesOfMemory);

    if (!megabytesOfMemory) return E_POINTER;
    *megabytesOfMemory = 0;
    if (FAILED(hr = host_view_host_facts(app->view, 0, &facts))) return hr;
    if (facts->freeMemoryMissing) return host_fact_missing(MODEL, facts, facts->freeMemoryMissing);
    *megabytesOfMemory = facts->freeMemoryBytes / (1024 * 1024);
    return S_OK;
}

static HRESULT WINAPI app_get_Tasks(IVMApplication *iface, IVMTaskCollection **taskCollection)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, taskCollection);

    if (!taskCollection) return E_POINTER;
    return model_create_task_collection(app->view, taskCollection);
}

static HRESULT WINAPI app_get_UnconnectedNetworkAdapters(IVMApplication *iface,
        IVMNetworkAdapterCollection **unconnectedNetworkAdapterCollection)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, unconnectedNetworkAdapterCollection);

    return create_network_nic_collection(app->view, &model_nic_class, 0, NULL,
                                         (void **)unconnectedNetworkAdapterCollection);
}

static HRESULT WINAPI app_get_VirtualNetworks(IVMApplication *iface,
        IVMVirtualNetworkCollection **virtualNetworkCollection)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, virtualNetworkCollection);

    if (!virtualNetworkCollection) return E_POINTER;
    return model_create_network_collection(app->view,
                                                   (IDispatch **)virtualNetworkCollection);
}

static HRESULT model_create_application(IUnknown *outer, REFIID riid, void **obj)
{
    struct application *app;
    HRESULT hr;

    TRACE("%p, %s, %p\n", outer, debugstr_guid(riid), obj);

    *obj = NULL;
    if (outer) return CLASS_E_NOAGGREGATION;
    if (!(app = calloc(1, sizeof(*app)))) return E_OUTOFMEMORY;
    app->IVMApplication_iface.lpVtbl = &app_vtbl;
    app->ref = 1;
    if (FAILED(hr = host_view_create(MODEL, &app->view)))
    {
        free(app);
        return hr;
    }
    init_classinfo(&MODEL_TYPEINFO, MODEL_APP_COCLASS_TID, (IUnknown *)&app->IVMApplication_iface,
                   &app->classinfo);

    hr = IVMApplication_QueryInterface(&app->IVMApplication_iface, riid, obj);
    IVMApplication_Release(&app->IVMApplication_iface);
    return hr;
}

static HRESULT WINAPI factory_QueryInterface(IClassFactory *iface, REFIID riid, void **obj)
{
    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IClassFactory) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IClassFactory_AddRef(iface);
        return S_OK;
    }
    *obj = NULL;
    TRACE("interface %s not supported\n", debugstr_guid(riid));
    return E_NOINTERFACE;
}

static ULONG WINAPI factory_AddRef(IClassFactory *iface)
{
    return 2;
}

static ULONG WINAPI factory_Release(IClassFactory *iface)
{
    return 1;
}

static HRESULT WINAPI factory_CreateInstance(IClassFactory *iface, IUnknown *outer,
                                             REFIID riid, void **obj)
{
    if (!obj) return E_POINTER;
    return model_create_application(outer, riid, obj);
}

static HRESULT WINAPI factory_LockServer(IClassFactory *iface, BOOL lock)
{
    TRACE("%p, %d\n", iface, lock);
    return S_OK;
}

static const IClassFactoryVtbl factory_vtbl =
{
    factory_QueryInterface,
    factory_AddRef,
    factory_Release,
    factory_CreateInstance,
    factory_LockServer,
};

static IClassFactory factory = { &factory_vtbl };

HRESULT model_get_class_object(REFCLSID clsid, REFIID riid, void **obj)
{
    if (!IsEqualCLSID(clsid, &MODEL_APP_CLSID)) return CLASS_E_CLASSNOTAVAILABLE;
    return IClassFactory_QueryInterface(&factory, riid, obj);
}
