/*
 * wine-vpc settings: HKCU\Software\Wine\VirtualPC, overridable by the
 * environment.  Shared by vpccom.dll and vpcsvc.exe.
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

#include "vpcwin.h"
#include "winreg.h"

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

    /* RRF_RT_REG_EXPAND_SZ without RRF_NOEXPAND is ERROR_INVALID_PARAMETER. */
    if (RegGetValueW(HKEY_CURRENT_USER, settings_key, name, RRF_RT_REG_SZ | RRF_RT_REG_MULTI_SZ |
                     RRF_RT_REG_EXPAND_SZ | RRF_RT_REG_DWORD | RRF_NOEXPAND, &type, NULL, &size))
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
                     RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, &type, data, &size))
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
    char *hosts, *backend;

    memset(settings, 0, sizeof(*settings));
    vpcConfigInit(&settings->core);
    settings->idle_timeout = VPC_DEFAULT_IDLE_TIMEOUT_S;
    read_int_setting(L"HostTimeout", L"WINE_VPC_HOST_TIMEOUT", 100, &settings->core.hostTimeoutMs);
    read_int_setting(L"KeepAliveInterval", L"WINE_VPC_KEEPALIVE_INTERVAL", 1,
                     &settings->core.keepAliveInterval);
    read_int_setting(L"KeepAliveCount", L"WINE_VPC_KEEPALIVE_COUNT", 1,
                     &settings->core.keepAliveCount);

    read_int_setting(L"IdleTimeout", L"WINE_VPC_IDLE_TIMEOUT", 0, &settings->idle_timeout);
    read_int_setting(L"GuestAgent", L"WINE_VPC_GUEST_AGENT", 0, &settings->guest_agent);
    /* Tests only: makes a lifecycle task's transitional state observable. */
    read_int_setting(L"TestActionDelay", L"WINE_VPC_TEST_ACTION_DELAY", 0,
                     &settings->core.test.actionDelayMs);
    /* Tests only: fewer regular samples, so that the on-demand ones show. */
    read_int_setting(L"TestSampleInterval", L"WINE_VPC_TEST_SAMPLE_INTERVAL", 100,
                     &settings->core.test.sampleIntervalMs);

    backend = read_setting(L"Backend", L"WINE_VPC_BACKEND");
    settings->resident = !backend || strcmp(backend, "inproc") != 0;
    if (backend && strcmp(backend, "inproc") && strcmp(backend, "resident"))
        WARN("unknown Backend %s, using the resident backend\n", debugstr_a(backend));
    free(backend);

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
