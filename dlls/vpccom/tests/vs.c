/*
 * Conformance tests of the Virtual Server 2005 object model (VirtualServer.Application).
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
 * The tests run against libvirt's test driver (test:///default), shared
 * with the DLL's in-process backend: they define, start and stop domains
 * with libvirt and read them back through the COM objects.  The node has
 * 16 CPUs, so a VM with 4 vCPUs may use at most 25 % of it.
 */

#define COBJMACROS

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "ole2.h"
#include "ocidl.h"
#include "dispex.h"
/* Only this model's GUIDs are defined here; the system ones come from libuuid. */
#include "initguid.h"
#define VSCOM_DISTINCT_GUIDS
#include "VsComInterfaces.h"

#include "vpctest.h"
#include "testutil_wine.h"

/* Windows Virtual PC's IVMAccountant and IVMTask: other contracts, other IIDs. */
DEFINE_GUID(IID_VPC_IVMAccountant, 0x6376c067, 0x7f57, 0x4d63, 0xb7,0x54, 0x06,0xe2,0xe4,0xf5,0x1d,0x73);
DEFINE_GUID(IID_VPC_IVMTask, 0xab72b222, 0x6e9c, 0x48ae, 0xaa,0x54, 0x85,0xe3,0xe6,0x35,0x76,0x7c);

static const WCHAR source[] = L"VirtualServer.Application";

static IVMVirtualServer *create_vs(void)
{
    IVMVirtualServer *vs = NULL;
    HRESULT hr;

    hr = CoCreateInstance(&CLSID_VMVirtualServer, NULL, CLSCTX_INPROC_SERVER, &IID_IVMVirtualServer,
                          (void **)&vs);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    return vs;
}

#define find_vm(a, b) find_vm_(__LINE__, a, b)
static IVMVirtualMachine *find_vm_(int line, IVMVirtualServer *vs, const WCHAR *name)
{
    IVMVirtualMachine *vm = NULL;
    BSTR str = SysAllocString(name);
    HRESULT hr;

    hr = IVMVirtualServer_FindVirtualMachine(vs, str, &vm);
    ok_(__FILE__, line)(hr == S_OK && vm, "%s: unexpected hr %#x.\n", wine_dbgstr_w(name),
                        (unsigned)hr);
    SysFreeString(str);
    return vm;
}

#define get_accountant(a) get_accountant_(__LINE__, a)
static IVMAccountant *get_accountant_(int line, IVMVirtualMachine *vm)
{
    IVMAccountant *acct = NULL;
    HRESULT hr;

    hr = IVMVirtualMachine_get_Accountant(vm, &acct);
    ok_(__FILE__, line)(hr == S_OK && acct, "Unexpected hr %#x.\n", (unsigned)hr);
    return acct;
}

#define get_collection(a) get_collection_(__LINE__, a)
static IVMVirtualMachineCollection *get_collection_(int line, IVMVirtualServer *vs)
{
    IVMVirtualMachineCollection *coll = NULL;
    HRESULT hr;

    hr = IVMVirtualServer_get_VirtualMachines(vs, &coll);
    ok_(__FILE__, line)(hr == S_OK && coll, "Unexpected hr %#x.\n", (unsigned)hr);
    return coll;
}

/* Virtual Server's scheduling members: capacities are Doubles, percents
 * of the host; the weight is a long. */
struct scheduling
{
    double allowable_maximum, allowable_reserved, maximum, reserved;
    LONG weight;
};

static void read_scheduling_(int line, IVMAccountant *acct, struct scheduling *sched)
{
    HRESULT (STDMETHODCALLTYPE *const getters[])(IVMAccountant *, VARIANT *) =
    {
        acct->lpVtbl->get_AllowableMaximumSystemCapacity,
        acct->lpVtbl->get_AllowableReservedSystemCapacity,
        acct->lpVtbl->get_MaximumSystemCapacity, acct->lpVtbl->get_ReservedSystemCapacity,
    };
    double *values[] =
    {
        &sched->allowable_maximum, &sched->allowable_reserved, &sched->maximum, &sched->reserved,
    };
    unsigned int i;
    VARIANT v;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(getters); i++)
    {
        V_VT(&v) = VT_I2;
        hr = getters[i](acct, &v);
        ok_(__FILE__, line)(hr == S_OK, "Capacity %u: unexpected hr %#x.\n", i, (unsigned)hr);
        ok_(__FILE__, line)(V_VT(&v) == VT_R8, "Capacity %u: got type %#x.\n", i, V_VT(&v));
        *values[i] = V_VT(&v) == VT_R8 ? V_R8(&v) : -1;
    }
    sched->weight = 0xdeadbeef;
    hr = IVMAccountant_get_RelativeWeight(acct, &sched->weight);
    ok_(__FILE__, line)(hr == S_OK, "RelativeWeight: unexpected hr %#x.\n", (unsigned)hr);
}

/* The same through IDispatch: VT_R8 and VT_I4. */
static void read_scheduling_dispatch_(int line, IVMAccountant *acct, struct scheduling *sched)
{
    static const WCHAR *names[] =
    {
        L"AllowableMaximumSystemCapacity", L"AllowableReservedSystemCapacity",
        L"MaximumSystemCapacity", L"ReservedSystemCapacity",
    };
    double *values[] =
    {
        &sched->allowable_maximum, &sched->allowable_reserved, &sched->maximum, &sched->reserved,
    };
    unsigned int i;
    VARIANT v;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(names); i++)
    {
        hr = invoke_get_(__FILE__, line, (IDispatch *)acct, names[i], &v);
        ok_(__FILE__, line)(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(names[i]),
                            (unsigned)hr);
        ok_(__FILE__, line)(V_VT(&v) == VT_R8, "%s: got type %#x.\n", wine_dbgstr_w(names[i]),
                            V_VT(&v));
        *values[i] = V_VT(&v) == VT_R8 ? V_R8(&v) : -1;
    }
    hr = invoke_get_(__FILE__, line, (IDispatch *)acct, L"RelativeWeight", &v);
    ok_(__FILE__, line)(hr == S_OK, "RelativeWeight: unexpected hr %#x.\n", (unsigned)hr);
    ok_(__FILE__, line)(V_VT(&v) == VT_I4, "RelativeWeight: got type %#x.\n", V_VT(&v));
    sched->weight = V_I4(&v);
}

static BOOL equal_r8(double a, double b)
{
    return a > b - 1e-9 && a < b + 1e-9;
}

#define check_scheduling(a, b, c, d, e, f) check_scheduling_(__LINE__, FALSE, a, b, c, d, e, f)
#define check_scheduling_dispatch(a, b, c, d, e, f) check_scheduling_(__LINE__, TRUE, a, b, c, d, e, f)
static void check_scheduling_(int line, BOOL dispatch, IVMAccountant *acct,
                              double allowable_maximum, double allowable_reserved, double maximum,
                              double reserved, LONG weight)
{
    struct scheduling sched;

    if (dispatch) read_scheduling_dispatch_(line, acct, &sched);
    else read_scheduling_(line, acct, &sched);
    ok_(__FILE__, line)(equal_r8(sched.allowable_maximum, allowable_maximum),
                        "Got allowable maximum %.17g, expected %.17g.\n", sched.allowable_maximum,
                        allowable_maximum);
    ok_(__FILE__, line)(equal_r8(sched.allowable_reserved, allowable_reserved),
                        "Got allowable reserved %.17g, expected %.17g.\n",
                        sched.allowable_reserved, allowable_reserved);
    ok_(__FILE__, line)(equal_r8(sched.maximum, maximum), "Got maximum %.17g, expected %.17g.\n",
                        sched.maximum, maximum);
    ok_(__FILE__, line)(equal_r8(sched.reserved, reserved), "Got reserved %.17g, expected %.17g.\n",
                        sched.reserved, reserved);
    ok_(__FILE__, line)(sched.weight == weight, "Got weight %d, expected %d.\n", (int)sched.weight,
                        (int)weight);
}

static HRESULT set_scheduling(IVMAccountant *acct, double reserved, double maximum, LONG weight)
{
    VARIANT r, m;

    V_VT(&r) = VT_R8;
    V_R8(&r) = reserved;
    V_VT(&m) = VT_R8;
    V_R8(&m) = maximum;
    return IVMAccountant_SetSchedulingParameters(acct, r, m, weight);
}

/* Refused with E_INVALIDARG and a description naming the VM. */
#define check_invalid_scheduling(a, b, c, d, e) check_invalid_scheduling_(__LINE__, a, b, c, d, e)
static void check_invalid_scheduling_(int line, IVMAccountant *acct, double reserved,
                                      double maximum, LONG weight, const WCHAR *name)
{
    HRESULT hr;

    clear_error_info();
    hr = set_scheduling(acct, reserved, maximum, weight);
    ok_(__FILE__, line)(hr == E_INVALIDARG, "(%g, %g, %d): unexpected hr %#x.\n", reserved,
                        maximum, (int)weight, (unsigned)hr);
    check_error_info_(__FILE__, line, source, name, L"test:///default");
}

#define check_available_capacity(a, b) check_available_capacity_(__LINE__, a, b)
static void check_available_capacity_(int line, IVMVirtualServer *vs, double expected)
{
    VARIANT v;
    HRESULT hr;

    V_VT(&v) = VT_I2;
    hr = IVMVirtualServer_get_AvailableSystemCapacity(vs, &v);
    ok_(__FILE__, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_r8_(__FILE__, line, &v, expected);
}

static void check_scheduling_null_pointers(IVMAccountant *acct)
{
    HRESULT hr;

    hr = IVMAccountant_get_AllowableMaximumSystemCapacity(acct, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMAccountant_get_AllowableReservedSystemCapacity(acct, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMAccountant_get_MaximumSystemCapacity(acct, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMAccountant_get_ReservedSystemCapacity(acct, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMAccountant_get_RelativeWeight(acct, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
}

/* The VM is gone: the scheduling members fail like the others. */
static void check_scheduling_unknown(IVMAccountant *acct, const WCHAR *name)
{
    HRESULT (STDMETHODCALLTYPE *const getters[])(IVMAccountant *, VARIANT *) =
    {
        acct->lpVtbl->get_AllowableMaximumSystemCapacity,
        acct->lpVtbl->get_AllowableReservedSystemCapacity,
        acct->lpVtbl->get_MaximumSystemCapacity, acct->lpVtbl->get_ReservedSystemCapacity,
    };
    unsigned int i;
    LONG weight;
    VARIANT v;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(getters); i++)
    {
        clear_error_info();
        V_VT(&v) = VT_I2;
        hr = getters[i](acct, &v);
        ok(hr == VM_E_VM_UNKNOWN, "Capacity %u: unexpected hr %#x.\n", i, (unsigned)hr);
        ok(V_VT(&v) == VT_EMPTY, "Capacity %u: got type %#x.\n", i, V_VT(&v));
        check_error_info(source, name, L"test:///default");
    }
    clear_error_info();
    weight = 0xdeadbeef;
    hr = IVMAccountant_get_RelativeWeight(acct, &weight);
    ok(hr == VM_E_VM_UNKNOWN, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!weight, "Got %d.\n", (int)weight);
    check_error_info(source, name, L"test:///default");

    clear_error_info();
    hr = set_scheduling(acct, 0, 10, 100);
    ok(hr == VM_E_VM_UNKNOWN, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, name, L"test:///default");
}

/* Seconds this process has run: a bound for the in-process backend's age. */
static LONG process_age(void)
{
    FILETIME created, exited, kernel, user, now;
    ULARGE_INTEGER a, b;

    GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user);
    GetSystemTimeAsFileTime(&now);
    a.u.LowPart = created.dwLowDateTime;
    a.u.HighPart = created.dwHighDateTime;
    b.u.LowPart = now.dwLowDateTime;
    b.u.HighPart = now.dwHighDateTime;
    return (b.QuadPart - a.QuadPart) / 10000000;
}

static void test_create(void)
{
    IClassFactory *factory;
    IVMVirtualServer *vs;
    LPOLESTR progid;
    IUnknown *unk;
    CLSID clsid;
    HRESULT hr;

    hr = CLSIDFromProgID(L"VirtualServer.Application", &clsid);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(IsEqualCLSID(&clsid, &CLSID_VMVirtualServer), "Got %s.\n", wine_dbgstr_guid(&clsid));
    hr = CLSIDFromProgID(L"VirtualServer.Application.1", &clsid);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(IsEqualCLSID(&clsid, &CLSID_VMVirtualServer), "Got %s.\n", wine_dbgstr_guid(&clsid));
    hr = ProgIDFromCLSID(&CLSID_VMVirtualServer, &progid);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr == S_OK)
    {
        ok(!lstrcmpW(progid, L"VirtualServer.Application.1"), "Got %s.\n", wine_dbgstr_w(progid));
        CoTaskMemFree(progid);
    }

    vs = NULL;
    hr = CoCreateInstance(&CLSID_VMVirtualServer, NULL, CLSCTX_INPROC_SERVER, &IID_IVMVirtualServer,
                          (void **)&vs);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (vs) IVMVirtualServer_Release(vs);

    unk = (IUnknown *)0xdeadbeef;
    hr = CoCreateInstance(&CLSID_VMVirtualServer, (IUnknown *)0xdeadbeef, CLSCTX_INPROC_SERVER,
                          &IID_IUnknown, (void **)&unk);
    ok(hr == CLASS_E_NOAGGREGATION, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!unk, "Got %p.\n", unk);

    unk = (IUnknown *)0xdeadbeef;
    hr = CoCreateInstance(&CLSID_VMVirtualServer, NULL, CLSCTX_INPROC_SERVER, &IID_IEnumVARIANT,
                          (void **)&unk);
    ok(hr == E_NOINTERFACE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!unk, "Got %p.\n", unk);

    /* DllGetClassObject */
    hr = CoGetClassObject(&CLSID_VMVirtualServer, CLSCTX_INPROC_SERVER, NULL, &IID_IClassFactory,
                          (void **)&factory);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) return;
    check_interface(factory, &IID_IUnknown, TRUE);
    check_interface(factory, &IID_IDispatch, FALSE);
    check_interface(factory, &IID_IVMVirtualServer, FALSE);

    unk = (IUnknown *)0xdeadbeef;
    hr = IClassFactory_CreateInstance(factory, (IUnknown *)0xdeadbeef, &IID_IUnknown, (void **)&unk);
    ok(hr == CLASS_E_NOAGGREGATION, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!unk, "Got %p.\n", unk);
    hr = IClassFactory_CreateInstance(factory, NULL, &IID_IVMVirtualServer, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    unk = NULL;
    hr = IClassFactory_CreateInstance(factory, NULL, &IID_IVMVirtualServer, (void **)&unk);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (unk)
    {
        EXPECT_REF(unk, 1);
        IUnknown_Release(unk);
    }
    hr = IClassFactory_LockServer(factory, TRUE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IClassFactory_LockServer(factory, FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    IClassFactory_Release(factory);
}

static void test_query_interface(void)
{
    IVMVirtualMachineCollection *coll;
    IUnknown *unk, *unk2, *enumvar;
    IVMVirtualMachine *vm;
    IVMAccountant *acct;
    IVMVirtualServer *vs;
    HRESULT hr;

    if (!(vs = create_vs())) return;
    check_object(vs, &IID_IVMVirtualServer, &CLSID_VMVirtualServer);
    check_interface(vs, &IID_IVMVirtualMachineCollection, FALSE);

    if ((coll = get_collection(vs)))
    {
        check_object(coll, &IID_IVMVirtualMachineCollection, &CLSID_VMVirtualMachineCollection);
        check_interface(coll, &IID_IVMVirtualMachine, FALSE);

        /* The enumerator is no automation object. */
        hr = IVMVirtualMachineCollection_get__NewEnum(coll, &enumvar);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        if (hr == S_OK)
        {
            check_interface(enumvar, &IID_IEnumVARIANT, TRUE);
            check_interface(enumvar, &IID_IUnknown, TRUE);
            check_interface(enumvar, &IID_IDispatch, FALSE);
            check_interface(enumvar, &IID_IDispatchEx, FALSE);
            check_interface(enumvar, &IID_IObjectWithSite, FALSE);
            check_interface(enumvar, &IID_IProvideClassInfo, FALSE);
            hr = IUnknown_QueryInterface(enumvar, &IID_IEnumVARIANT, NULL);
            ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
            IUnknown_QueryInterface(enumvar, &IID_IEnumVARIANT, (void **)&unk);
            IUnknown_QueryInterface(unk, &IID_IUnknown, (void **)&unk2);
            ok(unk2 == enumvar, "Got %p, expected %p.\n", unk2, enumvar);
            IUnknown_Release(unk2);
            IUnknown_Release(unk);
            IUnknown_Release(enumvar);
        }
        IVMVirtualMachineCollection_Release(coll);
    }

    if ((vm = find_vm(vs, L"test")))
    {
        check_object(vm, &IID_IVMVirtualMachine, &CLSID_VMVirtualMachine);
        check_interface(vm, &IID_IVMAccountant, FALSE);
        if ((acct = get_accountant(vm)))
        {
            check_object(acct, &IID_IVMAccountant, &CLSID_VMAccountant);
            check_interface(acct, &IID_VPC_IVMAccountant, FALSE);
            check_interface(acct, &IID_IVMVirtualMachine, FALSE);
            IVMAccountant_Release(acct);
        }
        IVMVirtualMachine_Release(vm);
    }
    IVMVirtualServer_Release(vs);
}

static void test_refcounts(void)
{
    IVMVirtualMachineCollection *coll;
    IProvideClassInfo *classinfo;
    IVMVirtualMachine *vm, *item;
    IEnumVARIANT *enumvar;
    IVMAccountant *acct;
    IVMVirtualServer *vs;
    IDispatch *disp;
    IUnknown *unk;
    ULONG fetched;
    LONG count;
    VARIANT v;
    ULONG ref;
    HRESULT hr;

    if (!(vs = create_vs())) return;
    EXPECT_REF(vs, 1);
    IVMVirtualServer_QueryInterface(vs, &IID_IDispatch, (void **)&disp);
    EXPECT_REF(vs, 2);
    IVMVirtualServer_QueryInterface(vs, &IID_IProvideClassInfo, (void **)&classinfo);
    EXPECT_REF(vs, 3);
    IProvideClassInfo_Release(classinfo);
    IDispatch_Release(disp);
    EXPECT_REF(vs, 1);

    coll = get_collection(vs);
    vm = find_vm(vs, L"test");
    if (!coll || !vm) goto done;
    EXPECT_REF(coll, 1);
    EXPECT_REF(vm, 1);
    if ((acct = get_accountant(vm))) EXPECT_REF(acct, 1);
    item = NULL;
    hr = IVMVirtualMachineCollection_get_Item(coll, 1, &item);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (item) EXPECT_REF(item, 1);

    /* The enumerator holds its collection. */
    hr = IVMVirtualMachineCollection_get__NewEnum(coll, &unk);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    EXPECT_REF(coll, 2);
    EXPECT_REF(unk, 1);
    IUnknown_QueryInterface(unk, &IID_IEnumVARIANT, (void **)&enumvar);
    IUnknown_Release(unk);
    EXPECT_REF(enumvar, 1);

    /* Children outlive the application object and their collection. */
    ref = IVMVirtualServer_Release(vs);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    vs = NULL;
    count = 0;
    hr = IVMVirtualMachineCollection_get_Count(coll, &count);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(count >= 1, "Got %d.\n", (int)count);
    check_vm_name(vm, "test");
    check_vm_state(vm, vmVMState_Running);
    if (acct)
    {
        LONG cpu = -1;

        hr = IVMAccountant_get_CPUUtilization(acct, &cpu);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(cpu >= 49 && cpu <= 51, "Got %d.\n", (int)cpu);
    }

    ref = IVMVirtualMachineCollection_Release(coll);
    ok(ref == 1, "Got refcount %u.\n", (unsigned)ref);
    VariantInit(&v);
    fetched = 0;
    hr = IEnumVARIANT_Next(enumvar, 1, &v, &fetched);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(fetched == 1 && V_VT(&v) == VT_DISPATCH, "Fetched %u, type %#x.\n", (unsigned)fetched,
       V_VT(&v));
    if (V_VT(&v) == VT_DISPATCH)
    {
        EXPECT_REF(V_DISPATCH(&v), 1);
        check_object(V_DISPATCH(&v), &IID_IVMVirtualMachine, &CLSID_VMVirtualMachine);
    }
    VariantClear(&v);
    ref = IEnumVARIANT_Release(enumvar);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);

    /* So does the accountant its VM. */
    ref = IVMVirtualMachine_Release(vm);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    vm = NULL;
    if (acct)
    {
        VARIANT bytes;

        hr = IVMAccountant_get_NetworkBytesSent(acct, &bytes);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(decimal_value(&bytes) > 0, "No bytes sent.\n");
        ref = IVMAccountant_Release(acct);
        ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    }
    if (item)
    {
        BSTR name = NULL;

        hr = IVMVirtualMachine_get_Name(item, &name);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        SysFreeString(name);
        ref = IVMVirtualMachine_Release(item);
        ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    }
    coll = NULL;

done:
    if (vm) IVMVirtualMachine_Release(vm);
    if (coll) IVMVirtualMachineCollection_Release(coll);
    if (vs) IVMVirtualServer_Release(vs);
}

static void test_dispatch(void)
{
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    IVMAccountant *acct;
    EXCEPINFO excepinfo;
    VARIANT arg, result;
    IVMVirtualServer *vs;
    LPOLESTR names[1];
    DISPID id;
    HRESULT hr;

    if (!(vs = create_vs())) return;

    /* The application object: DISPIDs are fixed by the IDL. */
    check_dispid(vs, L"FindVirtualMachine", 12);
    check_dispid(vs, L"AvailableSystemCapacity", 31);
    check_dispid(vs, L"Name", 45);
    check_dispid(vs, L"UpTime", 53);
    check_dispid(vs, L"Version", 54);
    check_dispid(vs, L"VirtualMachines", 55);
    check_unknown_name(vs, L"USBDeviceCollection");  /* Windows Virtual PC only */
    check_unknown_name(vs, L"NoSuchMember");
    names[0] = (LPOLESTR)L"Name";
    hr = IVMVirtualServer_GetIDsOfNames(vs, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    hr = invoke_get(vs, L"Name", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), L"Microsoft Virtual Server");
    VariantClear(&result);

    hr = invoke_get(vs, L"Version", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), L"1.1.653.0 EE R2 SP1");
    VariantClear(&result);

    hr = invoke_get(vs, L"UpTime", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4, "Got type %#x.\n", V_VT(&result));
    ok(V_I4(&result) >= 0 && V_I4(&result) <= process_age() + 1, "Got %d, process age %d.\n",
       V_I4(&result), (int)process_age());

    hr = invoke_get(vs, L"AvailableSystemCapacity", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_r8(&result, 100.0);

    hr = invoke_get(vs, L"VirtualMachines", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_DISPATCH)
        check_interface(V_DISPATCH(&result), &IID_IVMVirtualMachineCollection, TRUE);
    VariantClear(&result);

    /* FindVirtualMachine: a method; not found is success with Nothing. */
    id = get_dispid((IDispatch *)vs, L"FindVirtualMachine");
    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"TEST");
    hr = invoke_id((IDispatch *)vs, id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result))
        check_vm_name(V_DISPATCH(&result), "test");
    VariantClear(&result);
    VariantClear(&arg);

    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"no such vm");
    hr = invoke_id((IDispatch *)vs, id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH, "Got type %#x.\n", V_VT(&result));
    ok(!V_DISPATCH(&result), "Got %p.\n", V_DISPATCH(&result));
    VariantClear(&result);
    VariantClear(&arg);

    hr = invoke_id((IDispatch *)vs, id, DISPATCH_METHOD, NULL, 0, &result, &excepinfo);
    ok(hr == DISP_E_BADPARAMCOUNT, "Unexpected hr %#x.\n", (unsigned)hr);

    /* The collection */
    if ((coll = get_collection(vs)))
    {
        check_collection_dispatch(coll, source);
        IVMVirtualMachineCollection_Release(coll);
    }

    /* The virtual machine: Name is the default property. */
    if (!(vm = find_vm(vs, L"test"))) goto done;
    check_dispid(vm, L"Name", DISPID_VALUE);
    check_dispid(vm, L"Accountant", 28);
    check_dispid(vm, L"ConfigID", 38);
    check_dispid(vm, L"Memory", 50);
    check_dispid(vm, L"Notes", 54);
    check_dispid(vm, L"State", 63);
    check_unknown_name(vm, L"Startup2");  /* Windows Virtual PC only */
    check_unknown_name(vm, L"RdpPipeName");

    hr = invoke_id((IDispatch *)vm, DISPID_VALUE, DISPATCH_PROPERTYGET, NULL, 0, &result,
                   &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), L"test");
    VariantClear(&result);

    hr = invoke_get(vm, L"State", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4 && V_I4(&result) == vmVMState_Running, "Got type %#x, %d.\n",
       V_VT(&result), V_I4(&result));

    hr = invoke_get(vm, L"ConfigID", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), L"" TEST_DOMAIN_UUID);
    VariantClear(&result);

    hr = invoke_get(vm, L"Memory", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4 && V_I4(&result) == 8192, "Got type %#x, %d.\n", V_VT(&result),
       V_I4(&result));

    hr = invoke_get(vm, L"Notes", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), L"");
    VariantClear(&result);

    hr = invoke_get(vm, L"Accountant", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_DISPATCH)
        check_interface(V_DISPATCH(&result), &IID_IVMAccountant, TRUE);
    VariantClear(&result);

    /* The accountant: twelve properties and a method. */
    if ((acct = get_accountant(vm)))
    {
        check_dispid(acct, L"SetSchedulingParameters", 1);
        check_dispid(acct, L"AllowableMaximumSystemCapacity", 2);
        check_dispid(acct, L"AllowableReservedSystemCapacity", 3);
        check_dispid(acct, L"CPUUtilization", 4);
        check_dispid(acct, L"CPUUtilizationHistory", 5);
        check_dispid(acct, L"DiskBytesRead", 6);
        check_dispid(acct, L"DiskBytesWritten", 7);
        check_dispid(acct, L"MaximumSystemCapacity", 8);
        check_dispid(acct, L"NetworkBytesReceived", 9);
        check_dispid(acct, L"NetworkBytesSent", 10);
        check_dispid(acct, L"RelativeWeight", 11);
        check_dispid(acct, L"ReservedSystemCapacity", 12);
        check_dispid(acct, L"UpTime", 13);
        check_unknown_name(acct, L"HostDiskUtilization");
        check_unknown_name(acct, L"HostMemoryUtilization");
        IVMAccountant_Release(acct);
    }
    IVMVirtualMachine_Release(vm);
done:
    IVMVirtualServer_Release(vs);
}

static void test_null_pointers(void)
{
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    IVMAccountant *acct;
    IVMVirtualServer *vs;
    BSTR name;
    HRESULT hr;

    if (!(vs = create_vs())) return;

    hr = IVMVirtualServer_get_Name(vs, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualServer_get_Version(vs, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualServer_get_UpTime(vs, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualServer_get_VirtualMachines(vs, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualServer_get_AvailableSystemCapacity(vs, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    name = SysAllocString(L"test");
    hr = IVMVirtualServer_FindVirtualMachine(vs, name, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    SysFreeString(name);
    vm = (IVMVirtualMachine *)0xdeadbeef;
    hr = IVMVirtualServer_FindVirtualMachine(vs, NULL, &vm);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!vm, "Got %p.\n", vm);

    if ((coll = get_collection(vs)))
    {
        hr = IVMVirtualMachineCollection_get_Count(coll, NULL);
        ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
        hr = IVMVirtualMachineCollection_get_Item(coll, 1, NULL);
        ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
        hr = IVMVirtualMachineCollection_get__NewEnum(coll, NULL);
        ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMVirtualMachineCollection_Release(coll);
    }

    if ((vm = find_vm(vs, L"test")))
    {
        check_vm_null_pointers(vm);
        if ((acct = get_accountant(vm)))
        {
            check_usage_null_pointers(acct);
            check_scheduling_null_pointers(acct);
            IVMAccountant_Release(acct);
        }
        IVMVirtualMachine_Release(vm);
    }
    IVMVirtualServer_Release(vs);
}

static void test_collection(void)
{
    static const char *defined[] = { "bravo", "Alpha", "charlie", "Delta" };
    IVMVirtualMachineCollection *coll, *coll2;
    virDomainPtr doms[ARRAY_SIZE(defined)], echo;
    LONG count, count2, alpha, bravo, charlie, delta;
    IVMVirtualMachine *vm;
    IVMVirtualServer *vs;
    unsigned int i;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(defined); i++) doms[i] = define_domain(defined[i], 0, 0, 1);
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if (!(coll = get_collection(vs))) goto done;

    /* Every libvirt domain, by name without regard to case. */
    count = check_collection_names(coll);
    ok(count >= 5, "Got %d VMs.\n", (int)count);
    alpha = find_in_collection(coll, L"Alpha");
    bravo = find_in_collection(coll, L"bravo");
    charlie = find_in_collection(coll, L"charlie");
    delta = find_in_collection(coll, L"Delta");
    ok(alpha && alpha + 1 == bravo && bravo + 1 == charlie && charlie + 1 == delta,
       "Got positions %d, %d, %d, %d.\n", (int)alpha, (int)bravo, (int)charlie, (int)delta);

    /* Items are numbered from 1. */
    check_bad_index(coll, 0, source);
    check_bad_index(coll, count + 1, source);
    check_bad_index(coll, -1, source);
    vm = NULL;
    hr = IVMVirtualMachineCollection_get_Item(coll, count, &vm);
    ok(hr == S_OK && vm, "Unexpected hr %#x.\n", (unsigned)hr);
    if (vm) IVMVirtualMachine_Release(vm);

    /* The collection keeps what it saw; a new one sees the new domain. */
    echo = define_domain("echo", 0, 0, 1);
    wait_for_host();
    count2 = -1;
    hr = IVMVirtualMachineCollection_get_Count(coll, &count2);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(count2 == count, "Got %d, expected %d.\n", (int)count2, (int)count);
    check_bad_index(coll, count + 1, source);
    ok(!find_in_collection(coll, L"echo"), "echo is in the old collection.\n");

    if ((coll2 = get_collection(vs)))
    {
        count2 = check_collection_names(coll2);
        ok(count2 == count + 1, "Got %d, expected %d.\n", (int)count2, (int)count + 1);
        ok(find_in_collection(coll2, L"echo") == delta + 1, "echo is at %d.\n",
           (int)find_in_collection(coll2, L"echo"));
        IVMVirtualMachineCollection_Release(coll2);
    }
    remove_domain(echo);
    IVMVirtualMachineCollection_Release(coll);

done:
    if (vs) IVMVirtualServer_Release(vs);
    for (i = 0; i < ARRAY_SIZE(defined); i++) remove_domain(doms[i]);
}

static void test_enumerator(void)
{
    IVMVirtualMachineCollection *coll;
    virDomainPtr one, two;
    IVMVirtualServer *vs;

    one = define_domain("enum-one", 1, 1, 1);
    two = define_domain("Enum-Two", 1, 1, 1);
    wait_for_host();
    if ((vs = create_vs()))
    {
        if ((coll = get_collection(vs)))
        {
            check_collection_names(coll);
            check_enumerator(coll);
            IVMVirtualMachineCollection_Release(coll);
        }
        IVMVirtualServer_Release(vs);
    }
    remove_domain(one);
    remove_domain(two);
}

static void test_find_vm(void)
{
    static const WCHAR *found[] = { L"test", L"TEST", L"Test", L"test:///default/TEST" };
    static const WCHAR *missing[] = { L"no-such-vm", L"", L"tes", L"other-host/test" };
    char uuid[VIR_UUID_STRING_BUFLEN];
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    WCHAR *expected;
    unsigned int i;
    BSTR name;
    HRESULT hr;

    dom = define_domain("Find-Me", 1, 1, 1);
    wait_for_host();
    if (!(vs = create_vs())) goto done;

    for (i = 0; i < ARRAY_SIZE(found); i++)
    {
        name = SysAllocString(found[i]);
        vm = NULL;
        hr = IVMVirtualServer_FindVirtualMachine(vs, name, &vm);
        ok(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(found[i]), (unsigned)hr);
        if (vm)
        {
            check_vm_name(vm, "test");
            IVMVirtualMachine_Release(vm);
        }
        SysFreeString(name);
    }

    for (i = 0; i < ARRAY_SIZE(missing); i++)
    {
        name = SysAllocString(missing[i]);
        vm = (IVMVirtualMachine *)0xdeadbeef;
        hr = IVMVirtualServer_FindVirtualMachine(vs, name, &vm);
        ok(hr == S_FALSE, "%s: unexpected hr %#x.\n", wine_dbgstr_w(missing[i]), (unsigned)hr);
        ok(!vm, "%s: got %p.\n", wine_dbgstr_w(missing[i]), vm);
        SysFreeString(name);
    }

    /* Name and ConfigID are libvirt's. */
    if (dom && (vm = find_vm(vs, L"find-me")))
    {
        check_vm_name(vm, "Find-Me");
        virDomainGetUUIDString(dom, uuid);
        expected = utf8_to_wide(uuid);
        name = NULL;
        hr = IVMVirtualMachine_get_ConfigID(vm, &name);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(name, expected);
        SysFreeString(name);
        free(expected);
        IVMVirtualMachine_Release(vm);
    }
    IVMVirtualServer_Release(vs);
done:
    remove_domain(dom);
}

static void test_vm_properties(void)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    WCHAR *expected;
    LONG memory;
    BSTR str;
    HRESULT hr;

    if (!(vs = create_vs())) return;

    /* The test driver's own domain. */
    if ((vm = find_vm(vs, L"test")))
    {
        check_vm_name(vm, "test");
        check_vm_state(vm, vmVMState_Running);
        str = NULL;
        hr = IVMVirtualMachine_get_ConfigID(vm, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"" TEST_DOMAIN_UUID);
        SysFreeString(str);
        memory = 0;
        hr = IVMVirtualMachine_get_Memory(vm, &memory);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(memory == 8192, "Got %d MB.\n", (int)memory);
        str = NULL;
        hr = IVMVirtualMachine_get_Notes(vm, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"");
        SysFreeString(str);
        IVMVirtualMachine_Release(vm);
    }

    /* A domain of our own: 3 vCPUs of 256 MiB each. */
    if (!(dom = define_domain("vs-props", 1, 1, 3))) goto done;
    wait_for_host();
    if (!(vm = find_vm(vs, L"vs-props"))) goto done;
    check_vm_name(vm, "vs-props");
    check_vm_state(vm, vmVMState_TurnedOff);
    memory = 0;
    hr = IVMVirtualMachine_get_Memory(vm, &memory);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(memory == 768, "Got %d MB.\n", (int)memory);
    virDomainGetUUIDString(dom, uuid);
    expected = utf8_to_wide(uuid);
    str = NULL;
    hr = IVMVirtualMachine_get_ConfigID(vm, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, expected);
    SysFreeString(str);
    free(expected);

    /* Notes are libvirt's <description>, read when asked for. */
    str = (BSTR)0xdeadbeef;
    hr = IVMVirtualMachine_get_Notes(vm, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"");
    SysFreeString(str);
    ok(!virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, "Notes: caf\xc3\xa9", NULL,
                             NULL, 0), "Cannot set the description.\n");
    str = NULL;
    hr = IVMVirtualMachine_get_Notes(vm, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"Notes: caf\x00e9");
    SysFreeString(str);

    /* States follow libvirt's. */
    start_domain(dom);
    wait_for_host();
    check_vm_state(vm, vmVMState_Running);
    ok(!virDomainSuspend(dom), "Cannot suspend: %s\n", virGetLastErrorMessage());
    wait_for_host();
    check_vm_state(vm, vmVMState_Paused);
    ok(!virDomainResume(dom), "Cannot resume: %s\n", virGetLastErrorMessage());
    wait_for_host();
    check_vm_state(vm, vmVMState_Running);
    ok(!virDomainManagedSave(dom, 0), "Cannot save: %s\n", virGetLastErrorMessage());
    wait_for_host();
    check_vm_state(vm, vmVMState_Saved);
    start_domain(dom);
    wait_for_host();
    check_vm_state(vm, vmVMState_Running);
    ok(!virDomainDestroy(dom), "Cannot stop: %s\n", virGetLastErrorMessage());
    wait_for_host();
    check_vm_state(vm, vmVMState_TurnedOff);
    IVMVirtualMachine_Release(vm);

done:
    remove_domain(dom);
    IVMVirtualServer_Release(vs);
}

/* A VM undefined after its objects were obtained. */
static void test_vm_unknown(void)
{
    IVMVirtualMachine *vm, *item;
    EXCEPINFO excepinfo;
    IVMAccountant *acct;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    VARIANT result;
    BSTR name;
    HRESULT hr;

    if (!(dom = define_domain("vs-gone", 1, 1, 1))) return;
    start_domain(dom);
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    vm = find_vm(vs, L"vs-gone");
    acct = vm ? get_accountant(vm) : NULL;
    remove_domain(dom);
    dom = NULL;
    wait_for_host();

    if (vm)
    {
        check_vm_unknown(vm, L"vs-gone", source);

        /* Scripts see DISP_E_EXCEPTION and the same description. */
        hr = invoke_id((IDispatch *)vm, DISPID_VALUE, DISPATCH_PROPERTYGET, NULL, 0, &result,
                       &excepinfo);
        check_excepinfo(hr, &excepinfo, VM_E_VM_UNKNOWN, source, L"vs-gone", L"test:///default");
        IVMVirtualMachine_Release(vm);
    }
    if (acct)
    {
        check_usage_unknown(acct, L"vs-gone", source);
        check_scheduling_unknown(acct, L"vs-gone");
        hr = invoke_get(acct, L"NetworkBytesSent", &result);
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMAccountant_Release(acct);
    }

    name = SysAllocString(L"vs-gone");
    item = (IVMVirtualMachine *)0xdeadbeef;
    hr = IVMVirtualServer_FindVirtualMachine(vs, name, &item);
    ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!item, "Got %p.\n", item);
    SysFreeString(name);

    IVMVirtualServer_Release(vs);
done:
    remove_domain(dom);
}

/* A collection made before the domain went away still holds its item. */
static void test_stale_item(void)
{
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    LONG index;

    if (!(dom = define_domain("vs-stale", 0, 0, 1))) return;
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if (!(coll = get_collection(vs))) goto release;
    index = find_in_collection(coll, L"vs-stale");
    ok(index > 0, "Not found.\n");
    remove_domain(dom);
    dom = NULL;
    wait_for_host();

    vm = NULL;
    IVMVirtualMachineCollection_get_Item(coll, index, &vm);
    ok(vm != NULL, "No item %d.\n", (int)index);
    if (vm)
    {
        check_vm_unknown(vm, L"vs-stale", source);
        IVMVirtualMachine_Release(vm);
    }
    IVMVirtualMachineCollection_Release(coll);
release:
    IVMVirtualServer_Release(vs);
done:
    remove_domain(dom);
}

/* Members without a libvirt meaning yet: E_NOTIMPL, and a description
 * that names the interface and the member. */
static void test_not_supported(void)
{
    IVMFloppyDriveCollection *floppies;
    IVMSCSIController *controller;
    IVMVirtualMachine *vm, *vm2;
    IVMNetworkAdapter *adapter;
    virDomainPtr dom = NULL;
    IVMHostInfo *hostinfo;
    EXCEPINFO excepinfo;
    IVMVirtualServer *vs;
    IVMGuestOS *guest;
    VARIANT result;
    IVMTask *task;
    BSTR str, str2;
    HRESULT hr;

    if (!(vs = create_vs())) return;

    str = SysAllocString(L"new-vm");
    str2 = SysAllocString(L"C:\\vms");
    vm2 = NULL;
    clear_error_info();
    hr = IVMVirtualServer_CreateVirtualMachine(vs, str, str2, &vm2);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!vm2, "Got %p.\n", vm2);
    check_error_info(source, L"IVMVirtualServer::CreateVirtualMachine", NULL);
    SysFreeString(str2);

    clear_error_info();
    hr = IVMVirtualServer_AttachScriptToEvent(vs, vmEvent_VirtualMachineReset, str);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualServer::AttachScriptToEvent", NULL);
    SysFreeString(str);

    hostinfo = NULL;
    clear_error_info();
    hr = IVMVirtualServer_get_HostInfo(vs, &hostinfo);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualServer::HostInfo", NULL);

    str = NULL;
    clear_error_info();
    hr = IVMVirtualServer_get_ProductID(vs, &str);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualServer::ProductID", NULL);

    clear_error_info();
    hr = IVMVirtualServer_put_VMRCEnabled(vs, VARIANT_TRUE);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualServer::VMRCEnabled", NULL);

    hr = invoke_id((IDispatch *)vs, get_dispid((IDispatch *)vs, L"MaximumMemoryPerVM"),
                   DISPATCH_PROPERTYGET, NULL, 0, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_NOTIMPL, source, L"IVMVirtualServer::MaximumMemoryPerVM",
                    NULL);

    /* A VM of our own: members that may come to work would change it. */
    if (!(dom = define_domain("vs-stub", 1, 1, 1))) goto done;
    wait_for_host();
    if (!(vm = find_vm(vs, L"vs-stub"))) goto done;
    task = NULL;
    clear_error_info();
    hr = IVMVirtualMachine_MergeUndoDisks(vm, &task);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!task, "Got %p.\n", task);
    check_error_info(source, L"IVMVirtualMachine::MergeUndoDisks", NULL);

    clear_error_info();
    hr = IVMVirtualMachine_DiscardUndoDisks(vm);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::DiscardUndoDisks", NULL);

    adapter = NULL;
    clear_error_info();
    hr = IVMVirtualMachine_AddNetworkAdapter(vm, &adapter);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::AddNetworkAdapter", NULL);

    floppies = NULL;
    clear_error_info();
    hr = IVMVirtualMachine_get_FloppyDrives(vm, &floppies);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::FloppyDrives", NULL);

    guest = NULL;
    clear_error_info();
    hr = IVMVirtualMachine_get_GuestOS(vm, &guest);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::GuestOS", NULL);

    clear_error_info();
    hr = IVMVirtualMachine_put_Memory(vm, 512);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::Memory", NULL);

    str = SysAllocString(L"renamed");
    clear_error_info();
    hr = IVMVirtualMachine_put_Name(vm, str);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::Name", NULL);
    SysFreeString(str);
    check_vm_name(vm, "vs-stub");

    str = NULL;
    clear_error_info();
    hr = IVMVirtualMachine_get_AccountName(vm, &str);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::AccountName", NULL);

    clear_error_info();
    hr = IVMVirtualMachine_put_AutoStartAtLaunch(vm, vmAutoStart_Always);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::AutoStartAtLaunch", NULL);

    controller = NULL;
    clear_error_info();
    hr = IVMVirtualMachine_AddSCSIController(vm, &controller);
    ok(hr == E_NOTIMPL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"IVMVirtualMachine::AddSCSIController", NULL);

    hr = invoke_id((IDispatch *)vm, get_dispid((IDispatch *)vm, L"MergeUndoDisks"), DISPATCH_METHOD,
                   NULL, 0, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_NOTIMPL, source, L"IVMVirtualMachine::MergeUndoDisks", NULL);
    check_vm_state(vm, vmVMState_TurnedOff);
    IVMVirtualMachine_Release(vm);
done:
    remove_domain(dom);
    IVMVirtualServer_Release(vs);
}

static void test_accountant(void)
{
    ULONGLONG t0, t1;
    IVMVirtualMachine *vm;
    struct usage usage;
    IVMAccountant *acct;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    LONG cpu, uptime;
    VARIANT v;
    HRESULT hr;

    if (!(vs = create_vs())) return;

    /* The test domain was running before the backend first saw it: its
     * counters are the test driver's totals, 1 NIC and 1 disk; samples are
     * up to 1 s old (with 1 s more of slack); its 2 vCPUs are 100 % busy
     * together, which is 50 % of the VM.  Over a minute of history, a
     * sample taken late on a loaded machine may be off by a point or two. */
    if ((vm = find_vm(vs, L"test")) && (acct = get_accountant(vm)))
    {
        t0 = unix_time_us() - 2000000;
        read_usage(acct, S_OK, &usage);
        t1 = unix_time_us();
        check_raw_counters(&usage, 1, 1, t0, t1);
        ok(usage.cpu == 50, "Got CPU %d%%.\n", (int)usage.cpu);
        check_history_samples(usage.history, 50, 2);
        uptime = -1;
        hr = IVMVirtualServer_get_UpTime(vs, &uptime);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(usage.uptime >= 0 && usage.uptime <= uptime + 1, "Got uptime %d, backend's %d.\n",
           (int)usage.uptime, (int)uptime);

        t0 = unix_time_us() - 2000000;
        read_usage_dispatch(acct, &usage);
        t1 = unix_time_us();
        check_raw_counters(&usage, 1, 1, t0, t1);
        ok(usage.cpu == 50, "Got CPU %d%%.\n", (int)usage.cpu);
        check_history_samples(usage.history, 50, 2);
        IVMAccountant_Release(acct);
    }
    if (vm) IVMVirtualMachine_Release(vm);

    /* 2 NICs, 1 disk, 4 vCPUs; not running: S_FALSE and zeros. */
    if (!(dom = define_domain("vs-acct", 2, 1, 4))) goto done;
    wait_for_host();
    if (!(vm = find_vm(vs, L"vs-acct"))) goto done;
    if (!(acct = get_accountant(vm))) goto release;
    read_usage(acct, S_FALSE, &usage);
    check_usage_zero(&usage);
    read_usage_dispatch(acct, &usage);
    check_usage_zero(&usage);
    /* Scheduling is configuration: S_OK whatever the state. */
    check_scheduling(acct, 25, 25, 25, 0, 50);
    check_scheduling_dispatch(acct, 25, 25, 25, 0, 50);

    /* Started while watched: counted from its power-up, read 3 s later
     * from a sample at most 0.5 s old; 4 busy vCPUs of 4 are 25 %. */
    start_domain(dom);
    Sleep(3000);
    read_usage(acct, S_OK, &usage);
    check_range("bytes sent", usage.net_sent, 250000, 330000);
    check_range("bytes received", usage.net_received, 500000, 660000);
    check_range("bytes read", usage.disk_read, 125000, 165000);
    check_range("bytes written", usage.disk_written, 62500, 82500);
    ok(usage.cpu == 25, "Got CPU %d%%.\n", (int)usage.cpu);
    ok(usage.uptime == 2 || usage.uptime == 3, "Got uptime %d.\n", (int)usage.uptime);
    check_history_samples(usage.history, 25, 0);

    read_usage_dispatch(acct, &usage);
    check_range("bytes sent", usage.net_sent, 250000, 330000);
    check_range("bytes received", usage.net_received, 500000, 660000);
    check_range("bytes read", usage.disk_read, 125000, 165000);
    check_range("bytes written", usage.disk_written, 62500, 82500);
    ok(usage.cpu == 25, "Got CPU %d%%.\n", (int)usage.cpu);
    ok(usage.uptime == 2 || usage.uptime == 3, "Got uptime %d.\n", (int)usage.uptime);
    check_history_samples(usage.history, 25, 0);
    check_scheduling(acct, 25, 25, 25, 0, 50);

    /* Paused counts as running, with an idle CPU. */
    ok(!virDomainSuspend(dom), "Cannot suspend: %s\n", virGetLastErrorMessage());
    wait_for_host();
    cpu = -1;
    hr = IVMAccountant_get_CPUUtilization(acct, &cpu);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!cpu, "Got CPU %d%%.\n", (int)cpu);
    V_VT(&v) = VT_EMPTY;
    hr = IVMAccountant_get_NetworkBytesSent(acct, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_range("bytes sent", decimal_value(&v), 250000, 500000);

    /* Turned off: zeros again, the history included. */
    ok(!virDomainDestroy(dom), "Cannot stop: %s\n", virGetLastErrorMessage());
    wait_for_host();
    read_usage(acct, S_FALSE, &usage);
    check_usage_zero(&usage);

    IVMAccountant_Release(acct);
release:
    IVMVirtualMachine_Release(vm);
done:
    remove_domain(dom);
    IVMVirtualServer_Release(vs);
}

static void test_scheduling(void)
{
    IVMAccountant *acct = NULL, *big_acct = NULL;
    IVMVirtualMachine *vm = NULL, *big_vm = NULL;
    VARIANT args[3], reserved, maximum, result;
    virDomainPtr dom, big;
    EXCEPINFO excepinfo;
    IVMVirtualServer *vs;
    HRESULT hr;

    dom = define_domain("vs-sched", 1, 1, 4);
    big = define_domain("vs-big", 1, 1, 16);
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if ((vm = find_vm(vs, L"vs-sched"))) acct = get_accountant(vm);
    if ((big_vm = find_vm(vs, L"vs-big"))) big_acct = get_accountant(big_vm);
    if (!acct || !big_acct) goto done;

    /* Defaults: 4 vCPUs may use 25 % of 16 CPUs, the maximum is all of it,
     * nothing is reserved, and the test driver's weight is 50. */
    check_scheduling(acct, 25, 25, 25, 0, 50);
    check_scheduling(big_acct, 100, 100, 100, 0, 50);
    check_available_capacity(vs, 100);

    start_domain(dom);
    wait_for_host();
    hr = set_scheduling(acct, 10, 20, 300);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 20, 10, 300);
    check_scheduling_dispatch(acct, 25, 25, 20, 10, 300);
    check_available_capacity(vs, 90);
    check_scheduling(big_acct, 100, 90, 100, 0, 50);

    /* Out of range: refused, and nothing changes. */
    check_invalid_scheduling(acct, 10, 20, 0, L"vs-sched");
    check_invalid_scheduling(acct, 10, 20, 10001, L"vs-sched");
    check_invalid_scheduling(acct, -1, 20, 300, L"vs-sched");
    check_invalid_scheduling(acct, 0, 0.5, 300, L"vs-sched");
    check_invalid_scheduling(acct, 20, 15, 300, L"vs-sched");
    check_invalid_scheduling(acct, 10, 30, 300, L"vs-sched");
    check_scheduling(acct, 25, 25, 20, 10, 300);
    check_available_capacity(vs, 90);

    /* The bounds themselves are valid. */
    hr = set_scheduling(acct, 0, 1, 1);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 1, 0, 1);
    hr = set_scheduling(acct, 25, 25, 10000);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 25, 25, 10000);
    check_available_capacity(vs, 75);

    /* The capacities are VARIANTs used as Doubles. */
    V_VT(&reserved) = VT_BSTR;
    V_BSTR(&reserved) = SysAllocString(L"12.5");
    V_VT(&maximum) = VT_I4;
    V_I4(&maximum) = 25;
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantClear(&reserved);
    check_scheduling(acct, 25, 25, 25, 12.5, 100);
    check_available_capacity(vs, 87.5);

    V_VT(&reserved) = VT_BSTR;
    V_BSTR(&reserved) = SysAllocString(L"a lot");
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == DISP_E_TYPEMISMATCH, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantClear(&reserved);

    V_VT(&reserved) = VT_EMPTY;
    clear_error_info();
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"vs-sched", L"test:///default");

    /* An omitted optional argument, as scripting engines pass it. */
    V_VT(&reserved) = VT_ERROR;
    V_ERROR(&reserved) = DISP_E_PARAMNOTFOUND;
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);

    V_VT(&reserved) = VT_I4;
    V_I4(&reserved) = 5;
    V_VT(&maximum) = VT_NULL;
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 25, 12.5, 100);

    /* Through IDispatch, as a script calls it. */
    V_VT(&args[0]) = VT_I4;
    V_I4(&args[0]) = 5;
    V_VT(&args[1]) = VT_R8;
    V_R8(&args[1]) = 25.0;
    V_VT(&args[2]) = VT_I4;
    V_I4(&args[2]) = 200;
    hr = invoke_id((IDispatch *)acct, 1, DISPATCH_METHOD, args, 3, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_EMPTY, "Got type %#x.\n", V_VT(&result));
    check_scheduling_dispatch(acct, 25, 25, 25, 5, 200);
    V_I4(&args[2]) = 0;
    hr = invoke_id((IDispatch *)acct, 1, DISPATCH_METHOD, args, 3, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_INVALIDARG, source, L"vs-sched", L"test:///default");
    check_scheduling(acct, 25, 25, 25, 5, 200);

    /* What the other running VMs reserve bounds a reservation. */
    start_domain(big);
    wait_for_host();
    check_scheduling(big_acct, 100, 95, 100, 0, 50);
    hr = set_scheduling(big_acct, 80, 100, 100);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(big_acct, 100, 95, 100, 80, 100);
    check_scheduling(acct, 25, 20, 25, 5, 200);
    check_available_capacity(vs, 15);
    check_invalid_scheduling(acct, 21, 25, 200, L"vs-sched");
    check_invalid_scheduling(big_acct, 96, 100, 100, L"vs-big");
    hr = set_scheduling(acct, 20, 25, 200);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_available_capacity(vs, 0);
    check_scheduling(big_acct, 100, 80, 100, 80, 100);

    /* Only running VMs hold their reservation. */
    ok(!virDomainDestroy(dom), "Cannot stop: %s\n", virGetLastErrorMessage());
    wait_for_host();
    check_available_capacity(vs, 20);
    check_scheduling(big_acct, 100, 100, 100, 80, 100);
    check_scheduling(acct, 25, 20, 25, 20, 200);

done:
    if (acct) IVMAccountant_Release(acct);
    if (big_acct) IVMAccountant_Release(big_acct);
    if (vm) IVMVirtualMachine_Release(vm);
    if (big_vm) IVMVirtualMachine_Release(big_vm);
    remove_domain(dom);
    remove_domain(big);
    if (vs)
    {
        /* The reservations went with their domains. */
        wait_for_host();
        check_available_capacity(vs, 100);
        IVMVirtualServer_Release(vs);
    }
}

/* Every lifecycle member of a VM of our own (1 NIC, 1 disk), through the
 * vtable and then through Invoke, and what the accountant sees meanwhile. */
static void test_lifecycle(void)
{
    static const WCHAR name[] = L"vs-life";
    IVMVirtualMachine *vm = NULL;
    IVMAccountant *acct = NULL;
    unsigned int count = 0, i, j;
    struct usage usage;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    LONG ids[32];
    BOOL dispatch;
    VARIANT v;

    if (!(dom = define_domain("vs-life", 1, 1, 1))) return;
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if (!(vm = find_vm(vs, name)) || !(acct = get_accountant(vm))) goto release;
    check_vm_state(vm, vmVMState_TurnedOff);

    for (dispatch = FALSE; dispatch <= TRUE; dispatch++)
    {
        /* Power-up: the accountant counts from zero. */
        ids[count++] = run_lifecycle(vm, L"Startup", dispatch, vmVMState_TurningOn,
                                     vmVMState_Running, name, source);
        if (!dispatch)
        {
            check_usage_restarted(acct, 1, 1, &usage);
            ok(!usage.uptime, "Got uptime %d.\n", (int)usage.uptime);
        }
        run_lifecycle(vm, L"Pause", dispatch, NO_STATE, vmVMState_Paused, name, source);
        run_lifecycle(vm, L"Resume", dispatch, NO_STATE, vmVMState_Running, name, source);

        /* A reset restarts the counters.  Let them run first: by the end of
         * the reset they would be over a second's worth, and a sample read
         * now is at most 0.5 s old. */
        if (!dispatch)
        {
            Sleep(1000);
            V_VT(&v) = VT_EMPTY;
            IVMAccountant_get_NetworkBytesSent(acct, &v);
            check_range("bytes sent", decimal_value(&v), 25000, 500000);
        }
        ids[count++] = run_lifecycle(vm, L"Reset", dispatch, RESETTING, vmVMState_Running, name,
                                     source);
        if (!dispatch) check_usage_restarted(acct, 1, 1, &usage);

        /* Saved is not running for the accountant; a restore counts anew. */
        ids[count++] = run_lifecycle(vm, L"Save", dispatch, vmVMState_Saving, vmVMState_Saved,
                                     name, source);
        if (!dispatch)
        {
            read_usage(acct, S_FALSE, &usage);
            check_usage_zero(&usage);
            read_usage_dispatch(acct, &usage);
            check_usage_zero(&usage);
        }
        ids[count++] = run_lifecycle(vm, L"Startup", dispatch, vmVMState_Restoring,
                                     vmVMState_Running, name, source);
        if (!dispatch) check_usage_restarted(acct, 1, 1, &usage);

        ids[count++] = run_lifecycle(vm, L"TurnOff", dispatch, vmVMState_TurningOff,
                                     vmVMState_TurnedOff, name, source);

        /* A saved state can be thrown away. */
        ids[count++] = run_lifecycle(vm, L"Startup", dispatch, vmVMState_TurningOn,
                                     vmVMState_Running, name, source);
        ids[count++] = run_lifecycle(vm, L"Save", dispatch, vmVMState_Saving, vmVMState_Saved,
                                     name, source);
        run_lifecycle(vm, L"DiscardSavedState", dispatch, NO_STATE, vmVMState_TurnedOff, name,
                      source);
    }

    /* Every task has an ID of its own. */
    for (i = 0; i < count; i++)
        for (j = i + 1; j < count; j++)
            ok(ids[i] != ids[j], "Tasks %u and %u have the same ID %d.\n", i, j, (int)ids[i]);

release:
    if (acct) IVMAccountant_Release(acct);
    if (vm) IVMVirtualMachine_Release(vm);
    IVMVirtualServer_Release(vs);
done:
    remove_domain(dom);
}

/* The documented errors of the lifecycle members, state by state. */
static void test_lifecycle_errors(void)
{
    static const WCHAR name[] = L"vs-errors";
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    IVMVirtualServer *vs;

    if (!(dom = define_domain("vs-errors", 0, 0, 1))) return;
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if (!(vm = find_vm(vs, name))) goto release;

    /* Turned off. */
    check_lifecycle_error(vm, L"TurnOff", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Save", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Reset", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Pause", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Resume", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"DiscardSavedState", VM_E_VM_NO_SAVED_STATE, name,
                          vmVMState_TurnedOff, source);
    check_lifecycle_null(vm, L"Startup", vmVMState_TurnedOff);
    /* Startup2 is Windows Virtual PC's. */
    check_unknown_name(vm, L"Startup2");

    /* Running. */
    run_lifecycle(vm, L"Startup", FALSE, vmVMState_TurningOn, vmVMState_Running, name, source);
    check_lifecycle_error(vm, L"Startup", VM_E_VM_RUNNING, name, vmVMState_Running, source);
    check_lifecycle_error(vm, L"DiscardSavedState", VM_E_VM_RUNNING, name, vmVMState_Running,
                          source);
    check_lifecycle_error(vm, L"Resume", E_FAIL, name, vmVMState_Running, source);
    check_lifecycle_null(vm, L"Startup", vmVMState_Running);
    check_lifecycle_null(vm, L"TurnOff", vmVMState_Running);
    check_lifecycle_null(vm, L"Save", vmVMState_Running);
    check_lifecycle_null(vm, L"Reset", vmVMState_Running);

    /* Paused is running, but paused. */
    run_lifecycle(vm, L"Pause", FALSE, NO_STATE, vmVMState_Paused, name, source);
    check_lifecycle_error(vm, L"Pause", E_FAIL, name, vmVMState_Paused, source);
    check_lifecycle_error(vm, L"Startup", VM_E_VM_RUNNING, name, vmVMState_Paused, source);
    check_lifecycle_error(vm, L"DiscardSavedState", VM_E_VM_RUNNING, name, vmVMState_Paused,
                          source);

    /* Saved is off. */
    run_lifecycle(vm, L"Resume", FALSE, NO_STATE, vmVMState_Running, name, source);
    run_lifecycle(vm, L"Save", FALSE, vmVMState_Saving, vmVMState_Saved, name, source);
    check_lifecycle_error(vm, L"TurnOff", VM_E_VM_NOT_RUNNING, name, vmVMState_Saved, source);
    check_lifecycle_error(vm, L"Save", VM_E_VM_NOT_RUNNING, name, vmVMState_Saved, source);
    check_lifecycle_error(vm, L"Reset", VM_E_VM_NOT_RUNNING, name, vmVMState_Saved, source);
    check_lifecycle_error(vm, L"Pause", VM_E_VM_NOT_RUNNING, name, vmVMState_Saved, source);
    check_lifecycle_error(vm, L"Resume", VM_E_VM_NOT_RUNNING, name, vmVMState_Saved, source);
    check_lifecycle_null(vm, L"Startup", vmVMState_Saved);

    IVMVirtualMachine_Release(vm);
release:
    IVMVirtualServer_Release(vs);
done:
    remove_domain(dom);
}

/* IVMTask: identity, members, arguments, and a task that outlives the
 * objects it came from. */
static void test_task(void)
{
    static const WCHAR name[] = L"vs-task";
    IProvideClassInfo *classinfo;
    IVMTask *task = NULL;
    IVMVirtualMachine *vm;
    EXCEPINFO excepinfo;
    VARIANT arg, result;
    IDispatch *disp;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    DISPID wait_id;
    ULONG ref;
    LONG id;
    HRESULT hr;

    if (!(dom = define_domain("vs-task", 0, 0, 1))) return;
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if (!(vm = find_vm(vs, name)))
    {
        IVMVirtualServer_Release(vs);
        goto done;
    }
    hr = IVMVirtualMachine_Startup(vm, &task);
    ok(hr == S_OK && task, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!task)
    {
        IVMVirtualMachine_Release(vm);
        IVMVirtualServer_Release(vs);
        goto done;
    }

    /* While it runs (the test delay holds it), everything answers. */
    check_task_running(task);
    check_vm_state(vm, vmVMState_TurningOn);
    check_object(task, &IID_IVMTask, &CLSID_VMTask);
    check_interface(task, &IID_IVMVirtualMachine, FALSE);
    check_interface(task, &IID_IVMTaskCollection, FALSE);
    check_interface(task, &IID_IVMAccountant, FALSE);
    check_interface(task, &IID_VPC_IVMTask, FALSE);
    EXPECT_REF(task, 1);
    EXPECT_REF(vm, 1);
    hr = IVMTask_QueryInterface(task, &IID_IProvideClassInfo, (void **)&classinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    EXPECT_REF(task, 2);
    IProvideClassInfo_Release(classinfo);
    hr = IVMTask_QueryInterface(task, &IID_IDispatch, (void **)&disp);
    ok(hr == S_OK && disp == (IDispatch *)task, "Got hr %#x, %p.\n", (unsigned)hr, disp);
    EXPECT_REF(task, 2);
    IDispatch_Release(disp);
    EXPECT_REF(task, 1);

    check_dispid(task, L"Cancel", 1);
    check_dispid(task, L"WaitForCompletion", 2);
    check_dispid(task, L"Description", 3);
    check_dispid(task, L"ID", 4);
    check_dispid(task, L"IsCancelable", 5);
    check_dispid(task, L"IsComplete", 6);
    check_dispid(task, L"PercentCompleted", 7);
    check_dispid(task, L"Result", 8);
    /* Those are Virtual Server's IVMTask2. */
    check_unknown_name(task, L"Error");
    check_unknown_name(task, L"ErrorDescription");
    check_unknown_name(task, L"State");
    check_unknown_name(task, L"Wait");

    hr = IVMTask_get_Description(task, NULL);
    ok(hr == E_POINTER, "Description: unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_get_ID(task, NULL);
    ok(hr == E_POINTER, "ID: unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_get_IsCancelable(task, NULL);
    ok(hr == E_POINTER, "IsCancelable: unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_get_IsComplete(task, NULL);
    ok(hr == E_POINTER, "IsComplete: unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_get_PercentCompleted(task, NULL);
    ok(hr == E_POINTER, "PercentCompleted: unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_get_Result(task, NULL);
    ok(hr == E_POINTER, "Result: unexpected hr %#x.\n", (unsigned)hr);

    /* WaitForCompletion takes -1 (no limit) or 0 to 4,000,000 ms; 0 only
     * looks. */
    hr = IVMTask_WaitForCompletion(task, -2);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_WaitForCompletion(task, 4000001);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_WaitForCompletion(task, 0);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_task_running(task);

    hr = invoke_get(task, L"IsComplete", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BOOL && V_BOOL(&result) == VARIANT_FALSE, "Got type %#x, %#x.\n",
       V_VT(&result), V_BOOL(&result));
    hr = invoke_get(task, L"PercentCompleted", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4 && !V_I4(&result), "Got type %#x, %d.\n", V_VT(&result),
       V_I4(&result));

    /* One thing at a time: the VM refuses other members while busy. */
    check_lifecycle_busy(vm, L"Startup", name, vmVMState_TurningOn, source);
    check_lifecycle_busy(vm, L"TurnOff", name, vmVMState_TurningOn, source);
    check_lifecycle_busy(vm, L"Pause", name, vmVMState_TurningOn, source);

    /* The task outlives its VM and application objects. */
    ref = IVMVirtualMachine_Release(vm);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    ref = IVMVirtualServer_Release(vs);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    EXPECT_REF(task, 1);
    hr = IVMTask_WaitForCompletion(task, 4000000);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    id = check_task_succeeded(task, L"Startup", name, source);

    /* Every member through Invoke. */
    hr = invoke_get(task, L"IsComplete", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BOOL && V_BOOL(&result) == VARIANT_TRUE, "Got type %#x, %#x.\n",
       V_VT(&result), V_BOOL(&result));
    hr = invoke_get(task, L"PercentCompleted", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4 && V_I4(&result) == 100, "Got type %#x, %d.\n", V_VT(&result),
       V_I4(&result));
    hr = invoke_get(task, L"Result", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4 && V_I4(&result) == vmTaskResult_Success, "Got type %#x, %d.\n",
       V_VT(&result), V_I4(&result));
    hr = invoke_get(task, L"ID", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4 && V_I4(&result) == id, "Got type %#x, %d, expected %d.\n",
       V_VT(&result), V_I4(&result), (int)id);
    hr = invoke_get(task, L"IsCancelable", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BOOL && V_BOOL(&result) == VARIANT_FALSE, "Got type %#x, %#x.\n",
       V_VT(&result), V_BOOL(&result));
    hr = invoke_get(task, L"Description", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR)
        ok(contains_w(V_BSTR(&result), L"Startup") && contains_w(V_BSTR(&result), name),
           "Got %s.\n", wine_dbgstr_w(V_BSTR(&result)));
    VariantClear(&result);

    wait_id = get_dispid((IDispatch *)task, L"WaitForCompletion");
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = -1;
    hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_EMPTY, "Got type %#x.\n", V_VT(&result));
    V_I4(&arg) = 0;
    hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    V_I4(&arg) = 4000000;
    hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    V_I4(&arg) = -2;
    hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == DISP_E_EXCEPTION && excepinfo.scode == E_INVALIDARG, "Got hr %#x, scode %#x.\n",
       (unsigned)hr, (unsigned)excepinfo.scode);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    V_I4(&arg) = 4000001;
    hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == DISP_E_EXCEPTION && excepinfo.scode == E_INVALIDARG, "Got hr %#x, scode %#x.\n",
       (unsigned)hr, (unsigned)excepinfo.scode);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, NULL, 0, &result, &excepinfo);
    ok(hr == DISP_E_BADPARAMCOUNT, "Unexpected hr %#x.\n", (unsigned)hr);

    hr = invoke_id((IDispatch *)task, get_dispid((IDispatch *)task, L"Cancel"), DISPATCH_METHOD,
                   NULL, 0, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_FAIL, source, L"cancel", NULL);

    ref = IVMTask_Release(task);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);
done:
    remove_domain(dom);
}

/* A task whose VM goes away between the state check and the libvirt call
 * (the test delay lies between them), and a VM that is gone. */
static void test_task_failure(void)
{
    static const WCHAR name[] = L"vs-vanish";
    IVMTask *task = NULL;
    IVMVirtualMachine *vm;
    VARIANT result;
    virDomainPtr dom;
    IVMVirtualServer *vs;
    HRESULT hr;

    if (!(dom = define_domain("vs-vanish", 0, 0, 1))) return;
    wait_for_host();
    if (!(vs = create_vs())) goto done;
    if (!(vm = find_vm(vs, name))) goto release;

    hr = IVMVirtualMachine_Startup(vm, &task);
    ok(hr == S_OK && task, "Unexpected hr %#x.\n", (unsigned)hr);
    check_vm_state(vm, vmVMState_TurningOn);
    remove_domain(dom);
    dom = NULL;
    if (task)
    {
        hr = IVMTask_WaitForCompletion(task, -1);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_task_failed(task, L"Startup", VM_E_VM_UNKNOWN, name, source);

        hr = invoke_get(task, L"Result", &result);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(V_VT(&result) == VT_I4 && V_I4(&result) == vmTaskResult_UnexpectedError,
           "Got type %#x, %d.\n", V_VT(&result), V_I4(&result));
        IVMTask_Release(task);
    }

    /* Gone for good: every member says so. */
    wait_for_host();
    check_lifecycle_unknown(vm, name, source);
    IVMVirtualMachine_Release(vm);
release:
    IVMVirtualServer_Release(vs);
done:
    remove_domain(dom);
}

START_TEST(vs)
{
    IVMVirtualServer *vs;
    HRESULT hr;

    if (!init_test_environment())
    {
        skip("Cannot open %s.\n", TEST_URI);
        return;
    }
    CoInitialize(NULL);

    hr = CoCreateInstance(&CLSID_VMVirtualServer, NULL, CLSCTX_INPROC_SERVER, &IID_IVMVirtualServer,
                          (void **)&vs);
    if (FAILED(hr))
    {
        win_skip("VirtualServer.Application is not available: hr %#x.\n", (unsigned)hr);
        CoUninitialize();
        cleanup_test_environment();
        return;
    }
    IVMVirtualServer_Release(vs);

    test_create();
    test_query_interface();
    test_refcounts();
    test_dispatch();
    test_null_pointers();
    test_collection();
    test_enumerator();
    test_find_vm();
    test_vm_properties();
    test_vm_unknown();
    test_stale_item();
    test_not_supported();
    test_accountant();
    test_scheduling();
    test_lifecycle();
    test_lifecycle_errors();
    test_task();
    test_task_failure();

    check_domains_cleaned_up();
    CoUninitialize();
    cleanup_test_environment();
}
