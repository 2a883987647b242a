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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "vpccore_private.h"
#include "vpchostfacts.h"
#include "vpcnetcounters.h"
#include "vpcproto.h"

/* Finished tasks are kept this long for their IVMTask objects to read. */
#define TASK_KEEP_MS (10 * 60 * 1000)
/* How often a task wait asks whether the task's host still answers. */
#define TASK_HOST_CHECK_MS 250

typedef struct _vpcTask {
    vpcService *svc;
    vpcHost *host;
    char uuid[VPC_UUID_STRING_LEN];
    vpcThread thread;
    bool threadDone;            /* the libvirt call returned */
    int64_t finishedMs;
    vpcTaskStatus status;
} vpcTask;

struct _vpcService {
    vpcConfig config;
    int64_t startMs;
    pthread_mutex_t lock;
    pthread_cond_t taskDone;    /* broadcast when any task completes */
    size_t nhosts;
    vpcHost **hosts;            /* every host ever asked for, monitored until freed */
    size_t ntasks;
    vpcTask **tasks;
    uint32_t instance;          /* see vpcTaskId */
    vpcAccountStore *store;     /* accounts kept across backends, or NULL */
    uint32_t nextTaskNumber;
    vpcEventJournal *journal;   /* what the hosts' events said */
};

/* Not a secret, only different from the backend before: the clock's
 * nanoseconds and the process id, mixed. */
static uint32_t
newInstance(void)
{
    struct timespec now;
    uint64_t x;

    clock_gettime(CLOCK_REALTIME, &now);
    x = ((uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec) ^ ((uint64_t)getpid() << 40);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x ? (uint32_t)x : 1;
}

vpcService *
vpcServiceNew(const vpcConfig *config)
{
    vpcService *svc;

    if (!(svc = calloc(1, sizeof(*svc))))
        return NULL;
    if (!(svc->journal = vpcEventJournalNew())) {
        free(svc);
        return NULL;
    }
    svc->config = *config;
    svc->startMs = vpcNowMonotonicMs();
    svc->instance = newInstance();
    svc->nextTaskNumber = 1;
    pthread_mutex_init(&svc->lock, NULL);
    vpcCondInitMonotonic(&svc->taskDone);
    return svc;
}


void
vpcServiceFree(vpcService *svc)
{
    size_t i;

    if (!svc)
        return;
    for (i = 0; i < svc->ntasks; i++) {
        vpcThreadJoin(&svc->tasks[i]->thread);
        free(svc->tasks[i]);
    }
    free(svc->tasks);
    for (i = 0; i < svc->nhosts; i++)
        vpcHostFree(svc->hosts[i]);
    free(svc->hosts);
    vpcEventJournalFree(svc->journal);
    vpcAccountStoreFree(svc->store);
    pthread_mutex_destroy(&svc->lock);
    pthread_cond_destroy(&svc->taskDone);
    free(svc);
}


int
vpcServiceKeepAccounts(vpcService *svc, const char *path)
{
    int rc = -1;

    pthread_mutex_lock(&svc->lock);
    /* Hosts already watched would not see it: only before the first. */
    if (!svc->nhosts && !svc->store && (svc->store = vpcAccountStoreOpen(path)))
        rc = 0;
    pthread_mutex_unlock(&svc->lock);
    return rc;
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
    if ((host = vpcHostNew(uri, &svc->config, svc->store))) {
        vpcHostSetJournal(host, svc->journal);
        svc->hosts[svc->nhosts++] = host;
    }

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
 * Freshness: a snapshot's samples are at most as old as 'freshness' allows
 * (see vpcFreshness).  Every host is asked at once, and the wait for all of
 * them shares one deadline, so N slow hosts cost one bound, not N.
 */
int
vpcServiceSnapshot(vpcService *svc, const vpcHostList *hostList, vpcFreshness freshness,
                   vpcSnapshot **snapOut)
{
    const char *const *uris = hostList && hostList->nhosts ?
                              (const char *const *)hostList->uris : defaultHost;
    size_t nuris = hostList && hostList->nhosts ? hostList->nhosts : 1;
    vpcSnapshot *snap;
    vpcHost **hosts;
    size_t allocated = 0, i;
    int64_t askedMs, deadline, now;

    *snapOut = NULL;
    if (!(snap = calloc(1, sizeof(*snap))) ||
        !(snap->hosts = calloc(nuris, sizeof(*snap->hosts))) ||
        !(hosts = calloc(nuris, sizeof(*hosts)))) {
        vpcSnapshotFree(snap);
        return -1;
    }
    snap->nhosts = nuris;

    askedMs = vpcNowMonotonicMs();
    for (i = 0; i < nuris; i++) {
        if (!(snap->hosts[i].uri = strdup(uris[i])) ||
            !(snap->hosts[i].displayUri = vpcUriSanitize(uris[i])) ||
            !(hosts[i] = serviceGetHost(svc, uris[i])))
            goto error;
        vpcHostRequestFresh(hosts[i], freshness);
    }

    deadline = askedMs + svc->config.hostTimeoutMs;
    for (i = 0; i < nuris; i++)
        vpcHostWaitFresh(hosts[i], freshness, askedMs, deadline);

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


/* The host, once it has answered (bounded), or NULL with why not: a
 * question about a host nobody asked for yet must not be answered from an
 * empty picture. */
static vpcHost *
serviceReadyHost(vpcService *svc, const char *hostUri, vpcError *err)
{
    vpcHost *host = serviceGetHost(svc, hostUri);
    int64_t askedMs = vpcNowMonotonicMs();

    if (!host) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, hostUri, NULL, NULL);
        return NULL;
    }
    /* Any recent sample shows the host answers; none is waited for. */
    vpcHostWaitFresh(host, VPC_FRESH_LATEST, askedMs, askedMs + svc->config.hostTimeoutMs);
    if (vpcHostCheckStatus(host, err) < 0)
        return NULL;
    return host;
}


int
vpcServiceGetDetails(vpcService *svc, const char *hostUri, const char *uuid,
                     vpcVMDetails *details, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostGetDetails(host, uuid, details, err) : -1;
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
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostGetScheduling(host, uuid, sched, err) : -1;
}


int
vpcServiceGetHostScheduling(vpcService *svc, const char *hostUri, vpcSchedulingList *list,
                            vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    memset(list, 0, sizeof(*list));
    return host ? vpcHostGetAllScheduling(host, list, err) : -1;
}


static int
compareSchedulingEntries(const void *a, const void *b)
{
    return strcmp(((const vpcSchedulingEntry *)a)->uuid, ((const vpcSchedulingEntry *)b)->uuid);
}


void
vpcSchedulingListSort(vpcSchedulingList *list)
{
    if (list->count > 1)
        qsort(list->entries, list->count, sizeof(*list->entries), compareSchedulingEntries);
}


const vpcSchedulingEntry *
vpcSchedulingListFind(const vpcSchedulingList *list, const char *uuid)
{
    vpcSchedulingEntry key;

    if (!list->count || strlen(uuid) >= sizeof(key.uuid))
        return NULL;
    strcpy(key.uuid, uuid);
    return bsearch(&key, list->entries, list->count, sizeof(*list->entries),
                   compareSchedulingEntries);
}


void
vpcSchedulingListClear(vpcSchedulingList *list)
{
    size_t i;

    for (i = 0; i < list->count; i++)
        free(list->entries[i].error);
    free(list->entries);
    list->entries = NULL;
    list->count = 0;
}


int
vpcServiceSetScheduling(vpcService *svc, const char *hostUri, const char *uuid,
                        double reserved, double maximum, int weight, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostSetScheduling(host, uuid, reserved, maximum, weight, err) : -1;
}


int
vpcServiceAvailableCapacity(vpcService *svc, const char *hostUri, double *available,
                            vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    *available = 0;
    return host ? vpcHostAvailableCapacity(host, available, err) : -1;
}


/* From the newest sample: the DLL's snapshot, read just before, applied
 * the freshness rule (session.c). */
int
vpcServiceNetworkCounters(vpcService *svc, const char *hostUri, const char *nics,
                          vpcNetworkCounters *counters, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    memset(counters, 0, sizeof(*counters));
    return host ? vpcHostNetworkCounters(host, nics, vpcNowMonotonicMs(), counters, err) : -1;
}


int
vpcServiceHostFacts(vpcService *svc, const char *hostUri, vpcBuffer *out, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostFactsEncode(host, out, err) : -1;
}


/* Tasks */

static void *
taskThread(void *opaque)
{
    vpcTask *task = opaque;
    vpcError err;
    int rc;

    vpcErrorClear(&err);
    rc = vpcHostRunAction(task->host, task->uuid, task->status.action,
                          task->svc->config.test.actionDelayMs, &err);

    pthread_mutex_lock(&task->svc->lock);
    /* Already failed when its host stopped answering: that stays the
     * result (the VM's state tells what the late call did). */
    if (!task->status.complete) {
        task->status.complete = true;
        task->status.percent = 100;
        if (rc < 0)
            task->status.error = err;
        task->finishedMs = vpcNowMonotonicMs();
    }
    task->threadDone = true;
    pthread_cond_broadcast(&task->svc->taskDone);
    pthread_mutex_unlock(&task->svc->lock);
    return NULL;
}


/* Under the lock: forgets tasks that finished long ago. */
static void
serviceReapTasksLocked(vpcService *svc, int64_t nowMs)
{
    size_t i, kept;

    for (i = kept = 0; i < svc->ntasks; i++) {
        vpcTask *task = svc->tasks[i];

        if (task->status.complete && task->threadDone && nowMs - task->finishedMs > TASK_KEEP_MS) {
            vpcThreadJoin(&task->thread);
            free(task);
        } else {
            svc->tasks[kept++] = task;
        }
    }
    svc->ntasks = kept;
}


int
vpcServiceStartAction(vpcService *svc, const char *hostUri, const char *uuid,
                      vpcAction action, vpcTaskId *taskId, vpcError *err)
{
    vpcTask *task, **tasks;
    vpcHost *host;

    *taskId = 0;
    if (action < 0 || action >= VPC_ACTION_LAST) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, hostUri, uuid, "unknown action");
        return -1;
    }
    /* The state check below needs a current picture of the host. */
    if (!(host = serviceReadyHost(svc, hostUri, err)))
        return -1;
    if (!(task = calloc(1, sizeof(*task)))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, vpcHostDisplayURI(host), uuid, NULL);
        return -1;
    }
    if (vpcHostBeginAction(host, uuid, action, task->status.vm, sizeof(task->status.vm), err) < 0) {
        free(task);
        return -1;
    }
    task->svc = svc;
    task->host = host;
    snprintf(task->uuid, sizeof(task->uuid), "%s", uuid);
    task->status.action = action;

    pthread_mutex_lock(&svc->lock);
    serviceReapTasksLocked(svc, vpcNowMonotonicMs());
    if (!(tasks = realloc(svc->tasks, (svc->ntasks + 1) * sizeof(*tasks)))) {
        pthread_mutex_unlock(&svc->lock);
        vpcHostRunAction(host, uuid, VPC_ACTION_LAST, 0, err);    /* only ends the busy mark */
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, vpcHostDisplayURI(host), task->status.vm, NULL);
        free(task);
        return -1;
    }
    svc->tasks = tasks;
    task->status.id = ((vpcTaskId)svc->instance << 32) | svc->nextTaskNumber++;
    if (vpcThreadStart(&task->thread, taskThread, task) < 0) {
        pthread_mutex_unlock(&svc->lock);
        vpcHostRunAction(host, uuid, VPC_ACTION_LAST, 0, err);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, vpcHostDisplayURI(host), task->status.vm,
                    "cannot start a thread");
        free(task);
        return -1;
    }
    svc->tasks[svc->ntasks++] = task;
    *taskId = task->status.id;
    pthread_mutex_unlock(&svc->lock);
    return 0;
}


/* Under the service's lock (the host's lock nests inside it). */
static void
taskCheckHost(vpcTask *task)
{
    vpcError hostErr;

    if (vpcHostCheckStatus(task->host, &hostErr) == 0 || hostErr.code != VPC_ERR_HOST_TIMEOUT)
        return;
    vpcLog(VPC_LOG_WARN, "task %u (%s of %s) failed: %s did not answer",
           (unsigned int)(task->status.id & 0xffffffffu), vpcActionName(task->status.action),
           task->status.vm, hostErr.host);
    task->status.complete = true;
    task->status.percent = 100;
    task->status.error = hostErr;
    snprintf(task->status.error.vm, sizeof(task->status.error.vm), "%s", task->status.vm);
    task->finishedMs = vpcNowMonotonicMs();
}


static vpcTask *
serviceFindTaskLocked(vpcService *svc, vpcTaskId taskId)
{
    size_t i;

    for (i = 0; i < svc->ntasks; i++) {
        if (svc->tasks[i]->status.id == taskId)
            return svc->tasks[i];
    }
    return NULL;
}


int
vpcServiceTaskStatus(vpcService *svc, vpcTaskId taskId, int waitMs, vpcTaskStatus *status,
                     vpcError *err)
{
    int64_t deadlineMs;
    vpcTask *task;
    int rc = -1;

    vpcErrorClear(err);
    if ((uint32_t)(taskId >> 32) != svc->instance) {
        /* No host is involved: the error names none. */
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL,
                    "the backend that ran task %u exited, and what became of the task is unknown",
                    (unsigned int)(taskId & 0xffffffffu));
        return -1;
    }

    if (waitMs < 0)
        waitMs = 0;
    if (waitMs > VPC_TASK_WAIT_MAX_MS)
        waitMs = VPC_TASK_WAIT_MAX_MS;
    deadlineMs = vpcNowMonotonicMs() + waitMs;

    pthread_mutex_lock(&svc->lock);
    /* Looked up again after every wake-up: the list may have changed.  A
     * libvirt call on a host that stopped answering may never return (a
     * connection being opened has no keepalive): the task fails as soon as
     * the host is known not to answer, which the wait checks now and then. */
    while ((task = serviceFindTaskLocked(svc, taskId)) && !task->status.complete) {
        int64_t now = vpcNowMonotonicMs();

        taskCheckHost(task);
        if (task->status.complete || now >= deadlineMs)
            break;
        vpcCondWaitUntil(&svc->taskDone, &svc->lock,
                         now + TASK_HOST_CHECK_MS < deadlineMs ? now + TASK_HOST_CHECK_MS
                                                               : deadlineMs);
    }
    if (task) {
        *status = task->status;
        rc = 0;
    }
    pthread_mutex_unlock(&svc->lock);
    if (rc < 0)
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "the backend has no task %u",
                    (unsigned int)(taskId & 0xffffffffu));
    return rc;
}


int
vpcServiceListTasks(vpcService *svc, vpcTaskStatus **tasks, size_t *count, vpcError *err)
{
    vpcTaskStatus *list = NULL;
    size_t i, n = 0;

    vpcErrorClear(err);
    *tasks = NULL;
    *count = 0;
    pthread_mutex_lock(&svc->lock);
    if (svc->ntasks && !(list = calloc(svc->ntasks, sizeof(*list)))) {
        pthread_mutex_unlock(&svc->lock);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
        return -1;
    }
    for (i = 0; i < svc->ntasks; i++) {
        vpcTask *task = svc->tasks[i];

        /* A task whose host stopped answering is over, as a wait on it
         * would find. */
        if (!task->status.complete)
            taskCheckHost(task);
        if (!task->status.complete)
            list[n++] = task->status;
    }
    pthread_mutex_unlock(&svc->lock);
    if (!n) {
        free(list);
        list = NULL;
    }
    *tasks = list;
    *count = n;
    return 0;
}


bool
vpcServiceAnyRunning(vpcService *svc)
{
    bool running = false;
    size_t i;

    pthread_mutex_lock(&svc->lock);
    for (i = 0; i < svc->nhosts && !running; i++)
        running = vpcHostAnyRunning(svc->hosts[i]);
    for (i = 0; i < svc->ntasks && !running; i++)
        running = !svc->tasks[i]->status.complete;
    pthread_mutex_unlock(&svc->lock);
    return running;
}


int
vpcServiceGetVMFacts(vpcService *svc, const char *hostUri, unsigned int flags, vpcBuffer *out,
                     vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostGetFacts(host, flags, out, err) : -1;
}


int
vpcServiceConfigure(vpcService *svc, const char *hostUri, const char *uuid, vpcConfigItem item,
                    const char *text, int64_t number, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    if (!host)
        return -1;
    if (vpcConfigItemIsDevice(item))
        return vpcHostConfigureDevice(host, uuid, item, text, number, err);
    return vpcHostConfigure(host, uuid, item, text, number, err);
}


int
vpcServiceCreateDomain(vpcService *svc, const char *hostUri, const char *name, const char *folder,
                       const char *xml, char *uuid, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostCreateDomain(host, name, folder, xml, uuid, err) : -1;
}


int
vpcServiceChangeNetwork(vpcService *svc, const char *hostUri, vpcNetworkChange change,
                        const char *name, const char *text, char **definedName, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    if (definedName)
        *definedName = NULL;
    return host ? vpcHostChangeNetwork(host, change, name, text, definedName, err) : -1;
}


int
vpcServiceRemoveDomain(vpcService *svc, const char *hostUri, const char *uuid, bool deleteAll,
                       vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostRemoveDomain(host, uuid, deleteAll, err) : -1;
}


int
vpcServiceDiskImage(vpcService *svc, const char *hostUri, vpcDiskOp op, const char *path,
                    const char *parent, uint64_t sizeMB, vpcDiskImage *image, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    memset(image, 0, sizeof(*image));
    return host ? vpcHostDiskImage(host, op, path, parent, sizeMB, image, err) : -1;
}


int
vpcServiceSendKeys(vpcService *svc, const char *hostUri, const char *uuid,
                   const vpcKeyCombo *combos, size_t ncombos, vpcError *err)
{
    vpcHost *host = serviceReadyHost(svc, hostUri, err);

    return host ? vpcHostSendKeys(host, uuid, combos, ncombos, VPC_KEY_HOLD_MS, err) : -1;
}


/* Events */

int
vpcServiceWaitEvents(vpcService *svc, const vpcHostList *hostList, unsigned int flags,
                     vpcEventCursor *cursor, int waitMs, vpcEventList *events, vpcError *err)
{
    const char *const *uris = hostList && hostList->nhosts ?
                              (const char *const *)hostList->uris : defaultHost;
    size_t nuris = hostList && hostList->nhosts ? hostList->nhosts : 1;
    int64_t askedMs = vpcNowMonotonicMs(), deadlineMs;
    vpcHost *host;
    size_t i;

    memset(events, 0, sizeof(*events));
    vpcErrorClear(err);
    if (cursor->instance != svc->instance) {
        /* A new client, or one whose backend was replaced: from now on,
         * once every host is watched and, within hostTimeout, connected
         * (its events registered), so that nothing after this is missed. */
        events->restarted = cursor->instance != 0;
        for (i = 0; i < nuris; i++) {
            if (!(host = serviceGetHost(svc, uris[i]))) {
                vpcErrorSet(err, VPC_ERR_NO_MEMORY, uris[i], NULL, NULL);
                return -1;
            }
            vpcHostRequestFresh(host, VPC_FRESH_LATEST);
        }
        for (i = 0; i < nuris; i++) {
            host = serviceGetHost(svc, uris[i]);
            vpcHostWaitFresh(host, VPC_FRESH_LATEST, askedMs, askedMs + svc->config.hostTimeoutMs);
        }
        cursor->instance = svc->instance;
        cursor->seq = vpcEventJournalNewest(svc->journal);
        return 0;
    }

    /* Hosts are watched until the service ends: asking again only finds them. */
    for (i = 0; i < nuris; i++) {
        if (!serviceGetHost(svc, uris[i])) {
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, uris[i], NULL, NULL);
            return -1;
        }
    }
    if (waitMs < 0)
        waitMs = 0;
    if (waitMs > VPC_EVENT_WAIT_MAX_MS)
        waitMs = VPC_EVENT_WAIT_MAX_MS;
    deadlineMs = askedMs + waitMs;
    if (vpcEventJournalWait(svc->journal, flags & VPC_EVENTS_EVERY_HOST ? NULL : uris, nuris,
                            cursor->seq, deadlineMs, events, &cursor->seq) < 0) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
        return -1;
    }
    return 0;
}
