/*
 * vpccom.dll: error descriptions for scripts.
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
 * ITypeInfo::Invoke turns a failing method into DISP_E_EXCEPTION, copying
 * the description of the thread's IErrorInfo into EXCEPINFO; VBScript shows
 * it as Err.Description.  The texts come from the string table, which wrc
 * translates from po/ (LoadString picks the prefix's UI language).  Every
 * description also goes to the "vpccom" debug channel at warn level, which
 * is how the wine-vpc runner reports why a script stopped.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "resource.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

WCHAR *strdupAtoW_utf8(const char *str)
{
    WCHAR *ret;
    int len;

    if (!str) str = "";
    len = MultiByteToWideChar(CP_UTF8, 0, str, -1, NULL, 0);
    if (!(ret = malloc(len * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_UTF8, 0, str, -1, ret, len);
    return ret;
}

/* Not wcsdup(): in a winelib module the C library's wide functions take a
 * 32-bit wchar_t, WCHAR is 16 bits. */
WCHAR *strdupW(const WCHAR *str)
{
    size_t size = (lstrlenW(str) + 1) * sizeof(WCHAR);
    WCHAR *ret = malloc(size);

    if (ret) memcpy(ret, str, size);
    return ret;
}

char *strdupWtoA_utf8(const WCHAR *str)
{
    char *ret;
    int len;

    if (!str) str = L"";
    len = WideCharToMultiByte(CP_UTF8, 0, str, -1, NULL, 0, NULL, NULL);
    if (!(ret = malloc(len))) return NULL;
    WideCharToMultiByte(CP_UTF8, 0, str, -1, ret, len, NULL, NULL);
    return ret;
}

static void set_error_info(enum object_model model, const WCHAR *text)
{
    ICreateErrorInfo *create;
    IErrorInfo *info;

    if (FAILED(CreateErrorInfo(&create))) return;
    ICreateErrorInfo_SetDescription(create, (WCHAR *)text);
    ICreateErrorInfo_SetSource(create, model == MODEL_VIRTUAL_PC ? (WCHAR *)L"VirtualPC.Application"
                                                                 : (WCHAR *)L"VirtualServer.Application");
    if (SUCCEEDED(ICreateErrorInfo_QueryInterface(create, &IID_IErrorInfo, (void **)&info)))
    {
        SetErrorInfo(0, info);
        IErrorInfo_Release(info);
    }
    ICreateErrorInfo_Release(create);
}

/* The highest %n the format uses: that many inserts were passed. */
static unsigned int count_inserts(const WCHAR *format)
{
    unsigned int count = 0;

    for (; *format; format++)
    {
        if (*format != '%' || !format[1]) continue;
        format++;
        if (*format >= '1' && *format <= '9' && (unsigned int)(*format - '0') > count)
            count = *format - '0';
    }
    return count;
}

/* Inserts are WCHAR strings, %1 to %n (at most 8). */
HRESULT set_error(enum object_model model, HRESULT hr, UINT string_id, ...)
{
    WCHAR format[1024], *text = NULL;
    DWORD_PTR inserts[8] = { 0 };
    unsigned int i, count;
    va_list args;

    if (!LoadStringW(get_vpccom_instance(), string_id, format, ARRAY_SIZE(format)))
    {
        ERR("missing string %u\n", string_id);
        return hr;
    }

    count = min(count_inserts(format), ARRAY_SIZE(inserts));
    va_start(args, string_id);
    for (i = 0; i < count; i++)
        inserts[i] = (DWORD_PTR)va_arg(args, const WCHAR *);
    va_end(args);
    FormatMessageW(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER |
                   FORMAT_MESSAGE_ARGUMENT_ARRAY, format, 0, 0, (WCHAR *)&text, 0,
                   (__ms_va_list *)inserts);

    WARN("error %#x: %s\n", (unsigned)hr, debugstr_w(text));
    if (text)
    {
        set_error_info(model, text);
        LocalFree(text);
    }
    return hr;
}

HRESULT not_supported(enum object_model model, const WCHAR *iface, const WCHAR *member)
{
    FIXME("%s::%s is not supported\n", debugstr_w(iface), debugstr_w(member));
    return set_error(model, E_NOTIMPL, IDS_NOT_SUPPORTED, iface, member);
}

HRESULT bad_index(enum object_model model, LONG index, ULONG count)
{
    WCHAR index_text[16], count_text[16];
    char text[16];

    snprintf(text, sizeof(text), "%d", (int)index);
    MultiByteToWideChar(CP_ACP, 0, text, -1, index_text, ARRAY_SIZE(index_text));
    snprintf(text, sizeof(text), "%u", (unsigned)count);
    MultiByteToWideChar(CP_ACP, 0, text, -1, count_text, ARRAY_SIZE(count_text));
    return set_error(model, DISP_E_BADINDEX, IDS_BAD_INDEX, index_text, count_text);
}

HRESULT hresult_from_core(vpcErrorCode code)
{
    switch (code)
    {
    case VPC_OK: return S_OK;
    case VPC_ERR_NO_MEMORY: return E_OUTOFMEMORY;
    case VPC_ERR_INVALID_ARG: return E_INVALIDARG;
    case VPC_ERR_HOST_TIMEOUT: return VPC_E_TIMED_OUT;
    case VPC_ERR_VM_UNKNOWN: return VPC_E_VM_UNKNOWN;
    case VPC_ERR_VM_NOT_RUNNING: return VPC_E_VM_NOT_RUNNING;
    case VPC_ERR_VM_RUNNING: return VPC_E_VM_RUNNING;
    case VPC_ERR_VM_NO_SAVED_STATE: return VPC_E_VM_NO_SAVED_STATE;
    case VPC_ERR_ACCESS_DENIED: return E_ACCESSDENIED;
    case VPC_ERR_NOT_SUPPORTED: return E_NOTIMPL;
    default: return DISP_E_EXCEPTION;
    }
}

/* The message for a core error, with and without a VM to name. */
static const struct
{
    vpcErrorCode code;
    UINT host_message;
    UINT vm_message;
}
core_messages[] =
{
    { VPC_ERR_HOST_UNAVAILABLE, IDS_HOST_UNAVAILABLE, IDS_VM_HOST_UNAVAILABLE },
    { VPC_ERR_HOST_TIMEOUT, IDS_HOST_TIMEOUT, IDS_VM_HOST_TIMEOUT },
    { VPC_ERR_VM_UNKNOWN, IDS_HOST_OPERATION_FAILED, IDS_VM_UNKNOWN },
    { VPC_ERR_VM_NOT_RUNNING, IDS_HOST_OPERATION_FAILED, IDS_VM_NOT_RUNNING },
    { VPC_ERR_VM_RUNNING, IDS_HOST_OPERATION_FAILED, IDS_VM_RUNNING },
    { VPC_ERR_VM_NO_SAVED_STATE, IDS_HOST_OPERATION_FAILED, IDS_VM_NO_SAVED_STATE },
    { VPC_ERR_ACCESS_DENIED, IDS_HOST_ACCESS_DENIED, IDS_VM_ACCESS_DENIED },
    { VPC_ERR_NOT_SUPPORTED, IDS_HOST_NOT_SUPPORTED, IDS_VM_NOT_SUPPORTED },
    { VPC_ERR_OPERATION_FAILED, IDS_HOST_OPERATION_FAILED, IDS_VM_OPERATION_FAILED },
    { VPC_ERR_INVALID_ARG, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
};

HRESULT raise_core_error(enum object_model model, const vpcError *err)
{
    HRESULT hr = hresult_from_core(err->code);
    WCHAR *host, *vm, *detail;
    UINT id = IDS_HOST_OPERATION_FAILED;
    unsigned int i;

    switch (err->code)
    {
    case VPC_ERR_NO_MEMORY:
        return set_error(model, hr, IDS_OUT_OF_MEMORY);
    case VPC_ERR_BACKEND:
        detail = strdupAtoW_utf8(err->detail);
        hr = set_error(model, hr, IDS_BACKEND_UNAVAILABLE, detail ? detail : L"");
        free(detail);
        return hr;
    default:
        break;
    }

    for (i = 0; i < ARRAY_SIZE(core_messages); i++)
    {
        if (core_messages[i].code != err->code) continue;
        id = err->vm[0] ? core_messages[i].vm_message : core_messages[i].host_message;
        break;
    }

    host = strdupAtoW_utf8(err->host[0] ? err->host : "(libvirt default)");
    vm = strdupAtoW_utf8(err->vm);
    detail = strdupAtoW_utf8(err->detail);
    if (!host || !vm || !detail)
        hr = set_error(model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
    else if (err->vm[0])
        hr = set_error(model, hr, id, vm, host, detail);
    else
        hr = set_error(model, hr, id, host, detail);
    free(host);
    free(vm);
    free(detail);
    return hr;
}
