/*
 * Conformance tests of the last device writes (issue 11): a serial port's
 * host side (IVMSerialPort::Configure) and a parallel port's
 * (IVMParallelPort::Name), which both object models have, checked against
 * the domain's persistent definition after each change and byte for byte
 * after each refusal; Windows Virtual PC's USB pass-through
 * (AttachUSBDevice, DetachUSBDevice) against the ports lab.
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
 * Include after media_tests.h and model_host_tests.h; the including file
 * defines TEST_USB_PASSTHROUGH when its model has AttachUSBDevice.
 */

#define PORTS_LAB_URI "test://" LABS_DIR "/ports.xml"

/* The definition 'before' with each 'edits' pair's first string, which
 * it holds once, replaced by the second, in order.  Frees 'before';
 * returns the new definition. */
#define check_xml_edits(a, b, c) check_xml_edits_(__FILE__, __LINE__, a, b, c, ARRAY_SIZE(c))
static char *check_xml_edits_(const char *file, int line, virDomainPtr dom, char *before,
                              const char *const *edits, unsigned int count)
{
    char *xml = inactive_xml(dom), *expected = strdup(before), *pos, *next;
    unsigned int i;

    for (i = 0; i + 1 < count && expected; i += 2)
    {
        pos = strstr(expected, edits[i]);
        ok_(file, line)(pos && !strstr(pos + 1, edits[i]), "%s is not once in\n%s\n", edits[i],
                        expected);
        if (!pos) break;
        next = malloc(strlen(expected) - strlen(edits[i]) + strlen(edits[i + 1]) + 1);
        memcpy(next, expected, pos - expected);
        strcpy(next + (pos - expected), edits[i + 1]);
        strcat(next, pos + strlen(edits[i]));
        free(expected);
        expected = next;
    }
    ok_(file, line)(xml && expected && !strcmp(xml, expected), "Got\n%s\nexpected\n%s\n", xml,
                    expected);
    free(expected);
    free(before);
    return xml;
}

static HRESULT configure_serial(IVMSerialPort *port, VMSerialPortType type, const WCHAR *name,
                                VARIANT_BOOL connect)
{
    BSTR str = name ? SysAllocString(name) : NULL;
    HRESULT hr = IVMSerialPort_Configure(port, type, str, connect);

    SysFreeString(str);
    return hr;
}

static HRESULT put_parallel_name(IVMParallelPort *port, const WCHAR *name)
{
    BSTR str = name ? SysAllocString(name) : NULL;
    HRESULT hr = IVMParallelPort_put_Name(port, str);

    SysFreeString(str);
    return hr;
}

#define check_serial(a, b, c) check_serial_(__FILE__, __LINE__, a, b, c)
static void check_serial_(const char *file, int line, IVMSerialPort *port, VMSerialPortType type,
                          const WCHAR *name)
{
    VMSerialPortType got = -1;
    BSTR str = NULL;
    HRESULT hr;

    hr = IVMSerialPort_get_Type(port, &got);
    ok_(file, line)(hr == S_OK && got == type, "Got hr %#x, type %d.\n", (unsigned)hr, got);
    hr = IVMSerialPort_get_Name(port, &str);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, name);
    SysFreeString(str);
}

#define check_parallel_name(a, b) check_parallel_name_(__FILE__, __LINE__, a, b)
static void check_parallel_name_(const char *file, int line, IVMParallelPort *port,
                                 const WCHAR *name)
{
    BSTR str = NULL;
    HRESULT hr;

    hr = IVMParallelPort_get_Name(port, &str);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, name);
    SysFreeString(str);
}

/* Configure as a script calls it, through Invoke with three arguments. */
static HRESULT invoke_configure(IVMSerialPort *port, int type, const WCHAR *name, BOOL connect)
{
    EXCEPINFO excepinfo;
    VARIANT args[3], result;
    HRESULT hr;

    V_VT(&args[0]) = VT_I4;
    V_I4(&args[0]) = type;
    V_VT(&args[1]) = VT_BSTR;
    V_BSTR(&args[1]) = SysAllocString(name);
    V_VT(&args[2]) = VT_BOOL;
    V_BOOL(&args[2]) = connect ? VARIANT_TRUE : VARIANT_FALSE;
    memset(&excepinfo, 0, sizeof(excepinfo));
    hr = invoke_id((IDispatch *)port, get_dispid((IDispatch *)port, L"Configure"), DISPATCH_METHOD,
                   args, 3, &result, &excepinfo);
    VariantClear(&args[1]);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    return hr == DISP_E_EXCEPTION ? excepinfo.scode : hr;
}

static const char ports_xml[] =
    "<domain type='test'><name>" VM_PREFIX "ports</name>"
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64'>hvm</type></os><devices>"
    "<serial type='pty'><target port='0'/></serial>"
    "<serial type='null'><target port='1'/></serial>"
    "<parallel type='null'><target port='0'/></parallel>"
    "</devices></domain>";

/* libvirt's text of the first serial port and its console twin. */
#define SERIAL1_PTY "    <serial type='pty'>\n      <target port='0'/>\n    </serial>\n"
#define CONSOLE_PTY "    <console type='pty'>\n      <target type='serial' port='0'/>\n    </console>\n"
#define SERIAL1_DEV \
    "    <serial type='dev'>\n      <source path='/dev/ttyS1'/>\n      <target port='0'/>\n" \
    "    </serial>\n"
#define CONSOLE_DEV \
    "    <console type='dev'>\n      <source path='/dev/ttyS1'/>\n" \
    "      <target type='serial' port='0'/>\n    </console>\n"
#define SERIAL1_UNIX \
    "    <serial type='unix'>\n      <source mode='bind' path='/tmp/wine-vpc-pipe.vpc-ports'/>\n" \
    "      <target port='0'/>\n    </serial>\n"
#define CONSOLE_UNIX \
    "    <console type='unix'>\n      <source mode='bind' path='/tmp/wine-vpc-pipe.vpc-ports'/>\n" \
    "      <target type='serial' port='0'/>\n    </console>\n"
#define SERIAL1_NULL "    <serial type='null'>\n      <target port='0'/>\n    </serial>\n"
#define CONSOLE_NULL \
    "    <console type='null'>\n      <target type='serial' port='0'/>\n    </console>\n"
#define SERIAL2_NULL "    <serial type='null'>\n      <target port='1'/>\n    </serial>\n"
#define PARALLEL_NULL "    <parallel type='null'>\n      <target port='0'/>\n    </parallel>\n"
#define PARALLEL_DEV(n) \
    "    <parallel type='dev'>\n      <source path='/dev/parport" #n "'/>\n" \
    "      <target port='0'/>\n    </parallel>\n"

/* A host port: COMn is the host's /dev/ttyS(n-1), opened as the VM
 * starts; each refusal leaves the definition. */
static void check_serial_host_port(IVMSerialPort *port1, IVMSerialPort *port2, virDomainPtr dom,
                                   const WCHAR *name, char **xml)
{
    static const char *const edits[] = { SERIAL1_PTY, SERIAL1_DEV, CONSOLE_PTY, CONSOLE_DEV };
    static const WCHAR *const bad_names[] = { L"COM0", L"LPT1", L"COM1x", L"COM", L"", L"/dev/ttyS0" };
    unsigned int i;
    HRESULT hr;

    hr = configure_serial(port1, vmSerialPort_HostPort, L"COM2", VARIANT_TRUE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_edits(dom, *xml, edits);
    check_serial(port1, vmSerialPort_HostPort, L"COM2");

    /* QEMU cannot wait for a modem command. */
    clear_error_info();
    check_vm_host_error(configure_serial(port1, vmSerialPort_HostPort, L"COM1", VARIANT_FALSE),
                        E_INVALIDARG, name);
    for (i = 0; i < ARRAY_SIZE(bad_names); i++)
    {
        clear_error_info();
        check_vm_host_error(configure_serial(port1, vmSerialPort_HostPort, bad_names[i],
                                             VARIANT_TRUE), E_INVALIDARG, name);
    }
    clear_error_info();
    check_vm_host_error(configure_serial(port1, 4, L"COM1", VARIANT_TRUE), E_INVALIDARG, name);
    clear_error_info();
    check_vm_host_error(configure_serial(port1, -1, L"COM1", VARIANT_TRUE), E_INVALIDARG, name);
    /* The other port on the same host device: in use. */
    clear_error_info();
    check_vm_host_error(configure_serial(port2, vmSerialPort_HostPort, L"com2", VARIANT_TRUE),
                        VM_E_PREF_ILLEGAL_VALUE_TEST, name);
    check_xml_unchanged(dom, *xml);
    check_serial(port2, vmSerialPort_Null, L"");
}

/* A text file in a folder that exists, as media paths are mapped. */
static void check_serial_text_file(IVMSerialPort *port1, IVMSerialPort *port2, virDomainPtr dom,
                                   const WCHAR *name, char **xml)
{
    char real_dir[1024], file_text[1200];
    const char *edits[2] = { SERIAL2_NULL, file_text };
    WCHAR bad[MAX_PATH];
    HRESULT hr;

    ok(realpath(media_dir, real_dir) != NULL, "No %s.\n", media_dir);
    snprintf(file_text, sizeof(file_text), "    <serial type='file'>\n"
             "      <source path='%s/com2.txt'/>\n      <target port='1'/>\n    </serial>\n",
             real_dir);
    hr = invoke_configure(port2, vmSerialPort_TextFile, media_path(L"com2.txt"), FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_edits(dom, *xml, edits);
    check_serial(port2, vmSerialPort_TextFile, media_path(L"com2.txt"));

    clear_error_info();
    check_vm_host_error(configure_serial(port1, vmSerialPort_TextFile, media_path(L"com2.txt"),
                                         VARIANT_TRUE), VM_E_PREF_ILLEGAL_VALUE_TEST, name);
    lstrcpyW(bad, media_path(L"missing"));
    lstrcatW(bad, L"\\com1.txt");
    clear_error_info();
    check_vm_host_error(configure_serial(port1, vmSerialPort_TextFile, bad, VARIANT_TRUE),
                        E_INVALIDARG, name);
    clear_error_info();
    check_vm_host_error(configure_serial(port1, vmSerialPort_TextFile, L"com1.txt", VARIANT_TRUE),
                        E_INVALIDARG, name);
    /* The folder itself is no file to write. */
    clear_error_info();
    check_vm_host_error(configure_serial(port1, vmSerialPort_TextFile, media_dir_w, VARIANT_TRUE),
                        E_INVALIDARG, name);
    clear_error_info();
    check_vm_host_error(configure_serial(port1, vmSerialPort_TextFile, NULL, VARIANT_TRUE),
                        E_INVALIDARG, name);
    check_xml_unchanged(dom, *xml);
}

/* A named pipe \\.\pipe\NAME is the socket /tmp/wine-vpc-pipe.NAME the VM
 * listens on; a null port has nothing on the host. */
static void check_serial_pipe_null(IVMSerialPort *port1, virDomainPtr dom, const WCHAR *name,
                                   char **xml)
{
    static const char *const pipe_edits[] = { SERIAL1_DEV, SERIAL1_UNIX, CONSOLE_DEV, CONSOLE_UNIX };
    static const char *const null_edits[] = { SERIAL1_UNIX, SERIAL1_NULL, CONSOLE_UNIX, CONSOLE_NULL };
    static const WCHAR *const bad_pipes[] =
    {
        L"\\\\server\\pipe\\vpc-ports", L"\\\\.\\pipe\\a\\b", L"\\\\.\\pipe\\", L"\\\\.\\pipe\\..",
        L"\\\\.\\mailslot\\x", L"vpc-ports", L"\\\\.\\pipe\\a b",
    };
    unsigned int i;
    HRESULT hr;

    hr = configure_serial(port1, vmSerialPort_NamedPipe, L"\\\\.\\pipe\\vpc-ports", VARIANT_FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_edits(dom, *xml, pipe_edits);
    check_serial(port1, vmSerialPort_NamedPipe, L"\\\\.\\pipe\\vpc-ports");
    for (i = 0; i < ARRAY_SIZE(bad_pipes); i++)
    {
        clear_error_info();
        check_vm_host_error(configure_serial(port1, vmSerialPort_NamedPipe, bad_pipes[i],
                                             VARIANT_TRUE), E_INVALIDARG, name);
    }
    check_xml_unchanged(dom, *xml);

    /* The name means nothing for a null port. */
    hr = configure_serial(port1, vmSerialPort_Null, NULL, VARIANT_FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_edits(dom, *xml, null_edits);
    check_serial(port1, vmSerialPort_Null, L"");
}

/* LPTn is the host's /dev/parport(n-1). */
static void check_parallel_name_put(IVMParallelPort *port, virDomainPtr dom, const WCHAR *name,
                                    char **xml)
{
    static const char *const lpt1[] = { PARALLEL_NULL, PARALLEL_DEV(0) };
    static const char *const lpt2[] = { PARALLEL_DEV(0), PARALLEL_DEV(1) };
    static const WCHAR *const bad_names[] = { L"COM1", L"LPT0", L"LPT", L"", L"/dev/parport0", NULL };
    unsigned int i;
    HRESULT hr;

    check_parallel_name(port, L"LPT1");
    hr = put_parallel_name(port, L"LPT1");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_edits(dom, *xml, lpt1);
    check_parallel_name(port, L"LPT1");
    hr = put_parallel_name(port, L"lpt2");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_edits(dom, *xml, lpt2);
    check_parallel_name(port, L"LPT2");
    for (i = 0; i < ARRAY_SIZE(bad_names); i++)
    {
        clear_error_info();
        check_vm_host_error(put_parallel_name(port, bad_names[i]), E_INVALIDARG, name);
    }
    check_xml_unchanged(dom, *xml);
}

static void test_port_devices(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "ports";
    IVMSerialPortCollection *serials = NULL;
    IVMParallelPortCollection *parallels = NULL;
    IVMSerialPort *port1 = NULL, *port2 = NULL;
    IVMParallelPort *parallel = NULL;
    IVMVirtualMachine *vm = NULL;
    virDomainPtr dom = NULL;
    char *xml = NULL;
    APP *app;
    HRESULT hr;

    if (!create_media_files())
    {
        ok(0, "Cannot create the folder %s.\n", media_dir);
        return;
    }
    if (!(dom = virDomainDefineXML(conn, ports_xml)))
    {
        ok(0, "Cannot define the domain: %s\n", virGetLastErrorMessage());
        goto done;
    }
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;
    hr = IVMVirtualMachine_get_SerialPorts(vm, &serials);
    if (hr == S_OK) hr = IVMSerialPortCollection_get_Item(serials, 1, &port1);
    if (hr == S_OK) hr = IVMSerialPortCollection_get_Item(serials, 2, &port2);
    if (hr == S_OK) hr = IVMVirtualMachine_get_ParallelPorts(vm, &parallels);
    if (hr == S_OK) hr = IVMParallelPortCollection_get_Item(parallels, 1, &parallel);
    ok(hr == S_OK, "Cannot get the ports: %#x.\n", (unsigned)hr);
    if (hr != S_OK) goto release;
    xml = inactive_xml(dom);

    check_serial_host_port(port1, port2, dom, name, &xml);
    check_serial_text_file(port1, port2, dom, name, &xml);
    check_serial_pipe_null(port1, dom, name, &xml);
    check_parallel_name_put(parallel, dom, name, &xml);

    /* Running, then saved: libvirt changes no port of a running domain. */
    start_domain(dom);
    wait_for_host();
    free(xml);
    xml = inactive_xml(dom);
    clear_error_info();
    check_vm_error(configure_serial(port1, vmSerialPort_HostPort, L"COM1", VARIANT_TRUE),
                   VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    clear_error_info();
    check_vm_error(put_parallel_name(parallel, L"LPT1"), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    check_xml_unchanged(dom, xml);
    ok(!virDomainManagedSave(dom, 0), "Cannot save: %s\n", virGetLastErrorMessage());
    wait_for_host();
    clear_error_info();
    check_vm_error(configure_serial(port2, vmSerialPort_Null, L"", VARIANT_FALSE),
                   VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    check_xml_unchanged(dom, xml);
    ok(!virDomainManagedSaveRemove(dom, 0), "Cannot discard: %s\n", virGetLastErrorMessage());

    /* Removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    check_vm_gone("Configure", configure_serial(port1, vmSerialPort_Null, L"", VARIANT_FALSE),
                  name, source);
    clear_error_info();
    check_vm_gone("put_Name", put_parallel_name(parallel, L"LPT1"), name, source);

release:
    if (parallel) IVMParallelPort_Release(parallel);
    if (parallels) IVMParallelPortCollection_Release(parallels);
    if (port2) IVMSerialPort_Release(port2);
    if (port1) IVMSerialPort_Release(port1);
    if (serials) IVMSerialPortCollection_Release(serials);
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    free(xml);
    remove_domain(dom);
    delete_media_files();
}

#ifdef TEST_USB_PASSTHROUGH

#define VM_E_USB_DETACH_FAILED_TEST          ((HRESULT)0xA0040927)
#define VM_E_USB_ALREADY_ASSIGNED_TEST       ((HRESULT)0xA0040933)

/* The device on 'hub' and 'port' of the lab's host 'manufacturer'. */
static IVMUSBDevice *find_usb_device(IVMUSBDeviceCollection *coll, const WCHAR *manufacturer,
                                     LONG hub, LONG port)
{
    IVMUSBDevice *dev, *found = NULL;
    LONG count = 0, i, value;
    BSTR str;

    IVMUSBDeviceCollection_get_Count(coll, &count);
    for (i = 1; i <= count && !found; i++)
    {
        if (IVMUSBDeviceCollection_get_Item(coll, i, &dev) != S_OK) continue;
        str = NULL;
        if (IVMUSBDevice_get_ManufacturerString(dev, &str) == S_OK && !lstrcmpW(str, manufacturer) &&
            IVMUSBDevice_get_HubID(dev, &value) == S_OK && value == hub &&
            IVMUSBDevice_get_Port(dev, &value) == S_OK && value == port)
            found = dev;
        else
            IVMUSBDevice_Release(dev);
        SysFreeString(str);
    }
    ok(found != NULL, "No device of %s on hub %d, port %d.\n", wine_dbgstr_w(manufacturer),
       (int)hub, (int)port);
    return found;
}

#define check_attached(a, b) check_attached_(__FILE__, __LINE__, a, b)
static void check_attached_(const char *file, int line, IVMUSBDevice *dev, const WCHAR *vm)
{
    BSTR str = NULL;
    HRESULT hr;

    hr = IVMUSBDevice_get_AttachedToVM(dev, &str);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, vm);
    SysFreeString(str);
}

/*
 * The ports lab through an application of two hosts (it and the inventory
 * lab, whose devices are of another host): the test driver has no
 * AttachDeviceFlags, so a VM that is off gets the device in its
 * definition, and AttachedToVM, which the host derives from the
 * definitions, says so.  This process's own connection to the lab file is
 * a copy of its own: the definitions are read through the application.
 */
static void test_usb_passthrough(void)
{
    IVMUSBDeviceCollection *coll = NULL;
    IVMUSBDevice *kingston = NULL, *receiver1 = NULL, *receiver2 = NULL, *other = NULL;
    IVMVirtualMachine *off = NULL, *on = NULL;
    VARIANT arg;
    HRESULT hr;
    APP *app;

    if (!(app = create_app_for(PORTS_LAB_URI "," INVENTORY_URI))) return;
    if (!(off = find_vm(app, L"PORTS-OFF")) || !(on = find_vm(app, L"PORTS-ON"))) goto done;
    hr = APP_(get_USBDeviceCollection)(app, &coll);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) goto done;
    kingston = find_usb_device(coll, L"Kingston Technology", 1, 2);
    receiver1 = find_usb_device(coll, L"Logitech, Inc.", 2, 3);
    receiver2 = find_usb_device(coll, L"Logitech, Inc.", 2, 5);
    other = find_usb_device(coll, L"SanDisk Corp.", 1, 4);
    if (!kingston || !receiver1 || !receiver2 || !other) goto done;
    check_attached(kingston, L"PORTS-ON");
    check_attached(receiver1, L"");
    check_attached(receiver2, L"");

    /* One of two alike, by its address: the other stays free. */
    hr = IVMVirtualMachine_AttachUSBDevice(off, receiver1);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_attached(receiver1, L"PORTS-OFF");
    check_attached(receiver2, L"");
    clear_error_info();
    hr = IVMVirtualMachine_AttachUSBDevice(off, receiver1);
    ok(hr == VM_E_USB_ALREADY_ASSIGNED_TEST, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"PORTS-OFF", L"046d:c52b");

    /* Another VM's device, or one of another host. */
    clear_error_info();
    hr = IVMVirtualMachine_AttachUSBDevice(off, kingston);
    ok(hr == VM_E_USB_ALREADY_ASSIGNED_TEST, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"PORTS-ON", L"DataTraveler");
    check_attached(kingston, L"PORTS-ON");
    clear_error_info();
    hr = IVMVirtualMachine_AttachUSBDevice(off, other);
    ok(hr == E_INVALIDARG, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"PORTS-OFF", L"Cruzer Blade");
    check_attached(other, L"Windows Server 2003");

    /* Nothing (E_POINTER, as documented), another object, a value. */
    clear_error_info();
    hr = IVMVirtualMachine_AttachUSBDevice(off, NULL);
    ok(hr == E_POINTER, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"AttachUSBDevice", NULL);
    V_VT(&arg) = VT_DISPATCH;
    V_DISPATCH(&arg) = NULL;
    hr = invoke_method1(off, L"DetachUSBDevice", &arg);
    ok(hr == E_POINTER, "Got hr %#x.\n", (unsigned)hr);
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 1;
    hr = invoke_method1(off, L"AttachUSBDevice", &arg);
    ok(hr == DISP_E_TYPEMISMATCH, "Got hr %#x.\n", (unsigned)hr);
    clear_error_info();
    hr = IVMVirtualMachine_DetachUSBDevice(off, (IVMUSBDevice *)on);
    ok(hr == E_INVALIDARG, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"DetachUSBDevice", NULL);
    /* The type library's Invoke asks the object for IVMUSBDevice first. */
    V_VT(&arg) = VT_DISPATCH;
    V_DISPATCH(&arg) = (IDispatch *)on;
    hr = invoke_method1(off, L"AttachUSBDevice", &arg);
    ok(hr == E_NOINTERFACE, "Got hr %#x.\n", (unsigned)hr);

    /* Not the VM's: nothing to detach. */
    clear_error_info();
    hr = IVMVirtualMachine_DetachUSBDevice(off, receiver2);
    ok(hr == VM_E_USB_DETACH_FAILED_TEST, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"PORTS-OFF", L"046d:c52b");

    /* A running VM gets it at once, through the host's attach, which the
     * test driver lacks: refused, nothing attached. */
    clear_error_info();
    hr = IVMVirtualMachine_AttachUSBDevice(on, receiver2);
    ok(hr == DISP_E_EXCEPTION, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"PORTS-ON", L"virDomainAttachDeviceFlags");
    check_attached(receiver2, L"");

    /* Through Invoke, as a script detaches it. */
    V_VT(&arg) = VT_DISPATCH;
    V_DISPATCH(&arg) = (IDispatch *)receiver1;
    hr = invoke_method1(off, L"DetachUSBDevice", &arg);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_attached(receiver1, L"");
    clear_error_info();
    hr = IVMVirtualMachine_DetachUSBDevice(off, receiver1);
    ok(hr == VM_E_USB_DETACH_FAILED_TEST, "Got hr %#x.\n", (unsigned)hr);

done:
    if (other) IVMUSBDevice_Release(other);
    if (receiver2) IVMUSBDevice_Release(receiver2);
    if (receiver1) IVMUSBDevice_Release(receiver1);
    if (kingston) IVMUSBDevice_Release(kingston);
    if (coll) IVMUSBDeviceCollection_Release(coll);
    if (on) IVMVirtualMachine_Release(on);
    if (off) IVMVirtualMachine_Release(off);
    APP_(Release)(app);
}

#endif /* TEST_USB_PASSTHROUGH */
