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

#include <string.h>

#include "vpcaccount.h"

/*
 * Virtual PC resets the accountant's byte counters at power-up, restore and
 * reset, while libvirt's counters live as long as the hypervisor process
 * (and, for the test driver, forever).  So every run keeps the raw totals of
 * its first sample as a baseline and reports the difference.  A raw total
 * below its baseline means a device went away (hot-unplug): that counter is
 * re-baselined so it reads 0 and counts on from there.
 *
 * Network and disk counters come separately: right after a reset QEMU's
 * disks cannot be asked (libvirt still holds the domain's job) while its
 * taps can.  A sample without one of them takes no baseline for it and
 * moves nothing: the run's baseline is the first sample that has it.
 *
 * Nor does a sample read before the backend learned of a reset: a poll
 * under way when a REBOOT event (or our own Reset) arrives carries the
 * counters of the run that just ended, in the same process, without what
 * the guest did between that poll's call and the reset, which would then
 * count as the new run's.
 */

void
vpcAccountInit(vpcAccount *acct)
{
    memset(acct, 0, sizeof(*acct));
    acct->power = VPC_POWER_OFF;
    acct->runningSinceMs = -1;
    acct->historyNewestSecond = -1;
}


bool
vpcAccountIsRunning(const vpcAccount *acct)
{
    return acct->power != VPC_POWER_OFF;
}


static void
accountBeginRun(vpcAccount *acct, vpcPowerState power, int64_t nowMs)
{
    acct->power = power;
    acct->haveCounters = false;
    acct->haveCpuTime = false;
    acct->cpuUtilization = 0;
    acct->uptimeAccruedMs = 0;
    acct->runningSinceMs = power == VPC_POWER_RUNNING ? nowMs : -1;
}


void
vpcAccountFirstSeen(vpcAccount *acct, vpcPowerState power, int64_t nowMs,
                    int64_t uptimeSeedMs)
{
    vpcAccountInit(acct);
    if (power == VPC_POWER_OFF)
        return;

    accountBeginRun(acct, power, nowMs);
    /* The hypervisor's counters started with its process: no baseline. */
    memset(&acct->baseline, 0, sizeof(acct->baseline));
    acct->netBaselinePending = acct->diskBaselinePending = false;
    acct->runConfirmed = true;
    if (uptimeSeedMs > 0) {
        if (power == VPC_POWER_RUNNING)
            acct->runningSinceMs = nowMs - uptimeSeedMs;
        else
            acct->uptimeAccruedMs = uptimeSeedMs;
    }
}


void
vpcAccountStarted(vpcAccount *acct, vpcPowerState power, int64_t nowMs, bool fromEvent)
{
    if (power == VPC_POWER_OFF)
        power = VPC_POWER_RUNNING;

    /* A poll may notice a power-up before libvirt's STARTED event arrives;
     * the event then confirms that run instead of starting another. */
    if (fromEvent && vpcAccountIsRunning(acct) && !acct->runConfirmed) {
        acct->runConfirmed = true;
        return;
    }

    accountBeginRun(acct, power, nowMs);
    acct->netBaselinePending = acct->diskBaselinePending = true;
    acct->runConfirmed = fromEvent;
    /* A new process: a sample with the run's domain id is of the run, even
     * one read before the event came (the host tells runs apart by id). */
    acct->runKnownSinceUs = 0;
}


void
vpcAccountCountFromZero(vpcAccount *acct)
{
    if (!vpcAccountIsRunning(acct))
        return;

    memset(&acct->baseline, 0, sizeof(acct->baseline));
    acct->netBaselinePending = acct->diskBaselinePending = false;
}


void
vpcAccountReset(vpcAccount *acct, int64_t nowMs)
{
    if (!vpcAccountIsRunning(acct))
        return;

    accountBeginRun(acct, acct->power, nowMs);
    acct->netBaselinePending = acct->diskBaselinePending = true;
    acct->runConfirmed = true;
    acct->runKnownSinceUs = nowMs * 1000;
}


void
vpcAccountStopped(vpcAccount *acct)
{
    int64_t newest = acct->historyNewestSecond;
    unsigned char history[VPC_HISTORY_SECONDS];

    /* The history is wall-clock based: seconds of the last run stay until
     * they scroll out, exactly as if they had been observed. */
    memcpy(history, acct->history, sizeof(history));
    vpcAccountInit(acct);
    memcpy(acct->history, history, sizeof(history));
    acct->historyNewestSecond = newest;
}


void
vpcAccountSuspended(vpcAccount *acct, int64_t nowMs)
{
    if (acct->power != VPC_POWER_RUNNING)
        return;

    acct->uptimeAccruedMs += nowMs - acct->runningSinceMs;
    acct->runningSinceMs = -1;
    acct->power = VPC_POWER_PAUSED;
    acct->cpuUtilization = 0;
}


void
vpcAccountResumed(vpcAccount *acct, int64_t nowMs)
{
    if (acct->power != VPC_POWER_PAUSED)
        return;

    acct->power = VPC_POWER_RUNNING;
    acct->runningSinceMs = nowMs;
    /* CPU time spent while paused is not the guest's: start a new interval. */
    acct->haveCpuTime = false;
}


bool
vpcAccountObserve(vpcAccount *acct, vpcPowerState power, int64_t nowMs)
{
    if (power == acct->power)
        return false;

    if (!vpcAccountIsRunning(acct)) {
        vpcAccountStarted(acct, power, nowMs, false);
        return true;
    }

    if (power == VPC_POWER_OFF)
        vpcAccountStopped(acct);
    else if (power == VPC_POWER_PAUSED)
        vpcAccountSuspended(acct, nowMs);
    else
        vpcAccountResumed(acct, nowMs);
    return false;
}


int
vpcCpuUtilization(uint64_t cpuDeltaNs, uint64_t wallDeltaNs, unsigned int vcpus)
{
    double percent;

    if (wallDeltaNs == 0 || vcpus == 0)
        return 0;

    percent = 100.0 * (double)cpuDeltaNs / ((double)wallDeltaNs * vcpus);
    if (percent >= 100.0)
        return 100;
    return (int)(percent + 0.5);
}


/*
 * Records a utilization measured from 'fromUs' to 'toUs' at the second of
 * 'toUs'.  Samples come once a second, but not like clockwork: under load a
 * poll runs late, and a second may pass without one.  A measurement that
 * spans such a second stands for it too; one that spans more than a late
 * poll can explain means samples stopped (an outage): those seconds stay 0.
 */
bool
vpcHistorySpan(int64_t *newest, int64_t fromUs, int64_t toUs, int64_t *start, int64_t *fill,
               int64_t *second)
{
    int64_t s = toUs / 1000000;

    if (s < 0 || (*newest >= 0 && s <= *newest - VPC_HISTORY_SECONDS))
        return false;
    *second = s;
    if (s <= *newest) {
        /* A late measurement of a second already in the ring: that one only. */
        *start = *fill = s;
        return true;
    }
    *start = *newest < 0 ? s - VPC_HISTORY_SECONDS + 1 : *newest + 1;
    if (*start < s - VPC_HISTORY_SECONDS + 1)
        *start = s - VPC_HISTORY_SECONDS + 1;
    *fill = toUs - fromUs <= (VPC_HISTORY_MAX_LAG_SECONDS + 1) * 1000000LL ?
            fromUs / 1000000 + 1 : s;
    /* A measurement within one second still fills that second. */
    if (*fill > s)
        *fill = s;
    *newest = s;
    return true;
}


static void
accountRecordHistory(vpcAccount *acct, int64_t fromUs, int64_t toUs, int percent)
{
    int64_t s, fill, second;

    if (!vpcHistorySpan(&acct->historyNewestSecond, fromUs, toUs, &s, &fill, &second))
        return;
    for (; s <= second; s++)
        acct->history[(uint64_t)s % VPC_HISTORY_SECONDS] = s >= fill ? (unsigned char)percent : 0;
}


static void
accountRebaseCounter(uint64_t raw, uint64_t *baseline)
{
    if (raw < *baseline)
        *baseline = raw;
}


bool
vpcAccountBaselinePending(const vpcAccount *acct)
{
    return vpcAccountIsRunning(acct) && (acct->netBaselinePending || acct->diskBaselinePending);
}


/* One pair of counters (rx/tx or read/written) from a sample that has it,
 * read at 'readFromUs' or later. */
static void
accountSamplePair(const vpcAccount *acct, int64_t readFromUs, uint64_t rawA, uint64_t rawB,
                  bool *baselinePending, uint64_t *baselineA, uint64_t *baselineB,
                  uint64_t *currentA, uint64_t *currentB)
{
    if (*baselinePending) {
        if (readFromUs < acct->runKnownSinceUs)
            return;
        *baselineA = rawA;
        *baselineB = rawB;
        *baselinePending = false;
    }
    accountRebaseCounter(rawA, baselineA);
    accountRebaseCounter(rawB, baselineB);
    *currentA = rawA;
    *currentB = rawB;
}


void
vpcAccountSample(vpcAccount *acct, const vpcRawSample *sample)
{
    if (!vpcAccountIsRunning(acct))
        return;

    if (!sample->netMissing)
        accountSamplePair(acct, sample->readFromUs, sample->counters.netRx,
                          sample->counters.netTx, &acct->netBaselinePending,
                          &acct->baseline.netRx, &acct->baseline.netTx,
                          &acct->current.netRx, &acct->current.netTx);
    if (!sample->diskMissing)
        accountSamplePair(acct, sample->readFromUs, sample->counters.diskRead,
                          sample->counters.diskWritten, &acct->diskBaselinePending,
                          &acct->baseline.diskRead, &acct->baseline.diskWritten,
                          &acct->current.diskRead, &acct->current.diskWritten);
    acct->haveCounters = true;

    if (!sample->haveCpuTime)
        return;

    if (acct->power == VPC_POWER_PAUSED) {
        acct->cpuUtilization = 0;
        accountRecordHistory(acct, sample->atUs, sample->atUs, 0);
    } else if (acct->haveCpuTime && sample->atUs - acct->cpuSampleUs < VPC_MIN_CPU_INTERVAL_US) {
        /* Samples that events or scripts asked for come at any moment: a
         * few milliseconds of timing error over a short interval would be
         * a large error in percent.  Keep measuring from the earlier one. */
        return;
    } else if (acct->haveCpuTime) {
        uint64_t cpuDelta = sample->cpuTimeNs >= acct->cpuTimeNs ?
                            sample->cpuTimeNs - acct->cpuTimeNs : 0;
        uint64_t wallDelta = (uint64_t)(sample->atUs - acct->cpuSampleUs) * 1000;

        acct->cpuUtilization = vpcCpuUtilization(cpuDelta, wallDelta, sample->vcpus);
        accountRecordHistory(acct, acct->cpuSampleUs, sample->atUs, acct->cpuUtilization);
    }
    acct->cpuTimeNs = sample->cpuTimeNs;
    acct->cpuSampleUs = sample->atUs;
    acct->haveCpuTime = true;
}


/*
 * The history's newest second is the newest sampled one, not the read's
 * own: the sample of the current second may not have been taken yet, and
 * a 0 for it would be a 0 that never happened.  The host samples once a
 * second, so the newest sample is normally this second's or the last one's,
 * two seconds old under load; when it is older still, samples stopped
 * coming, and the window moves on without them (those seconds count as 0).
 */
int64_t
vpcHistoryEnd(int64_t newestSecond, int64_t nowSecond)
{
    int64_t end = newestSecond;

    if (end > nowSecond)
        end = nowSecond;
    if (end < nowSecond - VPC_HISTORY_MAX_LAG_SECONDS)
        end = nowSecond - VPC_HISTORY_MAX_LAG_SECONDS;
    return end;
}


static uint64_t
counterSince(uint64_t raw, uint64_t baseline)
{
    return raw >= baseline ? raw - baseline : 0;
}


void
vpcAccountRead(const vpcAccount *acct, int64_t nowMs, vpcAccountView *view)
{
    int64_t nowSecond = nowMs / 1000, newestSecond;
    int64_t uptimeMs;
    int i;

    memset(view, 0, sizeof(*view));
    view->running = vpcAccountIsRunning(acct);
    if (!view->running)
        return;

    if (acct->haveCounters && !acct->netBaselinePending) {
        view->counters.netRx = counterSince(acct->current.netRx, acct->baseline.netRx);
        view->counters.netTx = counterSince(acct->current.netTx, acct->baseline.netTx);
    }
    if (acct->haveCounters && !acct->diskBaselinePending) {
        view->counters.diskRead = counterSince(acct->current.diskRead, acct->baseline.diskRead);
        view->counters.diskWritten = counterSince(acct->current.diskWritten,
                                                  acct->baseline.diskWritten);
    }
    view->cpuUtilization = acct->cpuUtilization;

    newestSecond = vpcHistoryEnd(acct->historyNewestSecond, nowSecond);
    for (i = 0; i < VPC_HISTORY_SECONDS; i++) {
        int64_t second = newestSecond - (VPC_HISTORY_SECONDS - 1) + i;

        if (acct->historyNewestSecond >= 0 && second <= acct->historyNewestSecond &&
            second > acct->historyNewestSecond - VPC_HISTORY_SECONDS && second >= 0)
            view->history[i] = acct->history[(uint64_t)second % VPC_HISTORY_SECONDS];
    }

    uptimeMs = acct->uptimeAccruedMs;
    if (acct->runningSinceMs >= 0 && nowMs > acct->runningSinceMs)
        uptimeMs += nowMs - acct->runningSinceMs;
    view->uptimeSeconds = uptimeMs > 0 ? (uint64_t)uptimeMs / 1000 : 0;
}
