/*
 * What the accountant needs from a libvirt domain description.
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "vpccore_private.h"

void
vpcDeviceListClear(vpcDeviceList *list)
{
    size_t i;

    for (i = 0; i < list->count; i++)
        free(list->names[i]);
    free(list->names);
    list->names = NULL;
    list->count = 0;
}


int
vpcDeviceListAppendCopy(vpcDeviceList *list, const char *name)
{
    char **names;

    if (!(names = realloc(list->names, (list->count + 1) * sizeof(*names))))
        return -1;
    list->names = names;
    if (!(list->names[list->count] = strdup(name)))
        return -1;
    list->count++;
    return 0;
}


/* Evaluates an XPath expression that selects one attribute per device and
 * appends each value; devices lacking the attribute are reported by the
 * 'fallback' expression instead (evaluated relative to the device). */
static int
collectDevices(xmlXPathContextPtr ctxt, const char *devices, const char *primary,
               const char *fallback, vpcDeviceList *list)
{
    xmlXPathObjectPtr nodes;
    int i, rc = 0;

    if (!(nodes = xmlXPathEvalExpression((const xmlChar *)devices, ctxt)))
        return -1;

    for (i = 0; nodes->nodesetval && i < nodes->nodesetval->nodeNr; i++) {
        const char *exprs[2] = { primary, fallback };
        xmlChar *value = NULL;
        size_t e;

        ctxt->node = nodes->nodesetval->nodeTab[i];
        for (e = 0; e < 2 && exprs[e] && !value; e++) {
            xmlXPathObjectPtr attr = xmlXPathEvalExpression((const xmlChar *)exprs[e], ctxt);

            if (attr && attr->type == XPATH_STRING && attr->stringval && *attr->stringval)
                value = xmlStrdup(attr->stringval);
            xmlXPathFreeObject(attr);
        }
        /* A device with neither name still counts: its stats are
         * unavailable, which the caller reports once. */
        rc = vpcDeviceListAppendCopy(list, value ? (const char *)value : "");
        xmlFree(value);
        if (rc < 0)
            break;
    }
    xmlXPathFreeObject(nodes);
    return rc;
}


static double attributeNumber(xmlNodePtr node, const char *name);

/* Our scheduling element in a domain's <metadata>, as
 * virDomainGetMetadata would give it; -1 for what is absent. */
static void
schedulingFromDomain(xmlXPathContextPtr ctxt, vpcSchedulingMetadata *meta)
{
    xmlXPathObjectPtr found;

    meta->reserved = meta->maximum = meta->weight = -1;
    if (xmlXPathRegisterNs(ctxt, (const xmlChar *)"wvs", (const xmlChar *)VPC_SCHEDULING_NS) < 0)
        return;
    found = xmlXPathEvalExpression((const xmlChar *)"/domain/metadata/wvs:scheduling", ctxt);
    if (found && found->nodesetval && found->nodesetval->nodeNr > 0) {
        xmlNodePtr node = found->nodesetval->nodeTab[0];

        meta->reserved = attributeNumber(node, "reserved");
        meta->maximum = attributeNumber(node, "maximum");
        meta->weight = attributeNumber(node, "weight");
    }
    xmlXPathFreeObject(found);
}


int
vpcDomainXMLDevices(const char *xml, vpcDeviceList *nics, vpcDeviceList *disks)
{
    return vpcDomainXMLDescribe(xml, nics, disks, NULL);
}


/*
 * NICs are named by their host-side target device where libvirt gave them
 * one, else by MAC address (libvirt accepts both for interface stats).
 * Disks, CD/DVD drives included, are named by their target ("vda", "hdc").
 * 'meta', unless NULL, gets our scheduling element from the same
 * description: no call of its own.
 */
int
vpcDomainXMLDescribe(const char *xml, vpcDeviceList *nics, vpcDeviceList *disks,
                     vpcSchedulingMetadata *meta)
{
    xmlDocPtr doc;
    xmlXPathContextPtr ctxt = NULL;
    int rc = -1;

    doc = xmlReadMemory(xml, strlen(xml), "domain.xml", NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc)
        return -1;
    if (!(ctxt = xmlXPathNewContext(doc)))
        goto cleanup;

    if (collectDevices(ctxt, "/domain/devices/interface", "string(target/@dev)",
                       "string(mac/@address)", nics) < 0)
        goto cleanup;
    if (collectDevices(ctxt, "/domain/devices/disk", "string(target/@dev)", NULL, disks) < 0)
        goto cleanup;
    if (meta)
        schedulingFromDomain(ctxt, meta);
    rc = 0;

 cleanup:
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
    return rc;
}


static double
attributeNumber(xmlNodePtr node, const char *name)
{
    xmlChar *value = xmlGetProp(node, (const xmlChar *)name);
    double result = -1;

    if (value) {
        if (vpcParseDouble((const char *)value, &result) < 0 || result < 0)
            result = -1;
        xmlFree(value);
    }
    return result;
}


int
vpcSchedulingXMLParse(const char *xml, vpcSchedulingMetadata *meta)
{
    xmlDocPtr doc;
    xmlNodePtr root;

    meta->reserved = meta->maximum = meta->weight = -1;
    doc = xmlReadMemory(xml, strlen(xml), "scheduling.xml", NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc)
        return -1;
    if ((root = xmlDocGetRootElement(doc)) &&
        xmlStrcmp(root->name, (const xmlChar *)"scheduling") == 0) {
        meta->reserved = attributeNumber(root, "reserved");
        meta->maximum = attributeNumber(root, "maximum");
        meta->weight = attributeNumber(root, "weight");
    }
    xmlFreeDoc(doc);
    return 0;
}


char *
vpcSchedulingXMLFormat(const vpcSchedulingMetadata *meta)
{
    static const char *const names[] = { "reserved", "maximum", "weight" };
    const double values[] = { meta->reserved, meta->maximum, meta->weight };
    char xml[256] = "<scheduling", number[64];
    size_t i;

    for (i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
        if (values[i] < 0)
            continue;
        vpcFormatDouble(values[i], number, sizeof(number));
        snprintf(xml + strlen(xml), sizeof(xml) - strlen(xml), " %s='%s'", names[i], number);
    }
    snprintf(xml + strlen(xml), sizeof(xml) - strlen(xml), "/>");
    return strdup(xml);
}
