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
