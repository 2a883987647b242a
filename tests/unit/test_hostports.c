/*
 * Unit tests of the port and USB pass-through edits of a domain definition
 * (hostports.c): the exact elements written, and the definition left as
 * it was by each refusal.
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

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "vpccore_private.h"

static const char portsXML[] =
    "<domain><name>x</name><devices>"
    "<serial type='pty'><target port='0'/></serial>"
    "<serial type='file'><source path='/var/log/com2.txt'/><target port='1'/></serial>"
    "<parallel type='null'><target port='0'/></parallel>"
    "<console type='pty'><target type='serial' port='0'/></console>"
    "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0951'/><product id='0x1666'/>"
    "</source></hostdev>"
    "</devices></domain>";

/* The definition after 'item' with 'text' on device 'number' ('live': a
 * running VM's), or NULL with 'err' set; 'node' receives the element
 * edited, formatted. */
static char *
edit(const char *xml, vpcConfigItem item, const char *text, int64_t number, bool live,
     vpcError *err, char **node)
{
    xmlDocPtr doc = xmlReadMemory(xml, strlen(xml), "d.xml", NULL, XML_PARSE_NONET);
    vpcPortEdit port = { item, text, number, live, "test:///default", "x", err };
    xmlNodePtr edited = NULL;
    xmlBufferPtr buf;
    xmlChar *mem = NULL;
    char *ret = NULL;
    int len;

    assert_non_null(doc);
    memset(err, 0, sizeof(*err));
    if (node)
        *node = NULL;
    if (vpcPortCheckText(item, text, "test:///default", "x", err) == 0 &&
        vpcPortEditDefinition(&port, doc, &edited) == 0) {
        xmlDocDumpMemory(doc, &mem, &len);
        ret = strdup((const char *)mem);
        xmlFree(mem);
        if (node && edited && (buf = xmlBufferCreate())) {
            xmlNodeDump(buf, doc, edited, 0, 0);
            *node = strdup((const char *)xmlBufferContent(buf));
            xmlBufferFree(buf);
        }
    }
    xmlFreeDoc(doc);
    return ret;
}

static void
assert_definition(char *got, const char *expected)
{
    xmlDocPtr doc = xmlReadMemory(expected, strlen(expected), "e.xml", NULL, XML_PARSE_NONET);
    xmlChar *mem = NULL;
    int len;

    assert_non_null(got);
    xmlDocDumpMemory(doc, &mem, &len);
    assert_string_equal(got, (const char *)mem);
    xmlFree(mem);
    xmlFreeDoc(doc);
    free(got);
}

static void
test_serial_with_console_twin(void **state)
{
    vpcError err;
    char *node;

    assert_definition(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "dev:/dev/ttyS1", 0, false, &err,
                           &node),
        "<domain><name>x</name><devices>"
        "<serial type='dev'><source path='/dev/ttyS1'/><target port='0'/></serial>"
        "<serial type='file'><source path='/var/log/com2.txt'/><target port='1'/></serial>"
        "<parallel type='null'><target port='0'/></parallel>"
        "<console type='dev'><source path='/dev/ttyS1'/><target type='serial' port='0'/></console>"
        "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0951'/><product id='0x1666'/>"
        "</source></hostdev>"
        "</devices></domain>");
    assert_string_equal(node, "<serial type=\"dev\"><source path=\"/dev/ttyS1\"/>"
                              "<target port=\"0\"/></serial>");
    free(node);

    /* The second port has no twin; a socket is one QEMU listens on. */
    assert_definition(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "unix:/tmp/wine-vpc-pipe.p", 1, false,
                           &err, NULL),
        "<domain><name>x</name><devices>"
        "<serial type='pty'><target port='0'/></serial>"
        "<serial type='unix'><source mode='bind' path='/tmp/wine-vpc-pipe.p'/><target port='1'/>"
        "</serial>"
        "<parallel type='null'><target port='0'/></parallel>"
        "<console type='pty'><target type='serial' port='0'/></console>"
        "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0951'/><product id='0x1666'/>"
        "</source></hostdev>"
        "</devices></domain>");
    assert_definition(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "null:", 1, false, &err, NULL),
        "<domain><name>x</name><devices>"
        "<serial type='pty'><target port='0'/></serial>"
        "<serial type='null'><target port='1'/></serial>"
        "<parallel type='null'><target port='0'/></parallel>"
        "<console type='pty'><target type='serial' port='0'/></console>"
        "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0951'/><product id='0x1666'/>"
        "</source></hostdev>"
        "</devices></domain>");
    assert_definition(edit(portsXML, VPC_CONFIG_PARALLEL_PORT, "dev:/dev/parport0", 0, false, &err,
                           NULL),
        "<domain><name>x</name><devices>"
        "<serial type='pty'><target port='0'/></serial>"
        "<serial type='file'><source path='/var/log/com2.txt'/><target port='1'/></serial>"
        "<parallel type='dev'><source path='/dev/parport0'/><target port='0'/></parallel>"
        "<console type='pty'><target type='serial' port='0'/></console>"
        "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0951'/><product id='0x1666'/>"
        "</source></hostdev>"
        "</devices></domain>");
}

static void
test_port_refusals(void **state)
{
    vpcError err;

    /* Another port's file; a port the VM lacks; texts of no port. */
    assert_null(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "file:/var/log/com2.txt", 0, false, &err,
                     NULL));
    assert_int_equal(err.code, VPC_ERR_PORT_IN_USE);
    assert_non_null(strstr(err.detail, "/var/log/com2.txt"));
    assert_null(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "null:", 2, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_null(edit(portsXML, VPC_CONFIG_PARALLEL_PORT, "dev:/dev/parport0", 1, false, &err,
                     NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_null(edit(portsXML, VPC_CONFIG_PARALLEL_PORT, "file:/tmp/lpt.txt", 0, false, &err,
                     NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_null(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "dev:ttyS0", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_null(edit(portsXML, VPC_CONFIG_SERIAL_PORT, "tcp:/x", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
}

static void
test_usb_attach_detach(void **state)
{
    vpcError err;
    char *node, *attached;

    /* By vendor and product, or with the address when the host has twins. */
    attached = edit(portsXML, VPC_CONFIG_USB_ATTACH, "046d:c52b:2:3", 0, false, &err, &node);
    assert_string_equal(node, "<hostdev mode=\"subsystem\" type=\"usb\"><source>"
                              "<vendor id=\"0x046d\"/><product id=\"0xc52b\"/>"
                              "<address bus=\"2\" device=\"3\"/></source></hostdev>");
    free(node);
    assert_non_null(strstr(attached, "<address bus=\"2\" device=\"3\"/>"));
    assert_null(edit(attached, VPC_CONFIG_USB_ATTACH, "046d:c52b:2:3", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_USB_ASSIGNED);
    /* Its twin is another device: not attached. */
    assert_null(edit(attached, VPC_CONFIG_USB_DETACH, "046d:c52b:2:5", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_USB_NOT_ATTACHED);
    assert_definition(edit(attached, VPC_CONFIG_USB_DETACH, "046d:c52b:2:3", 0, false, &err, NULL),
                      portsXML);
    free(attached);

    attached = edit(portsXML, VPC_CONFIG_USB_ATTACH, "0781:5567", 0, false, &err, &node);
    assert_string_equal(node, "<hostdev mode=\"subsystem\" type=\"usb\"><source>"
                              "<vendor id=\"0x0781\"/><product id=\"0x5567\"/></source></hostdev>");
    free(node);
    free(attached);

    /* A running VM's: the element stays for libvirt's detach. */
    attached = edit(portsXML, VPC_CONFIG_USB_DETACH, "0951:1666", 0, true, &err, &node);
    assert_string_equal(node, "<hostdev mode=\"subsystem\" type=\"usb\"><source>"
                              "<vendor id=\"0x0951\"/><product id=\"0x1666\"/></source></hostdev>");
    free(node);
    assert_definition(attached, portsXML);
    assert_definition(edit(portsXML, VPC_CONFIG_USB_DETACH, "0951:1666:1:2", 0, false, &err, NULL),
                      "<domain><name>x</name><devices>"
                      "<serial type='pty'><target port='0'/></serial>"
                      "<serial type='file'><source path='/var/log/com2.txt'/><target port='1'/>"
                      "</serial>"
                      "<parallel type='null'><target port='0'/></parallel>"
                      "<console type='pty'><target type='serial' port='0'/></console>"
                      "</devices></domain>");

    assert_null(edit(portsXML, VPC_CONFIG_USB_ATTACH, "46d:c52b", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_null(edit(portsXML, VPC_CONFIG_USB_ATTACH, "046d:c52b:2", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
    assert_null(edit(portsXML, VPC_CONFIG_USB_DETACH, "", 0, false, &err, NULL));
    assert_int_equal(err.code, VPC_ERR_INVALID_ARG);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_serial_with_console_twin),
        cmocka_unit_test(test_port_refusals),
        cmocka_unit_test(test_usb_attach_detach),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
