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
#include "winreg.h"
#include "resource.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

static const WCHAR settings_key[] = L"Software\\Wine\\VirtualPC";

/* The environment wins over the registry, so a runner or a test can point
 * one script at other hosts without touching the prefix. */
static char *read_setting(const WCHAR *name, const WCHAR *env_name)
{
    WCHAR env[4096];
    DWORD type, size = 0;
    WCHAR *data, *p;
    char *ret;

    if (GetEnvironmentVariableW(env_name, env, ARRAY_SIZE(env)))
        return strdupWtoA_utf8(env);

    if (RegGetValueW(HKEY_CURRENT_USER, settings_key, name, RRF_RT_REG_SZ | RRF_RT_REG_MULTI_SZ |
                     RRF_RT_REG_EXPAND_SZ | RRF_RT_REG_DWORD, &type, NULL, &size))
        return NULL;
    if (type == REG_DWORD)
    {
        DWORD value;
        char buf[16];

        size = sizeof(value);
        if (RegGetValueW(HKEY_CURRENT_USER, settings_key, name, RRF_RT_REG_DWORD, NULL, &value, &size))
            return NULL;
        snprintf(buf, sizeof(buf), "%lu", (unsigned long)value);
        return strdup(buf);
    }

    if (!(data = calloc(1, size + 2 * sizeof(WCHAR)))) return NULL;
    if (RegGetValueW(HKEY_CURRENT_USER, settings_key, name, RRF_RT_REG_SZ | RRF_RT_REG_MULTI_SZ |
                     RRF_RT_REG_EXPAND_SZ, &type, data, &size))
    {
        free(data);
        return NULL;
    }
    /* REG_MULTI_SZ: one entry per string; make it one newline-separated list. */
    if (type == REG_MULTI_SZ)
        for (p = data; p < data + size / sizeof(WCHAR) && (*p || p[1]); p++)
            if (!*p) *p = '\n';
    ret = strdupWtoA_utf8(data);
    free(data);
    return ret;
}

static void read_int_setting(const WCHAR *name, const WCHAR *env_name, int minimum, int *value)
{
    char *text = read_setting(name, env_name), *end;
    long parsed;

    if (!text) return;
    parsed = strtol(text, &end, 10);
    if (end != text && !*end && parsed >= minimum && parsed <= INT_MAX)
        *value = parsed;
    else
        WARN("ignoring %s = %s\n", debugstr_w(name), debugstr_a(text));
    free(text);
}

HRESULT load_settings(struct vpc_settings *settings)
{
    char *hosts;

    memset(settings, 0, sizeof(*settings));
    vpcConfigInit(&settings->core);
    read_int_setting(L"HostTimeout", L"WINE_VPC_HOST_TIMEOUT", 100, &settings->core.hostTimeoutMs);
    read_int_setting(L"KeepAliveInterval", L"WINE_VPC_KEEPALIVE_INTERVAL", 1,
                     &settings->core.keepAliveInterval);
    read_int_setting(L"KeepAliveCount", L"WINE_VPC_KEEPALIVE_COUNT", 1,
                     &settings->core.keepAliveCount);

    hosts = read_setting(L"Hosts", L"WINE_VPC_HOSTS");
    if (hosts && vpcHostListParse(&settings->hosts, hosts) < 0)
    {
        free(hosts);
        vpcHostListClear(&settings->hosts);
        return E_OUTOFMEMORY;
    }
    free(hosts);
    TRACE("%u host(s), host timeout %d ms\n", (unsigned)settings->hosts.nhosts,
          settings->core.hostTimeoutMs);
    return S_OK;
}

void free_settings(struct vpc_settings *settings)
{
    vpcHostListClear(&settings->hosts);
}

/* The process-wide accounting service, started by the first object. */
static vpcService *service;
static SRWLOCK service_lock = SRWLOCK_INIT;

static vpcService *get_service(const vpcConfig *config)
{
    AcquireSRWLockExclusive(&service_lock);
    if (!service) service = vpcServiceNew(config);
    ReleaseSRWLockExclusive(&service_lock);
    return service;
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
    vpcService *service;
    CRITICAL_SECTION cs;
    struct snapshot *cached;
};

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
    if (!(view->service = get_service(&view->settings.core)))
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
    free_settings(&view->settings);
    DeleteCriticalSection(&view->cs);
    free(view);
}

enum object_model host_view_model(const struct host_view *view)
{
    return view->model;
}

LONG host_view_service_uptime(struct host_view *view)
{
    return vpcServiceUptimeSeconds(view->service);
}

/*
 * Freshness rule: a snapshot serves every read made within
 * VPC_SNAPSHOT_MAX_AGE_MS of its creation, and its samples were at most as
 * old when it was made.  Reading all properties of all VMs in a loop thus
 * costs one snapshot (one round of libvirt calls) per half second.
 */
HRESULT host_view_snapshot(struct host_view *view, struct snapshot **ret)
{
    struct snapshot *snap = NULL;
    vpcSnapshot *data;
    HRESULT hr = S_OK;

    EnterCriticalSection(&view->cs);
    if (view->cached && vpcNowMonotonicMs() - view->cached->data->takenAtMs <= VPC_SNAPSHOT_MAX_AGE_MS)
    {
        snap = view->cached;
        snapshot_addref(snap);
        goto done;
    }

    if (vpcServiceSnapshot(view->service, &view->settings.hosts, &data) < 0 ||
        !(snap = calloc(1, sizeof(*snap))))
    {
        if (!snap && data) vpcSnapshotFree(data);
        hr = set_error(view->model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
        goto done;
    }
    snap->ref = 2;      /* the cache and the caller */
    snap->data = data;
    snapshot_release(view->cached);
    view->cached = snap;

done:
    LeaveCriticalSection(&view->cs);
    *ret = snap;
    return hr;
}

HRESULT host_view_details(struct host_view *view, const char *host_uri, const char *uuid,
                          vpcVMDetails *details, vpcError *err)
{
    if (vpcServiceGetDetails(view->service, host_uri, uuid, details, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_scheduling(struct host_view *view, const char *host_uri, const char *uuid,
                             vpcScheduling *sched, vpcError *err)
{
    if (vpcServiceGetScheduling(view->service, host_uri, uuid, sched, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

HRESULT host_view_set_scheduling(struct host_view *view, const char *host_uri, const char *uuid,
                                 double reserved, double maximum, int weight, vpcError *err)
{
    if (vpcServiceSetScheduling(view->service, host_uri, uuid, reserved, maximum, weight, err) < 0)
        return hresult_from_core(err->code);
    return S_OK;
}

/* "The system" of Virtual Server is one machine: the first of the hosts. */
HRESULT host_view_available_capacity(struct host_view *view, double *available)
{
    const char *uri = view->settings.hosts.nhosts ? view->settings.hosts.uris[0] : "";
    vpcError err;

    if (vpcServiceAvailableCapacity(view->service, uri, available, &err) < 0)
        return raise_core_error(view->model, &err);
    return S_OK;
}
