/*
 * Per-domain accounting: baselines, CPU utilization, history and uptime.
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
 * Pure state machine, no libvirt: it is fed lifecycle transitions (from
 * events or from polled states) and raw counter samples, and answers what
 * Virtual PC's accountant would report.  Times are monotonic milliseconds
 * supplied by the caller, so tests can replay recorded sequences.
 */

#ifndef VPCACCOUNT_H
#define VPCACCOUNT_H

#include "vpccore.h"

/* The shortest interval a CPU utilization is measured over. */
#define VPC_MIN_CPU_INTERVAL_US 400000
/* How far the newest sample may lag behind a read before the seconds
 * without one count as an outage (see vpcAccountRead). */
#define VPC_HISTORY_MAX_LAG_SECONDS 2

/* The seconds of a 60-second history ring (slot = second % 60) that a
 * measurement from 'fromUs' to 'toUs' writes: slots *start to *second,
 * those before *fill cleared and the rest given the measurement.  Moves
 * *newest on; false when the measurement is older than the ring. */
bool vpcHistorySpan(int64_t *newest, int64_t fromUs, int64_t toUs, int64_t *start,
                    int64_t *fill, int64_t *second);
/* The newest second a read at 'nowSecond' shows of a ring whose newest
 * sampled second is 'newestSecond' (see account.c). */
int64_t vpcHistoryEnd(int64_t newestSecond, int64_t nowSecond);

typedef enum {
    VPC_POWER_OFF,          /* shut off, crashed, no state: not running */
    VPC_POWER_RUNNING,      /* running or blocked */
    VPC_POWER_PAUSED,       /* paused: still "running" for the accountant */
} vpcPowerState;

typedef struct _vpcRawSample {
    int64_t atUs;               /* monotonic microseconds when the sample was taken */
    /* When the call that read it began: its counters are of that moment
     * or later, maybe of a run that ended since. */
    int64_t readFromUs;
    vpcCounters counters;       /* raw hypervisor totals */
    /* The hypervisor could not give these this time (libvirt lists the
     * devices without their byte counts while another job holds the
     * domain): their counters are not in 'counters', not zeros. */
    bool netMissing;
    bool diskMissing;
    bool haveCpuTime;
    uint64_t cpuTimeNs;
    unsigned int vcpus;
} vpcRawSample;

/* Fixed size whatever the domain: the backend keeps one per domain. */
typedef struct _vpcAccount {
    vpcPowerState power;
    /* The next sample that has them gives the baseline of these counters. */
    bool netBaselinePending;
    bool diskBaselinePending;
    bool runConfirmed;          /* a STARTED event (not only a poll) announced this run */
    /* When the backend learned of the reset that began this run (REBOOT
     * event, its own Reset): a sample read before then may be of the run
     * before, in the same process.  0 for other runs. */
    int64_t runKnownSinceUs;
    vpcCounters baseline;
    vpcCounters current;
    bool haveCounters;
    bool haveCpuTime;
    int64_t cpuSampleUs;
    uint64_t cpuTimeNs;
    int cpuUtilization;
    int64_t historyNewestSecond;
    unsigned char history[VPC_HISTORY_SECONDS];   /* ring, slot = second % 60 */
    int64_t uptimeAccruedMs;    /* running time before runningSinceMs */
    int64_t runningSinceMs;     /* -1 while not accruing (off or paused) */
} vpcAccount;

typedef struct _vpcAccountView {
    bool running;
    vpcCounters counters;
    int cpuUtilization;
    unsigned char history[VPC_HISTORY_SECONDS];
    uint64_t uptimeSeconds;
} vpcAccountView;

void vpcAccountInit(vpcAccount *acct);

/* A domain seen for the first time, already in 'power'.  Its counters are
 * taken from zero (they started with the hypervisor process) and its uptime
 * from 'uptimeSeedMs' (0 when unknown). */
void vpcAccountFirstSeen(vpcAccount *acct, vpcPowerState power, int64_t nowMs,
                         int64_t uptimeSeedMs);

/* Power-up or restore (libvirt STARTED, any detail). */
void vpcAccountStarted(vpcAccount *acct, vpcPowerState power, int64_t nowMs, bool fromEvent);

/* The run just started is a new hypervisor process whose counters started
 * at 0 with it (QEMU): its baseline is 0, not its first sample, which may
 * come after the guest's first bytes (a restored guest's announcements). */
void vpcAccountCountFromZero(vpcAccount *acct);

/* Guest reset (libvirt REBOOT event): counters and uptime restart. */
void vpcAccountReset(vpcAccount *acct, int64_t nowMs);

void vpcAccountStopped(vpcAccount *acct);
void vpcAccountSuspended(vpcAccount *acct, int64_t nowMs);
void vpcAccountResumed(vpcAccount *acct, int64_t nowMs);

/* Bring the account in line with a polled power state; returns true when
 * that was a power-up the account had not seen. */
bool vpcAccountObserve(vpcAccount *acct, vpcPowerState power, int64_t nowMs);

void vpcAccountSample(vpcAccount *acct, const vpcRawSample *sample);
/* A run began whose baseline no sample has given yet. */
bool vpcAccountBaselinePending(const vpcAccount *acct);
void vpcAccountRead(const vpcAccount *acct, int64_t nowMs, vpcAccountView *view);

bool vpcAccountIsRunning(const vpcAccount *acct);

/* round(100 * cpuDeltaNs / (wallDeltaNs * vcpus)), clamped to 0..100. */
int vpcCpuUtilization(uint64_t cpuDeltaNs, uint64_t wallDeltaNs, unsigned int vcpus);

#endif /* VPCACCOUNT_H */
