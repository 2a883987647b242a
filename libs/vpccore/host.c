/*
 * One libvirt host: the monitor object, its thread (connect, sample,
 * back off and reconnect) and its life.  The rest of the monitor is split
 * by concept: hostconn.c (connections), hostevents.c (libvirt's events),
 * hostsample.c (taking a sample), hostfresh.c (how fresh a caller needs
 * it), domaintable.c (the domains it knows), hostsched.c, hostactions.c,
 * hostwrites.c, hostdevices.c (what callers ask of it).
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

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

/*
 * Threads: a monitor thread per host owns the connection (open, sample,
 * reconnect); libvirt's event loop thread delivers lifecycle events and the
 * close notification; callers only read the domain table under the lock
 * and never wait on a libvirt call for longer than the configured bound.
 */


void
vpcHostSetError(vpcHost *host, vpcErrorCode fallback, const char *what)
{
    vpcErrorFromLibvirt(&host->error, fallback, host->uri, host->displayUri, NULL, what);
}


/* Under the lock: sleeps until 'untilMs' or until something needs doing.
 * A refresh request wakes it only 'refreshAfterMs' (monotonic) or later:
 * while reconnecting, scripts may hurry the next attempt, but not hammer
 * a host that is down. */
static void
hostSleepLocked(vpcHost *host, int64_t untilMs, int64_t refreshAfterMs)
{
    while (!host->quit && !(host->refreshRequested && vpcNowMonotonicMs() >= refreshAfterMs) &&
           !(host->conn && host->closed) && !host->adoptConn) {
        int64_t wakeMs = untilMs;

        if (vpcNowMonotonicMs() >= untilMs)
            break;
        if (host->refreshRequested && refreshAfterMs < wakeMs)
            wakeMs = refreshAfterMs;
        vpcCondWaitUntil(&host->cond, &host->lock, wakeMs);
    }
}


static void *
hostMonitorThread(void *opaque)
{
    vpcHost *host = opaque;
    int64_t backoffMs = RECONNECT_MIN_MS;
    int hurried = 0;

    pthread_mutex_lock(&host->lock);
    while (!host->quit) {
        int64_t startMs = vpcNowMonotonicMs();
        int rc;

        if (host->conn && host->closed) {
            pthread_mutex_unlock(&host->lock);
            vpcHostDisconnect(host);
            pthread_mutex_lock(&host->lock);
            continue;
        }

        if (host->adoptConn) {
            virConnectPtr adopted = host->adoptConn;

            host->adoptConn = NULL;
            host->busySinceMs = startMs;
            pthread_mutex_unlock(&host->lock);
            vpcHostDisconnect(host);
            vpcHostAttach(host, adopted);
            rc = vpcHostPoll(host, VPC_POLL_COMPLETE);
            pthread_mutex_lock(&host->lock);
            host->busySinceMs = -1;
            host->attempts++;
            pthread_cond_broadcast(&host->cond);
            continue;
        }

        host->busySinceMs = startMs;
        host->refreshRequested = false;
        if (!host->conn) {
            /* Not fresh until the first sample of a new connection is
             * complete: its counters, and its CPU times read twice, at
             * least VPC_MIN_CPU_INTERVAL_US apart, for a utilization. */
            host->connecting = true;
            pthread_mutex_unlock(&host->lock);
            rc = vpcHostConnect(host);
            if (rc == 0)
                rc = vpcHostPoll(host, VPC_POLL_COMPLETE);
            if (rc == 0) {
                /* The regular samples count from this one. */
                startMs = vpcNowMonotonicMs();
                rc = vpcHostPoll(host, VPC_POLL_CPU_ONLY);
            }
            pthread_mutex_lock(&host->lock);
            if (rc == 0)
                host->firstSampleOfConnection = true;
            host->lastAttemptMs = vpcNowMonotonicMs();
            host->connecting = false;
        } else {
            pthread_mutex_unlock(&host->lock);
            rc = vpcHostPoll(host, VPC_POLL_COMPLETE);
            pthread_mutex_lock(&host->lock);
        }
        host->busySinceMs = -1;
        host->attempts++;
        /* A request that came before the sample just made is answered. */
        if (rc == 0 && host->refreshRequestedMs <= host->lastPollStartMs)
            host->refreshRequested = false;
        pthread_cond_broadcast(&host->cond);

        if (rc < 0 && !host->conn) {
            vpcLog(VPC_LOG_DEBUG, "%s: %s; next attempt in %lld ms", host->displayUri,
                   host->error.detail, (long long)backoffMs);
            hostSleepLocked(host, host->lastAttemptMs + backoffMs,
                            host->lastAttemptMs + RETRY_ON_DEMAND_MS);
            backoffMs = backoffMs * 2 > RECONNECT_MAX_MS ? RECONNECT_MAX_MS : backoffMs * 2;
            continue;
        }
        backoffMs = RECONNECT_MIN_MS;
        /* A baseline that a sample could not give is tried again soon, a
         * few times: a domain whose counters never come must not keep the
         * host sampled five times a second. */
        if (!host->baselineWaiting)
            hurried = 0;
        else if (hurried <= BASELINE_RETRIES)
            hurried++;
        hostSleepLocked(host, startMs + (hurried && hurried <= BASELINE_RETRIES ?
                                         BASELINE_RETRY_MS : vpcSampleIntervalMs(&host->config)),
                        0);
    }
    pthread_mutex_unlock(&host->lock);

    vpcHostDisconnect(host);
    return NULL;
}


vpcHost *
vpcHostNew(const char *uri, const vpcConfig *config, vpcAccountStore *store)
{
    vpcHost *host;
    size_t i;

    vpcLibvirtInit();

    if (!(host = calloc(1, sizeof(*host))))
        return NULL;
    host->config = *config;
    /* test:///... runs libvirt's test driver inside this process: its
     * domains, and their runs, end with it.  Through a daemon
     * (test+unix://) they outlive us like a hypervisor's. */
    host->store = strncmp(uri, "test:", 5) == 0 ? NULL : store;
    host->lifecycleCallback = host->rebootCallback = -1;
    host->tunableCallback = host->metadataCallback = -1;
    for (i = 0; i < VPC_FACTS_EVENTS; i++)
        host->factsCallbacks[i] = -1;
    host->busySinceMs = -1;
    host->lastPollMs = -1;
    host->lastPollStartMs = -1;
    host->lastAttemptMs = -1;
    if (!(host->uri = strdup(uri)) || !(host->displayUri = vpcUriSanitize(uri)) ||
        !(host->resolvedUri = strdup(uri)) || !(host->factsCache = vpcHostFactsCacheNew())) {
        vpcHostFree(host);
        return NULL;
    }

    pthread_mutex_init(&host->lock, NULL);
    pthread_mutex_init(&host->writeLock, NULL);
    vpcCondInitMonotonic(&host->cond);

    if (vpcThreadStart(&host->thread, hostMonitorThread, host) < 0) {
        pthread_mutex_destroy(&host->writeLock);
        pthread_mutex_destroy(&host->lock);
        pthread_cond_destroy(&host->cond);
        free(host->uri);
        free(host->displayUri);
        free(host->resolvedUri);
        vpcHostFactsCacheFree(host->factsCache);
        free(host);
        return NULL;
    }
    return host;
}


void
vpcHostFree(vpcHost *host)
{
    size_t i;

    if (!host)
        return;

    if (host->thread.started) {
        pthread_mutex_lock(&host->lock);
        host->quit = true;
        pthread_cond_broadcast(&host->cond);
        pthread_mutex_unlock(&host->lock);
        vpcThreadJoin(&host->thread);
        pthread_mutex_destroy(&host->lock);
        pthread_cond_destroy(&host->cond);
    }
    if (host->adoptConn)
        virConnectClose(host->adoptConn);
    if (host->writeConn)
        virConnectClose(host->writeConn);
    pthread_mutex_destroy(&host->writeLock);
    for (i = 0; i < host->ndomains; i++)
        vpcDomainFree(host->domains[i]);
    free(host->domains);
    vpcHostVMFactsFree(host);
    free(host->uri);
    free(host->displayUri);
    free(host->resolvedUri);
    vpcHostFactsCacheFree(host->factsCache);
    free(host);
}


const char *
vpcHostURI(const vpcHost *host)
{
    return host->uri;
}


const char *
vpcHostDisplayURI(const vpcHost *host)
{
    return host->displayUri;
}
