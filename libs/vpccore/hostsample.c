/*
 * Taking a sample of every domain of a host (monitor thread): the bulk
 * statistics call, the per-domain calls for what it lacked, and the merge
 * into the domain table.
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
#include <time.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

/*
 * Sampling takes the cheapest correct path: one bulk stats call lists every
 * domain with its state, and where the driver fills the CPU, interface and
 * block groups (QEMU) that is all.  Where it does not (the test driver),
 * the missing groups come from per-domain calls for active domains only:
 * virDomainGetInfo, and one interface or block stats call per device, with
 * device names taken once from the domain XML.
 */


/* What one sample learned about one domain, gathered without the lock. */
typedef struct _pollEntry {
    virDomainPtr dom;
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    char *name;
    int state;
    unsigned int id;
    int64_t atUs;
    int64_t readFromUs;         /* the poll's first call began then */
    bool haveCpu, haveMemory, haveVcpus, haveNet, haveBlock, haveManagedSave;
    uint64_t cpuTimeNs;
    uint64_t memoryKiB;
    unsigned int vcpus;
    uint64_t netRx, netTx, diskRead, diskWritten;
    bool managedSave;
    bool statsIncomplete;       /* some device reported no statistics */
    /* The record listed the group's devices without their counters: the
     * driver has them, but could not give them this time. */
    bool netMissing, blockMissing;
    bool infoKnown, devicesKnown, managedSaveKnown;   /* copied from the table */
    int64_t lastCpuUs;          /* the account's last CPU reading, copied; 0 if none */
    bool inTable;               /* the table knew the domain before this poll */
    bool fetchedDevices;
    vpcDeviceList nics, disks;
    /* Each NIC's counters, when 'haveNet': the network's rates (names owned). */
    vpcNicSample *nicSamples;
    size_t nnicSamples;
    bool nicSamplesKnown;       /* every NIC with counters is in them */
    /* Our scheduling element, read from the same description as the
     * devices, and the domain's scheduling generation when primed: an
     * event in between makes it stale. */
    vpcSchedulingMetadata schedMeta;
    unsigned int schedGeneration;
} pollEntry;


/* Sampling (monitor thread, without the lock except where noted) */

static void
pollEntryClear(pollEntry *entry)
{
    if (entry->dom)
        virDomainFree(entry->dom);
    free(entry->name);
    vpcDeviceListClear(&entry->nics);
    vpcDeviceListClear(&entry->disks);
    vpcNicSamplesFree(entry->nicSamples, entry->nnicSamples);
}


static bool
paramULLong(virTypedParameterPtr params, int nparams, const char *name, uint64_t *value)
{
    unsigned long long v;

    if (virTypedParamsGetULLong(params, nparams, name, &v) != 1)
        return false;
    *value = v;
    return true;
}


static bool
paramUInt(virTypedParameterPtr params, int nparams, const char *name, unsigned int *value)
{
    return virTypedParamsGetUInt(params, nparams, name, value) == 1;
}


static int
pollEntryFromRecord(pollEntry *entry, virDomainStatsRecordPtr rec, int64_t readFromUs,
                    int64_t atUs)
{
    virTypedParameterPtr params = rec->params;
    int nparams = rec->nparams;
    vpcGroupStats group;
    const char *name;
    uint64_t balloon;
    int state;

    memset(entry, 0, sizeof(*entry));
    if (virDomainGetUUID(rec->dom, entry->rawUUID) < 0 ||
        !(name = virDomainGetName(rec->dom)) || !(entry->name = strdup(name)))
        return -1;
    if (virDomainRef(rec->dom) < 0)
        return -1;
    entry->dom = rec->dom;
    entry->id = virDomainGetID(rec->dom);
    entry->atUs = atUs;
    entry->readFromUs = readFromUs;

    if (virTypedParamsGetInt(params, nparams, "state.state", &state) == 1)
        entry->state = state;
    else
        entry->state = -1;      /* filled by virDomainGetInfo below */

    entry->haveCpu = paramULLong(params, nparams, "cpu.time", &entry->cpuTimeNs);
    if (paramULLong(params, nparams, "balloon.maximum", &balloon)) {
        entry->memoryKiB = balloon;
        entry->haveMemory = true;
    }
    entry->haveVcpus = paramUInt(params, nparams, "vcpu.current", &entry->vcpus);
    group = vpcBulkSumGroup(params, nparams, "net", "rx.bytes", "tx.bytes",
                            &entry->netRx, &entry->netTx, &entry->statsIncomplete);
    entry->haveNet = group == VPC_GROUP_COMPLETE;
    entry->netMissing = group == VPC_GROUP_MISSING;
    if (entry->haveNet)
        entry->nicSamplesKnown = vpcBulkNicSamples(params, nparams, atUs, &entry->nicSamples,
                                                   &entry->nnicSamples) == 0;
    group = vpcBulkSumGroup(params, nparams, "block", "rd.bytes", "wr.bytes",
                            &entry->diskRead, &entry->diskWritten, &entry->statsIncomplete);
    entry->haveBlock = group == VPC_GROUP_COMPLETE;
    entry->blockMissing = group == VPC_GROUP_MISSING;
    return 0;
}


/* Drivers without the bulk call: list, then ask each domain. */
static int
listDomains(vpcHost *host, pollEntry **entriesOut, size_t *countOut)
{
    virDomainPtr *doms = NULL;
    int64_t readFromUs = vpcNowMonotonicUs();
    pollEntry *entries;
    int n, i;

    if ((n = virConnectListAllDomains(host->conn, &doms, 0)) < 0)
        return -1;
    if (!(entries = calloc(n ? n : 1, sizeof(*entries)))) {
        for (i = 0; i < n; i++)
            virDomainFree(doms[i]);
        free(doms);
        return -1;
    }
    for (i = 0; i < n; i++) {
        const char *name = virDomainGetName(doms[i]);

        entries[i].dom = doms[i];
        entries[i].state = -1;
        entries[i].id = virDomainGetID(doms[i]);
        entries[i].readFromUs = readFromUs;
        virDomainGetUUID(doms[i], entries[i].rawUUID);
        entries[i].name = strdup(name ? name : "");
    }
    free(doms);
    *entriesOut = entries;
    *countOut = n;
    return 0;
}


static int
bulkDomains(vpcHost *host, pollEntry **entriesOut, size_t *countOut)
{
    unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                          VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                          VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;
    virDomainStatsRecordPtr *records = NULL;
    int64_t beforeUs = vpcNowMonotonicUs();
    pollEntry *entries;
    int64_t atUs;
    int n, i;

    /* NOWAIT: a domain busy with a job reports what needs no job, instead
     * of holding every other domain's sample back for up to 30 s. */
    n = virConnectGetAllDomainStats(host->conn, groups, &records,
                                    VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (n < 0 && virGetLastErrorCode() == VIR_ERR_INVALID_ARG)
        n = virConnectGetAllDomainStats(host->conn, groups, &records, 0);
    if (n < 0) {
        if (virGetLastErrorCode() != VIR_ERR_NO_SUPPORT)
            return -1;
        virResetLastError();
        return listDomains(host, entriesOut, countOut);
    }
    /* The counters were read during the call: its midpoint is the best
     * guess of when, which matters for short CPU intervals. */
    atUs = (beforeUs + vpcNowMonotonicUs()) / 2;

    if (!(entries = calloc(n ? n : 1, sizeof(*entries)))) {
        virDomainStatsRecordListFree(records);
        return -1;
    }
    for (i = 0; i < n; i++) {
        if (pollEntryFromRecord(&entries[i], records[i], beforeUs, atUs) < 0) {
            while (i >= 0)
                pollEntryClear(&entries[i--]);
            free(entries);
            virDomainStatsRecordListFree(records);
            return -1;
        }
    }
    virDomainStatsRecordListFree(records);
    *entriesOut = entries;
    *countOut = n;
    return 0;
}


static void
fetchDevices(vpcHost *host, pollEntry *entry)
{
    char *xml = virDomainGetXMLDesc(entry->dom, 0);

    if (!xml) {
        vpcLog(VPC_LOG_WARN, "%s: domain %s: no description: %s", host->displayUri,
               entry->name, virGetLastErrorMessage());
        virResetLastError();
        return;
    }
    if (vpcDomainXMLDescribe(xml, &entry->nics, &entry->disks, &entry->schedMeta) == 0)
        entry->fetchedDevices = entry->devicesKnown = true;
    free(xml);
}


/* Sleeps until the monotonic microsecond 'untilUs'. */
static void
sleepUntilUs(int64_t untilUs)
{
    int64_t leftUs = untilUs - vpcNowMonotonicUs();

    if (leftUs > 0) {
        struct timespec delay = { leftUs / 1000000, (leftUs % 1000000) * 1000 };

        nanosleep(&delay, NULL);
    }
}


static uint64_t
statValue(long long value)
{
    return value > 0 ? (uint64_t)value : 0;
}


static int
nicSampleFromStats(vpcNicSample *sample, const char *name,
                   const virDomainInterfaceStatsStruct *st, int64_t atUs)
{
    sample->name = strdup(name);
    sample->atUs = atUs;
    sample->reading.value[VPC_NIC_RX_BYTES] = statValue(st->rx_bytes);
    sample->reading.value[VPC_NIC_RX_PACKETS] = statValue(st->rx_packets);
    sample->reading.value[VPC_NIC_RX_DROP] = statValue(st->rx_drop);
    sample->reading.value[VPC_NIC_TX_BYTES] = statValue(st->tx_bytes);
    sample->reading.value[VPC_NIC_TX_PACKETS] = statValue(st->tx_packets);
    sample->reading.value[VPC_NIC_TX_DROP] = statValue(st->tx_drop);
    return sample->name ? 0 : -1;
}


/* The per-domain minimum for what the bulk record lacked, first part: the
 * state, size and CPU time (virDomainGetInfo).  A CPU-only poll reads a
 * CPU time no sooner than VPC_MIN_CPU_INTERVAL_US after the domain's last,
 * so that the two give a utilization. */
static void
completeEntryInfo(pollEntry *entry, vpcPollKind kind)
{
    /* A paused domain's utilization is 0 whatever its CPU time. */
    if (kind == VPC_POLL_CPU_ONLY && entry->inTable && entry->infoKnown &&
        entry->state == VIR_DOMAIN_PAUSED)
        return;
    if (entry->state < 0 || (vpcPowerIsOn(entry->state) && !entry->haveCpu) ||
        ((!entry->haveMemory || !entry->haveVcpus) && !entry->infoKnown)) {
        int64_t beforeUs;
        virDomainInfo info;

        if (kind == VPC_POLL_CPU_ONLY && entry->lastCpuUs > 0)
            sleepUntilUs(entry->lastCpuUs + VPC_MIN_CPU_INTERVAL_US);
        beforeUs = vpcNowMonotonicUs();

        if (virDomainGetInfo(entry->dom, &info) == 0) {
            if (entry->state < 0)
                entry->state = info.state;
            entry->memoryKiB = info.maxMem;
            entry->vcpus = info.nrVirtCpu;
            entry->haveMemory = entry->haveVcpus = true;
            if (vpcPowerIsOn(entry->state)) {
                entry->cpuTimeNs = info.cpuTime;
                entry->haveCpu = true;
                entry->atUs = (beforeUs + vpcNowMonotonicUs()) / 2;
            }
        } else {
            virResetLastError();
            if (entry->state < 0)
                entry->state = VIR_DOMAIN_NOSTATE;
        }
    }
}


/* The second part: the devices' counters and the saved state.  A group the
 * driver fills but could not this time (a job holds the domain) is left
 * missing: asking each device would wait for that job, up to 30 s. */
static void
completeEntryDevices(vpcHost *host, pollEntry *entry)
{
    bool active, needNet, needBlock;
    size_t i;

    active = vpcPowerIsOn(entry->state);
    needNet = !entry->haveNet && !entry->netMissing;
    needBlock = !entry->haveBlock && !entry->blockMissing;
    if (active && (needNet || needBlock)) {
        if (!entry->devicesKnown)
            fetchDevices(host, entry);

        if (needNet) {
            entry->netRx = entry->netTx = 0;
            vpcNicSamplesFree(entry->nicSamples, entry->nnicSamples);
            entry->nicSamples = NULL;
            entry->nnicSamples = 0;
            if (entry->nics.count)
                entry->nicSamples = calloc(entry->nics.count, sizeof(*entry->nicSamples));
            entry->nicSamplesKnown = !entry->nics.count || entry->nicSamples;
            for (i = 0; i < entry->nics.count; i++) {
                virDomainInterfaceStatsStruct st;
                int64_t beforeUs = vpcNowMonotonicUs();

                if (*entry->nics.names[i] &&
                    virDomainInterfaceStats(entry->dom, entry->nics.names[i], &st,
                                            sizeof(st)) == 0) {
                    entry->netRx += st.rx_bytes > 0 ? (uint64_t)st.rx_bytes : 0;
                    entry->netTx += st.tx_bytes > 0 ? (uint64_t)st.tx_bytes : 0;
                    /* Each NIC's own moment: the driver may read its
                     * counters from a clock (the test driver does). */
                    if (entry->nicSamples &&
                        nicSampleFromStats(&entry->nicSamples[entry->nnicSamples++],
                                           entry->nics.names[i], &st,
                                           (beforeUs + vpcNowMonotonicUs()) / 2) < 0)
                        entry->nicSamplesKnown = false;
                } else {
                    virResetLastError();
                    entry->statsIncomplete = true;
                }
            }
            entry->haveNet = entry->devicesKnown;
        }
        if (needBlock) {
            entry->diskRead = entry->diskWritten = 0;
            for (i = 0; i < entry->disks.count; i++) {
                virDomainBlockStatsStruct st;

                if (*entry->disks.names[i] &&
                    virDomainBlockStats(entry->dom, entry->disks.names[i], &st,
                                        sizeof(st)) == 0) {
                    entry->diskRead += st.rd_bytes > 0 ? (uint64_t)st.rd_bytes : 0;
                    entry->diskWritten += st.wr_bytes > 0 ? (uint64_t)st.wr_bytes : 0;
                } else {
                    virResetLastError();
                    entry->statsIncomplete = true;
                }
            }
            entry->haveBlock = entry->devicesKnown;
        }
    }

    if (entry->state == VIR_DOMAIN_SHUTOFF && !entry->managedSaveKnown) {
        int rc = virDomainHasManagedSaveImage(entry->dom, 0);

        if (rc >= 0) {
            entry->managedSave = rc > 0;
            entry->haveManagedSave = true;
        } else {
            virResetLastError();
        }
    }
}


typedef struct {
    vpcHost *host;
    pollEntry *entries;
    size_t count;
    size_t next;                /* the next entry to take, atomically */
    bool devices;               /* the second part (completeEntryDevices) */
    vpcPollKind kind;
} pollWork;


static void *
pollWorker(void *opaque)
{
    pollWork *work = opaque;
    size_t i;

    while ((i = __atomic_fetch_add(&work->next, 1, __ATOMIC_RELAXED)) < work->count) {
        if (!work->devices)
            completeEntryInfo(&work->entries[i], work->kind);
        /* A CPU-only poll asks the devices of a domain it finds new only. */
        else if (work->kind == VPC_POLL_COMPLETE || !work->entries[i].inTable)
            completeEntryDevices(work->host, &work->entries[i]);
    }
    return NULL;
}


/* The per-domain calls of a poll: a driver without bulk groups needs about
 * five per running domain, and their round trips, not the work behind them,
 * make most of a poll's time; a few calls in flight at once cut it.  Every
 * domain's CPU time is read before any device is asked: on a new
 * connection, the CPU-only poll that follows then finds most intervals
 * long enough already. */
static void
completeEntriesPart(vpcHost *host, pollEntry *entries, size_t n, vpcPollKind kind, bool devices)
{
    pollWork work = { host, entries, n, 0, devices, kind };
    vpcThread threads[POLL_WORKERS - 1];
    size_t started = 0, i;

    if (n >= POLL_WORKER_MIN_ENTRIES) {
        for (i = 0; i < POLL_WORKERS - 1; i++) {
            if (vpcThreadStart(&threads[started], pollWorker, &work) < 0)
                break;
            started++;
        }
    }
    pollWorker(&work);
    for (i = 0; i < started; i++)
        vpcThreadJoin(&threads[i]);
}


static void
completeEntries(vpcHost *host, pollEntry *entries, size_t n, vpcPollKind kind)
{
    bool devices = kind == VPC_POLL_COMPLETE;
    size_t i;

    completeEntriesPart(host, entries, n, kind, false);
    for (i = 0; i < n && !devices; i++)
        devices = !entries[i].inTable;
    if (devices)
        completeEntriesPart(host, entries, n, kind, true);
}


/* Under the lock: copies what the table already knows into the entries so
 * the per-domain calls are skipped where possible. */
static void
primeEntries(vpcHost *host, pollEntry *entries, size_t n)
{
    size_t i, d;

    for (i = 0; i < n; i++) {
        vpcDomain *dom = vpcHostFindDomainLocked(host, entries[i].rawUUID);

        if (!dom)
            continue;
        entries[i].infoKnown = dom->infoKnown;
        entries[i].managedSaveKnown = dom->managedSaveKnown;
        entries[i].inTable = true;
        entries[i].lastCpuUs = dom->account.haveCpuTime ? dom->account.cpuSampleUs : 0;
        entries[i].schedGeneration = dom->schedGeneration;
        if (dom->infoKnown && !entries[i].haveMemory) {
            entries[i].memoryKiB = dom->memoryKiB;
            entries[i].haveMemory = true;
        }
        if (dom->infoKnown && !entries[i].haveVcpus) {
            entries[i].vcpus = dom->vcpus;
            entries[i].haveVcpus = true;
        }
        if (dom->devicesKnown && (!entries[i].haveNet || !entries[i].haveBlock)) {
            entries[i].devicesKnown = true;
            for (d = 0; d < dom->nics.count; d++)
                if (vpcDeviceListAppendCopy(&entries[i].nics, dom->nics.names[d]) < 0)
                    entries[i].devicesKnown = false;
            for (d = 0; d < dom->disks.count; d++)
                if (vpcDeviceListAppendCopy(&entries[i].disks, dom->disks.names[d]) < 0)
                    entries[i].devicesKnown = false;
        }
    }
}


static void
mergeEntry(vpcHost *host, pollEntry *entry, uint64_t eventsBefore, int64_t nowMs,
           int64_t nowRealMs)
{
    vpcDomain *dom = vpcHostFindDomainLocked(host, entry->rawUUID);
    vpcPowerState power = vpcPowerFromState(entry->state);
    bool isNew = !dom;
    vpcRawSample sample;

    if (isNew) {
        if (!(dom = vpcHostInsertDomainLocked(host, entry->rawUUID)))
            return;
        vpcFormatRawUUID(entry->rawUUID, dom->uuid);
    }
    if (entry->dom && entry->dom != dom->handle) {
        if (dom->handle)
            virDomainFree(dom->handle);
        dom->handle = entry->dom;
        entry->dom = NULL;
    }
    if (entry->name && (!dom->name || strcmp(dom->name, entry->name) != 0)) {
        free(dom->name);
        dom->name = entry->name;
        entry->name = NULL;
    }
    dom->seen = true;

    if (entry->haveMemory && entry->haveVcpus) {
        dom->memoryKiB = entry->memoryKiB;
        dom->vcpus = entry->vcpus;
        dom->infoKnown = true;
    }
    if (entry->haveManagedSave) {
        dom->managedSave = entry->managedSave;
        dom->managedSaveKnown = true;
    }
    if (entry->fetchedDevices) {
        vpcDeviceListClear(&dom->nics);
        vpcDeviceListClear(&dom->disks);
        dom->nics = entry->nics;
        dom->disks = entry->disks;
        memset(&entry->nics, 0, sizeof(entry->nics));
        memset(&entry->disks, 0, sizeof(entry->disks));
        dom->devicesKnown = true;
        /* Our scheduling element came with them, unless an event changed
         * it since (or the domain is new: no event could name it yet). */
        if (isNew || entry->schedGeneration == dom->schedGeneration) {
            dom->sched.meta = entry->schedMeta;
            dom->sched.metaKnown = true;
            dom->sched.metaStale = false;
        }
    }
    /* An event since the sample began said what the domain is now: the
     * sample's state, and counters read before it, are older. */
    if (!isNew && dom->stateEvent > eventsBefore)
        return;

    /* A domain we did not know, already running: its hypervisor counters
     * started with its process, whenever that was (a STARTED event, if it
     * is just starting, re-baselines it a moment later). */
    if (isNew) {
        int64_t seedMs = power == VPC_POWER_OFF ? 0 :
                         vpcQemuUptimeSeedMs(host->resolvedUri, dom->name, nowRealMs);
        vpcAccountRun run = { entry->id, seedMs > 0 ? nowRealMs - seedMs : 0 };

        dom->processStartMs = run.processStartMs;
        /* A backend before this one may have watched this very run. */
        if (vpcAccountStoreTake(host->store, host->uri, dom->uuid, &run, &dom->account)) {
            vpcLog(VPC_LOG_DEBUG, "%s: domain %s: accounting continues from the saved state",
                   host->displayUri, dom->name ? dom->name : dom->uuid);
            vpcAccountObserve(&dom->account, power, nowMs);
        } else {
            vpcAccountFirstSeen(&dom->account, power, nowMs, seedMs);
        }
    } else if (power != VPC_POWER_OFF && vpcAccountIsRunning(&dom->account) &&
               vpcPowerIsOn(dom->state) && entry->id != dom->id) {
        /* A new hypervisor id means the domain was restarted behind our
         * back, e.g. while the connection was down. */
        vpcAccountStarted(&dom->account, power, nowMs, false);
        dom->processStartMs = 0;
        if (host->countersFromProcessStart)
            vpcAccountCountFromZero(&dom->account);
    } else if (vpcAccountObserve(&dom->account, power, nowMs) && entry->id != dom->id &&
               host->countersFromProcessStart) {
        /* A power-up this sample noticed before the STARTED event. */
        vpcAccountCountFromZero(&dom->account);
    }
    dom->state = entry->state;
    dom->id = entry->id;

    /* A VM that stopped leaves its networks' sums. */
    if (power == VPC_POWER_OFF) {
        vpcNicRateSetClear(&dom->nicRates);
        return;
    }

    if (entry->statsIncomplete && !dom->devicesWarned) {
        vpcLog(VPC_LOG_WARN, "%s: domain %s: some devices report no statistics; "
               "they count as 0", host->displayUri, dom->name);
        dom->devicesWarned = true;
    }

    memset(&sample, 0, sizeof(sample));
    sample.atUs = entry->atUs;
    sample.readFromUs = entry->readFromUs;
    sample.counters.netRx = entry->netRx;
    sample.counters.netTx = entry->netTx;
    sample.counters.diskRead = entry->diskRead;
    sample.counters.diskWritten = entry->diskWritten;
    /* Missing is not zero: the account keeps what it had. */
    sample.netMissing = !entry->haveNet;
    sample.diskMissing = !entry->haveBlock;
    sample.haveCpuTime = entry->haveCpu;
    sample.cpuTimeNs = entry->cpuTimeNs;
    sample.vcpus = dom->vcpus ? dom->vcpus : 1;
    if (entry->haveNet || entry->haveBlock || entry->haveCpu)
        vpcAccountSample(&dom->account, &sample);
    if (entry->haveNet && entry->nicSamplesKnown &&
        vpcNicRateSetSample(&dom->nicRates, entry->nicSamples, entry->nnicSamples) < 0)
        vpcLog(VPC_LOG_WARN, "%s: domain %s: out of memory for its network rates",
               host->displayUri, dom->name);
}


/*
 * One sample of every domain.  VPC_POLL_CPU_ONLY reads states and CPU times
 * only, the devices' counters keep their values: the second reading of a
 * new connection, which gives its first sample a CPU interval.  Its values
 * are then those of the complete poll before it, whose start stays the
 * sample's age.
 */
int
vpcHostPoll(vpcHost *host, vpcPollKind kind)
{
    int64_t startMs;
    pollEntry *entries = NULL;
    size_t n = 0, i, kept;
    int64_t nowMs, nowRealMs;
    uint64_t changes, eventsBefore;

    /* Where the bulk call gives the CPU times, it is the second reading. */
    if (kind == VPC_POLL_CPU_ONLY && host->bulkCpuAtUs > 0)
        sleepUntilUs(host->bulkCpuAtUs + VPC_MIN_CPU_INTERVAL_US);
    startMs = vpcNowMonotonicMs();

    pthread_mutex_lock(&host->lock);
    changes = host->changes;
    eventsBefore = host->lifecycleEvents;
    pthread_mutex_unlock(&host->lock);
    if (bulkDomains(host, &entries, &n) < 0) {
        pthread_mutex_lock(&host->lock);
        vpcHostSetError(host, VPC_ERR_HOST_UNAVAILABLE, "cannot list domains");
        pthread_mutex_unlock(&host->lock);
        return -1;
    }
    host->bulkCpuAtUs = n && entries[0].haveCpu ? entries[0].atUs : 0;

    pthread_mutex_lock(&host->lock);
    primeEntries(host, entries, n);
    pthread_mutex_unlock(&host->lock);

    completeEntries(host, entries, n, kind);
    if (host->config.test.pollDelayMs > 0) {
        struct timespec delay = { host->config.test.pollDelayMs / 1000,
                                  (host->config.test.pollDelayMs % 1000) * 1000000L };

        nanosleep(&delay, NULL);
    }

    nowMs = vpcNowMonotonicMs();
    nowRealMs = vpcNowRealtimeMs();
    pthread_mutex_lock(&host->lock);
    for (i = 0; i < host->ndomains; i++)
        host->domains[i]->seen = false;
    for (i = 0; i < n; i++)
        mergeEntry(host, &entries[i], eventsBefore, nowMs, nowRealMs);
    host->baselineWaiting = false;
    for (i = kept = 0; i < host->ndomains; i++) {
        if (host->domains[i]->seen) {
            host->domains[kept++] = host->domains[i];
            if (vpcAccountBaselinePending(&host->domains[i]->account))
                host->baselineWaiting = true;
        } else {
            vpcDomainFree(host->domains[i]);
        }
    }
    host->ndomains = kept;
    vpcHostSaveAccountsLocked(host, false);
    host->firstPollDone = true;
    host->lastPollMs = vpcNowMonotonicMs();
    if (kind == VPC_POLL_COMPLETE) {
        host->lastPollStartMs = startMs;
        host->lastPollChanges = changes;
        host->firstSampleOfConnection = false;
    }
    host->stuck = false;
    vpcErrorClear(&host->error);
    pthread_mutex_unlock(&host->lock);

    vpcLog(VPC_LOG_DEBUG, "%s: sample of %zu domains (%s) in %lld ms", host->displayUri, n,
           kind == VPC_POLL_COMPLETE ? "complete" : "CPU times only",
           (long long)(vpcNowMonotonicMs() - startMs));
    for (i = 0; i < n; i++)
        pollEntryClear(&entries[i]);
    free(entries);
    return 0;
}
