/*
 * Unit tests of host lists, URI sanitizing and error records.
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
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "vpccore.h"

static void
test_host_list_separators_and_blanks(void **state)
{
    vpcHostList list = { 0 };

    assert_int_equal(vpcHostListParse(&list, " test:///default ,\nqemu+ssh://a/system\n\n,"
                                             "qemu:///system,test:///default"), 0);
    assert_int_equal(list.nhosts, 3);
    assert_string_equal(list.uris[0], "test:///default");
    assert_string_equal(list.uris[1], "qemu+ssh://a/system");
    assert_string_equal(list.uris[2], "qemu:///system");
    vpcHostListClear(&list);
    assert_int_equal(list.nhosts, 0);

    assert_null(list.labels);

    /* named entries */
    assert_int_equal(vpcHostListParse(&list, "node-a=qemu+ssh://admin@a.example/system,"
                                             "qemu+tcp://b.example:16509/system?x=a=b"), 0);
    assert_int_equal(list.nhosts, 2);
    assert_string_equal(list.labels[0], "node-a");
    assert_string_equal(list.uris[0], "qemu+ssh://admin@a.example/system");
    assert_null(list.labels[1]);
    assert_string_equal(list.uris[1], "qemu+tcp://b.example:16509/system?x=a=b");
    vpcHostListClear(&list);

    assert_int_equal(vpcHostListParse(&list, ""), 0);
    assert_int_equal(list.nhosts, 0);
    assert_int_equal(vpcHostListParse(&list, NULL), 0);
    assert_int_equal(list.nhosts, 0);
}

static void
check_sanitized(const char *uri, const char *expected)
{
    char *out = vpcUriSanitize(uri);

    assert_non_null(out);
    assert_string_equal(out, expected);
    free(out);
}

static void
test_uri_sanitize_hides_credentials(void **state)
{
    check_sanitized("qemu:///system", "qemu:///system");
    check_sanitized("test:///default", "test:///default");
    check_sanitized("qemu+ssh://admin@host/system", "qemu+ssh://admin@host/system");
    check_sanitized("qemu+ssh://admin:s3cr3t@host/system", "qemu+ssh://admin:***@host/system");
    check_sanitized("qemu+tcp://h:16509/system?password=hunter2&no_verify=1",
                    "qemu+tcp://h:16509/system?password=***&no_verify=1");
    check_sanitized("qemu+libssh2://u@h/system?known_hosts=/k&passphrase=xyzzy",
                    "qemu+libssh2://u@h/system?known_hosts=/k&passphrase=***");
    check_sanitized("", "");
}

static void
check_host_name(const char *label, const char *uri, const char *expected)
{
    char *name = vpcHostName(label, uri);

    assert_string_equal(name, expected);
    free(name);
}

static void
test_host_names(void **state)
{
    check_host_name("node2", "qemu+ssh://n2.example/system", "node2");
    check_host_name(NULL, "qemu+ssh://admin:pw@n2.example:2222/system", "n2.example");
    check_host_name(NULL, "qemu+tcp://10.0.0.5/system", "10.0.0.5");
    check_host_name(NULL, "test:///tmp/lab.xml", "test:///tmp/lab.xml");
    check_host_name(NULL, "test+unix:///default?socket=/s&password=x", "test+unix:///default?socket=/s&password=***");
    check_host_name("", "qemu:///system", "qemu:///system");
}

static void
test_scrub_secrets_from_messages(void **state)
{
    char msg[256];

    strcpy(msg, "Cannot recv data: ssh: admin:s3cr3t@host: Could not resolve s3cr3t");
    vpcScrubSecrets(msg, "qemu+ssh://admin:s3cr3t@host/system");
    assert_null(strstr(msg, "s3cr3t"));
    assert_non_null(strstr(msg, "admin:***@host"));

    strcpy(msg, "auth failed for password=hunter2");
    vpcScrubSecrets(msg, "qemu+tcp://h/system?password=hunter2");
    assert_string_equal(msg, "auth failed for password=***");

    strcpy(msg, "unchanged");
    vpcScrubSecrets(msg, "qemu:///system");
    assert_string_equal(msg, "unchanged");
}

static void
test_error_records_name_the_host(void **state)
{
    vpcError err;

    vpcErrorSet(&err, VPC_ERR_HOST_TIMEOUT, "qemu+ssh://h/system", "WEB01",
                "no answer within %d s", 5);
    assert_int_equal(err.code, VPC_ERR_HOST_TIMEOUT);
    assert_string_equal(err.host, "qemu+ssh://h/system");
    assert_string_equal(err.vm, "WEB01");
    assert_string_equal(err.detail, "no answer within 5 s");
    assert_string_equal(vpcErrorCodeName(err.code), "host timeout");

    vpcErrorClear(&err);
    assert_int_equal(err.code, VPC_OK);
    assert_string_equal(err.host, "");
    assert_string_equal(vpcErrorCodeName(VPC_ERR_LAST), "unknown error");
}

/* A name longer than the record holds is cut on a whole character: 600
 * "é" (2 bytes each), 600 "€" (3) and 600 "😀" (4) never leave a partial
 * sequence at the end. */
static void
test_error_records_cut_on_whole_characters(void **state)
{
    static const char *chars[] = { "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80" };
    char name[600 * 4 + 1];
    vpcError err;
    size_t i, j, len, width;

    for (i = 0; i < 3; i++) {
        width = strlen(chars[i]);
        name[0] = '\0';
        for (j = 0; j < 600; j++)
            strcat(name, chars[i]);
        vpcErrorSet(&err, VPC_ERR_VM_UNKNOWN, "test:///default", name, "%s", name);
        len = strlen(err.vm);
        assert_true(len > 0 && len < sizeof(err.vm));
        assert_int_equal(len % width, 0);
        assert_true(len + width >= sizeof(err.vm));
        assert_memory_equal(err.vm, name, len);
        assert_int_equal(strlen(err.detail) % width, 0);
    }
    /* What fits is kept as it is. */
    vpcErrorSet(&err, VPC_ERR_VM_UNKNOWN, "test:///default", "\xc3\xa9t\xc3\xa9", NULL);
    assert_string_equal(err.vm, "\xc3\xa9t\xc3\xa9");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_host_list_separators_and_blanks),
        cmocka_unit_test(test_uri_sanitize_hides_credentials),
        cmocka_unit_test(test_host_names),
        cmocka_unit_test(test_scrub_secrets_from_messages),
        cmocka_unit_test(test_error_records_name_the_host),
        cmocka_unit_test(test_error_records_cut_on_whole_characters),
    };

    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
