/*
 * vpccom.dll: virtual machine references and the properties both object
 * models read the same way.
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
 * A script's VM object names a domain by host URI and UUID, never by a
 * libvirt handle: every read looks the domain up in the current snapshot,
 * so a VM that was undefined gives VM_E_VM_UNKNOWN, a VM on a host that
 * went away gives an error naming that host, and nothing is ever stale.
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"

#include "wine/debug.h"


HRESULT vm_ref_init(struct vm_ref *ref, struct host_view *view, const struct snapshot *snap,
                    size_t index)
{
    const vpcVMRecord *rec = &snap->data->vms[index];

    memset(ref, 0, sizeof(*ref));
    if (!(ref->host_uri = strdup(snap->data->hosts[rec->hostIndex].uri)) ||
        !(ref->name = strdupAtoW_utf8(rec->name)))
    {
        vm_ref_cleanup(ref);
        return E_OUTOFMEMORY;
    }
    memcpy(ref->uuid, rec->uuid, sizeof(ref->uuid));
    InitializeSRWLock(&ref->lock);
    ref->hint = index;
    ref->view = view;
    host_view_addref(view);
    return S_OK;
}

void vm_ref_cleanup(struct vm_ref *ref)
{
    free(ref->host_uri);
    free(ref->name);
    if (ref->view) host_view_release(ref->view);
    memset(ref, 0, sizeof(*ref));
}

HRESULT vm_ref_copy(struct vm_ref *dst, const struct vm_ref *src)
{
    /* Taking the lock does not change what src holds. */
    SRWLOCK *lock = (SRWLOCK *)&src->lock;

    AcquireSRWLockShared(lock);
    *dst = *src;
    dst->name = strdupW(src->name);
    ReleaseSRWLockShared(lock);
    InitializeSRWLock(&dst->lock);
    dst->host_uri = strdup(src->host_uri);
    if (!dst->host_uri || !dst->name)
    {
        free(dst->host_uri);
        free(dst->name);
        memset(dst, 0, sizeof(*dst));
        return E_OUTOFMEMORY;
    }
    host_view_addref(dst->view);
    return S_OK;
}

/* A copy of the name the VM had when last seen, for the caller to free. */
WCHAR *vm_ref_name(struct vm_ref *ref)
{
    WCHAR *name;

    AcquireSRWLockShared(&ref->lock);
    name = strdupW(ref->name);
    ReleaseSRWLockShared(&ref->lock);
    return name;
}

/* err, with the VM's name in whole where it names the VM (err.vm holds
 * only the start of a long one). */
HRESULT vm_ref_raise_error(struct vm_ref *ref, const vpcError *err)
{
    WCHAR *name = err->vm[0] ? vm_ref_name(ref) : NULL;
    HRESULT hr = raise_vm_error(host_view_model(ref->view), err, name);

    free(name);
    return hr;
}

HRESULT vm_ref_raise(struct vm_ref *ref, vpcErrorCode code, const char *detail)
{
    char *display = vpcUriSanitize(ref->host_uri);
    vpcError err;
    HRESULT hr;

    vpcErrorSet(&err, code, display ? display : "", ref->uuid, "%s", detail ? detail : "");
    hr = vm_ref_raise_error(ref, &err);
    free(display);
    return hr;
}

static const vpcHostStatus *find_host_status(const vpcSnapshot *data, const char *uri)
{
    size_t i;

    for (i = 0; i < data->nhosts; i++)
        if (!strcmp(data->hosts[i].uri, uri)) return &data->hosts[i];
    return NULL;
}

HRESULT vm_ref_lookup(struct vm_ref *ref, struct snapshot **ret_snap, const vpcVMRecord **ret_rec)
{
    const vpcHostStatus *status;
    const vpcVMRecord *rec;
    struct snapshot *snap;
    WCHAR *name;
    size_t hint;
    HRESULT hr;

    *ret_snap = NULL;
    *ret_rec = NULL;
    if (FAILED(hr = host_view_snapshot(ref->view, &snap))) return hr;

    AcquireSRWLockShared(&ref->lock);
    hint = ref->hint;
    ReleaseSRWLockShared(&ref->lock);
    if (!(rec = vpcSnapshotFindVM(snap->data, ref->host_uri, ref->uuid, hint)))
    {
        status = find_host_status(snap->data, ref->host_uri);
        if (status && status->error.code != VPC_OK)
            hr = vm_ref_raise(ref, status->error.code, status->error.detail);
        else
            hr = vm_ref_raise(ref, VPC_ERR_VM_UNKNOWN, NULL);
        snapshot_release(snap);
        return hr;
    }

    name = strdupAtoW_utf8(rec->name);
    AcquireSRWLockExclusive(&ref->lock);
    ref->hint = rec - snap->data->vms;
    if (name)
    {
        free(ref->name);
        ref->name = name;
    }
    ReleaseSRWLockExclusive(&ref->lock);
    *ret_snap = snap;
    *ret_rec = rec;
    return S_OK;
}

HRESULT vm_check_exists(struct vm_ref *ref)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    HRESULT hr;

    if (SUCCEEDED(hr = vm_ref_lookup(ref, &snap, &rec))) snapshot_release(snap);
    return hr;
}

HRESULT vm_get_name(struct vm_ref *ref, BSTR *name)
{
    HRESULT hr;

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    AcquireSRWLockShared(&ref->lock);
    *name = SysAllocString(ref->name);
    ReleaseSRWLockShared(&ref->lock);
    return *name ? S_OK : E_OUTOFMEMORY;
}

HRESULT vm_get_state(struct vm_ref *ref, int *state)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    HRESULT hr;

    if (!state) return E_POINTER;
    *state = VPC_VM_STATE_INVALID;
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;
    *state = rec->state;
    snapshot_release(snap);
    return S_OK;
}

HRESULT vm_get_config_id(struct vm_ref *ref, BSTR *id)
{
    WCHAR *uuid;
    HRESULT hr;

    if (!id) return E_POINTER;
    *id = NULL;
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    if (!(uuid = strdupAtoW_utf8(ref->uuid))) return E_OUTOFMEMORY;
    *id = SysAllocString(uuid);
    free(uuid);
    return *id ? S_OK : E_OUTOFMEMORY;
}

HRESULT vm_get_memory(struct vm_ref *ref, LONG *megabytes)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    HRESULT hr;

    if (!megabytes) return E_POINTER;
    *megabytes = 0;
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;
    *megabytes = rec->memoryKiB / 1024;
    snapshot_release(snap);
    return S_OK;
}

/* The domain's <description>, from its facts: a METADATA_CHANGE event
 * (anyone's change) makes the next read see a new one. */
HRESULT vm_get_notes(struct vm_ref *ref, BSTR *notes)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!notes) return E_POINTER;
    *notes = NULL;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    hr = return_utf8(facts.facts->description, notes);
    vm_facts_release(&facts);
    return hr;
}

HRESULT vm_start_action(struct vm_ref *ref, vpcAction action, vpcTaskId *task_id)
{
    vpcError err;
    HRESULT hr;

    if (FAILED(hr = vm_check_exists(ref))) return hr;
    if (FAILED(host_view_start_action(ref->view, ref->host_uri, ref->uuid, action, task_id, &err)))
        return vm_ref_raise_error(ref, &err);
    return S_OK;
}

HRESULT vm_run_action(struct vm_ref *ref, vpcAction action)
{
    struct task_ref task;
    vpcTaskId id;
    HRESULT hr;

    if (FAILED(hr = vm_start_action(ref, action, &id))) return hr;
    if (FAILED(hr = task_ref_init(&task, ref, id, action))) return hr;
    /* The task's libvirt call is itself bounded (keepalive on remote hosts). */
    if (SUCCEEDED(hr = task_wait(&task, -1)) && task.final.error.code != VPC_OK)
        hr = vm_ref_raise_error(ref, &task.final.error);
    task_ref_cleanup(&task);
    return hr;
}

/* "WEB01" matches on any host, "node2/WEB01" only on the host named node2
 * (see vpcHostName), or whose URI is node2. */
static BOOL host_matches(struct host_view *view, const vpcHostStatus *host, unsigned int index,
                         const WCHAR *part, int len)
{
    char *name = host_view_host_name(view, index);
    const char *candidates[] = { name, host->uri, host->displayUri };
    BOOL match = FALSE;
    unsigned int i;
    WCHAR *text;

    for (i = 0; i < ARRAY_SIZE(candidates) && !match; i++)
    {
        if (!candidates[i] || !(text = strdupAtoW_utf8(candidates[i]))) continue;
        match = CompareStringOrdinal(text, -1, part, len, TRUE) == CSTR_EQUAL;
        free(text);
    }
    free(name);
    return match;
}

HRESULT find_vm_index(struct host_view *view, const WCHAR *name, struct snapshot **ret_snap,
                      size_t *index)
{
    const WCHAR *slash = NULL, *vm_name, *p;
    const vpcHostStatus *down = NULL;
    struct snapshot *snap;
    vpcSnapshot *data;
    size_t i;
    HRESULT hr;

    *ret_snap = NULL;
    for (p = name; *p; p++)
        if (*p == '/') slash = p;
    vm_name = slash ? slash + 1 : name;
    if (FAILED(hr = host_view_snapshot(view, &snap))) return hr;
    data = snap->data;

    for (i = 0; i < data->nhosts; i++)
    {
        if (slash && !host_matches(view, &data->hosts[i], i, name, slash - name)) continue;
        if (data->hosts[i].error.code != VPC_OK && !down) down = &data->hosts[i];
    }

    for (i = 0; i < data->nvms; i++)
    {
        const vpcVMRecord *rec = &data->vms[i];
        WCHAR *rec_name;
        BOOL match;

        if (slash && !host_matches(view, &data->hosts[rec->hostIndex], rec->hostIndex, name,
                                   slash - name))
            continue;
        if (!(rec_name = strdupAtoW_utf8(rec->name))) continue;
        match = CompareStringOrdinal(rec_name, -1, vm_name, -1, TRUE) == CSTR_EQUAL;
        free(rec_name);
        if (match)
        {
            *index = i;
            *ret_snap = snap;
            return S_OK;
        }
    }

    /* Not on any host that answered: if one did not, the VM may be there. */
    if (down)
    {
        vpcError err = down->error;
        char *vm = strdupWtoA_utf8(vm_name);

        if (vm) snprintf(err.vm, sizeof(err.vm), "%s", vm);
        free(vm);
        hr = raise_core_error(host_view_model(view), &err);
        snapshot_release(snap);
        return hr;
    }
    snapshot_release(snap);
    return S_FALSE;
}

/* Writes: checked by the backend against the VM's state, applied whole or
 * not at all, the error naming the VM as the script knows it. */
HRESULT vm_configure(struct vm_ref *ref, vpcConfigItem item, const char *text, int64_t number)
{
    vpcError err;
    HRESULT hr;

    if (FAILED(hr = vm_check_exists(ref))) return hr;
    if (FAILED(host_view_configure(ref->view, ref->host_uri, ref->uuid, item, text, number, &err)))
        return vm_ref_raise_error(ref, &err);
    return S_OK;
}

HRESULT vm_set_notes(struct vm_ref *ref, BSTR notes)
{
    char *text = strdupWtoA_utf8(notes ? notes : L"");
    HRESULT hr;

    if (!text) return E_OUTOFMEMORY;
    hr = vm_configure(ref, VPC_CONFIG_NOTES, text, 0);
    free(text);
    return hr;
}

HRESULT vm_set_name(struct vm_ref *ref, BSTR name)
{
    char *text;
    HRESULT hr;

    if (!name) return E_POINTER;
    if (FAILED(hr = vm_check_exists(ref)) ||
        FAILED(hr = check_vm_name(ref->view, ref->host_uri, name, FALSE)))
        return hr;
    if (!(text = strdupWtoA_utf8(name))) return E_OUTOFMEMORY;
    hr = vm_configure(ref, VPC_CONFIG_NAME, text, 0);
    free(text);
    return hr;
}

/* A serial number or asset tag: 1 to 32 characters, for a VM that is off
 * and not saved. */
#define SMBIOS_LENGTH "an SMBIOS string has 1 to 32 characters"

HRESULT vm_set_smbios(struct vm_ref *ref, vpcSmbiosString which, BSTR value)
{
    char *text;
    HRESULT hr;

    /* NULL is E_POINTER, as documented, but with the reason a script can
     * show (through IDispatch a bare code reaches it without one). */
    if (!value)
    {
        vm_ref_raise(ref, VPC_ERR_INVALID_ARG, SMBIOS_LENGTH);
        return E_POINTER;
    }
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    if (!*value || lstrlenW(value) > VPC_SMBIOS_STRING_MAX)
        return vm_ref_raise(ref, VPC_ERR_INVALID_ARG, SMBIOS_LENGTH);
    if (!(text = strdupWtoA_utf8(value))) return E_OUTOFMEMORY;
    hr = vm_configure(ref, VPC_CONFIG_SMBIOS, text, which);
    free(text);
    return hr;
}

HRESULT vm_set_memory(struct vm_ref *ref, LONG megabytes)
{
    return vm_configure(ref, VPC_CONFIG_MEMORY_MB, NULL, megabytes);
}

HRESULT vm_set_autostart(struct vm_ref *ref, BOOL autostart)
{
    return vm_configure(ref, VPC_CONFIG_AUTOSTART, NULL, autostart ? 1 : 0);
}
