/*
 * Conformance tests of virtual hard disk images no VM holds (issue 11,
 * "creating virtual hard disks"): Create{Dynamic,Fixed,Differencing}
 * VirtualHardDisk and GetHardDisk, which both models pass the same way.
 * libvirt's test driver keeps a pool's volumes in memory: the volumes'
 * XML is checked exactly, and every refusal leaves the host's pools and
 * volumes as they were.  tests/scripts/vhd.sh makes real files.
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

#define HRESULT_ALREADY_EXISTS_TEST ((HRESULT)0x800700b7)
#define HRESULT_PATH_NOT_FOUND_TEST ((HRESULT)0x80070003)
#define HRESULT_BAD_PATHNAME_TEST ((HRESULT)0x800700a1)
#define VM_E_IMAGE_SIZE_TOO_LARGE_TEST ((HRESULT)0xA0040683)
#define VM_E_IMAGE_SIZE_TOO_SMALL_TEST ((HRESULT)0xA0040684)

/* A folder with a pool of the host, and one without. */
static char vhd_pool_dir[64], vhd_bare_dir[64];

static WCHAR *vhd_path(const char *dir, const char *name)
{
    static WCHAR paths[8][MAX_PATH];
    static unsigned int next;
    WCHAR *path = paths[next++ % ARRAY_SIZE(paths)];
    char dos[MAX_PATH], *p;

    snprintf(dos, sizeof(dos), "Z:%s/%s", dir, name);
    for (p = dos; *p; p++) if (*p == '/') *p = '\\';
    MultiByteToWideChar(CP_UTF8, 0, dos, -1, path, MAX_PATH);
    return path;
}

/* What the host's pools and volumes are: a refusal changes neither. */
static void vhd_host_state(char *text, size_t size)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "vhd-tests");

    snprintf(text, size, "pools %d, volumes %d", virConnectNumOfStoragePools(conn),
             pool ? virStoragePoolNumOfVolumes(pool) : -1);
    if (pool) virStoragePoolFree(pool);
}

#define check_vhd_state(a) check_vhd_state_(__FILE__, __LINE__, a)
static void check_vhd_state_(const char *file, int line, const char *before)
{
    char now[64];

    vhd_host_state(now, sizeof(now));
    ok_(file, line)(!strcmp(now, before), "Got %s, expected %s.\n", now, before);
}

static HRESULT create_vhd(APP *app, int kind, const WCHAR *path, LONG size, const WCHAR *parent,
                          IVMTask **task)
{
    BSTR str = path ? SysAllocString(path) : NULL, parent_str = parent ? SysAllocString(parent) : NULL;
    HRESULT hr;

    if (kind == vmDiskType_Dynamic) hr = APP_(CreateDynamicVirtualHardDisk)(app, str, size, task);
    else if (kind == vmDiskType_FixedSize) hr = APP_(CreateFixedVirtualHardDisk)(app, str, size, task);
    else hr = APP_(CreateDifferencingVirtualHardDisk)(app, str, parent_str, task);
    SysFreeString(str);
    SysFreeString(parent_str);
    return hr;
}

static HRESULT get_vhd(APP *app, const WCHAR *path, IVMHardDisk **disk)
{
    BSTR str = path ? SysAllocString(path) : NULL;
    HRESULT hr = APP_(GetHardDisk)(app, str, disk);

    SysFreeString(str);
    return hr;
}

/* The volume's definition as libvirt gives it. */
#define check_volume_xml(a, b) check_volume_xml_(__FILE__, __LINE__, a, b)
static void check_volume_xml_(const char *file, int line, const char *path, const char *expected)
{
    virStorageVolPtr vol = virStorageVolLookupByPath(conn, path);
    char *xml = vol ? virStorageVolGetXMLDesc(vol, 0) : NULL;

    ok_(file, line)(xml && !strcmp(xml, expected), "Got %s, expected %s\n", xml ? xml : "(none)",
                    expected);
    free(xml);
    if (vol) virStorageVolFree(vol);
}

static void volume_text(char *text, size_t size, const char *name, unsigned long long capacity,
                        unsigned long long allocation, const char *format, const char *backing,
                        const char *backing_format)
{
    char backing_text[512] = "";

    if (backing)
        snprintf(backing_text, sizeof(backing_text), "  <backingStore>\n"
                 "    <path>%s</path>\n"
                 "    <format type='%s'/>\n"
                 "  </backingStore>\n", backing, backing_format);
    snprintf(text, size, "<volume type='file'>\n"
             "  <name>%s</name>\n"
             "  <key>%s/%s</key>\n"
             "  <capacity unit='bytes'>%llu</capacity>\n"
             "  <allocation unit='bytes'>%llu</allocation>\n"
             "  <target>\n"
             "    <path>%s/%s</path>\n"
             "    <format type='%s'/>\n"
             "  </target>\n"
             "%s"
             "</volume>\n", name, vhd_pool_dir, name, capacity, allocation, vhd_pool_dir, name,
             format, backing_text);
}

/* A task done before the method returned, that says what it did. */
#define check_done_task(a, b) check_done_task_(__FILE__, __LINE__, a, b)
static void check_done_task_(const char *file, int line, IVMTask *task, const WCHAR *path)
{
    VARIANT_BOOL complete = VARIANT_FALSE;
    VMTaskResult result = 0xdead;
    LONG percent = -1;
    WCHAR want[MAX_PATH + 64];
    BSTR str = NULL;
    HRESULT hr;

    hr = IVMTask_get_IsComplete(task, &complete);
    ok_(file, line)(hr == S_OK && complete == VARIANT_TRUE, "Got hr %#x, %d.\n", (unsigned)hr,
                    complete);
    hr = IVMTask_get_Result(task, &result);
    ok_(file, line)(hr == S_OK && result == vmTaskResult_Success, "Got hr %#x, %d.\n",
                    (unsigned)hr, result);
    hr = IVMTask_get_PercentCompleted(task, &percent);
    ok_(file, line)(hr == S_OK && percent == 100, "Got hr %#x, %d.\n", (unsigned)hr, (int)percent);
    hr = IVMTask_WaitForCompletion(task, 0);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMTask_get_Description(task, &str);
    lstrcpyW(want, L"Creation of the virtual hard disk ");
    lstrcatW(want, path);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, want);
    SysFreeString(str);
}

static ULONGLONG vhd_pool_available(void)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "vhd-tests");
    virStoragePoolInfo info = { 0 };

    if (pool)
    {
        virStoragePoolGetInfo(pool, &info);
        virStoragePoolFree(pool);
    }
    return info.available;
}

#define check_disk_sizes(a, b, c) check_disk_sizes_(__FILE__, __LINE__, a, b, c)
static void check_disk_sizes_(const char *file, int line, IVMHardDisk *disk, ULONGLONG in_guest,
                              ULONGLONG on_host)
{
    VARIANT v;
    HRESULT hr;

    hr = IVMHardDisk_get_SizeInGuest(disk, &v);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(decimal_value_(file, line, &v) == in_guest, "Wrong size in guest.\n");
    hr = IVMHardDisk_get_SizeOnHost(disk, &v);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(decimal_value_(file, line, &v) == on_host, "Wrong size on host.\n");
    /* What the pool has free, as libvirt reports it. */
    hr = IVMHardDisk_get_HostFreeDiskSpace(disk, &v);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(decimal_value_(file, line, &v) == vhd_pool_available(),
                    "Wrong free space.\n");
}

#define check_image_disk(a, b, c, d, e) check_image_disk_(__FILE__, __LINE__, a, b, c, d, e)
static void check_image_disk_(const char *file, int line, APP *app, const WCHAR *path,
                              VMHardDiskType want_type, ULONGLONG in_guest, ULONGLONG on_host)
{
    IVMHardDisk *disk = NULL;
    VMHardDiskType type = 0xdead;
    BSTR str = NULL;
    HRESULT hr;

    hr = get_vhd(app, path, &disk);
    ok_(file, line)(hr == S_OK && disk, "Got hr %#x, %p.\n", (unsigned)hr, disk);
    if (!disk) return;
    hr = IVMHardDisk_get_File(disk, &str);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, path);
    SysFreeString(str);
    hr = IVMHardDisk_get_Type(disk, &type);
    ok_(file, line)(hr == S_OK && type == want_type, "Got hr %#x, type %d.\n", (unsigned)hr, type);
    check_disk_sizes_(file, line, disk, in_guest, on_host);
    IVMHardDisk_Release(disk);
}

/* Every refusal: the documented code, and nothing made. */
static void check_vhd_refusals(APP *app, const char *state)
{
    IVMHardDisk *disk;
    IVMTask *task;

    check_null_pointer("CreateDynamicVirtualHardDisk",
                       create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_pool_dir, "n.vhd"), 16, NULL,
                                  NULL));
    check_null_pointer("GetHardDisk", get_vhd(app, vhd_path(vhd_pool_dir, "dynamic.vhd"), NULL));
    check_vhd_state(state);

    /* Sizes: none, below Virtual PC's 3 MB, above a VHD's 2040 GB. */
    task = (IVMTask *)0xdeadbeef;
    clear_error_info();
    ok(create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_pool_dir, "n.vhd"), 0, NULL, &task) ==
       E_INVALIDARG, "Size 0 accepted.\n");
    ok(!task, "Got %p.\n", task);
    check_error_info(source, L"0", L"3 to 2088960 MB");
    clear_error_info();
    ok(create_vhd(app, vmDiskType_FixedSize, vhd_path(vhd_pool_dir, "n.vhd"), -5, NULL, &task) ==
       E_INVALIDARG, "Size -5 accepted.\n");
    ok(create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_pool_dir, "n.vhd"), 2, NULL, &task) ==
       VM_E_IMAGE_SIZE_TOO_SMALL_TEST, "Size 2 accepted.\n");
    ok(create_vhd(app, vmDiskType_FixedSize, vhd_path(vhd_pool_dir, "n.vhd"), 2088961, NULL,
                  &task) == VM_E_IMAGE_SIZE_TOO_LARGE_TEST, "Size 2088961 accepted.\n");
    check_vhd_state(state);

    /* Paths: none, relative, a folder that is not there, a file that is. */
    clear_error_info();
    ok(create_vhd(app, vmDiskType_Dynamic, NULL, 16, NULL, &task) == HRESULT_BAD_PATHNAME_TEST,
       "No path accepted.\n");
    ok(create_vhd(app, vmDiskType_Dynamic, L"images\\n.vhd", 16, NULL, &task) ==
       HRESULT_BAD_PATHNAME_TEST, "A relative path accepted.\n");
    check_error_info(source, L"images\\n.vhd", L"full path");
    ok(create_vhd(app, vmDiskType_Dynamic, L"C:\\", 16, NULL, &task) == HRESULT_BAD_PATHNAME_TEST,
       "A folder accepted.\n");
    clear_error_info();
    ok(create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_bare_dir, "none\\n.vhd"), 16, NULL, &task) ==
       HRESULT_PATH_NOT_FOUND_TEST, "A missing folder accepted.\n");
    check_error_info(source, L"does not exist", NULL);
    ok(create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_bare_dir, "a\\b\\n.vhd"), 16, NULL, &task) ==
       HRESULT_PATH_NOT_FOUND_TEST, "A missing folder accepted.\n");
    clear_error_info();
    ok(create_vhd(app, vmDiskType_FixedSize, vhd_path(vhd_pool_dir, "dynamic.vhd"), 16, NULL, &task) ==
       HRESULT_ALREADY_EXISTS_TEST, "An existing volume replaced.\n");
    check_error_info(source, L"dynamic.vhd", L"exists");
    /* A file of a folder in no pool, which the test driver cannot see. */
    ok(create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_bare_dir, "file.vhd"), 16, NULL, &task) ==
       HRESULT_ALREADY_EXISTS_TEST, "An existing file replaced.\n");
    ok(!task, "Got %p.\n", task);
    check_vhd_state(state);

    /* A differencing disk needs a parent the host has. */
    clear_error_info();
    ok(create_vhd(app, vmDiskType_Differencing, vhd_path(vhd_pool_dir, "n.vhd"), 0,
                  vhd_path(vhd_pool_dir, "missing.vhd"), &task) == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND),
       "A missing parent accepted.\n");
    check_error_info(source, L"missing.vhd", L"does not exist");
    ok(create_vhd(app, vmDiskType_Differencing, vhd_path(vhd_pool_dir, "n.vhd"), 0, NULL, &task) ==
       HRESULT_BAD_PATHNAME_TEST, "No parent accepted.\n");
    check_vhd_state(state);

    /* GetHardDisk of what the host does not have. */
    disk = (IVMHardDisk *)0xdeadbeef;
    clear_error_info();
    ok(get_vhd(app, vhd_path(vhd_pool_dir, "missing.vhd"), &disk) ==
       HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), "A missing image found.\n");
    ok(!disk, "Got %p.\n", disk);
    check_error_info(source, L"missing.vhd", L"does not exist");
    ok(get_vhd(app, vhd_path(vhd_bare_dir, "none\\x.vhd"), &disk) == HRESULT_PATH_NOT_FOUND_TEST,
       "An image of a missing folder found.\n");
    ok(get_vhd(app, L"x.vhd", &disk) == HRESULT_BAD_PATHNAME_TEST, "A relative path found.\n");
    check_vhd_state(state);
}

/* A volume of the host that is no file here (the test driver keeps it in
 * memory) is an image AddHardDiskConnection takes, in the format its pool
 * reads; a name neither has is still missing. */
static void check_connect_volume(APP *app)
{
    static const char vm_xml[] = "<domain type='test'><name>" VM_PREFIX "vhd</name>"
        "<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices/></domain>";
    IVMHardDiskConnection *connection = NULL;
    IVMVirtualMachine *vm = NULL;
    virDomainPtr dom;
    char text[1024], *xml = NULL;
    HRESULT hr;

    if (!(dom = virDomainDefineXML(conn, vm_xml)))
    {
        ok(0, "Cannot define the domain: %s\n", virGetLastErrorMessage());
        return;
    }
    wait_for_host();
    if (!(vm = find_vm(app, L"" VM_PREFIX "vhd"))) goto done;
    xml = inactive_xml(dom);
    clear_error_info();
    check_vm_host_error(add_disk_w(vm, vhd_path(vhd_pool_dir, "nothing.vhd"), 0, 0, &connection),
                        HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), L"" VM_PREFIX "vhd");
    check_xml_unchanged(dom, xml);
    hr = add_disk_w(vm, vhd_path(vhd_pool_dir, "dynamic.vhd"), 0, 0, &connection);
    ok(hr == S_OK && connection, "Got hr %#x, %p.\n", (unsigned)hr, connection);
    snprintf(text, sizeof(text), "    <disk type='file' device='disk'>\n"
             "      <driver type='vpc'/>\n"
             "      <source file='%s/dynamic.vhd'/>\n"
             "      <target dev='hda' bus='ide'/>\n", vhd_pool_dir);
    free(xml);
    xml = inactive_xml(dom);
    ok(xml && strstr(xml, text), "Got %s\n", xml ? xml : "(none)");
    if (connection)
    {
        hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, connection);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMHardDiskConnection_Release(connection);
    }
done:
    free(xml);
    if (vm) IVMVirtualMachine_Release(vm);
    virDomainUndefine(dom);
    virDomainFree(dom);
    wait_for_host();
}

/* A script's array of search paths. */
static void search_paths_variant(VARIANT *v, const WCHAR *first, const WCHAR *second)
{
    SAFEARRAY *array = SafeArrayCreateVector(VT_VARIANT, 0, second ? 2 : 1);
    VARIANT *data;

    SafeArrayAccessData(array, (void **)&data);
    V_VT(&data[0]) = VT_BSTR;
    V_BSTR(&data[0]) = SysAllocString(first);
    if (second)
    {
        V_VT(&data[1]) = VT_BSTR;
        V_BSTR(&data[1]) = SysAllocString(second);
    }
    SafeArrayUnaccessData(array);
    V_VT(v) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(v) = array;
}

/* GetHardDiskFiles: the *.vhd volumes of the host's pools and of the
 * folders given, each once, in path order. */
static void check_hard_disk_files(APP *app)
{
    static const char *const names[] = { "child.vhd", "dynamic.vhd", "fixed.vhd" };
    WCHAR folder[MAX_PATH], *p;
    VARIANT in, out, *data;
    LONG upper = -1, i;
    HRESULT hr;

    lstrcpyW(folder, vhd_path(vhd_pool_dir, "x"));
    for (p = folder + lstrlenW(folder); p > folder && p[-1] != '\\'; p--)
        ;
    if (p > folder) p[-1] = 0;
    search_paths_variant(&in, folder, vhd_path(vhd_bare_dir, "none"));
    check_null_pointer("GetHardDiskFiles", APP_(GetHardDiskFiles)(app, in, NULL));
    hr = APP_(GetHardDiskFiles)(app, in, &out);
    ok(hr == S_OK && V_VT(&out) == (VT_ARRAY | VT_VARIANT), "Got hr %#x, vt %#x.\n", (unsigned)hr,
       V_VT(&out));
    VariantClear(&in);
    if (hr != S_OK) return;
    SafeArrayGetUBound(V_ARRAY(&out), 1, &upper);
    ok(upper == ARRAY_SIZE(names) - 1, "Got %d files.\n", (int)upper + 1);
    SafeArrayAccessData(V_ARRAY(&out), (void **)&data);
    for (i = 0; i <= upper && i < (LONG)ARRAY_SIZE(names); i++)
    {
        ok(V_VT(&data[i]) == VT_BSTR, "%d: vt %#x.\n", (int)i, V_VT(&data[i]));
        if (V_VT(&data[i]) == VT_BSTR) check_bstr(V_BSTR(&data[i]), vhd_path(vhd_pool_dir, names[i]));
    }
    SafeArrayUnaccessData(V_ARRAY(&out));
    VariantClear(&out);

    /* Not an array of strings. */
    V_VT(&in) = VT_BSTR;
    V_BSTR(&in) = SysAllocString(folder);
    clear_error_info();
    hr = APP_(GetHardDiskFiles)(app, in, &out);
    ok(hr == E_INVALIDARG && V_VT(&out) == VT_EMPTY, "Got hr %#x, vt %#x.\n", (unsigned)hr,
       V_VT(&out));
    check_error_info(source, L"inAdditionalSearchPaths", L"array of strings");
    VariantClear(&in);
    search_paths_variant(&in, folder, NULL);
    SafeArrayAccessData(V_ARRAY(&in), (void **)&data);
    VariantClear(&data[0]);
    V_VT(&data[0]) = VT_I4;
    V_I4(&data[0]) = 7;
    SafeArrayUnaccessData(V_ARRAY(&in));
    hr = APP_(GetHardDiskFiles)(app, in, &out);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantClear(&in);
}

static void test_disk_images(void)
{
    static const ULONGLONG mb16 = 16 * 1024 * 1024;
    char pool_xml[256], state[64], text[2048], path[MAX_PATH], parent[MAX_PATH];
    virStoragePoolPtr pool = NULL;
    IVMHardDisk *disk = NULL, *parent_disk = (IVMHardDisk *)0xdeadbeef;
    IVMTask *task = NULL;
    BSTR str;
    APP *app = NULL;
    FILE *file;
    HRESULT hr;

    snprintf(vhd_pool_dir, sizeof(vhd_pool_dir), "/tmp/vpc-vhd-pool-XXXXXX");
    snprintf(vhd_bare_dir, sizeof(vhd_bare_dir), "/tmp/vpc-vhd-bare-XXXXXX");
    if (!mkdtemp(vhd_pool_dir) || !mkdtemp(vhd_bare_dir))
    {
        ok(0, "Cannot make the folders.\n");
        return;
    }
    snprintf(path, sizeof(path), "%s/file.vhd", vhd_bare_dir);
    if ((file = fopen(path, "w"))) fclose(file);
    snprintf(pool_xml, sizeof(pool_xml), "<pool type='dir'><name>vhd-tests</name>"
             "<target><path>%s</path></target></pool>", vhd_pool_dir);
    if (!(pool = virStoragePoolCreateXML(conn, pool_xml, 0)))
    {
        ok(0, "Cannot make the pool: %s\n", virGetLastErrorMessage());
        goto done;
    }
    if (!(app = create_app())) goto done;

    /* A dynamic VHD: QEMU's vpc, growing from nothing. */
    hr = create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_pool_dir, "dynamic.vhd"), 16, NULL, &task);
    ok(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    snprintf(path, sizeof(path), "%s/dynamic.vhd", vhd_pool_dir);
    volume_text(text, sizeof(text), "dynamic.vhd", mb16, 0, "vpc", NULL, NULL);
    check_volume_xml(path, text);
    if (task)
    {
        check_done_task(task, vhd_path(vhd_pool_dir, "dynamic.vhd"));
        IVMTask_Release(task);
        task = NULL;
    }
    check_image_disk(app, vhd_path(vhd_pool_dir, "dynamic.vhd"), vmDiskType_Dynamic, mb16, 0);

    /* A fixed one: raw, allocated whole. */
    hr = create_vhd(app, vmDiskType_FixedSize, vhd_path(vhd_pool_dir, "fixed.vhd"), 3, NULL, &task);
    ok(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    if (task) IVMTask_Release(task);
    task = NULL;
    snprintf(path, sizeof(path), "%s/fixed.vhd", vhd_pool_dir);
    volume_text(text, sizeof(text), "fixed.vhd", 3 << 20, 3 << 20, "raw", NULL, NULL);
    check_volume_xml(path, text);
    check_image_disk(app, vhd_path(vhd_pool_dir, "fixed.vhd"), vmDiskType_FixedSize, 3 << 20,
                     3 << 20);

    /* A differencing one over the dynamic VHD: qcow2 naming it, its size. */
    hr = create_vhd(app, vmDiskType_Differencing, vhd_path(vhd_pool_dir, "child.vhd"), 0,
                    vhd_path(vhd_pool_dir, "dynamic.vhd"), &task);
    ok(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    if (task)
    {
        check_done_task(task, vhd_path(vhd_pool_dir, "child.vhd"));
        IVMTask_Release(task);
        task = NULL;
    }
    snprintf(path, sizeof(path), "%s/child.vhd", vhd_pool_dir);
    snprintf(parent, sizeof(parent), "%s/dynamic.vhd", vhd_pool_dir);
    volume_text(text, sizeof(text), "child.vhd", mb16, 0, "qcow2", parent, "vpc");
    check_volume_xml(path, text);
    check_image_disk(app, vhd_path(vhd_pool_dir, "child.vhd"), vmDiskType_Differencing, mb16, 0);

    /* Its Parent is the dynamic VHD's object; that one has none. */
    hr = get_vhd(app, vhd_path(vhd_pool_dir, "child.vhd"), &disk);
    ok(hr == S_OK && disk, "Got hr %#x, %p.\n", (unsigned)hr, disk);
    if (disk)
    {
        check_null_pointer("Parent", IVMHardDisk_get_Parent(disk, NULL));
        hr = IVMHardDisk_get_Parent(disk, &parent_disk);
        ok(hr == S_OK && parent_disk, "Got hr %#x, %p.\n", (unsigned)hr, parent_disk);
        IVMHardDisk_Release(disk);
        disk = NULL;
    }
    if (parent_disk && parent_disk != (IVMHardDisk *)0xdeadbeef)
    {
        hr = IVMHardDisk_get_File(parent_disk, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, vhd_path(vhd_pool_dir, "dynamic.vhd"));
        SysFreeString(str);
        disk = (IVMHardDisk *)0xdeadbeef;
        hr = IVMHardDisk_get_Parent(parent_disk, &disk);
        ok(hr == S_FALSE && !disk, "Got hr %#x, %p.\n", (unsigned)hr, disk);
        disk = NULL;
        IVMHardDisk_Release(parent_disk);
    }

    vhd_host_state(state, sizeof(state));
    ok(!strcmp(state, "pools 2, volumes 3"), "Got %s.\n", state);
    check_vhd_refusals(app, state);
    check_connect_volume(app);
    check_hard_disk_files(app);

    /* A folder of no pool: a transient one for the call, gone after it
     * (with the test driver, its volume with it). */
    hr = create_vhd(app, vmDiskType_Dynamic, vhd_path(vhd_bare_dir, "new.vhd"), 16, NULL, &task);
    ok(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    if (task)
    {
        check_done_task(task, vhd_path(vhd_bare_dir, "new.vhd"));
        IVMTask_Release(task);
    }
    check_vhd_state(state);

done:
    if (app) APP_(Release)(app);
    if (pool)
    {
        virStoragePoolDestroy(pool);
        virStoragePoolFree(pool);
    }
    snprintf(path, sizeof(path), "%s/file.vhd", vhd_bare_dir);
    unlink(path);
    rmdir(vhd_bare_dir);
    rmdir(vhd_pool_dir);
}
