/*
 * wine-vpc's Windows Script Host: cscript.exe and wscript.exe from one
 * source (wscript.exe is built with WSH_WSCRIPT defined).
 *
 * A native PE, built with MinGW: Wine runs it in place of its own
 * cscript/wscript when a prefix's system32 holds it and DllOverrides says
 * cscript.exe=native (wine-vpc setup does both).  It runs .vbs, .js (any
 * engine the registry names for an extension) and .wsf jobs with the
 * WScript object of Windows Script Host 5.8.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

/* The IIDs the script interfaces need, defined here once. */
#include <initguid.h>
#include "host.h"
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#define HOST_VERSION L"5.8"
/* Not Windows' 16535 nor Wine's: a script can tell this host apart. */
#define HOST_BUILD 18362
#define EXIT_SCRIPT_ERROR 1
#define EXIT_INPUT_ERROR 1
#define EXIT_TIMEOUT 1
#define EXIT_CRASH 1
#define FLUSH_INTERVAL_MS 100
static const IID null_iid;
#define SETTINGS_KEY L"Software\\Microsoft\\Windows Script Host\\Settings"

#ifdef WSH_WSCRIPT
static const BOOL is_wscript = TRUE;
#else
static const BOOL is_wscript = FALSE;
#endif

/* ------------------------------------------------------------------------ */
/* Options and state                                                          */

static struct
{
    BOOL batch;             /* //B */
    BOOL logo;              /* //Logo, //NoLogo */
    BOOL unicode;           /* //U */
    DWORD timeout;          /* //T:nn, seconds; 0 = none */
    const WCHAR *engine;    /* //E: */
    const WCHAR *job;       /* //Job: */
} options = { FALSE, TRUE, FALSE, 0, NULL, NULL };

static WCHAR script_full_name[MAX_PATH];
static const WCHAR *script_name;
static WCHAR host_full_name[MAX_PATH];
static WCHAR **script_argv;
static int script_argc;
static BOOL interactive = TRUE;
static BOOL headless;          /* wscript without a display: console output */
static BOOL no_display;        /* Graphics=null, or no X or Wayland display */
static BOOL had_error;
static BOOL unix_text;         /* WINE_VPC_UNIX_TEXT: UTF-8 and LF (wine-vpc run) */

/* ------------------------------------------------------------------------ */
/* Output                                                                     */
/*
 * Output to files and pipes is buffered: a line costs no system call.  The
 * buffer goes out when full, at exit, Quit, Sleep, a StdIn read, before
 * anything written to stderr or any error, and every FLUSH_INTERVAL_MS by a
 * thread of ours, so a long script still streams.  A console gets each
 * write at once.
 */

struct outstream
{
    HANDLE handle;
    BOOL console;
    char buf[65536];
    size_t len;
};

static struct outstream out_stdout, out_stderr;
static CRITICAL_SECTION output_lock;
static UINT output_codepage;

static void stream_flush(struct outstream *s)
{
    DWORD written;
    size_t done = 0;

    while (done < s->len)
    {
        if (!WriteFile(s->handle, s->buf + done, (DWORD)(s->len - done), &written, NULL) || !written)
            break;
        done += written;
    }
    s->len = 0;
}

static void stream_bytes(struct outstream *s, const char *bytes, size_t len, BOOL buffered)
{
    if (len > sizeof(s->buf) - s->len)
        stream_flush(s);
    if (len > sizeof(s->buf))
    {
        DWORD written;
        while (len && WriteFile(s->handle, bytes, (DWORD)len, &written, NULL) && written)
        {
            bytes += written;
            len -= written;
        }
        return;
    }
    memcpy(s->buf + s->len, bytes, len);
    s->len += len;
    if (!buffered)
        stream_flush(s);
}

/* Bytes of text in the output's encoding, converted straight into the
 * buffer when they fit in what is left of it (a line of Echo does): no
 * allocation, one conversion. */
static void stream_encode(struct outstream *s, const WCHAR *text, int len, BOOL buffered)
{
    char small[1024], *bytes = small;
    int size;

    if (options.unicode)
    {
        stream_bytes(s, (const char *)text, len * sizeof(WCHAR), buffered);
        return;
    }
    if (sizeof(s->buf) - s->len > (size_t)len &&
        (size = WideCharToMultiByte(output_codepage, 0, text, len, s->buf + s->len,
                                    (int)(sizeof(s->buf) - s->len), NULL, NULL)) > 0)
    {
        s->len += size;
        if (!buffered)
            stream_flush(s);
        return;
    }
    size = WideCharToMultiByte(output_codepage, 0, text, len, NULL, 0, NULL, NULL);
    if (size > (int)sizeof(small))
        bytes = malloc(size);
    if (!bytes)
        return;
    WideCharToMultiByte(output_codepage, 0, text, len, bytes, size, NULL, NULL);
    stream_bytes(s, bytes, size, buffered);
    if (bytes != small)
        free(bytes);
}

static void stream_write(struct outstream *s, const WCHAR *text, int len, BOOL buffered)
{
    WCHAR small[512], *unixed = small;
    int i, n = 0;

    if (len <= 0 || s->handle == INVALID_HANDLE_VALUE || !s->handle)
        return;
    if (s->console)
    {
        DWORD written;
        WriteConsoleW(s->handle, text, len, &written, NULL);
        return;
    }
    if (!unix_text)
    {
        stream_encode(s, text, len, buffered);
        return;
    }
    /* Windows line ends become Unix ones, as the runner always gave. */
    if (len > (int)ARRAY_SIZE(small) && !(unixed = malloc(len * sizeof(WCHAR))))
        return;
    for (i = 0; i < len; i++)
        if (!(text[i] == '\r' && i + 1 < len && text[i + 1] == '\n'))
            unixed[n++] = text[i];
    stream_encode(s, unixed, n, buffered);
    if (unixed != small)
        free(unixed);
}

void output_write(BOOL to_stderr, const WCHAR *text, int len)
{
    if (len < 0)
        len = lstrlenW(text);
    EnterCriticalSection(&output_lock);
    if (to_stderr)
    {
        /* What was written before comes out before. */
        stream_flush(&out_stdout);
        stream_write(&out_stderr, text, len, FALSE);
    }
    else
        stream_write(&out_stdout, text, len, TRUE);
    LeaveCriticalSection(&output_lock);
}

void output_flush(void)
{
    EnterCriticalSection(&output_lock);
    stream_flush(&out_stdout);
    stream_flush(&out_stderr);
    LeaveCriticalSection(&output_lock);
}

static const WCHAR *newline(void)
{
    return unix_text ? L"\n" : L"\r\n";
}

const WCHAR *host_newline(void)
{
    return newline();
}

static void output_line(BOOL to_stderr, const WCHAR *text)
{
    EnterCriticalSection(&output_lock);
    output_write(to_stderr, text, -1);
    output_write(to_stderr, newline(), -1);
    LeaveCriticalSection(&output_lock);
}

static void output_printf(BOOL to_stderr, const WCHAR *format, ...)
{
    WCHAR buf[4096];
    va_list args;

    va_start(args, format);
    _vsnwprintf(buf, ARRAY_SIZE(buf) - 1, format, args);
    buf[ARRAY_SIZE(buf) - 1] = 0;
    va_end(args);
    output_write(to_stderr, buf, -1);
}

static DWORD WINAPI flush_thread(void *arg)
{
    for (;;)
    {
        Sleep(FLUSH_INTERVAL_MS);
        EnterCriticalSection(&output_lock);
        stream_flush(&out_stdout);
        LeaveCriticalSection(&output_lock);
    }
    return 0;
}

static void init_stream(struct outstream *s, DWORD which)
{
    DWORD mode;

    s->handle = GetStdHandle(which);
    s->console = s->handle && s->handle != INVALID_HANDLE_VALUE && GetConsoleMode(s->handle, &mode);
    s->len = 0;
}

static void init_output(void)
{
    WCHAR value[8];

    InitializeCriticalSection(&output_lock);
    init_stream(&out_stdout, STD_OUTPUT_HANDLE);
    init_stream(&out_stderr, STD_ERROR_HANDLE);
    unix_text = GetEnvironmentVariableW(L"WINE_VPC_UNIX_TEXT", value, ARRAY_SIZE(value)) && value[0] == '1';
    output_codepage = unix_text ? CP_UTF8 : GetOEMCP();
    CreateThread(NULL, 0, flush_thread, NULL, 0, NULL);
}

/* A message for the user: a window in wscript with a display, else the
 * console.  Errors go to stderr. */
static void show_message(BOOL is_error, const WCHAR *text)
{
    if (is_wscript && !headless)
    {
        output_flush();
        MessageBoxW(NULL, text, L"Windows Script Host", MB_OK | (is_error ? MB_ICONERROR : 0));
        return;
    }
    output_line(is_error, text);
}

/* ------------------------------------------------------------------------ */
/* Host objects                                                               */

static inline struct hostobj *impl_from_IDispatch(IDispatch *iface)
{
    return CONTAINING_RECORD(iface, struct hostobj, IDispatch_iface);
}

static HRESULT WINAPI hostobj_QueryInterface(IDispatch *iface, REFIID riid, void **out)
{
    struct hostobj *obj = impl_from_IDispatch(iface);

    /* IDispatchEx and the rest are refused without a word: engines ask. */
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IDispatch) ||
        (obj->has_source_iid && IsEqualIID(riid, &obj->source_iid)))
    {
        *out = iface;
        IDispatch_AddRef(iface);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI hostobj_AddRef(IDispatch *iface)
{
    return InterlockedIncrement(&impl_from_IDispatch(iface)->ref);
}

static ULONG WINAPI hostobj_Release(IDispatch *iface)
{
    struct hostobj *obj = impl_from_IDispatch(iface);
    ULONG ref = InterlockedDecrement(&obj->ref);

    if (!ref && obj->destroy)
        obj->destroy(obj);
    return ref;
}

static HRESULT WINAPI hostobj_GetTypeInfoCount(IDispatch *iface, UINT *count)
{
    *count = 0;
    return S_OK;
}

static HRESULT WINAPI hostobj_GetTypeInfo(IDispatch *iface, UINT index, LCID lcid, ITypeInfo **info)
{
    *info = NULL;
    return DISP_E_BADINDEX;
}

/* Member names are ASCII: compared without lstrcmpiW, whose locale-aware
 * comparison cost most of an Echo (engines look the name up on every call). */
static BOOL same_name(const WCHAR *a, const WCHAR *b)
{
    for (; *a && *b; a++, b++)
    {
        WCHAR ca = (*a >= 'A' && *a <= 'Z') ? *a + 32 : *a;
        WCHAR cb = (*b >= 'A' && *b <= 'Z') ? *b + 32 : *b;
        if (ca != cb)
            return FALSE;
    }
    return *a == *b;
}

static HRESULT WINAPI hostobj_GetIDsOfNames(IDispatch *iface, REFIID riid, LPOLESTR *names, UINT count,
                                            LCID lcid, DISPID *ids)
{
    struct hostobj *obj = impl_from_IDispatch(iface);
    const struct member *m;
    HRESULT hr = S_OK;
    UINT i;

    for (i = 0; i < count; i++)
        ids[i] = DISPID_UNKNOWN;
    if (!count || !names || !names[0])
        return DISP_E_UNKNOWNNAME;
    for (m = obj->members; m->name; m++)
        if (same_name(m->name, names[0]))
        {
            ids[0] = m->id;
            break;
        }
    if (ids[0] == DISPID_UNKNOWN)
        hr = DISP_E_UNKNOWNNAME;
    if (count > 1)
        hr = DISP_E_UNKNOWNNAME;
    return hr;
}

static HRESULT WINAPI hostobj_Invoke(IDispatch *iface, DISPID id, REFIID riid, LCID lcid, WORD flags,
                                     DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep, UINT *argerr)
{
    struct hostobj *obj = impl_from_IDispatch(iface);
    const struct member *m;
    DISPPARAMS none = { NULL, NULL, 0, 0 };
    EXCEPINFO local_excep;
    VARIANT local_result;

    if (!params)
        params = &none;
    if (!excep)
        excep = &local_excep;
    memset(excep, 0, sizeof(*excep));
    if (!result)
        result = &local_result;
    VariantInit(result);
    for (m = obj->members; m->name; m++)
        if (m->id == id)
        {
            HRESULT hr = m->fn(obj, flags, params, result, excep);
            if (result == &local_result)
                VariantClear(&local_result);
            if (excep == &local_excep)
            {
                SysFreeString(local_excep.bstrSource);
                SysFreeString(local_excep.bstrDescription);
                SysFreeString(local_excep.bstrHelpFile);
            }
            return hr;
        }
    return DISP_E_MEMBERNOTFOUND;
}

static const IDispatchVtbl hostobj_vtbl =
{
    hostobj_QueryInterface, hostobj_AddRef, hostobj_Release, hostobj_GetTypeInfoCount,
    hostobj_GetTypeInfo, hostobj_GetIDsOfNames, hostobj_Invoke
};

void hostobj_init(struct hostobj *obj, const struct member *members, void (*destroy)(struct hostobj *))
{
    obj->IDispatch_iface.lpVtbl = &hostobj_vtbl;
    obj->ref = 1;
    obj->members = members;
    obj->destroy = destroy;
    obj->has_source_iid = FALSE;
}

static void free_hostobj(struct hostobj *obj)
{
    free(obj);
}

unsigned int host_arg_count(DISPPARAMS *params)
{
    return params->cArgs - params->cNamedArgs;
}

VARIANT *host_arg(DISPPARAMS *params, unsigned int index)
{
    VARIANT *v;

    if (index >= host_arg_count(params))
        return NULL;
    v = &params->rgvarg[params->cArgs - 1 - index];
    while (V_VT(v) == (VT_BYREF | VT_VARIANT))
        v = V_VARIANTREF(v);
    return v;
}

/* The value of a put (the DISPID_PROPERTYPUT argument). */
static VARIANT *put_value(DISPPARAMS *params)
{
    VARIANT *v;

    if (!params->cArgs)
        return NULL;
    v = &params->rgvarg[0];
    while (V_VT(v) == (VT_BYREF | VT_VARIANT))
        v = V_VARIANTREF(v);
    return v;
}

static BOOL is_missing(VARIANT *v)
{
    return !v || V_VT(v) == VT_EMPTY || (V_VT(v) == VT_ERROR && V_ERROR(v) == DISP_E_PARAMNOTFOUND);
}

HRESULT host_throw(EXCEPINFO *excep, HRESULT code, const WCHAR *source, const WCHAR *description)
{
    memset(excep, 0, sizeof(*excep));
    excep->scode = code;
    excep->bstrSource = SysAllocString(source);
    if (!description)
        description = vbscript_message(code);
    excep->bstrDescription = SysAllocString(description ? description : L"");
    return DISP_E_EXCEPTION;
}

#define VBSE(n) MAKE_HRESULT(SEVERITY_ERROR, FACILITY_CONTROL, n)

static HRESULT throw_vbs(EXCEPINFO *excep, int number, const WCHAR *source)
{
    return host_throw(excep, VBSE(number), source, NULL);
}

static HRESULT arg_string(VARIANT *v, BSTR *out)
{
    VARIANT copy;
    HRESULT hr;

    *out = NULL;
    if (!v)
        return DISP_E_PARAMNOTFOUND;
    if (V_VT(v) == VT_BSTR)
    {
        *out = SysAllocString(V_BSTR(v));
        return S_OK;
    }
    VariantInit(&copy);
    hr = VariantChangeTypeEx(&copy, v, LOCALE_USER_DEFAULT, 0, VT_BSTR);
    if (SUCCEEDED(hr))
        *out = V_BSTR(&copy);
    return hr;
}

static HRESULT arg_long(VARIANT *v, LONG *out)
{
    VARIANT copy;
    HRESULT hr;

    if (!v)
        return DISP_E_PARAMNOTFOUND;
    VariantInit(&copy);
    hr = VariantChangeType(&copy, v, 0, VT_I4);
    if (SUCCEEDED(hr))
        *out = V_I4(&copy);
    return hr;
}

static HRESULT arg_bool(VARIANT *v, BOOL *out)
{
    VARIANT copy;
    HRESULT hr;

    if (!v)
        return DISP_E_PARAMNOTFOUND;
    VariantInit(&copy);
    hr = VariantChangeType(&copy, v, 0, VT_BOOL);
    if (SUCCEEDED(hr))
        *out = V_BOOL(&copy) != VARIANT_FALSE;
    return hr;
}

static HRESULT return_string(VARIANT *result, const WCHAR *s)
{
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = SysAllocString(s);
    return V_BSTR(result) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT return_long(VARIANT *result, LONG n)
{
    V_VT(result) = VT_I4;
    V_I4(result) = n;
    return S_OK;
}

static HRESULT return_bool(VARIANT *result, BOOL b)
{
    V_VT(result) = VT_BOOL;
    V_BOOL(result) = b ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

static HRESULT return_object(VARIANT *result, IDispatch *disp)
{
    V_VT(result) = VT_DISPATCH;
    V_DISPATCH(result) = disp;
    if (disp)
        IDispatch_AddRef(disp);
    return S_OK;
}

static BOOL is_get(WORD flags)
{
    return (flags & (DISPATCH_PROPERTYGET | DISPATCH_METHOD)) != 0;
}

static BOOL is_put(WORD flags)
{
    return (flags & (DISPATCH_PROPERTYPUT | DISPATCH_PROPERTYPUTREF)) != 0;
}

/* A read-only property: its getter, or the error a put gets. */
#define READ_ONLY(flags) do { if (!is_get(flags)) return DISP_E_MEMBERNOTFOUND; } while (0)

/* ------------------------------------------------------------------------ */
/* An enumerator over a copy of some VARIANTs: For Each                        */

struct enumvar
{
    IEnumVARIANT IEnumVARIANT_iface;
    LONG ref;
    VARIANT *items;
    ULONG count, pos;
};

static inline struct enumvar *impl_from_IEnumVARIANT(IEnumVARIANT *iface)
{
    return CONTAINING_RECORD(iface, struct enumvar, IEnumVARIANT_iface);
}

static HRESULT WINAPI enumvar_QueryInterface(IEnumVARIANT *iface, REFIID riid, void **out)
{
    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IEnumVARIANT))
    {
        *out = iface;
        IEnumVARIANT_AddRef(iface);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI enumvar_AddRef(IEnumVARIANT *iface)
{
    return InterlockedIncrement(&impl_from_IEnumVARIANT(iface)->ref);
}

static ULONG WINAPI enumvar_Release(IEnumVARIANT *iface)
{
    struct enumvar *e = impl_from_IEnumVARIANT(iface);
    ULONG ref = InterlockedDecrement(&e->ref), i;

    if (!ref)
    {
        for (i = 0; i < e->count; i++)
            VariantClear(&e->items[i]);
        free(e->items);
        free(e);
    }
    return ref;
}

static HRESULT WINAPI enumvar_Next(IEnumVARIANT *iface, ULONG want, VARIANT *out, ULONG *fetched)
{
    struct enumvar *e = impl_from_IEnumVARIANT(iface);
    ULONG n = 0;

    while (n < want && e->pos < e->count)
    {
        VariantInit(&out[n]);
        VariantCopy(&out[n], &e->items[e->pos++]);
        n++;
    }
    if (fetched)
        *fetched = n;
    return n == want ? S_OK : S_FALSE;
}

static HRESULT WINAPI enumvar_Skip(IEnumVARIANT *iface, ULONG n)
{
    struct enumvar *e = impl_from_IEnumVARIANT(iface);

    e->pos = e->pos + n > e->count ? e->count : e->pos + n;
    return e->pos < e->count ? S_OK : S_FALSE;
}

static HRESULT WINAPI enumvar_Reset(IEnumVARIANT *iface)
{
    impl_from_IEnumVARIANT(iface)->pos = 0;
    return S_OK;
}

static HRESULT new_enumvar(const WCHAR **strings, ULONG count, IEnumVARIANT **out);

static HRESULT WINAPI enumvar_Clone(IEnumVARIANT *iface, IEnumVARIANT **out)
{
    struct enumvar *e = impl_from_IEnumVARIANT(iface), *copy;
    ULONG i;

    if (!(copy = calloc(1, sizeof(*copy))) || !(copy->items = calloc(e->count + 1, sizeof(VARIANT))))
    {
        free(copy);
        return E_OUTOFMEMORY;
    }
    *copy = *e;
    copy->ref = 1;
    copy->items = calloc(e->count + 1, sizeof(VARIANT));
    for (i = 0; i < e->count; i++)
        VariantCopy(&copy->items[i], &e->items[i]);
    *out = &copy->IEnumVARIANT_iface;
    return S_OK;
}

static const IEnumVARIANTVtbl enumvar_vtbl =
{
    enumvar_QueryInterface, enumvar_AddRef, enumvar_Release, enumvar_Next, enumvar_Skip,
    enumvar_Reset, enumvar_Clone
};

static HRESULT new_enumvar(const WCHAR **strings, ULONG count, IEnumVARIANT **out)
{
    struct enumvar *e;
    ULONG i;

    if (!(e = calloc(1, sizeof(*e))) || !(e->items = calloc(count + 1, sizeof(VARIANT))))
    {
        free(e);
        return E_OUTOFMEMORY;
    }
    e->IEnumVARIANT_iface.lpVtbl = &enumvar_vtbl;
    e->ref = 1;
    e->count = count;
    for (i = 0; i < count; i++)
    {
        V_VT(&e->items[i]) = VT_BSTR;
        V_BSTR(&e->items[i]) = SysAllocString(strings[i]);
    }
    *out = &e->IEnumVARIANT_iface;
    return S_OK;
}

static HRESULT return_enum(VARIANT *result, const WCHAR **strings, ULONG count)
{
    IEnumVARIANT *e;
    HRESULT hr = new_enumvar(strings, count, &e);

    if (FAILED(hr))
        return hr;
    V_VT(result) = VT_UNKNOWN;
    V_UNKNOWN(result) = (IUnknown *)e;
    return S_OK;
}

/* ------------------------------------------------------------------------ */
/* WScript.Arguments, .Named, .Unnamed                                        */

/* A named argument is /name:value or /name (value Empty); the rest are
 * unnamed.  Arguments lists them all, as typed. */
static const WCHAR **unnamed_args, **named_names, **named_values;
static int unnamed_count, named_count;

static void split_arguments(void)
{
    int i;

    unnamed_args = calloc(script_argc + 1, sizeof(WCHAR *));
    named_names = calloc(script_argc + 1, sizeof(WCHAR *));
    named_values = calloc(script_argc + 1, sizeof(WCHAR *));
    for (i = 0; i < script_argc; i++)
    {
        const WCHAR *arg = script_argv[i];
        if (arg[0] == '/' && arg[1] && arg[1] != ':')
        {
            const WCHAR *colon = wcschr(arg + 1, ':');
            WCHAR *name = _wcsdup(arg + 1);
            if (colon)
            {
                name[colon - arg - 1] = 0;
                named_values[named_count] = colon + 1;
            }
            named_names[named_count++] = name;
        }
        else
            unnamed_args[unnamed_count++] = arg;
    }
}

static void show_usage(void);

static HRESULT index_arg(DISPPARAMS *params, int count, LONG *index, EXCEPINFO *excep)
{
    HRESULT hr = arg_long(host_arg(params, 0), index);

    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, L"WScript.Arguments");
    if (FAILED(hr))
        return throw_vbs(excep, 13, L"WScript.Arguments");
    if (*index < 0 || *index >= count)
        return throw_vbs(excep, 9, L"WScript.Arguments");
    return S_OK;
}

enum { ID_ITEM = 1, ID_COUNT, ID_LENGTH, ID_NAMED, ID_UNNAMED, ID_SHOWUSAGE, ID_EXISTS };

static struct hostobj *named_obj, *unnamed_obj;

/* A collection property given arguments passes them to the collection's
 * default member: Arguments.Named("x"). */
static HRESULT return_collection(struct hostobj *coll, WORD flags, DISPPARAMS *params, VARIANT *result,
                                 EXCEPINFO *excep)
{
    if (host_arg_count(params))
        return IDispatch_Invoke(&coll->IDispatch_iface, DISPID_VALUE, &null_iid, 0, flags, params, result,
                                excep, NULL);
    return return_object(result, &coll->IDispatch_iface);
}

static HRESULT args_item(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    LONG index;
    HRESULT hr;

    if (!host_arg_count(params))
        return throw_vbs(excep, 450, L"WScript.Arguments");
    if (FAILED(hr = index_arg(params, script_argc, &index, excep)))
        return hr;
    return return_string(result, script_argv[index]);
}

static HRESULT args_count(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_long(result, script_argc);
}

static HRESULT args_named(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_collection(named_obj, flags, params, result, excep);
}

static HRESULT args_unnamed(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_collection(unnamed_obj, flags, params, result, excep);
}

static HRESULT args_showusage(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                              EXCEPINFO *excep)
{
    show_usage();
    return S_OK;
}

static HRESULT args_newenum(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return return_enum(result, (const WCHAR **)script_argv, script_argc);
}

static const struct member arguments_members[] =
{
    { L"Item", DISPID_VALUE, args_item },
    { L"Count", ID_COUNT, args_count },
    { L"Length", ID_LENGTH, args_count },
    { L"Named", ID_NAMED, args_named },
    { L"Unnamed", ID_UNNAMED, args_unnamed },
    { L"ShowUsage", ID_SHOWUSAGE, args_showusage },
    { L"_NewEnum", DISPID_NEWENUM, args_newenum },
    { NULL }
};

static int find_named(const WCHAR *name)
{
    int i;

    for (i = 0; i < named_count; i++)
        if (!lstrcmpiW(named_names[i], name))
            return i;
    return -1;
}

static HRESULT named_item(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    BSTR name;
    int i;

    if (!host_arg_count(params))
        return throw_vbs(excep, 450, L"WScript.Arguments");
    if (FAILED(arg_string(host_arg(params, 0), &name)))
        return throw_vbs(excep, 13, L"WScript.Arguments.Named");
    i = find_named(name);
    SysFreeString(name);
    /* A switch without a value, or no such switch: Empty. */
    if (i >= 0 && named_values[i])
        return return_string(result, named_values[i]);
    return S_OK;
}

static HRESULT named_exists(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    BSTR name;
    HRESULT hr = arg_string(host_arg(params, 0), &name);

    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, L"WScript.Arguments.Named");
    if (FAILED(hr))
        return throw_vbs(excep, 13, L"WScript.Arguments.Named");
    return_bool(result, find_named(name) >= 0);
    SysFreeString(name);
    return S_OK;
}

static HRESULT named_count_fn(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                              EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_long(result, named_count);
}

static HRESULT named_newenum(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                             EXCEPINFO *excep)
{
    return return_enum(result, named_names, named_count);
}

static const struct member named_members[] =
{
    { L"Item", DISPID_VALUE, named_item },
    { L"Exists", ID_EXISTS, named_exists },
    { L"Count", ID_COUNT, named_count_fn },
    { L"Length", ID_LENGTH, named_count_fn },
    { L"_NewEnum", DISPID_NEWENUM, named_newenum },
    { NULL }
};

static HRESULT unnamed_item(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    LONG index;
    HRESULT hr;

    if (!host_arg_count(params))
        return throw_vbs(excep, 450, L"WScript.Arguments");
    if (FAILED(hr = index_arg(params, unnamed_count, &index, excep)))
        return hr;
    return return_string(result, unnamed_args[index]);
}

static HRESULT unnamed_count_fn(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                                EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_long(result, unnamed_count);
}

static HRESULT unnamed_newenum(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                               EXCEPINFO *excep)
{
    return return_enum(result, unnamed_args, unnamed_count);
}

static const struct member unnamed_members[] =
{
    { L"Item", DISPID_VALUE, unnamed_item },
    { L"Count", ID_COUNT, unnamed_count_fn },
    { L"Length", ID_LENGTH, unnamed_count_fn },
    { L"_NewEnum", DISPID_NEWENUM, unnamed_newenum },
    { NULL }
};

/* ------------------------------------------------------------------------ */
/* StdIn, StdOut, StdErr                                                      */

struct textstream
{
    struct hostobj obj;
    int kind;               /* 0 stdin, 1 stdout, 2 stderr */
    BOOL closed;
    LONG line, column;
    /* stdin: decoded characters not yet read */
    WCHAR *pending;
    size_t pending_len, pending_pos;
    char raw[8];            /* an incomplete UTF-8 sequence */
    size_t raw_len;
    BOOL eof;
};

static struct textstream *streams[3];

static const WCHAR *stream_source(struct textstream *ts)
{
    return ts->kind == 0 ? L"WScript.StdIn" : ts->kind == 1 ? L"WScript.StdOut" : L"WScript.StdErr";
}

/* Reads more of stdin; FALSE at its end. */
static BOOL stdin_fill(struct textstream *ts)
{
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    char buf[4096 + 8];
    DWORD got = 0, mode;
    int n, keep = 0;

    if (ts->eof)
        return FALSE;
    output_flush();
    if (ts->pending_pos == ts->pending_len)
    {
        ts->pending_pos = ts->pending_len = 0;
    }
    if (GetConsoleMode(h, &mode))
    {
        WCHAR wbuf[1024];
        if (!ReadConsoleW(h, wbuf, ARRAY_SIZE(wbuf), &got, NULL) || !got)
        {
            ts->eof = TRUE;
            return FALSE;
        }
        ts->pending = realloc(ts->pending, (ts->pending_len + got) * sizeof(WCHAR));
        memcpy(ts->pending + ts->pending_len, wbuf, got * sizeof(WCHAR));
        ts->pending_len += got;
        return TRUE;
    }
    memcpy(buf, ts->raw, ts->raw_len);
    if (!ReadFile(h, buf + ts->raw_len, 4096, &got, NULL) || !got)
    {
        ts->eof = TRUE;
        got = 0;
        if (!ts->raw_len)
            return FALSE;
    }
    got += ts->raw_len;
    ts->raw_len = 0;
    if (options.unicode)
    {
        keep = got % 2;
        n = (got - keep) / 2;
        ts->pending = realloc(ts->pending, (ts->pending_len + n + 1) * sizeof(WCHAR));
        memcpy(ts->pending + ts->pending_len, buf, n * 2);
    }
    else
    {
        UINT cp = unix_text ? CP_UTF8 : GetOEMCP();
        if (cp == CP_UTF8 && !ts->eof)
        {
            /* Keep an incomplete trailing sequence for the next read. */
            int i = got - 1, lead_len;
            while (i >= 0 && i >= (int)got - 4 && (buf[i] & 0xc0) == 0x80)
                i--;
            if (i >= 0 && (buf[i] & 0x80))
            {
                unsigned char c = buf[i];
                lead_len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                if ((int)got - i < lead_len)
                    keep = got - i;
            }
        }
        n = MultiByteToWideChar(cp, 0, buf, got - keep, NULL, 0);
        ts->pending = realloc(ts->pending, (ts->pending_len + n + 1) * sizeof(WCHAR));
        MultiByteToWideChar(cp, 0, buf, got - keep, ts->pending + ts->pending_len, n);
    }
    memcpy(ts->raw, buf + got - keep, keep);
    ts->raw_len = keep;
    ts->pending_len += n;
    return n > 0 || !ts->eof;
}

static BOOL stdin_at_end(struct textstream *ts)
{
    while (ts->pending_pos == ts->pending_len)
        if (!stdin_fill(ts))
            return TRUE;
    return FALSE;
}

static void advance(struct textstream *ts, WCHAR c)
{
    if (c == '\n')
    {
        ts->line++;
        ts->column = 1;
    }
    else
        ts->column++;
}

/* Takes up to max characters (or a line) from stdin. */
static BSTR stdin_take(struct textstream *ts, LONG max, BOOL line)
{
    WCHAR *buf = NULL;
    size_t len = 0, cap = 0;
    BSTR ret;

    while ((max < 0 || (LONG)len < max) && !stdin_at_end(ts))
    {
        WCHAR c = ts->pending[ts->pending_pos++];
        advance(ts, c);
        if (line && c == '\n')
            break;
        if (len + 1 >= cap)
            buf = realloc(buf, (cap = cap * 2 + 256) * sizeof(WCHAR));
        buf[len++] = c;
    }
    if (line && len && buf[len - 1] == '\r')
        len--;
    ret = SysAllocStringLen(buf, len);
    free(buf);
    return ret;
}

static HRESULT check_stream(struct textstream *ts, BOOL want_input, EXCEPINFO *excep)
{
    if (ts->closed)
        return host_throw(excep, VBSE(52), stream_source(ts), NULL);
    if ((ts->kind == 0) != want_input)
        return throw_vbs(excep, 54, stream_source(ts));
    return S_OK;
}

enum { ID_READ = 1, ID_READLINE, ID_READALL, ID_SKIP, ID_SKIPLINE, ID_ATENDOFLINE, ID_ATENDOFSTREAM,
       ID_LINE, ID_COLUMN, ID_WRITE, ID_WRITELINE, ID_WRITEBLANKLINES, ID_CLOSE };

static HRESULT ts_read(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    LONG count;
    HRESULT hr;

    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    hr = arg_long(host_arg(params, 0), &count);
    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, stream_source(ts));
    if (FAILED(hr) || count < 0)
        return throw_vbs(excep, 5, stream_source(ts));
    if (count && stdin_at_end(ts))
        return throw_vbs(excep, 62, stream_source(ts));
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = stdin_take(ts, count, FALSE);
    return S_OK;
}

static HRESULT ts_readline(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;

    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    if (stdin_at_end(ts))
        return throw_vbs(excep, 62, stream_source(ts));
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = stdin_take(ts, -1, TRUE);
    return S_OK;
}

static HRESULT ts_readall(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                          EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;

    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    if (stdin_at_end(ts))
        return throw_vbs(excep, 62, stream_source(ts));
    V_VT(result) = VT_BSTR;
    V_BSTR(result) = stdin_take(ts, -1, FALSE);
    return S_OK;
}

static HRESULT ts_skip(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    LONG count;
    HRESULT hr;

    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    hr = arg_long(host_arg(params, 0), &count);
    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, stream_source(ts));
    if (FAILED(hr) || count < 0)
        return throw_vbs(excep, 5, stream_source(ts));
    if (count && stdin_at_end(ts))
        return throw_vbs(excep, 62, stream_source(ts));
    SysFreeString(stdin_take(ts, count, FALSE));
    return S_OK;
}

static HRESULT ts_skipline(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;

    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    if (stdin_at_end(ts))
        return throw_vbs(excep, 62, stream_source(ts));
    SysFreeString(stdin_take(ts, -1, TRUE));
    return S_OK;
}

static HRESULT ts_atendofline(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                              EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;
    WCHAR c;

    READ_ONLY(flags);
    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    if (stdin_at_end(ts))
        return return_bool(result, TRUE);
    c = ts->pending[ts->pending_pos];
    return return_bool(result, c == '\n' || c == '\r');
}

static HRESULT ts_atendofstream(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                                EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;

    READ_ONLY(flags);
    if (FAILED(hr = check_stream(ts, TRUE, excep)))
        return hr;
    return return_bool(result, stdin_at_end(ts));
}

static HRESULT ts_line(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);

    READ_ONLY(flags);
    return return_long(result, ts->line);
}

static HRESULT ts_column(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                         EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);

    READ_ONLY(flags);
    return return_long(result, ts->column);
}

static void ts_output(struct textstream *ts, const WCHAR *text, int len)
{
    int i;

    for (i = 0; i < len; i++)
        advance(ts, text[i]);
    output_write(ts->kind == 2, text, len);
}

static HRESULT ts_write(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;
    BSTR text;

    if (FAILED(hr = check_stream(ts, FALSE, excep)))
        return hr;
    hr = arg_string(host_arg(params, 0), &text);
    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, stream_source(ts));
    if (FAILED(hr))
        return throw_vbs(excep, 13, stream_source(ts));
    ts_output(ts, text, SysStringLen(text));
    SysFreeString(text);
    return S_OK;
}

static HRESULT ts_writeline(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    HRESULT hr;
    BSTR text = NULL;

    if (FAILED(hr = check_stream(ts, FALSE, excep)))
        return hr;
    if (host_arg_count(params) && FAILED(arg_string(host_arg(params, 0), &text)))
        return throw_vbs(excep, 13, stream_source(ts));
    EnterCriticalSection(&output_lock);
    ts_output(ts, text ? text : L"", SysStringLen(text));
    ts_output(ts, newline(), lstrlenW(newline()));
    LeaveCriticalSection(&output_lock);
    SysFreeString(text);
    return S_OK;
}

static HRESULT ts_writeblanklines(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                                  EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);
    LONG count, i;
    HRESULT hr;

    if (FAILED(hr = check_stream(ts, FALSE, excep)))
        return hr;
    hr = arg_long(host_arg(params, 0), &count);
    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, stream_source(ts));
    if (FAILED(hr) || count < 0)
        return throw_vbs(excep, 5, stream_source(ts));
    EnterCriticalSection(&output_lock);
    for (i = 0; i < count; i++)
        ts_output(ts, newline(), lstrlenW(newline()));
    LeaveCriticalSection(&output_lock);
    return S_OK;
}

static HRESULT ts_close(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    struct textstream *ts = CONTAINING_RECORD(obj, struct textstream, obj);

    output_flush();
    ts->closed = TRUE;
    return S_OK;
}

static const struct member textstream_members[] =
{
    { L"Read", ID_READ, ts_read },
    { L"ReadLine", ID_READLINE, ts_readline },
    { L"ReadAll", ID_READALL, ts_readall },
    { L"Skip", ID_SKIP, ts_skip },
    { L"SkipLine", ID_SKIPLINE, ts_skipline },
    { L"AtEndOfLine", ID_ATENDOFLINE, ts_atendofline },
    { L"AtEndOfStream", ID_ATENDOFSTREAM, ts_atendofstream },
    { L"Line", ID_LINE, ts_line },
    { L"Column", ID_COLUMN, ts_column },
    { L"Write", ID_WRITE, ts_write },
    { L"WriteLine", ID_WRITELINE, ts_writeline },
    { L"WriteBlankLines", ID_WRITEBLANKLINES, ts_writeblanklines },
    { L"Close", ID_CLOSE, ts_close },
    { NULL }
};

static struct textstream *get_stream(int kind);

BSTR host_read_line(void)
{
    struct textstream *ts = get_stream(0);

    if (stdin_at_end(ts))
        return NULL;
    return stdin_take(ts, -1, TRUE);
}

static struct textstream *get_stream(int kind)
{
    if (!streams[kind])
    {
        struct textstream *ts = calloc(1, sizeof(*ts));
        hostobj_init(&ts->obj, textstream_members, NULL);
        ts->kind = kind;
        ts->line = ts->column = 1;
        streams[kind] = ts;
    }
    return streams[kind];
}

/* ------------------------------------------------------------------------ */
/* Event sinks: CreateObject(progid, prefix), ConnectObject                   */

struct sink
{
    struct hostobj obj;
    IConnectionPoint *point;
    DWORD cookie;
    IUnknown *source;       /* the object's IUnknown, to find it again */
    ITypeInfo *typeinfo;    /* the source interface: DISPID -> name */
    WCHAR *prefix;
    struct sink *next;
};

static struct sink *sinks;
static IActiveScript *event_engines[8];
static int event_engine_count;

/* The sink's only member: any DISPID, passed on to prefix_name. */
static HRESULT WINAPI sink_Invoke(IDispatch *iface, DISPID id, REFIID riid, LCID lcid, WORD flags,
                                  DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep, UINT *argerr)
{
    struct sink *sink = CONTAINING_RECORD(impl_from_IDispatch(iface), struct sink, obj);
    BSTR name = NULL;
    UINT got = 0;
    WCHAR full[512];
    int i;

    if (!sink->typeinfo || FAILED(ITypeInfo_GetNames(sink->typeinfo, id, &name, 1, &got)) || !got)
        return S_OK;
    _snwprintf(full, ARRAY_SIZE(full) - 1, L"%s%s", sink->prefix, name);
    full[ARRAY_SIZE(full) - 1] = 0;
    SysFreeString(name);
    for (i = 0; i < event_engine_count; i++)
    {
        IDispatch *script;
        LPOLESTR names[1] = { full };
        DISPID handler;
        if (FAILED(IActiveScript_GetScriptDispatch(event_engines[i], NULL, &script)))
            continue;
        if (SUCCEEDED(IDispatch_GetIDsOfNames(script, &null_iid, names, 1, 0, &handler)))
        {
            DISPPARAMS dp = { params ? params->rgvarg : NULL, NULL, params ? params->cArgs : 0, 0 };
            IDispatch_Invoke(script, handler, &null_iid, 0, DISPATCH_METHOD, &dp, NULL, NULL, NULL);
            IDispatch_Release(script);
            break;
        }
        IDispatch_Release(script);
    }
    return S_OK;
}

static const IDispatchVtbl sink_vtbl =
{
    hostobj_QueryInterface, hostobj_AddRef, hostobj_Release, hostobj_GetTypeInfoCount,
    hostobj_GetTypeInfo, hostobj_GetIDsOfNames, sink_Invoke
};

static const struct member no_members[] = { { NULL } };

/* The object's default source interface, from its class information or,
 * without IProvideClassInfo, from the coclass of its type library that
 * implements its IDispatch's interface. */
static HRESULT find_source(IDispatch *object, ITypeInfo **source)
{
    IProvideClassInfo *provide;
    ITypeInfo *klass = NULL;
    TYPEATTR *attr;
    HRESULT hr;
    UINT i;

    *source = NULL;
    if (SUCCEEDED(IDispatch_QueryInterface(object, &IID_IProvideClassInfo, (void **)&provide)))
    {
        hr = IProvideClassInfo_GetClassInfo(provide, &klass);
        IProvideClassInfo_Release(provide);
    }
    if (!klass)
    {
        ITypeInfo *info;
        ITypeLib *lib;
        TYPEATTR *dispattr;
        UINT index, n;
        if (FAILED(IDispatch_GetTypeInfo(object, 0, 0, &info)))
            return E_NOINTERFACE;
        hr = ITypeInfo_GetContainingTypeLib(info, &lib, &index);
        ITypeInfo_GetTypeAttr(info, &dispattr);
        if (SUCCEEDED(hr))
        {
            n = ITypeLib_GetTypeInfoCount(lib);
            for (index = 0; index < n && !klass; index++)
            {
                ITypeInfo *candidate;
                TYPEKIND kind;
                if (FAILED(ITypeLib_GetTypeInfoType(lib, index, &kind)) || kind != TKIND_COCLASS ||
                    FAILED(ITypeLib_GetTypeInfo(lib, index, &candidate)))
                    continue;
                if (SUCCEEDED(ITypeInfo_GetTypeAttr(candidate, &attr)))
                {
                    for (i = 0; i < attr->cImplTypes && !klass; i++)
                    {
                        HREFTYPE ref;
                        ITypeInfo *impl;
                        TYPEATTR *implattr;
                        INT implflags;
                        if (FAILED(ITypeInfo_GetImplTypeFlags(candidate, i, &implflags)) ||
                            (implflags & IMPLTYPEFLAG_FSOURCE) ||
                            FAILED(ITypeInfo_GetRefTypeOfImplType(candidate, i, &ref)) ||
                            FAILED(ITypeInfo_GetRefTypeInfo(candidate, ref, &impl)))
                            continue;
                        if (SUCCEEDED(ITypeInfo_GetTypeAttr(impl, &implattr)))
                        {
                            if (IsEqualGUID(&implattr->guid, &dispattr->guid))
                            {
                                klass = candidate;
                                ITypeInfo_AddRef(klass);
                            }
                            ITypeInfo_ReleaseTypeAttr(impl, implattr);
                        }
                        ITypeInfo_Release(impl);
                    }
                    ITypeInfo_ReleaseTypeAttr(candidate, attr);
                }
                ITypeInfo_Release(candidate);
            }
            ITypeLib_Release(lib);
        }
        ITypeInfo_ReleaseTypeAttr(info, dispattr);
        ITypeInfo_Release(info);
        if (!klass)
            return E_NOINTERFACE;
    }
    hr = E_NOINTERFACE;
    if (SUCCEEDED(ITypeInfo_GetTypeAttr(klass, &attr)))
    {
        for (i = 0; i < attr->cImplTypes; i++)
        {
            INT implflags;
            HREFTYPE ref;
            if (SUCCEEDED(ITypeInfo_GetImplTypeFlags(klass, i, &implflags)) &&
                (implflags & (IMPLTYPEFLAG_FSOURCE | IMPLTYPEFLAG_FDEFAULT)) ==
                    (IMPLTYPEFLAG_FSOURCE | IMPLTYPEFLAG_FDEFAULT) &&
                SUCCEEDED(ITypeInfo_GetRefTypeOfImplType(klass, i, &ref)) &&
                SUCCEEDED(ITypeInfo_GetRefTypeInfo(klass, ref, source)))
            {
                hr = S_OK;
                break;
            }
        }
        ITypeInfo_ReleaseTypeAttr(klass, attr);
    }
    ITypeInfo_Release(klass);
    return hr;
}

static HRESULT connect_object(IDispatch *object, const WCHAR *prefix, EXCEPINFO *excep, const WCHAR *source_name)
{
    IConnectionPointContainer *container;
    IConnectionPoint *point;
    ITypeInfo *source;
    TYPEATTR *attr;
    struct sink *sink;
    HRESULT hr;

    if (FAILED(find_source(object, &source)))
        return host_throw(excep, E_NOINTERFACE, source_name, L"The object does not source events.");
    ITypeInfo_GetTypeAttr(source, &attr);
    hr = IDispatch_QueryInterface(object, &IID_IConnectionPointContainer, (void **)&container);
    if (SUCCEEDED(hr))
    {
        hr = IConnectionPointContainer_FindConnectionPoint(container, &attr->guid, &point);
        IConnectionPointContainer_Release(container);
    }
    if (FAILED(hr))
    {
        ITypeInfo_ReleaseTypeAttr(source, attr);
        ITypeInfo_Release(source);
        return host_throw(excep, hr, source_name, L"The object does not source events.");
    }
    sink = calloc(1, sizeof(*sink));
    hostobj_init(&sink->obj, no_members, NULL);
    sink->obj.IDispatch_iface.lpVtbl = &sink_vtbl;
    sink->obj.source_iid = attr->guid;
    sink->obj.has_source_iid = TRUE;
    ITypeInfo_ReleaseTypeAttr(source, attr);
    sink->typeinfo = source;
    sink->prefix = _wcsdup(prefix);
    sink->point = point;
    IDispatch_QueryInterface(object, &IID_IUnknown, (void **)&sink->source);
    hr = IConnectionPoint_Advise(point, (IUnknown *)&sink->obj.IDispatch_iface, &sink->cookie);
    if (FAILED(hr))
    {
        IConnectionPoint_Release(point);
        IUnknown_Release(sink->source);
        ITypeInfo_Release(source);
        free(sink->prefix);
        free(sink);
        return host_throw(excep, hr, source_name, L"The object refused the event connection.");
    }
    sink->next = sinks;
    sinks = sink;
    return S_OK;
}

static BOOL disconnect_object(IDispatch *object)
{
    struct sink **p = &sinks, *sink;
    IUnknown *unk;
    BOOL found = FALSE;

    if (FAILED(IDispatch_QueryInterface(object, &IID_IUnknown, (void **)&unk)))
        return FALSE;
    while ((sink = *p))
    {
        if (sink->source == unk)
        {
            *p = sink->next;
            IConnectionPoint_Unadvise(sink->point, sink->cookie);
            IConnectionPoint_Release(sink->point);
            IUnknown_Release(sink->source);
            ITypeInfo_Release(sink->typeinfo);
            free(sink->prefix);
            IDispatch_Release(&sink->obj.IDispatch_iface);
            found = TRUE;
        }
        else
            p = &sink->next;
    }
    IUnknown_Release(unk);
    return found;
}

static void disconnect_all(void)
{
    while (sinks)
    {
        IDispatch *object;
        if (FAILED(IUnknown_QueryInterface(sinks->source, &IID_IDispatch, (void **)&object)))
        {
            sinks = sinks->next;
            continue;
        }
        disconnect_object(object);
        IDispatch_Release(object);
    }
}

/* ------------------------------------------------------------------------ */
/* The WScript object                                                         */

static struct hostobj wscript_obj, *arguments_obj;
static HANDLE timeout_event;

static void pump_messages(DWORD ms)
{
    DWORD start = GetTickCount(), elapsed;
    MSG msg;

    for (;;)
    {
        while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE))
        {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
        elapsed = GetTickCount() - start;
        if (elapsed >= ms)
            break;
        MsgWaitForMultipleObjects(0, NULL, FALSE, ms - elapsed, QS_ALLINPUT);
    }
}

/* The text Echo shows for a value. */
static HRESULT echo_text(VARIANT *v, BSTR *out)
{
    if (V_VT(v) == VT_NULL)
    {
        *out = SysAllocString(L"null");
        return S_OK;
    }
    if (V_VT(v) == VT_EMPTY || (V_VT(v) == VT_ERROR && V_ERROR(v) == DISP_E_PARAMNOTFOUND))
    {
        *out = SysAllocString(L"");
        return S_OK;
    }
    return arg_string(v, out);
}

enum { ID_APPLICATION = 1, ID_ARGUMENTS, ID_BUILDVERSION, ID_FULLNAME, ID_INTERACTIVE, ID_NAME, ID_PATH,
       ID_SCRIPTFULLNAME, ID_SCRIPTNAME, ID_STDERR, ID_STDIN, ID_STDOUT, ID_TIMEOUT, ID_VERSION,
       ID_CREATEOBJECT, ID_CONNECTOBJECT, ID_DISCONNECTOBJECT, ID_ECHO, ID_GETOBJECT, ID_QUIT, ID_SLEEP };

static HRESULT ws_application(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                              EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_object(result, &wscript_obj.IDispatch_iface);
}

static HRESULT ws_arguments(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_collection(arguments_obj, flags, params, result, excep);
}

static HRESULT ws_buildversion(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                               EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_long(result, HOST_BUILD);
}

static HRESULT ws_fullname(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                           EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_string(result, host_full_name);
}

static HRESULT ws_interactive(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                              EXCEPINFO *excep)
{
    if (is_put(flags))
    {
        BOOL value;
        if (FAILED(arg_bool(put_value(params), &value)))
            return throw_vbs(excep, 13, L"WScript.Interactive");
        interactive = value;
        return S_OK;
    }
    return return_bool(result, interactive);
}

static HRESULT ws_name(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_string(result, L"Windows Script Host");
}

static HRESULT ws_path(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    WCHAR path[MAX_PATH], *slash;

    READ_ONLY(flags);
    lstrcpyW(path, host_full_name);
    if ((slash = wcsrchr(path, '\\')))
        *slash = 0;
    return return_string(result, path);
}

static HRESULT ws_scriptfullname(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                                 EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_string(result, script_full_name);
}

static HRESULT ws_scriptname(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                             EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_string(result, script_name);
}

static HRESULT ws_stream(int kind, WORD flags, VARIANT *result)
{
    READ_ONLY(flags);
    return return_object(result, &get_stream(kind)->obj.IDispatch_iface);
}

static HRESULT ws_stdin(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return ws_stream(0, flags, result);
}

static HRESULT ws_stdout(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return ws_stream(1, flags, result);
}

static HRESULT ws_stderr(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    return ws_stream(2, flags, result);
}

static HRESULT ws_timeout(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                          EXCEPINFO *excep)
{
    if (is_put(flags))
    {
        LONG value;
        if (FAILED(arg_long(put_value(params), &value)))
            return throw_vbs(excep, 13, L"WScript.Timeout");
        if (value < 0)
            return throw_vbs(excep, 5, L"WScript.Timeout");
        options.timeout = value;
        /* The watchdog starts counting again. */
        SetEvent(timeout_event);
        return S_OK;
    }
    return return_long(result, options.timeout);
}

static HRESULT ws_version(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                          EXCEPINFO *excep)
{
    READ_ONLY(flags);
    return return_string(result, HOST_VERSION);
}

static HRESULT create_object(const WCHAR *progid, IDispatch **out, EXCEPINFO *excep, const WCHAR *source)
{
    WCHAR message[512];
    CLSID clsid;
    HRESULT hr;

    *out = NULL;
    if (progid[0] == '{')
        hr = CLSIDFromString(progid, &clsid);
    else
        hr = CLSIDFromProgID(progid, &clsid);
    if (FAILED(hr))
    {
        _snwprintf(message, ARRAY_SIZE(message) - 1, L"Could not locate automation class named \"%s\".", progid);
        message[ARRAY_SIZE(message) - 1] = 0;
        return host_throw(excep, hr, source, message);
    }
    hr = CoCreateInstance(&clsid, NULL, CLSCTX_INPROC_SERVER | CLSCTX_LOCAL_SERVER, &IID_IDispatch, (void **)out);
    if (FAILED(hr))
    {
        _snwprintf(message, ARRAY_SIZE(message) - 1, L"Could not create object named \"%s\".", progid);
        message[ARRAY_SIZE(message) - 1] = 0;
        return host_throw(excep, hr, source, message);
    }
    return S_OK;
}

static HRESULT ws_createobject(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                               EXCEPINFO *excep)
{
    BSTR progid, prefix = NULL;
    IDispatch *object;
    HRESULT hr;

    hr = arg_string(host_arg(params, 0), &progid);
    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, L"WScript.CreateObject");
    if (FAILED(hr))
        return throw_vbs(excep, 13, L"WScript.CreateObject");
    if (!is_missing(host_arg(params, 1)) && FAILED(arg_string(host_arg(params, 1), &prefix)))
    {
        SysFreeString(progid);
        return throw_vbs(excep, 13, L"WScript.CreateObject");
    }
    hr = create_object(progid, &object, excep, L"WScript.CreateObject");
    if (SUCCEEDED(hr) && prefix && prefix[0])
    {
        hr = connect_object(object, prefix, excep, L"WScript.CreateObject");
        if (FAILED(hr))
        {
            IDispatch_Release(object);
            object = NULL;
        }
    }
    SysFreeString(progid);
    SysFreeString(prefix);
    if (FAILED(hr))
        return hr;
    V_VT(result) = VT_DISPATCH;
    V_DISPATCH(result) = object;
    return S_OK;
}

static IDispatch *arg_object(VARIANT *v)
{
    if (!v)
        return NULL;
    if (V_VT(v) == VT_DISPATCH)
        return V_DISPATCH(v);
    if (V_VT(v) == (VT_DISPATCH | VT_BYREF))
        return *V_DISPATCHREF(v);
    return NULL;
}

static HRESULT ws_connectobject(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                                EXCEPINFO *excep)
{
    IDispatch *object = arg_object(host_arg(params, 0));
    BSTR prefix;
    HRESULT hr;

    if (host_arg_count(params) < 2)
        return throw_vbs(excep, 450, L"WScript.ConnectObject");
    if (!object)
        return throw_vbs(excep, 424, L"WScript.ConnectObject");
    if (FAILED(arg_string(host_arg(params, 1), &prefix)))
        return throw_vbs(excep, 13, L"WScript.ConnectObject");
    hr = connect_object(object, prefix, excep, L"WScript.ConnectObject");
    SysFreeString(prefix);
    return hr;
}

static HRESULT ws_disconnectobject(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                                   EXCEPINFO *excep)
{
    IDispatch *object = arg_object(host_arg(params, 0));

    if (!host_arg_count(params))
        return throw_vbs(excep, 450, L"WScript.DisconnectObject");
    if (!object)
        return throw_vbs(excep, 424, L"WScript.DisconnectObject");
    /* Windows says nothing about an object that was not connected. */
    disconnect_object(object);
    return S_OK;
}

static HRESULT ws_echo(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    unsigned int i, count = host_arg_count(params);
    const WCHAR *nl = newline();
    size_t nl_len = lstrlenW(nl), len = 0, size = 256;
    WCHAR small[256], *line = small, *grown;

    /* The line and its end are built in one buffer, on the stack when they
     * fit, and written in one piece: a line costs no allocation. */
    for (i = 0; i < count; i++)
    {
        VARIANT *v = host_arg(params, i);
        BSTR text = NULL;
        const WCHAR *part;
        size_t n;

        if (V_VT(v) == VT_BSTR)
            part = V_BSTR(v) ? V_BSTR(v) : L"";
        else if (FAILED(echo_text(v, &text)))
        {
            if (line != small)
                free(line);
            return throw_vbs(excep, 13, L"WScript.Echo");
        }
        else
            part = text ? text : L"";
        /* A BSTR as its copy by SysAllocString was, up to a NUL. */
        n = text ? SysStringLen(text) : (UINT)lstrlenW(part);
        if (len + n + nl_len + 2 > size)
        {
            size = (len + n + nl_len + 2) * 2;
            if (!(grown = line == small ? malloc(size * sizeof(WCHAR)) : realloc(line, size * sizeof(WCHAR))))
            {
                SysFreeString(text);
                if (line != small)
                    free(line);
                return E_OUTOFMEMORY;
            }
            if (line == small)
                memcpy(grown, small, len * sizeof(WCHAR));
            line = grown;
        }
        if (i)
            line[len++] = ' ';
        memcpy(line + len, part, n * sizeof(WCHAR));
        len += n;
        SysFreeString(text);
    }
    if (is_wscript && !headless)
    {
        line[len] = 0;
        show_message(FALSE, line);
    }
    else if (unix_text)
    {
        /* Apart: a CR that ends the text is not half of a line end. */
        EnterCriticalSection(&output_lock);
        output_write(FALSE, line, (int)len);
        output_write(FALSE, nl, (int)nl_len);
        LeaveCriticalSection(&output_lock);
    }
    else
    {
        memcpy(line + len, nl, nl_len * sizeof(WCHAR));
        output_write(FALSE, line, (int)(len + nl_len));
    }
    if (line != small)
        free(line);
    return S_OK;
}

static HRESULT ws_getobject(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                            EXCEPINFO *excep)
{
    BSTR path = NULL, progid = NULL, prefix = NULL;
    IDispatch *object = NULL;
    HRESULT hr = S_OK;

    if (!host_arg_count(params))
        return throw_vbs(excep, 450, L"WScript.GetObject");
    if (FAILED(arg_string(host_arg(params, 0), &path)) ||
        (!is_missing(host_arg(params, 1)) && FAILED(arg_string(host_arg(params, 1), &progid))) ||
        (!is_missing(host_arg(params, 2)) && FAILED(arg_string(host_arg(params, 2), &prefix))))
        hr = throw_vbs(excep, 13, L"WScript.GetObject");
    else if (progid && progid[0])
    {
        /* A class and a file for it to load, as IPersistFile does. */
        hr = create_object(progid, &object, excep, L"WScript.GetObject");
        if (SUCCEEDED(hr) && path[0])
        {
            IPersistFile *file;
            hr = IDispatch_QueryInterface(object, &IID_IPersistFile, (void **)&file);
            if (SUCCEEDED(hr))
            {
                hr = IPersistFile_Load(file, path, STGM_READ);
                IPersistFile_Release(file);
            }
            if (FAILED(hr))
                hr = host_throw(excep, hr, L"WScript.GetObject", NULL);
        }
    }
    else
    {
        hr = CoGetObject(path, NULL, &IID_IDispatch, (void **)&object);
        if (FAILED(hr))
            hr = host_throw(excep, hr, L"WScript.GetObject", NULL);
    }
    if (SUCCEEDED(hr) && prefix && prefix[0])
        hr = connect_object(object, prefix, excep, L"WScript.GetObject");
    SysFreeString(path);
    SysFreeString(progid);
    SysFreeString(prefix);
    if (FAILED(hr))
    {
        if (object)
            IDispatch_Release(object);
        return hr;
    }
    V_VT(result) = VT_DISPATCH;
    V_DISPATCH(result) = object;
    return S_OK;
}

static HRESULT ws_quit(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    LONG code = 0;

    if (!is_missing(host_arg(params, 0)) && FAILED(arg_long(host_arg(params, 0), &code)))
        return throw_vbs(excep, 13, L"WScript.Quit");
    output_flush();
    ExitProcess(code);
}

static HRESULT ws_sleep(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep)
{
    LONG ms;
    HRESULT hr = arg_long(host_arg(params, 0), &ms);

    if (hr == DISP_E_PARAMNOTFOUND)
        return throw_vbs(excep, 450, L"WScript.Sleep");
    if (FAILED(hr))
        return throw_vbs(excep, 13, L"WScript.Sleep");
    if (ms < 0)
        return throw_vbs(excep, 5, L"WScript.Sleep");
    output_flush();
    pump_messages(ms);
    return S_OK;
}

static const struct member wscript_members[] =
{
    { L"Echo", ID_ECHO, ws_echo },      /* first: the member scripts call most */
    { L"Name", DISPID_VALUE, ws_name },
    { L"Application", ID_APPLICATION, ws_application },
    { L"Arguments", ID_ARGUMENTS, ws_arguments },
    { L"BuildVersion", ID_BUILDVERSION, ws_buildversion },
    { L"FullName", ID_FULLNAME, ws_fullname },
    { L"Interactive", ID_INTERACTIVE, ws_interactive },
    { L"Path", ID_PATH, ws_path },
    { L"ScriptFullName", ID_SCRIPTFULLNAME, ws_scriptfullname },
    { L"ScriptName", ID_SCRIPTNAME, ws_scriptname },
    { L"StdErr", ID_STDERR, ws_stderr },
    { L"StdIn", ID_STDIN, ws_stdin },
    { L"StdOut", ID_STDOUT, ws_stdout },
    { L"Timeout", ID_TIMEOUT, ws_timeout },
    { L"Version", ID_VERSION, ws_version },
    { L"CreateObject", ID_CREATEOBJECT, ws_createobject },
    { L"ConnectObject", ID_CONNECTOBJECT, ws_connectobject },
    { L"DisconnectObject", ID_DISCONNECTOBJECT, ws_disconnectobject },
    { L"GetObject", ID_GETOBJECT, ws_getobject },
    { L"Quit", ID_QUIT, ws_quit },
    { L"Sleep", ID_SLEEP, ws_sleep },
    { NULL }
};

/* ------------------------------------------------------------------------ */
/* Errors                                                                     */

static const struct { int number; const WCHAR *text; } vbscript_messages[] =
{
    { 5, L"Invalid procedure call or argument" },
    { 6, L"Overflow" },
    { 7, L"Out of memory" },
    { 9, L"Subscript out of range" },
    { 10, L"This array is fixed or temporarily locked" },
    { 11, L"Division by zero" },
    { 13, L"Type mismatch" },
    { 14, L"Out of string space" },
    { 17, L"Can't perform requested operation" },
    { 28, L"Out of stack space" },
    { 35, L"Sub or Function not defined" },
    { 48, L"Error in loading DLL" },
    { 51, L"Internal error" },
    { 52, L"Bad file name or number" },
    { 53, L"File not found" },
    { 54, L"Bad file mode" },
    { 55, L"File already open" },
    { 57, L"Device I/O error" },
    { 58, L"File already exists" },
    { 61, L"Disk full" },
    { 62, L"Input past end of file" },
    { 67, L"Too many files" },
    { 68, L"Device unavailable" },
    { 70, L"Permission denied" },
    { 71, L"Disk not ready" },
    { 74, L"Can't rename with different drive" },
    { 75, L"Path/File access error" },
    { 76, L"Path not found" },
    { 91, L"Object variable not set" },
    { 92, L"For loop not initialized" },
    { 94, L"Invalid use of Null" },
    { 322, L"Can't create necessary temporary file" },
    { 424, L"Object required" },
    { 429, L"ActiveX component can't create object" },
    { 430, L"Class doesn't support Automation" },
    { 432, L"File name or class name not found during Automation operation" },
    { 438, L"Object doesn't support this property or method" },
    { 440, L"Automation error" },
    { 445, L"Object doesn't support this action" },
    { 446, L"Object doesn't support named arguments" },
    { 447, L"Object doesn't support current locale setting" },
    { 448, L"Named argument not found" },
    { 449, L"Argument not optional" },
    { 450, L"Wrong number of arguments or invalid property assignment" },
    { 451, L"Object not a collection" },
    { 453, L"Specified DLL function not found" },
    { 455, L"Code resource lock error" },
    { 457, L"This key is already associated with an element of this collection" },
    { 458, L"Variable uses an Automation type not supported in VBScript" },
    { 462, L"The remote server machine does not exist or is unavailable" },
    { 481, L"Invalid picture" },
    { 500, L"Variable is undefined" },
    { 501, L"Illegal assignment" },
    { 502, L"Object not safe for scripting" },
    { 503, L"Object not safe for initializing" },
    { 504, L"Object not safe for creating" },
    { 505, L"Invalid or unqualified reference" },
    { 506, L"Class not defined" },
    { 507, L"An exception occurred" },
    { 1001, L"Out of memory" },
    { 1002, L"Syntax error" },
    { 1003, L"Expected ':'" },
    { 1005, L"Expected '('" },
    { 1006, L"Expected ')'" },
    { 1010, L"Expected identifier" },
    { 1011, L"Expected '='" },
    { 1012, L"Expected 'If'" },
    { 1013, L"Expected 'To'" },
    { 1014, L"Expected 'End'" },
    { 1015, L"Expected 'Function'" },
    { 1016, L"Expected 'Sub'" },
    { 1017, L"Expected 'Then'" },
    { 1018, L"Expected 'Wend'" },
    { 1019, L"Expected 'Loop'" },
    { 1020, L"Expected 'Next'" },
    { 1021, L"Expected 'Case'" },
    { 1022, L"Expected 'Select'" },
    { 1023, L"Expected expression" },
    { 1024, L"Expected statement" },
    { 1025, L"Expected end of statement" },
    { 1026, L"Expected integer constant" },
    { 1027, L"Expected 'While' or 'Until'" },
    { 1028, L"Expected 'While', 'Until' or end of statement" },
    { 1029, L"Expected 'With'" },
    { 1030, L"Identifier too long" },
    { 1031, L"Invalid number" },
    { 1032, L"Invalid character" },
    { 1033, L"Unterminated string constant" },
    { 1034, L"Unterminated comment" },
    { 1037, L"Invalid use of 'Me' keyword" },
    { 1038, L"'loop' without 'do'" },
    { 1039, L"Invalid 'exit' statement" },
    { 1040, L"Invalid 'for' loop control variable" },
    { 1041, L"Name redefined" },
    { 1042, L"Must be first statement on the line" },
    { 1044, L"Cannot use parentheses when calling a Sub" },
    { 1045, L"Expected literal constant" },
    { 1046, L"Expected 'In'" },
    { 1047, L"Expected 'Class'" },
    { 1048, L"Must be defined inside a Class" },
    { 1049, L"Expected Let or Set or Get in property declaration" },
    { 1050, L"Expected 'Property'" },
    { 1051, L"Number of arguments must be consistent across properties specification" },
    { 1052, L"Cannot have multiple default property/method in a Class" },
    { 1053, L"Class initialize or terminate do not have arguments" },
    { 1054, L"Property Set or Let must have at least one argument" },
    { 1055, L"Unexpected 'Next'" },
    { 1057, L"'Default' specification must also specify 'Public'" },
    { 1058, L"'Default' specification can only be on Property Get" },
    { 5016, L"Regular Expression object expected" },
    { 5017, L"Syntax error in regular expression" },
    { 5018, L"Unexpected quantifier" },
    { 5019, L"Expected ']' in regular expression" },
    { 5020, L"Expected ')' in regular expression" },
    { 5021, L"Invalid range in character set" },
    { 32811, L"Element not found" },
};

const WCHAR *vbscript_message(HRESULT code)
{
    int number = -1;
    size_t i;

    if (HRESULT_FACILITY(code) == FACILITY_CONTROL)
        number = HRESULT_CODE(code);
    else
        switch (code)
        {
        case DISP_E_DIVBYZERO: number = 11; break;
        case DISP_E_TYPEMISMATCH: number = 13; break;
        case DISP_E_OVERFLOW: number = 6; break;
        case DISP_E_BADINDEX: number = 9; break;
        case DISP_E_UNKNOWNNAME: case DISP_E_MEMBERNOTFOUND: number = 438; break;
        case DISP_E_BADPARAMCOUNT: number = 450; break;
        case DISP_E_PARAMNOTOPTIONAL: number = 449; break;
        case DISP_E_ARRAYISLOCKED: number = 10; break;
        case DISP_E_NONAMEDARGS: number = 446; break;
        case E_OUTOFMEMORY: number = 7; break;
        case E_NOTIMPL: number = 445; break;
        case E_INVALIDARG: number = 5; break;
        case CO_E_CLASSSTRING: case REGDB_E_CLASSNOTREG: number = 429; break;
        case CTL_E_FILENOTFOUND: number = 53; break;
        case E_FAIL: return L"Unspecified error";
        }
    for (i = 0; i < ARRAY_SIZE(vbscript_messages); i++)
        if (vbscript_messages[i].number == number)
            return vbscript_messages[i].text;
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* The script site                                                            */

struct named_item
{
    WCHAR *name;
    IDispatch *object;
    struct named_item *next;
};

struct site
{
    IActiveScriptSite IActiveScriptSite_iface;
    IActiveScriptSiteWindow IActiveScriptSiteWindow_iface;
    BOOL is_jscript;
    BOOL compiling;         /* the check compile: errors are compilation errors */
    BOOL quiet;             /* the host's own prelude: its errors are not the script's */
    EXCEPINFO *capture;     /* Execute's code: its error goes to the caller */
    BOOL reported;
    const WCHAR *file;      /* the file the code came from */
};

static struct named_item *named_items;

static inline struct site *impl_from_IActiveScriptSite(IActiveScriptSite *iface)
{
    return CONTAINING_RECORD(iface, struct site, IActiveScriptSite_iface);
}

static HRESULT WINAPI site_QueryInterface(IActiveScriptSite *iface, REFIID riid, void **out)
{
    struct site *site = impl_from_IActiveScriptSite(iface);

    if (IsEqualIID(riid, &IID_IUnknown) || IsEqualIID(riid, &IID_IActiveScriptSite))
        *out = &site->IActiveScriptSite_iface;
    else if (IsEqualIID(riid, &IID_IActiveScriptSiteWindow))
        *out = &site->IActiveScriptSiteWindow_iface;
    else
    {
        *out = NULL;
        return E_NOINTERFACE;
    }
    IUnknown_AddRef((IUnknown *)*out);
    return S_OK;
}

static ULONG WINAPI site_AddRef(IActiveScriptSite *iface)
{
    return 2;
}

static ULONG WINAPI site_Release(IActiveScriptSite *iface)
{
    return 1;
}

static HRESULT WINAPI site_GetLCID(IActiveScriptSite *iface, LCID *lcid)
{
    return E_NOTIMPL;
}

static HRESULT WINAPI site_GetItemInfo(IActiveScriptSite *iface, LPCOLESTR name, DWORD mask, IUnknown **unk,
                                       ITypeInfo **info)
{
    struct named_item *item;
    IDispatch *object = NULL;

    if (!lstrcmpiW(name, L"WScript") || !lstrcmpiW(name, L"WSH"))
        object = &wscript_obj.IDispatch_iface;
    else if (!lstrcmpiW(name, L"WineVpcBuiltins"))
        object = builtins_object();
    for (item = named_items; item && !object; item = item->next)
        if (!lstrcmpiW(name, item->name))
            object = item->object;
    if (!object)
        return TYPE_E_ELEMENTNOTFOUND;
    if (mask & SCRIPTINFO_ITYPEINFO)
    {
        *info = NULL;
        if (FAILED(IDispatch_GetTypeInfo(object, 0, 0, info)))
            *info = NULL;
    }
    if (mask & SCRIPTINFO_IUNKNOWN)
    {
        *unk = (IUnknown *)object;
        IUnknown_AddRef(*unk);
    }
    return S_OK;
}

static HRESULT WINAPI site_GetDocVersionString(IActiveScriptSite *iface, BSTR *version)
{
    return E_NOTIMPL;
}

static HRESULT WINAPI site_OnScriptTerminate(IActiveScriptSite *iface, const VARIANT *result,
                                             const EXCEPINFO *excep)
{
    return S_OK;
}

static HRESULT WINAPI site_OnStateChange(IActiveScriptSite *iface, SCRIPTSTATE state)
{
    return S_OK;
}

static void report_error(struct site *site, EXCEPINFO *ei, ULONG line, LONG column, BOOL have_position)
{
    const WCHAR *kind = site->is_jscript ? L"JScript" : L"VBScript";
    const WCHAR *description = ei->bstrDescription && ei->bstrDescription[0] ? ei->bstrDescription : NULL;
    const WCHAR *source = ei->bstrSource && ei->bstrSource[0] ? ei->bstrSource : NULL;
    WCHAR where[MAX_PATH + 64], fallback_source[64], code[32];
    HRESULT scode = ei->scode ? ei->scode : (HRESULT)ei->wCode;

    had_error = TRUE;
    if (options.batch)
        return;
    if (!description)
        description = vbscript_message(scode);
    if (site->compiling && (!description || scode == E_FAIL))
        description = L"Syntax error";
    if (!description)
    {
        _snwprintf(code, ARRAY_SIZE(code), L"0x%08lx", (unsigned long)scode);
        description = code;
    }
    if (!source)
    {
        _snwprintf(fallback_source, ARRAY_SIZE(fallback_source), L"Microsoft %s %s error", kind,
                   site->compiling ? L"compilation" : L"runtime");
        source = fallback_source;
    }
    if (have_position)
        _snwprintf(where, ARRAY_SIZE(where), L"%s(%lu, %ld)", site->file, line + 1, column + 1);
    else
        _snwprintf(where, ARRAY_SIZE(where), L"%s", site->file);
    where[ARRAY_SIZE(where) - 1] = 0;
    if (is_wscript && !headless)
    {
        WCHAR text[2048];
        _snwprintf(text, ARRAY_SIZE(text) - 1, L"Script: %s\nLine: %lu\nChar: %ld\nError: %s\nCode: %08lX\n"
                   L"Source: %s", site->file, line + 1, column + 1, description, (unsigned long)scode, source);
        text[ARRAY_SIZE(text) - 1] = 0;
        show_message(TRUE, text);
        return;
    }
    EnterCriticalSection(&output_lock);
    output_printf(TRUE, L"%s %s: %s%s", where, source, description, newline());
    LeaveCriticalSection(&output_lock);
}

static HRESULT WINAPI site_OnScriptError(IActiveScriptSite *iface, IActiveScriptError *error)
{
    struct site *site = impl_from_IActiveScriptSite(iface);
    EXCEPINFO ei;
    DWORD context = 0;
    ULONG line = 0;
    LONG column = 0;
    BOOL have_position;

    if (site->quiet)
    {
        site->reported = TRUE;
        return S_OK;
    }
    if (site->capture)
    {
        IActiveScriptError_GetExceptionInfo(error, site->capture);
        if (site->capture->pfnDeferredFillIn)
            site->capture->pfnDeferredFillIn(site->capture);
        site->reported = TRUE;
        return S_OK;
    }
    memset(&ei, 0, sizeof(ei));
    IActiveScriptError_GetExceptionInfo(error, &ei);
    if (ei.pfnDeferredFillIn)
        ei.pfnDeferredFillIn(&ei);
    have_position = SUCCEEDED(IActiveScriptError_GetSourcePosition(error, &context, &line, &column));
    site->reported = TRUE;
    report_error(site, &ei, line, column, have_position);
    SysFreeString(ei.bstrSource);
    SysFreeString(ei.bstrDescription);
    SysFreeString(ei.bstrHelpFile);
    return S_OK;
}

static HRESULT WINAPI site_OnEnterScript(IActiveScriptSite *iface)
{
    return S_OK;
}

static HRESULT WINAPI site_OnLeaveScript(IActiveScriptSite *iface)
{
    return S_OK;
}

static const IActiveScriptSiteVtbl site_vtbl =
{
    site_QueryInterface, site_AddRef, site_Release, site_GetLCID, site_GetItemInfo, site_GetDocVersionString,
    site_OnScriptTerminate, site_OnStateChange, site_OnScriptError, site_OnEnterScript, site_OnLeaveScript
};

static inline struct site *impl_from_IActiveScriptSiteWindow(IActiveScriptSiteWindow *iface)
{
    return CONTAINING_RECORD(iface, struct site, IActiveScriptSiteWindow_iface);
}

static HRESULT WINAPI sitewindow_QueryInterface(IActiveScriptSiteWindow *iface, REFIID riid, void **out)
{
    return site_QueryInterface(&impl_from_IActiveScriptSiteWindow(iface)->IActiveScriptSite_iface, riid, out);
}

static ULONG WINAPI sitewindow_AddRef(IActiveScriptSiteWindow *iface)
{
    return 2;
}

static ULONG WINAPI sitewindow_Release(IActiveScriptSiteWindow *iface)
{
    return 1;
}

static HRESULT WINAPI sitewindow_GetWindow(IActiveScriptSiteWindow *iface, HWND *hwnd)
{
    *hwnd = NULL;
    return S_OK;
}

static HRESULT WINAPI sitewindow_EnableModeless(IActiveScriptSiteWindow *iface, BOOL enable)
{
    return S_OK;
}

static const IActiveScriptSiteWindowVtbl sitewindow_vtbl =
{
    sitewindow_QueryInterface, sitewindow_AddRef, sitewindow_Release, sitewindow_GetWindow,
    sitewindow_EnableModeless
};

static void init_site(struct site *site, BOOL is_jscript, const WCHAR *file)
{
    memset(site, 0, sizeof(*site));
    site->IActiveScriptSite_iface.lpVtbl = &site_vtbl;
    site->IActiveScriptSiteWindow_iface.lpVtbl = &sitewindow_vtbl;
    site->is_jscript = is_jscript;
    site->file = file;
}

/* ------------------------------------------------------------------------ */
/* Engines                                                                    */

struct engine
{
    WCHAR *language;
    CLSID clsid;
    IActiveScript *script;
    IActiveScriptParse *parse;
    struct site site;
};

/* The VBScript engine that runs the script, for Execute, Eval, GetRef. */
static struct engine *vbscript_engine;

static void input_error(const WCHAR *format, const WCHAR *arg)
{
    WCHAR text[1024];

    _snwprintf(text, ARRAY_SIZE(text) - 1, format, arg);
    text[ARRAY_SIZE(text) - 1] = 0;
    if (!options.batch)
        show_message(TRUE, text);
}

static BOOL clsid_is_jscript(const CLSID *clsid)
{
    WCHAR *progid = NULL;
    BOOL ret = FALSE;

    if (SUCCEEDED(ProgIDFromCLSID(clsid, &progid)))
    {
        ret = !_wcsnicmp(progid, L"JScript", 7);
        CoTaskMemFree(progid);
    }
    return ret;
}

/* REPAIR_TEXT: for VBScript, the code the engine will run, whose broken
 * builtins the host shadows (builtins.c); NULL for none. */
static HRESULT engine_create(struct engine *e, const CLSID *clsid, const WCHAR *file, BOOL start,
                             const WCHAR *repair_text)
{
    struct named_item *item;
    HRESULT hr;

    e->clsid = *clsid;
    init_site(&e->site, clsid_is_jscript(clsid), file);
    hr = CoCreateInstance(clsid, NULL, CLSCTX_INPROC_SERVER, &IID_IActiveScript, (void **)&e->script);
    if (FAILED(hr))
        return hr;
    hr = IActiveScript_QueryInterface(e->script, &IID_IActiveScriptParse, (void **)&e->parse);
    if (SUCCEEDED(hr))
        hr = IActiveScriptParse_InitNew(e->parse);
    if (SUCCEEDED(hr))
        hr = IActiveScript_SetScriptSite(e->script, &e->site.IActiveScriptSite_iface);
    if (SUCCEEDED(hr))
        hr = IActiveScript_AddNamedItem(e->script, L"WScript", SCRIPTITEM_ISVISIBLE);
    if (SUCCEEDED(hr))
        hr = IActiveScript_AddNamedItem(e->script, L"WSH", SCRIPTITEM_ISVISIBLE);
    if (e->site.is_jscript)
        repair_text = NULL;
    if (SUCCEEDED(hr) && start && repair_text)
        hr = IActiveScript_AddNamedItem(e->script, L"WineVpcBuiltins", SCRIPTITEM_ISVISIBLE);
    for (item = named_items; item && SUCCEEDED(hr); item = item->next)
        hr = IActiveScript_AddNamedItem(e->script, item->name,
                                        SCRIPTITEM_ISVISIBLE | (item->name[0] == '*' ? SCRIPTITEM_GLOBALMEMBERS : 0));
    /* Started before the code is parsed: each piece of code then runs as it
     * is parsed, in order, and code a script parses (Execute) runs at once. */
    if (SUCCEEDED(hr) && start)
        hr = IActiveScript_SetScriptState(e->script, SCRIPTSTATE_STARTED);
    if (SUCCEEDED(hr) && start && event_engine_count < (int)ARRAY_SIZE(event_engines))
        event_engines[event_engine_count++] = e->script;
    if (SUCCEEDED(hr) && start && repair_text)
    {
        WCHAR *prelude = builtins_prelude(repair_text, no_display), *line, *next;
        vbscript_engine = e;
        /* A line each: a shadow Wine's parser refuses costs only itself. */
        for (line = prelude; line && *line; line = next)
        {
            EXCEPINFO ei;
            WCHAR *end = wcschr(line, '\n');
            next = end ? end + 1 : line + lstrlenW(line);
            if (end)
                *end = 0;
            memset(&ei, 0, sizeof(ei));
            e->site.quiet = TRUE;
            IActiveScriptParse_ParseScriptText(e->parse, line, NULL, NULL, NULL, 0, 0, 0, NULL, &ei);
            e->site.quiet = FALSE;
            e->site.reported = FALSE;
            SysFreeString(ei.bstrSource);
            SysFreeString(ei.bstrDescription);
            SysFreeString(ei.bstrHelpFile);
        }
        free(prelude);
    }
    return hr;
}

HRESULT host_run_nested(const WCHAR *code, DWORD flags, VARIANT *result, EXCEPINFO *excep)
{
    struct engine *e = vbscript_engine;
    EXCEPINFO *outer, ei;
    BOOL reported;
    HRESULT hr;

    if (!e)
        return E_UNEXPECTED;
    outer = e->site.capture;
    reported = e->site.reported;
    memset(&ei, 0, sizeof(ei));
    memset(excep, 0, sizeof(*excep));
    e->site.capture = excep;
    e->site.reported = FALSE;
    hr = IActiveScriptParse_ParseScriptText(e->parse, code, NULL, NULL, NULL, 0, 0, flags, result, &ei);
    if (e->site.reported || FAILED(hr))
    {
        if (!e->site.reported)
            *excep = ei;
        else
        {
            SysFreeString(ei.bstrSource);
            SysFreeString(ei.bstrDescription);
            SysFreeString(ei.bstrHelpFile);
        }
        if (!excep->scode)
            excep->scode = FAILED(hr) ? hr : E_FAIL;
        hr = DISP_E_EXCEPTION;
    }
    e->site.capture = outer;
    e->site.reported = reported;
    return hr;
}

HRESULT host_script_dispatch(IDispatch **disp)
{
    if (!vbscript_engine)
        return E_UNEXPECTED;
    return IActiveScript_GetScriptDispatch(vbscript_engine->script, NULL, disp);
}

static void engine_close(struct engine *e)
{
    int i;

    for (i = 0; i < event_engine_count; i++)
        if (event_engines[i] == e->script)
            event_engines[i] = event_engines[--event_engine_count];
    if (vbscript_engine == e)
        vbscript_engine = NULL;
    if (e->parse)
        IActiveScriptParse_Release(e->parse);
    if (e->script)
    {
        IActiveScript_Close(e->script);
        IActiveScript_Release(e->script);
    }
    e->parse = NULL;
    e->script = NULL;
}

/* Compiles CODE in an engine that never starts: a syntax error is found
 * before anything runs, and is reported as a compilation error. */
static BOOL compiles(const CLSID *clsid, const WCHAR *file, const WCHAR *code, ULONG first_line)
{
    struct engine check;
    EXCEPINFO ei;
    HRESULT hr;

    memset(&check, 0, sizeof(check));
    if (FAILED(engine_create(&check, clsid, file, FALSE, NULL)))
    {
        engine_close(&check);
        return TRUE;    /* the real run says what is wrong */
    }
    check.site.compiling = TRUE;
    memset(&ei, 0, sizeof(ei));
    hr = IActiveScriptParse_ParseScriptText(check.parse, code, NULL, NULL, NULL, 0, first_line,
                                            SCRIPTTEXT_ISVISIBLE, NULL, &ei);
    if (FAILED(hr) && !check.site.reported)
    {
        check.site.reported = TRUE;
        if (!ei.scode)
            ei.scode = hr;
        report_error(&check.site, &ei, 0, 0, FALSE);
    }
    SysFreeString(ei.bstrSource);
    SysFreeString(ei.bstrDescription);
    SysFreeString(ei.bstrHelpFile);
    engine_close(&check);
    return !check.site.reported;
}

/* Runs CODE in a started engine; FALSE when it stopped on an error. */
static BOOL run_code(struct engine *e, const WCHAR *code, ULONG first_line)
{
    EXCEPINFO ei;
    HRESULT hr;

    if (!compiles(&e->clsid, e->site.file, code, first_line))
        return FALSE;
    memset(&ei, 0, sizeof(ei));
    e->site.reported = FALSE;
    hr = IActiveScriptParse_ParseScriptText(e->parse, code, NULL, NULL, NULL, 0, first_line,
                                            SCRIPTTEXT_ISVISIBLE, NULL, &ei);
    if (FAILED(hr) && !e->site.reported)
    {
        if (!ei.scode)
            ei.scode = hr;
        report_error(&e->site, &ei, 0, 0, FALSE);
    }
    SysFreeString(ei.bstrSource);
    SysFreeString(ei.bstrDescription);
    SysFreeString(ei.bstrHelpFile);
    return SUCCEEDED(hr) && !e->site.reported;
}

/* The engine for a file extension (.vbs) from the registry: HKCR\.vbs names
 * a class whose ScriptEngine key names the engine. */
static HRESULT engine_for_extension(const WCHAR *ext, CLSID *clsid)
{
    WCHAR klass[256], key[300], engine[256];
    LONG size = sizeof(klass);
    HRESULT hr = REGDB_E_CLASSNOTREG;

    if (RegQueryValueW(HKEY_CLASSES_ROOT, ext, klass, &size) == ERROR_SUCCESS && klass[0])
    {
        _snwprintf(key, ARRAY_SIZE(key) - 1, L"%s\\ScriptEngine", klass);
        key[ARRAY_SIZE(key) - 1] = 0;
        size = sizeof(engine);
        if (RegQueryValueW(HKEY_CLASSES_ROOT, key, engine, &size) == ERROR_SUCCESS && engine[0])
            hr = CLSIDFromProgID(engine, clsid);
    }
    /* Wine's prefixes do not always have the file classes of Windows. */
    if (FAILED(hr) && !lstrcmpiW(ext, L".vbs"))
        hr = CLSIDFromProgID(L"VBScript", clsid);
    if (FAILED(hr) && !lstrcmpiW(ext, L".js"))
        hr = CLSIDFromProgID(L"JScript", clsid);
    return hr;
}

static WCHAR *read_script_file(const WCHAR *path)
{
    HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    DWORD size, got;
    char *bytes;
    WCHAR *text;
    int n;

    if (file == INVALID_HANDLE_VALUE)
        return NULL;
    size = GetFileSize(file, NULL);
    bytes = malloc(size + 2);
    if (!ReadFile(file, bytes, size, &got, NULL))
        got = 0;
    CloseHandle(file);
    bytes[got] = bytes[got + 1] = 0;
    if (got >= 2 && (unsigned char)bytes[0] == 0xff && (unsigned char)bytes[1] == 0xfe)
    {
        text = malloc(got + 2);
        memcpy(text, bytes + 2, got - 2);
        text[(got - 2) / 2] = 0;
    }
    else
    {
        UINT cp = CP_ACP;
        const char *start = bytes;
        if (got >= 3 && !memcmp(bytes, "\xef\xbb\xbf", 3))
        {
            cp = CP_UTF8;
            start += 3;
            got -= 3;
        }
        n = MultiByteToWideChar(cp, 0, start, got, NULL, 0);
        text = malloc((n + 1) * sizeof(WCHAR));
        MultiByteToWideChar(cp, 0, start, got, text, n);
        text[n] = 0;
    }
    free(bytes);
    return text;
}

/* ------------------------------------------------------------------------ */
/* .wsf jobs                                                                  */

struct wsf_script
{
    WCHAR *language;
    WCHAR *code;
    WCHAR *file;            /* the file the code is in (src=, or the .wsf) */
    ULONG first_line;       /* of the code in that file, from 0 */
};

struct wsf_named_arg { WCHAR *name, *helpstring, *type; BOOL required; };

static struct
{
    struct wsf_script scripts[64];
    int script_count;
    WCHAR *description, *example, *usage;
    struct wsf_named_arg named[32], unnamed[32];
    int named_count, unnamed_count;
    WCHAR *resource_ids[64], *resource_texts[64];
    int resource_count;
} job;

static WCHAR *copy_range(const WCHAR *start, const WCHAR *end);

static WCHAR *attribute(const WCHAR *tag, const WCHAR *tag_end, const WCHAR *name)
{
    size_t name_len = lstrlenW(name);
    const WCHAR *p = tag;

    while (p < tag_end)
    {
        if (!_wcsnicmp(p, name, name_len) && (p == tag || iswspace(p[-1])))
        {
            const WCHAR *q = p + name_len;
            while (q < tag_end && iswspace(*q)) q++;
            if (q < tag_end && *q == '=')
            {
                WCHAR quote;
                const WCHAR *value;
                q++;
                while (q < tag_end && iswspace(*q)) q++;
                quote = *q;
                if (quote == '"' || quote == '\'')
                {
                    const WCHAR *end;
                    value = ++q;
                    for (end = value; end < tag_end && *end != quote; end++)
                        ;
                    return copy_range(value, end);
                }
            }
        }
        p++;
    }
    return NULL;
}

static ULONG line_of(const WCHAR *text, const WCHAR *at)
{
    ULONG line = 0;

    for (; text < at; text++)
        if (*text == '\n')
            line++;
    return line;
}

static WCHAR *copy_range(const WCHAR *start, const WCHAR *end)
{
    WCHAR *ret = malloc((end - start + 1) * sizeof(WCHAR));

    memcpy(ret, start, (end - start) * sizeof(WCHAR));
    ret[end - start] = 0;
    return ret;
}

/* Element content: CDATA's inside, else the text as it is. */
static WCHAR *content(const WCHAR *start, const WCHAR *end, const WCHAR **code_start)
{
    const WCHAR *cdata = wcsstr(start, L"<![CDATA[");

    if (cdata && cdata < end)
    {
        const WCHAR *cdata_end = wcsstr(cdata, L"]]>");
        if (cdata_end && cdata_end < end)
        {
            *code_start = cdata + 9;
            return copy_range(cdata + 9, cdata_end);
        }
    }
    *code_start = start;
    return copy_range(start, end);
}

static const WCHAR *find_ci(const WCHAR *text, const WCHAR *what)
{
    size_t len = lstrlenW(what);

    for (; *text; text++)
        if (!_wcsnicmp(text, what, len))
            return text;
    return NULL;
}

static void trim(WCHAR *s)
{
    WCHAR *start = s, *end;

    while (*start && iswspace(*start)) start++;
    end = start + lstrlenW(start);
    while (end > start && iswspace(end[-1])) end--;
    memmove(s, start, (end - start) * sizeof(WCHAR));
    s[end - start] = 0;
}

/* The constants of a type library's enumerations, for <reference>. */
struct constants
{
    struct hostobj obj;
    WCHAR **names;
    VARIANT *values;
    int count;
};

static HRESULT WINAPI constants_GetIDsOfNames(IDispatch *iface, REFIID riid, LPOLESTR *names, UINT count,
                                              LCID lcid, DISPID *ids)
{
    struct constants *c = CONTAINING_RECORD(impl_from_IDispatch(iface), struct constants, obj);
    int i;

    for (i = 0; i < c->count; i++)
        if (!lstrcmpiW(c->names[i], names[0]))
        {
            ids[0] = i + 1;
            return S_OK;
        }
    ids[0] = DISPID_UNKNOWN;
    return DISP_E_UNKNOWNNAME;
}

static HRESULT WINAPI constants_Invoke(IDispatch *iface, DISPID id, REFIID riid, LCID lcid, WORD flags,
                                       DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep, UINT *argerr)
{
    struct constants *c = CONTAINING_RECORD(impl_from_IDispatch(iface), struct constants, obj);

    if (id < 1 || id > c->count)
        return DISP_E_MEMBERNOTFOUND;
    if (!is_get(flags))
        return DISP_E_MEMBERNOTFOUND;
    if (result)
        VariantCopy(result, &c->values[id - 1]);
    return S_OK;
}

static const IDispatchVtbl constants_vtbl =
{
    hostobj_QueryInterface, hostobj_AddRef, hostobj_Release, hostobj_GetTypeInfoCount,
    hostobj_GetTypeInfo, constants_GetIDsOfNames, constants_Invoke
};

static struct constants *job_constants;

static void add_typelib_constants(ITypeLib *lib)
{
    UINT i, n = ITypeLib_GetTypeInfoCount(lib);

    if (!job_constants)
    {
        job_constants = calloc(1, sizeof(*job_constants));
        hostobj_init(&job_constants->obj, no_members, NULL);
        job_constants->obj.IDispatch_iface.lpVtbl = &constants_vtbl;
    }
    for (i = 0; i < n; i++)
    {
        ITypeInfo *info;
        TYPEATTR *attr;
        WORD v;
        if (FAILED(ITypeLib_GetTypeInfo(lib, i, &info)))
            continue;
        if (SUCCEEDED(ITypeInfo_GetTypeAttr(info, &attr)))
        {
            for (v = 0; v < attr->cVars; v++)
            {
                VARDESC *desc;
                BSTR name;
                UINT got;
                if (FAILED(ITypeInfo_GetVarDesc(info, v, &desc)))
                    continue;
                if (desc->varkind == VAR_CONST &&
                    SUCCEEDED(ITypeInfo_GetNames(info, desc->memid, &name, 1, &got)) && got)
                {
                    int k = job_constants->count++;
                    job_constants->names = realloc(job_constants->names, (k + 1) * sizeof(WCHAR *));
                    job_constants->values = realloc(job_constants->values, (k + 1) * sizeof(VARIANT));
                    job_constants->names[k] = _wcsdup(name);
                    VariantInit(&job_constants->values[k]);
                    VariantCopy(&job_constants->values[k], desc->lpvarValue);
                    SysFreeString(name);
                }
                ITypeInfo_ReleaseVarDesc(info, desc);
            }
            ITypeInfo_ReleaseTypeAttr(info, attr);
        }
        ITypeInfo_Release(info);
    }
}

static BOOL load_reference(const WCHAR *tag, const WCHAR *tag_end)
{
    WCHAR *object = attribute(tag, tag_end, L"object"), *guid = attribute(tag, tag_end, L"guid");
    WCHAR *version = attribute(tag, tag_end, L"version");
    WORD major = 1, minor = 0;
    GUID libid;
    ITypeLib *lib = NULL;
    HRESULT hr = E_FAIL;

    if (version)
        swscanf(version, L"%hu.%hu", &major, &minor);
    if (object)
    {
        CLSID clsid;
        WCHAR key[128], value[64];
        LONG size = sizeof(value);
        if (SUCCEEDED(CLSIDFromProgID(object, &clsid)))
        {
            WCHAR clsid_text[40];
            StringFromGUID2(&clsid, clsid_text, ARRAY_SIZE(clsid_text));
            _snwprintf(key, ARRAY_SIZE(key) - 1, L"CLSID\\%s\\TypeLib", clsid_text);
            key[ARRAY_SIZE(key) - 1] = 0;
            if (RegQueryValueW(HKEY_CLASSES_ROOT, key, value, &size) == ERROR_SUCCESS &&
                SUCCEEDED(CLSIDFromString(value, &libid)))
            {
                hr = LoadRegTypeLib(&libid, major, minor, 0, &lib);
                if (FAILED(hr))
                {
                    /* The newest registered version. */
                    TLIBATTR *attr;
                    hr = LoadRegTypeLib(&libid, 0xffff, 0xffff, 0, &lib);
                    (void)attr;
                }
            }
        }
    }
    else if (guid && SUCCEEDED(CLSIDFromString(guid, &libid)))
        hr = LoadRegTypeLib(&libid, major, minor, 0, &lib);
    if (SUCCEEDED(hr) && lib)
    {
        add_typelib_constants(lib);
        ITypeLib_Release(lib);
    }
    else
    {
        WCHAR *what = object ? object : guid ? guid : L"";
        EnterCriticalSection(&output_lock);
        output_printf(TRUE, L"%s: Windows Script Host: Cannot find the type library for this reference: %s%s",
                      script_full_name, what, newline());
        LeaveCriticalSection(&output_lock);
        had_error = TRUE;
    }
    free(object);
    free(guid);
    free(version);
    return SUCCEEDED(hr);
}

static BOOL add_object(const WCHAR *tag, const WCHAR *tag_end)
{
    WCHAR *id = attribute(tag, tag_end, L"id"), *progid = attribute(tag, tag_end, L"progid");
    WCHAR *classid = attribute(tag, tag_end, L"classid"), *events = attribute(tag, tag_end, L"events");
    struct named_item *item;
    IDispatch *object;
    EXCEPINFO ei;
    WCHAR *what = progid;
    BOOL ok = FALSE;

    memset(&ei, 0, sizeof(ei));
    if (!what && classid)
        what = !_wcsnicmp(classid, L"clsid:", 6) ? classid + 6 : classid;
    if (id && what && SUCCEEDED(create_object(what, &object, &ei, L"Windows Script Host")))
    {
        item = calloc(1, sizeof(*item));
        item->name = _wcsdup(id);
        item->object = object;
        item->next = named_items;
        named_items = item;
        if (events && !lstrcmpiW(events, L"true"))
        {
            WCHAR prefix[256];
            _snwprintf(prefix, ARRAY_SIZE(prefix) - 1, L"%s_", id);
            prefix[ARRAY_SIZE(prefix) - 1] = 0;
            connect_object(object, prefix, &ei, L"Windows Script Host");
        }
        ok = TRUE;
    }
    else
    {
        EnterCriticalSection(&output_lock);
        output_printf(TRUE, L"%s: Windows Script Host: %s%s", script_full_name,
                      ei.bstrDescription ? ei.bstrDescription : L"an <object> needs an id and a progid or classid",
                      newline());
        LeaveCriticalSection(&output_lock);
        had_error = TRUE;
    }
    SysFreeString(ei.bstrSource);
    SysFreeString(ei.bstrDescription);
    free(id);
    free(progid);
    free(classid);
    free(events);
    return ok;
}

/* getResource(id), for <resource>. */
static HRESULT job_getresource(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                               EXCEPINFO *excep)
{
    BSTR id;
    int i;

    if (FAILED(arg_string(host_arg(params, 0), &id)))
        return throw_vbs(excep, 450, L"getResource");
    for (i = 0; i < job.resource_count; i++)
        if (!lstrcmpiW(job.resource_ids[i], id))
        {
            SysFreeString(id);
            return return_string(result, job.resource_texts[i]);
        }
    SysFreeString(id);
    return host_throw(excep, VBSE(5), L"getResource", L"The resource specified cannot be found.");
}

static const struct member job_members[] =
{
    { L"getResource", 1, job_getresource },
    { NULL }
};

static void parse_runtime(const WCHAR *start, const WCHAR *end)
{
    const WCHAR *p = start;

    while ((p = wcschr(p, '<')) && p < end)
    {
        const WCHAR *tag_end = wcschr(p, '>');
        const WCHAR *close, *dummy;
        if (!tag_end)
            break;
        if (!_wcsnicmp(p, L"<named", 6) || !_wcsnicmp(p, L"<unnamed", 8))
        {
            BOOL is_named = !_wcsnicmp(p, L"<named", 6);
            struct wsf_named_arg *arg = is_named ? &job.named[job.named_count] : &job.unnamed[job.unnamed_count];
            WCHAR *required;
            if ((is_named ? job.named_count : job.unnamed_count) < 32)
            {
                arg->name = attribute(p, tag_end, L"name");
                arg->helpstring = attribute(p, tag_end, L"helpstring");
                arg->type = attribute(p, tag_end, L"type");
                required = attribute(p, tag_end, L"required");
                arg->required = required && (!lstrcmpiW(required, L"true") || !lstrcmpW(required, L"1"));
                free(required);
                if (!arg->name)
                    arg->name = _wcsdup(L"");
                if (is_named)
                    job.named_count++;
                else
                    job.unnamed_count++;
            }
        }
        else if (!_wcsnicmp(p, L"<description>", 13) && (close = find_ci(tag_end, L"</description>")))
        {
            job.description = content(tag_end + 1, close, &dummy);
            trim(job.description);
        }
        else if (!_wcsnicmp(p, L"<example>", 9) && (close = find_ci(tag_end, L"</example>")))
        {
            job.example = content(tag_end + 1, close, &dummy);
            trim(job.example);
        }
        else if (!_wcsnicmp(p, L"<usage>", 7) && (close = find_ci(tag_end, L"</usage>")))
        {
            job.usage = content(tag_end + 1, close, &dummy);
            trim(job.usage);
        }
        p = tag_end + 1;
    }
}

/* Finds the job (by id, or the first) and reads its elements.  FALSE, with
 * a message, when there is none. */
static BOOL parse_wsf(const WCHAR *text)
{
    const WCHAR *p = text, *job_start = NULL, *job_end;
    const WCHAR *dummy;

    while ((p = find_ci(p, L"<job")))
    {
        const WCHAR *tag_end = wcschr(p, '>');
        WCHAR *id;
        if (!tag_end)
            break;
        if (!iswspace(p[4]) && p[4] != '>')
        {
            p++;
            continue;
        }
        id = attribute(p + 4, tag_end, L"id");
        if (!options.job || (id && !lstrcmpiW(id, options.job)))
        {
            job_start = tag_end + 1;
            free(id);
            break;
        }
        free(id);
        p = tag_end;
    }
    if (!job_start)
    {
        /* A file without <job> is one job. */
        if (!options.job && !find_ci(text, L"<job"))
            job_start = text;
        else
        {
            input_error(options.job ? L"Windows Script Host: Unable to find job \"%s\"." :
                        L"Windows Script Host: There is no job in \"%s\".",
                        options.job ? options.job : script_full_name);
            return FALSE;
        }
    }
    job_end = find_ci(job_start, L"</job>");
    if (!job_end)
        job_end = job_start + lstrlenW(job_start);

    for (p = job_start; (p = wcschr(p, '<')) && p < job_end;)
    {
        const WCHAR *tag_end = wcschr(p, '>'), *close;
        if (!tag_end)
            break;
        if (!wcsncmp(p, L"<!--", 4))
        {
            const WCHAR *end = wcsstr(p, L"-->");
            p = end ? end + 3 : job_end;
            continue;
        }
        if (!_wcsnicmp(p, L"<script", 7) && (iswspace(p[7]) || p[7] == '>'))
        {
            struct wsf_script *s = &job.scripts[job.script_count];
            WCHAR *src = attribute(p + 7, tag_end, L"src");
            const WCHAR *code_start;
            if (job.script_count >= (int)ARRAY_SIZE(job.scripts))
                break;
            s->language = attribute(p + 7, tag_end, L"language");
            if (!s->language)
                s->language = _wcsdup(L"VBScript");
            if (tag_end[-1] == '/')
                close = tag_end + 1;
            else if (!(close = find_ci(tag_end, L"</script>")))
                close = job_end;
            if (src)
            {
                /* A src file runs first, then the element's own code. */
                WCHAR path[MAX_PATH], *slash, *code;
                lstrcpyW(path, script_full_name);
                if ((slash = wcsrchr(path, '\\')) && !(src[0] == '\\' || (src[0] && src[1] == ':')))
                    lstrcpyW(slash + 1, src);
                else
                    lstrcpynW(path, src, MAX_PATH);
                if (!(code = read_script_file(path)))
                {
                    input_error(L"Windows Script Host: Cannot find the script file \"%s\".", path);
                    free(src);
                    return FALSE;
                }
                s->code = code;
                s->file = _wcsdup(path);
                s->first_line = 0;
                job.script_count++;
                if (job.script_count < (int)ARRAY_SIZE(job.scripts) && tag_end[-1] != '/')
                {
                    struct wsf_script *own = &job.scripts[job.script_count++];
                    own->language = _wcsdup(s->language);
                    own->code = content(tag_end + 1, close, &code_start);
                    own->file = _wcsdup(script_full_name);
                    own->first_line = line_of(text, code_start);
                }
                free(src);
            }
            else
            {
                s->code = content(tag_end + 1, close, &code_start);
                s->file = _wcsdup(script_full_name);
                s->first_line = line_of(text, code_start);
                job.script_count++;
            }
            p = close;
            continue;
        }
        if (!_wcsnicmp(p, L"<object", 7) && iswspace(p[7]))
        {
            if (!add_object(p + 7, tag_end))
                return FALSE;
        }
        else if (!_wcsnicmp(p, L"<reference", 10) && iswspace(p[10]))
        {
            if (!load_reference(p + 10, tag_end))
                return FALSE;
        }
        else if (!_wcsnicmp(p, L"<resource", 9) && iswspace(p[9]) && (close = find_ci(tag_end, L"</resource>")) &&
                 job.resource_count < 64)
        {
            WCHAR *id = attribute(p + 9, tag_end, L"id");
            job.resource_ids[job.resource_count] = id ? id : _wcsdup(L"");
            job.resource_texts[job.resource_count++] = content(tag_end + 1, close, &dummy);
            p = close;
            continue;
        }
        else if (!_wcsnicmp(p, L"<runtime", 8) && (close = find_ci(tag_end, L"</runtime>")))
        {
            parse_runtime(tag_end + 1, close);
            p = close;
            continue;
        }
        p = tag_end + 1;
    }
    if (job_constants || job.resource_count)
    {
        /* Constants and getResource, visible as globals: a named item with
         * SCRIPTITEM_GLOBALMEMBERS ('*' marks it). */
        struct named_item *item;
        if (job_constants)
        {
            item = calloc(1, sizeof(*item));
            item->name = _wcsdup(L"*references");
            item->object = &job_constants->obj.IDispatch_iface;
            item->next = named_items;
            named_items = item;
        }
        if (job.resource_count)
        {
            struct hostobj *resources = calloc(1, sizeof(*resources));
            hostobj_init(resources, job_members, free_hostobj);
            item = calloc(1, sizeof(*item));
            item->name = _wcsdup(L"*resources");
            item->object = &resources->IDispatch_iface;
            item->next = named_items;
            named_items = item;
        }
    }
    return TRUE;
}

/* Arguments.ShowUsage: from the job's <runtime>. */
static void show_usage(void)
{
    WCHAR *text = NULL, line[1024];
    size_t len = 0;
    int i, width = 0;

#define APPEND(s) do { size_t n_ = lstrlenW(s); text = realloc(text, (len + n_ + 1) * sizeof(WCHAR)); \
                       memcpy(text + len, s, n_ * sizeof(WCHAR)); len += n_; text[len] = 0; } while (0)
    APPEND(L"");
    if (job.description)
    {
        APPEND(job.description);
        APPEND(newline());
    }
    if (job.usage)
    {
        APPEND(job.usage);
        APPEND(newline());
    }
    else
    {
        _snwprintf(line, ARRAY_SIZE(line) - 1, L"Usage: %s", script_name);
        line[ARRAY_SIZE(line) - 1] = 0;
        APPEND(line);
        for (i = 0; i < job.named_count; i++)
        {
            const WCHAR *type = job.named[i].type;
            const WCHAR *value = !type || !lstrcmpiW(type, L"string") ? L":value" :
                                 !lstrcmpiW(type, L"boolean") ? L"[+|-]" : L"";
            _snwprintf(line, ARRAY_SIZE(line) - 1, job.named[i].required ? L" /%s%s" : L" [/%s%s]",
                       job.named[i].name, value);
            APPEND(line);
        }
        for (i = 0; i < job.unnamed_count; i++)
        {
            _snwprintf(line, ARRAY_SIZE(line) - 1, job.unnamed[i].required ? L" %s" : L" [%s]",
                       job.unnamed[i].name);
            APPEND(line);
        }
        APPEND(newline());
        if (job.named_count || job.unnamed_count)
        {
            APPEND(newline());
            APPEND(L"Options:");
            APPEND(newline());
            APPEND(newline());
        }
        for (i = 0; i < job.named_count; i++)
            width = max(width, lstrlenW(job.named[i].name));
        for (i = 0; i < job.unnamed_count; i++)
            width = max(width, lstrlenW(job.unnamed[i].name));
        for (i = 0; i < job.named_count + job.unnamed_count; i++)
        {
            struct wsf_named_arg *arg = i < job.named_count ? &job.named[i] : &job.unnamed[i - job.named_count];
            _snwprintf(line, ARRAY_SIZE(line) - 1, L"%-*s : %s%s", width, arg->name,
                       arg->helpstring ? arg->helpstring : L"", newline());
            line[ARRAY_SIZE(line) - 1] = 0;
            APPEND(line);
        }
    }
    if (job.example)
    {
        APPEND(job.example);
        APPEND(newline());
    }
#undef APPEND
    /* The message box of wscript shows the text without its last line end. */
    if (is_wscript && !headless)
    {
        show_message(FALSE, text);
    }
    else
        output_write(FALSE, text, len);
    free(text);
}

/* ------------------------------------------------------------------------ */
/* The command line                                                           */

static void print_logo(void)
{
    if (!options.logo || options.batch)
        return;
    EnterCriticalSection(&output_lock);
    output_printf(FALSE, L"Windows Script Host Version %s (wine-vpc)%s", HOST_VERSION, newline());
    output_printf(FALSE, L"Copyright (C) the wine-vpc authors.%s%s", newline(), newline());
    LeaveCriticalSection(&output_lock);
}

static void print_help(void)
{
    static const WCHAR *lines[] =
    {
        L"Usage: %s scriptname.extension [option...] [arguments...]",
        L"",
        L"Options:",
        L" //B         Batch mode: no script errors or prompts are shown",
        L" //D         Active debugging (there is no debugger: accepted, ignored)",
        L" //E:engine  Run the script with this engine",
        L" //H:CScript Make CScript.exe the default script host",
        L" //H:WScript Make WScript.exe the default script host (default)",
        L" //I         Interactive mode (default, the opposite of //B)",
        L" //Job:xxxx  Run this job of a .wsf file",
        L" //Logo      Show the banner (default)",
        L" //Nologo    Show no banner",
        L" //S         Save this command line's options for the user",
        L" //T:nn      Stop the script after nn seconds",
        L" //X         Run the script in the debugger (there is none: runs it)",
        L" //U         UTF-16 for redirected output and input",
    };
    size_t i;

    EnterCriticalSection(&output_lock);
    for (i = 0; i < ARRAY_SIZE(lines); i++)
    {
        output_printf(FALSE, lines[i], is_wscript ? L"WScript" : L"CScript");
        output_write(FALSE, newline(), -1);
    }
    LeaveCriticalSection(&output_lock);
}

static void read_saved_settings(void)
{
    WCHAR value[32];
    DWORD size = sizeof(value);

    if (!RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, L"DisplayLogo", RRF_RT_REG_SZ, NULL, value, &size))
        options.logo = value[0] != '0';
    size = sizeof(value);
    if (!RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, L"Timeout", RRF_RT_REG_SZ, NULL, value, &size))
        options.timeout = wcstoul(value, NULL, 10);
    size = sizeof(value);
    if (!RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, L"BatchMode", RRF_RT_REG_SZ, NULL, value, &size))
        options.batch = value[0] == '1';
}

static void save_settings(void)
{
    WCHAR value[32];
    HKEY key;

    if (RegCreateKeyExW(HKEY_CURRENT_USER, SETTINGS_KEY, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL))
        return;
    RegSetValueExW(key, L"DisplayLogo", 0, REG_SZ, (BYTE *)(options.logo ? L"1" : L"0"), 2 * sizeof(WCHAR));
    _snwprintf(value, ARRAY_SIZE(value), L"%lu", options.timeout);
    RegSetValueExW(key, L"Timeout", 0, REG_SZ, (BYTE *)value, (lstrlenW(value) + 1) * sizeof(WCHAR));
    RegSetValueExW(key, L"BatchMode", 0, REG_SZ, (BYTE *)(options.batch ? L"1" : L"0"), 2 * sizeof(WCHAR));
    RegCloseKey(key);
    output_printf(FALSE, L"Command line options are saved.%s", newline());
}

/* //H: the verb the script file classes open with: Open is wscript's,
 * Open2 cscript's (the classes of Windows). */
static void set_default_host(BOOL cscript)
{
    static const WCHAR *classes[] = { L"VBSFile", L"JSFile", L"WSFFile", L"VBEFile", L"JSEFile" };
    const WCHAR *verb = cscript ? L"Open2" : L"Open";
    WCHAR key_name[64];
    size_t i;
    HKEY key;

    for (i = 0; i < ARRAY_SIZE(classes); i++)
    {
        _snwprintf(key_name, ARRAY_SIZE(key_name), L"Software\\Classes\\%s\\Shell", classes[i]);
        if (!RegCreateKeyExW(HKEY_CURRENT_USER, key_name, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL))
        {
            RegSetValueExW(key, NULL, 0, REG_SZ, (BYTE *)verb, (lstrlenW(verb) + 1) * sizeof(WCHAR));
            RegCloseKey(key);
        }
    }
    output_printf(FALSE, L"The default script host is now set to \"%s\".%s",
                  cscript ? L"cscript.exe" : L"wscript.exe", newline());
}

/* A Unix path (/home/...) as Wine names it (Z:\home\...). */
static BOOL dos_path(const WCHAR *arg, WCHAR *out)
{
    WCHAR *(CDECL *unix_to_dos)(const char *);
    char unix_path[MAX_PATH * 3];
    WCHAR *dos;

    if (arg[0] != '/' || GetFileAttributesW(arg) != INVALID_FILE_ATTRIBUTES)
        return FALSE;
    unix_to_dos = (void *)GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_dos_file_name");
    if (!unix_to_dos || !WideCharToMultiByte(CP_UNIXCP, 0, arg, -1, unix_path, sizeof(unix_path), NULL, NULL))
        return FALSE;
    if (!(dos = unix_to_dos(unix_path)))
        return FALSE;
    lstrcpynW(out, dos, MAX_PATH);
    HeapFree(GetProcessHeap(), 0, dos);
    return TRUE;
}

static DWORD WINAPI watchdog_thread(void *arg)
{
    for (;;)
    {
        DWORD timeout = options.timeout;
        if (WaitForSingleObject(timeout_event, timeout ? timeout * 1000 : INFINITE) == WAIT_OBJECT_0)
            continue;   /* Timeout changed: count again */
        EnterCriticalSection(&output_lock);
        stream_flush(&out_stdout);
        if (!options.batch)
            output_printf(TRUE, L"Script execution time was exceeded on script \"%s\".%s"
                          L"Script execution was terminated.%s", script_full_name, newline(), newline());
        stream_flush(&out_stderr);
        TerminateProcess(GetCurrentProcess(), EXIT_TIMEOUT);
    }
    return 0;
}

/* A crash inside an engine: what was written comes out, and the host says
 * why it ends instead of waiting for a debugger. */
static LONG WINAPI crash_filter(EXCEPTION_POINTERS *info)
{
    WCHAR module_path[MAX_PATH] = L"an unknown module", *module = module_path;
    HMODULE handle;

    if (GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           info->ExceptionRecord->ExceptionAddress, &handle) &&
        GetModuleFileNameW(handle, module_path, ARRAY_SIZE(module_path)) && wcsrchr(module_path, '\\'))
        module = wcsrchr(module_path, '\\') + 1;
    EnterCriticalSection(&output_lock);
    stream_flush(&out_stdout);
    output_printf(TRUE, L"%s: Windows Script Host: the script engine crashed in %s (exception %08lX at %p)%s",
                  script_full_name, module, (unsigned long)info->ExceptionRecord->ExceptionCode,
                  info->ExceptionRecord->ExceptionAddress, newline());
    stream_flush(&out_stderr);
    TerminateProcess(GetCurrentProcess(), EXIT_CRASH);
    return EXCEPTION_EXECUTE_HANDLER;
}

static BOOL headless_display(void)
{
    WCHAR value[64];
    DWORD size = sizeof(value);

    if (!RegGetValueW(HKEY_CURRENT_USER, L"Software\\Wine\\Drivers", L"Graphics", RRF_RT_REG_SZ, NULL, value,
                      &size) && !lstrcmpiW(value, L"null"))
        return TRUE;
    return !GetEnvironmentVariableW(L"DISPLAY", value, ARRAY_SIZE(value)) &&
           !GetEnvironmentVariableW(L"WAYLAND_DISPLAY", value, ARRAY_SIZE(value));
}

static int run_engine_file(const CLSID *clsid, const WCHAR *text)
{
    struct engine e;
    HRESULT hr;
    BOOL ok;

    memset(&e, 0, sizeof(e));
    hr = engine_create(&e, clsid, script_full_name, TRUE, text);
    if (FAILED(hr))
    {
        input_error(L"CScript Error: Loading the script engine failed for \"%s\".", script_full_name);
        engine_close(&e);
        return EXIT_INPUT_ERROR;
    }
    ok = run_code(&e, text, 0);
    disconnect_all();
    engine_close(&e);
    return ok && !had_error ? 0 : EXIT_SCRIPT_ERROR;
}

static int run_wsf(const WCHAR *text)
{
    struct engine engines[8];
    int engine_count = 0, i, j, rc = 0;
    HRESULT hr;

    if (!parse_wsf(text))
        return EXIT_INPUT_ERROR;
    memset(engines, 0, sizeof(engines));
    for (i = 0; i < job.script_count && !rc; i++)
    {
        struct wsf_script *s = &job.scripts[i];
        struct engine *e = NULL;
        for (j = 0; j < engine_count; j++)
            if (!lstrcmpiW(engines[j].language, s->language))
                e = &engines[j];
        if (!e)
        {
            CLSID clsid;
            if (engine_count == ARRAY_SIZE(engines) || FAILED(CLSIDFromProgID(s->language, &clsid)))
            {
                input_error(L"Windows Script Host: There is no script engine for \"%s\".", s->language);
                rc = EXIT_INPUT_ERROR;
                break;
            }
            WCHAR *repair_text = NULL;
            size_t len = 0;
            int k;
            /* The repairs see every block of this language. */
            for (k = i; k < job.script_count; k++)
                if (!lstrcmpiW(job.scripts[k].language, s->language))
                {
                    size_t n = lstrlenW(job.scripts[k].code);
                    repair_text = realloc(repair_text, (len + n + 2) * sizeof(WCHAR));
                    memcpy(repair_text + len, job.scripts[k].code, n * sizeof(WCHAR));
                    len += n;
                    repair_text[len++] = '\n';
                    repair_text[len] = 0;
                }
            e = &engines[engine_count++];
            e->language = s->language;
            hr = engine_create(e, &clsid, s->file, TRUE, repair_text);
            free(repair_text);
            if (FAILED(hr))
            {
                input_error(L"Windows Script Host: Loading the script engine \"%s\" failed.", s->language);
                rc = EXIT_INPUT_ERROR;
                break;
            }
        }
        e->site.file = s->file;
        if (!run_code(e, s->code, s->first_line))
            rc = EXIT_SCRIPT_ERROR;
    }
    disconnect_all();
    for (j = 0; j < engine_count; j++)
        engine_close(&engines[j]);
    return rc ? rc : had_error ? EXIT_SCRIPT_ERROR : 0;
}

int wmain(int argc, WCHAR **argv)
{
    /* The C runtime's argv: CommandLineToArgvW would load shell32, and with
     * it tens of DLLs, for every script. */
    WCHAR **args = argv;
    WCHAR full[MAX_PATH], *ext, *text;
    const WCHAR *script = NULL;
    BOOL help = FALSE, save = FALSE;
    int i, rc, host_switch = -1;
    CLSID clsid;

    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    SetUnhandledExceptionFilter(crash_filter);
    init_output();
    read_saved_settings();
    no_display = headless_display();
    headless = is_wscript && no_display;
    GetModuleFileNameW(NULL, host_full_name, ARRAY_SIZE(host_full_name));

    /* Host options start with //, wherever they are; the first other
     * argument is the script, the rest are the script's. */
    script_argv = calloc(argc + 1, sizeof(WCHAR *));
    for (i = 1; i < argc; i++)
    {
        WCHAR *a = args[i];
        if (a[0] == '/' && a[1] == '/')
        {
            const WCHAR *o = a + 2;
            if (!lstrcmpiW(o, L"B")) options.batch = TRUE;
            else if (!lstrcmpiW(o, L"I")) options.batch = FALSE;
            else if (!lstrcmpiW(o, L"D") || !lstrcmpiW(o, L"X")) ;
            else if (!_wcsnicmp(o, L"E:", 2) && o[2]) options.engine = o + 2;
            else if (!lstrcmpiW(o, L"H:CScript")) host_switch = 1;
            else if (!lstrcmpiW(o, L"H:WScript")) host_switch = 0;
            else if (!lstrcmpiW(o, L"S")) save = TRUE;
            else if (!_wcsnicmp(o, L"Job:", 4) && o[4]) options.job = o + 4;
            else if (!lstrcmpiW(o, L"Logo")) options.logo = TRUE;
            else if (!lstrcmpiW(o, L"NoLogo")) options.logo = FALSE;
            else if (!_wcsnicmp(o, L"T:", 2) && o[2] && wcsspn(o + 2, L"0123456789") == wcslen(o + 2))
                options.timeout = wcstoul(o + 2, NULL, 10);
            else if (!lstrcmpiW(o, L"U")) options.unicode = TRUE;
            else if (!lstrcmpW(o, L"?")) help = TRUE;
            else
            {
                print_logo();
                input_error(L"Input Error: Unknown option \"%s\" specified.", a);
                output_flush();
                return EXIT_INPUT_ERROR;
            }
        }
        else if (!script)
            script = a;
        else
            script_argv[script_argc++] = a;
    }
    interactive = !options.batch;

    if (save)
    {
        print_logo();
        save_settings();
    }
    if (host_switch >= 0)
    {
        print_logo();
        set_default_host(host_switch);
    }
    if (help || (!script && !save && host_switch < 0))
    {
        print_logo();
        print_help();
        output_flush();
        return help ? 0 : EXIT_INPUT_ERROR;
    }
    if (!script)
    {
        output_flush();
        return 0;
    }

    if (!dos_path(script, full) && !GetFullPathNameW(script, ARRAY_SIZE(full), full, NULL))
        lstrcpynW(full, script, ARRAY_SIZE(full));
    /* Windows adds the extension it finds when none is given. */
    if (GetFileAttributesW(full) == INVALID_FILE_ATTRIBUTES && !wcsrchr(wcsrchr(full, '\\') ?
                                                                        wcsrchr(full, '\\') : full, '.'))
    {
        static const WCHAR *exts[] = { L".vbs", L".js", L".wsf" };
        size_t k, n = lstrlenW(full);
        for (k = 0; k < ARRAY_SIZE(exts) && n + 4 < MAX_PATH; k++)
        {
            lstrcpyW(full + n, exts[k]);
            if (GetFileAttributesW(full) != INVALID_FILE_ATTRIBUTES)
                break;
            full[n] = 0;
        }
    }
    lstrcpynW(script_full_name, full, ARRAY_SIZE(script_full_name));
    script_name = wcsrchr(script_full_name, '\\') ? wcsrchr(script_full_name, '\\') + 1 : script_full_name;
    print_logo();

    if (GetFileAttributesW(full) == INVALID_FILE_ATTRIBUTES ||
        (GetFileAttributesW(full) & FILE_ATTRIBUTE_DIRECTORY))
    {
        input_error(L"Input Error: Can not find script file \"%s\".", full);
        output_flush();
        return EXIT_INPUT_ERROR;
    }
    ext = wcsrchr(script_name, '.');
    if (FAILED(CoInitializeEx(NULL, COINIT_APARTMENTTHREADED)))
        return EXIT_INPUT_ERROR;
    if (options.engine)
    {
        if (FAILED(CLSIDFromProgID(options.engine, &clsid)))
        {
            input_error(L"Input Error: There is no script engine \"%s\".", options.engine);
            output_flush();
            return EXIT_INPUT_ERROR;
        }
    }
    else if (!ext || (lstrcmpiW(ext, L".wsf") && FAILED(engine_for_extension(ext, &clsid))))
    {
        input_error(L"Input Error: There is no script engine for file extension \"%s\".", ext ? ext : L"");
        output_flush();
        return EXIT_INPUT_ERROR;
    }
    if (!(text = read_script_file(full)))
    {
        input_error(L"Input Error: Can not find script file \"%s\".", full);
        output_flush();
        return EXIT_INPUT_ERROR;
    }

    split_arguments();
    hostobj_init(&wscript_obj, wscript_members, NULL);
    wscript_obj.ref = 1;
    arguments_obj = calloc(1, sizeof(*arguments_obj));
    hostobj_init(arguments_obj, arguments_members, NULL);
    named_obj = calloc(1, sizeof(*named_obj));
    hostobj_init(named_obj, named_members, NULL);
    unnamed_obj = calloc(1, sizeof(*unnamed_obj));
    hostobj_init(unnamed_obj, unnamed_members, NULL);
    timeout_event = CreateEventW(NULL, FALSE, FALSE, NULL);
    CreateThread(NULL, 0, watchdog_thread, NULL, 0, NULL);

    if (!options.engine && ext && !lstrcmpiW(ext, L".wsf"))
        rc = run_wsf(text);
    else
        rc = run_engine_file(&clsid, text);
    output_flush();
    free(text);
    /* Ends here: engines' threads and objects are gone with the process. */
    ExitProcess(rc);
}
