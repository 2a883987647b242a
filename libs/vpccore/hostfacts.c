/*
 * What a libvirt host reports about itself, for the host-level members of
 * both object models: fetched in one go per host, cached by the backend,
 * handed to a script in one response.
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
 * The mapping of each fact is docs/inventory-mapping.md's (sections 2.1 to
 * 2.3, 2.5, 2.7 and 4.1, 4.2, 4.12, 4.13).  Lists that libvirt returns in
 * hash order (interfaces, pools, networks, node devices, domains) are
 * sorted by name, so that a script's output is stable.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/utsname.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "vpchost.h"
#include "vpchostfacts.h"

/* Lists */

static void
stringListClear(vpcStringList *list)
{
    size_t i;

    for (i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}


static int
stringListAppend(vpcStringList *list, const char *text)
{
    char **items;

    if (!(items = realloc(list->items, (list->count + 1) * sizeof(*items))))
        return -1;
    list->items = items;
    if (!(items[list->count] = strdup(text ? text : "")))
        return -1;
    list->count++;
    return 0;
}


static void
networkClear(vpcHostNetwork *net)
{
    free(net->name);
    free(net->bridge);
    free(net->forwardMode);
    free(net->hostAdapter);
    free(net->address);
    free(net->netmask);
    free(net->rangeStart);
    free(net->rangeEnd);
    memset(net, 0, sizeof(*net));
}


void
vpcHostFactsFree(vpcHostFacts *facts)
{
    size_t i;

    if (!facts)
        return;
    free(facts->displayUri);
    free(facts->remoteHost);
    free(facts->nodeInfoMissing);
    free(facts->freeMemoryMissing);
    free(facts->cpuFeaturesMissing);
    stringListClear(&facts->cpuFeatures);
    free(facts->processorManufacturer);
    free(facts->processorVersion);
    free(facts->osMissing);
    free(facts->osName);
    free(facts->osRelease);
    stringListClear(&facts->interfaces);
    stringListClear(&facts->interfaceAddresses);
    for (i = 0; i < facts->ndrives; i++)
        free(facts->drives[i].path);
    free(facts->drives);
    stringListClear(&facts->searchPaths);
    free(facts->vmConfigDir);
    free(facts->vnConfigDir);
    free(facts->definitionFile);
    free(facts->driverType);
    free(facts->driverVersion);
    for (i = 0; i < facts->nnetworks; i++)
        networkClear(&facts->networks[i]);
    free(facts->networks);
    for (i = 0; i < facts->nusb; i++) {
        free(facts->usb[i].name);
        free(facts->usb[i].product);
        free(facts->usb[i].vendor);
        free(facts->usb[i].attachedTo);
    }
    free(facts->usb);
    for (i = 0; i < facts->nconsoles; i++) {
        free(facts->consoles[i].domain);
        free(facts->consoles[i].protocol);
        free(facts->consoles[i].listen);
    }
    free(facts->consoles);
    free(facts);
}


/* XML helpers */

static xmlDocPtr
parseXML(const char *xml, const char *name, xmlXPathContextPtr *ctxt)
{
    xmlDocPtr doc;

    *ctxt = NULL;
    if (!xml)
        return NULL;
    doc = xmlReadMemory(xml, strlen(xml), name, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc && !(*ctxt = xmlXPathNewContext(doc))) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}


static void
freeXML(xmlDocPtr doc, xmlXPathContextPtr ctxt)
{
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
}


/* The string value of 'expr' (relative to 'node' when given), a copy;
 * NULL when empty or absent. */
static char *
xpathString(xmlXPathContextPtr ctxt, xmlNodePtr node, const char *expr)
{
    xmlXPathObjectPtr obj;
    char *value = NULL;

    if (node)
        ctxt->node = node;
    obj = xmlXPathEvalExpression((const xmlChar *)expr, ctxt);
    if (obj && obj->type == XPATH_STRING && obj->stringval && *obj->stringval)
        value = strdup((const char *)obj->stringval);
    xmlXPathFreeObject(obj);
    return value;
}


static char *
xpathStringOr(xmlXPathContextPtr ctxt, xmlNodePtr node, const char *expr, const char *fallback)
{
    char *value = xpathString(ctxt, node, expr);

    return value ? value : strdup(fallback);
}


static bool
xpathUnsigned(xmlXPathContextPtr ctxt, xmlNodePtr node, const char *expr,
              unsigned long long *value)
{
    char *text = xpathString(ctxt, node, expr), *end;
    bool ok = false;

    if (text) {
        *value = strtoull(text, &end, 0);
        ok = end != text && *end == '\0';
        free(text);
    }
    return ok;
}


/* Capabilities: the host CPU, serialized for virConnectBaselineCPU. */
int
vpcHostFactsParseCapabilities(vpcHostFacts *facts, const char *xml, char **cpuXML)
{
    xmlXPathContextPtr ctxt;
    xmlXPathObjectPtr cpu = NULL;
    xmlBufferPtr buf = NULL;
    xmlDocPtr doc;
    char *model = NULL, *vendor = NULL;
    int rc = -1;

    *cpuXML = NULL;
    if (!(doc = parseXML(xml, "capabilities.xml", &ctxt)))
        return -1;
    model = xpathString(ctxt, NULL, "string(/capabilities/host/cpu/model)");
    vendor = xpathString(ctxt, NULL, "string(/capabilities/host/cpu/vendor)");
    if (vendor && !facts->processorManufacturer) {
        facts->processorManufacturer = vendor;
        vendor = NULL;
    }
    if (!model) {
        free(facts->cpuFeaturesMissing);
        facts->cpuFeaturesMissing = strdup("the host reports no CPU model in its capabilities");
        rc = facts->cpuFeaturesMissing ? 0 : -1;
        goto cleanup;
    }
    cpu = xmlXPathEvalExpression((const xmlChar *)"/capabilities/host/cpu", ctxt);
    if (!cpu || !cpu->nodesetval || cpu->nodesetval->nodeNr < 1 || !(buf = xmlBufferCreate()))
        goto cleanup;
    if (xmlNodeDump(buf, doc, cpu->nodesetval->nodeTab[0], 0, 0) < 0)
        goto cleanup;
    if (!(*cpuXML = strdup((const char *)xmlBufferContent(buf))))
        goto cleanup;
    rc = 0;

 cleanup:
    if (buf)
        xmlBufferFree(buf);
    xmlXPathFreeObject(cpu);
    free(model);
    free(vendor);
    freeXML(doc, ctxt);
    return rc;
}


/* The expanded model: every feature it has, less those disabled. */
int
vpcHostFactsParseBaseline(vpcHostFacts *facts, const char *xml)
{
    xmlXPathContextPtr ctxt;
    xmlXPathObjectPtr features;
    xmlDocPtr doc;
    int i, rc = 0;

    if (!(doc = parseXML(xml, "baseline.xml", &ctxt)))
        return -1;
    features = xmlXPathEvalExpression((const xmlChar *)"/cpu/feature", ctxt);
    for (i = 0; features && features->nodesetval && i < features->nodesetval->nodeNr; i++) {
        xmlNodePtr node = features->nodesetval->nodeTab[i];
        char *name = xpathString(ctxt, node, "string(@name)");
        char *policy = xpathString(ctxt, node, "string(@policy)");

        if (name && (!policy || (strcmp(policy, "disable") != 0 &&
                                 strcmp(policy, "forbid") != 0)))
            rc = stringListAppend(&facts->cpuFeatures, name);
        free(name);
        free(policy);
        if (rc < 0)
            break;
    }
    xmlXPathFreeObject(features);
    freeXML(doc, ctxt);
    return rc;
}


int
vpcHostFactsParseSysinfo(vpcHostFacts *facts, const char *xml)
{
    xmlXPathContextPtr ctxt;
    xmlDocPtr doc;
    char *value;

    if (!(doc = parseXML(xml, "sysinfo.xml", &ctxt)))
        return -1;
    /* SMBIOS wins over the capabilities' vendor, which names the CPU
     * family's maker only. */
    if ((value = xpathString(ctxt, NULL,
                             "string(/sysinfo/processor[1]/entry[@name='manufacturer'])"))) {
        free(facts->processorManufacturer);
        facts->processorManufacturer = value;
    }
    if ((value = xpathString(ctxt, NULL, "string(/sysinfo/processor[1]/entry[@name='version'])"))) {
        free(facts->processorVersion);
        facts->processorVersion = value;
    }
    freeXML(doc, ctxt);
    return 0;
}


/* PRETTY_NAME of an os-release file, its quotes and escapes undone. */
int
vpcHostFactsParseOSRelease(vpcHostFacts *facts, const char *text)
{
    const char *line = text, *p;
    char *name, *out;

    while (line && *line) {
        if (strncmp(line, "PRETTY_NAME=", 12) == 0) {
            p = line + 12;
            if (!(name = malloc(strcspn(p, "\n") + 1)))
                return -1;
            out = name;
            if (*p == '"' || *p == '\'') {
                char quote = *p++;

                for (; *p && *p != '\n' && *p != quote; p++) {
                    if (*p == '\\' && p[1] && p[1] != '\n')
                        p++;
                    *out++ = *p;
                }
            } else {
                for (; *p && *p != '\n'; p++)
                    *out++ = *p;
            }
            *out = '\0';
            free(facts->osName);
            facts->osName = name;
            return 0;
        }
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    return 0;
}


char *
vpcHostFactsInterfaceAddress(const char *xml)
{
    xmlXPathContextPtr ctxt;
    xmlDocPtr doc;
    char *address;

    if (!(doc = parseXML(xml, "interface.xml", &ctxt)))
        return strdup("");
    address = xpathStringOr(ctxt, NULL,
                            "string(/interface/protocol[@family='ipv4']/ip[1]/@address)", "");
    freeXML(doc, ctxt);
    return address;
}


char *
vpcHostFactsPoolPath(const char *xml)
{
    xmlXPathContextPtr ctxt;
    xmlDocPtr doc;
    char *path;

    if (!(doc = parseXML(xml, "pool.xml", &ctxt)))
        return NULL;
    path = xpathString(ctxt, NULL, "string(/pool/target/path)");
    freeXML(doc, ctxt);
    return path;
}


static int
addDrive(vpcHostFacts *facts, vpcHostDriveKind kind, const char *path, uint64_t size)
{
    vpcHostDrive *drives;

    if (!(drives = realloc(facts->drives, (facts->ndrives + 1) * sizeof(*drives))))
        return -1;
    facts->drives = drives;
    drives[facts->ndrives].kind = kind;
    drives[facts->ndrives].sizeBytes = size;
    if (!(drives[facts->ndrives].path = strdup(path)))
        return -1;
    facts->ndrives++;
    return 0;
}


static int
addUSBDevice(vpcHostFacts *facts, xmlXPathContextPtr ctxt, const char *name)
{
    vpcHostUSBDevice *usb, *dev;
    unsigned long long value;

    if (!(usb = realloc(facts->usb, (facts->nusb + 1) * sizeof(*usb))))
        return -1;
    facts->usb = usb;
    dev = &usb[facts->nusb];
    memset(dev, 0, sizeof(*dev));
    dev->deviceClass = -1;
    dev->name = strdup(name);
    dev->product = xpathStringOr(ctxt, NULL,
                                 "string(/device/capability[@type='usb_device']/product)", "");
    dev->vendor = xpathStringOr(ctxt, NULL,
                                "string(/device/capability[@type='usb_device']/vendor)", "");
    dev->attachedTo = strdup("");
    facts->nusb++;
    if (xpathUnsigned(ctxt, NULL, "string(/device/capability[@type='usb_device']/bus)", &value))
        dev->bus = value;
    if (xpathUnsigned(ctxt, NULL, "string(/device/capability[@type='usb_device']/device)", &value))
        dev->device = value;
    if (xpathUnsigned(ctxt, NULL, "string(/device/capability[@type='usb_device']/product/@id)",
                      &value))
        dev->productId = value;
    if (xpathUnsigned(ctxt, NULL, "string(/device/capability[@type='usb_device']/vendor/@id)",
                      &value))
        dev->vendorId = value;
    return dev->name && dev->product && dev->vendor && dev->attachedTo ? 0 : -1;
}


static int
addUSBInterface(vpcUSBInterfaceList *interfaces, xmlXPathContextPtr ctxt)
{
    vpcUSBInterface *items, *item;
    unsigned long long value;
    char *parent;

    if (!(parent = xpathString(ctxt, NULL, "string(/device/parent)")))
        return 0;
    if (!(items = realloc(interfaces->items, (interfaces->count + 1) * sizeof(*items)))) {
        free(parent);
        return -1;
    }
    interfaces->items = items;
    item = &items[interfaces->count++];
    item->parent = parent;
    item->number = xpathUnsigned(ctxt, NULL, "string(/device/capability[@type='usb']/number)",
                                 &value) ? value : 0;
    item->deviceClass = xpathUnsigned(ctxt, NULL,
                                      "string(/device/capability[@type='usb']/class)", &value)
                        ? (int)value : -1;
    return 0;
}


/* One node device: a host drive, a USB device or one of its interfaces;
 * anything else is not a fact of ours. */
int
vpcHostFactsParseNodeDevice(vpcHostFacts *facts, const char *xml, vpcUSBInterfaceList *interfaces)
{
    static const char *const kinds[VPC_HOST_DRIVE_LAST] = { "cdrom", "floppy", "disk" };
    xmlXPathContextPtr ctxt;
    unsigned long long size;
    xmlDocPtr doc;
    char *name = NULL, *block = NULL, *type = NULL;
    int rc = 0;
    size_t i;

    if (!(doc = parseXML(xml, "nodedev.xml", &ctxt)))
        return -1;
    name = xpathString(ctxt, NULL, "string(/device/name)");
    block = xpathString(ctxt, NULL, "string(/device/capability[@type='storage']/block)");
    type = xpathString(ctxt, NULL, "string(/device/capability[@type='storage']/drive_type)");
    if (block && type) {
        for (i = 0; i < VPC_HOST_DRIVE_LAST; i++) {
            if (strcmp(type, kinds[i]) != 0)
                continue;
            if (!xpathUnsigned(ctxt, NULL, "string(/device/capability[@type='storage']/size)",
                               &size))
                size = 0;
            rc = addDrive(facts, i, block, size);
            break;
        }
    }
    ctxt->node = NULL;
    {
        xmlXPathObjectPtr usb = xmlXPathEvalExpression(
                (const xmlChar *)"/device/capability[@type='usb_device']", ctxt);
        xmlXPathObjectPtr iface = xmlXPathEvalExpression(
                (const xmlChar *)"/device/capability[@type='usb']", ctxt);

        if (rc == 0 && name && usb && usb->nodesetval && usb->nodesetval->nodeNr > 0)
            rc = addUSBDevice(facts, ctxt, name);
        else if (rc == 0 && iface && iface->nodesetval && iface->nodesetval->nodeNr > 0)
            rc = addUSBInterface(interfaces, ctxt);
        xmlXPathFreeObject(usb);
        xmlXPathFreeObject(iface);
    }
    free(name);
    free(block);
    free(type);
    freeXML(doc, ctxt);
    return rc;
}


void
vpcHostFactsFinishUSB(vpcHostFacts *facts, vpcUSBInterfaceList *interfaces)
{
    size_t i, j;

    for (i = 0; i < facts->nusb; i++) {
        unsigned int lowest = (unsigned int)-1;

        for (j = 0; j < interfaces->count; j++) {
            if (strcmp(interfaces->items[j].parent, facts->usb[i].name) != 0 ||
                interfaces->items[j].number >= lowest)
                continue;
            lowest = interfaces->items[j].number;
            facts->usb[i].deviceClass = interfaces->items[j].deviceClass;
        }
    }
    for (j = 0; j < interfaces->count; j++)
        free(interfaces->items[j].parent);
    free(interfaces->items);
    interfaces->items = NULL;
    interfaces->count = 0;
}


/* A prefix length as a dotted mask. */
static char *
prefixToNetmask(unsigned long long prefix)
{
    uint32_t mask = prefix == 0 ? 0 : prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1);
    char text[16];

    snprintf(text, sizeof(text), "%u.%u.%u.%u", mask >> 24, (mask >> 16) & 0xff,
             (mask >> 8) & 0xff, mask & 0xff);
    return strdup(text);
}


static int64_t
leaseSeconds(xmlXPathContextPtr ctxt, xmlNodePtr range)
{
    unsigned long long expiry;
    char *unit;
    int64_t factor = 60;        /* libvirt's default unit is minutes */

    if (!range || !xpathUnsigned(ctxt, range, "string(lease/@expiry)", &expiry))
        return -1;
    if ((unit = xpathString(ctxt, range, "string(lease/@unit)"))) {
        if (strcmp(unit, "seconds") == 0)
            factor = 1;
        else if (strcmp(unit, "hours") == 0)
            factor = 3600;
        free(unit);
    }
    return (int64_t)expiry * factor;
}


int
vpcHostFactsParseNetwork(vpcHostNetwork *net, const char *xml)
{
    xmlXPathContextPtr ctxt;
    xmlXPathObjectPtr ips = NULL, ranges = NULL;
    xmlNodePtr ip = NULL, range = NULL;
    unsigned long long prefix;
    char *dns;
    xmlDocPtr doc;
    int rc = -1;

    memset(net, 0, sizeof(*net));
    net->leaseSeconds = -1;
    if (!(doc = parseXML(xml, "network.xml", &ctxt)))
        return -1;
    net->name = xpathStringOr(ctxt, NULL, "string(/network/name)", "");
    net->bridge = xpathStringOr(ctxt, NULL, "string(/network/bridge/@name)", "");
    net->forwardMode = xpathString(ctxt, NULL, "string(/network/forward/@mode)");
    /* <forward/> without a mode is NAT. */
    if (!net->forwardMode) {
        xmlXPathObjectPtr fwd = xmlXPathEvalExpression((const xmlChar *)"/network/forward", ctxt);

        net->forwardMode = strdup(fwd && fwd->nodesetval && fwd->nodesetval->nodeNr ? "nat" : "");
        xmlXPathFreeObject(fwd);
    }
    if (!(net->hostAdapter = xpathString(ctxt, NULL, "string(/network/forward/@dev)")))
        net->hostAdapter = xpathStringOr(ctxt, NULL, "string(/network/forward/interface[1]/@dev)",
                                         "");

    /* IPv4 only: the DHCP server members speak dotted quads. */
    ctxt->node = NULL;
    ips = xmlXPathEvalExpression(
            (const xmlChar *)"/network/ip[not(@family) or @family='ipv4']", ctxt);
    if (ips && ips->nodesetval && ips->nodesetval->nodeNr > 0)
        ip = ips->nodesetval->nodeTab[0];
    if (ip) {
        net->address = xpathStringOr(ctxt, ip, "string(@address)", "");
        if ((net->netmask = xpathString(ctxt, ip, "string(@netmask)")) == NULL)
            net->netmask = xpathUnsigned(ctxt, ip, "string(@prefix)", &prefix)
                           ? prefixToNetmask(prefix) : strdup("");
        ctxt->node = ip;
        ranges = xmlXPathEvalExpression((const xmlChar *)"dhcp", ctxt);
        net->dhcp = ranges && ranges->nodesetval && ranges->nodesetval->nodeNr > 0;
        xmlXPathFreeObject(ranges);
        ctxt->node = ip;
        ranges = xmlXPathEvalExpression((const xmlChar *)"dhcp/range", ctxt);
        if (ranges && ranges->nodesetval && ranges->nodesetval->nodeNr > 0)
            range = ranges->nodesetval->nodeTab[0];
    } else {
        net->address = strdup("");
        net->netmask = strdup("");
    }
    net->rangeStart = range ? xpathStringOr(ctxt, range, "string(@start)", "") : strdup("");
    net->rangeEnd = range ? xpathStringOr(ctxt, range, "string(@end)", "") : strdup("");
    net->leaseSeconds = leaseSeconds(ctxt, range);
    dns = xpathString(ctxt, NULL, "string(/network/dns/@enable)");
    net->dnsEnabled = !dns || strcmp(dns, "no") != 0;
    free(dns);

    if (net->name && net->bridge && net->forwardMode && net->hostAdapter && net->address &&
        net->netmask && net->rangeStart && net->rangeEnd)
        rc = 0;
    xmlXPathFreeObject(ranges);
    xmlXPathFreeObject(ips);
    freeXML(doc, ctxt);
    return rc;
}


/* What the facts take from the domains' XML: their consoles and the host
 * USB devices they pass through.  Fetching it costs one call per domain,
 * so the cache keeps it until a domain event says it changed. */
typedef struct _vpcUSBPassthrough {
    char *domain;
    bool hasVendor, hasProduct, hasBus, hasDevice;
    unsigned long long vendor, product, bus, device;
} vpcUSBPassthrough;

typedef struct _vpcDomainPart {
    size_t nconsoles;
    vpcHostConsole *consoles;
    size_t npassthrough;
    vpcUSBPassthrough *passthrough;
} vpcDomainPart;


static void
domainPartClear(vpcDomainPart *part)
{
    size_t i;

    for (i = 0; i < part->nconsoles; i++) {
        free(part->consoles[i].domain);
        free(part->consoles[i].protocol);
        free(part->consoles[i].listen);
    }
    free(part->consoles);
    for (i = 0; i < part->npassthrough; i++)
        free(part->passthrough[i].domain);
    free(part->passthrough);
    memset(part, 0, sizeof(*part));
}


static int
addPassthrough(vpcDomainPart *part, xmlXPathContextPtr ctxt, xmlNodePtr hostdev,
               const char *domain)
{
    vpcUSBPassthrough *items, *item;

    if (!(items = realloc(part->passthrough, (part->npassthrough + 1) * sizeof(*items))))
        return -1;
    part->passthrough = items;
    item = &items[part->npassthrough];
    memset(item, 0, sizeof(*item));
    /* A <hostdev type='usb'> names its device by vendor and product, by
     * bus and device address, or both: every part given must match. */
    item->hasVendor = xpathUnsigned(ctxt, hostdev, "string(source/vendor/@id)", &item->vendor);
    item->hasProduct = xpathUnsigned(ctxt, hostdev, "string(source/product/@id)", &item->product);
    item->hasBus = xpathUnsigned(ctxt, hostdev, "string(source/address/@bus)", &item->bus);
    item->hasDevice = xpathUnsigned(ctxt, hostdev, "string(source/address/@device)",
                                    &item->device);
    if (!item->hasVendor && !item->hasBus)
        return 0;
    if (!(item->domain = strdup(domain)))
        return -1;
    part->npassthrough++;
    return 0;
}


static int
domainPartParse(vpcDomainPart *part, const char *domain, const char *xml)
{
    xmlXPathContextPtr ctxt;
    xmlXPathObjectPtr graphics, hostdevs;
    xmlDocPtr doc;
    int i, rc = 0;

    if (!(doc = parseXML(xml, "domain.xml", &ctxt)))
        return -1;
    graphics = xmlXPathEvalExpression(
            (const xmlChar *)"/domain/devices/graphics[@type='vnc' or @type='spice']", ctxt);
    for (i = 0; graphics && graphics->nodesetval && i < graphics->nodesetval->nodeNr; i++) {
        xmlNodePtr node = graphics->nodesetval->nodeTab[i];
        vpcHostConsole *consoles, *console;

        if (!(consoles = realloc(part->consoles, (part->nconsoles + 1) * sizeof(*consoles)))) {
            rc = -1;
            break;
        }
        part->consoles = consoles;
        console = &consoles[part->nconsoles++];
        console->domain = strdup(domain);
        console->protocol = xpathStringOr(ctxt, node, "string(@type)", "");
        if (!(console->listen = xpathString(ctxt, node, "string(@listen)")))
            console->listen = xpathStringOr(ctxt, node, "string(listen[@type='address']/@address)",
                                            "");
        if (!console->domain || !console->protocol || !console->listen) {
            rc = -1;
            break;
        }
    }
    xmlXPathFreeObject(graphics);
    ctxt->node = NULL;
    hostdevs = xmlXPathEvalExpression(
            (const xmlChar *)"/domain/devices/hostdev[@mode='subsystem' and @type='usb']", ctxt);
    for (i = 0; rc == 0 && hostdevs && hostdevs->nodesetval && i < hostdevs->nodesetval->nodeNr; i++)
        rc = addPassthrough(part, ctxt, hostdevs->nodesetval->nodeTab[i], domain);
    xmlXPathFreeObject(hostdevs);
    freeXML(doc, ctxt);
    return rc;
}


/* Copies the consoles into the facts and marks the USB devices passed
 * through, each to its first domain (domains come by name). */
static int
domainPartApply(vpcHostFacts *facts, const vpcDomainPart *part)
{
    vpcHostConsole *consoles;
    size_t i, j;

    if (part->nconsoles) {
        if (!(consoles = realloc(facts->consoles,
                                 (facts->nconsoles + part->nconsoles) * sizeof(*consoles))))
            return -1;
        facts->consoles = consoles;
        for (i = 0; i < part->nconsoles; i++) {
            vpcHostConsole *console = &consoles[facts->nconsoles];

            console->domain = strdup(part->consoles[i].domain);
            console->protocol = strdup(part->consoles[i].protocol);
            console->listen = strdup(part->consoles[i].listen);
            facts->nconsoles++;
            if (!console->domain || !console->protocol || !console->listen)
                return -1;
        }
    }
    for (i = 0; i < part->npassthrough; i++) {
        const vpcUSBPassthrough *pt = &part->passthrough[i];

        for (j = 0; j < facts->nusb; j++) {
            vpcHostUSBDevice *usb = &facts->usb[j];
            char *name;

            if ((pt->hasVendor && usb->vendorId != pt->vendor) ||
                (pt->hasProduct && usb->productId != pt->product) ||
                (pt->hasBus && usb->bus != pt->bus) ||
                (pt->hasDevice && usb->device != pt->device) || *usb->attachedTo)
                continue;
            if (!(name = strdup(pt->domain)))
                return -1;
            free(usb->attachedTo);
            usb->attachedTo = name;
        }
    }
    return 0;
}


int
vpcHostFactsParseDomain(vpcHostFacts *facts, const char *domain, const char *xml)
{
    vpcDomainPart part = { 0 };
    int rc;

    rc = domainPartParse(&part, domain, xml);
    if (rc == 0)
        rc = domainPartApply(facts, &part);
    domainPartClear(&part);
    return rc;
}


/* "driver+transport://user@host:port/path?query" */
int
vpcHostFactsFromURI(vpcHostFacts *facts, const char *uri, const char *home,
                    const char *xdgConfigHome)
{
    const char *authority, *pathStart, *end;
    char *scheme = NULL, *host = NULL, *path = NULL, *dir = NULL, *slash;
    char base[4096];
    int rc = -1;

    if (!(authority = strstr(uri, "://")))
        goto cleanup;
    if (!(scheme = strndup(uri, authority - uri)))
        goto cleanup;
    authority += 3;
    pathStart = authority + strcspn(authority, "/?#");
    if (!(host = vpcHostName(NULL, uri)))
        goto cleanup;
    /* vpcHostName falls back to the URI itself where there is no host. */
    if (pathStart == authority || strncmp(host, uri, strlen(uri)) == 0)
        host[0] = '\0';
    end = pathStart + strcspn(pathStart, "?#");
    if (!(path = strndup(pathStart, end - pathStart)))
        goto cleanup;

    facts->local = host[0] == '\0';
    facts->remoteHost = host;
    host = NULL;

    base[0] = '\0';
    if (strncmp(scheme, "qemu", 4) == 0 && (scheme[4] == '\0' || scheme[4] == '+')) {
        if (strcmp(path, "/system") == 0)
            snprintf(base, sizeof(base), "/etc/libvirt/qemu/");
        else if (strcmp(path, "/session") == 0 && facts->local && xdgConfigHome && *xdgConfigHome)
            snprintf(base, sizeof(base), "%s/libvirt/qemu/", xdgConfigHome);
        else if (strcmp(path, "/session") == 0 && facts->local && home && *home)
            snprintf(base, sizeof(base), "%s/.config/libvirt/qemu/", home);
    } else if (strncmp(scheme, "test", 4) == 0 && (scheme[4] == '\0' || scheme[4] == '+') &&
               path[0] == '/' && strcmp(path, "/default") != 0) {
        /* The lab file holds every definition: its directory is theirs. */
        if (!(dir = strdup(path)) || !(facts->definitionFile = strdup(path)))
            goto cleanup;
        if ((slash = strrchr(dir, '/')))
            slash[1] = '\0';
        snprintf(base, sizeof(base), "%s", dir);
    }
    if (!(facts->vmConfigDir = strdup(base)))
        goto cleanup;
    if (base[0] && strncmp(scheme, "qemu", 4) == 0)
        strncat(base, "networks/", sizeof(base) - strlen(base) - 1);
    if (!(facts->vnConfigDir = strdup(base)))
        goto cleanup;
    if (!facts->definitionFile && !(facts->definitionFile = strdup("")))
        goto cleanup;
    rc = 0;

 cleanup:
    free(scheme);
    free(host);
    free(path);
    free(dir);
    return rc;
}


/* Fetching */

static int
compareStrings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}


static char *
libvirtWhy(const char *what)
{
    const char *message = virGetLastErrorMessage();
    char *text;

    if (asprintf(&text, "%s (%s)", what, message ? message : "no reason given") < 0)
        text = NULL;
    virResetLastError();
    return text;
}


static void
fetchNode(vpcHostFacts *facts, virConnectPtr conn)
{
    virNodeInfo node;
    unsigned long long freeBytes;

    if (virNodeGetInfo(conn, &node) == 0) {
        facts->memoryKiB = node.memory;
        facts->cpus = node.cpus;
        facts->mhz = node.mhz;
        facts->nodes = node.nodes;
        facts->sockets = node.sockets;
        facts->cores = node.cores;
        facts->threads = node.threads;
    } else {
        facts->nodeInfoMissing = libvirtWhy("the host does not report its CPUs and memory");
    }
    /* 0 is libvirt's failure value: no host has no free memory at all. */
    if ((freeBytes = virNodeGetFreeMemory(conn)) == 0)
        facts->freeMemoryMissing = libvirtWhy("the host does not report its free memory");
    else
        facts->freeMemoryBytes = freeBytes;
}


static void
fetchCPU(vpcHostFacts *facts, virConnectPtr conn)
{
    char *caps, *cpuXML = NULL, *sysinfo, *expanded;
    const char *models[1];

    /* SMBIOS first: the capabilities' vendor only fills what it left. */
    if ((sysinfo = virConnectGetSysinfo(conn, 0))) {
        vpcHostFactsParseSysinfo(facts, sysinfo);
        free(sysinfo);
    } else {
        virResetLastError();
    }
    if (!(caps = virConnectGetCapabilities(conn))) {
        facts->cpuFeaturesMissing = libvirtWhy("the host does not report its capabilities");
        return;
    }
    vpcHostFactsParseCapabilities(facts, caps, &cpuXML);
    free(caps);
    if (!cpuXML) {
        if (!facts->cpuFeaturesMissing)
            facts->cpuFeaturesMissing = strdup("the host's capabilities cannot be read");
        return;
    }
    models[0] = cpuXML;
    expanded = virConnectBaselineCPU(conn, models, 1, VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES);
    if (!expanded || vpcHostFactsParseBaseline(facts, expanded) < 0)
        facts->cpuFeaturesMissing = libvirtWhy("the host's CPU model cannot be expanded");
    free(expanded);
    free(cpuXML);
}


static void
fetchOS(vpcHostFacts *facts)
{
    struct utsname uts;
    char text[4096];
    FILE *file;
    size_t len;

    if (!facts->local) {
        facts->osMissing = strdup("libvirt does not report a remote host's operating system");
        return;
    }
    if ((file = fopen("/etc/os-release", "r")) || (file = fopen("/usr/lib/os-release", "r"))) {
        len = fread(text, 1, sizeof(text) - 1, file);
        text[len] = '\0';
        fclose(file);
        vpcHostFactsParseOSRelease(facts, text);
    }
    if (uname(&uts) == 0)
        facts->osRelease = strdup(uts.release);
    if (!facts->osName && facts->osRelease)
        facts->osName = strdup(uts.sysname);
    if (!facts->osName || !facts->osRelease)
        facts->osMissing = strdup("this machine's operating system cannot be read");
}


static void
fetchInterfaces(vpcHostFacts *facts, virConnectPtr conn)
{
    virInterfacePtr *ifaces = NULL;
    char **names = NULL;
    int n, i;

    if ((n = virConnectListAllInterfaces(conn, &ifaces, 0)) < 0) {
        virResetLastError();
        return;
    }
    /* By name: sort the objects through their names. */
    if (!(names = calloc(n ? n : 1, sizeof(*names))))
        goto cleanup;
    for (i = 0; i < n; i++) {
        char *xml = virInterfaceGetXMLDesc(ifaces[i], 0);
        char *address = xml ? vpcHostFactsInterfaceAddress(xml) : strdup("");
        const char *name = virInterfaceGetName(ifaces[i]);

        /* name, then a NUL, then its address: one string to sort. */
        if (address && name && asprintf(&names[i], "%s%c%s", name, '\0', address) < 0)
            names[i] = NULL;
        free(address);
        free(xml);
        virResetLastError();
    }
    qsort(names, n, sizeof(*names), compareStrings);
    for (i = 0; i < n; i++) {
        if (!names[i])
            continue;
        stringListAppend(&facts->interfaces, names[i]);
        stringListAppend(&facts->interfaceAddresses, names[i] + strlen(names[i]) + 1);
    }

 cleanup:
    for (i = 0; i < n; i++) {
        if (names)
            free(names[i]);
        virInterfaceFree(ifaces[i]);
    }
    free(names);
    free(ifaces);
}


static int
compareNodeDevices(const void *a, const void *b)
{
    return strcmp(virNodeDeviceGetName(*(virNodeDevicePtr const *)a),
                  virNodeDeviceGetName(*(virNodeDevicePtr const *)b));
}


static void
fetchNodeDevices(vpcHostFacts *facts, virConnectPtr conn)
{
    vpcUSBInterfaceList interfaces = { 0 };
    virNodeDevicePtr *devs = NULL;
    unsigned int caps = VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE |
                        VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV |
                        VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_INTERFACE;
    int n, i;

    /* Only the capabilities we read: a host has hundreds of PCI devices. */
    if ((n = virConnectListAllNodeDevices(conn, &devs, caps)) < 0) {
        virResetLastError();
        if ((n = virConnectListAllNodeDevices(conn, &devs, 0)) < 0) {
            virResetLastError();
            return;
        }
    }
    qsort(devs, n, sizeof(*devs), compareNodeDevices);
    for (i = 0; i < n; i++) {
        char *xml = virNodeDeviceGetXMLDesc(devs[i], 0);

        if (xml)
            vpcHostFactsParseNodeDevice(facts, xml, &interfaces);
        else
            virResetLastError();
        free(xml);
        virNodeDeviceFree(devs[i]);
    }
    free(devs);
    vpcHostFactsFinishUSB(facts, &interfaces);
}


static int
comparePools(const void *a, const void *b)
{
    return strcmp(virStoragePoolGetName(*(virStoragePoolPtr const *)a),
                  virStoragePoolGetName(*(virStoragePoolPtr const *)b));
}


static void
fetchPools(vpcHostFacts *facts, virConnectPtr conn)
{
    virStoragePoolPtr *pools = NULL;
    int n, i;

    if ((n = virConnectListAllStoragePools(conn, &pools, 0)) < 0) {
        virResetLastError();
        return;
    }
    qsort(pools, n, sizeof(*pools), comparePools);
    for (i = 0; i < n; i++) {
        char *xml = virStoragePoolGetXMLDesc(pools[i], 0);
        char *path = xml ? vpcHostFactsPoolPath(xml) : NULL;

        if (path)
            stringListAppend(&facts->searchPaths, path);
        virResetLastError();
        free(path);
        free(xml);
        virStoragePoolFree(pools[i]);
    }
    free(pools);
}


static int
compareNetworks(const void *a, const void *b)
{
    return strcmp(virNetworkGetName(*(virNetworkPtr const *)a),
                  virNetworkGetName(*(virNetworkPtr const *)b));
}


static void
fetchNetworks(vpcHostFacts *facts, virConnectPtr conn)
{
    virNetworkPtr *nets = NULL;
    int n, i;

    if ((n = virConnectListAllNetworks(conn, &nets, 0)) < 0) {
        virResetLastError();
        return;
    }
    qsort(nets, n, sizeof(*nets), compareNetworks);
    if ((facts->networks = calloc(n ? n : 1, sizeof(*facts->networks)))) {
        for (i = 0; i < n; i++) {
            char *xml = virNetworkGetXMLDesc(nets[i], 0);

            if (xml && vpcHostFactsParseNetwork(&facts->networks[facts->nnetworks], xml) == 0)
                facts->nnetworks++;
            else
                networkClear(&facts->networks[facts->nnetworks]);
            virResetLastError();
            free(xml);
        }
    }
    for (i = 0; i < n; i++)
        virNetworkFree(nets[i]);
    free(nets);
}


static int
compareDomains(const void *a, const void *b)
{
    return strcasecmp(virDomainGetName(*(virDomainPtr const *)a),
                      virDomainGetName(*(virDomainPtr const *)b));
}


/* The consoles and USB pass-through are in every domain's XML: one call
 * per domain, made only when a domain event (or, without events, the age
 * bound) says they may have changed, never per read. */
static void
fetchDomainPart(vpcDomainPart *part, virConnectPtr conn)
{
    virDomainPtr *doms = NULL;
    int n, i;

    if ((n = virConnectListAllDomains(conn, &doms, 0)) < 0) {
        virResetLastError();
        return;
    }
    qsort(doms, n, sizeof(*doms), compareDomains);
    for (i = 0; i < n; i++) {
        char *xml = virDomainGetXMLDesc(doms[i], 0);

        if (xml)
            domainPartParse(part, virDomainGetName(doms[i]), xml);
        virResetLastError();
        free(xml);
        virDomainFree(doms[i]);
    }
    free(doms);
}


static void
fetchDriver(vpcHostFacts *facts, virConnectPtr conn)
{
    unsigned long version;
    const char *type;
    char text[64];

    type = virConnectGetType(conn);
    facts->driverType = strdup(type ? type : "");
    if (virConnectGetVersion(conn, &version) == 0) {
        snprintf(text, sizeof(text), "%lu.%lu.%lu", version / 1000000, version / 1000 % 1000,
                 version % 1000);
        facts->driverVersion = strdup(text);
    }
    virResetLastError();
}


static vpcHostFacts *
fetchFacts(vpcHost *host, virConnectPtr conn, const vpcDomainPart *domains)
{
    vpcHostFacts *facts = calloc(1, sizeof(*facts));
    const char *uri;

    if (!facts)
        return NULL;
    pthread_mutex_lock(&host->lock);
    uri = host->resolvedUri && *host->resolvedUri ? host->resolvedUri : host->uri;
    facts->displayUri = strdup(host->displayUri);
    vpcHostFactsFromURI(facts, uri, getenv("HOME"), getenv("XDG_CONFIG_HOME"));
    pthread_mutex_unlock(&host->lock);
    if (!facts->remoteHost)
        facts->remoteHost = strdup("");
    if (!facts->vmConfigDir)
        facts->vmConfigDir = strdup("");
    if (!facts->vnConfigDir)
        facts->vnConfigDir = strdup("");
    if (!facts->definitionFile)
        facts->definitionFile = strdup("");

    fetchNode(facts, conn);
    fetchCPU(facts, conn);
    fetchOS(facts);
    fetchInterfaces(facts, conn);
    fetchNodeDevices(facts, conn);
    fetchPools(facts, conn);
    fetchNetworks(facts, conn);
    fetchDriver(facts, conn);
    if (domainPartApply(facts, domains) < 0) {
        vpcHostFactsFree(facts);
        return NULL;
    }
    return facts;
}


/* Wire format: in the order of the structure. */

static void
putStringList(vpcBuffer *buf, const vpcStringList *list)
{
    size_t i;

    vpcBufferPutU32(buf, (uint32_t)list->count);
    for (i = 0; i < list->count; i++)
        vpcBufferPutString(buf, list->items[i]);
}


static void
readStringList(vpcReader *rd, vpcStringList *list)
{
    uint32_t n = vpcReaderU32(rd), i;

    if (n > rd->len - rd->pos) {
        rd->failed = true;
        return;
    }
    for (i = 0; i < n && !rd->failed; i++) {
        char *item = vpcReaderString(rd);

        if (!item || stringListAppend(list, item) < 0)
            rd->failed = true;
        free(item);
    }
}


void
vpcPutHostFacts(vpcBuffer *buf, const vpcHostFacts *facts)
{
    size_t i;

    vpcBufferPutString(buf, facts->displayUri);
    vpcBufferPutU32(buf, facts->local);
    vpcBufferPutString(buf, facts->remoteHost);
    vpcBufferPutString(buf, facts->nodeInfoMissing);
    vpcBufferPutU64(buf, facts->memoryKiB);
    vpcBufferPutU32(buf, facts->cpus);
    vpcBufferPutU32(buf, facts->mhz);
    vpcBufferPutU32(buf, facts->nodes);
    vpcBufferPutU32(buf, facts->sockets);
    vpcBufferPutU32(buf, facts->cores);
    vpcBufferPutU32(buf, facts->threads);
    vpcBufferPutString(buf, facts->freeMemoryMissing);
    vpcBufferPutU64(buf, facts->freeMemoryBytes);
    vpcBufferPutString(buf, facts->cpuFeaturesMissing);
    putStringList(buf, &facts->cpuFeatures);
    vpcBufferPutString(buf, facts->processorManufacturer);
    vpcBufferPutString(buf, facts->processorVersion);
    vpcBufferPutString(buf, facts->osMissing);
    vpcBufferPutString(buf, facts->osName);
    vpcBufferPutString(buf, facts->osRelease);
    putStringList(buf, &facts->interfaces);
    putStringList(buf, &facts->interfaceAddresses);
    vpcBufferPutU32(buf, (uint32_t)facts->ndrives);
    for (i = 0; i < facts->ndrives; i++) {
        vpcBufferPutU32(buf, facts->drives[i].kind);
        vpcBufferPutString(buf, facts->drives[i].path);
        vpcBufferPutU64(buf, facts->drives[i].sizeBytes);
    }
    putStringList(buf, &facts->searchPaths);
    vpcBufferPutString(buf, facts->vmConfigDir);
    vpcBufferPutString(buf, facts->vnConfigDir);
    vpcBufferPutString(buf, facts->definitionFile);
    vpcBufferPutString(buf, facts->driverType);
    vpcBufferPutString(buf, facts->driverVersion);
    vpcBufferPutU32(buf, (uint32_t)facts->nnetworks);
    for (i = 0; i < facts->nnetworks; i++) {
        const vpcHostNetwork *net = &facts->networks[i];

        vpcBufferPutString(buf, net->name);
        vpcBufferPutString(buf, net->bridge);
        vpcBufferPutString(buf, net->forwardMode);
        vpcBufferPutString(buf, net->hostAdapter);
        vpcBufferPutString(buf, net->address);
        vpcBufferPutString(buf, net->netmask);
        vpcBufferPutU32(buf, net->dhcp);
        vpcBufferPutString(buf, net->rangeStart);
        vpcBufferPutString(buf, net->rangeEnd);
        vpcBufferPutU32(buf, net->dnsEnabled);
        vpcBufferPutU64(buf, (uint64_t)net->leaseSeconds);
    }
    vpcBufferPutU32(buf, (uint32_t)facts->nusb);
    for (i = 0; i < facts->nusb; i++) {
        const vpcHostUSBDevice *usb = &facts->usb[i];

        vpcBufferPutString(buf, usb->name);
        vpcBufferPutString(buf, usb->product);
        vpcBufferPutString(buf, usb->vendor);
        vpcBufferPutU32(buf, usb->vendorId);
        vpcBufferPutU32(buf, usb->productId);
        vpcBufferPutU32(buf, usb->bus);
        vpcBufferPutU32(buf, usb->device);
        vpcBufferPutU32(buf, (uint32_t)usb->deviceClass);
        vpcBufferPutString(buf, usb->attachedTo);
    }
    vpcBufferPutU32(buf, (uint32_t)facts->nconsoles);
    for (i = 0; i < facts->nconsoles; i++) {
        vpcBufferPutString(buf, facts->consoles[i].domain);
        vpcBufferPutString(buf, facts->consoles[i].protocol);
        vpcBufferPutString(buf, facts->consoles[i].listen);
    }
}


/* A required string: NULL is a malformed message. */
static char *
readRequired(vpcReader *rd)
{
    char *str = vpcReaderString(rd);

    if (!str)
        rd->failed = true;
    return str;
}


/* Counts bound by what is left: each element takes bytes. */
static void *
readArray(vpcReader *rd, size_t size, size_t *count)
{
    uint32_t n = vpcReaderU32(rd);
    void *items;

    *count = 0;
    if (rd->failed || n > rd->len - rd->pos || !(items = calloc(n ? n : 1, size))) {
        rd->failed = true;
        return NULL;
    }
    *count = n;
    return items;
}


vpcHostFacts *
vpcReadHostFacts(vpcReader *rd)
{
    vpcHostFacts *facts = calloc(1, sizeof(*facts));
    size_t i, n;

    if (!facts) {
        rd->failed = true;
        return NULL;
    }
    facts->displayUri = readRequired(rd);
    facts->local = vpcReaderU32(rd) != 0;
    facts->remoteHost = readRequired(rd);
    facts->nodeInfoMissing = vpcReaderString(rd);
    facts->memoryKiB = vpcReaderU64(rd);
    facts->cpus = vpcReaderU32(rd);
    facts->mhz = vpcReaderU32(rd);
    facts->nodes = vpcReaderU32(rd);
    facts->sockets = vpcReaderU32(rd);
    facts->cores = vpcReaderU32(rd);
    facts->threads = vpcReaderU32(rd);
    facts->freeMemoryMissing = vpcReaderString(rd);
    facts->freeMemoryBytes = vpcReaderU64(rd);
    facts->cpuFeaturesMissing = vpcReaderString(rd);
    readStringList(rd, &facts->cpuFeatures);
    facts->processorManufacturer = vpcReaderString(rd);
    facts->processorVersion = vpcReaderString(rd);
    facts->osMissing = vpcReaderString(rd);
    facts->osName = vpcReaderString(rd);
    facts->osRelease = vpcReaderString(rd);
    readStringList(rd, &facts->interfaces);
    readStringList(rd, &facts->interfaceAddresses);
    if (facts->interfaces.count != facts->interfaceAddresses.count)
        rd->failed = true;

    facts->drives = readArray(rd, sizeof(*facts->drives), &n);
    for (i = 0; i < n && !rd->failed; i++) {
        facts->drives[i].kind = vpcReaderU32(rd);
        facts->drives[i].path = readRequired(rd);
        facts->drives[i].sizeBytes = vpcReaderU64(rd);
        facts->ndrives = i + 1;
        if (facts->drives[i].kind >= VPC_HOST_DRIVE_LAST)
            rd->failed = true;
    }
    readStringList(rd, &facts->searchPaths);
    facts->vmConfigDir = readRequired(rd);
    facts->vnConfigDir = readRequired(rd);
    facts->definitionFile = readRequired(rd);
    facts->driverType = readRequired(rd);
    facts->driverVersion = vpcReaderString(rd);

    facts->networks = readArray(rd, sizeof(*facts->networks), &n);
    for (i = 0; i < n && !rd->failed; i++) {
        vpcHostNetwork *net = &facts->networks[i];

        facts->nnetworks = i + 1;
        net->name = readRequired(rd);
        net->bridge = readRequired(rd);
        net->forwardMode = readRequired(rd);
        net->hostAdapter = readRequired(rd);
        net->address = readRequired(rd);
        net->netmask = readRequired(rd);
        net->dhcp = vpcReaderU32(rd) != 0;
        net->rangeStart = readRequired(rd);
        net->rangeEnd = readRequired(rd);
        net->dnsEnabled = vpcReaderU32(rd) != 0;
        net->leaseSeconds = (int64_t)vpcReaderU64(rd);
    }
    facts->usb = readArray(rd, sizeof(*facts->usb), &n);
    for (i = 0; i < n && !rd->failed; i++) {
        vpcHostUSBDevice *usb = &facts->usb[i];

        facts->nusb = i + 1;
        usb->name = readRequired(rd);
        usb->product = readRequired(rd);
        usb->vendor = readRequired(rd);
        usb->vendorId = vpcReaderU32(rd);
        usb->productId = vpcReaderU32(rd);
        usb->bus = vpcReaderU32(rd);
        usb->device = vpcReaderU32(rd);
        usb->deviceClass = (int)vpcReaderU32(rd);
        usb->attachedTo = readRequired(rd);
    }
    facts->consoles = readArray(rd, sizeof(*facts->consoles), &n);
    for (i = 0; i < n && !rd->failed; i++) {
        facts->nconsoles = i + 1;
        facts->consoles[i].domain = readRequired(rd);
        facts->consoles[i].protocol = readRequired(rd);
        facts->consoles[i].listen = readRequired(rd);
    }
    if (rd->failed) {
        vpcHostFactsFree(facts);
        return NULL;
    }
    return facts;
}


/*
 * The backend's cache: the encoded facts of each host, renewed when older
 * than VPC_HOST_FACTS_MAX_AGE_MS, after a reconnection, or after a network
 * lifecycle event; the domains' part, which costs a call per domain, only
 * after a domain event (lifecycle, device added or removed) or a
 * reconnection, or with the rest where the driver has no domain events.
 */
enum {
    FACTS_EVENT_NETWORK,
    FACTS_EVENT_DOMAIN_LIFECYCLE,
    FACTS_EVENT_DEVICE_ADDED,
    FACTS_EVENT_DEVICE_REMOVED,
    FACTS_EVENT_LAST
};

struct _vpcHostFactsCache {
    pthread_mutex_t lock;
    vpcBuffer encoded;
    bool valid;
    int64_t fetchedMs;
    virConnectPtr conn;             /* not a reference: compared only */
    unsigned int generation;        /* bumped by events (atomic) */
    unsigned int fetchedGeneration;

    vpcDomainPart domains;
    bool domainsValid;
    virConnectPtr domainsConn;
    unsigned int domainGeneration;
    unsigned int domainsFetchedGeneration;
    bool domainEvents;              /* the driver reports domain changes (atomic) */
    int callbacks[FACTS_EVENT_LAST];
};


vpcHostFactsCache *
vpcHostFactsCacheNew(void)
{
    vpcHostFactsCache *cache = calloc(1, sizeof(*cache));
    int i;

    if (!cache)
        return NULL;
    pthread_mutex_init(&cache->lock, NULL);
    for (i = 0; i < FACTS_EVENT_LAST; i++)
        cache->callbacks[i] = -1;
    return cache;
}


void
vpcHostFactsCacheFree(vpcHostFactsCache *cache)
{
    if (!cache)
        return;
    vpcBufferClear(&cache->encoded);
    domainPartClear(&cache->domains);
    pthread_mutex_destroy(&cache->lock);
    free(cache);
}


/* From libvirt's event thread: atomics, never the lock a fetch holds. */
static void
invalidate(vpcHost *host, bool domains)
{
    vpcHostFactsCache *cache = host->factsCache;

    __atomic_add_fetch(&cache->generation, 1, __ATOMIC_SEQ_CST);
    if (domains)
        __atomic_add_fetch(&cache->domainGeneration, 1, __ATOMIC_SEQ_CST);
}


/* After a change of this process's own: the next fetch reads the host,
 * without waiting for the event that will say so too. */
void
vpcHostFactsInvalidate(vpcHost *host)
{
    invalidate(host, false);
}


/* The same after a change of what a domain passes through. */
void
vpcHostFactsInvalidateDomains(vpcHost *host)
{
    invalidate(host, true);
}


static void
networkLifecycleEvent(virConnectPtr conn, virNetworkPtr net, int event, int detail,
                      void *opaque)
{
    invalidate(opaque, false);
}


static void
domainLifecycleEvent(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    invalidate(opaque, true);
}


static void
deviceEvent(virConnectPtr conn, virDomainPtr dom, const char *alias, void *opaque)
{
    invalidate(opaque, true);
}


/* On the monitor's connection, as it attaches to it. */
void
vpcHostFactsRegisterEvents(vpcHost *host, virConnectPtr conn)
{
    vpcHostFactsCache *cache = host->factsCache;
    int *ids = cache->callbacks;

    ids[FACTS_EVENT_NETWORK] =
        virConnectNetworkEventRegisterAny(conn, NULL, VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                          VIR_NETWORK_EVENT_CALLBACK(networkLifecycleEvent),
                                          host, NULL);
    ids[FACTS_EVENT_DOMAIN_LIFECYCLE] =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(domainLifecycleEvent),
                                         host, NULL);
    ids[FACTS_EVENT_DEVICE_ADDED] =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
                                         VIR_DOMAIN_EVENT_CALLBACK(deviceEvent), host, NULL);
    ids[FACTS_EVENT_DEVICE_REMOVED] =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
                                         VIR_DOMAIN_EVENT_CALLBACK(deviceEvent), host, NULL);
    /* Without events the bounded age renews everything. */
    virResetLastError();
    __atomic_store_n(&cache->domainEvents, ids[FACTS_EVENT_DOMAIN_LIFECYCLE] >= 0,
                     __ATOMIC_SEQ_CST);
    invalidate(host, true);
}


void
vpcHostFactsDeregisterEvents(vpcHost *host, virConnectPtr conn)
{
    vpcHostFactsCache *cache = host->factsCache;
    int i;

    for (i = 0; i < FACTS_EVENT_LAST; i++) {
        if (cache->callbacks[i] < 0)
            continue;
        if (i == FACTS_EVENT_NETWORK)
            virConnectNetworkEventDeregisterAny(conn, cache->callbacks[i]);
        else
            virConnectDomainEventDeregisterAny(conn, cache->callbacks[i]);
        cache->callbacks[i] = -1;
    }
    virResetLastError();
    __atomic_store_n(&cache->domainEvents, false, __ATOMIC_SEQ_CST);
}


int
vpcHostFactsEncode(vpcHost *host, vpcBuffer *out, vpcError *err)
{
    vpcHostFactsCache *cache = host->factsCache;
    unsigned int generation, domainGeneration;
    vpcHostFacts *facts;
    virConnectPtr conn;
    int64_t now;
    bool stale;
    int rc = -1;

    if (!cache) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    if (!(conn = vpcHostReadConnection(host, err)))
        return -1;

    /* Held while fetching: concurrent scripts wait for one fetch. */
    pthread_mutex_lock(&cache->lock);
    now = vpcNowMonotonicMs();
    generation = __atomic_load_n(&cache->generation, __ATOMIC_SEQ_CST);
    domainGeneration = __atomic_load_n(&cache->domainGeneration, __ATOMIC_SEQ_CST);
    stale = !cache->valid || cache->conn != conn || cache->fetchedGeneration != generation ||
            now - cache->fetchedMs > VPC_HOST_FACTS_MAX_AGE_MS;
    if (stale) {
        if (!cache->domainsValid || cache->domainsConn != conn ||
            !__atomic_load_n(&cache->domainEvents, __ATOMIC_SEQ_CST) ||
            cache->domainsFetchedGeneration != domainGeneration) {
            domainPartClear(&cache->domains);
            fetchDomainPart(&cache->domains, conn);
            cache->domainsValid = true;
            cache->domainsConn = conn;
            cache->domainsFetchedGeneration = domainGeneration;
        }
        if (!(facts = fetchFacts(host, conn, &cache->domains))) {
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
            goto cleanup;
        }
        vpcBufferClear(&cache->encoded);
        vpcPutHostFacts(&cache->encoded, facts);
        vpcHostFactsFree(facts);
        cache->valid = !cache->encoded.failed;
        cache->conn = conn;
        cache->fetchedMs = now;
        cache->fetchedGeneration = generation;
        if (!cache->valid) {
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
            goto cleanup;
        }
    }
    vpcBufferPutBytes(out, cache->encoded.data, cache->encoded.len);
    rc = out->failed ? -1 : 0;
    if (rc < 0)
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);

 cleanup:
    pthread_mutex_unlock(&cache->lock);
    virConnectClose(conn);
    return rc;
}
