/*
 * vpccom.dll: GetConfigurationValue of the application and of a VM.
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

/*
 * Virtual PC reads preferences and .vmc values by key path.  libvirt hosts
 * have neither; what a script can read here is what wine-vpc knows:
 *
 *   application  "idle_timeout"        the backend's IdleTimeout (seconds)
 *                "wine-vpc/hosts"      array of the hosts' names, in order
 *                "wine-vpc/host_errors" array: "" for a host that answered,
 *                                      else why it did not
 *   VM           "wine-vpc/host"       its host's name ("node2=" in Hosts,
 *                                      else the host part of its URI)
 *                "wine-vpc/host_uri"   its host's URI, without credentials
 *                "hardware/memory/ram_size"  memory in MB
 *
 * Any other key: VM_E_PREF_NOT_FOUND.  SetConfigurationValue writes what
 * has a meaning: "hardware/memory/ram_size" (as the Memory property); the
 * wine-vpc keys are what wine-vpc reports, not settings (E_INVALIDARG).
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "resource.h"


static BOOL key_is(const WCHAR *key, const WCHAR *name)
{
    return CompareStringOrdinal(key, -1, name, -1, TRUE) == CSTR_EQUAL;
}

static HRESULT pref_not_found(enum object_model model, const WCHAR *key)
{
    return set_error(model, VPC_E_PREF_NOT_FOUND, IDS_PREF_NOT_FOUND, key);
}

static HRESULT bstr_from_utf8(const char *text, VARIANT *value)
{
    WCHAR *wide = strdupAtoW_utf8(text);
    BSTR bstr = wide ? SysAllocString(wide) : NULL;

    free(wide);
    if (!bstr) return E_OUTOFMEMORY;
    V_VT(value) = VT_BSTR;
    V_BSTR(value) = bstr;
    return S_OK;
}

/* An array of strings for script: VARIANTs holding BSTRs, 0-based. */
static HRESULT string_array(char **strings, size_t count, VARIANT *value)
{
    SAFEARRAY *array;
    VARIANT *items;
    HRESULT hr = S_OK;
    size_t i;

    if (!(array = SafeArrayCreateVector(VT_VARIANT, 0, count))) return E_OUTOFMEMORY;
    if (FAILED(hr = SafeArrayAccessData(array, (void **)&items)))
    {
        SafeArrayDestroy(array);
        return hr;
    }
    for (i = 0; i < count && SUCCEEDED(hr); i++)
        hr = bstr_from_utf8(strings[i], &items[i]);
    SafeArrayUnaccessData(array);
    if (FAILED(hr))
    {
        SafeArrayDestroy(array);
        return hr;
    }
    V_VT(value) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(value) = array;
    return S_OK;
}

static HRESULT host_list_value(struct host_view *view, BOOL errors, VARIANT *value)
{
    struct snapshot *snap;
    char **strings;
    size_t i, count;
    HRESULT hr;

    if (FAILED(hr = host_view_snapshot(view, &snap))) return hr;
    count = snap->data->nhosts;
    if (!(strings = calloc(count ? count : 1, sizeof(*strings))))
    {
        snapshot_release(snap);
        return E_OUTOFMEMORY;
    }
    for (i = 0; i < count; i++)
    {
        const vpcError *err = &snap->data->hosts[i].error;
        WCHAR *text;

        if (!errors)
            strings[i] = host_view_host_name(view, i);
        else if (err->code == VPC_OK)
            strings[i] = strdup("");
        else if ((text = describe_core_error(err)))
        {
            strings[i] = strdupWtoA_utf8(text);
            LocalFree(text);
        }
        if (!strings[i]) hr = E_OUTOFMEMORY;
    }
    if (SUCCEEDED(hr)) hr = string_array(strings, count, value);
    for (i = 0; i < count; i++) free(strings[i]);
    free(strings);
    snapshot_release(snap);
    return hr;
}

HRESULT app_get_configuration_value(struct host_view *view, BSTR key, VARIANT *value)
{
    if (!value) return E_POINTER;
    V_VT(value) = VT_EMPTY;
    if (!key) key = (BSTR)L"";     /* COM's NULL BSTR */

    if (key_is(key, L"wine-vpc/hosts")) return host_list_value(view, FALSE, value);
    if (key_is(key, L"wine-vpc/host_errors")) return host_list_value(view, TRUE, value);
    if (key_is(key, L"idle_timeout"))
    {
        V_VT(value) = VT_I4;
        V_I4(value) = host_view_idle_timeout(view);
        return S_OK;
    }
    return pref_not_found(host_view_model(view), key);
}

HRESULT vm_get_configuration_value(struct vm_ref *ref, BSTR key, VARIANT *value)
{
    char *text = NULL;
    HRESULT hr;
    LONG memory;

    if (!value) return E_POINTER;
    V_VT(value) = VT_EMPTY;
    if (!key) key = (BSTR)L"";     /* COM's NULL BSTR */
    if (FAILED(hr = vm_check_exists(ref))) return hr;

    if (key_is(key, L"wine-vpc/host"))
        text = host_view_host_name_of(ref->view, ref->host_uri);
    else if (key_is(key, L"wine-vpc/host_uri"))
        text = vpcUriSanitize(ref->host_uri);
    else if (key_is(key, L"hardware/memory/ram_size"))
    {
        if (FAILED(hr = vm_get_memory(ref, &memory))) return hr;
        V_VT(value) = VT_I4;
        V_I4(value) = memory;
        return S_OK;
    }
    else return pref_not_found(host_view_model(ref->view), key);

    if (!text) return E_OUTOFMEMORY;
    hr = bstr_from_utf8(text, value);
    free(text);
    return hr;
}

HRESULT vm_set_configuration_value(struct vm_ref *ref, BSTR key, VARIANT value)
{
    VARIANT number;
    HRESULT hr;

    if (!key) key = (BSTR)L"";     /* COM's NULL BSTR */
    if (FAILED(hr = vm_check_exists(ref))) return hr;

    if (key_is(key, L"hardware/memory/ram_size"))
    {
        V_VT(&number) = VT_EMPTY;
        if (FAILED(VariantChangeType(&number, &value, 0, VT_I4)))
            return vm_ref_raise(ref, VPC_ERR_INVALID_ARG,
                                "hardware/memory/ram_size takes a number of megabytes");
        return vm_set_memory(ref, V_I4(&number));
    }
    if (key_is(key, L"wine-vpc/host") || key_is(key, L"wine-vpc/host_uri"))
        return vm_ref_raise(ref, VPC_ERR_INVALID_ARG,
                            "the wine-vpc/ keys report where the virtual machine is; they "
                            "cannot be set");
    return pref_not_found(host_view_model(ref->view), key);
}
