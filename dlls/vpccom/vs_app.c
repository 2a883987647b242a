/*
 * vpccom.dll: IVMVirtualServer, the Virtual Server 2005 application object.
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
#include "vs_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

static const GUID *const vs_guids[VS_LAST_tid] =
{
    &IID_IVMVirtualServer,
    &IID_IVMVirtualMachineCollection,
    &IID_IVMVirtualMachine,
    &IID_IVMAccountant,
    &IID_IVMTask,
    &CLSID_VMVirtualServer,
    &CLSID_VMVirtualMachineCollection,
    &CLSID_VMVirtualMachine,
    &CLSID_VMAccountant,
    &CLSID_VMTask,
};

static ITypeInfo *vs_typeinfos[VS_LAST_tid];

struct typeinfo_cache vs_typeinfo =
{
    &LIBID_VirtualServer, VS_LAST_tid, vs_guids, NULL, vs_typeinfos
};

void vs_release_typeinfos(void)
{
    release_typeinfos(&vs_typeinfo);
}

struct vs_application
{
    IVMVirtualServer IVMVirtualServer_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
};

static inline struct vs_application *impl_from_IVMVirtualServer(IVMVirtualServer *iface)
{
    return CONTAINING_RECORD(iface, struct vs_application, IVMVirtualServer_iface);
}

static HRESULT WINAPI vs_QueryInterface(IVMVirtualServer *iface, REFIID riid, void **obj)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMVirtualServer) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
        *obj = &app->IVMVirtualServer_iface;
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

static ULONG WINAPI vs_AddRef(IVMVirtualServer *iface)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);
    ULONG ref = InterlockedIncrement(&app->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vs_Release(IVMVirtualServer *iface)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);
    ULONG ref = InterlockedDecrement(&app->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        host_view_release(app->view);
        free(app);
    }
    return ref;
}

static HRESULT WINAPI vs_GetTypeInfoCount(IVMVirtualServer *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vs_GetTypeInfo(IVMVirtualServer *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vs_typeinfo, VS_IVMVirtualServer_tid, index, ret);
}

static HRESULT WINAPI vs_GetIDsOfNames(IVMVirtualServer *iface, REFIID riid, LPOLESTR *names,
                                        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vs_typeinfo, VS_IVMVirtualServer_tid, names, count, ids);
}

static HRESULT WINAPI vs_Invoke(IVMVirtualServer *iface, DISPID member, REFIID riid, LCID lcid,
                                 WORD flags, DISPPARAMS *params, VARIANT *result,
                                 EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vs_typeinfo, VS_IVMVirtualServer_tid, iface, member, flags, params,
                           result, excepinfo, argerr);
}

static HRESULT WINAPI vs_FindVirtualMachine(IVMVirtualServer *iface, BSTR name, IVMVirtualMachine **vm)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);
    struct snapshot *snap;
    size_t index;
    HRESULT hr;

    TRACE("%p, %s, %p\n", iface, debugstr_w(name), vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (!name) return E_POINTER;

    hr = find_vm_index(app->view, name, &snap, &index);
    if (hr != S_OK) return hr;
    hr = vs_create_machine(app->view, snap, index, vm);
    snapshot_release(snap);
    return hr;
}

static HRESULT WINAPI vs_get_Name(IVMVirtualServer *iface, BSTR *name)
{
    TRACE("%p, %p\n", iface, name);

    if (!name) return E_POINTER;
    return (*name = SysAllocString(VS_PRODUCT_NAME)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI vs_get_UpTime(IVMVirtualServer *iface, LONG *seconds)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);

    TRACE("%p, %p\n", iface, seconds);

    if (!seconds) return E_POINTER;
    *seconds = host_view_service_uptime(app->view);
    return S_OK;
}

static HRESULT WINAPI vs_get_Version(IVMVirtualServer *iface, BSTR *version)
{
    TRACE("%p, %p\n", iface, version);

    if (!version) return E_POINTER;
    return (*version = SysAllocString(VS_PRODUCT_VERSION)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI vs_get_VirtualMachines(IVMVirtualServer *iface, IVMVirtualMachineCollection **ret)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return vs_create_machine_collection(app->view, ret);
}

static HRESULT WINAPI vs_GetConfigurationValue(IVMVirtualServer *iface, BSTR key, VARIANT *value)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_w(key), value);

    return app_get_configuration_value(app->view, key, value);
}

/* Percent of the first host's capacity that running VMs have not reserved. */
static HRESULT WINAPI vs_get_AvailableSystemCapacity(IVMVirtualServer *iface, VARIANT *capacity)
{
    struct vs_application *app = impl_from_IVMVirtualServer(iface);
    double available;
    HRESULT hr;

    TRACE("%p, %p\n", iface, capacity);

    if (!capacity) return E_POINTER;
    V_VT(capacity) = VT_EMPTY;
    if (FAILED(hr = host_view_available_capacity(app->view, &available))) return hr;
    V_VT(capacity) = VT_R8;
    V_R8(capacity) = available;
    return S_OK;
}

/* Members that have no libvirt meaning yet. */

static HRESULT WINAPI vs_AttachScriptToEvent(IVMVirtualServer *iface, VMEventType eventType,
                                             BSTR scriptCommandLine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"AttachScriptToEvent");
}

static HRESULT WINAPI vs_CreateDifferencingVirtualHardDisk(IVMVirtualServer *iface, BSTR imagePath,
                                                           BSTR parentPath, IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateDifferencingVirtualHardDisk");
}

static HRESULT WINAPI vs_CreateDynamicVirtualHardDisk(IVMVirtualServer *iface, BSTR imagePath,
                                                      LONG size, IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateDynamicVirtualHardDisk");
}

static HRESULT WINAPI vs_CreateFixedVirtualHardDisk(IVMVirtualServer *iface, BSTR imagePath,
                                                    LONG size, IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateFixedVirtualHardDisk");
}

static HRESULT WINAPI vs_CreateFloppyDiskImage(IVMVirtualServer *iface, BSTR imagePath,
                                               VMFloppyDiskImageType imageType)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateFloppyDiskImage");
}

static HRESULT WINAPI vs_CreateHostDriveVirtualHardDisk(IVMVirtualServer *iface, BSTR imagePath,
                                                        BSTR hostDriveIdentifier,
                                                        VARIANT_BOOL mountReadOnly,
                                                        IVMTask **diskTask)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateHostDriveVirtualHardDisk");
}

static HRESULT WINAPI vs_CreateVirtualMachine(IVMVirtualServer *iface, BSTR configurationName,
                                              BSTR configurationPath,
                                              IVMVirtualMachine **virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateVirtualMachine");
}

static HRESULT WINAPI vs_CreateVirtualNetwork(IVMVirtualServer *iface, BSTR virtualNetworkName,
                                              BSTR virtualNetworkPath,
                                              IVMVirtualNetwork **virtualNetwork)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"CreateVirtualNetwork");
}

static HRESULT WINAPI vs_DeleteVirtualMachine(IVMVirtualServer *iface,
                                              IVMVirtualMachine *virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"DeleteVirtualMachine");
}

static HRESULT WINAPI vs_DeleteVirtualNetwork(IVMVirtualServer *iface,
                                              IVMVirtualNetwork *virtualNetworkName)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"DeleteVirtualNetwork");
}

static HRESULT WINAPI vs_FetchScriptByEvent(IVMVirtualServer *iface, VMEventType eventType,
                                            BSTR *outCommandLine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"FetchScriptByEvent");
}

static HRESULT WINAPI vs_FindVirtualNetwork(IVMVirtualServer *iface, BSTR virtualNetworkName,
                                            IVMVirtualNetwork **virtualNetwork)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"FindVirtualNetwork");
}

static HRESULT WINAPI vs_GetDVDFiles(IVMVirtualServer *iface, VARIANT inAdditionalSearchPaths,
                                     VARIANT *outDVDFileList)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetDVDFiles");
}

static HRESULT WINAPI vs_GetFloppyDiskFiles(IVMVirtualServer *iface,
                                            VARIANT inAdditionalSearchPaths,
                                            VARIANT *outFloppyDiskFileList)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetFloppyDiskFiles");
}

static HRESULT WINAPI vs_GetFloppyDiskImageType(IVMVirtualServer *iface, BSTR imagePath,
                                                VMFloppyDiskImageType *imageType)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetFloppyDiskImageType");
}

static HRESULT WINAPI vs_GetHardDisk(IVMVirtualServer *iface, BSTR imagePath,
                                     IVMHardDisk **hardDisk)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetHardDisk");
}

static HRESULT WINAPI vs_GetHardDiskFiles(IVMVirtualServer *iface, VARIANT inAdditionalSearchPaths,
                                          VARIANT *outHardDiskFileList)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetHardDiskFiles");
}

static HRESULT WINAPI vs_GetVirtualMachineFiles(IVMVirtualServer *iface,
                                                VARIANT inAdditionalSearchPaths,
                                                VARIANT_BOOL inExcludedRegisteredVMs,
                                                VARIANT *outVirtualMachineFileList)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetVirtualMachineFiles");
}

static HRESULT WINAPI vs_GetVirtualNetworkFiles(IVMVirtualServer *iface,
                                                VARIANT inAdditionalSearchPaths,
                                                VARIANT_BOOL inExcludedRegisteredVNs,
                                                VARIANT *outVirtualNetworkFileList)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"GetVirtualNetworkFiles");
}

static HRESULT WINAPI vs_QueryLocale(IVMVirtualServer *iface, BSTR inLanguage, LONG *outLocale)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"QueryLocale");
}

static HRESULT WINAPI vs_RegisterVirtualMachine(IVMVirtualServer *iface, BSTR configurationName,
                                                BSTR configurationPath,
                                                IVMVirtualMachine **virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"RegisterVirtualMachine");
}

static HRESULT WINAPI vs_RegisterVirtualNetwork(IVMVirtualServer *iface, BSTR virtualNetworkName,
                                                BSTR virtualNetworkPath,
                                                IVMVirtualNetwork **virtualNetwork)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"RegisterVirtualNetwork");
}

static HRESULT WINAPI vs_RemoveConfigurationValue(IVMVirtualServer *iface, BSTR preferenceKey)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"RemoveConfigurationValue");
}

static HRESULT WINAPI vs_RemoveScriptFromEvent(IVMVirtualServer *iface, VMEventType eventType)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"RemoveScriptFromEvent");
}

static HRESULT WINAPI vs_SetConfigurationValue(IVMVirtualServer *iface, BSTR preferenceKey,
                                               VARIANT preferenceValue)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"SetConfigurationValue");
}

static HRESULT WINAPI vs_UnregisterVirtualMachine(IVMVirtualServer *iface,
                                                  IVMVirtualMachine *virtualMachine)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"UnregisterVirtualMachine");
}

static HRESULT WINAPI vs_UnregisterVirtualNetwork(IVMVirtualServer *iface,
                                                  IVMVirtualNetwork *virtualNetwork)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"UnregisterVirtualNetwork");
}

static HRESULT WINAPI vs_VMRCCreateEncryptionCertificateRequest(IVMVirtualServer *iface,
                                                                BSTR distinguishedName,
                                                                LONG keyLength, BSTR *request)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCCreateEncryptionCertificateRequest");
}

static HRESULT WINAPI vs_get_DefaultLocale(IVMVirtualServer *iface, LONG *outLocale)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"DefaultLocale");
}

static HRESULT WINAPI vs_get_DefaultVMConfigurationPath(IVMVirtualServer *iface,
                                                        BSTR *configurationPath)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"DefaultVMConfigurationPath");
}

static HRESULT WINAPI vs_put_DefaultVMConfigurationPath(IVMVirtualServer *iface,
                                                        BSTR configurationPath)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"DefaultVMConfigurationPath (write)");
}

static HRESULT WINAPI vs_get_DefaultVNConfigurationPath(IVMVirtualServer *iface,
                                                        BSTR *configurationPath)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"DefaultVNConfigurationPath");
}

static HRESULT WINAPI vs_get_HostInfo(IVMVirtualServer *iface, IVMHostInfo **hostInfo)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"HostInfo");
}

static HRESULT WINAPI vs_put_Locale(IVMVirtualServer *iface, LONG inLocale)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"Locale (write)");
}

static HRESULT WINAPI vs_get_MaximumFloppyDrivesPerVM(IVMVirtualServer *iface, LONG *maxDrives)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumFloppyDrivesPerVM");
}

static HRESULT WINAPI vs_get_MaximumMemoryPerVM(IVMVirtualServer *iface, LONG *megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumMemoryPerVM");
}

static HRESULT WINAPI vs_get_MaximumNetworkAdaptersPerVM(IVMVirtualServer *iface,
                                                         LONG *maxNetworkAdapters)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumNetworkAdaptersPerVM");
}

static HRESULT WINAPI vs_get_MaximumNumberOfIDEBuses(IVMVirtualServer *iface, LONG *maxNumBuses)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumNumberOfIDEBuses");
}

static HRESULT WINAPI vs_get_MaximumNumberOfSCSIControllers(IVMVirtualServer *iface,
                                                            LONG *maxNumAdapters)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumNumberOfSCSIControllers");
}

static HRESULT WINAPI vs_get_MaximumParallelPortsPerVM(IVMVirtualServer *iface, LONG *maxPorts)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumParallelPortsPerVM");
}

static HRESULT WINAPI vs_get_MaximumSerialPortsPerVM(IVMVirtualServer *iface, LONG *maxPorts)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MaximumSerialPortsPerVM");
}

static HRESULT WINAPI vs_get_MinimumMemoryPerVM(IVMVirtualServer *iface, LONG *megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"MinimumMemoryPerVM");
}

static HRESULT WINAPI vs_get_ProductID(IVMVirtualServer *iface, BSTR *productID)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"ProductID");
}

static HRESULT WINAPI vs_get_SearchPaths(IVMVirtualServer *iface, VARIANT *searchPaths)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"SearchPaths");
}

static HRESULT WINAPI vs_put_SearchPaths(IVMVirtualServer *iface, VARIANT searchPaths)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"SearchPaths (write)");
}

static HRESULT WINAPI vs_get_Security(IVMVirtualServer *iface, IVMSecurity **security)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"Security");
}

static HRESULT WINAPI vs_put_Security(IVMVirtualServer *iface, IVMSecurity *security)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"Security (write)");
}

static HRESULT WINAPI vs_get_SuggestedMaximumMemoryPerVM(IVMVirtualServer *iface,
                                                         LONG *megabytesOfMemory)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"SuggestedMaximumMemoryPerVM");
}

static HRESULT WINAPI vs_get_SupportDrivers(IVMVirtualServer *iface,
                                            IVMSupportDriverCollection **supportDriverCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"SupportDrivers");
}

static HRESULT WINAPI vs_get_Tasks(IVMVirtualServer *iface, IVMTaskCollection **taskCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"Tasks");
}

static HRESULT WINAPI vs_get_UnconnectedNetworkAdapters(IVMVirtualServer *iface,
                                                        IVMNetworkAdapterCollection **unconnectedNetworkAdapterCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"UnconnectedNetworkAdapters");
}

static HRESULT WINAPI vs_get_VirtualNetworks(IVMVirtualServer *iface,
                                             IVMVirtualNetworkCollection **virtualNetworkCollection)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VirtualNetworks");
}

static HRESULT WINAPI vs_get_VMRCAdminAddress(IVMVirtualServer *iface, BSTR *vmrcAdminAddress)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAdminAddress");
}

static HRESULT WINAPI vs_put_VMRCAdminAddress(IVMVirtualServer *iface, BSTR vmrcAdminAddress)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAdminAddress (write)");
}

static HRESULT WINAPI vs_get_VMRCAdminPortNumber(IVMVirtualServer *iface, LONG *vmrcAdminPortNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAdminPortNumber");
}

static HRESULT WINAPI vs_put_VMRCAdminPortNumber(IVMVirtualServer *iface, LONG vmrcAdminPortNumber)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAdminPortNumber (write)");
}

static HRESULT WINAPI vs_get_VMRCAuthenticator(IVMVirtualServer *iface,
                                               IVMRCAuthenticator **authenticator)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAuthenticator");
}

static HRESULT WINAPI vs_put_VMRCAuthenticator(IVMVirtualServer *iface,
                                               IVMRCAuthenticator *authenticator)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAuthenticator (write)");
}

static HRESULT WINAPI vs_get_VMRCAuthenticators(IVMVirtualServer *iface,
                                                IVMRCAuthenticatorCollection **authenticators)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCAuthenticators");
}

static HRESULT WINAPI vs_get_VMRCEnabled(IVMVirtualServer *iface, VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEnabled");
}

static HRESULT WINAPI vs_put_VMRCEnabled(IVMVirtualServer *iface, VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEnabled (write)");
}

static HRESULT WINAPI vs_get_VMRCEncryptionCertificate(IVMVirtualServer *iface, BSTR *certificate)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEncryptionCertificate");
}

static HRESULT WINAPI vs_put_VMRCEncryptionCertificate(IVMVirtualServer *iface, BSTR certificate)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEncryptionCertificate (write)");
}

static HRESULT WINAPI vs_get_VMRCEncryptionCertificateRequest(IVMVirtualServer *iface,
                                                              BSTR *certificateRequest)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEncryptionCertificateRequest");
}

static HRESULT WINAPI vs_get_VMRCEncryptionEnabled(IVMVirtualServer *iface, VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEncryptionEnabled");
}

static HRESULT WINAPI vs_put_VMRCEncryptionEnabled(IVMVirtualServer *iface,
                                                   VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCEncryptionEnabled (write)");
}

static HRESULT WINAPI vs_get_VMRCIdleConnectionTimeout(IVMVirtualServer *iface, LONG *idleTimeout)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCIdleConnectionTimeout");
}

static HRESULT WINAPI vs_put_VMRCIdleConnectionTimeout(IVMVirtualServer *iface, LONG idleTimeout)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCIdleConnectionTimeout (write)");
}

static HRESULT WINAPI vs_get_VMRCIdleConnectionTimeoutEnabled(IVMVirtualServer *iface,
                                                              VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCIdleConnectionTimeoutEnabled");
}

static HRESULT WINAPI vs_put_VMRCIdleConnectionTimeoutEnabled(IVMVirtualServer *iface,
                                                              VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCIdleConnectionTimeoutEnabled (write)");
}

static HRESULT WINAPI vs_get_VMRCXResolution(IVMVirtualServer *iface, LONG *vmrcXResolution)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCXResolution");
}

static HRESULT WINAPI vs_put_VMRCXResolution(IVMVirtualServer *iface, LONG vmrcXResolution)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCXResolution (write)");
}

static HRESULT WINAPI vs_get_VMRCYResolution(IVMVirtualServer *iface, LONG *vmrcYResolution)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCYResolution");
}

static HRESULT WINAPI vs_put_VMRCYResolution(IVMVirtualServer *iface, LONG vmrcYResolution)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMRCYResolution (write)");
}

static HRESULT WINAPI vs_get_VMScriptsEnabled(IVMVirtualServer *iface, VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMScriptsEnabled");
}

static HRESULT WINAPI vs_put_VMScriptsEnabled(IVMVirtualServer *iface, VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VMScriptsEnabled (write)");
}

static HRESULT WINAPI vs_get_VSScriptsEnabled(IVMVirtualServer *iface, VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VSScriptsEnabled");
}

static HRESULT WINAPI vs_put_VSScriptsEnabled(IVMVirtualServer *iface, VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL_VIRTUAL_SERVER, L"IVMVirtualServer", L"VSScriptsEnabled (write)");
}

static const IVMVirtualServerVtbl vs_vtbl =
{
    vs_QueryInterface,
    vs_AddRef,
    vs_Release,
    vs_GetTypeInfoCount,
    vs_GetTypeInfo,
    vs_GetIDsOfNames,
    vs_Invoke,
    vs_AttachScriptToEvent,
    vs_CreateDifferencingVirtualHardDisk,
    vs_CreateDynamicVirtualHardDisk,
    vs_CreateFixedVirtualHardDisk,
    vs_CreateFloppyDiskImage,
    vs_CreateHostDriveVirtualHardDisk,
    vs_CreateVirtualMachine,
    vs_CreateVirtualNetwork,
    vs_DeleteVirtualMachine,
    vs_DeleteVirtualNetwork,
    vs_FetchScriptByEvent,
    vs_FindVirtualMachine,
    vs_FindVirtualNetwork,
    vs_GetConfigurationValue,
    vs_GetDVDFiles,
    vs_GetFloppyDiskFiles,
    vs_GetFloppyDiskImageType,
    vs_GetHardDisk,
    vs_GetHardDiskFiles,
    vs_GetVirtualMachineFiles,
    vs_GetVirtualNetworkFiles,
    vs_QueryLocale,
    vs_RegisterVirtualMachine,
    vs_RegisterVirtualNetwork,
    vs_RemoveConfigurationValue,
    vs_RemoveScriptFromEvent,
    vs_SetConfigurationValue,
    vs_UnregisterVirtualMachine,
    vs_UnregisterVirtualNetwork,
    vs_VMRCCreateEncryptionCertificateRequest,
    vs_get_AvailableSystemCapacity,
    vs_get_DefaultLocale,
    vs_get_DefaultVMConfigurationPath,
    vs_put_DefaultVMConfigurationPath,
    vs_get_DefaultVNConfigurationPath,
    vs_get_HostInfo,
    vs_put_Locale,
    vs_get_MaximumFloppyDrivesPerVM,
    vs_get_MaximumMemoryPerVM,
    vs_get_MaximumNetworkAdaptersPerVM,
    vs_get_MaximumNumberOfIDEBuses,
    vs_get_MaximumNumberOfSCSIControllers,
    vs_get_MaximumParallelPortsPerVM,
    vs_get_MaximumSerialPortsPerVM,
    vs_get_MinimumMemoryPerVM,
    vs_get_Name,
    vs_get_ProductID,
    vs_get_SearchPaths,
    vs_put_SearchPaths,
    vs_get_Security,
    vs_put_Security,
    vs_get_SuggestedMaximumMemoryPerVM,
    vs_get_SupportDrivers,
    vs_get_Tasks,
    vs_get_UnconnectedNetworkAdapters,
    vs_get_UpTime,
    vs_get_Version,
    vs_get_VirtualMachines,
    vs_get_VirtualNetworks,
    vs_get_VMRCAdminAddress,
    vs_put_VMRCAdminAddress,
    vs_get_VMRCAdminPortNumber,
    vs_put_VMRCAdminPortNumber,
    vs_get_VMRCAuthenticator,
    vs_put_VMRCAuthenticator,
    vs_get_VMRCAuthenticators,
    vs_get_VMRCEnabled,
    vs_put_VMRCEnabled,
    vs_get_VMRCEncryptionCertificate,
    vs_put_VMRCEncryptionCertificate,
    vs_get_VMRCEncryptionCertificateRequest,
    vs_get_VMRCEncryptionEnabled,
    vs_put_VMRCEncryptionEnabled,
    vs_get_VMRCIdleConnectionTimeout,
    vs_put_VMRCIdleConnectionTimeout,
    vs_get_VMRCIdleConnectionTimeoutEnabled,
    vs_put_VMRCIdleConnectionTimeoutEnabled,
    vs_get_VMRCXResolution,
    vs_put_VMRCXResolution,
    vs_get_VMRCYResolution,
    vs_put_VMRCYResolution,
    vs_get_VMScriptsEnabled,
    vs_put_VMScriptsEnabled,
    vs_get_VSScriptsEnabled,
    vs_put_VSScriptsEnabled,
};

static HRESULT vs_create_application(IUnknown *outer, REFIID riid, void **obj)
{
    struct vs_application *app;
    HRESULT hr;

    TRACE("%p, %s, %p\n", outer, debugstr_guid(riid), obj);

    *obj = NULL;
    if (outer) return CLASS_E_NOAGGREGATION;
    if (!(app = calloc(1, sizeof(*app)))) return E_OUTOFMEMORY;
    app->IVMVirtualServer_iface.lpVtbl = &vs_vtbl;
    app->ref = 1;
    if (FAILED(hr = host_view_create(MODEL_VIRTUAL_SERVER, &app->view)))
    {
        free(app);
        return hr;
    }
    init_classinfo(&vs_typeinfo, VS_VMVirtualServer_tid, (IUnknown *)&app->IVMVirtualServer_iface,
                   &app->classinfo);

    hr = IVMVirtualServer_QueryInterface(&app->IVMVirtualServer_iface, riid, obj);
    IVMVirtualServer_Release(&app->IVMVirtualServer_iface);
    return hr;
}

static HRESULT WINAPI vs_factory_QueryInterface(IClassFactory *iface, REFIID riid, void **obj)
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

static ULONG WINAPI vs_factory_AddRef(IClassFactory *iface)
{
    return 2;
}

static ULONG WINAPI vs_factory_Release(IClassFactory *iface)
{
    return 1;
}

static HRESULT WINAPI vs_factory_CreateInstance(IClassFactory *iface, IUnknown *outer,
                                                 REFIID riid, void **obj)
{
    if (!obj) return E_POINTER;
    return vs_create_application(outer, riid, obj);
}

static HRESULT WINAPI vs_factory_LockServer(IClassFactory *iface, BOOL lock)
{
    TRACE("%p, %d\n", iface, lock);
    return S_OK;
}

static const IClassFactoryVtbl vs_factory_vtbl =
{
    vs_factory_QueryInterface,
    vs_factory_AddRef,
    vs_factory_Release,
    vs_factory_CreateInstance,
    vs_factory_LockServer,
};

static IClassFactory vs_factory = { &vs_factory_vtbl };

HRESULT vs_get_class_object(REFCLSID clsid, REFIID riid, void **obj)
{
    if (!IsEqualCLSID(clsid, &CLSID_VMVirtualServer)) return CLASS_E_CLASSNOTAVAILABLE;
    return IClassFactory_QueryInterface(&vs_factory, riid, obj);
}

