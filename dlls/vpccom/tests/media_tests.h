/*
 * Conformance tests of the device changes (issue 11, "Media and devices"),
 * which both object models pass the same way: after each change the
 * domain's persistent definition is exactly the old one with that device
 * changed, and after each refusal it is byte for byte the old one.
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
 * Include after writes_tests.h.  The including file defines
 * add_dvd_drive(vm, bus, device, dvd): its model's AddDVDROMDrive on IDE,
 * check_media_model(vm, dom, name, xml): what only its model has (Virtual
 * Server's SCSI drives); VM_E_VM_RUNNING_OR_SAVED_TEST (vs.c, vpc.c) is
 * its model's documented code for a change of a VM that runs or is saved.
 */

static void check_media_model_(const char *file, int line, IVMVirtualMachine *vm,
                               virDomainPtr dom, const WCHAR *name, char **xml);
#define check_media_model(a, b, c, d) check_media_model_(__FILE__, __LINE__, a, b, c, d)

#include <ctype.h>
#include <sys/stat.h>
#include <unistd.h>

#define VM_E_PREF_ILLEGAL_VALUE_TEST         ((HRESULT)0xA0040301)
#define VM_E_DRIVE_INVALID_TEST              ((HRESULT)0xA0040502)
#define VM_E_DRIVE_BUS_LOC_IN_USE_TEST       ((HRESULT)0xA0040503)
#define VM_E_NO_MEDIA_CAPTURED_TEST          ((HRESULT)0xA0040652)
#define VM_E_INVALID_VIRTUAL_NETWORK_ID_TEST ((HRESULT)0xA0040702)
#define VM_E_DRIVE_IN_USE_TEST               ((HRESULT)0xA0040727)
#define VM_E_MEDIA_WRONG_TYPE_TEST           ((HRESULT)0xA0040728)

/* Images on Wine's Z: drive (the root) and in the prefix's C:. */
static char media_dir[64];
static WCHAR media_dir_w[64];

static BOOL create_file_w(const WCHAR *path)
{
    HANDLE file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD written;

    if (file == INVALID_HANDLE_VALUE) return FALSE;
    WriteFile(file, "CD001", 5, &written, NULL);
    CloseHandle(file);
    return TRUE;
}

static const WCHAR *const media_names[] = { L"a.iso", L"b.iso", L"boot.vfd" };

static WCHAR *media_path(const WCHAR *name)
{
    static WCHAR path[MAX_PATH];

    lstrcpyW(path, media_dir_w);
    lstrcatW(path, L"\\");
    lstrcatW(path, name);
    return path;
}

static BOOL create_media_files(void)
{
    unsigned int i;
    char dos[sizeof(media_dir) + 2], *p;

    /* A directory of this run's own: Wine's process ids are the same in
     * every prefix, and conformance runs of other prefixes may run at once. */
    snprintf(media_dir, sizeof(media_dir), "/tmp/vpc-media-XXXXXX");
    if (!mkdtemp(media_dir)) return FALSE;
    snprintf(dos, sizeof(dos), "Z:%s", media_dir);
    for (p = dos; *p; p++) if (*p == '/') *p = '\\';
    MultiByteToWideChar(CP_UTF8, 0, dos, -1, media_dir_w, ARRAY_SIZE(media_dir_w));
    for (i = 0; i < ARRAY_SIZE(media_names); i++)
        if (!create_file_w(media_path(media_names[i]))) return FALSE;
    CreateDirectoryW(L"C:\\vpc-media", NULL);
    return create_file_w(L"C:\\vpc-media\\c.iso");
}

static void delete_media_files(void)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(media_names); i++) DeleteFileW(media_path(media_names[i]));
    RemoveDirectoryW(media_dir_w);
    DeleteFileW(L"C:\\vpc-media\\c.iso");
    RemoveDirectoryW(L"C:\\vpc-media");
}


static char *inactive_xml(virDomainPtr dom)
{
    return virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
}

/* A refusal: the definition is byte for byte 'before'. */
static void check_xml_unchanged_(const char *file, int line, virDomainPtr dom, const char *before)
{
    char *xml = inactive_xml(dom);

    ok_(file, line)(xml && !strcmp(xml, before), "The definition changed:\n%s\n", xml);
    free(xml);
}

/* A change: the definition is 'before' with 'from', which it holds once,
 * replaced by 'to'.  Frees 'before'; returns the new definition. */
#define check_xml_change(a, b, c, d) check_xml_change_(__FILE__, __LINE__, a, b, c, d)
static char *check_xml_change_(const char *file, int line, virDomainPtr dom, char *before,
                               const char *from, const char *to)
{
    char *xml = inactive_xml(dom), *pos = strstr(before, from), *expected;
    size_t head;

    ok_(file, line)(pos && !strstr(pos + 1, from), "%s is not once in\n%s\n", from, before);
    if (!pos || !xml)
    {
        free(before);
        return xml;
    }
    head = pos - before;
    expected = malloc(strlen(before) - strlen(from) + strlen(to) + 1);
    memcpy(expected, before, head);
    strcpy(expected + head, to);
    strcat(expected, pos + strlen(from));
    ok_(file, line)(!strcmp(xml, expected), "Got\n%s\nexpected\n%s\n", xml, expected);
    free(expected);
    free(before);
    return xml;
}

/* A refusal with 'expected' whose description names the VM and the host. */
#define check_vm_host_error(a, b, c) check_vm_host_error_(__FILE__, __LINE__, a, b, c)
static void check_vm_host_error_(const char *file, int line, HRESULT hr, HRESULT expected,
                                 const WCHAR *name)
{
    ok_(file, line)(hr == expected, "Got hr %#x, expected %#x.\n", (unsigned)hr,
                    (unsigned)expected);
    check_error_info_(file, line, source, name, L"test:///default");
}

static HRESULT dvd_attach(IVMDVDDrive *dvd, const WCHAR *path)
{
    BSTR str = path ? SysAllocString(path) : NULL;
    HRESULT hr = IVMDVDDrive_AttachImage(dvd, str);

    SysFreeString(str);
    return hr;
}

static HRESULT dvd_attach_host(IVMDVDDrive *dvd, const WCHAR *drive)
{
    BSTR str = drive ? SysAllocString(drive) : NULL;
    HRESULT hr = IVMDVDDrive_AttachHostDrive(dvd, str);

    SysFreeString(str);
    return hr;
}

static HRESULT invoke_method1(void *obj, const WCHAR *name, VARIANT *arg)
{
    EXCEPINFO excepinfo;
    VARIANT result;
    HRESULT hr;

    hr = invoke_id(obj, get_dispid(obj, name), DISPATCH_METHOD, arg, arg ? 1 : 0, &result,
                   &excepinfo);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    VariantClear(&result);
    return hr == DISP_E_EXCEPTION ? excepinfo.scode : hr;
}

static const char media_xml_format[] =
    "<domain type='test'><name>" VM_PREFIX "media</name>"
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64'>hvm</type></os><devices>"
    "<disk type='file' device='cdrom'><source file='%s/a.iso'/>"
    "<target dev='hdc' bus='ide'/><readonly/></disk>"
    "<disk type='file' device='floppy'><target dev='fda' bus='fdc'/></disk>"
    "<interface type='network'><mac address='52:54:00:4d:00:01'/>"
    "<source network='default'/></interface>"
    "</devices></domain>";

/* The CD/DVD drive: images in and out, through the methods and through
 * Invoke as a script calls them; every refusal leaves the definition. */
static void check_dvd_media(IVMVirtualMachine *vm, IVMDVDDrive *dvd, virDomainPtr dom,
                            const WCHAR *name, char **xml)
{
    char from[256], to[256];
    VMDVDDriveAttachmentType attachment;
    WCHAR expected[MAX_PATH];
    VARIANT arg;
    BSTR str;
    HRESULT hr;

    /* Full: Virtual Server's documented VM_E_DRIVE_IN_USE. */
    clear_error_info();
    check_vm_host_error(dvd_attach(dvd, media_path(L"b.iso")), VM_E_DRIVE_IN_USE_TEST, name);
    clear_error_info();
    check_vm_error(IVMDVDDrive_ReleaseHostDrive(dvd), VM_E_MEDIA_WRONG_TYPE_TEST, name);
    check_xml_unchanged(dom, *xml);

    /* Release: the source goes. */
    hr = IVMDVDDrive_ReleaseImage(dvd);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    snprintf(from, sizeof(from), "      <source file='%s/a.iso'/>\n", media_dir);
    *xml = check_xml_change(dom, *xml, from, "");
    hr = IVMDVDDrive_get_Attachment(dvd, &attachment);
    ok(hr == S_OK && attachment == vmDVDDrive_None, "Got hr %#x, %d.\n", (unsigned)hr, attachment);
    clear_error_info();
    check_vm_error(IVMDVDDrive_ReleaseImage(dvd), VM_E_NO_MEDIA_CAPTURED_TEST, name);

    /* Paths that are no image: each refused, nothing changed. */
    clear_error_info();
    check_vm_error(dvd_attach(dvd, NULL), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(dvd_attach(dvd, L""), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(dvd_attach(dvd, L"images\\a.iso"), E_INVALIDARG, L"images\\a.iso");
    clear_error_info();
    check_vm_host_error(dvd_attach(dvd, media_path(L"missing.iso")),
                        HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), name);
    clear_error_info();
    check_vm_error(dvd_attach(dvd, media_dir_w), HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), name);
    clear_error_info();
    check_vm_error(dvd_attach(dvd, L"Q:\\no\\drive.iso"), HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND),
                   name);
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 42;
    hr = invoke_method1(dvd, L"AttachImage", &arg);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_xml_unchanged(dom, *xml);

    /* An image of Z: (the root): its Unix path, shown back as Wine shows it. */
    hr = dvd_attach(dvd, media_path(L"b.iso"));
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    snprintf(from, sizeof(from), "<disk type='file' device='cdrom'>\n");
    snprintf(to, sizeof(to), "<disk type='file' device='cdrom'>\n      <source file='%s/b.iso'/>\n",
             media_dir);
    *xml = check_xml_change(dom, *xml, from, to);
    hr = IVMDVDDrive_get_ImageFile(dvd, &str);
    check_vm_bstr(hr, str, media_path(L"b.iso"));
    hr = IVMDVDDrive_get_Attachment(dvd, &attachment);
    ok(hr == S_OK && attachment == vmDVDDrive_Image, "Got hr %#x, %d.\n", (unsigned)hr, attachment);

    /* Through Invoke, as a script: Release, then an image of C:. */
    hr = invoke_method1(dvd, L"ReleaseImage", NULL);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    V_VT(&arg) = VT_BSTR;
    V_BSTR(&arg) = SysAllocString(L"C:\\vpc-media\\c.iso");
    hr = invoke_method1(dvd, L"AttachImage", &arg);
    VariantClear(&arg);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    free(*xml);
    *xml = inactive_xml(dom);
    ok(*xml && strstr(*xml, "/drive_c/vpc-media/c.iso'/>"), "Got %s\n", *xml);
    hr = IVMDVDDrive_get_ImageFile(dvd, &str);
    lstrcpyW(expected, L"C:\\vpc-media\\c.iso");
    check_vm_bstr(hr, str, expected);
    hr = IVMDVDDrive_ReleaseImage(dvd);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    free(*xml);
    *xml = inactive_xml(dom);
}

/* Host drives: a device node, or a drive letter whose device Wine knows. */
static void check_dvd_host_drive(IVMDVDDrive *dvd, virDomainPtr dom, const WCHAR *name, char **xml)
{
    static const char device[] = "/dev/loop7";
    char *dosdevices = NULL, *end, link_path[MAX_PATH], to[256];
    struct stat st;
    BSTR str;
    HRESULT hr;

    clear_error_info();
    check_vm_error(dvd_attach_host(dvd, L"/tmp"), E_INVALIDARG, L"/tmp");
    clear_error_info();
    check_vm_error(dvd_attach_host(dvd, NULL), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(dvd_attach_host(dvd, L"Q:"), E_INVALIDARG, L"Q:");
    check_xml_unchanged(dom, *xml);

    if (stat(device, &st) || !S_ISBLK(st.st_mode))
    {
        skip("%s is no block device here.\n", device);
        return;
    }
    hr = dvd_attach_host(dvd, L"/dev/loop7");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    snprintf(to, sizeof(to), "<disk type='block' device='cdrom'>\n      <source dev='%s'/>\n",
             device);
    *xml = check_xml_change(dom, *xml, "<disk type='file' device='cdrom'>\n", to);
    hr = IVMDVDDrive_get_HostDriveLetter(dvd, &str);
    check_vm_bstr(hr, str, L"/dev/loop7");
    clear_error_info();
    check_vm_error(IVMDVDDrive_ReleaseImage(dvd), VM_E_MEDIA_WRONG_TYPE_TEST, name);
    clear_error_info();
    check_vm_error(dvd_attach(dvd, media_path(L"b.iso")), VM_E_DRIVE_IN_USE_TEST, name);
    check_xml_unchanged(dom, *xml);
    hr = IVMDVDDrive_ReleaseHostDrive(dvd);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, to, "<disk type='file' device='cdrom'>\n");

    /* A letter: the prefix's dosdevices/y:: link, as Wine opens \\.\Y:. */
    if ((dosdevices = wine_get_unix_file_name(L"C:\\")) && (end = strstr(dosdevices, "/c:")))
    {
        *end = 0;
        snprintf(link_path, sizeof(link_path), "%s/y::", dosdevices);
        ok(!symlink(device, link_path), "Cannot link %s.\n", link_path);
        hr = dvd_attach_host(dvd, L"y:");
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        *xml = check_xml_change(dom, *xml, "<disk type='file' device='cdrom'>\n", to);
        hr = IVMDVDDrive_ReleaseHostDrive(dvd);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        *xml = check_xml_change(dom, *xml, to, "<disk type='file' device='cdrom'>\n");
        unlink(link_path);
    }
    else ok(0, "No dosdevices in %s.\n", dosdevices);
    HeapFree(GetProcessHeap(), 0, dosdevices);
}

static void check_floppy_media(IVMFloppyDrive *floppy, virDomainPtr dom, const WCHAR *name,
                               char **xml)
{
    struct stat st;
    char to[256];
    BSTR str;
    HRESULT hr;

    clear_error_info();
    check_vm_error(IVMFloppyDrive_ReleaseImage(floppy), VM_E_NO_MEDIA_CAPTURED_TEST, name);
    str = SysAllocString(media_path(L"none.vfd"));
    clear_error_info();
    check_vm_error(IVMFloppyDrive_AttachImage(floppy, str), HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND),
                   L"none.vfd");
    SysFreeString(str);
    check_xml_unchanged(dom, *xml);

    str = SysAllocString(media_path(L"boot.vfd"));
    hr = IVMFloppyDrive_AttachImage(floppy, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    snprintf(to, sizeof(to), "<disk type='file' device='floppy'>\n      <source file='%s/boot.vfd'/>\n",
             media_dir);
    *xml = check_xml_change(dom, *xml, "<disk type='file' device='floppy'>\n", to);
    hr = IVMFloppyDrive_get_ImageFile(floppy, &str);
    check_vm_bstr(hr, str, media_path(L"boot.vfd"));
    hr = IVMFloppyDrive_ReleaseImage(floppy);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, to, "<disk type='file' device='floppy'>\n");

    /* A host drive, by its device node. */
    if (stat("/dev/loop7", &st) || !S_ISBLK(st.st_mode))
    {
        skip("/dev/loop7 is no block device here.\n");
        return;
    }
    str = SysAllocString(L"/dev/loop7");
    hr = IVMFloppyDrive_AttachHostDrive(floppy, str);
    SysFreeString(str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    snprintf(to, sizeof(to), "<disk type='block' device='floppy'>\n      <source dev='/dev/loop7'/>\n");
    *xml = check_xml_change(dom, *xml, "<disk type='file' device='floppy'>\n", to);
    hr = IVMFloppyDrive_get_HostDriveLetter(floppy, &str);
    check_vm_bstr(hr, str, L"/dev/loop7");
    hr = IVMFloppyDrive_ReleaseHostDrive(floppy);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, to, "<disk type='file' device='floppy'>\n");
}

static IVMVirtualNetwork *find_network(APP *app, const WCHAR *name)
{
    IVMVirtualNetwork *net = NULL;
    BSTR str = SysAllocString(name);
    HRESULT hr = APP_(FindVirtualNetwork)(app, str, &net);

    SysFreeString(str);
    ok(hr == S_OK && net, "%s: got hr %#x, %p.\n", wine_dbgstr_w(name), (unsigned)hr, net);
    return net;
}

static const char gone_network_xml[] =
    "<network><name>" VM_PREFIX "gone</name><bridge name='vpcgone0'/></network>";

/* Off one network and onto another; a network that is gone since, or
 * another object, changes nothing. */
static void check_nic_network(APP *app, IVMNetworkAdapter *nic, virDomainPtr dom,
                              const WCHAR *name, char **xml)
{
    static const char on[] = "<interface type='network'>\n"
                             "      <mac address='52:54:00:4d:00:01'/>\n"
                             "      <source network='default'/>\n";
    static const char off[] = "<interface type='ethernet'>\n"
                              "      <mac address='52:54:00:4d:00:01'/>\n";
    IVMVirtualNetwork *net, *gone = NULL, *found;
    virNetworkPtr gone_net;
    APP *fresh;
    HRESULT hr;

    hr = IVMNetworkAdapter_DetachFromVirtualNetwork(nic);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, on, off);
    found = (IVMVirtualNetwork *)0xdeadbeef;
    hr = IVMNetworkAdapter_get_VirtualNetwork(nic, &found);
    ok(hr == S_FALSE && !found, "Got hr %#x, %p.\n", (unsigned)hr, found);

    clear_error_info();
    check_null_pointer("AttachToVirtualNetwork", IVMNetworkAdapter_AttachToVirtualNetwork(nic, NULL));
    clear_error_info();
    hr = IVMNetworkAdapter_AttachToVirtualNetwork(nic, (IVMVirtualNetwork *)nic);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"AttachToVirtualNetwork", NULL);

    /* Defined after the host's networks were read, undefined before use. */
    if ((gone_net = virNetworkDefineXML(conn, gone_network_xml)))
    {
        /* An application object reads the host's networks once. */
        wait_for_host();
        if ((fresh = create_app()))
        {
            gone = find_network(fresh, L"" VM_PREFIX "gone");
            APP_(Release)(fresh);
        }
        virNetworkUndefine(gone_net);
        virNetworkFree(gone_net);
    }
    else ok(0, "Cannot define a network: %s\n", virGetLastErrorMessage());
    if (gone)
    {
        clear_error_info();
        check_vm_host_error(IVMNetworkAdapter_AttachToVirtualNetwork(nic, gone),
                            VM_E_INVALID_VIRTUAL_NETWORK_ID_TEST, name);
        IVMVirtualNetwork_Release(gone);
    }
    check_xml_unchanged(dom, *xml);

    if (!(net = find_network(app, L"default"))) return;
    hr = IVMNetworkAdapter_AttachToVirtualNetwork(nic, net);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, off, on);
    hr = IVMNetworkAdapter_get_VirtualNetwork(nic, &found);
    ok(hr == S_OK && found, "Got hr %#x, %p.\n", (unsigned)hr, found);
    if (found) IVMVirtualNetwork_Release(found);
    IVMVirtualNetwork_Release(net);
}

static HRESULT nic_put_address(IVMNetworkAdapter *nic, const WCHAR *address)
{
    BSTR str = address ? SysAllocString(address) : NULL;
    HRESULT hr = IVMNetworkAdapter_put_EthernetAddress(nic, str);

    SysFreeString(str);
    return hr;
}

/* EthernetAddress is the definition's <mac>; it is never dynamic. */
static void check_nic_address(IVMNetworkAdapter *nic, virDomainPtr dom, const WCHAR *name,
                              char **xml)
{
    static const WCHAR *const bad[] =
    {
        L"52-54-00-4D-00", L"52-54-00-4D-00-01-02", L"01-00-5E-00-00-01", L"00-00-00-00-00-00",
        L"52-54-00-4D-00-0G", L"52.54.00.4D.00.09", L"",
    };
    VARIANT value;
    VARIANT_BOOL dynamic;
    unsigned int i;
    BSTR str;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(bad); i++)
    {
        clear_error_info();
        check_vm_error(nic_put_address(nic, bad[i]), E_INVALIDARG, name);
    }
    clear_error_info();
    check_vm_error(nic_put_address(nic, NULL), E_INVALIDARG, name);
    check_xml_unchanged(dom, *xml);

    hr = nic_put_address(nic, L"52-54-00-4D-00-09");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, "<mac address='52:54:00:4d:00:01'/>",
                            "<mac address='52:54:00:4d:00:09'/>");
    hr = IVMNetworkAdapter_get_EthernetAddress(nic, &str);
    check_vm_bstr(hr, str, L"52-54-00-4D-00-09");

    /* As a script assigns it, with libvirt's colons. */
    V_VT(&value) = VT_BSTR;
    V_BSTR(&value) = SysAllocString(L"52:54:00:4d:00:01");
    hr = invoke_put(nic, L"EthernetAddress", &value);
    VariantClear(&value);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, "<mac address='52:54:00:4d:00:09'/>",
                            "<mac address='52:54:00:4d:00:01'/>");

    hr = IVMNetworkAdapter_put_IsEthernetAddressDynamic(nic, VARIANT_FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    clear_error_info();
    check_vm_error(IVMNetworkAdapter_put_IsEthernetAddressDynamic(nic, VARIANT_TRUE), E_INVALIDARG,
                   L"IsEthernetAddressDynamic");
    hr = IVMNetworkAdapter_get_IsEthernetAddressDynamic(nic, &dynamic);
    check_vm_bool(hr, dynamic, VARIANT_FALSE);
    check_xml_unchanged(dom, *xml);
}

/* The definition 'before' plus one <interface> before 'anchor'; what the
 * new adapter says of itself matches it. */
#define check_nic_added(a, b, c, d) check_nic_added_(__FILE__, __LINE__, a, b, c, d)
static void check_nic_added_(const char *file, int line, virDomainPtr dom, const char *before,
                             IVMNetworkAdapter *nic, const char *anchor)
{
    char *xml = inactive_xml(dom), *start, *stop, *joined, mac[32], expected_mac[64], got_mac[64];
    BSTR address = NULL;
    size_t i;

    start = xml ? strstr(xml, "    <interface type='ethernet'>\n      <mac address='") : NULL;
    while (start && strstr(start + 1, "    <interface type='ethernet'>\n      <mac address='"))
        start = strstr(start + 1, "    <interface type='ethernet'>\n      <mac address='");
    stop = start ? strstr(start, "</interface>\n") : NULL;
    ok_(file, line)(stop != NULL, "No new adapter in\n%s\n", xml);
    if (!stop)
    {
        free(xml);
        return;
    }
    stop += strlen("</interface>\n");
    memcpy(mac, start + strlen("    <interface type='ethernet'>\n      <mac address='"), 17);
    mac[17] = 0;
    joined = malloc(strlen(xml) + 1);
    memcpy(joined, xml, start - xml);
    strcpy(joined + (start - xml), stop);
    ok_(file, line)(!strcmp(joined, before), "Besides the adapter, got\n%s\nexpected\n%s\n", joined,
                    before);
    ok_(file, line)(!strncmp(stop, anchor, strlen(anchor)), "The adapter is not before %s.\n",
                    anchor);
    IVMNetworkAdapter_get_EthernetAddress(nic, &address);
    for (i = 0; mac[i]; i++)
        expected_mac[i] = mac[i] == ':' ? '-' : toupper((unsigned char)mac[i]);
    expected_mac[i] = 0;
    got_mac[0] = 0;
    if (address) WideCharToMultiByte(CP_UTF8, 0, address, -1, got_mac, sizeof(got_mac), NULL, NULL);
    ok_(file, line)(!strcmp(got_mac, expected_mac), "Got %s, expected %s.\n", got_mac, expected_mac);
    SysFreeString(address);
    free(joined);
    free(xml);
}

static void check_add_remove_nics(IVMVirtualMachine *vm, IVMDVDDrive *dvd, virDomainPtr dom,
                                  const WCHAR *name, char **xml)
{
    IVMNetworkAdapter *added[3] = { NULL }, *nic;
    unsigned int i;
    HRESULT hr;

    check_null_pointer("AddNetworkAdapter", IVMVirtualMachine_AddNetworkAdapter(vm, NULL));
    clear_error_info();
    check_null_pointer("RemoveNetworkAdapter", IVMVirtualMachine_RemoveNetworkAdapter(vm, NULL));
    clear_error_info();
    hr = IVMVirtualMachine_RemoveNetworkAdapter(vm, (IVMNetworkAdapter *)dvd);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"RemoveNetworkAdapter", L"network adapter");
    check_xml_unchanged(dom, *xml);

    hr = IVMVirtualMachine_AddNetworkAdapter(vm, &added[0]);
    ok(hr == S_OK && added[0], "Got hr %#x, %p.\n", (unsigned)hr, added[0]);
    if (!added[0]) return;
    check_nic_added(dom, *xml, added[0], "  </devices>");
    /* Two adapters of a VM never share an address. */
    clear_error_info();
    check_vm_error(nic_put_address(added[0], L"52-54-00-4D-00-01"), E_INVALIDARG, L"adapter 1");
    hr = IVMNetworkAdapter_get_VirtualNetwork(added[0], (IVMVirtualNetwork **)&nic);
    ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);

    /* At most four. */
    for (i = 1; i < 3; i++)
    {
        hr = IVMVirtualMachine_AddNetworkAdapter(vm, &added[i]);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    }
    free(*xml);
    *xml = inactive_xml(dom);
    nic = (IVMNetworkAdapter *)0xdeadbeef;
    clear_error_info();
    check_vm_error(IVMVirtualMachine_AddNetworkAdapter(vm, &nic), VM_E_PREF_ILLEGAL_VALUE_TEST, name);
    ok(!nic, "Got %p.\n", nic);
    check_xml_unchanged(dom, *xml);

    /* Removed last first: each removal leaves the definition as it was
     * before that adapter came. */
    for (i = 3; i-- > 0;)
    {
        if (!added[i]) continue;
        hr = IVMVirtualMachine_RemoveNetworkAdapter(vm, added[i]);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMNetworkAdapter_Release(added[i]);
    }
    free(*xml);
    *xml = inactive_xml(dom);
    ok(*xml && !strstr(*xml, "<interface type='ethernet'>"), "Got %s\n", *xml);
}

static void check_add_remove_dvd(IVMVirtualMachine *vm, virDomainPtr dom, const WCHAR *name,
                                 char **xml)
{
    static const char new_drive[] = "    <disk type='file' device='cdrom'>\n"
                                    "      <target dev='hdb' bus='ide'/>\n"
                                    "      <readonly/>\n"
                                    "      <address type='drive' controller='0' bus='0' target='0' unit='1'/>\n"
                                    "    </disk>\n";
    IVMDVDDriveCollection *dvds;
    IVMDVDDrive *dvd = NULL, *second = NULL, *bad;
    char *before, *with;
    LONG value;
    HRESULT hr;

    check_null_pointer("AddDVDROMDrive", add_dvd_drive(vm, 0, 1, NULL));
    clear_error_info();
    check_vm_error(add_dvd_drive(vm, 1, 0, &bad), VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"hdc");
    clear_error_info();
    check_vm_error(add_dvd_drive(vm, 2, 0, &bad), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(add_dvd_drive(vm, -1, 0, &bad), E_INVALIDARG, name);
    check_xml_unchanged(dom, *xml);

    hr = add_dvd_drive(vm, 0, 1, &dvd);
    ok(hr == S_OK && dvd, "Got hr %#x, %p.\n", (unsigned)hr, dvd);
    if (!dvd) return;
    before = strdup(*xml);
    /* libvirt keeps a bus's disks in target order: before hdc. */
    with = malloc(strlen(new_drive) + 64);
    strcpy(with, new_drive);
    strcat(with, "    <disk type='file' device='cdrom'>\n      <target dev='hdc'");
    *xml = check_xml_change(dom, *xml, "    <disk type='file' device='cdrom'>\n      <target dev='hdc'",
                            with);
    free(with);
    /* The drives are numbered in that order too. */
    if (SUCCEEDED(IVMVirtualMachine_get_DVDROMDrives(vm, &dvds)))
    {
        hr = IVMDVDDriveCollection_get_Item(dvds, 2, &second);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMDVDDriveCollection_Release(dvds);
    }
    hr = IVMDVDDrive_get_BusNumber(dvd, &value);
    ok(hr == S_OK && value == 0, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    hr = IVMDVDDrive_get_DeviceNumber(dvd, &value);
    ok(hr == S_OK && value == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);

    check_null_pointer("RemoveDVDROMDrive", IVMVirtualMachine_RemoveDVDROMDrive(vm, NULL));
    clear_error_info();
    hr = IVMVirtualMachine_RemoveDVDROMDrive(vm, (IVMDVDDrive *)vm);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMVirtualMachine_RemoveDVDROMDrive(vm, dvd);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_xml_unchanged(dom, before);
    free(*xml);
    *xml = before;

    /* The second drive's object names a place that is gone:
     * VM_E_DRIVE_INVALID. */
    if (second)
    {
        clear_error_info();
        check_vm_error(IVMDVDDrive_ReleaseImage(second), VM_E_DRIVE_INVALID_TEST, name);
        check_xml_unchanged(dom, *xml);
        IVMDVDDrive_Release(second);
    }
    IVMDVDDrive_Release(dvd);
}

static void test_media_devices(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "media";
    IVMDVDDriveCollection *dvds = NULL;
    IVMFloppyDriveCollection *floppies = NULL;
    IVMNetworkAdapterCollection *nics = NULL;
    IVMDVDDrive *dvd = NULL;
    IVMFloppyDrive *floppy = NULL;
    IVMNetworkAdapter *nic = NULL, *added;
    IVMVirtualMachine *vm = NULL;
    char domain_xml[1024], *xml = NULL, *live;
    virDomainPtr dom = NULL;
    APP *app;
    HRESULT hr;

    if (!create_media_files())
    {
        ok(0, "Cannot create the images under %s.\n", media_dir);
        return;
    }
    snprintf(domain_xml, sizeof(domain_xml), media_xml_format, media_dir);
    if (!(dom = virDomainDefineXML(conn, domain_xml)))
    {
        ok(0, "Cannot define the domain: %s\n", virGetLastErrorMessage());
        goto done;
    }
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name))) goto release;
    hr = IVMVirtualMachine_get_DVDROMDrives(vm, &dvds);
    if (hr == S_OK) hr = IVMDVDDriveCollection_get_Item(dvds, 1, &dvd);
    if (hr == S_OK) hr = IVMVirtualMachine_get_FloppyDrives(vm, &floppies);
    if (hr == S_OK) hr = IVMFloppyDriveCollection_get_Item(floppies, 1, &floppy);
    if (hr == S_OK) hr = IVMVirtualMachine_get_NetworkAdapters(vm, &nics);
    if (hr == S_OK) hr = IVMNetworkAdapterCollection_get_Item(nics, 1, &nic);
    ok(hr == S_OK, "Cannot get the devices: %#x.\n", (unsigned)hr);
    if (hr != S_OK) goto release;
    xml = inactive_xml(dom);

    check_dvd_media(vm, dvd, dom, name, &xml);
    check_dvd_host_drive(dvd, dom, name, &xml);
    check_floppy_media(floppy, dom, name, &xml);
    check_nic_network(app, nic, dom, name, &xml);
    check_nic_address(nic, dom, name, &xml);
    check_add_remove_nics(vm, dvd, dom, name, &xml);
    check_add_remove_dvd(vm, dom, name, &xml);
    check_media_model(vm, dom, name, &xml);

    /* Running: adding and removing need it off; media changes need the
     * host's device update, which the test driver lacks: refused, naming
     * the VM and the host, neither definition changed. */
    start_domain(dom);
    wait_for_host();
    free(xml);
    xml = inactive_xml(dom);
    live = virDomainGetXMLDesc(dom, 0);
    added = (IVMNetworkAdapter *)0xdeadbeef;
    clear_error_info();
    check_vm_error(IVMVirtualMachine_AddNetworkAdapter(vm, &added), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    ok(!added, "Got %p.\n", added);
    clear_error_info();
    check_vm_error(IVMVirtualMachine_RemoveDVDROMDrive(vm, dvd), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    clear_error_info();
    hr = dvd_attach(dvd, media_path(L"b.iso"));
    ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, name, L"virDomainUpdateDeviceFlags");
    clear_error_info();
    check_vm_error(IVMNetworkAdapter_DetachFromVirtualNetwork(nic), DISP_E_EXCEPTION, name);
    clear_error_info();
    check_vm_error(nic_put_address(nic, L"52-54-00-4D-00-09"), DISP_E_EXCEPTION, name);
    check_xml_unchanged(dom, xml);
    {
        char *now = virDomainGetXMLDesc(dom, 0);

        ok(now && live && !strcmp(now, live), "The live definition changed:\n%s\n", now);
        free(now);
    }
    free(live);

    /* Saved: its saved state holds the devices. */
    ok(!virDomainManagedSave(dom, 0), "Cannot save: %s\n", virGetLastErrorMessage());
    wait_for_host();
    clear_error_info();
    check_vm_error(dvd_attach(dvd, media_path(L"b.iso")), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    check_xml_unchanged(dom, xml);
    ok(!virDomainManagedSaveRemove(dom, 0), "Cannot discard: %s\n", virGetLastErrorMessage());

    /* Removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    check_vm_gone("AttachImage", dvd_attach(dvd, media_path(L"b.iso")), name, source);

release:
    if (nic) IVMNetworkAdapter_Release(nic);
    if (nics) IVMNetworkAdapterCollection_Release(nics);
    if (floppy) IVMFloppyDrive_Release(floppy);
    if (floppies) IVMFloppyDriveCollection_Release(floppies);
    if (dvd) IVMDVDDrive_Release(dvd);
    if (dvds) IVMDVDDriveCollection_Release(dvds);
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    free(xml);
    remove_domain(dom);
    delete_media_files();
}
