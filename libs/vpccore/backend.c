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

struct _vpcBackend {
    vpcService *svc;            /* local */
    vpcTransportFunc transport; /* remote */
    void *opaque;
};

vpcBackend *
vpcBackendNewLocal(vpcService *svc)
{
    vpcBackend *backend = calloc(1, sizeof(*backend));

    if (backend)
        backend->svc = svc;
    return backend;
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


/*
 * One round trip: sends 'request', reads the response's error into 'err'
 * and leaves 'rd' on its payload.  Returns -1 on any failure, with 'err'
 * saying why (the operation's error, or the transport's).
 */
static int
roundTrip(vpcBackend *backend, vpcBuffer *request, vpcBuffer *response, vpcReader *rd,
          vpcError *err)
{
    vpcErrorClear(err);
    if (request->failed) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
        return -1;
    }
    if (backend->transport(backend->opaque, request, response, err) < 0)
        return -1;
    vpcReaderInit(rd, response->data, response->len);
    vpcReadError(rd, err);
    if (rd->failed) {
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed answer from the backend");
        return -1;
    }
    return err->code == VPC_OK ? 0 : -1;
}


/* After the payload was read: a short one is a protocol error. */
static int
payloadRead(vpcReader *rd, vpcError *err)
{
    if (!rd->failed)
        return 0;
    vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed answer from the backend");
    return -1;
}


int
vpcBackendUptime(vpcBackend *backend, int64_t *seconds, vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    if (backend->svc) {
        *seconds = vpcServiceUptimeSeconds(backend->svc);
        return 0;
    }
    vpcBufferPutU32(&req, VPC_REQ_UPTIME);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        *seconds = (int64_t)vpcReaderU64(&rd);
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}


int
vpcBackendSnapshot(vpcBackend *backend, const vpcHostList *hosts, vpcFreshness freshness,
                   vpcSnapshot **snap, vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    *snap = NULL;
    if (backend->svc) {
        if (vpcServiceSnapshot(backend->svc, hosts, freshness, snap) == 0)
            return 0;
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
        return -1;
    }
    vpcBufferPutU32(&req, VPC_REQ_SNAPSHOT);
    vpcBufferPutU32(&req, freshness);
    vpcPutHostList(&req, hosts);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        *snap = vpcReadSnapshot(&rd);
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
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
vpcBackendGetDetails(vpcBackend *backend, const char *hostUri, const char *uuid,
                     vpcVMDetails *details, vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    memset(details, 0, sizeof(*details));
    if (backend->svc)
        return vpcServiceGetDetails(backend->svc, hostUri, uuid, details, err);
    putVM(&req, VPC_REQ_DETAILS, hostUri, uuid);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        details->description = vpcReaderString(&rd);
        if (!details->description)
            rd.failed = true;
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}


int
vpcBackendGetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                        vpcScheduling *sched, vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    memset(sched, 0, sizeof(*sched));
    if (backend->svc)
        return vpcServiceGetScheduling(backend->svc, hostUri, uuid, sched, err);
    putVM(&req, VPC_REQ_GET_SCHEDULING, hostUri, uuid);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        vpcReadScheduling(&rd, sched);
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}


int
vpcBackendSetScheduling(vpcBackend *backend, const char *hostUri, const char *uuid,
                        double reserved, double maximum, int weight, vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    if (backend->svc)
        return vpcServiceSetScheduling(backend->svc, hostUri, uuid, reserved, maximum, weight,
                                       err);
    putVM(&req, VPC_REQ_SET_SCHEDULING, hostUri, uuid);
    vpcBufferPutDouble(&req, reserved);
    vpcBufferPutDouble(&req, maximum);
    vpcBufferPutU32(&req, (uint32_t)weight);
    rc = roundTrip(backend, &req, &resp, &rd, err);
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}


int
vpcBackendAvailableCapacity(vpcBackend *backend, const char *hostUri, double *available,
                            vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    *available = 0;
    if (backend->svc)
        return vpcServiceAvailableCapacity(backend->svc, hostUri, available, err);
    vpcBufferPutU32(&req, VPC_REQ_AVAILABLE);
    vpcBufferPutString(&req, hostUri);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        *available = vpcReaderDouble(&rd);
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}


int
vpcBackendStartAction(vpcBackend *backend, const char *hostUri, const char *uuid,
                      vpcAction action, unsigned int *taskId, vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    *taskId = 0;
    if (backend->svc)
        return vpcServiceStartAction(backend->svc, hostUri, uuid, action, taskId, err);
    putVM(&req, VPC_REQ_START_ACTION, hostUri, uuid);
    vpcBufferPutU32(&req, action);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        *taskId = vpcReaderU32(&rd);
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}


int
vpcBackendTaskStatus(vpcBackend *backend, unsigned int taskId, vpcTaskStatus *status,
                     vpcError *err)
{
    vpcBuffer req = { 0 }, resp = { 0 };
    vpcReader rd;
    int rc;

    memset(status, 0, sizeof(*status));
    if (backend->svc) {
        if (vpcServiceTaskStatus(backend->svc, taskId, status) == 0)
            return 0;
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, NULL, NULL, "no task %u", taskId);
        return -1;
    }
    vpcBufferPutU32(&req, VPC_REQ_TASK_STATUS);
    vpcBufferPutU32(&req, taskId);
    if ((rc = roundTrip(backend, &req, &resp, &rd, err)) == 0) {
        vpcReadTaskStatus(&rd, status);
        rc = payloadRead(&rd, err);
    }
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
    return rc;
}
