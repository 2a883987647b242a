/*
 * The service: every host this process watches, and snapshots over them.
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

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vpccore_private.h"

struct _vpcService {
    vpcConfig config;
    int64_t startMs;
    pthread_mutex_t lock;
    size_t nhosts;
    vpcHost **hosts;            /* every host ever asked for, monitored until freed */
};

vpcService *
vpcServiceNew(const vpcConfig *config)
{
    vpcService *svc;

    if (!(svc = calloc(1, sizeof(*svc))))
        return NULL;
    svc->config = *config;
    svc->startMs = vpcNowMonotonicMs();
    pthread_mutex_init(&svc->lock, NULL);
    return svc;
}


void
vpcServiceFree(vpcService *svc)
{
    size_t i;

    if (!svc)
        return;
    for (i = 0; i < svc->nhosts; i++)
        vpcHostFree(svc->hosts[i]);
    free(svc->hosts);
    pthread_mutex_destroy(&svc->lock);
    free(svc);
}


int64_t
vpcServiceUptimeSeconds(vpcService *svc)
{
    return (vpcNowMonotonicMs() - svc->startMs) / 1000;
}


static vpcHost *
serviceFindHostLocked(vpcService *svc, const char *uri)
{
    size_t i;

    for (i = 0; i < svc->nhosts; i++) {
        if (strcmp(vpcHostURI(svc->hosts[i]), uri) == 0)
            return svc->hosts[i];
    }
    return NULL;
}


/* Hosts start being monitored the first time anyone asks for them. */
static vpcHost *
serviceGetHost(vpcService *svc, const char *uri)
{
    vpcHost *host, **hosts;

    pthread_mutex_lock(&svc->lock);
    if ((host = serviceFindHostLocked(svc, uri)))
        goto cleanup;

    if (!(hosts = realloc(svc->hosts, (svc->nhosts + 1) * sizeof(*hosts))))
        goto cleanup;
    svc->hosts = hosts;
    if ((host = vpcHostNew(uri, &svc->config)))
        svc->hosts[svc->nhosts++] = host;

 cleanup:
    pthread_mutex_unlock(&svc->lock);
    return host;
}


static const char *const defaultHost[] = { "" };

static int
compareRecords(const void *a, const void *b)
{
    const vpcVMRecord *ra = a, *rb = b;
    int rc;

    if (ra->hostIndex != rb->hostIndex)
        return ra->hostIndex < rb->hostIndex ? -1 : 1;
    if ((rc = strcasecmp(ra->name, rb->name)) != 0)
        return rc;
    return strcmp(ra->name, rb->name);
}


/*
 * Freshness: a snapshot's samples are at most VPC_SNAPSHOT_MAX_AGE_MS old.
 * Every host is asked at once, and the wait for all of them shares one
 * deadline, so N slow hosts cost one bound, not N.
 */
int
vpcServiceSnapshot(vpcService *svc, const vpcHostList *hostList, vpcSnapshot **snapOut)
{
    const char *const *uris = hostList && hostList->nhosts ?
                              (const char *const *)hostList->uris : defaultHost;
    size_t nuris = hostList && hostList->nhosts ? hostList->nhosts : 1;
    vpcSnapshot *snap;
    vpcHost **hosts;
    size_t allocated = 0, i;
    int64_t deadline, now;

    *snapOut = NULL;
    if (!(snap = calloc(1, sizeof(*snap))) ||
        !(snap->hosts = calloc(nuris, sizeof(*snap->hosts))) ||
        !(hosts = calloc(nuris, sizeof(*hosts)))) {
        vpcSnapshotFree(snap);
        return -1;
    }
    snap->nhosts = nuris;

    for (i = 0; i < nuris; i++) {
        if (!(snap->hosts[i].uri = strdup(uris[i])) ||
            !(snap->hosts[i].displayUri = vpcUriSanitize(uris[i])) ||
            !(hosts[i] = serviceGetHost(svc, uris[i])))
            goto error;
        vpcHostRequestFresh(hosts[i], VPC_SNAPSHOT_MAX_AGE_MS);
    }

    deadline = vpcNowMonotonicMs() + svc->config.hostTimeoutMs;
    for (i = 0; i < nuris; i++)
        vpcHostWaitFresh(hosts[i], VPC_SNAPSHOT_MAX_AGE_MS, deadline);

    now = vpcNowMonotonicMs();
    snap->takenAtMs = now;
    for (i = 0; i < nuris; i++) {
        size_t first = snap->nvms;

        if (vpcHostCollect(hosts[i], i, now, &snap->vms, &snap->nvms, &allocated,
                           &snap->hosts[i].error) < 0)
            goto error;
        qsort(snap->vms + first, snap->nvms - first, sizeof(*snap->vms), compareRecords);
    }

    free(hosts);
    *snapOut = snap;
    return 0;

 error:
    free(hosts);
    vpcSnapshotFree(snap);
    return -1;
}


int
vpcServiceGetDetails(vpcService *svc, const char *hostUri, const char *uuid,
                     vpcVMDetails *details, vpcError *err)
{
    vpcHost *host = serviceGetHost(svc, hostUri);

    if (!host) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, hostUri, NULL, NULL);
        return -1;
    }
    return vpcHostGetDetails(host, uuid, details, err);
}


void
vpcVMDetailsClear(vpcVMDetails *details)
{
    free(details->description);
    details->description = NULL;
}


int
vpcServiceGetScheduling(vpcService *svc, const char *hostUri, const char *uuid,
                        vpcScheduling *sched, vpcError *err)
{
    vpcHost *host = serviceGetHost(svc, hostUri);

    if (!host) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, hostUri, NULL, NULL);
        return -1;
    }
    return vpcHostGetScheduling(host, uuid, sched, err);
}


int
vpcServiceSetScheduling(vpcService *svc, const char *hostUri, const char *uuid,
                        double reserved, double maximum, int weight, vpcError *err)
{
    vpcHost *host = serviceGetHost(svc, hostUri);

    if (!host) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, hostUri, NULL, NULL);
        return -1;
    }
    return vpcHostSetScheduling(host, uuid, reserved, maximum, weight, err);
}


int
vpcServiceAvailableCapacity(vpcService *svc, const char *hostUri, double *available,
                            vpcError *err)
{
    vpcHost *host = serviceGetHost(svc, hostUri);

    if (!host) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, hostUri, NULL, NULL);
        return -1;
    }
    return vpcHostAvailableCapacity(host, available, err);
}
