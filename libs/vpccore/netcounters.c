/*
 * Per-NIC rates and a virtual network's sums of them: the math only.
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
 * A NIC's rate over a sample is its counters' increase divided by the time
 * since the reading it is measured from, recorded at the sample's second,
 * as the accountant records CPU utilization (account.c): a sample that
 * comes late stands for the seconds it spans, one after an outage leaves
 * them 0, and a reading less than VPC_MIN_CPU_INTERVAL_US after the last
 * is not measured from (samples that scripts ask for come at any moment,
 * and one dropped packet in 0.1 s is not 10 per second).  A counter that
 * went down means a new counting (a NIC replaced, a new hypervisor
 * process): that reading starts again and gives no rate.
 */

#include <stdlib.h>
#include <string.h>

#include "vpcaccount.h"
#include "vpcnetcounters.h"
#include "vpcfacts.h"

#define SECOND_US 1000000LL

static void
nicRatesInit(vpcNicRates *nic)
{
    memset(nic, 0, sizeof(*nic));
    nic->newestSecond = -1;
}


static void
nicRecord(vpcNicRates *nic, int64_t fromUs, int64_t toUs, const uint32_t *rates)
{
    int64_t s, fill, second;

    if (!vpcHistorySpan(&nic->newestSecond, fromUs, toUs, &s, &fill, &second))
        return;
    for (; s <= second; s++) {
        uint32_t *slot = nic->history[(uint64_t)s % VPC_HISTORY_SECONDS];

        if (s >= fill)
            memcpy(slot, rates, sizeof(nic->history[0]));
        else
            memset(slot, 0, sizeof(nic->history[0]));
    }
}


static void
nicSample(vpcNicRates *nic, const vpcNicSample *sample)
{
    static const struct {
        vpcNicRate rate;
        vpcNicCounter counter;
    } rateOf[] = {
        { VPC_RATE_RX_BYTES, VPC_NIC_RX_BYTES },
        { VPC_RATE_RX_PACKETS, VPC_NIC_RX_PACKETS },
        { VPC_RATE_TX_BYTES, VPC_NIC_TX_BYTES },
        { VPC_RATE_TX_PACKETS, VPC_NIC_TX_PACKETS },
        { VPC_RATE_DROPS, VPC_NIC_RX_DROP },
        { VPC_RATE_DROPS, VPC_NIC_TX_DROP },
    };
    uint64_t increase[VPC_NIC_RATES] = { 0 };
    uint32_t rates[VPC_NIC_RATES];
    int64_t intervalUs = sample->atUs - nic->lastUs;
    bool recount = false;
    size_t c;

    if (nic->lastUs > 0 && intervalUs < VPC_MIN_CPU_INTERVAL_US)
        return;
    for (c = 0; c < VPC_NIC_COUNTERS; c++)
        recount |= sample->reading.value[c] < nic->last[c];
    if (nic->lastUs > 0 && !recount) {
        for (c = 0; c < sizeof(rateOf) / sizeof(rateOf[0]); c++)
            increase[rateOf[c].rate] += sample->reading.value[rateOf[c].counter] -
                                        nic->last[rateOf[c].counter];
        for (c = 0; c < VPC_NIC_RATES; c++) {
            double rate = (double)increase[c] * SECOND_US / (double)intervalUs + 0.5;

            rates[c] = rate >= (double)UINT32_MAX ? UINT32_MAX : (uint32_t)rate;
        }
        nicRecord(nic, nic->lastUs, sample->atUs, rates);
    }
    memcpy(nic->last, sample->reading.value, sizeof(nic->last));
    nic->lastUs = sample->atUs;
}


void
vpcNicSamplesFree(vpcNicSample *samples, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++)
        free((char *)samples[i].name);
    free(samples);
}


void
vpcNicRateSetClear(vpcNicRateSet *set)
{
    size_t i;

    for (i = 0; i < set->count; i++)
        free(set->nics[i].name);
    free(set->nics);
    set->nics = NULL;
    set->count = 0;
}


const vpcNicRates *
vpcNicRateSetFind(const vpcNicRateSet *set, const char *name)
{
    size_t i;

    for (i = 0; i < set->count; i++)
        if (strcmp(set->nics[i].name, name) == 0)
            return &set->nics[i];
    return NULL;
}


/* The same NICs as last time, in the same order: the common case, which
 * needs no allocation (the backend samples every domain every second). */
static bool
rateSetListsSame(const vpcNicRateSet *set, const vpcNicSample *samples, size_t count)
{
    size_t i;

    if (set->count != count)
        return false;
    for (i = 0; i < count; i++)
        if (strcmp(set->nics[i].name, samples[i].name) != 0)
            return false;
    return true;
}


int
vpcNicRateSetSample(vpcNicRateSet *set, const vpcNicSample *samples, size_t count)
{
    vpcNicRates *nics = NULL;
    size_t i, j;

    if (rateSetListsSame(set, samples, count)) {
        for (i = 0; i < count; i++)
            nicSample(&set->nics[i], &samples[i]);
        return 0;
    }

    if (count && !(nics = calloc(count, sizeof(*nics)))) {
        vpcNicRateSetClear(set);
        return -1;
    }
    for (i = 0; i < count; i++) {
        for (j = 0; j < set->count; j++)
            if (set->nics[j].name && strcmp(set->nics[j].name, samples[i].name) == 0)
                break;
        if (j < set->count) {
            /* Moved: the old set no longer owns its name. */
            nics[i] = set->nics[j];
            set->nics[j].name = NULL;
        } else {
            nicRatesInit(&nics[i]);
            if (!(nics[i].name = strdup(samples[i].name))) {
                vpcNicRateSetClear(set);
                for (j = 0; j < i; j++)
                    free(nics[j].name);
                free(nics);
                return -1;
            }
        }
        nicSample(&nics[i], &samples[i]);
    }
    vpcNicRateSetClear(set);
    set->nics = nics;
    set->count = count;
    return 0;
}


/* The switch receives what a guest sends, and sends what it receives. */
static const struct {
    vpcNetworkCounter sum;
    vpcNicRate nic;
} switchView[] = {
    { VPC_NET_BYTES_RECEIVED, VPC_RATE_TX_BYTES },
    { VPC_NET_BYTES_SENT, VPC_RATE_RX_BYTES },
    { VPC_NET_PACKETS_DROPPED, VPC_RATE_DROPS },
    { VPC_NET_PACKETS_RECEIVED, VPC_RATE_TX_PACKETS },
    { VPC_NET_PACKETS_SENT, VPC_RATE_RX_PACKETS },
};

static void
addSaturating(uint32_t *sum, uint32_t value)
{
    *sum = value > UINT32_MAX - *sum ? UINT32_MAX : *sum + value;
}


/* The newest second is the newest sampled one, within the lag the
 * accountant's history allows (vpcHistoryEnd): the
 * current second may not be sampled yet, and samples that stopped coming
 * leave seconds of 0. */
void
vpcNetworkCountersAdd(vpcNetworkCounters *sums, const vpcNicRates *nic, int64_t nowMs)
{
    int64_t end = vpcHistoryEnd(nic->newestSecond, nowMs / 1000);
    size_t i, k;

    if (nic->newestSecond < 0)
        return;

    for (i = 0; i < VPC_HISTORY_SECONDS; i++) {
        int64_t second = end - (VPC_HISTORY_SECONDS - 1) + (int64_t)i;
        const uint32_t *rates;

        if (second > nic->newestSecond || second <= nic->newestSecond - VPC_HISTORY_SECONDS ||
            second < 0)
            continue;
        rates = nic->history[(uint64_t)second % VPC_HISTORY_SECONDS];
        for (k = 0; k < sizeof(switchView) / sizeof(switchView[0]); k++) {
            addSaturating(&sums->history[switchView[k].sum][i], rates[switchView[k].nic]);
            if (i == VPC_HISTORY_SECONDS - 1 && second == nic->newestSecond)
                addSaturating(&sums->current[switchView[k].sum], rates[switchView[k].nic]);
        }
    }
}


void
vpcPutNetworkCounters(vpcBuffer *buf, const vpcNetworkCounters *counters)
{
    size_t c, i;

    for (c = 0; c < VPC_NET_COUNTERS; c++) {
        vpcBufferPutU32(buf, counters->current[c]);
        for (i = 0; i < VPC_HISTORY_SECONDS; i++)
            vpcBufferPutU32(buf, counters->history[c][i]);
    }
}


int
vpcReadNetworkCounters(vpcReader *rd, vpcNetworkCounters *counters)
{
    size_t c, i;

    for (c = 0; c < VPC_NET_COUNTERS; c++) {
        counters->current[c] = vpcReaderU32(rd);
        for (i = 0; i < VPC_HISTORY_SECONDS; i++)
            counters->history[c][i] = vpcReaderU32(rd);
    }
    return rd->failed ? -1 : 0;
}


/* As the sampler names a NIC (domxml.c): its target device where libvirt
 * gave it one, else its MAC. */
const char *
vpcNicStatsName(const vpcNicFacts *nic)
{
    return nic->target && *nic->target ? nic->target : nic->mac;
}
