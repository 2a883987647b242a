/*
 * What callers wait for: a sample fresh enough for their question, the
 * host's status (down, hung), and the VMs of its latest sample.
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

void
vpcHostWakeLocked(vpcHost *host)
{
    host->refreshRequested = true;
    host->refreshRequestedMs = vpcNowMonotonicMs();
    pthread_cond_broadcast(&host->cond);
}


/*
 * Whether the host's latest sample answers a question asked at 'askedMs'.
 * Never a sample begun before the latest change we made.  For
 * VPC_FRESH_NOW, one begun at most VPC_SNAPSHOT_MAX_AGE_MS before the
 * question: counting from the start of a poll, since a slow poll's values
 * are older than its end; a poll begun after the question always answers
 * it, and so does the first sample of a connection for a question asked
 * while it was taken.  For VPC_FRESH_LATEST, the newest sample, if
 * finished within two intervals.
 */
static bool
hostFreshLocked(vpcHost *host, vpcFreshness freshness, int64_t askedMs)
{
    if (!host->conn || host->closed || host->connecting || host->lastPollMs < 0 ||
        host->lastPollChanges != host->changes)
        return false;
    if (freshness == VPC_FRESH_LATEST)
        return askedMs - host->lastPollMs <= 2 * vpcSampleIntervalMs(&host->config);
    /* A question that came while a connection's first sample was taken:
     * nothing newer can exist yet, only a second sample, a second later. */
    if (host->firstSampleOfConnection && askedMs <= host->lastPollMs)
        return true;
    return host->lastPollStartMs >= askedMs - VPC_SNAPSHOT_MAX_AGE_MS;
}


static bool
hostHungLocked(vpcHost *host, int64_t nowMs)
{
    return host->busySinceMs >= 0 && nowMs - host->busySinceMs >= host->config.hostTimeoutMs;
}


/* Hung now, or since the last call that outlived the bound (see 'stuck'). */
static bool
hostStuckLocked(vpcHost *host, int64_t nowMs)
{
    if (hostHungLocked(host, nowMs) && !host->stuck) {
        host->stuck = true;
        vpcLog(VPC_LOG_WARN, "%s: no answer within %d ms", host->displayUri,
               host->config.hostTimeoutMs);
    }
    return host->stuck;
}


void
vpcHostRequestFresh(vpcHost *host, vpcFreshness freshness)
{
    pthread_mutex_lock(&host->lock);
    if (!hostFreshLocked(host, freshness, vpcNowMonotonicMs()))
        vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);
}


/*
 * Waits for a sample that answers the question asked at 'askedMs' (see
 * hostFreshLocked), for a connection attempt or poll that failed, or until
 * the deadline.  A host that is known to be down and was tried moments
 * ago, or that is stuck, is not waited for again: a script pays the bound
 * once, not per read.  A poll that was under way when the question came
 * does not end the wait unless it answers it: the monitor then polls again
 * at once, since the request is newer than that poll.  A host that gave no
 * answer at all by the deadline (its call still under way, no sample
 * finished since the question) is stuck: the caller reports it timed out
 * instead of serving its last sample.
 */
void
vpcHostWaitFresh(vpcHost *host, vpcFreshness freshness, int64_t askedMs, int64_t deadlineMs)
{
    uint64_t attempts;
    int64_t now;

    pthread_mutex_lock(&host->lock);
    now = vpcNowMonotonicMs();
    attempts = host->attempts;
    if (hostFreshLocked(host, freshness, askedMs) || hostStuckLocked(host, now) ||
        (!host->conn && host->busySinceMs < 0 && host->lastAttemptMs >= 0 &&
         now - host->lastAttemptMs < RETRY_ON_DEMAND_MS)) {
        pthread_mutex_unlock(&host->lock);
        return;
    }

    vpcHostWakeLocked(host);
    while (!host->quit && !hostFreshLocked(host, freshness, askedMs) &&
           !(host->attempts != attempts && (!host->conn || host->error.code != VPC_OK))) {
        int64_t until = deadlineMs;

        if (host->busySinceMs >= 0 && host->busySinceMs + host->config.hostTimeoutMs < until)
            until = host->busySinceMs + host->config.hostTimeoutMs;
        if ((now = vpcNowMonotonicMs()) >= until)
            break;
        vpcCondWaitUntil(&host->cond, &host->lock, until);
    }
    now = vpcNowMonotonicMs();
    if (!host->quit && !hostStuckLocked(host, now) && !hostFreshLocked(host, freshness, askedMs) &&
        now >= deadlineMs && host->busySinceMs >= 0 && host->lastPollMs < askedMs) {
        host->stuck = true;
        vpcLog(VPC_LOG_WARN, "%s: no answer within %d ms", host->displayUri,
               host->config.hostTimeoutMs);
    }
    pthread_mutex_unlock(&host->lock);
}


void
vpcHostStatusLocked(vpcHost *host, int64_t nowMs, vpcError *status)
{
    vpcErrorClear(status);
    if (hostStuckLocked(host, nowMs)) {
        vpcErrorSet(status, VPC_ERR_HOST_TIMEOUT, host->displayUri, NULL,
                    "no answer within %d s", (host->config.hostTimeoutMs + 999) / 1000);
        return;
    }
    if (host->conn && !host->closed && host->lastPollMs >= 0 &&
        nowMs - host->lastPollMs <= host->config.hostTimeoutMs + vpcSampleIntervalMs(&host->config))
        return;

    if (hostHungLocked(host, nowMs) || (host->busySinceMs >= 0 && !host->firstPollDone) ||
        (host->conn && !host->closed)) {
        vpcErrorSet(status, VPC_ERR_HOST_TIMEOUT, host->displayUri, NULL,
                    "no answer within %d s", (host->config.hostTimeoutMs + 999) / 1000);
    } else if (host->error.code != VPC_OK) {
        *status = host->error;
    } else {
        vpcErrorSet(status, VPC_ERR_HOST_UNAVAILABLE, host->displayUri, NULL,
                    "not connected");
    }
}


int
vpcHostCollect(vpcHost *host, unsigned int hostIndex, int64_t nowMs, vpcVMRecord **vms,
               size_t *nvms, size_t *allocated, vpcError *status)
{
    size_t i;
    int rc = 0;

    pthread_mutex_lock(&host->lock);
    vpcHostStatusLocked(host, nowMs, status);
    if (status->code != VPC_OK)
        goto cleanup;

    if (*nvms + host->ndomains > *allocated) {
        size_t want = *nvms + host->ndomains + 16;
        vpcVMRecord *grown = realloc(*vms, want * sizeof(**vms));

        if (!grown) {
            rc = -1;
            goto cleanup;
        }
        *vms = grown;
        *allocated = want;
    }

    for (i = 0; i < host->ndomains; i++) {
        const vpcDomain *dom = host->domains[i];
        vpcVMRecord *rec = &(*vms)[*nvms];
        vpcAccountView view;

        memset(rec, 0, sizeof(*rec));
        if (!(rec->name = strdup(dom->name ? dom->name : dom->uuid))) {
            rc = -1;
            goto cleanup;
        }
        rec->hostIndex = hostIndex;
        memcpy(rec->uuid, dom->uuid, sizeof(rec->uuid));
        rec->state = vpcDomainVMState(dom);
        rec->memoryKiB = dom->memoryKiB;
        rec->vcpus = dom->vcpus;

        vpcAccountRead(&dom->account, nowMs, &view);
        rec->running = view.running;
        rec->counters = view.counters;
        rec->cpuUtilization = view.cpuUtilization;
        memcpy(rec->history, view.history, sizeof(rec->history));
        rec->uptimeSeconds = view.uptimeSeconds;
        rec->factsGeneration = dom->factsGeneration;
        (*nvms)++;
    }

 cleanup:
    pthread_mutex_unlock(&host->lock);
    return rc;
}


/* The sums of the NICs 'nics' names ("<UUID> <NIC name>" lines), over
 * those of running domains as the latest sample saw them; a NIC the
 * sample does not know (a domain gone, a NIC without counters) adds 0. */
int
vpcHostNetworkCounters(vpcHost *host, const char *nics, int64_t nowMs,
                       vpcNetworkCounters *sums, vpcError *err)
{
    const char *line = nics, *end, *space;
    char uuid[VPC_UUID_STRING_LEN], name[256];

    memset(sums, 0, sizeof(*sums));
    pthread_mutex_lock(&host->lock);
    for (; *line; line = *end ? end + 1 : end) {
        const vpcNicRates *nic;
        vpcDomain *dom;

        end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        space = memchr(line, ' ', end - line);
        if (!space || (size_t)(space - line) >= sizeof(uuid) ||
            (size_t)(end - space - 1) >= sizeof(name)) {
            pthread_mutex_unlock(&host->lock);
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                        "a malformed network adapter in a request for network counters");
            return -1;
        }
        memcpy(uuid, line, space - line);
        uuid[space - line] = 0;
        memcpy(name, space + 1, end - space - 1);
        name[end - space - 1] = 0;
        if (!(dom = vpcHostFindDomainByStringLocked(host, uuid)) ||
            !vpcPowerIsOn(dom->state) || !(nic = vpcNicRateSetFind(&dom->nicRates, name)))
            continue;
        vpcNetworkCountersAdd(sums, nic, nowMs);
    }
    pthread_mutex_unlock(&host->lock);
    return 0;
}


bool
vpcHostAnyRunning(vpcHost *host)
{
    bool running = false;
    size_t i;

    pthread_mutex_lock(&host->lock);
    for (i = 0; i < host->ndomains && !running; i++)
        running = vpcAccountIsRunning(&host->domains[i]->account) ||
                  host->domains[i]->pendingAction >= 0;
    pthread_mutex_unlock(&host->lock);
    return running;
}


/* 0 when the host answered lately, else -1 and why not. */
int
vpcHostCheckStatus(vpcHost *host, vpcError *err)
{
    pthread_mutex_lock(&host->lock);
    vpcHostStatusLocked(host, vpcNowMonotonicMs(), err);
    pthread_mutex_unlock(&host->lock);
    return err->code == VPC_OK ? 0 : -1;
}
