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

#define check_invoke_long(a, b, c) check_invoke_long_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static void check_invoke_long_(const char *file, int line, IDispatch *disp, const WCHAR *name,
                               LONG expected)
{
    VARIANT v;
    HRESULT hr = invoke_get_(file, line, disp, name, &v);

    ok_(file, line)(hr == S_OK && SUCCEEDED(VariantChangeType(&v, &v, 0, VT_I4)) &&
                    V_I4(&v) == expected, "%s: got hr %#x, %d, expected %d.\n",
                    wine_dbgstr_w(name), (unsigned)hr, V_I4(&v), (int)expected);
    VariantClear(&v);
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
    IVMVirtualMachine *vm = NULL, *vm2;
    IVMGuestOS *guest = NULL, *guest2;
    APP *app2;
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
    clear_error_info();
    check_vm_error(IVMGuestOS_get_HeartbeatPercentage(guest, &speed), VM_E_VM_NOT_RUNNING, name);
    check_null_pointer("get_HeartbeatPercentage", IVMGuestOS_get_HeartbeatPercentage(guest, NULL));
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
    speed = 0xdeadbeef;
    hr = IVMGuestOS_get_HeartbeatPercentage(guest, &speed);
    ok(hr == S_OK && !speed, "Got hr %#x, %d.\n", (unsigned)hr, (int)speed);
    check_invoke_long(guest, L"HeartbeatPercentage", 0);
    check_invoke_bstr(guest, L"OSName", L"Microsoft Windows Server 2003");
    check_invoke_bool(guest, L"CanShutdown", VARIANT_TRUE);
    check_guest_model(guest, TRUE, name);

    /* With GuestAgent, the agent is asked through a read-write connection:
     * the test driver answers the host name ("<name>host"), not the OS. */
    SetEnvironmentVariableW(L"WINE_VPC_GUEST_AGENT", L"1");
    app2 = create_app();
    SetEnvironmentVariableW(L"WINE_VPC_GUEST_AGENT", NULL);
    if (app2 && (vm2 = find_vm(app2, name)))
    {
        if ((guest2 = get_guest(vm2)))
        {
            check_invoke_bstr(guest2, L"ComputerName", L"" VM_PREFIX "inventoryhost");
            hr = IVMGuestOS_get_OSName(guest2, &str);
            check_vm_bstr(hr, str, L"Microsoft Windows Server 2003");
            IVMGuestOS_Release(guest2);
        }
        IVMVirtualMachine_Release(vm2);
    }
    if (app2) APP_(Release)(app2);
    /* Without it, the same VM's host name is not known. */
    check_invoke_error(guest, L"ComputerName", VM_E_ADDITIONS_FEATURE_NOT_AVAIL, L"ComputerName");

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
    LONG value;
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
            clear_error_info();
            check_vm_error(IVMGuestOS_get_HeartbeatPercentage(guest, &value),
                           VM_E_ADDITIONS_NOT_AVAIL, L"HeartbeatPercentage");
            IVMGuestOS_Release(guest);
        }
        IVMVirtualMachine_Release(vm);
    }
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* Devices: every kind once or twice, in an order the collections keep. */
static const char devices_xml[] =
    "<domain type='test'><name>" VM_PREFIX "devices</name><uuid>5e1c0a44-2b7d-4f61-8a3e-9c0d1e2f3a4c</uuid>"
    "<memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>"
    "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
    "<source file='/srv/inv/system.qcow2'/><target dev='hda' bus='ide'/></disk>"
    "<disk type='file' device='cdrom'><source file='/srv/inv/cd.iso'/>"
    "<target dev='hdc' bus='ide'/><readonly/></disk>"
    "<disk type='file' device='floppy'><source file='/srv/inv/boot.vfd'/>"
    "<target dev='fda' bus='fdc'/></disk>"
    "<controller type='scsi' index='0' model='lsilogic'/>"
    "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
    "<source file='/srv/inv/data.img'/><target dev='sdb' bus='scsi'/></disk>"
    "<interface type='network'><mac address='52:54:00:aa:00:01'/><source network='default'/></interface>"
    "<interface type='bridge'><mac address='52:54:00:aa:00:02'/><source bridge='br0'/>"
    "<link state='down'/></interface>"
    "<serial type='pty'><target port='0'/></serial>"
    "<serial type='file'><source path='/srv/inv/com2.log'/><target port='1'/></serial>"
    "<parallel type='file'><source path='/srv/inv/lpt.out'/><target port='0'/></parallel>"
    "<video><model type='vga' vram='16384' heads='1' primary='yes'>"
    "<resolution x='1024' y='768'/></model></video>"
    "</devices></domain>";

static void check_devices_model_(const char *file, int line, IVMVirtualMachine *vm);
#define check_devices_model(a) check_devices_model_(__FILE__, __LINE__, a)

/* A collection's Count, bad indexes on both sides, For Each's length, and
 * Count through Invoke. */
#define check_device_collection(a, b) check_device_collection_(__FILE__, __LINE__, (IDispatch *)(a), b)
static void check_device_collection_(const char *file, int line, IDispatch *coll, LONG expected)
{
    IEnumVARIANT *enumerator = NULL;
    IUnknown *unk = NULL;
    VARIANT v, index;
    ULONG fetched, total = 0;
    EXCEPINFO excepinfo;
    HRESULT hr;

    hr = invoke_get_(file, line, coll, L"Count", &v);
    ok_(file, line)(hr == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == expected,
                    "Got hr %#x, type %d, count %d, expected %d.\n", (unsigned)hr, V_VT(&v),
                    V_I4(&v), (int)expected);
    V_VT(&index) = VT_I4;
    V_I4(&index) = expected + 1;
    hr = invoke_id(coll, DISPID_VALUE, DISPATCH_PROPERTYGET, &index, 1, &v, &excepinfo);
    check_excepinfo_(file, line, hr, &excepinfo, DISP_E_BADINDEX, source, L"numbered from 1", NULL);
    V_I4(&index) = 0;
    hr = invoke_id(coll, DISPID_VALUE, DISPATCH_PROPERTYGET, &index, 1, &v, &excepinfo);
    check_excepinfo_(file, line, hr, &excepinfo, DISP_E_BADINDEX, source, L"numbered from 1", NULL);

    hr = invoke_get_(file, line, coll, L"_NewEnum", &v);
    ok_(file, line)(hr == S_OK && V_VT(&v) == VT_UNKNOWN, "Got hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) return;
    unk = V_UNKNOWN(&v);
    IUnknown_QueryInterface(unk, &IID_IEnumVARIANT, (void **)&enumerator);
    IUnknown_Release(unk);
    ok_(file, line)(enumerator != NULL, "No enumerator.\n");
    if (!enumerator) return;
    while (IEnumVARIANT_Next(enumerator, 1, &v, &fetched) == S_OK)
    {
        ok_(file, line)(V_VT(&v) == VT_DISPATCH && V_DISPATCH(&v), "Got type %d.\n", V_VT(&v));
        VariantClear(&v);
        total++;
    }
    ok_(file, line)(total == (ULONG)expected, "For Each gave %u items, expected %d.\n",
                    (unsigned)total, (int)expected);
    IEnumVARIANT_Release(enumerator);
}

/* Item(index) of a collection, through Invoke. */
static IDispatch *get_item(IDispatch *coll, LONG index)
{
    EXCEPINFO excepinfo;
    VARIANT v, arg;
    HRESULT hr;

    V_VT(&arg) = VT_I4;
    V_I4(&arg) = index;
    hr = invoke_id(coll, DISPID_VALUE, DISPATCH_PROPERTYGET, &arg, 1, &v, &excepinfo);
    ok(hr == S_OK && V_VT(&v) == VT_DISPATCH, "Got hr %#x, type %d.\n", (unsigned)hr, V_VT(&v));
    return hr == S_OK ? V_DISPATCH(&v) : NULL;
}

static void test_inventory_devices(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "devices";
    IVMNetworkAdapterCollection *nics = NULL, *nics2;
    IVMSerialPortCollection *serials2;
    IVMHardDiskConnectionCollection *disks = NULL;
    IVMDVDDriveCollection *dvds = NULL;
    IVMFloppyDriveCollection *floppies = NULL;
    IVMSerialPortCollection *serials = NULL;
    IVMParallelPortCollection *parallels = NULL;
    IDispatch *item, *disk;
    IVMNetworkAdapter *nic = NULL;
    IVMVirtualMachine *vm = NULL, *owner;
    IVMDisplay *display = NULL;
    IVMHardDisk *parent;
    VARIANT v;
    LONG value;
    virDomainPtr dom;
    APP *app;
    BSTR str;
    HRESULT hr;

    if (!(dom = virDomainDefineXML(conn, devices_xml)))
    {
        ok(0, "Cannot define the domain: %s\n", virGetLastErrorMessage());
        return;
    }
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;

    check_null_pointer("get_NetworkAdapters", IVMVirtualMachine_get_NetworkAdapters(vm, NULL));
    check_null_pointer("get_DVDROMDrives", IVMVirtualMachine_get_DVDROMDrives(vm, NULL));
    check_null_pointer("get_Display", IVMVirtualMachine_get_Display(vm, NULL));
    hr = IVMVirtualMachine_get_NetworkAdapters(vm, &nics);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_get_HardDiskConnections(vm, &disks);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_get_DVDROMDrives(vm, &dvds);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_get_FloppyDrives(vm, &floppies);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_get_SerialPorts(vm, &serials);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_get_ParallelPorts(vm, &parallels);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!nics || !disks || !dvds || !floppies || !serials || !parallels) goto release;
    check_interface(nics, &IID_IVMNetworkAdapterCollection, TRUE);
    check_interface(nics, &IID_IDispatchEx, FALSE);
    check_device_collection(nics, 2);
    check_device_collection(disks, 2);
    check_device_collection(dvds, 1);
    check_device_collection(floppies, 1);
    check_device_collection(serials, 2);
    check_device_collection(parallels, 1);
    check_null_pointer("Count", IVMNetworkAdapterCollection_get_Count(nics, NULL));
    check_null_pointer("Item", IVMNetworkAdapterCollection_get_Item(nics, 1, NULL));
    clear_error_info();
    nic = (IVMNetworkAdapter *)0xdeadbeef;
    hr = IVMNetworkAdapterCollection_get_Item(nics, 3, &nic);
    ok(hr == DISP_E_BADINDEX && !nic, "Got hr %#x, %p.\n", (unsigned)hr, nic);

    /* Network adapters, in domain order. */
    hr = IVMNetworkAdapterCollection_get_Item(nics, 2, &nic);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMNetworkAdapter_get_EthernetAddress(nic, &str);
    check_vm_bstr(hr, str, L"52-54-00-AA-00-02");
    check_null_pointer("get_EthernetAddress", IVMNetworkAdapter_get_EthernetAddress(nic, NULL));
    owner = NULL;
    hr = IVMNetworkAdapter_get_VirtualMachine(nic, &owner);
    ok(hr == S_OK && owner, "Unexpected hr %#x.\n", (unsigned)hr);
    if (owner)
    {
        check_vm_name(owner, VM_PREFIX "devices");
        IVMVirtualMachine_Release(owner);
    }
    /* On a plain host bridge: on no virtual network. */
    {
        IVMVirtualNetwork *network = (IVMVirtualNetwork *)0xdeadbeef;

        hr = IVMNetworkAdapter_get_VirtualNetwork(nic, &network);
        ok(hr == S_FALSE && !network, "Got hr %#x, %p.\n", (unsigned)hr, network);
        check_null_pointer("get_VirtualNetwork", IVMNetworkAdapter_get_VirtualNetwork(nic, NULL));
    }
    if ((item = get_item((IDispatch *)nics, 1)))
    {
        /* On test:///default's network "default". */
        hr = invoke_get(item, L"VirtualNetwork", &v);
        ok(hr == S_OK && V_VT(&v) == VT_DISPATCH && V_DISPATCH(&v), "Got hr %#x, type %d.\n",
           (unsigned)hr, V_VT(&v));
        if (hr == S_OK && V_VT(&v) == VT_DISPATCH && V_DISPATCH(&v))
            check_invoke_bstr(V_DISPATCH(&v), L"Name", L"default");
        VariantClear(&v);
        check_invoke_bstr(item, L"EthernetAddress", L"52-54-00-AA-00-01");
        check_invoke_bool(item, L"IsEthernetAddressDynamic", VARIANT_FALSE);
        IDispatch_Release(item);
    }

    /* Drives: the CD-ROM's image is a path Wine shows; it holds no host drive. */
    if ((item = get_item((IDispatch *)dvds, 1)))
    {
        check_invoke_long(item, L"Attachment", vmDVDDrive_Image);
        check_invoke_long(item, L"BusNumber", 1);
        check_invoke_long(item, L"DeviceNumber", 0);
        check_invoke_bstr(item, L"ImageFile", L"Z:\\srv\\inv\\cd.iso");
        check_invoke_error(item, L"HostDriveLetter", VM_E_MEDIA_WRONG_TYPE, L"HostDriveLetter");
        IDispatch_Release(item);
    }
    if ((item = get_item((IDispatch *)floppies, 1)))
    {
        check_invoke_long(item, L"Attachment", vmFloppyDrive_Image);
        check_invoke_long(item, L"DriveNumber", 0);
        check_invoke_bstr(item, L"ImageFile", L"Z:\\srv\\inv\\boot.vfd");
        IDispatch_Release(item);
    }

    /* Disks: qcow2 grows, raw is fixed; sizes are the test driver's. */
    if ((item = get_item((IDispatch *)disks, 1)))
    {
        check_invoke_long(item, L"BusNumber", 0);
        check_invoke_long(item, L"DeviceNumber", 0);
        hr = invoke_get(item, L"UndoHardDisk", &v);
        ok(hr == S_OK && (V_VT(&v) == VT_DISPATCH && !V_DISPATCH(&v)), "Got hr %#x, type %d.\n",
           (unsigned)hr, V_VT(&v));
        hr = invoke_get(item, L"HardDisk", &v);
        ok(hr == S_OK && V_VT(&v) == VT_DISPATCH, "Got hr %#x.\n", (unsigned)hr);
        disk = hr == S_OK ? V_DISPATCH(&v) : NULL;
        if (disk)
        {
            check_invoke_bstr(disk, L"File", L"Z:\\srv\\inv\\system.qcow2");
            check_invoke_long(disk, L"Type", vmDiskType_Dynamic);
            hr = invoke_get(disk, L"SizeInGuest", &v);
            ok(hr == S_OK && V_VT(&v) == VT_DECIMAL && decimal_value(&v) == 1099506450432ull,
               "Got hr %#x, type %d.\n", (unsigned)hr, V_VT(&v));
            hr = invoke_get(disk, L"SizeOnHost", &v);
            ok(hr == S_OK && decimal_value(&v) == 1099511627776ull, "Got hr %#x.\n", (unsigned)hr);
            parent = (IVMHardDisk *)0xdeadbeef;
            hr = IVMHardDisk_get_Parent((IVMHardDisk *)disk, &parent);
            ok(hr == S_FALSE && !parent, "Got hr %#x, %p.\n", (unsigned)hr, parent);
            check_null_pointer("get_SizeInGuest", IVMHardDisk_get_SizeInGuest((IVMHardDisk *)disk, NULL));
            /* test:///default's only pool is /default-pool: the file is in none. */
            check_invoke_error(disk, L"HostFreeDiskSpace", DISP_E_EXCEPTION, L"HostFreeDiskSpace");
            IDispatch_Release(disk);
        }
        IDispatch_Release(item);
    }
    if ((item = get_item((IDispatch *)disks, 2)))
    {
        hr = invoke_get(item, L"HardDisk", &v);
        if (hr == S_OK && V_VT(&v) == VT_DISPATCH)
        {
            check_invoke_long(V_DISPATCH(&v), L"Type", vmDiskType_FixedSize);
            VariantClear(&v);
        }
        check_invoke_long(item, L"DeviceNumber", 1);
        IDispatch_Release(item);
    }

    /* Ports: a pseudo-terminal not allocated yet has no name; LPT1. */
    if ((item = get_item((IDispatch *)serials, 1)))
    {
        check_invoke_long(item, L"Type", vmSerialPort_HostPort);
        check_invoke_bstr(item, L"Name", L"");
        IDispatch_Release(item);
    }
    if ((item = get_item((IDispatch *)serials, 2)))
    {
        check_invoke_long(item, L"Type", vmSerialPort_TextFile);
        check_invoke_bstr(item, L"Name", L"Z:\\srv\\inv\\com2.log");
        check_invoke_error(item, L"ConnectImmediately", E_NOTIMPL, L"ConnectImmediately");
        IDispatch_Release(item);
    }
    if ((item = get_item((IDispatch *)parallels, 1)))
    {
        check_invoke_bstr(item, L"Name", L"LPT1");
        IDispatch_Release(item);
    }
    check_devices_model(vm);

    /* IDE drives by (bus, device): the disk at 0,0, the CD-ROM at 1,0. */
    hr = invoke_get(vm, L"AttachedDriveTypes", &v);
    ok(hr == S_OK && V_VT(&v) == (VT_ARRAY | VT_VARIANT) && SafeArrayGetDim(V_ARRAY(&v)) == 2,
       "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    if (hr == S_OK && V_VT(&v) == (VT_ARRAY | VT_VARIANT))
    {
        static const LONG expected[2][2] = { { vmDriveType_HardDisk, vmDriveType_Null },
                                             { vmDriveType_DVD, vmDriveType_Null } };
        LONG indices[2];
        VARIANT element;

        for (indices[0] = 0; indices[0] < 2; indices[0]++)
            for (indices[1] = 0; indices[1] < 2; indices[1]++)
            {
                VariantInit(&element);
                hr = SafeArrayGetElement(V_ARRAY(&v), indices, &element);
                ok(hr == S_OK && V_VT(&element) == VT_I4 &&
                   V_I4(&element) == expected[indices[0]][indices[1]],
                   "(%d, %d): got hr %#x, type %d, %d.\n", (int)indices[0], (int)indices[1],
                   (unsigned)hr, V_VT(&element), V_I4(&element));
            }
        VariantClear(&v);
    }
    check_null_pointer("get_AttachedDriveTypes", IVMVirtualMachine_get_AttachedDriveTypes(vm, NULL));

    /* No tablet: relative coordinates; the pointer's state is not reported. */
    {
        IVMMouse *mouse = NULL;
        VARIANT_BOOL absolute = VARIANT_TRUE;

        hr = IVMVirtualMachine_get_Mouse(vm, &mouse);
        ok(hr == S_OK && mouse, "Unexpected hr %#x.\n", (unsigned)hr);
        if (mouse)
        {
            hr = IVMMouse_get_UsingAbsoluteCoordinates(mouse, &absolute);
            check_vm_bool(hr, absolute, VARIANT_FALSE);
            check_invoke_bool(mouse, L"UsingAbsoluteCoordinates", VARIANT_FALSE);
            check_not_supported(IVMMouse_get_HorizontalPosition(mouse, &value),
                                L"IVMMouse::HorizontalPosition");
            IVMMouse_Release(mouse);
        }
    }

    /* The display answers while the VM runs. */
    hr = IVMVirtualMachine_get_Display(vm, &display);
    ok(hr == S_OK && display, "Unexpected hr %#x.\n", (unsigned)hr);
    if (display)
    {
        clear_error_info();
        check_vm_error(IVMDisplay_get_Width(display, &value), VM_E_VM_UNKNOWN, name);
        start_domain(dom);
        wait_for_host();
        value = 0;
        hr = IVMDisplay_get_Width(display, &value);
        ok(hr == S_OK && value == 1024, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        check_invoke_long(display, L"Height", 768);
        check_null_pointer("get_Height", IVMDisplay_get_Height(display, NULL));
        check_not_supported(IVMDisplay_get_VideoMode(display, (VMDisplayVideoMode *)&value),
                            L"IVMDisplay::VideoMode");
        virDomainDestroy(dom);
    }

    /* The second NIC removed by someone else: the object says so. */
    virDomainFree(dom);
    {
        char xml[sizeof(devices_xml)], *cut;

        strcpy(xml, devices_xml);
        cut = strstr(xml, "<interface type='bridge'>");
        memmove(cut, strstr(cut, "</interface>") + strlen("</interface>"),
                strlen(strstr(cut, "</interface>") + strlen("</interface>")) + 1);
        dom = virDomainDefineXML(conn, xml);
        ok(dom != NULL, "Cannot redefine: %s\n", virGetLastErrorMessage());
    }
    wait_for_host();
    clear_error_info();
    check_vm_error(IVMNetworkAdapter_get_EthernetAddress(nic, &str), DISP_E_EXCEPTION,
                   L"EthernetAddress");
    if (SUCCEEDED(IVMVirtualMachine_get_NetworkAdapters(vm, &nics2)))
    {
        check_device_collection(nics2, 1);
        IVMNetworkAdapterCollection_Release(nics2);
    }

    /* The VM removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    check_vm_gone("get_EthernetAddress", IVMNetworkAdapter_get_EthernetAddress(nic, &str), name,
                  source);
    if (display)
    {
        clear_error_info();
        check_vm_gone("get_Width", IVMDisplay_get_Width(display, &value), name, source);
    }
    clear_error_info();
    serials2 = (IVMSerialPortCollection *)0xdeadbeef;
    check_vm_gone("get_SerialPorts", IVMVirtualMachine_get_SerialPorts(vm, &serials2), name, source);
    ok(!serials2, "Got %p.\n", serials2);
    /* What was made before still counts. */
    check_device_collection(serials, 2);

release:
    if (display) IVMDisplay_Release(display);
    if (nic) IVMNetworkAdapter_Release(nic);
    if (nics) IVMNetworkAdapterCollection_Release(nics);
    if (disks) IVMHardDiskConnectionCollection_Release(disks);
    if (dvds) IVMDVDDriveCollection_Release(dvds);
    if (floppies) IVMFloppyDriveCollection_Release(floppies);
    if (parallels) IVMParallelPortCollection_Release(parallels);
    if (serials) IVMSerialPortCollection_Release(serials);
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    remove_domain(dom);
}

/* The NICs a collection holds, by address, in order, through Invoke. */
#define check_nic_addresses(a, b, c) \
    check_nic_addresses_(__FILE__, __LINE__, (IDispatch *)(a), b, c)
static void check_nic_addresses_(const char *file, int line, IDispatch *coll,
                                 const WCHAR *const *addresses, LONG count)
{
    IDispatch *item;
    LONG i;

    check_device_collection_(file, line, coll, count);
    for (i = 0; i < count; i++)
    {
        if (!(item = get_item(coll, i + 1))) continue;
        check_invoke_bstr_(file, line, item, L"EthernetAddress", addresses[i]);
        IDispatch_Release(item);
    }
}

#define check_nic_owner(a, b) check_nic_owner_(__FILE__, __LINE__, a, b)
static void check_nic_owner_(const char *file, int line, IVMNetworkAdapter *nic,
                             const char *expected)
{
    IVMVirtualMachine *owner = NULL;
    HRESULT hr = IVMNetworkAdapter_get_VirtualMachine(nic, &owner);

    ok_(file, line)(hr == S_OK && owner, "Got hr %#x, %p.\n", (unsigned)hr, owner);
    if (!owner) return;
    check_vm_name_(file, line, owner, expected);
    IVMVirtualMachine_Release(owner);
}

/* docs/inventory-mapping.md 2.5 on the inventory lab: a network's adapters
 * are its host's VMs' NICs on it, in VirtualMachines' order then each
 * VM's (build-off's link is down, it is still on "lab"); the unconnected
 * ones are the NICs on no libvirt network (W2k3's second, on br0). */
static void test_network_adapters_of_networks(void)
{
    static const WCHAR *const on_isolated[] = { L"52-54-00-1A-04-01" };
    static const WCHAR *const on_lab[] =
        { L"52-54-00-1A-01-01", L"52-54-00-1A-02-01", L"52-54-00-1A-03-01" };
    static const WCHAR *const unconnected[] = { L"52-54-00-1A-03-02" };
    IVMNetworkAdapterCollection *nics = NULL;
    IVMVirtualNetworkCollection *networks = NULL;
    IVMVirtualNetwork *net = NULL, *back;
    IVMNetworkAdapter *nic;
    LONG count;
    VARIANT v;
    BSTR str;
    HRESULT hr;
    APP *app;

    if (!(app = create_app_for(INVENTORY_URI))) return;
    hr = APP_(get_VirtualNetworks)(app, &networks);
    ok(hr == S_OK && networks, "Got hr %#x, %p.\n", (unsigned)hr, networks);
    if (!networks) goto done;

    /* "isolated" through the vtable: one NIC, XP-SAVED's. */
    hr = IVMVirtualNetworkCollection_get_Item(networks, 1, &net);
    ok(hr == S_OK && net, "Got hr %#x, %p.\n", (unsigned)hr, net);
    if (!net) goto done;
    check_null_pointer("NetworkAdapters", IVMVirtualNetwork_get_NetworkAdapters(net, NULL));
    hr = IVMVirtualNetwork_get_NetworkAdapters(net, &nics);
    ok(hr == S_OK && nics, "Got hr %#x, %p.\n", (unsigned)hr, nics);
    if (!nics) goto done;
    check_interface(nics, &IID_IVMNetworkAdapterCollection, TRUE);
    count = -1;
    hr = IVMNetworkAdapterCollection_get_Count(nics, &count);
    ok(hr == S_OK && count == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
    nic = (IVMNetworkAdapter *)0xdeadbeef;
    hr = IVMNetworkAdapterCollection_get_Item(nics, 2, &nic);
    ok(hr == DISP_E_BADINDEX && !nic, "Got hr %#x, %p.\n", (unsigned)hr, nic);
    nic = (IVMNetworkAdapter *)0xdeadbeef;
    hr = IVMNetworkAdapterCollection_get_Item(nics, 0, &nic);
    ok(hr == DISP_E_BADINDEX && !nic, "Got hr %#x, %p.\n", (unsigned)hr, nic);
    check_null_pointer("Count", IVMNetworkAdapterCollection_get_Count(nics, NULL));
    check_null_pointer("Item", IVMNetworkAdapterCollection_get_Item(nics, 1, NULL));
    check_null_pointer("_NewEnum", IVMNetworkAdapterCollection_get__NewEnum(nics, NULL));
    nic = NULL;
    hr = IVMNetworkAdapterCollection_get_Item(nics, 1, &nic);
    ok(hr == S_OK && nic, "Got hr %#x, %p.\n", (unsigned)hr, nic);
    if (nic)
    {
        str = NULL;
        hr = IVMNetworkAdapter_get_EthernetAddress(nic, &str);
        check_vm_bstr(hr, str, L"52-54-00-1A-04-01");
        check_nic_owner(nic, "XP-SAVED");
        /* And back: the adapter's network is the one it was listed under. */
        back = NULL;
        hr = IVMNetworkAdapter_get_VirtualNetwork(nic, &back);
        ok(hr == S_OK && back, "Got hr %#x, %p.\n", (unsigned)hr, back);
        if (back)
        {
            check_network_name(back, L"isolated");
            IVMVirtualNetwork_Release(back);
        }
        IVMNetworkAdapter_Release(nic);
    }
    check_nic_addresses(nics, on_isolated, 1);
    IVMNetworkAdapterCollection_Release(nics);
    IVMVirtualNetwork_Release(net);

    /* "lab" through Invoke: three VMs' NICs, in VirtualMachines' order. */
    net = NULL;
    hr = IVMVirtualNetworkCollection_get_Item(networks, 2, &net);
    ok(hr == S_OK && net, "Got hr %#x, %p.\n", (unsigned)hr, net);
    if (!net) goto done;
    hr = invoke_get(net, L"NetworkAdapters", &v);
    ok(hr == S_OK && V_VT(&v) == VT_DISPATCH, "Got hr %#x, type %d.\n", (unsigned)hr, V_VT(&v));
    if (V_VT(&v) == VT_DISPATCH) check_nic_addresses(V_DISPATCH(&v), on_lab, 3);
    VariantClear(&v);
    IVMVirtualNetwork_Release(net);

    /* Every host's NICs on no libvirt network, through the vtable. */
    check_null_pointer("UnconnectedNetworkAdapters", APP_(get_UnconnectedNetworkAdapters)(app, NULL));
    nics = NULL;
    hr = APP_(get_UnconnectedNetworkAdapters)(app, &nics);
    ok(hr == S_OK && nics, "Got hr %#x, %p.\n", (unsigned)hr, nics);
    if (nics)
    {
        count = -1;
        hr = IVMNetworkAdapterCollection_get_Count(nics, &count);
        ok(hr == S_OK && count == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
        nic = NULL;
        hr = IVMNetworkAdapterCollection_get_Item(nics, 1, &nic);
        ok(hr == S_OK && nic, "Got hr %#x, %p.\n", (unsigned)hr, nic);
        if (nic)
        {
            back = (IVMVirtualNetwork *)0xdeadbeef;
            hr = IVMNetworkAdapter_get_VirtualNetwork(nic, &back);
            ok(hr == S_FALSE && !back, "Got hr %#x, %p.\n", (unsigned)hr, back);
            check_nic_owner(nic, "Windows Server 2003");
            IVMNetworkAdapter_Release(nic);
        }
        nic = (IVMNetworkAdapter *)0xdeadbeef;
        hr = IVMNetworkAdapterCollection_get_Item(nics, -1, &nic);
        ok(hr == DISP_E_BADINDEX && !nic, "Got hr %#x, %p.\n", (unsigned)hr, nic);
        IVMNetworkAdapterCollection_Release(nics);
    }
    /* And through Invoke. */
    hr = invoke_get(app, L"UnconnectedNetworkAdapters", &v);
    ok(hr == S_OK && V_VT(&v) == VT_DISPATCH, "Got hr %#x, type %d.\n", (unsigned)hr, V_VT(&v));
    if (V_VT(&v) == VT_DISPATCH) check_nic_addresses(V_DISPATCH(&v), unconnected, 1);
    VariantClear(&v);

done:
    if (networks) IVMVirtualNetworkCollection_Release(networks);
    APP_(Release)(app);
}
