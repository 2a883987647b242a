/*
 * wine-vpc core: what a host knows, shared by the files of its monitor
 * (host.c and the host*.c beside it, domaintable.c) and the operations
 * callers ask of it (hostsched.c, hostactions.c, hostwrites.c,
 * hostdevices.c, hostfacts.c, vmfacts.c).
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

#ifndef VPCHOST_H
#define VPCHOST_H

#include <libvirt/libvirt.h>

#include "vpccore_private.h"
#include "vpcproto.h"

#define RECONNECT_MIN_MS 1000
#define RECONNECT_MAX_MS 30000
#define RETRY_ON_DEMAND_MS 2000
#define OWN_RESET_WINDOW_MS 2000
/* A run whose baseline a sample could not give (its disks could not be
 * asked: right after a reset libvirt holds the domain's job for a moment)
 * is sampled again this soon: the guest is already counting. */
#define BASELINE_RETRY_MS 200
#define BASELINE_RETRIES 10
/* Per-domain calls of one poll, in flight at once: libvirt's remote client
 * multiplexes them over the one connection, and libvirtd serves up to
 * max_client_requests (5 by default) of a client at a time. */
#define POLL_WORKERS 4
#define POLL_WORKER_MIN_ENTRIES 16
/* The domain events that change inventory facts (vmfacts.c). */
#define VPC_FACTS_EVENTS 7

/* Scheduling as libvirt stores it.  A TUNABLE or METADATA_CHANGE event
 * marks it stale: it is read again on next use, and until then (a reader
 * racing the event) the last values still serve. */
typedef struct _vpcDomainScheduling {
    bool known;                 /* the driver's values present */
    bool stale;                 /* to be read again */
    /* Our metadata element, read on its own or from the description the
     * sampling reads for the devices; -1 where absent.  The reservations
     * of the running domains are all a request for another needs. */
    bool metaKnown;
    bool metaStale;
    vpcSchedulingMetadata meta;
    char weightParam[VIR_TYPED_PARAM_FIELD_LENGTH];    /* "cpu_shares", "weight" or "" */
    unsigned long long weight;
    bool quotaSupported;
    long long quota;
    unsigned long long period;
} vpcDomainScheduling;

typedef struct _vpcDomain {
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    char uuid[VPC_UUID_STRING_LEN];
    char *name;
    /* The latest sample's domain object, on the connection it came from:
     * requests use it instead of looking the domain up again. */
    virDomainPtr handle;
    int state;                  /* virDomainState */
    /* The host's 'lifecycleEvents' when an event last set 'state': a sample
     * begun before that event must not put back the state it read. */
    uint64_t stateEvent;
    unsigned int id;            /* hypervisor id while active, else (unsigned)-1 */
    bool managedSave;
    bool managedSaveKnown;
    uint64_t memoryKiB;
    unsigned int vcpus;
    bool infoKnown;
    vpcAccount account;
    vpcDeviceList nics;
    vpcDeviceList disks;
    bool devicesKnown;
    bool devicesWarned;
    bool seen;
    vpcDomainScheduling sched;
    unsigned int schedGeneration;   /* bumped by every invalidation */
    int pendingAction;          /* a vpcAction in progress, or -1 */
    bool pendingFromSaved;      /* a Startup that restores a saved state */
    int64_t ownResetMs;         /* our own Reset: its REBOOT event is not a second one */
    int64_t processStartMs;     /* of its local QEMU process when first seen, else 0 */
    uint32_t factsGeneration;   /* inventory facts: bumped by every event that changes them */
    struct _vpcVMFacts *facts;  /* as last built (vmfacts.c), NULL before */
    int64_t factsLiveMs;        /* when their live values were asked */
    struct _vpcAgentHistory *agentHistory;  /* the heartbeat's, NULL before a state is seen */
} vpcDomain;

typedef struct _vpcHostFactsCache vpcHostFactsCache;

struct _vpcHost {
    char *uri;                  /* as configured; "" selects libvirt's default */
    char *displayUri;
    char *resolvedUri;          /* what libvirt says it connected to */
    vpcConfig config;

    vpcThread thread;           /* the monitor */
    pthread_mutex_t lock;
    pthread_cond_t cond;
    bool quit;

    virConnectPtr conn;         /* owned by the monitor thread */
    int lifecycleCallback;
    int rebootCallback;
    int tunableCallback;
    int metadataCallback;
    virConnectPtr adoptConn;    /* a read-write connection to read through instead */
    unsigned int hostCpus;      /* 0 until known */
    /* The driver's counters start at 0 with each hypervisor process (QEMU):
     * a run in a new process counts from 0, not from its first sample. */
    bool countersFromProcessStart;
    bool closed;                /* the connection died under us */
    bool firstPollDone;
    bool connecting;            /* opening a connection and taking its first sample */
    /* The latest sample is the connection's first: it answers the
     * questions asked while it was taken (see hostFreshLocked). */
    bool firstSampleOfConnection;
    int64_t bulkCpuAtUs;        /* monitor thread: when the last bulk call read CPU times, or 0 */
    bool refreshRequested;
    bool baselineWaiting;       /* a domain's baseline waits for a complete sample */
    int64_t refreshRequestedMs;     /* when the latest request came */
    int64_t busySinceMs;        /* start of the libvirt call in progress, or -1 */
    int64_t lastAttemptMs;      /* end of the last connection attempt */
    int64_t lastPollMs;         /* end of the last successful sample, or -1 */
    int64_t lastPollStartMs;    /* start of that sample */
    /* Changes to domains that a sample begun before them would not show:
     * ours, and events about a domain not in the table yet. */
    uint64_t changes;
    uint64_t lifecycleEvents;   /* lifecycle events received, counted */
    uint64_t lastPollChanges;   /* 'changes' when the last sample began: if fewer, stale */
    uint64_t attempts;          /* finished connection or sampling attempts */
    /* A call outlived hostTimeout, or a question went unanswered that long,
     * and no sample has succeeded since: nobody waits for the host again
     * (a reconnection after the keepalive drops it hangs just the same). */
    bool stuck;
    vpcError error;             /* why the last attempt failed */

    size_t ndomains;
    vpcDomain **domains;        /* sorted by raw UUID */

    vpcAccountStore *store;     /* the service's, or NULL */
    vpcEventJournal *journal;   /* the service's, or NULL; set under the lock */
    vpcHostFactsCache *factsCache;  /* hostfacts.c's */

    pthread_mutex_t writeLock;  /* serializes opening writeConn */
    virConnectPtr writeConn;    /* opened by the first write, kept */

    int factsCallbacks[VPC_FACTS_EVENTS];   /* vmfacts.c's events */
    struct _vpcCpuModelMemo *cpuModels;     /* CPU model expansions, asked once */
    size_t ncpuModels;
};

/* A group of devices in a bulk statistics record (bulkstats.c). */
typedef enum {
    VPC_GROUP_ABSENT,       /* the driver does not fill this group */
    VPC_GROUP_MISSING,      /* devices listed without their counters: not known this time */
    VPC_GROUP_COMPLETE,     /* summed; devices without counters, if any, as 0 */
} vpcGroupStats;

/* Sums "<prefix>.<i>.<fieldA>" and "...<fieldB>" over the group's devices;
 * sets *uncounted when some device has no counters (it counts as 0). */
vpcGroupStats vpcBulkSumGroup(virTypedParameterPtr params, int nparams, const char *prefix,
                              const char *fieldA, const char *fieldB, uint64_t *sumA,
                              uint64_t *sumB, bool *uncounted);

/* host.c: the object and its monitor thread */
void vpcHostSetError(vpcHost *host, vpcErrorCode fallback, const char *what);

/* domaintable.c: the domains a host knows, under its lock */
vpcDomain *vpcHostFindDomainLocked(vpcHost *host, const unsigned char *rawUUID);
vpcDomain *vpcHostFindDomainByStringLocked(vpcHost *host, const char *uuid);
vpcDomain *vpcHostInsertDomainLocked(vpcHost *host, const unsigned char *rawUUID);
void vpcDomainFree(vpcDomain *dom);
void vpcFormatRawUUID(const unsigned char *raw, char *out);
vpcPowerState vpcPowerFromState(int state);
bool vpcPowerIsOn(int state);
/* What Virtual Server would show: a task of ours in progress wins. */
vpcVMState vpcDomainVMState(const vpcDomain *dom);
void vpcHostSaveAccountsLocked(vpcHost *host, bool changed);
virDomainPtr vpcHostDomainHandleLocked(vpcHost *host, const vpcDomain *dom);

/* hostconn.c: connections */
int vpcHostOpen(vpcHost *host, unsigned int flags, virConnectPtr *conn);
void vpcHostAttach(vpcHost *host, virConnectPtr conn);
int vpcHostConnect(vpcHost *host);
void vpcHostDisconnect(vpcHost *host);
virConnectPtr vpcHostReadConnection(vpcHost *host, vpcError *err);
virConnectPtr vpcHostWriteConnection(vpcHost *host, vpcError *err);

/* hostevents.c: libvirt's domain events */
void vpcHostRegisterDomainEvents(vpcHost *host, virConnectPtr conn);
void vpcHostDeregisterDomainEvents(vpcHost *host, virConnectPtr conn);
int vpcHostLockEventDomain(vpcHost *host, virDomainPtr domain, unsigned char *rawUUID,
                           vpcDomain **dom);
void vpcHostDomainChanged(vpcHost *host, virDomainPtr domain, void (*change)(vpcDomain *dom));
void vpcHostPostEventLocked(vpcHost *host, const vpcDomain *dom, vpcEventKind kind);

/* hostsample.c: one sample of every domain (monitor thread) */
typedef enum {
    VPC_POLL_COMPLETE,          /* every counter */
    VPC_POLL_CPU_ONLY,          /* CPU times: the second reading of a new connection */
} vpcPollKind;

int vpcHostPoll(vpcHost *host, vpcPollKind kind);

/* hostfresh.c: what callers wait for */
void vpcHostWakeLocked(vpcHost *host);
void vpcHostStatusLocked(vpcHost *host, int64_t nowMs, vpcError *status);

/* hostsched.c */
void vpcHostScheduleInvalidate(vpcDomain *dom);

/* The host facts' cache (hostfacts.c): renewed after a reconnection and
 * by network and domain events, whose callbacks it registers on the
 * monitor's connection. */
vpcHostFactsCache *vpcHostFactsCacheNew(void);
void vpcHostFactsCacheFree(vpcHostFactsCache *cache);
void vpcHostFactsRegisterEvents(vpcHost *host, virConnectPtr conn);
void vpcHostFactsInvalidate(vpcHost *host);
void vpcHostFactsInvalidateDomains(vpcHost *host);
/* The domain on 'conn', or NULL with VPC_ERR_VM_UNKNOWN naming it (hostconn.c). */
virDomainPtr vpcHostLookupDomain(vpcHost *host, virConnectPtr conn, const char *uuid,
                                 vpcError *err);
void vpcHostFactsDeregisterEvents(vpcHost *host, virConnectPtr conn);
/* Inventory facts (vmfacts.c) */
void vpcHostVMFactsAttach(vpcHost *host, virConnectPtr conn);
void vpcHostVMFactsDetach(vpcHost *host, virConnectPtr conn);
void vpcHostVMFactsFree(vpcHost *host);
void vpcDomainFactsFree(vpcDomain *dom);
void vpcDomainFactsInvalidate(vpcDomain *dom);
void vpcDomainAgentFree(vpcDomain *dom);

#endif /* VPCHOST_H */


