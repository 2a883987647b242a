/*
 * Conformance tests of hard disk connections (issue 11, "Hard disks and
 * SCSI controllers"), which both object models pass the same way: after
 * each change the domain's persistent definition is exactly the old one
 * with that disk added, moved or removed, and after each refusal it is
 * byte for byte the old one.
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
 * Include after media_tests.h.  The including file defines
 * add_disk(vm, path, bus, device, connection): its model's
 * AddHardDiskConnection on IDE, set_drive_location(dvd, bus, device) and
 * set_disk_location(connection, bus, device): SetBusLocation on IDE, and
 * check_disks_model(vm, dom, name, xml): what only its model has
 * (Virtual Server's SCSI disks and controllers).
 */

static void check_disks_model_(const char *file, int line, IVMVirtualMachine *vm,
                               virDomainPtr dom, const WCHAR *name, char **xml);
#define check_disks_model(a, b, c, d) check_disks_model_(__FILE__, __LINE__, a, b, c, d)

#define HRESULT_SHARING_VIOLATION_TEST ((HRESULT)0x80070020)

/* Images whose content, not name, says their format: a fixed VHD (its
 * footer last), a dynamic VHD (the footer's copy first), QCOW2 and QCOW
 * headers, and raw data named .vhd. */
static const struct
{
    const char *name;
    const char *format;
}
disk_images[] =
{
    { "fixed.vhd", "vpc" },
    { "dynamic.vhd", "vpc" },
    { "disk.qcow2", "qcow2" },
    { "old.qcow", "qcow" },
    { "raw.vhd", "raw" },
};

static BOOL write_disk_image(const char *name)
{
    unsigned char block[512];
    char path[MAX_PATH];
    BOOL ok_write = TRUE;
    FILE *file;
    int i;

    snprintf(path, sizeof(path), "%s/%s", media_dir, name);
    if (!(file = fopen(path, "wb"))) return FALSE;
    for (i = 0; i < 4 && ok_write; i++)
    {
        memset(block, i == 0 ? 0 : 0x5a, sizeof(block));
        if (i == 0 && !strcmp(name, "dynamic.vhd")) memcpy(block, "conectix", 8);
        if (i == 0 && !strcmp(name, "disk.qcow2")) memcpy(block, "QFI\xfb\0\0\0\3", 8);
        if (i == 0 && !strcmp(name, "old.qcow")) memcpy(block, "QFI\xfb\0\0\0\1", 8);
        if (i == 3 && strstr(name, ".vhd") && strcmp(name, "raw.vhd")) memcpy(block, "conectix", 8);
        /* The magic anywhere else says nothing. */
        if (i == 1 && !strcmp(name, "raw.vhd")) memcpy(block, "conectix", 8);
        ok_write = fwrite(block, 1, sizeof(block), file) == sizeof(block);
    }
    return !fclose(file) && ok_write;
}

static BOOL create_disk_images(void)
{
    unsigned int i;

    if (!create_media_files()) return FALSE;
    for (i = 0; i < ARRAY_SIZE(disk_images); i++)
        if (!write_disk_image(disk_images[i].name)) return FALSE;
    return write_disk_image("base.img");
}

static void delete_disk_images(void)
{
    char path[MAX_PATH];
    unsigned int i;

    for (i = 0; i <= ARRAY_SIZE(disk_images); i++)
    {
        snprintf(path, sizeof(path), "%s/%s", media_dir,
                 i < ARRAY_SIZE(disk_images) ? disk_images[i].name : "base.img");
        unlink(path);
    }
    delete_media_files();
}

static WCHAR *disk_path(const char *name)
{
    WCHAR wide[64];

    MultiByteToWideChar(CP_UTF8, 0, name, -1, wide, ARRAY_SIZE(wide));
    return media_path(wide);
}

static const char disks_xml_format[] =
    "<domain type='test'><name>" VM_PREFIX "disks</name>"
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64'>hvm</type></os><devices>"
    "<disk type='file' device='disk'><driver type='raw'/><source file='%s/base.img'/>"
    "<target dev='hda' bus='ide'/></disk>"
    "<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>"
    "</devices></domain>";

/* libvirt's text of a disk of 'format' holding 'name' at IDE (bus, unit). */
static void ide_disk_text(char *text, size_t size, const char *format, const char *name, int bus,
                          int unit)
{
    snprintf(text, size, "    <disk type='file' device='disk'>\n"
             "      <driver type='%s'/>\n"
             "      <source file='%s/%s'/>\n"
             "      <target dev='hd%c' bus='ide'/>\n"
             "      <address type='drive' controller='0' bus='%d' target='0' unit='%d'/>\n"
             "    </disk>\n", format, media_dir, name, 'a' + bus * 2 + unit, bus, unit);
}

static HRESULT add_disk_w(IVMVirtualMachine *vm, const WCHAR *path, LONG bus, LONG device,
                          IVMHardDiskConnection **connection)
{
    BSTR str = path ? SysAllocString(path) : NULL;
    HRESULT hr = add_disk(vm, str, bus, device, connection);

    SysFreeString(str);
    return hr;
}

#define check_disk_place(a, b, c) check_disk_place_(__FILE__, __LINE__, a, b, c)
static void check_disk_place_(const char *file, int line, IVMHardDiskConnection *connection,
                              LONG bus, LONG device)
{
    LONG value = -1;
    HRESULT hr;

    hr = IVMHardDiskConnection_get_BusNumber(connection, &value);
    ok_(file, line)(hr == S_OK && value == bus, "Got hr %#x, bus %d.\n", (unsigned)hr, (int)value);
    value = -1;
    hr = IVMHardDiskConnection_get_DeviceNumber(connection, &value);
    ok_(file, line)(hr == S_OK && value == device, "Got hr %#x, device %d.\n", (unsigned)hr,
                    (int)value);
}

/* Refusals of AddHardDiskConnection: nothing changes. */
static void check_add_disk_errors(IVMVirtualMachine *vm, virDomainPtr dom, const WCHAR *name,
                                  const char *xml)
{
    IVMHardDiskConnection *connection;

    check_null_pointer("AddHardDiskConnection", add_disk_w(vm, disk_path("fixed.vhd"), 0, 1, NULL));
    connection = (IVMHardDiskConnection *)0xdeadbeef;
    clear_error_info();
    check_vm_error(add_disk_w(vm, NULL, 0, 1, &connection), E_INVALIDARG, name);
    ok(!connection, "Got %p.\n", connection);
    clear_error_info();
    check_vm_error(add_disk_w(vm, L"", 0, 1, &connection), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(add_disk_w(vm, L"images\\fixed.vhd", 0, 1, &connection), E_INVALIDARG,
                   L"images\\fixed.vhd");
    clear_error_info();
    check_vm_host_error(add_disk_w(vm, disk_path("missing.vhd"), 0, 1, &connection),
                        HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), name);
    clear_error_info();
    check_vm_error(add_disk_w(vm, media_dir_w, 0, 1, &connection),
                   HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), name);
    /* Places: taken by the disk and by the drive, or none at all. */
    clear_error_info();
    check_vm_host_error(add_disk_w(vm, disk_path("fixed.vhd"), 0, 0, &connection),
                        VM_E_DRIVE_BUS_LOC_IN_USE_TEST, name);
    clear_error_info();
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), 1, 0, &connection),
                   VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"hdc");
    clear_error_info();
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), 2, 0, &connection), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), 0, 2, &connection), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), -1, 0, &connection), E_INVALIDARG, name);
    /* The VM's own disk a second time: Virtual Server's sharing violation. */
    clear_error_info();
    check_vm_host_error(add_disk_w(vm, disk_path("base.img"), 0, 1, &connection),
                        HRESULT_SHARING_VIOLATION_TEST, name);
    ok(!connection, "Got %p.\n", connection);
    check_xml_unchanged(dom, xml);
}

/* Each image at IDE 0:1, its format read from its content, then removed:
 * the definition is the old one again. */
static void check_disk_formats(IVMVirtualMachine *vm, virDomainPtr dom, char **xml)
{
    IVMHardDiskConnection *connection;
    char text[1024];
    unsigned int i;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(disk_images); i++)
    {
        connection = NULL;
        hr = add_disk_w(vm, disk_path(disk_images[i].name), 0, 1, &connection);
        ok(hr == S_OK && connection, "%s: got hr %#x, %p.\n", disk_images[i].name, (unsigned)hr,
           connection);
        if (!connection) continue;
        ide_disk_text(text, sizeof(text), disk_images[i].format, disk_images[i].name, 0, 1);
        strcat(text, "    <disk type='file' device='cdrom'>\n");
        *xml = check_xml_change(dom, *xml, "    <disk type='file' device='cdrom'>\n", text);
        hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, connection);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        *xml = check_xml_change(dom, *xml, text, "    <disk type='file' device='cdrom'>\n");
        IVMHardDiskConnection_Release(connection);
    }
}

static void check_add_remove_disk(IVMVirtualMachine *vm, IVMDVDDrive *dvd, virDomainPtr dom,
                                  const WCHAR *name, char **xml)
{
    IVMHardDiskConnectionCollection *disks;
    IVMHardDiskConnection *connection = NULL, *second = NULL, *refused;
    IVMHardDisk *disk = NULL;
    VMHardDiskType type;
    char text[1024], *before;
    LONG count = 0;
    BSTR str;
    HRESULT hr;

    hr = add_disk_w(vm, disk_path("fixed.vhd"), 0, 1, &connection);
    ok(hr == S_OK && connection, "Got hr %#x, %p.\n", (unsigned)hr, connection);
    if (!connection) return;
    before = strdup(*xml);
    /* libvirt keeps a bus's disks in target order: hdb before hdc. */
    ide_disk_text(text, sizeof(text), "vpc", "fixed.vhd", 0, 1);
    strcat(text, "    <disk type='file' device='cdrom'>\n");
    *xml = check_xml_change(dom, *xml, "    <disk type='file' device='cdrom'>\n", text);
    check_disk_place(connection, 0, 1);
    hr = IVMHardDiskConnection_get_HardDisk(connection, &disk);
    ok(hr == S_OK && disk, "Got hr %#x, %p.\n", (unsigned)hr, disk);
    if (disk)
    {
        hr = IVMHardDisk_get_File(disk, &str);
        check_vm_bstr(hr, str, disk_path("fixed.vhd"));
        IVMHardDisk_Release(disk);
    }
    if (SUCCEEDED(IVMVirtualMachine_get_HardDiskConnections(vm, &disks)))
    {
        hr = IVMHardDiskConnectionCollection_get_Count(disks, &count);
        ok(hr == S_OK && count == 2, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
        hr = IVMHardDiskConnectionCollection_get_Item(disks, 2, &second);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        if (second) check_disk_place(second, 0, 1);
        IVMHardDiskConnectionCollection_Release(disks);
    }
    /* The raw disk it had is fixed. */
    if (SUCCEEDED(IVMVirtualMachine_get_HardDiskConnections(vm, &disks)))
    {
        IVMHardDiskConnection *first = NULL;

        if (SUCCEEDED(IVMHardDiskConnectionCollection_get_Item(disks, 1, &first)) &&
            SUCCEEDED(IVMHardDiskConnection_get_HardDisk(first, &disk)))
        {
            type = 0xdead;
            hr = IVMHardDisk_get_Type(disk, &type);
            ok(hr == S_OK && type == vmDiskType_FixedSize, "Got hr %#x, %d.\n", (unsigned)hr, type);
            IVMHardDisk_Release(disk);
        }
        if (first) IVMHardDiskConnection_Release(first);
        IVMHardDiskConnectionCollection_Release(disks);
    }

    /* A file connected once. */
    clear_error_info();
    refused = (IVMHardDiskConnection *)0xdeadbeef;
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), 1, 1, &refused),
                   HRESULT_SHARING_VIOLATION_TEST, L"hdb");
    ok(!refused, "Got %p.\n", refused);

    /* Removal takes a connection of this VM. */
    check_null_pointer("RemoveHardDiskConnection", IVMVirtualMachine_RemoveHardDiskConnection(vm, NULL));
    clear_error_info();
    hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, (IVMHardDiskConnection *)dvd);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"RemoveHardDiskConnection", L"hard disk connection");
    check_xml_unchanged(dom, *xml);
    hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, connection);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_xml_unchanged(dom, before);
    free(*xml);
    *xml = before;

    /* Its object names a place that is gone: VM_E_DRIVE_INVALID. */
    clear_error_info();
    check_vm_error(IVMVirtualMachine_RemoveHardDiskConnection(vm, connection), VM_E_DRIVE_INVALID_TEST,
                   name);
    check_xml_unchanged(dom, *xml);
    if (second) IVMHardDiskConnection_Release(second);
    IVMHardDiskConnection_Release(connection);
}

/* SetBusLocation: the target and address change in one redefinition, the
 * object follows the device; a refused place changes nothing. */
static void check_set_bus_location(IVMVirtualMachine *vm, IVMDVDDrive *dvd, virDomainPtr dom,
                                   const WCHAR *name, char **xml)
{
    static const char hdc[] = "      <target dev='hdc' bus='ide'/>\n"
                              "      <readonly/>\n"
                              "      <address type='drive' controller='0' bus='1' target='0' unit='0'/>\n";
    static const char hdd[] = "      <target dev='hdd' bus='ide'/>\n"
                              "      <readonly/>\n"
                              "      <address type='drive' controller='0' bus='1' target='0' unit='1'/>\n";
    IVMHardDiskConnectionCollection *disks;
    IVMHardDiskConnection *base = NULL, *added = NULL;
    char from[1024], to[1024], *before;
    LONG value;
    HRESULT hr;

    clear_error_info();
    check_vm_error(set_drive_location(dvd, 0, 0), VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"hda");
    clear_error_info();
    check_vm_error(set_drive_location(dvd, 2, 0), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error(set_drive_location(dvd, 0, -1), E_INVALIDARG, name);
    check_xml_unchanged(dom, *xml);

    hr = set_drive_location(dvd, 1, 1);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, hdc, hdd);
    hr = IVMDVDDrive_get_DeviceNumber(dvd, &value);
    ok(hr == S_OK && value == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    /* Where it is already: nothing to change. */
    hr = set_drive_location(dvd, 1, 1);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_xml_unchanged(dom, *xml);
    hr = set_drive_location(dvd, 1, 0);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change(dom, *xml, hdd, hdc);

    /* Disks: the VM's hda, and one added at hdd. */
    if (FAILED(IVMVirtualMachine_get_HardDiskConnections(vm, &disks))) return;
    IVMHardDiskConnectionCollection_get_Item(disks, 1, &base);
    IVMHardDiskConnectionCollection_Release(disks);
    if (!base) return;
    before = strdup(*xml);
    hr = add_disk_w(vm, disk_path("dynamic.vhd"), 1, 1, &added);
    ok(hr == S_OK && added, "Got hr %#x, %p.\n", (unsigned)hr, added);
    free(*xml);
    *xml = inactive_xml(dom);

    clear_error_info();
    check_vm_error(set_disk_location(base, 1, 0), VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"hdc");
    clear_error_info();
    check_vm_error(set_disk_location(base, 1, 1), VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"hdd");
    clear_error_info();
    check_vm_error(set_disk_location(base, 2, 1), E_INVALIDARG, name);
    check_xml_unchanged(dom, *xml);

    /* hda to hdb: still the first disk. */
    hr = set_disk_location(base, 0, 1);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    snprintf(from, sizeof(from), "      <source file='%s/base.img'/>\n"
             "      <target dev='hda' bus='ide'/>\n"
             "      <address type='drive' controller='0' bus='0' target='0' unit='0'/>\n", media_dir);
    snprintf(to, sizeof(to), "      <source file='%s/base.img'/>\n"
             "      <target dev='hdb' bus='ide'/>\n"
             "      <address type='drive' controller='0' bus='0' target='0' unit='1'/>\n", media_dir);
    *xml = check_xml_change(dom, *xml, from, to);
    check_disk_place(base, 0, 1);

    /* The added disk from hdd to hda: now the first disk, and its object
     * follows it there. */
    if (added)
    {
        hr = set_disk_location(added, 0, 0);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        free(*xml);
        *xml = inactive_xml(dom);
        snprintf(from, sizeof(from), "      <source file='%s/dynamic.vhd'/>\n"
                 "      <target dev='hda' bus='ide'/>\n", media_dir);
        ok(*xml && strstr(*xml, from) && strstr(*xml, from) < strstr(*xml, "base.img"),
           "Got %s\n", *xml);
        check_disk_place(added, 0, 0);
        hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, added);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMHardDiskConnection_Release(added);
    }
    /* The VM's disk, first again, back at hda: the old definition. */
    hr = set_disk_location(base, 0, 0);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_xml_unchanged(dom, before);
    free(*xml);
    *xml = before;
    IVMHardDiskConnection_Release(base);
}

static void test_disk_devices(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "disks";
    IVMDVDDriveCollection *dvds = NULL;
    IVMHardDiskConnectionCollection *disks = NULL;
    IVMHardDiskConnection *connection = NULL, *added;
    IVMDVDDrive *dvd = NULL;
    IVMVirtualMachine *vm = NULL;
    char domain_xml[1024], *xml = NULL;
    virDomainPtr dom = NULL;
    APP *app;
    HRESULT hr;

    if (!create_disk_images())
    {
        ok(0, "Cannot create the images under %s.\n", media_dir);
        delete_disk_images();
        return;
    }
    snprintf(domain_xml, sizeof(domain_xml), disks_xml_format, media_dir);
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
    if (hr == S_OK) hr = IVMVirtualMachine_get_HardDiskConnections(vm, &disks);
    if (hr == S_OK) hr = IVMHardDiskConnectionCollection_get_Item(disks, 1, &connection);
    ok(hr == S_OK, "Cannot get the devices: %#x.\n", (unsigned)hr);
    if (hr != S_OK) goto release;
    xml = inactive_xml(dom);

    check_add_disk_errors(vm, dom, name, xml);
    check_disk_formats(vm, dom, &xml);
    check_add_remove_disk(vm, dvd, dom, name, &xml);
    check_set_bus_location(vm, dvd, dom, name, &xml);
    check_disks_model(vm, dom, name, &xml);

    /* Running, then saved: every change needs the VM off, as documented. */
    start_domain(dom);
    wait_for_host();
    free(xml);
    xml = inactive_xml(dom);
    added = (IVMHardDiskConnection *)0xdeadbeef;
    clear_error_info();
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), 0, 1, &added), VM_E_VM_RUNNING_OR_SAVED_TEST,
                   name);
    ok(!added, "Got %p.\n", added);
    clear_error_info();
    check_vm_error(IVMVirtualMachine_RemoveHardDiskConnection(vm, connection),
                   VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    clear_error_info();
    check_vm_error(set_disk_location(connection, 0, 1), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    clear_error_info();
    check_vm_error(set_drive_location(dvd, 1, 1), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    check_xml_unchanged(dom, xml);
    ok(!virDomainManagedSave(dom, 0), "Cannot save: %s\n", virGetLastErrorMessage());
    wait_for_host();
    clear_error_info();
    check_vm_error(add_disk_w(vm, disk_path("fixed.vhd"), 0, 1, &added), VM_E_VM_RUNNING_OR_SAVED_TEST,
                   name);
    clear_error_info();
    check_vm_error(set_disk_location(connection, 0, 1), VM_E_VM_RUNNING_OR_SAVED_TEST, name);
    check_xml_unchanged(dom, xml);
    ok(!virDomainManagedSaveRemove(dom, 0), "Cannot discard: %s\n", virGetLastErrorMessage());

    /* Removed under the script. */
    remove_domain(dom);
    dom = NULL;
    wait_for_host();
    clear_error_info();
    check_vm_gone("AddHardDiskConnection", add_disk_w(vm, disk_path("fixed.vhd"), 0, 1, &added),
                  name, source);

release:
    if (connection) IVMHardDiskConnection_Release(connection);
    if (disks) IVMHardDiskConnectionCollection_Release(disks);
    if (dvd) IVMDVDDrive_Release(dvd);
    if (dvds) IVMDVDDriveCollection_Release(dvds);
    if (vm) IVMVirtualMachine_Release(vm);
    APP_(Release)(app);
done:
    free(xml);
    remove_domain(dom);
    delete_disk_images();
}
