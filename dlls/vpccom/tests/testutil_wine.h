/*
 * Helpers shared by the conformance tests of both object models, those
 * that do not depend on a model's header (testutil_wine.c); the ones that
 * do are compiled per model from model_testutil.h.
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

extern virConnectPtr conn;

/* In-process backend: libvirt's test driver is then shared with this
 * process, which defines, starts and stops the domains the tests read. */
BOOL init_test_environment(void);

void cleanup_test_environment(void);

void wait_for_host(void);

/* libvirt */

#define define_domain(a, b, c, d) define_domain_(__FILE__, __LINE__, a, b, c, d)
virDomainPtr define_domain_(const char *file, int line, const char *name, int nics,
                            int disks, int vcpus);

#define start_domain(a) start_domain_(__FILE__, __LINE__, a)
void start_domain_(const char *file, int line, virDomainPtr dom);

#define remove_domain(a) remove_domain_(__FILE__, __LINE__, a)
void remove_domain_(const char *file, int line, virDomainPtr dom);

/* The names of every domain of the host, sorted as the collections are. */
int get_sorted_domain_names(char ***ret);

void free_names(char **names, int count);

/* The tests leave test:///default as they found it: one domain. */
void check_domains_cleaned_up(void);

WCHAR *utf8_to_wide(const char *str);

/* Microseconds since the Unix epoch: the test driver's counter clock. */
ULONGLONG unix_time_us(void);

/* Strings */

BOOL contains_w(const WCHAR *str, const WCHAR *part);

void long_to_w(LONG value, WCHAR *buf, int size);

#define check_bstr(a, b) check_bstr_(__FILE__, __LINE__, a, b)
void check_bstr_(const char *file, int line, BSTR str, const WCHAR *expected);

/* COM identity, interfaces, type information */

#define EXPECT_REF(obj, ref) expect_ref_(__FILE__, __LINE__, (IUnknown *)(obj), ref)
void expect_ref_(const char *file, int line, IUnknown *obj, ULONG expected);

#define check_interface(a, b, c) check_interface_(__FILE__, __LINE__, (IUnknown *)(a), b, c)
void check_interface_(const char *file, int line, IUnknown *iface, REFIID iid,
                      BOOL supported);

#define check_typeattr(a, b, c) check_typeattr_(__FILE__, __LINE__, a, b, c)
void check_typeattr_(const char *file, int line, ITypeInfo *typeinfo, REFGUID guid,
                     TYPEKIND kind);

/*
 * What every object of the models answers: IUnknown, IDispatch, its own
 * interface and IProvideClassInfo; never IDispatchEx (VBScript would try
 * it first), IObjectWithSite or IEnumVARIANT; one identity; the coclass
 * through IProvideClassInfo and its interface through IDispatch.
 */
#define check_object(a, b, c) check_object_(__FILE__, __LINE__, (IUnknown *)(a), b, c)
void check_object_(const char *file, int line, IUnknown *obj, REFIID iid, REFCLSID clsid);

/* IDispatch */

DISPID get_dispid(IDispatch *disp, const WCHAR *name);

/* Names are looked up case-insensitively: scripts write "Uptime". */
#define check_dispid(a, b, c) check_dispid_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
void check_dispid_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                   DISPID expected);

/* Every name of the object's type information, inherited IDispatch members
 * included, gives the DISPID ITypeInfo::GetIDsOfNames gives, in upper case
 * too: the DLL answers most names from a table of its own. */
#define check_names_as_typeinfo(a) check_names_as_typeinfo_(__FILE__, __LINE__, (IDispatch *)(a))
void check_names_as_typeinfo_(const char *file, int line, IDispatch *disp);

#define check_unknown_name(a, b) check_unknown_name_(__FILE__, __LINE__, (IDispatch *)(a), b)
void check_unknown_name_(const char *file, int line, IDispatch *disp, const WCHAR *name);

/* A member and the DISPID its IDL gives it; DISPID_UNKNOWN for a name the
 * object must not know. */
struct member
{
    const WCHAR *name;
    DISPID id;
};

#define check_members(a, b) check_members_(__FILE__, __LINE__, (IDispatch *)(a), b, ARRAY_SIZE(b))
void check_members_(const char *file, int line, IDispatch *disp,
                    const struct member *members, unsigned int count);

/* Arguments in the order a script writes them. */
HRESULT invoke_id(IDispatch *disp, DISPID id, WORD flags, VARIANT *args, UINT count,
                  VARIANT *result, EXCEPINFO *excepinfo);

/* A property read as a script does it. */
#define invoke_get(a, b, c) invoke_get_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
HRESULT invoke_get_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                    VARIANT *result);

/* Errors: descriptions set with SetErrorInfo */

void clear_error_info(void);

#define check_error_info(a, b, c) check_error_info_(__FILE__, __LINE__, a, b, c)
void check_error_info_(const char *file, int line, const WCHAR *source, const WCHAR *part1,
                       const WCHAR *part2);

/* A failed Invoke: DISP_E_EXCEPTION, the HRESULT and the description in
 * EXCEPINFO.  Frees the EXCEPINFO strings. */
#define check_excepinfo(a, b, c, d, e, f) check_excepinfo_(__FILE__, __LINE__, a, b, c, d, e, f)
void check_excepinfo_(const char *file, int line, HRESULT hr, EXCEPINFO *excepinfo,
                      HRESULT scode, const WCHAR *source, const WCHAR *part1,
                      const WCHAR *part2);

/* Values */

/* Byte counters: VT_DECIMAL holding an unsigned integer. */
#define decimal_value(a) decimal_value_(__FILE__, __LINE__, a)
ULONGLONG decimal_value_(const char *file, int line, const VARIANT *v);

#define check_r8(a, b) check_r8_(__FILE__, __LINE__, a, b)
void check_r8_(const char *file, int line, const VARIANT *v, double expected);

/* CPUUtilizationHistory: 60 per-second samples from index 0; a byte array
 * through the vtable, an array of VT_UI1 VARIANTs through IDispatch. */
#define get_history(a, b, c) get_history_(__FILE__, __LINE__, a, b, c)
void get_history_(const char *file, int line, const VARIANT *v, BOOL from_invoke,
                  BYTE *samples);

/* A getter given NULL for its output: E_POINTER. */
#define check_null_pointer(a, b) check_null_pointer_(__FILE__, __LINE__, a, b)
void check_null_pointer_(const char *file, int line, const char *member, HRESULT hr);

/* IDispatch::Invoke's edges, for every member the object's type information
 * lists: what must be refused before the member runs. */

/* 'extra_ok' is a member (DISPID) that takes one argument more than its
 * type information says, as CPUUtilizationHistory(i) does; else
 * DISPID_UNKNOWN.  Returns how many members were checked. */
#define check_invoke_edges(a, b, c) check_invoke_edges_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
unsigned int check_invoke_edges_(const char *file, int line, IDispatch *disp,
                                 const char *object, DISPID extra_ok);

#endif /* TESTUTIL_WINE_H */
