/*
 * vpccom.dll: IVMVirtualPC, the Windows Virtual PC application object.
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

#include "vpccom_private.h"
/* This file defines the model's GUIDs; the Windows headers' own GUIDs were
 * declared above and come from libuuid. */
#include "initguid.h"
#include "vpc_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

static const GUID *const vpc_guids[VPC_LAST_tid] =
{
    &IID_IVMVirtualPC,
    &IID_IVMVirtualMachineCollection,
    &IID_IVMVirtualMachine,
    &IID_IVMAccountant,
    &IID_IVMTask,
    &CLSID_VMVirtualPC,
    &CLSID_VMVirtualMachineCollection,
    &CLSID_VMVirtualMachine,
    &CLSID_VMAccountant,
    &CLSID_VMTask,
};

static ITypeInfo *vpc_typeinfos[VPC_LAST_tid];

struct typeinfo_cache vpc_typeinfo =
{
    &LIBID_VirtualPC, VPC_LAST_tid, vpc_guids, NULL, vpc_typeinfos
};

void vpc_release_typeinfos(void)
{
    release_typeinfos(&vpc_typeinfo);
}

struct vpc_application
{
    IVMVirtualPC IVMVirtualPC_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
};

static inline struct vpc_application *impl_from_IVMVirtualPC(IVMVirtualPC *iface)
{
    return CONTAINING_RECORD(iface, struct vpc_application, IVMVirtualPC_iface);
}

static HRESULT WINAPI vpc_QueryInterface(IVMVirtualPC *iface, REFIID riid, void **obj)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMVirtualPC) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
        *obj = &app->IVMVirtualPC_iface;
    else if (IsEqualIID(riid, &IID_IProvideClassInfo))
        *obj = &app->classinfo.IProvideClassInfo_iface;
    else
    {
        WARN("interface %s not supported\n", debugstr_guid(riid));
        *obj = NULL;
        return E_NOINTERFACE;
    }
    IUnknown_AddRef((IUnknown *)*obj);
    return S_OK;
}

static ULONG WINAPI vpc_AddRef(IVMVirtualPC *iface)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);
    ULONG ref = InterlockedIncrement(&app->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vpc_Release(IVMVirtualPC *iface)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);
    ULONG ref = InterlockedDecrement(&app->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        host_view_release(app->view);
        free(app);
    }
    return ref;
}

static HRESULT WINAPI vpc_GetTypeInfoCount(IVMVirtualPC *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vpc_GetTypeInfo(IVMVirtualPC *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vpc_typeinfo, VPC_IVMVirtualPC_tid, index, ret);
}

static HRESULT WINAPI vpc_GetIDsOfNames(IVMVirtualPC *iface, REFIID riid, LPOLESTR *names,
                                        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vpc_typeinfo, VPC_IVMVirtualPC_tid, names, count, ids);
}

static HRESULT WINAPI vpc_Invoke(IVMVirtualPC *iface, DISPID member, REFIID riid, LCID lcid,
                                 WORD flags, DISPPARAMS *params, VARIANT *result,
                                 EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vpc_typeinfo, VPC_IVMVirtualPC_tid, iface, member, flags, params,
                           result, excepinfo, argerr);
}

static HRESULT WINAPI vpc_FindVirtualMachine(IVMVirtualPC *iface, BSTR name, IVMVirtualMachine **vm)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);
    struct snapshot *snap;
    size_t index;
    HRESULT hr;

    TRACE("%p, %s, %p\n", iface, debugstr_w(name), vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (!name) return E_POINTER;

    hr = find_vm_index(app->view, name, &snap, &index);
    if (hr != S_OK) return hr;
    hr = vpc_create_machine(app->view, snap, index, vm);
    snapshot_release(snap);
    return hr;
}

static HRESULT WINAPI vpc_get_Name(IVMVirtualPC *iface, BSTR *name)
{
    TRACE("%p, %p\n", iface, name);

    if (!name) return E_POINTER;
    return (*name = SysAllocString(VPC_PRODUCT_NAME)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI vpc_get_UpTime(IVMVirtualPC *iface, LONG *seconds)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);

    TRACE("%p, %p\n", iface, seconds);

    if (!seconds) return E_POINTER;
    *seconds = host_view_service_uptime(app->view);
    return S_OK;
}

static HRESULT WINAPI vpc_get_Version(IVMVirtualPC *iface, BSTR *version)
{
    TRACE("%p, %p\n", iface, version);

    if (!version) return E_POINTER;
    return (*version = SysAllocString(VPC_PRODUCT_VERSION)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI vpc_get_VirtualMachines(IVMVirtualPC *iface, IVMVirtualMachineCollection **ret)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return vpc_create_machine_collection(app->view, ret);
}

static HRESULT WINAPI vpc_GetConfigurationValue(IVMVirtualPC *iface, BSTR key, VARIANT *value)
{
    struct vpc_application *app = impl_from_IVMVirtualPC(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(key), value);

    return app_get_configuration_value(app->view, key, value);
}

/* Members that have no libvirt meaning yet. */

static HRESULT WINAPI vpc_CreateDifferencingVirtualHardDisk(IVMVirtualPC *iface, BSTR imagePath,
                                                            BSTR parentPath, IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"CreateDifferencingVirtualHardDisk");
}

static HRESULT WINAPI vpc_CreateDynamicVirtualHardDisk(IVMVirtualPC *iface, BSTR imagePath,
                                                       LONG size, IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"CreateDynamicVirtualHardDisk");
}

static HRESULT WINAPI vpc_CreateFixedVirtualHardDisk(IVMVirtualPC *iface, BSTR imagePath,
                                                     LONG size, IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"CreateFixedVirtualHardDisk");
}

static HRESULT WINAPI vpc_CreateFloppyDiskImage(IVMVirtualPC *iface, BSTR imagePath,
                                                VMFloppyDiskImageType imageType)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"CreateFloppyDiskImage");
}

static HRESULT WINAPI vpc_CreateVirtualMachine(IVMVirtualPC *iface, BSTR configurationName,
                                               BSTR configurationPath,
                                               IVMVirtualMachine **virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"CreateVirtualMachine");
}

static HRESULT WINAPI vpc_DeleteVirtualMachine(IVMVirtualPC *iface,
                                               IVMVirtualMachine *virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"DeleteVirtualMachine");
}

static HRESULT WINAPI vpc_FindVirtualNetwork(IVMVirtualPC *iface, BSTR virtualNetworkName,
                                             IVMVirtualNetwork **virtualNetwork)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"FindVirtualNetwork");
}

static HRESULT WINAPI vpc_GetDVDFiles(IVMVirtualPC *iface, VARIANT inAdditionalSearchPaths,
                                      VARIANT *outDVDFileList)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"GetDVDFiles");
}

static HRESULT WINAPI vpc_GetFloppyDiskFiles(IVMVirtualPC *iface, VARIANT inAdditionalSearchPaths,
                                             VARIANT *outFloppyDiskFileList)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"GetFloppyDiskFiles");
}

static HRESULT WINAPI vpc_GetFloppyDiskImageType(IVMVirtualPC *iface, BSTR imagePath,
                                                 VMFloppyDiskImageType *imageType)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"GetFloppyDiskImageType");
}

static HRESULT WINAPI vpc_GetHardDisk(IVMVirtualPC *iface, BSTR imagePath, IVMHardDisk **hardDisk)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"GetHardDisk");
}

static HRESULT WINAPI vpc_GetHardDiskFiles(IVMVirtualPC *iface, VARIANT inAdditionalSearchPaths,
                                           VARIANT *outHardDiskFileList)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"GetHardDiskFiles");
}

static HRESULT WINAPI vpc_GetVirtualMachineFiles(IVMVirtualPC *iface,
                                                 VARIANT inAdditionalSearchPaths,
                                                 VARIANT_BOOL inExcludedRegisteredVMs,
                                                 VARIANT *outVirtualMachineFileList)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"GetVirtualMachineFiles");
}

static HRESULT WINAPI vpc_RegisterVirtualMachine(IVMVirtualPC *iface, BSTR configurationName,
                                                 BSTR configurationPath,
                                                 IVMVirtualMachine **virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"RegisterVirtualMachine");
}

static HRESULT WINAPI vpc_RemoveConfigurationValue(IVMVirtualPC *iface, BSTR preferenceKey)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"RemoveConfigurationValue");
}

static HRESULT WINAPI vpc_SetConfigurationValue(IVMVirtualPC *iface, BSTR preferenceKey,
                                                VARIANT preferenceValue)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"SetConfigurationValue");
}

static HRESULT WINAPI vpc_UnregisterVirtualMachine(IVMVirtualPC *iface,
                                                   IVMVirtualMachine *virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"UnregisterVirtualMachine");
}

static HRESULT WINAPI vpc_get_DefaultVMConfigurationPath(IVMVirtualPC *iface,
                                                         BSTR *configurationPath)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"DefaultVMConfigurationPath");
}

static HRESULT WINAPI vpc_put_DefaultVMConfigurationPath(IVMVirtualPC *iface,
                                                         BSTR configurationPath)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"DefaultVMConfigurationPath (write)");
}

static HRESULT WINAPI vpc_get_HostInfo(IVMVirtualPC *iface, IVMHostInfo **hostInfo)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"HostInfo");
}

static HRESULT WINAPI vpc_get_MaximumFloppyDrivesPerVM(IVMVirtualPC *iface, LONG *maxDrives)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MaximumFloppyDrivesPerVM");
}

static HRESULT WINAPI vpc_get_MaximumMemoryPerVM(IVMVirtualPC *iface, LONG *megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MaximumMemoryPerVM");
}

static HRESULT WINAPI vpc_get_MaximumNetworkAdaptersPerVM(IVMVirtualPC *iface,
                                                          LONG *maxNetworkAdapters)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MaximumNetworkAdaptersPerVM");
}

static HRESULT WINAPI vpc_get_MaximumNumberOfIDEBuses(IVMVirtualPC *iface, LONG *maxNumBuses)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MaximumNumberOfIDEBuses");
}

static HRESULT WINAPI vpc_get_MaximumParallelPortsPerVM(IVMVirtualPC *iface, LONG *maxPorts)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MaximumParallelPortsPerVM");
}

static HRESULT WINAPI vpc_get_MaximumSerialPortsPerVM(IVMVirtualPC *iface, LONG *maxPorts)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MaximumSerialPortsPerVM");
}

static HRESULT WINAPI vpc_get_MinimumMemoryPerVM(IVMVirtualPC *iface, LONG *megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"MinimumMemoryPerVM");
}

static HRESULT WINAPI vpc_get_SearchPaths(IVMVirtualPC *iface, VARIANT *searchPaths)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"SearchPaths");
}

static HRESULT WINAPI vpc_put_SearchPaths(IVMVirtualPC *iface, VARIANT searchPaths)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"SearchPaths (write)");
}

static HRESULT WINAPI vpc_get_SuggestedMaximumMemoryPerVM(IVMVirtualPC *iface,
                                                          LONG *megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"SuggestedMaximumMemoryPerVM");
}

static HRESULT WINAPI vpc_get_Tasks(IVMVirtualPC *iface, IVMTaskCollection **taskCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"Tasks");
}

static HRESULT WINAPI vpc_get_UnconnectedNetworkAdapters(IVMVirtualPC *iface,
                                                         IVMNetworkAdapterCollection **unconnectedNetworkAdapterCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"UnconnectedNetworkAdapters");
}

static HRESULT WINAPI vpc_get_USBDeviceCollection(IVMVirtualPC *iface,
                                                  IVMUSBDeviceCollection **usbDeviceCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"USBDeviceCollection");
}

static HRESULT WINAPI vpc_get_VirtualNetworks(IVMVirtualPC *iface,
                                              IVMVirtualNetworkCollection **virtualNetworkCollection)
{
    return not_supported(MODEL_VIRTUAL_PC, L"IVMVirtualPC", L"VirtualNetworks");
}

static const IVMVirtualPCVtbl vpc_vtbl =
{
    vpc_QueryInterface,
    vpc_AddRef,
    vpc_Release,
    vpc_GetTypeInfoCount,
    vpc_GetTypeInfo,
    vpc_GetIDsOfNames,
    vpc_Invoke,
    vpc_CreateDifferencingVirtualHardDisk,
    vpc_CreateDynamicVirtualHardDisk,
    vpc_CreateFixedVirtualHardDisk,
    vpc_CreateFloppyDiskImage,
    vpc_CreateVirtualMachine,
    vpc_DeleteVirtualMachine,
    vpc_FindVirtualMachine,
    vpc_FindVirtualNetwork,
    vpc_GetConfigurationValue,
    vpc_GetDVDFiles,
    vpc_GetFloppyDiskFiles,
    vpc_GetFloppyDiskImageType,
    vpc_GetHardDisk,
    vpc_GetHardDiskFiles,
    vpc_GetVirtualMachineFiles,
    vpc_RegisterVirtualMachine,
    vpc_RemoveConfigurationValue,
    vpc_SetConfigurationValue,
    vpc_UnregisterVirtualMachine,
    vpc_get_DefaultVMConfigurationPath,
    vpc_put_DefaultVMConfigurationPath,
    vpc_get_HostInfo,
    vpc_get_MaximumFloppyDrivesPerVM,
    vpc_get_MaximumMemoryPerVM,
    vpc_get_MaximumNetworkAdaptersPerVM,
    vpc_get_MaximumNumberOfIDEBuses,
    vpc_get_MaximumParallelPortsPerVM,
    vpc_get_MaximumSerialPortsPerVM,
    vpc_get_MinimumMemoryPerVM,
    vpc_get_Name,
    vpc_get_SearchPaths,
    vpc_put_SearchPaths,
    vpc_get_SuggestedMaximumMemoryPerVM,
    vpc_get_Tasks,
    vpc_get_UnconnectedNetworkAdapters,
    vpc_get_UpTime,
    vpc_get_USBDeviceCollection,
    vpc_get_Version,
    vpc_get_VirtualMachines,
    vpc_get_VirtualNetworks,
};

static HRESULT vpc_create_application(IUnknown *outer, REFIID riid, void **obj)
{
    struct vpc_application *app;
    HRESULT hr;

    TRACE("%p, %s, %p\n", outer, debugstr_guid(riid), obj);

    *obj = NULL;
    if (outer) return CLASS_E_NOAGGREGATION;
    if (!(app = calloc(1, sizeof(*app)))) return E_OUTOFMEMORY;
    app->IVMVirtualPC_iface.lpVtbl = &vpc_vtbl;
    app->ref = 1;
    if (FAILED(hr = host_view_create(MODEL_VIRTUAL_PC, &app->view)))
    {
        free(app);
        return hr;
    }
    init_classinfo(&vpc_typeinfo, VPC_VMVirtualPC_tid, (IUnknown *)&app->IVMVirtualPC_iface,
                   &app->classinfo);

    hr = IVMVirtualPC_QueryInterface(&app->IVMVirtualPC_iface, riid, obj);
    IVMVirtualPC_Release(&app->IVMVirtualPC_iface);
    return hr;
}

static HRESULT WINAPI vpc_factory_QueryInterface(IClassFactory *iface, REFIID riid, void **obj)
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
    WARN("interface %s not supported\n", debugstr_guid(riid));
    return E_NOINTERFACE;
}

static ULONG WINAPI vpc_factory_AddRef(IClassFactory *iface)
{
    return 2;
}

static ULONG WINAPI vpc_factory_Release(IClassFactory *iface)
{
    return 1;
}

static HRESULT WINAPI vpc_factory_CreateInstance(IClassFactory *iface, IUnknown *outer,
                                                 REFIID riid, void **obj)
{
    if (!obj) return E_POINTER;
    return vpc_create_application(outer, riid, obj);
}

static HRESULT WINAPI vpc_factory_LockServer(IClassFactory *iface, BOOL lock)
{
    TRACE("%p, %d\n", iface, lock);
    return S_OK;
}

static const IClassFactoryVtbl vpc_factory_vtbl =
{
    vpc_factory_QueryInterface,
    vpc_factory_AddRef,
    vpc_factory_Release,
    vpc_factory_CreateInstance,
    vpc_factory_LockServer,
};

static IClassFactory vpc_factory = { &vpc_factory_vtbl };

HRESULT vpc_get_class_object(REFCLSID clsid, REFIID riid, void **obj)
{
    if (!IsEqualCLSID(clsid, &CLSID_VMVirtualPC)) return CLASS_E_CLASSNOTAVAILABLE;
    return IClassFactory_QueryInterface(&vpc_factory, riid, obj);
}

