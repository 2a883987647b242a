/*
 * Helpers shared by the conformance tests of both object models.
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
 * Include this after the model's header (VPCCOMInterfaces.h or
 * VsComInterfaces.h).  IVMVirtualMachineCollection, IVMVirtualMachine, the
 * seven accountant properties both products document and IVMTask's common
 * members have the same C names and signatures in both headers, so the
 * helpers below compile against whichever model the including file tests.
 * Every helper reports failures at its caller's line.
 */

#ifndef TESTUTIL_WINE_H
#define TESTUTIL_WINE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "wine/debug.h"
#include "testutil.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))
#endif

#define TEST_URI "test:///default"
/* test:///default always holds this running domain: 2 vCPUs, 1 NIC,
 * 1 disk, 8 GiB of maximum memory.  The node has 16 CPUs. */
#define TEST_DOMAIN "test"
#define TEST_DOMAIN_UUID "6695eb01-f6a4-8304-79aa-97f2502e193f"

/* Snapshots serve reads for 500 ms: wait longer after a libvirt change. */
#define HOST_SETTLE_MS 600

/* libvirt's test driver does a lifecycle action at once: the DLL waits this
 * long first (WINE_VPC_TEST_ACTION_DELAY, read by the in-process service when
 * the process's first application object creates it), so that a task is
 * seen running and its VM in a transitional state.  What the tests check
 * while a task runs takes a few milliseconds; each lifecycle action costs
 * this much. */
#define TEST_ACTION_DELAY L"150"

static virConnectPtr conn;

static void quiet_libvirt_error(void *opaque, virErrorPtr error)
{
}

/* In-process backend: libvirt's test driver is then shared with this
 * process, which defines, starts and stops the domains the tests read. */
static BOOL init_test_environment(void)
{
    SetEnvironmentVariableW(L"WINE_VPC_BACKEND", L"inproc");
    SetEnvironmentVariableW(L"WINE_VPC_HOSTS", L"test:///default");
    SetEnvironmentVariableW(L"WINE_VPC_TEST_ACTION_DELAY", TEST_ACTION_DELAY);
    virSetErrorFunc(NULL, quiet_libvirt_error);
    if (!conn) conn = virConnectOpen(TEST_URI);
    return conn != NULL;
}

static void cleanup_test_environment(void)
{
    if (conn) virConnectClose(conn);
    conn = NULL;
}

static void wait_for_host(void)
{
    Sleep(HOST_SETTLE_MS);
}

/* libvirt */

#define define_domain(a, b, c, d) define_domain_(__FILE__, __LINE__, a, b, c, d)
static virDomainPtr define_domain_(const char *file, int line, const char *name, int nics,
                                   int disks, int vcpus)
{
    virDomainPtr dom = testDefineDomain(conn, name, nics, disks, vcpus);

    ok_(file, line)(dom != NULL, "Cannot define %s: %s\n", name, virGetLastErrorMessage());
    return dom;
}

#define start_domain(a) start_domain_(__FILE__, __LINE__, a)
static void start_domain_(const char *file, int line, virDomainPtr dom)
{
    int rc = dom ? virDomainCreate(dom) : -1;

    ok_(file, line)(!rc, "Cannot start the domain: %s\n", virGetLastErrorMessage());
}

#define remove_domain(a) remove_domain_(__FILE__, __LINE__, a)
static void remove_domain_(const char *file, int line, virDomainPtr dom)
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
static int get_sorted_domain_names(char ***ret)
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

static void free_names(char **names, int count)
{
    int i;

    for (i = 0; i < count; i++) free(names[i]);
    free(names);
}

/* The tests leave test:///default as they found it: one domain. */
static void check_domains_cleaned_up(void)
{
    char **names;
    int count = get_sorted_domain_names(&names);

    ok(count == 1 && !strcmp(names[0], TEST_DOMAIN), "%d domains left, the first is %s.\n",
       count, count > 0 ? names[0] : "(none)");
    free_names(names, count);
}

static WCHAR *utf8_to_wide(const char *str)
{
    int len = MultiByteToWideChar(CP_UTF8, 0, str, -1, NULL, 0);
    WCHAR *ret = malloc(len * sizeof(WCHAR));

    MultiByteToWideChar(CP_UTF8, 0, str, -1, ret, len);
    return ret;
}

/* Microseconds since the Unix epoch: the test driver's counter clock. */
static ULONGLONG unix_time_us(void)
{
    FILETIME ft;
    ULARGE_INTEGER t;

    GetSystemTimePreciseAsFileTime(&ft);
    t.u.LowPart = ft.dwLowDateTime;
    t.u.HighPart = ft.dwHighDateTime;
    return (t.QuadPart - 116444736000000000ull) / 10;
}

/* Strings */

static BOOL contains_w(const WCHAR *str, const WCHAR *part)
{
    int len = lstrlenW(part);

    if (!str) return FALSE;
    for (; *str; str++)
        if (!memcmp(str, part, len * sizeof(WCHAR))) return TRUE;
    return !len;
}

static void long_to_w(LONG value, WCHAR *buf, int size)
{
    char text[16];

    snprintf(text, sizeof(text), "%d", (int)value);
    MultiByteToWideChar(CP_ACP, 0, text, -1, buf, size);
}

#define check_bstr(a, b) check_bstr_(__FILE__, __LINE__, a, b)
static void check_bstr_(const char *file, int line, BSTR str, const WCHAR *expected)
{
    ok_(file, line)(str && !lstrcmpW(str, expected) && SysStringLen(str) == (UINT)lstrlenW(expected),
                    "Got %s, expected %s.\n", wine_dbgstr_w(str), wine_dbgstr_w(expected));
}

/* COM identity, interfaces, type information */

#define EXPECT_REF(obj, ref) expect_ref_(__FILE__, __LINE__, (IUnknown *)(obj), ref)
static void expect_ref_(const char *file, int line, IUnknown *obj, ULONG expected)
{
    ULONG ref;

    IUnknown_AddRef(obj);
    ref = IUnknown_Release(obj);
    ok_(file, line)(ref == expected, "Got refcount %u, expected %u.\n", (unsigned)ref,
                    (unsigned)expected);
}

#define check_interface(a, b, c) check_interface_(__FILE__, __LINE__, (IUnknown *)(a), b, c)
static void check_interface_(const char *file, int line, IUnknown *iface, REFIID iid,
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

#define check_typeattr(a, b, c) check_typeattr_(__FILE__, __LINE__, a, b, c)
static void check_typeattr_(const char *file, int line, ITypeInfo *typeinfo, REFGUID guid,
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

/*
 * What every object of the models answers: IUnknown, IDispatch, its own
 * interface and IProvideClassInfo; never IDispatchEx (VBScript would try
 * it first), IObjectWithSite or IEnumVARIANT; one identity; the coclass
 * through IProvideClassInfo and its interface through IDispatch.
 */
#define check_object(a, b, c) check_object_(__FILE__, __LINE__, (IUnknown *)(a), b, c)
static void check_object_(const char *file, int line, IUnknown *obj, REFIID iid, REFCLSID clsid)
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

/* IDispatch */

static DISPID get_dispid(IDispatch *disp, const WCHAR *name)
{
    DISPID id = DISPID_UNKNOWN;
    LPOLESTR names[1] = { (LPOLESTR)name };

    IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    return id;
}

/* Names are looked up case-insensitively: scripts write "Uptime". */
#define check_dispid(a, b, c) check_dispid_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static void check_dispid_(const char *file, int line, IDispatch *disp, const WCHAR *name,
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

/* Every name of the object's type information, inherited IDispatch members
 * included, gives the DISPID ITypeInfo::GetIDsOfNames gives, in upper case
 * too: the DLL answers most names from a table of its own. */
#define check_names_as_typeinfo(a) check_names_as_typeinfo_(__FILE__, __LINE__, (IDispatch *)(a))
static void check_names_as_typeinfo_(const char *file, int line, IDispatch *disp)
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

#define check_unknown_name(a, b) check_unknown_name_(__FILE__, __LINE__, (IDispatch *)(a), b)
static void check_unknown_name_(const char *file, int line, IDispatch *disp, const WCHAR *name)
{
    LPOLESTR names[1] = { (LPOLESTR)name };
    DISPID id = 0xdeadbeef;
    HRESULT hr;

    hr = IDispatch_GetIDsOfNames(disp, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    ok_(file, line)(hr == DISP_E_UNKNOWNNAME, "Got hr %#x for %s.\n", (unsigned)hr,
                    wine_dbgstr_w(name));
    ok_(file, line)(id == DISPID_UNKNOWN, "Got id %d for %s.\n", (int)id, wine_dbgstr_w(name));
}

/* A member and the DISPID its IDL gives it; DISPID_UNKNOWN for a name the
 * object must not know. */
struct member
{
    const WCHAR *name;
    DISPID id;
};

#define check_members(a, b) check_members_(__FILE__, __LINE__, (IDispatch *)(a), b, ARRAY_SIZE(b))
static void check_members_(const char *file, int line, IDispatch *disp,
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
static HRESULT invoke_id(IDispatch *disp, DISPID id, WORD flags, VARIANT *args, UINT count,
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

/* A property read as a script does it. */
#define invoke_get(a, b, c) invoke_get_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static HRESULT invoke_get_(const char *file, int line, IDispatch *disp, const WCHAR *name,
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

/* Errors: descriptions set with SetErrorInfo */

static void clear_error_info(void)
{
    SetErrorInfo(0, NULL);
}

#define check_error_info(a, b, c) check_error_info_(__FILE__, __LINE__, a, b, c)
static void check_error_info_(const char *file, int line, const WCHAR *source, const WCHAR *part1,
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

/* A failed Invoke: DISP_E_EXCEPTION, the HRESULT and the description in
 * EXCEPINFO.  Frees the EXCEPINFO strings. */
#define check_excepinfo(a, b, c, d, e, f) check_excepinfo_(__FILE__, __LINE__, a, b, c, d, e, f)
static void check_excepinfo_(const char *file, int line, HRESULT hr, EXCEPINFO *excepinfo,
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

/* Values */

/* Byte counters: VT_DECIMAL holding an unsigned integer. */
#define decimal_value(a) decimal_value_(__FILE__, __LINE__, a)
static ULONGLONG decimal_value_(const char *file, int line, const VARIANT *v)
{
    ok_(file, line)(V_VT(v) == VT_DECIMAL, "Got type %#x.\n", V_VT(v));
    if (V_VT(v) != VT_DECIMAL) return ~0ull;
    ok_(file, line)(!V_DECIMAL(v).scale && !V_DECIMAL(v).sign && !V_DECIMAL(v).Hi32,
                    "Got scale %u, sign %#x, Hi32 %#x.\n", V_DECIMAL(v).scale,
                    V_DECIMAL(v).sign, (unsigned)V_DECIMAL(v).Hi32);
    return V_DECIMAL(v).Lo64;
}

#define check_r8(a, b) check_r8_(__FILE__, __LINE__, a, b)
static inline void check_r8_(const char *file, int line, const VARIANT *v, double expected)
{
    ok_(file, line)(V_VT(v) == VT_R8, "Got type %#x.\n", V_VT(v));
    if (V_VT(v) == VT_R8)
        ok_(file, line)(V_R8(v) > expected - 1e-9 && V_R8(v) < expected + 1e-9,
                        "Got %.17g, expected %.17g.\n", V_R8(v), expected);
}

/* CPUUtilizationHistory: 60 per-second samples from index 0; a byte array
 * through the vtable, an array of VT_UI1 VARIANTs through IDispatch. */
#define get_history(a, b, c) get_history_(__FILE__, __LINE__, a, b, c)
static void get_history_(const char *file, int line, const VARIANT *v, BOOL from_invoke,
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

/* A getter given NULL for its output: E_POINTER. */
#define check_null_pointer(a, b) check_null_pointer_(__FILE__, __LINE__, a, b)
static void check_null_pointer_(const char *file, int line, const char *member, HRESULT hr)
{
    ok_(file, line)(hr == E_POINTER, "%s: unexpected hr %#x.\n", member, (unsigned)hr);
}

/* Virtual machines */

static BSTR get_vm_name(IVMVirtualMachine *vm)
{
    BSTR name = NULL;

    IVMVirtualMachine_get_Name(vm, &name);
    return name;
}

#define check_vm_name(a, b) check_vm_name_(__FILE__, __LINE__, (IVMVirtualMachine *)(a), b)
static void check_vm_name_(const char *file, int line, IVMVirtualMachine *vm, const char *expected)
{
    WCHAR *name = utf8_to_wide(expected);
    BSTR str = get_vm_name(vm);

    check_bstr_(file, line, str, name);
    SysFreeString(str);
    free(name);
}

#define check_vm_state(a, b) check_vm_state_(__FILE__, __LINE__, a, b)
static void check_vm_state_(const char *file, int line, IVMVirtualMachine *vm, VMVMState expected)
{
    VMVMState state = 0xdeadbeef;
    HRESULT hr;

    hr = IVMVirtualMachine_get_State(vm, &state);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(state == expected, "Got state %d, expected %d.\n", state, expected);
}

/* Every implemented getter of IVMVirtualMachine refuses NULL. */
#define check_vm_null_pointers(a) check_vm_null_pointers_(__FILE__, __LINE__, a)
static void check_vm_null_pointers_(const char *file, int line, IVMVirtualMachine *vm)
{
    check_null_pointer_(file, line, "get_Name", IVMVirtualMachine_get_Name(vm, NULL));
    check_null_pointer_(file, line, "get_State", IVMVirtualMachine_get_State(vm, NULL));
    check_null_pointer_(file, line, "get_ConfigID", IVMVirtualMachine_get_ConfigID(vm, NULL));
    check_null_pointer_(file, line, "get_Memory", IVMVirtualMachine_get_Memory(vm, NULL));
    check_null_pointer_(file, line, "get_Notes", IVMVirtualMachine_get_Notes(vm, NULL));
    check_null_pointer_(file, line, "get_Accountant", IVMVirtualMachine_get_Accountant(vm, NULL));
}

/* What a member of a VM whose domain was undefined returned: VM_E_VM_UNKNOWN,
 * and an error description that says which VM on which host. */
#define check_vm_gone(a, b, c, d) check_vm_gone_(__FILE__, __LINE__, a, b, c, d)
static void check_vm_gone_(const char *file, int line, const char *member, HRESULT hr,
                           const WCHAR *name, const WCHAR *source)
{
    ok_(file, line)(hr == VM_E_VM_UNKNOWN, "%s: unexpected hr %#x.\n", member, (unsigned)hr);
    check_error_info_(file, line, source, name, L"test:///default");
}

/* A VM whose domain was undefined: every getter fails so and clears its
 * output. */
#define check_vm_unknown(a, b, c) check_vm_unknown_(__FILE__, __LINE__, a, b, c)
static void check_vm_unknown_(const char *file, int line, IVMVirtualMachine *vm,
                              const WCHAR *name, const WCHAR *source)
{
    IVMAccountant *acct;
    VMVMState state;
    LONG memory;
    BSTR str;

    clear_error_info();
    str = (BSTR)0xdeadbeef;
    check_vm_gone_(file, line, "get_Name", IVMVirtualMachine_get_Name(vm, &str), name, source);
    ok_(file, line)(!str, "Got name %p.\n", str);
    state = 0xdeadbeef;
    check_vm_gone_(file, line, "get_State", IVMVirtualMachine_get_State(vm, &state), name, source);
    ok_(file, line)(state == vmVMState_Invalid, "Got state %d.\n", state);
    str = (BSTR)0xdeadbeef;
    check_vm_gone_(file, line, "get_ConfigID", IVMVirtualMachine_get_ConfigID(vm, &str), name,
                   source);
    ok_(file, line)(!str, "Got id %p.\n", str);
    memory = 0xdeadbeef;
    check_vm_gone_(file, line, "get_Memory", IVMVirtualMachine_get_Memory(vm, &memory), name,
                   source);
    ok_(file, line)(!memory, "Got memory %d.\n", (int)memory);
    str = (BSTR)0xdeadbeef;
    check_vm_gone_(file, line, "get_Notes", IVMVirtualMachine_get_Notes(vm, &str), name, source);
    ok_(file, line)(!str, "Got notes %p.\n", str);
    acct = (IVMAccountant *)0xdeadbeef;
    check_vm_gone_(file, line, "get_Accountant", IVMVirtualMachine_get_Accountant(vm, &acct),
                   name, source);
    ok_(file, line)(!acct, "Got accountant %p.\n", acct);
}

/* Collections */

/* Item(1..Count) against libvirt: every domain, sorted by name without
 * regard to case.  Returns Count. */
#define check_collection_names(a) check_collection_names_(__FILE__, __LINE__, a)
static LONG check_collection_names_(const char *file, int line, IVMVirtualMachineCollection *coll)
{
    IVMVirtualMachine *vm;
    LONG count = -1, i;
    char **names;
    int expected;
    HRESULT hr;

    expected = get_sorted_domain_names(&names);
    hr = IVMVirtualMachineCollection_get_Count(coll, &count);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(count == expected, "Got %d VMs, libvirt has %d.\n", (int)count, expected);
    for (i = 1; i <= count && i <= expected; i++)
    {
        vm = NULL;
        hr = IVMVirtualMachineCollection_get_Item(coll, i, &vm);
        ok_(file, line)(hr == S_OK, "Item(%d): unexpected hr %#x.\n", (int)i, (unsigned)hr);
        if (!vm) continue;
        check_vm_name_(file, line, vm, names[i - 1]);
        IVMVirtualMachine_Release(vm);
    }
    free_names(names, expected);
    return count;
}

/* Position of a VM in a collection, 0 when absent. */
static LONG find_in_collection(IVMVirtualMachineCollection *coll, const WCHAR *name)
{
    IVMVirtualMachine *vm;
    LONG count = 0, i, found = 0;
    BSTR str;

    IVMVirtualMachineCollection_get_Count(coll, &count);
    for (i = 1; i <= count && !found; i++)
    {
        if (FAILED(IVMVirtualMachineCollection_get_Item(coll, i, &vm))) continue;
        str = get_vm_name(vm);
        if (str && !lstrcmpW(str, name)) found = i;
        SysFreeString(str);
        IVMVirtualMachine_Release(vm);
    }
    return found;
}

/* Item outside 1..Count: DISP_E_BADINDEX, NULL, and a description that
 * names the index. */
#define check_bad_index(a, b, c) check_bad_index_(__FILE__, __LINE__, a, b, c)
static void check_bad_index_(const char *file, int line, IVMVirtualMachineCollection *coll,
                             LONG index, const WCHAR *source)
{
    IVMVirtualMachine *vm = (IVMVirtualMachine *)0xdeadbeef;
    WCHAR text[16];
    HRESULT hr;

    long_to_w(index, text, ARRAY_SIZE(text));
    clear_error_info();
    hr = IVMVirtualMachineCollection_get_Item(coll, index, &vm);
    ok_(file, line)(hr == DISP_E_BADINDEX, "Item(%d): unexpected hr %#x.\n", (int)index,
                    (unsigned)hr);
    ok_(file, line)(!vm, "Item(%d): got %p.\n", (int)index, vm);
    check_error_info_(file, line, source, text, NULL);
}

/* Collection members through IDispatch::Invoke. */
#define check_collection_dispatch(a, b) check_collection_dispatch_(__FILE__, __LINE__, a, b)
static void check_collection_dispatch_(const char *file, int line,
                                       IVMVirtualMachineCollection *coll, const WCHAR *source)
{
    IDispatch *disp = (IDispatch *)coll;
    IEnumVARIANT *enumvar;
    EXCEPINFO excepinfo;
    VARIANT arg, result;
    WCHAR text[16];
    LONG count = 0;
    HRESULT hr;

    check_dispid_(file, line, disp, L"Count", 1);
    check_dispid_(file, line, disp, L"Item", DISPID_VALUE);
    check_dispid_(file, line, disp, L"_NewEnum", DISPID_NEWENUM);
    check_unknown_name_(file, line, disp, L"Length");

    hr = invoke_get_(file, line, disp, L"Count", &result);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_I4, "Got type %#x.\n", V_VT(&result));
    IVMVirtualMachineCollection_get_Count(coll, &count);
    ok_(file, line)(V_I4(&result) == count, "Got %d, expected %d.\n", V_I4(&result), (int)count);

    /* Item is the default member; scripts pass any integer type. */
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 1;
    hr = invoke_id(disp, DISPID_VALUE, DISPATCH_PROPERTYGET, &arg, 1, &result, &excepinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n",
                    V_VT(&result));
    if (V_VT(&result) == VT_DISPATCH)
        check_interface_(file, line, (IUnknown *)V_DISPATCH(&result), &IID_IVMVirtualMachine, TRUE);
    VariantClear(&result);

    V_VT(&arg) = VT_I2;
    V_I2(&arg) = count;
    hr = invoke_id(disp, DISPID_VALUE, DISPATCH_METHOD | DISPATCH_PROPERTYGET, &arg, 1, &result,
                   &excepinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n",
                    V_VT(&result));
    VariantClear(&result);

    /* A string is converted like any other argument... */
    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"1");
    hr = invoke_id(disp, DISPID_VALUE, DISPATCH_PROPERTYGET, &arg, 1, &result, &excepinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_DISPATCH, "Got type %#x.\n", V_VT(&result));
    VariantClear(&result);
    VariantClear(&arg);

    /* ...so a string that is no number never reaches Item. */
    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"test");
    hr = invoke_id(disp, DISPID_VALUE, DISPATCH_PROPERTYGET, &arg, 1, &result, &excepinfo);
    ok_(file, line)(hr == DISP_E_TYPEMISMATCH, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_EMPTY, "Got type %#x.\n", V_VT(&result));
    VariantClear(&arg);

    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 0;
    hr = invoke_id(disp, DISPID_VALUE, DISPATCH_PROPERTYGET, &arg, 1, &result, &excepinfo);
    check_excepinfo_(file, line, hr, &excepinfo, DISP_E_BADINDEX, source, L"0", NULL);
    /* Wine's ITypeInfo::Invoke passes the NULL on; no object either way. */
    ok_(file, line)(V_VT(&result) == VT_EMPTY || (V_VT(&result) == VT_DISPATCH && !V_DISPATCH(&result)),
                    "Got type %#x.\n", V_VT(&result));
    VariantClear(&result);

    V_I4(&arg) = count + 1;
    long_to_w(count + 1, text, ARRAY_SIZE(text));
    hr = invoke_id(disp, DISPID_VALUE, DISPATCH_PROPERTYGET, &arg, 1, &result, &excepinfo);
    check_excepinfo_(file, line, hr, &excepinfo, DISP_E_BADINDEX, source, text, NULL);

    hr = invoke_id(disp, DISPID_NEWENUM, DISPATCH_PROPERTYGET, NULL, 0, &result, &excepinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_UNKNOWN, "Got type %#x.\n", V_VT(&result));
    VariantClear(&result);

    /* For Each: DISPID_NEWENUM read as VBScript does. */
    hr = invoke_id(disp, DISPID_NEWENUM, DISPATCH_METHOD | DISPATCH_PROPERTYGET, NULL, 0, &result,
                   &excepinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_UNKNOWN || V_VT(&result) == VT_DISPATCH,
                    "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_UNKNOWN || V_VT(&result) == VT_DISPATCH)
    {
        enumvar = NULL;
        hr = IUnknown_QueryInterface(V_UNKNOWN(&result), &IID_IEnumVARIANT, (void **)&enumvar);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        if (enumvar) IEnumVARIANT_Release(enumvar);
    }
    VariantClear(&result);

    /* new Enumerator(collection): Wine's JScript asks with DISPATCH_METHOD alone. */
    hr = invoke_id(disp, DISPID_NEWENUM, DISPATCH_METHOD, NULL, 0, &result, &excepinfo);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_UNKNOWN || V_VT(&result) == VT_DISPATCH,
                    "Got type %#x.\n", V_VT(&result));
    VariantClear(&result);

    /* A method call with an argument is not a property read. */
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 1;
    hr = invoke_id(disp, DISPID_NEWENUM, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok_(file, line)(hr == DISP_E_MEMBERNOTFOUND, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantClear(&result);
}

/* The VM an enumerator returned, compared with Item(index). */
#define check_enum_item(a, b, c) check_enum_item_(__FILE__, __LINE__, a, b, c)
static void check_enum_item_(const char *file, int line, VARIANT *v,
                             IVMVirtualMachineCollection *coll, LONG index)
{
    IVMVirtualMachine *vm = NULL, *item = NULL;
    BSTR name = NULL, expected = NULL;

    ok_(file, line)(V_VT(v) == VT_DISPATCH, "Got type %#x.\n", V_VT(v));
    if (V_VT(v) != VT_DISPATCH) return;
    IDispatch_QueryInterface(V_DISPATCH(v), &IID_IVMVirtualMachine, (void **)&vm);
    ok_(file, line)((IDispatch *)vm == V_DISPATCH(v), "Got %p, expected %p.\n", vm, V_DISPATCH(v));
    IVMVirtualMachineCollection_get_Item(coll, index, &item);
    if (vm) name = get_vm_name(vm);
    if (item) expected = get_vm_name(item);
    ok_(file, line)(name && expected && !lstrcmpW(name, expected), "Got %s, Item(%d) is %s.\n",
                    wine_dbgstr_w(name), (int)index, wine_dbgstr_w(expected));
    SysFreeString(name);
    SysFreeString(expected);
    if (vm) IVMVirtualMachine_Release(vm);
    if (item) IVMVirtualMachine_Release(item);
    VariantClear(v);
}

/* IEnumVARIANT over a collection of at least three VMs. */
#define check_enumerator(a) check_enumerator_(__FILE__, __LINE__, a)
static void check_enumerator_(const char *file, int line, IVMVirtualMachineCollection *coll)
{
    IEnumVARIANT *enumvar = NULL, *clone;
    VARIANT v[10];
    ULONG fetched;
    LONG count = 0, i;
    IUnknown *unk;
    HRESULT hr;

    IVMVirtualMachineCollection_get_Count(coll, &count);
    ok_(file, line)(count >= 3 && count <= 8, "Got %d VMs.\n", (int)count);
    if (count < 3 || count > 8) return;

    hr = IVMVirtualMachineCollection_get__NewEnum(coll, &unk);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) return;
    check_interface_(file, line, unk, &IID_IEnumVARIANT, TRUE);
    check_interface_(file, line, unk, &IID_IUnknown, TRUE);
    check_interface_(file, line, unk, &IID_IDispatch, FALSE);
    check_interface_(file, line, unk, &IID_IProvideClassInfo, FALSE);
    check_interface_(file, line, unk, &IID_IVMVirtualMachineCollection, FALSE);
    hr = IUnknown_QueryInterface(unk, &IID_IEnumVARIANT, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    IUnknown_QueryInterface(unk, &IID_IEnumVARIANT, (void **)&enumvar);
    IUnknown_Release(unk);
    if (!enumvar) return;

    /* For Each: Next(1, &v, NULL) until S_FALSE, in Item order. */
    for (i = 1; i <= count; i++)
    {
        VariantInit(&v[0]);
        hr = IEnumVARIANT_Next(enumvar, 1, &v[0], NULL);
        ok_(file, line)(hr == S_OK, "Next %d: unexpected hr %#x.\n", (int)i, (unsigned)hr);
        check_enum_item_(file, line, &v[0], coll, i);
    }
    VariantInit(&v[0]);
    fetched = 0xdeadbeef;
    hr = IEnumVARIANT_Next(enumvar, 1, &v[0], &fetched);
    ok_(file, line)(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!fetched, "Fetched %u.\n", (unsigned)fetched);
    ok_(file, line)(V_VT(&v[0]) == VT_EMPTY, "Got type %#x.\n", V_VT(&v[0]));

    /* More than what is left: S_FALSE and what there was. */
    hr = IEnumVARIANT_Reset(enumvar);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    for (i = 0; i < (LONG)ARRAY_SIZE(v); i++) VariantInit(&v[i]);
    fetched = 0xdeadbeef;
    hr = IEnumVARIANT_Next(enumvar, count + 2, v, &fetched);
    ok_(file, line)(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(fetched == (ULONG)count, "Fetched %u, expected %d.\n", (unsigned)fetched, (int)count);
    for (i = 0; i < count; i++) check_enum_item_(file, line, &v[i], coll, i + 1);
    ok_(file, line)(V_VT(&v[count]) == VT_EMPTY, "Got type %#x.\n", V_VT(&v[count]));

    hr = IEnumVARIANT_Reset(enumvar);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    fetched = 0xdeadbeef;
    hr = IEnumVARIANT_Next(enumvar, 0, NULL, &fetched);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!fetched, "Fetched %u.\n", (unsigned)fetched);
    hr = IEnumVARIANT_Next(enumvar, 1, NULL, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    /* Skip within range, then past the end. */
    hr = IEnumVARIANT_Skip(enumvar, 1);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantInit(&v[0]);
    hr = IEnumVARIANT_Next(enumvar, 1, &v[0], NULL);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_enum_item_(file, line, &v[0], coll, 2);
    hr = IEnumVARIANT_Skip(enumvar, count);
    ok_(file, line)(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantInit(&v[0]);
    fetched = 0xdeadbeef;
    hr = IEnumVARIANT_Next(enumvar, 1, &v[0], &fetched);
    ok_(file, line)(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!fetched, "Fetched %u.\n", (unsigned)fetched);
    hr = IEnumVARIANT_Skip(enumvar, 1);
    ok_(file, line)(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);

    /* Reset rewinds. */
    hr = IEnumVARIANT_Reset(enumvar);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantInit(&v[0]);
    hr = IEnumVARIANT_Next(enumvar, 1, &v[0], NULL);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_enum_item_(file, line, &v[0], coll, 1);

    /* A clone starts where its original is, then moves on its own. */
    hr = IEnumVARIANT_Clone(enumvar, NULL);
    ok_(file, line)(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    clone = NULL;
    hr = IEnumVARIANT_Clone(enumvar, &clone);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (clone)
    {
        EXPECT_REF(clone, 1);
        VariantInit(&v[0]);
        hr = IEnumVARIANT_Next(clone, 1, &v[0], NULL);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_enum_item_(file, line, &v[0], coll, 2);
        hr = IEnumVARIANT_Skip(clone, count);
        ok_(file, line)(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);

        VariantInit(&v[0]);
        hr = IEnumVARIANT_Next(enumvar, 1, &v[0], NULL);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_enum_item_(file, line, &v[0], coll, 2);

        hr = IEnumVARIANT_Reset(clone);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        VariantInit(&v[0]);
        hr = IEnumVARIANT_Next(enumvar, 1, &v[0], NULL);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_enum_item_(file, line, &v[0], coll, 3);
        VariantInit(&v[0]);
        hr = IEnumVARIANT_Next(clone, 1, &v[0], NULL);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_enum_item_(file, line, &v[0], coll, 1);
        IEnumVARIANT_Release(clone);
    }
    IEnumVARIANT_Release(enumvar);
}

/* The accountant: the seven properties both products document */

struct usage
{
    ULONGLONG net_received, net_sent, disk_read, disk_written;
    LONG cpu, uptime;
    BYTE history[60];
};

/* All seven through the vtable; each must return 'expected' (S_OK for a
 * running VM, S_FALSE for one that is not) and write its output. */
#define read_usage(a, b, c) read_usage_(__FILE__, __LINE__, a, b, c)
static void read_usage_(const char *file, int line, IVMAccountant *acct, HRESULT expected,
                        struct usage *usage)
{
    VARIANT v;
    HRESULT hr;

    memset(usage, 0xcc, sizeof(*usage));

    V_VT(&v) = VT_I2;
    hr = IVMAccountant_get_NetworkBytesReceived(acct, &v);
    ok_(file, line)(hr == expected, "NetworkBytesReceived: unexpected hr %#x.\n", (unsigned)hr);
    usage->net_received = decimal_value_(file, line, &v);
    V_VT(&v) = VT_I2;
    hr = IVMAccountant_get_NetworkBytesSent(acct, &v);
    ok_(file, line)(hr == expected, "NetworkBytesSent: unexpected hr %#x.\n", (unsigned)hr);
    usage->net_sent = decimal_value_(file, line, &v);
    V_VT(&v) = VT_I2;
    hr = IVMAccountant_get_DiskBytesRead(acct, &v);
    ok_(file, line)(hr == expected, "DiskBytesRead: unexpected hr %#x.\n", (unsigned)hr);
    usage->disk_read = decimal_value_(file, line, &v);
    V_VT(&v) = VT_I2;
    hr = IVMAccountant_get_DiskBytesWritten(acct, &v);
    ok_(file, line)(hr == expected, "DiskBytesWritten: unexpected hr %#x.\n", (unsigned)hr);
    usage->disk_written = decimal_value_(file, line, &v);

    usage->cpu = 0xdeadbeef;
    hr = IVMAccountant_get_CPUUtilization(acct, &usage->cpu);
    ok_(file, line)(hr == expected, "CPUUtilization: unexpected hr %#x.\n", (unsigned)hr);
    usage->uptime = 0xdeadbeef;
    hr = IVMAccountant_get_UpTime(acct, &usage->uptime);
    ok_(file, line)(hr == expected, "UpTime: unexpected hr %#x.\n", (unsigned)hr);

    V_VT(&v) = VT_I2;
    hr = IVMAccountant_get_CPUUtilizationHistory(acct, &v);
    ok_(file, line)(hr == expected, "CPUUtilizationHistory: unexpected hr %#x.\n", (unsigned)hr);
    get_history_(file, line, &v, FALSE, usage->history);
    VariantClear(&v);
}

/* The same through IDispatch::Invoke, as scripts read them.  ITypeInfo::
 * Invoke reports any success of the method, S_FALSE included, as S_OK. */
#define read_usage_dispatch(a, b) read_usage_dispatch_(__FILE__, __LINE__, a, b)
static void read_usage_dispatch_(const char *file, int line, IVMAccountant *acct,
                                 struct usage *usage)
{
    static const WCHAR *counters[] =
    {
        L"NetworkBytesReceived", L"NetworkBytesSent", L"DiskBytesRead", L"DiskBytesWritten"
    };
    ULONGLONG *values[] =
    {
        &usage->net_received, &usage->net_sent, &usage->disk_read, &usage->disk_written
    };
    VARIANT v;
    HRESULT hr;
    int i;

    memset(usage, 0xcc, sizeof(*usage));
    for (i = 0; i < (int)ARRAY_SIZE(counters); i++)
    {
        hr = invoke_get_(file, line, (IDispatch *)acct, counters[i], &v);
        ok_(file, line)(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(counters[i]),
                        (unsigned)hr);
        *values[i] = decimal_value_(file, line, &v);
    }

    hr = invoke_get_(file, line, (IDispatch *)acct, L"CPUUtilization", &v);
    ok_(file, line)(hr == S_OK && V_VT(&v) == VT_I4, "CPUUtilization: hr %#x, type %#x.\n",
                    (unsigned)hr, V_VT(&v));
    usage->cpu = V_I4(&v);
    hr = invoke_get_(file, line, (IDispatch *)acct, L"UpTime", &v);
    ok_(file, line)(hr == S_OK && V_VT(&v) == VT_I4, "UpTime: hr %#x, type %#x.\n",
                    (unsigned)hr, V_VT(&v));
    usage->uptime = V_I4(&v);

    hr = invoke_get_(file, line, (IDispatch *)acct, L"CPUUtilizationHistory", &v);
    ok_(file, line)(hr == S_OK, "CPUUtilizationHistory: unexpected hr %#x.\n", (unsigned)hr);
    get_history_(file, line, &v, TRUE, usage->history);
    VariantClear(&v);
}

/* A VM that is not running: zeros everywhere, 60 zero samples. */
#define check_usage_zero(a) check_usage_zero_(__FILE__, __LINE__, a)
static void check_usage_zero_(const char *file, int line, const struct usage *usage)
{
    int i, nonzero = 0;

    ok_(file, line)(!usage->net_received && !usage->net_sent && !usage->disk_read &&
                    !usage->disk_written, "Got counters %s %s %s %s.\n",
                    wine_dbgstr_longlong(usage->net_received),
                    wine_dbgstr_longlong(usage->net_sent), wine_dbgstr_longlong(usage->disk_read),
                    wine_dbgstr_longlong(usage->disk_written));
    ok_(file, line)(!usage->cpu, "Got CPU %d.\n", (int)usage->cpu);
    ok_(file, line)(!usage->uptime, "Got uptime %d.\n", (int)usage->uptime);
    for (i = 0; i < 60; i++) if (usage->history[i]) nonzero++;
    ok_(file, line)(!nonzero, "Got %d non-zero samples.\n", nonzero);
}

/* A running VM whose vCPUs are all busy: every sample is 0 (a second not
 * observed) or the utilization, give or take 'slack'; at least one sample
 * is exactly the utilization. */
#define check_history_samples(a, b, c) check_history_samples_(__FILE__, __LINE__, a, b, c)
static void check_history_samples_(const char *file, int line, const BYTE *history, int expected,
                                   int slack)
{
    char text[256] = "";
    int i, seen = 0, wrong = 0, len = 0;

    for (i = 0; i < 60; i++)
    {
        if (history[i] == expected) seen++;
        else if (history[i] && abs(history[i] - expected) > slack)
        {
            wrong++;
            len += snprintf(text + len, sizeof(text) - len, " [%d] %u", i, history[i]);
        }
    }
    ok_(file, line)(seen >= 1, "No sample of %d%%.\n", expected);
    ok_(file, line)(!wrong, "Got %d samples other than 0 and %d:%s.\n", wrong, expected, text);
}

/* A running VM's counters as of a sample of the test driver taken between
 * t0 and t1 (microseconds since the epoch), for 'nics' NICs and 'disks'
 * disks that count from zero (the VM was already running when first seen). */
#define check_raw_counters(a, b, c, d, e) check_raw_counters_(__FILE__, __LINE__, a, b, c, d, e)
static void check_raw_counters_(const char *file, int line, const struct usage *usage, int nics,
                                int disks, ULONGLONG t0, ULONGLONG t1)
{
    ok_(file, line)(usage->net_received >= nics * (t0 / 10) &&
                    usage->net_received <= nics * (t1 / 10),
                    "Got %s bytes received, expected %s..%s.\n",
                    wine_dbgstr_longlong(usage->net_received),
                    wine_dbgstr_longlong(nics * (t0 / 10)), wine_dbgstr_longlong(nics * (t1 / 10)));
    ok_(file, line)(usage->net_sent >= nics * (t0 / 20) && usage->net_sent <= nics * (t1 / 20),
                    "Got %s bytes sent, expected %s..%s.\n", wine_dbgstr_longlong(usage->net_sent),
                    wine_dbgstr_longlong(nics * (t0 / 20)), wine_dbgstr_longlong(nics * (t1 / 20)));
    ok_(file, line)(usage->disk_read >= disks * (t0 / 20) && usage->disk_read <= disks * (t1 / 20),
                    "Got %s bytes read, expected %s..%s.\n", wine_dbgstr_longlong(usage->disk_read),
                    wine_dbgstr_longlong(disks * (t0 / 20)), wine_dbgstr_longlong(disks * (t1 / 20)));
    ok_(file, line)(usage->disk_written >= disks * (t0 / 40) &&
                    usage->disk_written <= disks * (t1 / 40),
                    "Got %s bytes written, expected %s..%s.\n",
                    wine_dbgstr_longlong(usage->disk_written),
                    wine_dbgstr_longlong(disks * (t0 / 40)), wine_dbgstr_longlong(disks * (t1 / 40)));
}

#define check_range(a, b, c, d) check_range_(__FILE__, __LINE__, a, b, c, d)
static void check_range_(const char *file, int line, const char *what, ULONGLONG value,
                         ULONGLONG low, ULONGLONG high)
{
    ok_(file, line)(value >= low && value <= high, "Got %s %s, expected %s..%s.\n", what,
                    wine_dbgstr_longlong(value), wine_dbgstr_longlong(low),
                    wine_dbgstr_longlong(high));
}

/* Every getter refuses NULL. */
#define check_usage_null_pointers(a) check_usage_null_pointers_(__FILE__, __LINE__, a)
static void check_usage_null_pointers_(const char *file, int line, IVMAccountant *acct)
{
    check_null_pointer_(file, line, "CPUUtilization", IVMAccountant_get_CPUUtilization(acct, NULL));
    check_null_pointer_(file, line, "CPUUtilizationHistory",
                        IVMAccountant_get_CPUUtilizationHistory(acct, NULL));
    check_null_pointer_(file, line, "DiskBytesRead", IVMAccountant_get_DiskBytesRead(acct, NULL));
    check_null_pointer_(file, line, "DiskBytesWritten",
                        IVMAccountant_get_DiskBytesWritten(acct, NULL));
    check_null_pointer_(file, line, "NetworkBytesReceived",
                        IVMAccountant_get_NetworkBytesReceived(acct, NULL));
    check_null_pointer_(file, line, "NetworkBytesSent",
                        IVMAccountant_get_NetworkBytesSent(acct, NULL));
    check_null_pointer_(file, line, "UpTime", IVMAccountant_get_UpTime(acct, NULL));
}

/* The VM is gone: VM_E_VM_UNKNOWN, cleared outputs, and a description. */
#define check_usage_unknown(a, b, c) check_usage_unknown_(__FILE__, __LINE__, a, b, c)
static void check_usage_unknown_(const char *file, int line, IVMAccountant *acct,
                                 const WCHAR *name, const WCHAR *source)
{
    static const char *names[] =
    {
        "NetworkBytesReceived", "NetworkBytesSent", "DiskBytesRead", "DiskBytesWritten",
        "CPUUtilizationHistory",
    };
    HRESULT (STDMETHODCALLTYPE *const getters[])(IVMAccountant *, VARIANT *) =
    {
        acct->lpVtbl->get_NetworkBytesReceived, acct->lpVtbl->get_NetworkBytesSent,
        acct->lpVtbl->get_DiskBytesRead, acct->lpVtbl->get_DiskBytesWritten,
        acct->lpVtbl->get_CPUUtilizationHistory,
    };
    static const char *long_names[] = { "CPUUtilization", "UpTime" };
    HRESULT (STDMETHODCALLTYPE *const long_getters[])(IVMAccountant *, LONG *) =
    {
        acct->lpVtbl->get_CPUUtilization, acct->lpVtbl->get_UpTime,
    };
    LONG value;
    VARIANT v;
    int i;

    for (i = 0; i < (int)ARRAY_SIZE(getters); i++)
    {
        clear_error_info();
        V_VT(&v) = VT_I2;
        check_vm_gone_(file, line, names[i], getters[i](acct, &v), name, source);
        ok_(file, line)(V_VT(&v) == VT_EMPTY, "%s: got type %#x.\n", names[i], V_VT(&v));
    }
    for (i = 0; i < (int)ARRAY_SIZE(long_getters); i++)
    {
        clear_error_info();
        value = 0xdeadbeef;
        check_vm_gone_(file, line, long_names[i], long_getters[i](acct, &value), name, source);
        ok_(file, line)(!value, "%s: got %d.\n", long_names[i], (int)value);
    }
}

/* Lifecycle members and their tasks */

/* Only Windows Virtual PC's IVMTask reports the task's error (Virtual
 * Server's has that in IVMTask2), and only its VMs have Startup2: the
 * model's header tells which one the including file tests. */
#ifdef IVMTask_get_Error
#define TASK_HAS_ERROR 1
#endif

/* No VMVMState: the check is skipped (the VM is gone). */
#define NO_STATE ((VMVMState)-1)
/* While a Reset runs: Virtual Server's state diagram goes TurningOff,
 * DeleteMachine, TurningOn, then Running; any of the first three. */
#define RESETTING ((VMVMState)-2)

static BOOL returns_task(const WCHAR *method)
{
    return !lstrcmpW(method, L"Startup") || !lstrcmpW(method, L"Startup2") ||
           !lstrcmpW(method, L"TurnOff") || !lstrcmpW(method, L"Save") ||
           !lstrcmpW(method, L"Reset");
}

/* A lifecycle member by name through the vtable; 'option' is Startup2's. */
static HRESULT call_lifecycle(IVMVirtualMachine *vm, const WCHAR *method, LONG option,
                              IVMTask **task)
{
    if (!lstrcmpW(method, L"Startup")) return IVMVirtualMachine_Startup(vm, task);
#ifdef IVMVirtualMachine_Startup2
    if (!lstrcmpW(method, L"Startup2")) return IVMVirtualMachine_Startup2(vm, option, task);
#endif
    if (!lstrcmpW(method, L"TurnOff")) return IVMVirtualMachine_TurnOff(vm, task);
    if (!lstrcmpW(method, L"Save")) return IVMVirtualMachine_Save(vm, task);
    if (!lstrcmpW(method, L"Reset")) return IVMVirtualMachine_Reset(vm, task);
    if (!lstrcmpW(method, L"Pause")) return IVMVirtualMachine_Pause(vm);
    if (!lstrcmpW(method, L"Resume")) return IVMVirtualMachine_Resume(vm);
    if (!lstrcmpW(method, L"DiscardSavedState")) return IVMVirtualMachine_DiscardSavedState(vm);
    ok(0, "Unknown method %s.\n", wine_dbgstr_w(method));
    return E_UNEXPECTED;
}

/* The same through IDispatch::Invoke by DISPID, as a script calls it: the
 * task comes back as VT_DISPATCH, the other members return nothing. */
static HRESULT invoke_lifecycle_(const char *file, int line, IVMVirtualMachine *vm,
                                 const WCHAR *method, LONG option, IVMTask **task,
                                 EXCEPINFO *excepinfo)
{
    DISPID id = get_dispid((IDispatch *)vm, method);
    VARIANT arg, result;
    HRESULT hr;

    ok_(file, line)(id != DISPID_UNKNOWN, "No member %s.\n", wine_dbgstr_w(method));
    *task = NULL;
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = option;
    hr = invoke_id((IDispatch *)vm, id, DISPATCH_METHOD, &arg, !lstrcmpW(method, L"Startup2"),
                   &result, excepinfo);
    if (hr == S_OK && returns_task(method))
    {
        ok_(file, line)(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result),
                        "%s: got type %#x.\n", wine_dbgstr_w(method), V_VT(&result));
        if (V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result))
        {
            IDispatch_QueryInterface(V_DISPATCH(&result), &IID_IVMTask, (void **)task);
            ok_(file, line)((IDispatch *)*task == V_DISPATCH(&result), "Got %p, expected %p.\n",
                            *task, V_DISPATCH(&result));
        }
    }
    else if (hr == S_OK)
        ok_(file, line)(V_VT(&result) == VT_EMPTY, "%s: got type %#x.\n", wine_dbgstr_w(method),
                        V_VT(&result));
    else
        ok_(file, line)(V_VT(&result) == VT_EMPTY ||
                        (V_VT(&result) == VT_DISPATCH && !V_DISPATCH(&result)),
                        "%s: got type %#x.\n", wine_dbgstr_w(method), V_VT(&result));
    VariantClear(&result);
    return hr;
}

/* Starts a member that must succeed; its task, or NULL for the members that
 * return none. */
static IVMTask *start_lifecycle_(const char *file, int line, IVMVirtualMachine *vm,
                                 const WCHAR *method, LONG option, BOOL dispatch)
{
    IVMTask *task = NULL;
    EXCEPINFO excepinfo;
    HRESULT hr;

    if (dispatch)
    {
        hr = invoke_lifecycle_(file, line, vm, method, option, &task, &excepinfo);
        ok_(file, line)(hr == S_OK, "Invoke(%s): unexpected hr %#x, scode %#x, %s.\n",
                        wine_dbgstr_w(method), (unsigned)hr, (unsigned)excepinfo.scode,
                        wine_dbgstr_w(excepinfo.bstrDescription));
        SysFreeString(excepinfo.bstrSource);
        SysFreeString(excepinfo.bstrDescription);
        SysFreeString(excepinfo.bstrHelpFile);
    }
    else
    {
        hr = call_lifecycle(vm, method, option, returns_task(method) ? &task : NULL);
        ok_(file, line)(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(method),
                        (unsigned)hr);
    }
    if (FAILED(hr)) return NULL;
    if (returns_task(method))
        ok_(file, line)(task != NULL, "%s: no task.\n", wine_dbgstr_w(method));
    return task;
}

static void check_task_progress_(const char *file, int line, IVMTask *task,
                                 VARIANT_BOOL expect_complete, LONG expect_percent)
{
    VARIANT_BOOL complete = 0xcc;
    LONG percent = -1;
    HRESULT hr;

    hr = IVMTask_get_IsComplete(task, &complete);
    ok_(file, line)(hr == S_OK, "IsComplete: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(complete == expect_complete, "Got IsComplete %#x.\n", complete);
    hr = IVMTask_get_PercentCompleted(task, &percent);
    ok_(file, line)(hr == S_OK, "PercentCompleted: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(percent == expect_percent, "Got PercentCompleted %d.\n", (int)percent);
}

/* A task that was just started: the test delay keeps it running. */
#define check_task_running(a) check_task_progress_(__FILE__, __LINE__, a, VARIANT_FALSE, 0)

/* What every task says about itself whatever its outcome; returns its ID. */
static LONG check_task_done_(const char *file, int line, IVMTask *task, const WCHAR *action,
                             const WCHAR *name, const WCHAR *source, VMTaskResult expected)
{
    VARIANT_BOOL cancelable = 0xcc, complete;
    VMTaskResult result = 0xdeadbeef;
    BSTR description = NULL;
    LONG id = -1;
    HRESULT hr;

    check_task_progress_(file, line, task, VARIANT_TRUE, 100);
    hr = IVMTask_get_Result(task, &result);
    ok_(file, line)(hr == S_OK, "Result: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(result == expected, "Got Result %d, expected %d.\n", result, expected);
    hr = IVMTask_get_Description(task, &description);
    ok_(file, line)(hr == S_OK, "Description: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(contains_w(description, action) && contains_w(description, name),
                    "Description %s does not name %s and %s.\n", wine_dbgstr_w(description),
                    wine_dbgstr_w(action), wine_dbgstr_w(name));
    SysFreeString(description);
    hr = IVMTask_get_ID(task, &id);
    ok_(file, line)(hr == S_OK, "ID: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(id > 0, "Got ID %d.\n", (int)id);
    hr = IVMTask_get_IsCancelable(task, &cancelable);
    ok_(file, line)(hr == S_OK, "IsCancelable: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(cancelable == VARIANT_FALSE, "Got IsCancelable %#x.\n", cancelable);

    /* Done is done: no cancelling, and waiting again returns at once. */
    clear_error_info();
    hr = IVMTask_Cancel(task);
    ok_(file, line)(hr == E_FAIL, "Cancel: unexpected hr %#x.\n", (unsigned)hr);
    check_error_info_(file, line, source, L"cancel", NULL);
    hr = IVMTask_WaitForCompletion(task, 0);
    ok_(file, line)(hr == S_OK, "WaitForCompletion: unexpected hr %#x.\n", (unsigned)hr);
    complete = 0xcc;
    IVMTask_get_IsComplete(task, &complete);
    ok_(file, line)(complete == VARIANT_TRUE, "Got IsComplete %#x.\n", complete);
    return id;
}

/* A task that succeeded; returns its ID. */
#define check_task_succeeded(a, b, c, d) check_task_succeeded_(__FILE__, __LINE__, a, b, c, d)
static LONG check_task_succeeded_(const char *file, int line, IVMTask *task, const WCHAR *action,
                                  const WCHAR *name, const WCHAR *source)
{
    LONG id = check_task_done_(file, line, task, action, name, source, vmTaskResult_Success);
#ifdef TASK_HAS_ERROR
    BSTR description = (BSTR)0xdeadbeef;
    LONG error = 0xdeadbeef;
    HRESULT hr;

    hr = IVMTask_get_Error(task, &error);
    ok_(file, line)(hr == S_OK, "Error: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!error, "Got Error %#x.\n", (unsigned)error);
    hr = IVMTask_get_ErrorDescription(task, &description);
    ok_(file, line)(hr == S_OK, "ErrorDescription: unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, description, L"");
    SysFreeString(description);
#endif
    return id;
}

/* A task whose libvirt call failed with 'error': an unexpected error that
 * names the VM and its host. */
#define check_task_failed(a, b, c, d, e) check_task_failed_(__FILE__, __LINE__, a, b, c, d, e)
static void check_task_failed_(const char *file, int line, IVMTask *task, const WCHAR *action,
                               HRESULT error, const WCHAR *name, const WCHAR *source)
{
#ifdef TASK_HAS_ERROR
    BSTR description = NULL;
    LONG value = 0xdeadbeef;
    HRESULT hr;
#endif

    check_task_done_(file, line, task, action, name, source, vmTaskResult_UnexpectedError);
#ifdef TASK_HAS_ERROR
    hr = IVMTask_get_Error(task, &value);
    ok_(file, line)(hr == S_OK, "Error: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(value == error, "Got Error %#x, expected %#x.\n", (unsigned)value,
                    (unsigned)error);
    hr = IVMTask_get_ErrorDescription(task, &description);
    ok_(file, line)(hr == S_OK, "ErrorDescription: unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(contains_w(description, name) && contains_w(description, L"test:///default"),
                    "ErrorDescription %s does not name %s and its host.\n",
                    wine_dbgstr_w(description), wine_dbgstr_w(name));
    SysFreeString(description);
#endif
}

/*
 * One lifecycle member that must succeed, through the vtable or through
 * Invoke.  A task is first seen running with the VM in 'during', then
 * WaitForCompletion(-1) ends it and the very next read of State (no sleep:
 * a completed task makes reads fresh) gives 'after'.  The other members
 * return when done.  Returns the task's ID, 0 for those.
 */
#define run_lifecycle(a, b, c, d, e, f, g) \
    run_lifecycle_(__FILE__, __LINE__, a, b, 0, c, d, e, f, g)
static LONG run_lifecycle_(const char *file, int line, IVMVirtualMachine *vm,
                           const WCHAR *method, LONG option, BOOL dispatch, VMVMState during,
                           VMVMState after, const WCHAR *name, const WCHAR *source)
{
    const WCHAR *action = !lstrcmpW(method, L"Startup2") ? L"Startup" : method;
    IVMTask *task;
    LONG id;
    HRESULT hr;

    task = start_lifecycle_(file, line, vm, method, option, dispatch);
    if (!returns_task(method))
    {
        check_vm_state_(file, line, vm, after);
        return 0;
    }
    if (!task) return 0;

    expect_ref_(file, line, (IUnknown *)task, 1);
    check_task_progress_(file, line, task, VARIANT_FALSE, 0);
    if (during == RESETTING)
    {
        VMVMState state = 0xdeadbeef;

        hr = IVMVirtualMachine_get_State(vm, &state);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok_(file, line)(state == vmVMState_TurningOff || state == vmVMState_DeleteMachine ||
                        state == vmVMState_TurningOn, "Got state %d while resetting.\n", state);
    }
    else check_vm_state_(file, line, vm, during);
    hr = IVMTask_WaitForCompletion(task, -1);
    ok_(file, line)(hr == S_OK, "WaitForCompletion: unexpected hr %#x.\n", (unsigned)hr);
    check_vm_state_(file, line, vm, after);
    id = check_task_succeeded_(file, line, task, action, name, source);
    IVMTask_Release(task);
    return id;
}

/*
 * One lifecycle member that must fail with 'expected' and a description
 * naming 'part1' and 'part2': through the vtable (no task, the description
 * in the error info) and through Invoke (DISP_E_EXCEPTION, the HRESULT in
 * EXCEPINFO).  Nothing starts: the VM stays in 'state'.
 */
#define check_lifecycle_error(a, b, c, d, e, f) \
    check_lifecycle_error_(__FILE__, __LINE__, a, b, 0, c, d, L"test:///default", e, f)
#define check_lifecycle_busy(a, b, c, d, e) \
    check_lifecycle_error_(__FILE__, __LINE__, a, b, 0, DISP_E_EXCEPTION, c, L"busy", d, e)
static void check_lifecycle_error_(const char *file, int line, IVMVirtualMachine *vm,
                                   const WCHAR *method, LONG option, HRESULT expected,
                                   const WCHAR *part1, const WCHAR *part2, VMVMState state,
                                   const WCHAR *source)
{
    IVMTask *task = (IVMTask *)0xdeadbeef;
    EXCEPINFO excepinfo;
    HRESULT hr;

    clear_error_info();
    hr = call_lifecycle(vm, method, option, returns_task(method) ? &task : NULL);
    ok_(file, line)(hr == expected, "%s: got hr %#x, expected %#x.\n", wine_dbgstr_w(method),
                    (unsigned)hr, (unsigned)expected);
    if (returns_task(method))
    {
        ok_(file, line)(!task, "%s: got task %p.\n", wine_dbgstr_w(method), task);
        if (SUCCEEDED(hr) && task)
        {
            IVMTask_WaitForCompletion(task, -1);
            IVMTask_Release(task);
        }
    }
    check_error_info_(file, line, source, part1, part2);
    if (state != NO_STATE) check_vm_state_(file, line, vm, state);

    hr = invoke_lifecycle_(file, line, vm, method, option, &task, &excepinfo);
    check_excepinfo_(file, line, hr, &excepinfo, expected, source, part1, part2);
    if (task)
    {
        IVMTask_WaitForCompletion(task, -1);
        IVMTask_Release(task);
    }
    if (state != NO_STATE) check_vm_state_(file, line, vm, state);
}

/* Every lifecycle member of a VM that is gone: VM_E_VM_UNKNOWN. */
#define check_lifecycle_unknown(a, b, c) check_lifecycle_unknown_(__FILE__, __LINE__, a, b, c)
static void check_lifecycle_unknown_(const char *file, int line, IVMVirtualMachine *vm,
                                     const WCHAR *name, const WCHAR *source)
{
    static const WCHAR *methods[] =
    {
        L"Startup", L"TurnOff", L"Save", L"Reset", L"Pause", L"Resume", L"DiscardSavedState",
#ifdef IVMVirtualMachine_Startup2
        L"Startup2",
#endif
    };
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(methods); i++)
        check_lifecycle_error_(file, line, vm, methods[i], 0, VM_E_VM_UNKNOWN, name,
                               L"test:///default", NO_STATE, source);
}

/* A task-returning member given no place for its task: E_POINTER, and
 * nothing started (a started task would show in State at once). */
#define check_lifecycle_null(a, b, c) check_lifecycle_null_(__FILE__, __LINE__, a, b, 0, c)
static void check_lifecycle_null_(const char *file, int line, IVMVirtualMachine *vm,
                                  const WCHAR *method, LONG option, VMVMState state)
{
    HRESULT hr;

    hr = call_lifecycle(vm, method, option, NULL);
    ok_(file, line)(hr == E_POINTER, "%s: unexpected hr %#x.\n", wine_dbgstr_w(method),
                    (unsigned)hr);
    check_vm_state_(file, line, vm, state);
}

/* The accountant of a VM that (re)started moments ago: counters within one
 * second's worth of the test driver's traffic (see check_raw_counters), for
 * 'nics' NICs and 'disks' disks. */
#define check_usage_restarted(a, b, c, d) check_usage_restarted_(__FILE__, __LINE__, a, b, c, d)
static void check_usage_restarted_(const char *file, int line, IVMAccountant *acct, int nics,
                                   int disks, struct usage *usage)
{
    read_usage_(file, line, acct, S_OK, usage);
    ok_(file, line)(usage->net_received < nics * 100000ull && usage->net_sent < nics * 50000ull &&
                    usage->disk_read < disks * 50000ull && usage->disk_written < disks * 25000ull,
                    "Got counters %s %s %s %s.\n", wine_dbgstr_longlong(usage->net_received),
                    wine_dbgstr_longlong(usage->net_sent), wine_dbgstr_longlong(usage->disk_read),
                    wine_dbgstr_longlong(usage->disk_written));
}

/* IDispatch::Invoke's edges, for every member the object's type information
 * lists: what must be refused before the member runs. */

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

/* 'extra_ok' is a member (DISPID) that takes one argument more than its
 * type information says, as CPUUtilizationHistory(i) does; else
 * DISPID_UNKNOWN.  Returns how many members were checked. */
#define check_invoke_edges(a, b, c) check_invoke_edges_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static unsigned int check_invoke_edges_(const char *file, int line, IDispatch *disp,
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

#endif /* TESTUTIL_WINE_H */
