/*
 * Conformance tests of the Windows Virtual PC object model (VirtualPC.Application).
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
 * with libvirt and read them back through the COM objects.
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
#include "VPCCOMInterfaces.h"

#include "vpctest.h"
#include "testutil_wine.h"
#include "model_testutil.h"

/* Virtual Server's IVMAccountant and IVMTask: other contracts, other IIDs. */
DEFINE_GUID(IID_VS_IVMAccountant, 0x6f714316, 0xc81e, 0x4b5e, 0x94,0x10, 0x91,0xce,0x7b,0xc5,0xdf,0x4c);
DEFINE_GUID(IID_VS_IVMTask, 0x9ecd5532, 0x9189, 0x4d41, 0x95,0x44, 0x62,0xbb,0x7e,0xb5,0x3f,0xe0);

#define APP IVMVirtualPC
#define APP_(method) IVMVirtualPC_##method
#define APP_IID IID_IVMVirtualPC
#define APP_CLSID CLSID_VMVirtualPC
#define APP_NAME L"IVMVirtualPC"
#define APP_PROGID L"VirtualPC.Application"
#define APP_PRODUCT_NAME L"Windows Virtual PC"
#define APP_PRODUCT_VERSION L"6.1.7601.0"
#define OTHER_ACCOUNTANT_IID IID_VS_IVMAccountant
#define OTHER_TASK_IID IID_VS_IVMTask
#define VM_PREFIX "vpc-"
/* VM_E_VM_RUNNING_OR_SAVED. */
#define VM_E_VM_RUNNING_OR_SAVED_TEST ((HRESULT)0xA004020B)

/* The members as this model's IDL numbers them, and some it does not have. */
static const struct member app_members[] =
{
    { L"FindVirtualMachine", 7 }, { L"Name", 29 }, { L"UpTime", 34 }, { L"Version", 36 },
    { L"VirtualMachines", 37 },
    { L"AvailableSystemCapacity", DISPID_UNKNOWN },  /* Virtual Server only */
};

static const struct member vm_members[] =
{
    { L"Accountant", 26 }, { L"ConfigID", 33 }, { L"Memory", 45 }, { L"Notes", 49 },
    { L"State", 56 },
    { L"AccountName", DISPID_UNKNOWN },  /* Virtual Server only */
};

/* Seven properties; none of Virtual Server's. */
static const struct member accountant_members[] =
{
    { L"CPUUtilization", 1 }, { L"CPUUtilizationHistory", 2 }, { L"DiskBytesRead", 3 },
    { L"DiskBytesWritten", 4 }, { L"NetworkBytesReceived", 5 }, { L"NetworkBytesSent", 6 },
    { L"UpTime", 7 },
    { L"RelativeWeight", DISPID_UNKNOWN }, { L"ReservedSystemCapacity", DISPID_UNKNOWN },
    { L"MaximumSystemCapacity", DISPID_UNKNOWN },
    { L"AllowableMaximumSystemCapacity", DISPID_UNKNOWN },
    { L"AllowableReservedSystemCapacity", DISPID_UNKNOWN },
    { L"SetSchedulingParameters", DISPID_UNKNOWN },
};

static const struct member task_members[] =
{
    { L"Cancel", 1 }, { L"WaitForCompletion", 2 }, { L"Description", 3 }, { L"Error", 4 },
    { L"ErrorDescription", 5 }, { L"ID", 6 }, { L"IsCancelable", 7 }, { L"IsComplete", 8 },
    { L"PercentCompleted", 9 }, { L"Result", 10 },
};

#include "model_tests.h"

#define MODEL_LIBID LIBID_VirtualPC
#define MODEL_INTERFACES vpc_interfaces
#define MODEL_TYPELIB_TABLES "vpc_typelib.h"
#include "model_typelib.h"
#include "model_host_tests.h"

/* Windows Virtual PC's IVMHostInfo has no host disks. */
static void check_model_hostinfo(IVMHostInfo *info)
{
    check_unknown_name((IDispatch *)info, L"HostDrives");
    check_unknown_name((IDispatch *)info, L"GetHostDriveSize");
}

static void check_model_network(IVMVirtualNetwork *net, LONG index)
{
    LONG id = -1;
    HRESULT hr;

    hr = IVMVirtualNetwork__ID(net, &id);
    ok(hr == S_OK && id == index, "Got hr %#x, %d.\n", (unsigned)hr, (int)id);
    check_not_supported(IVMVirtualNetwork_get_MediaType(net, &id), L"IVMVirtualNetwork::MediaType");
    check_unknown_name((IDispatch *)net, L"DHCPVirtualNetworkServer");
}

/* The lab's one USB device, passed through to Windows Server 2003. */
static void test_usb_devices(void)
{
    IVMUSBDeviceCollection *coll = NULL;
    IVMUSBDevice *dev = NULL;
    VMUSBDeviceClassEnum device_class;
    EXCEPINFO excepinfo;
    LONG count = -1, value;
    VARIANT v, arg;
    BSTR str;
    HRESULT hr;
    IVMVirtualPC *vpc;

    if (!(vpc = create_app_for(INVENTORY_URI))) return;
    hr = IVMVirtualPC_get_USBDeviceCollection(vpc, &coll);
    ok(hr == S_OK && coll, "Got hr %#x, %p.\n", (unsigned)hr, coll);
    if (!coll) goto done;
    check_object(coll, &IID_IVMUSBDeviceCollection, &CLSID_VMUSBDeviceCollection);
    check_object_members(coll, &IID_IVMUSBDeviceCollection);
    hr = IVMUSBDeviceCollection_get_Count(coll, &count);
    ok(hr == S_OK && count == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
    hr = IVMUSBDeviceCollection_get_Item(coll, 0, &dev);
    ok(hr == DISP_E_BADINDEX && !dev, "Got hr %#x, %p.\n", (unsigned)hr, dev);
    hr = IVMUSBDeviceCollection_get_Item(coll, 1, &dev);
    ok(hr == S_OK && dev, "Got hr %#x, %p.\n", (unsigned)hr, dev);
    if (dev)
    {
        check_object(dev, &IID_IVMUSBDevice, &CLSID_VMUSBDevice);
        check_object_members(dev, &IID_IVMUSBDevice);
        str = NULL;
        hr = IVMUSBDevice_get_ManufacturerString(dev, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"SanDisk Corp.");
        SysFreeString(str);
        str = NULL;
        hr = IVMUSBDevice_get_DeviceString(dev, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"Cruzer Blade");
        SysFreeString(str);
        str = NULL;
        hr = IVMUSBDevice_get_AttachedToVM(dev, &str);
        ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
        check_bstr(str, L"Windows Server 2003");
        SysFreeString(str);
        device_class = 0x55;
        hr = IVMUSBDevice_get_DeviceClass(dev, &device_class);
        ok(hr == S_OK && device_class == vmUSBDeviceClass_MassStorage, "Got hr %#x, %d.\n",
           (unsigned)hr, device_class);
        value = -1;
        hr = IVMUSBDevice_get_HubID(dev, &value);
        ok(hr == S_OK && value == 1, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        value = -1;
        hr = IVMUSBDevice_get_Port(dev, &value);
        ok(hr == S_OK && value == 4, "Got hr %#x, %d.\n", (unsigned)hr, (int)value);
        hr = invoke_get(dev, L"DeviceClass", &v);
        ok(hr == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == 8, "Got hr %#x, type %#x.\n",
           (unsigned)hr, V_VT(&v));
        check_null_pointer("ManufacturerString", IVMUSBDevice_get_ManufacturerString(dev, NULL));
        check_null_pointer("DeviceString", IVMUSBDevice_get_DeviceString(dev, NULL));
        check_null_pointer("AttachedToVM", IVMUSBDevice_get_AttachedToVM(dev, NULL));
        check_null_pointer("DeviceClass", IVMUSBDevice_get_DeviceClass(dev, NULL));
        check_null_pointer("HubID", IVMUSBDevice_get_HubID(dev, NULL));
        check_null_pointer("Port", IVMUSBDevice_get_Port(dev, NULL));
        IVMUSBDevice_Release(dev);
    }
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = 2;
    hr = invoke_id((IDispatch *)coll, DISPID_VALUE, DISPATCH_PROPERTYGET | DISPATCH_METHOD, &arg, 1,
                   &v, &excepinfo);
    check_excepinfo(hr, &excepinfo, DISP_E_BADINDEX, source, L"2", NULL);
    check_null_pointer("Count", IVMUSBDeviceCollection_get_Count(coll, NULL));
    check_null_pointer("Item", IVMUSBDeviceCollection_get_Item(coll, 1, NULL));
    IVMUSBDeviceCollection_Release(coll);
done:
    check_null_pointer("USBDeviceCollection", IVMVirtualPC_get_USBDeviceCollection(vpc, NULL));
    IVMVirtualPC_Release(vpc);

    /* test:///default has no USB device. */
    if ((vpc = create_app()))
    {
        coll = NULL;
        hr = IVMVirtualPC_get_USBDeviceCollection(vpc, &coll);
        count = -1;
        if (coll) IVMUSBDeviceCollection_get_Count(coll, &count);
        ok(hr == S_OK && !count, "Got hr %#x, %d.\n", (unsigned)hr, (int)count);
        if (coll) IVMUSBDeviceCollection_Release(coll);
        IVMVirtualPC_Release(vpc);
    }
}

static void check_model_hostinfo_null_pointers(IVMHostInfo *info)
{
}

static void check_model_app_host(IVMVirtualPC *vpc, const WCHAR *config_dir)
{
    LONG value;

    check_unknown_name((IDispatch *)vpc, L"DefaultVNConfigurationPath");
    check_unknown_name((IDispatch *)vpc, L"DefaultLocale");
    check_not_supported(IVMVirtualPC_get_MaximumNumberOfIDEBuses(vpc, &value),
                        L"IVMVirtualPC::MaximumNumberOfIDEBuses");
}

/* What only Windows Virtual PC has, for the tests of model_tests.h */

/* This IVMTask reports the task's error itself. */
static void check_task_null_pointers(IVMTask *task)
{
    check_null_pointer("Error", IVMTask_get_Error(task, NULL));
    check_null_pointer("ErrorDescription", IVMTask_get_ErrorDescription(task, NULL));
}

/* Nothing of its own to check here: the members only this application
 * object has are not implemented, and the accountant has only the seven
 * properties both products document. */

static void check_app_dispatch(IVMVirtualPC *vpc)
{
}

static void check_app_null_pointers(IVMVirtualPC *vpc)
{
}

static void check_accountant_null_pointers(IVMAccountant *acct)
{
}

static void check_accountant_unknown(IVMAccountant *acct, const WCHAR *name)
{
}

static void check_accountant_defaults_(const char *file, int line, IVMAccountant *acct,
                                       BOOL dispatch)
{
}

static void check_app_not_supported(IVMVirtualPC *vpc)
{
    LONG max;
    VARIANT v;
    BSTR str;

    str = NULL;
    check_not_supported(IVMVirtualPC_get_MinimumMemoryPerVM(vpc, &max),
                        L"IVMVirtualPC::MinimumMemoryPerVM");
    str = SysAllocString(L"C:\\a.vfd");
    check_not_supported(IVMVirtualPC_CreateFloppyDiskImage(vpc, str, vmFloppyDiskImage_HighDensity),
                        L"IVMVirtualPC::CreateFloppyDiskImage");
    SysFreeString(str);
    VariantInit(&v);
    check_not_supported(IVMVirtualPC_put_SearchPaths(vpc, v), L"IVMVirtualPC::SearchPaths");
}

static void check_vm_not_supported(IVMVirtualMachine *vm)
{
    BSTR str = NULL;

    check_not_supported(IVMVirtualMachine_get_RdpPipeName(vm, &str),
                        L"IVMVirtualMachine::RdpPipeName");
    SysFreeString(str);
}

/* Startup2 starts the VM with either option. */
static LONG run_second_startup_(const char *file, int line, IVMVirtualMachine *vm,
                                BOOL dispatch, const WCHAR *name)
{
    return run_lifecycle_(file, line, vm, L"Startup2",
                          dispatch ? vmStartupOption_FixParentTimestampMismatch
                                   : vmStartupOption_Normal,
                          dispatch, vmVMState_TurningOn, vmVMState_Running, name, source);
}

/* Startup2 knows two options: E_INVALIDARG, no task, nothing started. */
static void check_startup2_invalid_(const char *file, int line, IVMVirtualMachine *vm,
                                    LONG option)
{
    IVMTask *task = (IVMTask *)0xdeadbeef;
    EXCEPINFO excepinfo;
    HRESULT hr;

    hr = IVMVirtualMachine_Startup2(vm, option, &task);
    ok_(file, line)(hr == E_INVALIDARG, "Startup2(%d): unexpected hr %#x.\n", (int)option,
                    (unsigned)hr);
    ok_(file, line)(!task, "Startup2(%d): got task %p.\n", (int)option, task);
    check_vm_state_(file, line, vm, vmVMState_TurnedOff);

    hr = invoke_lifecycle_(file, line, vm, L"Startup2", option, &task, &excepinfo);
    ok_(file, line)(hr == DISP_E_EXCEPTION, "Startup2(%d): unexpected hr %#x.\n", (int)option,
                    (unsigned)hr);
    ok_(file, line)(excepinfo.scode == E_INVALIDARG, "Startup2(%d): got scode %#x.\n",
                    (int)option, (unsigned)excepinfo.scode);
    SysFreeString(excepinfo.bstrSource);
    SysFreeString(excepinfo.bstrDescription);
    SysFreeString(excepinfo.bstrHelpFile);
    if (task)
    {
        IVMTask_WaitForCompletion(task, -1);
        IVMTask_Release(task);
    }
    check_vm_state_(file, line, vm, vmVMState_TurnedOff);
}

static void check_model_lifecycle_errors_(const char *file, int line, IVMVirtualMachine *vm,
                                          VMVMState state, const WCHAR *name)
{
    if (state == vmVMState_Running)
        check_lifecycle_error_(file, line, vm, L"Startup2", vmStartupOption_Normal,
                               VM_E_VM_RUNNING, name, L"test:///default", state, source);
    check_lifecycle_null_(file, line, vm, L"Startup2", 0, state);
    if (state == vmVMState_TurnedOff)
    {
        check_startup2_invalid_(file, line, vm, 2);
        check_startup2_invalid_(file, line, vm, -1);
    }
}

static void check_task_error_(const char *file, int line, IVMTask *task, HRESULT error,
                              const WCHAR *name)
{
    VARIANT result;
    HRESULT hr;

    hr = invoke_get_(file, line, (IDispatch *)task, L"Error", &result);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_I4 && V_I4(&result) == error, "Got type %#x, %#x.\n",
                    V_VT(&result), V_I4(&result));
    hr = invoke_get_(file, line, (IDispatch *)task, L"ErrorDescription", &result);
    ok_(file, line)(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    ok_(file, line)(V_VT(&result) == VT_BSTR, "Got type %#x.\n", V_VT(&result));
    /* Empty on success; a failure names the VM and its host. */
    if (V_VT(&result) == VT_BSTR && error == S_OK) check_bstr_(file, line, V_BSTR(&result), L"");
    else if (V_VT(&result) == VT_BSTR)
        ok_(file, line)(contains_w(V_BSTR(&result), name) &&
                        contains_w(V_BSTR(&result), L"test:///default"), "Got %s.\n",
                        wine_dbgstr_w(V_BSTR(&result)));
    VariantClear(&result);
}

#include "inventory_tests.h"

/* The version members Windows Virtual PC adds, from libosinfo ("5.2"). */
static void check_guest_model_(const char *file, int line, IVMGuestOS *guest, BOOL running,
                               const WCHAR *name)
{
    GUESTOSVERSIONINFOEX *info;
    HRESULT hr;
    BSTR str;

    if (!running)
    {
        clear_error_info();
        str = (BSTR)0xdeadbeef;
        check_vm_error_(file, line, IVMGuestOS_get_OSVersion(guest, &str), VM_E_VM_NOT_RUNNING,
                        name);
        ok_(file, line)(!str, "Got %p.\n", str);
        info = (GUESTOSVERSIONINFOEX *)0xdeadbeef;
        hr = IVMGuestOS_GetOsVersionInfo(guest, &info);
        ok_(file, line)(hr == VM_E_VM_NOT_RUNNING && !info, "Got hr %#x, %p.\n", (unsigned)hr, info);
        check_null_pointer_(file, line, "get_OSVersion", IVMGuestOS_get_OSVersion(guest, NULL));
        check_null_pointer_(file, line, "get_OSMajorVersion", IVMGuestOS_get_OSMajorVersion(guest, NULL));
        check_null_pointer_(file, line, "get_OSMinorVersion", IVMGuestOS_get_OSMinorVersion(guest, NULL));
        check_null_pointer_(file, line, "GetOsVersionInfo", IVMGuestOS_GetOsVersionInfo(guest, NULL));
        check_null_pointer_(file, line, "get_ComputerName", IVMGuestOS_get_ComputerName(guest, NULL));
        return;
    }
    hr = IVMGuestOS_get_OSVersion(guest, &str);
    check_vm_bstr_(file, line, hr, str, L"5.2");
    hr = IVMGuestOS_get_OSMajorVersion(guest, &str);
    check_vm_bstr_(file, line, hr, str, L"5");
    hr = IVMGuestOS_get_OSMinorVersion(guest, &str);
    check_vm_bstr_(file, line, hr, str, L"2");
    check_invoke_bstr_(file, line, (IDispatch *)guest, L"OSMinorVersion", L"2");
    info = NULL;
    hr = IVMGuestOS_GetOsVersionInfo(guest, &info);
    ok_(file, line)(hr == S_OK && info, "Got hr %#x.\n", (unsigned)hr);
    if (info)
    {
        ok_(file, line)(info->dwOSVersionInfoSize == sizeof(*info), "Got size %d.\n",
                        (int)info->dwOSVersionInfoSize);
        ok_(file, line)(info->dwMajorVersion == 5 && info->dwMinorVersion == 2, "Got %d.%d.\n",
                        (int)info->dwMajorVersion, (int)info->dwMinorVersion);
        CoTaskMemFree(info);
    }
    /* Only the guest agent knows them; wine-vpc's connections are read-only. */
    clear_error_info();
    check_vm_error_(file, line, IVMGuestOS_get_OSBuildNumber(guest, &str),
                    VM_E_ADDITIONS_FEATURE_NOT_AVAIL, name);
    clear_error_info();
    check_vm_error_(file, line, IVMGuestOS_get_ComputerName(guest, &str),
                    VM_E_ADDITIONS_FEATURE_NOT_AVAIL, name);
    check_not_supported(IVMGuestOS_get_CSDVersion(guest, &str), L"IVMGuestOS::CSDVersion");
}

static void check_vm_inventory_model_(const char *file, int line, IVMVirtualMachine *vm,
                                      const WCHAR *name)
{
    BSTR str = NULL;

    check_not_supported(IVMVirtualMachine_get_RdpPipeName(vm, &str),
                        L"IVMVirtualMachine::RdpPipeName");
}

/* Windows Virtual PC has no bus types and no SCSI controllers. */
static void check_devices_model_(const char *file, int line, IVMVirtualMachine *vm)
{
    check_unknown_name_(file, line, (IDispatch *)vm, L"SCSIControllers");
}

/* Forced or not, the request is the same (see vpc_guestos.c). */
#define guest_shutdown(guest, task) IVMGuestOS_Shutdown(guest, VARIANT_FALSE, task)

#include "writes_tests.h"
#define APP_EVENTS_IID IID_IVMVirtualPCEvents
#define APP_STATE_DISPID 2
#define VM_STATE_DISPID 11
#include "events_tests.h"
#include "keyboard_tests.h"

/* AddDVDROMDrive on IDE. */
#define add_dvd_drive(vm, bus, device, dvd) IVMVirtualMachine_AddDVDROMDrive(vm, bus, device, dvd)


#include "media_tests.h"

/* Windows Virtual PC's drives are on IDE only. */
static void check_media_model_(const char *file, int line, IVMVirtualMachine *vm,
                               virDomainPtr dom, const WCHAR *name, char **xml)
{
}

/* AddHardDiskConnection and SetBusLocation: IDE only. */
#define add_disk(vm, path, bus, device, connection) \
    IVMVirtualMachine_AddHardDiskConnection(vm, path, bus, device, connection)
#define set_drive_location(dvd, bus, device) IVMDVDDrive_SetBusLocation(dvd, bus, device)
#define set_disk_location(connection, bus, device) \
    IVMHardDiskConnection_SetBusLocation(connection, bus, device)

#include "disks_tests.h"
#include "vhd_tests.h"

/* Windows Virtual PC passes the host's USB devices through. */
#define TEST_USB_PASSTHROUGH
#include "ports_tests.h"

/* Windows Virtual PC has no SCSI controllers to add. */
static void check_disks_model_(const char *file, int line, IVMVirtualMachine *vm,
                               virDomainPtr dom, const WCHAR *name, char **xml)
{
    check_unknown_name_(file, line, (IDispatch *)vm, L"AddSCSIController");
    check_unknown_name_(file, line, (IDispatch *)vm, L"RemoveSCSIController");
    check_xml_unchanged_(file, line, dom, *xml);
}

/* Restart: refused when the VM is off, a task otherwise that leaves it
 * running. */
static void check_guest_restart_model_(const char *file, int line, IVMGuestOS *guest,
                                       virDomainPtr dom, const WCHAR *name)
{
    IVMTask *task;
    HRESULT hr;

    check_null_pointer_(file, line, "Restart", IVMGuestOS_Restart(guest, VARIANT_TRUE, NULL));
    clear_error_info();
    task = (IVMTask *)0xdeadbeef;
    check_vm_error_(file, line, IVMGuestOS_Restart(guest, VARIANT_FALSE, &task),
                    VM_E_VM_NOT_RUNNING, name);
    ok_(file, line)(!task, "Got %p.\n", task);

    start_domain(dom);
    wait_for_host();
    task = NULL;
    hr = IVMGuestOS_Restart(guest, VARIANT_TRUE, &task);
    ok_(file, line)(hr == S_OK && task, "Got hr %#x, %p.\n", (unsigned)hr, task);
    if (task)
    {
        wait_task_succeeded_(file, line, task, L"Restart", name);
        IVMTask_Release(task);
    }
    check_domain_state_(file, line, dom, VIR_DOMAIN_RUNNING);
    virDomainDestroy(dom);
}

/* Windows Virtual PC has no write of its own beyond the shared ones. */
static void check_config_writes_model_(const char *file, int line, IVMVirtualMachine *vm,
                                       virDomainPtr dom, const WCHAR *name)
{
}

START_TEST(vpc)
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
    test_lifecycle();
    test_lifecycle_errors();
    test_task();
    test_task_collection();
    test_task_failure();
    test_hostinfo();
    test_app_host_properties();
    test_networks();
    test_usb_devices();
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
    test_media_devices();
    test_disk_devices();
    test_disk_images();
    test_port_devices();
    test_usb_passthrough();

    cleanup_model_tests();
}
