/*
 * Unit tests of the accounting math: baselines, utilization, history, uptime.
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
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "vpcaccount.h"
#include "vpchost.h"

#define SEC_US 1000000LL

static vpcRawSample
sample(int64_t atMs, uint64_t rx, uint64_t tx, uint64_t rd, uint64_t wr, uint64_t cpuNs,
       unsigned int vcpus)
{
    vpcRawSample s;

    memset(&s, 0, sizeof(s));
    s.atUs = s.readFromUs = atMs * 1000;
    s.counters.netRx = rx;
    s.counters.netTx = tx;
    s.counters.diskRead = rd;
    s.counters.diskWritten = wr;
    s.haveCpuTime = true;
    s.cpuTimeNs = cpuNs;
    s.vcpus = vcpus;
    return s;
}

/* A run started at second 'first' and sampled once a second, at 'phaseMs'
 * into each, up to second 'last'; its vCPUs use 'cpuNsPerSecond'. */
static void
sampledRun(vpcAccount *acct, int64_t first, int64_t last, int phaseMs, uint64_t cpuNsPerSecond,
           unsigned int vcpus)
{
    vpcRawSample s;
    int64_t t;

    vpcAccountInit(acct);
    vpcAccountStarted(acct, VPC_POWER_RUNNING, first * 1000, true);
    for (t = first; t <= last; t++) {
        s = sample(t * 1000 + phaseMs, 0, 0, 0, 0, (uint64_t)t * cpuNsPerSecond, vcpus);
        vpcAccountSample(acct, &s);
    }
}

static void
test_first_seen_running_counts_from_zero(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s = sample(100000, 5000, 7000, 11, 13, 0, 1);

    vpcAccountFirstSeen(&acct, VPC_POWER_RUNNING, 100000, 42000);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 101500, &view);

    assert_true(view.running);
    assert_int_equal(view.counters.netRx, 5000);
    assert_int_equal(view.counters.netTx, 7000);
    assert_int_equal(view.counters.diskRead, 11);
    assert_int_equal(view.counters.diskWritten, 13);
    /* 42 s before first sight plus 1.5 s since */
    assert_int_equal(view.uptimeSeconds, 43);
}

static void
test_power_up_takes_baseline_at_next_sample(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    vpcAccountInit(&acct);
    vpcAccountRead(&acct, 0, &view);
    assert_false(view.running);

    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 10000, true);
    vpcAccountRead(&acct, 10000, &view);
    assert_true(view.running);
    assert_int_equal(view.counters.netTx, 0);    /* no sample yet */

    s = sample(10010, 1000000, 500000, 200, 100, 0, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 10010, &view);
    assert_int_equal(view.counters.netRx, 0);
    assert_int_equal(view.counters.netTx, 0);

    s = sample(13010, 1300000, 650000, 350200, 75100, 0, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 13010, &view);
    assert_int_equal(view.counters.netRx, 300000);
    assert_int_equal(view.counters.netTx, 150000);
    assert_int_equal(view.counters.diskRead, 350000);
    assert_int_equal(view.counters.diskWritten, 75000);
    assert_int_equal(view.uptimeSeconds, 3);
}

static void
test_counter_below_baseline_rebaselines_at_zero(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 0, true);
    s = sample(0, 1000, 1000, 1000, 1000, 0, 1);
    vpcAccountSample(&acct, &s);
    s = sample(1000, 5000, 5000, 5000, 5000, 0, 1);
    vpcAccountSample(&acct, &s);

    /* a NIC and a disk were unplugged: their share of the totals vanished */
    s = sample(2000, 300, 5100, 200, 5100, 0, 1);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 2000, &view);
    assert_int_equal(view.counters.netRx, 0);
    assert_int_equal(view.counters.netTx, 4100);
    assert_int_equal(view.counters.diskRead, 0);
    assert_int_equal(view.counters.diskWritten, 4100);

    s = sample(3000, 800, 5200, 700, 5200, 0, 1);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 3000, &view);
    assert_int_equal(view.counters.netRx, 500);
    assert_int_equal(view.counters.diskRead, 500);
}

static void
test_reset_restarts_counters_and_uptime(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    /* Recorded sequence of a QEMU guest reset: STARTED, samples, REBOOT
     * (the hypervisor counters persist across it), samples. */
    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 0, true);
    s = sample(100, 0, 0, 0, 0, 0, 1);
    vpcAccountSample(&acct, &s);
    s = sample(20100, 4000, 2000, 1000, 500, 0, 1);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 20100, &view);
    assert_int_equal(view.counters.netRx, 4000);
    assert_int_equal(view.uptimeSeconds, 20);

    vpcAccountReset(&acct, 20200);
    vpcAccountRead(&acct, 20200, &view);
    assert_int_equal(view.counters.netRx, 0);
    assert_int_equal(view.uptimeSeconds, 0);

    s = sample(20300, 4100, 2050, 1010, 505, 0, 1);
    vpcAccountSample(&acct, &s);
    s = sample(25300, 4600, 2300, 1060, 530, 0, 1);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 25300, &view);
    assert_int_equal(view.counters.netRx, 500);
    assert_int_equal(view.counters.netTx, 250);
    assert_int_equal(view.counters.diskRead, 50);
    assert_int_equal(view.counters.diskWritten, 25);
    assert_int_equal(view.uptimeSeconds, 5);

    /* a reset of a VM that is off is meaningless and ignored */
    vpcAccountStopped(&acct);
    vpcAccountReset(&acct, 30000);
    vpcAccountRead(&acct, 30000, &view);
    assert_false(view.running);
}

static void
test_uptime_excludes_paused_time(void **state)
{
    vpcAccount acct;
    vpcAccountView view;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 1000, true);
    vpcAccountSuspended(&acct, 11000);          /* ran 10 s */
    vpcAccountRead(&acct, 41000, &view);        /* paused for 30 s */
    assert_true(view.running);                  /* paused still counts as running */
    assert_int_equal(view.uptimeSeconds, 10);
    vpcAccountResumed(&acct, 41000);
    vpcAccountRead(&acct, 46500, &view);
    assert_int_equal(view.uptimeSeconds, 15);

    /* polled states drive the same transitions */
    assert_false(vpcAccountObserve(&acct, VPC_POWER_PAUSED, 50000));
    vpcAccountRead(&acct, 60000, &view);
    assert_int_equal(view.uptimeSeconds, 19);
    assert_false(vpcAccountObserve(&acct, VPC_POWER_RUNNING, 60000));
    vpcAccountRead(&acct, 61000, &view);
    assert_int_equal(view.uptimeSeconds, 20);
}

static void
test_stopped_reports_zeros(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;
    int i;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 0, true);
    for (i = 0; i < 5; i++) {
        s = sample(i * 1000, i * 100, i * 100, i * 100, i * 100, (uint64_t)i * 1000000000ULL, 1);
        vpcAccountSample(&acct, &s);
    }
    vpcAccountObserve(&acct, VPC_POWER_OFF, 5000);
    vpcAccountRead(&acct, 5000, &view);
    assert_false(view.running);
    assert_int_equal(view.counters.netRx, 0);
    assert_int_equal(view.cpuUtilization, 0);
    assert_int_equal(view.uptimeSeconds, 0);
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], 0);
}

static void
test_utilization_rounding_and_clamping(void **state)
{
    assert_int_equal(vpcCpuUtilization(1000000000, 1000000000, 1), 100);
    assert_int_equal(vpcCpuUtilization(1000000000, 1000000000, 2), 50);
    assert_int_equal(vpcCpuUtilization(1000000000, 1000000000, 4), 25);
    assert_int_equal(vpcCpuUtilization(1000000000, 1000000000, 3), 33);
    assert_int_equal(vpcCpuUtilization(2000000000, 1000000000, 3), 67);
    assert_int_equal(vpcCpuUtilization(5000000, 1000000000, 1), 1);    /* 0.5 rounds up */
    assert_int_equal(vpcCpuUtilization(4999999, 1000000000, 1), 0);
    assert_int_equal(vpcCpuUtilization(3000000000ULL, 1000000000, 2), 100);   /* clamped */
    assert_int_equal(vpcCpuUtilization(1000, 0, 1), 0);
    assert_int_equal(vpcCpuUtilization(1000, 1000, 0), 0);
}

static void
test_utilization_from_samples(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 0, true);
    /* the test driver's CPU time is wall-clock time: one CPU's worth */
    s = sample(1000, 0, 0, 0, 0, 1000000000ULL, 4);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 1000, &view);
    assert_int_equal(view.cpuUtilization, 0);   /* one sample is no interval */
    s = sample(2000, 0, 0, 0, 0, 2000000000ULL, 4);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 2000, &view);
    assert_int_equal(view.cpuUtilization, 25);

    /* CPU time going backwards (a new process) never yields garbage */
    s = sample(3000, 0, 0, 0, 0, 10, 4);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 3000, &view);
    assert_int_equal(view.cpuUtilization, 0);

    /* a paused guest uses no CPU */
    vpcAccountSuspended(&acct, 3500);
    s = sample(4000, 0, 0, 0, 0, 1000000010ULL, 4);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 4000, &view);
    assert_int_equal(view.cpuUtilization, 0);
}

static void
test_short_intervals_do_not_measure_cpu(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 0, true);
    s = sample(1000, 0, 0, 0, 0, 1000000000ULL, 2);
    vpcAccountSample(&acct, &s);
    s = sample(2000, 0, 0, 0, 0, 2000000000ULL, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 2000, &view);
    assert_int_equal(view.cpuUtilization, 50);

    /* An extra sample 30 ms later whose time is 3 ms off would read 55 %:
     * it updates the counters but not the utilization. */
    s = sample(2030, 7, 7, 7, 7, 2033000000ULL, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 2030, &view);
    assert_int_equal(view.cpuUtilization, 50);
    assert_int_equal(view.counters.netRx, 7);

    /* the next regular sample measures from the last one that counted */
    s = sample(3000, 0, 0, 0, 0, 3000000000ULL, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 3000, &view);
    assert_int_equal(view.cpuUtilization, 50);
    assert_int_equal(view.history[59], 50);
}

static void
test_history_is_sixty_seconds_oldest_first(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;
    int i;

    /* 2 vCPUs, one busy: 50 % every second from 101 s to 130 s */
    sampledRun(&acct, 100, 130, 500, 1000000000ULL, 2);
    vpcAccountRead(&acct, 130900, &view);
    /* window: seconds 71..130; 101..130 observed */
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], i >= 30 ? 50 : 0);

    /* samples stopped after second 130 (an outage): 20 s later the window
     * has moved on, ending as far behind the read as samples may lag */
    vpcAccountRead(&acct, 150000, &view);      /* seconds 89..148 */
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], (i >= 12 && i < 42) ? 50 : 0);

    /* 1 CPU-second over 20.5 s on 2 vCPUs: 2.4 % */
    s = sample(151000, 0, 0, 0, 0, 131000000000ULL, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 151000, &view);      /* seconds 92..151 */
    assert_int_equal(view.history[59], 2);
    assert_int_equal(view.history[58], 0);
    assert_int_equal(view.history[38], 50);     /* second 130 */
    assert_int_equal(view.history[39], 0);

    /* everything scrolls out a minute after the window's end */
    vpcAccountRead(&acct, 210000, &view);      /* seconds 149..208 */
    assert_int_equal(view.history[2], 2);
    vpcAccountRead(&acct, 213000, &view);      /* seconds 152..211 */
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], 0);
}

/*
 * Recorded from the real-QEMU layer (a busy loop on one vCPU, QEMU under
 * TCG using 93 % of a host CPU): the backend samples at .6 of each second;
 * a script reads at .3, when this second has no sample yet.  Its newest
 * history entry is the last second sampled, not a 0.
 */
static void
test_newest_history_second_is_the_newest_sample(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    int i;

    sampledRun(&acct, 100, 110, 600, 930000000ULL, 1);
    vpcAccountRead(&acct, 111300, &view);       /* second 111: no sample yet */
    assert_int_equal(view.history[59], 93);     /* second 110 */
    assert_int_equal(view.history[50], 93);     /* second 101 */
    assert_int_equal(view.history[49], 0);      /* second 100: the first sample, no interval */
    vpcAccountRead(&acct, 110800, &view);       /* after second 110's sample */
    assert_int_equal(view.history[59], 93);
    assert_int_equal(view.history[50], 93);

    /* a poll that runs late under load: the window waits for it */
    vpcAccountRead(&acct, 112900, &view);
    assert_int_equal(view.history[59], 93);
    /* longer than that, no samples is an outage: its seconds count as 0 */
    vpcAccountRead(&acct, 113100, &view);       /* seconds 52..111 */
    assert_int_equal(view.history[59], 0);
    assert_int_equal(view.history[58], 93);
    vpcAccountRead(&acct, 120000, &view);       /* seconds 59..118 */
    for (i = 52; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], 0);
    assert_int_equal(view.history[51], 93);
}

/* The first utilization of a cold host is measured within one second (two
 * readings 0.4 s apart or more): that second holds it. */
static void
test_measurement_within_one_second_fills_it(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 100000, true);
    s = sample(100100, 0, 0, 0, 0, 1000000000ULL, 1);
    vpcAccountSample(&acct, &s);
    s = sample(100600, 0, 0, 0, 0, 1250000000ULL, 1);    /* 0.25 s of 0.5 s */
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 100700, &view);
    assert_int_equal(view.cpuUtilization, 50);
    assert_int_equal(view.history[59], 50);
    assert_int_equal(view.history[58], 0);
}

/*
 * Recorded from the real-QEMU layer on a loaded machine: the backend's
 * polls ran late, and second 112 got no sample; the history read
 * "35,33,31,0,47".  The measurement that spans it stands for it.  A gap
 * longer than a late poll explains is an outage, and stays 0.
 */
static void
test_late_poll_leaves_no_zero_in_the_history(void **state)
{
    static const struct {
        int64_t atMs;
        uint64_t cpuMs;
    } polls[] = {
        { 109950, 0 }, { 110950, 350 }, { 111900, 680 }, { 113100, 1244 }, { 113950, 1644 },
        { 118000, 3544 },
    };
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;
    size_t i;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 109000, true);
    for (i = 0; i < sizeof(polls) / sizeof(polls[0]); i++) {
        s = sample(polls[i].atMs, 0, 0, 0, 0, polls[i].cpuMs * 1000000ULL, 1);
        vpcAccountSample(&acct, &s);
        if (polls[i].atMs == 113950) {
            vpcAccountRead(&acct, 114300, &view);       /* seconds 54..113 */
            assert_int_equal(view.history[56], 35);     /* second 110 */
            assert_int_equal(view.history[57], 35);     /* 111: 0.33 s over 0.95 s */
            assert_int_equal(view.history[58], 47);     /* 112: 0.564 s over 1.2 s, late */
            assert_int_equal(view.history[59], 47);     /* 113: the same measurement */
        }
    }
    vpcAccountRead(&acct, 118100, &view);       /* seconds 59..118 */
    assert_int_equal(view.history[54], 47);     /* second 113 */
    assert_int_equal(view.history[55], 0);      /* 114..117: no sample for 4 s */
    assert_int_equal(view.history[58], 0);
    assert_int_equal(view.history[59], 47);     /* 118: 1.9 s over 4.05 s */
}

/* A recorded bulk statistics record: NAME=VALUE, strings for ".name" and
 * ".path", unsigned ints for counts, unsigned long longs otherwise. */
static virTypedParameterPtr
record(int *nparams, const char *const *fields)
{
    virTypedParameterPtr params = NULL;
    int maxparams = 0;

    vpcLibvirtInit();           /* libvirt's error state, which the calls reset */
    *nparams = 0;
    for (; *fields; fields++) {
        const char *eq = strchr(*fields, '=');
        char name[VIR_TYPED_PARAM_FIELD_LENGTH];
        size_t len = eq - *fields;
        int rc;

        memcpy(name, *fields, len);
        name[len] = 0;
        if (strstr(name, ".name") || strstr(name, ".path"))
            rc = virTypedParamsAddString(&params, nparams, &maxparams, name, eq + 1);
        else if (strstr(name, ".count") || strstr(name, "backingIndex"))
            rc = virTypedParamsAddUInt(&params, nparams, &maxparams, name,
                                       (unsigned int)strtoul(eq + 1, NULL, 10));
        else
            rc = virTypedParamsAddULLong(&params, nparams, &maxparams, name,
                                         strtoull(eq + 1, NULL, 10));
        assert_int_equal(rc, 0);
    }
    return params;
}

/* QEMU's record, for the networks' rates: "net.<i>.name" is the tap (the
 * facts' target device); a NIC without a host interface is not named, one
 * without byte counts this time is left out, counters the driver lacks
 * are 0. */
static void
test_bulk_record_nic_samples(void **state)
{
    static const char *const fields[] = {
        "net.count=4",
        "net.0.name=vnet4", "net.0.rx.bytes=1000", "net.0.rx.pkts=10", "net.0.rx.drop=1",
        "net.0.tx.bytes=2000", "net.0.tx.pkts=20",
        "net.2.name=vnet5",
        "net.3.name=vnet6", "net.3.rx.bytes=7", "net.3.tx.bytes=9",
        NULL
    };
    virTypedParameterPtr params;
    vpcNicSample *samples;
    size_t count;
    int n;

    params = record(&n, fields);
    assert_int_equal(vpcBulkNicSamples(params, n, 42, &samples, &count), 0);
    assert_int_equal(count, 2);
    assert_string_equal(samples[0].name, "vnet4");
    assert_int_equal(samples[0].atUs, 42);
    assert_int_equal(samples[0].reading.value[VPC_NIC_RX_BYTES], 1000);
    assert_int_equal(samples[0].reading.value[VPC_NIC_RX_PACKETS], 10);
    assert_int_equal(samples[0].reading.value[VPC_NIC_RX_DROP], 1);
    assert_int_equal(samples[0].reading.value[VPC_NIC_TX_BYTES], 2000);
    assert_int_equal(samples[0].reading.value[VPC_NIC_TX_PACKETS], 20);
    assert_int_equal(samples[0].reading.value[VPC_NIC_TX_DROP], 0);
    assert_string_equal(samples[1].name, "vnet6");
    assert_int_equal(samples[1].reading.value[VPC_NIC_RX_BYTES], 7);
    assert_int_equal(samples[1].reading.value[VPC_NIC_TX_BYTES], 9);
    vpcNicSamplesFree(samples, count);
    virTypedParamsFree(params, n);
}

/* vpcBulkSumGroup on one group of a recorded record. */
static void
checkGroup(const char *const *fields, const char *group, vpcGroupStats want, uint64_t wantA,
           uint64_t wantB, bool wantUncounted)
{
    bool disks = strcmp(group, "block") == 0, uncounted = false;
    uint64_t a = 99, b = 99;
    virTypedParameterPtr params;
    int n;

    params = record(&n, fields);
    assert_int_equal(vpcBulkSumGroup(params, n, group, disks ? "rd.bytes" : "rx.bytes",
                                     disks ? "wr.bytes" : "tx.bytes", &a, &b, &uncounted), want);
    if (want == VPC_GROUP_COMPLETE) {
        assert_int_equal(a, wantA);
        assert_int_equal(b, wantB);
    }
    assert_int_equal(uncounted, wantUncounted);
    virTypedParamsFree(params, n);
}

static void
test_bulk_group_listed_without_counters_is_missing(void **state)
{
    /* QEMU's record while another job holds the domain (..._NOWAIT):
     * the disk is listed, its byte counts are not. */
    static const char *const busy[] = {
        "state.state=1", "cpu.time=4740000000", "net.count=1", "net.0.name=vpctap0",
        "net.0.rx.bytes=4104", "net.0.tx.bytes=12630", "block.count=1",
        "block.0.name=vda", "block.0.path=/tmp/vpcq-br.img", "block.0.backingIndex=1", NULL };
    /* A NIC without a host interface is not listed at all; one of two disks
     * without counters. */
    static const char *const gaps[] = {
        "net.count=2", "net.1.name=vnet1", "net.1.rx.bytes=10", "net.1.tx.bytes=20",
        "block.count=2", "block.0.name=vda", "block.0.rd.bytes=4096", "block.0.wr.bytes=512",
        "block.1.name=hdc", NULL };
    static const char *const absent[] = { "state.state=1", NULL };

    checkGroup(busy, "block", VPC_GROUP_MISSING, 0, 0, false);
    checkGroup(busy, "net", VPC_GROUP_COMPLETE, 4104, 12630, false);
    checkGroup(gaps, "net", VPC_GROUP_COMPLETE, 10, 20, true);
    checkGroup(gaps, "block", VPC_GROUP_COMPLETE, 4096, 512, true);
    checkGroup(absent, "block", VPC_GROUP_ABSENT, 0, 0, false);
}

/* What the host makes of a QEMU record (whose driver fills both groups),
 * read by a call begun at 'readFromMs' and merged at 'atMs': a group it
 * could not give this time is missing, not zero. */
static void
sampleRecordReadFrom(vpcAccount *acct, int64_t readFromMs, int64_t atMs,
                     const char *const *fields)
{
    virTypedParameterPtr params;
    bool uncounted = false;
    vpcRawSample s;
    int n;

    memset(&s, 0, sizeof(s));
    s.atUs = atMs * 1000;
    s.readFromUs = readFromMs * 1000;
    params = record(&n, fields);
    s.netMissing = vpcBulkSumGroup(params, n, "net", "rx.bytes", "tx.bytes", &s.counters.netRx,
                                   &s.counters.netTx, &uncounted) != VPC_GROUP_COMPLETE;
    s.diskMissing = vpcBulkSumGroup(params, n, "block", "rd.bytes", "wr.bytes",
                                    &s.counters.diskRead, &s.counters.diskWritten,
                                    &uncounted) != VPC_GROUP_COMPLETE;
    virTypedParamsFree(params, n);
    vpcAccountSample(acct, &s);
}

static void
sampleRecord(vpcAccount *acct, int64_t atMs, const char *const *fields)
{
    sampleRecordReadFrom(acct, atMs, atMs, fields);
}

static void
assertCounters(const vpcAccount *acct, int64_t atMs, uint64_t received, uint64_t sent,
               uint64_t read, uint64_t written)
{
    vpcAccountView view;

    vpcAccountRead(acct, atMs, &view);
    assert_int_equal(view.counters.netRx, received);
    assert_int_equal(view.counters.netTx, sent);
    assert_int_equal(view.counters.diskRead, read);
    assert_int_equal(view.counters.diskWritten, written);
}

#define NET(rx, tx) "net.count=1", "net.0.name=vnet0", "net.0.rx.bytes=" #rx, "net.0.tx.bytes=" #tx
#define DISK(rd, wr) "block.count=1", "block.0.name=vda", "block.0.path=/tmp/vpcq-br.img", \
                     "block.0.rd.bytes=" #rd, "block.0.wr.bytes=" #wr
#define DISK_BUSY "block.count=1", "block.0.name=vda", "block.0.path=/tmp/vpcq-br.img", \
                  "block.0.backingIndex=1"

/*
 * Recorded from the real-QEMU layer: vm.Reset of a guest that had read
 * 266240 and written 131072 bytes; libvirt's REBOOT event, then a bulk
 * sample taken while libvirt still held the domain's job (the disk listed
 * without byte counts), then complete ones; after its boot the guest read
 * 131072 + 4096 (its partition scan) and wrote 65536 bytes, sent 3210 and
 * received 968.  The accountant must say what the guest said.
 */
static void
test_reset_then_incomplete_block_record(void **state)
{
    static const char *const before[] = { NET(4104, 12630), DISK(266240, 131072), NULL };
    static const char *const busy[] = { NET(4104, 12630), DISK_BUSY, NULL };
    static const char *const booted[] = { NET(4104, 12630), DISK(270336, 131072), NULL };
    static const char *const busyAgain[] = { NET(5072, 15840), DISK_BUSY, NULL };
    static const char *const after[] = { NET(5072, 15840), DISK(401408, 196608), NULL };
    vpcAccount acct;

    vpcAccountInit(&acct);
    vpcAccountFirstSeen(&acct, VPC_POWER_RUNNING, 10000, 0);
    sampleRecord(&acct, 10000, before);
    assertCounters(&acct, 10000, 4104, 12630, 266240, 131072);
    assert_false(vpcAccountBaselinePending(&acct));

    vpcAccountReset(&acct, 20000);              /* the REBOOT event */
    sampleRecord(&acct, 20010, busy);
    assertCounters(&acct, 20010, 0, 0, 0, 0);
    assert_true(vpcAccountBaselinePending(&acct));      /* the disks' is still to come */

    sampleRecord(&acct, 20210, before);
    assert_false(vpcAccountBaselinePending(&acct));
    sampleRecord(&acct, 23210, booted);
    /* another client's job during a later poll: nothing moves back */
    sampleRecord(&acct, 26210, busyAgain);
    assertCounters(&acct, 26210, 968, 3210, 4096, 0);
    sampleRecord(&acct, 27210, after);
    assertCounters(&acct, 27210, 968, 3210, 135168, 65536);
}

/*
 * A poll under way when the REBOOT event arrives: its call read the
 * counters before the guest's last write (4096 bytes) and its reset, and
 * merges after the event.  Those are the ended run's counters, in the same
 * QEMU process: taken as the new run's baseline, the last write of the old
 * run would count as the new run's.  The next poll's, begun after the
 * event, is the baseline; the same for a poll under way when our own Reset
 * returns.  A power-up is a new process, whose counters start with it: a
 * sample with its domain id is of the run even when read before the
 * STARTED event came, as is the sample of a poll that noticed it.
 */
static void
test_poll_under_way_at_reset_gives_no_baseline(void **state)
{
    static const char *const before[] = { NET(4104, 12630), DISK(266240, 131072), NULL };
    static const char *const atReset[] = { NET(4104, 12630), DISK(266240, 135168), NULL };
    static const char *const booted[] = { NET(4504, 13630), DISK(270336, 135168), NULL };
    static const char *const after[] = { NET(5072, 15840), DISK(401408, 200704), NULL };
    vpcAccount acct;

    vpcAccountInit(&acct);
    vpcAccountFirstSeen(&acct, VPC_POWER_RUNNING, 10000, 0);
    sampleRecord(&acct, 10000, before);

    vpcAccountReset(&acct, 20000);                          /* the REBOOT event */
    sampleRecordReadFrom(&acct, 19990, 20010, before);      /* the poll under way */
    assert_true(vpcAccountBaselinePending(&acct));
    assertCounters(&acct, 20010, 0, 0, 0, 0);
    sampleRecordReadFrom(&acct, 20200, 20210, atReset);
    assert_false(vpcAccountBaselinePending(&acct));
    sampleRecord(&acct, 23210, booted);
    sampleRecord(&acct, 27210, after);
    assertCounters(&acct, 27210, 968, 3210, 135168, 65536);

    /* a new process, started: its first sample raced the STARTED event */
    vpcAccountStopped(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 30000, true);
    sampleRecordReadFrom(&acct, 29990, 30010, booted);
    assert_false(vpcAccountBaselinePending(&acct));
    sampleRecord(&acct, 31000, after);
    assertCounters(&acct, 31000, 568, 2210, 131072, 65536);

    /* a power-up that a poll noticed: that poll's sample is the run's */
    vpcAccountStopped(&acct);
    assert_true(vpcAccountObserve(&acct, VPC_POWER_RUNNING, 40010));
    sampleRecordReadFrom(&acct, 40000, 40010, booted);
    assert_false(vpcAccountBaselinePending(&acct));
    sampleRecord(&acct, 41000, after);
    assertCounters(&acct, 41000, 568, 2210, 131072, 65536);
}

/*
 * Recorded from the real-QEMU layer: a restore is a new QEMU process, which
 * announces the guest's MAC at once (a RARP frame of 60 bytes, then the
 * guest's gratuitous ARP of 42) and may do so before the first sample
 * after the STARTED event.  Its counters started at 0 with it: the
 * accountant must say what libvirt says, not 102 bytes less.
 */
static void
test_new_process_counts_from_zero(void **state)
{
    static const char *const announced[] = { NET(0, 102), DISK(0, 0), NULL };
    static const char *const after[] = { NET(426, 3604), DISK(65536, 65536), NULL };
    vpcAccount acct;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 50000, true);   /* STARTED, restored */
    vpcAccountCountFromZero(&acct);
    assert_false(vpcAccountBaselinePending(&acct));
    sampleRecord(&acct, 50060, announced);
    assertCounters(&acct, 50060, 0, 102, 0, 0);
    sampleRecord(&acct, 60000, after);
    assertCounters(&acct, 60000, 426, 3604, 65536, 65536);

    /* a VM that is off does not start counting */
    vpcAccountStopped(&acct);
    vpcAccountCountFromZero(&acct);
    assertCounters(&acct, 62000, 0, 0, 0, 0);
    assert_false(vpcAccountIsRunning(&acct));
}

static void
test_poll_then_event_is_one_power_up(void **state)
{
    vpcAccount acct;
    vpcAccountView view;
    vpcRawSample s;

    vpcAccountInit(&acct);
    assert_true(vpcAccountObserve(&acct, VPC_POWER_RUNNING, 1000));
    s = sample(1000, 100, 100, 100, 100, 0, 1);
    vpcAccountSample(&acct, &s);
    s = sample(2000, 300, 300, 300, 300, 0, 1);
    vpcAccountSample(&acct, &s);
    /* the STARTED event for the same power-up arrives late */
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 2100, true);
    vpcAccountRead(&acct, 2100, &view);
    assert_int_equal(view.counters.netRx, 200);
    assert_int_equal(view.uptimeSeconds, 1);

    /* a second STARTED is a second power-up */
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 3000, true);
    vpcAccountRead(&acct, 3000, &view);
    assert_int_equal(view.counters.netRx, 0);
}

static void
test_decimal_holds_more_than_2_to_the_53(void **state)
{
    vpcDecimal d = vpcDecimalFromU64((1ULL << 53) + 1);

    assert_int_equal(d.hi32, 0);
    assert_true(d.lo64 == (1ULL << 53) + 1);

    d = vpcDecimalAdd(vpcDecimalFromU64(UINT64_MAX), 2);
    assert_int_equal(d.hi32, 1);
    assert_true(d.lo64 == 1);

    d.hi32 = UINT32_MAX;
    d.lo64 = UINT64_MAX - 1;
    d = vpcDecimalAdd(d, 5);
    assert_int_equal(d.hi32, UINT32_MAX);
    assert_true(d.lo64 == UINT64_MAX);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_seen_running_counts_from_zero),
        cmocka_unit_test(test_power_up_takes_baseline_at_next_sample),
        cmocka_unit_test(test_counter_below_baseline_rebaselines_at_zero),
        cmocka_unit_test(test_reset_restarts_counters_and_uptime),
        cmocka_unit_test(test_uptime_excludes_paused_time),
        cmocka_unit_test(test_stopped_reports_zeros),
        cmocka_unit_test(test_utilization_rounding_and_clamping),
        cmocka_unit_test(test_utilization_from_samples),
        cmocka_unit_test(test_short_intervals_do_not_measure_cpu),
        cmocka_unit_test(test_history_is_sixty_seconds_oldest_first),
        cmocka_unit_test(test_newest_history_second_is_the_newest_sample),
        cmocka_unit_test(test_measurement_within_one_second_fills_it),
        cmocka_unit_test(test_late_poll_leaves_no_zero_in_the_history),
        cmocka_unit_test(test_bulk_group_listed_without_counters_is_missing),
        cmocka_unit_test(test_bulk_record_nic_samples),
        cmocka_unit_test(test_reset_then_incomplete_block_record),
        cmocka_unit_test(test_poll_under_way_at_reset_gives_no_baseline),
        cmocka_unit_test(test_new_process_counts_from_zero),
        cmocka_unit_test(test_poll_then_event_is_one_power_up),
        cmocka_unit_test(test_decimal_holds_more_than_2_to_the_53),
    };

    return cmocka_run_group_tests_name("account", tests, NULL, NULL);
}
