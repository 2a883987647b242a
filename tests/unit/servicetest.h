/*
 * The group fixture of the core tests that drive a vpcService against
 * libvirt's test driver.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#ifndef SERVICETEST_H
#define SERVICETEST_H

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpccore.h"
#include "testutil.h"

#define LAB_URI "test://" EXAMPLES_DIR "/lab.xml"

/* One service for the whole group, and the tests' own read-write
 * connection to test:///default, where they define their domains. */
static vpcService *svc;
static virConnectPtr rw;

static void
testQuietError(void *data, virErrorPtr err)
{
}

static int
testServiceSetup(void **state)
{
    vpcConfig config;

    vpcConfigInit(&config);
    config.hostTimeoutMs = 3000;
    svc = vpcServiceNew(&config);
    virSetErrorFunc(NULL, testQuietError);
    rw = virConnectOpen("test:///default");
    return svc && rw ? 0 : -1;
}

static int
testServiceTeardown(void **state)
{
    vpcServiceFree(svc);
    virConnectClose(rw);
    return 0;
}

static vpcSnapshot *
testSnapshotFrom(vpcService *service, const char *uri, vpcFreshness freshness)
{
    vpcHostList hosts = { 0 };
    vpcSnapshot *snap = NULL;

    assert_int_equal(vpcHostListAdd(&hosts, uri), 0);
    assert_int_equal(vpcServiceSnapshot(service, &hosts, freshness, &snap), 0);
    vpcHostListClear(&hosts);
    assert_non_null(snap);
    return snap;
}

static vpcSnapshot *
testSnapshotOf(vpcService *service, const char *uri)
{
    return testSnapshotFrom(service, uri, VPC_FRESH_NOW);
}

#endif /* SERVICETEST_H */
