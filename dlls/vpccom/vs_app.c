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

#include <limits.h>
#include <stdlib.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "host_private.h"
#include "resource.h"
/* This file defines the model's GUIDs; the Windows headers' own GUIDs were
 * declared above and come from libuuid. */
#include "initguid.h"
#include "vs_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_app.h"

/* Percent of the first host's capacity that running VMs have not reserved. */
static HRESULT WINAPI app_get_AvailableSystemCapacity(IVMApplication *iface, VARIANT *capacity)
{
    struct application *app = impl_from_IVMApplication(iface);
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

static HRESULT WINAPI app_AttachScriptToEvent(IVMApplication *iface, VMEventType eventType,
                                              BSTR scriptCommandLine)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"AttachScriptToEvent");
}

static HRESULT WINAPI app_CreateHostDriveVirtualHardDisk(IVMApplication *iface, BSTR imagePath,
                                                         BSTR hostDriveIdentifier,
                                                         VARIANT_BOOL mountReadOnly,
                                                         IVMTask **diskTask)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"CreateHostDriveVirtualHardDisk");
}

/* A refusal of the application's host, before anything changed. */
static HRESULT network_refused(struct host_view *view, vpcErrorCode code, const char *detail)
{
    char *display = vpcUriSanitize(host_view_host_uri(view, 0));
    vpcError err;

    vpcErrorSet(&err, code, display ? display : "", NULL, "%s", detail);
    free(display);
    return raise_core_error(MODEL, &err);
}

/* An isolated libvirt network on the application's host (the first of
 * Hosts), running and autostarted; libvirt keeps its definition in its own
 * directory, so the path is not used. */
static HRESULT WINAPI app_CreateVirtualNetwork(IVMApplication *iface, BSTR virtualNetworkName,
                                               BSTR virtualNetworkPath,
                                               IVMVirtualNetwork **virtualNetwork)
{
    struct application *app = impl_from_IVMApplication(iface);
    char *name;
    vpcError err;
    HRESULT hr;

    TRACE("%p, %s, %s, %p\n", iface, debugstr_w(virtualNetworkName),
          debugstr_w(virtualNetworkPath), virtualNetwork);

    if (!virtualNetwork) return E_POINTER;
    *virtualNetwork = NULL;
    if (!virtualNetworkName || !*virtualNetworkName)
        return network_refused(app->view, VPC_ERR_INVALID_ARG, "a virtual network needs a name");
    if (name_has_invalid_char(virtualNetworkName))
        return network_refused(app->view, VPC_ERR_NAME_INVALID,
                               "a name may not contain * ? : < > / | \\ \"");
    /* Scripts find networks by name whatever the case; libvirt would take
     * "LAB" next to "Lab". */
    if ((hr = vs_find_network(app->view, virtualNetworkName, (IDispatch **)virtualNetwork)) == S_OK)
    {
        IVMVirtualNetwork_Release(*virtualNetwork);
        *virtualNetwork = NULL;
        return network_refused(app->view, VPC_ERR_DUPLICATE_NAME,
                               "a virtual network of this name exists");
    }
    if (FAILED(hr)) return hr;
    if (!(name = strdupWtoA_utf8(virtualNetworkName))) return E_OUTOFMEMORY;
    hr = host_view_change_network(app->view, 0, VPC_NETWORK_CREATE, name, NULL, NULL, &err);
    free(name);
    if (FAILED(hr)) return raise_core_error(MODEL, &err);
    hr = vs_find_network(app->view, virtualNetworkName, (IDispatch **)virtualNetwork);
    if (hr == S_FALSE)
        return network_refused(app->view, VPC_ERR_OPERATION_FAILED,
                               "the new virtual network is not listed by its host");
    return hr;
}

/* Stopped and undefined, unless running VMs use it.  The host no longer
 * having it is S_FALSE for Delete, an error for Unregister (as each is
 * documented). */
static HRESULT remove_network(struct application *app, IVMVirtualNetwork *network,
                              const WCHAR *member, BOOL missing_is_error)
{
    const char *host_uri;
    WCHAR *wide;
    char *name;
    vpcError err;
    HRESULT hr;

    if (!network) return set_error(MODEL, E_POINTER, IDS_NEEDS_NETWORK, member);
    if (FAILED(vs_network_identity(network, &host_uri, &wide)))
        return set_error(MODEL, E_INVALIDARG, IDS_NEEDS_NETWORK, member);
    name = strdupWtoA_utf8(wide);
    free(wide);
    if (!name) return E_OUTOFMEMORY;
    hr = host_view_change_network(app->view, host_view_host_index(app->view, host_uri),
                                  VPC_NETWORK_DELETE, name, NULL, NULL, &err);
    if (FAILED(hr)) hr = raise_core_error(MODEL, &err);
    else if (hr == S_FALSE && missing_is_error)
    {
        char *display = vpcUriSanitize(host_uri);

        vpcErrorSet(&err, VPC_ERR_NETWORK_UNKNOWN, display ? display : "", NULL,
                    "the host no longer has the virtual network \"%s\"", name);
        free(display);
        hr = raise_core_error(MODEL, &err);
    }
    free(name);
    return hr;
}

static HRESULT WINAPI app_DeleteVirtualNetwork(IVMApplication *iface,
                                               IVMVirtualNetwork *virtualNetworkName)
{
    TRACE("%p, %p\n", iface, virtualNetworkName);

    return remove_network(impl_from_IVMApplication(iface), virtualNetworkName,
                          L"DeleteVirtualNetwork", FALSE);
}

/* Virtual Server keeps the .vnc file; libvirt deletes its own file with
 * the definition, as for UnregisterVirtualMachine: virsh net-dumpxml
 * keeps a copy to register again. */
static HRESULT WINAPI app_UnregisterVirtualNetwork(IVMApplication *iface,
                                                   IVMVirtualNetwork *virtualNetwork)
{
    TRACE("%p, %p\n", iface, virtualNetwork);

    return remove_network(impl_from_IVMApplication(iface), virtualNetwork,
                          L"UnregisterVirtualNetwork", TRUE);
}

/*
 * RegisterVirtualNetwork(name, folder) reads folder\name.vnc (.vnc added
 * when the name has none), or without a name the file 'folder' names, on
 * this machine through Wine's drives, and defines the libvirt network XML
 * it holds on the application's host, named 'name' when one is given,
 * running and autostarted as CreateVirtualNetwork makes them.
 */
static HRESULT WINAPI app_RegisterVirtualNetwork(IVMApplication *iface, BSTR virtualNetworkName,
                                                 BSTR virtualNetworkPath,
                                                 IVMVirtualNetwork **virtualNetwork)
{
    struct application *app = impl_from_IVMApplication(iface);
    WCHAR *net_name = NULL, *file = NULL, *defined_wide = NULL;
    char *xml = NULL, *name = NULL, *defined = NULL;
    vpcError err;
    HRESULT hr;

    TRACE("%p, %s, %s, %p\n", iface, debugstr_w(virtualNetworkName),
          debugstr_w(virtualNetworkPath), virtualNetwork);

    if (!virtualNetwork) return E_POINTER;
    *virtualNetwork = NULL;
    if (!virtualNetworkPath || !*virtualNetworkPath || !path_is_absolute(virtualNetworkPath))
        return configuration_file_error(app->view, virtualNetworkPath ? virtualNetworkPath : L"",
                                        ERROR_BAD_PATHNAME);
    if (!(net_name = configuration_name(virtualNetworkName, NULL, L".vnc"))) return E_OUTOFMEMORY;
    if (name_has_invalid_char(net_name))
    {
        hr = network_refused(app->view, VPC_ERR_NAME_INVALID,
                             "a name may not contain * ? : < > / | \\ \"");
        goto done;
    }
    if (!(file = configuration_file_path(virtualNetworkPath, net_name, L".vnc")) ||
        !(name = strdupWtoA_utf8(net_name)))
    {
        hr = E_OUTOFMEMORY;
        goto done;
    }
    if (FAILED(hr = read_configuration_file(app->view, file, &xml))) goto done;
    hr = host_view_change_network(app->view, 0, VPC_NETWORK_REGISTER, name, xml, &defined, &err);
    if (FAILED(hr))
    {
        hr = raise_core_error(MODEL, &err);
        goto done;
    }
    if (!defined || !(defined_wide = strdupAtoW_utf8(defined)))
    {
        hr = E_OUTOFMEMORY;
        goto done;
    }
    hr = vs_find_network(app->view, defined_wide, (IDispatch **)virtualNetwork);
    if (hr == S_FALSE)
        hr = network_refused(app->view, VPC_ERR_OPERATION_FAILED,
                             "the registered virtual network is not listed by its host");
done:
    free(net_name);
    free(file);
    free(defined_wide);
    free(xml);
    free(name);
    free(defined);
    return hr;
}

static HRESULT WINAPI app_FetchScriptByEvent(IVMApplication *iface, VMEventType eventType,
                                             BSTR *outCommandLine)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"FetchScriptByEvent");
}

static HRESULT WINAPI app_GetFloppyDiskFiles(IVMApplication *iface,
                                             VARIANT inAdditionalSearchPaths,
                                             VARIANT *outFloppyDiskFileList)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"GetFloppyDiskFiles");
}

static HRESULT WINAPI app_GetVirtualNetworkFiles(IVMApplication *iface,
                                                 VARIANT inAdditionalSearchPaths,
                                                 VARIANT_BOOL inExcludedRegisteredVNs,
                                                 VARIANT *outVirtualNetworkFileList)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"GetVirtualNetworkFiles");
}

static HRESULT WINAPI app_QueryLocale(IVMApplication *iface, BSTR inLanguage, LONG *outLocale)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"QueryLocale");
}

static HRESULT WINAPI app_RemoveScriptFromEvent(IVMApplication *iface, VMEventType eventType)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"RemoveScriptFromEvent");
}

static HRESULT WINAPI app_VMRCCreateEncryptionCertificateRequest(IVMApplication *iface,
                                                                 BSTR distinguishedName,
                                                                 LONG keyLength, BSTR *request)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCCreateEncryptionCertificateRequest");
}

/* wine-vpc is the service: the locale it translates its messages for. */
static HRESULT WINAPI app_get_DefaultLocale(IVMApplication *iface, LONG *outLocale)
{
    TRACE("%p, %p\n", iface, outLocale);

    if (!outLocale) return E_POINTER;
    *outLocale = GetUserDefaultLCID();
    return S_OK;
}

static HRESULT WINAPI app_get_DefaultVNConfigurationPath(IVMApplication *iface,
                                                         BSTR *configurationPath)
{
    struct application *app = impl_from_IVMApplication(iface);
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, configurationPath);

    if (!configurationPath) return E_POINTER;
    *configurationPath = NULL;
    if (FAILED(hr = host_view_host_facts(app->view, 0, &facts))) return hr;
    return host_path_to_bstr(facts, facts->vnConfigDir, TRUE, configurationPath);
}

static HRESULT WINAPI app_put_Locale(IVMApplication *iface, LONG inLocale)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"Locale (write)");
}

static HRESULT WINAPI app_get_MaximumNumberOfSCSIControllers(IVMApplication *iface,
                                                             LONG *maxNumAdapters)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"MaximumNumberOfSCSIControllers");
}

static HRESULT WINAPI app_get_ProductID(IVMApplication *iface, BSTR *productID)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"ProductID");
}

static HRESULT WINAPI app_get_Security(IVMApplication *iface, IVMSecurity **security)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"Security");
}

static HRESULT WINAPI app_put_Security(IVMApplication *iface, IVMSecurity *security)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"Security (write)");
}

static HRESULT WINAPI app_get_SupportDrivers(IVMApplication *iface,
                                             IVMSupportDriverCollection **supportDriverCollection)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, supportDriverCollection);

    if (!supportDriverCollection) return E_POINTER;
    return vs_create_support_drivers(app->view, (IDispatch **)supportDriverCollection);
}

static HRESULT WINAPI app_get_VMRCAdminAddress(IVMApplication *iface, BSTR *vmrcAdminAddress)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, vmrcAdminAddress);

    if (!vmrcAdminAddress) return E_POINTER;
    return vs_vmrc_admin_address(app->view, vmrcAdminAddress);
}

static HRESULT WINAPI app_put_VMRCAdminAddress(IVMApplication *iface, BSTR vmrcAdminAddress)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCAdminAddress (write)");
}

static HRESULT WINAPI app_get_VMRCAdminPortNumber(IVMApplication *iface, LONG *vmrcAdminPortNumber)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCAdminPortNumber");
}

static HRESULT WINAPI app_put_VMRCAdminPortNumber(IVMApplication *iface, LONG vmrcAdminPortNumber)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCAdminPortNumber (write)");
}

static HRESULT WINAPI app_get_VMRCAuthenticator(IVMApplication *iface,
                                                IVMRCAuthenticator **authenticator)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, authenticator);

    if (!authenticator) return E_POINTER;
    return vs_get_authenticator(app->view, (IDispatch **)authenticator);
}

static HRESULT WINAPI app_put_VMRCAuthenticator(IVMApplication *iface,
                                                IVMRCAuthenticator *authenticator)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCAuthenticator (write)");
}

static HRESULT WINAPI app_get_VMRCAuthenticators(IVMApplication *iface,
                                                 IVMRCAuthenticatorCollection **authenticators)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, authenticators);

    if (!authenticators) return E_POINTER;
    return vs_create_authenticators(app->view, (IDispatch **)authenticators);
}

/* Some VM of the host has a remote console (VNC or SPICE). */
static HRESULT WINAPI app_get_VMRCEnabled(IVMApplication *iface, VARIANT_BOOL *isEnabled)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, isEnabled);

    if (!isEnabled) return E_POINTER;
    return vs_vmrc_enabled(app->view, isEnabled);
}

static HRESULT WINAPI app_put_VMRCEnabled(IVMApplication *iface, VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCEnabled (write)");
}

static HRESULT WINAPI app_get_VMRCEncryptionCertificate(IVMApplication *iface, BSTR *certificate)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCEncryptionCertificate");
}

static HRESULT WINAPI app_put_VMRCEncryptionCertificate(IVMApplication *iface, BSTR certificate)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCEncryptionCertificate (write)");
}

static HRESULT WINAPI app_get_VMRCEncryptionCertificateRequest(IVMApplication *iface,
                                                               BSTR *certificateRequest)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCEncryptionCertificateRequest");
}

static HRESULT WINAPI app_get_VMRCEncryptionEnabled(IVMApplication *iface, VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCEncryptionEnabled");
}

static HRESULT WINAPI app_put_VMRCEncryptionEnabled(IVMApplication *iface,
                                                    VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCEncryptionEnabled (write)");
}

static HRESULT WINAPI app_get_VMRCIdleConnectionTimeout(IVMApplication *iface, LONG *idleTimeout)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCIdleConnectionTimeout");
}

static HRESULT WINAPI app_put_VMRCIdleConnectionTimeout(IVMApplication *iface, LONG idleTimeout)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCIdleConnectionTimeout (write)");
}

static HRESULT WINAPI app_get_VMRCIdleConnectionTimeoutEnabled(IVMApplication *iface,
                                                               VARIANT_BOOL *isEnabled)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCIdleConnectionTimeoutEnabled");
}

static HRESULT WINAPI app_put_VMRCIdleConnectionTimeoutEnabled(IVMApplication *iface,
                                                               VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCIdleConnectionTimeoutEnabled (write)");
}

static HRESULT WINAPI app_get_VMRCXResolution(IVMApplication *iface, LONG *vmrcXResolution)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCXResolution");
}

static HRESULT WINAPI app_put_VMRCXResolution(IVMApplication *iface, LONG vmrcXResolution)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCXResolution (write)");
}

static HRESULT WINAPI app_get_VMRCYResolution(IVMApplication *iface, LONG *vmrcYResolution)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCYResolution");
}

static HRESULT WINAPI app_put_VMRCYResolution(IVMApplication *iface, LONG vmrcYResolution)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMRCYResolution (write)");
}

/* wine-vpc runs no event scripts (AttachScriptToEvent is not supported):
 * none is enabled. */
static HRESULT WINAPI app_get_VMScriptsEnabled(IVMApplication *iface, VARIANT_BOOL *isEnabled)
{
    TRACE("%p, %p\n", iface, isEnabled);

    if (!isEnabled) return E_POINTER;
    *isEnabled = VARIANT_FALSE;
    return S_OK;
}

static HRESULT WINAPI app_put_VMScriptsEnabled(IVMApplication *iface, VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VMScriptsEnabled (write)");
}

static HRESULT WINAPI app_get_VSScriptsEnabled(IVMApplication *iface, VARIANT_BOOL *isEnabled)
{
    TRACE("%p, %p\n", iface, isEnabled);

    if (!isEnabled) return E_POINTER;
    *isEnabled = VARIANT_FALSE;
    return S_OK;
}

static HRESULT WINAPI app_put_VSScriptsEnabled(IVMApplication *iface, VARIANT_BOOL shouldEnable)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"VSScriptsEnabled (write)");
}

static const IVMApplicationVtbl app_vtbl =
{
    app_QueryInterface,
    app_AddRef,
    app_Release,
    app_GetTypeInfoCount,
    app_GetTypeInfo,
    app_GetIDsOfNames,
    app_Invoke,
    app_AttachScriptToEvent,
    app_CreateDifferencingVirtualHardDisk,
    app_CreateDynamicVirtualHardDisk,
    app_CreateFixedVirtualHardDisk,
    app_CreateFloppyDiskImage,
    app_CreateHostDriveVirtualHardDisk,
    app_CreateVirtualMachine,
    app_CreateVirtualNetwork,
    app_DeleteVirtualMachine,
    app_DeleteVirtualNetwork,
    app_FetchScriptByEvent,
    app_FindVirtualMachine,
    app_FindVirtualNetwork,
    app_GetConfigurationValue,
    app_GetDVDFiles,
    app_GetFloppyDiskFiles,
    app_GetFloppyDiskImageType,
    app_GetHardDisk,
    app_GetHardDiskFiles,
    app_GetVirtualMachineFiles,
    app_GetVirtualNetworkFiles,
    app_QueryLocale,
    app_RegisterVirtualMachine,
    app_RegisterVirtualNetwork,
    app_RemoveConfigurationValue,
    app_RemoveScriptFromEvent,
    app_SetConfigurationValue,
    app_UnregisterVirtualMachine,
    app_UnregisterVirtualNetwork,
    app_VMRCCreateEncryptionCertificateRequest,
    app_get_AvailableSystemCapacity,
    app_get_DefaultLocale,
    app_get_DefaultVMConfigurationPath,
    app_put_DefaultVMConfigurationPath,
    app_get_DefaultVNConfigurationPath,
    app_get_HostInfo,
    app_put_Locale,
    app_get_MaximumFloppyDrivesPerVM,
    app_get_MaximumMemoryPerVM,
    app_get_MaximumNetworkAdaptersPerVM,
    app_get_MaximumNumberOfIDEBuses,
    app_get_MaximumNumberOfSCSIControllers,
    app_get_MaximumParallelPortsPerVM,
    app_get_MaximumSerialPortsPerVM,
    app_get_MinimumMemoryPerVM,
    app_get_Name,
    app_get_ProductID,
    app_get_SearchPaths,
    app_put_SearchPaths,
    app_get_Security,
    app_put_Security,
    app_get_SuggestedMaximumMemoryPerVM,
    app_get_SupportDrivers,
    app_get_Tasks,
    app_get_UnconnectedNetworkAdapters,
    app_get_UpTime,
    app_get_Version,
    app_get_VirtualMachines,
    app_get_VirtualNetworks,
    app_get_VMRCAdminAddress,
    app_put_VMRCAdminAddress,
    app_get_VMRCAdminPortNumber,
    app_put_VMRCAdminPortNumber,
    app_get_VMRCAuthenticator,
    app_put_VMRCAuthenticator,
    app_get_VMRCAuthenticators,
    app_get_VMRCEnabled,
    app_put_VMRCEnabled,
    app_get_VMRCEncryptionCertificate,
    app_put_VMRCEncryptionCertificate,
    app_get_VMRCEncryptionCertificateRequest,
    app_get_VMRCEncryptionEnabled,
    app_put_VMRCEncryptionEnabled,
    app_get_VMRCIdleConnectionTimeout,
    app_put_VMRCIdleConnectionTimeout,
    app_get_VMRCIdleConnectionTimeoutEnabled,
    app_put_VMRCIdleConnectionTimeoutEnabled,
    app_get_VMRCXResolution,
    app_put_VMRCXResolution,
    app_get_VMRCYResolution,
    app_put_VMRCYResolution,
    app_get_VMScriptsEnabled,
    app_put_VMScriptsEnabled,
    app_get_VSScriptsEnabled,
    app_put_VSScriptsEnabled,
};
