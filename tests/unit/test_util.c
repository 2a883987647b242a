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

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_host_list_separators_and_blanks),
        cmocka_unit_test(test_uri_sanitize_hides_credentials),
        cmocka_unit_test(test_host_names),
        cmocka_unit_test(test_scrub_secrets_from_messages),
        cmocka_unit_test(test_error_records_name_the_host),
    };

    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
