/*
 * A VM's inventory facts as scripts read them: the process's cache of the
 * backend's answers, the paths shown to scripts, and the VM members that
 * read nothing else (docs/inventory-mapping.md §2, §4.3).
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
 * The cache: per host, the facts of all its VMs from one round trip.  A
 * read uses them while the snapshot (itself at most half a second old)
 * carries the same facts generation for the VM, which libvirt's events
 * move, and while their live values (autostart, sizes) are younger than
 * VPC_FACTS_LIVE_MAX_AGE_MS.  An inventory of N VMs therefore costs one
 * facts round trip per host and per two seconds, whatever N.
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "resource.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

struct facts_set
{
    LONG ref;
    char *host_uri;
    vpcFactsList list;
    int64_t fetched_ms;
    BOOL guest_agent;           /* asked with the guest agent's data */
};

static SRWLOCK facts_lock = SRWLOCK_INIT;
static struct facts_set **facts_sets;
static size_t facts_count;

static void facts_set_release(struct facts_set *set)
{
    if (!set || InterlockedDecrement(&set->ref)) return;
    vpcFactsListClear(&set->list);
    free(set->host_uri);
    free(set);
}

void vm_facts_release(struct vm_facts *facts)
{
    facts_set_release(facts->set);
    memset(facts, 0, sizeof(*facts));
}

/* The entry of 'host_uri', created empty when there is none. */
static struct facts_set **facts_slot(const char *host_uri)
{
    struct facts_set **sets;
    size_t i;

    for (i = 0; i < facts_count; i++)
        if (!strcmp(facts_sets[i]->host_uri, host_uri)) return &facts_sets[i];
    if (!(sets = realloc(facts_sets, (facts_count + 1) * sizeof(*sets)))) return NULL;
    facts_sets = sets;
    if (!(sets[facts_count] = calloc(1, sizeof(**sets)))) return NULL;
    sets[facts_count]->ref = 1;
    if (!(sets[facts_count]->host_uri = strdup(host_uri)))
    {
        free(sets[facts_count]);
        return NULL;
    }
    return &facts_sets[facts_count++];
}

HRESULT vm_facts_get(struct vm_ref *ref, struct vm_facts *out)
{
    const vpcVMFacts *facts = NULL;
    struct facts_set **slot, *set;
    const vpcVMRecord *rec;
    struct snapshot *snap;
    uint32_t generation;
    vpcError err;
    HRESULT hr;

    memset(out, 0, sizeof(*out));
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;
    generation = rec->factsGeneration;
    out->state = rec->state;
    out->running = rec->running;
    snapshot_release(snap);

    AcquireSRWLockExclusive(&facts_lock);
    if (!(slot = facts_slot(ref->host_uri)))
    {
        ReleaseSRWLockExclusive(&facts_lock);
        return E_OUTOFMEMORY;
    }
    facts = vpcFactsListFind(&(*slot)->list, ref->uuid);
    if (!facts || facts->generation != generation || !(*slot)->fetched_ms ||
        (*slot)->guest_agent != host_view_guest_agent(ref->view) ||
        vpcNowMonotonicMs() - (*slot)->fetched_ms > VPC_FACTS_LIVE_MAX_AGE_MS)
    {
        if (!(set = calloc(1, sizeof(*set))) || !(set->host_uri = strdup(ref->host_uri)))
        {
            free(set);
            ReleaseSRWLockExclusive(&facts_lock);
            return E_OUTOFMEMORY;
        }
        set->ref = 1;
        TRACE("facts of %s: one round trip\n", debugstr_a(ref->host_uri));
        if (FAILED(host_view_vm_facts(ref->view, ref->host_uri, &set->list, &err)))
        {
            facts_set_release(set);
            ReleaseSRWLockExclusive(&facts_lock);
            return vm_ref_raise(ref, err.code, err.detail);
        }
        set->fetched_ms = vpcNowMonotonicMs();
        set->guest_agent = host_view_guest_agent(ref->view);
        facts_set_release(*slot);
        *slot = set;
        facts = vpcFactsListFind(&set->list, ref->uuid);
    }
    set = *slot;
    InterlockedIncrement(&set->ref);
    ReleaseSRWLockExclusive(&facts_lock);

    /* Undefined between the snapshot and the facts. */
    if (!facts)
    {
        facts_set_release(set);
        return vm_ref_raise(ref, VPC_ERR_VM_UNKNOWN, NULL);
    }
    if (!facts->known)
    {
        hr = vm_ref_raise(ref, facts->error.code, facts->error.detail);
        facts_set_release(set);
        return hr;
    }
    out->set = set;
    out->facts = facts;
    return S_OK;
}

/* The error of a VM member, with the VM's name and host in the text. */
HRESULT vm_fact_error(struct vm_ref *ref, HRESULT hr, UINT string_id, const WCHAR *what)
{
    char *display = vpcUriSanitize(ref->host_uri);
    WCHAR *host = strdupAtoW_utf8(display ? display : "");
    WCHAR *name = vm_ref_name(ref);

    hr = set_error(host_view_model(ref->view), hr, string_id, name ? name : L"", host ? host : L"",
                   what);
    free(name);
    free(host);
    free(display);
    return hr;
}

/* §2.2: this machine's paths as Wine shows them, another host's as UNC. */
WCHAR *script_path(const char *host_uri, const char *path)
{
    char *remote = vpcUriRemoteHost(host_uri), *unc;
    WCHAR *dos, *ret, *p;
    size_t len;

    if (!*path)
    {
        free(remote);
        return strdupW(L"");
    }
    if (remote)
    {
        len = strlen(remote) + strlen(path) + 3;
        if (!(unc = malloc(len)))
        {
            free(remote);
            return NULL;
        }
        snprintf(unc, len, "\\\\%s%s%s", remote, *path == '/' ? "" : "\\", path);
        free(remote);
        ret = strdupAtoW_utf8(unc);
        free(unc);
        for (p = ret; p && *p; p++)
            if (*p == '/') *p = '\\';
        return ret;
    }
    if ((dos = wine_get_dos_file_name(path)))
    {
        ret = strdupW(dos);
        HeapFree(GetProcessHeap(), 0, dos);
        return ret;
    }
    /* Outside every drive: the Unix path, which is still the truth. */
    return strdupAtoW_utf8(path);
}

static HRESULT return_string(const WCHAR *text, BSTR *ret)
{
    if (!text) return E_OUTOFMEMORY;
    return (*ret = SysAllocString(text)) ? S_OK : E_OUTOFMEMORY;
}

HRESULT return_utf8(const char *text, BSTR *ret)
{
    WCHAR *wide = strdupAtoW_utf8(text);
    HRESULT hr = return_string(wide, ret);

    free(wide);
    return hr;
}

HRESULT return_script_path(struct vm_ref *ref, const char *path, BSTR *ret)
{
    WCHAR *wide = script_path(ref->host_uri, path);
    HRESULT hr = return_string(wide, ret);

    free(wide);
    return hr;
}

/* The VM's scalar members */

HRESULT vm_get_account_name(struct vm_ref *ref, BSTR *name)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    hr = return_utf8(facts.facts->accountName, name);
    vm_facts_release(&facts);
    return hr;
}

HRESULT vm_get_run_as_defined_account(struct vm_ref *ref, VARIANT_BOOL *defined)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!defined) return E_POINTER;
    *defined = VARIANT_FALSE;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    *defined = facts.facts->staticAccount ? VARIANT_TRUE : VARIANT_FALSE;
    vm_facts_release(&facts);
    return S_OK;
}

HRESULT vm_get_autostart(struct vm_ref *ref, int *autostart)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!autostart) return E_POINTER;
    *autostart = 0;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    /* libvirt has "always" and "never", no "if running at quit". */
    if (facts.facts->autostart < 0)
        hr = vm_fact_error(ref, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"AutoStartAtLaunch");
    else
        *autostart = facts.facts->autostart;
    vm_facts_release(&facts);
    return hr;
}

/* libvirt starts its autostart domains with the driver, without a delay. */
HRESULT vm_get_autostart_delay(struct vm_ref *ref, LONG *delay)
{
    HRESULT hr;

    if (!delay) return E_POINTER;
    *delay = 0;
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    return S_OK;
}

HRESULT vm_get_smbios(struct vm_ref *ref, vpcSmbiosString which, BSTR *value)
{
    struct vm_facts facts;
    const char *text;
    HRESULT hr;

    if (!value) return E_POINTER;
    *value = NULL;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    switch (which)
    {
    case VPC_SMBIOS_BIOS_SERIAL: text = facts.facts->biosSerial; break;
    case VPC_SMBIOS_BASEBOARD_SERIAL: text = facts.facts->baseBoardSerial; break;
    case VPC_SMBIOS_CHASSIS_SERIAL: text = facts.facts->chassisSerial; break;
    default: text = facts.facts->chassisAsset; break;
    }
    hr = return_utf8(text, value);
    vm_facts_release(&facts);
    return hr;
}

/* libvirt makes the SMBIOS system UUID the domain's UUID (it refuses any
 * other): Windows shows it as a GUID, braced and in upper case. */
HRESULT vm_get_bios_guid(struct vm_ref *ref, BSTR *guid)
{
    WCHAR text[VPC_UUID_STRING_LEN + 2];
    HRESULT hr;
    size_t i;

    if (!guid) return E_POINTER;
    *guid = NULL;
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    text[0] = '{';
    for (i = 0; ref->uuid[i]; i++)
        text[i + 1] = (ref->uuid[i] >= 'a' && ref->uuid[i] <= 'f') ? ref->uuid[i] - 'a' + 'A'
                                                                   : ref->uuid[i];
    text[i + 1] = '}';
    text[i + 2] = 0;
    return return_string(text, guid);
}

HRESULT vm_get_file(struct vm_ref *ref, BSTR *file)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!file) return E_POINTER;
    *file = NULL;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    hr = return_script_path(ref, facts.facts->file, file);
    vm_facts_release(&facts);
    return hr;
}

HRESULT vm_get_cpu_feature(struct vm_ref *ref, unsigned int feature, const WCHAR *member,
                           VARIANT_BOOL *has)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!has) return E_POINTER;
    *has = VARIANT_FALSE;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    /* Without a model libvirt can expand, the hypervisor's default CPU
     * decides, and libvirt does not say what that is. */
    if (!facts.facts->cpuFeaturesKnown)
        hr = vm_fact_error(ref, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, member);
    else
        *has = facts.facts->cpuFeatures & feature ? VARIANT_TRUE : VARIANT_FALSE;
    vm_facts_release(&facts);
    return hr;
}

/* A VM runs at its host's clock. */
HRESULT vm_get_processor_speed(struct vm_ref *ref, LONG *mhz)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!mhz) return E_POINTER;
    *mhz = 0;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    if (!facts.facts->hostMhz)
        hr = vm_fact_error(ref, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"ProcessorSpeed");
    else
        *mhz = facts.facts->hostMhz;
    vm_facts_release(&facts);
    return hr;
}

HRESULT vm_get_saved_state_path(struct vm_ref *ref, BSTR *path)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!path) return E_POINTER;
    *path = NULL;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    if (!facts.facts->savedStateFile)
        hr = vm_ref_raise(ref, VPC_ERR_VM_NO_SAVED_STATE, NULL);
    else if (!*facts.facts->savedStateFile)
        /* A driver that keeps the state without a file (the test driver). */
        hr = vm_fact_error(ref, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"SavedStateFilePath");
    else
        hr = return_script_path(ref, facts.facts->savedStateFile, path);
    vm_facts_release(&facts);
    return hr;
}

/* Undo disks are libvirt's transient disks, whose writes are discarded. */
HRESULT vm_get_undoable(struct vm_ref *ref, VARIANT_BOOL *undoable)
{
    struct vm_facts facts;
    HRESULT hr;
    size_t i;

    if (!undoable) return E_POINTER;
    *undoable = VARIANT_FALSE;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    for (i = 0; i < facts.facts->ndrives; i++)
        if (facts.facts->drives[i].transient) *undoable = VARIANT_TRUE;
    vm_facts_release(&facts);
    return S_OK;
}

/* Discarding is the only undo behaviour libvirt has (vmUndoAction_Discard). */
HRESULT vm_get_undo_action(struct vm_ref *ref, int *action)
{
    HRESULT hr;

    if (!action) return E_POINTER;
    *action = 0;
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    return S_OK;
}
