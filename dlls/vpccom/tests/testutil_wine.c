/*
 * Helpers shared by the conformance tests of both object models: the ones
 * no model's header is needed for, compiled once.
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

#include "windef.h"
#include "winbase.h"
#include "ole2.h"
#include "ocidl.h"
#include "dispex.h"

#include "vpctest.h"
#include "testutil_wine.h"

virConnectPtr conn;

static void quiet_libvirt_error(void *opaque, virErrorPtr error)
{
}

/* In-process backend: libvirt's test driver is then shared with this
 * process, which defines, starts and stops the domains the tests read. */
BOOL init_test_environment(void)
{
    SetEnvironmentVariableW(L"WINE_VPC_BACKEND", L"inproc");
    SetEnvironmentVariableW(L"WINE_VPC_HOSTS", L"test:///default");
    SetEnvironmentVariableW(L"WINE_VPC_TEST_ACTION_DELAY", TEST_ACTION_DELAY);
    virSetErrorFunc(NULL, quiet_libvirt_error);
    if (!conn) conn = virConnectOpen(TEST_URI);
    return conn != NULL;
}

void cleanup_test_environment(void)
{
    if (conn) virConnectClose(conn);
    conn = NULL;
}

void wait_for_host(void)
{
    Sleep(HOST_SETTLE_MS);
}

virDomainPtr define_domain_(const char *file, int line, const char *name, int nics,
                            int disks, int vcpus)
{
    virDomainPtr dom = testDefineDomain(conn, name, nics, disks, vcpus);

    ok_(file, line)(dom != NULL, "Cannot define %s: %s\n", name, virGetLastErrorMessage());
    return dom;
}

void start_domain_(const char *file, int line, virDomainPtr dom)
{
    int rc = dom ? virDomainCreate(dom) : -1;

    ok_(file, line)(!rc, "Cannot start the domain: %s\n", virGetLastErrorMessage());
}

void remove_domain_(const char *file, int line, virDomainPtr dom)
{
    int rc;

    if (!dom) return;
    if (virDomainIsActive(dom) == 1) virDomainDestroy(dom);
    rc = virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
    ok_(file, line)(!rc, "Cannot undefine the domain: %s\n", virGetLastErrorMessage());
    virDomainFree(dom);
}

static int compare_names(const void *a, const void *b)
{
    return strcasecmp(*(char *const *)a, *(char *const *)b);
}

/* The names of every domain of the host, sorted as the collections are. */
int get_sorted_domain_names(char ***ret)
{
    virDomainPtr *doms = NULL;
    char **names;
    int count, i;

    *ret = NULL;
    if ((count = virConnectListAllDomains(conn, &doms, 0)) < 0) return -1;
    names = calloc(count + 1, sizeof(*names));
    for (i = 0; i < count; i++)
    {
        names[i] = strdup(virDomainGetName(doms[i]));
        virDomainFree(doms[i]);
    }
    free(doms);
    qsort(names, count, sizeof(*names), compare_names);
    *ret = names;
    return count;
}

void free_names(char **names, int count)
{
    int i;

    for (i = 0; i < count; i++) free(names[i]);
    free(names);
}

/* The tests leave test:///default as they found it: one domain. */
void check_domains_cleaned_up(void)
{
    char **names;
    int count = get_sorted_domain_names(&names);

    ok(count == 1 && !strcmp(names[0], TEST_DOMAIN), "%d domains left, the first is %s.\n",
       count, count > 0 ? names[0] : "(none)");
    free_names(names, count);
}

WCHAR *utf8_to_wide(const char *str)
{
    int len = MultiByteToWideChar(CP_UTF8, 0, str, -1, NULL, 0);
    WCHAR *ret = malloc(len * sizeof(WCHAR));

    MultiByteToWideChar(CP_UTF8, 0, str, -1, ret, len);
    return ret;
}

/* Microseconds since the Unix epoch: the test driver's counter clock. */
ULONGLONG unix_time_us(void)
{
    FILETIME ft;
    ULARGE_INTEGER t;

    GetSystemTimePreciseAsFileTime(&ft);
    t.u.LowPart = ft.dwLowDateTime;
    t.u.HighPart = ft.dwHighDateTime;
    return (t.QuadPart - 116444736000000000ull) / 10;
}

BOOL contains_w(const WCHAR *str, const WCHAR *part)
{
    int len = lstrlenW(part);

    if (!str) return FALSE;
    for (; *str; str++)
        if (!memcmp(str, part, len * sizeof(WCHAR))) return TRUE;
    return !len;
}

void long_to_w(LONG value, WCHAR *buf, int size)
{
    char text[16];

    snprintf(text, sizeof(text), "%d", (int)value);
    MultiByteToWideChar(CP_ACP, 0, text, -1, buf, size);
}

void check_bstr_(const char *file, int line, BSTR str, const WCHAR *expected)
{
    ok_(file, line)(str && !lstrcmpW(str, expected) && SysStringLen(str) == (UINT)lstrlenW(expected),
                    "Got %s, expected %s.\n", wine_dbgstr_w(str), wine_dbgstr_w(expected));
}

void expect_ref_(const char *file, int line, IUnknown *obj, ULONG expected)
{
    ULONG ref;

    IUnknown_AddRef(obj);
    ref = IUnknown_Release(obj);
    ok_(file, line)(ref == expected, "Got refcount %u, expected %u.\n", (unsigned)ref,
                    (unsigned)expected);
}

void check_interface_(const char *file, int line, IUnknown *iface, REFIID iid,
                      BOOL supported)
{
    HRESULT hr, expected = supported ? S_OK : E_NOINTERFACE;
    IUnknown *unk = (IUnknown *)0xdeadbeef;

    hr = IUnknown_QueryInterface(iface, iid, (void **)&unk);
    ok_(file, line)(hr == expected, "Got hr %#x, expected %#x for %s.\n", (unsigned)hr,
                    (unsigned)expected, wine_dbgstr_guid(iid));
    if (SUCCEEDED(hr)) IUnknown_Release(unk);
    else ok_(file, line)(!unk, "Got interface %p for %s.\n", unk, wine_dbgstr_guid(iid));
}

void check_typeattr_(const char *file, int line, ITypeInfo *typeinfo, REFGUID guid,
                     TYPEKIND kind)
{
    TYPEATTR *attr;
    HRESULT hr;

    hr = ITypeInfo_GetTypeAttr(typeinfo, &attr);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) return;
    ok_(file, line)(IsEqualGUID(&attr->guid, guid), "Got guid %s, expected %s.\n",
                    wine_dbgstr_guid(&attr->guid), wine_dbgstr_guid(guid));
    if (kind != (TYPEKIND)-1)
        ok_(file, line)(attr->typekind == kind, "Got kind %d, expected %d.\n",
                        attr->typekind, kind);
    ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
}

void check_object_(const char *file, int line, IUnknown *obj, REFIID iid, REFCLSID clsid)
{
    IUnknown *unk = NULL, *unk2 = NULL, *own = NULL;
    IProvideClassInfo *classinfo = NULL;
    ITypeInfo *typeinfo;
    IDispatch *disp = NULL;
    UINT count;
    HRESULT hr;

    check_interface_(file, line, obj, &IID_IUnknown, TRUE);
    check_interface_(file, line, obj, &IID_IDispatch, TRUE);
    check_interface_(file, line, obj, iid, TRUE);
    check_interface_(file, line, obj, &IID_IProvideClassInfo, TRUE);
    check_interface_(file, line, obj, &IID_IDispatchEx, FALSE);
    check_interface_(file, line, obj, &IID_IObjectWithSite, FALSE);
    check_interface_(file, line, obj, &IID_IEnumVARIANT, FALSE);
    check_interface_(file, line, obj, &IID_IClassFactory, FALSE);

    hr = IUnknown_QueryInterface(obj, iid, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    IUnknown_QueryInterface(obj, &IID_IUnknown, (void **)&unk);
    IUnknown_QueryInterface(obj, &IID_IDispatch, (void **)&disp);
    IUnknown_QueryInterface(obj, iid, (void **)&own);
    IUnknown_QueryInterface(obj, &IID_IProvideClassInfo, (void **)&classinfo);
    if (!unk || !disp || !own || !classinfo) goto done;

    /* Dual interfaces: IDispatch is the object's own interface. */
    ok_(file, line)((IUnknown *)disp == own, "IDispatch %p is not the interface %p.\n", disp, own);
    ok_(file, line)(unk == own, "IUnknown %p is not the interface %p.\n", unk, own);
    IProvideClassInfo_QueryInterface(classinfo, &IID_IUnknown, (void **)&unk2);
    ok_(file, line)(unk2 == unk, "IUnknown %p from IProvideClassInfo, expected %p.\n", unk2, unk);
    if (unk2) IUnknown_Release(unk2);

    hr = IProvideClassInfo_GetClassInfo(classinfo, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    typeinfo = NULL;
    hr = IProvideClassInfo_GetClassInfo(classinfo, &typeinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (typeinfo)
    {
        check_typeattr_(file, line, typeinfo, clsid, TKIND_COCLASS);
        ITypeInfo_Release(typeinfo);
    }

    count = 0xdeadbeef;
    hr = IDispatch_GetTypeInfoCount(disp, &count);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(count == 1, "Got %u type infos.\n", count);
    hr = IDispatch_GetTypeInfoCount(disp, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    typeinfo = NULL;
    hr = IDispatch_GetTypeInfo(disp, 0, LOCALE_USER_DEFAULT, &typeinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (typeinfo)
    {
        check_typeattr_(file, line, typeinfo, iid, (TYPEKIND)-1);
        ITypeInfo_Release(typeinfo);
    }
    hr = IDispatch_GetTypeInfo(disp, 0, LOCALE_USER_DEFAULT, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    typeinfo = (ITypeInfo *)0xdeadbeef;
    hr = IDispatch_GetTypeInfo(disp, 1, LOCALE_USER_DEFAULT, &typeinfo);
    ok_(file, line)(hr == DISP_E_BADINDEX, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!typeinfo, "Got type info %p.\n", typeinfo);

done:
    ok_(file, line)(unk && disp && own && classinfo, "Missing interfaces.\n");
    if (unk) IUnknown_Release(unk);
    if (disp) IDispatch_Release(disp);
    if (own) IUnknown_Release(own);
    if (classinfo) IProvideClassInfo_Release(classinfo);
}

DISPID get_dispid(IDispatch *disp, const WCHAR *name)
{
    DISPID id = DISPID_UNKNOWN;
    LPOLESTR names[1] = { (LPOLESTR)name };

    IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    return id;
}

void check_dispid_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                   DISPID expected)
{
    WCHAR lower[64], upper[64];
    LPOLESTR names[1];
    unsigned int i;
    DISPID id;
    HRESULT hr;

    for (i = 0; name[i] && i < ARRAY_SIZE(lower) - 1; i++)
    {
        lower[i] = (name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i];
        upper[i] = (name[i] >= 'a' && name[i] <= 'z') ? name[i] - 32 : name[i];
    }
    lower[i] = upper[i] = 0;

    names[0] = (LPOLESTR)name;
    id = 0xdeadbeef;
    hr = IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    ok_(file, line)(hr == S_OK, "Got hr %#x for %s.\n", (unsigned)hr, wine_dbgstr_w(name));
    ok_(file, line)(id == expected, "Got id %d for %s, expected %d.\n", (int)id,
                    wine_dbgstr_w(name), (int)expected);

    names[0] = lower;
    id = 0xdeadbeef;
    hr = IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    ok_(file, line)(hr == S_OK && id == expected, "Got hr %#x, id %d for %s.\n", (unsigned)hr,
                    (int)id, wine_dbgstr_w(lower));

    names[0] = upper;
    id = 0xdeadbeef;
    hr = IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    ok_(file, line)(hr == S_OK && id == expected, "Got hr %#x, id %d for %s.\n", (unsigned)hr,
                    (int)id, wine_dbgstr_w(upper));
}

void check_unknown_name_(const char *file, int line, IDispatch *disp, const WCHAR *name)
{
    LPOLESTR names[1] = { (LPOLESTR)name };
    DISPID id = 0xdeadbeef;
    HRESULT hr;

    hr = IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    ok_(file, line)(hr == DISP_E_UNKNOWNNAME, "Got hr %#x for %s.\n", (unsigned)hr,
                    wine_dbgstr_w(name));
    ok_(file, line)(id == DISPID_UNKNOWN, "Got id %d for %s.\n", (int)id, wine_dbgstr_w(name));
}

void check_members_(const char *file, int line, IDispatch *disp,
                    const struct member *members, unsigned int count)
{
    unsigned int i;

    for (i = 0; i < count; i++)
    {
        if (members[i].id == DISPID_UNKNOWN) check_unknown_name_(file, line, disp, members[i].name);
        else check_dispid_(file, line, disp, members[i].name, members[i].id);
    }
}

/* Arguments in the order a script writes them. */
HRESULT invoke_id(IDispatch *disp, DISPID id, WORD flags, VARIANT *args, UINT count,
                  VARIANT *result, EXCEPINFO *excepinfo)
{
    VARIANT reversed[4];
    DISPPARAMS params = { reversed, NULL, count, 0 };
    UINT argerr = 0, i;

    for (i = 0; i < count; i++) reversed[count - 1 - i] = args[i];
    if (!count) params.rgvarg = NULL;
    VariantInit(result);
    memset(excepinfo, 0, sizeof(*excepinfo));
    return IDispatch_Invoke(disp, id, &IID_NULL, LOCALE_USER_DEFAULT, flags, &params, result,
                            excepinfo, &argerr);
}

HRESULT invoke_get_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                    VARIANT *result)
{
    DISPID id = get_dispid(disp, name);
    EXCEPINFO excepinfo;
    HRESULT hr;

    ok_(file, line)(id != DISPID_UNKNOWN, "No member %s.\n", wine_dbgstr_w(name));
    hr = invoke_id(disp, id, DISPATCH_PROPERTYGET, NULL, 0, result, &excepinfo);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    return hr;
}

void clear_error_info(void)
{
    SetErrorInfo(0, NULL);
}

void check_error_info_(const char *file, int line, const WCHAR *source, const WCHAR *part1,
                       const WCHAR *part2)
{
    IErrorInfo *info = NULL;
    BSTR description = NULL, src = NULL;
    HRESULT hr;

    hr = GetErrorInfo(0, &info);
    ok_(file, line)(hr == S_OK, "Got hr %#x, expected error info.\n", (unsigned)hr);
    if (hr != S_OK) return;
    IErrorInfo_GetDescription(info, &description);
    IErrorInfo_GetSource(info, &src);
    check_bstr_(file, line, src, source);
    ok_(file, line)(contains_w(description, part1), "%s does not contain %s.\n",
                    wine_dbgstr_w(description), wine_dbgstr_w(part1));
    if (part2)
        ok_(file, line)(contains_w(description, part2), "%s does not contain %s.\n",
                        wine_dbgstr_w(description), wine_dbgstr_w(part2));
    SysFreeString(description);
    SysFreeString(src);
    IErrorInfo_Release(info);
}

void check_excepinfo_(const char *file, int line, HRESULT hr, EXCEPINFO *excepinfo,
                      HRESULT scode, const WCHAR *source, const WCHAR *part1,
                      const WCHAR *part2)
{
    ok_(file, line)(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(excepinfo->scode == scode, "Got scode %#x, expected %#x.\n",
                    (unsigned)excepinfo->scode, (unsigned)scode);
    check_bstr_(file, line, excepinfo->bstrSource, source);
    ok_(file, line)(contains_w(excepinfo->bstrDescription, part1), "%s does not contain %s.\n",
                    wine_dbgstr_w(excepinfo->bstrDescription), wine_dbgstr_w(part1));
    if (part2)
        ok_(file, line)(contains_w(excepinfo->bstrDescription, part2), "%s does not contain %s.\n",
                        wine_dbgstr_w(excepinfo->bstrDescription), wine_dbgstr_w(part2));
    SysFreeString(excepinfo->bstrSource);
    SysFreeString(excepinfo->bstrDescription);
    SysFreeString(excepinfo->bstrHelpFile);
    memset(excepinfo, 0, sizeof(*excepinfo));
}

ULONGLONG decimal_value_(const char *file, int line, const VARIANT *v)
{
    ok_(file, line)(V_VT(v) == VT_DECIMAL, "Got type %#x.\n", V_VT(v));
    if (V_VT(v) != VT_DECIMAL) return ~0ull;
    ok_(file, line)(!V_DECIMAL(v).scale && !V_DECIMAL(v).sign && !V_DECIMAL(v).Hi32,
                    "Got scale %u, sign %#x, Hi32 %#x.\n", V_DECIMAL(v).scale,
                    V_DECIMAL(v).sign, (unsigned)V_DECIMAL(v).Hi32);
    return V_DECIMAL(v).Lo64;
}

void check_r8_(const char *file, int line, const VARIANT *v, double expected)
{
    ok_(file, line)(V_VT(v) == VT_R8, "Got type %#x.\n", V_VT(v));
    if (V_VT(v) == VT_R8)
        ok_(file, line)(V_R8(v) > expected - 1e-9 && V_R8(v) < expected + 1e-9,
                        "Got %.17g, expected %.17g.\n", V_R8(v), expected);
}

void get_history_(const char *file, int line, const VARIANT *v, BOOL from_invoke,
                  BYTE *samples)
{
    VARTYPE vt = VT_ARRAY | (from_invoke ? VT_VARIANT : VT_UI1);
    LONG lower = -1, upper = -1, i;
    void *data;

    memset(samples, 0xcc, 60);
    ok_(file, line)(V_VT(v) == vt, "Got type %#x, expected %#x.\n", V_VT(v), vt);
    if (V_VT(v) != vt) return;
    ok_(file, line)(SafeArrayGetDim(V_ARRAY(v)) == 1, "Got %u dimensions.\n",
                    SafeArrayGetDim(V_ARRAY(v)));
    SafeArrayGetLBound(V_ARRAY(v), 1, &lower);
    SafeArrayGetUBound(V_ARRAY(v), 1, &upper);
    ok_(file, line)(lower == 0 && upper == 59, "Got bounds %d..%d.\n", (int)lower, (int)upper);
    if (lower != 0 || upper != 59 || FAILED(SafeArrayAccessData(V_ARRAY(v), &data))) return;
    for (i = 0; i < 60; i++)
    {
        if (!from_invoke)
        {
            samples[i] = ((BYTE *)data)[i];
            continue;
        }
        ok_(file, line)(V_VT(&((VARIANT *)data)[i]) == VT_UI1, "Sample %d: got type %#x.\n",
                        (int)i, V_VT(&((VARIANT *)data)[i]));
        samples[i] = V_UI1(&((VARIANT *)data)[i]);
    }
    SafeArrayUnaccessData(V_ARRAY(v));
}

void check_null_pointer_(const char *file, int line, const char *member, HRESULT hr)
{
    ok_(file, line)(hr == E_POINTER, "%s: unexpected hr %#x.\n", member, (unsigned)hr);
}

/* How many arguments a member takes: without its [retval] and [lcid]
 * parameters; *min leaves out the optional ones.  FALSE for varargs. */
static BOOL member_arg_counts(const FUNCDESC *desc, UINT *min, UINT *max)
{
    SHORT i;

    *min = *max = 0;
    for (i = 0; i < desc->cParams; i++)
    {
        USHORT flags = desc->lprgelemdescParam[i].paramdesc.wParamFlags;

        if (flags & (PARAMFLAG_FRETVAL | PARAMFLAG_FLCID)) continue;
        (*max)++;
        if (!(flags & (PARAMFLAG_FOPT | PARAMFLAG_FHASDEFAULT))) (*min)++;
    }
    return desc->cParamsOpt != -1;
}

/* What a member hands back: its [retval], else its return type. */
static VARTYPE member_result_type(const FUNCDESC *desc)
{
    const TYPEDESC *type = &desc->elemdescFunc.tdesc;
    SHORT i;

    for (i = 0; i < desc->cParams; i++)
        if (desc->lprgelemdescParam[i].paramdesc.wParamFlags & PARAMFLAG_FRETVAL)
            type = desc->lprgelemdescParam[i].tdesc.lptdesc;
    if (type && type->vt == VT_PTR && type->lptdesc) type = type->lptdesc;
    return type ? type->vt : VT_EMPTY;
}

static INVOKEKIND member_invoke_kinds(ITypeInfo *typeinfo, UINT count, MEMBERID id)
{
    INVOKEKIND kinds = 0;
    FUNCDESC *desc;
    UINT i;

    for (i = 0; i < count; i++)
    {
        if (FAILED(ITypeInfo_GetFuncDesc(typeinfo, i, &desc))) continue;
        if (desc->memid == id) kinds |= desc->invkind;
        ITypeInfo_ReleaseFuncDesc(typeinfo, desc);
    }
    return kinds;
}

static HRESULT invoke_raw(IDispatch *disp, DISPID id, REFIID riid, WORD flags, DISPPARAMS *params)
{
    EXCEPINFO excepinfo;
    VARIANT result;
    UINT argerr = 0;
    HRESULT hr;

    VariantInit(&result);
    memset(&excepinfo, 0, sizeof(excepinfo));
    hr = IDispatch_Invoke(disp, id, riid, LOCALE_USER_DEFAULT, flags, params, &result, &excepinfo,
                          &argerr);
    VariantClear(&result);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    return hr;
}

unsigned int check_invoke_edges_(const char *file, int line, IDispatch *disp,
                                 const char *object, DISPID extra_ok)
{
    DISPID put_id = DISPID_PROPERTYPUT;
    ITypeInfo *typeinfo = NULL;
    VARIANT args[8];
    TYPEATTR *attr;
    FUNCDESC *desc;
    DISPPARAMS params;
    UINT i, j, min, max, checked = 0;
    INVOKEKIND kinds;
    BSTR name;
    HRESULT hr;

    hr = IDispatch_GetTypeInfo(disp, 0, LOCALE_USER_DEFAULT, &typeinfo);
    ok_(file, line)(hr == S_OK, "%s: GetTypeInfo: hr %#x.\n", object, (unsigned)hr);
    if (FAILED(hr)) return 0;
    ITypeInfo_GetTypeAttr(typeinfo, &attr);
    for (i = 0; i < ARRAY_SIZE(args); i++)
    {
        V_VT(&args[i]) = VT_I4;
        V_I4(&args[i]) = 1;
    }

    for (i = 0; i < attr->cFuncs; i++)
    {
        if (FAILED(ITypeInfo_GetFuncDesc(typeinfo, i, &desc))) continue;
        name = NULL;
        ITypeInfo_GetDocumentation(typeinfo, desc->memid, &name, NULL, NULL, NULL);
        kinds = member_invoke_kinds(typeinfo, attr->cFuncs, desc->memid);
        checked++;

        /* Only IID_NULL is an interface Invoke knows. */
        memset(&params, 0, sizeof(params));
        hr = invoke_raw(disp, desc->memid, &IID_IUnknown, desc->invkind, &params);
        ok_(file, line)(hr == DISP_E_UNKNOWNINTERFACE, "%s.%s, riid IID_IUnknown: got hr %#x.\n",
                        object, wine_dbgstr_w(name), (unsigned)hr);

        /* No way of calling it: nothing is called. */
        hr = invoke_raw(disp, desc->memid, &IID_NULL, 0, &params);
        ok_(file, line)(hr == DISP_E_MEMBERNOTFOUND, "%s.%s, wFlags 0: got hr %#x.\n",
                        object, wine_dbgstr_w(name), (unsigned)hr);

        /* Read-only: no assignment. */
        if (!(kinds & (INVOKE_PROPERTYPUT | INVOKE_PROPERTYPUTREF)))
        {
            params.rgvarg = args;
            params.cArgs = 1;
            params.rgdispidNamedArgs = &put_id;
            params.cNamedArgs = 1;
            hr = invoke_raw(disp, desc->memid, &IID_NULL, DISPATCH_PROPERTYPUT, &params);
            ok_(file, line)(hr == DISP_E_MEMBERNOTFOUND, "%s.%s, PROPERTYPUT: got hr %#x.\n",
                            object, wine_dbgstr_w(name), (unsigned)hr);
        }

        /* Arguments announced and not there. */
        member_arg_counts(desc, &min, &max);
        for (j = 1; j <= max + 2; j++)
        {
            memset(&params, 0, sizeof(params));
            params.cArgs = j;
            hr = invoke_raw(disp, desc->memid, &IID_NULL, desc->invkind == INVOKE_FUNC ?
                            DISPATCH_METHOD : desc->invkind, &params);
            ok_(file, line)(hr == E_INVALIDARG, "%s.%s, %u argument(s), rgvarg NULL: got hr %#x.\n",
                            object, wine_dbgstr_w(name), j, (unsigned)hr);
        }
        memset(&params, 0, sizeof(params));
        params.cArgs = 1;
        params.rgvarg = args;
        params.cNamedArgs = 1;
        hr = invoke_raw(disp, desc->memid, &IID_NULL, desc->invkind, &params);
        ok_(file, line)(hr == E_INVALIDARG, "%s.%s, a named argument, rgdispidNamedArgs NULL: "
                        "got hr %#x.\n", object, wine_dbgstr_w(name), (unsigned)hr);
        hr = invoke_raw(disp, desc->memid, &IID_NULL, desc->invkind, NULL);
        ok_(file, line)(hr == E_INVALIDARG, "%s.%s, no DISPPARAMS: got hr %#x.\n",
                        object, wine_dbgstr_w(name), (unsigned)hr);

        /* One argument too many, as a script writes "vm.Pause 1, 2, 3".  A
         * getter of an object leaves the extra ones to the object's default
         * member, as VBScript's "VirtualMachines(1)" wants. */
        if (desc->invkind != INVOKE_PROPERTYPUT && desc->invkind != INVOKE_PROPERTYPUTREF &&
            member_arg_counts(desc, &min, &max) &&
            (desc->invkind == INVOKE_FUNC || (member_result_type(desc) != VT_USERDEFINED &&
                                              member_result_type(desc) != VT_DISPATCH &&
                                              member_result_type(desc) != VT_UNKNOWN)))
        {
            memset(&params, 0, sizeof(params));
            params.rgvarg = args;
            params.cArgs = max + 1 + (desc->memid == extra_ok);
            hr = invoke_raw(disp, desc->memid, &IID_NULL, desc->invkind == INVOKE_FUNC ?
                            DISPATCH_METHOD : DISPATCH_METHOD | DISPATCH_PROPERTYGET, &params);
            /* IUnknown's and IDispatch's own members are not for scripts. */
            if ((desc->wFuncFlags & FUNCFLAG_FRESTRICTED) && desc->memid != DISPID_NEWENUM)
                ok_(file, line)(hr == DISP_E_MEMBERNOTFOUND, "%s.%s, %u argument(s): got hr %#x.\n",
                                object, wine_dbgstr_w(name), params.cArgs, (unsigned)hr);
            else
                ok_(file, line)(hr == DISP_E_BADPARAMCOUNT, "%s.%s, %u argument(s): got hr %#x.\n",
                                object, wine_dbgstr_w(name), params.cArgs, (unsigned)hr);
        }
        SysFreeString(name);
        ITypeInfo_ReleaseFuncDesc(typeinfo, desc);
    }
    ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
    ITypeInfo_Release(typeinfo);
    return checked;
}

void check_names_as_typeinfo_(const char *file, int line, IDispatch *disp)
{
    WCHAR upper[64];
    ITypeInfo *info;
    TYPEATTR *attr;
    FUNCDESC *desc;
    LPOLESTR names[1];
    DISPID want, got;
    unsigned int i, j;
    HRESULT hr;
    BSTR name;

    hr = IDispatch_GetTypeInfo(disp, 0, LOCALE_USER_DEFAULT, &info);
    ok_(file, line)(hr == S_OK, "GetTypeInfo: %#x.\n", (unsigned)hr);
    if (hr != S_OK) return;
    hr = ITypeInfo_GetTypeAttr(info, &attr);
    ok_(file, line)(hr == S_OK, "GetTypeAttr: %#x.\n", (unsigned)hr);
    ok_(file, line)(hr != S_OK || attr->cFuncs > 7, "Only %u functions.\n", hr == S_OK ? attr->cFuncs : 0);
    for (i = 0; hr == S_OK && i < attr->cFuncs; i++)
    {
        if (FAILED(ITypeInfo_GetFuncDesc(info, i, &desc))) continue;
        if (SUCCEEDED(ITypeInfo_GetDocumentation(info, desc->memid, &name, NULL, NULL, NULL)))
        {
            for (j = 0; name[j] && j < ARRAY_SIZE(upper) - 1; j++)
                upper[j] = (name[j] >= 'a' && name[j] <= 'z') ? name[j] - 32 : name[j];
            upper[j] = 0;
            names[0] = upper;
            want = got = 0xdeadbeef;
            ok_(file, line)(ITypeInfo_GetIDsOfNames(info, names, 1, &want) == S_OK,
                            "The type information does not find %s.\n", wine_dbgstr_w(upper));
            ok_(file, line)(IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT,
                                                    &got) == S_OK && got == want,
                            "%s: got DISPID %d, the type information's is %d.\n",
                            wine_dbgstr_w(upper), (int)got, (int)want);
            SysFreeString(name);
        }
        ITypeInfo_ReleaseFuncDesc(info, desc);
    }
    if (hr == S_OK) ITypeInfo_ReleaseTypeAttr(info, attr);
    ITypeInfo_Release(info);
}
