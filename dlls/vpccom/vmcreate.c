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
#include "resource.h"

#include "wine/debug.h"


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

/* The characters Virtual PC forbids in the name of a VM or a network. */
BOOL name_has_invalid_char(const WCHAR *name)
{
    for (; *name; name++)
        if (*name < 0x80 && strchr("*?:<>/|\\\"", *name)) return TRUE;
    return FALSE;
}

/* The VM's or network's name: 'name', or without one the file name of
 * the path, without the extension 'ext' (".vmc", ".vnc"). */
WCHAR *configuration_name(BSTR name, BSTR path, const WCHAR *ext)
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
    if (len > 4 && CompareStringOrdinal(ret + len - 4, -1, ext, -1, TRUE) == CSTR_EQUAL)
        ret[len - 4] = 0;
    return ret;
}

/* A name the script gives: not empty (unless the file names the VM), none
 * of the characters Virtual PC forbids, not too long. */
HRESULT check_vm_name(struct host_view *view, const char *host_uri, const WCHAR *vm_name,
                      BOOL may_be_empty)
{
    size_t max = host_view_model(view) == MODEL_VIRTUAL_PC ? 80 : 256;

    if (!*vm_name && !may_be_empty)
        return name_error(view, host_uri, VPC_ERR_INVALID_ARG, vm_name,
                          "a virtual machine needs a name");
    if (name_has_invalid_char(vm_name))
        return name_error(view, host_uri, VPC_ERR_NAME_INVALID, vm_name,
                          "a name may not contain * ? : < > / | \\ \"");
    if ((size_t)lstrlenW(vm_name) > max)
        return name_error(view, host_uri, VPC_ERR_INVALID_ARG, vm_name, "the name is too long");
    return S_OK;
}

/* Defines the domain (from the template, or from 'xml') and finds it in
 * the snapshot that follows. */
static HRESULT define_vm(struct host_view *view, const WCHAR *vm_name, const WCHAR *folder_name,
                         const char *xml, struct snapshot **ret_snap, size_t *index)
{
    const char *host_uri = host_view_host_uri(view, 0);
    char uuid[VPC_UUID_STRING_LEN], *utf8_name = NULL, *folder = NULL;
    const vpcVMRecord *rec;
    struct snapshot *snap;
    vpcError err;
    HRESULT hr;

    if (!(utf8_name = strdupWtoA_utf8(vm_name)) ||
        !(folder = strdupWtoA_utf8(folder_name ? folder_name : L"")))
        hr = E_OUTOFMEMORY;
    else if (FAILED(host_view_create_domain(view, host_uri, utf8_name, folder, xml, uuid, &err)))
        hr = raise_vm_error(host_view_model(view), &err, *vm_name ? vm_name : NULL);
    else
        hr = S_OK;
    free(utf8_name);
    free(folder);
    if (FAILED(hr)) return hr;

    /* The snapshot after the change holds the new domain. */
    if (FAILED(hr = host_view_snapshot(view, &snap))) return hr;
    if (!(rec = vpcSnapshotFindVM(snap->data, host_uri, uuid, 0)))
    {
        snapshot_release(snap);
        return name_error(view, host_uri, VPC_ERR_OPERATION_FAILED, vm_name,
                          "the new virtual machine is not listed by its host");
    }
    *index = rec - snap->data->vms;
    *ret_snap = snap;
    return S_OK;
}

HRESULT app_create_vm(struct host_view *view, BSTR name, BSTR path, struct snapshot **ret_snap,
                      size_t *index)
{
    WCHAR *vm_name;
    HRESULT hr;

    *ret_snap = NULL;
    if (!(vm_name = configuration_name(name, path, L".vmc"))) return E_OUTOFMEMORY;
    if (SUCCEEDED(hr = check_vm_name(view, host_view_host_uri(view, 0), vm_name, FALSE)))
        hr = define_vm(view, vm_name, path, NULL, ret_snap, index);
    free(vm_name);
    return hr;
}

/* A Win32 error reading the configuration file, with the system's words. */
HRESULT configuration_file_error(struct host_view *view, const WCHAR *file, DWORD error)
{
    WCHAR *reason = NULL;
    HRESULT hr;
    size_t len;

    FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_ALLOCATE_BUFFER |
                   FORMAT_MESSAGE_IGNORE_INSERTS, NULL, error, 0, (WCHAR *)&reason, 0, NULL);
    if (reason)
        for (len = lstrlenW(reason); len && (reason[len - 1] == '\n' || reason[len - 1] == '\r' ||
                                             reason[len - 1] == '.'); len--)
            reason[len - 1] = 0;
    hr = set_error(host_view_model(view), HRESULT_FROM_WIN32(error), IDS_CONFIG_FILE_UNREADABLE,
                   file, reason ? reason : L"?");
    LocalFree(reason);
    return hr;
}

/* An absolute Windows path: a drive's root (C:\) or a share (\\server\share). */
BOOL path_is_absolute(const WCHAR *path)
{
    return (path[0] && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) ||
           ((path[0] == '\\' || path[0] == '/') && (path[1] == '\\' || path[1] == '/'));
}

/* The configuration file as UTF-8: UTF-16 with its byte order mark (as
 * Virtual PC writes .vmc files), or UTF-8 with or without one. */
#define MAX_CONFIG_FILE_SIZE (4 * 1024 * 1024)
HRESULT read_configuration_file(struct host_view *view, const WCHAR *file, char **text)
{
    LARGE_INTEGER size;
    DWORD got = 0;
    HANDLE handle;
    char *bytes;
    HRESULT hr = S_OK;

    *text = NULL;
    handle = CreateFileW(file, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                         OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (handle == INVALID_HANDLE_VALUE) return configuration_file_error(view, file, GetLastError());
    if (!GetFileSizeEx(handle, &size)) hr = configuration_file_error(view, file, GetLastError());
    else if (size.QuadPart > MAX_CONFIG_FILE_SIZE)
        hr = configuration_file_error(view, file, ERROR_FILE_TOO_LARGE);
    else if (!(bytes = calloc(1, size.QuadPart + 2))) hr = E_OUTOFMEMORY;
    else if (!ReadFile(handle, bytes, size.LowPart, &got, NULL))
    {
        hr = configuration_file_error(view, file, GetLastError());
        free(bytes);
    }
    else if (got >= 2 && (unsigned char)bytes[0] == 0xff && (unsigned char)bytes[1] == 0xfe)
    {
        *text = strdupWtoA_utf8((const WCHAR *)(bytes + 2));
        free(bytes);
        if (!*text) hr = E_OUTOFMEMORY;
    }
    else if (got >= 3 && !memcmp(bytes, "\xef\xbb\xbf", 3))
    {
        memmove(bytes, bytes + 3, got - 3 + 1);
        *text = bytes;
    }
    else *text = bytes;
    CloseHandle(handle);
    return hr;
}

/* folder\name.ext, or without a name the file 'path' names. */
WCHAR *configuration_file_path(const WCHAR *path, const WCHAR *name, const WCHAR *ext)
{
    size_t len = lstrlenW(path);
    WCHAR *file;

    if (!*name) return strdupW(path);
    if (!(file = malloc((len + lstrlenW(name) + lstrlenW(ext) + 2) * sizeof(WCHAR)))) return NULL;
    lstrcpyW(file, path);
    if (len && path[len - 1] != '\\' && path[len - 1] != '/') lstrcatW(file, L"\\");
    lstrcatW(file, name);
    lstrcatW(file, ext);
    return file;
}

/*
 * RegisterVirtualMachine(name, folder) reads folder\name.vmc, or the file
 * 'folder' names when there is no name, on this machine (through Wine's
 * drives), and defines what it holds on the application's host: libvirt
 * domain XML, named 'name' when one is given, else as the file names it.
 */
HRESULT app_register_vm(struct host_view *view, BSTR name, BSTR path, struct snapshot **ret_snap,
                        size_t *index)
{
    const char *host_uri = host_view_host_uri(view, 0);
    WCHAR *vm_name = NULL, *file = NULL;
    char *xml = NULL;
    HRESULT hr;

    *ret_snap = NULL;
    if (!path || !*path || !path_is_absolute(path))
        return configuration_file_error(view, path ? path : L"", ERROR_BAD_PATHNAME);
    if (!(vm_name = configuration_name(name, NULL, L".vmc"))) return E_OUTOFMEMORY;
    if (FAILED(hr = check_vm_name(view, host_uri, vm_name, TRUE))) goto done;
    if (!(file = configuration_file_path(path, vm_name, L".vmc"))) hr = E_OUTOFMEMORY;
    else if (SUCCEEDED(hr = read_configuration_file(view, file, &xml)))
        hr = define_vm(view, vm_name, NULL, xml, ret_snap, index);
done:
    free(xml);
    free(file);
    free(vm_name);
    return hr;
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
