/*
 * Lifecycle actions and tasks of the core against libvirt's test driver:
 * state checks, transitional states, counters restarting at power-up,
 * restore and reset, and the read-write connection of file-based hosts.
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
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "servicetest.h"
#include "vpcproto.h"

#define XP_TEST_UUID "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e05"
#define WEB01_UUID "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e01"
#define BUILD01_UUID "0b6d3f6e-1c2a-4f3b-8e4d-5a6b7c8d9e04"

static vpcVMRecord
recordIn(vpcService *service, const char *uri, const char *uuid)
{
    vpcSnapshot *snap = testSnapshotOf(service, uri);
    const vpcVMRecord *found;
    vpcVMRecord rec;

    found = vpcSnapshotFindVM(snap, uri, uuid, 0);
    assert_non_null(found);
    rec = *found;
    rec.name = NULL;
    vpcSnapshotFree(snap);
    return rec;
}

static vpcVMRecord
recordOf(const char *uri, const char *uuid)
{
    return recordIn(svc, uri, uuid);
}

/* A service whose actions wait actionDelayMs first, so that a running task
 * can be observed, and whose polls take pollDelayMs longer, so that one is
 * under way when a task ends; it already knows test:///default and 'dom',
 * whose UUID it writes to 'uuid'. */
static vpcService *
newDelayedService(int actionDelayMs, int pollDelayMs, virDomainPtr dom, char *uuid)
{
    vpcConfig config;
    vpcService *service;

    assert_non_null(dom);
    assert_int_equal(virDomainGetUUIDString(dom, uuid), 0);
    vpcConfigInit(&config);
    config.test.actionDelayMs = actionDelayMs;
    config.test.pollDelayMs = pollDelayMs;
    service = vpcServiceNew(&config);
    assert_non_null(service);
    recordIn(service, "test:///default", uuid);
    return service;
}

static int
startActionIn(vpcService *service, const char *uuid, vpcAction action, vpcTaskId *id,
              vpcError *err)
{
    return vpcServiceStartAction(service, "test:///default", uuid, action, id, err);
}

#define assert_state_in(service, uuid, expected) \
    assert_int_equal(recordIn(service, "test:///default", uuid).state, expected)

/* Runs an action to completion; returns the task's final status. */
static vpcTaskStatus
runActionIn(vpcService *service, const char *uri, const char *uuid, vpcAction action)
{
    vpcTaskStatus status;
    vpcTaskId id;
    vpcError err;
    int i;

    assert_int_equal(vpcServiceStartAction(service, uri, uuid, action, &id, &err), 0);
    assert_true(id > 0);
    for (i = 0; i < 3; i++) {
        assert_int_equal(vpcServiceTaskStatus(service, id, VPC_TASK_WAIT_MAX_MS, &status, &err), 0);
        if (status.complete)
            break;
    }
    assert_true(status.complete);
    assert_int_equal(status.percent, 100);
    assert_int_equal(status.action, action);
    return status;
}

static vpcTaskStatus
runAction(const char *uri, const char *uuid, vpcAction action)
{
    return runActionIn(svc, uri, uuid, action);
}

static vpcErrorCode
refusedAction(const char *uri, const char *uuid, vpcAction action)
{
    vpcTaskId id = 12345;
    vpcError err;

    assert_int_equal(vpcServiceStartAction(svc, uri, uuid, action, &id, &err), -1);
    assert_int_equal(id, 0);
    assert_string_equal(err.host, uri);
    return err.code;
}

static void
test_state_checks_are_immediate(void **state)
{
    vpcError err;

    /* WEB01 runs, XP-TEST is off, BUILD01 is paused (see examples/lab.xml). */
    assert_int_equal(refusedAction(LAB_URI, WEB01_UUID, VPC_ACTION_STARTUP), VPC_ERR_VM_RUNNING);
    assert_int_equal(refusedAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_TURN_OFF),
                     VPC_ERR_VM_NOT_RUNNING);
    assert_int_equal(refusedAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_SAVE), VPC_ERR_VM_NOT_RUNNING);
    assert_int_equal(refusedAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_RESET), VPC_ERR_VM_NOT_RUNNING);
    assert_int_equal(refusedAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_PAUSE), VPC_ERR_VM_NOT_RUNNING);
    assert_int_equal(refusedAction(LAB_URI, BUILD01_UUID, VPC_ACTION_PAUSE), VPC_ERR_WRONG_STATE);
    assert_int_equal(refusedAction(LAB_URI, WEB01_UUID, VPC_ACTION_RESUME), VPC_ERR_WRONG_STATE);
    assert_int_equal(refusedAction(LAB_URI, WEB01_UUID, VPC_ACTION_DISCARD_SAVED_STATE),
                     VPC_ERR_VM_RUNNING);
    assert_int_equal(refusedAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_DISCARD_SAVED_STATE),
                     VPC_ERR_VM_NO_SAVED_STATE);
    assert_int_equal(refusedAction(LAB_URI, "00000000-0000-0000-0000-000000000000",
                                   VPC_ACTION_STARTUP), VPC_ERR_VM_UNKNOWN);
    assert_int_equal(vpcServiceTaskStatus(svc, 999999, 0, &(vpcTaskStatus){ 0 }, &err), -1);
    /* No host was asked: the error must not name one. */
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    assert_string_equal(err.host, "");
}

static void
test_lifecycle_of_a_lab_vm(void **state)
{
    vpcTaskStatus status;
    vpcVMRecord rec;

    /* A file-based test host: writes go through a read-write connection,
     * which then serves the reads too (each connection has its own copy). */
    status = runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_STARTUP);
    assert_int_equal(status.error.code, VPC_OK);
    assert_string_equal(status.vm, "XP-TEST");
    rec = recordOf(LAB_URI, XP_TEST_UUID);
    assert_int_equal(rec.state, VPC_VM_STATE_RUNNING);
    assert_true(rec.running);

    sleep(2);
    rec = recordOf(LAB_URI, XP_TEST_UUID);
    /* 1 NIC × 50 000 B/s × 2 s since power-up, the sample up to 0.5 s old */
    assert_in_range(rec.counters.netTx, 75000, 110000);
    assert_in_range(rec.uptimeSeconds, 1, 2);
    assert_int_equal(rec.cpuUtilization, 100);

    status = runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_PAUSE);
    assert_int_equal(status.error.code, VPC_OK);
    assert_int_equal(recordOf(LAB_URI, XP_TEST_UUID).state, VPC_VM_STATE_PAUSED);
    status = runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_RESUME);
    assert_int_equal(status.error.code, VPC_OK);
    assert_int_equal(recordOf(LAB_URI, XP_TEST_UUID).state, VPC_VM_STATE_RUNNING);

    /* Reset: the test driver sends no REBOOT event; our own Reset restarts
     * the accounts anyway. */
    status = runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_RESET);
    assert_int_equal(status.error.code, VPC_OK);
    usleep(600000);
    rec = recordOf(LAB_URI, XP_TEST_UUID);
    assert_in_range(rec.counters.netTx, 0, 40000);
    assert_int_equal(rec.uptimeSeconds, 0);

    /* Save: Saved, counters zero; Startup restores, counting from 0 again. */
    status = runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_SAVE);
    assert_int_equal(status.error.code, VPC_OK);
    rec = recordOf(LAB_URI, XP_TEST_UUID);
    assert_int_equal(rec.state, VPC_VM_STATE_SAVED);
    assert_false(rec.running);
    assert_int_equal(rec.counters.netTx, 0);

    status = runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_STARTUP);
    assert_int_equal(status.error.code, VPC_OK);
    sleep(1);
    rec = recordOf(LAB_URI, XP_TEST_UUID);
    assert_int_equal(rec.state, VPC_VM_STATE_RUNNING);
    /* 1 s, less the 0.5 s a sample may be older and the event's latency */
    assert_in_range(rec.counters.netTx, 22500, 60000);

    /* Save again, then throw the saved state away. */
    assert_int_equal(runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_SAVE).error.code, VPC_OK);
    assert_int_equal(runAction(LAB_URI, XP_TEST_UUID, VPC_ACTION_DISCARD_SAVED_STATE).error.code,
                     VPC_OK);
    assert_int_equal(recordOf(LAB_URI, XP_TEST_UUID).state, VPC_VM_STATE_TURNED_OFF);
}

static void
test_transitional_state_while_a_task_runs(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-slow", 1, 1, 1);
    vpcService *slow;
    vpcTaskStatus status;
    char uuid[VIR_UUID_STRING_BUFLEN];
    vpcTaskId id;
    vpcError err;

    slow = newDelayedService(800, 0, dom, uuid);

    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_STARTUP, &id, &err), 0);
    assert_int_equal(vpcServiceTaskStatus(slow, id, 0, &status, &err), 0);
    assert_false(status.complete);
    assert_int_equal(status.percent, 0);
    assert_state_in(slow, uuid, VPC_VM_STATE_TURNING_ON);
    /* a second action on a busy VM is refused */
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_TURN_OFF, &id, &err), -1);
    assert_int_equal(err.code, VPC_ERR_BUSY);
    assert_true(vpcServiceAnyRunning(slow));

    sleep(1);
    assert_state_in(slow, uuid, VPC_VM_STATE_RUNNING);

    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_SAVE, &id, &err), 0);
    assert_state_in(slow, uuid, VPC_VM_STATE_SAVING);
    sleep(1);

    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_STARTUP, &id, &err), 0);
    assert_state_in(slow, uuid, VPC_VM_STATE_RESTORING);
    sleep(1);

    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_TURN_OFF, &id, &err), 0);
    assert_state_in(slow, uuid, VPC_VM_STATE_TURNING_OFF);

    /* Another backend (the shared service here) never ran this task, though
     * it may have a task with the same number: it says the task's backend is
     * gone, naming no host. */
    assert_int_equal(vpcServiceTaskStatus(svc, id, 0, &status, &err), -1);
    assert_int_equal(err.code, VPC_ERR_BACKEND);
    assert_string_equal(err.host, "");
    assert_non_null(strstr(err.detail, "exited"));
    assert_int_equal(vpcServiceTaskStatus(slow, id, 0, &status, &err), 0);

    /* Asked to wait, the service answers when the task completes. */
    assert_int_equal(vpcServiceTaskStatus(slow, id, VPC_TASK_WAIT_MAX_MS, &status, &err), 0);
    assert_true(status.complete);
    assert_int_equal(status.error.code, VPC_OK);
    assert_state_in(slow, uuid, VPC_VM_STATE_TURNED_OFF);

    vpcServiceFree(slow);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

/* IVMVirtualServer::Tasks: the tasks under way, read from the service and
 * through a backend (the request's encoding), gone once complete. */
static void
test_running_tasks_are_listed(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-listed", 1, 1, 1);
    vpcBackend *backend;
    vpcService *slow;
    vpcTaskStatus status, *tasks;
    char uuid[VIR_UUID_STRING_BUFLEN];
    size_t count;
    vpcTaskId id;
    vpcError err;

    slow = newDelayedService(800, 0, dom, uuid);
    backend = vpcBackendNewLocal(slow);
    assert_non_null(backend);

    assert_int_equal(vpcServiceListTasks(slow, &tasks, &count, &err), 0);
    assert_null(tasks);
    assert_int_equal(count, 0);

    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_STARTUP, &id, &err), 0);
    assert_int_equal(vpcServiceListTasks(slow, &tasks, &count, &err), 0);
    assert_int_equal(count, 1);
    assert_true(tasks[0].id == id);
    assert_int_equal(tasks[0].action, VPC_ACTION_STARTUP);
    assert_false(tasks[0].complete);
    assert_int_equal(tasks[0].percent, 0);
    assert_string_equal(tasks[0].vm, "acct-listed");
    free(tasks);

    assert_int_equal(vpcBackendListTasks(backend, &tasks, &count, &err), 0);
    assert_int_equal(count, 1);
    assert_true(tasks[0].id == id);
    assert_int_equal(tasks[0].action, VPC_ACTION_STARTUP);
    assert_false(tasks[0].complete);
    assert_string_equal(tasks[0].vm, "acct-listed");
    free(tasks);

    /* Another service never ran it. */
    assert_int_equal(vpcServiceListTasks(svc, &tasks, &count, &err), 0);
    assert_int_equal(count, 0);

    assert_int_equal(vpcServiceTaskStatus(slow, id, VPC_TASK_WAIT_MAX_MS, &status, &err), 0);
    assert_true(status.complete);
    assert_int_equal(vpcBackendListTasks(backend, &tasks, &count, &err), 0);
    assert_null(tasks);
    assert_int_equal(count, 0);

    /* The task is still there for its own status. */
    assert_int_equal(vpcServiceTaskStatus(slow, id, 0, &status, &err), 0);
    assert_true(status.complete);

    vpcBackendFree(backend);
    vpcServiceFree(slow);
    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static void
test_failed_libvirt_call_is_the_task_error(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-vanishing", 1, 1, 1);
    vpcService *slow;
    vpcTaskStatus status;
    char uuid[VIR_UUID_STRING_BUFLEN];
    vpcTaskId id;
    vpcError err;

    slow = newDelayedService(500, 0, dom, uuid);

    /* The VM disappears between the state check and the libvirt call. */
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_STARTUP, &id, &err), 0);
    assert_int_equal(virDomainUndefine(dom), 0);
    sleep(1);
    assert_int_equal(vpcServiceTaskStatus(slow, id, 0, &status, &err), 0);
    assert_true(status.complete);
    assert_int_equal(status.error.code, VPC_ERR_VM_UNKNOWN);
    assert_string_equal(status.error.host, "test:///default");

    vpcServiceFree(slow);
    virDomainFree(dom);
}

/* The monitor is almost always polling here (each poll takes longer than
 * the interval), so actions end while a poll begun before them is under
 * way: that poll must not answer the next question. */
static void
test_a_finished_action_is_seen_despite_a_poll_under_way(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-slow-host", 1, 1, 1);
    char uuid[VIR_UUID_STRING_BUFLEN];
    vpcService *slowHost;

    slowHost = newDelayedService(0, 1200, dom, uuid);
    assert_state_in(slowHost, uuid, VPC_VM_STATE_TURNED_OFF);

    assert_int_equal(runActionIn(slowHost, "test:///default", uuid, VPC_ACTION_STARTUP).error.code,
                     VPC_OK);
    assert_state_in(slowHost, uuid, VPC_VM_STATE_RUNNING);
    assert_int_equal(runActionIn(slowHost, "test:///default", uuid, VPC_ACTION_TURN_OFF).error.code,
                     VPC_OK);
    assert_state_in(slowHost, uuid, VPC_VM_STATE_TURNED_OFF);

    vpcServiceFree(slowHost);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

static int
latestStateIn(vpcService *service, const char *uuid)
{
    vpcSnapshot *snap = testSnapshotFrom(service, "test:///default", VPC_FRESH_LATEST);
    const vpcVMRecord *found = vpcSnapshotFindVM(snap, "test:///default", uuid, 0);
    int vmState;

    assert_non_null(found);
    vmState = found->state;
    vpcSnapshotFree(snap);
    return vmState;
}

/* Someone else starts and pauses the domain while a poll that read it
 * before is under way (each poll takes 1.5 s here): once the events have
 * said so, that poll must not put the old state back when it ends. */
static void
test_an_event_is_not_undone_by_an_older_poll(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-event-vs-poll", 1, 1, 1);
    char uuid[VIR_UUID_STRING_BUFLEN];
    vpcService *slowHost;
    int i;

    slowHost = newDelayedService(0, 1500, dom, uuid);
    assert_int_equal(latestStateIn(slowHost, uuid), VPC_VM_STATE_TURNED_OFF);
    assert_int_equal(virDomainCreate(dom), 0);
    for (i = 0; i < 50 && latestStateIn(slowHost, uuid) != VPC_VM_STATE_RUNNING; i++)
        usleep(20000);
    assert_int_equal(latestStateIn(slowHost, uuid), VPC_VM_STATE_RUNNING);
    assert_int_equal(virDomainSuspend(dom), 0);
    for (i = 0; i < 50 && latestStateIn(slowHost, uuid) != VPC_VM_STATE_PAUSED; i++)
        usleep(20000);
    /* Longer than a poll: the one under way ends meanwhile. */
    for (i = 0; i < 20; i++) {
        assert_int_equal(latestStateIn(slowHost, uuid), VPC_VM_STATE_PAUSED);
        usleep(100000);
    }

    vpcServiceFree(slowHost);
    virDomainDestroy(dom);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

/* Guest shutdown and restart: refused when off; a shutdown task ends with
 * the domain off; while it is pending, TurnOff may take over (the scripts'
 * fallback), other actions may not. */
static void
test_guest_shutdown_and_restart(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "acct-guest", 1, 1, 1);
    char uuid[VIR_UUID_STRING_BUFLEN];
    vpcTaskStatus status;
    vpcService *slow;
    vpcTaskId id;
    vpcError err;
    int domState, reason;

    slow = newDelayedService(500, 0, dom, uuid);
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_SHUTDOWN, &id, &err), -1);
    assert_int_equal(err.code, VPC_ERR_VM_NOT_RUNNING);
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_RESTART, &id, &err), -1);
    assert_int_equal(err.code, VPC_ERR_VM_NOT_RUNNING);

    assert_int_equal(runActionIn(slow, "test:///default", uuid, VPC_ACTION_STARTUP).error.code,
                     VPC_OK);
    status = runActionIn(slow, "test:///default", uuid, VPC_ACTION_RESTART);
    assert_int_equal(status.error.code, VPC_OK);
    assert_string_equal(vpcActionName(status.action), "Restart");
    assert_int_equal(virDomainGetState(dom, &domState, &reason, 0), 0);
    assert_int_equal(domState, VIR_DOMAIN_RUNNING);
    assert_state_in(slow, uuid, VPC_VM_STATE_RUNNING);

    status = runActionIn(slow, "test:///default", uuid, VPC_ACTION_SHUTDOWN);
    assert_int_equal(status.error.code, VPC_OK);
    assert_int_equal(virDomainGetState(dom, &domState, &reason, 0), 0);
    assert_int_equal(domState, VIR_DOMAIN_SHUTOFF);
    assert_state_in(slow, uuid, VPC_VM_STATE_TURNED_OFF);

    /* Pending shutdown: Turning Off; Startup is busy, TurnOff is taken. */
    assert_int_equal(runActionIn(slow, "test:///default", uuid, VPC_ACTION_STARTUP).error.code,
                     VPC_OK);
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_SHUTDOWN, &id, &err), 0);
    assert_state_in(slow, uuid, VPC_VM_STATE_TURNING_OFF);
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_STARTUP, &id, &err), -1);
    assert_int_equal(err.code, VPC_ERR_BUSY);
    assert_int_equal(startActionIn(slow, uuid, VPC_ACTION_TURN_OFF, &id, &err), 0);
    assert_int_equal(vpcServiceTaskStatus(slow, id, VPC_TASK_WAIT_MAX_MS, &status, &err), 0);
    assert_true(status.complete);
    sleep(1);
    assert_int_equal(virDomainGetState(dom, &domState, &reason, 0), 0);
    assert_int_equal(domState, VIR_DOMAIN_SHUTOFF);
    assert_state_in(slow, uuid, VPC_VM_STATE_TURNED_OFF);

    vpcServiceFree(slow);
    virDomainUndefine(dom);
    virDomainFree(dom);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_state_checks_are_immediate),
        cmocka_unit_test(test_lifecycle_of_a_lab_vm),
        cmocka_unit_test(test_transitional_state_while_a_task_runs),
        cmocka_unit_test(test_running_tasks_are_listed),
        cmocka_unit_test(test_failed_libvirt_call_is_the_task_error),
        cmocka_unit_test(test_a_finished_action_is_seen_despite_a_poll_under_way),
        cmocka_unit_test(test_an_event_is_not_undone_by_an_older_poll),
        cmocka_unit_test(test_guest_shutdown_and_restart),
    };

    return cmocka_run_group_tests_name("actions", tests, testServiceSetup, testServiceTeardown);
}
