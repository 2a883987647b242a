/*
 * Unit tests of a virtual network's counters: per-NIC rates from recorded
 * samples, their history, and the sums the virtual switch reports.
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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "vpcnetcounters.h"
#include "vpcfacts.h"

#define SEC_US 1000000LL

/* Per second, on every NIC of these tests unless said otherwise. */
static const uint64_t perSecond[VPC_NIC_COUNTERS] = {
    [VPC_NIC_RX_BYTES] = 1000, [VPC_NIC_RX_PACKETS] = 10, [VPC_NIC_RX_DROP] = 1,
    [VPC_NIC_TX_BYTES] = 2000, [VPC_NIC_TX_PACKETS] = 20, [VPC_NIC_TX_DROP] = 3,
};

/* A NIC 'seconds' seconds into its counting, times 'scale', read at 'atUs'. */
static vpcNicSample
steadySample(const char *name, double seconds, uint64_t scale, int64_t atUs)
{
    vpcNicSample s;
    int c;

    memset(&s, 0, sizeof(s));
    s.name = name;
    s.atUs = atUs;
    for (c = 0; c < VPC_NIC_COUNTERS; c++)
        s.reading.value[c] = (uint64_t)(perSecond[c] * scale * seconds);
    return s;
}

/* One NIC sampled once a second, 'phaseMs' into seconds first..last. */
static void
steadyRun(vpcNicRateSet *set, const char *name, int64_t first, int64_t last, int phaseMs)
{
    vpcNicSample s;
    int64_t t;

    for (t = first; t <= last; t++) {
        s = steadySample(name, (double)(t - first), 1, t * SEC_US + phaseMs * 1000);
        assert_int_equal(vpcNicRateSetSample(set, &s, 1), 0);
    }
}

static vpcNetworkCounters
sums(const vpcNicRateSet *set, int64_t nowMs)
{
    vpcNetworkCounters out;
    size_t i;

    memset(&out, 0, sizeof(out));
    for (i = 0; i < set->count; i++)
        vpcNetworkCountersAdd(&out, &set->nics[i], nowMs);
    return out;
}

/* The switch receives what the guest sends: BytesReceived is its tx. */
static void
test_switch_view_of_one_nic(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNetworkCounters net;
    int i;

    steadyRun(&set, "vnet0", 100, 160, 250);
    net = sums(&set, 160500);
    assert_int_equal(net.current[VPC_NET_BYTES_RECEIVED], 2000);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);
    assert_int_equal(net.current[VPC_NET_PACKETS_RECEIVED], 20);
    assert_int_equal(net.current[VPC_NET_PACKETS_SENT], 10);
    /* libvirt counts drops in packets, both ways */
    assert_int_equal(net.current[VPC_NET_PACKETS_DROPPED], 4);
    /* seconds 101..160: the first reading gives no rate */
    for (i = 0; i < VPC_HISTORY_SECONDS; i++) {
        assert_int_equal(net.history[VPC_NET_BYTES_RECEIVED][i], 2000);
        assert_int_equal(net.history[VPC_NET_PACKETS_SENT][i], 10);
    }
    vpcNicRateSetClear(&set);
}

/* Fewer than 60 seconds sampled: the older ones are 0, oldest first. */
static void
test_history_oldest_first(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNetworkCounters net;
    int i;

    steadyRun(&set, "vnet0", 100, 110, 250);
    net = sums(&set, 110700);
    for (i = 0; i < VPC_HISTORY_SECONDS - 10; i++)
        assert_int_equal(net.history[VPC_NET_BYTES_SENT][i], 0);
    for (; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(net.history[VPC_NET_BYTES_SENT][i], 1000);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);
    vpcNicRateSetClear(&set);
}

/* Two NICs of one network, at twice and three times the rates. */
static void
test_sums_over_nics(void **state)
{
    vpcNicRateSet a = { 0 }, b = { 0 };
    vpcNetworkCounters net;
    vpcNicSample s[2];
    int64_t t;

    for (t = 0; t <= 5; t++) {
        s[0] = steadySample("52:54:00:1a:01:01", (double)t, 2, (50 + t) * SEC_US + 100000);
        s[1] = steadySample("vnet7", (double)t, 3, (50 + t) * SEC_US + 100000);
        assert_int_equal(vpcNicRateSetSample(&a, &s[0], 1), 0);
        assert_int_equal(vpcNicRateSetSample(&b, &s[1], 1), 0);
    }
    memset(&net, 0, sizeof(net));
    vpcNetworkCountersAdd(&net, vpcNicRateSetFind(&a, "52:54:00:1a:01:01"), 55200);
    vpcNetworkCountersAdd(&net, vpcNicRateSetFind(&b, "vnet7"), 55200);
    assert_int_equal(net.current[VPC_NET_BYTES_RECEIVED], 5 * 2000);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 5 * 1000);
    assert_int_equal(net.current[VPC_NET_PACKETS_DROPPED], 5 * 4);
    assert_int_equal(net.history[VPC_NET_PACKETS_RECEIVED][VPC_HISTORY_SECONDS - 5], 5 * 20);
    assert_int_equal(net.history[VPC_NET_PACKETS_RECEIVED][VPC_HISTORY_SECONDS - 6], 0);
    vpcNicRateSetClear(&a);
    vpcNicRateSetClear(&b);
}

/* A rate is per second of the actual interval between readings. */
static void
test_rate_over_actual_interval(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNicSample s = steadySample("vnet0", 0, 1, 10 * SEC_US + 250000);
    vpcNetworkCounters net;

    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 1.05, 1, 11 * SEC_US + 300000);     /* 1.05 s later */
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    net = sums(&set, 11400);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);
    assert_int_equal(net.current[VPC_NET_BYTES_RECEIVED], 2000);
    vpcNicRateSetClear(&set);
}

/* A reading soon after the last (a sample a script asked for) is not
 * measured from: one drop in 0.2 s is not 5 per second. */
static void
test_short_interval_measures_from_earlier(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNicSample s;
    vpcNetworkCounters net;

    s = steadySample("vnet0", 0, 1, 10 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 0, 1, 10 * SEC_US + 200000);
    s.reading.value[VPC_NIC_RX_DROP] = 1;
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    net = sums(&set, 10300);
    assert_int_equal(net.current[VPC_NET_PACKETS_DROPPED], 0);
    s = steadySample("vnet0", 1, 1, 11 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    net = sums(&set, 11100);
    assert_int_equal(net.current[VPC_NET_PACKETS_DROPPED], 4);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);
    vpcNicRateSetClear(&set);
}

/* Counters that went down are a new counting: no rate from that reading. */
static void
test_counter_down_starts_again(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNicSample s;
    vpcNetworkCounters net;

    s = steadySample("vnet0", 100, 1, 20 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 101, 1, 21 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 0, 1, 22 * SEC_US);      /* a new QEMU process */
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 1, 1, 23 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    net = sums(&set, 23100);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 1], 1000);
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 2], 0);
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 3], 1000);
    vpcNicRateSetClear(&set);
}

/* A late sample stands for the seconds it spans; after an outage those
 * seconds stay 0, as in the accountant's CPU history. */
static void
test_late_sample_and_outage(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNicSample s;
    vpcNetworkCounters net;
    int i;

    s = steadySample("vnet0", 0, 1, 10 * SEC_US + 250000);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 1, 1, 11 * SEC_US + 250000);
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    s = steadySample("vnet0", 3, 1, 13 * SEC_US + 250000);     /* one second late */
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    net = sums(&set, 13500);
    for (i = VPC_HISTORY_SECONDS - 3; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(net.history[VPC_NET_BYTES_SENT][i], 1000);     /* 11, 12, 13 */

    s = steadySample("vnet0", 10, 1, 20 * SEC_US + 250000);    /* 7 s without a sample */
    assert_int_equal(vpcNicRateSetSample(&set, &s, 1), 0);
    net = sums(&set, 20500);
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 1], 1000);
    for (i = VPC_HISTORY_SECONDS - 7; i < VPC_HISTORY_SECONDS - 1; i++)
        assert_int_equal(net.history[VPC_NET_BYTES_SENT][i], 0);   /* 14..19 */
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 8], 1000);
    vpcNicRateSetClear(&set);
}

/* Read long after the newest sample: no current rate, the window moves on. */
static void
test_read_after_samples_stopped(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNetworkCounters net;

    steadyRun(&set, "vnet0", 10, 20, 250);
    net = sums(&set, 22900);        /* two seconds of lag are allowed */
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);
    net = sums(&set, 25500);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 0);
    /* the window ends at 23: 21..23 are 0, 20 is the newest rate */
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 1], 0);
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 3], 0);
    assert_int_equal(net.history[VPC_NET_BYTES_SENT][VPC_HISTORY_SECONDS - 4], 1000);
    vpcNicRateSetClear(&set);
}

/* A NIC the sample no longer lists goes; a hot-added one appears, with a
 * rate from its second reading. */
static void
test_nic_set_follows_the_sample(void **state)
{
    vpcNicRateSet set = { 0 };
    vpcNicSample s[2];
    vpcNetworkCounters net;

    s[0] = steadySample("vnet0", 0, 1, 10 * SEC_US);
    s[1] = steadySample("vnet1", 0, 1, 10 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, s, 2), 0);
    s[0] = steadySample("vnet1", 1, 1, 11 * SEC_US);
    s[1] = steadySample("vnet2", 5, 1, 11 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, s, 2), 0);
    assert_int_equal(set.count, 2);
    assert_null(vpcNicRateSetFind(&set, "vnet0"));
    net = sums(&set, 11100);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 1000);   /* vnet1 only */
    s[0] = steadySample("vnet1", 2, 1, 12 * SEC_US);
    s[1] = steadySample("vnet2", 6, 1, 12 * SEC_US);
    assert_int_equal(vpcNicRateSetSample(&set, s, 2), 0);
    net = sums(&set, 12100);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 2000);
    assert_int_equal(vpcNicRateSetSample(&set, NULL, 0), 0);
    assert_int_equal(set.count, 0);
    vpcNicRateSetClear(&set);
}

/* libvirt's test driver derives its counters from the clock in us:
 * rx bytes us/10, rx packets us/100, rx drops s/2, tx bytes us/20, tx
 * packets us/110, tx drops s/4.  Two NICs read once a second exactly:
 * what docs/inventory-mapping.md 2.5 says the lab's network shows. */
static vpcNicSample
testDriverSample(const char *name, int64_t us)
{
    vpcNicSample s;

    memset(&s, 0, sizeof(s));
    s.name = name;
    s.atUs = us;
    s.reading.value[VPC_NIC_RX_BYTES] = us / 10;
    s.reading.value[VPC_NIC_RX_PACKETS] = us / 100;
    s.reading.value[VPC_NIC_RX_DROP] = us / SEC_US / 2;
    s.reading.value[VPC_NIC_TX_BYTES] = us / 20;
    s.reading.value[VPC_NIC_TX_PACKETS] = us / 110;
    s.reading.value[VPC_NIC_TX_DROP] = us / SEC_US / 4;
    return s;
}

static void
test_test_driver_lab(void **state)
{
    vpcNicRateSet app01 = { 0 }, w2k3 = { 0 };
    vpcNetworkCounters net;
    vpcNicSample s;
    uint64_t dropped = 0;
    int64_t t;
    int i;

    for (t = 1000; t <= 1060; t++) {
        s = testDriverSample("52:54:00:1a:01:01", t * SEC_US + 123457);
        assert_int_equal(vpcNicRateSetSample(&app01, &s, 1), 0);
        s = testDriverSample("52:54:00:1a:03:01", t * SEC_US + 123457);
        assert_int_equal(vpcNicRateSetSample(&w2k3, &s, 1), 0);
    }
    memset(&net, 0, sizeof(net));
    vpcNetworkCountersAdd(&net, &app01.nics[0], 1060500);
    vpcNetworkCountersAdd(&net, &w2k3.nics[0], 1060500);
    assert_int_equal(net.current[VPC_NET_BYTES_RECEIVED], 100000);
    assert_int_equal(net.current[VPC_NET_BYTES_SENT], 200000);
    assert_int_equal(net.current[VPC_NET_PACKETS_SENT], 20000);
    for (i = 0; i < VPC_HISTORY_SECONDS; i++) {
        /* 9090.9 a second each, counted in whole packets */
        assert_in_range(net.history[VPC_NET_PACKETS_RECEIVED][i], 18180, 18182);
        dropped += net.history[VPC_NET_PACKETS_DROPPED][i];
    }
    /* (0.5 + 0.25) a second on each NIC, over 60 s */
    assert_int_equal(dropped, 90);
    vpcNicRateSetClear(&app01);
    vpcNicRateSetClear(&w2k3);
}

static void
test_counters_cross_the_wire(void **state)
{
    vpcNetworkCounters in, out;
    vpcBuffer buf = { 0 };
    vpcReader rd;
    int c, i;

    for (c = 0; c < VPC_NET_COUNTERS; c++) {
        in.current[c] = 1000u * c + 7;
        for (i = 0; i < VPC_HISTORY_SECONDS; i++)
            in.history[c][i] = UINT32_MAX - 100u * c - i;
    }
    vpcPutNetworkCounters(&buf, &in);
    vpcReaderInit(&rd, buf.data, buf.len);
    assert_int_equal(vpcReadNetworkCounters(&rd, &out), 0);
    assert_memory_equal(&in, &out, sizeof(in));
    vpcReaderInit(&rd, buf.data, buf.len - 1);
    assert_int_equal(vpcReadNetworkCounters(&rd, &out), -1);
    vpcBufferClear(&buf);
}

/* The sampler names a NIC by its target device, else by its MAC. */
static void
test_nic_stats_name(void **state)
{
    vpcNicFacts nic = { .mac = (char *)"52:54:00:1a:01:01", .target = (char *)"" };

    assert_string_equal(vpcNicStatsName(&nic), "52:54:00:1a:01:01");
    nic.target = (char *)"vnet3";
    assert_string_equal(vpcNicStatsName(&nic), "vnet3");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_switch_view_of_one_nic),
        cmocka_unit_test(test_history_oldest_first),
        cmocka_unit_test(test_sums_over_nics),
        cmocka_unit_test(test_rate_over_actual_interval),
        cmocka_unit_test(test_short_interval_measures_from_earlier),
        cmocka_unit_test(test_counter_down_starts_again),
        cmocka_unit_test(test_late_sample_and_outage),
        cmocka_unit_test(test_read_after_samples_stopped),
        cmocka_unit_test(test_nic_set_follows_the_sample),
        cmocka_unit_test(test_test_driver_lab),
        cmocka_unit_test(test_counters_cross_the_wire),
        cmocka_unit_test(test_nic_stats_name),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
