/*
 * Host facts: what the inventory lab's host reports, through the local
 * and the remote backend (one round trip), the parsers' edge cases, and
 * the cache.
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

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchostfacts.h"

#define INVENTORY_URI "test://" LABS_DIR "/inventory.xml"

#include "loopbacktest.h"

static void
check_lab_facts(const vpcHostFacts *facts)
{
    size_t i;

    assert_string_equal(facts->displayUri, INVENTORY_URI);
    assert_true(facts->local);
    assert_string_equal(facts->remoteHost, "");
    assert_null(facts->nodeInfoMissing);
    assert_int_equal(facts->memoryKiB, 16777216);
    assert_int_equal(facts->cpus, 16);
    assert_int_equal(facts->mhz, 2400);
    assert_int_equal(facts->nodes, 1);
    assert_int_equal(facts->sockets, 2);
    assert_int_equal(facts->cores, 4);
    assert_int_equal(facts->threads, 2);
    /* A custom file has no NUMA cells: the test driver has no free memory. */
    assert_non_null(facts->freeMemoryMissing);
    assert_non_null(strstr(facts->freeMemoryMissing, "free memory"));
    /* Its host CPU has no model; its SMBIOS has no processor. */
    assert_non_null(facts->cpuFeaturesMissing);
    assert_int_equal(facts->cpuFeatures.count, 0);
    assert_null(facts->processorManufacturer);
    assert_null(facts->processorVersion);
    /* This machine's OS: it is local. */
    assert_null(facts->osMissing);
    assert_non_null(facts->osName);
    assert_non_null(facts->osRelease);

    assert_int_equal(facts->interfaces.count, 2);
    assert_string_equal(facts->interfaces.items[0], "br0");
    assert_string_equal(facts->interfaces.items[1], "eno1");
    assert_string_equal(facts->interfaceAddresses.items[0], "10.20.31.1");
    assert_string_equal(facts->interfaceAddresses.items[1], "10.20.30.40");

    assert_int_equal(facts->ndrives, 3);
    assert_int_equal(facts->drives[0].kind, VPC_HOST_DRIVE_FLOPPY);    /* block_fd0 */
    assert_string_equal(facts->drives[0].path, "/dev/fd0");
    assert_int_equal(facts->drives[1].kind, VPC_HOST_DRIVE_DISK);      /* block_sda */
    assert_string_equal(facts->drives[1].path, "/dev/sda");
    assert_true(facts->drives[1].sizeBytes == 512110190592ULL);
    assert_int_equal(facts->drives[2].kind, VPC_HOST_DRIVE_DVD);       /* block_sr0 */
    assert_string_equal(facts->drives[2].path, "/dev/sr0");
    assert_true(facts->drives[2].sizeBytes == 0);

    assert_int_equal(facts->searchPaths.count, 2);
    assert_string_equal(facts->searchPaths.items[0], "/srv/lab/images");
    assert_string_equal(facts->searchPaths.items[1], "/srv/lab/iso");
    assert_string_equal(facts->vmConfigDir, LABS_DIR "/");
    assert_string_equal(facts->vnConfigDir, LABS_DIR "/");
    assert_string_equal(facts->definitionFile, LABS_DIR "/inventory.xml");
    assert_string_equal(facts->driverType, "TEST");
    assert_string_equal(facts->driverVersion, "0.0.2");

    assert_int_equal(facts->nnetworks, 2);
    assert_string_equal(facts->networks[0].name, "isolated");
    assert_string_equal(facts->networks[0].bridge, "virbr-iso");
    assert_string_equal(facts->networks[0].forwardMode, "");
    assert_string_equal(facts->networks[0].address, "10.0.9.1");
    assert_string_equal(facts->networks[0].netmask, "255.255.255.0");
    assert_false(facts->networks[0].dhcp);
    assert_string_equal(facts->networks[0].rangeStart, "");
    assert_string_equal(facts->networks[1].name, "lab");
    assert_string_equal(facts->networks[1].bridge, "virbr-lab");
    assert_string_equal(facts->networks[1].forwardMode, "nat");
    assert_string_equal(facts->networks[1].hostAdapter, "");
    assert_string_equal(facts->networks[1].address, "192.168.50.1");
    assert_true(facts->networks[1].dhcp);
    assert_string_equal(facts->networks[1].rangeStart, "192.168.50.100");
    assert_string_equal(facts->networks[1].rangeEnd, "192.168.50.199");
    assert_true(facts->networks[1].dnsEnabled);
    assert_int_equal(facts->networks[1].leaseSeconds, -1);

    assert_int_equal(facts->nusb, 1);
    assert_string_equal(facts->usb[0].name, "usb_1_4");
    assert_string_equal(facts->usb[0].product, "Cruzer Blade");
    assert_string_equal(facts->usb[0].vendor, "SanDisk Corp.");
    assert_int_equal(facts->usb[0].vendorId, 0x0781);
    assert_int_equal(facts->usb[0].productId, 0x5567);
    assert_int_equal(facts->usb[0].bus, 1);
    assert_int_equal(facts->usb[0].device, 4);
    assert_int_equal(facts->usb[0].deviceClass, 8);
    assert_string_equal(facts->usb[0].attachedTo, "Windows Server 2003");

    /* APP01 SPICE, Windows Server 2003 VNC, XP-SAVED VNC; build-off none. */
    assert_int_equal(facts->nconsoles, 3);
    assert_string_equal(facts->consoles[0].domain, "APP01");
    assert_string_equal(facts->consoles[0].protocol, "spice");
    assert_string_equal(facts->consoles[0].listen, "127.0.0.1");
    assert_string_equal(facts->consoles[1].domain, "Windows Server 2003");
    assert_string_equal(facts->consoles[1].protocol, "vnc");
    assert_string_equal(facts->consoles[1].listen, "127.0.0.1");
    assert_string_equal(facts->consoles[2].domain, "XP-SAVED");
    assert_string_equal(facts->consoles[2].listen, "0.0.0.0");
    for (i = 0; i < facts->nconsoles; i++)
        assert_non_null(facts->consoles[i].protocol);
}

static void
test_lab_host(void **state)
{
    vpcHostFacts *a = NULL, *b = NULL;
    vpcError err;

    assert_int_equal(vpcBackendHostFacts(local, INVENTORY_URI, &a, &err), 0);
    check_lab_facts(a);
    roundTrips = 0;
    assert_int_equal(vpcBackendHostFacts(remote, INVENTORY_URI, &b, &err), 0);
    assert_int_equal(roundTrips, 1);
    check_lab_facts(b);
    assert_string_equal(a->osName, b->osName);
    vpcHostFactsFree(a);
    vpcHostFactsFree(b);
}

static void
test_unreachable_host(void **state)
{
    vpcHostFacts *facts = (vpcHostFacts *)0xdeadbeef;
    vpcError err;

    assert_int_equal(vpcBackendHostFacts(remote, "test+unix:///default?socket=/nonexistent",
                                         &facts, &err), -1);
    assert_null(facts);
    assert_int_equal(err.code, VPC_ERR_HOST_UNAVAILABLE);
}

static void
test_truncated_answer(void **state)
{
    vpcHostFacts *facts = NULL;
    vpcError err;
    size_t cut;

    /* Wherever the answer is cut, it is a backend error, never a crash. */
    for (cut = 4; cut < 400; cut += 7) {
        truncateTo = cut;
        assert_int_equal(vpcBackendHostFacts(remote, INVENTORY_URI, &facts, &err), -1);
        assert_null(facts);
        assert_int_equal(err.code, VPC_ERR_BACKEND);
    }
    truncateTo = 0;
}

/* What changes on the host shows in the facts a later script fetches
 * (events renew them; the age bound at the latest). */
static bool
wait_for_facts(const char *network, const char *console_domain, bool present)
{
    int tries;

    for (tries = 0; tries < 200; tries++) {
        vpcHostFacts *facts = NULL;
        bool has_network = false, has_console = false;
        vpcError err;
        size_t i;

        assert_int_equal(vpcBackendHostFacts(remote, "test:///default", &facts, &err), 0);
        for (i = 0; i < facts->nnetworks; i++)
            has_network |= !strcmp(facts->networks[i].name, network);
        for (i = 0; i < facts->nconsoles; i++)
            has_console |= !strcmp(facts->consoles[i].domain, console_domain);
        vpcHostFactsFree(facts);
        if (has_network == present && has_console == present)
            return true;
        usleep(50000);
    }
    return false;
}

static void
test_changes_are_seen(void **state)
{
    virConnectPtr conn = virConnectOpen("test:///default");
    virNetworkPtr net;
    virDomainPtr dom;

    assert_non_null(conn);
    assert_true(wait_for_facts("facts-net", "facts-vm", false));
    net = virNetworkDefineXML(conn, "<network><name>facts-net</name>"
                              "<bridge name='virbr-facts'/></network>");
    dom = virDomainDefineXML(conn, "<domain type='test'><name>facts-vm</name>"
                             "<memory>65536</memory><os><type>hvm</type></os><devices>"
                             "<graphics type='vnc' listen='0.0.0.0'/></devices></domain>");
    assert_non_null(net);
    assert_non_null(dom);
    assert_true(wait_for_facts("facts-net", "facts-vm", true));
    assert_int_equal(virNetworkUndefine(net), 0);
    assert_int_equal(virDomainUndefine(dom), 0);
    assert_true(wait_for_facts("facts-net", "facts-vm", false));
    virNetworkFree(net);
    virDomainFree(dom);
    virConnectClose(conn);
}

static void
test_uri_rules(void **state)
{
    static const struct {
        const char *uri;
        bool local;
        const char *remote, *vm, *vn;
    } cases[] = {
        { "qemu:///system", true, "", "/etc/libvirt/qemu/", "/etc/libvirt/qemu/networks/" },
        { "qemu:///session", true, "", "/xdg/libvirt/qemu/", "/xdg/libvirt/qemu/networks/" },
        { "qemu+ssh://admin@node2:2222/system", false, "node2", "/etc/libvirt/qemu/",
          "/etc/libvirt/qemu/networks/" },
        { "qemu+ssh://node2/session", false, "node2", "", "" },
        { "qemu+unix:///system?socket=/run/x", true, "", "/etc/libvirt/qemu/",
          "/etc/libvirt/qemu/networks/" },
        { "test:///default", true, "", "", "" },
        { "test:///srv/labs/a.xml", true, "", "/srv/labs/", "/srv/labs/" },
        { "xen:///system", true, "", "", "" },
    };
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        vpcHostFacts *facts = calloc(1, sizeof(*facts));

        assert_int_equal(vpcHostFactsFromURI(facts, cases[i].uri, "/home/u", "/xdg"), 0);
        assert_int_equal(facts->local, cases[i].local);
        assert_string_equal(facts->remoteHost, cases[i].remote);
        assert_string_equal(facts->vmConfigDir, cases[i].vm);
        assert_string_equal(facts->vnConfigDir, cases[i].vn);
        assert_string_equal(facts->definitionFile,
                            strcmp(cases[i].uri, "test:///srv/labs/a.xml") ? "" : "/srv/labs/a.xml");
        vpcHostFactsFree(facts);
    }
}

static void
test_parsers(void **state)
{
    vpcHostFacts *facts = calloc(1, sizeof(*facts));
    vpcHostNetwork net;
    char *cpu = NULL, *text;

    /* os-release: quoted, escaped, unquoted. */
    assert_int_equal(vpcHostFactsParseOSRelease(facts, "NAME=x\nPRETTY_NAME=\"Debian \\\"12\\\"\"\n"), 0);
    assert_string_equal(facts->osName, "Debian \"12\"");
    assert_int_equal(vpcHostFactsParseOSRelease(facts, "PRETTY_NAME=Plain\nX=1"), 0);
    assert_string_equal(facts->osName, "Plain");

    /* A host CPU with a model: its XML goes to the baseline; the vendor is
     * the manufacturer until SMBIOS says otherwise. */
    assert_int_equal(vpcHostFactsParseCapabilities(facts,
            "<capabilities><host><cpu><arch>x86_64</arch><model>Skylake-Client</model>"
            "<vendor>Intel</vendor><feature name='vmx'/></cpu></host></capabilities>", &cpu), 0);
    assert_non_null(cpu);
    assert_non_null(strstr(cpu, "<model>Skylake-Client</model>"));
    assert_string_equal(facts->processorManufacturer, "Intel");
    free(cpu);
    assert_int_equal(vpcHostFactsParseSysinfo(facts,
            "<sysinfo type='smbios'><processor><entry name='manufacturer'>Intel(R) Corporation"
            "</entry><entry name='version'>Intel(R) Core(TM) i7</entry></processor></sysinfo>"), 0);
    assert_string_equal(facts->processorManufacturer, "Intel(R) Corporation");
    assert_string_equal(facts->processorVersion, "Intel(R) Core(TM) i7");
    assert_int_equal(vpcHostFactsParseBaseline(facts,
            "<cpu><model>x</model><feature policy='require' name='sse2'/>"
            "<feature policy='disable' name='3dnow'/><feature name='mmx'/></cpu>"), 0);
    assert_int_equal(facts->cpuFeatures.count, 2);
    assert_string_equal(facts->cpuFeatures.items[0], "sse2");
    assert_string_equal(facts->cpuFeatures.items[1], "mmx");

    /* A network with a prefix, a lease, DNS off and a forward device. */
    assert_int_equal(vpcHostFactsParseNetwork(&net,
            "<network><name>n</name><forward mode='route' dev='eth9'/>"
            "<dns enable='no'/><ip address='10.1.0.1' prefix='20'><dhcp>"
            "<range start='10.1.0.10' end='10.1.0.20'><lease expiry='2' unit='hours'/></range>"
            "</dhcp></ip></network>"), 0);
    assert_string_equal(net.forwardMode, "route");
    assert_string_equal(net.hostAdapter, "eth9");
    assert_string_equal(net.netmask, "255.255.240.0");
    assert_string_equal(net.bridge, "");
    assert_false(net.dnsEnabled);
    assert_int_equal(net.leaseSeconds, 7200);
    free(net.name); free(net.bridge); free(net.forwardMode); free(net.hostAdapter);
    free(net.address); free(net.netmask); free(net.rangeStart); free(net.rangeEnd);
    /* Not XML at all. */
    assert_int_equal(vpcHostFactsParseNetwork(&net, "<network"), -1);

    /* USB pass-through by address: a device of another bus stays free. */
    {
        vpcUSBInterfaceList none = { 0 };

        assert_int_equal(vpcHostFactsParseNodeDevice(facts,
                "<device><name>usb_2_3</name><capability type='usb_device'><bus>2</bus>"
                "<device>3</device><product id='0x1'>P</product><vendor id='0x2'>V</vendor>"
                "</capability></device>", &none), 0);
        assert_int_equal(vpcHostFactsParseNodeDevice(facts,
                "<device><name>usb_2_4</name><capability type='usb_device'><bus>2</bus>"
                "<device>4</device><product id='0x1'>P</product><vendor id='0x2'>V</vendor>"
                "</capability></device>", &none), 0);
        vpcHostFactsFinishUSB(facts, &none);
        assert_int_equal(vpcHostFactsParseDomain(facts, "vm1",
                "<domain><devices><hostdev mode='subsystem' type='usb'><source>"
                "<address bus='2' device='4'/></source></hostdev>"
                "<graphics type='vnc'><listen type='address' address='::'/></graphics>"
                "</devices></domain>"), 0);
        assert_string_equal(facts->usb[0].attachedTo, "");
        assert_string_equal(facts->usb[1].attachedTo, "vm1");
        assert_int_equal(facts->usb[1].deviceClass, -1);
        assert_int_equal(facts->nconsoles, 1);
        assert_string_equal(facts->consoles[0].listen, "::");
    }

    text = vpcHostFactsInterfaceAddress("<interface name='lo'/>");
    assert_string_equal(text, "");
    free(text);
    assert_null(vpcHostFactsPoolPath("<pool><name>x</name></pool>"));
    vpcHostFactsFree(facts);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lab_host),
        cmocka_unit_test(test_unreachable_host),
        cmocka_unit_test(test_truncated_answer),
        cmocka_unit_test(test_changes_are_seen),
        cmocka_unit_test(test_uri_rules),
        cmocka_unit_test(test_parsers),
    };

    return cmocka_run_group_tests(tests, loopbackSetup, loopbackTeardown);
}
