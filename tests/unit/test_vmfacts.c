/*
 * Unit tests of a VM's inventory facts (libs/vpccore/vmfacts.c): the
 * domain XML rules, the paths, and the backend's answer for the inventory
 * lab (tests/labs/inventory.xml) under libvirt's test driver.
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "servicetest.h"
#include "vpcproto.h"

#define INVENTORY_URI "test://" LABS_DIR "/inventory.xml"

#define APP01 "7c3a51e2-0d4f-4b6a-9e21-5f0a1b2c3d01"
#define BUILD_OFF "7c3a51e2-0d4f-4b6a-9e21-5f0a1b2c3d02"
#define W2K3 "7c3a51e2-0d4f-4b6a-9e21-5f0a1b2c3d03"
#define XP_SAVED "7c3a51e2-0d4f-4b6a-9e21-5f0a1b2c3d04"

static void
factsOf(vpcService *service, const char *uri, vpcFactsList *list)
{
    vpcBuffer buf = { 0 };
    vpcReader rd;
    vpcError err;

    assert_int_equal(vpcServiceGetVMFacts(service, uri, 0, &buf, &err), 0);
    assert_false(buf.failed);
    vpcReaderInit(&rd, buf.data, buf.len);
    assert_int_equal(vpcReadFactsList(&rd, list), 0);
    assert_int_equal(rd.pos, rd.len);
    vpcBufferClear(&buf);
}


static const vpcVMFacts *
findFacts(const vpcFactsList *list, const char *uuid)
{
    const vpcVMFacts *facts = vpcFactsListFind(list, uuid);

    assert_non_null(facts);
    assert_true(facts->known);
    return facts;
}


static void
testLabScalars(void **state)
{
    vpcFactsList list;
    const vpcVMFacts *app, *off, *w2k3, *xp;

    factsOf(svc, INVENTORY_URI, &list);
    assert_int_equal(list.count, 4);
    app = findFacts(&list, APP01);
    off = findFacts(&list, BUILD_OFF);
    w2k3 = findFacts(&list, W2K3);
    xp = findFacts(&list, XP_SAVED);

    /* §2.1: a test driver file holds every definition. */
    assert_string_equal(app->file, LABS_DIR "/inventory.xml");
    assert_string_equal(xp->file, LABS_DIR "/inventory.xml");

    assert_string_equal(app->accountName, "vsadmin:kvm");
    assert_true(app->staticAccount);
    assert_string_equal(off->accountName, "");
    assert_false(off->staticAccount);

    assert_string_equal(app->biosSerial, "SN-APP01");
    assert_string_equal(app->baseBoardSerial, "BB-APP01");
    assert_string_equal(app->chassisSerial, "CH-APP01");
    assert_string_equal(app->chassisAsset, "ASSET-APP01");
    assert_string_equal(w2k3->biosSerial, "4512-9911-7716-3371");
    assert_string_equal(w2k3->chassisAsset, "ASSET-2003");
    assert_string_equal(off->biosSerial, "");
    assert_string_equal(xp->chassisSerial, "");

    /* §2.7: Skylake-Client, no <cpu>, pentium3, athlon. */
    assert_true(app->cpuFeaturesKnown);
    assert_int_equal(app->cpuFeatures, VPC_CPU_MMX | VPC_CPU_SSE | VPC_CPU_SSE2);
    assert_false(off->cpuFeaturesKnown);
    assert_true(w2k3->cpuFeaturesKnown);
    assert_int_equal(w2k3->cpuFeatures, VPC_CPU_MMX | VPC_CPU_SSE);
    assert_int_equal(xp->cpuFeatures, VPC_CPU_MMX | VPC_CPU_SSE | VPC_CPU_SSE2 | VPC_CPU_3DNOW);

    assert_int_equal(app->hostMhz, 2400);
    assert_true(app->acpi);
    assert_false(xp->acpi);
    assert_true(app->agentChannel);
    /* The test driver drops the channel's state (measured). */
    assert_int_equal(app->agentConnected, -1);
    assert_false(w2k3->agentChannel);

    assert_string_equal(app->osId, "http://ubuntu.com/ubuntu/22.04");
    assert_string_equal(app->osName, "Ubuntu 22.04 LTS");
    assert_string_equal(app->osVersion, "22.04");
    assert_string_equal(w2k3->osName, "Microsoft Windows Server 2003");
    assert_string_equal(w2k3->osVersion, "5.2");
    assert_string_equal(off->osId, "");
    assert_string_equal(off->osName, "");

    assert_int_equal(app->displayWidth, 1280);
    assert_int_equal(app->displayHeight, 800);
    assert_int_equal(off->displayWidth, 0);
    assert_true(app->absolutePointer);
    assert_false(w2k3->absolutePointer);
    assert_int_equal(w2k3->scsiControllers, 1);
    assert_int_equal(app->scsiControllers, 0);
    /* Index 0, through the backend's encoding. */
    assert_int_equal(w2k3->scsiIndexes, 0x1);
    assert_int_equal(app->scsiIndexes, 0);

    /* Live: the test driver cannot set autostart from a file; XP-SAVED has
     * a managed save, which the test driver keeps without a file. */
    assert_int_equal(app->autostart, 0);
    assert_null(app->savedStateFile);
    assert_non_null(xp->savedStateFile);
    assert_string_equal(xp->savedStateFile, "");

    vpcFactsListClear(&list);
}


static void
testLabDevices(void **state)
{
    vpcFactsList list;
    const vpcVMFacts *app, *w2k3;
    const vpcDriveFacts *d;

    factsOf(svc, INVENTORY_URI, &list);
    app = findFacts(&list, APP01);
    w2k3 = findFacts(&list, W2K3);

    assert_int_equal(app->ndrives, 3);
    assert_int_equal(app->drives[1].kind, VPC_DRIVE_DISK);
    assert_true(app->drives[1].transient);
    assert_false(app->drives[0].transient);
    assert_int_equal(app->drives[2].kind, VPC_DRIVE_CDROM);

    assert_int_equal(w2k3->ndrives, 4);
    d = &w2k3->drives[0];
    assert_int_equal(d->kind, VPC_DRIVE_DISK);
    assert_int_equal(d->bus, VPC_BUS_IDE);
    assert_int_equal(d->busNumber, 0);
    assert_int_equal(d->unit, 0);
    assert_string_equal(d->source, "/srv/lab/images/w2k3.vhd");
    assert_string_equal(d->format, "vpc");
    assert_int_equal(d->media, VPC_MEDIA_IMAGE);
    assert_true(d->sizeKnown);
    assert_int_equal(d->capacity, 1099506450432ULL);
    assert_int_equal(d->physical, 1099511627776ULL);
    /* The "images" pool: the test driver recomputes its allocation from its
     * volumes (none), so all of its 100 GiB are available (virsh pool-info). */
    assert_true(d->freeKnown);
    assert_int_equal(d->hostFree, 107374182400ULL);
    d = &w2k3->drives[1];
    assert_int_equal(d->kind, VPC_DRIVE_CDROM);
    assert_int_equal(d->busNumber, 1);
    assert_int_equal(d->unit, 0);
    d = &w2k3->drives[2];
    assert_int_equal(d->kind, VPC_DRIVE_FLOPPY);
    assert_int_equal(d->unit, 0);
    assert_string_equal(d->source, "/srv/lab/images/boot.vfd");
    d = &w2k3->drives[3];
    assert_int_equal(d->bus, VPC_BUS_SCSI);
    assert_int_equal(d->busNumber, 0);
    assert_int_equal(d->unit, 0);
    assert_string_equal(d->format, "raw");

    assert_int_equal(w2k3->nnics, 2);
    assert_string_equal(w2k3->nics[0].mac, "52:54:00:1a:03:01");
    assert_string_equal(w2k3->nics[0].network, "lab");
    assert_string_equal(w2k3->nics[1].type, "bridge");
    assert_string_equal(w2k3->nics[1].bridge, "br0");
    assert_false(w2k3->nics[1].linkDown);
    assert_true(findFacts(&list, BUILD_OFF)->nics[0].linkDown);

    assert_int_equal(w2k3->nserials, 2);
    assert_string_equal(w2k3->serials[0].type, "pty");
    assert_string_equal(w2k3->serials[1].type, "file");
    assert_string_equal(w2k3->serials[1].path, "/srv/lab/logs/w2k3-com2.log");
    assert_int_equal(w2k3->serials[1].port, 1);
    assert_int_equal(w2k3->nparallels, 1);
    assert_int_equal(w2k3->parallels[0].port, 0);

    vpcFactsListClear(&list);
}


/* A definition changed by someone else is read again: the DEFINED event
 * moves the generation the snapshot carries. */
static void
testInvalidatedByEvents(void **state)
{
    static const char xml[] =
        "<domain type='test'><name>facts-edit</name><memory>65536</memory>"
        "<os><type>hvm</type></os><devices/></domain>";
    char uuid[VIR_UUID_STRING_BUFLEN], xml2[512];
    vpcFactsList list;
    const vpcVMFacts *facts;
    const vpcVMRecord *rec;
    vpcSnapshot *snap;
    virDomainPtr dom;
    uint32_t before;
    bool changed = false;
    int tries;

    assert_non_null(dom = virDomainDefineXML(rw, xml));
    virDomainGetUUIDString(dom, uuid);
    snap = testSnapshotOf(svc, "test:///default");
    assert_non_null(rec = vpcSnapshotFindVM(snap, "test:///default", uuid, 0));
    before = rec->factsGeneration;
    vpcSnapshotFree(snap);

    factsOf(svc, "test:///default", &list);
    facts = findFacts(&list, uuid);
    assert_int_equal(facts->generation, before);
    assert_int_equal(facts->nserials, 0);
    /* test:///default keeps no file. */
    assert_string_equal(facts->file, "");
    vpcFactsListClear(&list);

    virDomainFree(dom);
    snprintf(xml2, sizeof(xml2),
             "<domain type='test'><name>facts-edit</name><uuid>%s</uuid><memory>65536</memory>"
             "<os><type>hvm</type></os><devices><serial type='null'/></devices></domain>", uuid);
    assert_non_null(dom = virDomainDefineXML(rw, xml2));
    /* Events arrive on libvirt's event thread: bounded wait. */
    for (tries = 0; tries < 100; tries++) {
        snap = testSnapshotOf(svc, "test:///default");
        rec = vpcSnapshotFindVM(snap, "test:///default", uuid, 0);
        changed = rec && rec->factsGeneration != before;
        vpcSnapshotFree(snap);
        if (changed)
            break;
        usleep(50000);
    }
    assert_true(changed);
    factsOf(svc, "test:///default", &list);
    facts = findFacts(&list, uuid);
    assert_int_equal(facts->nserials, 1);
    assert_string_equal(facts->serials[0].type, "null");
    vpcFactsListClear(&list);

    virDomainUndefine(dom);
    virDomainFree(dom);
}


static void
testPaths(void **state)
{
    char *path;

    path = vpcDomainConfigFile("qemu:///system", "WEB01");
    assert_string_equal(path, "/etc/libvirt/qemu/WEB01.xml");
    free(path);
    path = vpcDomainConfigFile("qemu+ssh://root@node2:2222/system", "WEB01");
    assert_string_equal(path, "/etc/libvirt/qemu/WEB01.xml");
    free(path);
    setenv("XDG_CONFIG_HOME", "/home/u/.cfg", 1);
    path = vpcDomainConfigFile("qemu:///session", "a");
    assert_string_equal(path, "/home/u/.cfg/libvirt/qemu/a.xml");
    free(path);
    path = vpcDomainConfigFile("test:///default", "test");
    assert_string_equal(path, "");
    free(path);
    path = vpcDomainConfigFile("test:///srv/lab.xml", "x");
    assert_string_equal(path, "/srv/lab.xml");
    free(path);
    path = vpcDomainConfigFile("xen:///system", "x");
    assert_string_equal(path, "");
    free(path);

    path = vpcManagedSaveFile("qemu:///system", "WEB01");
    assert_string_equal(path, "/var/lib/libvirt/qemu/save/WEB01.save");
    free(path);
    assert_null(vpcManagedSaveFile("test:///default", "x"));

    assert_null(vpcUriRemoteHost("qemu:///system"));
    assert_null(vpcUriRemoteHost("qemu+unix:///system?socket=/run/x"));
    path = vpcUriRemoteHost("qemu+ssh://root@node2:2222/system");
    assert_string_equal(path, "node2");
    free(path);
    path = vpcUriRemoteHost("qemu+tls://node3/system");
    assert_string_equal(path, "node3");
    free(path);
}


/* The heartbeat: connected 20 s of the last 60, observed for 60. */
static void
testAgentHistory(void **state)
{
    vpcAgentHistory history = { 0 };
    int i;

    assert_int_equal(vpcAgentHistoryPercent(&history, 1000), -1);
    vpcAgentHistoryNote(&history, 0, false);
    vpcAgentHistoryNote(&history, 0, false);    /* no change, no entry */
    assert_int_equal(history.count, 1);
    vpcAgentHistoryNote(&history, 100000, true);
    vpcAgentHistoryNote(&history, 120000, false);
    assert_int_equal(vpcAgentHistoryPercent(&history, 150000), 33);
    /* Observed for 30 s only, connected 10 of them. */
    memset(&history, 0, sizeof(history));
    vpcAgentHistoryNote(&history, 0, true);
    vpcAgentHistoryNote(&history, 10000, false);
    assert_int_equal(vpcAgentHistoryPercent(&history, 30000), 33);
    /* Old transitions fall out; the state in force at the minute's start stays. */
    for (i = 0; i < 40; i++)
        vpcAgentHistoryNote(&history, 20000 + i * 1000, i % 2 == 0);
    assert_true(history.count <= VPC_AGENT_HISTORY);
    assert_int_equal(vpcAgentHistoryPercent(&history, 200000), 0);
}


static void
testParseErrors(void **state)
{
    vpcVMFacts facts = { 0 };

    assert_int_equal(vpcVMFactsParseXML("<domain", &facts), -1);
    vpcVMFactsClear(&facts);
    /* An empty CD-ROM and a host drive; a disk without address. */
    assert_int_equal(vpcVMFactsParseXML(
        "<domain><devices>"
        "<disk type='file' device='cdrom'><target dev='hdd' bus='ide'/></disk>"
        "<disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='sdc' bus='scsi'/></disk>"
        "</devices></domain>", &facts), 0);
    assert_int_equal(facts.ndrives, 2);
    assert_int_equal(facts.drives[0].media, VPC_MEDIA_NONE);
    assert_int_equal(facts.drives[0].busNumber, 1);
    assert_int_equal(facts.drives[0].unit, 1);
    assert_int_equal(facts.drives[1].media, VPC_MEDIA_HOST_DRIVE);
    assert_string_equal(facts.drives[1].source, "/dev/sr0");
    assert_int_equal(facts.drives[1].unit, 2);
    vpcVMFactsClear(&facts);
}


int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(testLabScalars),
        cmocka_unit_test(testLabDevices),
        cmocka_unit_test(testInvalidatedByEvents),
        cmocka_unit_test(testPaths),
        cmocka_unit_test(testParseErrors),
        cmocka_unit_test(testAgentHistory),
    };

    return cmocka_run_group_tests(tests, testServiceSetup, testServiceTeardown);
}
