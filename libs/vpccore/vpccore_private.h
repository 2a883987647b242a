/*
 * wine-vpc accounting core, internal interfaces.
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

#ifndef VPCCORE_PRIVATE_H
#define VPCCORE_PRIVATE_H

#include <pthread.h>

#include "vpccore.h"
#include "vpcaccount.h"

typedef struct _vpcDeviceList {
    size_t count;
    char **names;
} vpcDeviceList;

void vpcDeviceListClear(vpcDeviceList *list);
int vpcDeviceListAppendCopy(vpcDeviceList *list, const char *name);
int vpcDomainXMLDevices(const char *xml, vpcDeviceList *nics, vpcDeviceList *disks);

/* Condition variables here wait on the monotonic clock. */
void vpcCondInitMonotonic(pthread_cond_t *cond);
void vpcCondWaitUntil(pthread_cond_t *cond, pthread_mutex_t *mutex, int64_t untilMs);
void vpcFormatDouble(double value, char *buf, size_t size);
int vpcParseDouble(const char *text, double *value);

/* <vpc:scheduling reserved="R" maximum="M" weight="W"/> in a domain's
 * metadata: what libvirt cannot hold.  Absent values are negative. */
typedef struct _vpcSchedulingMetadata {
    double reserved;
    double maximum;
    double weight;
} vpcSchedulingMetadata;

int vpcSchedulingXMLParse(const char *xml, vpcSchedulingMetadata *meta);
char *vpcSchedulingXMLFormat(const vpcSchedulingMetadata *meta);
/* The devices of vpcDomainXMLDevices, and our scheduling element (-1
 * values where absent) when 'meta' is not NULL. */
int vpcDomainXMLDescribe(const char *xml, vpcDeviceList *nics, vpcDeviceList *disks,
                         vpcSchedulingMetadata *meta);

int vpcProcessStartRealtimeMs(const char *procRoot, long pid, long ticksPerSecond,
                              int64_t *startMs);
/* Where the local QEMU driver of 'uri' keeps the pid of domain 'name', or
 * NULL when 'uri' is not this machine's qemu:///system or ///session. */
char *vpcQemuPidFilePath(const char *uri, const char *name, const char *runtimeDir);
int64_t vpcQemuUptimeSeedMs(const char *uri, const char *name, int64_t nowRealMs);

/* libvirt errors */
void vpcLibvirtInit(void);
void vpcErrorFromLibvirt(vpcError *err, vpcErrorCode fallback, const char *hostUri,
                         const char *displayUri, const char *vm, const char *what);

/* Accounts kept across backends (accountstore.c).  A run is the
 * hypervisor's domain id ((unsigned)-1 while off) and, where known, the
 * start of the local QEMU process (realtime ms, 0 when unknown). */
typedef struct _vpcAccountStore vpcAccountStore;

typedef struct _vpcAccountRun {
    unsigned int domainId;
    int64_t processStartMs;
} vpcAccountRun;

typedef struct _vpcAccountReport {
    char uuid[VPC_UUID_STRING_LEN];
    vpcAccountRun run;
    vpcAccount account;
} vpcAccountReport;

/* NULL when 'path' is NULL or empty: nothing is kept. */
vpcAccountStore *vpcAccountStoreOpen(const char *path);
void vpcAccountStoreFree(vpcAccountStore *store);
/* The saved account of that domain if it is for that run; either way the
 * saved one is used up. */
bool vpcAccountStoreTake(vpcAccountStore *store, const char *hostUri, const char *uuid,
                         const vpcAccountRun *run, vpcAccount *acct);
/* Replaces the host's accounts and writes the file: at once when 'changed'
 * (an event), else at most once a second. */
int vpcAccountStoreUpdateHost(vpcAccountStore *store, const char *hostUri,
                              const vpcAccountReport *reports, size_t count, bool changed);

/* The service's event journal (events.c); its lock nests inside a host's. */
typedef struct _vpcEventJournal vpcEventJournal;

vpcEventJournal *vpcEventJournalNew(void);
void vpcEventJournalFree(vpcEventJournal *journal);
void vpcEventJournalPost(vpcEventJournal *journal, const char *hostUri, const char *uuid,
                         const char *name, vpcEventKind kind, vpcVMState state);
uint64_t vpcEventJournalNewest(vpcEventJournal *journal);
/* Events after 'after' of the hosts named in 'uris' (NULL: all), waiting until
 * 'deadlineMs' (monotonic) for one; 'seen' receives the newest event
 * looked at, the cursor of the next call. */
int vpcEventJournalWait(vpcEventJournal *journal, const char *const *uris, size_t nuris,
                        uint64_t after, int64_t deadlineMs, vpcEventList *out, uint64_t *seen);

typedef struct _vpcHost vpcHost;

vpcHost *vpcHostNew(const char *uri, const vpcConfig *config, vpcAccountStore *store);
void vpcHostFree(vpcHost *host);
const char *vpcHostURI(const vpcHost *host);
const char *vpcHostDisplayURI(const vpcHost *host);
/* Where the host posts what its events say (NULL: nowhere). */
void vpcHostSetJournal(vpcHost *host, vpcEventJournal *journal);

int64_t vpcSampleIntervalMs(const vpcConfig *config);

/* Asks for, and waits for, a sample as fresh as 'freshness' wants; the
 * wait ends at 'deadlineMs' (monotonic) at the latest. */
void vpcHostRequestFresh(vpcHost *host, vpcFreshness freshness);
void vpcHostWaitFresh(vpcHost *host, vpcFreshness freshness, int64_t askedMs, int64_t deadlineMs);
int vpcHostCheckStatus(vpcHost *host, vpcError *err);

/* Appends this host's domains to 'vms' (growing it); fills 'status'. */
int vpcHostCollect(vpcHost *host, unsigned int hostIndex, int64_t nowMs,
                   vpcVMRecord **vms, size_t *nvms, size_t *allocated, vpcError *status);

int vpcHostGetDetails(vpcHost *host, const char *uuid, vpcVMDetails *details, vpcError *err);
int vpcHostGetScheduling(vpcHost *host, const char *uuid, vpcScheduling *sched, vpcError *err);
int vpcHostGetAllScheduling(vpcHost *host, vpcSchedulingList *list, vpcError *err);
int vpcHostSetScheduling(vpcHost *host, const char *uuid, double reserved, double maximum,
                         int weight, vpcError *err);
int vpcHostAvailableCapacity(vpcHost *host, double *available, vpcError *err);
/* Checks that 'action' fits the VM's current state; on success marks the VM
 * busy with it (the transitional state) and copies its name to 'name'. */
int vpcHostBeginAction(vpcHost *host, const char *uuid, vpcAction action, char *name,
                       size_t nameSize, vpcError *err);
/* Does the libvirt call (blocking) and ends the busy mark. */
int vpcHostRunAction(vpcHost *host, const char *uuid, vpcAction action, int delayMs,
                     vpcError *err);
bool vpcHostAnyRunning(vpcHost *host);
int vpcHostChangeNetwork(vpcHost *host, vpcNetworkChange change, const char *name,
                         const char *text, char **definedName, vpcError *err);
int vpcHostCreateDomain(vpcHost *host, const char *name, const char *folder, const char *xml,
                        char *uuid,
                        vpcError *err);
int vpcHostRemoveDomain(vpcHost *host, const char *uuid, bool deleteAll, vpcError *err);
int vpcHostDiskImage(vpcHost *host, vpcDiskOp op, const char *path, const char *parent,
                     uint64_t sizeMB, vpcDiskImage *image, vpcError *err);
int vpcHostConfigure(vpcHost *host, const char *uuid, vpcConfigItem item, const char *text,
                     int64_t number, vpcError *err);
int vpcHostSendKeys(vpcHost *host, const char *uuid, const vpcKeyCombo *combos, size_t ncombos,
                    unsigned int holdMs, vpcError *err);
/* The VPC_CONFIG_DVD_MEDIA ... VPC_CONFIG_NIC_NETWORK changes (hostdevices.c). */
int vpcHostConfigureDevice(vpcHost *host, const char *uuid, vpcConfigItem item,
                           const char *text, int64_t number, vpcError *err);
/* Its serial and parallel ports and USB pass-through (hostports.c). */
struct _xmlDoc;
struct _xmlNode;
typedef struct _vpcPortEdit {
    vpcConfigItem item;
    const char *text;
    int64_t number;
    bool live;                  /* a running VM's live definition: libvirt's device calls
                                 * apply the node, which stays in the document */
    const char *displayUri;
    const char *vm;
    vpcError *err;
} vpcPortEdit;
bool vpcPortItem(vpcConfigItem item);
int vpcPortCheckText(vpcConfigItem item, const char *text, const char *displayUri,
                     const char *vm, vpcError *err);
/* *node receives the element edited or added (NULL when removed). */
int vpcPortEditDefinition(const vpcPortEdit *edit, struct _xmlDoc *doc, struct _xmlNode **node);
/* False when the host's picture has no such domain; else its name and the
 * lifecycle action under way (-1: none). */
bool vpcHostKnownDomain(vpcHost *host, const char *uuid, char *name, size_t size,
                        int *pendingAction);
/* After a write: the next snapshot and facts show it. */
void vpcHostNoteWritten(vpcHost *host, const char *uuid);
/* Every domain's inventory facts, as vpcReadFactsList reads them. */
struct _vpcBuffer;
int vpcHostGetFacts(vpcHost *host, unsigned int flags, struct _vpcBuffer *out, vpcError *err);

#endif /* VPCCORE_PRIVATE_H */
