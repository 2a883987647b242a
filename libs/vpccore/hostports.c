/*
 * The host side of a VM's serial and parallel ports, and the host's USB
 * devices a VM passes through: the part of a device change
 * (hostdevices.c) that edits those elements of the definition.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 *
 * This library is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this library; if not, write to the Free Software
 * Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301, USA
 */

/*
 * A port's host side is its element's type and <source path>: 'dev' a
 * host device, 'file' a file the guest's output goes to, 'unix' a socket
 * QEMU listens on (mode 'bind', as Virtual Server created its named
 * pipes), 'null' nothing.  libvirt gives the first serial port a
 * <console> twin; it changes with it.
 *
 * A USB device is named by vendor and product, and by its bus address
 * too when the host has more than one of that vendor and product.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "vpccore_private.h"

bool
vpcPortItem(vpcConfigItem item)
{
    return item == VPC_CONFIG_SERIAL_PORT || item == VPC_CONFIG_PARALLEL_PORT ||
           item == VPC_CONFIG_USB_ATTACH || item == VPC_CONFIG_USB_DETACH;
}


/* A USB device as the text names it: "VVVV:PPPP[:BUS:DEVICE]". */
typedef struct _vpcUSBName {
    unsigned int vendor;
    unsigned int product;
    bool hasAddress;
    unsigned int bus;
    unsigned int device;
} vpcUSBName;


static bool
parseUSBName(const char *text, vpcUSBName *usb)
{
    int end = 0;

    memset(usb, 0, sizeof(*usb));
    if (sscanf(text, "%4x:%4x%n", &usb->vendor, &usb->product, &end) != 2 || end != 9)
        return false;
    if (!text[end])
        return true;
    usb->hasAddress = true;
    return sscanf(text + end, ":%3u:%3u%n", &usb->bus, &usb->device, &end) == 2 &&
           !text[9 + end];
}


static bool
isPortText(vpcConfigItem item, const char *text)
{
    if (strcmp(text, "null:") == 0 || strncmp(text, "dev:/", 5) == 0)
        return true;
    return item == VPC_CONFIG_SERIAL_PORT &&
           (strncmp(text, "file:/", 6) == 0 || strncmp(text, "unix:/", 6) == 0);
}


int
vpcPortCheckText(vpcConfigItem item, const char *text, const char *displayUri, const char *vm,
                 vpcError *err)
{
    vpcUSBName usb;

    if (item == VPC_CONFIG_USB_ATTACH || item == VPC_CONFIG_USB_DETACH) {
        if (parseUSBName(text, &usb))
            return 0;
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, displayUri, vm,
                    "\"%s\" names no USB device (VENDOR:PRODUCT[:BUS:DEVICE])", text);
        return -1;
    }
    if (isPortText(item, text))
        return 0;
    vpcErrorSet(err, VPC_ERR_INVALID_ARG, displayUri, vm,
                "\"%s\" is no host side of a %s port", text,
                item == VPC_CONFIG_SERIAL_PORT ? "serial" : "parallel");
    return -1;
}


static xmlXPathObjectPtr
evalNodes(xmlDocPtr doc, xmlNodePtr node, const char *expr)
{
    xmlXPathContextPtr ctxt = xmlXPathNewContext(doc);
    xmlXPathObjectPtr obj = NULL;

    if (ctxt) {
        ctxt->node = node;
        obj = xmlXPathEvalExpression((const xmlChar *)expr, ctxt);
    }
    xmlXPathFreeContext(ctxt);
    return obj;
}


static int
nodeCount(xmlXPathObjectPtr obj)
{
    return obj && obj->nodesetval ? obj->nodesetval->nodeNr : 0;
}


static char *
nodeProp(xmlNodePtr node, const char *name)
{
    xmlChar *value = xmlGetProp(node, (const xmlChar *)name);
    char *text = value ? strdup((const char *)value) : NULL;

    xmlFree(value);
    return text;
}


/* Another serial or parallel port of the VM on the same host device, file
 * or socket: QEMU cannot open it twice. */
static int
checkPathFree(xmlDocPtr doc, xmlNodePtr self, const char *path, const vpcPortEdit *edit)
{
    xmlXPathObjectPtr ports;
    int i, rc = 0;

    if (!(ports = evalNodes(doc, NULL, "/domain/devices/serial|/domain/devices/parallel")))
        return 0;
    for (i = 0; rc == 0 && i < nodeCount(ports); i++) {
        xmlNodePtr port = ports->nodesetval->nodeTab[i], child;
        char *type, *other;

        if (port == self)
            continue;
        type = nodeProp(port, "type");
        for (child = port->children; child && rc == 0; child = child->next) {
            if (child->type != XML_ELEMENT_NODE || xmlStrcmp(child->name, (const xmlChar *)"source"))
                continue;
            other = nodeProp(child, "path");
            if (type && strcmp(type, "null") != 0 && other && strcmp(other, path) == 0) {
                vpcErrorSet(edit->err, VPC_ERR_PORT_IN_USE, edit->displayUri, edit->vm,
                            "another of its ports uses %s already", path);
                rc = -1;
            }
            free(other);
        }
        free(type);
    }
    xmlXPathFreeObject(ports);
    return rc;
}


/* The port's host side becomes 'kind' with 'path' (NULL for null); its
 * target, alias and address stay. */
static int
setHostSide(xmlNodePtr port, const char *kind, const char *path)
{
    xmlNodePtr child, next, source;

    for (child = port->children; child; child = next) {
        next = child->next;
        /* What described the old host side goes with it. */
        if (child->type == XML_ELEMENT_NODE &&
            (!xmlStrcmp(child->name, (const xmlChar *)"source") ||
             !xmlStrcmp(child->name, (const xmlChar *)"protocol") ||
             !xmlStrcmp(child->name, (const xmlChar *)"log"))) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
    }
    if (!xmlSetProp(port, (const xmlChar *)"type", (const xmlChar *)kind))
        return -1;
    if (!path)
        return 0;
    if (!(source = xmlNewNode(NULL, (const xmlChar *)"source")))
        return -1;
    if (port->children)
        xmlAddPrevSibling(port->children, source);
    else
        xmlAddChild(port, source);
    if (strcmp(kind, "unix") == 0 && !xmlSetProp(source, (const xmlChar *)"mode",
                                                 (const xmlChar *)"bind"))
        return -1;
    return xmlSetProp(source, (const xmlChar *)"path", (const xmlChar *)path) ? 0 : -1;
}


/* The <console> that shows the serial port 'port' (libvirt's twin of the
 * first one), NULL when there is none. */
static xmlNodePtr
consoleTwin(xmlDocPtr doc, xmlNodePtr serial)
{
    xmlXPathObjectPtr targets = evalNodes(doc, serial, "target/@port");
    char expr[160];
    xmlNodePtr twin = NULL;
    xmlXPathObjectPtr consoles;
    xmlChar *port = NULL;
    int number;

    if (nodeCount(targets))
        port = xmlNodeGetContent(targets->nodesetval->nodeTab[0]);
    number = port ? atoi((const char *)port) : 0;
    xmlFree(port);
    xmlXPathFreeObject(targets);
    snprintf(expr, sizeof(expr), "/domain/devices/console[target/@type='serial' and "
             "(target/@port='%d'%s)]", number, number == 0 ? " or not(target/@port)" : "");
    consoles = evalNodes(doc, NULL, expr);
    if (nodeCount(consoles))
        twin = consoles->nodesetval->nodeTab[0];
    xmlXPathFreeObject(consoles);
    return twin;
}


static int
editPort(const vpcPortEdit *edit, xmlDocPtr doc, xmlNodePtr *node)
{
    bool serial = edit->item == VPC_CONFIG_SERIAL_PORT;
    const char *colon = strchr(edit->text, ':');
    char kind[8];
    const char *path = colon[1] ? colon + 1 : NULL;
    xmlXPathObjectPtr ports;
    xmlNodePtr twin;

    snprintf(kind, sizeof(kind), "%.*s", (int)(colon - edit->text), edit->text);
    ports = evalNodes(doc, NULL, serial ? "/domain/devices/serial" : "/domain/devices/parallel");
    *node = edit->number < nodeCount(ports) ? ports->nodesetval->nodeTab[edit->number] : NULL;
    xmlXPathFreeObject(ports);
    if (!*node) {
        vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->displayUri, edit->vm,
                    "the virtual machine has no %s port %lld", serial ? "serial" : "parallel",
                    (long long)edit->number + 1);
        return -1;
    }
    if (path && checkPathFree(doc, *node, path, edit) < 0)
        return -1;
    twin = serial ? consoleTwin(doc, *node) : NULL;
    if (setHostSide(*node, kind, path) < 0 || (twin && setHostSide(twin, kind, path) < 0)) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->displayUri, edit->vm, NULL);
        return -1;
    }
    return 0;
}


static bool
hexProp(xmlDocPtr doc, xmlNodePtr node, const char *expr, unsigned int *value)
{
    xmlXPathObjectPtr obj = evalNodes(doc, node, expr);
    xmlChar *text = nodeCount(obj) ? xmlNodeGetContent(obj->nodesetval->nodeTab[0]) : NULL;
    char *end = NULL;
    bool ok = false;

    if (text) {
        *value = strtoul((const char *)text, &end, 0);
        ok = end != (char *)text && !*end;
    }
    xmlFree(text);
    xmlXPathFreeObject(obj);
    return ok;
}


/* The VM's <hostdev> that names 'usb': by vendor and product, and by the
 * address when both say one. */
static xmlNodePtr
findHostdev(xmlDocPtr doc, const vpcUSBName *usb)
{
    xmlXPathObjectPtr hostdevs = evalNodes(doc, NULL, "/domain/devices/hostdev[@mode='subsystem' "
                                                      "and @type='usb']");
    xmlNodePtr found = NULL;
    int i;

    for (i = 0; !found && i < nodeCount(hostdevs); i++) {
        xmlNodePtr hostdev = hostdevs->nodesetval->nodeTab[i];
        unsigned int vendor, product, bus, device;
        bool hasBus = hexProp(doc, hostdev, "source/address/@bus", &bus) &&
                      hexProp(doc, hostdev, "source/address/@device", &device);

        if (!hexProp(doc, hostdev, "source/vendor/@id", &vendor) ||
            !hexProp(doc, hostdev, "source/product/@id", &product) ||
            vendor != usb->vendor || product != usb->product)
            continue;
        if (hasBus && usb->hasAddress && (bus != usb->bus || device != usb->device))
            continue;
        found = hostdev;
    }
    xmlXPathFreeObject(hostdevs);
    return found;
}


static int
attachUSB(const vpcPortEdit *edit, xmlDocPtr doc, const vpcUSBName *usb, xmlNodePtr *node)
{
    xmlNodePtr root = xmlDocGetRootElement(doc), devices = NULL, source, child;
    char vendor[8], product[8], bus[8], device[8];

    if (findHostdev(doc, usb)) {
        vpcErrorSet(edit->err, VPC_ERR_USB_ASSIGNED, edit->displayUri, edit->vm,
                    "the virtual machine has USB device %s already", edit->text);
        return -1;
    }
    for (child = root ? root->children : NULL; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE && !xmlStrcmp(child->name, (const xmlChar *)"devices"))
            devices = child;
    if (!devices) {
        vpcErrorSet(edit->err, VPC_ERR_OPERATION_FAILED, edit->displayUri, edit->vm,
                    "the definition has no <devices>");
        return -1;
    }
    snprintf(vendor, sizeof(vendor), "0x%04x", usb->vendor);
    snprintf(product, sizeof(product), "0x%04x", usb->product);
    snprintf(bus, sizeof(bus), "%u", usb->bus);
    snprintf(device, sizeof(device), "%u", usb->device);
    if (!(*node = xmlNewChild(devices, NULL, (const xmlChar *)"hostdev", NULL)) ||
        !xmlSetProp(*node, (const xmlChar *)"mode", (const xmlChar *)"subsystem") ||
        !xmlSetProp(*node, (const xmlChar *)"type", (const xmlChar *)"usb") ||
        !(source = xmlNewChild(*node, NULL, (const xmlChar *)"source", NULL)) ||
        !(child = xmlNewChild(source, NULL, (const xmlChar *)"vendor", NULL)) ||
        !xmlSetProp(child, (const xmlChar *)"id", (const xmlChar *)vendor) ||
        !(child = xmlNewChild(source, NULL, (const xmlChar *)"product", NULL)) ||
        !xmlSetProp(child, (const xmlChar *)"id", (const xmlChar *)product) ||
        (usb->hasAddress &&
         (!(child = xmlNewChild(source, NULL, (const xmlChar *)"address", NULL)) ||
          !xmlSetProp(child, (const xmlChar *)"bus", (const xmlChar *)bus) ||
          !xmlSetProp(child, (const xmlChar *)"device", (const xmlChar *)device)))) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->displayUri, edit->vm, NULL);
        return -1;
    }
    return 0;
}


int
vpcPortEditDefinition(const vpcPortEdit *edit, xmlDocPtr doc, xmlNodePtr *node)
{
    vpcUSBName usb;

    *node = NULL;
    if (edit->item == VPC_CONFIG_SERIAL_PORT || edit->item == VPC_CONFIG_PARALLEL_PORT)
        return editPort(edit, doc, node);
    parseUSBName(edit->text, &usb);
    if (edit->item == VPC_CONFIG_USB_ATTACH)
        return attachUSB(edit, doc, &usb, node);
    if (!(*node = findHostdev(doc, &usb))) {
        vpcErrorSet(edit->err, VPC_ERR_USB_NOT_ATTACHED, edit->displayUri, edit->vm,
                    "the virtual machine does not have USB device %s", edit->text);
        return -1;
    }
    /* A running VM's goes through the host's detach, which wants it. */
    if (!edit->live) {
        xmlUnlinkNode(*node);
        xmlFreeNode(*node);
        *node = NULL;
    }
    return 0;
}
