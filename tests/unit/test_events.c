/*
 * Events: what libvirt's lifecycle events of the test driver become in the
 * service's journal, the long poll that hands them out, its cursor, and the
 * wire format of its answer.
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
#include <cmocka.h>

#include "servicetest.h"
#include "vpccore_private.h"
#include "vpcproto.h"

static vpcHostList defaultHosts;

static int
setupGroup(void **state)
{
    if (testServiceSetup(state) < 0)
        return -1;
    return vpcHostListAdd(&defaultHosts, "test:///default");
}

static int
teardownGroup(void **state)
{
    vpcHostListClear(&defaultHosts);
    return testServiceTeardown(state);
}

/* A cursor at "now" for the hosts. */
static vpcEventCursor
cursorNow(const vpcHostList *hosts)
{
    vpcEventCursor cursor = { 0, 0 };
    vpcEventList events;
    vpcError err;

    assert_int_equal(vpcServiceWaitEvents(svc, hosts, 0, &cursor, 0, &events, &err), 0);
    assert_int_equal(events.count, 0);
    assert_false(events.restarted);
    assert_int_not_equal(cursor.instance, 0);
    vpcEventListClear(&events);
    return cursor;
}

/* Waits for events until 'want' of domain 'name' came (5 s each at most);
 * their states go to 'states'. */
static size_t
collectStates(vpcEventCursor *cursor, const char *name, size_t want, vpcEventKind *kinds,
              int *states)
{
    size_t got = 0, i;
    int rounds;
    vpcError err;

    for (rounds = 0; got < want && rounds < 10; rounds++) {
        vpcEventList events;

        assert_int_equal(vpcServiceWaitEvents(svc, &defaultHosts, 0, cursor, VPC_EVENT_WAIT_MAX_MS,
                                              &events, &err), 0);
        for (i = 0; i < events.count && got < want; i++) {
            assert_string_equal(events.events[i].hostUri, "test:///default");
            if (strcmp(events.events[i].name, name) != 0)
                continue;
            kinds[got] = events.events[i].kind;
            states[got++] = events.events[i].state;
        }
        vpcEventListClear(&events);
    }
    return got;
}

static void
test_state_changes_arrive_in_order(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "evt-states", 1, 1, 1);
    vpcEventCursor cursor;
    vpcEventKind kinds[4];
    vpcSnapshot *snap;
    int states[4];
    size_t i;

    assert_non_null(dom);
    cursor = cursorNow(&defaultHosts);
    assert_int_equal(virDomainCreate(dom), 0);
    assert_int_equal(virDomainSuspend(dom), 0);
    assert_int_equal(virDomainResume(dom), 0);
    assert_int_equal(virDomainDestroy(dom), 0);

    assert_int_equal(collectStates(&cursor, "evt-states", 4, kinds, states), 4);
    assert_int_equal(kinds[0], VPC_EVENT_STATE_CHANGE);
    assert_int_equal(states[0], VPC_VM_STATE_RUNNING);
    assert_int_equal(kinds[1], VPC_EVENT_STATE_CHANGE);
    assert_int_equal(states[1], VPC_VM_STATE_PAUSED);
    assert_int_equal(kinds[2], VPC_EVENT_STATE_CHANGE);
    assert_int_equal(states[2], VPC_VM_STATE_RUNNING);
    assert_int_equal(kinds[3], VPC_EVENT_STATE_CHANGE);
    assert_int_equal(states[3], VPC_VM_STATE_TURNED_OFF);
    snap = testSnapshotOf(svc, "test:///default");
    for (i = 0; i < snap->nvms; i++) {
        if (strcmp(snap->vms[i].name, "evt-states") == 0)
            assert_int_equal(snap->vms[i].state, states[3]);
    }
    vpcSnapshotFree(snap);

    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_managed_save_is_saved(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "evt-saved", 1, 1, 1);
    vpcEventCursor cursor;
    vpcEventKind kinds[2];
    int states[2];

    assert_non_null(dom);
    cursor = cursorNow(&defaultHosts);
    assert_int_equal(virDomainCreate(dom), 0);
    assert_int_equal(virDomainManagedSave(dom, 0), 0);
    assert_int_equal(collectStates(&cursor, "evt-saved", 2, kinds, states), 2);
    assert_int_equal(states[0], VPC_VM_STATE_RUNNING);
    assert_int_equal(states[1], VPC_VM_STATE_SAVED);

    virDomainManagedSaveRemove(dom, 0);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_wait_ends_without_events(void **state)
{
    vpcEventCursor cursor = cursorNow(&defaultHosts), before = cursor;
    vpcEventList events;
    vpcError err;

    assert_int_equal(vpcServiceWaitEvents(svc, &defaultHosts, 0, &cursor, 100, &events, &err), 0);
    assert_int_equal(events.count, 0);
    assert_int_equal(cursor.instance, before.instance);
    vpcEventListClear(&events);
}

static void
test_other_hosts_events_are_not_handed_out(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "evt-elsewhere", 1, 1, 1);
    vpcHostList lab = { 0 };
    vpcEventCursor cursor;
    vpcEventList events;
    vpcError err;

    assert_non_null(dom);
    assert_int_equal(vpcHostListAdd(&lab, LAB_URI), 0);
    cursor = cursorNow(&lab);
    assert_int_equal(virDomainCreate(dom), 0);
    assert_int_equal(virDomainDestroy(dom), 0);
    assert_int_equal(vpcServiceWaitEvents(svc, &lab, 0, &cursor, 300, &events, &err), 0);
    assert_int_equal(events.count, 0);
    vpcEventListClear(&events);
    vpcHostListClear(&lab);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

/* VPC_EVENTS_EVERY_HOST: every host the service watches, as the DLL's
 * event thread asks once application objects of several hosts listen. */
static void
test_every_watched_host(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "evt-every", 1, 1, 1);
    vpcEventCursor cursor = cursorNow(&defaultHosts);
    vpcHostList lab = { 0 };
    vpcEventList events;
    vpcError err;
    size_t i, found = 0;
    int rounds;

    assert_non_null(dom);
    assert_int_equal(vpcHostListAdd(&lab, LAB_URI), 0);
    assert_int_equal(virDomainCreate(dom), 0);
    for (rounds = 0; !found && rounds < 5; rounds++) {
        /* The lab's list, and every host: test:///default's events too. */
        assert_int_equal(vpcServiceWaitEvents(svc, &lab, VPC_EVENTS_EVERY_HOST, &cursor,
                                              VPC_EVENT_WAIT_MAX_MS, &events, &err), 0);
        for (i = 0; i < events.count; i++)
            found += strcmp(events.events[i].name, "evt-every") == 0;
        vpcEventListClear(&events);
    }
    assert_int_equal(found, 1);
    vpcHostListClear(&lab);

    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_cursor_of_another_backend_starts_again(void **state)
{
    vpcEventCursor cursor = cursorNow(&defaultHosts);
    vpcEventCursor stale = { cursor.instance ^ 1, 7 };
    vpcEventList events;
    vpcError err;

    assert_int_equal(vpcServiceWaitEvents(svc, &defaultHosts, 0, &stale, VPC_EVENT_WAIT_MAX_MS,
                                          &events, &err), 0);
    assert_true(events.restarted);
    assert_int_equal(events.count, 0);
    assert_int_equal(stale.instance, cursor.instance);
    vpcEventListClear(&events);
}

/* The journal keeps the newest VPC_EVENT_JOURNAL_SIZE and says how many a
 * late client lost. */
static void
test_journal_counts_what_it_dropped(void **state)
{
    vpcEventJournal *journal = vpcEventJournalNew();
    const char *uris[] = { "h" };
    vpcEventList events;
    uint64_t seen;
    int i;

    assert_non_null(journal);
    for (i = 0; i < VPC_EVENT_JOURNAL_SIZE + 6; i++)
        vpcEventJournalPost(journal, i % 2 ? "other" : "h", "00000000-0000-0000-0000-000000000001",
                            "vm", VPC_EVENT_STATE_CHANGE, VPC_VM_STATE_RUNNING);
    assert_int_equal(vpcEventJournalWait(journal, uris, 1, 0, 0, &events, &seen), 0);
    assert_int_equal(events.lost, 6);
    assert_int_equal(events.count, VPC_EVENT_JOURNAL_SIZE / 2);
    assert_int_equal(events.events[0].seq, 7);
    assert_int_equal(seen, VPC_EVENT_JOURNAL_SIZE + 6);
    vpcEventListClear(&events);

    /* Nothing new: a wait that has passed its deadline answers empty. */
    assert_int_equal(vpcEventJournalWait(journal, uris, 1, seen, 0, &events, &seen), 0);
    assert_int_equal(events.count, 0);
    assert_int_equal(events.lost, 0);
    vpcEventListClear(&events);
    vpcEventJournalFree(journal);
}

/* Through the protocol, as the DLL asks: the loopback encodes and decodes. */
static void
test_events_cross_the_protocol(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "evt-wire", 1, 1, 1);
    vpcBackend *backend = vpcBackendNewLocal(svc);
    vpcEventCursor cursor = { 0, 0 };
    vpcEventList events;
    vpcError err;
    size_t i;
    bool found = false;

    assert_non_null(dom);
    assert_non_null(backend);
    assert_int_equal(vpcBackendWaitEvents(backend, &defaultHosts, 0, &cursor, 0, &events, &err), 0);
    assert_int_equal(events.count, 0);
    assert_int_not_equal(cursor.instance, 0);
    assert_int_equal(virDomainCreate(dom), 0);
    assert_int_equal(vpcBackendWaitEvents(backend, &defaultHosts, 0, &cursor, VPC_EVENT_WAIT_MAX_MS,
                                          &events, &err), 0);
    for (i = 0; i < events.count; i++) {
        if (strcmp(events.events[i].name, "evt-wire") == 0) {
            char uuid[VIR_UUID_STRING_BUFLEN];

            assert_int_equal(virDomainGetUUIDString(dom, uuid), 0);
            assert_string_equal(events.events[i].uuid, uuid);
            assert_int_equal(events.events[i].state, VPC_VM_STATE_RUNNING);
            assert_int_equal(cursor.seq, events.events[events.count - 1].seq);
            found = true;
        }
    }
    assert_true(found);
    vpcEventListClear(&events);
    vpcBackendFree(backend);
    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_malformed_answers_are_refused(void **state)
{
    vpcBuffer buf = { 0 };
    vpcEventCursor cursor = { 1, 2 };
    vpcEventList events = { 0 }, read;
    vpcEvent one = { 9, VPC_EVENT_RESET, VPC_VM_STATE_RUNNING, (char *)"u",
                     "00000000-0000-0000-0000-000000000002", (char *)"n" };
    vpcReader rd;

    events.count = 1;
    events.events = &one;
    vpcPutEventList(&buf, &cursor, &events);

    vpcReaderInit(&rd, buf.data, buf.len);
    assert_int_equal(vpcReadEventList(&rd, &cursor, &read), 0);
    assert_int_equal(read.count, 1);
    assert_int_equal(read.events[0].seq, 9);
    assert_int_equal(read.events[0].kind, VPC_EVENT_RESET);
    assert_string_equal(read.events[0].name, "n");
    vpcEventListClear(&read);

    /* Cut short, and a count bigger than the message. */
    vpcReaderInit(&rd, buf.data, buf.len - 3);
    assert_int_equal(vpcReadEventList(&rd, &cursor, &read), -1);
    assert_int_equal(read.count, 0);
    buf.data[24] = 0xff;
    vpcReaderInit(&rd, buf.data, buf.len);
    assert_int_equal(vpcReadEventList(&rd, &cursor, &read), -1);
    vpcBufferClear(&buf);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_state_changes_arrive_in_order),
        cmocka_unit_test(test_managed_save_is_saved),
        cmocka_unit_test(test_wait_ends_without_events),
        cmocka_unit_test(test_other_hosts_events_are_not_handed_out),
        cmocka_unit_test(test_every_watched_host),
        cmocka_unit_test(test_cursor_of_another_backend_starts_again),
        cmocka_unit_test(test_journal_counts_what_it_dropped),
        cmocka_unit_test(test_events_cross_the_protocol),
        cmocka_unit_test(test_malformed_answers_are_refused),
    };

    return cmocka_run_group_tests(tests, setupGroup, teardownGroup);
}
