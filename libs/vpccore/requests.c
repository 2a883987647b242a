/*
 * Every request of the backend protocol, one section each: its arguments
 * and its result as field lists, the service handler it runs, its client
 * stub; then the table the server dispatches through and the one client
 * call every stub makes.
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
 * A request on the wire is its type and its argument fields in the order
 * they are listed; its response is an error (proto.c) and, when that is
 * VPC_OK, its result fields.  Both ends walk the same field lists, so a
 * request cannot be encoded one way and decoded another.
 *
 * Adding a request: a VPC_REQ_ value (vpcproto.h), a section here (argument
 * and result structures and their field lists, a serve function calling the
 * service, the vpcBackend stub) and its line in requestTable; the service
 * function it calls.
 */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vpcproto.h"
#include "vpchostfacts.h"
#include "vpcnetcounters.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* What one field of a request's arguments or result holds. */
typedef enum {
    FIELD_U32,                  /* uint32_t; below 'limit' unless that is 0 */
    FIELD_U64,                  /* uint64_t */
    FIELD_DOUBLE,               /* double */
    FIELD_STRING,               /* const char *, may be NULL */
    FIELD_NAME,                 /* const char *, never NULL */
    FIELD_HOSTS,                /* vpcHostList: its URIs */
    FIELD_KEY_COMBOS,           /* keyComboList: 1..VPC_KEY_COMBOS_MAX combinations */
    FIELD_SCHEDULING,           /* vpcScheduling */
    FIELD_SCHEDULING_LIST,      /* vpcSchedulingList */
    FIELD_TASK_STATUS,          /* vpcTaskStatus */
    FIELD_SNAPSHOT,             /* vpcSnapshot * */
    FIELD_EVENTS,               /* eventBatch */
    FIELD_ENCODED,              /* vpcBuffer encoded by its owner, to the end of the message */
} fieldKind;

typedef struct _requestField {
    fieldKind kind;
    size_t offset;
    uint32_t limit;
} requestField;

typedef struct _keyComboList {
    const vpcKeyCombo *combos;
    uint32_t count;
} keyComboList;

typedef struct _eventBatch {
    vpcEventCursor cursor;
    vpcEventList events;
} eventBatch;

/* Decoded arguments in, result out: the request's own structures. */
typedef int (*serveFunc)(vpcService *svc, const void *args, void *result, vpcError *err);

struct _vpcRequestEntry {
    const char *name;
    const requestField *args;
    size_t nargs;
    size_t argsSize;
    const requestField *results;
    size_t nresults;
    size_t resultSize;
    serveFunc serve;
};

/* The server decodes into stack storage this large (checked at compile time). */
#define REQUEST_STATE_MAX 4096

#define FIELD(type, kind, member) { kind, offsetof(type, member), 0 }
#define FIELD_BELOW(type, member, limit) { FIELD_U32, offsetof(type, member), limit }
#define VM_FIELDS(type) FIELD(type, FIELD_NAME, host), FIELD(type, FIELD_NAME, uuid)

/* Field lists, sizes and the compile-time check that the server has room. */
#define FIELDS(list, type) \
    list, ARRAY_SIZE(list), sizeof(type) + 0 * sizeof(char[sizeof(type) <= REQUEST_STATE_MAX ? 1 : -1])
#define NO_FIELDS NULL, 0, 0

static int requestCall(vpcBackend *backend, vpcRequestType type, const void *args, void *result,
                       vpcError *err);


/* The requests */

/* Addresses one VM: most requests start with it. */
typedef struct _vmArgs {
    const char *host;
    const char *uuid;
} vmArgs;

static const requestField vmArgFields[] = { VM_FIELDS(vmArgs) };


/* VPC_REQ_UPTIME: () -> seconds the backend has run */
typedef struct _uptimeResult {
    uint64_t seconds;
} uptimeResult;

static const requestField uptimeResultFields[] = { FIELD(uptimeResult, FIELD_U64, seconds) };

static int
serveUptime(vpcService *svc, const void *args, void *result, vpcError *err)
{
    uptimeResult *res = result;

    res->seconds = (uint64_t)vpcServiceUptimeSeconds(svc);
    return 0;
}

int
vpcBackendUptime(vpcBackend *backend, int64_t *seconds, vpcError *err)
{
    uptimeResult res;
    int rc = requestCall(backend, VPC_REQ_UPTIME, NULL, &res, err);

    if (rc == 0)
        *seconds = (int64_t)res.seconds;
    return rc;
}


/* VPC_REQ_SNAPSHOT: (freshness, hosts) -> every VM of those hosts */
typedef struct _snapshotArgs {
    uint32_t freshness;
    vpcHostList hosts;
} snapshotArgs;

typedef struct _snapshotResult {
    vpcSnapshot *snap;
} snapshotResult;

static const requestField snapshotArgFields[] = {
    FIELD(snapshotArgs, FIELD_U32, freshness),
    FIELD(snapshotArgs, FIELD_HOSTS, hosts),
};
static const requestField snapshotResultFields[] = { FIELD(snapshotResult, FIELD_SNAPSHOT, snap) };

static int
serveSnapshot(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const snapshotArgs *in = args;
    snapshotResult *res = result;

    /* It fails only for want of memory, and says nothing then. */
    return vpcServiceSnapshot(svc, &in->hosts,
                              in->freshness == VPC_FRESH_LATEST ? VPC_FRESH_LATEST : VPC_FRESH_NOW,
                              &res->snap);
}

int
vpcBackendSnapshot(vpcBackend *backend, const vpcHostList *hosts, vpcFreshness freshness,
                   vpcSnapshot **snap, vpcError *err)
{
    snapshotArgs in = { freshness };
    snapshotResult res;
    int rc;

    if (hosts)
        in.hosts = *hosts;      /* borrowed: the client never frees its arguments */
    rc = requestCall(backend, VPC_REQ_SNAPSHOT, &in, &res, err);
    *snap = res.snap;
    return rc;
}


/* VPC_REQ_DETAILS: (host, uuid) -> description */
typedef struct _detailsResult {
    const char *description;
} detailsResult;

static const requestField detailsResultFields[] = {
    FIELD(detailsResult, FIELD_NAME, description),
};

static int
serveDetails(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const vmArgs *in = args;
    detailsResult *res = result;
    vpcVMDetails details;

    if (vpcServiceGetDetails(svc, in->host, in->uuid, &details, err) < 0)
        return -1;
    res->description = details.description;     /* the result owns it now */
    return 0;
}

int
vpcBackendGetDetails(vpcBackend *backend, const char *hostUri, const char *uuid,
                     vpcVMDetails *details, vpcError *err)
{
    vmArgs in = { hostUri, uuid };
    detailsResult res;
    int rc = requestCall(backend, VPC_REQ_DETAILS, &in, &res, err);

    memset(details, 0, sizeof(*details));
    details->description = (char *)res.description;
    return rc;
}


/* VPC_REQ_GET_SCHEDULING: (host, uuid) -> scheduling */
static const requestField schedulingResultFields[] = {
    { FIELD_SCHEDULING, 0, 0 },
};

static int
serveGetScheduling(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const vmArgs *in = args;

    return vpcServiceGetScheduling(svc, in->host, in->uuid, result, err);
}

int
vpcBackendGetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                        vpcScheduling *sched, vpcError *err)
{
    vmArgs in = { hostUri, uuid };

    return requestCall(backend, VPC_REQ_GET_SCHEDULING, &in, sched, err);
}


/* VPC_REQ_HOST_SCHEDULING: (host) -> every VM's scheduling */
typedef struct _hostArgs {
    const char *host;
} hostArgs;

static const requestField hostArgFields[] = { FIELD(hostArgs, FIELD_NAME, host) };
static const requestField schedulingListResultFields[] = {
    { FIELD_SCHEDULING_LIST, 0, 0 },
};

static int
serveHostScheduling(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const hostArgs *in = args;

    return vpcServiceGetHostScheduling(svc, in->host, result, err);
}

int
vpcBackendGetHostScheduling(vpcBackend *backend, const char *hostUri, vpcSchedulingList *list,
                            vpcError *err)
{
    hostArgs in = { hostUri };

    return requestCall(backend, VPC_REQ_HOST_SCHEDULING, &in, list, err);
}


/* VPC_REQ_SET_SCHEDULING: (host, uuid, reserved, maximum, weight) -> () */
typedef struct _setSchedulingArgs {
    const char *host;
    const char *uuid;
    double reserved;
    double maximum;
    uint32_t weight;
} setSchedulingArgs;

static const requestField setSchedulingArgFields[] = {
    VM_FIELDS(setSchedulingArgs),
    FIELD(setSchedulingArgs, FIELD_DOUBLE, reserved),
    FIELD(setSchedulingArgs, FIELD_DOUBLE, maximum),
    FIELD(setSchedulingArgs, FIELD_U32, weight),
};

static int
serveSetScheduling(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const setSchedulingArgs *in = args;

    return vpcServiceSetScheduling(svc, in->host, in->uuid, in->reserved, in->maximum,
                                   (int32_t)in->weight, err);
}

int
vpcBackendSetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                        double reserved, double maximum, int weight, vpcError *err)
{
    setSchedulingArgs in = { hostUri, uuid, reserved, maximum, (uint32_t)weight };

    return requestCall(backend, VPC_REQ_SET_SCHEDULING, &in, NULL, err);
}


/* VPC_REQ_AVAILABLE: (host) -> the CPU capacity no VM has reserved */
typedef struct _availableResult {
    double available;
} availableResult;

static const requestField availableResultFields[] = {
    FIELD(availableResult, FIELD_DOUBLE, available),
};

static int
serveAvailable(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const hostArgs *in = args;
    availableResult *res = result;

    return vpcServiceAvailableCapacity(svc, in->host, &res->available, err);
}

int
vpcBackendAvailableCapacity(vpcBackend *backend, const char *hostUri, double *available,
                            vpcError *err)
{
    hostArgs in = { hostUri };
    availableResult res;
    int rc = requestCall(backend, VPC_REQ_AVAILABLE, &in, &res, err);

    *available = res.available;
    return rc;
}


/* VPC_REQ_START_ACTION: (host, uuid, action) -> task */
typedef struct _startActionArgs {
    const char *host;
    const char *uuid;
    uint32_t action;
} startActionArgs;

typedef struct _taskResult {
    uint64_t taskId;
} taskResult;

static const requestField startActionArgFields[] = {
    VM_FIELDS(startActionArgs),
    FIELD(startActionArgs, FIELD_U32, action),
};
static const requestField taskResultFields[] = { FIELD(taskResult, FIELD_U64, taskId) };

static int
serveStartAction(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const startActionArgs *in = args;
    taskResult *res = result;

    /* The service refuses an action it does not know. */
    return vpcServiceStartAction(svc, in->host, in->uuid, (vpcAction)in->action, &res->taskId,
                                 err);
}

int
vpcBackendStartAction(vpcBackend *backend, const char *hostUri, const char *uuid,
                      vpcAction action, vpcTaskId *taskId, vpcError *err)
{
    startActionArgs in = { hostUri, uuid, action };
    taskResult res;
    int rc = requestCall(backend, VPC_REQ_START_ACTION, &in, &res, err);

    *taskId = res.taskId;
    return rc;
}


/* VPC_REQ_TASK_STATUS: (task, wait) -> its status, once complete or after the wait */
typedef struct _taskStatusArgs {
    uint64_t taskId;
    uint32_t waitMs;
} taskStatusArgs;

static const requestField taskStatusArgFields[] = {
    FIELD(taskStatusArgs, FIELD_U64, taskId),
    FIELD(taskStatusArgs, FIELD_U32, waitMs),
};
static const requestField taskStatusResultFields[] = { { FIELD_TASK_STATUS, 0, 0 } };

static int
serveTaskStatus(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const taskStatusArgs *in = args;

    return vpcServiceTaskStatus(svc, in->taskId,
                                (int)(in->waitMs > VPC_TASK_WAIT_MAX_MS ? VPC_TASK_WAIT_MAX_MS
                                                                        : in->waitMs),
                                result, err);
}

int
vpcBackendTaskStatus(vpcBackend *backend, vpcTaskId taskId, int waitMs, vpcTaskStatus *status,
                     vpcError *err)
{
    taskStatusArgs in = { taskId, waitMs > 0 ? (uint32_t)waitMs : 0 };

    return requestCall(backend, VPC_REQ_TASK_STATUS, &in, status, err);
}


/* VPC_REQ_HOST_FACTS: (host) -> the host's facts, as hostfacts.c encodes them */
typedef struct _encodedResult {
    vpcBuffer encoded;
} encodedResult;

static const requestField encodedResultFields[] = {
    FIELD(encodedResult, FIELD_ENCODED, encoded),
};

static int
serveHostFacts(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const hostArgs *in = args;
    encodedResult *res = result;

    if (vpcServiceHostFacts(svc, in->host, &res->encoded, err) < 0)
        return -1;
    return res->encoded.failed ? -1 : 0;
}

/* The payload an encoded result carries, decoded by its owner's reader. */
static int
decodeEncoded(encodedResult *res, int rc, int (*decode)(vpcReader *rd, void *out), void *out,
              vpcError *err)
{
    vpcReader rd;

    if (rc == 0) {
        vpcReaderInit(&rd, res->encoded.data, res->encoded.len);
        if (decode(&rd, out) < 0 || rd.failed) {
            vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed answer from the backend");
            rc = -1;
        }
    }
    vpcBufferClear(&res->encoded);
    return rc;
}

static int
decodeHostFacts(vpcReader *rd, void *out)
{
    vpcHostFacts **facts = out;

    return (*facts = vpcReadHostFacts(rd)) ? 0 : -1;
}

int
vpcBackendHostFacts(vpcBackend *backend, const char *hostUri, vpcHostFacts **facts,
                    vpcError *err)
{
    hostArgs in = { hostUri };
    encodedResult res;

    *facts = NULL;
    return decodeEncoded(&res, requestCall(backend, VPC_REQ_HOST_FACTS, &in, &res, err),
                         decodeHostFacts, facts, err);
}


/* VPC_REQ_VM_FACTS: (host, flags) -> every VM's facts, as vmfacts.c encodes them */
typedef struct _vmFactsArgs {
    const char *host;
    uint32_t flags;
} vmFactsArgs;

static const requestField vmFactsArgFields[] = {
    FIELD(vmFactsArgs, FIELD_NAME, host),
    FIELD(vmFactsArgs, FIELD_U32, flags),
};

static int
serveVMFacts(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const vmFactsArgs *in = args;
    encodedResult *res = result;

    if (vpcServiceGetVMFacts(svc, in->host, in->flags, &res->encoded, err) < 0)
        return -1;
    return res->encoded.failed ? -1 : 0;
}

static int
decodeVMFacts(vpcReader *rd, void *out)
{
    return vpcReadFactsList(rd, out);
}

int
vpcBackendVMFacts(vpcBackend *backend, const char *hostUri, unsigned int flags,
                  vpcFactsList *list, vpcError *err)
{
    vmFactsArgs in = { hostUri, flags };
    encodedResult res;

    memset(list, 0, sizeof(*list));
    return decodeEncoded(&res, requestCall(backend, VPC_REQ_VM_FACTS, &in, &res, err),
                         decodeVMFacts, list, err);
}


/* VPC_REQ_CONFIGURE: (host, uuid, item, text, number) -> () */
typedef struct _configureArgs {
    const char *host;
    const char *uuid;
    uint32_t item;
    const char *text;
    uint64_t number;
} configureArgs;

static const requestField configureArgFields[] = {
    VM_FIELDS(configureArgs),
    FIELD_BELOW(configureArgs, item, VPC_CONFIG_LAST),
    FIELD(configureArgs, FIELD_STRING, text),
    FIELD(configureArgs, FIELD_U64, number),
};

static int
serveConfigure(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const configureArgs *in = args;

    return vpcServiceConfigure(svc, in->host, in->uuid, (vpcConfigItem)in->item, in->text,
                               (int64_t)in->number, err);
}

int
vpcBackendConfigure(vpcBackend *backend, const char *hostUri, const char *uuid,
                    vpcConfigItem item, const char *text, int64_t number, vpcError *err)
{
    configureArgs in = { hostUri, uuid, item, text, (uint64_t)number };

    return requestCall(backend, VPC_REQ_CONFIGURE, &in, NULL, err);
}


/* VPC_REQ_CREATE_DOMAIN: (host, name, folder, xml) -> the new domain's UUID */
typedef struct _createDomainArgs {
    const char *host;
    const char *name;
    const char *folder;
    const char *xml;
} createDomainArgs;

typedef struct _createDomainResult {
    char uuid[VPC_UUID_STRING_LEN];
    const char *text;           /* the client's copy of it */
} createDomainResult;

static const requestField createDomainArgFields[] = {
    FIELD(createDomainArgs, FIELD_NAME, host),
    FIELD(createDomainArgs, FIELD_NAME, name),
    FIELD(createDomainArgs, FIELD_STRING, folder),
    FIELD(createDomainArgs, FIELD_STRING, xml),
};
static const requestField createDomainResultFields[] = {
    FIELD(createDomainResult, FIELD_STRING, text),
};

static int
serveCreateDomain(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const createDomainArgs *in = args;
    createDomainResult *res = result;
    int rc = vpcServiceCreateDomain(svc, in->host, in->name, in->folder, in->xml, res->uuid, err);

    if (rc == 0 && !(res->text = strdup(res->uuid)))
        rc = -1;
    return rc;
}

int
vpcBackendCreateDomain(vpcBackend *backend, const char *hostUri, const char *name,
                       const char *folder, const char *xml, char *uuid, vpcError *err)
{
    createDomainArgs in = { hostUri, name, folder, xml };
    createDomainResult res;
    int rc = requestCall(backend, VPC_REQ_CREATE_DOMAIN, &in, &res, err);

    snprintf(uuid, VPC_UUID_STRING_LEN, "%s", res.text ? res.text : "");
    free((char *)res.text);
    return rc;
}


/* VPC_REQ_REMOVE_DOMAIN: (host, uuid, deleteAll) -> whether it was there */
typedef struct _removeDomainArgs {
    const char *host;
    const char *uuid;
    uint32_t deleteAll;
} removeDomainArgs;

typedef struct _flagResult {
    uint32_t flag;
} flagResult;

static const requestField removeDomainArgFields[] = {
    VM_FIELDS(removeDomainArgs),
    FIELD(removeDomainArgs, FIELD_U32, deleteAll),
};
static const requestField flagResultFields[] = { FIELD(flagResult, FIELD_U32, flag) };

static int
serveRemoveDomain(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const removeDomainArgs *in = args;
    flagResult *res = result;
    int rc = vpcServiceRemoveDomain(svc, in->host, in->uuid, in->deleteAll != 0, err);

    res->flag = rc == 0;        /* removed; 1 was "not found" */
    return rc < 0 ? -1 : 0;
}

/* 0 removed, 1 not found, -1 failed. */
int
vpcBackendRemoveDomain(vpcBackend *backend, const char *hostUri, const char *uuid,
                       bool deleteAll, vpcError *err)
{
    removeDomainArgs in = { hostUri, uuid, deleteAll };
    flagResult res;

    if (requestCall(backend, VPC_REQ_REMOVE_DOMAIN, &in, &res, err) < 0)
        return -1;
    return res.flag ? 0 : 1;
}


/* VPC_REQ_CHANGE_NETWORK: (host, change, name, text) -> whether the network
 * was missing, the name it has (protocol 8 added text and the name) */
typedef struct _changeNetworkArgs {
    const char *host;
    uint32_t change;
    const char *name;
    const char *text;
} changeNetworkArgs;

typedef struct _changeNetworkResult {
    uint32_t missing;
    const char *definedName;    /* a registered network's; the client owns it */
} changeNetworkResult;

static const requestField changeNetworkArgFields[] = {
    FIELD(changeNetworkArgs, FIELD_NAME, host),
    FIELD_BELOW(changeNetworkArgs, change, VPC_NETWORK_CHANGE_LAST),
    FIELD(changeNetworkArgs, FIELD_NAME, name),
    FIELD(changeNetworkArgs, FIELD_STRING, text),
};
static const requestField changeNetworkResultFields[] = {
    FIELD(changeNetworkResult, FIELD_U32, missing),
    FIELD(changeNetworkResult, FIELD_STRING, definedName),
};

static int
serveChangeNetwork(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const changeNetworkArgs *in = args;
    changeNetworkResult *res = result;
    char *definedName = NULL;
    int rc = vpcServiceChangeNetwork(svc, in->host, (vpcNetworkChange)in->change, in->name,
                                     in->text, &definedName, err);

    res->missing = rc == 1;
    res->definedName = definedName;
    return rc < 0 ? -1 : 0;
}

/* 0 done, 1 no such network (delete), -1 failed; as vpcServiceChangeNetwork. */
int
vpcBackendChangeNetwork(vpcBackend *backend, const char *hostUri, vpcNetworkChange change,
                        const char *name, const char *text, char **definedName, vpcError *err)
{
    changeNetworkArgs in = { hostUri, change, name, text };
    changeNetworkResult res;

    if (definedName)
        *definedName = NULL;
    if (requestCall(backend, VPC_REQ_CHANGE_NETWORK, &in, &res, err) < 0)
        return -1;
    if (definedName && res.definedName && *res.definedName)
        *definedName = (char *)res.definedName;
    else
        free((char *)res.definedName);
    return res.missing ? 1 : 0;
}


/* VPC_REQ_WAIT_EVENTS: (cursor, wait, every host?, hosts) -> the events after the cursor */
typedef struct _waitEventsArgs {
    uint32_t instance;
    uint64_t seq;
    uint32_t waitMs;
    uint32_t everyHost;
    vpcHostList hosts;
} waitEventsArgs;

static const requestField waitEventsArgFields[] = {
    FIELD(waitEventsArgs, FIELD_U32, instance),
    FIELD(waitEventsArgs, FIELD_U64, seq),
    FIELD(waitEventsArgs, FIELD_U32, waitMs),
    FIELD(waitEventsArgs, FIELD_U32, everyHost),
    FIELD(waitEventsArgs, FIELD_HOSTS, hosts),
};
static const requestField waitEventsResultFields[] = { { FIELD_EVENTS, 0, 0 } };

static int
serveWaitEvents(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const waitEventsArgs *in = args;
    eventBatch *res = result;

    res->cursor.instance = in->instance;
    res->cursor.seq = in->seq;
    return vpcServiceWaitEvents(svc, &in->hosts, in->everyHost ? VPC_EVENTS_EVERY_HOST : 0,
                                &res->cursor,
                                (int)(in->waitMs > VPC_EVENT_WAIT_MAX_MS ? VPC_EVENT_WAIT_MAX_MS
                                                                         : in->waitMs),
                                &res->events, err);
}

int
vpcBackendWaitEvents(vpcBackend *backend, const vpcHostList *hosts, unsigned int flags,
                     vpcEventCursor *cursor, int waitMs, vpcEventList *events, vpcError *err)
{
    waitEventsArgs in = { cursor->instance, cursor->seq, waitMs > 0 ? (uint32_t)waitMs : 0,
                          (flags & VPC_EVENTS_EVERY_HOST) != 0 };
    eventBatch res;
    int rc;

    if (hosts)
        in.hosts = *hosts;
    rc = requestCall(backend, VPC_REQ_WAIT_EVENTS, &in, &res, err);
    if (rc == 0)
        *cursor = res.cursor;
    *events = res.events;
    return rc;
}


/* VPC_REQ_SEND_KEYS: (host, uuid, combinations) -> () */
typedef struct _sendKeysArgs {
    const char *host;
    const char *uuid;
    keyComboList keys;
} sendKeysArgs;

static const requestField sendKeysArgFields[] = {
    VM_FIELDS(sendKeysArgs),
    FIELD(sendKeysArgs, FIELD_KEY_COMBOS, keys),
};

static int
serveSendKeys(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const sendKeysArgs *in = args;

    return vpcServiceSendKeys(svc, in->host, in->uuid, in->keys.combos, in->keys.count, err);
}

int
vpcBackendSendKeys(vpcBackend *backend, const char *hostUri, const char *uuid,
                   const vpcKeyCombo *combos, size_t ncombos, vpcError *err)
{
    sendKeysArgs in = { hostUri, uuid, { combos, (uint32_t)ncombos } };

    return requestCall(backend, VPC_REQ_SEND_KEYS, &in, NULL, err);
}


/* VPC_REQ_DISK_IMAGE: (host, operation, path, parent, size in MB) -> the
 * image as its pool reads it (protocol 9) */
typedef struct _diskImageArgs {
    const char *host;
    uint32_t op;
    const char *path;
    const char *parent;
    uint64_t sizeMB;
} diskImageArgs;

typedef struct _diskImageResult {
    const char *path;
    const char *format;
    const char *backingPath;
    uint64_t capacity;
    uint64_t allocation;
    uint32_t freeKnown;
    uint64_t available;
} diskImageResult;

static const requestField diskImageArgFields[] = {
    FIELD(diskImageArgs, FIELD_NAME, host),
    FIELD_BELOW(diskImageArgs, op, VPC_DISK_OP_LAST),
    FIELD(diskImageArgs, FIELD_NAME, path),
    FIELD(diskImageArgs, FIELD_STRING, parent),
    FIELD(diskImageArgs, FIELD_U64, sizeMB),
};
static const requestField diskImageResultFields[] = {
    FIELD(diskImageResult, FIELD_NAME, path),
    FIELD(diskImageResult, FIELD_NAME, format),
    FIELD(diskImageResult, FIELD_NAME, backingPath),
    FIELD(diskImageResult, FIELD_U64, capacity),
    FIELD(diskImageResult, FIELD_U64, allocation),
    FIELD(diskImageResult, FIELD_U32, freeKnown),
    FIELD(diskImageResult, FIELD_U64, available),
};

static int
serveDiskImage(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const diskImageArgs *in = args;
    diskImageResult *res = result;
    vpcDiskImage image;

    if (vpcServiceDiskImage(svc, in->host, (vpcDiskOp)in->op, in->path, in->parent, in->sizeMB,
                            &image, err) < 0)
        return -1;
    /* The result's strings are freed with it. */
    res->path = image.path;
    res->format = image.format;
    res->backingPath = image.backingPath;
    res->capacity = image.capacity;
    res->allocation = image.allocation;
    res->freeKnown = image.freeKnown;
    res->available = image.available;
    return 0;
}

int
vpcBackendDiskImage(vpcBackend *backend, const char *hostUri, vpcDiskOp op, const char *path,
                    const char *parent, uint64_t sizeMB, vpcDiskImage *image, vpcError *err)
{
    diskImageArgs in = { hostUri, op, path, parent, sizeMB };
    diskImageResult res;

    memset(image, 0, sizeof(*image));
    if (requestCall(backend, VPC_REQ_DISK_IMAGE, &in, &res, err) < 0)
        return -1;
    image->path = (char *)res.path;
    image->format = (char *)res.format;
    image->backingPath = (char *)res.backingPath;
    image->capacity = res.capacity;
    image->allocation = res.allocation;
    image->freeKnown = res.freeKnown != 0;
    image->available = res.available;
    return 0;
}


/* VPC_REQ_LIST_TASKS: () -> the tasks not yet complete: a count, then each
 * status as VPC_REQ_TASK_STATUS answers it */
typedef struct _taskList {
    vpcTaskStatus *tasks;
    size_t count;
} taskList;

static int
serveListTasks(vpcService *svc, const void *args, void *result, vpcError *err)
{
    encodedResult *res = result;
    vpcTaskStatus *tasks;
    size_t count, i;

    if (vpcServiceListTasks(svc, &tasks, &count, err) < 0)
        return -1;
    vpcBufferPutU32(&res->encoded, (uint32_t)count);
    for (i = 0; i < count; i++)
        vpcPutTaskStatus(&res->encoded, &tasks[i]);
    free(tasks);
    return res->encoded.failed ? -1 : 0;
}

static int
decodeTaskList(vpcReader *rd, void *out)
{
    taskList *list = out;
    uint32_t count = vpcReaderU32(rd), i;

    /* A status takes 28 bytes at least (id, action, complete, percent, an
     * error code, the VM's name): a larger count than the rest holds is a
     * lie, and no reason to allocate. */
    if (rd->failed || count > (rd->len - rd->pos) / 28)
        return -1;
    if (count && !(list->tasks = calloc(count, sizeof(*list->tasks))))
        return -1;
    for (i = 0; i < count && !rd->failed; i++)
        vpcReadTaskStatus(rd, &list->tasks[i]);
    if (rd->failed) {
        free(list->tasks);
        list->tasks = NULL;
        return -1;
    }
    list->count = count;
    return 0;
}

int
vpcBackendListTasks(vpcBackend *backend, vpcTaskStatus **tasks, size_t *count, vpcError *err)
{
    taskList list = { NULL, 0 };
    encodedResult res;
    int rc;

    rc = decodeEncoded(&res, requestCall(backend, VPC_REQ_LIST_TASKS, NULL, &res, err),
                       decodeTaskList, &list, err);
    *tasks = list.tasks;
    *count = list.count;
    return rc;
}


/* VPC_REQ_NETWORK_COUNTERS: (host, NICs) -> their sums, as netcounters.c
 * encodes them (protocol 11) */
typedef struct _networkCountersArgs {
    const char *host;
    const char *nics;
} networkCountersArgs;

static const requestField networkCountersArgFields[] = {
    FIELD(networkCountersArgs, FIELD_NAME, host),
    FIELD(networkCountersArgs, FIELD_NAME, nics),
};

static int
serveNetworkCounters(vpcService *svc, const void *args, void *result, vpcError *err)
{
    const networkCountersArgs *in = args;
    encodedResult *res = result;
    vpcNetworkCounters counters;

    if (vpcServiceNetworkCounters(svc, in->host, in->nics, &counters, err) < 0)
        return -1;
    vpcPutNetworkCounters(&res->encoded, &counters);
    return res->encoded.failed ? -1 : 0;
}

static int
decodeNetworkCounters(vpcReader *rd, void *out)
{
    return vpcReadNetworkCounters(rd, out);
}

int
vpcBackendNetworkCounters(vpcBackend *backend, const char *hostUri, const char *nics,
                          vpcNetworkCounters *counters, vpcError *err)
{
    networkCountersArgs in = { hostUri, nics };
    encodedResult res;

    memset(counters, 0, sizeof(*counters));
    return decodeEncoded(&res, requestCall(backend, VPC_REQ_NETWORK_COUNTERS, &in, &res, err),
                         decodeNetworkCounters, counters, err);
}


/* The table: what the server does with each request type. */

static const vpcRequestEntry requestTable[VPC_REQ_LAST] = {
    [VPC_REQ_UPTIME] = { "uptime", NO_FIELDS, FIELDS(uptimeResultFields, uptimeResult),
                         serveUptime },
    [VPC_REQ_SNAPSHOT] = { "snapshot", FIELDS(snapshotArgFields, snapshotArgs),
                           FIELDS(snapshotResultFields, snapshotResult), serveSnapshot },
    [VPC_REQ_DETAILS] = { "details", FIELDS(vmArgFields, vmArgs),
                          FIELDS(detailsResultFields, detailsResult), serveDetails },
    [VPC_REQ_GET_SCHEDULING] = { "get scheduling", FIELDS(vmArgFields, vmArgs),
                                 FIELDS(schedulingResultFields, vpcScheduling),
                                 serveGetScheduling },
    [VPC_REQ_SET_SCHEDULING] = { "set scheduling",
                                 FIELDS(setSchedulingArgFields, setSchedulingArgs), NO_FIELDS,
                                 serveSetScheduling },
    [VPC_REQ_AVAILABLE] = { "available capacity", FIELDS(hostArgFields, hostArgs),
                            FIELDS(availableResultFields, availableResult), serveAvailable },
    [VPC_REQ_START_ACTION] = { "start action", FIELDS(startActionArgFields, startActionArgs),
                               FIELDS(taskResultFields, taskResult), serveStartAction },
    [VPC_REQ_TASK_STATUS] = { "task status", FIELDS(taskStatusArgFields, taskStatusArgs),
                              FIELDS(taskStatusResultFields, vpcTaskStatus), serveTaskStatus },
    [VPC_REQ_HOST_FACTS] = { "host facts", FIELDS(hostArgFields, hostArgs),
                             FIELDS(encodedResultFields, encodedResult), serveHostFacts },
    [VPC_REQ_VM_FACTS] = { "VM facts", FIELDS(vmFactsArgFields, vmFactsArgs),
                           FIELDS(encodedResultFields, encodedResult), serveVMFacts },
    [VPC_REQ_CONFIGURE] = { "configure", FIELDS(configureArgFields, configureArgs), NO_FIELDS,
                            serveConfigure },
    [VPC_REQ_CREATE_DOMAIN] = { "create domain", FIELDS(createDomainArgFields, createDomainArgs),
                                FIELDS(createDomainResultFields, createDomainResult),
                                serveCreateDomain },
    [VPC_REQ_REMOVE_DOMAIN] = { "remove domain", FIELDS(removeDomainArgFields, removeDomainArgs),
                                FIELDS(flagResultFields, flagResult), serveRemoveDomain },
    [VPC_REQ_CHANGE_NETWORK] = { "change network",
                                 FIELDS(changeNetworkArgFields, changeNetworkArgs),
                                 FIELDS(changeNetworkResultFields, changeNetworkResult),
                                 serveChangeNetwork },
    [VPC_REQ_WAIT_EVENTS] = { "wait events", FIELDS(waitEventsArgFields, waitEventsArgs),
                              FIELDS(waitEventsResultFields, eventBatch), serveWaitEvents },
    [VPC_REQ_SEND_KEYS] = { "send keys", FIELDS(sendKeysArgFields, sendKeysArgs), NO_FIELDS,
                            serveSendKeys },
    [VPC_REQ_DISK_IMAGE] = { "disk image", FIELDS(diskImageArgFields, diskImageArgs),
                             FIELDS(diskImageResultFields, diskImageResult), serveDiskImage },
    [VPC_REQ_LIST_TASKS] = { "list tasks", NO_FIELDS, FIELDS(encodedResultFields, encodedResult),
                             serveListTasks },
    [VPC_REQ_HOST_SCHEDULING] = { "host scheduling", FIELDS(hostArgFields, hostArgs),
                                  FIELDS(schedulingListResultFields, vpcSchedulingList),
                                  serveHostScheduling },
    [VPC_REQ_NETWORK_COUNTERS] = { "network counters",
                                   FIELDS(networkCountersArgFields, networkCountersArgs),
                                   FIELDS(encodedResultFields, encodedResult),
                                   serveNetworkCounters },
};


const vpcRequestEntry *
vpcRequestLookup(uint32_t type)
{
    if (type >= ARRAY_SIZE(requestTable) || !requestTable[type].serve)
        return NULL;
    return &requestTable[type];
}


const char *
vpcRequestName(const vpcRequestEntry *entry)
{
    return entry->name;
}


/* Walking field lists */

static void
putKeyCombos(vpcBuffer *buf, const keyComboList *keys)
{
    uint32_t i, j;

    vpcBufferPutU32(buf, keys->count);
    for (i = 0; i < keys->count; i++) {
        vpcBufferPutU32(buf, keys->combos[i].count);
        for (j = 0; j < keys->combos[i].count; j++)
            vpcBufferPutU32(buf, keys->combos[i].keys[j]);
    }
}


static void
readKeyCombos(vpcReader *rd, keyComboList *keys)
{
    uint32_t count = vpcReaderU32(rd), i, j;
    vpcKeyCombo *combos;

    if (rd->failed || !count || count > VPC_KEY_COMBOS_MAX ||
        !(combos = calloc(count, sizeof(*combos)))) {
        rd->failed = true;
        return;
    }
    keys->combos = combos;
    keys->count = count;
    for (i = 0; i < count && !rd->failed; i++) {
        combos[i].count = vpcReaderU32(rd);
        if (!combos[i].count || combos[i].count > VPC_KEYS_MAX)
            rd->failed = true;
        for (j = 0; j < combos[i].count && !rd->failed; j++)
            combos[i].keys[j] = vpcReaderU32(rd);
    }
}


static void
putFields(vpcBuffer *buf, const requestField *fields, size_t nfields, const void *base)
{
    size_t i;

    for (i = 0; i < nfields; i++) {
        const void *p = (const char *)base + fields[i].offset;

        switch (fields[i].kind) {
        case FIELD_U32: vpcBufferPutU32(buf, *(const uint32_t *)p); break;
        case FIELD_U64: vpcBufferPutU64(buf, *(const uint64_t *)p); break;
        case FIELD_DOUBLE: vpcBufferPutDouble(buf, *(const double *)p); break;
        case FIELD_STRING:
        case FIELD_NAME: vpcBufferPutString(buf, *(const char *const *)p); break;
        case FIELD_HOSTS: vpcPutHostList(buf, p); break;
        case FIELD_KEY_COMBOS: putKeyCombos(buf, p); break;
        case FIELD_SCHEDULING: vpcPutScheduling(buf, p); break;
        case FIELD_SCHEDULING_LIST: vpcPutSchedulingList(buf, p); break;
        case FIELD_TASK_STATUS: vpcPutTaskStatus(buf, p); break;
        case FIELD_SNAPSHOT: vpcPutSnapshot(buf, *(vpcSnapshot *const *)p); break;
        case FIELD_EVENTS: {
            const eventBatch *batch = p;

            vpcPutEventList(buf, &batch->cursor, &batch->events);
            break;
        }
        case FIELD_ENCODED: {
            const vpcBuffer *encoded = p;

            vpcBufferPutBytes(buf, encoded->data, encoded->len);
            break;
        }
        }
    }
}


/* Stops at the first field that fails; what was read is freed by clearFields. */
static void
readFields(vpcReader *rd, const requestField *fields, size_t nfields, void *base)
{
    size_t i;

    for (i = 0; i < nfields && !rd->failed; i++) {
        void *p = (char *)base + fields[i].offset;

        switch (fields[i].kind) {
        case FIELD_U32:
            *(uint32_t *)p = vpcReaderU32(rd);
            if (fields[i].limit && *(uint32_t *)p >= fields[i].limit)
                rd->failed = true;
            break;
        case FIELD_U64: *(uint64_t *)p = vpcReaderU64(rd); break;
        case FIELD_DOUBLE: *(double *)p = vpcReaderDouble(rd); break;
        case FIELD_STRING: *(char **)p = vpcReaderString(rd); break;
        case FIELD_NAME:
            if (!(*(char **)p = vpcReaderString(rd)))
                rd->failed = true;
            break;
        case FIELD_HOSTS: vpcReadHostList(rd, p); break;
        case FIELD_KEY_COMBOS: readKeyCombos(rd, p); break;
        case FIELD_SCHEDULING: vpcReadScheduling(rd, p); break;
        case FIELD_SCHEDULING_LIST: vpcReadSchedulingList(rd, p); break;
        case FIELD_TASK_STATUS: vpcReadTaskStatus(rd, p); break;
        case FIELD_SNAPSHOT: *(vpcSnapshot **)p = vpcReadSnapshot(rd); break;
        case FIELD_EVENTS: {
            eventBatch *batch = p;

            vpcReadEventList(rd, &batch->cursor, &batch->events);
            break;
        }
        case FIELD_ENCODED:
            vpcBufferPutBytes(p, rd->data + rd->pos, rd->len - rd->pos);
            rd->pos = rd->len;
            if (((vpcBuffer *)p)->failed)
                rd->failed = true;
            break;
        }
    }
}


/* Frees what readFields or a serve function left in the structure, and zeroes it. */
static void
clearFields(const requestField *fields, size_t nfields, void *base, size_t size)
{
    size_t i;

    for (i = 0; i < nfields; i++) {
        void *p = (char *)base + fields[i].offset;

        switch (fields[i].kind) {
        case FIELD_STRING:
        case FIELD_NAME: free(*(char **)p); break;
        case FIELD_HOSTS: vpcHostListClear(p); break;
        case FIELD_KEY_COMBOS: free((vpcKeyCombo *)((keyComboList *)p)->combos); break;
        case FIELD_SNAPSHOT: vpcSnapshotFree(*(vpcSnapshot **)p); break;
        case FIELD_SCHEDULING_LIST: vpcSchedulingListClear(p); break;
        case FIELD_EVENTS: vpcEventListClear(&((eventBatch *)p)->events); break;
        case FIELD_ENCODED: vpcBufferClear(p); break;
        default: break;
        }
    }
    if (size)
        memset(base, 0, size);
}


/*
 * The backend side: decodes one request, runs it on the service and encodes
 * the response.  Returns -1 only for a malformed request (the connection is
 * then dropped); failures of the operation itself are encoded errors.
 */
int
vpcServiceHandleRequest(vpcService *svc, const void *request, size_t len, vpcBuffer *resp)
{
    union {
        max_align_t align;
        unsigned char bytes[REQUEST_STATE_MAX];
    } args, result;
    const vpcRequestEntry *entry;
    vpcReader rd;
    vpcError err;

    vpcReaderInit(&rd, request, len);
    entry = vpcRequestLookup(vpcReaderU32(&rd));
    if (rd.failed || !entry)
        return -1;
    memset(&args, 0, entry->argsSize);
    readFields(&rd, entry->args, entry->nargs, &args);
    if (rd.failed) {
        clearFields(entry->args, entry->nargs, &args, entry->argsSize);
        return -1;
    }

    memset(&result, 0, entry->resultSize);
    vpcErrorClear(&err);
    /* A handler that fails without a word has run out of memory. */
    if (entry->serve(svc, &args, &result, &err) < 0 && err.code == VPC_OK)
        vpcErrorSet(&err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
    vpcPutError(resp, &err);
    if (err.code == VPC_OK)
        putFields(resp, entry->results, entry->nresults, &result);
    clearFields(entry->results, entry->nresults, &result, entry->resultSize);
    clearFields(entry->args, entry->nargs, &args, entry->argsSize);
    return 0;
}


/*
 * The client side, for every stub: encodes the arguments, sends them, reads
 * the error into 'err' and, on success, the result, which the caller then
 * owns.  On failure the result is zeroed and 'err' says why: the
 * operation's error, or the transport's.
 */
static int
requestCall(vpcBackend *backend, vpcRequestType type, const void *args, void *result,
            vpcError *err)
{
    const vpcRequestEntry *entry = &requestTable[type];
    vpcBuffer request = { 0 }, response = { 0 };
    vpcReader rd;
    int rc = -1;

    vpcErrorClear(err);
    if (entry->resultSize)
        memset(result, 0, entry->resultSize);
    vpcBufferPutU32(&request, type);
    putFields(&request, entry->args, entry->nargs, args);
    if (request.failed) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
    } else if (vpcBackendRoundTrip(backend, &request, &response, err) == 0) {
        vpcReaderInit(&rd, response.data, response.len);
        vpcReadError(&rd, err);
        if (!rd.failed && err->code == VPC_OK)
            readFields(&rd, entry->results, entry->nresults, result);
        if (rd.failed) {
            clearFields(entry->results, entry->nresults, result, entry->resultSize);
            vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed answer from the backend");
        } else {
            rc = err->code == VPC_OK ? 0 : -1;
        }
    }
    vpcBufferClear(&request);
    vpcBufferClear(&response);
    return rc;
}
