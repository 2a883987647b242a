/*
 * The backend protocol: every request through an in-memory transport into
 * the real dispatcher, compared with the service's own answers; malformed
 * requests and truncated answers.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpcproto.h"
#include "vpchostfacts.h"
#include "vpcnetcounters.h"

#define LAB_URI "test://" EXAMPLES_DIR "/lab.xml"
#define DB01_UUID "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e02"
#define XP_TEST_UUID "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e05"

#include "loopbacktest.h"

static void
test_snapshot_crosses_intact(void **state)
{
    vpcHostList hosts = { 0 };
    vpcSnapshot *a = NULL, *b = NULL;
    vpcError err;
    size_t i;

    assert_int_equal(vpcHostListAdd(&hosts, LAB_URI), 0);
    assert_int_equal(vpcHostListAdd(&hosts, "test+unix:///default?socket=/nonexistent"), 0);
    assert_int_equal(vpcBackendSnapshot(local, &hosts, VPC_FRESH_NOW, &a, &err), 0);
    roundTrips = 0;
    assert_int_equal(vpcBackendSnapshot(remote, &hosts, VPC_FRESH_NOW, &b, &err), 0);
    assert_int_equal(roundTrips, 1);    /* one snapshot, one round trip */

    assert_int_equal(a->nhosts, b->nhosts);
    for (i = 0; i < a->nhosts; i++) {
        assert_string_equal(a->hosts[i].uri, b->hosts[i].uri);
        assert_string_equal(a->hosts[i].displayUri, b->hosts[i].displayUri);
        assert_int_equal(a->hosts[i].error.code, b->hosts[i].error.code);
        assert_string_equal(a->hosts[i].error.detail, b->hosts[i].error.detail);
    }
    assert_int_equal(b->hosts[1].error.code, VPC_ERR_HOST_UNAVAILABLE);
    assert_int_equal(a->nvms, 5);
    assert_int_equal(b->nvms, 5);
    for (i = 0; i < a->nvms; i++) {
        assert_string_equal(a->vms[i].name, b->vms[i].name);
        assert_string_equal(a->vms[i].uuid, b->vms[i].uuid);
        assert_int_equal(a->vms[i].state, b->vms[i].state);
        assert_int_equal(a->vms[i].running, b->vms[i].running);
        assert_int_equal(a->vms[i].memoryKiB, b->vms[i].memoryKiB);
        assert_int_equal(a->vms[i].vcpus, b->vms[i].vcpus);
        assert_int_equal(a->vms[i].cpuUtilization, b->vms[i].cpuUtilization);
        assert_memory_equal(a->vms[i].history, b->vms[i].history, VPC_HISTORY_SECONDS);
        /* counters move with time; both came from the same sample */
        assert_true(a->vms[i].counters.netTx == b->vms[i].counters.netTx);
    }
    vpcSnapshotFree(a);
    vpcSnapshotFree(b);
    vpcHostListClear(&hosts);
}

static void
test_every_request_type(void **state)
{
    vpcScheduling sa, sb;
    vpcVMDetails details;
    vpcTaskStatus status;
    vpcTaskId id;
    int64_t uptime;
    double available;
    vpcError err;

    assert_int_equal(vpcBackendUptime(remote, &uptime, &err), 0);
    assert_true(uptime >= 0 && uptime < 600);

    assert_int_equal(vpcBackendGetDetails(remote, LAB_URI, DB01_UUID, &details, &err), 0);
    assert_string_equal(details.description, "Database server");
    vpcVMDetailsClear(&details);

    assert_int_equal(vpcBackendGetScheduling(local, LAB_URI, DB01_UUID, &sa, &err), 0);
    assert_int_equal(vpcBackendGetScheduling(remote, LAB_URI, DB01_UUID, &sb, &err), 0);
    assert_memory_equal(&sa, &sb, sizeof(sa));
    assert_true(sb.allowableMaximum == 25.0);

    assert_int_equal(vpcBackendSetScheduling(remote, LAB_URI, DB01_UUID, 5, 20, 77, &err), 0);
    assert_int_equal(vpcBackendGetScheduling(remote, LAB_URI, DB01_UUID, &sb, &err), 0);
    assert_true(sb.reservedCapacity == 5.0);
    assert_true(sb.maximumCapacity == 20.0);
    assert_int_equal(sb.relativeWeight, 77);
    assert_int_equal(vpcBackendAvailableCapacity(remote, LAB_URI, &available, &err), 0);
    assert_true(available == 95.0);

    /* errors cross with their fields */
    assert_int_equal(vpcBackendSetScheduling(remote, LAB_URI, DB01_UUID, 5, 20, 0, &err), -1);
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_string_equal(err.host, LAB_URI);
    assert_string_equal(err.vm, "DB01");
    assert_non_null(strstr(err.detail, "relative weight"));
    assert_int_equal(vpcBackendSetScheduling(remote, LAB_URI, DB01_UUID, 0, 25, 50, &err), 0);

    assert_int_equal(vpcBackendStartAction(remote, LAB_URI, XP_TEST_UUID, VPC_ACTION_TURN_OFF,
                                           &id, &err), -1);
    assert_int_equal(err.code, VPC_ERR_VM_NOT_RUNNING);
    assert_string_equal(err.vm, "XP-TEST");
    assert_int_equal(vpcBackendStartAction(remote, LAB_URI, XP_TEST_UUID, VPC_ACTION_STARTUP,
                                           &id, &err), 0);
    /* not waiting: answers at once; waiting: answers when done */
    assert_int_equal(vpcBackendTaskStatus(remote, id, 0, &status, &err), 0);
    assert_int_equal(status.id, id);
    assert_int_equal(vpcBackendTaskStatus(remote, id, VPC_TASK_WAIT_MAX_MS, &status, &err), 0);
    assert_true(status.complete);
    assert_int_equal(status.id, id);
    assert_int_equal(status.action, VPC_ACTION_STARTUP);
    assert_int_equal(status.error.code, VPC_OK);
    assert_string_equal(status.vm, "XP-TEST");
    /* a task of the same backend that it no longer knows */
    assert_int_equal(vpcBackendTaskStatus(remote, (id & ~(vpcTaskId)0xffffffffu) | 424242, 0,
                                          &status, &err), -1);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    assert_string_equal(err.host, "");
    assert_non_null(strstr(err.detail, "no task 424242"));
    /* a task of a backend that was replaced */
    assert_int_equal(vpcBackendTaskStatus(remote, id ^ ((vpcTaskId)1 << 40), 0, &status, &err), -1);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    assert_string_equal(err.host, "");
    assert_non_null(strstr(err.detail, "exited"));
}

/*
 * Every VM's scheduling in one round trip, each the same to the last bit
 * as the VM's own request answers: a dump reading the scheduling of N VMs
 * costs one request, not N.  Also after a reservation changed what the
 * others may reserve.
 */
static void
check_host_scheduling(const vpcSnapshot *snap)
{
    vpcSchedulingList list;
    vpcScheduling own;
    vpcError err;
    size_t i;

    roundTrips = 0;
    assert_int_equal(vpcBackendGetHostScheduling(remote, LAB_URI, &list, &err), 0);
    assert_int_equal(roundTrips, 1);
    assert_int_equal(list.count, snap->nvms);
    for (i = 0; i < snap->nvms; i++) {
        const vpcSchedulingEntry *entry = vpcSchedulingListFind(&list, snap->vms[i].uuid);

        assert_non_null(entry);
        assert_null(entry->error);
        assert_int_equal(vpcBackendGetScheduling(local, LAB_URI, snap->vms[i].uuid, &own, &err), 0);
        assert_memory_equal(&entry->sched, &own, sizeof(own));
    }
    for (i = 1; i < list.count; i++)
        assert_true(strcmp(list.entries[i - 1].uuid, list.entries[i].uuid) < 0);
    assert_null(vpcSchedulingListFind(&list, "00000000-0000-0000-0000-000000000000"));
    vpcSchedulingListClear(&list);
}

static void
test_host_scheduling_in_one_round_trip(void **state)
{
    vpcHostList hosts = { 0 };
    vpcSchedulingList list;
    vpcSnapshot *snap = NULL;
    const vpcSchedulingEntry *db01;
    vpcError err;

    assert_int_equal(vpcHostListAdd(&hosts, LAB_URI), 0);
    assert_int_equal(vpcBackendSnapshot(local, &hosts, VPC_FRESH_NOW, &snap, &err), 0);
    assert_int_equal(snap->nvms, 5);
    check_host_scheduling(snap);

    assert_int_equal(vpcBackendSetScheduling(remote, LAB_URI, DB01_UUID, 7.5, 20, 300, &err), 0);
    check_host_scheduling(snap);
    assert_int_equal(vpcBackendGetHostScheduling(remote, LAB_URI, &list, &err), 0);
    assert_non_null(db01 = vpcSchedulingListFind(&list, DB01_UUID));
    assert_true(db01->sched.reservedCapacity == 7.5);
    assert_int_equal(db01->sched.relativeWeight, 300);
    vpcSchedulingListClear(&list);
    assert_int_equal(vpcBackendSetScheduling(remote, LAB_URI, DB01_UUID, 0, 25, 50, &err), 0);

    /* A host that does not answer: the error, and no list. */
    assert_int_equal(vpcBackendGetHostScheduling(remote, "test+unix:///default?socket=/nonexistent",
                                                 &list, &err), -1);
    assert_int_equal(err.code, VPC_ERR_HOST_UNAVAILABLE);
    assert_null(list.entries);
    assert_int_equal(list.count, 0);
    vpcSnapshotFree(snap);
    vpcHostListClear(&hosts);
}

/* A VM that could not be read crosses as its error, between the others;
 * the reader sorts what it is given and refuses a count beyond the bytes. */
static void
test_scheduling_list_codec(void **state)
{
    vpcSchedulingEntry entries[3];
    vpcSchedulingList sent = { entries, 3 }, got;
    vpcError failed;
    vpcBuffer buf = { 0 };
    vpcReader rd;
    const vpcSchedulingEntry *entry;
    size_t len;

    memset(entries, 0, sizeof(entries));
    strcpy(entries[0].uuid, "cccccccc-0000-0000-0000-000000000000");
    entries[0].sched.relativeWeight = 3;
    entries[0].sched.allowableReserved = 12.25;
    strcpy(entries[1].uuid, "aaaaaaaa-0000-0000-0000-000000000000");
    vpcErrorSet(&failed, VPC_ERR_OPERATION_FAILED, "lab", "A", "cannot read the scheduling parameters");
    entries[1].error = &failed;
    strcpy(entries[2].uuid, "bbbbbbbb-0000-0000-0000-000000000000");
    entries[2].sched.hostCpus = 4;

    vpcPutSchedulingList(&buf, &sent);
    vpcReaderInit(&rd, buf.data, buf.len);
    vpcReadSchedulingList(&rd, &got);
    assert_false(rd.failed);
    assert_int_equal(rd.pos, buf.len);
    assert_int_equal(got.count, 3);
    assert_string_equal(got.entries[0].uuid, "aaaaaaaa-0000-0000-0000-000000000000");
    assert_string_equal(got.entries[2].uuid, "cccccccc-0000-0000-0000-000000000000");
    assert_non_null(entry = vpcSchedulingListFind(&got, "aaaaaaaa-0000-0000-0000-000000000000"));
    assert_non_null(entry->error);
    assert_int_equal(entry->error->code, VPC_ERR_OPERATION_FAILED);
    assert_string_equal(entry->error->vm, "A");
    assert_string_equal(entry->error->detail, "cannot read the scheduling parameters");
    assert_non_null(entry = vpcSchedulingListFind(&got, "cccccccc-0000-0000-0000-000000000000"));
    assert_null(entry->error);
    assert_int_equal(entry->sched.relativeWeight, 3);
    assert_true(entry->sched.allowableReserved == 12.25);
    assert_int_equal(vpcSchedulingListFind(&got, "bbbbbbbb-0000-0000-0000-000000000000")->sched.hostCpus, 4);
    vpcSchedulingListClear(&got);

    /* Cut anywhere: a failure, never a crash or a leak. */
    for (len = 0; len < buf.len; len++) {
        vpcReaderInit(&rd, buf.data, len);
        vpcReadSchedulingList(&rd, &got);
        assert_true(rd.failed);
        vpcSchedulingListClear(&got);
    }
    vpcBufferClear(&buf);
    vpcBufferPutU32(&buf, 0x7fffffff);
    vpcReaderInit(&rd, buf.data, buf.len);
    vpcReadSchedulingList(&rd, &got);
    assert_true(rd.failed);
    assert_int_equal(got.count, 0);
    vpcSchedulingListClear(&got);
    vpcBufferClear(&buf);
}

/* Every request type has its entry, and nothing else has one. */
static void
test_request_table_covers_every_type(void **state)
{
    const vpcRequestEntry *entry;
    uint32_t type, other;

    for (type = VPC_REQ_UPTIME; type < VPC_REQ_LAST; type++) {
        entry = vpcRequestLookup(type);
        assert_non_null(entry);
        assert_true(vpcRequestName(entry)[0] != '\0');
        for (other = VPC_REQ_UPTIME; other < type; other++)
            assert_string_not_equal(vpcRequestName(vpcRequestLookup(other)), vpcRequestName(entry));
    }
    assert_null(vpcRequestLookup(0));
    assert_null(vpcRequestLookup(VPC_REQ_LAST));
    assert_null(vpcRequestLookup(0xffffffffu));
}

/* A transport that keeps the request and answers with an error. */
static vpcBuffer captured;

static int
capture(void *opaque, const vpcBuffer *request, vpcBuffer *response, vpcError *err)
{
    vpcError refusal;

    vpcBufferClear(&captured);
    vpcBufferPutBytes(&captured, request->data, request->len);
    vpcErrorSet(&refusal, VPC_ERR_INVALID_ARG, "captured", NULL, NULL);
    vpcPutError(response, &refusal);
    return 0;
}

static void
putVM(vpcBuffer *buf, uint32_t type, const char *host, const char *uuid)
{
    vpcBufferPutU32(buf, type);
    vpcBufferPutString(buf, host);
    vpcBufferPutString(buf, uuid);
}

/* Compares the captured request with the one expected, then checks that
 * the dispatcher refuses every cut of it short: the request type alone,
 * a field missing, a field cut in half. */
static void
check_request(vpcBuffer *expected, int rc, const vpcError *err)
{
    vpcBuffer resp = { 0 };
    size_t len;

    assert_int_equal(rc, -1);
    assert_int_equal(err->code, VPC_ERR_INVALID_ARG);
    assert_string_equal(err->host, "captured");
    assert_false(expected->failed);
    assert_int_equal(captured.len, expected->len);
    assert_memory_equal(captured.data, expected->data, expected->len);
    for (len = 0; len < captured.len; len++) {
        assert_int_equal(vpcServiceHandleRequest(svc, captured.data, len, &resp), -1);
        assert_int_equal(resp.len, 0);
    }
    vpcBufferClear(expected);
    vpcBufferClear(&captured);
}

/* The wire format stays what the protocol version names: each stub's
 * request, byte for byte. */
static void
test_requests_keep_their_bytes(void **state)
{
    static const vpcKeyCombo combos[2] = { { 2, { 29, 56 } }, { 1, { 83 } } };
    vpcBackend *backend = vpcBackendNewRemote(capture, NULL);
    vpcHostList hosts = { 0 };
    vpcEventCursor cursor = { 7, 1234567890123ull };
    vpcBuffer want = { 0 };
    vpcSnapshot *snap;
    vpcVMDetails details;
    vpcScheduling sched;
    vpcSchedulingList list;
    vpcTaskStatus status, *tasks;
    size_t ntasks;
    vpcHostFacts *hostFacts;
    vpcFactsList facts;
    vpcEventList events;
    vpcNetworkCounters netCounters;
    vpcTaskId id;
    char uuid[VPC_UUID_STRING_LEN], *definedName;
    vpcDiskImage image;
    double available;
    int64_t uptime;
    vpcError err;

    assert_non_null(backend);
    assert_int_equal(vpcHostListAdd(&hosts, LAB_URI), 0);
    assert_int_equal(vpcHostListAdd(&hosts, "qemu:///system"), 0);

    vpcBufferPutU32(&want, VPC_REQ_UPTIME);
    check_request(&want, vpcBackendUptime(backend, &uptime, &err), &err);

    vpcBufferPutU32(&want, VPC_REQ_SNAPSHOT);
    vpcBufferPutU32(&want, VPC_FRESH_LATEST);
    vpcBufferPutU32(&want, 2);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutString(&want, "qemu:///system");
    check_request(&want, vpcBackendSnapshot(backend, &hosts, VPC_FRESH_LATEST, &snap, &err), &err);
    assert_null(snap);

    putVM(&want, VPC_REQ_DETAILS, LAB_URI, DB01_UUID);
    check_request(&want, vpcBackendGetDetails(backend, LAB_URI, DB01_UUID, &details, &err), &err);
    assert_null(details.description);

    putVM(&want, VPC_REQ_GET_SCHEDULING, LAB_URI, DB01_UUID);
    check_request(&want, vpcBackendGetScheduling(backend, LAB_URI, DB01_UUID, &sched, &err), &err);

    vpcBufferPutU32(&want, VPC_REQ_HOST_SCHEDULING);
    vpcBufferPutString(&want, LAB_URI);
    list.count = 99;
    check_request(&want, vpcBackendGetHostScheduling(backend, LAB_URI, &list, &err), &err);
    assert_null(list.entries);
    assert_int_equal(list.count, 0);

    putVM(&want, VPC_REQ_SET_SCHEDULING, LAB_URI, DB01_UUID);
    vpcBufferPutDouble(&want, 12.5);
    vpcBufferPutDouble(&want, 80);
    vpcBufferPutU32(&want, 250);
    check_request(&want, vpcBackendSetScheduling(backend, LAB_URI, DB01_UUID, 12.5, 80, 250, &err),
                  &err);

    vpcBufferPutU32(&want, VPC_REQ_AVAILABLE);
    vpcBufferPutString(&want, LAB_URI);
    check_request(&want, vpcBackendAvailableCapacity(backend, LAB_URI, &available, &err), &err);
    assert_true(available == 0);

    putVM(&want, VPC_REQ_START_ACTION, LAB_URI, XP_TEST_UUID);
    vpcBufferPutU32(&want, VPC_ACTION_SAVE);
    check_request(&want, vpcBackendStartAction(backend, LAB_URI, XP_TEST_UUID, VPC_ACTION_SAVE,
                                               &id, &err), &err);
    assert_int_equal(id, 0);

    vpcBufferPutU32(&want, VPC_REQ_TASK_STATUS);
    vpcBufferPutU64(&want, 0x0123456789abcdefull);
    vpcBufferPutU32(&want, 0);
    check_request(&want, vpcBackendTaskStatus(backend, 0x0123456789abcdefull, -5, &status, &err),
                  &err);

    vpcBufferPutU32(&want, VPC_REQ_HOST_FACTS);
    vpcBufferPutString(&want, LAB_URI);
    check_request(&want, vpcBackendHostFacts(backend, LAB_URI, &hostFacts, &err), &err);
    assert_null(hostFacts);

    vpcBufferPutU32(&want, VPC_REQ_VM_FACTS);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutU32(&want, 3);
    check_request(&want, vpcBackendVMFacts(backend, LAB_URI, 3, &facts, &err), &err);

    putVM(&want, VPC_REQ_CONFIGURE, LAB_URI, DB01_UUID);
    vpcBufferPutU32(&want, 0);
    vpcBufferPutString(&want, NULL);
    vpcBufferPutU64(&want, (uint64_t)-42);
    check_request(&want, vpcBackendConfigure(backend, LAB_URI, DB01_UUID, 0, NULL, -42, &err),
                  &err);

    vpcBufferPutU32(&want, VPC_REQ_CREATE_DOMAIN);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutString(&want, "NEW");
    vpcBufferPutString(&want, NULL);
    vpcBufferPutString(&want, "<domain/>");
    check_request(&want, vpcBackendCreateDomain(backend, LAB_URI, "NEW", NULL, "<domain/>", uuid,
                                                &err), &err);
    assert_string_equal(uuid, "");

    putVM(&want, VPC_REQ_REMOVE_DOMAIN, LAB_URI, DB01_UUID);
    vpcBufferPutU32(&want, 1);
    check_request(&want, vpcBackendRemoveDomain(backend, LAB_URI, DB01_UUID, true, &err), &err);

    vpcBufferPutU32(&want, VPC_REQ_CHANGE_NETWORK);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutU32(&want, VPC_NETWORK_DELETE);
    vpcBufferPutString(&want, "lab-net");
    vpcBufferPutString(&want, NULL);
    check_request(&want, vpcBackendChangeNetwork(backend, LAB_URI, VPC_NETWORK_DELETE, "lab-net",
                                                 NULL, NULL, &err), &err);

    /* Protocol 8: the text (a registered network's XML) after the name. */
    vpcBufferPutU32(&want, VPC_REQ_CHANGE_NETWORK);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutU32(&want, VPC_NETWORK_REGISTER);
    vpcBufferPutString(&want, "");
    vpcBufferPutString(&want, "<network/>");
    definedName = (char *)"untouched";
    check_request(&want, vpcBackendChangeNetwork(backend, LAB_URI, VPC_NETWORK_REGISTER, "",
                                                 "<network/>", &definedName, &err), &err);
    assert_null(definedName);

    vpcBufferPutU32(&want, VPC_REQ_WAIT_EVENTS);
    vpcBufferPutU32(&want, 7);
    vpcBufferPutU64(&want, 1234567890123ull);
    vpcBufferPutU32(&want, 250);
    vpcBufferPutU32(&want, 1);
    vpcBufferPutU32(&want, 2);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutString(&want, "qemu:///system");
    check_request(&want, vpcBackendWaitEvents(backend, &hosts, VPC_EVENTS_EVERY_HOST, &cursor, 250,
                                              &events, &err), &err);
    assert_int_equal(cursor.instance, 7);   /* unchanged by a failure */
    assert_int_equal(events.count, 0);

    putVM(&want, VPC_REQ_SEND_KEYS, LAB_URI, DB01_UUID);
    vpcBufferPutU32(&want, 2);
    vpcBufferPutU32(&want, 2);
    vpcBufferPutU32(&want, 29);
    vpcBufferPutU32(&want, 56);
    vpcBufferPutU32(&want, 1);
    vpcBufferPutU32(&want, 83);
    check_request(&want, vpcBackendSendKeys(backend, LAB_URI, DB01_UUID, combos, 2, &err), &err);

    vpcBufferPutU32(&want, VPC_REQ_DISK_IMAGE);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutU32(&want, VPC_DISK_CREATE_DIFFERENCING);
    vpcBufferPutString(&want, "/srv/images/child.vhd");
    vpcBufferPutString(&want, "/srv/images/parent.vhd");
    vpcBufferPutU64(&want, 0);
    check_request(&want, vpcBackendDiskImage(backend, LAB_URI, VPC_DISK_CREATE_DIFFERENCING,
                                             "/srv/images/child.vhd", "/srv/images/parent.vhd", 0,
                                             &image, &err), &err);
    assert_null(image.path);

    /* Protocol 9: the unfinished tasks, asked with nothing more. */
    vpcBufferPutU32(&want, VPC_REQ_LIST_TASKS);
    tasks = &status;
    ntasks = 5;
    check_request(&want, vpcBackendListTasks(backend, &tasks, &ntasks, &err), &err);
    assert_null(tasks);
    assert_int_equal(ntasks, 0);

    /* Protocol 11: a network's NICs, one "<UUID> <name>" per line. */
    vpcBufferPutU32(&want, VPC_REQ_NETWORK_COUNTERS);
    vpcBufferPutString(&want, LAB_URI);
    vpcBufferPutString(&want, DB01_UUID " vnet0\n");
    check_request(&want, vpcBackendNetworkCounters(backend, LAB_URI, DB01_UUID " vnet0\n",
                                                   &netCounters, &err), &err);
    assert_int_equal(netCounters.current[VPC_NET_BYTES_SENT], 0);

    vpcHostListClear(&hosts);
    vpcBackendFree(backend);
}

static void
test_malformed_requests_are_refused(void **state)
{
    static const unsigned char unknownType[] = { 99, 0, 0, 0 };
    static const unsigned char truncated[] = { VPC_REQ_DETAILS, 0, 0, 0, 200, 0, 0, 0, 'x' };
    static const unsigned char hugeCount[] = { VPC_REQ_SNAPSHOT, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f };
    vpcBuffer resp = { 0 };

    assert_int_equal(vpcServiceHandleRequest(svc, unknownType, sizeof(unknownType), &resp), -1);
    assert_int_equal(vpcServiceHandleRequest(svc, truncated, sizeof(truncated), &resp), -1);
    assert_int_equal(vpcServiceHandleRequest(svc, hugeCount, sizeof(hugeCount), &resp), -1);
    assert_int_equal(vpcServiceHandleRequest(svc, "", 0, &resp), -1);
    vpcBufferClear(&resp);
}

static void
test_truncated_answers_are_backend_errors(void **state)
{
    vpcHostList hosts = { 0 };
    vpcSnapshot *snap = NULL;
    vpcVMDetails details;
    vpcTaskStatus status, *tasks;
    size_t count;
    vpcError err;

    assert_int_equal(vpcHostListAdd(&hosts, LAB_URI), 0);
    truncateTo = 40;
    assert_int_equal(vpcBackendSnapshot(remote, &hosts, VPC_FRESH_NOW, &snap, &err), -1);
    assert_null(snap);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    truncateTo = 6;
    assert_int_equal(vpcBackendGetDetails(remote, LAB_URI, DB01_UUID, &details, &err), -1);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    truncateTo = 6;
    tasks = &status;
    count = 3;
    assert_int_equal(vpcBackendListTasks(remote, &tasks, &count, &err), -1);
    assert_null(tasks);
    assert_int_equal(count, 0);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    truncateTo = 0;
    vpcHostListClear(&hosts);
}

/* A transport whose answer to any request is a task list claiming more
 * tasks than it holds. */
static int
answerLyingTaskCount(void *opaque, const vpcBuffer *request, vpcBuffer *response, vpcError *err)
{
    vpcError ok;

    vpcErrorClear(&ok);
    vpcPutError(response, &ok);
    vpcBufferPutU32(response, 0x7fffffff);
    vpcBufferPutU64(response, 1);
    return 0;
}

static void
test_a_lying_task_count_is_refused(void **state)
{
    vpcBackend *backend = vpcBackendNewRemote(answerLyingTaskCount, NULL);
    vpcTaskStatus *tasks = NULL;
    size_t count = 3;
    vpcError err;

    assert_int_equal(vpcBackendListTasks(backend, &tasks, &count, &err), -1);
    assert_null(tasks);
    assert_int_equal(count, 0);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    vpcBackendFree(backend);
}

static void
test_reader_and_writer_edges(void **state)
{
    vpcBuffer buf = { 0 };
    vpcReader rd;
    char *str;

    vpcBufferPutString(&buf, NULL);
    vpcBufferPutString(&buf, "");
    vpcBufferPutString(&buf, "wine-vpc");
    vpcBufferPutU64(&buf, UINT64_MAX - 1);
    vpcBufferPutDouble(&buf, 12.5);
    vpcReaderInit(&rd, buf.data, buf.len);
    assert_null(vpcReaderString(&rd));
    assert_false(rd.failed);
    str = vpcReaderString(&rd);
    assert_string_equal(str, "");
    free(str);
    str = vpcReaderString(&rd);
    assert_string_equal(str, "wine-vpc");
    free(str);
    assert_true(vpcReaderU64(&rd) == UINT64_MAX - 1);
    assert_true(vpcReaderDouble(&rd) == 12.5);
    assert_false(rd.failed);
    vpcReaderU32(&rd);
    assert_true(rd.failed);
    vpcBufferClear(&buf);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_snapshot_crosses_intact),
        cmocka_unit_test(test_every_request_type),
        cmocka_unit_test(test_host_scheduling_in_one_round_trip),
        cmocka_unit_test(test_scheduling_list_codec),
        cmocka_unit_test(test_request_table_covers_every_type),
        cmocka_unit_test(test_requests_keep_their_bytes),
        cmocka_unit_test(test_malformed_requests_are_refused),
        cmocka_unit_test(test_truncated_answers_are_backend_errors),
        cmocka_unit_test(test_a_lying_task_count_is_refused),
        cmocka_unit_test(test_reader_and_writer_edges),
    };

    return cmocka_run_group_tests_name("proto", tests, loopbackSetup, loopbackTeardown);
}
