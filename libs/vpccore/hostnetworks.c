/*
 * Changes a script makes to a host's libvirt networks: Virtual Server's
 * Create, Register, Delete and Unregister of virtual networks, and the
 * settings of a network and its DHCP server.  Each goes through the
 * host's read-write connection and either applies whole or leaves the
 * network's definition as it was.
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

#ifndef _GNU_SOURCE
# define _GNU_SOURCE    /* asprintf */
#endif
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "vpchost.h"

/* Network changes of one backend, one at a time: two scripts' checks,
 * reads and definitions never interleave. */
static pthread_mutex_t changeLock = PTHREAD_MUTEX_INITIALIZER;

/* Addresses of ConfigureDHCPServer */

/* Dotted decimal only ("10.0.0.1"), as Virtual Server takes them. */
static bool
parseIPv4(const char *text, uint32_t *addr)
{
    struct in_addr in;

    if (!text || inet_pton(AF_INET, text, &in) != 1)
        return false;
    *addr = ntohl(in.s_addr);
    return true;
}


/* Leading one bits, then zeros, leaving at least two host addresses. */
static bool
isNetmask(uint32_t mask)
{
    uint32_t hosts = ~mask;

    return mask && (hosts & (hosts + 1)) == 0 && hosts >= 3;
}


/* An address of the network a host may have: not its base, not its
 * broadcast address. */
static bool
isHostOf(uint32_t addr, uint32_t network, uint32_t mask)
{
    return (addr & mask) == network && addr != network && addr != (network | ~mask);
}


vpcDhcpProblem
vpcDhcpCheck(const char *network, const char *mask, const char *start, const char *end,
             const char *server, char *why, size_t size)
{
    uint32_t net, msk, first, last, srv;

    if (!parseIPv4(mask, &msk) || !isNetmask(msk)) {
        snprintf(why, size, "networkMask \"%s\" is not a network mask in dotted-decimal "
                 "notation (contiguous leading ones, at least two host addresses)", mask);
        return VPC_DHCP_BAD_MASK;
    }
    if (!parseIPv4(network, &net) || (net & ~msk)) {
        snprintf(why, size, "network \"%s\" is not the base address of a network with mask %s",
                 network, mask);
        return VPC_DHCP_BAD_NETWORK;
    }
    if (!parseIPv4(start, &first) || !isHostOf(first, net, msk)) {
        snprintf(why, size, "startingIPAddress \"%s\" is not a host address of %s/%s",
                 start, network, mask);
        return VPC_DHCP_BAD_START;
    }
    if (!parseIPv4(end, &last) || !isHostOf(last, net, msk)) {
        snprintf(why, size, "endingIPAddress \"%s\" is not a host address of %s/%s",
                 end, network, mask);
        return VPC_DHCP_BAD_END;
    }
    if (!parseIPv4(server, &srv) || !isHostOf(srv, net, msk)) {
        snprintf(why, size, "serverIPAddress \"%s\" is not a host address of %s/%s",
                 server, network, mask);
        return VPC_DHCP_BAD_SERVER;
    }
    if (first > last) {
        snprintf(why, size, "the starting address %s comes after the ending address %s",
                 start, end);
        return VPC_DHCP_BAD_RANGE;
    }
    /* The server's address is the host's own on the network's bridge. */
    if (srv >= first && srv <= last) {
        snprintf(why, size, "the range %s - %s holds the server's address %s",
                 start, end, server);
        return VPC_DHCP_BAD_RANGE;
    }
    return VPC_DHCP_OK;
}


/* Network XML */

static xmlDocPtr
parseNetworkXML(const char *text)
{
    /* The DLL sends UTF-8 whatever the file said it was. */
    return xmlReadMemory(text, strlen(text), "network.xml", "UTF-8",
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                         XML_PARSE_IGNORE_ENC);
}


static char *
formatXML(xmlDocPtr doc)
{
    xmlChar *out = NULL;
    char *ret;
    int len = 0;

    xmlDocDumpMemoryEnc(doc, &out, &len, "UTF-8");
    if (!out)
        return NULL;
    ret = strdup((const char *)out);
    xmlFree(out);
    return ret;
}


static bool
isElement(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && !xmlStrcmp(node->name, (const xmlChar *)name);
}


static xmlNodePtr
firstChild(xmlNodePtr parent, const char *name)
{
    xmlNodePtr node;

    for (node = parent ? parent->children : NULL; node; node = node->next)
        if (isElement(node, name))
            return node;
    return NULL;
}


/* The network's first IPv4 <ip>, the one the DHCP server members show
 * (hostfacts.c reads the same). */
static xmlNodePtr
firstIPv4(xmlNodePtr root)
{
    xmlNodePtr node;

    for (node = root->children; node; node = node->next) {
        xmlChar *family;
        bool v4;

        if (!isElement(node, "ip"))
            continue;
        family = xmlGetProp(node, (const xmlChar *)"family");
        v4 = !family || !xmlStrcmp(family, (const xmlChar *)"ipv4");
        xmlFree(family);
        if (v4)
            return node;
    }
    return NULL;
}


static void
unlinkAndFree(xmlNodePtr node)
{
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}


/* Whether the domain's configuration has an interface on the network. */
static bool
usesNetwork(const char *xml, const char *network)
{
    xmlDocPtr doc = xmlReadMemory(xml, strlen(xml), "domain.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNodePtr devices, iface, source;
    bool found = false;

    if (!doc)
        return false;
    for (devices = xmlDocGetRootElement(doc)->children; devices && !found; devices = devices->next) {
        if (!isElement(devices, "devices"))
            continue;
        for (iface = devices->children; iface && !found; iface = iface->next) {
            if (!isElement(iface, "interface"))
                continue;
            for (source = iface->children; source && !found; source = source->next) {
                xmlChar *name;

                if (!isElement(source, "source"))
                    continue;
                name = xmlGetProp(source, (const xmlChar *)"network");
                found = name && strcmp((const char *)name, network) == 0;
                xmlFree(name);
            }
        }
    }
    xmlFreeDoc(doc);
    return found;
}


/* The domains with an interface on the network (running ones, or with
 * VIR_CONNECT_LIST_DOMAINS_PERSISTENT also their definitions), as
 * "A", "B", or NULL. */
static char *
networkUsers(virConnectPtr conn, const char *network, bool definitions)
{
    virDomainPtr *doms = NULL;
    char *users = NULL, *xml, *more;
    int n, i;

    if ((n = virConnectListAllDomains(conn, &doms, definitions ? 0 :
                                      VIR_CONNECT_LIST_DOMAINS_ACTIVE)) < 0) {
        virResetLastError();
        return NULL;
    }
    for (i = 0; i < n; i++) {
        bool uses = false;

        if ((xml = virDomainGetXMLDesc(doms[i], 0))) {
            uses = usesNetwork(xml, network);
            free(xml);
        }
        if (!uses && definitions && virDomainIsActive(doms[i]) == 1 &&
            (xml = virDomainGetXMLDesc(doms[i], VIR_DOMAIN_XML_INACTIVE))) {
            uses = usesNetwork(xml, network);
            free(xml);
        }
        if (uses && asprintf(&more, "%s%s\"%s\"", users ? users : "", users ? ", " : "",
                             virDomainGetName(doms[i])) >= 0) {
            free(users);
            users = more;
        }
        virDomainFree(doms[i]);
    }
    free(doms);
    return users;
}


/* A network of that name (in any case: scripts find networks whatever the
 * case) or UUID on the host. */
static bool
networkExists(vpcHost *host, virConnectPtr conn, const char *name, const char *uuid,
              vpcError *err)
{
    virNetworkPtr *nets = NULL;
    int n, i;
    bool found = false;

    if ((n = virConnectListAllNetworks(conn, &nets, 0)) < 0) {
        virResetLastError();
        n = 0;
    }
    for (i = 0; i < n; i++) {
        char other[VIR_UUID_STRING_BUFLEN];

        if (!found && name && !strcasecmp(virNetworkGetName(nets[i]), name)) {
            vpcErrorSet(err, VPC_ERR_DUPLICATE_NAME, host->displayUri, NULL,
                        "a virtual network named \"%s\" exists", virNetworkGetName(nets[i]));
            found = true;
        } else if (!found && uuid && !virNetworkGetUUIDString(nets[i], other) &&
                   !strcasecmp(other, uuid)) {
            vpcErrorSet(err, VPC_ERR_DUPLICATE_NAME, host->displayUri, NULL,
                        "the virtual network \"%s\" has the UUID %s", virNetworkGetName(nets[i]),
                        uuid);
            found = true;
        }
        virNetworkFree(nets[i]);
    }
    free(nets);
    return found;
}


/* Creation and removal */

/* Defined, running and started with the host, as Virtual Server's networks
 * are there while it runs.  A step libvirt refuses undoes those before it. */
static int
defineStarted(vpcHost *host, virConnectPtr conn, const char *xml, char **definedName,
              vpcError *err)
{
    virNetworkPtr net;
    int rc = -1;

    if (!(net = virNetworkDefineXML(conn, xml))) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot define the virtual network");
        return -1;
    }
    if (virNetworkCreate(net) < 0 || virNetworkSetAutostart(net, 1) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot start the virtual network");
        if (virNetworkIsActive(net) == 1)
            virNetworkDestroy(net);
        virNetworkUndefine(net);
    } else if (definedName && !(*definedName = strdup(virNetworkGetName(net)))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        virNetworkDestroy(net);
        virNetworkUndefine(net);
    } else {
        rc = 0;
    }
    virNetworkFree(net);
    return rc;
}


/* A new network as Virtual Server makes one: isolated (no forwarding, no
 * address: libvirt picks the bridge). */
static int
createNetwork(vpcHost *host, virConnectPtr conn, const char *name, vpcError *err)
{
    xmlDocPtr doc;
    xmlNodePtr root;
    char *xml = NULL;
    int rc;

    if (networkExists(host, conn, name, NULL, err))
        return -1;
    if ((doc = xmlNewDoc((const xmlChar *)"1.0")) &&
        (root = xmlNewDocNode(doc, NULL, (const xmlChar *)"network", NULL))) {
        xmlDocSetRootElement(doc, root);
        if (xmlNewTextChild(root, NULL, (const xmlChar *)"name", (const xmlChar *)name))
            xml = formatXML(doc);
    }
    xmlFreeDoc(doc);
    if (!xml) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    rc = defineStarted(host, conn, xml, NULL, err);
    free(xml);
    return rc;
}


/*
 * RegisterVirtualNetwork's file: libvirt network XML (what virsh
 * net-dumpxml writes), named 'name' when one is given.  A Virtual Server
 * .vnc (its own <preferences> format) says what it is.  '*definedName'
 * gets the name the network has on the host.
 */
static int
registerNetwork(vpcHost *host, virConnectPtr conn, const char *name, const char *text,
                char **definedName, vpcError *err)
{
    xmlNodePtr root, nameNode, uuidNode;
    xmlChar *fileName = NULL, *uuid = NULL;
    char *xml = NULL;
    xmlDocPtr doc;
    int rc = -1;

    if (!(doc = parseNetworkXML(text))) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "the configuration file is not XML; RegisterVirtualNetwork takes libvirt "
                    "network XML (virsh net-dumpxml writes it)");
        return -1;
    }
    root = xmlDocGetRootElement(doc);
    if (!isElement(root, "network")) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    root && isElement(root, "preferences")
                    ? "the configuration file is a Virtual Server .vnc, which libvirt cannot "
                      "use; RegisterVirtualNetwork takes libvirt network XML (virsh net-dumpxml "
                      "writes it)"
                    : "the configuration file is not libvirt network XML (its root is not "
                      "<network>)");
        goto cleanup;
    }
    nameNode = firstChild(root, "name");
    if (name && *name) {
        if (nameNode)
            unlinkAndFree(nameNode);
        if (!xmlNewTextChild(root, NULL, (const xmlChar *)"name", (const xmlChar *)name))
            goto nomem;
    } else if (!nameNode || !(fileName = xmlNodeGetContent(nameNode)) || !*fileName) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "the configuration file names no virtual network (<name>)");
        goto cleanup;
    }
    if ((uuidNode = firstChild(root, "uuid")))
        uuid = xmlNodeGetContent(uuidNode);
    if (networkExists(host, conn, name && *name ? name : (const char *)fileName,
                      (const char *)uuid, err))
        goto cleanup;
    if (!(xml = formatXML(doc)))
        goto nomem;
    rc = defineStarted(host, conn, xml, definedName, err);
    goto cleanup;

 nomem:
    vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
 cleanup:
    xmlFree(fileName);
    xmlFree(uuid);
    free(xml);
    xmlFreeDoc(doc);
    return rc;
}


/* The refusal of a change to a network running VMs are on. */
static bool
refuseInUse(vpcHost *host, virConnectPtr conn, const char *name, const char *why,
            bool definitions, vpcError *err)
{
    char *users = networkUsers(conn, name, definitions);

    if (!users)
        return false;
    vpcErrorSet(err, VPC_ERR_BUSY, host->displayUri, NULL,
                "the virtual network \"%s\" is in use by %svirtual machines: %s%s",
                name, definitions ? "" : "running ", users, why);
    free(users);
    return true;
}


/* Stopped and undefined (libvirt deletes its own file with it); a network
 * running VMs use stays, as does one libvirt will not undefine (started
 * again if it was running). */
static int
deleteNetwork(vpcHost *host, virConnectPtr conn, const char *name, vpcError *err)
{
    virNetworkPtr net;
    bool wasActive;
    int rc = -1;

    if (!(net = virNetworkLookupByName(conn, name))) {
        virResetLastError();
        return 1;
    }
    if (refuseInUse(host, conn, name, "", false, err)) {
        virNetworkFree(net);
        return -1;
    }
    wasActive = virNetworkIsActive(net) == 1;
    if (wasActive && virNetworkDestroy(net) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot stop the virtual network");
    } else if (virNetworkUndefine(net) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot remove the virtual network");
        if (wasActive)
            virNetworkCreate(net);
    } else {
        rc = 0;
    }
    virNetworkFree(net);
    return rc;
}


/* Settings */

/* The network from 'xml': defined (when 'persistent') and started (when
 * 'start').  A network that is not running takes a new definition at
 * once; a running one would keep the old until it stops. */
static bool
putDefinition(virConnectPtr conn, const char *xml, bool persistent, bool start)
{
    virNetworkPtr net = persistent ? virNetworkDefineXML(conn, xml)
                                   : virNetworkCreateXML(conn, xml);
    bool ok = net != NULL;

    if (net && persistent && start)
        ok = virNetworkCreate(net) == 0;
    if (net)
        virNetworkFree(net);
    return ok;
}


/* The definition 'doc' becomes the network's.  libvirt applies an
 * address or a DHCP range of a running network only when it starts it, so
 * a running network is stopped, given the definition and started again;
 * running VMs on it would not survive that, so they refuse the change.
 * A step that fails puts the old definition back (running again if it
 * was). */
static int
redefine(vpcHost *host, virConnectPtr conn, virNetworkPtr net, const char *oldXML,
         xmlDocPtr doc, vpcError *err)
{
    const char *name = virNetworkGetName(net);
    bool active = virNetworkIsActive(net) == 1;
    bool persistent = virNetworkIsPersistent(net) != 0;
    char *xml;

    if (active && refuseInUse(host, conn, name, "; the change needs the network started again",
                              false, err))
        return -1;
    if (!(xml = formatXML(doc))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    if (active && virNetworkDestroy(net) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot stop the virtual network to change it");
        free(xml);
        return -1;
    }
    if (!putDefinition(conn, xml, persistent, active)) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot change the virtual network");
        /* Back as it was: the old definition, running if it was. */
        if (persistent && virNetworkIsActive(net) == 1)
            virNetworkDestroy(net);
        putDefinition(conn, oldXML, persistent, active);
        virResetLastError();
        free(xml);
        return -1;
    }
    free(xml);
    return 0;
}


/* ConfigureDHCPServer: "NETWORK MASK START END SERVER".  The first IPv4
 * <ip> gets the server's address and the mask, its DHCP server the one
 * range (the first range's <lease> kept); a network without one gets
 * it. */
static int
editDhcpRange(vpcHost *host, xmlNodePtr root, const char *text, vpcError *err)
{
    char network[16], mask[16], start[16], end[16], server[16], why[VPC_ERROR_TEXT_MAX];
    xmlNodePtr ip, dhcp, range, lease = NULL, node, next;

    if (sscanf(text, "%15s %15s %15s %15s %15s", network, mask, start, end, server) != 5) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "a DHCP server needs a network, a mask, a range and its own address");
        return -1;
    }
    if (vpcDhcpCheck(network, mask, start, end, server, why, sizeof(why)) != VPC_DHCP_OK) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL, "%s", why);
        return -1;
    }
    if (!(ip = firstIPv4(root)) && !(ip = xmlNewChild(root, NULL, (const xmlChar *)"ip", NULL)))
        return -1;
    xmlUnsetProp(ip, (const xmlChar *)"prefix");
    if (!xmlSetProp(ip, (const xmlChar *)"address", (const xmlChar *)server) ||
        !xmlSetProp(ip, (const xmlChar *)"netmask", (const xmlChar *)mask))
        return -1;
    if (!(dhcp = firstChild(ip, "dhcp")) &&
        !(dhcp = xmlNewChild(ip, NULL, (const xmlChar *)"dhcp", NULL)))
        return -1;
    for (node = dhcp->children; node; node = next) {
        next = node->next;
        if (!isElement(node, "range"))
            continue;
        if (!lease && (lease = firstChild(node, "lease")))
            xmlUnlinkNode(lease);
        unlinkAndFree(node);
    }
    if (!(range = xmlNewNode(NULL, (const xmlChar *)"range"))) {
        xmlFreeNode(lease);
        return -1;
    }
    /* Ranges come first in libvirt's own order. */
    if (dhcp->children)
        xmlAddPrevSibling(dhcp->children, range);
    else
        xmlAddChild(dhcp, range);
    if (!xmlSetProp(range, (const xmlChar *)"start", (const xmlChar *)start) ||
        !xmlSetProp(range, (const xmlChar *)"end", (const xmlChar *)end))
        return -1;
    if (lease)
        xmlAddChild(range, lease);
    return 0;
}


/* IsEnabled: "0" takes the <dhcp> of the first IPv4 <ip> away (libvirt
 * keeps no range of a server that does not serve); "1" needs one. */
static int
editDhcpEnabled(vpcHost *host, xmlNodePtr root, const char *name, const char *text,
                bool *unchanged, vpcError *err)
{
    xmlNodePtr ip = firstIPv4(root), dhcp = ip ? firstChild(ip, "dhcp") : NULL;

    *unchanged = false;
    if (strcmp(text, "0") == 0) {
        if (dhcp)
            unlinkAndFree(dhcp);
        else
            *unchanged = true;
        return 0;
    }
    if (!dhcp) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "the DHCP server of the virtual network \"%s\" has no address range to "
                    "serve: ConfigureDHCPServer sets one and enables it", name);
        return -1;
    }
    *unchanged = true;
    return 0;
}


/*
 * Name (put): libvirt cannot rename a network, so the definition goes and
 * comes back under the new name with the same UUID (and bridge), running
 * and autostarted as it was.  A VM's definition names its network, so a
 * network any VM (running or not) is on stays as it is; a step libvirt
 * refuses puts the old network back.
 */
static int
renameNetwork(vpcHost *host, virConnectPtr conn, const char *name, const char *newName,
              vpcError *err)
{
    virNetworkPtr net, renamed = NULL;
    xmlDocPtr doc = NULL;
    xmlNodePtr root, nameNode;
    char *oldXML = NULL, *xml = NULL;
    int autostart = 0, rc = -1;
    bool active;

    if (!*newName) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "a virtual network needs a name");
        return -1;
    }
    if (!(net = virNetworkLookupByName(conn, name))) {
        virResetLastError();
        vpcErrorSet(err, VPC_ERR_NETWORK_UNKNOWN, host->displayUri, NULL,
                    "the host has no virtual network named \"%s\" (any more)", name);
        return -1;
    }
    /* Another case of its own name is a rename too. */
    if (strcmp(name, newName) == 0) {
        virNetworkFree(net);
        return 0;
    }
    if (strcasecmp(name, newName) != 0 && networkExists(host, conn, newName, NULL, err))
        goto cleanup;
    if (refuseInUse(host, conn, name, "; their definitions name it", true, err))
        goto cleanup;
    if (virNetworkIsPersistent(net) != 1) {
        vpcErrorSet(err, VPC_ERR_OPERATION_FAILED, host->displayUri, NULL,
                    "the virtual network \"%s\" is transient: libvirt keeps no definition "
                    "of it to rename", name);
        goto cleanup;
    }
    if (!(oldXML = virNetworkGetXMLDesc(net, VIR_NETWORK_XML_INACTIVE)) &&
        virGetLastErrorCode() == VIR_ERR_INVALID_ARG) {
        virResetLastError();
        oldXML = virNetworkGetXMLDesc(net, 0);
    }
    if (!oldXML || !(doc = parseNetworkXML(oldXML))) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot read the virtual network's definition");
        goto cleanup;
    }
    root = xmlDocGetRootElement(doc);
    if ((nameNode = firstChild(root, "name")))
        unlinkAndFree(nameNode);
    if (!xmlNewTextChild(root, NULL, (const xmlChar *)"name", (const xmlChar *)newName) ||
        !(xml = formatXML(doc))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        goto cleanup;
    }
    active = virNetworkIsActive(net) == 1;
    if (virNetworkGetAutostart(net, &autostart) < 0) {
        virResetLastError();
        autostart = 0;
    }
    if (active && virNetworkDestroy(net) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot stop the virtual network to rename it");
        goto cleanup;
    }
    if (virNetworkUndefine(net) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot rename the virtual network");
        if (active)
            virNetworkCreate(net);
        goto cleanup;
    }
    if (!(renamed = virNetworkDefineXML(conn, xml)) ||
        (active && virNetworkCreate(renamed) < 0) ||
        (autostart && virNetworkSetAutostart(renamed, 1) < 0)) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot rename the virtual network");
        if (renamed) {
            if (virNetworkIsActive(renamed) == 1)
                virNetworkDestroy(renamed);
            virNetworkUndefine(renamed);
        }
        /* The old network back, as it was. */
        if (putDefinition(conn, oldXML, true, active) && autostart) {
            virNetworkPtr back = virNetworkLookupByName(conn, name);

            if (back) {
                virNetworkSetAutostart(back, 1);
                virNetworkFree(back);
            }
        }
        virResetLastError();
        goto cleanup;
    }
    rc = 0;

 cleanup:
    if (renamed)
        virNetworkFree(renamed);
    xmlFreeDoc(doc);
    free(xml);
    free(oldXML);
    virNetworkFree(net);
    return rc;
}


/* HostAdapter (put): the host interface a forwarding network goes out
 * through, "" for any.  NAT and routed networks take it as <forward dev>;
 * macvtap networks (bridge without a host bridge, private, vepa,
 * passthrough) as their one <interface>.  An isolated network is not
 * bound to an adapter (that would be a network of another kind, without
 * its DHCP server), nor is one on a host bridge or of PCI devices. */
static int
editHostAdapter(vpcHost *host, xmlNodePtr root, const char *name, const char *adapter,
                bool *unchanged, vpcError *err)
{
    xmlNodePtr forward = firstChild(root, "forward"), node, next;
    xmlChar *mode = forward ? xmlGetProp(forward, (const xmlChar *)"mode") : NULL;
    const char *kind = mode ? (const char *)mode : "nat";
    bool nat = !strcmp(kind, "nat") || !strcmp(kind, "route");
    bool macvtap = (!strcmp(kind, "bridge") && !firstChild(root, "bridge")) ||
                   !strcmp(kind, "private") || !strcmp(kind, "vepa") ||
                   !strcmp(kind, "passthrough");
    int rc = -1;

    *unchanged = false;
    if (!forward && !*adapter) {
        *unchanged = true;
        rc = 0;
    } else if (!forward) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "the virtual network \"%s\" is isolated: libvirt binds only a "
                    "forwarding network (nat, route, macvtap) to a host adapter", name);
    } else if (!nat && !macvtap) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "the virtual network \"%s\" forwards in %s mode%s, not through one host "
                    "adapter", name, kind, firstChild(root, "bridge") ? " on a host bridge" : "");
    } else if (macvtap && !*adapter) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "the virtual network \"%s\" (macvtap, %s mode) needs a host adapter",
                    name, kind);
    } else {
        for (node = forward->children; node; node = next) {
            next = node->next;
            if (isElement(node, "interface"))
                unlinkAndFree(node);
        }
        if (!*adapter) {
            xmlUnsetProp(forward, (const xmlChar *)"dev");
            rc = 0;
        } else if (xmlSetProp(forward, (const xmlChar *)"dev", (const xmlChar *)adapter) &&
                   (!macvtap || ((node = xmlNewChild(forward, NULL, (const xmlChar *)"interface",
                                                     NULL)) &&
                                 xmlSetProp(node, (const xmlChar *)"dev",
                                            (const xmlChar *)adapter)))) {
            rc = 0;
        }
    }
    xmlFree(mode);
    return rc;
}


/* A setting of the network 'name': its definition (inactive, as libvirt
 * keeps it) edited and defined again. */
static int
changeSetting(vpcHost *host, virConnectPtr conn, vpcNetworkChange change, const char *name,
              const char *text, vpcError *err)
{
    virNetworkPtr net;
    xmlDocPtr doc = NULL;
    char *oldXML = NULL;
    bool unchanged = false;
    int rc = -1;

    if (!(net = virNetworkLookupByName(conn, name))) {
        virResetLastError();
        vpcErrorSet(err, VPC_ERR_NETWORK_UNKNOWN, host->displayUri, NULL,
                    "the host has no virtual network named \"%s\" (any more)", name);
        return -1;
    }
    /* The definition libvirt keeps; a driver without the flag (libvirt's
     * test driver) has no other. */
    if (!(oldXML = virNetworkGetXMLDesc(net, VIR_NETWORK_XML_INACTIVE)) &&
        virGetLastErrorCode() == VIR_ERR_INVALID_ARG) {
        virResetLastError();
        oldXML = virNetworkGetXMLDesc(net, 0);
    }
    if (!oldXML) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot read the virtual network's definition");
        goto cleanup;
    }
    if (!(doc = parseNetworkXML(oldXML))) {
        vpcErrorSet(err, VPC_ERR_OPERATION_FAILED, host->displayUri, NULL,
                    "the virtual network's definition is not XML");
        goto cleanup;
    }
    if (change == VPC_NETWORK_DHCP_RANGE)
        rc = editDhcpRange(host, xmlDocGetRootElement(doc), text, err);
    else if (change == VPC_NETWORK_DHCP_ENABLED)
        rc = editDhcpEnabled(host, xmlDocGetRootElement(doc), name, text, &unchanged, err);
    else
        rc = editHostAdapter(host, xmlDocGetRootElement(doc), name, text, &unchanged, err);
    if (rc < 0) {
        if (err->code == VPC_OK)
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
    } else if (!unchanged) {
        rc = redefine(host, conn, net, oldXML, doc, err);
    }

 cleanup:
    xmlFreeDoc(doc);
    free(oldXML);
    virNetworkFree(net);
    return rc;
}


int
vpcHostChangeNetwork(vpcHost *host, vpcNetworkChange change, const char *name, const char *text,
                     char **definedName, vpcError *err)
{
    virConnectPtr conn;
    int rc = -1;

    if (definedName)
        *definedName = NULL;
    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    pthread_mutex_lock(&changeLock);
    switch (change) {
    case VPC_NETWORK_CREATE:
        rc = createNetwork(host, conn, name, err);
        break;
    case VPC_NETWORK_DELETE:
        rc = deleteNetwork(host, conn, name, err);
        break;
    case VPC_NETWORK_REGISTER:
        rc = registerNetwork(host, conn, name, text ? text : "", definedName, err);
        break;
    case VPC_NETWORK_DHCP_RANGE:
    case VPC_NETWORK_DHCP_ENABLED:
    case VPC_NETWORK_HOST_ADAPTER:
        rc = changeSetting(host, conn, change, name, text ? text : "", err);
        break;
    case VPC_NETWORK_RENAME:
        rc = renameNetwork(host, conn, name, text ? text : "", err);
        break;
    default:
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL, "no such network change");
        break;
    }
    pthread_mutex_unlock(&changeLock);
    if (rc == 0)
        vpcHostFactsInvalidate(host);
    virConnectClose(conn);
    return rc;
}
