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
 * Restart, which Virtual Server lacks.
 */

static void check_guest_restart_model_(const char *file, int line, IVMGuestOS *guest,
                                       virDomainPtr dom, const WCHAR *name);
#define check_guest_restart_model(a, b, c) check_guest_restart_model_(__FILE__, __LINE__, a, b, c)

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
