/*
 * One libvirt host: its read-only connection, events, 1 Hz sampling and
 * the accounting state of each of its domains.
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
 * Threads: a monitor thread per host owns the connection (open, sample,
 * reconnect); libvirt's event loop thread delivers lifecycle events and the
 * close notification; callers only read the domain table under the lock
 * and never wait on a libvirt call for longer than the configured bound.
 *
 * Sampling takes the cheapest correct path: one bulk stats call lists every
 * domain with its state, and where the driver fills the CPU, interface and
 * block groups (QEMU) that is all.  Where it does not (the test driver),
 * the missing groups come from per-domain calls for active domains only:
 * virDomainGetInfo, and one interface or block stats call per device, with
 * device names taken once from the domain XML.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

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
    /* Our scheduling element, read from the same description as the
     * devices, and the domain's scheduling generation when primed: an
     * event in between makes it stale. */
    vpcSchedulingMetadata schedMeta;
    unsigned int schedGeneration;
} pollEntry;

/* What a poll asks beyond the bulk call. */
typedef enum {
    POLL_COMPLETE,              /* every counter */
    POLL_CPU_ONLY,              /* CPU times: the second reading of a new connection */
} pollKind;


static void
hostSetError(vpcHost *host, vpcErrorCode fallback, const char *what)
{
    vpcErrorFromLibvirt(&host->error, fallback, host->uri, host->displayUri, NULL, what);
}


static int
compareRawUUID(const void *key, const void *elem)
{
    const vpcDomain *dom = *(vpcDomain *const *)elem;

    return memcmp(key, dom->rawUUID, VIR_UUID_BUFLEN);
}


vpcDomain *
vpcHostFindDomainLocked(vpcHost *host, const unsigned char *rawUUID)
{
    vpcDomain **found = bsearch(rawUUID, host->domains, host->ndomains,
                                sizeof(*host->domains), compareRawUUID);

    return found ? *found : NULL;
}


static int
hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}


vpcDomain *
vpcHostFindDomainByStringLocked(vpcHost *host, const char *uuid)
{
    unsigned char raw[VIR_UUID_BUFLEN];
    size_t i = 0;

    for (; *uuid && i < VIR_UUID_BUFLEN; uuid++) {
        int hi, lo;

        if (*uuid == '-')
            continue;
        if ((hi = hexValue(uuid[0])) < 0 || (lo = hexValue(uuid[1])) < 0)
            return NULL;
        raw[i++] = hi << 4 | lo;
        uuid++;
    }
    if (i != VIR_UUID_BUFLEN || *uuid)
        return NULL;
    return vpcHostFindDomainLocked(host, raw);
}


static void
domainFree(vpcDomain *dom)
{
    if (!dom)
        return;
    if (dom->handle)
        virDomainFree(dom->handle);
    free(dom->name);
    vpcDomainFactsFree(dom);
    vpcDomainAgentFree(dom);
    vpcDeviceListClear(&dom->nics);
    vpcDeviceListClear(&dom->disks);
    free(dom);
}


static vpcDomain *
hostInsertDomain(vpcHost *host, const unsigned char *rawUUID)
{
    vpcDomain **domains;
    vpcDomain *dom;
    size_t pos = 0;

    while (pos < host->ndomains && memcmp(host->domains[pos]->rawUUID, rawUUID,
                                          VIR_UUID_BUFLEN) < 0)
        pos++;

    if (!(dom = calloc(1, sizeof(*dom))))
        return NULL;
    if (!(domains = realloc(host->domains, (host->ndomains + 1) * sizeof(*domains)))) {
        free(dom);
        return NULL;
    }
    host->domains = domains;
    memmove(&domains[pos + 1], &domains[pos], (host->ndomains - pos) * sizeof(*domains));
    domains[pos] = dom;
    host->ndomains++;

    memcpy(dom->rawUUID, rawUUID, VIR_UUID_BUFLEN);
    vpcAccountInit(&dom->account);
    dom->id = (unsigned int)-1;
    dom->pendingAction = -1;
    return dom;
}


static void
formatUUID(const unsigned char *raw, char *out)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    for (i = 0; i < VIR_UUID_BUFLEN; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[raw[i] >> 4];
        *out++ = hex[raw[i] & 15];
    }
    *out = '\0';
}


static vpcPowerState
powerFromState(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return VPC_POWER_RUNNING;
    case VIR_DOMAIN_PAUSED:
        return VPC_POWER_PAUSED;
    default:
        return VPC_POWER_OFF;
    }
}


bool
vpcPowerIsOn(int state)
{
    return state != VIR_DOMAIN_SHUTOFF && state != VIR_DOMAIN_CRASHED &&
           state != VIR_DOMAIN_NOSTATE;
}


static vpcVMState
vmStateFromDomain(const vpcDomain *dom)
{
    switch (dom->pendingAction) {
    case VPC_ACTION_STARTUP:
        return dom->pendingFromSaved ? VPC_VM_STATE_RESTORING : VPC_VM_STATE_TURNING_ON;
    case VPC_ACTION_RESET:
    case VPC_ACTION_RESTART:
        return VPC_VM_STATE_TURNING_ON;
    case VPC_ACTION_SAVE:
        return VPC_VM_STATE_SAVING;
    case VPC_ACTION_TURN_OFF:
    case VPC_ACTION_SHUTDOWN:
        return VPC_VM_STATE_TURNING_OFF;
    default:
        break;
    }

    switch (dom->state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return VPC_VM_STATE_RUNNING;
    case VIR_DOMAIN_PAUSED:
    case VIR_DOMAIN_PMSUSPENDED:
        return VPC_VM_STATE_PAUSED;
    case VIR_DOMAIN_SHUTDOWN:
        return VPC_VM_STATE_TURNING_OFF;
    case VIR_DOMAIN_SHUTOFF:
    case VIR_DOMAIN_CRASHED:
        return dom->managedSave ? VPC_VM_STATE_SAVED : VPC_VM_STATE_TURNED_OFF;
    default:
        return VPC_VM_STATE_INVALID;
    }
}


/* Events (libvirt's event loop thread) */

void
vpcHostWakeLocked(vpcHost *host)
{
    host->refreshRequested = true;
    host->refreshRequestedMs = vpcNowMonotonicMs();
    pthread_cond_broadcast(&host->cond);
}


static int
lifecycleEvent(virConnectPtr conn, virDomainPtr domain, int event, int detail, void *opaque)
{
    vpcHost *host = opaque;
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    int64_t nowMs = vpcNowMonotonicMs();
    vpcDomain *dom;

    (void)conn;
    if (virDomainGetUUID(domain, rawUUID) < 0)
        return 0;

    pthread_mutex_lock(&host->lock);
    if ((dom = vpcHostFindDomainLocked(host, rawUUID))) {
        /* Starting and stopping switch between the live and the inactive XML. */
        vpcDomainFactsInvalidate(dom);
        switch (event) {
        case VIR_DOMAIN_EVENT_STARTED: {
            unsigned int id = virDomainGetID(domain);
            /* A wakeup from the guest's own suspend is the same process. */
            bool newProcess = id != dom->id || detail != VIR_DOMAIN_EVENT_STARTED_WAKEUP;

            dom->state = VIR_DOMAIN_RUNNING;
            dom->id = id;
            dom->processStartMs = 0;
            dom->managedSave = false;
            dom->managedSaveKnown = true;
            /* A new hypervisor process may have different devices. */
            dom->devicesKnown = false;
            vpcAccountStarted(&dom->account, VPC_POWER_RUNNING, nowMs, true);
            if (newProcess && host->countersFromProcessStart)
                vpcAccountCountFromZero(&dom->account);
            break;
        }
        case VIR_DOMAIN_EVENT_SUSPENDED:
            dom->state = VIR_DOMAIN_PAUSED;
            vpcAccountSuspended(&dom->account, nowMs);
            break;
        case VIR_DOMAIN_EVENT_RESUMED:
            dom->state = VIR_DOMAIN_RUNNING;
            vpcAccountResumed(&dom->account, nowMs);
            break;
        case VIR_DOMAIN_EVENT_STOPPED:
        case VIR_DOMAIN_EVENT_CRASHED:
            dom->state = event == VIR_DOMAIN_EVENT_CRASHED ? VIR_DOMAIN_CRASHED
                                                           : VIR_DOMAIN_SHUTOFF;
            dom->id = (unsigned int)-1;
            /* A managed save leaves an image; a plain stop may remove one. */
            dom->managedSaveKnown = false;
            dom->managedSave = detail == VIR_DOMAIN_EVENT_STOPPED_SAVED;
            vpcAccountStopped(&dom->account);
            break;
        case VIR_DOMAIN_EVENT_DEFINED:
            /* The configuration changed: vCPUs, memory, devices, cputune. */
            dom->infoKnown = false;
            dom->devicesKnown = false;
            vpcHostScheduleInvalidate(dom);
            break;
        default:
            break;
        }
        vpcLog(VPC_LOG_DEBUG, "%s: domain %s: lifecycle event %d/%d",
               host->displayUri, dom->name ? dom->name : dom->uuid, event, detail);
        vpcHostSaveAccountsLocked(host, true);
    }
    vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);
    return 0;
}


/*
 * Under the lock: hands every domain's account, with the run it belongs
 * to, to the service's store, which writes them out at once after an
 * event ('changed') and at most once a second otherwise.  Only a host that
 * has been sampled reports: before that its table is not the host's.
 */
void
vpcHostSaveAccountsLocked(vpcHost *host, bool changed)
{
    vpcAccountReport *reports;
    size_t i;

    if (!host->store)
        return;
    if (!(reports = calloc(host->ndomains ? host->ndomains : 1, sizeof(*reports))))
        return;
    for (i = 0; i < host->ndomains; i++) {
        const vpcDomain *dom = host->domains[i];

        memcpy(reports[i].uuid, dom->uuid, sizeof(reports[i].uuid));
        reports[i].run.domainId = vpcPowerIsOn(dom->state) ? dom->id : (unsigned int)-1;
        reports[i].run.processStartMs = dom->processStartMs;
        reports[i].account = dom->account;
    }
    vpcAccountStoreUpdateHost(host->store, host->uri, reports, host->ndomains, changed);
    free(reports);
}


static void
rebootEvent(virConnectPtr conn, virDomainPtr domain, void *opaque)
{
    vpcHost *host = opaque;
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    vpcDomain *dom;

    (void)conn;
    if (virDomainGetUUID(domain, rawUUID) < 0)
        return;

    pthread_mutex_lock(&host->lock);
    if ((dom = vpcHostFindDomainLocked(host, rawUUID))) {
        int64_t now = vpcNowMonotonicMs();

        /* Our own Reset already restarted the accounts. */
        if (dom->ownResetMs && now - dom->ownResetMs < OWN_RESET_WINDOW_MS) {
            dom->ownResetMs = 0;
        } else {
            vpcAccountReset(&dom->account, now);
            vpcLog(VPC_LOG_DEBUG, "%s: domain %s: reset", host->displayUri,
                   dom->name ? dom->name : dom->uuid);
            vpcHostSaveAccountsLocked(host, true);
        }
    }
    vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);
}


void
vpcHostScheduleInvalidate(vpcDomain *dom)
{
    dom->sched.stale = true;
    dom->sched.metaStale = true;
    dom->schedGeneration++;
}


/* For an event's domain: 'change' on its table entry, under the lock, if
 * the table has it. */
void
vpcHostDomainChanged(vpcHost *host, virDomainPtr domain, void (*change)(vpcDomain *dom))
{
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    vpcDomain *dom;

    if (virDomainGetUUID(domain, rawUUID) < 0)
        return;
    pthread_mutex_lock(&host->lock);
    if ((dom = vpcHostFindDomainLocked(host, rawUUID)))
        change(dom);
    pthread_mutex_unlock(&host->lock);
}


/* Under the lock: a reference on the domain's object on the connection
 * the monitor reads through, or NULL (then look it up). */
virDomainPtr
vpcHostDomainHandleLocked(vpcHost *host, const vpcDomain *dom)
{
    if (!dom->handle || !host->conn || host->closed ||
        virDomainGetConnect(dom->handle) != host->conn || virDomainRef(dom->handle) < 0)
        return NULL;
    return dom->handle;
}


/* cputune and <metadata> changes made by anyone: re-read on next use. */
static void
schedulingChanged(vpcHost *host, virDomainPtr domain)
{
    vpcHostDomainChanged(host, domain, vpcHostScheduleInvalidate);
}


static void
tunableEvent(virConnectPtr conn, virDomainPtr domain, virTypedParameterPtr params, int nparams,
             void *opaque)
{
    (void)conn;
    (void)params;
    (void)nparams;
    schedulingChanged(opaque, domain);
}


static void
metadataEvent(virConnectPtr conn, virDomainPtr domain, int type, const char *nsuri,
              void *opaque)
{
    (void)conn;
    (void)type;
    (void)nsuri;
    schedulingChanged(opaque, domain);
}


static void
connectionClosed(virConnectPtr conn, int reason, void *opaque)
{
    vpcHost *host = opaque;

    pthread_mutex_lock(&host->lock);
    /* Only the connection we read through matters here. */
    if (conn == host->conn) {
        host->closed = true;
        /* No keepalive answer: the host hangs, and opening a new connection
         * will most likely hang too.  Nobody waits for it until it answers
         * again (see 'stuck'). */
        if (reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE)
            host->stuck = true;
        vpcErrorSet(&host->error, VPC_ERR_HOST_UNAVAILABLE, host->displayUri, NULL, "%s",
                    reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE ?
                    "the connection timed out (no keepalive answer)" :
                    "the connection was closed");
        pthread_cond_broadcast(&host->cond);
    }
    pthread_mutex_unlock(&host->lock);
}


/* Connection management */

static int
authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *opaque)
{
    (void)cred;
    (void)ncred;
    (void)opaque;
    /* Nobody can answer a prompt from a script host: fail instead of
     * hanging.  ssh keys and agents, TLS certificates and polkit rules
     * authenticate without asking. */
    return -1;
}


/* ssh must never wait for a password on a terminal nobody watches. */
static char *
connectURI(const char *uri)
{
    const char *scheme_end = strstr(uri, "://");
    char *result;

    if (!scheme_end || strstr(uri, "no_tty=") ||
        !((memmem(uri, scheme_end - uri, "+ssh", 4)) ||
          memmem(uri, scheme_end - uri, "+libssh", 7)))
        return strdup(uri);

    if (asprintf(&result, "%s%cno_tty=1", uri, strchr(uri, '?') ? '&' : '?') < 0)
        return NULL;
    return result;
}


/* Opens a connection with keepalive on (remote drivers only; in-process
 * ones refuse, which is fine).  'flags' is VIR_CONNECT_RO or 0. */
int
vpcHostOpen(vpcHost *host, unsigned int flags, virConnectPtr *connOut)
{
    int credTypes[] = { VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT,
                        VIR_CRED_ECHOPROMPT };
    virConnectAuth auth = { credTypes, sizeof(credTypes) / sizeof(credTypes[0]),
                            authCallback, host };
    char *uri = connectURI(host->uri);
    virConnectPtr conn;

    *connOut = NULL;
    if (!uri)
        return -1;
    conn = virConnectOpenAuth(*uri ? uri : NULL, &auth, flags);
    free(uri);
    if (!conn)
        return -1;

    if (virConnectSetKeepAlive(conn, host->config.keepAliveInterval,
                               host->config.keepAliveCount) < 0)
        virResetLastError();
    *connOut = conn;
    return 0;
}


/* Makes 'conn' (whose reference passes to the host) the one the monitor
 * reads through: close notification, events, host facts. */
static void
hostAttach(vpcHost *host, virConnectPtr conn)
{
    const char *type = virConnectGetType(conn);
    virNodeInfo node;
    char *resolved;

    if (!type)
        virResetLastError();
    if (virConnectRegisterCloseCallback(conn, connectionClosed, host, NULL) < 0)
        virResetLastError();

    pthread_mutex_lock(&host->lock);
    host->conn = conn;
    host->closed = false;
    /* QEMU's counters belong to its process; the test driver's run on. */
    host->countersFromProcessStart = type && strcasecmp(type, "QEMU") == 0;
    pthread_mutex_unlock(&host->lock);

    host->lifecycleCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(lifecycleEvent), host, NULL);
    host->rebootCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                         VIR_DOMAIN_EVENT_CALLBACK(rebootEvent), host, NULL);
    if (host->lifecycleCallback < 0 || host->rebootCallback < 0) {
        vpcLog(VPC_LOG_WARN, "%s: no domain events (%s); relying on sampling",
               host->displayUri, virGetLastErrorMessage());
        virResetLastError();
    }
    /* Drivers without these events keep their caches until our own writes. */
    host->tunableCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_TUNABLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(tunableEvent), host, NULL);
    host->metadataCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
                                         VIR_DOMAIN_EVENT_CALLBACK(metadataEvent), host, NULL);
    virResetLastError();
    vpcHostFactsRegisterEvents(host, conn);
    vpcHostVMFactsAttach(host, conn);

    if (virNodeGetInfo(conn, &node) == 0) {
        host->hostCpus = node.cpus;
    } else {
        virResetLastError();
    }
    if ((resolved = virConnectGetURI(conn))) {
        free(host->resolvedUri);
        host->resolvedUri = resolved;
    } else {
        virResetLastError();
    }
    vpcLog(VPC_LOG_DEBUG, "%s: connected", host->displayUri);
}


static int
hostConnect(vpcHost *host)
{
    virConnectPtr conn;

    if (vpcHostOpen(host, VIR_CONNECT_RO, &conn) < 0) {
        pthread_mutex_lock(&host->lock);
        /* It answered, if only with a refusal: down, not stuck. */
        host->stuck = false;
        hostSetError(host, VPC_ERR_HOST_UNAVAILABLE, "cannot connect");
        pthread_mutex_unlock(&host->lock);
        return -1;
    }
    hostAttach(host, conn);
    return 0;
}


static void
hostDisconnect(vpcHost *host)
{
    int *callbacks[] = { &host->lifecycleCallback, &host->rebootCallback,
                         &host->tunableCallback, &host->metadataCallback };
    virConnectPtr conn;
    size_t i;

    pthread_mutex_lock(&host->lock);
    conn = host->conn;
    host->conn = NULL;
    for (i = 0; i < host->ndomains; i++) {
        if (host->domains[i]->handle)
            virDomainFree(host->domains[i]->handle);
        host->domains[i]->handle = NULL;
    }
    pthread_mutex_unlock(&host->lock);
    if (!conn)
        return;

    /* Registered callbacks hold references on the connection. */
    for (i = 0; i < sizeof(callbacks) / sizeof(callbacks[0]); i++) {
        if (*callbacks[i] >= 0)
            virConnectDomainEventDeregisterAny(conn, *callbacks[i]);
        *callbacks[i] = -1;
    }
    vpcHostFactsDeregisterEvents(host, conn);
    vpcHostVMFactsDetach(host, conn);
    virConnectUnregisterCloseCallback(conn, connectionClosed);
    virConnectClose(conn);
    virResetLastError();
}


/* Sampling (monitor thread, without the lock except where noted) */

static void
pollEntryClear(pollEntry *entry)
{
    if (entry->dom)
        virDomainFree(entry->dom);
    free(entry->name);
    vpcDeviceListClear(&entry->nics);
    vpcDeviceListClear(&entry->disks);
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


/* The per-domain minimum for what the bulk record lacked, first part: the
 * state, size and CPU time (virDomainGetInfo).  A CPU-only poll reads a
 * CPU time no sooner than VPC_MIN_CPU_INTERVAL_US after the domain's last,
 * so that the two give a utilization. */
static void
completeEntryInfo(pollEntry *entry, pollKind kind)
{
    /* A paused domain's utilization is 0 whatever its CPU time. */
    if (kind == POLL_CPU_ONLY && entry->inTable && entry->infoKnown &&
        entry->state == VIR_DOMAIN_PAUSED)
        return;
    if (entry->state < 0 || (vpcPowerIsOn(entry->state) && !entry->haveCpu) ||
        ((!entry->haveMemory || !entry->haveVcpus) && !entry->infoKnown)) {
        int64_t beforeUs;
        virDomainInfo info;

        if (kind == POLL_CPU_ONLY && entry->lastCpuUs > 0)
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
            for (i = 0; i < entry->nics.count; i++) {
                virDomainInterfaceStatsStruct st;

                if (*entry->nics.names[i] &&
                    virDomainInterfaceStats(entry->dom, entry->nics.names[i], &st,
                                            sizeof(st)) == 0) {
                    entry->netRx += st.rx_bytes > 0 ? (uint64_t)st.rx_bytes : 0;
                    entry->netTx += st.tx_bytes > 0 ? (uint64_t)st.tx_bytes : 0;
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
    pollKind kind;
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
        else if (work->kind == POLL_COMPLETE || !work->entries[i].inTable)
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
completeEntriesPart(vpcHost *host, pollEntry *entries, size_t n, pollKind kind, bool devices)
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
completeEntries(vpcHost *host, pollEntry *entries, size_t n, pollKind kind)
{
    bool devices = kind == POLL_COMPLETE;
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
mergeEntry(vpcHost *host, pollEntry *entry, int64_t nowMs, int64_t nowRealMs)
{
    vpcDomain *dom = vpcHostFindDomainLocked(host, entry->rawUUID);
    vpcPowerState power = powerFromState(entry->state);
    bool isNew = !dom;
    vpcRawSample sample;

    if (isNew) {
        if (!(dom = hostInsertDomain(host, entry->rawUUID)))
            return;
        formatUUID(entry->rawUUID, dom->uuid);
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

    if (power == VPC_POWER_OFF)
        return;

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
}


/*
 * One sample of every domain.  POLL_CPU_ONLY reads states and CPU times
 * only, the devices' counters keep their values: the second reading of a
 * new connection, which gives its first sample a CPU interval.  Its values
 * are then those of the complete poll before it, whose start stays the
 * sample's age.
 */
static int
hostPoll(vpcHost *host, pollKind kind)
{
    int64_t startMs;
    pollEntry *entries = NULL;
    size_t n = 0, i, kept;
    int64_t nowMs, nowRealMs;
    uint64_t changes;

    /* Where the bulk call gives the CPU times, it is the second reading. */
    if (kind == POLL_CPU_ONLY && host->bulkCpuAtUs > 0)
        sleepUntilUs(host->bulkCpuAtUs + VPC_MIN_CPU_INTERVAL_US);
    startMs = vpcNowMonotonicMs();

    pthread_mutex_lock(&host->lock);
    changes = host->changes;
    pthread_mutex_unlock(&host->lock);
    if (bulkDomains(host, &entries, &n) < 0) {
        pthread_mutex_lock(&host->lock);
        hostSetError(host, VPC_ERR_HOST_UNAVAILABLE, "cannot list domains");
        pthread_mutex_unlock(&host->lock);
        return -1;
    }
    host->bulkCpuAtUs = n && entries[0].haveCpu ? entries[0].atUs : 0;

    pthread_mutex_lock(&host->lock);
    primeEntries(host, entries, n);
    pthread_mutex_unlock(&host->lock);

    completeEntries(host, entries, n, kind);
    if (host->config.pollDelayMs > 0) {
        struct timespec delay = { host->config.pollDelayMs / 1000,
                                  (host->config.pollDelayMs % 1000) * 1000000L };

        nanosleep(&delay, NULL);
    }

    nowMs = vpcNowMonotonicMs();
    nowRealMs = vpcNowRealtimeMs();
    pthread_mutex_lock(&host->lock);
    for (i = 0; i < host->ndomains; i++)
        host->domains[i]->seen = false;
    for (i = 0; i < n; i++)
        mergeEntry(host, &entries[i], nowMs, nowRealMs);
    host->baselineWaiting = false;
    for (i = kept = 0; i < host->ndomains; i++) {
        if (host->domains[i]->seen) {
            host->domains[kept++] = host->domains[i];
            if (vpcAccountBaselinePending(&host->domains[i]->account))
                host->baselineWaiting = true;
        } else {
            domainFree(host->domains[i]);
        }
    }
    host->ndomains = kept;
    vpcHostSaveAccountsLocked(host, false);
    host->firstPollDone = true;
    host->lastPollMs = vpcNowMonotonicMs();
    if (kind == POLL_COMPLETE) {
        host->lastPollStartMs = startMs;
        host->lastPollChanges = changes;
        host->firstSampleOfConnection = false;
    }
    host->stuck = false;
    vpcErrorClear(&host->error);
    pthread_mutex_unlock(&host->lock);

    vpcLog(VPC_LOG_DEBUG, "%s: sample of %zu domains (%s) in %lld ms", host->displayUri, n,
           kind == POLL_COMPLETE ? "complete" : "CPU times only",
           (long long)(vpcNowMonotonicMs() - startMs));
    for (i = 0; i < n; i++)
        pollEntryClear(&entries[i]);
    free(entries);
    return 0;
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
            hostDisconnect(host);
            pthread_mutex_lock(&host->lock);
            continue;
        }

        if (host->adoptConn) {
            virConnectPtr adopted = host->adoptConn;

            host->adoptConn = NULL;
            host->busySinceMs = startMs;
            pthread_mutex_unlock(&host->lock);
            hostDisconnect(host);
            hostAttach(host, adopted);
            rc = hostPoll(host, POLL_COMPLETE);
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
            rc = hostConnect(host);
            if (rc == 0)
                rc = hostPoll(host, POLL_COMPLETE);
            if (rc == 0) {
                /* The regular samples count from this one. */
                startMs = vpcNowMonotonicMs();
                rc = hostPoll(host, POLL_CPU_ONLY);
            }
            pthread_mutex_lock(&host->lock);
            if (rc == 0)
                host->firstSampleOfConnection = true;
            host->lastAttemptMs = vpcNowMonotonicMs();
            host->connecting = false;
        } else {
            pthread_mutex_unlock(&host->lock);
            rc = hostPoll(host, POLL_COMPLETE);
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

    hostDisconnect(host);
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
        domainFree(host->domains[i]);
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
        rec->state = vmStateFromDomain(dom);
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
