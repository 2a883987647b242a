/*
 * Unit tests of the accounting kept across backends (accountstore.c): an
 * account comes back whole for the same run, never for another, and a
 * file that is corrupt, cut, foreign or from another boot is ignored.
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

#include "vpccore_private.h"

#define HOST "qemu+ssh://admin:hunter2@node1/system"
#define UUID "7e57c0de-0000-4000-8000-000000000001"

static char logged[4096];

static void
keepLog(vpcLogLevel level, const char *message)
{
    (void)level;
    snprintf(logged + strlen(logged), sizeof(logged) - strlen(logged), "%s\n", message);
}

typedef struct {
    char dir[64];
    char path[128];
} storeFixture;

static int
setupDir(void **state)
{
    storeFixture *f = calloc(1, sizeof(*f));

    snprintf(f->dir, sizeof(f->dir), "/tmp/vpc-store-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->path, sizeof(f->path), "%s/accounting", f->dir);
    logged[0] = 0;
    vpcSetLogFunc(keepLog);
    *state = f;
    return 0;
}

static int
teardownDir(void **state)
{
    storeFixture *f = *state;
    char tmp[160];

    unlink(f->path);
    snprintf(tmp, sizeof(tmp), "%s.tmp", f->path);
    unlink(tmp);
    rmdir(f->dir);
    free(f);
    vpcSetLogFunc(NULL);
    return 0;
}

/* A run 42 s old, paused for a while, with counters and some history. */
static vpcAccountReport
sampleReport(void)
{
    int64_t now = vpcNowMonotonicMs();
    vpcAccountReport r;
    int i;

    memset(&r, 0, sizeof(r));
    snprintf(r.uuid, sizeof(r.uuid), "%s", UUID);
    r.run.domainId = 7;
    r.run.processStartMs = 1700000000000LL;
    vpcAccountInit(&r.account);
    vpcAccountStarted(&r.account, VPC_POWER_RUNNING, now - 42000, true);
    r.account.uptimeAccruedMs = 5000;
    r.account.baseline.netRx = 1000;
    r.account.current.netRx = 123456789012ULL;
    r.account.current.diskWritten = 77;
    r.account.netBaselinePending = r.account.diskBaselinePending = false;
    r.account.haveCounters = true;
    r.account.haveCpuTime = true;
    r.account.cpuSampleUs = (now - 500) * 1000;
    r.account.cpuTimeNs = 987654321;
    r.account.cpuUtilization = 33;
    r.account.historyNewestSecond = now / 1000;
    for (i = 0; i < VPC_HISTORY_SECONDS; i++)
        r.account.history[i] = (unsigned char)(i % 101);
    return r;
}

static void
writeStore(const char *path, const vpcAccountReport *r)
{
    vpcAccountStore *store = vpcAccountStoreOpen(path);

    assert_non_null(store);
    assert_int_equal(vpcAccountStoreUpdateHost(store, HOST, r, 1, true), 0);
    vpcAccountStoreFree(store);
}

static void
test_same_run_gets_the_account_back_exactly(void **state)
{
    storeFixture *f = *state;
    vpcAccountReport r = sampleReport();
    vpcAccountStore *store;
    vpcAccount back;
    char text[4096];
    FILE *file;
    size_t len;

    r.account.runKnownSinceUs = r.account.cpuSampleUs;     /* a reset it learned of */
    writeStore(f->path, &r);
    /* No credential of the URI in the file. */
    assert_non_null(file = fopen(f->path, "r"));
    len = fread(text, 1, sizeof(text) - 1, file);
    text[len] = 0;
    fclose(file);
    assert_null(strstr(text, "hunter2"));
    assert_null(strstr(text, "node1"));

    store = vpcAccountStoreOpen(f->path);
    assert_true(vpcAccountStoreTake(store, HOST, UUID, &r.run, &back));
    /* When the old backend learned of a reset is not kept: every sample
     * of the new one is read after that. */
    assert_int_equal(back.runKnownSinceUs, 0);
    r.account.runKnownSinceUs = 0;
    assert_memory_equal(&back, &r.account, sizeof(back));
    /* Used up: a second domain of that UUID does not get it again. */
    assert_false(vpcAccountStoreTake(store, HOST, UUID, &r.run, &back));
    vpcAccountStoreFree(store);
}

static void
test_another_run_or_host_starts_afresh(void **state)
{
    storeFixture *f = *state;
    vpcAccountReport r = sampleReport();
    vpcAccountRun other = r.run;
    vpcAccountStore *store;
    vpcAccount back;

    writeStore(f->path, &r);
    store = vpcAccountStoreOpen(f->path);
    assert_false(vpcAccountStoreTake(store, "qemu+ssh://node2/system", UUID, &r.run, &back));
    other.domainId = 8;
    assert_false(vpcAccountStoreTake(store, HOST, UUID, &other, &back));
    vpcAccountStoreFree(store);

    /* Same id, another QEMU process (the id counter restarted). */
    store = vpcAccountStoreOpen(f->path);
    other = r.run;
    other.processStartMs += 60000;
    assert_false(vpcAccountStoreTake(store, HOST, UUID, &other, &back));
    vpcAccountStoreFree(store);

    /* A process start unknown on one side: the id decides. */
    store = vpcAccountStoreOpen(f->path);
    other = r.run;
    other.processStartMs = 0;
    assert_true(vpcAccountStoreTake(store, HOST, UUID, &other, &back));
    vpcAccountStoreFree(store);
}

/* Rewrites the file with 'edit' applied to its text, then opens it. */
static void
assertIgnoredAfter(storeFixture *f, void (*edit)(char *text), const char *why)
{
    vpcAccountReport r = sampleReport();
    vpcAccountStore *store;
    vpcAccount back;
    char text[4096];
    FILE *file;
    size_t len;

    writeStore(f->path, &r);
    assert_non_null(file = fopen(f->path, "r"));
    len = fread(text, 1, sizeof(text) - 1, file);
    text[len] = 0;
    fclose(file);
    edit(text);
    assert_non_null(file = fopen(f->path, "w"));
    fputs(text, file);
    fclose(file);

    logged[0] = 0;
    store = vpcAccountStoreOpen(f->path);
    assert_non_null(store);
    assert_false(vpcAccountStoreTake(store, HOST, UUID, &r.run, &back));
    vpcAccountStoreFree(store);
    if (!strstr(logged, why))
        fail_msg("expected \"%s\" in the trace, got: %s", why, logged);
    assert_non_null(strstr(logged, "ignored"));
}

static void cutAtEnd(char *text) { *strstr(text, "end ") = 0; }
static void otherBoot(char *text) { strstr(text, "boot ")[5] ^= 1; }
static void otherMagic(char *text) { memcpy(text, "something else       ", 21); }
static void badNumber(char *text) { strchr(strstr(text, "vm "), '\n')[-2] = 'z'; }
static void futureTime(char *text)
{
    /* runningSinceMs, the last field of the vm line: far ahead. */
    char *line = strstr(text, "vm "), *nl = strchr(line, '\n'), *last = nl;

    while (last[-1] != ' ')
        last--;
    memmove(last + 14, nl, strlen(nl) + 1);
    memcpy(last, "99999999999999", 14);
}
static void historyOver100(char *text)
{
    char *line = strstr(text, "vm "), *p = line, *field = NULL;
    int spaces = 0;

    /* The history is the 23rd value after "vm": 23 spaces before it. */
    for (; *p && spaces < 23; p++)
        if (*p == ' ' && ++spaces == 23)
            field = p + 1;
    assert_int_equal(strcspn(field, " "), 2 * VPC_HISTORY_SECONDS);
    assert_non_null(field);
    memcpy(field, "ff", 2);
}

static void
test_corrupt_or_foreign_files_are_ignored(void **state)
{
    storeFixture *f = *state;

    assertIgnoredAfter(f, cutAtEnd, "incomplete");
    assertIgnoredAfter(f, otherBoot, "booted");
    assertIgnoredAfter(f, otherMagic, "not a wine-vpc accounting state");
    assertIgnoredAfter(f, badNumber, "does not parse");
    assertIgnoredAfter(f, futureTime, "does not parse");
    assertIgnoredAfter(f, historyOver100, "does not parse");
}

static void
test_other_hosts_are_kept_until_their_host_reports(void **state)
{
    storeFixture *f = *state;
    vpcAccountReport r = sampleReport(), r2 = sampleReport();
    vpcAccountStore *store;
    vpcAccount back;

    store = vpcAccountStoreOpen(f->path);
    assert_int_equal(vpcAccountStoreUpdateHost(store, HOST, &r, 1, true), 0);
    r2.run.domainId = 3;
    assert_int_equal(vpcAccountStoreUpdateHost(store, "test+unix:///default", &r2, 1, true), 0);
    /* The first host reports no domains now: its account goes. */
    assert_int_equal(vpcAccountStoreUpdateHost(store, HOST, NULL, 0, true), 0);
    vpcAccountStoreFree(store);

    store = vpcAccountStoreOpen(f->path);
    assert_false(vpcAccountStoreTake(store, HOST, UUID, &r.run, &back));
    assert_true(vpcAccountStoreTake(store, "test+unix:///default", UUID, &r2.run, &back));
    assert_int_equal(back.current.netRx, r2.account.current.netRx);
    vpcAccountStoreFree(store);
}

static void
test_no_path_keeps_nothing(void **state)
{
    vpcAccountReport r = sampleReport();
    vpcAccount back;

    (void)state;
    assert_null(vpcAccountStoreOpen(NULL));
    assert_null(vpcAccountStoreOpen(""));
    assert_false(vpcAccountStoreTake(NULL, HOST, UUID, &r.run, &back));
    assert_int_equal(vpcAccountStoreUpdateHost(NULL, HOST, &r, 1, true), 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_same_run_gets_the_account_back_exactly, setupDir,
                                        teardownDir),
        cmocka_unit_test_setup_teardown(test_another_run_or_host_starts_afresh, setupDir,
                                        teardownDir),
        cmocka_unit_test_setup_teardown(test_corrupt_or_foreign_files_are_ignored, setupDir,
                                        teardownDir),
        cmocka_unit_test_setup_teardown(test_other_hosts_are_kept_until_their_host_reports,
                                        setupDir, teardownDir),
        cmocka_unit_test(test_no_path_keeps_nothing),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
