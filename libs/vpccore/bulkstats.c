/*
 * What a bulk statistics record (virConnectGetAllDomainStats) says of a
 * group of devices: their byte counters summed, or that it could not say.
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
 * A group is "<prefix>.count" devices, each "<prefix>.<i>.name" with its
 * counters.  Two ways a device can lack its byte counts mean different
 * things:
 *
 *  - the device is not listed at all (no name): QEMU's driver has no
 *    counters for it, ever (a NIC without a host interface); it counts as
 *    0, and the caller says so once;
 *  - the devices are listed without their byte counts: libvirt could not
 *    ask the hypervisor this time (with ..._STATS_NOWAIT, while another
 *    job holds the domain, as it does right after a reset).  The group's
 *    counters are then missing, not zero.  That is the case when no listed
 *    device has them; one device without them among others that have them
 *    is a device without statistics, as above.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vpchost.h"

vpcGroupStats
vpcBulkSumGroup(virTypedParameterPtr params, int nparams, const char *prefix,
                const char *fieldA, const char *fieldB, uint64_t *sumA, uint64_t *sumB,
                bool *uncounted)
{
    char name[64];
    unsigned int count, i, listed = 0, counted = 0;
    bool unlisted = false;

    snprintf(name, sizeof(name), "%s.count", prefix);
    if (virTypedParamsGetUInt(params, nparams, name, &count) != 1)
        return VPC_GROUP_ABSENT;

    *sumA = *sumB = 0;
    for (i = 0; i < count; i++) {
        const char *device = NULL;
        unsigned long long a, b;
        bool haveA, haveB;

        snprintf(name, sizeof(name), "%s.%u.name", prefix, i);
        if (virTypedParamsGetString(params, nparams, name, &device) != 1 || !device) {
            unlisted = true;
            continue;
        }
        listed++;
        snprintf(name, sizeof(name), "%s.%u.%s", prefix, i, fieldA);
        haveA = virTypedParamsGetULLong(params, nparams, name, &a) == 1;
        snprintf(name, sizeof(name), "%s.%u.%s", prefix, i, fieldB);
        haveB = virTypedParamsGetULLong(params, nparams, name, &b) == 1;
        if (haveA && haveB) {
            *sumA += a;
            *sumB += b;
            counted++;
        }
    }

    if (listed > 0 && counted == 0)
        return VPC_GROUP_MISSING;
    if (unlisted || counted < listed)
        *uncounted = true;
    return VPC_GROUP_COMPLETE;
}


/* A NIC whose byte counts are there has the rest too where the driver
 * keeps them; one it does not keep counts as 0. */
int
vpcBulkNicSamples(virTypedParameterPtr params, int nparams, int64_t atUs,
                  vpcNicSample **samples, size_t *count)
{
    static const char *const fields[VPC_NIC_COUNTERS] = {
        [VPC_NIC_RX_BYTES] = "rx.bytes", [VPC_NIC_RX_PACKETS] = "rx.pkts",
        [VPC_NIC_RX_DROP] = "rx.drop", [VPC_NIC_TX_BYTES] = "tx.bytes",
        [VPC_NIC_TX_PACKETS] = "tx.pkts", [VPC_NIC_TX_DROP] = "tx.drop",
    };
    unsigned int nics, i;
    vpcNicSample *out;
    size_t n = 0;
    char name[64];
    int c;

    *samples = NULL;
    *count = 0;
    if (virTypedParamsGetUInt(params, nparams, "net.count", &nics) != 1 || nics == 0)
        return 0;
    if (!(out = calloc(nics, sizeof(*out))))
        return -1;
    for (i = 0; i < nics; i++) {
        const char *device = NULL;
        unsigned long long rx, tx;

        snprintf(name, sizeof(name), "net.%u.name", i);
        if (virTypedParamsGetString(params, nparams, name, &device) != 1 || !device)
            continue;
        snprintf(name, sizeof(name), "net.%u.rx.bytes", i);
        if (virTypedParamsGetULLong(params, nparams, name, &rx) != 1)
            continue;
        snprintf(name, sizeof(name), "net.%u.tx.bytes", i);
        if (virTypedParamsGetULLong(params, nparams, name, &tx) != 1)
            continue;
        for (c = 0; c < VPC_NIC_COUNTERS; c++) {
            unsigned long long value;

            snprintf(name, sizeof(name), "net.%u.%s", i, fields[c]);
            if (virTypedParamsGetULLong(params, nparams, name, &value) == 1)
                out[n].reading.value[c] = value;
        }
        out[n].atUs = atUs;
        if (!(out[n].name = strdup(device))) {
            vpcNicSamplesFree(out, n);
            return -1;
        }
        n++;
    }
    *samples = out;
    *count = n;
    return 0;
}
