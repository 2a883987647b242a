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
 * Dim a redefinition.  Only builtins that are broken are shadowed: each
 * call through a shadow costs an IDispatch call.
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
        if (script_declares(text, repairs[i].name))
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
