/*
 * The cold path: a host's first sample answers the questions asked while it
 * was taken, and the scheduling facts of domains are read only when a
 * request needs them, from the sampling's descriptions where it has them,
 * and again after an event changed them.
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
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include "servicetest.h"

/* What the core logged, from every thread. */
static pthread_mutex_t logLock = PTHREAD_MUTEX_INITIALIZER;
static char logged[65536];

static void
keepLog(vpcLogLevel level, const char *message)
{
    (void)level;
    pthread_mutex_lock(&logLock);
    snprintf(logged + strlen(logged), sizeof(logged) - strlen(logged), "%s\n", message);
    pthread_mutex_unlock(&logLock);
}

static void
clearLog(void)
{
    pthread_mutex_lock(&logLock);
    logged[0] = '\0';
    pthread_mutex_unlock(&logLock);
}

/* How many logged lines contain both 'a' and 'b'. */
static int
countLogged(const char *a, const char *b)
{
    const char *line;
    int count = 0;

    pthread_mutex_lock(&logLock);
    for (line = logged; *line; ) {
        const char *end = strchr(line, '\n');
        char copy[1024];
        size_t len = end ? (size_t)(end - line) : strlen(line);

        snprintf(copy, sizeof(copy), "%.*s", (int)len, line);
        if (strstr(copy, a) && strstr(copy, b))
            count++;
        line += len + (end ? 1 : 0);
    }
    pthread_mutex_unlock(&logLock);
    return count;
}

static const vpcVMRecord *
findByName(const vpcSnapshot *snap, const char *name)
{
    size_t i;

    for (i = 0; i < snap->nvms; i++)
        if (strcmp(snap->vms[i].name, name) == 0)
            return &snap->vms[i];
    return NULL;
}

static int
coldSetup(void **state)
{
    vpcSetLogFunc(keepLog);
    return testServiceSetup(state);
}

static int
coldTeardown(void **state)
{
    int rc = testServiceTeardown(state);

    vpcSetLogFunc(NULL);
    return rc;
}

/* A service of its own, with no regular sample while a test runs. */
static vpcService *
quietService(int pollDelayMs)
{
    vpcService *service;
    vpcConfig config;

    vpcConfigInit(&config);
    config.test.sampleIntervalMs = 5000;
    config.hostTimeoutMs = 5000;
    config.test.pollDelayMs = pollDelayMs;
    assert_non_null(service = vpcServiceNew(&config));
    return service;
}

/* The first question of a cold host is answered by one complete sample,
 * whose CPU times were read twice, and not by a second one: the test
 * driver's CPU time is the wall clock, so a running VM of 2 vCPUs shows
 * 50 % at once. */
static void
test_first_sample_answers_with_a_utilization(void **state)
{
    vpcService *service = quietService(0);
    vpcSnapshot *snap;
    const vpcVMRecord *web;

    clearLog();
    snap = testSnapshotOf(service, LAB_URI);
    assert_int_equal(countLogged("sample of", "(complete)"), 1);
    assert_int_equal(countLogged("sample of", "(CPU times only)"), 1);
    assert_non_null(web = findByName(snap, "WEB01"));
    assert_true(web->running);
    assert_int_equal(web->vcpus, 2);
    assert_int_equal(web->cpuUtilization, 50);
    assert_int_equal(web->history[VPC_HISTORY_SECONDS - 1], 50);
    assert_true(web->counters.netTx > 0);
    vpcSnapshotFree(snap);

    /* Asked again at once: the same sample, nothing more asked of libvirt. */
    snap = testSnapshotOf(service, LAB_URI);
    assert_int_equal(countLogged("sample of", "(complete)"), 1);
    assert_int_equal(countLogged("sample of", ""), 2);
    vpcSnapshotFree(snap);
    vpcServiceFree(service);
}

typedef struct {
    vpcService *service;
    vpcSnapshot *snap;
} snapshotJob;

static void *
snapshotThread(void *opaque)
{
    snapshotJob *job = opaque;
    vpcHostList hosts = { 0 };

    if (vpcHostListAdd(&hosts, LAB_URI) == 0)
        vpcServiceSnapshot(job->service, &hosts, VPC_FRESH_NOW, &job->snap);
    vpcHostListClear(&hosts);
    return NULL;
}

/* A question that comes while a slow host's first sample is under way,
 * more than VPC_SNAPSHOT_MAX_AGE_MS after that sample began, is answered
 * by it: nothing newer can exist yet. */
static void
test_question_during_the_first_sample_is_answered_by_it(void **state)
{
    vpcService *service = quietService(700);
    snapshotJob job = { service, NULL };
    vpcSnapshot *snap;
    pthread_t thread;

    clearLog();
    assert_int_equal(pthread_create(&thread, NULL, snapshotThread, &job), 0);
    usleep(600000);
    snap = testSnapshotOf(service, LAB_URI);
    assert_int_equal(pthread_join(thread, NULL), 0);
    assert_non_null(job.snap);
    assert_int_equal(countLogged("sample of", "(complete)"), 1);
    assert_int_equal(countLogged("sample of", "(CPU times only)"), 1);
    assert_int_equal(snap->nvms, job.snap->nvms);
    assert_int_equal(findByName(snap, "WEB01")->counters.netTx,
                     findByName(job.snap, "WEB01")->counters.netTx);
    vpcSnapshotFree(snap);
    vpcSnapshotFree(job.snap);
    vpcServiceFree(service);
}

static virDomainPtr
runningWithReservation(const char *name, const char *reserved)
{
    virDomainPtr dom = testDefineDomain(rw, name, 1, 1, 1);
    char xml[128];

    assert_non_null(dom);
    assert_int_equal(virDomainCreate(dom), 0);
    if (reserved) {
        snprintf(xml, sizeof(xml), "<scheduling reserved='%s'/>", reserved);
        assert_int_equal(virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml, "vpcs",
                                              VPC_SCHEDULING_NS, VIR_DOMAIN_AFFECT_CURRENT), 0);
    }
    return dom;
}

static void
removeDomain(virDomainPtr dom)
{
    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

/*
 * A VM's scheduling asks libvirt for its own parameters only: the other
 * running VMs' reservations come from the descriptions sampling read for
 * their devices.  A metadata event makes that VM's reservation stale, and
 * only it is asked again; the parameters stay cached.
 */
static void
test_scheduling_is_read_lazily_and_again_after_an_event(void **state)
{
    virDomainPtr a = runningWithReservation("lazy-a", NULL);
    virDomainPtr b = runningWithReservation("lazy-b", "10");
    char uuidA[VIR_UUID_STRING_BUFLEN], uuidB[VIR_UUID_STRING_BUFLEN];
    vpcScheduling sched;
    vpcError err;
    int i;

    assert_int_equal(virDomainGetUUIDString(a, uuidA), 0);
    assert_int_equal(virDomainGetUUIDString(b, uuidB), 0);
    vpcSnapshotFree(testSnapshotOf(svc, "test:///default"));

    clearLog();
    assert_int_equal(vpcServiceGetScheduling(svc, "test:///default", uuidA, &sched, &err), 0);
    assert_int_equal(countLogged("scheduling:", "1 parameters, 0 metadata to ask"), 1);
    assert_int_equal(countLogged("scheduling:", ""), 1);
    assert_true(sched.reservedCapacity == 0);
    assert_true(sched.allowableReserved == (sched.allowableMaximum < 90 ? sched.allowableMaximum : 90));

    /* B's own: its parameters; its reservation came with its devices. */
    assert_int_equal(vpcServiceGetScheduling(svc, "test:///default", uuidB, &sched, &err), 0);
    assert_int_equal(countLogged("scheduling:", "1 parameters, 0 metadata to ask"), 2);
    assert_true(sched.reservedCapacity == 10);

    /* Cached: no more questions. */
    assert_int_equal(vpcServiceGetScheduling(svc, "test:///default", uuidA, &sched, &err), 0);
    assert_int_equal(countLogged("scheduling:", ""), 2);

    /* Someone else changes B's reservation: the event marks it stale. */
    assert_int_equal(virDomainSetMetadata(b, VIR_DOMAIN_METADATA_ELEMENT,
                                          "<scheduling reserved='30'/>", "vpcs",
                                          VPC_SCHEDULING_NS, VIR_DOMAIN_AFFECT_CURRENT), 0);
    for (i = 0; i < 50; i++) {
        clearLog();
        assert_int_equal(vpcServiceGetScheduling(svc, "test:///default", uuidA, &sched, &err), 0);
        if (countLogged("scheduling:", "") > 0)
            break;
        usleep(20000);      /* the event comes through libvirt's event loop */
    }
    assert_int_equal(countLogged("scheduling:", "0 parameters, 1 metadata to ask"), 1);
    assert_true(sched.allowableReserved == (sched.allowableMaximum < 70 ? sched.allowableMaximum : 70));

    removeDomain(a);
    removeDomain(b);
}

/*
 * The scheduling of every VM: what is not cached is read in one go, a few
 * calls at once (20 VMs: the workers share them), each value landing on
 * its own VM, as the VM's own request answers; then nothing is read again.
 */
static void
test_every_vm_scheduling_read_at_once(void **state)
{
    enum { COUNT = 20 };
    virDomainPtr doms[COUNT];
    char uuids[COUNT][VIR_UUID_STRING_BUFLEN], name[32], xml[128];
    const vpcSchedulingEntry *entry;
    vpcSchedulingList list;
    vpcScheduling own;
    vpcError err;
    int i, tries;

    for (i = 0; i < COUNT; i++) {
        snprintf(name, sizeof(name), "every-%02d", i);
        assert_non_null(doms[i] = testDefineDomain(rw, name, 1, 1, 1));
        assert_int_equal(virDomainGetUUIDString(doms[i], uuids[i]), 0);
        snprintf(xml, sizeof(xml), "<scheduling reserved='%d.25' weight='%d'/>", i % 5, 100 + i);
        assert_int_equal(virDomainSetMetadata(doms[i], VIR_DOMAIN_METADATA_ELEMENT, xml, "vpcs",
                                              VPC_SCHEDULING_NS, VIR_DOMAIN_AFFECT_CURRENT), 0);
    }
    /* Until the host's table has them all (definition events, samples). */
    for (tries = 0; tries < 100; tries++) {
        vpcSnapshot *snap = testSnapshotOf(svc, "test:///default");
        size_t found = 0, j;

        for (j = 0; j < snap->nvms; j++)
            found += strncmp(snap->vms[j].name, "every-", 6) == 0;
        vpcSnapshotFree(snap);
        if (found == COUNT)
            break;
        usleep(50000);
    }
    assert_true(tries < 100);

    clearLog();
    assert_int_equal(vpcServiceGetHostScheduling(svc, "test:///default", &list, &err), 0);
    assert_int_equal(countLogged("scheduling:", ""), 1);
    assert_true(list.count >= COUNT);
    for (i = 0; i < COUNT; i++) {
        assert_non_null(entry = vpcSchedulingListFind(&list, uuids[i]));
        assert_null(entry->error);
        assert_int_equal(entry->sched.relativeWeight, 100 + i);
        assert_true(entry->sched.reservedCapacity == i % 5 + 0.25);
        assert_int_equal(vpcServiceGetScheduling(svc, "test:///default", uuids[i], &own, &err), 0);
        assert_memory_equal(&entry->sched, &own, sizeof(own));
    }
    vpcSchedulingListClear(&list);

    /* Cached: asked again, nothing read. */
    assert_int_equal(vpcServiceGetHostScheduling(svc, "test:///default", &list, &err), 0);
    assert_int_equal(countLogged("scheduling:", ""), 1);
    vpcSchedulingListClear(&list);

    for (i = 0; i < COUNT; i++) {
        virDomainUndefine(doms[i]);
        virDomainFree(doms[i]);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_sample_answers_with_a_utilization),
        cmocka_unit_test(test_question_during_the_first_sample_is_answered_by_it),
        cmocka_unit_test(test_scheduling_is_read_lazily_and_again_after_an_event),
        cmocka_unit_test(test_every_vm_scheduling_read_at_once),
    };

    return cmocka_run_group_tests_name("coldpath", tests, coldSetup, coldTeardown);
}
