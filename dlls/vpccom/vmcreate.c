/*
 * vpccom.dll: CreateVirtualMachine, DeleteVirtualMachine and
 * UnregisterVirtualMachine of both models.
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
 * A new VM is a domain defined on the application's host (the first of
 * Hosts) from a small template (VPC_NEW_DOMAIN_TEMPLATE): libvirt keeps its
 * definition in its own directory, so the folder the script names is kept
 * in the domain's metadata only.  The name follows Virtual PC's rules (no
 * * ? : < > / | \ ", at most 80 characters for Virtual PC, 256 for Virtual
 * Server); a name given as a .vmc path loses its folder and extension.
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

static HRESULT name_error(struct host_view *view, const char *host_uri, vpcErrorCode code,
                          const WCHAR *name, const char *detail)
{
    char *display = vpcUriSanitize(host_uri);
    vpcError err;
    HRESULT hr;

    vpcErrorSet(&err, code, display ? display : "", "-", "%s", detail);
    hr = raise_vm_error(host_view_model(view), &err, name);
    free(display);
    return hr;
}

static BOOL has_invalid_char(const WCHAR *name)
{
    for (; *name; name++)
        if (*name < 0x80 && strchr("*?:<>/|\\\"", *name)) return TRUE;
    return FALSE;
}

/* The VM's name: 'name', or without one the file name of the .vmc path. */
static WCHAR *configuration_name(BSTR name, BSTR path)
{
    const WCHAR *start, *p;
    WCHAR *ret;
    size_t len;

    if (name && *name) start = name;
    else
    {
        if (!path) return strdupW(L"");
        for (start = p = path; *p; p++)
            if (*p == '\\' || *p == '/') start = p + 1;
    }
    if (!(ret = strdupW(start))) return NULL;
    len = lstrlenW(ret);
    if (len > 4 && CompareStringOrdinal(ret + len - 4, -1, L".vmc", -1, TRUE) == CSTR_EQUAL)
        ret[len - 4] = 0;
    return ret;
}

HRESULT app_create_vm(struct host_view *view, BSTR name, BSTR path, struct snapshot **ret_snap,
                      size_t *index)
{
    const char *host_uri = host_view_host_uri(view, 0);
    size_t max = host_view_model(view) == MODEL_VIRTUAL_PC ? 80 : 256;
    char uuid[VPC_UUID_STRING_LEN], *utf8_name = NULL, *folder = NULL;
    const vpcVMRecord *rec;
    struct snapshot *snap;
    WCHAR *vm_name;
    vpcError err;
    HRESULT hr;

    *ret_snap = NULL;
    if (!(vm_name = configuration_name(name, path))) return E_OUTOFMEMORY;
    if (!*vm_name)
        hr = name_error(view, host_uri, VPC_ERR_INVALID_ARG, vm_name,
                        "a virtual machine needs a name");
    else if (has_invalid_char(vm_name))
        hr = name_error(view, host_uri, VPC_ERR_NAME_INVALID, vm_name,
                        "a name may not contain * ? : < > / | \\ \"");
    else if ((size_t)lstrlenW(vm_name) > max)
        hr = name_error(view, host_uri, VPC_ERR_INVALID_ARG, vm_name, "the name is too long");
    else if (!(utf8_name = strdupWtoA_utf8(vm_name)) ||
             !(folder = strdupWtoA_utf8(path ? path : L"")))
        hr = E_OUTOFMEMORY;
    else if (FAILED(host_view_create_domain(view, host_uri, utf8_name, folder, uuid, &err)))
        hr = raise_vm_error(host_view_model(view), &err, vm_name);
    else
        hr = S_OK;
    free(utf8_name);
    free(folder);
    if (FAILED(hr))
    {
        free(vm_name);
        return hr;
    }

    /* The snapshot after the change holds the new domain. */
    if (FAILED(hr = host_view_snapshot(view, &snap)))
    {
        free(vm_name);
        return hr;
    }
    if (!(rec = vpcSnapshotFindVM(snap->data, host_uri, uuid, 0)))
    {
        snapshot_release(snap);
        hr = name_error(view, host_uri, VPC_ERR_OPERATION_FAILED, vm_name,
                        "the new virtual machine is not listed by its host");
        free(vm_name);
        return hr;
    }
    free(vm_name);
    *index = rec - snap->data->vms;
    *ret_snap = snap;
    return S_OK;
}

/* S_FALSE when the VM no longer exists, as documented. */
HRESULT app_remove_vm(struct vm_ref *ref, BOOL delete_all)
{
    vpcError err;
    HRESULT hr;

    hr = host_view_remove_domain(ref->view, ref->host_uri, ref->uuid, delete_all, &err);
    if (FAILED(hr))
        return vm_ref_raise_error(ref, &err);
    return hr;
}
