/*
 * Conformance tests of Virtual Server's network writes (issue 11), included
 * after media_tests.h (find_network):
 * RegisterVirtualNetwork, UnregisterVirtualNetwork and the DHCP server's
 * ConfigureDHCPServer and IsEnabled, checked against the network's XML as
 * libvirt's test driver (shared with the in-process backend) keeps it.
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

#define NET_NAME "vs-lab"
#define NET_UUID "7a3b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

static const char lab_network_xml[] =
    "<network><name>" NET_NAME "</name><uuid>" NET_UUID "</uuid>"
    "<ip address='10.20.0.1' netmask='255.255.255.0'><dhcp>"
    "<range start='10.20.0.100' end='10.20.0.199'><lease expiry='2' unit='hours'/></range>"
    "<host mac='52:54:00:00:00:01' ip='10.20.0.50'/>"
    "</dhcp></ip></network>";

/* The network's XML as libvirt reports it; NULL when it has none. */
static char *network_xml(const char *name)
{
    virNetworkPtr net = virNetworkLookupByName(conn, name);
    char *xml;

    if (!net)
    {
        virResetLastError();
        return NULL;
    }
    xml = virNetworkGetXMLDesc(net, 0);
    virNetworkFree(net);
    return xml;
}

/* Its <ip> element as libvirt writes it, exactly. */
#define check_network_ip(a, b) check_network_ip_(__FILE__, __LINE__, a, b)
static void check_network_ip_(const char *file, int line, const char *name, const char *expected)
{
    char *xml = network_xml(name), *start, *end;

    ok_(file, line)(xml != NULL, "%s is not defined.\n", name);
    if (!xml) return;
    start = strstr(xml, "  <ip");
    end = start ? strstr(start, "</ip>\n") : NULL;
    if (end) end[strlen("</ip>\n")] = 0;
    else if (start && (end = strstr(start, "/>\n"))) end[strlen("/>\n")] = 0;
    ok_(file, line)(start && !strcmp(start, expected), "Got %s\n", start ? start : xml);
    free(xml);
}

#define check_network_unchanged(a, b) check_network_unchanged_(__FILE__, __LINE__, a, b)
static void check_network_unchanged_(const char *file, int line, const char *name,
                                     const char *before)
{
    char *xml = network_xml(name);

    ok_(file, line)(xml && !strcmp(xml, before), "Changed:\n%s\nwas\n%s\n", xml, before);
    free(xml);
}

static BOOL network_active(const char *name)
{
    virNetworkPtr net = virNetworkLookupByName(conn, name);
    BOOL active;

    if (!net)
    {
        virResetLastError();
        return FALSE;
    }
    active = virNetworkIsActive(net) == 1;
    virNetworkFree(net);
    return active;
}

static void remove_network(const char *name)
{
    virNetworkPtr net = virNetworkLookupByName(conn, name);

    if (!net)
    {
        virResetLastError();
        return;
    }
    if (virNetworkIsActive(net) == 1) virNetworkDestroy(net);
    virNetworkUndefine(net);
    virNetworkFree(net);
}

static HRESULT configure_dhcp(IVMDHCPVirtualNetworkServer *dhcp, const WCHAR *network,
                              const WCHAR *mask, const WCHAR *start, const WCHAR *end,
                              const WCHAR *server)
{
    BSTR args[5] = { SysAllocString(network), SysAllocString(mask), SysAllocString(start),
                     SysAllocString(end), SysAllocString(server) };
    unsigned int i;
    HRESULT hr;

    hr = IVMDHCPVirtualNetworkServer_ConfigureDHCPServer(dhcp, args[0], args[1], args[2],
                                                         args[3], args[4]);
    for (i = 0; i < ARRAY_SIZE(args); i++) SysFreeString(args[i]);
    return hr;
}

enum dhcp_address { DHCP_START, DHCP_END, DHCP_NETWORK, DHCP_MASK, DHCP_SERVER };

#define check_dhcp_string(a, b, c) check_dhcp_string_(__FILE__, __LINE__, a, b, c)
static void check_dhcp_string_(const char *file, int line, IVMDHCPVirtualNetworkServer *dhcp,
                               enum dhcp_address which, const WCHAR *expected)
{
    BSTR str = NULL;
    HRESULT hr;

    switch (which)
    {
    case DHCP_START: hr = IVMDHCPVirtualNetworkServer_get_StartingIPAddress(dhcp, &str); break;
    case DHCP_END: hr = IVMDHCPVirtualNetworkServer_get_EndingIPAddress(dhcp, &str); break;
    case DHCP_NETWORK: hr = IVMDHCPVirtualNetworkServer_get_Network(dhcp, &str); break;
    case DHCP_MASK: hr = IVMDHCPVirtualNetworkServer_get_NetworkMask(dhcp, &str); break;
    default: hr = IVMDHCPVirtualNetworkServer_get_ServerIPAddress(dhcp, &str); break;
    }
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, expected);
    SysFreeString(str);
}

/* ConfigureDHCPServer and IsEnabled: the first IPv4 <ip> and its range
 * change, the lease and static hosts stay; each refusal leaves the XML
 * byte for byte as it was. */
static void test_dhcp_writes(void)
{
    static const char configured_ip[] =
        "  <ip address='10.30.0.1' netmask='255.255.0.0'>\n"
        "    <dhcp>\n"
        "      <range start='10.30.0.16' end='10.30.0.99'>\n"
        "        <lease expiry='2' unit='hours'/>\n"
        "      </range>\n"
        "      <host mac='52:54:00:00:00:01' ip='10.20.0.50'/>\n"
        "    </dhcp>\n"
        "  </ip>\n";
    static const char disabled_ip[] = "  <ip address='10.30.0.1' netmask='255.255.0.0'>\n"
                                      "  </ip>\n";
    static const struct
    {
        const WCHAR *args[5];
        HRESULT hr;
        const WCHAR *named;
    }
    refusals[] =
    {
        { { L"10.30.0.0", L"255.0.255.0", L"10.30.0.16", L"10.30.0.20", L"10.30.0.1" },
          VM_E_INVALID_NETWORK_MASK, L"networkMask" },
        { { L"10.30.0.0", L"255.255.255.254", L"10.30.0.16", L"10.30.0.20", L"10.30.0.1" },
          VM_E_INVALID_NETWORK_MASK, L"networkMask" },
        { { L"10.30.0.5", L"255.255.0.0", L"10.30.0.16", L"10.30.0.20", L"10.30.0.1" },
          VM_E_INVALID_NETWORK_ADDRESS, L"network" },
        { { L"", L"255.255.0.0", L"10.30.0.16", L"10.30.0.20", L"10.30.0.1" },
          VM_E_INVALID_NETWORK_ADDRESS, L"network" },
        { { L"10.30.0.0", L"255.255.0.0", L"10.31.0.16", L"10.30.0.20", L"10.30.0.1" },
          VM_E_INVALID_STARTING_ADDRESS, L"startingIPAddress" },
        { { L"10.30.0.0", L"255.255.0.0", L"10.30.0.16", L"10.30.255.255", L"10.30.0.1" },
          VM_E_INVALID_ENDING_ADDRESS, L"endingIPAddress" },
        { { L"10.30.0.0", L"255.255.0.0", L"10.30.0.16", L"10.30.0.20", L"10.30.0.256" },
          VM_E_INVALID_IP_ADDRESS, L"serverIPAddress" },
        { { L"10.30.0.0", L"255.255.0.0", L"10.30.0.16", L"10.30.0.20", L"10.30.0.0" },
          VM_E_INVALID_IP_ADDRESS, L"serverIPAddress" },
        { { L"10.30.0.0", L"255.255.0.0", L"10.30.0.20", L"10.30.0.16", L"10.30.0.1" },
          VM_E_INVALID_ADDRESS_RANGE, L"comes after" },
        { { L"10.30.0.0", L"255.255.0.0", L"10.30.0.1", L"10.30.0.20", L"10.30.0.10" },
          VM_E_INVALID_ADDRESS_RANGE, L"server's address" },
    };
    IVMDHCPVirtualNetworkServer *dhcp = NULL, *dhcp2 = NULL;
    IVMVirtualNetwork *net = NULL;
    virNetworkPtr defined;
    virDomainPtr dom = NULL;
    VARIANT_BOOL enabled;
    char *before, dom_xml[512];
    unsigned int i;
    HRESULT hr;
    APP *app;

    if (!(defined = virNetworkDefineXML(conn, lab_network_xml)) || virNetworkCreate(defined) < 0)
    {
        ok(0, "Cannot define the network: %s\n", virGetLastErrorMessage());
        if (defined) virNetworkFree(defined);
        remove_network(NET_NAME);
        return;
    }
    virNetworkFree(defined);
    if (!(app = create_app())) goto done;
    if (!(net = find_network(app, L"" NET_NAME))) goto done;
    hr = IVMVirtualNetwork_get_DHCPVirtualNetworkServer(net, &dhcp);
    ok(hr == S_OK && dhcp, "Got hr %#x.\n", (unsigned)hr);
    if (!dhcp) goto done;

    hr = configure_dhcp(dhcp, L"10.30.0.0", L"255.255.0.0", L"10.30.0.16", L"10.30.0.99",
                        L"10.30.0.1");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_network_ip(NET_NAME, configured_ip);
    ok(network_active(NET_NAME), "The network is not running again.\n");
    /* The server it went through, and its network, show the change. */
    check_dhcp_string(dhcp, DHCP_START, L"10.30.0.16");
    check_dhcp_string(dhcp, DHCP_END, L"10.30.0.99");
    check_dhcp_string(dhcp, DHCP_NETWORK, L"10.30.0.0");
    check_dhcp_string(dhcp, DHCP_MASK, L"255.255.0.0");
    check_dhcp_string(dhcp, DHCP_SERVER, L"10.30.0.1");
    hr = IVMVirtualNetwork_get_DHCPVirtualNetworkServer(net, &dhcp2);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (dhcp2)
    {
        check_dhcp_string(dhcp2, DHCP_START, L"10.30.0.16");
        IVMDHCPVirtualNetworkServer_Release(dhcp2);
    }

    before = network_xml(NET_NAME);
    for (i = 0; i < ARRAY_SIZE(refusals); i++)
    {
        clear_error_info();
        hr = configure_dhcp(dhcp, refusals[i].args[0], refusals[i].args[1], refusals[i].args[2],
                            refusals[i].args[3], refusals[i].args[4]);
        ok(hr == refusals[i].hr, "%u: got hr %#x, expected %#x.\n", i, (unsigned)hr,
           (unsigned)refusals[i].hr);
        check_error_info(source, refusals[i].named, L"test:///default");
        check_network_unchanged(NET_NAME, before);
    }
    clear_error_info();
    hr = IVMDHCPVirtualNetworkServer_ConfigureDHCPServer(dhcp, NULL, NULL, NULL, NULL, NULL);
    ok(hr == VM_E_INVALID_NETWORK_MASK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_network_unchanged(NET_NAME, before);

    /* A running VM on it: restarting the network would cut it off. */
    snprintf(dom_xml, sizeof(dom_xml),
             "<domain type='test'><name>" VM_PREFIX "onlab</name><memory>131072</memory>"
             "<os><type>hvm</type></os><devices><interface type='network'>"
             "<source network='" NET_NAME "'/></interface></devices></domain>");
    if ((dom = virDomainDefineXML(conn, dom_xml)) && !virDomainCreate(dom))
    {
        clear_error_info();
        hr = configure_dhcp(dhcp, L"10.40.0.0", L"255.255.255.0", L"10.40.0.16",
                            L"10.40.0.20", L"10.40.0.1");
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        check_error_info(source, L"\"" VM_PREFIX "onlab\"", L"in use");
        hr = IVMDHCPVirtualNetworkServer_put_IsEnabled(dhcp, VARIANT_FALSE);
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        check_network_unchanged(NET_NAME, before);
        virDomainDestroy(dom);
    }
    else ok(0, "Cannot start a VM on the network: %s\n", virGetLastErrorMessage());
    free(before);

    /* Disabled: no <dhcp>; enabling again needs a range. */
    hr = IVMDHCPVirtualNetworkServer_put_IsEnabled(dhcp, VARIANT_FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_network_ip(NET_NAME, disabled_ip);
    enabled = VARIANT_TRUE;
    hr = IVMDHCPVirtualNetworkServer_get_IsEnabled(dhcp, &enabled);
    ok(hr == S_OK && enabled == VARIANT_FALSE, "Got hr %#x, %d.\n", (unsigned)hr, enabled);
    hr = IVMDHCPVirtualNetworkServer_put_IsEnabled(dhcp, VARIANT_FALSE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    before = network_xml(NET_NAME);
    clear_error_info();
    hr = IVMDHCPVirtualNetworkServer_put_IsEnabled(dhcp, VARIANT_TRUE);
    ok(hr == VM_E_INVALID_ADDRESS_RANGE, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"ConfigureDHCPServer", L"" NET_NAME);
    check_network_unchanged(NET_NAME, before);
    free(before);
    hr = configure_dhcp(dhcp, L"10.30.0.0", L"255.255.0.0", L"10.30.0.16", L"10.30.0.99",
                        L"10.30.0.1");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_network_ip(NET_NAME, "  <ip address='10.30.0.1' netmask='255.255.0.0'>\n"
                               "    <dhcp>\n"
                               "      <range start='10.30.0.16' end='10.30.0.99'/>\n"
                               "    </dhcp>\n"
                               "  </ip>\n");
    hr = IVMDHCPVirtualNetworkServer_put_IsEnabled(dhcp, VARIANT_TRUE);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    enabled = VARIANT_FALSE;
    hr = IVMDHCPVirtualNetworkServer_get_IsEnabled(dhcp, &enabled);
    ok(hr == S_OK && enabled == VARIANT_TRUE, "Got hr %#x, %d.\n", (unsigned)hr, enabled);

    /* The network gone: its server names it. */
    remove_network(NET_NAME);
    clear_error_info();
    hr = configure_dhcp(dhcp, L"10.30.0.0", L"255.255.0.0", L"10.30.0.16", L"10.30.0.99",
                        L"10.30.0.1");
    ok(hr == VM_E_INVALID_VIRTUAL_NETWORK_ID, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"" NET_NAME, NULL);
    ok(!network_xml(NET_NAME), "The network came back.\n");

done:
    if (dom)
    {
        if (virDomainIsActive(dom) == 1) virDomainDestroy(dom);
        virDomainUndefine(dom);
        virDomainFree(dom);
    }
    if (dhcp) IVMDHCPVirtualNetworkServer_Release(dhcp);
    if (net) IVMVirtualNetwork_Release(net);
    if (app) APP_(Release)(app);
    remove_network(NET_NAME);
}

/* A file of the prefix's temporary folder with 'text'; the caller frees
 * the path. */
static WCHAR *write_temp_file(const WCHAR *name, const char *text)
{
    WCHAR dir[MAX_PATH], *path = malloc((MAX_PATH + 64) * sizeof(WCHAR));
    DWORD written;
    HANDLE file;

    GetTempPathW(ARRAY_SIZE(dir), dir);
    lstrcpyW(path, dir);
    lstrcatW(path, name);
    file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(file != INVALID_HANDLE_VALUE, "Cannot create %s.\n", wine_dbgstr_w(path));
    WriteFile(file, text, strlen(text), &written, NULL);
    CloseHandle(file);
    return path;
}

static HRESULT register_network(APP *app, const WCHAR *name, const WCHAR *path,
                                IVMVirtualNetwork **net)
{
    BSTR bname = name ? SysAllocString(name) : NULL, bpath = path ? SysAllocString(path) : NULL;
    HRESULT hr;

    *net = (IVMVirtualNetwork *)0xdeadbeef;
    hr = APP_(RegisterVirtualNetwork)(app, bname, bpath, net);
    SysFreeString(bname);
    SysFreeString(bpath);
    return hr;
}

static int count_networks(void)
{
    return virConnectNumOfNetworks(conn) + virConnectNumOfDefinedNetworks(conn);
}

/* RegisterVirtualNetwork defines, starts and autostarts what the file
 * holds; each refusal defines nothing.  UnregisterVirtualNetwork undefines
 * it; a network the host no longer has is an error. */
static void test_register_network(void)
{
    WCHAR *lab_file, *vnc_file, *garbage_file, dir[MAX_PATH];
    IVMVirtualNetwork *net = NULL, *other;
    virNetworkPtr defined;
    int autostart = 0, count;
    BSTR name;
    HRESULT hr;
    APP *app;

    lab_file = write_temp_file(L"vs-lab.xml", lab_network_xml);
    vnc_file = write_temp_file(L"vs-server.vnc",
                               "<?xml version='1.0'?><preferences><virtual_network/></preferences>");
    garbage_file = write_temp_file(L"vs-garbage.vnc", "no XML");
    GetTempPathW(ARRAY_SIZE(dir), dir);
    count = count_networks();
    if (!(app = create_app())) goto done;

    hr = register_network(app, NULL, lab_file, &net);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr != S_OK) goto done;
    name = NULL;
    hr = IVMVirtualNetwork_get_Name(net, &name);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(name, L"" NET_NAME);
    SysFreeString(name);
    ok(network_active(NET_NAME), "The network is not running.\n");
    if ((defined = virNetworkLookupByName(conn, NET_NAME)))
    {
        ok(!virNetworkGetAutostart(defined, &autostart) && autostart == 1,
           "Autostart %d.\n", autostart);
        virNetworkFree(defined);
    }
    check_network_ip(NET_NAME, "  <ip address='10.20.0.1' netmask='255.255.255.0'>\n"
                               "    <dhcp>\n"
                               "      <range start='10.20.0.100' end='10.20.0.199'>\n"
                               "        <lease expiry='2' unit='hours'/>\n"
                               "      </range>\n"
                               "      <host mac='52:54:00:00:00:01' ip='10.20.0.50'/>\n"
                               "    </dhcp>\n"
                               "  </ip>\n");
    ok(count_networks() == count + 1, "%d networks, expected %d.\n", count_networks(), count + 1);

    /* Refused: nothing defined. */
    clear_error_info();
    hr = register_network(app, NULL, lab_file, &other);
    ok(hr == VM_E_CONFIG_DUPLICATE_NAME && !other, "Got hr %#x, %p.\n", (unsigned)hr, other);
    check_error_info(source, L"" NET_NAME, NULL);
    clear_error_info();
    hr = register_network(app, L"vs-LAB", dir, &other);
    ok(hr == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"vs-LAB.vnc", NULL);
    clear_error_info();
    hr = register_network(app, L"vs-other name", NULL, &other);
    ok(hr == HRESULT_FROM_WIN32(ERROR_BAD_PATHNAME), "Unexpected hr %#x.\n", (unsigned)hr);
    /* The same UUID under another name. */
    clear_error_info();
    {
        WCHAR *copy = write_temp_file(L"vs-copy.vnc", lab_network_xml);

        hr = register_network(app, L"vs-copy", dir, &other);
        ok(hr == VM_E_CONFIG_DUPLICATE_NAME && !other, "Got hr %#x.\n", (unsigned)hr);
        check_error_info(source, L"" NET_UUID, NULL);
        ok(!network_xml("vs-copy"), "vs-copy is defined.\n");
        DeleteFileW(copy);
        free(copy);
    }
    clear_error_info();
    hr = register_network(app, NULL, vnc_file, &other);
    ok(hr == E_INVALIDARG && !other, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"Virtual Server .vnc", L"libvirt network XML");
    clear_error_info();
    hr = register_network(app, L"vs-garbage.vnc", dir, &other);
    ok(hr == E_INVALIDARG && !other, "Got hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"not XML", NULL);
    clear_error_info();
    hr = register_network(app, L"a|b", dir, &other);
    ok(hr == VM_E_CONFIG_NAME_INVALID_CHAR && !other, "Got hr %#x.\n", (unsigned)hr);
    check_null_pointer("RegisterVirtualNetwork",
                       APP_(RegisterVirtualNetwork)(app, NULL, NULL, NULL));
    ok(count_networks() == count + 1, "%d networks, expected %d.\n", count_networks(), count + 1);

    /* Named as the script says, from name and folder. */
    remove_network(NET_NAME);
    IVMVirtualNetwork_Release(net);
    hr = register_network(app, L"vs-lab renamed", NULL, &net);
    ok(hr == HRESULT_FROM_WIN32(ERROR_BAD_PATHNAME), "Unexpected hr %#x.\n", (unsigned)hr);
    {
        WCHAR *named = write_temp_file(L"vs-lab renamed.vnc", lab_network_xml);

        hr = register_network(app, L"vs-lab renamed.vnc", dir, &net);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        ok(network_active("vs-lab renamed") && !network_xml(NET_NAME), "Not renamed.\n");
        DeleteFileW(named);
        free(named);
    }
    if (hr != S_OK)
    {
        net = NULL;
        goto done;
    }

    /* Unregister: refused while a running VM is on it, then gone. */
    check_null_pointer("UnregisterVirtualNetwork", APP_(UnregisterVirtualNetwork)(app, NULL));
    hr = APP_(UnregisterVirtualNetwork)(app, (IVMVirtualNetwork *)app);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = APP_(UnregisterVirtualNetwork)(app, net);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!network_xml("vs-lab renamed"), "Still defined.\n");
    ok(count_networks() == count, "%d networks, expected %d.\n", count_networks(), count);
    clear_error_info();
    hr = APP_(UnregisterVirtualNetwork)(app, net);
    ok(hr == VM_E_INVALID_VIRTUAL_NETWORK_ID, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"vs-lab renamed", NULL);
    other = find_network(app, L"default");
    if (other)
    {
        clear_error_info();
        hr = APP_(UnregisterVirtualNetwork)(app, other);
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        check_error_info(source, L"\"" TEST_DOMAIN "\"", L"in use");
        ok(network_active("default"), "default was stopped.\n");
        IVMVirtualNetwork_Release(other);
    }

done:
    if (net && net != (IVMVirtualNetwork *)0xdeadbeef) IVMVirtualNetwork_Release(net);
    if (app) APP_(Release)(app);
    remove_network(NET_NAME);
    remove_network("vs-lab renamed");
    DeleteFileW(lab_file);
    DeleteFileW(vnc_file);
    DeleteFileW(garbage_file);
    free(lab_file);
    free(vnc_file);
    free(garbage_file);
}

static HRESULT put_network_name(IVMVirtualNetwork *net, const WCHAR *name)
{
    BSTR str = name ? SysAllocString(name) : NULL;
    HRESULT hr = IVMVirtualNetwork_put_Name(net, str);

    SysFreeString(str);
    return hr;
}

/* 'xml' with the network's <name> replaced: what a rename must leave. */
static char *renamed_xml(const char *xml, const char *old_name, const char *new_name)
{
    char old_elem[64], new_elem[64], *ret, *at;

    snprintf(old_elem, sizeof(old_elem), "<name>%s</name>", old_name);
    snprintf(new_elem, sizeof(new_elem), "<name>%s</name>", new_name);
    if (!(at = strstr(xml, old_elem))) return strdup(xml);
    ret = malloc(strlen(xml) + strlen(new_elem) + 1);
    memcpy(ret, xml, at - xml);
    strcpy(ret + (at - xml), new_elem);
    strcat(ret, at + strlen(old_elem));
    return ret;
}

/* Name (put): the network defined again under the new name, the same UUID,
 * running and autostarted as before; refused (nothing changed) for a name
 * the host has, a bad name, and a network a VM's definition names. */
static void test_rename_network(void)
{
    IVMVirtualNetwork *net = NULL;
    virNetworkPtr defined;
    virDomainPtr dom = NULL;
    char *before = NULL, *expected, uuid[VIR_UUID_STRING_BUFLEN];
    int autostart = 0;
    BSTR name;
    HRESULT hr;
    APP *app;

    if (!(defined = virNetworkDefineXML(conn, lab_network_xml)) || virNetworkCreate(defined) < 0 ||
        virNetworkSetAutostart(defined, 1) < 0)
    {
        ok(0, "Cannot define the network: %s\n", virGetLastErrorMessage());
        if (defined) virNetworkFree(defined);
        remove_network(NET_NAME);
        return;
    }
    virNetworkFree(defined);
    if (!(app = create_app())) goto done;
    if (!(net = find_network(app, L"" NET_NAME))) goto done;
    before = network_xml(NET_NAME);

    clear_error_info();
    hr = put_network_name(net, L"DEFAULT");
    ok(hr == VM_E_CONFIG_DUPLICATE_NAME, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"\"default\"", L"test:///default");
    check_network_unchanged(NET_NAME, before);
    hr = put_network_name(net, L"a/b");
    ok(hr == VM_E_CONFIG_NAME_INVALID_CHAR, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = put_network_name(net, L"");
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = put_network_name(net, NULL);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_network_unchanged(NET_NAME, before);

    /* A VM's definition names it, running or not. */
    dom = virDomainDefineXML(conn, "<domain type='test'><name>" VM_PREFIX "onlab</name>"
                             "<memory>131072</memory><os><type>hvm</type></os><devices>"
                             "<interface type='network'><source network='" NET_NAME "'/>"
                             "</interface></devices></domain>");
    ok(dom != NULL, "Cannot define the VM: %s\n", virGetLastErrorMessage());
    clear_error_info();
    hr = put_network_name(net, L"vs-lab2");
    ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"\"" VM_PREFIX "onlab\"", L"definitions name it");
    check_network_unchanged(NET_NAME, before);
    ok(!network_xml("vs-lab2"), "vs-lab2 is defined.\n");
    if (dom)
    {
        virDomainUndefine(dom);
        virDomainFree(dom);
        dom = NULL;
    }

    hr = put_network_name(net, L"vs-lab2");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(!network_xml(NET_NAME), "The old name stays.\n");
    expected = renamed_xml(before, NET_NAME, "vs-lab2");
    check_network_unchanged("vs-lab2", expected);
    free(expected);
    ok(network_active("vs-lab2"), "Not running.\n");
    if ((defined = virNetworkLookupByName(conn, "vs-lab2")))
    {
        ok(!virNetworkGetAutostart(defined, &autostart) && autostart == 1, "Autostart %d.\n",
           autostart);
        ok(!virNetworkGetUUIDString(defined, uuid) && !strcmp(uuid, NET_UUID), "UUID %s.\n", uuid);
        virNetworkFree(defined);
    }
    name = NULL;
    hr = IVMVirtualNetwork_get_Name(net, &name);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(name, L"vs-lab2");
    SysFreeString(name);
    /* Only the case: still a rename. */
    hr = put_network_name(net, L"VS-LAB2");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(network_active("VS-LAB2") && !network_xml("vs-lab2"), "Not renamed.\n");

done:
    if (dom)
    {
        virDomainUndefine(dom);
        virDomainFree(dom);
    }
    free(before);
    if (net) IVMVirtualNetwork_Release(net);
    if (app) APP_(Release)(app);
    remove_network(NET_NAME);
    remove_network("vs-lab2");
    remove_network("VS-LAB2");
}

static HRESULT put_host_adapter(IVMVirtualNetwork *net, const WCHAR *adapter)
{
    BSTR str = adapter ? SysAllocString(adapter) : NULL;
    HRESULT hr = IVMVirtualNetwork_put_HostAdapter(net, str);

    SysFreeString(str);
    return hr;
}

#define check_host_adapter(a, b) check_host_adapter_(__FILE__, __LINE__, a, b)
static void check_host_adapter_(const char *file, int line, IVMVirtualNetwork *net,
                                const WCHAR *expected)
{
    BSTR str = NULL;
    HRESULT hr = IVMVirtualNetwork_get_HostAdapter(net, &str);

    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, expected);
    SysFreeString(str);
}

/* HostAdapter (put): a NAT network's <forward dev>, one of the host's
 * interfaces (test:///default has eth1) or "" for any; an isolated
 * network takes none.  Refusals change nothing. */
static void test_network_host_adapter(void)
{
    static const char nat_xml[] =
        "<network><name>vs-nat</name><forward mode='nat'/>"
        "<ip address='10.50.0.1' netmask='255.255.255.0'/></network>";
    IVMVirtualNetwork *nat = NULL, *isolated = NULL;
    virNetworkPtr defined;
    char *before = NULL, *xml;
    HRESULT hr;
    APP *app;

    if (!(defined = virNetworkDefineXML(conn, nat_xml)) || virNetworkCreate(defined) < 0)
    {
        ok(0, "Cannot define the network: %s\n", virGetLastErrorMessage());
        if (defined) virNetworkFree(defined);
        remove_network("vs-nat");
        return;
    }
    virNetworkFree(defined);
    if ((defined = virNetworkDefineXML(conn, lab_network_xml))) virNetworkFree(defined);
    if (!(app = create_app())) goto done;
    if (!(nat = find_network(app, L"vs-nat")) || !(isolated = find_network(app, L"" NET_NAME)))
        goto done;

    hr = put_host_adapter(nat, L"eth1");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_host_adapter(nat, L"eth1");
    xml = network_xml("vs-nat");
    ok(xml && strstr(xml, "<forward dev='eth1' mode='nat'>\n"), "Got %s\n", xml);
    free(xml);
    ok(network_active("vs-nat"), "Not running again.\n");

    before = network_xml("vs-nat");
    clear_error_info();
    hr = put_host_adapter(nat, L"eth9");
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"\"eth9\"", L"test:///default");
    check_network_unchanged("vs-nat", before);
    free(before);

    hr = put_host_adapter(nat, NULL);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_host_adapter(nat, L"");
    xml = network_xml("vs-nat");
    ok(xml && !strstr(xml, "dev=") && strstr(xml, "<forward mode='nat'/>"), "Got %s\n", xml);
    free(xml);

    before = network_xml(NET_NAME);
    clear_error_info();
    hr = put_host_adapter(isolated, L"eth1");
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"isolated", L"" NET_NAME);
    check_network_unchanged(NET_NAME, before);
    hr = put_host_adapter(isolated, L"");
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_network_unchanged(NET_NAME, before);
    free(before);

done:
    if (nat) IVMVirtualNetwork_Release(nat);
    if (isolated) IVMVirtualNetwork_Release(isolated);
    if (app) APP_(Release)(app);
    remove_network("vs-nat");
    remove_network(NET_NAME);
}
