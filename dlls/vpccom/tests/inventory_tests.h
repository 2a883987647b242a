/*
 * Conformance tests of a VM's inventory members (docs/inventory-mapping.md)
 * that both object models pass the same way.
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
 * Include after model_tests.h.  The including file defines the hook
 * check_guest_model(guest, running, name): the members of its IVMGuestOS
 * the other model lacks; and check_vm_inventory_model(vm, name): those of
 * its IVMVirtualMachine.
 */

static void check_guest_model_(const char *file, int line, IVMGuestOS *guest, BOOL running,
                               const WCHAR *name);
static void check_vm_inventory_model_(const char *file, int line, IVMVirtualMachine *vm,
                                      const WCHAR *name);
#define check_guest_model(a, b, c) check_guest_model_(__FILE__, __LINE__, a, b, c)
#define check_vm_inventory_model(a, b) check_vm_inventory_model_(__FILE__, __LINE__, a, b)

#define INVENTORY_UUID "5e1c0a44-2b7d-4f61-8a3e-9c0d1e2f3a4b"
#define LIBOSINFO_NS "http://libosinfo.org/xmlns/libvirt/domain/1.0"

/* Everything the VM-level members read, with values to check. */
static const char inventory_xml[] =
    "<domain type='test'><name>" VM_PREFIX "inventory</name><uuid>" INVENTORY_UUID "</uuid>"
    "<metadata><libosinfo:libosinfo xmlns:libosinfo='" LIBOSINFO_NS "'>"
    "<libosinfo:os id='http://microsoft.com/win/2k3'/></libosinfo:libosinfo></metadata>"
    "<memory unit='MiB'>256</memory><vcpu>1</vcpu>"
    "<sysinfo type='smbios'><system><entry name='serial'>SN-1</entry></system>"
    "<baseBoard><entry name='serial'>BB-1</entry></baseBoard>"
    "<chassis><entry name='serial'>CH-1</entry><entry name='asset'>AT-1</entry></chassis></sysinfo>"
    "<os><type arch='i686'>hvm</type><smbios mode='sysinfo'/></os>"
    "<features><acpi/></features>"
    "<cpu mode='custom' match='exact'><model>pentium3</model>"
    "<feature policy='require' name='sse2'/></cpu>"
    "<seclabel type='static' model='dac' relabel='no'><label>vsadmin:kvm</label></seclabel>"
    "<devices><disk type='file' device='disk'><source file='/srv/inv/a.img'/>"
    "<target dev='vda' bus='virtio'/><transient/></disk>"
    "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>"
    "</devices></domain>";

#define check_vm_bstr(a, b, c) check_vm_bstr_(__FILE__, __LINE__, a, b, c)
static void check_vm_bstr_(const char *file, int line, HRESULT hr, BSTR str,
                           const WCHAR *expected)
{
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, expected);
    SysFreeString(str);
}

#define check_vm_bool(a, b, c) check_vm_bool_(__FILE__, __LINE__, a, b, c)
static void check_vm_bool_(const char *file, int line, HRESULT hr, VARIANT_BOOL value,
                           VARIANT_BOOL expected)
{
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(value == expected, "Got %d, expected %d.\n", value, expected);
}

/* A member failing with 'expected' and a description naming 'part'. */
#define check_vm_error(a, b, c) check_vm_error_(__FILE__, __LINE__, a, b, c)
static void check_vm_error_(const char *file, int line, HRESULT hr, HRESULT expected,
                            const WCHAR *part)
{
    ok_(file, line)(hr == expected, "Got hr %#x, expected %#x.\n", (unsigned)hr,
                    (unsigned)expected);
    check_error_info_(file, line, source, part, NULL);
}

/* Through Invoke, as a script reads it. */
#define check_invoke_bstr(a, b, c) check_invoke_bstr_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static void check_invoke_bstr_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                               const WCHAR *expected)
{
    VARIANT v;
    HRESULT hr = invoke_get_(file, line, disp, name, &v);

    ok_(file, line)(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(name), (unsigned)hr);
    ok_(file, line)(V_VT(&v) == VT_BSTR, "%s: got type %d.\n", wine_dbgstr_w(name), V_VT(&v));
    if (V_VT(&v) == VT_BSTR) check_bstr_(file, line, V_BSTR(&v), expected);
    VariantClear(&v);
}

#define check_invoke_bool(a, b, c) check_invoke_bool_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static void check_invoke_bool_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                               VARIANT_BOOL expected)
{
    VARIANT v;
    HRESULT hr = invoke_get_(file, line, disp, name, &v);

    ok_(file, line)(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(name), (unsigned)hr);
    ok_(file, line)(V_VT(&v) == VT_BOOL && V_BOOL(&v) == expected, "%s: got type %d, %d.\n",
                    wine_dbgstr_w(name), V_VT(&v), V_BOOL(&v));
}

#define check_invoke_error(a, b, c, d) \
    check_invoke_error_(__FILE__, __LINE__, (IDispatch *)(a), b, c, d)
static void check_invoke_error_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                                HRESULT scode, const WCHAR *part)
{
    EXCEPINFO excepinfo;
    VARIANT v;
    HRESULT hr;

    hr = invoke_id(disp, get_dispid(disp, name), DISPATCH_PROPERTYGET, NULL, 0, &v, &excepinfo);
    check_excepinfo_(file, line, hr, &excepinfo, scode, source, part, NULL);
    VariantClear(&v);
}

#define get_guest(a) get_guest_(__FILE__, __LINE__, a)
static IVMGuestOS *get_guest_(const char *file, int line, IVMVirtualMachine *vm)
{
    IVMGuestOS *guest = NULL;
    HRESULT hr = IVMVirtualMachine_get_GuestOS(vm, &guest);

    ok_(file, line)(hr == S_OK && guest, "Unexpected hr %#x.\n", (unsigned)hr);
    return guest;
}

static void check_inventory_null_pointers(IVMVirtualMachine *vm, IVMGuestOS *guest)
{
    check_null_pointer("get_BaseBoardSerialNumber", IVMVirtualMachine_get_BaseBoardSerialNumber(vm, NULL));
    check_null_pointer("get_BIOSGUID", IVMVirtualMachine_get_BIOSGUID(vm, NULL));
    check_null_pointer("get_BIOSSerialNumber", IVMVirtualMachine_get_BIOSSerialNumber(vm, NULL));
    check_null_pointer("get_ChassisAssetTag", IVMVirtualMachine_get_ChassisAssetTag(vm, NULL));
    check_null_pointer("get_ChassisSerialNumber", IVMVirtualMachine_get_ChassisSerialNumber(vm, NULL));
    check_null_pointer("get_File", IVMVirtualMachine_get_File(vm, NULL));
    check_null_pointer("get_GuestOS", IVMVirtualMachine_get_GuestOS(vm, NULL));
    check_null_pointer("get_Has3DNow", IVMVirtualMachine_get_Has3DNow(vm, NULL));
    check_null_pointer("get_HasMMX", IVMVirtualMachine_get_HasMMX(vm, NULL));
    check_null_pointer("get_HasSSE", IVMVirtualMachine_get_HasSSE(vm, NULL));
    check_null_pointer("get_HasSSE2", IVMVirtualMachine_get_HasSSE2(vm, NULL));
    check_null_pointer("get_ProcessorSpeed", IVMVirtualMachine_get_ProcessorSpeed(vm, NULL));
    check_null_pointer("get_SavedStateFilePath", IVMVirtualMachine_get_SavedStateFilePath(vm, NULL));
    check_null_pointer("get_Undoable", IVMVirtualMachine_get_Undoable(vm, NULL));
    check_null_pointer("get_UndoAction", IVMVirtualMachine_get_UndoAction(vm, NULL));
    check_null_pointer("get_OSName", IVMGuestOS_get_OSName(guest, NULL));
    check_null_pointer("get_CanShutdown", IVMGuestOS_get_CanShutdown(guest, NULL));
    check_null_pointer("get_IsHeartbeating", IVMGuestOS_get_IsHeartbeating(guest, NULL));
}

/* The VM's scalar members and its guest OS, turned off then running;
 * an event (metadata change) seen; the VM removed under the objects. */
static void test_inventory_vm(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "inventory";
    IVMVirtualMachine *vm = NULL;
    IVMGuestOS *guest = NULL;
    VARIANT_BOOL flag;
    virNodeInfo node;
    virDomainPtr dom;
    VMUndoAction undo;
    LONG speed;
    APP *app;
    BSTR str;
    HRESULT hr;

    if (!(dom = virDomainDefineXML(conn, inventory_xml)))
    {
        ok(0, "Cannot define the domain: %s\n", virGetLastErrorMessage());
        return;
    }
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;
    if (!(guest = get_guest(vm))) goto release;
    check_interface(guest, &IID_IDispatch, TRUE);
    check_interface(guest, &IID_IProvideClassInfo, FALSE);
    check_interface(guest, &IID_IDispatchEx, FALSE);

    hr = IVMVirtualMachine_get_BIOSSerialNumber(vm, &str);
    check_vm_bstr(hr, str, L"SN-1");
    hr = IVMVirtualMachine_get_BaseBoardSerialNumber(vm, &str);
    check_vm_bstr(hr, str, L"BB-1");
    hr = IVMVirtualMachine_get_ChassisSerialNumber(vm, &str);
    check_vm_bstr(hr, str, L"CH-1");
    hr = IVMVirtualMachine_get_ChassisAssetTag(vm, &str);
    check_vm_bstr(hr, str, L"AT-1");
    hr = IVMVirtualMachine_get_BIOSGUID(vm, &str);
    check_vm_bstr(hr, str, L"{5E1C0A44-2B7D-4F61-8A3E-9C0D1E2F3A4B}");
    /* test:///default keeps its definitions in no file. */
    hr = IVMVirtualMachine_get_File(vm, &str);
    check_vm_bstr(hr, str, L"");

    /* pentium3 has MMX and SSE; the domain requires SSE2 on top. */
    hr = IVMVirtualMachine_get_HasMMX(vm, &flag);
    check_vm_bool(hr, flag, VARIANT_TRUE);
    hr = IVMVirtualMachine_get_HasSSE(vm, &flag);
    check_vm_bool(hr, flag, VARIANT_TRUE);
    hr = IVMVirtualMachine_get_HasSSE2(vm, &flag);
    check_vm_bool(hr, flag, VARIANT_TRUE);
    hr = IVMVirtualMachine_get_Has3DNow(vm, &flag);
    check_vm_bool(hr, flag, VARIANT_FALSE);

    speed = 0;
    hr = IVMVirtualMachine_get_ProcessorSpeed(vm, &speed);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!virNodeGetInfo(conn, &node), "No node info.\n");
    ok(speed == (LONG)node.mhz && speed > 0, "Got %d MHz, the host has %u.\n", (int)speed, node.mhz);

    hr = IVMVirtualMachine_get_Undoable(vm, &flag);
    check_vm_bool(hr, flag, VARIANT_TRUE);
    undo = 0xdeadbeef;
    hr = IVMVirtualMachine_get_UndoAction(vm, &undo);
    ok(hr == S_OK && undo == vmUndoAction_Discard, "Got hr %#x, %d.\n", (unsigned)hr, undo);

    clear_error_info();
    str = (BSTR)0xdeadbeef;
    hr = IVMVirtualMachine_get_SavedStateFilePath(vm, &str);
    check_vm_error(hr, VM_E_VM_NO_SAVED_STATE, name);
    ok(!str, "Got %p.\n", str);

    /* Turned off: no guest to ask. */
    clear_error_info();
    str = (BSTR)0xdeadbeef;
    check_vm_error(IVMGuestOS_get_OSName(guest, &str), VM_E_VM_NOT_RUNNING, name);
    ok(!str, "Got %p.\n", str);
    flag = 0x1234;
    hr = IVMGuestOS_get_CanShutdown(guest, &flag);
    ok(hr == S_FALSE && flag == VARIANT_FALSE, "Got hr %#x, %d.\n", (unsigned)hr, flag);
    clear_error_info();
    check_vm_error(IVMGuestOS_get_IsHeartbeating(guest, &flag), VM_E_VM_NOT_RUNNING, name);
    check_guest_model(guest, FALSE, name);
    check_vm_inventory_model(vm, name);
    check_inventory_null_pointers(vm, guest);

    /* Through Invoke. */
    check_invoke_bstr(vm, L"BIOSSerialNumber", L"SN-1");
    check_invoke_bool(vm, L"HasSSE2", VARIANT_TRUE);
    check_invoke_error(vm, L"SavedStateFilePath", VM_E_VM_NO_SAVED_STATE, name);
    check_invoke_error(guest, L"OSName", VM_E_VM_NOT_RUNNING, name);

    /* Running: libosinfo names what it was installed as; ACPI shuts it
     * down; the agent channel's state is not reported by the test driver. */
    start_domain(dom);
    wait_for_host();
    hr = IVMGuestOS_get_OSName(guest, &str);
    check_vm_bstr(hr, str, L"Microsoft Windows Server 2003");
    hr = IVMGuestOS_get_CanShutdown(guest, &flag);
    check_vm_bool(hr, flag, VARIANT_TRUE);
    hr = IVMGuestOS_get_IsHeartbeating(guest, &flag);
    check_vm_bool(hr, flag, VARIANT_FALSE);
    check_invoke_bstr(guest, L"OSName", L"Microsoft Windows Server 2003");
    check_invoke_bool(guest, L"CanShutdown", VARIANT_TRUE);
    check_guest_model(guest, TRUE, name);

    /* Someone changes the metadata: the next read sees it. */
    ok(!virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT,
                             "<libosinfo><os id='http://microsoft.com/win/xp'/></libosinfo>",
                             "libosinfo", LIBOSINFO_NS,
                             VIR_DOMAIN_AFFECT_LIVE),
       "Cannot set the metadata: %s\n", virGetLastErrorMessage());
    wait_for_host();
    hr = IVMGuestOS_get_OSName(guest, &str);
    check_vm_bstr(hr, str, L"Microsoft Windows XP");

    /* Removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    check_vm_gone("get_OSName", IVMGuestOS_get_OSName(guest, &str), name, source);
    clear_error_info();
    check_vm_gone("get_CanShutdown", IVMGuestOS_get_CanShutdown(guest, &flag), name, source);
    clear_error_info();
    str = (BSTR)0xdeadbeef;
    check_vm_gone("get_File", IVMVirtualMachine_get_File(vm, &str), name, source);
    ok(!str, "Got %p.\n", str);
    clear_error_info();
    check_vm_gone("get_HasMMX", IVMVirtualMachine_get_HasMMX(vm, &flag), name, source);
    clear_error_info();
    check_vm_gone("get_BIOSGUID", IVMVirtualMachine_get_BIOSGUID(vm, &str), name, source);
    clear_error_info();
    check_vm_gone("get_GuestOS", IVMVirtualMachine_get_GuestOS(vm, (IVMGuestOS **)&str), name,
                  source);
    check_invoke_error(vm, L"File", VM_E_VM_UNKNOWN, name);

release:
    if (guest) IVMGuestOS_Release(guest);
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* A VM with nothing optional: no <cpu>, no <sysinfo>, no metadata. */
static void test_inventory_vm_bare(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "bare";
    IVMVirtualMachine *vm;
    IVMGuestOS *guest;
    VARIANT_BOOL flag;
    virDomainPtr dom;
    APP *app;
    BSTR str;
    HRESULT hr;

    if (!(dom = define_domain(VM_PREFIX "bare", 0, 0, 1))) return;
    start_domain(dom);
    wait_for_host();
    if (!(app = create_app())) goto done;
    if ((vm = find_vm(app, name)))
    {
        hr = IVMVirtualMachine_get_BIOSSerialNumber(vm, &str);
        check_vm_bstr(hr, str, L"");
        hr = IVMVirtualMachine_get_ChassisAssetTag(vm, &str);
        check_vm_bstr(hr, str, L"");
        hr = IVMVirtualMachine_get_Undoable(vm, &flag);
        check_vm_bool(hr, flag, VARIANT_FALSE);
        /* The hypervisor's default CPU, which libvirt does not describe. */
        clear_error_info();
        check_vm_error(IVMVirtualMachine_get_HasMMX(vm, &flag), DISP_E_EXCEPTION, L"HasMMX");
        check_invoke_error(vm, L"Has3DNow", DISP_E_EXCEPTION, L"Has3DNow");
        if ((guest = get_guest(vm)))
        {
            /* Running, but nothing names its OS, and no way to shut it down. */
            clear_error_info();
            check_vm_error(IVMGuestOS_get_OSName(guest, &str), VM_E_ADDITIONS_FEATURE_NOT_AVAIL,
                           name);
            hr = IVMGuestOS_get_CanShutdown(guest, &flag);
            check_vm_bool(hr, flag, VARIANT_FALSE);
            clear_error_info();
            check_vm_error(IVMGuestOS_get_IsHeartbeating(guest, &flag), VM_E_ADDITIONS_NOT_AVAIL,
                           name);
            IVMGuestOS_Release(guest);
        }
        IVMVirtualMachine_Release(vm);
    }
    APP_(Release)(app);
done:
    remove_domain(dom);
}
