/*
 * What the accounting keeps across backends: a small state file.
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
 * A new backend cannot recompute a run's baselines, its paused time or the
 * last minute of CPU history: the hypervisor's counters do not restart with
 * the backend.  So the backend keeps every domain's account in a file, per
 * host and UUID, with the run it belongs to (the hypervisor's domain id,
 * and where known the start of the local QEMU process).  A new backend
 * takes an account over only for the same run; any other run starts afresh.
 *
 * Accounts hold monotonic times (CLOCK_MONOTONIC, shared by every process
 * of one boot), so the file names the boot it was written in and is worth
 * nothing in another.  It is text, written to a temporary file and renamed
 * over the old one: a reader sees the old file or the new one, whole.
 * Anything unexpected in it (another version, another boot, a line that
 * does not parse, times in the future) makes the whole file ignored, with
 * a trace line: a wrong baseline is worse than none.  Host URIs are kept as
 * hashes, so no credential of a URI is written.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vpccore_private.h"

#define STORE_MAGIC "wine-vpc-accounting 1"
#define STORE_BOOT_ID "/proc/sys/kernel/random/boot_id"
/* Accounts of hosts this backend no longer polls are kept this long. */
#define STORE_KEEP_UNPOLLED_MS (60 * 60 * 1000)
#define STORE_MIN_INTERVAL_MS 1000

typedef struct _vpcStoredAccount {
    uint64_t hostKey;
    char uuid[VPC_UUID_STRING_LEN];
    vpcAccountRun run;
    int64_t updatedMs;          /* monotonic, when its host last reported it */
    vpcAccount account;
} vpcStoredAccount;

struct _vpcAccountStore {
    pthread_mutex_t lock;
    char *path;
    char bootId[64];
    size_t count;
    vpcStoredAccount *accounts;
    bool dirty;
    int64_t lastWriteMs;
};


/* FNV-1a: a host's identity in the file without its URI's secrets. */
static int storeWriteLocked(vpcAccountStore *store);


static uint64_t
hostKey(const char *uri)
{
    uint64_t h = 0xcbf29ce484222325ULL;

    for (; *uri; uri++) {
        h ^= (unsigned char)*uri;
        h *= 0x100000001b3ULL;
    }
    return h;
}


static void
readBootId(char *out, size_t size)
{
    FILE *f = fopen(STORE_BOOT_ID, "r");

    out[0] = 0;
    if (f) {
        if (!fgets(out, size, f))
            out[0] = 0;
        fclose(f);
    }
    out[strcspn(out, "\n")] = 0;
}


static int
parseHistory(const char *hex, unsigned char *history)
{
    int i;

    if (strlen(hex) != 2 * VPC_HISTORY_SECONDS)
        return -1;
    for (i = 0; i < VPC_HISTORY_SECONDS; i++) {
        unsigned int byte;

        if (sscanf(hex + 2 * i, "%2x", &byte) != 1 || byte > 100)
            return -1;
        history[i] = (unsigned char)byte;
    }
    return 0;
}


/* One "vm" line; -1 for anything that is not exactly what we write. */
static int
parseAccount(const char *line, int64_t nowMs, vpcStoredAccount *out)
{
    char uuid[64], history[2 * VPC_HISTORY_SECONDS + 2];
    int power, netPending, diskPending, confirmed, haveCounters, haveCpu, cpu, consumed = 0;
    vpcAccount *a = &out->account;
    long long domainId;

    memset(out, 0, sizeof(*out));
    vpcAccountInit(a);
    if (sscanf(line,
               "vm %" SCNx64 " %63s %lld %" SCNd64 " %d %d %d %d"
               " %" SCNu64 " %" SCNu64 " %" SCNu64 " %" SCNu64
               " %" SCNu64 " %" SCNu64 " %" SCNu64 " %" SCNu64
               " %d %d %" SCNd64 " %" SCNu64 " %d %" SCNd64 " %121s %" SCNd64 " %" SCNd64 "%n",
               &out->hostKey, uuid, &domainId, &out->run.processStartMs, &power, &netPending,
               &diskPending, &confirmed,
               &a->baseline.netRx, &a->baseline.netTx, &a->baseline.diskRead,
               &a->baseline.diskWritten,
               &a->current.netRx, &a->current.netTx, &a->current.diskRead,
               &a->current.diskWritten,
               &haveCounters, &haveCpu, &a->cpuSampleUs, &a->cpuTimeNs, &cpu,
               &a->historyNewestSecond, history, &a->uptimeAccruedMs, &a->runningSinceMs,
               &consumed) != 25 || line[consumed] != 0)
        return -1;
    if (strlen(uuid) != VPC_UUID_STRING_LEN - 1 || domainId < -1 || domainId > UINT32_MAX ||
        power < VPC_POWER_OFF || power > VPC_POWER_PAUSED || cpu < 0 || cpu > 100 ||
        parseHistory(history, a->history) < 0)
        return -1;
    /* Times from this boot's monotonic clock are never in the future. */
    if (a->runningSinceMs > nowMs || a->cpuSampleUs / 1000 > nowMs ||
        a->historyNewestSecond > nowMs / 1000 + 1 || a->uptimeAccruedMs < 0 ||
        (power == VPC_POWER_RUNNING) != (a->runningSinceMs >= 0))
        return -1;
    memcpy(out->uuid, uuid, sizeof(out->uuid));
    out->run.domainId = domainId < 0 ? (unsigned int)-1 : (unsigned int)domainId;
    a->power = power;
    a->netBaselinePending = netPending != 0;
    a->diskBaselinePending = diskPending != 0;
    a->runConfirmed = confirmed != 0;
    a->haveCounters = haveCounters != 0;
    a->haveCpuTime = haveCpu != 0;
    a->cpuUtilization = cpu;
    /* runKnownSinceUs stays 0: a new backend's samples are all read after
     * the old one learned of the reset. */
    out->updatedMs = nowMs;
    return 0;
}


static void
storeLoad(vpcAccountStore *store)
{
    char line[1024], bootId[64] = "";
    int64_t nowMs = vpcNowMonotonicMs();
    vpcStoredAccount *accounts = NULL, acct;
    size_t count = 0, expected = 0;
    const char *why = NULL;
    bool ended = false;
    FILE *f;

    if (!(f = fopen(store->path, "r"))) {
        if (errno != ENOENT)
            vpcLog(VPC_LOG_WARN, "accounting state %s cannot be read (%s): starting afresh",
                   store->path, strerror(errno));
        return;
    }
    if (!fgets(line, sizeof(line), f) || strcmp(line, STORE_MAGIC "\n") != 0)
        why = "not a wine-vpc accounting state of this version";
    else if (!fgets(line, sizeof(line), f) || sscanf(line, "boot %63s", bootId) != 1)
        why = "no boot id";
    else if (!store->bootId[0] || strcmp(bootId, store->bootId) != 0)
        why = "written before the machine last booted";
    while (!why && fgets(line, sizeof(line), f)) {
        vpcStoredAccount *grown;
        size_t len = strlen(line);

        if (ended || !len || line[len - 1] != '\n') {
            why = "a line is cut or follows the end";
            break;
        }
        line[len - 1] = 0;
        if (sscanf(line, "end %zu", &expected) == 1) {
            ended = true;
            continue;
        }
        if (parseAccount(line, nowMs, &acct) < 0) {
            why = "a line does not parse";
            break;
        }
        if (!(grown = realloc(accounts, (count + 1) * sizeof(*accounts)))) {
            why = "out of memory";
            break;
        }
        accounts = grown;
        accounts[count++] = acct;
    }
    if (!why && (!ended || expected != count))
        why = "it is incomplete";
    fclose(f);

    if (why) {
        vpcLog(VPC_LOG_WARN, "accounting state %s ignored: %s", store->path, why);
        free(accounts);
        return;
    }
    vpcLog(VPC_LOG_DEBUG, "accounting state %s: %zu accounts", store->path, count);
    store->accounts = accounts;
    store->count = count;
}


vpcAccountStore *
vpcAccountStoreOpen(const char *path)
{
    vpcAccountStore *store;

    if (!path || !*path || !(store = calloc(1, sizeof(*store))))
        return NULL;
    if (!(store->path = strdup(path))) {
        free(store);
        return NULL;
    }
    pthread_mutex_init(&store->lock, NULL);
    readBootId(store->bootId, sizeof(store->bootId));
    if (!store->bootId[0])
        vpcLog(VPC_LOG_WARN, "no boot id (%s): the accounting is not kept across backends",
               STORE_BOOT_ID);
    else
        storeLoad(store);
    store->lastWriteMs = -1;
    return store;
}


void
vpcAccountStoreFree(vpcAccountStore *store)
{
    if (!store)
        return;
    pthread_mutex_destroy(&store->lock);
    free(store->accounts);
    free(store->path);
    free(store);
}


static bool
sameRun(const vpcAccountRun *a, const vpcAccountRun *b)
{
    if (a->domainId != b->domainId)
        return false;
    /* A process start read on both sides must agree (clock ticks and
     * rounding: within two seconds); where either is unknown the id
     * decides. */
    return a->processStartMs <= 0 || b->processStartMs <= 0 ||
           llabs((long long)(a->processStartMs - b->processStartMs)) <= 2000;
}


bool
vpcAccountStoreTake(vpcAccountStore *store, const char *hostUri, const char *uuid,
                    const vpcAccountRun *run, vpcAccount *acct)
{
    uint64_t key = hostKey(hostUri);
    bool found = false;
    size_t i;

    if (!store)
        return false;
    pthread_mutex_lock(&store->lock);
    for (i = 0; i < store->count; i++) {
        vpcStoredAccount *s = &store->accounts[i];

        if (s->hostKey != key || strcmp(s->uuid, uuid) != 0)
            continue;
        if (sameRun(&s->run, run)) {
            *acct = s->account;
            found = true;
        } else {
            vpcLog(VPC_LOG_DEBUG, "saved accounting of %s is for another run (id %u, now %u)",
                   uuid, s->run.domainId, run->domainId);
        }
        /* Used or outdated: its host's next report replaces it either way. */
        store->accounts[i] = store->accounts[--store->count];
        store->dirty = true;
        break;
    }
    pthread_mutex_unlock(&store->lock);
    return found;
}


int
vpcAccountStoreUpdateHost(vpcAccountStore *store, const char *hostUri,
                          const vpcAccountReport *reports, size_t count, bool changed)
{
    uint64_t key = hostKey(hostUri);
    int64_t nowMs = vpcNowMonotonicMs();
    vpcStoredAccount *accounts;
    size_t i, kept;
    int rc = 0;

    if (!store)
        return 0;
    pthread_mutex_lock(&store->lock);
    /* This host's accounts are replaced; other hosts' are kept a while. */
    for (i = kept = 0; i < store->count; i++) {
        vpcStoredAccount *s = &store->accounts[i];

        if (s->hostKey != key && nowMs - s->updatedMs < STORE_KEEP_UNPOLLED_MS)
            store->accounts[kept++] = *s;
    }
    store->count = kept;
    if (!(accounts = realloc(store->accounts, (kept + count + 1) * sizeof(*accounts)))) {
        rc = -1;
        goto cleanup;
    }
    store->accounts = accounts;
    for (i = 0; i < count; i++) {
        vpcStoredAccount *s = &store->accounts[store->count++];

        s->hostKey = key;
        snprintf(s->uuid, sizeof(s->uuid), "%s", reports[i].uuid);
        s->run = reports[i].run;
        s->updatedMs = nowMs;
        s->account = reports[i].account;
    }
    store->dirty = true;

    if (changed || store->lastWriteMs < 0 || nowMs - store->lastWriteMs >= STORE_MIN_INTERVAL_MS)
        rc = storeWriteLocked(store);

 cleanup:
    pthread_mutex_unlock(&store->lock);
    return rc;
}


static void
formatAccount(FILE *f, const vpcStoredAccount *s)
{
    const vpcAccount *a = &s->account;
    int i;

    fprintf(f, "vm %016" PRIx64 " %s %lld %" PRId64 " %d %d %d %d"
            " %" PRIu64 " %" PRIu64 " %" PRIu64 " %" PRIu64
            " %" PRIu64 " %" PRIu64 " %" PRIu64 " %" PRIu64
            " %d %d %" PRId64 " %" PRIu64 " %d %" PRId64 " ",
            s->hostKey, s->uuid,
            s->run.domainId == (unsigned int)-1 ? -1LL : (long long)s->run.domainId,
            s->run.processStartMs, (int)a->power, a->netBaselinePending, a->diskBaselinePending,
            a->runConfirmed,
            a->baseline.netRx, a->baseline.netTx, a->baseline.diskRead, a->baseline.diskWritten,
            a->current.netRx, a->current.netTx, a->current.diskRead, a->current.diskWritten,
            a->haveCounters, a->haveCpuTime, a->cpuSampleUs, a->cpuTimeNs, a->cpuUtilization,
            a->historyNewestSecond);
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        fprintf(f, "%02x", a->history[i]);
    fprintf(f, " %" PRId64 " %" PRId64 "\n", a->uptimeAccruedMs, a->runningSinceMs);
}


/* Under the store's lock: the whole file, to a temporary one renamed over
 * it.  No fsync: a backend killed is what this is for, and the page cache
 * outlives it; after a machine crash the boot id differs anyway. */
static int
storeWriteLocked(vpcAccountStore *store)
{
    char *tmp;
    size_t i;
    FILE *f;
    int rc = -1;

    if (!store->dirty || !store->bootId[0])
        return 0;
    /* One backend per prefix: one name; a backend killed while writing
     * leaves it for the next one to overwrite. */
    if (asprintf(&tmp, "%s.tmp", store->path) < 0)
        return -1;
    if (!(f = fopen(tmp, "w"))) {
        vpcLog(VPC_LOG_WARN, "accounting state %s cannot be written: %s", tmp, strerror(errno));
        free(tmp);
        return -1;
    }
    fprintf(f, "%s\nboot %s\n", STORE_MAGIC, store->bootId);
    for (i = 0; i < store->count; i++)
        formatAccount(f, &store->accounts[i]);
    fprintf(f, "end %zu\n", store->count);
    if (fclose(f) == 0 && rename(tmp, store->path) == 0) {
        rc = 0;
        store->dirty = false;
        store->lastWriteMs = vpcNowMonotonicMs();
    } else {
        vpcLog(VPC_LOG_WARN, "accounting state %s cannot be written: %s", store->path,
               strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return rc;
}
