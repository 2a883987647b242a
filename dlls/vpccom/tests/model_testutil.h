/*
 * Helpers shared by the conformance tests of both object models that need
 * the model's header: include this after it (VPCCOMInterfaces.h or
 * VsComInterfaces.h) and testutil_wine.h.  IVMVirtualMachineCollection,
 * IVMVirtualMachine, the seven accountant properties both products
 * document and IVMTask's common members have the same C names and
 * signatures in both headers, so the helpers below compile against
 * whichever model the including file tests.  Every helper reports
 * failures at its caller's line.
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

#ifndef MODEL_TESTUTIL_H
#define MODEL_TESTUTIL_H

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

#endif /* MODEL_TESTUTIL_H */
