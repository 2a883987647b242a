/*
 * vpccom.dll: settings, the accounting service, and host views.
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "host_private.h"
#include "winreg.h"
#include "resource.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

/*
 * The process's backend, chosen by the first object's settings: the
 * resident vpcsvc.exe (one per prefix, history across scripts), or the
 * service in this process when Backend is "inproc" or no resident backend
 * can be reached.
 */
static vpcBackend *backend;
static BOOL backend_in_process;
static vpcBackend *event_backend;   /* the event thread's, see create_resident_event_backend */
static SRWLOCK backend_lock = SRWLOCK_INIT;

/* Bumped by every change a script makes: snapshots from before are stale. */
static LONG changes;

static vpcBackend *get_backend(const struct vpc_settings *settings)
{
    vpcService *service;

    AcquireSRWLockExclusive(&backend_lock);
    if (!backend && settings->resident)
        backend = create_resident_backend(settings);
    if (!backend && (service = vpcServiceNew(&settings->core)))
    {
        if (!(backend = vpcBackendNewLocal(service))) vpcServiceFree(service);
        else
        {
            backend_in_process = TRUE;
            TRACE("in-process backend\n");
        }
    }
    ReleaseSRWLockExclusive(&backend_lock);
    return backend;
}

void host_view_note_change(void)
{
    InterlockedIncrement(&changes);
}

LONG host_view_changes(void)
{
    return changes;
}

void snapshot_addref(struct snapshot *snap)
{
    InterlockedIncrement(&snap->ref);
}

void snapshot_release(struct snapshot *snap)
{
    if (!snap || InterlockedDecrement(&snap->ref)) return;
    vpcSnapshotFree(snap->data);
    free(snap);
}

struct host_view
{
    LONG ref;
    enum object_model model;
    struct vpc_settings settings;
    vpcBackend *backend;
    CRITICAL_SECTION cs;
    struct snapshot *cached;
    LONG cached_changes;        /* 'changes' when the cached snapshot was made */
    int64_t last_read_ms;       /* the script's last read, monotonic */
    vpcErrorCode *reported;     /* per host, the failure last reported */
    vpcHostFacts **host_facts;  /* per host, fetched once per script run */
    /* Facts a network change of this script replaced: objects made from
     * them keep describing what they were made from until the end. */
    vpcHostFacts **retired_facts;
    size_t nretired_facts;
};

static void host_view_free_host_facts(struct host_view *view);

HRESULT host_view_create(enum object_model model, struct host_view **ret)
{
    struct host_view *view;
    HRESULT hr;

    *ret = NULL;
    if (!(view = calloc(1, sizeof(*view)))) return E_OUTOFMEMORY;
    view->ref = 1;
    view->model = model;
    if (FAILED(hr = load_settings(&view->settings)))
    {
        free(view);
        return hr;
    }
    if (!(view->backend = get_backend(&view->settings)))
    {
        free_settings(&view->settings);
        free(view);
        return E_OUTOFMEMORY;
    }
    InitializeCriticalSection(&view->cs);
    *ret = view;
    return S_OK;
}

void host_view_addref(struct host_view *view)
{
    InterlockedIncrement(&view->ref);
}

void host_view_release(struct host_view *view)
{
    if (!view || InterlockedDecrement(&view->ref)) return;
    snapshot_release(view->cached);
    free(view->reported);
    host_view_free_host_facts(view);
    free_settings(&view->settings);
    DeleteCriticalSection(&view->cs);
    free(view);
}

enum object_model host_view_model(const struct host_view *view)
{
    return view->model;
}

/* The in-process service answers any number of threads at once; the
 * resident one answers each connection in turn. */
static vpcBackend *get_event_backend(struct host_view *view)
{
    AcquireSRWLockExclusive(&backend_lock);
    if (!event_backend)
        event_backend = backend_in_process ? view->backend
                                           : create_resident_event_backend(&view->settings);
    ReleaseSRWLockExclusive(&backend_lock);
    return event_backend;
}

const vpcHostList *host_view_hosts(struct host_view *view)
{
    return &view->settings.hosts;
}

BOOL host_view_has_host(struct host_view *view, const char *host_uri)
{
    const vpcHostList *hosts = &view->settings.hosts;
    size_t i;

    if (!hosts->nhosts) return !host_uri[0];
    for (i = 0; i < hosts->nhosts; i++)
        if (!strcmp(hosts->uris[i], host_uri)) return TRUE;
    return FALSE;
}

/* On the script's own connection: the event thread's may be in a long
 * poll.  Both reach the same backend, whose cursor serves either. */
HRESULT host_view_watch_events(struct host_view *view, vpcEventCursor *cursor, vpcError *err)
{
    vpcEventList none;

    cursor->instance = 0;
    cursor->seq = 0;
    if (vpcBackendWaitEvents(view->backend, &view->settings.hosts, 0, cursor, 0, &none, err) < 0)
        return hresult_from_core(err->code);
    vpcEventListClear(&none);
    return S_OK;
}

HRESULT host_view_wait_events(struct host_view *view, const vpcHostList *hosts,
                              vpcEventCursor *cursor, int wait_ms, vpcEventList *events,
                              vpcError *err)
{
    vpcBackend *channel;

    memset(events, 0, sizeof(*events));
    if (!(channel = get_event_backend(view)))
    {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
        return E_OUTOFMEMORY;
    }
    if (vpcBackendWaitEvents(channel, hosts, VPC_EVENTS_EVERY_HOST, cursor, wait_ms, events,
                             err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_send_keys(struct host_view *view, const char *host_uri, const char *uuid,
                            const vpcKeyCombo *combos, size_t ncombos, vpcError *err)
{
    if (vpcBackendSendKeys(view->backend, host_uri, uuid, combos, ncombos, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

LONG host_view_service_uptime(struct host_view *view)
{
    int64_t seconds = 0;
    vpcError err;

    if (vpcBackendUptime(view->backend, &seconds, &err) < 0)
        WARN("no uptime: %s\n", debugstr_a(err.detail));
    return seconds;
}

/*
 * A host that does not answer leaves its VMs out of VirtualMachines.  So
 * that this never goes unnoticed, each new failure of a host is reported
 * once on the debug channel, which tools/wine-vpc shows as a warning
 * ("report_missing_host ..." is the shape it reads).
 */
static void report_missing_host(struct host_view *view, const vpcSnapshot *data)
{
    WCHAR *why, *text;
    size_t i;

    if (!view->reported && !(view->reported = calloc(data->nhosts ? data->nhosts : 1,
                                                     sizeof(*view->reported))))
        return;
    for (i = 0; i < data->nhosts; i++)
    {
        const vpcError *err = &data->hosts[i].error;

        if (err->code == view->reported[i]) continue;
        view->reported[i] = err->code;
        if (err->code == VPC_OK || !(why = describe_core_error(err))) continue;
        if ((text = format_string(IDS_HOST_MISSING, why)))
        {
            char *utf8 = strdupWtoA_utf8(text);

            WARN("%s\n", utf8 ? utf8 : "");
            free(utf8);
            LocalFree(text);
        }
        LocalFree(why);
    }
}

/*
 * Freshness rule: a snapshot serves every read made within
 * VPC_SNAPSHOT_MAX_AGE_MS of its creation.  A script's first read, a read
 * after it paused for longer than that, or after a change it made, gets
 * samples at most as old, waiting for them if need be; a script that keeps
 * reading gets the newest sample without waiting (VPC_FRESH_LATEST), so
 * reading all properties of all VMs costs one round trip per half second
 * and no libvirt calls beyond the backend's regular polling.
 */
HRESULT host_view_snapshot(struct host_view *view, struct snapshot **ret)
{
    struct snapshot *snap = NULL;
    vpcSnapshot *data = NULL;
    LONG now_changes = changes;
    vpcFreshness freshness;
    HRESULT hr = S_OK;
    BOOL unchanged;
    int64_t now;
    vpcError err;

    EnterCriticalSection(&view->cs);
    now = vpcNowMonotonicMs();
    unchanged = view->cached && view->cached_changes == now_changes;
    freshness = unchanged && now - view->last_read_ms <= VPC_SNAPSHOT_MAX_AGE_MS
                ? VPC_FRESH_LATEST : VPC_FRESH_NOW;
    view->last_read_ms = now;
    if (unchanged && now - view->cached->data->takenAtMs <= VPC_SNAPSHOT_MAX_AGE_MS)
    {
        snap = view->cached;
        snapshot_addref(snap);
        goto done;
    }

    TRACE("snapshot: one round trip\n");
    if (vpcBackendSnapshot(view->backend, &view->settings.hosts, freshness, &data, &err) < 0)
    {
        hr = raise_core_error(view->model, &err);
        goto done;
    }
    if (!(snap = calloc(1, sizeof(*snap))))
    {
        vpcSnapshotFree(data);
        hr = set_error(view->model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
        goto done;
    }
    snap->ref = 2;      /* the cache and the caller */
    snap->data = data;
    report_missing_host(view, data);
    snapshot_release(view->cached);
    view->cached = snap;
    view->cached_changes = now_changes;

done:
    LeaveCriticalSection(&view->cs);
    *ret = snap;
    return hr;
}

HRESULT host_view_details(struct host_view *view, const char *host_uri, const char *uuid,
                          vpcVMDetails *details, vpcError *err)
{
    TRACE("details of %s: one round trip\n", debugstr_a(uuid));
    if (vpcBackendGetDetails(view->backend, host_uri, uuid, details, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_host_scheduling(struct host_view *view, const char *host_uri,
                                  vpcSchedulingList *list, vpcError *err)
{
    TRACE("scheduling of %s: one round trip\n", debugstr_a(host_uri));
    if (vpcBackendGetHostScheduling(view->backend, host_uri, list, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_set_scheduling(struct host_view *view, const char *host_uri, const char *uuid,
                                 double reserved, double maximum, int weight, vpcError *err)
{
    host_view_note_change();
    if (vpcBackendSetScheduling(view->backend, host_uri, uuid, reserved, maximum, weight, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

/* "The system" of Virtual Server is one machine: the first of the hosts. */
HRESULT host_view_available_capacity(struct host_view *view, double *available)
{
    const char *uri = view->settings.hosts.nhosts ? view->settings.hosts.uris[0] : "";
    vpcError err;

    if (vpcBackendAvailableCapacity(view->backend, uri, available, &err) < 0)
        return raise_core_error(view->model, &err);
    return S_OK;
}

HRESULT host_view_start_action(struct host_view *view, const char *host_uri, const char *uuid,
                               vpcAction action, vpcTaskId *task_id, vpcError *err)
{
    host_view_note_change();
    if (vpcBackendStartAction(view->backend, host_uri, uuid, action, task_id, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_task_status(struct host_view *view, vpcTaskId task_id, int wait_ms,
                              vpcTaskStatus *status, vpcError *err)
{
    if (vpcBackendTaskStatus(view->backend, task_id, wait_ms, status, err) < 0)
        return hresult_from_core(err->code);
    /* A finished task changed the VM: later reads must not see it as before. */
    if (status->complete) host_view_note_change();
    return S_OK;
}

HRESULT host_view_list_tasks(struct host_view *view, vpcTaskStatus **tasks, size_t *count,
                             vpcError *err)
{
    if (vpcBackendListTasks(view->backend, tasks, count, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

/* The name "host/name" lookups and GetConfigurationValue use for a host. */
char *host_view_host_name(struct host_view *view, size_t index)
{
    const vpcHostList *hosts = &view->settings.hosts;

    if (index >= hosts->nhosts) return vpcHostName(NULL, "");
    return vpcHostName(hosts->labels[index], hosts->uris[index]);
}

char *host_view_host_name_of(struct host_view *view, const char *host_uri)
{
    const vpcHostList *hosts = &view->settings.hosts;
    size_t i;

    for (i = 0; i < hosts->nhosts; i++)
        if (!strcmp(hosts->uris[i], host_uri)) return host_view_host_name(view, i);
    return vpcHostName(NULL, host_uri);
}

LONG host_view_idle_timeout(struct host_view *view)
{
    return view->settings.idle_timeout;
}

/* Where 'host_uri' is in Hosts, for host_view_host_facts; 0 when absent. */
size_t host_view_host_index(struct host_view *view, const char *host_uri)
{
    size_t i;

    for (i = 0; i < view->settings.hosts.nhosts; i++)
        if (!strcmp(view->settings.hosts.uris[i], host_uri)) return i;
    return 0;
}

BOOL host_view_guest_agent(struct host_view *view)
{
    return view->settings.guest_agent != 0;
}

/* Host facts: one round trip per host and script run (a view lives as long
 * as the script's application object); the backend keeps them fresh
 * between runs.  Index 0 is "the host" of the application's members. */
size_t host_view_host_count(struct host_view *view)
{
    return view->settings.hosts.nhosts ? view->settings.hosts.nhosts : 1;
}

HRESULT host_view_host_facts(struct host_view *view, size_t index, const vpcHostFacts **ret)
{
    const vpcHostList *hosts = &view->settings.hosts;
    const char *uri = index < hosts->nhosts ? hosts->uris[index] : "";
    vpcHostFacts *facts = NULL;
    HRESULT hr = S_OK;
    vpcError err;

    *ret = NULL;
    if (index >= host_view_host_count(view)) return E_INVALIDARG;
    EnterCriticalSection(&view->cs);
    if (!view->host_facts &&
        !(view->host_facts = calloc(host_view_host_count(view), sizeof(*view->host_facts))))
        hr = set_error(view->model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
    else if (!view->host_facts[index])
    {
        if (vpcBackendHostFacts(view->backend, uri, &facts, &err) < 0)
            hr = raise_core_error(view->model, &err);
        else view->host_facts[index] = facts;
    }
    if (SUCCEEDED(hr)) *ret = view->host_facts[index];
    LeaveCriticalSection(&view->cs);
    return hr;
}

static void host_view_free_host_facts(struct host_view *view)
{
    size_t i;

    for (i = 0; view->host_facts && i < host_view_host_count(view); i++)
        vpcHostFactsFree(view->host_facts[i]);
    free(view->host_facts);
    for (i = 0; i < view->nretired_facts; i++)
        vpcHostFactsFree(view->retired_facts[i]);
    free(view->retired_facts);
}

/* After the script changed a host's networks: the next read fetches the
 * host's facts again. */
static void host_view_renew_host_facts(struct host_view *view, size_t index)
{
    vpcHostFacts **retired;

    EnterCriticalSection(&view->cs);
    if (view->host_facts && view->host_facts[index] &&
        (retired = realloc(view->retired_facts, (view->nretired_facts + 1) * sizeof(*retired))))
    {
        view->retired_facts = retired;
        retired[view->nretired_facts++] = view->host_facts[index];
        view->host_facts[index] = NULL;
    }
    LeaveCriticalSection(&view->cs);
}

void host_view_host_facts_changed(struct host_view *view, size_t index)
{
    if (index < host_view_host_count(view)) host_view_renew_host_facts(view, index);
}

HRESULT host_view_change_network(struct host_view *view, size_t index, vpcNetworkChange change,
                                 const char *name, const char *text, char **defined_name,
                                 vpcError *err)
{
    int rc;

    if (defined_name) *defined_name = NULL;
    if (index >= host_view_host_count(view)) return E_INVALIDARG;
    rc = vpcBackendChangeNetwork(view->backend, view->settings.hosts.uris[index], change, name,
                                 text, defined_name, err);
    if (rc < 0) return hresult_from_core(err->code);
    host_view_renew_host_facts(view, index);
    return rc ? S_FALSE : S_OK;
}

HRESULT host_view_network_counters(struct host_view *view, size_t index, const char *nics,
                                   vpcNetworkCounters *counters, vpcError *err)
{
    if (index >= host_view_host_count(view)) return E_INVALIDARG;
    TRACE("network counters: one round trip\n");
    if (vpcBackendNetworkCounters(view->backend, view->settings.hosts.uris[index], nics, counters,
                                  err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_vm_facts(struct host_view *view, const char *host_uri, vpcFactsList *list,
                           vpcError *err)
{
    if (vpcBackendVMFacts(view->backend, host_uri,
                          view->settings.guest_agent ? VPC_FACTS_GUEST_AGENT : 0, list, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_configure(struct host_view *view, const char *host_uri, const char *uuid,
                            vpcConfigItem item, const char *text, int64_t number, vpcError *err)
{
    host_view_note_change();
    if (vpcBackendConfigure(view->backend, host_uri, uuid, item, text, number, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_create_domain(struct host_view *view, const char *host_uri, const char *name,
                                const char *folder, const char *xml, char *uuid, vpcError *err)
{
    host_view_note_change();
    if (vpcBackendCreateDomain(view->backend, host_uri, name, folder, xml, uuid, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_disk_image(struct host_view *view, const char *host_uri, vpcDiskOp op,
                             const char *path, const char *parent, LONG size_mb,
                             vpcDiskImage *image, vpcError *err)
{
    if (op != VPC_DISK_DESCRIBE && op != VPC_DISK_LIST) host_view_note_change();
    if (vpcBackendDiskImage(view->backend, host_uri, op, path, parent,
                            size_mb > 0 ? (uint64_t)size_mb : 0, image, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

/* S_FALSE when the host has no such domain. */
HRESULT host_view_remove_domain(struct host_view *view, const char *host_uri, const char *uuid,
                                BOOL delete_all, vpcError *err)
{
    int rc;

    host_view_note_change();
    if ((rc = vpcBackendRemoveDomain(view->backend, host_uri, uuid, delete_all, err)) < 0)
        return hresult_from_core(err->code);
    return rc == 0 ? S_OK : S_FALSE;
}

/* The URI of host 'index' of Hosts ("" for libvirt's default). */
const char *host_view_host_uri(struct host_view *view, size_t index)
{
    const vpcHostList *hosts = &view->settings.hosts;

    return index < hosts->nhosts ? hosts->uris[index] : "";
}
