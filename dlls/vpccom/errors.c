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

VPCCOM_DEBUG_CHANNEL;

static void set_error_info(enum object_model model, const WCHAR *text)
{
    ICreateErrorInfo *create;
    IErrorInfo *info;

    if (FAILED(CreateErrorInfo(&create))) return;
    ICreateErrorInfo_SetDescription(create, (WCHAR *)text);
    ICreateErrorInfo_SetSource(create, (WCHAR *)identity_of(model)->progid);
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

/* A string from the table with its inserts (WCHAR strings, %1 to %n, at
 * most 8), LocalAlloc'ed; NULL when out of memory. */
static WCHAR *vformat_string(UINT string_id, va_list args)
{
    WCHAR format[1024], *text = NULL;
    DWORD_PTR inserts[8] = { 0 };
    unsigned int i, count;

    if (!LoadStringW(get_vpccom_instance(), string_id, format, ARRAY_SIZE(format)))
    {
        ERR("missing string %u\n", string_id);
        return NULL;
    }
    count = min(count_inserts(format), ARRAY_SIZE(inserts));
    for (i = 0; i < count; i++)
        inserts[i] = (DWORD_PTR)va_arg(args, const WCHAR *);
    FormatMessageW(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER |
                   FORMAT_MESSAGE_ARGUMENT_ARRAY, format, 0, 0, (WCHAR *)&text, 0,
                   (__ms_va_list *)inserts);
    return text;
}

WCHAR *format_string(UINT string_id, ...)
{
    WCHAR *text;
    va_list args;

    va_start(args, string_id);
    text = vformat_string(string_id, args);
    va_end(args);
    return text;
}

/* Hands 'text' (LocalAlloc'ed, freed here) to the script as the error.
 * tools/wine-vpc reads the warn line below ("report_error error ...") to
 * say why a script stopped: keep its shape. */
/* Wine's debug output takes lines of about 1000 bytes and aborts the
 * process on a longer one: a long description goes out in pieces that end
 * on whole UTF-8 characters, the first as "error", the others as "more". */
#define REPORT_CHUNK_BYTES 600

static HRESULT report_error(enum object_model model, HRESULT hr, WCHAR *text)
{
    char *utf8 = strdupWtoA_utf8(text);
    const char *rest = utf8 ? utf8 : "";
    size_t len = strlen(rest), chunk;
    BOOL first = TRUE;

    /* Plain UTF-8, not debugstr_w(): the runner shows it to people. */
    do
    {
        chunk = len;
        if (chunk > REPORT_CHUNK_BYTES)
        {
            chunk = REPORT_CHUNK_BYTES;
            while (chunk && ((unsigned char)rest[chunk] & 0xc0) == 0x80) chunk--;
        }
        if (first) WARN("error %#x: %.*s\n", (unsigned)hr, (int)chunk, rest);
        else WARN("more %.*s\n", (int)chunk, rest);
        first = FALSE;
        rest += chunk;
        len -= chunk;
    } while (len);
    free(utf8);
    if (text)
    {
        set_error_info(model, text);
        LocalFree(text);
    }
    return hr;
}

HRESULT set_error(enum object_model model, HRESULT hr, UINT string_id, ...)
{
    WCHAR *text;
    va_list args;

    va_start(args, string_id);
    text = vformat_string(string_id, args);
    va_end(args);
    return report_error(model, hr, text);
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
    case VPC_ERR_WRONG_STATE: return E_FAIL;
    case VPC_ERR_VM_ACTIVE: return VPC_E_PREF_VM_ACTIVE;
    case VPC_ERR_DUPLICATE_NAME: return VPC_E_CONFIG_DUPLICATE_NAME;
    case VPC_ERR_NAME_INVALID: return VPC_E_CONFIG_NAME_INVALID_CHAR;
    case VPC_ERR_VM_RUNNING_OR_SAVED: return VM_E_VM_RUNNING_OR_SAVED;
    case VPC_ERR_DRIVE_INVALID: return VM_E_DRIVE_INVALID;
    case VPC_ERR_DRIVE_IN_USE: return VM_E_DRIVE_IN_USE;
    case VPC_ERR_NO_MEDIA: return VM_E_NO_MEDIA_CAPTURED;
    case VPC_ERR_MEDIA_WRONG_TYPE: return VM_E_MEDIA_WRONG_TYPE;
    case VPC_ERR_LOCATION_IN_USE: return VM_E_DRIVE_BUS_LOC_IN_USE;
    case VPC_ERR_NETWORK_UNKNOWN: return VM_E_INVALID_VIRTUAL_NETWORK_ID;
    case VPC_ERR_FILE_NOT_FOUND: return HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND);
    case VPC_ERR_LIMIT: return VM_E_PREF_ILLEGAL_VALUE;
    case VPC_ERR_IMAGE_IN_USE: return HRESULT_FROM_WIN32(ERROR_SHARING_VIOLATION);
    case VPC_ERR_CONTROLLER_LIMIT: return E_FAIL;
    case VPC_ERR_FILE_EXISTS: return HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS);
    case VPC_ERR_PATH_NOT_FOUND: return HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
    case VPC_ERR_PORT_IN_USE: return VM_E_PREF_ILLEGAL_VALUE;
    case VPC_ERR_USB_ASSIGNED: return VPC_E_USB_ALREADY_ASSIGNED;
    case VPC_ERR_USB_NOT_ATTACHED: return VPC_E_USB_DETACH_FAILED;
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
    { VPC_ERR_WRONG_STATE, IDS_HOST_OPERATION_FAILED, IDS_VM_WRONG_STATE },
    { VPC_ERR_BUSY, IDS_HOST_OPERATION_FAILED, IDS_VM_BUSY },
    { VPC_ERR_VM_ACTIVE, IDS_HOST_OPERATION_FAILED, IDS_VM_WRONG_STATE },
    { VPC_ERR_DUPLICATE_NAME, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_NAME_INVALID, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_VM_RUNNING_OR_SAVED, IDS_HOST_OPERATION_FAILED, IDS_VM_WRONG_STATE },
    { VPC_ERR_DRIVE_INVALID, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_DRIVE_IN_USE, IDS_HOST_OPERATION_FAILED, IDS_VM_WRONG_STATE },
    { VPC_ERR_NO_MEDIA, IDS_HOST_OPERATION_FAILED, IDS_VM_WRONG_STATE },
    { VPC_ERR_MEDIA_WRONG_TYPE, IDS_HOST_OPERATION_FAILED, IDS_VM_WRONG_STATE },
    { VPC_ERR_LOCATION_IN_USE, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_NETWORK_UNKNOWN, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_FILE_NOT_FOUND, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_LIMIT, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_IMAGE_IN_USE, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_CONTROLLER_LIMIT, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_FILE_EXISTS, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_PATH_NOT_FOUND, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_PORT_IN_USE, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_USB_ASSIGNED, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
    { VPC_ERR_USB_NOT_ATTACHED, IDS_INVALID_ARGUMENT, IDS_VM_INVALID_ARGUMENT },
};

/* What a core error means, in the script's language; LocalAlloc'ed. */
static void trim_full_stop(WCHAR *text)
{
    size_t len = lstrlenW(text);

    while (len && (text[len - 1] == '.' || text[len - 1] == ' ')) text[--len] = 0;
}

/* 'vm_name', when given, names the VM instead of err->vm, which holds at
 * most VPC_ERROR_TEXT_MAX bytes: names of any length reach the script
 * whole. */
WCHAR *describe_vm_error(const vpcError *err, const WCHAR *vm_name)
{
    WCHAR *host, *vm, *detail, *text = NULL;
    UINT id = IDS_HOST_OPERATION_FAILED;
    unsigned int i;

    host = strdupAtoW_utf8(err->host[0] ? err->host : "(libvirt default)");
    vm = vm_name ? strdupW(vm_name) : strdupAtoW_utf8(err->vm);
    detail = strdupAtoW_utf8(err->detail);
    if (!host || !vm || !detail) goto done;
    /* The messages end the sentence themselves. */
    trim_full_stop(detail);

    switch (err->code)
    {
    case VPC_ERR_NO_MEMORY:
        text = format_string(IDS_OUT_OF_MEMORY);
        goto done;
    case VPC_ERR_BACKEND:
        text = format_string(IDS_BACKEND_UNAVAILABLE, detail);
        goto done;
    default:
        break;
    }

    for (i = 0; i < ARRAY_SIZE(core_messages); i++)
    {
        if (core_messages[i].code != err->code) continue;
        id = vm[0] ? core_messages[i].vm_message : core_messages[i].host_message;
        break;
    }
    if (vm[0]) text = format_string(id, vm, host, detail);
    else text = format_string(id, host, detail);

done:
    free(host);
    free(vm);
    free(detail);
    return text;
}

WCHAR *describe_core_error(const vpcError *err)
{
    return describe_vm_error(err, NULL);
}

/* Virtual Server documents VM_E_VM_RUNNING ("running or saved") where
 * Windows Virtual PC has VM_E_VM_RUNNING_OR_SAVED, a code Virtual Server
 * does not define. */
static HRESULT model_hresult(enum object_model model, vpcErrorCode code)
{
    if (model == MODEL_VIRTUAL_SERVER && code == VPC_ERR_VM_RUNNING_OR_SAVED)
        return VPC_E_VM_RUNNING;
    return hresult_from_core(code);
}

HRESULT raise_vm_error(enum object_model model, const vpcError *err, const WCHAR *vm_name)
{
    WCHAR *text = describe_vm_error(err, vm_name);

    if (!text) return set_error(model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
    return report_error(model, model_hresult(model, err->code), text);
}

HRESULT raise_core_error(enum object_model model, const vpcError *err)
{
    WCHAR *text = describe_core_error(err);

    if (!text) return set_error(model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
    return report_error(model, model_hresult(model, err->code), text);
}

HRESULT raise_core_error_as(enum object_model model, HRESULT hr, const vpcError *err)
{
    WCHAR *text = describe_core_error(err);

    if (!text) return set_error(model, E_OUTOFMEMORY, IDS_OUT_OF_MEMORY);
    return report_error(model, hr, text);
}
