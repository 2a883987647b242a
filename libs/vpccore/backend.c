/*
 * The backend interface of vpccom.dll: the service in process, or the
 * resident vpcsvc.exe through a transport.
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

#include "vpcproto.h"
#include "vpchostfacts.h"

struct _vpcBackend {
    vpcTransportFunc transport;
    void *opaque;
};

/*
 * A backend in this process is reached through the same requests as the
 * resident one, handed straight to the service: both modes run the same
 * code, and the protocol is tested wherever the DLL is.  Encoding costs a
 * few microseconds per snapshot, not per property read.
 */
static int
loopbackTransport(void *opaque, const vpcBuffer *request, vpcBuffer *response, vpcError *err)
{
    if (vpcServiceHandleRequest(opaque, request->data, request->len, response) < 0) {
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed request");
        return -1;
    }
    return 0;
}


vpcBackend *
vpcBackendNewLocal(vpcService *svc)
{
    return vpcBackendNewRemote(loopbackTransport, svc);
}


vpcBackend *
vpcBackendNewRemote(vpcTransportFunc transport, void *opaque)
{
    vpcBackend *backend = calloc(1, sizeof(*backend));

    if (backend) {
        backend->transport = transport;
        backend->opaque = opaque;
    }
    return backend;
}


void
vpcBackendFree(vpcBackend *backend)
{
    free(backend);
}


/* One request and its response. */
typedef struct _vpcExchange {
    vpcBuffer request;
    vpcBuffer response;
    vpcReader payload;
    int rc;
} vpcExchange;


/*
 * Sends the request; reads the response's error into 'err' and leaves
 * 'payload' on what follows it.  Returns -1 on any failure, with 'err'
 * saying why (the operation's error, or the transport's).
 */
static int
exchangeSend(vpcBackend *backend, vpcExchange *ex, vpcError *err)
{
    vpcErrorClear(err);
    ex->rc = -1;
    if (ex->request.failed) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
        return -1;
    }
    if (backend->transport(backend->opaque, &ex->request, &ex->response, err) < 0)
        return -1;
    vpcReaderInit(&ex->payload, ex->response.data, ex->response.len);
    vpcReadError(&ex->payload, err);
    if (ex->payload.failed) {
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed answer from the backend");
        return -1;
    }
    ex->rc = err->code == VPC_OK ? 0 : -1;
    return ex->rc;
}


/* After the payload was read: a short one is a protocol error. */
static int
exchangeEnd(vpcExchange *ex, vpcError *err)
{
    int rc = ex->rc;

    if (rc == 0 && ex->payload.failed) {
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed answer from the backend");
        rc = -1;
    }
    vpcBufferClear(&ex->request);
    vpcBufferClear(&ex->response);
    return rc;
}


static void
putVM(vpcBuffer *req, uint32_t type, const char *hostUri, const char *uuid)
{
    vpcBufferPutU32(req, type);
    vpcBufferPutString(req, hostUri);
    vpcBufferPutString(req, uuid);
}


int
vpcBackendUptime(vpcBackend *backend, int64_t *seconds, vpcError *err)
{
    vpcExchange ex = { 0 };

    vpcBufferPutU32(&ex.request, VPC_REQ_UPTIME);
    if (exchangeSend(backend, &ex, err) == 0)
        *seconds = (int64_t)vpcReaderU64(&ex.payload);
    return exchangeEnd(&ex, err);
}


int
vpcBackendSnapshot(vpcBackend *backend, const vpcHostList *hosts, vpcFreshness freshness,
                   vpcSnapshot **snap, vpcError *err)
{
    vpcExchange ex = { 0 };

    *snap = NULL;
    vpcBufferPutU32(&ex.request, VPC_REQ_SNAPSHOT);
    vpcBufferPutU32(&ex.request, freshness);
    vpcPutHostList(&ex.request, hosts);
    if (exchangeSend(backend, &ex, err) == 0)
        *snap = vpcReadSnapshot(&ex.payload);
    return exchangeEnd(&ex, err);
}


int
vpcBackendGetDetails(vpcBackend *backend, const char *hostUri, const char *uuid,
                     vpcVMDetails *details, vpcError *err)
{
    vpcExchange ex = { 0 };

    memset(details, 0, sizeof(*details));
    putVM(&ex.request, VPC_REQ_DETAILS, hostUri, uuid);
    if (exchangeSend(backend, &ex, err) == 0 &&
        !(details->description = vpcReaderString(&ex.payload)))
        ex.payload.failed = true;
    return exchangeEnd(&ex, err);
}


int
vpcBackendGetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                        vpcScheduling *sched, vpcError *err)
{
    vpcExchange ex = { 0 };

    memset(sched, 0, sizeof(*sched));
    putVM(&ex.request, VPC_REQ_GET_SCHEDULING, hostUri, uuid);
    if (exchangeSend(backend, &ex, err) == 0)
        vpcReadScheduling(&ex.payload, sched);
    return exchangeEnd(&ex, err);
}


int
vpcBackendSetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                        double reserved, double maximum, int weight, vpcError *err)
{
    vpcExchange ex = { 0 };

    putVM(&ex.request, VPC_REQ_SET_SCHEDULING, hostUri, uuid);
    vpcBufferPutDouble(&ex.request, reserved);
    vpcBufferPutDouble(&ex.request, maximum);
    vpcBufferPutU32(&ex.request, (uint32_t)weight);
    exchangeSend(backend, &ex, err);
    return exchangeEnd(&ex, err);
}


int
vpcBackendAvailableCapacity(vpcBackend *backend, const char *hostUri, double *available,
                            vpcError *err)
{
    vpcExchange ex = { 0 };

    *available = 0;
    vpcBufferPutU32(&ex.request, VPC_REQ_AVAILABLE);
    vpcBufferPutString(&ex.request, hostUri);
    if (exchangeSend(backend, &ex, err) == 0)
        *available = vpcReaderDouble(&ex.payload);
    return exchangeEnd(&ex, err);
}


int
vpcBackendStartAction(vpcBackend *backend, const char *hostUri, const char *uuid,
                      vpcAction action, vpcTaskId *taskId, vpcError *err)
{
    vpcExchange ex = { 0 };

    *taskId = 0;
    putVM(&ex.request, VPC_REQ_START_ACTION, hostUri, uuid);
    vpcBufferPutU32(&ex.request, action);
    if (exchangeSend(backend, &ex, err) == 0)
        *taskId = vpcReaderU64(&ex.payload);
    return exchangeEnd(&ex, err);
}


int
vpcBackendTaskStatus(vpcBackend *backend, vpcTaskId taskId, int waitMs, vpcTaskStatus *status,
                     vpcError *err)
{
    vpcExchange ex = { 0 };

    memset(status, 0, sizeof(*status));
    vpcBufferPutU32(&ex.request, VPC_REQ_TASK_STATUS);
    vpcBufferPutU64(&ex.request, taskId);
    vpcBufferPutU32(&ex.request, waitMs > 0 ? (uint32_t)waitMs : 0);
    if (exchangeSend(backend, &ex, err) == 0)
        vpcReadTaskStatus(&ex.payload, status);
    return exchangeEnd(&ex, err);
}


int
vpcBackendHostFacts(vpcBackend *backend, const char *hostUri, vpcHostFacts **facts,
                    vpcError *err)
{
    vpcExchange ex = { 0 };

    *facts = NULL;
    vpcBufferPutU32(&ex.request, VPC_REQ_HOST_FACTS);
    vpcBufferPutString(&ex.request, hostUri);
    if (exchangeSend(backend, &ex, err) == 0 && !(*facts = vpcReadHostFacts(&ex.payload)))
        ex.payload.failed = true;
    return exchangeEnd(&ex, err);
}


int
vpcBackendVMFacts(vpcBackend *backend, const char *hostUri, unsigned int flags,
                  vpcFactsList *list, vpcError *err)
{
    vpcExchange ex = { 0 };

    memset(list, 0, sizeof(*list));
    vpcBufferPutU32(&ex.request, VPC_REQ_VM_FACTS);
    vpcBufferPutString(&ex.request, hostUri);
    vpcBufferPutU32(&ex.request, flags);
    if (exchangeSend(backend, &ex, err) == 0)
        vpcReadFactsList(&ex.payload, list);
    return exchangeEnd(&ex, err);
}


int
vpcBackendConfigure(vpcBackend *backend, const char *hostUri, const char *uuid,
                    vpcConfigItem item, const char *text, int64_t number, vpcError *err)
{
    vpcExchange ex = { 0 };

    putVM(&ex.request, VPC_REQ_CONFIGURE, hostUri, uuid);
    vpcBufferPutU32(&ex.request, item);
    vpcBufferPutString(&ex.request, text);
    vpcBufferPutU64(&ex.request, (uint64_t)number);
    exchangeSend(backend, &ex, err);
    return exchangeEnd(&ex, err);
}


int
vpcBackendCreateDomain(vpcBackend *backend, const char *hostUri, const char *name,
                       const char *folder, const char *xml, char *uuid, vpcError *err)
{
    vpcExchange ex = { 0 };

    uuid[0] = '\0';
    vpcBufferPutU32(&ex.request, VPC_REQ_CREATE_DOMAIN);
    vpcBufferPutString(&ex.request, hostUri);
    vpcBufferPutString(&ex.request, name);
    vpcBufferPutString(&ex.request, folder);
    vpcBufferPutString(&ex.request, xml);
    if (exchangeSend(backend, &ex, err) == 0)
        vpcReaderStringInto(&ex.payload, uuid, VPC_UUID_STRING_LEN);
    return exchangeEnd(&ex, err);
}


int
vpcBackendChangeNetwork(vpcBackend *backend, const char *hostUri, vpcNetworkChange change,
                        const char *name, const char *text, char **definedName, vpcError *err)
{
    vpcExchange ex = { 0 };
    char *defined = NULL;
    int missing = 0, rc;

    if (definedName)
        *definedName = NULL;
    vpcBufferPutU32(&ex.request, VPC_REQ_CHANGE_NETWORK);
    vpcBufferPutString(&ex.request, hostUri);
    vpcBufferPutU32(&ex.request, change);
    vpcBufferPutString(&ex.request, name);
    vpcBufferPutString(&ex.request, text);
    if (exchangeSend(backend, &ex, err) == 0) {
        missing = vpcReaderU32(&ex.payload) != 0;
        defined = vpcReaderString(&ex.payload);
    }
    rc = exchangeEnd(&ex, err);
    if (rc == 0 && definedName)
        *definedName = defined;
    else
        free(defined);
    return rc < 0 ? -1 : missing ? 1 : 0;
}


/* 0 removed, 1 not found, -1 failed. */
int
vpcBackendRemoveDomain(vpcBackend *backend, const char *hostUri, const char *uuid,
                       bool deleteAll, vpcError *err)
{
    vpcExchange ex = { 0 };
    int removed = 0, rc;

    putVM(&ex.request, VPC_REQ_REMOVE_DOMAIN, hostUri, uuid);
    vpcBufferPutU32(&ex.request, deleteAll);
    if (exchangeSend(backend, &ex, err) == 0)
        removed = vpcReaderU32(&ex.payload) != 0;
    rc = exchangeEnd(&ex, err);
    return rc < 0 ? -1 : removed ? 0 : 1;
}


int
vpcBackendWaitEvents(vpcBackend *backend, const vpcHostList *hosts, unsigned int flags,
                     vpcEventCursor *cursor, int waitMs, vpcEventList *events, vpcError *err)
{
    vpcExchange ex = { 0 };
    vpcEventCursor next;

    memset(events, 0, sizeof(*events));
    vpcBufferPutU32(&ex.request, VPC_REQ_WAIT_EVENTS);
    vpcBufferPutU32(&ex.request, cursor->instance);
    vpcBufferPutU64(&ex.request, cursor->seq);
    vpcBufferPutU32(&ex.request, waitMs > 0 ? (uint32_t)waitMs : 0);
    vpcBufferPutU32(&ex.request, (flags & VPC_EVENTS_EVERY_HOST) != 0);
    vpcPutHostList(&ex.request, hosts);
    if (exchangeSend(backend, &ex, err) == 0 && vpcReadEventList(&ex.payload, &next, events) == 0)
        *cursor = next;
    return exchangeEnd(&ex, err);
}


int
vpcBackendSendKeys(vpcBackend *backend, const char *hostUri, const char *uuid,
                   const vpcKeyCombo *combos, size_t ncombos, vpcError *err)
{
    vpcExchange ex = { 0 };
    size_t i, j;

    putVM(&ex.request, VPC_REQ_SEND_KEYS, hostUri, uuid);
    vpcBufferPutU32(&ex.request, (uint32_t)ncombos);
    for (i = 0; i < ncombos; i++) {
        vpcBufferPutU32(&ex.request, combos[i].count);
        for (j = 0; j < combos[i].count; j++)
            vpcBufferPutU32(&ex.request, combos[i].keys[j]);
    }
    exchangeSend(backend, &ex, err);
    return exchangeEnd(&ex, err);
}
