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
#include <string.h>
#include <cmocka.h>

#include "vpcaccount.h"

#define SEC_US 1000000LL

static vpcRawSample
sample(int64_t atMs, uint64_t rx, uint64_t tx, uint64_t rd, uint64_t wr, uint64_t cpuNs,
       unsigned int vcpus)
{
    vpcRawSample s;

    memset(&s, 0, sizeof(s));
    s.atUs = atMs * 1000;
    s.counters.netRx = rx;
    s.counters.netTx = tx;
    s.counters.diskRead = rd;
    s.counters.diskWritten = wr;
    s.haveCpuTime = true;
    s.cpuTimeNs = cpuNs;
    s.vcpus = vcpus;
    return s;
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
    int64_t t;
    int i;

    vpcAccountInit(&acct);
    vpcAccountStarted(&acct, VPC_POWER_RUNNING, 100000, true);
    /* 2 vCPUs, one busy: 50 % every second from 101 s to 130 s */
    for (t = 100; t <= 130; t++) {
        s = sample(t * 1000 + 500, 0, 0, 0, 0, (uint64_t)t * 1000000000ULL, 2);
        vpcAccountSample(&acct, &s);
    }
    vpcAccountRead(&acct, 130900, &view);
    /* window: seconds 71..130; 101..130 observed */
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], i >= 30 ? 50 : 0);

    /* a gap (no samples for 100..) and the window moving on */
    vpcAccountRead(&acct, 150000, &view);      /* seconds 91..150 */
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], (i >= 10 && i < 40) ? 50 : 0);

    /* 1 CPU-second over 20.5 s on 2 vCPUs: 2.4 % */
    s = sample(151000, 0, 0, 0, 0, 131000000000ULL, 2);
    vpcAccountSample(&acct, &s);
    vpcAccountRead(&acct, 151000, &view);      /* seconds 92..151 */
    assert_int_equal(view.history[59], 2);
    assert_int_equal(view.history[58], 0);
    assert_int_equal(view.history[38], 50);     /* second 130 */
    assert_int_equal(view.history[39], 0);

    /* everything scrolls out after a minute */
    vpcAccountRead(&acct, 211000, &view);
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        assert_int_equal(view.history[i], 0);
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
        cmocka_unit_test(test_poll_then_event_is_one_power_up),
        cmocka_unit_test(test_decimal_holds_more_than_2_to_the_53),
    };

    return cmocka_run_group_tests_name("account", tests, NULL, NULL);
}
