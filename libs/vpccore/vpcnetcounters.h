/*
 * A virtual network's counters: per-NIC rates kept by the sampler, summed per network.
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
 * Shared by the DLL, the backend and the unit tests: no Windows or libvirt
 * headers.  The sampler turns each NIC's raw counters into per-second
 * rates and keeps the last VPC_HISTORY_SECONDS of them; a network's
 * counters are the sums over the NICs on it (docs/inventory-mapping.md
 * 2.5).  Times are monotonic, supplied by the caller, so tests can replay
 * recorded samples.
 */

#ifndef VPCNETCOUNTERS_H
#define VPCNETCOUNTERS_H

#include "vpcproto.h"

/* A NIC's raw counters, as libvirt's interface statistics name them. */
typedef enum {
    VPC_NIC_RX_BYTES,
    VPC_NIC_RX_PACKETS,
    VPC_NIC_RX_DROP,
    VPC_NIC_TX_BYTES,
    VPC_NIC_TX_PACKETS,
    VPC_NIC_TX_DROP,
    VPC_NIC_COUNTERS
} vpcNicCounter;

typedef struct _vpcNicReading {
    uint64_t value[VPC_NIC_COUNTERS];
} vpcNicReading;

/* What a NIC's rates keep: its drops both ways are one count, as the
 * switch reports them. */
typedef enum {
    VPC_RATE_RX_BYTES,
    VPC_RATE_RX_PACKETS,
    VPC_RATE_TX_BYTES,
    VPC_RATE_TX_PACKETS,
    VPC_RATE_DROPS,
    VPC_NIC_RATES
} vpcNicRate;

/* One NIC's rates: 5 rates x 60 seconds of uint32, about 1.3 KiB. */
typedef struct _vpcNicRates {
    char *name;                 /* target device, else MAC, as the sampler asks it */
    int64_t lastUs;             /* the reading rates are measured from; 0 before one */
    uint64_t last[VPC_NIC_COUNTERS];
    int64_t newestSecond;       /* the newest second with a rate, -1 before one */
    uint32_t history[VPC_HISTORY_SECONDS][VPC_NIC_RATES];  /* ring, slot = second % 60 */
} vpcNicRates;

/* The NICs of one domain, as its latest sample listed them. */
typedef struct _vpcNicRateSet {
    size_t count;
    vpcNicRates *nics;
} vpcNicRateSet;

/* What the sampler read from one NIC, and when. */
typedef struct _vpcNicSample {
    const char *name;
    int64_t atUs;
    vpcNicReading reading;
} vpcNicSample;

void vpcNicSamplesFree(vpcNicSample *samples, size_t count);
void vpcNicRateSetClear(vpcNicRateSet *set);
/* A sample of the domain's NICs: each listed NIC gets its rates since its
 * last reading, a NIC not listed any more is dropped, a new one starts
 * with this reading.  -1 when out of memory (the set is then empty). */
int vpcNicRateSetSample(vpcNicRateSet *set, const vpcNicSample *samples, size_t count);
const vpcNicRates *vpcNicRateSetFind(const vpcNicRateSet *set, const char *name);

/* The virtual switch's view of its network's NICs.  libvirt counts drops in
 * packets only, so there is no dropped-bytes sum (BytesDropped is E_NOTIMPL). */
typedef enum {
    VPC_NET_BYTES_RECEIVED,
    VPC_NET_BYTES_SENT,
    VPC_NET_PACKETS_DROPPED,
    VPC_NET_PACKETS_RECEIVED,
    VPC_NET_PACKETS_SENT,
    VPC_NET_COUNTERS
} vpcNetworkCounter;

typedef struct _vpcNetworkCounters {
    uint32_t current[VPC_NET_COUNTERS];     /* per second, over the newest sample */
    uint32_t history[VPC_NET_COUNTERS][VPC_HISTORY_SECONDS];  /* per second, oldest first */
} vpcNetworkCounters;

/* Adds one NIC's rates, as of 'nowMs', to the network's sums. */
void vpcNetworkCountersAdd(vpcNetworkCounters *sums, const vpcNicRates *nic, int64_t nowMs);

void vpcPutNetworkCounters(vpcBuffer *buf, const vpcNetworkCounters *counters);
int vpcReadNetworkCounters(vpcReader *rd, vpcNetworkCounters *counters);

/* 'nics': the NICs on the network, one "<domain UUID> <NIC name>" per
 * line, each NIC named as the sampler names it: its target device, else
 * its MAC (vpcNicStatsName). */
struct _vpcNicFacts;
const char *vpcNicStatsName(const struct _vpcNicFacts *nic);

/* The sums over the NICs the DLL found on a network (hostfresh.c). */
struct _vpcHost;
int vpcHostNetworkCounters(struct _vpcHost *host, const char *nics, int64_t nowMs,
                           vpcNetworkCounters *sums, vpcError *err);
int vpcServiceNetworkCounters(vpcService *svc, const char *hostUri, const char *nics,
                              vpcNetworkCounters *counters, vpcError *err);
int vpcBackendNetworkCounters(vpcBackend *backend, const char *hostUri, const char *nics,
                              vpcNetworkCounters *counters, vpcError *err);

#endif /* VPCNETCOUNTERS_H */
