/*
 * Conformance tests of the Virtual Server 2005 object model (VirtualServer.Application).
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
 * The tests run against libvirt's test driver (test:///default), shared
 * with the DLL's in-process backend: they define, start and stop domains
 * with libvirt and read them back through the COM objects.  The node has
 * 16 CPUs, so a VM with 4 vCPUs may use at most 25 % of it.
 *
 * The tests both models pass alike are in model_tests.h; this file says
 * what this model is and what only it has.
 */

#define COBJMACROS

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "ole2.h"
#include "ocidl.h"
#include "dispex.h"
/* Only this model's GUIDs are defined here; the system ones come from libuuid. */
#include "initguid.h"
#define VSCOM_DISTINCT_GUIDS
#include "VsComInterfaces.h"

#include "vpctest.h"
#include "testutil_wine.h"
#include "model_testutil.h"

/* Windows Virtual PC's IVMAccountant and IVMTask: other contracts, other IIDs. */
DEFINE_GUID(IID_VPC_IVMAccountant, 0x6376c067, 0x7f57, 0x4d63, 0xb7,0x54, 0x06,0xe2,0xe4,0xf5,0x1d,0x73);
DEFINE_GUID(IID_VPC_IVMTask, 0xab72b222, 0x6e9c, 0x48ae, 0xaa,0x54, 0x85,0xe3,0xe6,0x35,0x76,0x7c);

#define APP IVMVirtualServer
#define APP_(method) IVMVirtualServer_##method
#define APP_IID IID_IVMVirtualServer
#define APP_CLSID CLSID_VMVirtualServer
#define APP_NAME L"IVMVirtualServer"
#define APP_PROGID L"VirtualServer.Application"
#define APP_PRODUCT_NAME L"Microsoft Virtual Server"
#define APP_PRODUCT_VERSION L"1.1.653.0 EE R2 SP1"
#define OTHER_ACCOUNTANT_IID IID_VPC_IVMAccountant
#define OTHER_TASK_IID IID_VPC_IVMTask
#define VM_PREFIX "vs-"
/* Virtual Server's code for a VM running or saved: VM_E_VM_RUNNING. */
#define VM_E_VM_RUNNING_OR_SAVED_TEST ((HRESULT)0xA0040500)

/* The members as this model's IDL numbers them, and some it does not have. */
static const struct member app_members[] =
{
    { L"FindVirtualMachine", 12 }, { L"AvailableSystemCapacity", 31 }, { L"Name", 45 },
    { L"UpTime", 53 }, { L"Version", 54 }, { L"VirtualMachines", 55 },
    { L"USBDeviceCollection", DISPID_UNKNOWN },  /* Windows Virtual PC only */
};

static const struct member vm_members[] =
{
    { L"Accountant", 28 }, { L"ConfigID", 38 }, { L"Memory", 50 }, { L"Notes", 54 },
    { L"State", 63 },
    { L"Startup2", DISPID_UNKNOWN },  /* Windows Virtual PC only */
    { L"RdpPipeName", DISPID_UNKNOWN },
};

/* Twelve properties and a method. */
static const struct member accountant_members[] =
{
    { L"SetSchedulingParameters", 1 }, { L"AllowableMaximumSystemCapacity", 2 },
    { L"AllowableReservedSystemCapacity", 3 }, { L"CPUUtilization", 4 },
    { L"CPUUtilizationHistory", 5 }, { L"DiskBytesRead", 6 }, { L"DiskBytesWritten", 7 },
    { L"MaximumSystemCapacity", 8 }, { L"NetworkBytesReceived", 9 }, { L"NetworkBytesSent", 10 },
    { L"RelativeWeight", 11 }, { L"ReservedSystemCapacity", 12 }, { L"UpTime", 13 },
    { L"HostDiskUtilization", DISPID_UNKNOWN }, { L"HostMemoryUtilization", DISPID_UNKNOWN },
};

static const struct member task_members[] =
{
    { L"Cancel", 1 }, { L"WaitForCompletion", 2 }, { L"Description", 3 }, { L"ID", 4 },
    { L"IsCancelable", 5 }, { L"IsComplete", 6 }, { L"PercentCompleted", 7 }, { L"Result", 8 },
    /* Those are Virtual Server's IVMTask2. */
    { L"Error", DISPID_UNKNOWN }, { L"ErrorDescription", DISPID_UNKNOWN },
};

#include "model_tests.h"

#define MODEL_LIBID LIBID_VirtualServer
#define MODEL_INTERFACES vs_interfaces
#define MODEL_TYPELIB_TABLES "vs_typelib.h"
#include "model_typelib.h"
#include "model_host_tests.h"

/* Virtual Server's own host members: host disks and their sizes. */
static void check_model_hostinfo(IVMHostInfo *info)
{
    static const WCHAR *const disks[] = { L"/dev/sda" };
    LONG size;
    VARIANT v;
    BSTR str;
    HRESULT hr;

    V_VT(&v) = VT_EMPTY;
    hr = IVMHostInfo_get_HostDrives(info, &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, disks, 1);
    hr = invoke_get(info, L"HostDrives", &v);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_string_array(&v, disks, 1);

    /* 512110190592 bytes, in whole MiB. */
    str = SysAllocString(L"/dev/sda");
    size = -1;
    hr = IVMHostInfo_GetHostDriveSize(info, str, &size);
    ok(hr == S_OK && size == 488386, "Got hr %#x, %d.\n", (unsigned)hr, (int)size);
    check_null_pointer("GetHostDriveSize", IVMHostInfo_GetHostDriveSize(info, str, NULL));
    SysFreeString(str);
    /* Removable media report no size. */
    str = SysAllocString(L"/dev/sr0");
    hr = IVMHostInfo_GetHostDriveSize(info, str, &size);
    ok(hr == S_OK && size == 0, "Got hr %#x, %d.\n", (unsigned)hr, (int)size);
    SysFreeString(str);
    str = SysAllocString(L"/dev/nothing");
    size = -1;
    clear_error_info();
    hr = IVMHostInfo_GetHostDriveSize(info, str, &size);
    ok(hr == E_INVALIDARG && !size, "Got hr %#x, %d.\n", (unsigned)hr, (int)size);
    check_error_info(source, L"\"/dev/nothing\"", L"HostDrives");
    /* A NULL BSTR is "", which names no drive (found by the fuzzer: no
     * description). */
    clear_error_info();
    hr = IVMHostInfo_GetHostDriveSize(info, NULL, &size);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"\"\"", L"HostDrives");
    check_not_supported(IVMHostInfo_IsHostDriveMounted(info, str, NULL),
                        L"IVMHostInfo::IsHostDriveMounted");
    SysFreeString(str);
}

/* The DHCP servers of the lab's networks: "isolated" has none, "lab"
 * serves 192.168.50.100-199 and routes (NAT). */
static void check_model_network(IVMVirtualNetwork *net, LONG index)
{
    static const struct
    {
        VARIANT_BOOL enabled;
        const WCHAR *network, *mask, *start, *end, *server, *gateway, *dns;
    }
    expected[] =
    {
        { VARIANT_FALSE, L"10.0.9.0", L"255.255.255.0", L"", L"", L"", L"", L"10.0.9.1" },
        { VARIANT_TRUE, L"192.168.50.0", L"255.255.255.0", L"192.168.50.100", L"192.168.50.199",
          L"192.168.50.1", L"192.168.50.1", L"192.168.50.1" },
    };
    IVMDHCPVirtualNetworkServer *dhcp = NULL;
    WCHAR *file = labs_dos_dir();
    VARIANT_BOOL enabled;
    LONG id = -1;
    VARIANT v;
    BSTR str;
    HRESULT hr;

    hr = IVMVirtualNetwork_get__ID(net, &id);
    ok(hr == S_OK && id == index, "Got hr %#x, %d.\n", (unsigned)hr, (int)id);
    /* The test driver's one file holds every definition. */
    file = realloc(file, (lstrlenW(file) + 16) * sizeof(WCHAR));
    lstrcatW(file, L"inventory.xml");
    str = NULL;
    hr = IVMVirtualNetwork_get_File(net, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, file);
    SysFreeString(str);
    free(file);

    hr = IVMVirtualNetwork_get_DHCPVirtualNetworkServer(net, &dhcp);
    ok(hr == S_OK && dhcp, "Got hr %#x, %p.\n", (unsigned)hr, dhcp);
    if (!dhcp) return;
    if (!index)
    {
        check_object(dhcp, &IID_IVMDHCPVirtualNetworkServer, &CLSID_VMDHCPVirtualNetworkServer);
        check_object_members(dhcp, &IID_IVMDHCPVirtualNetworkServer);
    }
    enabled = 0x55;
    hr = IVMDHCPVirtualNetworkServer_get_IsEnabled(dhcp, &enabled);
    ok(hr == S_OK && enabled == expected[index].enabled, "Got hr %#x, %#x.\n", (unsigned)hr,
       enabled);
#define CHECK_DHCP(member, field) \
    str = NULL; \
    hr = IVMDHCPVirtualNetworkServer_get_##member(dhcp, &str); \
    ok(hr == S_OK, #member ": unexpected hr %#x.\n", (unsigned)hr); \
    check_bstr(str, expected[index].field); \
    SysFreeString(str); \
    check_null_pointer(#member, IVMDHCPVirtualNetworkServer_get_##member(dhcp, NULL))
    CHECK_DHCP(Network, network);
    CHECK_DHCP(NetworkMask, mask);
    CHECK_DHCP(StartingIPAddress, start);
    CHECK_DHCP(EndingIPAddress, end);
    CHECK_DHCP(ServerIPAddress, server);
    CHECK_DHCP(DefaultGatewayAddress, gateway);
    CHECK_DHCP(DNSServers, dns);
#undef CHECK_DHCP
    str = NULL;
    hr = IVMDHCPVirtualNetworkServer_get_WINSServers(dhcp, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, L"");
    SysFreeString(str);
    hr = invoke_get(dhcp, L"StartingIPAddress", &v);
    ok(hr == S_OK && V_VT(&v) == VT_BSTR, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    if (V_VT(&v) == VT_BSTR) check_bstr(V_BSTR(&v), expected[index].start);
    VariantClear(&v);
    /* No <lease> in the lab: dnsmasq's default, which libvirt does not say. */
    check_not_supported(IVMDHCPVirtualNetworkServer_get_LeaseTime(dhcp, &v),
                        L"IVMDHCPVirtualNetworkServer::LeaseTime");
    check_not_supported(IVMDHCPVirtualNetworkServer_get_LeaseRenewalTime(dhcp, &v),
                        L"IVMDHCPVirtualNetworkServer::LeaseRenewalTime");
    check_null_pointer("IsEnabled", IVMDHCPVirtualNetworkServer_get_IsEnabled(dhcp, NULL));
    IVMDHCPVirtualNetworkServer_Release(dhcp);

    check_null_pointer("BytesReceived", IVMVirtualNetwork_get_BytesReceived(net, NULL));
    check_null_pointer("PacketsSentHistory", IVMVirtualNetwork_get_PacketsSentHistory(net, NULL));
    str = NULL;
    check_not_supported(IVMVirtualNetwork_get_Notes(net, &str), L"IVMVirtualNetwork::Notes");
    check_null_pointer("File", IVMVirtualNetwork_get_File(net, NULL));
    check_null_pointer("_ID", IVMVirtualNetwork_get__ID(net, NULL));
    check_null_pointer("DHCPVirtualNetworkServer",
                       IVMVirtualNetwork_get_DHCPVirtualNetworkServer(net, NULL));
}

/* One support driver per host: the hypervisor driver libvirt talks to. */
static void test_support_drivers(void)
{
    IVMSupportDriverCollection *coll = NULL;
    IVMSupportDriver *driver = NULL;
    VMSupportDriverType type;
    LONG count = -1;
    VARIANT v;
    BSTR str;
    HRESULT hr;
    IVMVirtualServer *vs;

    if (!(vs = create_app_for(INVENTORY_URI))) return;
    hr = IVMVirtualServer_get_SupportDrivers(vs, &coll);
    ok(hr == S_OK && coll, "Got hr %#x, %p.\n", (unsigned)hr, coll);
    if (!coll) goto done;
    check_object(coll, &IID_IVMSupportDriverCollection, &CLSID_VMSupportDriverCollection);
    hr = IVMSupportDriverCollection_get_Count(coll, &count);
    ok(hr == S_OK && count == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
    hr = IVMSupportDriverCollection_get_Item(coll, 2, &driver);
    ok(hr == DISP_E_BADINDEX && !driver, "Got hr %#x, %p.\n", (unsigned)hr, driver);
    hr = IVMSupportDriverCollection_get_Item(coll, 1, &driver);
    ok(hr == S_OK && driver, "Got hr %#x, %p.\n", (unsigned)hr, driver);
    if (driver)
    {
        check_object(driver, &IID_IVMSupportDriver, &CLSID_VMSupportDriver);
        check_object_members(driver, &IID_IVMSupportDriver);
        type = 0x55;
        hr = IVMSupportDriver_get_Type(driver, &type);
        ok(hr == S_OK && type == vmSupportDriver_VirtualMachineMonitor, "Got hr %#x, %d.\n",
           (unsigned)hr, type);
        str = NULL;
        hr = IVMSupportDriver_get_Description(driver, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"TEST");
        SysFreeString(str);
        str = NULL;
        hr = IVMSupportDriver_get_Version(driver, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"0.0.2");
        SysFreeString(str);
        str = NULL;
        hr = IVMSupportDriver_get_Date(driver, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"");
        SysFreeString(str);
        hr = invoke_get(driver, L"Type", &v);
        ok(hr == S_OK && V_VT(&v) == VT_I4 && !V_I4(&v), "Got hr %#x, type %#x.\n", (unsigned)hr,
           V_VT(&v));
        hr = invoke_get(driver, L"Description", &v);
        ok(hr == S_OK && V_VT(&v) == VT_BSTR, "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
        VariantClear(&v);
        check_not_supported(IVMSupportDriver_get_Manufacturer(driver, &str),
                            L"IVMSupportDriver::Manufacturer");
        check_not_supported(IVMSupportDriver_get_Provider(driver, &str),
                            L"IVMSupportDriver::Provider");
        check_null_pointer("Type", IVMSupportDriver_get_Type(driver, NULL));
        check_null_pointer("Description", IVMSupportDriver_get_Description(driver, NULL));
        check_null_pointer("Version", IVMSupportDriver_get_Version(driver, NULL));
        check_null_pointer("Date", IVMSupportDriver_get_Date(driver, NULL));
        IVMSupportDriver_Release(driver);
    }
    check_null_pointer("Count", IVMSupportDriverCollection_get_Count(coll, NULL));
    IVMSupportDriverCollection_Release(coll);
done:
    check_null_pointer("SupportDrivers", IVMVirtualServer_get_SupportDrivers(vs, NULL));
    IVMVirtualServer_Release(vs);
}

#define check_authenticator(a, b, c) check_authenticator_(__FILE__, __LINE__, a, b, c)
static void check_authenticator_(const char *file, int line, IVMRCAuthenticator *auth,
                                 const WCHAR *name, VMRCAuthenticationType type)
{
    VMRCAuthenticationType got = 0x55;
    BSTR str = NULL;
    HRESULT hr;

    hr = IVMRCAuthenticator_get_Name(auth, &str);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr_(file, line, str, name);
    SysFreeString(str);
    hr = IVMRCAuthenticator_get_Type(auth, &got);
    ok_(file, line)(hr == S_OK && got == type, "Got hr %#x, %d.\n", (unsigned)hr, got);
}

/* The lab: APP01 SPICE on 127.0.0.1, Windows Server 2003 VNC on
 * 127.0.0.1, XP-SAVED VNC on 0.0.0.0. */
static void test_vmrc(void)
{
    IVMRCAuthenticatorCollection *coll = NULL;
    IVMRCAuthenticator *auth = NULL;
    WCHAR *uri = utf8_to_wide(INVENTORY_URI);
    VARIANT_BOOL enabled;
    LONG count = -1;
    BSTR str;
    HRESULT hr;
    IVMVirtualServer *vs;

    if ((vs = create_app_for(INVENTORY_URI)))
    {
        enabled = 0x55;
        hr = IVMVirtualServer_get_VMRCEnabled(vs, &enabled);
        ok(hr == S_OK && enabled == VARIANT_TRUE, "Got hr %#x, %#x.\n", (unsigned)hr, enabled);
        clear_error_info();
        str = (BSTR)0xdeadbeef;
        hr = IVMVirtualServer_get_VMRCAdminAddress(vs, &str);
        ok(hr == DISP_E_EXCEPTION && !str, "Got hr %#x, %p.\n", (unsigned)hr, str);
        check_error_info(source, L"different addresses", uri);
        clear_error_info();
        auth = (IVMRCAuthenticator *)0xdeadbeef;
        hr = IVMVirtualServer_get_VMRCAuthenticator(vs, &auth);
        ok(hr == DISP_E_EXCEPTION && !auth, "Got hr %#x, %p.\n", (unsigned)hr, auth);
        check_error_info(source, L"VNC and SPICE", uri);

        hr = IVMVirtualServer_get_VMRCAuthenticators(vs, &coll);
        ok(hr == S_OK && coll, "Got hr %#x, %p.\n", (unsigned)hr, coll);
        if (coll)
        {
            check_object(coll, &IID_IVMRCAuthenticatorCollection,
                         &CLSID_VMRCAuthenticatorCollection);
            hr = IVMRCAuthenticatorCollection_get_Count(coll, &count);
            ok(hr == S_OK && count == 2, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
            auth = NULL;
            hr = IVMRCAuthenticatorCollection_get_Item(coll, 1, &auth);
            ok(hr == S_OK && auth, "Got hr %#x.\n", (unsigned)hr);
            if (auth)
            {
                check_object(auth, &IID_IVMRCAuthenticator, &CLSID_VMRCAuthenticator);
                check_object_members(auth, &IID_IVMRCAuthenticator);
                check_authenticator(auth, L"SPICE", vmVMRCAuthentication_Invalid);
                str = NULL;
                check_not_supported(IVMRCAuthenticator_get_Description(auth, &str),
                                    L"IVMRCAuthenticator::Description");
                check_null_pointer("Name", IVMRCAuthenticator_get_Name(auth, NULL));
                check_null_pointer("Type", IVMRCAuthenticator_get_Type(auth, NULL));
                IVMRCAuthenticator_Release(auth);
            }
            auth = NULL;
            hr = IVMRCAuthenticatorCollection_get_Item(coll, 2, &auth);
            ok(hr == S_OK && auth, "Got hr %#x.\n", (unsigned)hr);
            if (auth)
            {
                check_authenticator(auth, L"VNC", vmVMRCAuthentication_VNC);
                IVMRCAuthenticator_Release(auth);
            }
            hr = IVMRCAuthenticatorCollection_get_Item(coll, 3, &auth);
            ok(hr == DISP_E_BADINDEX, "Unexpected hr %#x.\n", (unsigned)hr);
            IVMRCAuthenticatorCollection_Release(coll);
        }
        check_null_pointer("VMRCEnabled", IVMVirtualServer_get_VMRCEnabled(vs, NULL));
        check_null_pointer("VMRCAdminAddress", IVMVirtualServer_get_VMRCAdminAddress(vs, NULL));
        check_null_pointer("VMRCAuthenticator", IVMVirtualServer_get_VMRCAuthenticator(vs, NULL));
        check_null_pointer("VMRCAuthenticators", IVMVirtualServer_get_VMRCAuthenticators(vs, NULL));
        count = 0;
        check_not_supported(IVMVirtualServer_get_VMRCAdminPortNumber(vs, &count),
                            L"IVMVirtualServer::VMRCAdminPortNumber");
        IVMVirtualServer_Release(vs);
    }

    /* test:///default's VMs have no console: disabled, nothing to list. */
    if ((vs = create_app()))
    {
        enabled = 0x55;
        hr = IVMVirtualServer_get_VMRCEnabled(vs, &enabled);
        ok(hr == S_OK && enabled == VARIANT_FALSE, "Got hr %#x, %#x.\n", (unsigned)hr, enabled);
        str = NULL;
        hr = IVMVirtualServer_get_VMRCAdminAddress(vs, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"");
        SysFreeString(str);
        coll = NULL;
        hr = IVMVirtualServer_get_VMRCAuthenticators(vs, &coll);
        count = -1;
        if (coll) IVMRCAuthenticatorCollection_get_Count(coll, &count);
        ok(hr == S_OK && !count, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
        if (coll) IVMRCAuthenticatorCollection_Release(coll);
        clear_error_info();
        hr = IVMVirtualServer_get_VMRCAuthenticator(vs, &auth);
        ok(hr == DISP_E_EXCEPTION, "Unexpected hr %#x.\n", (unsigned)hr);
        check_error_info(source, L"no virtual machine has a remote console", NULL);
        IVMVirtualServer_Release(vs);
    }
    free(uri);
}

static void check_model_hostinfo_null_pointers(IVMHostInfo *info)
{
    check_null_pointer("HostDrives", IVMHostInfo_get_HostDrives(info, NULL));
}

static void check_model_app_host(IVMVirtualServer *vs, const WCHAR *config_dir)
{
    VARIANT_BOOL flag;
    LONG locale;
    VARIANT v;
    BSTR str;
    HRESULT hr;

    str = NULL;
    hr = IVMVirtualServer_get_DefaultVNConfigurationPath(vs, &str);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_bstr(str, config_dir);
    SysFreeString(str);
    locale = -1;
    hr = IVMVirtualServer_get_DefaultLocale(vs, &locale);
    ok(hr == S_OK && (LCID)locale == GetUserDefaultLCID(), "Got hr %#x, %#x.\n", (unsigned)hr,
       (unsigned)locale);
    hr = invoke_get(vs, L"DefaultLocale", &v);
    ok(hr == S_OK && V_VT(&v) == VT_I4 && (LCID)V_I4(&v) == GetUserDefaultLCID(),
       "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));
    flag = 0x55;
    hr = IVMVirtualServer_get_VMScriptsEnabled(vs, &flag);
    ok(hr == S_OK && flag == VARIANT_FALSE, "Got hr %#x, %#x.\n", (unsigned)hr, flag);
    flag = 0x55;
    hr = IVMVirtualServer_get_VSScriptsEnabled(vs, &flag);
    ok(hr == S_OK && flag == VARIANT_FALSE, "Got hr %#x, %#x.\n", (unsigned)hr, flag);
    hr = invoke_get(vs, L"VSScriptsEnabled", &v);
    ok(hr == S_OK && V_VT(&v) == VT_BOOL && V_BOOL(&v) == VARIANT_FALSE,
       "Got hr %#x, type %#x.\n", (unsigned)hr, V_VT(&v));

    check_null_pointer("DefaultVNConfigurationPath",
                       IVMVirtualServer_get_DefaultVNConfigurationPath(vs, NULL));
    check_null_pointer("DefaultLocale", IVMVirtualServer_get_DefaultLocale(vs, NULL));
    check_null_pointer("VMScriptsEnabled", IVMVirtualServer_get_VMScriptsEnabled(vs, NULL));
    check_null_pointer("VSScriptsEnabled", IVMVirtualServer_get_VSScriptsEnabled(vs, NULL));
    check_not_supported(IVMVirtualServer_get_MaximumNumberOfSCSIControllers(vs, &locale),
                        L"IVMVirtualServer::MaximumNumberOfSCSIControllers");
    check_not_supported(IVMVirtualServer_get_MaximumNumberOfIDEBuses(vs, &locale),
                        L"IVMVirtualServer::MaximumNumberOfIDEBuses");
}

/* Virtual Server's scheduling members: capacities are Doubles, percents
 * of the host; the weight is a long. */
struct scheduling
{
    double allowable_maximum, allowable_reserved, maximum, reserved;
    LONG weight;
};

/* The capacities in the order of struct scheduling: their names, and each
 * through the vtable. */
static const WCHAR *capacity_names[] =
{
    L"AllowableMaximumSystemCapacity", L"AllowableReservedSystemCapacity",
    L"MaximumSystemCapacity", L"ReservedSystemCapacity",
};

static HRESULT get_capacity(IVMAccountant *acct, unsigned int i, VARIANT *v)
{
    switch (i)
    {
    case 0: return IVMAccountant_get_AllowableMaximumSystemCapacity(acct, v);
    case 1: return IVMAccountant_get_AllowableReservedSystemCapacity(acct, v);
    case 2: return IVMAccountant_get_MaximumSystemCapacity(acct, v);
    default: return IVMAccountant_get_ReservedSystemCapacity(acct, v);
    }
}

/* Through the vtable, or through IDispatch as a script reads them: VT_R8
 * and VT_I4 then. */
static void read_scheduling_(const char *file, int line, IVMAccountant *acct, BOOL dispatch,
                             struct scheduling *sched)
{
    double *values[] =
    {
        &sched->allowable_maximum, &sched->allowable_reserved, &sched->maximum, &sched->reserved,
    };
    unsigned int i;
    VARIANT v;
    HRESULT hr;

    for (i = 0; i < ARRAY_SIZE(capacity_names); i++)
    {
        V_VT(&v) = VT_I2;
        if (dispatch) hr = invoke_get_(file, line, (IDispatch *)acct, capacity_names[i], &v);
        else hr = get_capacity(acct, i, &v);
        ok_(file, line)(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(capacity_names[i]),
                        (unsigned)hr);
        ok_(file, line)(V_VT(&v) == VT_R8, "%s: got type %#x.\n",
                        wine_dbgstr_w(capacity_names[i]), V_VT(&v));
        *values[i] = V_VT(&v) == VT_R8 ? V_R8(&v) : -1;
    }
    if (dispatch)
    {
        hr = invoke_get_(file, line, (IDispatch *)acct, L"RelativeWeight", &v);
        ok_(file, line)(hr == S_OK, "RelativeWeight: unexpected hr %#x.\n", (unsigned)hr);
        ok_(file, line)(V_VT(&v) == VT_I4, "RelativeWeight: got type %#x.\n", V_VT(&v));
        sched->weight = V_I4(&v);
        return;
    }
    sched->weight = 0xdeadbeef;
    hr = IVMAccountant_get_RelativeWeight(acct, &sched->weight);
    ok_(file, line)(hr == S_OK, "RelativeWeight: unexpected hr %#x.\n", (unsigned)hr);
}

static BOOL equal_r8(double a, double b)
{
    return a > b - 1e-9 && a < b + 1e-9;
}

#define check_scheduling(a, b, c, d, e, f) \
    check_scheduling_(__FILE__, __LINE__, FALSE, a, b, c, d, e, f)
#define check_scheduling_dispatch(a, b, c, d, e, f) \
    check_scheduling_(__FILE__, __LINE__, TRUE, a, b, c, d, e, f)
static void check_scheduling_(const char *file, int line, BOOL dispatch, IVMAccountant *acct,
                              double allowable_maximum, double allowable_reserved, double maximum,
                              double reserved, LONG weight)
{
    struct scheduling sched;

    read_scheduling_(file, line, acct, dispatch, &sched);
    ok_(file, line)(equal_r8(sched.allowable_maximum, allowable_maximum),
                    "Got allowable maximum %.17g, expected %.17g.\n", sched.allowable_maximum,
                    allowable_maximum);
    ok_(file, line)(equal_r8(sched.allowable_reserved, allowable_reserved),
                    "Got allowable reserved %.17g, expected %.17g.\n",
                    sched.allowable_reserved, allowable_reserved);
    ok_(file, line)(equal_r8(sched.maximum, maximum), "Got maximum %.17g, expected %.17g.\n",
                    sched.maximum, maximum);
    ok_(file, line)(equal_r8(sched.reserved, reserved), "Got reserved %.17g, expected %.17g.\n",
                    sched.reserved, reserved);
    ok_(file, line)(sched.weight == weight, "Got weight %d, expected %d.\n", (int)sched.weight,
                    (int)weight);
}

static HRESULT set_scheduling(IVMAccountant *acct, double reserved, double maximum, LONG weight)
{
    VARIANT r, m;

    V_VT(&r) = VT_R8;
    V_R8(&r) = reserved;
    V_VT(&m) = VT_R8;
    V_R8(&m) = maximum;
    return IVMAccountant_SetSchedulingParameters(acct, r, m, weight);
}

/* Refused with E_INVALIDARG and a description naming the VM. */
#define check_invalid_scheduling(a, b, c, d, e) \
    check_invalid_scheduling_(__FILE__, __LINE__, a, b, c, d, e)
static void check_invalid_scheduling_(const char *file, int line, IVMAccountant *acct,
                                      double reserved, double maximum, LONG weight,
                                      const WCHAR *name)
{
    HRESULT hr;

    clear_error_info();
    hr = set_scheduling(acct, reserved, maximum, weight);
    ok_(file, line)(hr == E_INVALIDARG, "(%g, %g, %d): unexpected hr %#x.\n", reserved,
                    maximum, (int)weight, (unsigned)hr);
    check_error_info_(file, line, source, name, L"test:///default");
}

#define check_available_capacity(a, b) check_available_capacity_(__FILE__, __LINE__, a, b)
static void check_available_capacity_(const char *file, int line, IVMVirtualServer *vs,
                                      double expected)
{
    VARIANT v;
    HRESULT hr;

    V_VT(&v) = VT_I2;
    hr = IVMVirtualServer_get_AvailableSystemCapacity(vs, &v);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_r8_(file, line, &v, expected);
}

/* What only Virtual Server has, for the tests of model_tests.h */

static void check_app_dispatch(IVMVirtualServer *vs)
{
    VARIANT result;
    HRESULT hr;

    hr = invoke_get(vs, L"AvailableSystemCapacity", &result);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_r8(&result, 100.0);
}

static void check_app_null_pointers(IVMVirtualServer *vs)
{
    check_null_pointer("AvailableSystemCapacity",
                       IVMVirtualServer_get_AvailableSystemCapacity(vs, NULL));
}

static void check_accountant_null_pointers(IVMAccountant *acct)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(capacity_names); i++)
        check_null_pointer(wine_dbgstr_w(capacity_names[i]), get_capacity(acct, i, NULL));
    check_null_pointer("RelativeWeight", IVMAccountant_get_RelativeWeight(acct, NULL));
}

/* The VM is gone: the scheduling members fail like the others. */
static void check_accountant_unknown(IVMAccountant *acct, const WCHAR *name)
{
    unsigned int i;
    LONG weight;
    VARIANT v;

    for (i = 0; i < ARRAY_SIZE(capacity_names); i++)
    {
        clear_error_info();
        V_VT(&v) = VT_I2;
        check_vm_gone(wine_dbgstr_w(capacity_names[i]), get_capacity(acct, i, &v), name, source);
        ok(V_VT(&v) == VT_EMPTY, "%s: got type %#x.\n", wine_dbgstr_w(capacity_names[i]),
           V_VT(&v));
    }
    clear_error_info();
    weight = 0xdeadbeef;
    check_vm_gone("RelativeWeight", IVMAccountant_get_RelativeWeight(acct, &weight), name, source);
    ok(!weight, "Got %d.\n", (int)weight);

    clear_error_info();
    check_vm_gone("SetSchedulingParameters", set_scheduling(acct, 0, 10, 100), name, source);
}

/* The task's error is IVMTask2's, which Virtual Server's tasks do not have. */
static void check_task_null_pointers(IVMTask *task)
{
}

/* Scheduling is configuration: S_OK whatever the state. */
static void check_accountant_defaults_(const char *file, int line, IVMAccountant *acct,
                                       BOOL dispatch)
{
    check_scheduling_(file, line, dispatch, acct, 25, 25, 25, 0, 50);
}

static void check_app_not_supported(IVMVirtualServer *vs)
{
    BSTR str;

    str = SysAllocString(L"new-vm");
    check_not_supported(IVMVirtualServer_AttachScriptToEvent(vs, vmEvent_VirtualMachineReset, str),
                        L"IVMVirtualServer::AttachScriptToEvent");
    SysFreeString(str);
    str = NULL;
    check_not_supported(IVMVirtualServer_get_ProductID(vs, &str), L"IVMVirtualServer::ProductID");
    check_not_supported(IVMVirtualServer_put_VMRCEnabled(vs, VARIANT_TRUE),
                        L"IVMVirtualServer::VMRCEnabled");
}

static void check_vm_not_supported(IVMVirtualMachine *vm)
{
    BSTR str;

    str = NULL;
    check_not_supported(IVMVirtualMachine_SetAccountNameAndPassword(vm, str, str),
                        L"IVMVirtualMachine::SetAccountNameAndPassword");
}

/* No Startup2: the VM starts as at first. */
static LONG run_second_startup_(const char *file, int line, IVMVirtualMachine *vm,
                                BOOL dispatch, const WCHAR *name)
{
    return run_lifecycle_(file, line, vm, L"Startup", 0, dispatch, vmVMState_TurningOn,
                          vmVMState_Running, name, source);
}

static void check_model_lifecycle_errors_(const char *file, int line, IVMVirtualMachine *vm,
                                          VMVMState state, const WCHAR *name)
{
    /* Startup2 is Windows Virtual PC's. */
    if (state == vmVMState_TurnedOff)
        check_unknown_name_(file, line, (IDispatch *)vm, L"Startup2");
}

/* The task's error is IVMTask2's, which Virtual Server's tasks do not have. */
static void check_task_error_(const char *file, int line, IVMTask *task, HRESULT error,
                              const WCHAR *name)
{
}

static void test_scheduling(void)
{
    IVMAccountant *acct = NULL, *big_acct = NULL;
    IVMVirtualMachine *vm = NULL, *big_vm = NULL;
    VARIANT args[3], reserved, maximum, result;
    virDomainPtr dom, big;
    EXCEPINFO excepinfo;
    IVMVirtualServer *vs;
    unsigned int i;
    HRESULT hr;

    dom = define_domain("vs-sched", 1, 1, 4);
    big = define_domain("vs-big", 1, 1, 16);
    wait_for_host();
    if (!(vs = create_app())) goto done;
    if ((vm = find_vm(vs, L"vs-sched"))) acct = get_accountant(vm);
    if ((big_vm = find_vm(vs, L"vs-big"))) big_acct = get_accountant(big_vm);
    if (!acct || !big_acct) goto done;

    /* Defaults: 4 vCPUs may use 25 % of 16 CPUs, the maximum is all of it,
     * nothing is reserved, and the test driver's weight is 50. */
    check_scheduling(acct, 25, 25, 25, 0, 50);
    check_scheduling(big_acct, 100, 100, 100, 0, 50);
    check_available_capacity(vs, 100);

    start_domain(dom);
    wait_for_host();
    hr = set_scheduling(acct, 10, 20, 300);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 20, 10, 300);
    check_scheduling_dispatch(acct, 25, 25, 20, 10, 300);
    check_available_capacity(vs, 90);
    check_scheduling(big_acct, 100, 90, 100, 0, 50);

    /* Out of range: refused, and nothing changes. */
    check_invalid_scheduling(acct, 10, 20, 0, L"vs-sched");
    check_invalid_scheduling(acct, 10, 20, 10001, L"vs-sched");
    check_invalid_scheduling(acct, -1, 20, 300, L"vs-sched");
    check_invalid_scheduling(acct, 0, 0.5, 300, L"vs-sched");
    check_invalid_scheduling(acct, 20, 15, 300, L"vs-sched");
    check_invalid_scheduling(acct, 10, 30, 300, L"vs-sched");
    check_scheduling(acct, 25, 25, 20, 10, 300);
    check_available_capacity(vs, 90);

    /* The bounds themselves are valid. */
    hr = set_scheduling(acct, 0, 1, 1);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 1, 0, 1);
    hr = set_scheduling(acct, 25, 25, 10000);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 25, 25, 10000);
    check_available_capacity(vs, 75);

    /* The capacities are VARIANTs used as Doubles. */
    V_VT(&reserved) = VT_BSTR;
    V_BSTR(&reserved) = SysAllocString(L"12.5");
    V_VT(&maximum) = VT_I4;
    V_I4(&maximum) = 25;
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantClear(&reserved);
    check_scheduling(acct, 25, 25, 25, 12.5, 100);
    check_available_capacity(vs, 87.5);

    V_VT(&reserved) = VT_BSTR;
    V_BSTR(&reserved) = SysAllocString(L"a lot");
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == DISP_E_TYPEMISMATCH, "Unexpected hr %#x.\n", (unsigned)hr);
    VariantClear(&reserved);

    /* Found by the fuzzer: a capacity that converts to no number failed
     * without a description, unless it was a plain type mismatch. */
    for (i = 0; i < 3; i++)
    {
        VariantInit(&reserved);
        if (i == 0)
        {
            V_VT(&reserved) = VT_ARRAY | VT_VARIANT;
            V_ARRAY(&reserved) = SafeArrayCreateVector(VT_VARIANT, 0, 2);
        }
        else V_VT(&reserved) = i == 1 ? VT_UNKNOWN : VT_DISPATCH;  /* NULL pointers */
        clear_error_info();
        hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
        ok(FAILED(hr), "%u: unexpected hr %#x.\n", i, (unsigned)hr);
        if (hr != DISP_E_TYPEMISMATCH)
            check_error_info(source, L"vs-sched", L"capacity");
        VariantClear(&reserved);
    }

    V_VT(&reserved) = VT_EMPTY;
    clear_error_info();
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info(source, L"vs-sched", L"test:///default");

    /* An omitted optional argument, as scripting engines pass it. */
    V_VT(&reserved) = VT_ERROR;
    V_ERROR(&reserved) = DISP_E_PARAMNOTFOUND;
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);

    V_VT(&reserved) = VT_I4;
    V_I4(&reserved) = 5;
    V_VT(&maximum) = VT_NULL;
    hr = IVMAccountant_SetSchedulingParameters(acct, reserved, maximum, 100);
    ok(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(acct, 25, 25, 25, 12.5, 100);

    /* Through IDispatch, as a script calls it. */
    V_VT(&args[0]) = VT_I4;
    V_I4(&args[0]) = 5;
    V_VT(&args[1]) = VT_R8;
    V_R8(&args[1]) = 25.0;
    V_VT(&args[2]) = VT_I4;
    V_I4(&args[2]) = 200;
    hr = invoke_id((IDispatch *)acct, 1, DISPATCH_METHOD, args, 3, &result, &excepinfo);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok(V_VT(&result) == VT_EMPTY, "Got type %#x.\n", V_VT(&result));
    check_scheduling_dispatch(acct, 25, 25, 25, 5, 200);
    V_I4(&args[2]) = 0;
    hr = invoke_id((IDispatch *)acct, 1, DISPATCH_METHOD, args, 3, &result, &excepinfo);
    check_excepinfo(hr, &excepinfo, E_INVALIDARG, source, L"vs-sched", L"test:///default");
    check_scheduling(acct, 25, 25, 25, 5, 200);

    /* What the other running VMs reserve bounds a reservation. */
    start_domain(big);
    wait_for_host();
    check_scheduling(big_acct, 100, 95, 100, 0, 50);
    hr = set_scheduling(big_acct, 80, 100, 100);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_scheduling(big_acct, 100, 95, 100, 80, 100);
    check_scheduling(acct, 25, 20, 25, 5, 200);
    check_available_capacity(vs, 15);
    check_invalid_scheduling(acct, 21, 25, 200, L"vs-sched");
    check_invalid_scheduling(big_acct, 96, 100, 100, L"vs-big");
    hr = set_scheduling(acct, 20, 25, 200);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_available_capacity(vs, 0);
    check_scheduling(big_acct, 100, 80, 100, 80, 100);

    /* Only running VMs hold their reservation. */
    ok(!virDomainDestroy(dom), "Cannot stop: %s\n", virGetLastErrorMessage());
    wait_for_host();
    check_available_capacity(vs, 20);
    check_scheduling(big_acct, 100, 100, 100, 80, 100);
    check_scheduling(acct, 25, 20, 25, 20, 200);

done:
    if (acct) IVMAccountant_Release(acct);
    if (big_acct) IVMAccountant_Release(big_acct);
    if (vm) IVMVirtualMachine_Release(vm);
    if (big_vm) IVMVirtualMachine_Release(big_vm);
    remove_domain(dom);
    remove_domain(big);
    if (vs)
    {
        /* The reservations went with their domains. */
        wait_for_host();
        check_available_capacity(vs, 100);
        IVMVirtualServer_Release(vs);
    }
}

#include "inventory_tests.h"

/* IVMGuestOS2's own member. */
static void check_guest_model_(const char *file, int line, IVMGuestOS *guest, BOOL running,
                               const WCHAR *name)
{
    IVMGuestOS2 *guest2 = NULL;
    HRESULT hr;
    BSTR str;

    hr = IVMGuestOS_QueryInterface(guest, &IID_IVMGuestOS2, (void **)&guest2);
    ok_(file, line)(hr == S_OK && (void *)guest2 == (void *)guest, "Got hr %#x, %p.\n",
                    (unsigned)hr, guest2);
    if (!guest2) return;
    /* Only the guest agent knows it; wine-vpc's connections are read-only. */
    clear_error_info();
    str = (BSTR)0xdeadbeef;
    check_vm_error_(file, line, IVMGuestOS2_get_ComputerName(guest2, &str),
                    running ? VM_E_ADDITIONS_FEATURE_NOT_AVAIL : VM_E_VM_NOT_RUNNING, name);
    ok_(file, line)(!str, "Got %p.\n", str);
    check_null_pointer_(file, line, "get_ComputerName", IVMGuestOS2_get_ComputerName(guest2, NULL));
    IVMGuestOS2_Release(guest2);
}

static void check_vm_inventory_model_(const char *file, int line, IVMVirtualMachine *vm,
                                      const WCHAR *name)
{
    VMAutoStartType autostart;
    VARIANT_BOOL flag;
    LONG delay;
    HRESULT hr;
    BSTR str;

    hr = IVMVirtualMachine_get_AccountName(vm, &str);
    check_vm_bstr_(file, line, hr, str, L"vsadmin:kvm");
    hr = IVMVirtualMachine_get_RunAsDefinedAccount(vm, &flag);
    check_vm_bool_(file, line, hr, flag, VARIANT_TRUE);
    autostart = 0xdeadbeef;
    hr = IVMVirtualMachine_get_AutoStartAtLaunch(vm, &autostart);
    ok_(file, line)(hr == S_OK && autostart == vmAutoStart_Never, "Got hr %#x, %d.\n",
                    (unsigned)hr, autostart);
    delay = 0xdeadbeef;
    hr = IVMVirtualMachine_get_AutoStartAtLaunchDelay(vm, &delay);
    ok_(file, line)(hr == S_OK && !delay, "Got hr %#x, %d.\n", (unsigned)hr, (int)delay);
    check_invoke_bstr_(file, line, (IDispatch *)vm, L"AccountName", L"vsadmin:kvm");
    check_null_pointer_(file, line, "get_AccountName", IVMVirtualMachine_get_AccountName(vm, NULL));
    check_null_pointer_(file, line, "get_AutoStartAtLaunch",
                        IVMVirtualMachine_get_AutoStartAtLaunch(vm, NULL));
    check_null_pointer_(file, line, "get_AutoStartAtLaunchDelay",
                        IVMVirtualMachine_get_AutoStartAtLaunchDelay(vm, NULL));
    check_null_pointer_(file, line, "get_RunAsDefinedAccount",
                        IVMVirtualMachine_get_RunAsDefinedAccount(vm, NULL));
    check_not_supported(IVMVirtualMachine_get_Security(vm, NULL), L"IVMVirtualMachine::Security");
}

/* Virtual Server's bus types, SCSI controllers and host drive ids. */
static void check_devices_model_(const char *file, int line, IVMVirtualMachine *vm)
{
    IVMHardDiskConnectionCollection *disks = NULL;
    IVMSCSIControllerCollection *scsi = NULL;
    IDispatch *item;
    HRESULT hr;

    hr = IVMVirtualMachine_get_SCSIControllers(vm, &scsi);
    ok_(file, line)(hr == S_OK && scsi, "Unexpected hr %#x.\n", (unsigned)hr);
    if (scsi)
    {
        check_device_collection_(file, line, (IDispatch *)scsi, 1);
        if ((item = get_item((IDispatch *)scsi, 1)))
        {
            check_invoke_error_(file, line, item, L"SCSIID", E_NOTIMPL, L"SCSIID");
            IDispatch_Release(item);
        }
        IVMSCSIControllerCollection_Release(scsi);
    }
    hr = IVMVirtualMachine_get_HardDiskConnections(vm, &disks);
    if (hr != S_OK) return;
    if ((item = get_item((IDispatch *)disks, 1)))
    {
        check_invoke_long_(file, line, item, L"BusType", vmDriveBusType_IDE);
        IDispatch_Release(item);
    }
    if ((item = get_item((IDispatch *)disks, 2)))
    {
        check_invoke_long_(file, line, item, L"BusType", vmDriveBusType_SCSI);
        IDispatch_Release(item);
    }
    IVMHardDiskConnectionCollection_Release(disks);
}

/* Virtual Server's Shutdown takes no argument, and it has no Restart. */
#define guest_shutdown(guest, task) IVMGuestOS_Shutdown(guest, task)

#include "writes_tests.h"
#define APP_EVENTS_IID IID_IVMVirtualServerEvents
#define APP_STATE_DISPID 4
#define VM_STATE_DISPID 5
#include "events_tests.h"
#include "keyboard_tests.h"

/* AddDVDROMDrive on IDE. */
#define add_dvd_drive(vm, bus, device, dvd) \
    IVMVirtualMachine_AddDVDROMDrive(vm, vmDriveBusType_IDE, bus, device, dvd)


#include "media_tests.h"
#include "vs_network_writes_tests.h"

/* Virtual Server's SCSI drives: controller N is SCSI bus N; the bus type
 * is checked. */
static void check_media_model_(const char *file, int line, IVMVirtualMachine *vm,
                               virDomainPtr dom, const WCHAR *name, char **xml)
{
    IVMDVDDrive *dvd = NULL, *bad;
    VMDriveBusType type;
    char *now;
    LONG value;
    HRESULT hr;

    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_AddDVDROMDrive(vm, 7, 0, 0, &bad), E_INVALIDARG,
                    L"AddDVDROMDrive");
    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_AddDVDROMDrive(vm, vmDriveBusType_SCSI, 4, 0, &bad),
                    E_INVALIDARG, name);
    check_xml_unchanged_(file, line, dom, *xml);

    hr = IVMVirtualMachine_AddDVDROMDrive(vm, vmDriveBusType_SCSI, 1, 2, &dvd);
    ok_(file, line)(hr == S_OK && dvd, "Got hr %#x, %p.\n", (unsigned)hr, dvd);
    if (!dvd) return;
    now = inactive_xml(dom);
    ok_(file, line)(now && strstr(now, "<target dev='sdj' bus='scsi'/>\n      <readonly/>\n"
                                      "      <address type='drive' controller='1' bus='0' target='0' unit='2'/>"),
                    "Got %s\n", now);
    free(now);
    hr = IVMDVDDrive_get_BusType(dvd, &type);
    ok_(file, line)(hr == S_OK && type == vmDriveBusType_SCSI, "Got hr %#x, %d.\n", (unsigned)hr, type);
    hr = IVMDVDDrive_get_BusNumber(dvd, &value);
    ok_(file, line)(hr == S_OK && value == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    hr = IVMDVDDrive_get_DeviceNumber(dvd, &value);
    ok_(file, line)(hr == S_OK && value == 2, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
    hr = IVMVirtualMachine_RemoveDVDROMDrive(vm, dvd);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    now = inactive_xml(dom);
    ok_(file, line)(now && !strstr(now, "device='cdrom'>\n      <target dev='sdj'"), "Got %s\n", now);
    free(*xml);
    *xml = now;
    IVMDVDDrive_Release(dvd);
}

/* AddHardDiskConnection and SetBusLocation on IDE. */
#define add_disk(vm, path, bus, device, connection) \
    IVMVirtualMachine_AddHardDiskConnection(vm, path, vmDriveBusType_IDE, bus, device, connection)
#define set_drive_location(dvd, bus, device) \
    IVMDVDDrive_SetBusLocation(dvd, vmDriveBusType_IDE, bus, device)
#define set_disk_location(connection, bus, device) \
    IVMHardDiskConnection_SetBusLocation(connection, vmDriveBusType_IDE, bus, device)

#include "disks_tests.h"
#include "vhd_tests.h"
#include "ports_tests.h"

static HRESULT add_scsi_disk(IVMVirtualMachine *vm, const char *image, LONG bus, LONG device,
                             IVMHardDiskConnection **connection)
{
    BSTR path = SysAllocString(disk_path(image));
    HRESULT hr = IVMVirtualMachine_AddHardDiskConnection(vm, path, vmDriveBusType_SCSI, bus, device,
                                                         connection);

    SysFreeString(path);
    return hr;
}

static LONG scsi_controller_count(IVMVirtualMachine *vm)
{
    IVMSCSIControllerCollection *controllers;
    LONG count = -1;

    if (SUCCEEDED(IVMVirtualMachine_get_SCSIControllers(vm, &controllers)))
    {
        IVMSCSIControllerCollection_get_Count(controllers, &count);
        IVMSCSIControllerCollection_Release(controllers);
    }
    return count;
}

/* Every SCSI controller goes, the last first. */
static void remove_scsi_controllers_(const char *file, int line, IVMVirtualMachine *vm)
{
    IVMSCSIControllerCollection *controllers;
    IVMSCSIController *controller;
    LONG count = 0;
    HRESULT hr;

    if (FAILED(IVMVirtualMachine_get_SCSIControllers(vm, &controllers))) return;
    IVMSCSIControllerCollection_get_Count(controllers, &count);
    for (; count > 0; count--)
    {
        controller = NULL;
        IVMSCSIControllerCollection_get_Item(controllers, count, &controller);
        hr = IVMVirtualMachine_RemoveSCSIController(vm, controller);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        if (controller) IVMSCSIController_Release(controller);
    }
    IVMSCSIControllerCollection_Release(controllers);
}

/* Virtual Server's SCSI: controllers added at the lowest free index (the
 * bus number), at most four; disks on them, moved between the buses; a
 * controller a drive needs stays. */
static void check_disks_model_(const char *file, int line, IVMVirtualMachine *vm,
                               virDomainPtr dom, const WCHAR *name, char **xml)
{
    static const char ide_controller[] = "    <controller type='ide' index='0'/>\n";
    IVMSCSIController *controller = NULL, *controllers[4] = { NULL }, *refused;
    IVMHardDiskConnection *connection = NULL, *bad;
    VMDriveBusType type;
    char text[512], *before = strdup(*xml), *now;
    unsigned int i;
    LONG value;
    BSTR path;
    HRESULT hr;

    path = SysAllocString(disk_path("fixed.vhd"));
    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_AddHardDiskConnection(vm, path, 7, 0, 1, &bad),
                    E_INVALIDARG, L"AddHardDiskConnection");
    SysFreeString(path);
    clear_error_info();
    check_vm_error_(file, line, add_scsi_disk(vm, "fixed.vhd", 4, 0, &bad), E_INVALIDARG, name);
    clear_error_info();
    check_vm_error_(file, line, add_scsi_disk(vm, "fixed.vhd", 0, 7, &bad), E_INVALIDARG, name);
    check_null_pointer_(file, line, "AddSCSIController", IVMVirtualMachine_AddSCSIController(vm, NULL));
    clear_error_info();
    check_null_pointer_(file, line, "RemoveSCSIController",
                        IVMVirtualMachine_RemoveSCSIController(vm, NULL));
    clear_error_info();
    hr = IVMVirtualMachine_RemoveSCSIController(vm, (IVMSCSIController *)vm);
    ok_(file, line)(hr == E_INVALIDARG, "Unexpected hr %#x.\n", (unsigned)hr);
    check_error_info_(file, line, source, L"RemoveSCSIController", L"SCSI controller");
    check_xml_unchanged_(file, line, dom, *xml);

    /* A controller, QEMU's LSI Logic, after the other controllers. */
    hr = IVMVirtualMachine_AddSCSIController(vm, &controller);
    ok_(file, line)(hr == S_OK && controller, "Got hr %#x, %p.\n", (unsigned)hr, controller);
    if (!controller) goto done;
    *xml = check_xml_change_(file, line, dom, *xml, ide_controller,
                             "    <controller type='ide' index='0'/>\n"
                             "    <controller type='scsi' index='0' model='lsilogic'/>\n");
    hr = IVMSCSIController_get__ID(controller, &value);
    ok_(file, line)(hr == S_OK && value == 0, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);

    /* A disk on it: SCSI bus 0 is controller 0. */
    hr = add_scsi_disk(vm, "dynamic.vhd", 0, 2, &connection);
    ok_(file, line)(hr == S_OK && connection, "Got hr %#x, %p.\n", (unsigned)hr, connection);
    if (!connection) goto done;
    now = inactive_xml(dom);
    snprintf(text, sizeof(text), "      <driver type='vpc'/>\n"
             "      <source file='%s/dynamic.vhd'/>\n"
             "      <target dev='sdc' bus='scsi'/>\n"
             "      <address type='drive' controller='0' bus='0' target='0' unit='2'/>\n", media_dir);
    ok_(file, line)(now && strstr(now, text), "Got %s\n", now);
    free(*xml);
    *xml = now;
    hr = IVMHardDiskConnection_get_BusType(connection, &type);
    ok_(file, line)(hr == S_OK && type == vmDriveBusType_SCSI, "Got hr %#x, %d.\n", (unsigned)hr, type);
    check_disk_place_(file, line, connection, 0, 2);
    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_RemoveSCSIController(vm, controller),
                    VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"sdc");
    clear_error_info();
    check_vm_error_(file, line, IVMHardDiskConnection_SetBusLocation(connection, 9, 0, 1), E_INVALIDARG,
                    L"SetBusLocation");
    clear_error_info();
    check_vm_error_(file, line, IVMHardDiskConnection_SetBusLocation(connection, vmDriveBusType_SCSI, 0, 7),
                    E_INVALIDARG, name);
    check_xml_unchanged_(file, line, dom, *xml);

    /* Along the bus, then onto IDE: the controller is free to go. */
    hr = IVMHardDiskConnection_SetBusLocation(connection, vmDriveBusType_SCSI, 0, 5);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change_(file, line, dom, *xml,
                             "      <target dev='sdc' bus='scsi'/>\n"
                             "      <address type='drive' controller='0' bus='0' target='0' unit='2'/>\n",
                             "      <target dev='sdf' bus='scsi'/>\n"
                             "      <address type='drive' controller='0' bus='0' target='0' unit='5'/>\n");
    check_disk_place_(file, line, connection, 0, 5);
    hr = IVMHardDiskConnection_SetBusLocation(connection, vmDriveBusType_IDE, 0, 1);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    now = inactive_xml(dom);
    snprintf(text, sizeof(text), "      <source file='%s/dynamic.vhd'/>\n"
             "      <target dev='hdb' bus='ide'/>\n"
             "      <address type='drive' controller='0' bus='0' target='0' unit='1'/>\n", media_dir);
    ok_(file, line)(now && strstr(now, text) && !strstr(now, "bus='scsi'"), "Got %s\n", now);
    free(*xml);
    *xml = now;
    hr = IVMHardDiskConnection_get_BusType(connection, &type);
    ok_(file, line)(hr == S_OK && type == vmDriveBusType_IDE, "Got hr %#x, %d.\n", (unsigned)hr, type);
    hr = IVMVirtualMachine_RemoveSCSIController(vm, controller);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(scsi_controller_count(vm) == 0, "Got %d controllers.\n", (int)scsi_controller_count(vm));
    hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, connection);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    check_xml_unchanged_(file, line, dom, before);
    IVMHardDiskConnection_Release(connection);
    connection = NULL;
    /* Its object names a controller that is gone. */
    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_RemoveSCSIController(vm, controller), E_INVALIDARG,
                    L"SCSI controller 1");
    check_xml_unchanged_(file, line, dom, before);

    /* At most four (E_FAIL, as documented); a new one takes the lowest
     * free index, and its place in index order. */
    for (i = 0; i < 4; i++)
    {
        hr = IVMVirtualMachine_AddSCSIController(vm, &controllers[i]);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    }
    free(*xml);
    *xml = inactive_xml(dom);
    refused = (IVMSCSIController *)0xdeadbeef;
    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_AddSCSIController(vm, &refused), E_FAIL, name);
    ok_(file, line)(!refused, "Got %p.\n", refused);
    check_xml_unchanged_(file, line, dom, *xml);
    hr = IVMVirtualMachine_RemoveSCSIController(vm, controllers[1]);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change_(file, line, dom, *xml,
                             "    <controller type='scsi' index='1' model='lsilogic'/>\n", "");
    hr = IVMVirtualMachine_AddSCSIController(vm, &refused);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    *xml = check_xml_change_(file, line, dom, *xml,
                             "    <controller type='scsi' index='2' model='lsilogic'/>\n",
                             "    <controller type='scsi' index='1' model='lsilogic'/>\n"
                             "    <controller type='scsi' index='2' model='lsilogic'/>\n");
    if (hr == S_OK)
    {
        hr = IVMSCSIController_get__ID(refused, &value);
        ok_(file, line)(hr == S_OK && value == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        IVMSCSIController_Release(refused);
    }
    remove_scsi_controllers_(file, line, vm);
    check_xml_unchanged_(file, line, dom, before);

    /* libvirt gives a VM the controllers below a used bus: a disk on SCSI
     * bus 1 brings controller 1 and keeps controller 0. */
    hr = add_scsi_disk(vm, "fixed.vhd", 1, 0, &connection);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(scsi_controller_count(vm) == 2, "Got %d controllers.\n", (int)scsi_controller_count(vm));
    free(*xml);
    *xml = inactive_xml(dom);
    {
        IVMSCSIControllerCollection *collection;
        IVMSCSIController *first = NULL;

        if (SUCCEEDED(IVMVirtualMachine_get_SCSIControllers(vm, &collection)))
        {
            IVMSCSIControllerCollection_get_Item(collection, 1, &first);
            IVMSCSIControllerCollection_Release(collection);
        }
        clear_error_info();
        check_vm_error_(file, line, IVMVirtualMachine_RemoveSCSIController(vm, first),
                        VM_E_DRIVE_BUS_LOC_IN_USE_TEST, L"sdh");
        check_xml_unchanged_(file, line, dom, *xml);
        if (first) IVMSCSIController_Release(first);
    }
    if (connection)
    {
        hr = IVMVirtualMachine_RemoveHardDiskConnection(vm, connection);
        ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        IVMHardDiskConnection_Release(connection);
        connection = NULL;
    }
    remove_scsi_controllers_(file, line, vm);
    check_xml_unchanged_(file, line, dom, before);

    /* The drive's SetBusLocation names the bus type too. */
    {
        IVMDVDDriveCollection *dvds;
        IVMDVDDrive *dvd = NULL;

        if (SUCCEEDED(IVMVirtualMachine_get_DVDROMDrives(vm, &dvds)))
        {
            IVMDVDDriveCollection_get_Item(dvds, 1, &dvd);
            IVMDVDDriveCollection_Release(dvds);
        }
        if (dvd)
        {
            clear_error_info();
            check_vm_error_(file, line, IVMDVDDrive_SetBusLocation(dvd, 5, 1, 1), E_INVALIDARG,
                            L"SetBusLocation");
            check_xml_unchanged_(file, line, dom, before);
            /* Onto SCSI, as AddDVDROMDrive puts drives there, and back. */
            hr = IVMDVDDrive_SetBusLocation(dvd, vmDriveBusType_SCSI, 0, 3);
            ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
            now = inactive_xml(dom);
            ok_(file, line)(now && strstr(now, "<target dev='sdd' bus='scsi'/>\n      <readonly/>\n"
                                              "      <address type='drive' controller='0' bus='0' target='0' unit='3'/>"),
                            "Got %s\n", now);
            free(now);
            hr = IVMDVDDrive_get_BusType(dvd, &type);
            ok_(file, line)(hr == S_OK && type == vmDriveBusType_SCSI, "Got hr %#x, %d.\n", (unsigned)hr, type);
            hr = IVMDVDDrive_SetBusLocation(dvd, vmDriveBusType_IDE, 1, 0);
            ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
            remove_scsi_controllers_(file, line, vm);
            check_xml_unchanged_(file, line, dom, before);
            IVMDVDDrive_Release(dvd);
        }
    }

done:
    for (i = 0; i < 4; i++) if (controllers[i]) IVMSCSIController_Release(controllers[i]);
    if (controller) IVMSCSIController_Release(controller);
    if (connection) IVMHardDiskConnection_Release(connection);
    free(*xml);
    *xml = inactive_xml(dom);
    free(before);
}

static void check_guest_restart_model_(const char *file, int line, IVMGuestOS *guest,
                                       virDomainPtr dom, const WCHAR *name)
{
}

/* AutoStartAtLaunch: Always and Never are libvirt's autostart flag;
 * IfRunningAtQuit has no per-domain counterpart and changes nothing. */
static void check_config_writes_model_(const char *file, int line, IVMVirtualMachine *vm,
                                       virDomainPtr dom, const WCHAR *name)
{
    VMAutoStartType autostart;
    int flag = -1;
    VARIANT value;
    HRESULT hr;

    hr = IVMVirtualMachine_put_AutoStartAtLaunch(vm, vmAutoStart_Always);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!virDomainGetAutostart(dom, &flag) && flag == 1, "Autostart %d.\n", flag);
    autostart = 0xdead;
    hr = IVMVirtualMachine_get_AutoStartAtLaunch(vm, &autostart);
    ok_(file, line)(hr == S_OK && autostart == vmAutoStart_Always, "Got hr %#x, %d.\n",
                    (unsigned)hr, autostart);

    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_put_AutoStartAtLaunch(vm, vmAutoStart_IfRunningAtQuit),
                    E_INVALIDARG, L"libvirt-guests");
    clear_error_info();
    check_vm_error_(file, line, IVMVirtualMachine_put_AutoStartAtLaunch(vm, 7), E_INVALIDARG, name);
    ok_(file, line)(!virDomainGetAutostart(dom, &flag) && flag == 1, "Autostart %d.\n", flag);

    V_VT(&value) = VT_I4;
    V_I4(&value) = vmAutoStart_Never;
    hr = invoke_put(vm, L"AutoStartAtLaunch", &value);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(!virDomainGetAutostart(dom, &flag) && flag == 0, "Autostart %d.\n", flag);
    hr = IVMVirtualMachine_get_AutoStartAtLaunch(vm, &autostart);
    ok_(file, line)(hr == S_OK && autostart == vmAutoStart_Never, "Got hr %#x, %d.\n",
                    (unsigned)hr, autostart);
}

/*
 * docs/inventory-mapping.md 2.5: the switch's counters.  On the inventory
 * lab's "lab" network two running VMs have a NIC (APP01, Windows Server
 * 2003; build-off's is there too, but it is off); on "isolated" only
 * XP-SAVED's, which is off.  The test driver's NICs count, each second, rx
 * 100000 bytes and 10000 packets, tx 50000 bytes and 9090.9 packets, and
 * drop 0.5 + 0.25 packets, all from its clock.  A rate is whole units over
 * an interval whose ends the sampler knows to within its calls, so a rate
 * may be off by a few units, and a sampler delayed by the load of the
 * machine by that delay's share of a second: the bounds allow 2 %, far from
 * what one NIC more or less (50 %) or the other direction (x2) would give.
 */
#define check_rate(a, b, c) check_rate_(__LINE__, a, b, c)
static void check_rate_(int line, const char *member, LONG value, double expected)
{
    ok_(__FILE__, line)(value >= expected * 0.98 && value <= expected * 1.02,
                        "%s: got %d, expected about %.1f.\n", member, (int)value, expected);
}

/* Counter 'i', and its history, in vpcNetworkCounter's order. */
static HRESULT get_network_counter(IVMVirtualNetwork *net, int i, LONG *value, VARIANT *history)
{
    switch (i)
    {
    case 0: return value ? IVMVirtualNetwork_get_BytesReceived(net, value)
                         : IVMVirtualNetwork_get_BytesReceivedHistory(net, history);
    case 1: return value ? IVMVirtualNetwork_get_BytesSent(net, value)
                         : IVMVirtualNetwork_get_BytesSentHistory(net, history);
    case 2: return value ? IVMVirtualNetwork_get_PacketsDropped(net, value)
                         : IVMVirtualNetwork_get_PacketsDroppedHistory(net, history);
    case 3: return value ? IVMVirtualNetwork_get_PacketsReceived(net, value)
                         : IVMVirtualNetwork_get_PacketsReceivedHistory(net, history);
    default: return value ? IVMVirtualNetwork_get_PacketsSent(net, value)
                          : IVMVirtualNetwork_get_PacketsSentHistory(net, history);
    }
}

/* Reads the five counters of 'net' and checks each history ends with its
 * current value; returns FALSE while no rate is there yet. */
static BOOL read_network_counters(IVMVirtualNetwork *net, LONG *values)
{
    LONG lower, upper, i;
    ULONG *data;
    VARIANT v;
    HRESULT hr;

    for (i = 0; i < 5; i++)
    {
        values[i] = -1;
        hr = get_network_counter(net, i, &values[i], NULL);
        ok(hr == S_OK, "Counter %d: unexpected hr %#x.\n", (int)i, (unsigned)hr);
        V_VT(&v) = VT_EMPTY;
        hr = get_network_counter(net, i, NULL, &v);
        ok(hr == S_OK && V_VT(&v) == (VT_ARRAY | VT_UI4), "History %d: got hr %#x, type %#x.\n",
           (int)i, (unsigned)hr, V_VT(&v));
        if (V_VT(&v) != (VT_ARRAY | VT_UI4)) continue;
        SafeArrayGetLBound(V_ARRAY(&v), 1, &lower);
        SafeArrayGetUBound(V_ARRAY(&v), 1, &upper);
        ok(lower == 0 && upper == 59, "History %d: bounds %d..%d.\n", (int)i, (int)lower,
           (int)upper);
        /* Read from the same answer: its newest second is the current rate. */
        if (SUCCEEDED(SafeArrayAccessData(V_ARRAY(&v), (void **)&data)))
        {
            ok(data[59] == (ULONG)values[i], "History %d ends with %u, current %d.\n", (int)i,
               (unsigned)data[59], (int)values[i]);
            SafeArrayUnaccessData(V_ARRAY(&v));
        }
        VariantClear(&v);
    }
    return values[1] > 0;
}

/* Waits (bounded) for the network's rates: the backend needs two samples. */
static BOOL wait_network_counters(IVMVirtualNetwork *net, LONG *values)
{
    int i;

    for (i = 0; i < 50; i++)
    {
        /* A new snapshot: the view's serves half a second. */
        Sleep(600);
        if (read_network_counters(net, values)) return TRUE;
    }
    return FALSE;
}

static void run_vm_task(IVMVirtualMachine *vm, BOOL start)
{
    IVMTask *task = NULL;
    HRESULT hr;

    hr = start ? IVMVirtualMachine_Startup(vm, &task) : IVMVirtualMachine_TurnOff(vm, &task);
    ok(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    if (!task) return;
    hr = IVMTask_WaitForCompletion(task, -1);
    ok(hr == S_OK, "WaitForCompletion: unexpected hr %#x.\n", (unsigned)hr);
    IVMTask_Release(task);
}

static void test_network_counters(void)
{
    IVMVirtualNetwork *lab = NULL, *isolated = NULL;
    IVMVirtualMachine *vm = NULL;
    LONG values[5];
    VARIANT v, *items;
    int i;
    HRESULT hr;
    APP *app;

    if (!(app = create_app_for(INVENTORY_URI))) return;
    if (!(lab = find_network(app, L"lab")) || !(isolated = find_network(app, L"isolated")))
        goto done;

    ok(wait_network_counters(lab, values), "No rates on \"lab\".\n");
    check_rate("BytesReceived", values[0], 2 * 50000.0);
    check_rate("BytesSent", values[1], 2 * 100000.0);
    check_rate("PacketsReceived", values[3], 2 * 9090.9);
    check_rate("PacketsSent", values[4], 2 * 10000.0);
    /* At most 2 NICs x 2 drops over the shortest interval (0.4 s). */
    ok(values[2] >= 0 && values[2] <= 10, "PacketsDropped %d.\n", (int)values[2]);
    /* libvirt counts dropped packets only, never bytes. */
    check_not_supported(IVMVirtualNetwork_get_BytesDropped(lab, &values[0]),
                        L"IVMVirtualNetwork::BytesDropped");
    V_VT(&v) = VT_EMPTY;
    check_not_supported(IVMVirtualNetwork_get_BytesDroppedHistory(lab, &v),
                        L"IVMVirtualNetwork::BytesDroppedHistory");
    ok(V_VT(&v) == VT_EMPTY, "Got type %#x.\n", V_VT(&v));

    read_network_counters(isolated, values);
    for (i = 0; i < 5; i++)
        ok(!values[i], "isolated: counter %d is %d.\n", i, (int)values[i]);

    /* Through IDispatch: VARIANTs holding VT_UI4, and one by its index. */
    hr = invoke_get(lab, L"BytesSentHistory", &v);
    ok(hr == S_OK && V_VT(&v) == (VT_ARRAY | VT_VARIANT), "Got hr %#x, type %#x.\n",
       (unsigned)hr, V_VT(&v));
    if (V_VT(&v) == (VT_ARRAY | VT_VARIANT) &&
        SUCCEEDED(SafeArrayAccessData(V_ARRAY(&v), (void **)&items)))
    {
        ok(V_VT(&items[59]) == VT_UI4, "Item type %#x.\n", V_VT(&items[59]));
        ok(V_UI4(&items[59]) >= 196000 && V_UI4(&items[59]) <= 204000, "Newest %u.\n",
           (unsigned)V_UI4(&items[59]));
        SafeArrayUnaccessData(V_ARRAY(&v));
    }
    VariantClear(&v);

    /* A VM that stops leaves the sums: "lab" keeps APP01's NIC. */
    if (!(vm = find_vm(app, L"Windows Server 2003"))) goto done;
    run_vm_task(vm, FALSE);
    Sleep(600);
    read_network_counters(lab, values);
    check_rate("BytesSent after the stop", values[1], 100000.0);
    check_rate("PacketsSent after the stop", values[4], 10000.0);
    run_vm_task(vm, TRUE);

done:
    if (vm) IVMVirtualMachine_Release(vm);
    if (lab) IVMVirtualNetwork_Release(lab);
    if (isolated) IVMVirtualNetwork_Release(isolated);
    APP_(Release)(app);
}

START_TEST(vs)
{
    if (!init_model_tests()) return;

    test_create();
    test_typelib();
    test_query_interface();
    test_refcounts();
    test_dispatch();
    test_dispatch_edges();
    test_long_names();
    test_null_pointers();
    test_collection();
    test_enumerator();
    test_find_vm();
    test_vm_properties();
    test_vm_unknown();
    test_stale_item();
    test_shared_vm_threads();
    test_not_supported();
    test_accountant();
    test_scheduling();
    test_lifecycle();
    test_lifecycle_errors();
    test_task();
    test_task_collection();
    test_task_failure();
    test_hostinfo();
    test_app_host_properties();
    test_networks();
    test_support_drivers();
    test_vmrc();
    test_inventory_vm();
    test_inventory_vm_bare();
    test_inventory_devices();
    test_network_adapters_of_networks();
    test_guest_shutdown();
    test_config_writes();
    test_rename();
    test_smbios_writes();
    test_event_sources();
    test_events_delivered();
    test_keyboard();
    test_create_delete();
    test_register_network();
    test_dhcp_writes();
    test_rename_network();
    test_network_host_adapter();
    test_media_devices();
    test_disk_devices();
    test_disk_images();
    test_port_devices();
    test_network_counters();

    cleanup_model_tests();
}
