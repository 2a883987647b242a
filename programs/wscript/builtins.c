/*
 * Repairs of Wine 8's VBScript builtins that a host can reach.
 *
 * Wine's vbscript.dll looks a name up among the script's global variables
 * before its builtins.  So, before the script runs, the host runs a prelude
 * in the same engine that declares a global variable named like each
 * repaired builtin and sets it to a host object whose default member is the
 * function: 'Dim Join : Set Join = WineVpcBuiltins.Join'.  Calls such as
 * Join(a, "-") then reach the host, optional arguments included.  Names the
 * script declares itself (Dim, Function, Sub, Const, ...) are left alone,
 * as a prelude variable would shadow the script's own Function and make its
 * Dim a redefinition.  Only builtins that are broken and that the script
 * uses are shadowed: each call through a shadow costs an IDispatch call,
 * and each shadow a global that every lookup of a later global passes.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#include "host.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>

#define VBSE(n) MAKE_HRESULT(SEVERITY_ERROR, FACILITY_CONTROL, n)
#define RUNTIME_SOURCE L"Microsoft VBScript runtime error"

static HRESULT vbs_error(EXCEPINFO *excep, int number)
{
    return host_throw(excep, VBSE(number), RUNTIME_SOURCE, NULL);
}

static BOOL missing(VARIANT *v)
{
    return !v || (V_VT(v) == VT_ERROR && V_ERROR(v) == DISP_E_PARAMNOTFOUND);
}

/* A string argument: Null is error 94, what does not convert error 13. */
static HRESULT string_arg(VARIANT *v, BSTR *out, EXCEPINFO *excep)
{
    VARIANT copy;

    *out = NULL;
    if (V_VT(v) == VT_NULL)
        return vbs_error(excep, 94);
    if (V_VT(v) == VT_BSTR)
    {
        *out = SysAllocStringLen(V_BSTR(v), SysStringLen(V_BSTR(v)));
        return S_OK;
    }
    VariantInit(&copy);
    /* As CStr: True is "True", not "-1". */
    if (FAILED(VariantChangeTypeEx(&copy, v, LOCALE_USER_DEFAULT, VARIANT_ALPHABOOL, VT_BSTR)))
        return vbs_error(excep, 13);
    *out = V_BSTR(&copy);
    return S_OK;
}

static HRESULT long_arg(VARIANT *v, LONG *out, EXCEPINFO *excep)
{
    VARIANT copy;

    if (V_VT(v) == VT_NULL)
        return vbs_error(excep, 94);
    VariantInit(&copy);
    if (FAILED(VariantChangeType(&copy, v, 0, VT_I4)))
        return vbs_error(excep, 13);
    *out = V_I4(&copy);
    return S_OK;
}

static BOOL bool_arg(VARIANT *v, BOOL *out)
{
    VARIANT copy;

    VariantInit(&copy);
    if (FAILED(VariantChangeType(&copy, v, 0, VT_BOOL)))
        return FALSE;
    *out = V_BOOL(&copy) != VARIANT_FALSE;
    return TRUE;
}

/* A one-dimensional array argument (Array(), Dim a(n), Split's result). */
static HRESULT array_arg(VARIANT *v, SAFEARRAY **out, EXCEPINFO *excep)
{
    SAFEARRAY *sa = NULL;

    if (V_VT(v) == VT_NULL)
        return vbs_error(excep, 94);
    if (V_VT(v) & VT_ARRAY)
        sa = (V_VT(v) & VT_BYREF) ? *V_ARRAYREF(v) : V_ARRAY(v);
    if (!sa || SafeArrayGetDim(sa) != 1)
        return vbs_error(excep, 13);
    *out = sa;
    return S_OK;
}

/* The elements of a one-dimensional array, as strings. */
static HRESULT array_strings(SAFEARRAY *sa, BSTR **strings, LONG *count, EXCEPINFO *excep)
{
    LONG lower, upper, i;
    VARTYPE vt;
    HRESULT hr = S_OK;

    SafeArrayGetLBound(sa, 1, &lower);
    SafeArrayGetUBound(sa, 1, &upper);
    SafeArrayGetVartype(sa, &vt);
    *count = upper - lower + 1;
    if (*count < 0)
        *count = 0;
    *strings = calloc(*count + 1, sizeof(BSTR));
    for (i = 0; i < *count && SUCCEEDED(hr); i++)
    {
        LONG index = lower + i;
        VARIANT element;
        VariantInit(&element);
        if (vt == VT_VARIANT)
            hr = SafeArrayGetElement(sa, &index, &element);
        else if (vt == VT_BSTR)
        {
            BSTR s = NULL;
            hr = SafeArrayGetElement(sa, &index, &s);
            V_VT(&element) = VT_BSTR;
            V_BSTR(&element) = s;
        }
        else
            hr = E_INVALIDARG;
        if (FAILED(hr))
        {
            hr = vbs_error(excep, 13);
            break;
        }
        if (V_VT(&element) == VT_EMPTY)
            (*strings)[i] = SysAllocString(L"");
        else
            hr = string_arg(&element, &(*strings)[i], excep);
        VariantClear(&element);
    }
    if (FAILED(hr))
    {
        for (i = 0; i < *count; i++)
            SysFreeString((*strings)[i]);
        free(*strings);
        *strings = NULL;
    }
    return hr;
}

static void free_strings(BSTR *strings, LONG count)
{
    LONG i;

    for (i = 0; i < count; i++)
        SysFreeString(strings[i]);
    free(strings);
}

/* A zero-based array of strings, VBScript's kind (of VARIANTs). */
static HRESULT return_string_array(VARIANT *result, BSTR *strings, LONG count)
{
    SAFEARRAY *sa = SafeArrayCreateVector(VT_VARIANT, 0, count);
    LONG i;

    if (!sa)
        return E_OUTOFMEMORY;
    for (i = 0; i < count; i++)
    {
        VARIANT v;
        V_VT(&v) = VT_BSTR;
        V_BSTR(&v) = strings[i];
        SafeArrayPutElement(sa, &i, &v);
    }
    V_VT(result) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(result) = sa;
    return S_OK;
}

/* InStr in binary (case-sensitive) or text comparison; -1 when absent. */
static LONG find_in(const WCHAR *s, LONG len, const WCHAR *what, LONG what_len, LONG from, BOOL text)
{
    LONG i;

    for (i = from; i + what_len <= len; i++)
    {
        if (text ? CompareStringW(LOCALE_USER_DEFAULT, NORM_IGNORECASE, s + i, what_len, what, what_len) ==
                   CSTR_EQUAL
                 : !memcmp(s + i, what, what_len * sizeof(WCHAR)))
            return i;
    }
    return -1;
}

static HRESULT compare_arg(VARIANT *v, BOOL *text, EXCEPINFO *excep)
{
    LONG compare;
    HRESULT hr;

    *text = FALSE;
    if (missing(v))
        return S_OK;
    if (FAILED(hr = long_arg(v, &compare, excep)))
        return hr;
    if (compare != 0 && compare != 1)
        return vbs_error(excep, 5);
    *text = compare == 1;
    return S_OK;
}

/* Join(list[, delimiter]): Wine 8 has only a stub. */
static HRESULT fn_join(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params);
    BSTR delimiter = NULL, *strings, joined;
    SAFEARRAY *sa;
    LONG count, i;
    size_t len = 0, dlen;
    HRESULT hr;

    if (argc < 1 || argc > 2)
        return vbs_error(excep, 450);
    if (FAILED(hr = array_arg(host_arg(params, 0), &sa, excep)))
        return hr;
    if (argc > 1 && !missing(host_arg(params, 1)))
    {
        if (FAILED(hr = string_arg(host_arg(params, 1), &delimiter, excep)))
            return hr;
    }
    else
        delimiter = SysAllocString(L" ");
    if (FAILED(hr = array_strings(sa, &strings, &count, excep)))
    {
        SysFreeString(delimiter);
        return hr;
    }
    dlen = SysStringLen(delimiter);
    for (i = 0; i < count; i++)
        len += SysStringLen(strings[i]) + (i ? dlen : 0);
    joined = SysAllocStringLen(NULL, len);
    len = 0;
    for (i = 0; i < count; i++)
    {
        if (i)
        {
            memcpy(joined + len, delimiter, dlen * sizeof(WCHAR));
            len += dlen;
        }
        memcpy(joined + len, strings[i], SysStringLen(strings[i]) * sizeof(WCHAR));
        len += SysStringLen(strings[i]);
    }
    free_strings(strings, count);
    SysFreeString(delimiter);
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = joined;
    return S_OK;
}

/* Filter(strings, value[, include[, compare]]). */
static HRESULT fn_filter(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params);
    BOOL include = TRUE, text = FALSE;
    BSTR value, *strings, *kept;
    SAFEARRAY *sa;
    LONG count, i, n = 0;
    HRESULT hr;

    if (argc < 2 || argc > 4)
        return vbs_error(excep, 450);
    if (FAILED(hr = array_arg(host_arg(params, 0), &sa, excep)))
        return hr;
    if (FAILED(hr = string_arg(host_arg(params, 1), &value, excep)))
        return hr;
    if (argc > 2 && !missing(host_arg(params, 2)))
    {
        if (V_VT(host_arg(params, 2)) == VT_NULL)
            hr = vbs_error(excep, 94);
        else if (!bool_arg(host_arg(params, 2), &include))
            hr = vbs_error(excep, 13);
    }
    if (SUCCEEDED(hr) && argc > 3)
        hr = compare_arg(host_arg(params, 3), &text, excep);
    if (SUCCEEDED(hr))
        hr = array_strings(sa, &strings, &count, excep);
    if (FAILED(hr))
    {
        SysFreeString(value);
        return hr;
    }
    kept = calloc(count + 1, sizeof(BSTR));
    for (i = 0; i < count; i++)
    {
        BOOL found = find_in(strings[i], SysStringLen(strings[i]), value, SysStringLen(value), 0, text) >= 0;
        if (found == include)
        {
            kept[n++] = strings[i];
            strings[i] = NULL;
        }
    }
    free_strings(strings, count);
    SysFreeString(value);
    hr = return_string_array(result, kept, n);
    free(kept);
    return hr;
}

/* Split(expression[, delimiter[, count[, compare]]]): Wine 8 ignores count. */
static HRESULT fn_split(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params);
    BSTR s, delimiter = NULL, *parts;
    LONG limit = -1, n = 0, len, dlen, pos = 0;
    BOOL text = FALSE;
    HRESULT hr;

    if (argc < 1 || argc > 4)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &s, excep)))
        return hr;
    if (argc > 1 && !missing(host_arg(params, 1)))
        hr = string_arg(host_arg(params, 1), &delimiter, excep);
    else
        delimiter = SysAllocString(L" ");
    if (SUCCEEDED(hr) && argc > 2 && !missing(host_arg(params, 2)))
    {
        hr = long_arg(host_arg(params, 2), &limit, excep);
        if (SUCCEEDED(hr) && limit < -1)
            hr = vbs_error(excep, 5);
    }
    if (SUCCEEDED(hr) && argc > 3)
        hr = compare_arg(host_arg(params, 3), &text, excep);
    if (FAILED(hr))
    {
        SysFreeString(s);
        SysFreeString(delimiter);
        return hr;
    }
    len = SysStringLen(s);
    dlen = SysStringLen(delimiter);
    parts = calloc(len + 2, sizeof(BSTR));
    if (len && limit != 0)
    {
        for (;;)
        {
            LONG at = dlen ? find_in(s, len, delimiter, dlen, pos, text) : -1;
            if (at < 0 || (limit > 0 && n == limit - 1))
            {
                parts[n++] = SysAllocStringLen(s + pos, len - pos);
                break;
            }
            parts[n++] = SysAllocStringLen(s + pos, at - pos);
            pos = at + dlen;
        }
    }
    SysFreeString(s);
    SysFreeString(delimiter);
    hr = return_string_array(result, parts, n);
    free(parts);
    return hr;
}

/* Round half to even, at some decimal places, as VBScript does (Wine 8's
 * VarRound rounds half away from zero). */
static double round_even(double x, LONG places)
{
    double scale, y, lower, diff;

    if (places > 22 || !isfinite(x))
        return x;
    scale = pow(10.0, places);
    y = x * scale;
    lower = floor(y);
    diff = y - lower;
    /* x*scale carries binary noise: 2.675 * 100 is 267.49999999999997. */
    if (fabs(diff - 0.5) <= 1e-9 * fmax(1.0, fabs(y)))
        y = fmod(lower, 2.0) == 0.0 ? lower : lower + 1.0;
    else
        y = floor(y + 0.5);
    return y / scale;
}

static HRESULT fn_round(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params);
    VARIANT *v, copy;
    LONG places = 0;
    HRESULT hr;

    if (argc < 1 || argc > 2)
        return vbs_error(excep, 450);
    v = host_arg(params, 0);
    if (argc > 1 && !missing(host_arg(params, 1)))
    {
        if (FAILED(hr = long_arg(host_arg(params, 1), &places, excep)))
            return hr;
        if (places < 0)
            return vbs_error(excep, 5);
    }
    switch (V_VT(v))
    {
    case VT_NULL:
        V_VT(result) = VT_NULL;
        return S_OK;
    case VT_EMPTY:
        V_VT(result) = VT_I2;
        V_I2(result) = 0;
        return S_OK;
    case VT_I1: case VT_I2: case VT_I4: case VT_I8: case VT_UI1: case VT_UI2: case VT_UI4: case VT_UI8:
    case VT_INT: case VT_UINT: case VT_BOOL:
        return VariantCopy(result, v);
    case VT_R4:
        V_VT(result) = VT_R4;
        V_R4(result) = (float)round_even(V_R4(v), places);
        return S_OK;
    case VT_CY:
    {
        double d;
        VarR8FromCy(V_CY(v), &d);
        V_VT(result) = VT_CY;
        VarCyFromR8(round_even(d, places), &V_CY(result));
        return S_OK;
    }
    case VT_DECIMAL:
    {
        /* Through text, to keep its 28 digits: round the decimal digits. */
        return VarRound(v, places, result) == S_OK ? S_OK : vbs_error(excep, 13);
    }
    default:
        VariantInit(&copy);
        if (FAILED(VariantChangeTypeEx(&copy, v, LOCALE_USER_DEFAULT, 0, VT_R8)))
            return vbs_error(excep, 13);
        V_VT(result) = VT_R8;
        V_R8(result) = round_even(V_R8(&copy), places);
        return S_OK;
    }
}

/* MsgBox and InputBox without a display: the console.  MsgBox writes its
 * prompt and answers with the default button; InputBox writes its prompt
 * and reads a line from stdin (the default at its end). */
static HRESULT fn_msgbox(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    static const int answers[6][3] =
    {
        { 1, 1, 1 },    /* vbOKOnly */
        { 1, 2, 2 },    /* vbOKCancel */
        { 3, 4, 5 },    /* vbAbortRetryIgnore */
        { 6, 7, 2 },    /* vbYesNoCancel */
        { 6, 7, 7 },    /* vbYesNo */
        { 4, 2, 2 },    /* vbRetryCancel */
    };
    unsigned int argc = host_arg_count(params);
    LONG buttons = 0;
    BSTR prompt;
    HRESULT hr;

    if (argc < 1 || argc > 5)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &prompt, excep)))
        return hr;
    if (argc > 1 && !missing(host_arg(params, 1)) && FAILED(hr = long_arg(host_arg(params, 1), &buttons, excep)))
    {
        SysFreeString(prompt);
        return hr;
    }
    output_write(FALSE, prompt, SysStringLen(prompt));
    output_write(FALSE, host_newline(), -1);
    SysFreeString(prompt);
    V_VT(result) = VT_I2;
    V_I2(result) = answers[(buttons & 7) < 6 ? (buttons & 7) : 0][((buttons >> 8) & 3) < 3 ? (buttons >> 8) & 3 : 0];
    return S_OK;
}

static HRESULT fn_inputbox(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params);
    BSTR prompt, answer, fallback = NULL;
    HRESULT hr;

    if (argc < 1 || argc > 7)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &prompt, excep)))
        return hr;
    if (argc > 2 && !missing(host_arg(params, 2)) && FAILED(hr = string_arg(host_arg(params, 2), &fallback, excep)))
    {
        SysFreeString(prompt);
        return hr;
    }
    output_write(FALSE, prompt, SysStringLen(prompt));
    output_write(FALSE, host_newline(), -1);
    SysFreeString(prompt);
    answer = host_read_line();
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = answer ? answer : fallback ? fallback : SysAllocString(L"");
    if (answer)
        SysFreeString(fallback);
    return S_OK;
}

/* The libvirt hosts a server name stands for: a name or URI of the Hosts
 * setting (WINE_VPC_HOSTS first, as vpccom reads it), or a libvirt URI.
 * NULL for this machine. */
static WCHAR *server_hosts(const WCHAR *server, BOOL *unknown)
{
    WCHAR list[8192], *entry, *next, computer[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD size = sizeof(list), computer_len = ARRAY_SIZE(computer);
    DWORD type;
    HKEY key;

    *unknown = FALSE;
    if (!server[0] || !lstrcmpiW(server, L".") || !lstrcmpiW(server, L"localhost") ||
        (GetComputerNameW(computer, &computer_len) && !lstrcmpiW(server, computer)))
        return NULL;
    list[0] = list[1] = 0;
    if (GetEnvironmentVariableW(L"WINE_VPC_HOSTS", list, ARRAY_SIZE(list) - 1))
    {
        for (entry = list; *entry; entry++)
            if (*entry == ',')
                *entry = 0;
        list[lstrlenW(list) + 1] = 0;
    }
    else if (!RegOpenKeyExW(HKEY_CURRENT_USER, L"Software\\Wine\\VirtualPC", 0, KEY_READ, &key))
    {
        if (RegQueryValueExW(key, L"Hosts", NULL, &type, (BYTE *)list, &size) || size >= sizeof(list) - 4)
            list[0] = 0;
        else
        {
            list[size / sizeof(WCHAR)] = list[size / sizeof(WCHAR) + 1] = 0;
            if (type == REG_SZ)
                for (entry = list; *entry; entry++)
                    if (*entry == ',')
                        *entry = 0;
        }
        RegCloseKey(key);
    }
    for (entry = list; *entry; entry = next)
    {
        WCHAR *equals = wcschr(entry, '=');
        next = entry + lstrlenW(entry) + 1;
        while (iswspace(*entry))
            entry++;
        if ((equals && (equals - entry) == lstrlenW(server) && !_wcsnicmp(entry, server, equals - entry)) ||
            !lstrcmpiW(equals ? equals + 1 : entry, server))
            return _wcsdup(entry);
    }
    if (wcsstr(server, L"://") || wcsstr(server, L":///"))
        return _wcsdup(server);
    *unknown = TRUE;
    return NULL;
}

static BOOL is_wine_vpc_progid(const WCHAR *progid)
{
    return !lstrcmpiW(progid, L"VirtualServer.Application") || !lstrcmpiW(progid, L"VirtualPC.Application") ||
           !_wcsnicmp(progid, L"VirtualServer.Application.", 26) ||
           !_wcsnicmp(progid, L"VirtualPC.Application.", 22);
}

/* CreateObject(progid[, server]): for wine-vpc's two classes, server names
 * the libvirt host whose machines the object serves; the object reads its
 * hosts from WINE_VPC_HOSTS when it is created (see vpccom's settings). */
static HRESULT fn_createobject(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                               EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params);
    BSTR progid, server = NULL;
    WCHAR *hosts = NULL, saved[8192], message[512];
    BOOL had_saved, unknown = FALSE;
    IDispatch *disp = NULL;
    CLSID clsid;
    HRESULT hr;

    if (argc < 1 || argc > 2)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &progid, excep)))
        return hr;
    if (argc > 1 && !missing(host_arg(params, 1)) && FAILED(hr = string_arg(host_arg(params, 1), &server, excep)))
    {
        SysFreeString(progid);
        return hr;
    }
    if (FAILED(CLSIDFromProgID(progid, &clsid)))
    {
        SysFreeString(progid);
        SysFreeString(server);
        return vbs_error(excep, 429);
    }
    if (server && server[0])
    {
        hosts = server_hosts(server, &unknown);
        if (unknown || (hosts && !is_wine_vpc_progid(progid)))
        {
            /* There is no DCOM under Wine: another class cannot be remote. */
            _snwprintf(message, ARRAY_SIZE(message) - 1, unknown ?
                       L"The remote server machine does not exist or is unavailable: \"%s\" is neither a host "
                       L"of the Hosts setting nor a libvirt URI" :
                       L"The remote server machine does not exist or is unavailable: \"%s\" (only wine-vpc's "
                       L"classes reach other machines)", server);
            message[ARRAY_SIZE(message) - 1] = 0;
            free(hosts);
            SysFreeString(progid);
            SysFreeString(server);
            return host_throw(excep, VBSE(462), RUNTIME_SOURCE, message);
        }
    }
    had_saved = GetEnvironmentVariableW(L"WINE_VPC_HOSTS", saved, ARRAY_SIZE(saved)) != 0;
    if (hosts)
        SetEnvironmentVariableW(L"WINE_VPC_HOSTS", hosts);
    hr = CoCreateInstance(&clsid, NULL, CLSCTX_INPROC_SERVER | CLSCTX_LOCAL_SERVER, &IID_IDispatch, (void **)&disp);
    if (hosts)
        SetEnvironmentVariableW(L"WINE_VPC_HOSTS", had_saved ? saved : NULL);
    free(hosts);
    SysFreeString(progid);
    SysFreeString(server);
    if (FAILED(hr))
        return vbs_error(excep, 429);
    V_VT(result) = VT_DISPATCH;
    V_DISPATCH(result) = disp;
    return S_OK;
}


/* ChrW(code) and AscW(string): Wine 8 stops the script with 445. */
static HRESULT fn_chrw(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    LONG code;
    WCHAR c;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (FAILED(hr = long_arg(host_arg(params, 0), &code, excep)))
        return hr;
    if (code < -32768 || code > 65535)
        return vbs_error(excep, 5);
    c = (WCHAR)(code & 0xffff);
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = SysAllocStringLen(&c, 1);
    return S_OK;
}

static HRESULT fn_ascw(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    BSTR text;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &text, excep)))
        return hr;
    if (!SysStringLen(text))
    {
        SysFreeString(text);
        return vbs_error(excep, 5);
    }
    /* An Integer: code units above 32767 are negative. */
    V_VT(result) = VT_I2;
    V_I2(result) = (SHORT)text[0];
    SysFreeString(text);
    return S_OK;
}

/* String(number, character): character a string (its first character) or
 * a character code (taken modulo 256); Null in either gives Null. */
static HRESULT fn_string(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    VARIANT *count_arg, *char_arg;
    LONG count, code, i;
    WCHAR c;
    BSTR text;
    HRESULT hr;

    if (host_arg_count(params) != 2)
        return vbs_error(excep, 450);
    count_arg = host_arg(params, 0);
    char_arg = host_arg(params, 1);
    if (V_VT(count_arg) == VT_NULL || V_VT(char_arg) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = long_arg(count_arg, &count, excep)))
        return hr;
    if (count < 0)
        return vbs_error(excep, 5);
    if (V_VT(char_arg) == VT_BSTR)
    {
        if (!SysStringLen(V_BSTR(char_arg)))
            return vbs_error(excep, 5);
        c = V_BSTR(char_arg)[0];
    }
    else
    {
        if (FAILED(hr = long_arg(char_arg, &code, excep)))
            return hr;
        c = (WCHAR)(((code % 256) + 256) % 256);
    }
    text = SysAllocStringLen(NULL, count);
    for (i = 0; i < count; i++)
        text[i] = c;
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = text;
    return S_OK;
}

/* Escape and Unescape, as JScript's escape: %XX below 256, %uXXXX above;
 * letters, digits and @*_+-./ stay. */
static HRESULT fn_escape(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    static const WCHAR hex[] = L"0123456789ABCDEF";
    WCHAR *out;
    BSTR text;
    UINT i, n = 0, len;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (V_VT(host_arg(params, 0)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = string_arg(host_arg(params, 0), &text, excep)))
        return hr;
    len = SysStringLen(text);
    out = malloc((len * 6 + 1) * sizeof(WCHAR));
    for (i = 0; i < len; i++)
    {
        WCHAR c = text[i];
        if ((c < 128 && iswalnum(c)) || (c && wcschr(L"@*_+-./", c)))
            out[n++] = c;
        else if (c < 256)
        {
            out[n++] = '%';
            out[n++] = hex[c >> 4];
            out[n++] = hex[c & 15];
        }
        else
        {
            out[n++] = '%';
            out[n++] = 'u';
            out[n++] = hex[c >> 12];
            out[n++] = hex[(c >> 8) & 15];
            out[n++] = hex[(c >> 4) & 15];
            out[n++] = hex[c & 15];
        }
    }
    SysFreeString(text);
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = SysAllocStringLen(out, n);
    free(out);
    return S_OK;
}

static int hex_value(WCHAR c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static HRESULT fn_unescape(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    WCHAR *out;
    BSTR text;
    UINT i, n = 0, len;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (V_VT(host_arg(params, 0)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = string_arg(host_arg(params, 0), &text, excep)))
        return hr;
    len = SysStringLen(text);
    out = malloc((len + 1) * sizeof(WCHAR));
    for (i = 0; i < len; i++)
    {
        /* A % that starts no escape stays as it is. */
        if (text[i] == '%' && i + 5 < len && text[i + 1] == 'u' && hex_value(text[i + 2]) >= 0 &&
            hex_value(text[i + 3]) >= 0 && hex_value(text[i + 4]) >= 0 && hex_value(text[i + 5]) >= 0)
        {
            out[n++] = (hex_value(text[i + 2]) << 12) | (hex_value(text[i + 3]) << 8) |
                       (hex_value(text[i + 4]) << 4) | hex_value(text[i + 5]);
            i += 5;
        }
        else if (text[i] == '%' && i + 2 < len && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0)
        {
            out[n++] = (hex_value(text[i + 1]) << 4) | hex_value(text[i + 2]);
            i += 2;
        }
        else
            out[n++] = text[i];
    }
    SysFreeString(text);
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = SysAllocStringLen(out, n);
    free(out);
    return S_OK;
}


/* Dates.  A VBScript Date is an OLE DATE: days since 1899-12-30, the time
 * as a fraction whose sign follows the day's (-1.25 is 1899-12-29 06:00).
 * The functions below count in whole days and seconds. */

static LONG days_from_civil(LONG y, LONG m, LONG d)
{
    LONG era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    /* 719468 days from 0000-03-01 to 1970-01-01; 25569 from 1899-12-30. */
    return era * 146097 + doe - 719468 + 25569;
}

static void civil_from_days(LONG z, LONG *y, LONG *m, LONG *d)
{
    LONG era, doe, yoe, doy, mp;

    z += 719468 - 25569;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

static LONG days_in_month(LONG y, LONG m)
{
    return days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - days_from_civil(y, m, 1);
}

/* A DATE as day and second of the day, and back. */
static void split_date(DATE date, LONG *day, LONG *second)
{
    double whole = trunc(date);

    *day = (LONG)whole;
    *second = (LONG)floor(fabs(date - whole) * 86400.0 + 0.5);
    if (*second >= 86400)
    {
        *second -= 86400;
        *day += date < 0 ? -1 : 1;
    }
}

static DATE join_date(LONG day, LONG second)
{
    return day >= 0 ? day + second / 86400.0 : day - second / 86400.0;
}

static LONGLONG linear_seconds(DATE date)
{
    LONG day, second;

    split_date(date, &day, &second);
    return (LONGLONG)day * 86400 + second;
}

static DATE date_from_linear(LONGLONG seconds)
{
    LONGLONG day = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);

    return join_date((LONG)day, (LONG)(seconds - day * 86400));
}

static HRESULT date_arg(VARIANT *v, DATE *out, EXCEPINFO *excep)
{
    VARIANT copy;

    if (V_VT(v) == VT_NULL)
        return vbs_error(excep, 94);
    VariantInit(&copy);
    if (FAILED(VariantChangeTypeEx(&copy, v, LOCALE_USER_DEFAULT, 0, VT_DATE)))
        return vbs_error(excep, 13);
    *out = V_DATE(&copy);
    return S_OK;
}

enum interval { IV_YEAR, IV_QUARTER, IV_MONTH, IV_DAYOFYEAR, IV_DAY, IV_WEEKDAY, IV_WEEK, IV_HOUR, IV_MINUTE,
                IV_SECOND };

static HRESULT interval_arg(VARIANT *v, enum interval *out, EXCEPINFO *excep)
{
    static const struct { const WCHAR *name; enum interval value; } names[] =
    {
        { L"yyyy", IV_YEAR }, { L"q", IV_QUARTER }, { L"m", IV_MONTH }, { L"y", IV_DAYOFYEAR },
        { L"d", IV_DAY }, { L"w", IV_WEEKDAY }, { L"ww", IV_WEEK }, { L"h", IV_HOUR }, { L"n", IV_MINUTE },
        { L"s", IV_SECOND },
    };
    BSTR name;
    size_t i;
    HRESULT hr;

    if (FAILED(hr = string_arg(v, &name, excep)))
        return hr;
    for (i = 0; i < ARRAY_SIZE(names); i++)
        if (!lstrcmpiW(name, names[i].name))
        {
            *out = names[i].value;
            SysFreeString(name);
            return S_OK;
        }
    SysFreeString(name);
    return vbs_error(excep, 5);
}

/* Weekday of a day number, 1 = Sunday .. 7 = Saturday (1899-12-30 was a
 * Saturday). */
static LONG weekday_of(LONG day)
{
    return (LONG)(((day % 7) + 7 + 6) % 7) + 1;
}

static HRESULT firstday_arg(DISPPARAMS *params, unsigned int index, LONG *first, EXCEPINFO *excep)
{
    HRESULT hr;

    *first = 1;     /* vbSunday */
    if (host_arg_count(params) <= index || missing(host_arg(params, index)))
        return S_OK;
    if (FAILED(hr = long_arg(host_arg(params, index), first, excep)))
        return hr;
    if (*first == 0)
        *first = 1;     /* vbUseSystemDayOfWeek: Sunday, as Windows in the en-US locale */
    if (*first < 1 || *first > 7)
        return vbs_error(excep, 5);
    return S_OK;
}

/* The day number that starts DAY's week, weeks starting on FIRST. */
static LONG week_start(LONG day, LONG first)
{
    return day - ((weekday_of(day) - first + 7) % 7);
}

static HRESULT return_date(VARIANT *result, DATE date)
{
    V_VT(result) = VT_DATE;
    V_DATE(result) = date;
    return S_OK;
}

static HRESULT return_i4(VARIANT *result, LONG n)
{
    V_VT(result) = VT_I4;
    V_I4(result) = n;
    return S_OK;
}

/* DateAdd(interval, number, date): months added keep the day, or the
 * month's last day when it has fewer (Wine 8 rolls over into the next). */
static HRESULT fn_dateadd(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    enum interval interval;
    LONG number, day, second, y, m, d;
    DATE date;
    VARIANT copy;
    HRESULT hr;

    if (host_arg_count(params) != 3)
        return vbs_error(excep, 450);
    if (V_VT(host_arg(params, 1)) == VT_NULL || V_VT(host_arg(params, 2)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = interval_arg(host_arg(params, 0), &interval, excep)))
        return hr;
    VariantInit(&copy);
    if (FAILED(VariantChangeType(&copy, host_arg(params, 1), 0, VT_R8)))
        return vbs_error(excep, 13);
    number = (LONG)trunc(V_R8(&copy));
    if (FAILED(hr = date_arg(host_arg(params, 2), &date, excep)))
        return hr;
    split_date(date, &day, &second);
    switch (interval)
    {
    case IV_YEAR: number *= 12; /* fall through */
    case IV_QUARTER: if (interval == IV_QUARTER) number *= 3; /* fall through */
    case IV_MONTH:
    {
        LONG months;
        civil_from_days(day, &y, &m, &d);
        months = y * 12 + (m - 1) + number;
        y = months >= 0 ? months / 12 : -((-months + 11) / 12);
        m = months - y * 12 + 1;
        if (y < 100 || y > 9999)
            return vbs_error(excep, 5);
        if (d > days_in_month(y, m))
            d = days_in_month(y, m);
        return return_date(result, join_date(days_from_civil(y, m, d), second));
    }
    case IV_DAYOFYEAR: case IV_DAY: case IV_WEEKDAY:
        return return_date(result, date_from_linear(linear_seconds(date) + (LONGLONG)number * 86400));
    case IV_WEEK:
        return return_date(result, date_from_linear(linear_seconds(date) + (LONGLONG)number * 7 * 86400));
    case IV_HOUR:
        return return_date(result, date_from_linear(linear_seconds(date) + (LONGLONG)number * 3600));
    case IV_MINUTE:
        return return_date(result, date_from_linear(linear_seconds(date) + (LONGLONG)number * 60));
    case IV_SECOND:
        return return_date(result, date_from_linear(linear_seconds(date) + number));
    }
    return vbs_error(excep, 5);
}

static LONGLONG floor_div(LONGLONG a, LONGLONG b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* DateDiff(interval, date1, date2[, firstdayofweek[, firstweekofyear]]):
 * the number of interval boundaries between the two dates. */
static HRESULT fn_datediff(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    enum interval interval;
    LONG day1, day2, sec1, sec2, y1, m1, d1, y2, m2, d2, first;
    DATE date1, date2;
    HRESULT hr;

    if (host_arg_count(params) < 3 || host_arg_count(params) > 5)
        return vbs_error(excep, 450);
    if (V_VT(host_arg(params, 1)) == VT_NULL || V_VT(host_arg(params, 2)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = interval_arg(host_arg(params, 0), &interval, excep)) ||
        FAILED(hr = date_arg(host_arg(params, 1), &date1, excep)) ||
        FAILED(hr = date_arg(host_arg(params, 2), &date2, excep)) ||
        FAILED(hr = firstday_arg(params, 3, &first, excep)))
        return hr;
    split_date(date1, &day1, &sec1);
    split_date(date2, &day2, &sec2);
    civil_from_days(day1, &y1, &m1, &d1);
    civil_from_days(day2, &y2, &m2, &d2);
    switch (interval)
    {
    case IV_YEAR: return return_i4(result, y2 - y1);
    case IV_QUARTER: return return_i4(result, (y2 * 4 + (m2 - 1) / 3) - (y1 * 4 + (m1 - 1) / 3));
    case IV_MONTH: return return_i4(result, (y2 * 12 + m2) - (y1 * 12 + m1));
    case IV_DAYOFYEAR: case IV_DAY: return return_i4(result, day2 - day1);
    case IV_WEEKDAY: return return_i4(result, (day2 - day1) / 7);
    case IV_WEEK: return return_i4(result, (week_start(day2, first) - week_start(day1, first)) / 7);
    case IV_HOUR:
        return return_i4(result, (LONG)(floor_div(linear_seconds(date2), 3600) - floor_div(linear_seconds(date1), 3600)));
    case IV_MINUTE:
        return return_i4(result, (LONG)(floor_div(linear_seconds(date2), 60) - floor_div(linear_seconds(date1), 60)));
    case IV_SECOND:
        return return_i4(result, (LONG)(linear_seconds(date2) - linear_seconds(date1)));
    }
    return vbs_error(excep, 5);
}

/* DatePart(interval, date[, firstdayofweek[, firstweekofyear]]). */
static HRESULT fn_datepart(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    enum interval interval;
    LONG day, second, y, m, d, first, first_week = 1, jan1;
    DATE date;
    HRESULT hr;

    if (host_arg_count(params) < 2 || host_arg_count(params) > 4)
        return vbs_error(excep, 450);
    if (V_VT(host_arg(params, 1)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = interval_arg(host_arg(params, 0), &interval, excep)) ||
        FAILED(hr = date_arg(host_arg(params, 1), &date, excep)) ||
        FAILED(hr = firstday_arg(params, 2, &first, excep)))
        return hr;
    if (host_arg_count(params) > 3 && !missing(host_arg(params, 3)))
    {
        if (FAILED(hr = long_arg(host_arg(params, 3), &first_week, excep)))
            return hr;
        if (first_week == 0)
            first_week = 1;
        if (first_week < 1 || first_week > 3)
            return vbs_error(excep, 5);
    }
    split_date(date, &day, &second);
    civil_from_days(day, &y, &m, &d);
    jan1 = days_from_civil(y, 1, 1);
    switch (interval)
    {
    case IV_YEAR: return return_i4(result, y);
    case IV_QUARTER: return return_i4(result, (m - 1) / 3 + 1);
    case IV_MONTH: return return_i4(result, m);
    case IV_DAYOFYEAR: return return_i4(result, day - jan1 + 1);
    case IV_DAY: return return_i4(result, d);
    case IV_WEEKDAY: return return_i4(result, (weekday_of(day) - first + 7) % 7 + 1);
    case IV_WEEK:
    {
        /* Week 1: the week of January 1 (vbFirstJan1), the first with four
         * days of the year (vbFirstFourDays), or the first full week
         * (vbFirstFullWeek). */
        LONG start = week_start(jan1, first), week;
        if (first_week == 2 && jan1 - start >= 4)
            start += 7;
        else if (first_week == 3 && start != jan1)
            start += 7;
        week = floor_div(day - start, 7) + 1;
        if (week < 1)
        {
            /* The last week of the previous year. */
            LONG prev_jan1 = days_from_civil(y - 1, 1, 1), prev_start = week_start(prev_jan1, first);
            if (first_week == 2 && prev_jan1 - prev_start >= 4)
                prev_start += 7;
            else if (first_week == 3 && prev_start != prev_jan1)
                prev_start += 7;
            week = floor_div(day - prev_start, 7) + 1;
        }
        return return_i4(result, week);
    }
    case IV_HOUR: return return_i4(result, second / 3600);
    case IV_MINUTE: return return_i4(result, second / 60 % 60);
    case IV_SECOND: return return_i4(result, second % 60);
    }
    return vbs_error(excep, 5);
}

/* DateValue, TimeValue: the date or the time of what converts to a Date. */
static HRESULT date_or_time(DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep, BOOL want_date)
{
    LONG day, second;
    DATE date;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (V_VT(host_arg(params, 0)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return S_OK;
    }
    if (FAILED(hr = date_arg(host_arg(params, 0), &date, excep)))
        return hr;
    split_date(date, &day, &second);
    return return_date(result, want_date ? (DATE)day : second / 86400.0);
}

static HRESULT fn_datevalue(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    return date_or_time(params, result, excep, TRUE);
}

static HRESULT fn_timevalue(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    return date_or_time(params, result, excep, FALSE);
}

/* IsDate: whether the value converts to a Date (Wine 8 says False for
 * every string). */
static HRESULT fn_isdate(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    VARIANT *v, copy;
    BOOL ok = FALSE;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    v = host_arg(params, 0);
    if (V_VT(v) == VT_DATE)
        ok = TRUE;
    else if (V_VT(v) == VT_BSTR)
    {
        VariantInit(&copy);
        ok = SUCCEEDED(VariantChangeTypeEx(&copy, v, LOCALE_USER_DEFAULT, 0, VT_DATE));
    }
    V_VT(result) = VT_BOOL;
    V_BOOL(result) = ok ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}


/* Execute and ExecuteGlobal (statements) and Eval (an expression): Wine 8
 * has stubs.  The code runs in the engine's global scope, also when called
 * inside a procedure (Windows runs Execute's code in the caller's scope). */
static HRESULT run_code_arg(DISPPARAMS *params, DWORD flags, VARIANT *result, EXCEPINFO *excep)
{
    BSTR code;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &code, excep)))
        return hr;
    hr = host_run_nested(code, flags, result, excep);
    SysFreeString(code);
    if (hr == E_UNEXPECTED)
        return vbs_error(excep, 5);
    return hr;
}

static HRESULT fn_execute(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return run_code_arg(params, 0, NULL, excep);
}

static HRESULT fn_eval(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return run_code_arg(params, SCRIPTTEXT_ISEXPRESSION, result, excep);
}

/* GetRef(name): an object whose default method calls the script's
 * procedure NAME. */
struct procref
{
    struct hostobj obj;
    IDispatch *script;
    DISPID id;
};

static HRESULT procref_call(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    struct procref *ref = CONTAINING_RECORD(obj, struct procref, obj);
    static const IID null_iid;

    return IDispatch_Invoke(ref->script, ref->id, &null_iid, 0, DISPATCH_METHOD, params, result, excep, NULL);
}

static const struct member procref_members[] = { { L"Call", DISPID_VALUE, procref_call }, { NULL } };

static void procref_destroy(struct hostobj *obj)
{
    struct procref *ref = CONTAINING_RECORD(obj, struct procref, obj);

    IDispatch_Release(ref->script);
    free(ref);
}

static HRESULT fn_getref(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    static const IID null_iid;
    struct procref *ref;
    IDispatch *script;
    LPOLESTR names[1];
    DISPID id;
    BSTR name;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (FAILED(hr = string_arg(host_arg(params, 0), &name, excep)))
        return hr;
    if (FAILED(host_script_dispatch(&script)))
    {
        SysFreeString(name);
        return vbs_error(excep, 5);
    }
    names[0] = name;
    hr = IDispatch_GetIDsOfNames(script, &null_iid, names, 1, 0, &id);
    SysFreeString(name);
    if (FAILED(hr))
    {
        IDispatch_Release(script);
        return vbs_error(excep, 5);
    }
    ref = calloc(1, sizeof(*ref));
    hostobj_init(&ref->obj, procref_members, procref_destroy);
    ref->script = script;
    ref->id = id;
    V_VT(result) = VT_DISPATCH;
    V_DISPATCH(result) = &ref->obj.IDispatch_iface;
    return S_OK;
}


/* The byte functions: a string as the bytes of its UTF-16 code units
 * (Wine 8: error 445).  ChrB and the B functions may give strings of an
 * odd number of bytes, as on Windows. */
static HRESULT bytes_arg(VARIANT *v, BSTR *out, UINT *len, EXCEPINFO *excep)
{
    HRESULT hr;

    if (V_VT(v) == VT_BSTR)
    {
        *len = SysStringByteLen(V_BSTR(v));
        *out = SysAllocStringByteLen((const char *)V_BSTR(v), *len);
        return S_OK;
    }
    if (FAILED(hr = string_arg(v, out, excep)))
        return hr;
    *len = SysStringByteLen(*out);
    return S_OK;
}

static HRESULT return_bytes(VARIANT *result, const BYTE *bytes, UINT len)
{
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = SysAllocStringByteLen((const char *)bytes, len);
    return S_OK;
}

static BOOL null_result(DISPPARAMS *params, unsigned int index, VARIANT *result)
{
    if (host_arg_count(params) > index && V_VT(host_arg(params, index)) == VT_NULL)
    {
        V_VT(result) = VT_NULL;
        return TRUE;
    }
    return FALSE;
}

static HRESULT fn_lenb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    BSTR s;
    UINT len;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (null_result(params, 0, result))
        return S_OK;
    if (FAILED(hr = bytes_arg(host_arg(params, 0), &s, &len, excep)))
        return hr;
    SysFreeString(s);
    return return_i4(result, len);
}

static HRESULT fn_ascb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    BSTR s;
    UINT len;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (FAILED(hr = bytes_arg(host_arg(params, 0), &s, &len, excep)))
        return hr;
    if (!len)
    {
        SysFreeString(s);
        return vbs_error(excep, 5);
    }
    V_VT(result) = VT_I2;
    V_I2(result) = ((BYTE *)s)[0];
    SysFreeString(s);
    return S_OK;
}

static HRESULT fn_chrb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    LONG code;
    BYTE byte;
    HRESULT hr;

    if (host_arg_count(params) != 1)
        return vbs_error(excep, 450);
    if (FAILED(hr = long_arg(host_arg(params, 0), &code, excep)))
        return hr;
    if (code < 0 || code > 255)
        return vbs_error(excep, 5);
    byte = (BYTE)code;
    return return_bytes(result, &byte, 1);
}

/* LeftB, RightB, MidB: KIND 0, 1, 2. */
static HRESULT byte_slice(DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep, int kind)
{
    unsigned int argc = host_arg_count(params);
    LONG start = 1, count = -1;
    BSTR s;
    UINT len;
    HRESULT hr;

    if (argc < 2 || argc > (kind == 2 ? 3u : 2u))
        return vbs_error(excep, 450);
    if (null_result(params, 0, result))
        return S_OK;
    if (kind == 2)
    {
        if (FAILED(hr = long_arg(host_arg(params, 1), &start, excep)))
            return hr;
        if (start < 1)
            return vbs_error(excep, 5);
        if (argc > 2 && !missing(host_arg(params, 2)))
        {
            if (FAILED(hr = long_arg(host_arg(params, 2), &count, excep)))
                return hr;
            if (count < 0)
                return vbs_error(excep, 5);
        }
    }
    else
    {
        if (FAILED(hr = long_arg(host_arg(params, 1), &count, excep)))
            return hr;
        if (count < 0)
            return vbs_error(excep, 5);
    }
    if (FAILED(hr = bytes_arg(host_arg(params, 0), &s, &len, excep)))
        return hr;
    if (kind == 0)
        hr = return_bytes(result, (BYTE *)s, (UINT)count < len ? (UINT)count : len);
    else if (kind == 1)
        hr = return_bytes(result, (BYTE *)s + ((UINT)count < len ? len - count : 0),
                          (UINT)count < len ? (UINT)count : len);
    else
    {
        UINT from = (UINT)start - 1 < len ? (UINT)start - 1 : len;
        UINT n = len - from;
        if (count >= 0 && (UINT)count < n)
            n = count;
        hr = return_bytes(result, (BYTE *)s + from, n);
    }
    SysFreeString(s);
    return hr;
}

static HRESULT fn_leftb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return byte_slice(params, result, excep, 0);
}

static HRESULT fn_rightb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return byte_slice(params, result, excep, 1);
}

static HRESULT fn_midb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return byte_slice(params, result, excep, 2);
}

/* InStrB([start, ]string1, string2): the byte position, from 1; 0 when
 * absent. */
static HRESULT fn_instrb(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    unsigned int argc = host_arg_count(params), first = 0;
    LONG start = 1;
    BSTR s1, s2;
    UINT len1, len2, i;
    HRESULT hr;

    if (argc < 2 || argc > 4)
        return vbs_error(excep, 450);
    if (argc >= 3)
    {
        if (V_VT(host_arg(params, 0)) == VT_NULL)
            return vbs_error(excep, 94);
        if (FAILED(hr = long_arg(host_arg(params, 0), &start, excep)))
            return hr;
        if (start < 1)
            return vbs_error(excep, 5);
        first = 1;
    }
    if (null_result(params, first, result) || null_result(params, first + 1, result))
        return S_OK;
    if (FAILED(hr = bytes_arg(host_arg(params, first), &s1, &len1, excep)))
        return hr;
    if (FAILED(hr = bytes_arg(host_arg(params, first + 1), &s2, &len2, excep)))
    {
        SysFreeString(s1);
        return hr;
    }
    hr = return_i4(result, 0);
    if ((UINT)start - 1 <= len1)
    {
        if (!len2)
            V_I4(result) = start;
        else
            for (i = start - 1; i + len2 <= len1; i++)
                if (!memcmp((BYTE *)s1 + i, s2, len2))
                {
                    V_I4(result) = i + 1;
                    break;
                }
    }
    SysFreeString(s1);
    SysFreeString(s2);
    return hr;
}

static const struct member join_members[] = { { L"Join", DISPID_VALUE, fn_join }, { NULL } };
static const struct member filter_members[] = { { L"Filter", DISPID_VALUE, fn_filter }, { NULL } };
static const struct member split_members[] = { { L"Split", DISPID_VALUE, fn_split }, { NULL } };
static const struct member round_members[] = { { L"Round", DISPID_VALUE, fn_round }, { NULL } };
static const struct member msgbox_members[] = { { L"MsgBox", DISPID_VALUE, fn_msgbox }, { NULL } };
static const struct member inputbox_members[] = { { L"InputBox", DISPID_VALUE, fn_inputbox }, { NULL } };
static const struct member chrw_members[] = { { L"ChrW", DISPID_VALUE, fn_chrw }, { NULL } };
static const struct member ascw_members[] = { { L"AscW", DISPID_VALUE, fn_ascw }, { NULL } };
static const struct member string_members[] = { { L"String", DISPID_VALUE, fn_string }, { NULL } };
static const struct member escape_members[] = { { L"Escape", DISPID_VALUE, fn_escape }, { NULL } };
static const struct member unescape_members[] = { { L"Unescape", DISPID_VALUE, fn_unescape }, { NULL } };
static const struct member dateadd_members[] = { { L"DateAdd", DISPID_VALUE, fn_dateadd }, { NULL } };
static const struct member datediff_members[] = { { L"DateDiff", DISPID_VALUE, fn_datediff }, { NULL } };
static const struct member datepart_members[] = { { L"DatePart", DISPID_VALUE, fn_datepart }, { NULL } };
static const struct member datevalue_members[] = { { L"DateValue", DISPID_VALUE, fn_datevalue }, { NULL } };
static const struct member timevalue_members[] = { { L"TimeValue", DISPID_VALUE, fn_timevalue }, { NULL } };
static const struct member isdate_members[] = { { L"IsDate", DISPID_VALUE, fn_isdate }, { NULL } };
static const struct member execute_members[] = { { L"Execute", DISPID_VALUE, fn_execute }, { NULL } };
static const struct member executeglobal_members[] =
{
    { L"ExecuteGlobal", DISPID_VALUE, fn_execute }, { NULL }
};
static const struct member eval_members[] = { { L"Eval", DISPID_VALUE, fn_eval }, { NULL } };
static const struct member getref_members[] = { { L"GetRef", DISPID_VALUE, fn_getref }, { NULL } };
static const struct member lenb_members[] = { { L"LenB", DISPID_VALUE, fn_lenb }, { NULL } };
static const struct member ascb_members[] = { { L"AscB", DISPID_VALUE, fn_ascb }, { NULL } };
static const struct member chrb_members[] = { { L"ChrB", DISPID_VALUE, fn_chrb }, { NULL } };
static const struct member leftb_members[] = { { L"LeftB", DISPID_VALUE, fn_leftb }, { NULL } };
static const struct member rightb_members[] = { { L"RightB", DISPID_VALUE, fn_rightb }, { NULL } };
static const struct member midb_members[] = { { L"MidB", DISPID_VALUE, fn_midb }, { NULL } };
static const struct member instrb_members[] = { { L"InStrB", DISPID_VALUE, fn_instrb }, { NULL } };
static const struct member createobject_members[] =
{
    { L"CreateObject", DISPID_VALUE, fn_createobject }, { NULL }
};

static const struct repair
{
    const WCHAR *name;
    const struct member *members;
    BOOL headless_only;     /* with a display, Wine's own window is right */
} repairs[] =
{
    { L"Join", join_members },
    { L"Filter", filter_members },
    { L"Split", split_members },
    { L"Round", round_members },
    { L"ChrW", chrw_members },
    { L"AscW", ascw_members },
    { L"String", string_members },
    { L"Escape", escape_members },
    { L"Unescape", unescape_members },
    { L"DateAdd", dateadd_members },
    { L"DateDiff", datediff_members },
    { L"DatePart", datepart_members },
    { L"DateValue", datevalue_members },
    { L"TimeValue", timevalue_members },
    { L"IsDate", isdate_members },
    { L"Execute", execute_members },
    { L"ExecuteGlobal", executeglobal_members },
    { L"Eval", eval_members },
    { L"GetRef", getref_members },
    { L"LenB", lenb_members },
    { L"AscB", ascb_members },
    { L"ChrB", chrb_members },
    { L"LeftB", leftb_members },
    { L"RightB", rightb_members },
    { L"MidB", midb_members },
    { L"InStrB", instrb_members },
    { L"MsgBox", msgbox_members, TRUE },
    { L"InputBox", inputbox_members, TRUE },
    { L"CreateObject", createobject_members },
};

static struct hostobj *repair_objects[ARRAY_SIZE(repairs)];

/* The named item WineVpcBuiltins: one property per repaired builtin. */
static HRESULT WINAPI builtins_GetIDsOfNames(IDispatch *iface, REFIID riid, LPOLESTR *names, UINT count,
                                             LCID lcid, DISPID *ids)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(repairs); i++)
        if (!lstrcmpiW(names[0], repairs[i].name))
        {
            ids[0] = i + 1;
            return S_OK;
        }
    ids[0] = DISPID_UNKNOWN;
    return DISP_E_UNKNOWNNAME;
}

static HRESULT WINAPI builtins_Invoke(IDispatch *iface, DISPID id, REFIID riid, LCID lcid, WORD flags,
                                      DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep, UINT *argerr)
{
    size_t i = id - 1;

    if (id < 1 || i >= ARRAY_SIZE(repairs) || !result)
        return DISP_E_MEMBERNOTFOUND;
    if (!repair_objects[i])
    {
        repair_objects[i] = calloc(1, sizeof(struct hostobj));
        hostobj_init(repair_objects[i], repairs[i].members, NULL);
    }
    V_VT(result) = VT_DISPATCH;
    V_DISPATCH(result) = &repair_objects[i]->IDispatch_iface;
    IDispatch_AddRef(V_DISPATCH(result));
    return S_OK;
}

static struct hostobj builtins_obj;
static IDispatchVtbl builtins_vtbl;

IDispatch *builtins_object(void)
{
    if (!builtins_obj.IDispatch_iface.lpVtbl)
    {
        static const struct member none[] = { { NULL } };
        hostobj_init(&builtins_obj, none, NULL);
        builtins_vtbl = *builtins_obj.IDispatch_iface.lpVtbl;
        builtins_vtbl.GetIDsOfNames = builtins_GetIDsOfNames;
        builtins_vtbl.Invoke = builtins_Invoke;
        builtins_obj.IDispatch_iface.lpVtbl = &builtins_vtbl;
    }
    return &builtins_obj.IDispatch_iface;
}

static BOOL is_ident_char(WCHAR c)
{
    return iswalnum(c) || c == '_';
}

/* Whether the script declares NAME itself: a line that starts with a
 * declaring keyword and holds NAME as a word before any comment. */
static BOOL script_declares(const WCHAR *text, const WCHAR *name)
{
    static const WCHAR *keywords[] = { L"Dim", L"Public", L"Private", L"Const", L"Function", L"Sub", L"ReDim",
                                       L"Property", L"Class" };
    size_t name_len = lstrlenW(name), k;
    const WCHAR *line = text;

    while (line && *line)
    {
        const WCHAR *end = wcschr(line, '\n'), *p = line, *q;
        if (!end)
            end = line + lstrlenW(line);
        while (p < end && iswspace(*p))
            p++;
        for (k = 0; k < ARRAY_SIZE(keywords); k++)
        {
            size_t klen = lstrlenW(keywords[k]);
            if (p + klen < end && !_wcsnicmp(p, keywords[k], klen) && !is_ident_char(p[klen]))
                break;
        }
        if (k < ARRAY_SIZE(keywords))
        {
            for (q = p; q + name_len <= end && *q != '\''; q++)
            {
                if (*q == '"')
                {
                    for (q++; q < end && *q != '"'; q++)
                        ;
                    continue;
                }
                if (!_wcsnicmp(q, name, name_len) && (q == line || !is_ident_char(q[-1])) &&
                    (q + name_len == end || !is_ident_char(q[name_len])))
                    return TRUE;
            }
        }
        line = *end ? end + 1 : NULL;
    }
    return FALSE;
}

/* Whether TEXT uses NAME as a word, outside comments and strings. */
static BOOL script_mentions(const WCHAR *text, const WCHAR *name)
{
    size_t name_len = lstrlenW(name);
    const WCHAR *p;

    for (p = text; *p; p++)
    {
        if (*p == '"')
        {
            for (p++; *p && *p != '"' && *p != '\n'; p++)
                ;
            if (!*p)
                break;
            continue;
        }
        if (*p == '\'')
        {
            while (p[1] && p[1] != '\n')
                p++;
            continue;
        }
        if (!_wcsnicmp(p, name, name_len) && (p == text || !is_ident_char(p[-1])) && !is_ident_char(p[name_len]))
            return TRUE;
    }
    return FALSE;
}

/* The prelude for a VBScript engine that runs TEXT; NULL when nothing is
 * repaired.  CreateObject is shadowed only for scripts that pass it a
 * second argument: through a shadow, 'Set o = CreateObject("No.Such")'
 * reports E_FAIL instead of 429 (Wine's Set path). */
WCHAR *builtins_prelude(const WCHAR *text, BOOL headless)
{
    WCHAR *prelude = calloc(4096, sizeof(WCHAR));
    size_t i, len = 0;

    for (i = 0; i < ARRAY_SIZE(repairs); i++)
    {
        if (repairs[i].headless_only && !headless)
            continue;
        /* Wine's VBScript finds a global by comparing its name with every
         * global before it: each shadow slows every global lookup, so only
         * the builtins the script uses are shadowed. */
        if (!script_mentions(text, repairs[i].name) || script_declares(text, repairs[i].name))
            continue;
        if (repairs[i].members == createobject_members)
        {
            const WCHAR *p = text;
            BOOL has_server = FALSE;
            while ((p = wcschr(p, '(')) && !has_server)
            {
                const WCHAR *start = p;
                int depth = 0;
                if (p - text >= 12 && !_wcsnicmp(p - 12, L"CreateObject", 12) &&
                    (p - text == 12 || !is_ident_char(p[-13])))
                {
                    for (; *p && *p != '\n'; p++)
                    {
                        if (*p == '(') depth++;
                        else if (*p == ')' && !--depth) break;
                        else if (*p == ',' && depth == 1) has_server = TRUE;
                    }
                }
                p = start + 1;
            }
            if (!has_server)
                continue;
        }
        len += _snwprintf(prelude + len, 4096 - len, L"Dim %s : Set %s = WineVpcBuiltins.%s\n",
                          repairs[i].name, repairs[i].name, repairs[i].name);
    }
    if (!len)
    {
        free(prelude);
        return NULL;
    }
    return prelude;
}
