/*
 * Unit tests of device discovery from domain XML.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "vpccore_private.h"

static const char domainXML[] =
    "<domain type='kvm'><name>x</name><devices>"
    "<disk type='file' device='disk'><source file='/a'/><target dev='vda' bus='virtio'/></disk>"
    "<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>"
    "<interface type='bridge'><mac address='52:54:00:aa:bb:01'/><target dev='vnet3'/></interface>"
    "<interface type='user'><mac address='52:54:00:aa:bb:02'/></interface>"
    "<interface type='user'/>"
    "</devices></domain>";

static void
test_devices_named_by_target_or_mac(void **state)
{
    vpcDeviceList nics = { 0 }, disks = { 0 };

    assert_int_equal(vpcDomainXMLDevices(domainXML, &nics, &disks), 0);
    assert_int_equal(nics.count, 3);
    assert_string_equal(nics.names[0], "vnet3");
    assert_string_equal(nics.names[1], "52:54:00:aa:bb:02");
    assert_string_equal(nics.names[2], "");      /* no name: no statistics */
    assert_int_equal(disks.count, 2);
    assert_string_equal(disks.names[0], "vda");
    assert_string_equal(disks.names[1], "hdc");
    vpcDeviceListClear(&nics);
    vpcDeviceListClear(&disks);
}

static void
test_no_devices_and_bad_xml(void **state)
{
    vpcDeviceList nics = { 0 }, disks = { 0 };

    assert_int_equal(vpcDomainXMLDevices("<domain><name>y</name></domain>", &nics, &disks), 0);
    assert_int_equal(nics.count, 0);
    assert_int_equal(disks.count, 0);
    assert_int_equal(vpcDomainXMLDevices("<domain><devices>", &nics, &disks), -1);
}

/* Our scheduling element comes with the devices, from the same description;
 * an element of another namespace or name is not ours. */
static void
test_scheduling_metadata_from_the_description(void **state)
{
    static const char withMeta[] =
        "<domain type='test'><name>m</name>"
        "<metadata><other:scheduling xmlns:other='urn:other' reserved='40'/>"
        "<vpcs:scheduling xmlns:vpcs='" VPC_SCHEDULING_NS "' reserved='12.5' weight='300'/>"
        "</metadata><devices>"
        "<disk type='file' device='disk'><target dev='vda' bus='virtio'/></disk>"
        "</devices></domain>";
    static const char otherOnly[] =
        "<domain><name>n</name><metadata>"
        "<other:scheduling xmlns:other='urn:other' reserved='40'/></metadata></domain>";
    vpcDeviceList nics = { 0 }, disks = { 0 };
    vpcSchedulingMetadata meta;

    assert_int_equal(vpcDomainXMLDescribe(withMeta, &nics, &disks, &meta), 0);
    assert_int_equal(disks.count, 1);
    assert_string_equal(disks.names[0], "vda");
    assert_true(meta.reserved == 12.5);
    assert_true(meta.weight == 300);
    assert_true(meta.maximum == -1);
    vpcDeviceListClear(&nics);
    vpcDeviceListClear(&disks);

    assert_int_equal(vpcDomainXMLDescribe(otherOnly, &nics, &disks, &meta), 0);
    assert_true(meta.reserved == -1 && meta.maximum == -1 && meta.weight == -1);
    assert_int_equal(vpcDomainXMLDescribe(domainXML, &nics, &disks, NULL), 0);
    assert_int_equal(nics.count, 3);
    vpcDeviceListClear(&nics);
    vpcDeviceListClear(&disks);
}

static void
test_process_start_time_from_procfs(void **state)
{
    char root[] = "/tmp/vpcprocXXXXXX";
    char path[256];
    int64_t startMs;
    FILE *f;

    assert_non_null(mkdtemp(root));
    snprintf(path, sizeof(path), "%s/stat", root);
    f = fopen(path, "w");
    fputs("cpu  1 2 3\nbtime 1700000000\nprocesses 5\n", f);
    fclose(f);
    snprintf(path, sizeof(path), "%s/4242", root);
    mkdir(path, 0755);
    snprintf(path, sizeof(path), "%s/4242/stat", root);
    f = fopen(path, "w");
    /* comm with a space and a parenthesis; starttime (field 22) = 12345 ticks */
    fputs("4242 (qemu (x) y) S 1 4242 4242 0 -1 4194560 1 0 0 0 7 8 0 0 20 0 3 0 12345 "
          "100 200 18446744073709551615\n", f);
    fclose(f);

    assert_int_equal(vpcProcessStartRealtimeMs(root, 4242, 100, &startMs), 0);
    assert_true(startMs == 1700000000LL * 1000 + 123450);
    assert_int_equal(vpcProcessStartRealtimeMs(root, 4243, 100, &startMs), -1);

    snprintf(path, sizeof(path), "rm -rf '%s'", root);
    assert_int_equal(system(path), 0);
}

static void
test_local_qemu_pid_files(void **state)
{
    static const struct {
        const char *uri;
        const char *path;
    } cases[] = {
        { "qemu:///system", "/run/libvirt/qemu/vm1.pid" },
        { "qemu+unix:///system?socket=/tmp/d/libvirt-sock", "/run/libvirt/qemu/vm1.pid" },
        { "qemu:///session", "/run/user/7/libvirt/qemu/run/vm1.pid" },
        { "qemu+unix:///session?socket=/x", "/run/user/7/libvirt/qemu/run/vm1.pid" },
        { "qemu+ssh://host/system", NULL },
        { "qemu+tcp:///system", NULL },
        { "qemu:///systemd", NULL },
        { "test:///default", NULL },
        { "", NULL },
    };
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *path = vpcQemuPidFilePath(cases[i].uri, "vm1", "/run/user/7");

        if (cases[i].path)
            assert_string_equal(path, cases[i].path);
        else
            assert_null(path);
        free(path);
    }
    assert_null(vpcQemuPidFilePath("qemu:///session", "vm1", NULL));
}

static void
test_scheduling_metadata_round_trip(void **state)
{
    vpcSchedulingMetadata meta = { 12.5, 25, -1 }, back;
    char *xml = vpcSchedulingXMLFormat(&meta);

    assert_string_equal(xml, "<scheduling reserved='12.5' maximum='25'/>");
    assert_int_equal(vpcSchedulingXMLParse(xml, &back), 0);
    assert_true(back.reserved == 12.5 && back.maximum == 25 && back.weight == -1);
    free(xml);

    assert_int_equal(vpcSchedulingXMLParse("<scheduling weight='300' reserved='x'/>", &back), 0);
    assert_true(back.weight == 300 && back.reserved == -1 && back.maximum == -1);
    assert_int_equal(vpcSchedulingXMLParse("<other reserved='5'/>", &back), 0);
    assert_true(back.reserved == -1);
    assert_int_equal(vpcSchedulingXMLParse("<scheduling", &back), -1);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_devices_named_by_target_or_mac),
        cmocka_unit_test(test_no_devices_and_bad_xml),
        cmocka_unit_test(test_scheduling_metadata_from_the_description),
        cmocka_unit_test(test_process_start_time_from_procfs),
        cmocka_unit_test(test_local_qemu_pid_files),
        cmocka_unit_test(test_scheduling_metadata_round_trip),
    };

    return cmocka_run_group_tests_name("domxml", tests, NULL, NULL);
}
