/*
 * Conformance tests of the members that change a VM (issue 11), which both
 * object models pass the same way.
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
 * Include after inventory_tests.h.  The including file defines
 * guest_shutdown(guest, task), its model's IVMGuestOS::Shutdown, and the
 * hook check_guest_restart_model(guest, dom, name): Windows Virtual PC's
 * Restart, which Virtual Server lacks; and check_config_writes_model(vm,
 * dom, name): the writes only its model has (Virtual Server's
 * AutoStartAtLaunch).
 */

static void check_guest_restart_model_(const char *file, int line, IVMGuestOS *guest,
                                       virDomainPtr dom, const WCHAR *name);
#define check_guest_restart_model(a, b, c) check_guest_restart_model_(__FILE__, __LINE__, a, b, c)
static void check_config_writes_model_(const char *file, int line, IVMVirtualMachine *vm,
                                       virDomainPtr dom, const WCHAR *name);
#define check_config_writes_model(a, b, c) check_config_writes_model_(__FILE__, __LINE__, a, b, c)

/* A VM whose guest can be shut down (ACPI), and one whose cannot. */
static const char acpi_xml[] =
    "<domain type='test'><name>" VM_PREFIX "acpi</name>"
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64'>hvm</type></os><features><acpi/></features>"
    "<devices/></domain>";
static const char no_acpi_xml[] =
    "<domain type='test'><name>" VM_PREFIX "noacpi</name>"
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64'>hvm</type></os><devices/></domain>";

#define check_domain_state(a, b) check_domain_state_(__FILE__, __LINE__, a, b)
static void check_domain_state_(const char *file, int line, virDomainPtr dom, int expected)
{
    int state = -1, reason;

    ok_(file, line)(!virDomainGetState(dom, &state, &reason, 0), "No state: %s\n",
                    virGetLastErrorMessage());
    ok_(file, line)(state == expected, "Domain state %d, expected %d.\n", state, expected);
}

/* Waits for a task, which must succeed. */
#define wait_task_succeeded(a, b, c) wait_task_succeeded_(__FILE__, __LINE__, a, b, c)
static void wait_task_succeeded_(const char *file, int line, IVMTask *task, const WCHAR *action,
                                 const WCHAR *name)
{
    HRESULT hr = IVMTask_WaitForCompletion(task, -1);

    ok_(file, line)(hr == S_OK, "WaitForCompletion: hr %#x.\n", (unsigned)hr);
    check_task_succeeded_(file, line, task, action, name, source);
}

/* IVMGuestOS::Shutdown: refused when the VM is off or its guest has no
 * way to hear the request, a task otherwise that ends with the VM off. */
static void test_guest_shutdown(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "acpi", bare_name[] = L"" VM_PREFIX "noacpi";
    IVMVirtualMachine *vm = NULL, *bare_vm = NULL;
    IVMGuestOS *guest = NULL, *bare_guest = NULL;
    virDomainPtr dom, bare;
    VARIANT_BOOL flag;
    IVMTask *task;
    APP *app;
    HRESULT hr;

    dom = virDomainDefineXML(conn, acpi_xml);
    bare = virDomainDefineXML(conn, no_acpi_xml);
    ok(dom && bare, "Cannot define the domains: %s\n", virGetLastErrorMessage());
    if (!dom || !bare) goto done;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name)) || !(guest = get_guest(vm))) goto release;
    if (!(bare_vm = find_vm(app, bare_name)) || !(bare_guest = get_guest(bare_vm))) goto release;

    check_null_pointer("Shutdown", guest_shutdown(guest, NULL));

    /* Turned off: nothing to shut down. */
    clear_error_info();
    task = (IVMTask *)0xdeadbeef;
    check_vm_error(guest_shutdown(guest, &task), VM_E_VM_NOT_RUNNING, name);
    ok(!task, "Got %p.\n", task);
    check_domain_state(dom, VIR_DOMAIN_SHUTOFF);

    /* Running without ACPI or an agent: CanShutdown says no, and Shutdown
     * leaves it running. */
    start_domain(bare);
    wait_for_host();
    hr = IVMGuestOS_get_CanShutdown(bare_guest, &flag);
    check_vm_bool(hr, flag, VARIANT_FALSE);
    clear_error_info();
    task = (IVMTask *)0xdeadbeef;
    check_vm_error(guest_shutdown(bare_guest, &task), VM_E_ADDITIONS_FEATURE_NOT_AVAIL,
                   L"Shutdown");
    ok(!task, "Got %p.\n", task);
    check_domain_state(bare, VIR_DOMAIN_RUNNING);

    /* Running with ACPI: the guest is asked, and the task ends once it is
     * off. */
    start_domain(dom);
    wait_for_host();
    hr = IVMGuestOS_get_CanShutdown(guest, &flag);
    check_vm_bool(hr, flag, VARIANT_TRUE);
    task = NULL;
    hr = guest_shutdown(guest, &task);
    ok(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    if (task)
    {
        wait_task_succeeded(task, L"Shutdown", name);
        IVMTask_Release(task);
    }
    check_domain_state(dom, VIR_DOMAIN_SHUTOFF);
    check_vm_state(vm, vmVMState_TurnedOff);
    hr = IVMGuestOS_get_CanShutdown(guest, &flag);
    ok(hr == S_FALSE && flag == VARIANT_FALSE, "Got hr %#x, %d.\n", (unsigned)hr, flag);

    check_guest_restart_model(guest, dom, name);

    /* Removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    task = (IVMTask *)0xdeadbeef;
    check_vm_gone("Shutdown", guest_shutdown(guest, &task), name, source);
    ok(!task, "Got %p.\n", task);

release:
    if (bare_guest) IVMGuestOS_Release(bare_guest);
    if (bare_vm) IVMVirtualMachine_Release(bare_vm);
    if (guest) IVMGuestOS_Release(guest);
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    remove_domain(dom);
    remove_domain(bare);
}

static const char config_xml[] =
    "<domain type='test'><name>" VM_PREFIX "config</name>"
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64'>hvm</type></os><devices/></domain>";

/* The description libvirt holds, live or persistent; NULL when none. */
static char *domain_description(virDomainPtr dom, unsigned int flags)
{
    char *text = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, flags);

    if (!text) virResetLastError();
    return text;
}

#define check_description(a, b, c) check_description_(__FILE__, __LINE__, a, b, c)
static void check_description_(const char *file, int line, virDomainPtr dom, unsigned int flags,
                               const char *expected)
{
    char *text = domain_description(dom, flags);

    if (!expected)
        ok_(file, line)(!text, "Got description %s.\n", text);
    else
        ok_(file, line)(text && !strcmp(text, expected), "Got description %s, expected %s.\n",
                        text ? text : "(none)", expected);
    free(text);
}

#define check_domain_memory(a, b) check_domain_memory_(__FILE__, __LINE__, a, b)
static void check_domain_memory_(const char *file, int line, virDomainPtr dom, unsigned long mb)
{
    unsigned long max = virDomainGetMaxMemory(dom);
    virDomainInfo info;

    ok_(file, line)(max == mb * 1024, "Maximum memory %lu KiB, expected %lu.\n", max, mb * 1024);
    ok_(file, line)(!virDomainGetInfo(dom, &info), "No info.\n");
    ok_(file, line)(info.memory == mb * 1024 || virDomainIsActive(dom) == 1,
                    "Memory %lu KiB, expected %lu.\n", info.memory, mb * 1024);
}

#define check_vm_memory(a, b) check_vm_memory_(__FILE__, __LINE__, a, b)
static void check_vm_memory_(const char *file, int line, IVMVirtualMachine *vm, LONG expected)
{
    LONG mb = -1;
    HRESULT hr = IVMVirtualMachine_get_Memory(vm, &mb);

    ok_(file, line)(hr == S_OK && mb == expected, "Got hr %#x, %d MB, expected %d.\n",
                    (unsigned)hr, (int)mb, (int)expected);
}

/* A property assignment as a script does it: one argument, named
 * DISPID_PROPERTYPUT. */
static HRESULT invoke_put(void *obj, const WCHAR *name, VARIANT *value)
{
    IDispatch *disp = obj;
    DISPID put = DISPID_PROPERTYPUT;
    DISPPARAMS params = { value, &put, 1, 1 };
    EXCEPINFO excepinfo;
    UINT argerr = 0;
    HRESULT hr;

    memset(&excepinfo, 0, sizeof(excepinfo));
    hr = IDispatch_Invoke(disp, get_dispid(disp, name), &IID_NULL, LOCALE_USER_DEFAULT,
                          DISPATCH_PROPERTYPUT, &params, NULL, &excepinfo, &argerr);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    return hr;
}

static HRESULT set_config_value(IVMVirtualMachine *vm, const WCHAR *key, VARIANT *value)
{
    BSTR bstr = SysAllocString(key);
    HRESULT hr = IVMVirtualMachine_SetConfigurationValue(vm, bstr, *value);

    SysFreeString(bstr);
    return hr;
}

/* Notes, Memory and SetConfigurationValue: each change is in the domain's
 * XML afterwards, and a refused one leaves the XML as it was. */
static void test_config_writes(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "config";
    static const char notes_utf8[] = "Build agent <&> \xc3\xa9t\xc3\xa9";
    static const WCHAR notes[] = L"Build agent <&> \x00e9t\x00e9";
    IVMVirtualMachine *vm = NULL;
    virDomainPtr dom;
    VARIANT value;
    BSTR str;
    APP *app;
    HRESULT hr;

    if (!(dom = virDomainDefineXML(conn, config_xml)))
    {
        ok(0, "Cannot define the domain: %s\n", virGetLastErrorMessage());
        return;
    }
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;

    /* Notes: the domain's <description>, any text; "" removes it. */
    str = SysAllocString(notes);
    hr = IVMVirtualMachine_put_Notes(vm, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_description(dom, VIR_DOMAIN_AFFECT_CONFIG, notes_utf8);
    hr = IVMVirtualMachine_get_Notes(vm, &str);
    check_vm_bstr(hr, str, notes);
    hr = IVMVirtualMachine_put_Notes(vm, NULL);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_description(dom, VIR_DOMAIN_AFFECT_CONFIG, NULL);
    hr = IVMVirtualMachine_get_Notes(vm, &str);
    check_vm_bstr(hr, str, L"");

    /* Memory of a VM that is off: the persistent definition. */
    check_vm_memory(vm, 128);
    hr = IVMVirtualMachine_put_Memory(vm, 256);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_domain_memory(dom, 256);
    check_vm_memory(vm, 256);
    hr = IVMVirtualMachine_put_Memory(vm, 64);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_domain_memory(dom, 64);
    check_vm_memory(vm, 64);

    /* Refused values change nothing. */
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_Memory(vm, 3), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_Memory(vm, 0x7fffffff), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_Memory(vm, -1), E_INVALIDARG, name);
    check_domain_memory(dom, 64);

    /* SetConfigurationValue: the key GetConfigurationValue reads. */
    V_VT(&value) = VT_BSTR;
    V_BSTR(&value) = SysAllocString(L"96");
    hr = set_config_value(vm, L"hardware/memory/ram_size", &value);
    VariantClear(&value);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_domain_memory(dom, 96);
    check_vm_memory(vm, 96);
    V_VT(&value) = VT_BSTR;
    V_BSTR(&value) = SysAllocString(L"lots");
    clear_error_info();
    check_vm_error(set_config_value(vm, L"hardware/memory/ram_size", &value), E_INVALIDARG,
                   L"ram_size");
    VariantClear(&value);
    V_VT(&value) = VT_I4;
    V_I4(&value) = 1;
    clear_error_info();
    check_vm_error(set_config_value(vm, L"wine-vpc/host", &value), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(set_config_value(vm, L"no/such/key", &value), VM_E_PREF_NOT_FOUND,
                   L"no/such/key");
    check_domain_memory(dom, 96);

    check_config_writes_model(vm, dom, name);

    /* Running: Notes change both definitions; Memory is refused. */
    start_domain(dom);
    wait_for_host();
    str = SysAllocString(L"running");
    hr = IVMVirtualMachine_put_Notes(vm, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_description(dom, VIR_DOMAIN_AFFECT_LIVE, "running");
    check_description(dom, VIR_DOMAIN_AFFECT_CONFIG, "running");
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_Memory(vm, 256), VM_E_PREF_VM_ACTIVE, name);
    V_VT(&value) = VT_I4;
    V_I4(&value) = 256;
    clear_error_info();
    check_vm_error(set_config_value(vm, L"hardware/memory/ram_size", &value), VM_E_PREF_VM_ACTIVE,
                   name);
    check_domain_memory(dom, 96);

    /* Saved: still refused. */
    ok(!virDomainManagedSave(dom, 0), "Cannot save: %s\n", virGetLastErrorMessage());
    wait_for_host();
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_Memory(vm, 256), VM_E_PREF_VM_ACTIVE, name);
    check_domain_memory(dom, 96);

    /* Through Invoke, as a script assigns it. */
    ok(!virDomainManagedSaveRemove(dom, 0), "Cannot discard: %s\n", virGetLastErrorMessage());
    wait_for_host();
    V_VT(&value) = VT_I4;
    V_I4(&value) = 200;
    hr = invoke_put(vm, L"Memory", &value);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_domain_memory(dom, 200);

    /* Removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    check_vm_gone("put_Notes", IVMVirtualMachine_put_Notes(vm, NULL), name, source);
    clear_error_info();
    check_vm_gone("put_Memory", IVMVirtualMachine_put_Memory(vm, 128), name, source);

release:
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    remove_domain(dom);
}

static HRESULT put_vm_name(IVMVirtualMachine *vm, const WCHAR *name)
{
    BSTR str = SysAllocString(name);
    HRESULT hr = IVMVirtualMachine_put_Name(vm, str);

    SysFreeString(str);
    return hr;
}

static HRESULT create_vm(APP *app, const WCHAR *name, const WCHAR *path, IVMVirtualMachine **vm)
{
    BSTR bname = name ? SysAllocString(name) : NULL, bpath = SysAllocString(path);
    HRESULT hr;

    *vm = (IVMVirtualMachine *)0xdeadbeef;
    hr = APP_(CreateVirtualMachine)(app, bname, bpath, vm);
    SysFreeString(bname);
    SysFreeString(bpath);
    return hr;
}

#define check_defined(a, b) check_defined_(__FILE__, __LINE__, a, b)
static void check_defined_(const char *file, int line, const char *name, BOOL expected)
{
    virDomainPtr dom = virDomainLookupByName(conn, name);

    ok_(file, line)(!!dom == expected, "%s is %sdefined.\n", name, dom ? "" : "not ");
    if (dom) virDomainFree(dom);
    else virResetLastError();
}

/* Name (put): the domain renamed (same UUID) while it is off; the VM
 * object follows it.  Refused names and states leave every name as it
 * was.  Names are case-insensitive, as Virtual PC's. */
static void test_rename(void)
{
    static const char rename_xml[] =
        "<domain type='test'><name>" VM_PREFIX "rename</name>"
        "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices/></domain>";
    static const char other_xml[] =
        "<domain type='test'><name>" VM_PREFIX "other</name>"
        "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices/></domain>";
    unsigned char uuid[VIR_UUID_BUFLEN], renamed_uuid[VIR_UUID_BUFLEN];
    IVMVirtualMachine *vm = NULL, *found;
    virDomainPtr dom, other = NULL, renamed;
    VARIANT value;
    APP *app;
    HRESULT hr;

    if (!(dom = virDomainDefineXML(conn, rename_xml)) ||
        !(other = virDomainDefineXML(conn, other_xml)))
    {
        ok(0, "Cannot define the domains: %s\n", virGetLastErrorMessage());
        remove_domain(dom);
        return;
    }
    virDomainGetUUID(dom, uuid);
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, L"" VM_PREFIX "rename"))) goto release;

    hr = put_vm_name(vm, L"" VM_PREFIX "renamed");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_defined(VM_PREFIX "rename", FALSE);
    check_defined(VM_PREFIX "renamed", TRUE);
    if ((renamed = virDomainLookupByName(conn, VM_PREFIX "renamed")))
    {
        virDomainGetUUID(renamed, renamed_uuid);
        ok(!memcmp(uuid, renamed_uuid, sizeof(uuid)), "The UUID changed.\n");
        virDomainFree(renamed);
    }
    check_vm_name(vm, VM_PREFIX "renamed");
    if ((found = find_vm(app, L"" VM_PREFIX "renamed")))
    {
        check_vm_name(found, VM_PREFIX "renamed");
        IVMVirtualMachine_Release(found);
    }
    /* The same name, and a name the scripts assign as the default property. */
    hr = put_vm_name(vm, L"" VM_PREFIX "renamed");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    V_VT(&value) = VT_BSTR;
    V_BSTR(&value) = SysAllocString(L"" VM_PREFIX "rename");
    hr = invoke_put(vm, L"Name", &value);
    VariantClear(&value);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_defined(VM_PREFIX "rename", TRUE);
    check_vm_name(vm, VM_PREFIX "rename");

    /* Refused: every name stays. */
    ok(IVMVirtualMachine_put_Name(vm, NULL) == E_POINTER, "Expected E_POINTER.\n");
    clear_error_info();
    check_vm_error(put_vm_name(vm, L""), E_INVALIDARG, L"needs a name");
    clear_error_info();
    check_vm_error(put_vm_name(vm, L"" VM_PREFIX "bad:name"), VM_E_CONFIG_NAME_INVALID_CHAR,
                   L"bad:name");
    clear_error_info();
    check_vm_error(put_vm_name(vm, L"" VM_PREFIX "OTHER"), VM_E_CONFIG_DUPLICATE_NAME,
                   L"" VM_PREFIX "other");
    check_defined(VM_PREFIX "rename", TRUE);
    check_defined(VM_PREFIX "other", TRUE);
    check_defined(VM_PREFIX "OTHER", FALSE);

    /* Running: refused. */
    start_domain(dom);
    wait_for_host();
    clear_error_info();
    check_vm_error(put_vm_name(vm, L"" VM_PREFIX "running"), VM_E_PREF_VM_ACTIVE,
                   L"" VM_PREFIX "rename");
    check_defined(VM_PREFIX "rename", TRUE);
    check_defined(VM_PREFIX "running", FALSE);
    virDomainDestroy(dom);

release:
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    remove_domain(dom);
    remove_domain(other);
}

/* media_tests.h's, which comes later. */
static char *inactive_xml(virDomainPtr dom);
static void check_xml_unchanged_(const char *file, int line, virDomainPtr dom, const char *before);
#define check_xml_unchanged(a, b) check_xml_unchanged_(__FILE__, __LINE__, a, b)

/* The serial numbers and the asset tag: the <sysinfo type='smbios'>
 * entries the getters read, with <smbios mode='sysinfo'/>, in the
 * persistent definition of a VM that is off; refusals change nothing. */
static void test_smbios_writes(void)
{
    static const char smbios_xml[] =
        "<domain type='test'><name>" VM_PREFIX "smbios</name>"
        "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices/></domain>";
    static const char host_smbios_xml[] =
        "<domain type='test'><name>" VM_PREFIX "hostsmbios</name>"
        "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type><smbios mode='host'/></os><devices/></domain>";
    IVMVirtualMachine *vm = NULL, *host_vm = NULL;
    virDomainPtr dom, host_dom = NULL;
    char *xml, *before;
    VARIANT value;
    BSTR str;
    APP *app;
    HRESULT hr;

    if (!(dom = virDomainDefineXML(conn, smbios_xml)) ||
        !(host_dom = virDomainDefineXML(conn, host_smbios_xml)))
    {
        ok(0, "Cannot define the domains: %s\n", virGetLastErrorMessage());
        remove_domain(dom);
        return;
    }
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, L"" VM_PREFIX "smbios"))) goto release;

    str = SysAllocString(L"SN <1> & 2");
    hr = IVMVirtualMachine_put_BIOSSerialNumber(vm, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    str = SysAllocString(L"BB-2");
    hr = IVMVirtualMachine_put_BaseBoardSerialNumber(vm, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    str = SysAllocString(L"CH-3");
    hr = IVMVirtualMachine_put_ChassisSerialNumber(vm, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    /* Through Invoke, as a script assigns it; 32 characters is the most. */
    V_VT(&value) = VT_BSTR;
    V_BSTR(&value) = SysAllocString(L"ASSET-0123456789-0123456789-0123");
    hr = invoke_put(vm, L"ChassisAssetTag", &value);
    VariantClear(&value);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);

    xml = inactive_xml(dom);
    ok(xml && strstr(xml, "<smbios mode='sysinfo'/>") &&
       strstr(xml, "<system>\n      <entry name='serial'>SN &lt;1&gt; &amp; 2</entry>\n    </system>") &&
       strstr(xml, "<baseBoard>\n      <entry name='serial'>BB-2</entry>\n    </baseBoard>") &&
       strstr(xml, "<chassis>\n      <entry name='serial'>CH-3</entry>\n"
                   "      <entry name='asset'>ASSET-0123456789-0123456789-0123</entry>\n    </chassis>"),
       "Got %s\n", xml);
    free(xml);
    hr = IVMVirtualMachine_get_BIOSSerialNumber(vm, &str);
    check_vm_bstr(hr, str, L"SN <1> & 2");
    hr = IVMVirtualMachine_get_ChassisAssetTag(vm, &str);
    check_vm_bstr(hr, str, L"ASSET-0123456789-0123456789-0123");
    /* Again: the entry is replaced, not added. */
    str = SysAllocString(L"BB-3");
    hr = IVMVirtualMachine_put_BaseBoardSerialNumber(vm, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_get_BaseBoardSerialNumber(vm, &str);
    check_vm_bstr(hr, str, L"BB-3");

    /* Refused: the definition stays as it is. */
    before = inactive_xml(dom);
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_BIOSSerialNumber(vm, NULL), E_POINTER, L"32 characters");
    str = SysAllocString(L"");
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_BIOSSerialNumber(vm, str), E_INVALIDARG, L"32 characters");
    SysFreeString(str);
    str = SysAllocString(L"ASSET-0123456789-0123456789-01234");
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_ChassisAssetTag(vm, str), E_INVALIDARG, L"32 characters");
    SysFreeString(str);
    check_xml_unchanged(dom, before);
    start_domain(dom);
    wait_for_host();
    str = SysAllocString(L"SN-RUNNING");
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_BIOSSerialNumber(vm, str), VM_E_VM_RUNNING_OR_SAVED_TEST,
                   L"" VM_PREFIX "smbios");
    check_xml_unchanged(dom, before);
    ok(!virDomainManagedSave(dom, 0), "Cannot save: %s\n", virGetLastErrorMessage());
    wait_for_host();
    clear_error_info();
    check_vm_error(IVMVirtualMachine_put_BIOSSerialNumber(vm, str), VM_E_VM_RUNNING_OR_SAVED_TEST,
                   L"saved state");
    SysFreeString(str);
    check_xml_unchanged(dom, before);
    free(before);

    /* Strings from the host: refused, named. */
    if ((host_vm = find_vm(app, L"" VM_PREFIX "hostsmbios")))
    {
        before = inactive_xml(host_dom);
        str = SysAllocString(L"SN-HOST");
        clear_error_info();
        check_vm_error(IVMVirtualMachine_put_BIOSSerialNumber(host_vm, str), DISP_E_EXCEPTION,
                       L"<smbios mode='host'/>");
        SysFreeString(str);
        check_xml_unchanged(host_dom, before);
        free(before);
        IVMVirtualMachine_Release(host_vm);
    }

release:
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    remove_domain(dom);
    remove_domain(host_dom);
}

/* CreateVirtualMachine defines a domain from the template; Delete and
 * Unregister undefine one that is off; refused calls define nothing. */
static void test_create_delete(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "new";
    IVMVirtualMachine *vm = NULL, *vm2 = NULL;
    virDomainPtr dom;
    char *xml;
    APP *app;
    HRESULT hr;

    if (!(app = create_app())) return;

    hr = create_vm(app, name, L"C:\\VMs\\new", &vm);
    ok(hr == S_OK && vm, "Got hr %#x, %p.\n", (unsigned)hr, vm);
    if (hr != S_OK) goto done;
    check_vm_name(vm, VM_PREFIX "new");
    check_vm_state(vm, vmVMState_TurnedOff);
    check_vm_memory(vm, 128);
    if ((dom = virDomainLookupByName(conn, VM_PREFIX "new")))
    {
        xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
        ok(xml && strstr(xml, "<acpi/>") && strstr(xml, "C:\\VMs\\new</vpcvm:folder>") &&
           strstr(xml, "<vcpu placement='static'>1</vcpu>"), "Got %s\n", xml);
        free(xml);
        virDomainFree(dom);
    }
    else ok(0, "Not defined: %s\n", virGetLastErrorMessage());

    /* Refused: nothing defined, nothing replaced. */
    clear_error_info();
    check_vm_error(create_vm(app, name, L"C:\\VMs", &vm2), VM_E_CONFIG_DUPLICATE_NAME, name);
    ok(!vm2, "Got %p.\n", vm2);
    clear_error_info();
    check_vm_error(create_vm(app, L"" VM_PREFIX "bad:name", L"C:\\VMs", &vm2),
                   VM_E_CONFIG_NAME_INVALID_CHAR, L"bad:name");
    check_defined(VM_PREFIX "bad:name", FALSE);
    clear_error_info();
    ok(create_vm(app, L"", L"", &vm2) == E_INVALIDARG, "Expected E_INVALIDARG.\n");
    check_null_pointer("CreateVirtualMachine", APP_(CreateVirtualMachine)(app, NULL, NULL, NULL));

    /* No name: the .vmc file's. */
    hr = create_vm(app, NULL, L"C:\\VMs\\" VM_PREFIX "fromvmc.vmc", &vm2);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr == S_OK) check_vm_name(vm2, VM_PREFIX "fromvmc");
    check_defined(VM_PREFIX "fromvmc", TRUE);

    /* Running: refused, still there. */
    if ((dom = virDomainLookupByName(conn, VM_PREFIX "new")))
    {
        start_domain(dom);
        wait_for_host();
        clear_error_info();
        check_vm_error(APP_(DeleteVirtualMachine)(app, vm), VM_E_VM_RUNNING, name);
        clear_error_info();
        check_vm_error(APP_(UnregisterVirtualMachine)(app, vm), VM_E_VM_RUNNING, name);
        check_defined(VM_PREFIX "new", TRUE);
        virDomainDestroy(dom);
        virDomainFree(dom);
        wait_for_host();
    }

    check_null_pointer("DeleteVirtualMachine", APP_(DeleteVirtualMachine)(app, NULL));
    hr = APP_(DeleteVirtualMachine)(app, vm);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_defined(VM_PREFIX "new", FALSE);
    hr = APP_(DeleteVirtualMachine)(app, vm);
    ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);

    if (vm2 && vm2 != (IVMVirtualMachine *)0xdeadbeef)
    {
        hr = APP_(UnregisterVirtualMachine)(app, vm2);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_defined(VM_PREFIX "fromvmc", FALSE);
        hr = APP_(UnregisterVirtualMachine)(app, vm2);
        ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMVirtualMachine_Release(vm2);
    }

done:
    if (vm && vm != (IVMVirtualMachine *)0xdeadbeef) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
}
