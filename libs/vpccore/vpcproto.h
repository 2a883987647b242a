/*
 * wine-vpc core: the wire format between vpccom.dll and its backend, and
 * the backend interface the DLL uses, in process or resident.
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

#ifndef VPCPROTO_H
#define VPCPROTO_H

#include "vpccore.h"
#include "vpcfacts.h"

/* Part of the backend's pipe name: builds that differ never talk. */
#define VPC_PROTOCOL_VERSION 11
#define VPC_PROTOCOL_VERSION_TEXT "11"

typedef enum {
    VPC_REQ_UPTIME = 1,
    VPC_REQ_SNAPSHOT,
    VPC_REQ_DETAILS,
    VPC_REQ_GET_SCHEDULING,
    VPC_REQ_SET_SCHEDULING,
    VPC_REQ_AVAILABLE,
    VPC_REQ_START_ACTION,
    VPC_REQ_TASK_STATUS,
    VPC_REQ_HOST_FACTS,
    VPC_REQ_VM_FACTS,
    VPC_REQ_CONFIGURE,
    VPC_REQ_CREATE_DOMAIN,
    VPC_REQ_REMOVE_DOMAIN,
    VPC_REQ_CHANGE_NETWORK,
    VPC_REQ_WAIT_EVENTS,
    VPC_REQ_SEND_KEYS,
    VPC_REQ_DISK_IMAGE,         /* stand-alone disk images (hostdisks.c) */
    VPC_REQ_LIST_TASKS,         /* protocol 9 */
    VPC_REQ_HOST_SCHEDULING,    /* protocol 10: every VM's scheduling (hostsched.c) */
    VPC_REQ_NETWORK_COUNTERS,   /* IVMVirtualNetwork's counters, protocol 11 */
    VPC_REQ_LAST                /* not a request: the table's size */
} vpcRequestType;

typedef struct _vpcBuffer {
    unsigned char *data;
    size_t len;
    size_t cap;
    bool failed;                /* out of memory at some point */
} vpcBuffer;

typedef struct _vpcReader {
    const unsigned char *data;
    size_t len;
    size_t pos;
    bool failed;                /* truncated or malformed input */
} vpcReader;

void vpcBufferClear(vpcBuffer *buf);
void vpcBufferPutBytes(vpcBuffer *buf, const void *bytes, size_t len);
void vpcBufferPutU32(vpcBuffer *buf, uint32_t value);
void vpcBufferPutU64(vpcBuffer *buf, uint64_t value);
void vpcBufferPutDouble(vpcBuffer *buf, double value);
void vpcBufferPutString(vpcBuffer *buf, const char *str);

void vpcReaderInit(vpcReader *rd, const void *data, size_t len);
uint32_t vpcReaderU32(vpcReader *rd);
uint64_t vpcReaderU64(vpcReader *rd);
double vpcReaderDouble(vpcReader *rd);
bool vpcReaderBytes(vpcReader *rd, void *out, size_t len);
char *vpcReaderString(vpcReader *rd);
void vpcReaderStringInto(vpcReader *rd, char *out, size_t size);

void vpcPutError(vpcBuffer *buf, const vpcError *err);
void vpcReadError(vpcReader *rd, vpcError *err);
void vpcPutSnapshot(vpcBuffer *buf, const vpcSnapshot *snap);
vpcSnapshot *vpcReadSnapshot(vpcReader *rd);
void vpcPutHostList(vpcBuffer *buf, const vpcHostList *hosts);
int vpcReadHostList(vpcReader *rd, vpcHostList *hosts);
void vpcPutTaskStatus(vpcBuffer *buf, const vpcTaskStatus *status);
void vpcReadTaskStatus(vpcReader *rd, vpcTaskStatus *status);
void vpcPutScheduling(vpcBuffer *buf, const vpcScheduling *sched);
void vpcReadScheduling(vpcReader *rd, vpcScheduling *sched);
void vpcPutSchedulingList(vpcBuffer *buf, const vpcSchedulingList *list);
void vpcReadSchedulingList(vpcReader *rd, vpcSchedulingList *list);
int vpcReadFactsList(vpcReader *rd, vpcFactsList *list);
void vpcPutEventList(vpcBuffer *buf, const vpcEventCursor *cursor, const vpcEventList *events);
int vpcReadEventList(vpcReader *rd, vpcEventCursor *cursor, vpcEventList *events);

/* requests.c: one entry per request type, how it is encoded, decoded and served. */
typedef struct _vpcRequestEntry vpcRequestEntry;

/* NULL for a type the protocol does not have. */
const vpcRequestEntry *vpcRequestLookup(uint32_t type);
const char *vpcRequestName(const vpcRequestEntry *entry);

/* Decodes a request, serves it through its entry and encodes the answer.
 * -1 (nothing written) for an unknown type or a malformed request. */
int vpcServiceHandleRequest(vpcService *svc, const void *request, size_t len, vpcBuffer *resp);

/*
 * What the DLL talks to.  Every call is a request through 'transport',
 * which must deliver it to vpcServiceHandleRequest and fill 'response' (or
 * fail, filling 'err' with VPC_ERR_BACKEND and why): a pipe to the resident
 * backend, or, for a local backend, the service in this process directly.
 */
typedef int (*vpcTransportFunc)(void *opaque, const vpcBuffer *request, vpcBuffer *response,
                                vpcError *err);

typedef struct _vpcBackend vpcBackend;

vpcBackend *vpcBackendNewLocal(vpcService *svc);
vpcBackend *vpcBackendNewRemote(vpcTransportFunc transport, void *opaque);
void vpcBackendFree(vpcBackend *backend);
/* One encoded request through the backend's transport: what every stub
 * below does, in requests.c. */
int vpcBackendRoundTrip(vpcBackend *backend, const vpcBuffer *request, vpcBuffer *response,
                        vpcError *err);

int vpcBackendUptime(vpcBackend *backend, int64_t *seconds, vpcError *err);
int vpcBackendSnapshot(vpcBackend *backend, const vpcHostList *hosts, vpcFreshness freshness,
                       vpcSnapshot **snap, vpcError *err);
int vpcBackendGetDetails(vpcBackend *backend, const char *hostUri, const char *uuid,
                         vpcVMDetails *details, vpcError *err);
int vpcBackendGetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                            vpcScheduling *sched, vpcError *err);
/* Every VM of one host: one round trip, whatever their number. */
int vpcBackendGetHostScheduling(vpcBackend *backend, const char *hostUri,
                                vpcSchedulingList *list, vpcError *err);
int vpcBackendSetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                            double reserved, double maximum, int weight, vpcError *err);
int vpcBackendAvailableCapacity(vpcBackend *backend, const char *hostUri, double *available,
                                vpcError *err);
int vpcBackendStartAction(vpcBackend *backend, const char *hostUri, const char *uuid,
                          vpcAction action, vpcTaskId *taskId, vpcError *err);
/* Answers once the task completed or 'waitMs' passed (see vpcServiceTaskStatus). */
int vpcBackendTaskStatus(vpcBackend *backend, vpcTaskId taskId, int waitMs, vpcTaskStatus *status,
                         vpcError *err);
/* The backend's tasks not yet complete, oldest first (see vpcServiceListTasks). */
int vpcBackendListTasks(vpcBackend *backend, vpcTaskStatus **tasks, size_t *count, vpcError *err);
/* Every VM of one host: one round trip, whatever their number. */
int vpcBackendVMFacts(vpcBackend *backend, const char *hostUri, unsigned int flags,
                      vpcFactsList *list, vpcError *err);

int vpcBackendConfigure(vpcBackend *backend, const char *hostUri, const char *uuid,
                        vpcConfigItem item, const char *text, int64_t number, vpcError *err);

int vpcBackendCreateDomain(vpcBackend *backend, const char *hostUri, const char *name,
                           const char *folder, const char *xml, char *uuid, vpcError *err);
/* 0 done, 1 no such network (delete), -1 failed; as vpcServiceChangeNetwork. */
int vpcBackendChangeNetwork(vpcBackend *backend, const char *hostUri, vpcNetworkChange change,
                            const char *name, const char *text, char **definedName,
                            vpcError *err);
int vpcBackendRemoveDomain(vpcBackend *backend, const char *hostUri, const char *uuid,
                           bool deleteAll, vpcError *err);

/* Long poll: answers as soon as an event of one of 'hosts' (with
 * VPC_EVENTS_EVERY_HOST: of every host the backend watches) comes, or after
 * 'waitMs' (at most VPC_EVENT_WAIT_MAX_MS) with none; see
 * vpcServiceWaitEvents.  A client calls it on a connection of its own, so
 * that the wait holds up nothing else. */
int vpcBackendWaitEvents(vpcBackend *backend, const vpcHostList *hosts, unsigned int flags,
                         vpcEventCursor *cursor, int waitMs, vpcEventList *events, vpcError *err);

/* Each combination in turn (see vpcServiceSendKeys). */
int vpcBackendSendKeys(vpcBackend *backend, const char *hostUri, const char *uuid,
                       const vpcKeyCombo *combos, size_t ncombos, vpcError *err);

int vpcBackendDiskImage(vpcBackend *backend, const char *hostUri, vpcDiskOp op, const char *path,
                        const char *parent, uint64_t sizeMB, vpcDiskImage *image, vpcError *err);

#endif /* VPCPROTO_H */
