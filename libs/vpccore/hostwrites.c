/*
 * Configuration writes a script makes on a domain: its description, its
 * memory, whether the host starts it.  Each goes through the host's
 * read-write connection and either applies whole or leaves the domain as
 * it was.
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "vpchost.h"

/* The cached picture of the domain, for its name and state checks. */
typedef struct _vpcKnownDomain {
    bool found;
    char name[VPC_ERROR_TEXT_MAX];
    int pendingAction;
} vpcKnownDomain;

static void
knownDomain(vpcHost *host, const char *uuid, vpcKnownDomain *known)
{
    vpcDomain *dom;

    memset(known, 0, sizeof(*known));
    snprintf(known->name, sizeof(known->name), "%s", uuid);
    known->pendingAction = -1;
    pthread_mutex_lock(&host->lock);
    if ((dom = vpcHostFindDomainByStringLocked(host, uuid))) {
        known->found = true;
        if (dom->name)
            snprintf(known->name, sizeof(known->name), "%s", dom->name);
        known->pendingAction = dom->pendingAction;
    }
    pthread_mutex_unlock(&host->lock);
}


/* After a write: the next snapshot and the next facts show it, also on
 * drivers that send no event for it. */
static void
noteWritten(vpcHost *host, const char *uuid)
{
    vpcDomain *dom;

    pthread_mutex_lock(&host->lock);
    if ((dom = vpcHostFindDomainByStringLocked(host, uuid))) {
        vpcDomainFactsInvalidate(dom);
        /* Memory and devices are read again, as after a DEFINED event. */
        dom->infoKnown = false;
        dom->devicesKnown = false;
    }
    host->changes++;
    vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);
}


/* Live and persistent for a running domain, so that both agree; only the
 * persistent definition for one that is off. */
static unsigned int
affectBoth(virDomainPtr dom)
{
    return virDomainIsActive(dom) == 1 ? VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG
                                       : VIR_DOMAIN_AFFECT_CONFIG;
}


static int
setNotes(virDomainPtr dom, const char *text)
{
    /* An empty description removes the element. */
    return virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, *text ? text : NULL, NULL,
                                NULL, affectBoth(dom));
}


/*
 * The memory of a VM that is off (Virtual Server refuses a running or
 * saved one): its maximum and its current size, both in the persistent
 * definition.  If the second step fails, the first is undone.
 */
static int
setMemory(vpcHost *host, virDomainPtr dom, const char *name, uint64_t megabytes,
          vpcError *err)
{
    unsigned long long kib = megabytes * 1024;
    unsigned long oldMax = virDomainGetMaxMemory(dom);
    virDomainInfo info;

    if (oldMax == 0 || virDomainGetInfo(dom, &info) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "cannot read the memory size");
        return -1;
    }
    if (kib > (unsigned long)-1) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, name,
                    "%llu MB is more than this host can address", (unsigned long long)megabytes);
        return -1;
    }
    if (virDomainSetMemoryFlags(dom, kib, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_MEM_MAXIMUM) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "cannot set the memory size");
        return -1;
    }
    if (virDomainSetMemoryFlags(dom, kib, VIR_DOMAIN_AFFECT_CONFIG) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "cannot set the memory size");
        /* Back to what it was; the first error is the one to report. */
        virDomainSetMemoryFlags(dom, oldMax, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_MEM_MAXIMUM);
        virDomainSetMemoryFlags(dom, info.memory, VIR_DOMAIN_AFFECT_CONFIG);
        virResetLastError();
        return -1;
    }
    return 0;
}


/* Virtual Server's names are case-insensitive: 'name' may not be another
 * domain's but for case ('self' may have it).  The other's name goes to
 * 'other'; -1 when the host's domains cannot be listed. */
static int
nameTakenByOther(virConnectPtr conn, virDomainPtr self, const char *name, char *other,
                 size_t size)
{
    virDomainPtr *domains = NULL;
    unsigned char selfUUID[VIR_UUID_BUFLEN], uuid[VIR_UUID_BUFLEN];
    int n, i, taken = 0;

    if (virDomainGetUUID(self, selfUUID) < 0 ||
        (n = virConnectListAllDomains(conn, &domains, 0)) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        const char *theirs = virDomainGetName(domains[i]);

        if (!taken && theirs && strcasecmp(theirs, name) == 0 &&
            virDomainGetUUID(domains[i], uuid) == 0 && memcmp(uuid, selfUUID, sizeof(uuid)) != 0) {
            snprintf(other, size, "%s", theirs);
            taken = 1;
        }
        virDomainFree(domains[i]);
    }
    free(domains);
    return taken;
}


/*
 * A new name: libvirt renames only a domain that is off (and QEMU's not
 * while a managed save image holds the old one), as Virtual PC refuses a
 * running or saved VM.  The same name is no change.
 */
static int
setName(vpcHost *host, virConnectPtr conn, virDomainPtr dom, const char *oldName,
        const char *name, vpcError *err)
{
    char other[VPC_ERROR_TEXT_MAX];
    int taken;

    if (virDomainIsActive(dom) == 1 || virDomainHasManagedSaveImage(dom, 0) == 1) {
        vpcErrorSet(err, VPC_ERR_VM_ACTIVE, host->displayUri, oldName,
                    "a running or saved virtual machine cannot be renamed");
        return -1;
    }
    virResetLastError();
    if (strcmp(virDomainGetName(dom), name) == 0)
        return 0;
    if ((taken = nameTakenByOther(conn, dom, name, other, sizeof(other))) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, oldName,
                            "cannot list the host's virtual machines");
        return -1;
    }
    if (taken) {
        vpcErrorSet(err, VPC_ERR_DUPLICATE_NAME, host->displayUri, name,
                    "the virtual machine \"%s\" has this name", other);
        return -1;
    }
    if (virDomainRename(dom, name, 0) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, oldName,
                            "cannot rename the virtual machine");
        return -1;
    }
    return 0;
}


/* parent's child element 'name' (with attr="value" when attr is given),
 * appended when missing and 'create' is set. */
static xmlNodePtr
childElement(xmlNodePtr parent, const char *name, const char *attr, const char *value,
             bool create)
{
    xmlNodePtr node;

    for (node = parent->children; node; node = node->next) {
        xmlChar *have;
        bool match;

        if (node->type != XML_ELEMENT_NODE || xmlStrcmp(node->name, BAD_CAST name) != 0)
            continue;
        if (!attr)
            return node;
        have = xmlGetProp(node, BAD_CAST attr);
        match = have && xmlStrcmp(have, BAD_CAST value) == 0;
        xmlFree(have);
        if (match)
            return node;
    }
    if (!create || !(node = xmlNewChild(parent, NULL, BAD_CAST name, NULL)))
        return NULL;
    if (attr && !xmlSetProp(node, BAD_CAST attr, BAD_CAST value))
        return NULL;
    return node;
}


/*
 * One SMBIOS string of a VM that is off and not saved (a saved state keeps
 * the strings it booted with), in its persistent definition: the
 * <sysinfo type='smbios'> entry vmfacts.c reads, created when missing,
 * with <smbios mode='sysinfo'/> so that QEMU passes it on.  A VM that
 * takes its strings from the host or QEMU's defaults keeps them: that is
 * its owner's choice, refused here.
 */
static int
setSmbios(vpcHost *host, virConnectPtr conn, virDomainPtr dom, const char *name,
          vpcSmbiosString which, const char *value, vpcError *err)
{
    static const struct { const char *section, *entry; } fields[VPC_SMBIOS_LAST] = {
        [VPC_SMBIOS_BIOS_SERIAL] = { "system", "serial" },
        [VPC_SMBIOS_BASEBOARD_SERIAL] = { "baseBoard", "serial" },
        [VPC_SMBIOS_CHASSIS_SERIAL] = { "chassis", "serial" },
        [VPC_SMBIOS_CHASSIS_ASSET] = { "chassis", "asset" },
    };
    xmlNodePtr root, os, smbios, sysinfo, section, entry;
    xmlChar *mode = NULL, *mem = NULL;
    xmlDocPtr doc = NULL;
    virDomainPtr defined;
    char *xml = NULL;
    int len = 0, rc = -1;

    if (virDomainIsActive(dom) == 1) {
        vpcErrorSet(err, VPC_ERR_VM_RUNNING_OR_SAVED, host->displayUri, name,
                    "the SMBIOS strings of a running virtual machine cannot be changed");
        return -1;
    }
    if (virDomainHasManagedSaveImage(dom, 0) == 1) {
        vpcErrorSet(err, VPC_ERR_VM_RUNNING_OR_SAVED, host->displayUri, name,
                    "its saved state holds the SMBIOS strings it had when it was saved");
        return -1;
    }
    virResetLastError();
    if (!(xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE))) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "cannot read the definition");
        return -1;
    }
    if (!(doc = xmlReadMemory(xml, strlen(xml), "domain.xml", NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) ||
        !(root = xmlDocGetRootElement(doc)) || !(os = childElement(root, "os", NULL, NULL, false))) {
        vpcErrorSet(err, VPC_ERR_OPERATION_FAILED, host->displayUri, name,
                    "cannot parse the definition");
        goto cleanup;
    }
    if ((smbios = childElement(os, "smbios", NULL, NULL, false)) &&
        (mode = xmlGetProp(smbios, BAD_CAST "mode")) && xmlStrcmp(mode, BAD_CAST "sysinfo") != 0) {
        vpcErrorSet(err, VPC_ERR_OPERATION_FAILED, host->displayUri, name,
                    "the virtual machine takes its SMBIOS strings from elsewhere "
                    "(<smbios mode='%s'/>)", (const char *)mode);
        goto cleanup;
    }
    if ((!smbios && (!(smbios = childElement(os, "smbios", NULL, NULL, true)) ||
                     !xmlSetProp(smbios, BAD_CAST "mode", BAD_CAST "sysinfo"))) ||
        !(sysinfo = childElement(root, "sysinfo", "type", "smbios", true)) ||
        !(section = childElement(sysinfo, fields[which].section, NULL, NULL, true)) ||
        !(entry = childElement(section, "entry", "name", fields[which].entry, true))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, name, NULL);
        goto cleanup;
    }
    /* Text, not markup: AddContent escapes what SetContent would parse. */
    xmlNodeSetContent(entry, NULL);
    xmlNodeAddContent(entry, BAD_CAST value);
    xmlDocDumpMemory(doc, &mem, &len);
    if (!mem) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, name, NULL);
        goto cleanup;
    }
    if (!(defined = virDomainDefineXML(conn, (const char *)mem))) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "the host did not take the SMBIOS string");
        goto cleanup;
    }
    virDomainFree(defined);
    rc = 0;

 cleanup:
    xmlFree(mem);
    xmlFree(mode);
    xmlFreeDoc(doc);
    free(xml);
    return rc;
}


int
vpcHostConfigure(vpcHost *host, const char *uuid, vpcConfigItem item, const char *text,
                 int64_t number, vpcError *err)
{
    virConnectPtr conn = NULL;
    virDomainPtr dom = NULL;
    vpcKnownDomain known;
    unsigned long nodeKiB = 0;
    virNodeInfo node;
    int rc = -1;

    knownDomain(host, uuid, &known);
    if (!known.found) {
        vpcErrorSet(err, VPC_ERR_VM_UNKNOWN, host->displayUri, uuid, NULL);
        return -1;
    }

    /* Arguments and states first: a refused change touches nothing. */
    switch (item) {
    case VPC_CONFIG_NOTES:
        if (!text) {
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name, "no text");
            return -1;
        }
        break;
    case VPC_CONFIG_MEMORY_MB:
        /* The picture may be a second old: running or saved is checked on
         * the host below; only a task under way is known here alone. */
        if (known.pendingAction >= 0) {
            vpcErrorSet(err, VPC_ERR_VM_ACTIVE, host->displayUri, known.name,
                        "the virtual machine is busy with %s",
                        vpcActionName(known.pendingAction));
            return -1;
        }
        if (number < VPC_MEMORY_MIN_MB) {
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name,
                        "the memory must be at least %d MB, not %lld", VPC_MEMORY_MIN_MB,
                        (long long)number);
            return -1;
        }
        break;
    case VPC_CONFIG_NAME:
        /* The DLL checks the characters Virtual PC forbids; '/' is also
         * the one libvirt refuses. */
        if (!text || !*text || strchr(text, '/')) {
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name,
                        "not a name for a virtual machine: \"%s\"", text ? text : "");
            return -1;
        }
        if (known.pendingAction >= 0) {
            vpcErrorSet(err, VPC_ERR_VM_ACTIVE, host->displayUri, known.name,
                        "the virtual machine is busy with %s",
                        vpcActionName(known.pendingAction));
            return -1;
        }
        break;
    case VPC_CONFIG_SMBIOS:
        if (number < 0 || number >= VPC_SMBIOS_LAST || !text || !*text) {
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name,
                        "an SMBIOS string is not empty");
            return -1;
        }
        if (known.pendingAction >= 0) {
            vpcErrorSet(err, VPC_ERR_VM_RUNNING_OR_SAVED, host->displayUri, known.name,
                        "the virtual machine is busy with %s",
                        vpcActionName(known.pendingAction));
            return -1;
        }
        break;
    case VPC_CONFIG_AUTOSTART:
        if (number != 0 && number != 1) {
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name,
                        "autostart is on (1) or off (0), not %lld", (long long)number);
            return -1;
        }
        break;
    default:
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name,
                    "unknown setting %d", (int)item);
        return -1;
    }

    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    if (!(dom = vpcHostLookupDomain(host, conn, uuid, err)))
        goto cleanup;

    switch (item) {
    case VPC_CONFIG_NOTES:
        if (setNotes(dom, text) < 0) {
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                                known.name, "cannot set the description");
            goto cleanup;
        }
        break;
    case VPC_CONFIG_MEMORY_MB:
        /* The host's memory bounds what a VM can be given. */
        if (virNodeGetInfo(conn, &node) == 0)
            nodeKiB = node.memory;
        virResetLastError();
        if (nodeKiB && (uint64_t)number * 1024 > nodeKiB) {
            vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, known.name,
                        "%lld MB is more than the host's %lu MB", (long long)number,
                        nodeKiB / 1024);
            goto cleanup;
        }
        /* Checked again on the host: the picture may be a second old. */
        if (virDomainIsActive(dom) == 1 || virDomainHasManagedSaveImage(dom, 0) == 1) {
            vpcErrorSet(err, VPC_ERR_VM_ACTIVE, host->displayUri, known.name,
                        "the memory of a running or saved virtual machine cannot be changed");
            goto cleanup;
        }
        virResetLastError();
        if (setMemory(host, dom, known.name, (uint64_t)number, err) < 0)
            goto cleanup;
        break;
    case VPC_CONFIG_NAME:
        if (setName(host, conn, dom, known.name, text, err) < 0)
            goto cleanup;
        break;
    case VPC_CONFIG_SMBIOS:
        if (setSmbios(host, conn, dom, known.name, (vpcSmbiosString)number, text, err) < 0)
            goto cleanup;
        break;
    case VPC_CONFIG_AUTOSTART:
        if (virDomainSetAutostart(dom, (int)number) < 0) {
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                                known.name, "cannot set autostart");
            goto cleanup;
        }
        break;
    default:
        break;
    }
    rc = 0;
    noteWritten(host, uuid);

 cleanup:
    if (dom)
        virDomainFree(dom);
    virConnectClose(conn);
    return rc;
}


/* Creation and removal of domains */

static char *
xmlEscape(const char *text)
{
    size_t len = 0;
    const char *p;
    char *out, *q;

    for (p = text; *p; p++)
        len += *p == '<' || *p == '>' ? 4 : *p == '&' ? 5 : *p == '\'' || *p == '"' ? 6 : 1;
    if (!(out = malloc(len + 1)))
        return NULL;
    for (p = text, q = out; *p; p++) {
        const char *rep = *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : *p == '&' ? "&amp;" :
                          *p == '\'' ? "&apos;" : *p == '"' ? "&quot;" : NULL;

        if (rep) {
            memcpy(q, rep, strlen(rep));
            q += strlen(rep);
        } else {
            *q++ = *p;
        }
    }
    *q = '\0';
    return out;
}


/* The hypervisor's domain type: the test driver's own, KVM where the host
 * offers it, else plain QEMU. */
static const char *
domainType(virConnectPtr conn)
{
    const char *type = virConnectGetType(conn);
    char *caps;
    bool kvm;

    if (type && strcasecmp(type, "Test") == 0)
        return "test";
    if (!(caps = virConnectGetCapabilities(conn))) {
        virResetLastError();
        return "qemu";
    }
    kvm = strstr(caps, "<domain type='kvm'") != NULL;
    free(caps);
    return kvm ? "kvm" : "qemu";
}


/*
 * RegisterVirtualMachine's file: libvirt domain XML, named 'name' when one
 * is given (Virtual Server names a VM after its configuration file).  A
 * .vmc (Virtual PC's and Virtual Server's own <preferences> format) says
 * what it is.  Returns the XML to define, or NULL with err set; '*fileName'
 * gets the name in the file.
 */
static char *
registeredXML(vpcHost *host, const char *text, const char *name, char **fileName, vpcError *err)
{
    xmlDocPtr doc;
    xmlNodePtr root, node, nameNode = NULL;
    xmlChar *out = NULL;
    char *ret = NULL;
    int len = 0;

    *fileName = NULL;
    /* The DLL sends UTF-8 whatever the file said it was (a .vmc is UTF-16). */
    if (!(doc = xmlReadMemory(text, strlen(text), "registered.xml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                              XML_PARSE_IGNORE_ENC))) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, name,
                    "the configuration file is not XML; RegisterVirtualMachine takes "
                    "libvirt domain XML (virsh dumpxml writes it)");
        return NULL;
    }
    root = xmlDocGetRootElement(doc);
    if (!root || xmlStrcmp(root->name, (const xmlChar *)"domain") != 0) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, name,
                    root && xmlStrcmp(root->name, (const xmlChar *)"preferences") == 0
                    ? "the configuration file is a Virtual PC or Virtual Server .vmc, which "
                      "libvirt cannot run; RegisterVirtualMachine takes libvirt domain XML "
                      "(virsh dumpxml writes it)"
                    : "the configuration file is not libvirt domain XML (its root is not "
                      "<domain>)");
        goto cleanup;
    }
    for (node = root->children; node; node = node->next)
        if (node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, (const xmlChar *)"name") == 0)
            nameNode = node;
    if (nameNode) {
        xmlChar *content = xmlNodeGetContent(nameNode);

        *fileName = content ? strdup((const char *)content) : NULL;
        xmlFree(content);
    }
    if (name && *name) {
        if (!nameNode && !(nameNode = xmlNewChild(root, NULL, (const xmlChar *)"name", NULL)))
            goto nomem;
        while (nameNode->children) {
            node = nameNode->children;
            xmlUnlinkNode(node);
            xmlFreeNode(node);
        }
        if (!xmlAddChild(nameNode, xmlNewText((const xmlChar *)name)))
            goto nomem;
    } else if (!*fileName || !**fileName) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, "",
                    "the configuration file names no virtual machine (<name>)");
        goto cleanup;
    }
    xmlDocDumpMemory(doc, &out, &len);
    if (!out || !(ret = strdup((const char *)out)))
        goto nomem;
    goto cleanup;

 nomem:
    vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, name, NULL);
 cleanup:
    xmlFree(out);
    xmlFreeDoc(doc);
    return ret;
}


/* A domain of this name, or with this definition's UUID, exists: defining
 * it would replace that domain's definition. */
static bool
domainExists(vpcHost *host, virConnectPtr conn, const char *name, const char *xml,
             vpcError *err)
{
    virDomainPtr dom;
    const char *start, *end;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if ((dom = virDomainLookupByName(conn, name))) {
        virDomainFree(dom);
        vpcErrorSet(err, VPC_ERR_DUPLICATE_NAME, host->displayUri, name,
                    "a virtual machine of this name exists");
        return true;
    }
    virResetLastError();
    /* The UUID as libvirt wrote it when the file came from virsh dumpxml. */
    if (xml && (start = strstr(xml, "<uuid>")) && (end = strstr(start, "</uuid>")) &&
        (size_t)(end - start - 6) < sizeof(uuid)) {
        memcpy(uuid, start + 6, end - start - 6);
        uuid[end - start - 6] = '\0';
        if ((dom = virDomainLookupByUUIDString(conn, uuid))) {
            vpcErrorSet(err, VPC_ERR_DUPLICATE_NAME, host->displayUri, name,
                        "the virtual machine \"%s\" has the UUID %s of this configuration",
                        virDomainGetName(dom), uuid);
            virDomainFree(dom);
            return true;
        }
        virResetLastError();
    }
    return false;
}


int
vpcHostCreateDomain(vpcHost *host, const char *name, const char *folder, const char *fileXML,
                    char *uuid, vpcError *err)
{
    char *escapedName = NULL, *escapedFolder = NULL, *xml = NULL, *fileName = NULL;
    virConnectPtr conn;
    virDomainPtr dom = NULL;
    int rc = -1;

    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    if (fileXML) {
        if (!(xml = registeredXML(host, fileXML, name, &fileName, err)))
            goto cleanup;
        if (!name || !*name)
            name = fileName;
    }
    if (domainExists(host, conn, name, fileXML ? xml : NULL, err))
        goto cleanup;
    if (!xml &&
        (!(escapedName = xmlEscape(name)) || !(escapedFolder = xmlEscape(folder ? folder : "")) ||
         asprintf(&xml, VPC_NEW_DOMAIN_TEMPLATE, domainType(conn), escapedName,
                  VPC_VM_NS, escapedFolder) < 0)) {
        xml = NULL;
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, name, NULL);
        goto cleanup;
    }
    if (!(dom = virDomainDefineXML(conn, xml)) || virDomainGetUUIDString(dom, uuid) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "cannot define the virtual machine");
        goto cleanup;
    }
    rc = 0;
    noteWritten(host, uuid);

 cleanup:
    if (dom)
        virDomainFree(dom);
    free(xml);
    free(fileName);
    free(escapedName);
    free(escapedFolder);
    virConnectClose(conn);
    return rc;
}


/*
 * Unregister: the definition goes, the managed-save image and NVRAM stay
 * (libvirt refuses while a managed save exists).  Delete: the definition,
 * its managed-save image, NVRAM and snapshot metadata go; disk images
 * stay, as Virtual PC keeps the virtual hard disks.  Flags a driver does
 * not know (the test driver has no NVRAM) are left out.
 */
int
vpcHostRemoveDomain(vpcHost *host, const char *uuid, bool deleteAll, vpcError *err)
{
    unsigned int full = deleteAll ? VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                    VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                                    VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA |
                                    VIR_DOMAIN_UNDEFINE_NVRAM
                                  : VIR_DOMAIN_UNDEFINE_KEEP_NVRAM;
    unsigned int basic = deleteAll ? VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                     VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA : 0;
    vpcKnownDomain known;
    virConnectPtr conn;
    virDomainPtr dom;
    int rc = -1;

    knownDomain(host, uuid, &known);
    if (known.pendingAction >= 0) {
        vpcErrorSet(err, VPC_ERR_BUSY, host->displayUri, known.name, "%s",
                    vpcActionName(known.pendingAction));
        return -1;
    }
    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    if (!(dom = virDomainLookupByUUIDString(conn, uuid))) {
        virResetLastError();
        virConnectClose(conn);
        return 1;       /* S_FALSE: nothing to remove */
    }
    if (virDomainIsActive(dom) == 1) {
        vpcErrorSet(err, VPC_ERR_VM_RUNNING, host->displayUri, known.name, NULL);
        goto cleanup;
    }
    if (virDomainUndefineFlags(dom, full) < 0) {
        int code = virGetLastErrorCode();

        if (code != VIR_ERR_INVALID_ARG && code != VIR_ERR_NO_SUPPORT) {
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                                known.name, "cannot remove the virtual machine");
            goto cleanup;
        }
        virResetLastError();
        if (virDomainUndefineFlags(dom, basic) < 0) {
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                                known.name, "cannot remove the virtual machine");
            goto cleanup;
        }
    }
    rc = 0;
    noteWritten(host, uuid);

 cleanup:
    virDomainFree(dom);
    virConnectClose(conn);
    return rc;
}


bool
vpcHostKnownDomain(vpcHost *host, const char *uuid, char *name, size_t size, int *pendingAction)
{
    vpcKnownDomain known;

    knownDomain(host, uuid, &known);
    snprintf(name, size, "%s", known.name);
    *pendingAction = known.pendingAction;
    return known.found;
}


void
vpcHostNoteWritten(vpcHost *host, const char *uuid)
{
    noteWritten(host, uuid);
}
