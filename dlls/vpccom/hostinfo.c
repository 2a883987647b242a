/*
 * vpccom.dll: what the host-level objects of both models share: turning
 * host facts into what a script reads.
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "host_private.h"

#include "wine/debug.h"


HRESULT host_fact_missing(enum object_model model, const vpcHostFacts *facts, const char *why)
{
    vpcError err;

    vpcErrorSet(&err, VPC_ERR_OPERATION_FAILED, facts->displayUri, NULL, "%s",
                why ? why : "the host does not report it");
    return raise_core_error(model, &err);
}

HRESULT utf8_to_bstr(const char *str, BSTR *ret)
{
    WCHAR *wide = strdupAtoW_utf8(str ? str : "");

    *ret = wide ? SysAllocString(wide) : NULL;
    free(wide);
    return *ret ? S_OK : E_OUTOFMEMORY;
}

/*
 * docs/inventory-mapping.md 2.2: a local path is the DOS path Wine gives it
 * (Z:\ for /, C:\ inside drive_c), a remote one \\HOST\ and the path with
 * its slashes turned.
 */
HRESULT host_path_to_bstr(const vpcHostFacts *facts, const char *path, BOOL directory, BSTR *ret)
{
    WCHAR *dos = NULL, *text;
    size_t len;

    *ret = NULL;
    if (!path || !*path) return (*ret = SysAllocString(L"")) ? S_OK : E_OUTOFMEMORY;

    if (facts->local)
    {
        if (!(dos = wine_get_dos_file_name(path))) return E_OUTOFMEMORY;
        len = lstrlenW(dos);
        if (!(text = malloc((len + 2) * sizeof(WCHAR))))
        {
            HeapFree(GetProcessHeap(), 0, dos);
            return E_OUTOFMEMORY;
        }
        memcpy(text, dos, (len + 1) * sizeof(WCHAR));
        HeapFree(GetProcessHeap(), 0, dos);
    }
    else
    {
        char *unc;
        size_t i;

        if (asprintf(&unc, "\\\\%s%s", facts->remoteHost, path) < 0) return E_OUTOFMEMORY;
        for (i = 0; unc[i]; i++) if (unc[i] == '/') unc[i] = '\\';
        text = strdupAtoW_utf8(unc);
        free(unc);
        if (!text) return E_OUTOFMEMORY;
        len = lstrlenW(text);
        if (!(dos = realloc(text, (len + 2) * sizeof(WCHAR))))
        {
            free(text);
            return E_OUTOFMEMORY;
        }
        text = dos;
    }
    if (directory && (!len || text[len - 1] != '\\'))
    {
        text[len++] = '\\';
        text[len] = 0;
    }
    *ret = SysAllocString(text);
    free(text);
    return *ret ? S_OK : E_OUTOFMEMORY;
}

/* The shape every array of this model takes, through the vtable as
 * through IDispatch: VBScript can index and For Each it. */
HRESULT string_array_to_variant(const vpcHostFacts *facts, const char *const *items, size_t count,
                                BOOL paths, VARIANT *ret)
{
    SAFEARRAY *array;
    VARIANT *data;
    HRESULT hr = S_OK;
    LONG i;

    V_VT(ret) = VT_EMPTY;
    if (!(array = SafeArrayCreateVector(VT_VARIANT, 0, count))) return E_OUTOFMEMORY;
    if (FAILED(hr = SafeArrayAccessData(array, (void **)&data)))
    {
        SafeArrayDestroy(array);
        return hr;
    }
    for (i = 0; i < (LONG)count && SUCCEEDED(hr); i++)
    {
        V_VT(&data[i]) = VT_BSTR;
        hr = paths ? host_path_to_bstr(facts, items[i], TRUE, &V_BSTR(&data[i]))
                   : utf8_to_bstr(items[i], &V_BSTR(&data[i]));
        if (FAILED(hr)) V_VT(&data[i]) = VT_EMPTY;
    }
    SafeArrayUnaccessData(array);
    if (FAILED(hr))
    {
        SafeArrayDestroy(array);
        return hr;
    }
    V_VT(ret) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(ret) = array;
    return S_OK;
}

void decimal_to_variant(uint64_t value, VARIANT *ret)
{
    V_VT(ret) = VT_DECIMAL;
    memset(&V_DECIMAL(ret), 0, sizeof(V_DECIMAL(ret)));
    V_DECIMAL(ret).Lo64 = value;
    /* VARIANT and DECIMAL overlap: the type goes in last. */
    V_VT(ret) = VT_DECIMAL;
}

BOOL host_has_cpu_feature(const vpcHostFacts *facts, const char *name)
{
    size_t i;

    for (i = 0; i < facts->cpuFeatures.count; i++)
        if (!strcmp(facts->cpuFeatures.items[i], name)) return TRUE;
    return FALSE;
}

HRESULT host_view_collect(struct host_view *view, size_t (*count_items)(const vpcHostFacts *facts),
                          struct host_item **items, size_t *count)
{
    size_t host, i, total = 0, n;
    const vpcHostFacts *facts;
    struct host_item *list;

    *items = NULL;
    *count = 0;
    for (host = 0; host < host_view_host_count(view); host++)
        if (SUCCEEDED(host_view_host_facts(view, host, &facts))) total += count_items(facts);
    if (!(list = calloc(total ? total : 1, sizeof(*list)))) return E_OUTOFMEMORY;
    for (host = 0; host < host_view_host_count(view); host++)
    {
        if (FAILED(host_view_host_facts(view, host, &facts))) continue;
        n = count_items(facts);
        for (i = 0; i < n && *count < total; i++)
        {
            list[*count].host = host;
            list[*count].index = i;
            (*count)++;
        }
    }
    /* The hosts that did not answer said why; the collection holds the rest. */
    SetErrorInfo(0, NULL);
    *items = list;
    return S_OK;
}

void network_address(const char *address, const char *mask, char *out, size_t size)
{
    unsigned int a[4], m[4], i;

    if (!address || !mask || sscanf(address, "%u.%u.%u.%u", &a[0], &a[1], &a[2], &a[3]) != 4 ||
        sscanf(mask, "%u.%u.%u.%u", &m[0], &m[1], &m[2], &m[3]) != 4)
    {
        snprintf(out, size, "%s", "");
        return;
    }
    for (i = 0; i < 4; i++) a[i] &= m[i];
    snprintf(out, size, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
}
