/*
 * The core against libvirt's test driver: listing, states, counters,
 * lifecycle events, unreachable hosts.
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
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "servicetest.h"
#include "vpchost.h"         /* POLL_WORKER_MIN_ENTRIES */
#include "vpcnetcounters.h"

static const vpcVMRecord *
findByName(const vpcSnapshot *snap, const char *name)
{
    size_t i;

    for (i = 0; i < snap->nvms; i++)
        if (strcmp(snap->vms[i].name, name) == 0)
            return &snap->vms[i];
    return NULL;
}

static void
test_lab_lists_sorted_with_states(void **state)
{
    static const struct { const char *name; vpcVMState state; uint64_t mib; unsigned vcpus; }
    expected[] = {
        { "BUILD01", VPC_VM_STATE_PAUSED, 3072, 2 },
        { "DB01", VPC_VM_STATE_RUNNING, 4096, 4 },
        { "WEB01", VPC_VM_STATE_RUNNING, 2048, 2 },
        { "Windows Server 2003", VPC_VM_STATE_RUNNING, 1024, 1 },
        { "XP-TEST", VPC_VM_STATE_TURNED_OFF, 512, 1 },
    };
    vpcSnapshot *snap = testSnapshotOf(svc, LAB_URI);
    size_t i;

    assert_int_equal(snap->nhosts, 1);
    assert_int_equal(snap->hosts[0].error.code, VPC_OK);
    assert_int_equal(snap->nvms, 5);
    for (i = 0; i < 5; i++) {
        assert_string_equal(snap->vms[i].name, expected[i].name);
        assert_int_equal(snap->vms[i].state, expected[i].state);
        assert_int_equal(snap->vms[i].memoryKiB, expected[i].mib * 1024);
        assert_int_equal(snap->vms[i].vcpus, expected[i].vcpus);
        assert_int_equal(snap->vms[i].hostIndex, 0);
        assert_int_equal(snap->vms[i].running, expected[i].state != VPC_VM_STATE_TURNED_OFF);
    }
    assert_string_equal(snap->vms[2].uuid, "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e01");
    assert_ptr_equal(vpcSnapshotFindVM(snap, LAB_URI, "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e01", 0),
                     &snap->vms[2]);
    assert_null(vpcSnapshotFindVM(snap, "test:///default",
                                  "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e01", 2));
    vpcSnapshotFree(snap);
}

static void
test_description_is_notes(void **state)
{
    vpcVMDetails details;
    vpcError err;

    assert_int_equal(vpcServiceGetDetails(svc, LAB_URI, "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e02",
                                          &details, &err), 0);
    assert_string_equal(details.description, "Database server");
    vpcVMDetailsClear(&details);

    assert_int_equal(vpcServiceGetDetails(svc, LAB_URI, "00000000-0000-0000-0000-000000000000",
                                          &details, &err), -1);
    assert_int_equal(err.code, VPC_ERR_VM_UNKNOWN);
    assert_string_equal(err.host, LAB_URI);
}

static void
test_first_seen_counters_are_the_hypervisor_totals(void **state)
{
    vpcSnapshot *snap;
    const vpcVMRecord *web, *xp;
    struct timespec before, after;
    uint64_t lo, hi;

    clock_gettime(CLOCK_REALTIME, &before);
    snap = testSnapshotOf(svc, LAB_URI);
    clock_gettime(CLOCK_REALTIME, &after);
    web = findByName(snap, "WEB01");
    xp = findByName(snap, "XP-TEST");
    assert_non_null(web);
    assert_non_null(xp);

    /* Seen running from the start: no baseline, so the totals are the test
     * driver's: t/20 bytes sent per NIC (t = microseconds since the epoch),
     * sampled at most VPC_SNAPSHOT_MAX_AGE_MS before the snapshot. */
    lo = 2 * (((uint64_t)before.tv_sec * 1000000 + before.tv_nsec / 1000 -
               VPC_SNAPSHOT_MAX_AGE_MS * 1000) / 20);
    hi = 2 * (((uint64_t)after.tv_sec * 1000000 + after.tv_nsec / 1000) / 20);
    assert_in_range(web->counters.netTx, lo, hi);
    assert_in_range(web->counters.netRx, 2 * lo, 2 * hi);
    assert_in_range(web->counters.diskRead, lo / 2, hi / 2);
    assert_in_range(web->counters.diskWritten, lo / 4, hi / 4);

    assert_false(xp->running);
    assert_int_equal(xp->counters.netTx, 0);
    assert_int_equal(xp->cpuUtilization, 0);
    assert_int_equal(xp->uptimeSeconds, 0);
    vpcSnapshotFree(snap);
}

/* Waits until the service has seen the domain: a question may be answered
 * by a sample begun up to half a second before it, before the domain was
 * defined, and a domain first seen running counts from no power-up. */
static void
waitUntilSeen(const char *name)
{
    vpcSnapshot *snap;
    bool seen = false;
    int i;

    for (i = 0; i < 50 && !seen; i++) {
        snap = testSnapshotOf(svc, "test:///default");
        seen = findByName(snap, name) != NULL;
        vpcSnapshotFree(snap);
        if (!seen)
            usleep(100 * 1000);
    }
    assert_true(seen);
}

static void
test_started_vm_counts_from_power_up(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-2nic", 2, 1, 4);
    vpcSnapshot *snap;
    const vpcVMRecord *rec;
    int i;

    assert_non_null(dom);
    waitUntilSeen("acct-2nic");
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-2nic");
    assert_non_null(rec);
    assert_int_equal(rec->state, VPC_VM_STATE_TURNED_OFF);
    assert_false(rec->running);
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(rec->history[i], 0);
    vpcSnapshotFree(snap);

    assert_int_equal(virDomainCreate(dom), 0);
    sleep(3);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-2nic");
    assert_non_null(rec);
    assert_int_equal(rec->state, VPC_VM_STATE_RUNNING);
    assert_true(rec->running);
    /* 2 NICs × 50 000 B/s × 3 s; the sample may have begun up to 0.5 s
     * before the question, and the baseline is taken when libvirt's STARTED
     * event arrives, allowed 50 ms after the start: 2.45 s to 3.1 s. */
    assert_in_range(rec->counters.netTx, 245000, 310000);
    assert_in_range(rec->counters.netRx, 490000, 620000);
    assert_in_range(rec->counters.diskRead, 122500, 155000);
    assert_in_range(rec->counters.diskWritten, 61250, 77500);
    /* one CPU's worth of CPU time over 4 vCPUs */
    assert_int_equal(rec->cpuUtilization, 25);
    assert_in_range(rec->uptimeSeconds, 2, 3);
    vpcSnapshotFree(snap);

    /* Power off and on again: everything restarts from 0. */
    assert_int_equal(virDomainDestroy(dom), 0);
    usleep(300000);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-2nic");
    assert_int_equal(rec->state, VPC_VM_STATE_TURNED_OFF);
    assert_int_equal(rec->counters.netTx, 0);
    vpcSnapshotFree(snap);

    assert_int_equal(virDomainCreate(dom), 0);
    sleep(1);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-2nic");
    assert_in_range(rec->counters.netTx, 45000, 110000);
    vpcSnapshotFree(snap);

    /* Managed save: Saved, then a restore that restarts the counters. */
    assert_int_equal(virDomainManagedSave(dom, 0), 0);
    usleep(300000);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-2nic");
    assert_int_equal(rec->state, VPC_VM_STATE_SAVED);
    assert_false(rec->running);
    vpcSnapshotFree(snap);

    assert_int_equal(virDomainCreate(dom), 0);
    usleep(1500000);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-2nic");
    assert_int_equal(rec->state, VPC_VM_STATE_RUNNING);
    assert_in_range(rec->counters.netTx, 95000, 160000);
    vpcSnapshotFree(snap);

    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_pause_keeps_running_and_stops_uptime(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-pause", 1, 1, 1);
    vpcSnapshot *snap;
    const vpcVMRecord *rec;
    uint64_t uptime;

    assert_non_null(dom);
    waitUntilSeen("acct-pause");
    assert_int_equal(virDomainCreate(dom), 0);
    sleep(2);
    assert_int_equal(virDomainSuspend(dom), 0);
    usleep(200000);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-pause");
    assert_int_equal(rec->state, VPC_VM_STATE_PAUSED);
    assert_true(rec->running);
    uptime = rec->uptimeSeconds;
    assert_in_range(uptime, 1, 2);
    vpcSnapshotFree(snap);

    sleep(2);
    snap = testSnapshotOf(svc, "test:///default");
    rec = findByName(snap, "acct-pause");
    assert_int_equal(rec->uptimeSeconds, uptime);
    assert_int_equal(rec->cpuUtilization, 0);
    vpcSnapshotFree(snap);

    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_unreachable_host_is_named_and_others_still_work(void **state)
{
    vpcHostList hosts = { 0 };
    vpcSnapshot *snap = NULL;
    int64_t start;

    assert_int_equal(vpcHostListAdd(&hosts, "test+unix:///default?socket=/nonexistent/sock"), 0);
    assert_int_equal(vpcHostListAdd(&hosts, LAB_URI), 0);
    start = vpcNowMonotonicMs();
    assert_int_equal(vpcServiceSnapshot(svc, &hosts, VPC_FRESH_NOW, &snap), 0);
    assert_true(vpcNowMonotonicMs() - start < 3500);
    assert_int_equal(snap->nhosts, 2);
    assert_int_equal(snap->hosts[0].error.code, VPC_ERR_HOST_UNAVAILABLE);
    assert_string_equal(snap->hosts[0].error.host,
                        "test+unix:///default?socket=/nonexistent/sock");
    assert_non_null(strstr(snap->hosts[0].error.detail, "/nonexistent/sock"));
    assert_int_equal(snap->hosts[1].error.code, VPC_OK);
    assert_int_equal(snap->nvms, 5);
    assert_int_equal(snap->vms[0].hostIndex, 1);
    vpcSnapshotFree(snap);
    vpcHostListClear(&hosts);
}

static void
test_default_uri_follows_libvirt(void **state)
{
    vpcHostList hosts = { 0 };
    vpcSnapshot *snap = NULL;

    /* An empty host list means libvirt's default URI (LIBVIRT_DEFAULT_URI). */
    setenv("LIBVIRT_DEFAULT_URI", LAB_URI, 1);
    assert_int_equal(vpcServiceSnapshot(svc, &hosts, VPC_FRESH_NOW, &snap), 0);
    assert_int_equal(snap->nhosts, 1);
    assert_string_equal(snap->hosts[0].uri, "");
    assert_int_equal(snap->hosts[0].error.code, VPC_OK);
    assert_int_equal(snap->nvms, 5);
    vpcSnapshotFree(snap);
    unsetenv("LIBVIRT_DEFAULT_URI");
}

static void
test_reading_on_takes_the_newest_sample_without_a_new_one(void **state)
{
    vpcSnapshot *first, *latest, *now;
    vpcService *service;
    vpcConfig config;

    vpcConfigInit(&config);
    config.test.sampleIntervalMs = 5000;     /* no regular sample while the test runs */
    assert_non_null(service = vpcServiceNew(&config));

    /* The first sample, and the one that follows after half a second. */
    vpcSnapshotFree(testSnapshotFrom(service, LAB_URI, VPC_FRESH_NOW));
    usleep(700000);
    first = testSnapshotFrom(service, LAB_URI, VPC_FRESH_NOW);
    usleep(800000);

    /* Older than VPC_SNAPSHOT_MAX_AGE_MS by now: only VPC_FRESH_NOW asks
     * libvirt again; the test driver's counters tell the samples apart. */
    latest = testSnapshotFrom(service, LAB_URI, VPC_FRESH_LATEST);
    now = testSnapshotFrom(service, LAB_URI, VPC_FRESH_NOW);
    assert_int_equal(findByName(latest, "WEB01")->counters.netTx,
                     findByName(first, "WEB01")->counters.netTx);
    assert_true(findByName(now, "WEB01")->counters.netTx >
                findByName(first, "WEB01")->counters.netTx);

    vpcSnapshotFree(first);
    vpcSnapshotFree(latest);
    vpcSnapshotFree(now);
    vpcServiceFree(service);
}

/* Enough domains that a poll spreads its per-domain calls over several
 * threads: every domain must get its own numbers, each exactly once. */
static void
test_many_domains_are_each_sampled(void **state)
{
    enum { COUNT = 3 * POLL_WORKER_MIN_ENTRIES };
    virDomainPtr doms[COUNT];
    const vpcVMRecord *rec;
    vpcSnapshot *snap;
    char name[32];
    int i;

    for (i = 0; i < COUNT; i++) {
        snprintf(name, sizeof(name), "many-%02d", i);
        doms[i] = testDefineDomain(rw, name, 1 + i % 3, 1 + i % 2, 1);
        assert_non_null(doms[i]);
    }
    /* seen off first, so that their power-up is their baseline */
    waitUntilSeen("many-00");
    waitUntilSeen(name);
    for (i = 0; i < COUNT; i++)
        assert_int_equal(virDomainCreate(doms[i]), 0);
    sleep(2);
    snap = testSnapshotOf(svc, "test:///default");
    for (i = 0; i < COUNT; i++) {
        uint64_t nics = 1 + i % 3, disks = 1 + i % 2;

        snprintf(name, sizeof(name), "many-%02d", i);
        rec = findByName(snap, name);
        assert_non_null(rec);
        assert_int_equal(rec->state, VPC_VM_STATE_RUNNING);
        /* 2 s since power-up, the sample begun at most 0.5 s before the
         * question; received is twice sent, read twice written, in one call */
        assert_in_range(rec->counters.netTx, nics * 50000 * 14 / 10, nics * 50000 * 26 / 10);
        assert_in_range(rec->counters.netRx, 2 * rec->counters.netTx - 2 * nics,
                        2 * rec->counters.netTx + 2 * nics);
        assert_in_range(rec->counters.diskRead, disks * 50000 * 14 / 10, disks * 50000 * 26 / 10);
        assert_in_range(rec->counters.diskWritten, rec->counters.diskRead / 2 - disks,
                        rec->counters.diskRead / 2 + disks);
    }
    vpcSnapshotFree(snap);

    for (i = 0; i < COUNT; i++) {
        virDomainDestroy(doms[i]);
        virDomainUndefine(doms[i]);
        virDomainFree(doms[i]);
    }
}

/* A network's counters from the sampler's per-NIC rates (named by the
 * target devices the test driver gives running domains' NICs): only the NICs asked for, of running domains;
 * an off one and an unknown one add nothing.  Per NIC and second the test
 * driver's clock gives rx 100000 and tx 50000 bytes, rx 10000 packets;
 * whole counts over a sample's interval, within 2 %. */
static void
test_network_counters_sum_the_nics_asked_for(void **state)
{
    static const char nics[] =
        "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e01 testnet0\n"             /* WEB01's first */
        "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e02 testnet0\n"             /* DB01's */
        "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e02 52:54:00:1a:00:03\n"    /* not its name */
        "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e05 52:54:00:1a:00:06\n"    /* XP-TEST, off */
        "00000000-0000-0000-0000-000000000000 testnet0";               /* no such VM */
    vpcNetworkCounters counters;
    vpcSnapshot *snap;
    vpcError err;
    int i;

    for (i = 0; i < 30; i++) {
        /* A fresh sample each time: the rates need two. */
        snap = testSnapshotOf(svc, LAB_URI);
        vpcSnapshotFree(snap);
        assert_int_equal(vpcServiceNetworkCounters(svc, LAB_URI, nics, &counters, &err), 0);
        if (counters.current[VPC_NET_BYTES_SENT])
            break;
        usleep(300000);
    }
    assert_in_range(counters.current[VPC_NET_BYTES_SENT], 196000, 204000);
    assert_in_range(counters.current[VPC_NET_BYTES_RECEIVED], 98000, 102000);
    assert_in_range(counters.current[VPC_NET_PACKETS_SENT], 19600, 20400);
    assert_in_range(counters.current[VPC_NET_PACKETS_DROPPED], 0, 10);
    assert_int_equal(counters.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 1],
                     counters.current[VPC_NET_BYTES_SENT]);

    assert_int_equal(vpcServiceNetworkCounters(svc, LAB_URI, "no-space-here\n", &counters, &err),
                     -1);
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_int_equal(vpcServiceNetworkCounters(svc, LAB_URI, "", &counters, &err), 0);
    assert_int_equal(counters.current[VPC_NET_BYTES_SENT], 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lab_lists_sorted_with_states),
        cmocka_unit_test(test_description_is_notes),
        cmocka_unit_test(test_first_seen_counters_are_the_hypervisor_totals),
        cmocka_unit_test(test_started_vm_counts_from_power_up),
        cmocka_unit_test(test_pause_keeps_running_and_stops_uptime),
        cmocka_unit_test(test_unreachable_host_is_named_and_others_still_work),
        cmocka_unit_test(test_default_uri_follows_libvirt),
        cmocka_unit_test(test_reading_on_takes_the_newest_sample_without_a_new_one),
        cmocka_unit_test(test_many_domains_are_each_sampled),
        cmocka_unit_test(test_network_counters_sum_the_nics_asked_for),
    };

    return cmocka_run_group_tests_name("service", tests, testServiceSetup, testServiceTeardown);
}
