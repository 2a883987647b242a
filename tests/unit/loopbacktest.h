/*
 * Unit tests of the protocol: a service, its in-process backend ('local')
 * and a backend whose requests cross the codec through a loopback
 * transport ('remote'), which counts round trips and can cut answers short.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#ifndef LOOPBACKTEST_H
#define LOOPBACKTEST_H

static vpcService *svc;
static vpcBackend *local, *remote;
static size_t truncateTo;       /* when non-zero, the transport cuts answers short */
static unsigned int roundTrips;

static int
loopback(void *opaque, const vpcBuffer *request, vpcBuffer *response, vpcError *err)
{
    roundTrips++;
    if (vpcServiceHandleRequest(opaque, request->data, request->len, response) < 0) {
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "request refused");
        return -1;
    }
    if (truncateTo && response->len > truncateTo)
        response->len = truncateTo;
    return 0;
}

static void
quiet(void *data, virErrorPtr err)
{
}

static int
loopbackSetup(void **state)
{
    vpcConfig config;

    vpcConfigInit(&config);
    virSetErrorFunc(NULL, quiet);
    svc = vpcServiceNew(&config);
    local = vpcBackendNewLocal(svc);
    remote = vpcBackendNewRemote(loopback, svc);
    return svc && local && remote ? 0 : -1;
}

static int
loopbackTeardown(void **state)
{
    vpcBackendFree(local);
    vpcBackendFree(remote);
    vpcServiceFree(svc);
    return 0;
}

#endif /* LOOPBACKTEST_H */
