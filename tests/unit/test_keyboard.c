/*
 * IVMKeyboard's keys: every key identifier of Microsoft's reference and
 * every ASCII character, as the exact libvirt "linux" key codes sent, and
 * sending them through the service to the test driver (which checks each
 * code against the code set, and records nothing else).
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
#include "vpcproto.h"

/* The codes are the Linux input layer's, written out here as numbers so
 * that a wrong KEY_* name in the table cannot hide behind itself. */
static const struct {
    const char *name;
    int code;
} expected[] = {
    { "Key_Escape", 1 }, { "Key_F1", 59 }, { "Key_F2", 60 }, { "Key_F3", 61 }, { "Key_F4", 62 },
    { "Key_F5", 63 }, { "Key_F6", 64 }, { "Key_F7", 65 }, { "Key_F8", 66 }, { "Key_F9", 67 },
    { "Key_F10", 68 }, { "Key_F11", 87 }, { "Key_F12", 88 }, { "Key_SysReq", 99 },
    { "Key_ScrollLock", 70 }, { "Key_Break", 119 },
    { "Key_LeftApostrophe", 41 }, { "Key_1", 2 }, { "Key_2", 3 }, { "Key_3", 4 }, { "Key_4", 5 },
    { "Key_5", 6 }, { "Key_6", 7 }, { "Key_7", 8 }, { "Key_8", 9 }, { "Key_9", 10 },
    { "Key_0", 11 }, { "Key_Hyphen", 12 }, { "Key_Equals", 13 }, { "Key_Backspace", 14 },
    { "Key_Insert", 110 }, { "Key_Home", 102 }, { "Key_PageUp", 104 }, { "Key_NumLock", 69 },
    { "KeyPad_Divide", 98 }, { "KeyPad_Multiply", 55 }, { "KeyPad_Minus", 74 },
    { "Key_Tab", 15 }, { "Key_Q", 16 }, { "Key_W", 17 }, { "Key_E", 18 }, { "Key_R", 19 },
    { "Key_T", 20 }, { "Key_Y", 21 }, { "Key_U", 22 }, { "Key_I", 23 }, { "Key_O", 24 },
    { "Key_P", 25 }, { "Key_LeftBracket", 26 }, { "Key_RightBracket", 27 },
    { "Key_Backslash", 43 }, { "Key_Delete", 111 }, { "Key_End", 107 }, { "Key_PageDown", 109 },
    { "KeyPad_7", 71 }, { "KeyPad_8", 72 }, { "KeyPad_9", 73 }, { "KeyPad_Plus", 78 },
    { "Key_CapsLock", 58 }, { "Key_A", 30 }, { "Key_S", 31 }, { "Key_D", 32 }, { "Key_F", 33 },
    { "Key_G", 34 }, { "Key_H", 35 }, { "Key_J", 36 }, { "Key_K", 37 }, { "Key_L", 38 },
    { "Key_SemiColon", 39 }, { "Key_SingleQuote", 40 }, { "Key_Enter", 28 },
    { "KeyPad_4", 75 }, { "KeyPad_5", 76 }, { "KeyPad_6", 77 },
    { "Key_LeftShift", 42 }, { "Key_Z", 44 }, { "Key_X", 45 }, { "Key_C", 46 }, { "Key_V", 47 },
    { "Key_B", 48 }, { "Key_N", 49 }, { "Key_M", 50 }, { "Key_Comma", 51 }, { "Key_Period", 52 },
    { "Key_Slash", 53 }, { "Key_RightShift", 54 }, { "Key_Up", 103 },
    { "KeyPad_1", 79 }, { "KeyPad_2", 80 }, { "KeyPad_3", 81 }, { "KeyPad_Enter", 96 },
    { "Key_LeftCtrl", 29 }, { "Key_LeftWindows", 125 }, { "Key_LeftAlt", 56 },
    { "Key_Space", 57 }, { "Key_RightAlt", 100 }, { "Key_RightWindows", 126 },
    { "Key_Application", 127 }, { "Key_RightCtrl", 97 }, { "Key_Left", 105 },
    { "Key_Down", 108 }, { "Key_Right", 106 }, { "KeyPad_0", 82 }, { "KeyPad_DecimalPoint", 83 },
};

static void
test_every_identifier(void **state)
{
    size_t i, j;

    for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
        if (vpcKeyFromName(expected[i].name) != expected[i].code)
            fail_msg("%s: %d, expected %d", expected[i].name, vpcKeyFromName(expected[i].name),
                     expected[i].code);
        /* No two identifiers name one key. */
        for (j = 0; j < i; j++)
            assert_int_not_equal(expected[i].code, expected[j].code);
    }
    /* 104 keys: the 101 of the reference's keyboard and the three
     * Windows keys. */
    assert_int_equal(sizeof(expected) / sizeof(expected[0]), 104);
}

static void
test_identifiers_ignore_case_only(void **state)
{
    assert_int_equal(vpcKeyFromName("key_a"), 30);
    assert_int_equal(vpcKeyFromName("KEYPAD_ENTER"), 96);
    assert_int_equal(vpcKeyFromName("Key_BackSlash"), 43);
    assert_int_equal(vpcKeyFromName(""), -1);
    assert_int_equal(vpcKeyFromName("A"), -1);
    assert_int_equal(vpcKeyFromName("Key_A "), -1);
    assert_int_equal(vpcKeyFromName("DOWN"), -1);
    assert_int_equal(vpcKeyFromName("Key_F13"), -1);
}

static void
test_ascii_as_a_us_keyboard_types_it(void **state)
{
    static const struct {
        char c;
        int n;
        unsigned int keys[2];
    } samples[] = {
        { 'a', 1, { 30 } }, { 'A', 2, { 42, 30 } }, { 'z', 1, { 44 } }, { 'Z', 2, { 42, 44 } },
        { '0', 1, { 11 } }, { ')', 2, { 42, 11 } }, { '1', 1, { 2 } }, { '!', 2, { 42, 2 } },
        { ' ', 1, { 57 } }, { '\t', 1, { 15 } }, { '\n', 1, { 28 } }, { '\r', 1, { 28 } },
        { '`', 1, { 41 } }, { '~', 2, { 42, 41 } }, { '-', 1, { 12 } }, { '_', 2, { 42, 12 } },
        { '=', 1, { 13 } }, { '+', 2, { 42, 13 } }, { '[', 1, { 26 } }, { '{', 2, { 42, 26 } },
        { ']', 1, { 27 } }, { '}', 2, { 42, 27 } }, { '\\', 1, { 43 } }, { '|', 2, { 42, 43 } },
        { ';', 1, { 39 } }, { ':', 2, { 42, 39 } }, { '\'', 1, { 40 } }, { '"', 2, { 42, 40 } },
        { ',', 1, { 51 } }, { '<', 2, { 42, 51 } }, { '.', 1, { 52 } }, { '>', 2, { 42, 52 } },
        { '/', 1, { 53 } }, { '?', 2, { 42, 53 } }, { '@', 2, { 42, 3 } }, { '#', 2, { 42, 4 } },
        { '$', 2, { 42, 5 } }, { '%', 2, { 42, 6 } }, { '^', 2, { 42, 7 } }, { '&', 2, { 42, 8 } },
        { '*', 2, { 42, 9 } }, { '(', 2, { 42, 10 } },
    };
    unsigned int keys[2];
    size_t i;
    int c;

    for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
        memset(keys, 0, sizeof(keys));
        assert_int_equal(vpcKeysForChar(samples[i].c, keys), samples[i].n);
        assert_int_equal(keys[0], samples[i].keys[0]);
        if (samples[i].n == 2)
            assert_int_equal(keys[1], samples[i].keys[1]);
    }
    /* Every printable character has its keys; nothing else has any. */
    for (c = 1; c < 256; c++) {
        int n = vpcKeysForChar((char)c, keys);

        if ((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r')
            assert_in_range(n, 1, 2);
        else
            assert_int_equal(n, -1);
    }
}

/* What the test driver takes: codes it checks against the set, a running
 * VM; our checks come first. */
static void
test_sending_keys(void **state)
{
    virDomainPtr dom = testDefineDomain(rw, "keys-off", 1, 1, 1);
    vpcKeyCombo combos[2] = { { 2, { 29, 46 } }, { 1, { 28 } } };
    vpcKeyCombo bad = { 1, { 999 } };
    char uuid[VIR_UUID_STRING_BUFLEN], running[VIR_UUID_STRING_BUFLEN];
    virDomainPtr test = virDomainLookupByName(rw, "test");
    vpcSnapshot *snap;
    vpcError err;
    size_t i;

    assert_non_null(dom);
    assert_non_null(test);
    assert_int_equal(virDomainGetUUIDString(dom, uuid), 0);
    assert_int_equal(virDomainGetUUIDString(test, running), 0);
    snap = testSnapshotOf(svc, "test:///default");
    vpcSnapshotFree(snap);

    assert_int_equal(vpcServiceSendKeys(svc, "test:///default", running, combos, 2, &err), 0);
    /* The driver checks each code against libvirt's linux set: every key
     * of the table is one. */
    for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
        vpcKeyCombo one = { 1, { (unsigned int)expected[i].code } };

        if (vpcServiceSendKeys(svc, "test:///default", running, &one, 1, &err) < 0)
            fail_msg("%s (%d): %s", expected[i].name, expected[i].code, err.detail);
    }
    assert_int_equal(vpcServiceSendKeys(svc, "test:///default", uuid, combos, 2, &err), -1);
    assert_int_equal(err.code, VPC_ERR_VM_NOT_RUNNING);
    assert_string_equal(err.vm, "keys-off");
    assert_int_equal(vpcServiceSendKeys(svc, "test:///default",
                                        "00000000-0000-4000-8000-0000000000ff", combos, 1, &err),
                     -1);
    assert_int_equal(err.code, VPC_ERR_VM_UNKNOWN);
    assert_int_equal(vpcServiceSendKeys(svc, "test:///default", running, &bad, 1, &err), -1);
    assert_int_equal(err.code, VPC_ERR_OPERATION_FAILED);
    assert_non_null(strstr(err.detail, "999"));

    virDomainUndefine(dom);
    virDomainFree(dom);
    virDomainFree(test);
}

/* The request's limits: 1..16 keys a combination, at least one. */
static void
test_malformed_key_requests(void **state)
{
    vpcBuffer req = { 0 }, resp = { 0 };

    vpcBufferPutU32(&req, VPC_REQ_SEND_KEYS);
    vpcBufferPutString(&req, "test:///default");
    vpcBufferPutString(&req, "00000000-0000-4000-8000-0000000000ff");
    vpcBufferPutU32(&req, 1);
    vpcBufferPutU32(&req, VPC_KEYS_MAX + 1);
    assert_int_equal(vpcServiceHandleRequest(svc, req.data, req.len, &resp), -1);
    vpcBufferClear(&req);

    vpcBufferPutU32(&req, VPC_REQ_SEND_KEYS);
    vpcBufferPutString(&req, "test:///default");
    vpcBufferPutString(&req, "00000000-0000-4000-8000-0000000000ff");
    vpcBufferPutU32(&req, 0);
    assert_int_equal(vpcServiceHandleRequest(svc, req.data, req.len, &resp), -1);
    vpcBufferClear(&req);
    vpcBufferClear(&resp);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_identifier),
        cmocka_unit_test(test_identifiers_ignore_case_only),
        cmocka_unit_test(test_ascii_as_a_us_keyboard_types_it),
        cmocka_unit_test(test_sending_keys),
        cmocka_unit_test(test_malformed_key_requests),
    };

    return cmocka_run_group_tests(tests, testServiceSetup, testServiceTeardown);
}
