/*
 * vpccom.dll: the accountant's readings, shared by both object models.
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
 * Types as documented: byte counters are VT_DECIMAL (exact beyond 2^53),
 * CPUUtilization and UpTime are long, the history a 60-byte VT_UI1 array.
 * A VM that is not running answers S_FALSE with zeros (60 zeros for the
 * history); a VM that no longer exists fails with VM_E_VM_UNKNOWN.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

static void decimal_from_counter(uint64_t value, VARIANT *ret)
{
    vpcDecimal dec = vpcDecimalFromU64(value);
    DECIMAL decimal;

    memset(&decimal, 0, sizeof(decimal));
    decimal.Hi32 = dec.hi32;
    decimal.Lo64 = dec.lo64;
    /* The DECIMAL overlays the whole VARIANT, vt included: type it last. */
    V_DECIMAL(ret) = decimal;
    V_VT(ret) = VT_DECIMAL;
}

HRESULT accountant_get_counter(struct vm_ref *ref, enum vpc_counter which, VARIANT *ret)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    uint64_t value = 0;
    HRESULT hr;

    if (!ret) return E_POINTER;
    V_VT(ret) = VT_EMPTY;
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;

    switch (which)
    {
    case COUNTER_NET_RECEIVED: value = rec->counters.netRx; break;
    case COUNTER_NET_SENT: value = rec->counters.netTx; break;
    case COUNTER_DISK_READ: value = rec->counters.diskRead; break;
    case COUNTER_DISK_WRITTEN: value = rec->counters.diskWritten; break;
    }
    decimal_from_counter(rec->running ? value : 0, ret);
    hr = rec->running ? S_OK : S_FALSE;
    snapshot_release(snap);
    return hr;
}

HRESULT accountant_get_cpu(struct vm_ref *ref, LONG *percent)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    HRESULT hr;

    if (!percent) return E_POINTER;
    *percent = 0;
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;
    *percent = rec->running ? rec->cpuUtilization : 0;
    hr = rec->running ? S_OK : S_FALSE;
    snapshot_release(snap);
    return hr;
}

HRESULT accountant_get_uptime(struct vm_ref *ref, LONG *seconds)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    HRESULT hr;

    if (!seconds) return E_POINTER;
    *seconds = 0;
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;
    if (rec->running)
        *seconds = rec->uptimeSeconds > INT32_MAX ? INT32_MAX : (LONG)rec->uptimeSeconds;
    hr = rec->running ? S_OK : S_FALSE;
    snapshot_release(snap);
    return hr;
}

HRESULT accountant_get_history(struct vm_ref *ref, VARIANT *ret)
{
    const vpcVMRecord *rec;
    struct snapshot *snap;
    SAFEARRAY *array;
    BYTE *data;
    HRESULT hr;

    if (!ret) return E_POINTER;
    V_VT(ret) = VT_EMPTY;
    if (FAILED(hr = vm_ref_lookup(ref, &snap, &rec))) return hr;

    if (!(array = SafeArrayCreateVector(VT_UI1, 0, VPC_HISTORY_SECONDS)))
    {
        snapshot_release(snap);
        return E_OUTOFMEMORY;
    }
    if (SUCCEEDED(hr = SafeArrayAccessData(array, (void **)&data)))
    {
        if (rec->running) memcpy(data, rec->history, VPC_HISTORY_SECONDS);
        else memset(data, 0, VPC_HISTORY_SECONDS);
        SafeArrayUnaccessData(array);
        V_VT(ret) = VT_ARRAY | VT_UI1;
        V_ARRAY(ret) = array;
        hr = rec->running ? S_OK : S_FALSE;
    }
    else SafeArrayDestroy(array);
    snapshot_release(snap);
    return hr;
}

/*
 * Wine's VBScript can neither For Each over nor index a VT_UI1 array, and
 * the documented example scripts do both.  Through IDispatch, therefore,
 * the history is handed out as an array of VARIANTs holding VT_UI1 values;
 * early-bound callers still get the documented byte array.  A virtual
 * network's histories (VT_UI4 arrays) take the same way.
 */
void accountant_history_for_script(VARIANT *result)
{
    SAFEARRAY *variants;
    VARIANT *items;
    void *values;
    VARTYPE vt;
    LONG lower, upper, i;

    if (!result || (V_VT(result) != (VT_ARRAY | VT_UI1) && V_VT(result) != (VT_ARRAY | VT_UI4)))
        return;
    vt = V_VT(result) & VT_TYPEMASK;
    if (FAILED(SafeArrayGetLBound(V_ARRAY(result), 1, &lower)) ||
        FAILED(SafeArrayGetUBound(V_ARRAY(result), 1, &upper)) ||
        !(variants = SafeArrayCreateVector(VT_VARIANT, lower, upper - lower + 1)))
        return;

    if (SUCCEEDED(SafeArrayAccessData(V_ARRAY(result), &values)))
    {
        if (SUCCEEDED(SafeArrayAccessData(variants, (void **)&items)))
        {
            for (i = 0; i <= upper - lower; i++)
            {
                V_VT(&items[i]) = vt;
                if (vt == VT_UI1) V_UI1(&items[i]) = ((BYTE *)values)[i];
                else V_UI4(&items[i]) = ((ULONG *)values)[i];
            }
            SafeArrayUnaccessData(variants);
        }
        SafeArrayUnaccessData(V_ARRAY(result));
    }
    VariantClear(result);
    V_VT(result) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(result) = variants;
}

/*
 * Scheduling is read for every VM of a host at once: one request answers
 * a dump of all of them.  An answer serves for the snapshot freshness
 * window, as counters do, and not after a write of this process
 * (host_view_changes); each VM object keeps its own values for the same
 * time, so that repeated reads do not search the host's list.
 */
struct scheduling_set
{
    char *host_uri;
    vpcSchedulingList list;
    int64_t fetched_ms;         /* 0: never */
    LONG changes;
};

static SRWLOCK scheduling_lock = SRWLOCK_INIT;
static struct scheduling_set *scheduling_sets;
static size_t scheduling_set_count;

static struct scheduling_set *scheduling_set_of(const char *host_uri)
{
    struct scheduling_set *sets;
    size_t i;

    for (i = 0; i < scheduling_set_count; i++)
        if (!strcmp(scheduling_sets[i].host_uri, host_uri)) return &scheduling_sets[i];
    if (!(sets = realloc(scheduling_sets, (scheduling_set_count + 1) * sizeof(*sets))))
        return NULL;
    scheduling_sets = sets;
    memset(&sets[scheduling_set_count], 0, sizeof(*sets));
    if (!(sets[scheduling_set_count].host_uri = strdup(host_uri))) return NULL;
    return &scheduling_sets[scheduling_set_count++];
}

/* The VM's entry in its host's list, asked again when stale or absent, and
 * when it holds an error: a read that failed is tried again, as before. */
static HRESULT scheduling_entry(struct vm_ref *ref, LONG changes, vpcScheduling *sched,
                                int64_t *fetched_ms)
{
    const vpcSchedulingEntry *entry = NULL;
    struct scheduling_set *set;
    vpcSchedulingList list;
    int64_t now = vpcNowMonotonicMs();
    vpcError err;
    HRESULT hr = S_OK;

    AcquireSRWLockExclusive(&scheduling_lock);
    if (!(set = scheduling_set_of(ref->host_uri)))
    {
        ReleaseSRWLockExclusive(&scheduling_lock);
        return E_OUTOFMEMORY;
    }
    if (set->fetched_ms && set->changes == changes &&
        now - set->fetched_ms <= VPC_SNAPSHOT_MAX_AGE_MS)
        entry = vpcSchedulingListFind(&set->list, ref->uuid);
    if (!entry || entry->error)
    {
        if (FAILED(host_view_host_scheduling(ref->view, ref->host_uri, &list, &err)))
        {
            ReleaseSRWLockExclusive(&scheduling_lock);
            return vm_ref_raise(ref, err.code, err.detail);
        }
        vpcSchedulingListClear(&set->list);
        set->list = list;
        set->fetched_ms = now;
        set->changes = changes;
        entry = vpcSchedulingListFind(&set->list, ref->uuid);
    }
    if (!entry)
        vpcErrorSet(&err, VPC_ERR_VM_UNKNOWN, NULL, NULL, NULL);
    else if (entry->error)
        err = *entry->error;
    else
    {
        *sched = entry->sched;
        *fetched_ms = set->fetched_ms;
    }
    ReleaseSRWLockExclusive(&scheduling_lock);
    if (!entry || entry->error) hr = vm_ref_raise(ref, err.code, err.detail);
    return hr;
}

/* The five scheduling members of a VM, from its host's list. */
static HRESULT get_scheduling(struct vm_ref *ref, vpcScheduling *sched)
{
    LONG changes = host_view_changes();
    int64_t now = vpcNowMonotonicMs(), fetched_ms;
    HRESULT hr;
    BOOL cached;

    if (FAILED(hr = vm_check_exists(ref))) return hr;
    AcquireSRWLockShared(&ref->lock);
    if ((cached = ref->sched_valid && ref->sched_changes == changes &&
                  now - ref->sched_at_ms <= VPC_SNAPSHOT_MAX_AGE_MS))
        *sched = ref->sched;
    ReleaseSRWLockShared(&ref->lock);
    if (cached) return S_OK;
    if (FAILED(hr = scheduling_entry(ref, changes, sched, &fetched_ms))) return hr;
    AcquireSRWLockExclusive(&ref->lock);
    ref->sched = *sched;
    ref->sched_at_ms = fetched_ms;
    ref->sched_changes = changes;
    ref->sched_valid = TRUE;
    ReleaseSRWLockExclusive(&ref->lock);
    return S_OK;
}

/* One sample of a history VARIANT, by a script's index (0 to 59). */
HRESULT accountant_history_sample(enum object_model model, VARIANT *history, VARIANT *index,
                                  VARIANT *result)
{
    VARIANT converted;
    ULONG sample = 0;
    BYTE byte;
    LONG i;
    HRESULT hr;

    VariantInit(&converted);
    if (FAILED(hr = VariantChangeType(&converted, index, 0, VT_I4))) return hr;
    i = V_I4(&converted);
    if ((V_VT(history) != (VT_ARRAY | VT_UI1) && V_VT(history) != (VT_ARRAY | VT_UI4)) ||
        i < 0 || i >= VPC_HISTORY_SECONDS)
        return bad_index(model, i, VPC_HISTORY_SECONDS);
    if (V_VT(history) == (VT_ARRAY | VT_UI1))
    {
        if (FAILED(hr = SafeArrayGetElement(V_ARRAY(history), &i, &byte))) return hr;
        sample = byte;
    }
    else if (FAILED(hr = SafeArrayGetElement(V_ARRAY(history), &i, &sample))) return hr;
    if (result)
    {
        V_VT(result) = V_VT(history) & VT_TYPEMASK;
        if (V_VT(result) == VT_UI1) V_UI1(result) = sample;
        else V_UI4(result) = sample;
    }
    return S_OK;
}

/* Capacities are Doubles (VT_R8), percents of the host. */
HRESULT accountant_get_capacity(struct vm_ref *ref, enum vpc_capacity which, VARIANT *ret)
{
    vpcScheduling sched;
    HRESULT hr;

    if (!ret) return E_POINTER;
    V_VT(ret) = VT_EMPTY;
    if (FAILED(hr = get_scheduling(ref, &sched))) return hr;

    V_VT(ret) = VT_R8;
    switch (which)
    {
    case CAPACITY_ALLOWABLE_MAXIMUM: V_R8(ret) = sched.allowableMaximum; break;
    case CAPACITY_ALLOWABLE_RESERVED: V_R8(ret) = sched.allowableReserved; break;
    case CAPACITY_MAXIMUM: V_R8(ret) = sched.maximumCapacity; break;
    case CAPACITY_RESERVED: V_R8(ret) = sched.reservedCapacity; break;
    }
    return S_OK;
}

HRESULT accountant_get_weight(struct vm_ref *ref, LONG *weight)
{
    vpcScheduling sched;
    HRESULT hr;

    if (!weight) return E_POINTER;
    *weight = 0;
    if (FAILED(hr = get_scheduling(ref, &sched))) return hr;
    *weight = sched.relativeWeight;
    return S_OK;
}

/* Both capacities arrive as VARIANTs and are used as Doubles. */
static HRESULT capacity_argument(struct vm_ref *ref, VARIANT *arg, const char *what, double *value)
{
    VARIANT converted;
    char detail[128];
    HRESULT hr;

    if (V_VT(arg) == VT_ERROR || V_VT(arg) == VT_EMPTY || V_VT(arg) == VT_NULL)
    {
        snprintf(detail, sizeof(detail), "the %s capacity is missing", what);
        return vm_ref_raise(ref, VPC_ERR_INVALID_ARG, detail);
    }
    VariantInit(&converted);
    if (FAILED(hr = VariantChangeType(&converted, arg, 0, VT_R8)))
    {
        WARN("cannot use a %#x VARIANT as the %s capacity\n", V_VT(arg), what);
        /* DISP_E_TYPEMISMATCH stays VBScript's "Type mismatch" (error 13),
         * which scripts test for; the conversion's other failures (a value
         * too large, an array) get a description, and keep their code. */
        if (hr != DISP_E_TYPEMISMATCH)
        {
            snprintf(detail, sizeof(detail), "the %s capacity must be a number (got a VARIANT "
                     "of type %#x)", what, V_VT(arg));
            vm_ref_raise(ref, VPC_ERR_INVALID_ARG, detail);
        }
        return hr;
    }
    *value = V_R8(&converted);
    return S_OK;
}

HRESULT accountant_set_scheduling(struct vm_ref *ref, VARIANT reserved, VARIANT maximum,
                                  LONG weight)
{
    double reserved_value, maximum_value;
    vpcError err;
    HRESULT hr;

    if (FAILED(hr = capacity_argument(ref, &reserved, "reserved", &reserved_value)) ||
        FAILED(hr = capacity_argument(ref, &maximum, "maximum", &maximum_value)))
        return hr;
    if (FAILED(hr = vm_check_exists(ref))) return hr;
    if (FAILED(host_view_set_scheduling(ref->view, ref->host_uri, ref->uuid, reserved_value,
                                        maximum_value, weight, &err)))
        return vm_ref_raise(ref, err.code, err.detail);
    return S_OK;
}
