/*
 * A fuzzer for vpccom's automation objects: every member of every object a
 * script can reach, called through IDispatch::Invoke with every VARIANT
 * type, argument counts from none to more than the member takes, named
 * arguments, missing arrays, foreign riids and invoke kinds.  What it
 * requires of each call: the process lives, the call returns (the driver
 * bounds the run), a failure raised as an exception carries a description,
 * and what comes back can be cleared.
 *
 *   vpccom_fuzz.exe [vpc|vs|both] [ITERATIONS] [SEED]
 *
 * The hosts and the backend are the environment's (WINE_VPC_HOSTS,
 * WINE_VPC_BACKEND): tests/scripts/fuzz.sh runs it in process and through
 * the resident backend, against a private copy of the bundled lab.  It
 * needs no model header: it learns each object from its type information.
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

#define COBJMACROS

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "windef.h"
#include "winbase.h"
#include "ole2.h"
#include "oleauto.h"

#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))
#define MAX_OBJECTS 48
#define MAX_ARGS 8
#define MAX_PROBLEMS 20

/* xorshift64*: the same seed, the same run. */
static unsigned long long rng_state;

static unsigned int rnd(unsigned int below)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return below ? (unsigned int)((rng_state * 0x2545f4914f6cdd1dull) >> 33) % below : 0;
}

/* The objects reached so far: the application object first, then what
 * members and enumerators handed back. */
static IDispatch *objects[MAX_OBJECTS];
static unsigned int object_count;

static struct
{
    unsigned long calls, succeeded, exceptions, refused, enum_calls;
    unsigned int problems;
} stats;

static const char *model_name;

/* For messages: glibc's printf has no UTF-16. */
static const char *narrow(const WCHAR *str, char *buf, int size)
{
    if (!str || !WideCharToMultiByte(CP_UTF8, 0, str, -1, buf, size, NULL, NULL))
        lstrcpynA(buf, "?", size);
    return buf;
}

static void problem(const char *format, ...)
{
    va_list args;

    stats.problems++;
    if (stats.problems > MAX_PROBLEMS) return;
    printf("fuzz: %s: problem: ", model_name);
    va_start(args, format);
    vprintf(format, args);
    va_end(args);
    printf("\n");
}

static void keep_object(IDispatch *disp)
{
    unsigned int slot;

    if (!disp) return;
    /* The application object stays; others take a random place when full. */
    slot = object_count < MAX_OBJECTS ? object_count++ : 1 + rnd(MAX_OBJECTS - 1);
    if (slot >= object_count) object_count = slot + 1;
    IDispatch_AddRef(disp);
    if (objects[slot]) IDispatch_Release(objects[slot]);
    objects[slot] = disp;
}

static const WCHAR *const strings[] =
{
    L"", L"test", L"WEB01", L"web01", L"XP-TEST", L"DB01", L"lab/WEB01", L"nohost/WEB01", L"/",
    L"wine-vpc/hosts", L"wine-vpc/host_errors", L"wine-vpc/host", L"wine-vpc/host_uri",
    L"idle_timeout", L"hardware/memory/ram_size", L"-7", L"59", L"3000000000", L"1e300",
    L"\x00e9\x540d\xd83d\xde00", L"\xd800", L"a\"b<c>&d'e\r\n\t", L"%1%2%s%n",
};

static BSTR long_string(void)
{
    unsigned int len = 1 + rnd(3000), i;
    BSTR str = SysAllocStringLen(NULL, len);

    for (i = 0; i < len; i++) str[i] = (WCHAR)(rnd(4) ? 'a' + rnd(26) : 0x80 + rnd(0xff00));
    return str;
}

static const LONG ints[] = { 0, 1, -1, -2, 2, 5, 59, 60, 61, 100, 4000000, 4000001, 0x7fffffff,
                             (LONG)0x80000000, 42, 3 };
static const double reals[] = { 0.0, -0.5, 0.5, 1.0, 59.9, 1e10, 3e9, -3e9, 1e300, -1e300 };

/* A random argument: any type a caller can hand to Invoke. */
static void random_variant(VARIANT *v, SAFEARRAY **array)
{
    static LONG byref_long;
    static VARIANT byref_variant;
    SAFEARRAYBOUND bound = { 3, 0 };

    VariantInit(v);
    switch (rnd(26))
    {
    case 0: V_VT(v) = VT_EMPTY; break;
    case 1: V_VT(v) = VT_NULL; break;
    case 2: V_VT(v) = VT_I2; V_I2(v) = (SHORT)ints[rnd(ARRAY_SIZE(ints))]; break;
    case 3: case 4: V_VT(v) = VT_I4; V_I4(v) = ints[rnd(ARRAY_SIZE(ints))]; break;
    case 5: V_VT(v) = VT_R4; V_R4(v) = (float)reals[rnd(ARRAY_SIZE(reals))]; break;
    case 6: V_VT(v) = VT_R8; V_R8(v) = rnd(8) ? reals[rnd(ARRAY_SIZE(reals))] : (rnd(2) ? NAN : INFINITY); break;
    case 7: V_VT(v) = VT_CY; V_CY(v).int64 = (LONGLONG)ints[rnd(ARRAY_SIZE(ints))] * 10000; break;
    case 8: V_VT(v) = VT_DATE; V_DATE(v) = reals[rnd(ARRAY_SIZE(reals))]; break;
    case 9: case 10: case 11:
        V_VT(v) = VT_BSTR;
        switch (rnd(5))
        {
        case 0: V_BSTR(v) = NULL; break;
        case 1: V_BSTR(v) = long_string(); break;
        default: V_BSTR(v) = SysAllocString(strings[rnd(ARRAY_SIZE(strings))]); break;
        }
        break;
    case 12:
        V_VT(v) = VT_DISPATCH;
        V_DISPATCH(v) = rnd(2) && object_count ? objects[rnd(object_count)] : NULL;
        if (V_DISPATCH(v)) IDispatch_AddRef(V_DISPATCH(v));
        break;
    case 13: V_VT(v) = VT_ERROR; V_ERROR(v) = rnd(2) ? DISP_E_PARAMNOTFOUND : E_FAIL; break;
    case 14: V_VT(v) = VT_BOOL; V_BOOL(v) = rnd(2) ? VARIANT_TRUE : VARIANT_FALSE; break;
    case 15: V_VT(v) = VT_UNKNOWN; V_UNKNOWN(v) = NULL; break;
    case 16: V_VT(v) = VT_DECIMAL; V_DECIMAL(v).Lo64 = ints[rnd(ARRAY_SIZE(ints))] & 0xffffffff;
             V_DECIMAL(v).sign = rnd(2) ? DECIMAL_NEG : 0; V_DECIMAL(v).scale = rnd(3); break;
    case 17: V_VT(v) = VT_I1; V_I1(v) = (CHAR)ints[rnd(ARRAY_SIZE(ints))]; break;
    case 18: V_VT(v) = VT_UI1; V_UI1(v) = (BYTE)ints[rnd(ARRAY_SIZE(ints))]; break;
    case 19: V_VT(v) = VT_UI4; V_UI4(v) = (ULONG)ints[rnd(ARRAY_SIZE(ints))]; break;
    case 20: V_VT(v) = VT_I8; V_I8(v) = (LONGLONG)ints[rnd(ARRAY_SIZE(ints))] << rnd(40); break;
    case 21: V_VT(v) = VT_UI8; V_UI8(v) = (ULONGLONG)ints[rnd(ARRAY_SIZE(ints))] << rnd(40); break;
    case 22: V_VT(v) = VT_INT; V_INT(v) = ints[rnd(ARRAY_SIZE(ints))]; break;
    case 23:
        /* An array of variants; freed by the caller, not by VariantClear. */
        V_VT(v) = VT_ARRAY | VT_VARIANT;
        V_ARRAY(v) = *array = SafeArrayCreate(VT_VARIANT, 1, &bound);
        break;
    case 24:
        V_VT(v) = VT_BYREF | VT_I4;
        byref_long = ints[rnd(ARRAY_SIZE(ints))];
        V_I4REF(v) = &byref_long;
        break;
    default:
        V_VT(v) = VT_BYREF | VT_VARIANT;
        V_VT(&byref_variant) = VT_I4;
        V_I4(&byref_variant) = ints[rnd(ARRAY_SIZE(ints))];
        V_VARIANTREF(v) = &byref_variant;
        break;
    }
}

static void clear_argument(VARIANT *v, SAFEARRAY *array)
{
    if (V_VT(v) == (VT_ARRAY | VT_VARIANT))
    {
        if (array) SafeArrayDestroy(array);
        return;
    }
    if (!(V_VT(v) & VT_BYREF)) VariantClear(v);
}

/* The interface's name, for messages (a static buffer's worth). */
static WCHAR *object_name(ITypeInfo *typeinfo, char *unused, int size)
{
    static WCHAR buf[64];
    BSTR name = NULL;

    ITypeInfo_GetDocumentation(typeinfo, MEMBERID_NIL, &name, NULL, NULL, NULL);
    lstrcpynW(buf, name ? name : L"?", ARRAY_SIZE(buf));
    SysFreeString(name);
    return buf;
}

static BOOL is_wait(ITypeInfo *typeinfo, MEMBERID id)
{
    BSTR name = NULL;
    BOOL wait;

    ITypeInfo_GetDocumentation(typeinfo, id, &name, NULL, NULL, NULL);
    wait = name && !lstrcmpiW(name, L"WaitForCompletion");
    SysFreeString(name);
    return wait;
}

static void check_result(const char *member, VARIANT *result)
{
    HRESULT hr;

    if (V_VT(result) == VT_DISPATCH && V_DISPATCH(result)) keep_object(V_DISPATCH(result));
    if (V_VT(result) == VT_UNKNOWN && V_UNKNOWN(result))
    {
        IEnumVARIANT *enumerator;
        VARIANT item;
        ULONG fetched;

        if (SUCCEEDED(IUnknown_QueryInterface(V_UNKNOWN(result), &IID_IEnumVARIANT,
                                              (void **)&enumerator)))
        {
            while (IEnumVARIANT_Next(enumerator, 1, &item, &fetched) == S_OK)
            {
                if (V_VT(&item) == VT_DISPATCH) keep_object(V_DISPATCH(&item));
                VariantClear(&item);
            }
            IEnumVARIANT_Release(enumerator);
        }
    }
    if (FAILED(hr = VariantClear(result)))
        problem("%s: the result (type %#x) cannot be cleared: %#x", member, V_VT(result),
                (unsigned)hr);
}

/* One call of a random member of a random object. */
static void fuzz_invoke(void)
{
    static const WORD kinds[] = { DISPATCH_METHOD, DISPATCH_PROPERTYGET,
                                  DISPATCH_METHOD | DISPATCH_PROPERTYGET, DISPATCH_PROPERTYPUT,
                                  DISPATCH_PROPERTYPUTREF, 0, 0x10, 0xffff };
    DISPID named = DISPID_PROPERTYPUT, named_ids[2] = { DISPID_PROPERTYPUT, 7 };
    VARIANT args[MAX_ARGS], result;
    SAFEARRAY *arrays[MAX_ARGS] = { 0 };
    char member[160], text[64], text2[64];
    IDispatch *disp = objects[rnd(object_count)];
    ITypeInfo *typeinfo = NULL;
    TYPEATTR *attr = NULL;
    FUNCDESC *desc = NULL;
    DISPPARAMS params;
    EXCEPINFO excepinfo, *info = rnd(30) ? &excepinfo : NULL;
    MEMBERID id;
    UINT argerr = 0, count, i;
    BSTR name = NULL;
    WORD flags;
    HRESULT hr;

    if (FAILED(IDispatch_GetTypeInfo(disp, 0, LOCALE_USER_DEFAULT, &typeinfo)))
    {
        problem("an object gives no type information");
        return;
    }
    ITypeInfo_GetTypeAttr(typeinfo, &attr);
    if (!attr->cFuncs || rnd(40) == 0)
        id = rnd(2) ? (MEMBERID)rnd(100) - 5 : DISPID_NEWENUM;  /* a DISPID the object may not have */
    else
    {
        ITypeInfo_GetFuncDesc(typeinfo, rnd(attr->cFuncs), &desc);
        id = desc->memid;
    }
    ITypeInfo_GetDocumentation(typeinfo, id, &name, NULL, NULL, NULL);
    narrow(name, text, sizeof(text));
    narrow(object_name(typeinfo, text2, sizeof(text2)), text2, sizeof(text2));
    snprintf(member, sizeof(member), "%s.%s(%d)", text2, text, (int)id);
    SysFreeString(name);

    flags = desc && rnd(3) ? desc->invkind : kinds[rnd(ARRAY_SIZE(kinds))];
    if (flags == INVOKE_FUNC) flags = DISPATCH_METHOD;
    count = desc && rnd(2) ? (UINT)desc->cParams : rnd(MAX_ARGS + 1);
    if (count > MAX_ARGS) count = MAX_ARGS;
    for (i = 0; i < count; i++) random_variant(&args[i], &arrays[i]);

    /* A timeout that would hold the run: WaitForCompletion gets short or
     * invalid ones only. */
    if (is_wait(typeinfo, id))
        for (i = 0; i < count; i++)
        {
            clear_argument(&args[i], arrays[i]);
            arrays[i] = NULL;
            V_VT(&args[i]) = VT_I4;
            V_I4(&args[i]) = (LONG[]){ -2, 0, 20, 4000001, (LONG)0x80000000 }[rnd(5)];
        }

    memset(&params, 0, sizeof(params));
    params.cArgs = count;
    params.rgvarg = count && rnd(30) ? args : NULL;
    if (count && (flags & (DISPATCH_PROPERTYPUT | DISPATCH_PROPERTYPUTREF)) && rnd(4))
    {
        params.cNamedArgs = 1;
        params.rgdispidNamedArgs = rnd(20) ? &named : NULL;
    }
    else if (count >= 2 && !rnd(20))
    {
        params.cNamedArgs = 2 + rnd(2);     /* maybe more than there are */
        params.rgdispidNamedArgs = named_ids;
    }

    VariantInit(&result);
    memset(&excepinfo, 0, sizeof(excepinfo));
    stats.calls++;
    /* WINE_VPC_FUZZ_TRACE=1: each call before it is made, to find the one
     * that crashes. */
    if (getenv("WINE_VPC_FUZZ_TRACE"))
    {
        printf("fuzz: call %lu: %s flags %#x, %u argument(s):", stats.calls, member, flags, count);
        for (i = 0; i < count; i++) printf(" %#x", V_VT(&args[i]));
        printf("%s\n", params.rgvarg ? "" : " (no rgvarg)");
    }
    hr = IDispatch_Invoke(disp, id, rnd(40) ? &IID_NULL : &IID_IUnknown, LOCALE_USER_DEFAULT, flags,
                          rnd(60) ? &params : NULL, rnd(30) ? &result : NULL, info,
                          rnd(30) ? &argerr : NULL);
    if (SUCCEEDED(hr)) stats.succeeded++;
    else if (hr == DISP_E_EXCEPTION)
    {
        stats.exceptions++;
        if (info)
        {
            /* DISP_E_TYPEMISMATCH is VBScript's "Type mismatch" (error 13),
             * which scripts test for: a conversion's failure keeps it. */
            if ((!excepinfo.bstrDescription || !excepinfo.bstrDescription[0]) &&
                excepinfo.scode != DISP_E_TYPEMISMATCH)
                problem("%s: exception %#x without a description", member,
                        (unsigned)excepinfo.scode);
            if (excepinfo.scode && SUCCEEDED(excepinfo.scode))
                problem("%s: exception with a success code %#x", member, (unsigned)excepinfo.scode);
        }
    }
    else stats.refused++;
    if (hr == E_UNEXPECTED) problem("%s: unexpected hr %#x", member, (unsigned)hr);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    check_result(member, &result);
    for (i = 0; i < count; i++) clear_argument(&args[i], arrays[i]);

    if (desc) ITypeInfo_ReleaseFuncDesc(typeinfo, desc);
    ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
    ITypeInfo_Release(typeinfo);
}

/* The collections' enumerators: Next, Skip, Reset and Clone with any
 * count. */
static void fuzz_enumerator(void)
{
    static const ULONG counts[] = { 0, 1, 2, 5, 100, 0xffffffff };
    IDispatch *disp = objects[rnd(object_count)];
    DISPPARAMS params = { 0 };
    IEnumVARIANT *enumerator = NULL, *clone;
    VARIANT result, items[8];
    ULONG fetched, count, i;
    HRESULT hr;

    VariantInit(&result);
    hr = IDispatch_Invoke(disp, DISPID_NEWENUM, &IID_NULL, LOCALE_USER_DEFAULT,
                          DISPATCH_METHOD | DISPATCH_PROPERTYGET, &params, &result, NULL, NULL);
    if (FAILED(hr) || (V_VT(&result) != VT_UNKNOWN && V_VT(&result) != VT_DISPATCH)) goto done;
    if (FAILED(IUnknown_QueryInterface(V_UNKNOWN(&result), &IID_IEnumVARIANT, (void **)&enumerator)))
        goto done;
    for (i = 0; i < 6; i++)
    {
        stats.enum_calls++;
        count = counts[rnd(ARRAY_SIZE(counts))];
        switch (rnd(4))
        {
        case 0:
            if (count > ARRAY_SIZE(items)) count = ARRAY_SIZE(items);
            memset(items, 0, sizeof(items));
            fetched = 0xdeadbeef;
            hr = IEnumVARIANT_Next(enumerator, count, items, rnd(2) ? &fetched : NULL);
            if (hr == S_OK || hr == S_FALSE)
            {
                ULONG got = fetched == 0xdeadbeef ? (hr == S_OK ? count : 0) : fetched;

                if (got > count) problem("Next(%u) fetched %u", (unsigned)count, (unsigned)got);
                for (; got; got--) check_result("IEnumVARIANT::Next", &items[got - 1]);
            }
            break;
        case 1: IEnumVARIANT_Skip(enumerator, count); break;
        case 2: IEnumVARIANT_Reset(enumerator); break;
        default:
            if (SUCCEEDED(IEnumVARIANT_Clone(enumerator, &clone))) IEnumVARIANT_Release(clone);
            break;
        }
    }
    IEnumVARIANT_Release(enumerator);
done:
    VariantClear(&result);
}

static BOOL fuzz_model(const WCHAR *progid, const char *name, unsigned long iterations)
{
    IDispatch *app = NULL;
    unsigned long i;
    CLSID clsid;
    HRESULT hr;

    model_name = name;
    memset(&stats, 0, sizeof(stats));
    if (FAILED(hr = CLSIDFromProgID(progid, &clsid)) ||
        FAILED(hr = CoCreateInstance(&clsid, NULL, CLSCTX_INPROC_SERVER, &IID_IDispatch, (void **)&app)))
    {
        printf("fuzz: %s: cannot create %ls: %#x\n", name, progid, (unsigned)hr);
        return FALSE;
    }
    keep_object(app);
    IDispatch_Release(app);

    for (i = 0; i < iterations; i++)
    {
        if (rnd(10)) fuzz_invoke();
        else fuzz_enumerator();
    }

    for (i = 0; i < object_count; i++)
    {
        if (objects[i]) IDispatch_Release(objects[i]);
        objects[i] = NULL;
    }
    object_count = 0;
    printf("fuzz: %s: %lu calls (%lu succeeded, %lu raised an error, %lu refused), "
           "%lu enumerator calls, %u problem(s)\n", name, stats.calls, stats.succeeded,
           stats.exceptions, stats.refused, stats.enum_calls, stats.problems);
    return !stats.problems;
}

int main(int argc, char **argv)
{
    const char *which = argc > 1 ? argv[1] : "both";
    unsigned long iterations = argc > 2 ? strtoul(argv[2], NULL, 0) : 2000;
    unsigned long long seed = argc > 3 ? strtoull(argv[3], NULL, 0) : 1;
    BOOL ok = TRUE;

    setvbuf(stdout, NULL, _IONBF, 0);
    rng_state = seed ? seed : 1;
    printf("fuzz: %s, %lu iterations, seed %llu\n", which, iterations, seed);
    CoInitialize(NULL);
    if (strcmp(which, "vs")) ok &= fuzz_model(L"VirtualPC.Application", "vpc", iterations);
    if (strcmp(which, "vpc")) ok &= fuzz_model(L"VirtualServer.Application", "vs", iterations);
    CoUninitialize();
    return ok ? 0 : 1;
}
