/*
 * Conformance tests that both object models pass the same way.
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
 * Compiled twice, by vpc.c and vs.c, like the DLL's model_*.h: the two
 * models' headers give the VM, collection, accountant and task interfaces
 * the same C names with other IIDs, so one text tests both.  Include it
 * after testutil_wine.h, with these defined:
 *
 *   APP                   the application interface (IVMVirtualPC, IVMVirtualServer)
 *   APP_(method)          its COBJMACROS, e.g. APP_(Release) for IVMVirtualPC_Release
 *   APP_IID, APP_CLSID    its IID and its class
 *   APP_NAME              its name as error descriptions give it, L"IVMVirtualPC"
 *   APP_PROGID            the version-independent ProgID, also the errors' source
 *   APP_PRODUCT_NAME      what Name says
 *   APP_PRODUCT_VERSION   what Version says
 *   OTHER_ACCOUNTANT_IID  the other model's IVMAccountant, which no object answers
 *   OTHER_TASK_IID        the other model's IVMTask, likewise
 *   VM_PREFIX             how the names of the domains the tests define start
 *                         ("vpc-", "vs-"), as a narrow string literal
 *
 * and the members (struct member) of each object with the DISPIDs its IDL
 * gives them, and names it must not know: app_members, vm_members,
 * accountant_members, task_members.  After it, the including file defines
 * the hooks declared below, where its model has members (or errors) the
 * other has not, and its START_TEST runs the tests between
 * init_model_tests() and cleanup_model_tests().
 */

#ifndef APP
#error "include this from vpc.c or vs.c"
#endif

static const WCHAR source[] = APP_PROGID;

/* The model's hooks, for what only it has. */

/* The application object's own members through Invoke. */
static void check_app_dispatch(APP *app);
/* The model's own getters given NULL. */
static void check_app_null_pointers(APP *app);
static void check_accountant_null_pointers(IVMAccountant *acct);
static void check_task_null_pointers(IVMTask *task);
/* The model's own accountant members once the VM is gone. */
static void check_accountant_unknown(IVMAccountant *acct, const WCHAR *name);
/* The model's own accountant members of test_accountant's VM (4 vCPUs,
 * nothing set), through the vtable or through Invoke. */
static void check_accountant_defaults_(const char *file, int line, IVMAccountant *acct,
                                       BOOL dispatch);
/* The model's own members that answer E_NOTIMPL. */
static void check_app_not_supported(APP *app);
static void check_vm_not_supported(IVMVirtualMachine *vm);
/* test_lifecycle's second power-up of a round, after a turn-off, the
 * model's other way to start a VM where it has one; returns the task's
 * ID. */
static LONG run_second_startup_(const char *file, int line, IVMVirtualMachine *vm,
                                BOOL dispatch, const WCHAR *name);
/* The model's own lifecycle errors of a VM in 'state' (turned off or
 * running). */
static void check_model_lifecycle_errors_(const char *file, int line, IVMVirtualMachine *vm,
                                          VMVMState state, const WCHAR *name);
/* Through Invoke, what the task says of its failure, if the model's
 * IVMTask says it: 'error', S_OK for none. */
static void check_task_error_(const char *file, int line, IVMTask *task, HRESULT error,
                              const WCHAR *name);

#define check_accountant_defaults(a, b) check_accountant_defaults_(__FILE__, __LINE__, a, b)
#define run_second_startup(a, b, c) run_second_startup_(__FILE__, __LINE__, a, b, c)
#define check_model_lifecycle_errors(a, b, c) \
    check_model_lifecycle_errors_(__FILE__, __LINE__, a, b, c)
#define check_task_error(a, b, c) check_task_error_(__FILE__, __LINE__, a, b, c)

static APP *create_app(void)
{
    APP *app = NULL;
    HRESULT hr;

    hr = CoCreateInstance(&APP_CLSID, NULL, CLSCTX_INPROC_SERVER, &APP_IID, (void **)&app);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    return app;
}

#define find_vm(a, b) find_vm_(__FILE__, __LINE__, a, b)
static IVMVirtualMachine *find_vm_(const char *file, int line, APP *app, const WCHAR *name)
{
    IVMVirtualMachine *vm = NULL;
    BSTR str = SysAllocString(name);
    HRESULT hr;

    hr = APP_(FindVirtualMachine)(app, str, &vm);
    ok_(file, line)(hr == S_OK && vm, "%s: unexpected hr %#x.\n", wine_dbgstr_w(name),
                    (unsigned)hr);
    SysFreeString(str);
    return vm;
}

#define get_accountant(a) get_accountant_(__FILE__, __LINE__, a)
static IVMAccountant *get_accountant_(const char *file, int line, IVMVirtualMachine *vm)
{
    IVMAccountant *acct = NULL;
    HRESULT hr;

    hr = IVMVirtualMachine_get_Accountant(vm, &acct);
    ok_(file, line)(hr == S_OK && acct, "Unexpected hr %#x.\n", (unsigned)hr);
    return acct;
}

#define get_collection(a) get_collection_(__FILE__, __LINE__, a)
static IVMVirtualMachineCollection *get_collection_(const char *file, int line, APP *app)
{
    IVMVirtualMachineCollection *coll = NULL;
    HRESULT hr;

    hr = APP_(get_VirtualMachines)(app, &coll);
    ok_(file, line)(hr == S_OK && coll, "Unexpected hr %#x.\n", (unsigned)hr);
    return coll;
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
    APP *app;
    LPOLESTR progid;
    IUnknown *unk;
    CLSID clsid;
    HRESULT hr;

    hr = CLSIDFromProgID(APP_PROGID, &clsid);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(IsEqualCLSID(&clsid, &APP_CLSID), "Got %s.\n", wine_dbgstr_guid(&clsid));
    hr = CLSIDFromProgID(APP_PROGID L".1", &clsid);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(IsEqualCLSID(&clsid, &APP_CLSID), "Got %s.\n", wine_dbgstr_guid(&clsid));
    hr = ProgIDFromCLSID(&APP_CLSID, &progid);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr == S_OK)
    {
        ok(!lstrcmpW(progid, APP_PROGID L".1"), "Got %s.\n", wine_dbgstr_w(progid));
        CoTaskMemFree(progid);
    }

    app = NULL;
    hr = CoCreateInstance(&APP_CLSID, NULL, CLSCTX_INPROC_SERVER, &APP_IID, (void **)&app);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (app) APP_(Release)(app);

    unk = (IUnknown *)0xdeadbeef;
    hr = CoCreateInstance(&APP_CLSID, (IUnknown *)0xdeadbeef, CLSCTX_INPROC_SERVER,
                          &IID_IUnknown, (void **)&unk);
    ok(hr == CLASS_E_NOAGGREGATION, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!unk, "Got %p.\n", unk);

    unk = (IUnknown *)0xdeadbeef;
    hr = CoCreateInstance(&APP_CLSID, NULL, CLSCTX_INPROC_SERVER, &IID_IEnumVARIANT,
                          (void **)&unk);
    ok(hr == E_NOINTERFACE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!unk, "Got %p.\n", unk);

    /* DllGetClassObject */
    hr = CoGetClassObject(&APP_CLSID, CLSCTX_INPROC_SERVER, NULL, &IID_IClassFactory,
                          (void **)&factory);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) return;
    check_interface(factory, &IID_IUnknown, TRUE);
    check_interface(factory, &IID_IDispatch, FALSE);
    check_interface(factory, &APP_IID, FALSE);

    unk = (IUnknown *)0xdeadbeef;
    hr = IClassFactory_CreateInstance(factory, (IUnknown *)0xdeadbeef, &IID_IUnknown, (void **)&unk);
    ok(hr == CLASS_E_NOAGGREGATION, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!unk, "Got %p.\n", unk);
    hr = IClassFactory_CreateInstance(factory, NULL, &APP_IID, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    unk = NULL;
    hr = IClassFactory_CreateInstance(factory, NULL, &APP_IID, (void **)&unk);
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
    APP *app;
    HRESULT hr;

    if (!(app = create_app())) return;
    check_object(app, &APP_IID, &APP_CLSID);
    check_interface(app, &IID_IVMVirtualMachineCollection, FALSE);

    if ((coll = get_collection(app)))
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

    if ((vm = find_vm(app, L"test")))
    {
        check_object(vm, &IID_IVMVirtualMachine, &CLSID_VMVirtualMachine);
        check_interface(vm, &IID_IVMAccountant, FALSE);
        if ((acct = get_accountant(vm)))
        {
            check_object(acct, &IID_IVMAccountant, &CLSID_VMAccountant);
            check_interface(acct, &OTHER_ACCOUNTANT_IID, FALSE);
            check_interface(acct, &IID_IVMVirtualMachine, FALSE);
            IVMAccountant_Release(acct);
        }
        IVMVirtualMachine_Release(vm);
    }
    APP_(Release)(app);
}

static void test_refcounts(void)
{
    IVMVirtualMachineCollection *coll;
    IProvideClassInfo *classinfo;
    IVMVirtualMachine *vm, *item;
    IEnumVARIANT *enumvar;
    IVMAccountant *acct;
    APP *app;
    IDispatch *disp;
    IUnknown *unk;
    ULONG fetched;
    LONG count;
    VARIANT v;
    ULONG ref;
    HRESULT hr;

    if (!(app = create_app())) return;
    EXPECT_REF(app, 1);
    APP_(QueryInterface)(app, &IID_IDispatch, (void **)&disp);
    EXPECT_REF(app, 2);
    APP_(QueryInterface)(app, &IID_IProvideClassInfo, (void **)&classinfo);
    EXPECT_REF(app, 3);
    IProvideClassInfo_Release(classinfo);
    IDispatch_Release(disp);
    EXPECT_REF(app, 1);

    coll = get_collection(app);
    vm = find_vm(app, L"test");
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
    ref = APP_(Release)(app);
    ok(!ref, "Got refcount %u.\n", (unsigned)ref);
    app = NULL;
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
    if (app) APP_(Release)(app);
}

static void test_dispatch(void)
{
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    IVMAccountant *acct;
    EXCEPINFO excepinfo;
    VARIANT arg, result;
    APP *app;
    LPOLESTR names[1];
    DISPID id;
    HRESULT hr;

    if (!(app = create_app())) return;

    /* The application object: DISPIDs are fixed by the IDL. */
    check_members(app, app_members);
    check_unknown_name(app, L"NoSuchMember");
    /* Names outside the DLL's own table (ASCII letters, digits and '_', up
     * to 39 of them) are the type information's to answer. */
    check_unknown_name(app, L"N\x00e4me");
    check_unknown_name(app, L"Name ");
    check_unknown_name(app, L"");
    check_unknown_name(app, L"NameNameNameNameNameNameNameNameNameNameName");
    check_names_as_typeinfo(app);
    names[0] = (LPOLESTR)L"Name";
    hr = APP_(GetIDsOfNames)(app, &IID_NULL, names, 1, LOCALE_USER_DEFAULT, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    hr = invoke_get(app, L"Name", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), APP_PRODUCT_NAME);
    VariantClear(&result);

    hr = invoke_get(app, L"Version", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_BSTR) check_bstr(V_BSTR(&result), APP_PRODUCT_VERSION);
    VariantClear(&result);

    hr = invoke_get(app, L"UpTime", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_I4, "Got type %#x.\n", V_VT(&result));
    ok(V_I4(&result) >= 0 && V_I4(&result) <= process_age() + 1, "Got %d, process age %d.\n",
       V_I4(&result), (int)process_age());
    check_app_dispatch(app);

    hr = invoke_get(app, L"VirtualMachines", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_DISPATCH)
        check_interface(V_DISPATCH(&result), &IID_IVMVirtualMachineCollection, TRUE);
    VariantClear(&result);

    /* FindVirtualMachine: a method; not found is success with Nothing. */
    id = get_dispid((IDispatch *)app, L"FindVirtualMachine");
    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"TEST");
    hr = invoke_id((IDispatch *)app, id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result), "Got type %#x.\n", V_VT(&result));
    if (V_VT(&result) == VT_DISPATCH && V_DISPATCH(&result))
        check_vm_name(V_DISPATCH(&result), "test");
    VariantClear(&result);
    VariantClear(&arg);

    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"no such vm");
    hr = invoke_id((IDispatch *)app, id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH, "Got type %#x.\n", V_VT(&result));
    ok(!V_DISPATCH(&result), "Got %p.\n", V_DISPATCH(&result));
    VariantClear(&result);
    VariantClear(&arg);

    hr = invoke_id((IDispatch *)app, id, DISPATCH_METHOD, NULL, 0, &result, &excepinfo);
    ok(hr == DISP_E_BADPARAMCOUNT, "Unexpected hr %#x.\n", (unsigned)hr);

    /* The collection */
    if ((coll = get_collection(app)))
    {
        check_collection_dispatch(coll, source);
        IVMVirtualMachineCollection_Release(coll);
    }

    /* The virtual machine: Name is the default property. */
    if (!(vm = find_vm(app, L"test"))) goto done;
    check_dispid(vm, L"Name", DISPID_VALUE);
    check_members(vm, vm_members);
    check_names_as_typeinfo(vm);

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

    if ((acct = get_accountant(vm)))
    {
        check_members(acct, accountant_members);
        check_names_as_typeinfo(acct);
        IVMAccountant_Release(acct);
    }
    IVMVirtualMachine_Release(vm);
done:
    APP_(Release)(app);
}

static void test_null_pointers(void)
{
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    IVMAccountant *acct;
    APP *app;
    BSTR name;
    HRESULT hr;

    if (!(app = create_app())) return;

    check_null_pointer("Name", APP_(get_Name)(app, NULL));
    check_null_pointer("Version", APP_(get_Version)(app, NULL));
    check_null_pointer("UpTime", APP_(get_UpTime)(app, NULL));
    check_null_pointer("VirtualMachines", APP_(get_VirtualMachines)(app, NULL));
    check_app_null_pointers(app);
    name = SysAllocString(L"test");
    hr = APP_(FindVirtualMachine)(app, name, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    SysFreeString(name);
    /* A NULL name is "" (see test_dispatch_edges). */

    if ((coll = get_collection(app)))
    {
        check_null_pointer("Count", IVMVirtualMachineCollection_get_Count(coll, NULL));
        check_null_pointer("Item", IVMVirtualMachineCollection_get_Item(coll, 1, NULL));
        check_null_pointer("_NewEnum", IVMVirtualMachineCollection_get__NewEnum(coll, NULL));
        IVMVirtualMachineCollection_Release(coll);
    }

    if ((vm = find_vm(app, L"test")))
    {
        check_vm_null_pointers(vm);
        if ((acct = get_accountant(vm)))
        {
            check_usage_null_pointers(acct);
            check_accountant_null_pointers(acct);
            IVMAccountant_Release(acct);
        }
        IVMVirtualMachine_Release(vm);
    }
    APP_(Release)(app);
}

static void test_collection(void)
{
    static const char *defined[] = { "bravo", "Alpha", "charlie", "Delta" };
    IVMVirtualMachineCollection *coll, *coll2;
    virDomainPtr doms[ARRAY_SIZE(defined)], echo;
    LONG count, count2, alpha, bravo, charlie, delta;
    IVMVirtualMachine *vm;
    APP *app;
    unsigned int i;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(defined); i++) doms[i] = define_domain(defined[i], 0, 0, 1);
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(coll = get_collection(app))) goto done;

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

    if ((coll2 = get_collection(app)))
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
    if (app) APP_(Release)(app);
    for (i = 0; i < ARRAY_SIZE(defined); i++) remove_domain(doms[i]);
}

static void test_enumerator(void)
{
    IVMVirtualMachineCollection *coll;
    virDomainPtr one, two;
    APP *app;

    one = define_domain("enum-one", 1, 1, 1);
    two = define_domain("Enum-Two", 1, 1, 1);
    wait_for_host();
    if ((app = create_app()))
    {
        if ((coll = get_collection(app)))
        {
            check_collection_names(coll);
            check_enumerator(coll);
            IVMVirtualMachineCollection_Release(coll);
        }
        APP_(Release)(app);
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
    APP *app;
    WCHAR *expected;
    unsigned int i;
    BSTR name;
    HRESULT hr;

    dom = define_domain("Find-Me", 1, 1, 1);
    wait_for_host();
    if (!(app = create_app())) goto done;

    for (i = 0; i < ARRAY_SIZE(found); i++)
    {
        name = SysAllocString(found[i]);
        vm = NULL;
        hr = APP_(FindVirtualMachine)(app, name, &vm);
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
        hr = APP_(FindVirtualMachine)(app, name, &vm);
        ok(hr == S_FALSE, "%s: unexpected hr %#x.\n", wine_dbgstr_w(missing[i]), (unsigned)hr);
        ok(!vm, "%s: got %p.\n", wine_dbgstr_w(missing[i]), vm);
        SysFreeString(name);
    }

    /* Name and ConfigID are libvirt's. */
    if (dom && (vm = find_vm(app, L"find-me")))
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
    APP_(Release)(app);
done:
    remove_domain(dom);
}

static void test_vm_properties(void)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    APP *app;
    WCHAR *expected;
    LONG memory;
    BSTR str;
    HRESULT hr;

    if (!(app = create_app())) return;

    /* The test driver's own domain. */
    if ((vm = find_vm(app, L"test")))
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
    if (!(dom = define_domain(VM_PREFIX "props", 1, 1, 3))) goto done;
    wait_for_host();
    if (!(vm = find_vm(app, L"" VM_PREFIX "props"))) goto done;
    check_vm_name(vm, VM_PREFIX "props");
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

    /* Notes are libvirt's <description>; a change is seen once its event is. */
    str = (BSTR)0xdeadbeef;
    hr = IVMVirtualMachine_get_Notes(vm, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"");
    SysFreeString(str);
    ok(!virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, "Notes: caf\xc3\xa9", NULL,
                             NULL, 0), "Cannot set the description.\n");
    wait_for_host();
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
    APP_(Release)(app);
}

/* A VM undefined after its objects were obtained. */
static void test_vm_unknown(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "gone";
    IVMVirtualMachine *vm, *item;
    EXCEPINFO excepinfo;
    IVMAccountant *acct;
    virDomainPtr dom;
    VARIANT result;
    APP *app;
    BSTR str;
    HRESULT hr;

    if (!(dom = define_domain(VM_PREFIX "gone", 1, 1, 1))) return;
    start_domain(dom);
    wait_for_host();
    if (!(app = create_app())) goto done;
    vm = find_vm(app, name);
    acct = vm ? get_accountant(vm) : NULL;
    remove_domain(dom);
    dom = NULL;
    wait_for_host();

    if (vm)
    {
        check_vm_unknown(vm, name, source);

        /* Scripts see DISP_E_EXCEPTION and the same description. */
        hr = invoke_id((IDispatch *)vm, DISPID_VALUE, DISPATCH_PROPERTYGET, NULL, 0, &result,
                       &excepinfo);
        check_excepinfo(hr, &excepinfo, VM_E_VM_UNKNOWN, source, name, L"test:///default");
        IVMVirtualMachine_Release(vm);
    }
    if (acct)
    {
        check_usage_unknown(acct, name, source);
        check_accountant_unknown(acct, name);
        hr = invoke_get(acct, L"NetworkBytesSent", &result);
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMAccountant_Release(acct);
    }

    str = SysAllocString(name);
    item = (IVMVirtualMachine *)0xdeadbeef;
    hr = APP_(FindVirtualMachine)(app, str, &item);
    ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!item, "Got %p.\n", item);
    SysFreeString(str);

    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* A collection made before the domain went away still holds its item. */
static void test_stale_item(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "stale";
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    APP *app;
    LONG index;

    if (!(dom = define_domain(VM_PREFIX "stale", 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(coll = get_collection(app))) goto release;
    index = find_in_collection(coll, name);
    ok(index > 0, "Not found.\n");
    remove_domain(dom);
    dom = NULL;
    wait_for_host();

    vm = NULL;
    IVMVirtualMachineCollection_get_Item(coll, index, &vm);
    ok(vm != NULL, "No item %d.\n", (int)index);
    if (vm)
    {
        check_vm_unknown(vm, name, source);
        IVMVirtualMachine_Release(vm);
    }
    IVMVirtualMachineCollection_Release(coll);
release:
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* One VM object used by two threads at once while libvirt renames the
 * domain under them: every Name read gives one of its two names whole
 * (the object keeps the name it last saw, and replaces it as it reads). */
struct shared_vm_reader
{
    IVMVirtualMachine *vm;
    const WCHAR *names[2];
    LONG reads, wrong, failed;
    volatile LONG stop;
};

static DWORD WINAPI shared_vm_read(void *arg)
{
    struct shared_vm_reader *reader = arg;
    BSTR name;

    while (!reader->stop)
    {
        if (IVMVirtualMachine_get_Name(reader->vm, &name) != S_OK)
        {
            InterlockedIncrement(&reader->failed);
            continue;
        }
        if (lstrcmpW(name, reader->names[0]) && lstrcmpW(name, reader->names[1]))
            InterlockedIncrement(&reader->wrong);
        InterlockedIncrement(&reader->reads);
        SysFreeString(name);
    }
    return 0;
}

static void test_shared_vm_threads(void)
{
    static const char *const names_a[2] = { VM_PREFIX "shared-a", VM_PREFIX "shared-b-renamed" };
    static const WCHAR name_a[] = L"" VM_PREFIX "shared-a";
    static const WCHAR name_b[] = L"" VM_PREFIX "shared-b-renamed";
    struct shared_vm_reader reader = { NULL, { name_a, name_b } };
    IVMVirtualMachineCollection *coll;
    HANDLE threads[2];
    virDomainPtr dom;
    unsigned int i;
    int renames = 0;
    LONG index;
    APP *app;

    if (!(dom = define_domain(names_a[0], 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(coll = get_collection(app))) goto release;
    index = find_in_collection(coll, name_a);
    ok(index > 0, "Not found.\n");
    if (index > 0) IVMVirtualMachineCollection_get_Item(coll, index, &reader.vm);
    IVMVirtualMachineCollection_Release(coll);
    if (!reader.vm) goto release;

    for (i = 0; i < ARRAY_SIZE(threads); i++)
        threads[i] = CreateThread(NULL, 0, shared_vm_read, &reader, 0, NULL);
    for (i = 0; i < 40; i++)
    {
        if (!virDomainRename(dom, names_a[(i + 1) % 2], 0)) renames++;
        Sleep(25);
    }
    reader.stop = 1;
    WaitForMultipleObjects(ARRAY_SIZE(threads), threads, TRUE, 10000);
    for (i = 0; i < ARRAY_SIZE(threads); i++) CloseHandle(threads[i]);
    ok(renames == 40, "libvirt renamed the domain %d times of 40: %s\n", renames,
       virGetLastErrorMessage());
    ok(reader.reads > 100, "Only %d reads.\n", (int)reader.reads);
    ok(!reader.wrong, "%d of %d reads gave neither name.\n", (int)reader.wrong, (int)reader.reads);
    ok(!reader.failed, "%d reads failed.\n", (int)reader.failed);
    IVMVirtualMachine_Release(reader.vm);
release:
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* A member without a libvirt meaning yet: E_NOTIMPL, and a description
 * that names the interface and the member.  The error info is cleared
 * before 'call' is made, so that it is the member's own. */
#define check_not_supported(call, member) \
    do { clear_error_info(); check_not_supported_(__FILE__, __LINE__, (call), member); } while (0)
static void check_not_supported_(const char *file, int line, HRESULT hr, const WCHAR *member)
{
    ok_(file, line)(hr == E_NOTIMPL, "%s: unexpected hr %#x.\n", wine_dbgstr_w(member),
                    (unsigned)hr);
    check_error_info_(file, line, source, member, NULL);
}

static void test_not_supported(void)
{
    IVMVirtualMachine *vm;
    virDomainPtr dom = NULL;
    EXCEPINFO excepinfo;
    LONG max;
    VMShutdownAction shutdown_action;
    VARIANT result;
    IVMTask *task;
    APP *app;
    HRESULT hr;

    if (!(app = create_app())) return;

    max = 0xdeadbeef;
    check_not_supported(APP_(get_MaximumFloppyDrivesPerVM)(app, &max),
                        APP_NAME L"::MaximumFloppyDrivesPerVM");
    check_app_not_supported(app);

    hr = invoke_id((IDispatch *)app, get_dispid((IDispatch *)app, L"MaximumSerialPortsPerVM"),
                   DISPATCH_PROPERTYGET, NULL, 0, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_NOTIMPL, source, APP_NAME L"::MaximumSerialPortsPerVM", NULL);

    /* A VM of our own: members that may come to work would change it. */
    if (!(dom = define_domain(VM_PREFIX "stub", 1, 1, 1))) goto done;
    wait_for_host();
    if (!(vm = find_vm(app, L"" VM_PREFIX "stub"))) goto done;
    task = NULL;
    check_not_supported(IVMVirtualMachine_MergeUndoDisks(vm, &task),
                        L"IVMVirtualMachine::MergeUndoDisks");
    ok(!task, "Got %p.\n", task);
    check_not_supported(IVMVirtualMachine_DiscardUndoDisks(vm),
                        L"IVMVirtualMachine::DiscardUndoDisks");
    check_not_supported(IVMVirtualMachine_get_ShutdownActionOnQuit(vm, &shutdown_action),
                        L"IVMVirtualMachine::ShutdownActionOnQuit");
    check_vm_not_supported(vm);

    hr = invoke_id((IDispatch *)vm, get_dispid((IDispatch *)vm, L"MergeUndoDisks"), DISPATCH_METHOD,
                   NULL, 0, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_NOTIMPL, source, L"IVMVirtualMachine::MergeUndoDisks", NULL);
    check_vm_state(vm, vmVMState_TurnedOff);
    IVMVirtualMachine_Release(vm);
done:
    remove_domain(dom);
    APP_(Release)(app);
}

/* test_accountant's VM (2 NICs, 1 disk, 4 busy vCPUs) read 3 s after it
 * was started while watched: counted from its power-up, from a sample at
 * most 0.5 s old; 4 busy vCPUs of 4 are 25 %. */
#define check_usage_started(a) check_usage_started_(__FILE__, __LINE__, a)
static void check_usage_started_(const char *file, int line, const struct usage *usage)
{
    check_range_(file, line, "bytes sent", usage->net_sent, 250000, 330000);
    check_range_(file, line, "bytes received", usage->net_received, 500000, 660000);
    check_range_(file, line, "bytes read", usage->disk_read, 125000, 165000);
    check_range_(file, line, "bytes written", usage->disk_written, 62500, 82500);
    ok_(file, line)(usage->cpu == 25, "Got CPU %d%%.\n", (int)usage->cpu);
    ok_(file, line)(usage->uptime == 2 || usage->uptime == 3, "Got uptime %d.\n",
                    (int)usage->uptime);
    check_history_samples_(file, line, usage->history, 25, 0);
}

static void test_accountant(void)
{
    ULONGLONG t0, t1;
    IVMVirtualMachine *vm;
    struct usage usage;
    IVMAccountant *acct;
    virDomainPtr dom;
    APP *app;
    LONG cpu, uptime;
    VARIANT v;
    HRESULT hr;

    if (!(app = create_app())) return;

    /* The test domain was running before the backend first saw it: its
     * counters are the test driver's totals, 1 NIC and 1 disk; samples are
     * up to 1 s old (with 1 s more of slack); its 2 vCPUs are 100 % busy
     * together, which is 50 % of the VM.  Over a minute of history, a
     * sample taken late on a loaded machine may be off by a point or two. */
    if ((vm = find_vm(app, L"test")) && (acct = get_accountant(vm)))
    {
        t0 = unix_time_us() - 2000000;
        read_usage(acct, S_OK, &usage);
        t1 = unix_time_us();
        check_raw_counters(&usage, 1, 1, t0, t1);
        ok(usage.cpu == 50, "Got CPU %d%%.\n", (int)usage.cpu);
        check_history_samples(usage.history, 50, 2);
        uptime = -1;
        hr = APP_(get_UpTime)(app, &uptime);
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
    if (!(dom = define_domain(VM_PREFIX "acct", 2, 1, 4))) goto done;
    wait_for_host();
    if (!(vm = find_vm(app, L"" VM_PREFIX "acct"))) goto done;
    if (!(acct = get_accountant(vm))) goto release;
    read_usage(acct, S_FALSE, &usage);
    check_usage_zero(&usage);
    read_usage_dispatch(acct, &usage);
    check_usage_zero(&usage);
    check_accountant_defaults(acct, FALSE);
    check_accountant_defaults(acct, TRUE);

    /* Started while watched. */
    start_domain(dom);
    Sleep(3000);
    read_usage(acct, S_OK, &usage);
    check_usage_started(&usage);
    read_usage_dispatch(acct, &usage);
    check_usage_started(&usage);
    check_accountant_defaults(acct, FALSE);

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
    APP_(Release)(app);
}

/* Every lifecycle member of a VM of our own (1 NIC, 1 disk), through the
 * vtable and then through Invoke, and what the accountant sees meanwhile. */
static void test_lifecycle(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "life";
    IVMVirtualMachine *vm = NULL;
    IVMAccountant *acct = NULL;
    unsigned int count = 0, i, j;
    struct usage usage;
    virDomainPtr dom;
    APP *app;
    LONG ids[32];
    BOOL dispatch;
    VARIANT v;

    if (!(dom = define_domain(VM_PREFIX "life", 1, 1, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name)) || !(acct = get_accountant(vm))) goto release;
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
        ids[count++] = run_second_startup(vm, dispatch, name);
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
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* The documented errors of the lifecycle members, state by state. */
static void test_lifecycle_errors(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "errors";
    IVMVirtualMachine *vm;
    virDomainPtr dom;
    APP *app;

    if (!(dom = define_domain(VM_PREFIX "errors", 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;

    /* Turned off. */
    check_lifecycle_error(vm, L"TurnOff", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Save", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Reset", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Pause", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"Resume", VM_E_VM_NOT_RUNNING, name, vmVMState_TurnedOff, source);
    check_lifecycle_error(vm, L"DiscardSavedState", VM_E_VM_NO_SAVED_STATE, name,
                          vmVMState_TurnedOff, source);
    check_lifecycle_null(vm, L"Startup", vmVMState_TurnedOff);
    check_model_lifecycle_errors(vm, vmVMState_TurnedOff, name);

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
    check_model_lifecycle_errors(vm, vmVMState_Running, name);

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
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* IVMTask: identity, members, arguments, and a task that outlives the
 * objects it came from. */
static void test_task(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "task";
    IProvideClassInfo *classinfo;
    IVMTask *task = NULL;
    IVMVirtualMachine *vm;
    EXCEPINFO excepinfo;
    VARIANT arg, result;
    IDispatch *disp;
    virDomainPtr dom;
    APP *app;
    DISPID wait_id;
    ULONG ref;
    LONG id;
    HRESULT hr;

    if (!(dom = define_domain(VM_PREFIX "task", 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name)))
    {
        APP_(Release)(app);
        goto done;
    }
    hr = IVMVirtualMachine_Startup(vm, &task);
    ok(hr == S_OK && task, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!task)
    {
        IVMVirtualMachine_Release(vm);
        APP_(Release)(app);
        goto done;
    }

    /* While it runs (the test delay holds it), everything answers. */
    check_task_running(task);
    check_vm_state(vm, vmVMState_TurningOn);
    check_object(task, &IID_IVMTask, &CLSID_VMTask);
    check_interface(task, &IID_IVMVirtualMachine, FALSE);
    check_interface(task, &IID_IVMTaskCollection, FALSE);
    check_interface(task, &IID_IVMAccountant, FALSE);
    check_interface(task, &OTHER_TASK_IID, FALSE);
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

    check_members(task, task_members);
    check_unknown_name(task, L"State");
    check_unknown_name(task, L"Wait");

    check_null_pointer("Description", IVMTask_get_Description(task, NULL));
    check_null_pointer("ID", IVMTask_get_ID(task, NULL));
    check_null_pointer("IsCancelable", IVMTask_get_IsCancelable(task, NULL));
    check_null_pointer("IsComplete", IVMTask_get_IsComplete(task, NULL));
    check_null_pointer("PercentCompleted", IVMTask_get_PercentCompleted(task, NULL));
    check_null_pointer("Result", IVMTask_get_Result(task, NULL));
    check_task_null_pointers(task);

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
    ref = APP_(Release)(app);
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
    check_task_error(task, S_OK, name);
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

/* The ID of a task, or -1. */
static LONG get_task_id(IVMTask *task)
{
    LONG id = -1;

    if (FAILED(IVMTask_get_ID(task, &id))) return -1;
    return id;
}

/* The index (1-based) of task 'id' in 'coll', or 0. */
static LONG find_task(IVMTaskCollection *coll, LONG id)
{
    IVMTask *task;
    LONG count = 0, i, found = 0;

    IVMTaskCollection_get_Count(coll, &count);
    for (i = 1; i <= count && !found; i++)
    {
        if (FAILED(IVMTaskCollection_get_Item(coll, i, &task))) continue;
        if (get_task_id(task) == id) found = i;
        IVMTask_Release(task);
    }
    return found;
}

/* Tasks: the backend's tasks under way when asked, oldest first; each item
 * a task object that follows its task; the list fixed for the collection's
 * life. */
static void test_task_collection(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "tasklist";
    IVMTaskCollection *before = NULL, *during = NULL, *after = NULL;
    IVMTask *task = NULL, *listed = NULL;
    IEnumVARIANT *enumvar;
    IVMVirtualMachine *vm;
    IUnknown *unk;
    BSTR description;
    VARIANT result, item;
    LONG count = -1, base = -1, id, index;
    ULONG fetched, seen;
    virDomainPtr dom;
    APP *app;
    HRESULT hr;

    if (!(dom = define_domain(VM_PREFIX "tasklist", 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;

    hr = APP_(get_Tasks)(app, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = APP_(get_Tasks)(app, &before);
    ok(hr == S_OK && before, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!before) goto release_app;
    check_object(before, &IID_IVMTaskCollection, &CLSID_VMTaskCollection);
    check_interface(before, &IID_IVMTask, FALSE);
    hr = IVMTaskCollection_get_Count(before, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTaskCollection_get_Count(before, &base);
    ok(hr == S_OK && base >= 0, "Got hr %#x, count %d.\n", (unsigned)hr, (int)base);

    if (!(vm = find_vm(app, name))) goto release_app;
    hr = IVMVirtualMachine_Startup(vm, &task);
    ok(hr == S_OK && task, "Unexpected hr %#x.\n", (unsigned)hr);
    IVMVirtualMachine_Release(vm);
    if (!task) goto release_app;
    check_task_running(task);
    id = get_task_id(task);

    /* Under way (the test delay holds it): the newest of the list. */
    hr = APP_(get_Tasks)(app, &during);
    ok(hr == S_OK && during, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!during) goto release_task;
    hr = IVMTaskCollection_get_Count(during, &count);
    ok(hr == S_OK && count >= 1, "Got hr %#x, count %d.\n", (unsigned)hr, (int)count);
    index = find_task(during, id);
    ok(index == count, "Task %d is item %d of %d.\n", (int)id, (int)index, (int)count);
    ok(!find_task(before, id), "A collection made before the task lists it.\n");
    hr = IVMTaskCollection_get_Item(during, count, &listed);
    ok(hr == S_OK && listed, "Unexpected hr %#x.\n", (unsigned)hr);
    if (listed)
    {
        check_object(listed, &IID_IVMTask, &CLSID_VMTask);
        check_task_running(listed);
        description = NULL;
        hr = IVMTask_get_Description(listed, &description);
        ok(hr == S_OK && contains_w(description, L"Startup") && contains_w(description, name),
           "Got hr %#x, %s.\n", (unsigned)hr, wine_dbgstr_w(description));
        SysFreeString(description);
    }
    listed = (IVMTask *)0xdeadbeef;
    hr = IVMTaskCollection_get_Item(during, 0, &listed);
    ok(hr == DISP_E_BADINDEX && !listed, "Got hr %#x, %p.\n", (unsigned)hr, listed);
    listed = (IVMTask *)0xdeadbeef;
    hr = IVMTaskCollection_get_Item(during, count + 1, &listed);
    ok(hr == DISP_E_BADINDEX && !listed, "Got hr %#x, %p.\n", (unsigned)hr, listed);
    listed = NULL;
    hr = IVMTaskCollection_get_Item(during, 1, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    /* For Each and the default member, as a script sees them. */
    hr = IVMTaskCollection_get__NewEnum(during, &unk);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (SUCCEEDED(hr))
    {
        hr = IUnknown_QueryInterface(unk, &IID_IEnumVARIANT, (void **)&enumvar);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        IUnknown_Release(unk);
        for (seen = 0; SUCCEEDED(hr) && IEnumVARIANT_Next(enumvar, 1, &item, &fetched) == S_OK;
             seen++)
        {
            ok(V_VT(&item) == VT_DISPATCH, "Got type %#x.\n", V_VT(&item));
            if (seen == (ULONG)count - 1 && V_VT(&item) == VT_DISPATCH)
                ok(get_task_id((IVMTask *)V_DISPATCH(&item)) == id, "The last item is not task %d.\n",
                   (int)id);
            VariantClear(&item);
        }
        if (SUCCEEDED(hr))
        {
            ok(seen == (ULONG)count, "Enumerated %u of %d.\n", (unsigned)seen, (int)count);
            IEnumVARIANT_Release(enumvar);
        }
    }
    hr = invoke_get(during, L"Count", &result);
    ok(hr == S_OK && V_VT(&result) == VT_I4 && V_I4(&result) == count, "Got hr %#x, type %#x.\n",
       (unsigned)hr, V_VT(&result));

    /* Once complete, later lists leave it out; the earlier one stays whole,
     * its item now complete. */
    hr = IVMTask_WaitForCompletion(task, 4000000);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_task_succeeded(task, L"Startup", name, source);
    hr = APP_(get_Tasks)(app, &after);
    ok(hr == S_OK && after, "Unexpected hr %#x.\n", (unsigned)hr);
    if (after)
    {
        ok(!find_task(after, id), "A completed task is listed.\n");
        IVMTaskCollection_Release(after);
    }
    hr = IVMTaskCollection_get_Count(during, &base);
    ok(hr == S_OK && base == count, "Got hr %#x, count %d, was %d.\n", (unsigned)hr, (int)base,
       (int)count);
    index = find_task(during, id);
    ok(index == count, "Task %d is item %d of %d.\n", (int)id, (int)index, (int)count);
    if (SUCCEEDED(IVMTaskCollection_get_Item(during, count, &listed)))
    {
        check_task_succeeded(listed, L"Startup", name, source);
        IVMTask_Release(listed);
    }
    IVMTaskCollection_Release(during);
release_task:
    IVMTask_Release(task);
release_app:
    if (before) IVMTaskCollection_Release(before);
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* A task whose VM goes away between the state check and the libvirt call
 * (the test delay lies between them), and a VM that is gone. */
static void test_task_failure(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "vanish";
    IVMTask *task = NULL;
    IVMVirtualMachine *vm;
    VARIANT result;
    virDomainPtr dom;
    APP *app;
    HRESULT hr;

    if (!(dom = define_domain(VM_PREFIX "vanish", 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;

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
        check_task_error(task, VM_E_VM_UNKNOWN, name);
        IVMTask_Release(task);
    }

    /* Gone for good: every member says so. */
    wait_for_host();
    check_lifecycle_unknown(vm, name, source);
    IVMVirtualMachine_Release(vm);
release:
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* IDispatch::Invoke's edges on every member of every object: a foreign
 * riid, no wFlags, assignments to read-only properties, arguments counted
 * and not there, too many arguments; NULL BSTRs, which COM defines as "";
 * WaitForCompletion's timeouts out of range. */
static void test_dispatch_edges(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "edges";
    IVMVirtualMachineCollection *coll;
    DISPID history, put_id = DISPID_PROPERTYPUT;
    IVMVirtualMachine *vm, *found;
    IVMAccountant *acct;
    IVMTask *task = NULL;
    EXCEPINFO excepinfo;
    DISPPARAMS params;
    VARIANT arg, result;
    virDomainPtr dom;
    unsigned int checked = 0;
    APP *app;
    UINT argerr;
    HRESULT hr;

    if (!(dom = define_domain(VM_PREFIX "edges", 0, 0, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;

    checked += check_invoke_edges(app, "app", DISPID_UNKNOWN);
    if ((coll = get_collection(app)))
    {
        checked += check_invoke_edges(coll, "VirtualMachines", DISPID_UNKNOWN);
        IVMVirtualMachineCollection_Release(coll);
    }

    /* A NULL BSTR is "": no VM has that name, no value that key. */
    found = (IVMVirtualMachine *)0xdeadbeef;
    hr = APP_(FindVirtualMachine)(app, NULL, &found);
    ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!found, "Got %p.\n", found);
    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = NULL;
    hr = invoke_id((IDispatch *)app, get_dispid((IDispatch *)app, L"FindVirtualMachine"),
                   DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_DISPATCH && !V_DISPATCH(&result), "Got type %#x.\n", V_VT(&result));
    VariantClear(&result);
    hr = invoke_id((IDispatch *)app, get_dispid((IDispatch *)app, L"GetConfigurationValue"),
                   DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, VM_E_PREF_NOT_FOUND, source, L"\"\"", NULL);

    if (!(vm = find_vm(app, name))) goto release;
    checked += check_invoke_edges(vm, "vm", DISPID_UNKNOWN);
    hr = invoke_id((IDispatch *)vm, get_dispid((IDispatch *)vm, L"GetConfigurationValue"),
                   DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, VM_E_PREF_NOT_FOUND, source, L"\"\"", NULL);
    check_vm_state(vm, vmVMState_TurnedOff);

    if ((acct = get_accountant(vm)))
    {
        history = get_dispid((IDispatch *)acct, L"CPUUtilizationHistory");
        checked += check_invoke_edges(acct, "Accountant", history);

        /* acct.CPUUtilizationHistory(i) reads; it never assigns. */
        V_VT(&arg) = VT_I4;
        V_I4(&arg) = 0;
        params.rgvarg = &arg;
        params.cArgs = 1;
        params.rgdispidNamedArgs = NULL;
        params.cNamedArgs = 0;
        hr = IDispatch_Invoke((IDispatch *)acct, history, &IID_NULL, LOCALE_USER_DEFAULT,
                              DISPATCH_PROPERTYPUT, &params, &result, &excepinfo, &argerr);
        ok(hr == DISP_E_MEMBERNOTFOUND, "Unexpected hr %#x.\n", (unsigned)hr);
        params.rgdispidNamedArgs = &put_id;
        params.cNamedArgs = 1;
        hr = IDispatch_Invoke((IDispatch *)acct, history, &IID_NULL, LOCALE_USER_DEFAULT,
                              DISPATCH_PROPERTYPUT, &params, &result, &excepinfo, &argerr);
        ok(hr == DISP_E_MEMBERNOTFOUND, "Unexpected hr %#x.\n", (unsigned)hr);
        params.rgdispidNamedArgs = NULL;
        params.cNamedArgs = 0;
        hr = IDispatch_Invoke((IDispatch *)acct, history, &IID_NULL, LOCALE_USER_DEFAULT, 0,
                              &params, &result, &excepinfo, &argerr);
        ok(hr == DISP_E_MEMBERNOTFOUND, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMAccountant_Release(acct);
    }

    hr = IVMVirtualMachine_Startup(vm, &task);
    ok(hr == S_OK && task, "Unexpected hr %#x.\n", (unsigned)hr);
    if (task)
    {
        DISPID wait_id = get_dispid((IDispatch *)task, L"WaitForCompletion");

        hr = IVMTask_WaitForCompletion(task, -1);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        checked += check_invoke_edges(task, "Task", DISPID_UNKNOWN);

        /* Out of range, with a description that says what is allowed. */
        V_VT(&arg) = VT_I4;
        V_I4(&arg) = -2;
        hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
        check_excepinfo(hr, &excepinfo, E_INVALIDARG, source, L"-2", L"4000000");
        V_I4(&arg) = 4000001;
        hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
        check_excepinfo(hr, &excepinfo, E_INVALIDARG, source, L"4000001", L"-1");
        V_VT(&arg) = VT_R8;
        V_R8(&arg) = 3e9;
        hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
        check_excepinfo(hr, &excepinfo, DISP_E_OVERFLOW, source, L"WaitForCompletion", NULL);
        V_VT(&arg) = VT_BSTR;
        V_BSTR(&arg) = SysAllocString(L"-7");
        hr = invoke_id((IDispatch *)task, wait_id, DISPATCH_METHOD, &arg, 1, &result, &excepinfo);
        check_excepinfo(hr, &excepinfo, E_INVALIDARG, source, L"-7", NULL);
        VariantClear(&arg);
        IVMTask_Release(task);
    }
    check_vm_state(vm, vmVMState_Running);
    IVMVirtualMachine_Release(vm);
release:
    APP_(Release)(app);
done:
    /* app, VirtualMachines, the VM, its accountant and a task: at least a
     * member each. */
    ok(checked >= 5 + 4 + 8 + 6 + 9, "Checked %u members.\n", checked);
    remove_domain(dom);
}

/* A 600-character name of 2-, 3- and 4-byte UTF-8 characters (1800 bytes):
 * whole in Name, in every error description that names the VM, in task
 * descriptions. */
static void test_long_names(void)
{
    char utf8[600 * 4 + sizeof(VM_PREFIX)];
    IVMVirtualMachine *vm;
    IVMTask *task = NULL;
    EXCEPINFO excepinfo;
    VARIANT result;
    virDomainPtr dom;
    WCHAR *name;
    BSTR str;
    APP *app;
    HRESULT hr;
    int i;

    strcpy(utf8, VM_PREFIX);
    for (i = 0; i < 200; i++) strcat(utf8, "\xc3\xa9");               /* é */
    for (i = 0; i < 200; i++) strcat(utf8, "\xe5\x90\x8d");           /* 名 */
    for (i = 0; i < 200 - (int)strlen(VM_PREFIX); i++) strcat(utf8, "\xf0\x9f\x98\x80"); /* 😀 */
    if (!(dom = define_domain(utf8, 0, 0, 1))) return;
    name = utf8_to_wide(utf8);
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;

    hr = IVMVirtualMachine_get_Name(vm, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, name);
    SysFreeString(str);

    /* Turned off: the lifecycle errors name it whole, through the vtable
     * and through Invoke. */
    clear_error_info();
    hr = IVMVirtualMachine_Pause(vm);
    ok(hr == VM_E_VM_NOT_RUNNING, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, name, L"test:///default");
    hr = invoke_id((IDispatch *)vm, get_dispid((IDispatch *)vm, L"Save"), DISPATCH_METHOD, NULL, 0,
                   &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, VM_E_VM_NOT_RUNNING, source, name, L"test:///default");

    /* A task's description. */
    hr = IVMVirtualMachine_Startup(vm, &task);
    ok(hr == S_OK && task, "Unexpected hr %#x.\n", (unsigned)hr);
    if (task)
    {
        IVMTask_WaitForCompletion(task, -1);
        hr = IVMTask_get_Description(task, &str);
        ok(hr == S_OK && contains_w(str, name), "Got hr %#x, %s.\n", (unsigned)hr,
           wine_dbgstr_w(str));
        SysFreeString(str);
        IVMTask_Release(task);
    }
    clear_error_info();
    hr = IVMVirtualMachine_Resume(vm);
    ok(hr == E_FAIL, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, name, NULL);

    /* Gone: "no longer exists", named as it was. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    hr = IVMVirtualMachine_get_State(vm, (VMVMState *)&i);
    ok(hr == VM_E_VM_UNKNOWN, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, name, NULL);
    IVMVirtualMachine_Release(vm);
release:
    APP_(Release)(app);
done:
    free(name);
    remove_domain(dom);
}

/* What START_TEST does first: the environment, COM, and a look at the
 * model's class.  FALSE, with a skip, when the tests cannot run. */
static BOOL init_model_tests(void)
{
    APP *app;
    HRESULT hr;

    if (!init_test_environment())
    {
        skip("Cannot open %s.\n", TEST_URI);
        return FALSE;
    }
    CoInitialize(NULL);

    hr = CoCreateInstance(&APP_CLSID, NULL, CLSCTX_INPROC_SERVER, &APP_IID, (void **)&app);
    if (FAILED(hr))
    {
        win_skip("%s is not available: hr %#x.\n", wine_dbgstr_w(APP_PROGID), (unsigned)hr);
        CoUninitialize();
        cleanup_test_environment();
        return FALSE;
    }
    APP_(Release)(app);
    return TRUE;
}

/* What it does last, once test:///default is checked to be as the tests
 * found it. */
static void cleanup_model_tests(void)
{
    check_domains_cleaned_up();
    CoUninitialize();
    cleanup_test_environment();
}
