/*
 * Conformance tests of the host-level members, shared by both object
 * models: IVMHostInfo and the application's host properties, against the
 * inventory lab (tests/labs/inventory.xml), whose values
 * docs/inventory-mapping.md 4.1 and 4.2 give.
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
 *
 * Included by vpc.c and vs.c after model_tests.h and model_typelib.h; the
 * model defines check_model_hostinfo() and check_model_app_host() for
 * what only it has.
 */

#define INVENTORY_URI "test://" LABS_DIR "/inventory.xml"
#define UNREACHABLE_URI "test+unix:///default?socket=/nonexistent/wine-vpc"

static void check_model_hostinfo(IVMHostInfo *info);
static void check_model_hostinfo_null_pointers(IVMHostInfo *info);
static void check_model_app_host(APP *app, const WCHAR *config_dir);

/* An application object whose Hosts are 'uri' (read when it is created). */
static APP *create_app_for(const char *uri)
{
    WCHAR *hosts = utf8_to_wide(uri);
    APP *app;

    SetEnvironmentVariableW(L"WINE_VPC_HOSTS", hosts);
    app = create_app();
    SetEnvironmentVariableW(L"WINE_VPC_HOSTS", L"" TEST_URI);
    free(hosts);
    return app;
}

/* LABS_DIR as Wine shows it: Z: and backslashes, a final one. */
static WCHAR *labs_dos_dir(void)
{
    WCHAR *unix_dir = utf8_to_wide(LABS_DIR), *dos = malloc((lstrlenW(unix_dir) + 4) * sizeof(WCHAR));
    WCHAR *p;

    lstrcpyW(dos, L"Z:");
    lstrcatW(dos, unix_dir);
    lstrcatW(dos, L"\\");
    for (p = dos; *p; p++) if (*p == '/') *p = '\\';
    free(unix_dir);
    return dos;
}

/* An array of VARIANTs holding these BSTRs, as every array member gives. */
#define check_string_array(a, b, c) check_string_array_(__FILE__, __LINE__, a, b, c)
static void check_string_array_(const char *file, int line, VARIANT *v, const WCHAR *const *expected,
                                LONG count)
{
    LONG lbound = -1, ubound = -2, i;
    VARIANT item;

    ok_(file, line)(V_VT(v) == (VT_ARRAY | VT_VARIANT), "Got type %#x.\n", V_VT(v));
    if (V_VT(v) != (VT_ARRAY | VT_VARIANT)) return;
    ok_(file, line)(SafeArrayGetDim(V_ARRAY(v)) == 1, "Got %u dimensions.\n",
                    SafeArrayGetDim(V_ARRAY(v)));
    SafeArrayGetLBound(V_ARRAY(v), 1, &lbound);
    SafeArrayGetUBound(V_ARRAY(v), 1, &ubound);
    ok_(file, line)(lbound == 0 && ubound == count - 1, "Got bounds %d..%d, expected 0..%d.\n",
                    (int)lbound, (int)ubound, (int)count - 1);
    for (i = 0; i < count && i <= ubound; i++)
    {
        VariantInit(&item);
        SafeArrayGetElement(V_ARRAY(v), &i, &item);
        ok_(file, line)(V_VT(&item) == VT_BSTR, "%d: got type %#x.\n", (int)i, V_VT(&item));
        if (V_VT(&item) == VT_BSTR) check_bstr_(file, line, V_BSTR(&item), expected[i]);
        VariantClear(&item);
    }
    VariantClear(v);
}

/* A fact the lab's host does not report: DISP_E_EXCEPTION naming the
 * host and what it lacks. */
#define check_missing_fact(a, b, c) check_missing_fact_(__FILE__, __LINE__, a, b, c)
static void check_missing_fact_(const char *file, int line, const char *member, HRESULT hr,
                                const WCHAR *what)
{
    WCHAR *uri = utf8_to_wide(INVENTORY_URI);

    ok_(file, line)(hr == DISP_E_EXCEPTION, "%s: unexpected hr %#x.\n", member, (unsigned)hr);
    check_error_info_(file, line, source, what, uri);
    free(uri);
}

static IVMHostInfo *get_hostinfo_(const char *file, int line, APP *app)
{
    IVMHostInfo *info = NULL;
    HRESULT hr;

    hr = APP_(get_HostInfo)(app, &info);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(info != NULL, "No host info.\n");
    return info;
}
#define get_hostinfo(a) get_hostinfo_(__FILE__, __LINE__, a)

static void test_hostinfo(void)
{
    static const WCHAR *const nics[] = { L"br0", L"eno1" };
    static const WCHAR *const addresses[] = { L"10.20.31.1", L"10.20.30.40" };
    static const WCHAR *const dvd[] = { L"/dev/sr0" };
    static const WCHAR *const floppy[] = { L"/dev/fd0" };
    LONG value, major = -1, minor = -1;
    unsigned int release_major = 0, release_minor = 0;
    IVMHostInfo *info;
    VARIANT_BOOL flag;
    SYSTEMTIME st;
    DATE date, now;
    VARIANT v;
    BSTR str;
    HRESULT hr;
    APP *app;

    if (!(app = create_app_for(INVENTORY_URI))) return;
    if (!(info = get_hostinfo(app))) goto done;
    check_object(info, &IID_IVMHostInfo, &CLSID_VMHostInfo);
    check_object_members(info, &IID_IVMHostInfo);

    /* virNodeGetInfo of the lab's <node><cpu>: 2 sockets, 16 threads. */
    value = -1;
    hr = IVMHostInfo_get_LogicalProcessorCount(info, &value);
    ok(hr == S_OK && value == 16, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    value = -1;
    hr = IVMHostInfo_get_PhysicalProcessorCount(info, &value);
    ok(hr == S_OK && value == 2, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    value = -1;
    hr = IVMHostInfo_get_ProcessorSpeed(info, &value);
    ok(hr == S_OK && value == 2400, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    str = NULL;
    hr = IVMHostInfo_get_ProcessorSpeedString(info, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"2400 MHz");
    SysFreeString(str);
    V_VT(&v) = VT_I2;
    hr = IVMHostInfo_get_Memory(info, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(decimal_value(&v) == 16384, "Got %s.\n", wine_dbgstr_longlong(decimal_value(&v)));
    str = NULL;
    hr = IVMHostInfo_get_MemoryTotalString(info, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"16384");
    SysFreeString(str);

    /* The test driver has free memory for test:///default only. */
    clear_error_info();
    V_VT(&v) = VT_I2;
    check_missing_fact("MemoryAvail", IVMHostInfo_get_MemoryAvail(info, &v), L"free memory");
    ok(V_VT(&v) == VT_EMPTY, "Got type %#x.\n", V_VT(&v));
    clear_error_info();
    str = (BSTR)0xdeadbeef;
    check_missing_fact("MemoryAvailString", IVMHostInfo_get_MemoryAvailString(info, &str),
                       L"free memory");
    ok(!str, "Got %p.\n", str);

    /* Its host CPU has no model, its SMBIOS no processor. */
    clear_error_info();
    flag = 0x55;
    check_missing_fact("MMX", IVMHostInfo_get_MMX(info, &flag), L"CPU model");
    ok(flag == VARIANT_FALSE, "Got %#x.\n", flag);
    clear_error_info();
    check_missing_fact("SSE", IVMHostInfo_get_SSE(info, &flag), L"CPU model");
    clear_error_info();
    check_missing_fact("SSE2", IVMHostInfo_get_SSE2(info, &flag), L"CPU model");
    clear_error_info();
    check_missing_fact("ThreeDNow", IVMHostInfo_get_ThreeDNow(info, &flag), L"CPU model");
    clear_error_info();
    str = NULL;
    check_missing_fact("ProcessorFeaturesString", IVMHostInfo_get_ProcessorFeaturesString(info, &str),
                       L"CPU model");
    clear_error_info();
    check_missing_fact("ProcessorManufacturerString",
                       IVMHostInfo_get_ProcessorManufacturerString(info, &str), L"manufacturer");
    clear_error_info();
    check_missing_fact("ProcessorVersionString", IVMHostInfo_get_ProcessorVersionString(info, &str),
                       L"processor version");

    /* Host interfaces by name, their IPv4 addresses in the same order. */
    V_VT(&v) = VT_EMPTY;
    hr = IVMHostInfo_get_NetworkAdapters(info, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, nics, 2);
    hr = IVMHostInfo_get_NetworkAddresses(info, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, addresses, 2);
    hr = IVMHostInfo_get_DVDDrives(info, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, dvd, 1);
    hr = IVMHostInfo_get_FloppyDrives(info, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, floppy, 1);

    /* The host is this machine: its OS and clock. */
    str = NULL;
    hr = IVMHostInfo_get_OperatingSystem(info, &str);
    ok(hr == S_OK && str && *str, "Got hr %#x, %s.\n", (unsigned)hr, wine_dbgstr_w(str));
    SysFreeString(str);
    str = NULL;
    hr = IVMHostInfo_get_OSVersionString(info, &str);
    ok(hr == S_OK && str && *str, "Got hr %#x, %s.\n", (unsigned)hr, wine_dbgstr_w(str));
    if (str)
    {
        char release[128] = "";

        WideCharToMultiByte(CP_UTF8, 0, str, -1, release, sizeof(release), NULL, NULL);
        sscanf(release, "%u.%u", &release_major, &release_minor);
    }
    SysFreeString(str);
    hr = IVMHostInfo_get_OSMajorVersion(info, &major);
    ok(hr == S_OK && (unsigned int)major == release_major, "Got hr %#x, %d.\n", (unsigned)hr, (int)major);
    hr = IVMHostInfo_get_OSMinorVersion(info, &minor);
    ok(hr == S_OK && (unsigned int)minor == release_minor, "Got hr %#x, %d.\n", (unsigned)hr, (int)minor);
    str = NULL;
    hr = IVMHostInfo_get_OSServicePackString(info, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"");
    SysFreeString(str);
    date = 0;
    hr = IVMHostInfo_get_UTCTime(info, &date);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    GetSystemTime(&st);
    SystemTimeToVariantTime(&st, &now);
    /* A day is 1.0: within an hour, whatever the machine's load. */
    ok(date > now - 1.0 / 24 && date <= now + 1.0 / 24, "Got %f, now %f.\n", date, now);

    /* No honest mapping. */
    str = NULL;
    check_not_supported(IVMHostInfo_get_ParallelPort(info, &str), L"IVMHostInfo::ParallelPort");
    check_not_supported(IVMHostInfo_get_SerialPorts(info, &str), L"IVMHostInfo::SerialPorts");

    /* Through Invoke, as a script reads them. */
    hr = invoke_get(info, L"LogicalProcessorCount", &v);
    ok(hr == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == 16, "Got hr %#x, type %#x.\n",
       (unsigned)hr, V_VT(&v));
    hr = invoke_get(info, L"PhysicalProcessorCount", &v);
    ok(hr == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == 2, "Got hr %#x, type %#x.\n",
       (unsigned)hr, V_VT(&v));
    hr = invoke_get(info, L"Memory", &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(decimal_value(&v) == 16384, "Got %s.\n", wine_dbgstr_longlong(decimal_value(&v)));
    hr = invoke_get(info, L"ProcessorSpeedString", &v);
    ok(hr == S_OK && V_VT(&v) == VT_BSTR, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    if (V_VT(&v) == VT_BSTR) check_bstr(V_BSTR(&v), L"2400 MHz");
    VariantClear(&v);
    hr = invoke_get(info, L"NetworkAdapters", &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, nics, 2);
    hr = invoke_get(info, L"OSServicePackString", &v);
    ok(hr == S_OK && V_VT(&v) == VT_BSTR, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    VariantClear(&v);
    hr = invoke_get(info, L"UTCTime", &v);
    ok(hr == S_OK && V_VT(&v) == VT_DATE, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    {
        EXCEPINFO excepinfo;
        WCHAR *uri = utf8_to_wide(INVENTORY_URI);

        hr = invoke_id((IDispatch *)info, get_dispid((IDispatch *)info, L"MemoryAvail"),
                       DISPATCH_PROPERTYGET, NULL, 0, &v, &excepinfo);
        check_excepinfo(hr, &excepinfo, DISP_E_EXCEPTION, source, L"free memory", uri);
        hr = invoke_id((IDispatch *)info, get_dispid((IDispatch *)info, L"SerialPorts"),
                       DISPATCH_PROPERTYGET, NULL, 0, &v, &excepinfo);
        check_excepinfo(hr, &excepinfo, E_NOTIMPL, source, L"IVMHostInfo::SerialPorts", NULL);
        free(uri);
    }

    check_model_hostinfo(info);

    /* NULL out-pointers. */
    check_null_pointer("DVDDrives", IVMHostInfo_get_DVDDrives(info, NULL));
    check_null_pointer("FloppyDrives", IVMHostInfo_get_FloppyDrives(info, NULL));
    check_null_pointer("LogicalProcessorCount", IVMHostInfo_get_LogicalProcessorCount(info, NULL));
    check_null_pointer("Memory", IVMHostInfo_get_Memory(info, NULL));
    check_null_pointer("MemoryAvail", IVMHostInfo_get_MemoryAvail(info, NULL));
    check_null_pointer("MemoryAvailString", IVMHostInfo_get_MemoryAvailString(info, NULL));
    check_null_pointer("MemoryTotalString", IVMHostInfo_get_MemoryTotalString(info, NULL));
    check_null_pointer("MMX", IVMHostInfo_get_MMX(info, NULL));
    check_null_pointer("NetworkAdapters", IVMHostInfo_get_NetworkAdapters(info, NULL));
    check_null_pointer("NetworkAddresses", IVMHostInfo_get_NetworkAddresses(info, NULL));
    check_null_pointer("OperatingSystem", IVMHostInfo_get_OperatingSystem(info, NULL));
    check_null_pointer("OSMajorVersion", IVMHostInfo_get_OSMajorVersion(info, NULL));
    check_null_pointer("OSMinorVersion", IVMHostInfo_get_OSMinorVersion(info, NULL));
    check_null_pointer("OSServicePackString", IVMHostInfo_get_OSServicePackString(info, NULL));
    check_null_pointer("OSVersionString", IVMHostInfo_get_OSVersionString(info, NULL));
    check_null_pointer("PhysicalProcessorCount", IVMHostInfo_get_PhysicalProcessorCount(info, NULL));
    check_null_pointer("ProcessorFeaturesString",
                       IVMHostInfo_get_ProcessorFeaturesString(info, NULL));
    check_null_pointer("ProcessorManufacturerString",
                       IVMHostInfo_get_ProcessorManufacturerString(info, NULL));
    check_null_pointer("ProcessorSpeed", IVMHostInfo_get_ProcessorSpeed(info, NULL));
    check_null_pointer("ProcessorSpeedString", IVMHostInfo_get_ProcessorSpeedString(info, NULL));
    check_null_pointer("ProcessorVersionString", IVMHostInfo_get_ProcessorVersionString(info, NULL));
    check_null_pointer("SSE", IVMHostInfo_get_SSE(info, NULL));
    check_null_pointer("SSE2", IVMHostInfo_get_SSE2(info, NULL));
    check_null_pointer("ThreeDNow", IVMHostInfo_get_ThreeDNow(info, NULL));
    check_null_pointer("UTCTime", IVMHostInfo_get_UTCTime(info, NULL));
    check_model_hostinfo_null_pointers(info);

    IVMHostInfo_Release(info);
done:
    APP_(Release)(app);
}

static void test_app_host_properties(void)
{
    WCHAR *config_dir = labs_dos_dir();
    const WCHAR *paths[] = { L"Z:\\srv\\lab\\images\\", L"Z:\\srv\\lab\\iso\\" };
    IVMHostInfo *info;
    LONG value;
    VARIANT v;
    BSTR str;
    HRESULT hr;
    APP *app;

    if ((app = create_app_for(INVENTORY_URI)))
    {
        str = NULL;
        hr = APP_(get_DefaultVMConfigurationPath)(app, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, config_dir);
        SysFreeString(str);
        value = -1;
        hr = APP_(get_MaximumMemoryPerVM)(app, &value);
        ok(hr == S_OK && value == 16384, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        clear_error_info();
        value = -1;
        check_missing_fact("SuggestedMaximumMemoryPerVM",
                           APP_(get_SuggestedMaximumMemoryPerVM)(app, &value), L"free memory");
        ok(!value, "Got %d.\n", (int)value);
        V_VT(&v) = VT_EMPTY;
        hr = APP_(get_SearchPaths)(app, &v);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_string_array(&v, paths, 2);

        hr = invoke_get(app, L"SearchPaths", &v);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_string_array(&v, paths, 2);
        hr = invoke_get(app, L"MaximumMemoryPerVM", &v);
        ok(hr == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == 16384, "Got hr %#x, type %#x.\n",
           (unsigned)hr, V_VT(&v));
        hr = invoke_get(app, L"DefaultVMConfigurationPath", &v);
        ok(hr == S_OK && V_VT(&v) == VT_BSTR, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
        if (V_VT(&v) == VT_BSTR) check_bstr(V_BSTR(&v), config_dir);
        VariantClear(&v);

        check_model_app_host(app, config_dir);

        check_null_pointer("DefaultVMConfigurationPath",
                           APP_(get_DefaultVMConfigurationPath)(app, NULL));
        check_null_pointer("HostInfo", APP_(get_HostInfo)(app, NULL));
        check_null_pointer("MaximumMemoryPerVM", APP_(get_MaximumMemoryPerVM)(app, NULL));
        check_null_pointer("SearchPaths", APP_(get_SearchPaths)(app, NULL));
        check_null_pointer("SuggestedMaximumMemoryPerVM",
                           APP_(get_SuggestedMaximumMemoryPerVM)(app, NULL));
        APP_(Release)(app);
    }

    /* test:///default: no definition file; its free memory is 3 MiB. */
    if ((app = create_app()))
    {
        str = NULL;
        hr = APP_(get_DefaultVMConfigurationPath)(app, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"");
        SysFreeString(str);
        value = -1;
        hr = APP_(get_SuggestedMaximumMemoryPerVM)(app, &value);
        ok(hr == S_OK && value == 3, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        if ((info = get_hostinfo(app)))
        {
            V_VT(&v) = VT_EMPTY;
            hr = IVMHostInfo_get_MemoryAvail(info, &v);
            ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
            ok(decimal_value(&v) == 3, "Got %s.\n", wine_dbgstr_longlong(decimal_value(&v)));
            IVMHostInfo_Release(info);
        }
        APP_(Release)(app);
    }

    /* A host that does not answer: no host info, an error naming it. */
    if ((app = create_app_for(UNREACHABLE_URI)))
    {
        info = (IVMHostInfo *)0xdeadbeef;
        clear_error_info();
        hr = APP_(get_HostInfo)(app, &info);
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(!info, "Got %p.\n", info);
        check_error_info(source, L"nonexistent", NULL);
        value = -1;
        hr = APP_(get_MaximumMemoryPerVM)(app, &value);
        ok(hr == DISP_E_EXCEPTION && !value, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        APP_(Release)(app);
    }
    free(config_dir);
}

static void check_model_network(IVMVirtualNetwork *net, LONG index);

#define check_network_name(a, b) check_network_name_(__FILE__, __LINE__, a, b)
static void check_network_name_(const char *file, int line, IVMVirtualNetwork *net,
                                const WCHAR *expected)
{
    BSTR name = NULL;
    HRESULT hr;

    hr = IVMVirtualNetwork_get_Name(net, &name);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, name, expected);
    SysFreeString(name);
}

/* The lab's libvirt networks, by name: "isolated", "lab". */
static void test_networks(void)
{
    static const WCHAR *const names[] = { L"isolated", L"lab" };
    IVMVirtualNetworkCollection *coll = NULL;
    IVMVirtualNetwork *net = NULL;
    IEnumVARIANT *enumvar = NULL;
    EXCEPINFO excepinfo;
    VARIANT v, arg;
    IUnknown *unk;
    ULONG fetched;
    LONG count, i;
    BSTR str;
    HRESULT hr;
    APP *app;

    if (!(app = create_app_for(INVENTORY_URI))) return;
    hr = APP_(get_VirtualNetworks)(app, &coll);
    ok(hr == S_OK && coll, "Got hr %#x, %p.\n", (unsigned)hr, coll);
    if (!coll) goto done;
    check_object(coll, &IID_IVMVirtualNetworkCollection, &CLSID_VMVirtualNetworkCollection);
    check_object_members(coll, &IID_IVMVirtualNetworkCollection);
    count = -1;
    hr = IVMVirtualNetworkCollection_get_Count(coll, &count);
    ok(hr == S_OK && count == 2, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);

    for (i = 1; i <= 2; i++)
    {
        net = NULL;
        hr = IVMVirtualNetworkCollection_get_Item(coll, i, &net);
        ok(hr == S_OK && net, "Item %d: got hr %#x.\n", (int)i, (unsigned)hr);
        if (!net) continue;
        if (i == 1)
        {
            check_object(net, &IID_IVMVirtualNetwork, &CLSID_VMVirtualNetwork);
            check_object_members(net, &IID_IVMVirtualNetwork);
        }
        check_network_name(net, names[i - 1]);
        str = NULL;
        hr = IVMVirtualNetwork_get_HostAdapter(net, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"");
        SysFreeString(str);
        check_model_network(net, i - 1);
        check_null_pointer("Name", IVMVirtualNetwork_get_Name(net, NULL));
        check_null_pointer("HostAdapter", IVMVirtualNetwork_get_HostAdapter(net, NULL));
        IVMVirtualNetwork_Release(net);
    }

    /* 1-based: 0 and Count + 1 are out of range. */
    net = (IVMVirtualNetwork *)0xdeadbeef;
    clear_error_info();
    hr = IVMVirtualNetworkCollection_get_Item(coll, 0, &net);
    ok(hr == DISP_E_BADINDEX && !net, "Got hr %#x, %p.\n", (unsigned)hr, net);
    check_error_info(source, L"0", NULL);
    hr = IVMVirtualNetworkCollection_get_Item(coll, 3, &net);
    ok(hr == DISP_E_BADINDEX && !net, "Got hr %#x, %p.\n", (unsigned)hr, net);
    check_null_pointer("Count", IVMVirtualNetworkCollection_get_Count(coll, NULL));
    check_null_pointer("Item", IVMVirtualNetworkCollection_get_Item(coll, 1, NULL));
    check_null_pointer("_NewEnum", IVMVirtualNetworkCollection_get__NewEnum(coll, NULL));

    /* Item as a script reads it: the default member. */
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 2;
    hr = invoke_id((IDispatch *)coll, DISPID_VALUE, DISPATCH_PROPERTYGET | DISPATCH_METHOD, &arg, 1,
                   &v, &excepinfo);
    ok(hr == S_OK && V_VT(&v) == VT_DISPATCH, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    if (V_VT(&v) == VT_DISPATCH) check_network_name((IVMVirtualNetwork *)V_DISPATCH(&v), L"lab");
    VariantClear(&v);
    V_I4(&arg) = 5;
    hr = invoke_id((IDispatch *)coll, DISPID_VALUE, DISPATCH_PROPERTYGET | DISPATCH_METHOD, &arg, 1,
                   &v, &excepinfo);
    check_excepinfo(hr, &excepinfo, DISP_E_BADINDEX, source, L"5", NULL);

    /* For Each: in Item order, then S_FALSE. */
    hr = IVMVirtualNetworkCollection_get__NewEnum(coll, &unk);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (SUCCEEDED(hr))
    {
        IUnknown_QueryInterface(unk, &IID_IEnumVARIANT, (void **)&enumvar);
        IUnknown_Release(unk);
    }
    for (i = 0; enumvar && i < 2; i++)
    {
        VariantInit(&v);
        hr = IEnumVARIANT_Next(enumvar, 1, &v, NULL);
        ok(hr == S_OK && V_VT(&v) == VT_DISPATCH, "Got hr %#x, type %#x.\n", (unsigned)hr,
           V_VT(&v));
        if (V_VT(&v) == VT_DISPATCH) check_network_name((IVMVirtualNetwork *)V_DISPATCH(&v), names[i]);
        VariantClear(&v);
    }
    if (enumvar)
    {
        fetched = 0xdeadbeef;
        VariantInit(&v);
        hr = IEnumVARIANT_Next(enumvar, 1, &v, &fetched);
        ok(hr == S_FALSE && !fetched && V_VT(&v) == VT_EMPTY, "Got hr %#x, %u, type %#x.\n",
           (unsigned)hr, (unsigned)fetched, V_VT(&v));
        IEnumVARIANT_Release(enumvar);
    }

    /* By name, any case; none: Nothing and S_FALSE. */
    str = SysAllocString(L"LAB");
    net = NULL;
    hr = APP_(FindVirtualNetwork)(app, str, &net);
    ok(hr == S_OK && net, "Got hr %#x, %p.\n", (unsigned)hr, net);
    if (net)
    {
        check_network_name(net, L"lab");
        IVMVirtualNetwork_Release(net);
    }
    SysFreeString(str);
    str = SysAllocString(L"nowhere");
    net = (IVMVirtualNetwork *)0xdeadbeef;
    hr = APP_(FindVirtualNetwork)(app, str, &net);
    ok(hr == S_FALSE && !net, "Got hr %#x, %p.\n", (unsigned)hr, net);
    check_null_pointer("FindVirtualNetwork", APP_(FindVirtualNetwork)(app, str, NULL));
    SysFreeString(str);
    net = (IVMVirtualNetwork *)0xdeadbeef;
    hr = APP_(FindVirtualNetwork)(app, NULL, &net);
    ok(hr == S_FALSE && !net, "NULL name: got hr %#x, %p.\n", (unsigned)hr, net);
    check_null_pointer("VirtualNetworks", APP_(get_VirtualNetworks)(app, NULL));

    IVMVirtualNetworkCollection_Release(coll);

done:
    APP_(Release)(app);

    /* A host that does not answer has no networks to list. */
    if ((app = create_app_for(UNREACHABLE_URI)))
    {
        coll = NULL;
        hr = APP_(get_VirtualNetworks)(app, &coll);
        ok(hr == S_OK && coll, "Got hr %#x, %p.\n", (unsigned)hr, coll);
        count = -1;
        if (coll) IVMVirtualNetworkCollection_get_Count(coll, &count);
        ok(!count, "Got %d.\n", (int)count);
        if (coll) IVMVirtualNetworkCollection_Release(coll);
        APP_(Release)(app);
    }
}
