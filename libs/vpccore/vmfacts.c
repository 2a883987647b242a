/*
 * A VM's inventory facts: parsed from its domain XML, completed with the
 * few calls the XML cannot answer (CPU model expansion, autostart, managed
 * save, block sizes), kept per domain by the host's monitor until a libvirt
 * event changes them, and sent for every VM of a host in one response.
 * The rules are docs/inventory-mapping.md's.
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

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <osinfo/osinfo.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"
#include "vpcfacts.h"
#include "vpcproto.h"

#define LIBOSINFO_NS "http://libosinfo.org/xmlns/libvirt/domain/1.0"
#define GUEST_AGENT_CHANNEL "org.qemu.guest_agent.0"

/* Freeing */

static void
driveClear(vpcDriveFacts *drive)
{
    free(drive->target);
    free(drive->source);
    free(drive->format);
}


static void
nicClear(vpcNicFacts *nic)
{
    free(nic->mac);
    free(nic->type);
    free(nic->network);
    free(nic->bridge);
    free(nic->target);
}


static void
portClear(vpcPortFacts *port)
{
    free(port->type);
    free(port->path);
}


void
vpcVMFactsClear(vpcVMFacts *facts)
{
    size_t i;

    free(facts->file);
    free(facts->description);
    free(facts->accountName);
    free(facts->biosSerial);
    free(facts->baseBoardSerial);
    free(facts->chassisSerial);
    free(facts->chassisAsset);
    free(facts->osId);
    free(facts->osName);
    free(facts->osVersion);
    free(facts->savedStateFile);
    free(facts->agentOsName);
    free(facts->agentOsVersion);
    free(facts->agentKernelVersion);
    free(facts->agentHostname);
    for (i = 0; i < facts->ndrives; i++)
        driveClear(&facts->drives[i]);
    free(facts->drives);
    for (i = 0; i < facts->nnics; i++)
        nicClear(&facts->nics[i]);
    free(facts->nics);
    for (i = 0; i < facts->nserials; i++)
        portClear(&facts->serials[i]);
    free(facts->serials);
    for (i = 0; i < facts->nparallels; i++)
        portClear(&facts->parallels[i]);
    free(facts->parallels);
    memset(facts, 0, sizeof(*facts));
}


void
vpcFactsListClear(vpcFactsList *list)
{
    size_t i;

    for (i = 0; i < list->count; i++)
        vpcVMFactsClear(&list->vms[i]);
    free(list->vms);
    memset(list, 0, sizeof(*list));
}


const vpcVMFacts *
vpcFactsListFind(const vpcFactsList *list, const char *uuid)
{
    size_t i;

    for (i = 0; list && i < list->count; i++) {
        if (strcmp(list->vms[i].uuid, uuid) == 0)
            return &list->vms[i];
    }
    return NULL;
}


/* Parsing the domain XML */

/* What the CPU model expansion needs, kept out of the facts. */
typedef struct _vpcCpuSpec {
    char *mode;                 /* custom, host-model, host-passthrough, "" */
    char *model;                /* "" when none */
    char *arch;                 /* of <os><type arch> */
    uint32_t required;          /* VPC_CPU_* the domain requires or forces */
    uint32_t disabled;          /* VPC_CPU_* it disables or forbids */
    char *smbiosMode;           /* sysinfo, host, emulate, "" */
} vpcCpuSpec;

static void
cpuSpecClear(vpcCpuSpec *spec)
{
    free(spec->mode);
    free(spec->model);
    free(spec->arch);
    free(spec->smbiosMode);
    memset(spec, 0, sizeof(*spec));
}


/* An XPath string, relative to 'node' when given; "" when it selects
 * nothing.  NULL only when out of memory. */
static char *
xpathString(xmlXPathContextPtr ctxt, xmlNodePtr node, const char *expr)
{
    xmlNodePtr saved = ctxt->node;
    xmlXPathObjectPtr obj;
    char *value = NULL;

    if (node)
        ctxt->node = node;
    obj = xmlXPathEvalExpression((const xmlChar *)expr, ctxt);
    ctxt->node = saved;
    if (obj && obj->type == XPATH_STRING && obj->stringval)
        value = strdup((const char *)obj->stringval);
    else
        value = strdup("");
    xmlXPathFreeObject(obj);
    return value;
}


/* An attribute as a non-negative number, or -1. */
static int
xpathNumber(xmlXPathContextPtr ctxt, xmlNodePtr node, const char *expr)
{
    char *text = xpathString(ctxt, node, expr), *end;
    long value;

    if (!text)
        return -1;
    value = strtol(text, &end, 10);
    if (!*text || *end || value < 0 || value > 0x7fffffff)
        value = -1;
    free(text);
    return (int)value;
}


static bool
xpathExists(xmlXPathContextPtr ctxt, xmlNodePtr node, const char *expr)
{
    xmlNodePtr saved = ctxt->node;
    xmlXPathObjectPtr obj;
    bool exists;

    if (node)
        ctxt->node = node;
    obj = xmlXPathEvalExpression((const xmlChar *)expr, ctxt);
    ctxt->node = saved;
    exists = obj && obj->type == XPATH_NODESET && obj->nodesetval &&
             obj->nodesetval->nodeNr > 0;
    xmlXPathFreeObject(obj);
    return exists;
}


static xmlNodeSetPtr
xpathNodes(xmlXPathContextPtr ctxt, const char *expr, xmlXPathObjectPtr *obj)
{
    *obj = xmlXPathEvalExpression((const xmlChar *)expr, ctxt);
    if (!*obj || (*obj)->type != XPATH_NODESET || !(*obj)->nodesetval)
        return NULL;
    return (*obj)->nodesetval;
}


static uint32_t
featureBit(const char *name)
{
    if (strcmp(name, "mmx") == 0)
        return VPC_CPU_MMX;
    if (strcmp(name, "sse") == 0)
        return VPC_CPU_SSE;
    if (strcmp(name, "sse2") == 0)
        return VPC_CPU_SSE2;
    if (strcmp(name, "3dnow") == 0)
        return VPC_CPU_3DNOW;
    return 0;
}


/* Without an <address type='drive'>, libvirt derives one from the target
 * name the same way: IDE two units a bus, SCSI seven units a controller. */
static void
driveAddressFromTarget(vpcDriveFacts *drive)
{
    const char *name = drive->target;
    size_t len = strlen(name);
    int index = 0;
    size_t i;

    if (len < 3)
        return;
    for (i = 2; i < len; i++) {
        if (!islower((unsigned char)name[i]))
            return;
        index = index * 26 + (name[i] - 'a') + (i > 2 ? 26 : 0);
    }
    if (drive->bus == VPC_BUS_IDE) {
        drive->busNumber = index / 2;
        drive->unit = index % 2;
    } else if (drive->bus == VPC_BUS_SCSI) {
        drive->busNumber = index / 7;
        drive->unit = index % 7;
    } else {
        drive->busNumber = 0;
        drive->unit = index;
    }
}


static int
parseDrive(xmlXPathContextPtr ctxt, xmlNodePtr node, vpcDriveFacts *drive)
{
    char *device = xpathString(ctxt, node, "string(@device)");
    char *type = xpathString(ctxt, node, "string(@type)");
    char *bus = xpathString(ctxt, node, "string(target/@bus)");
    int rc = -1;

    memset(drive, 0, sizeof(*drive));
    drive->busNumber = drive->unit = -1;
    if (!device || !type || !bus)
        goto cleanup;

    if (!*device || strcmp(device, "disk") == 0)
        drive->kind = VPC_DRIVE_DISK;
    else if (strcmp(device, "cdrom") == 0)
        drive->kind = VPC_DRIVE_CDROM;
    else if (strcmp(device, "floppy") == 0)
        drive->kind = VPC_DRIVE_FLOPPY;
    else
        drive->kind = VPC_DRIVE_OTHER;

    drive->bus = strcmp(bus, "ide") == 0 ? VPC_BUS_IDE :
                 strcmp(bus, "scsi") == 0 ? VPC_BUS_SCSI : VPC_BUS_OTHER;

    if (!(drive->target = xpathString(ctxt, node, "string(target/@dev)")) ||
        !(drive->format = xpathString(ctxt, node, "string(driver/@type)")))
        goto cleanup;
    if (strcmp(type, "block") == 0)
        drive->source = xpathString(ctxt, node, "string(source/@dev)");
    else if (strcmp(type, "file") == 0)
        drive->source = xpathString(ctxt, node, "string(source/@file)");
    else if (strcmp(type, "dir") == 0)
        drive->source = xpathString(ctxt, node, "string(source/@dir)");
    else if (strcmp(type, "volume") == 0)
        drive->source = xpathString(ctxt, node, "concat(source/@pool, '/', source/@volume)");
    else if (strcmp(type, "network") == 0)
        drive->source = xpathString(ctxt, node, "string(source/@name)");
    else
        drive->source = strdup("");
    if (!drive->source)
        goto cleanup;

    if (!xpathExists(ctxt, node, "source"))
        drive->media = VPC_MEDIA_NONE;
    else if (strcmp(type, "block") == 0)
        drive->media = VPC_MEDIA_HOST_DRIVE;
    else
        drive->media = VPC_MEDIA_IMAGE;
    /* A volume's <source> names it; an empty CD-ROM has none or an empty one. */
    if (drive->media == VPC_MEDIA_IMAGE && strcmp(type, "volume") != 0 && !*drive->source)
        drive->media = VPC_MEDIA_NONE;

    drive->transient = xpathExists(ctxt, node, "transient");
    drive->backingStore = xpathExists(ctxt, node, "backingStore/source");

    if (xpathExists(ctxt, node, "address[@type='drive']")) {
        drive->busNumber = xpathNumber(ctxt, node,
                                       drive->bus == VPC_BUS_IDE ? "string(address/@bus)"
                                                                 : "string(address/@controller)");
        drive->unit = xpathNumber(ctxt, node, "string(address/@unit)");
    }
    if (drive->busNumber < 0 || drive->unit < 0)
        driveAddressFromTarget(drive);
    rc = 0;

 cleanup:
    free(device);
    free(type);
    free(bus);
    return rc;
}


static int
parseNic(xmlXPathContextPtr ctxt, xmlNodePtr node, vpcNicFacts *nic)
{
    char *link;

    memset(nic, 0, sizeof(*nic));
    if (!(nic->mac = xpathString(ctxt, node, "string(mac/@address)")) ||
        !(nic->type = xpathString(ctxt, node, "string(@type)")) ||
        !(nic->network = xpathString(ctxt, node, "string(source/@network)")) ||
        !(nic->bridge = xpathString(ctxt, node, "string(source/@bridge)")) ||
        !(nic->target = xpathString(ctxt, node, "string(target/@dev)")) ||
        !(link = xpathString(ctxt, node, "string(link/@state)")))
        return -1;
    nic->linkDown = strcmp(link, "down") == 0;
    free(link);
    return 0;
}


static int
parsePort(xmlXPathContextPtr ctxt, xmlNodePtr node, vpcPortFacts *port)
{
    memset(port, 0, sizeof(*port));
    port->port = xpathNumber(ctxt, node, "string(target/@port)");
    if (!(port->type = xpathString(ctxt, node, "string(@type)")) ||
        !(port->path = xpathString(ctxt, node, "string(source/@path)")))
        return -1;
    return 0;
}


/* Calls 'parse' on every node 'expr' selects, into a new array. */
#define PARSE_LIST(ctxt, expr, parse, array, count) \
    parseList(ctxt, expr, (int (*)(xmlXPathContextPtr, xmlNodePtr, void *))(parse), \
              sizeof(**(array)), (void **)(array), (count))

static int
parseList(xmlXPathContextPtr ctxt, const char *expr,
          int (*parse)(xmlXPathContextPtr, xmlNodePtr, void *), size_t size, void **array,
          size_t *count)
{
    xmlXPathObjectPtr obj;
    xmlNodeSetPtr nodes = xpathNodes(ctxt, expr, &obj);
    int i, rc = 0;

    *count = 0;
    *array = NULL;
    if (nodes && nodes->nodeNr > 0) {
        if (!(*array = calloc(nodes->nodeNr, size))) {
            rc = -1;
        } else {
            for (i = 0; i < nodes->nodeNr && rc == 0; i++) {
                rc = parse(ctxt, nodes->nodeTab[i], (char *)*array + i * size);
                (*count)++;
            }
        }
    }
    xmlXPathFreeObject(obj);
    return rc;
}


/* SMBIOS strings of a <sysinfo type='smbios'> (domain) or <sysinfo> (host). */
static int
parseSmbios(xmlXPathContextPtr ctxt, const char *root, vpcVMFacts *facts)
{
    char expr[256];
    struct { const char *path; char **out; } fields[] = {
        { "system/entry[@name='serial']", &facts->biosSerial },
        { "baseBoard/entry[@name='serial']", &facts->baseBoardSerial },
        { "chassis/entry[@name='serial']", &facts->chassisSerial },
        { "chassis/entry[@name='asset']", &facts->chassisAsset },
    };
    size_t i;

    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        snprintf(expr, sizeof(expr), "string(%s/%s)", root, fields[i].path);
        free(*fields[i].out);
        if (!(*fields[i].out = xpathString(ctxt, NULL, expr)))
            return -1;
    }
    return 0;
}


static xmlDocPtr
readXML(const char *xml, const char *name)
{
    return xmlReadMemory(xml, strlen(xml), name, NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}


static int
parseDomain(const char *xml, vpcVMFacts *facts, vpcCpuSpec *spec)
{
    xmlDocPtr doc;
    xmlXPathContextPtr ctxt = NULL;
    xmlXPathObjectPtr obj = NULL;
    xmlNodeSetPtr nodes;
    char *state = NULL;
    int rc = -1, i;

    if (!(doc = readXML(xml, "domain.xml")))
        return -1;
    if (!(ctxt = xmlXPathNewContext(doc)) ||
        xmlXPathRegisterNs(ctxt, (const xmlChar *)"libosinfo",
                           (const xmlChar *)LIBOSINFO_NS) < 0)
        goto cleanup;

    if (!(facts->description = xpathString(ctxt, NULL, "string(/domain/description)")))
        goto cleanup;
    if (!(facts->accountName = xpathString(ctxt, NULL,
                                           "string(/domain/seclabel[@model='dac']/label)")))
        goto cleanup;
    facts->staticAccount = *facts->accountName &&
                           xpathExists(ctxt, NULL, "/domain/seclabel[@model='dac'][@type='static']");

    if (!(facts->biosSerial = strdup("")) || !(facts->baseBoardSerial = strdup("")) ||
        !(facts->chassisSerial = strdup("")) || !(facts->chassisAsset = strdup("")))
        goto cleanup;
    if (!(spec->smbiosMode = xpathString(ctxt, NULL, "string(/domain/os/smbios/@mode)")))
        goto cleanup;
    if (strcmp(spec->smbiosMode, "sysinfo") == 0 &&
        parseSmbios(ctxt, "/domain/sysinfo[@type='smbios']", facts) < 0)
        goto cleanup;

    if (!(spec->mode = xpathString(ctxt, NULL, "string(/domain/cpu/@mode)")) ||
        !(spec->model = xpathString(ctxt, NULL, "string(/domain/cpu/model)")) ||
        !(spec->arch = xpathString(ctxt, NULL, "string(/domain/os/type/@arch)")))
        goto cleanup;
    if ((nodes = xpathNodes(ctxt, "/domain/cpu/feature", &obj))) {
        for (i = 0; i < nodes->nodeNr; i++) {
            char *name = xpathString(ctxt, nodes->nodeTab[i], "string(@name)");
            char *policy = xpathString(ctxt, nodes->nodeTab[i], "string(@policy)");

            if (name && policy) {
                if (!*policy || strcmp(policy, "require") == 0 || strcmp(policy, "force") == 0)
                    spec->required |= featureBit(name);
                else if (strcmp(policy, "disable") == 0 || strcmp(policy, "forbid") == 0)
                    spec->disabled |= featureBit(name);
            }
            free(name);
            free(policy);
        }
    }
    xmlXPathFreeObject(obj);
    obj = NULL;

    facts->acpi = xpathExists(ctxt, NULL, "/domain/features/acpi");
    facts->agentChannel = xpathExists(ctxt, NULL, "/domain/devices/channel/target[@name='"
                                      GUEST_AGENT_CHANNEL "']");
    if (!(state = xpathString(ctxt, NULL, "string(/domain/devices/channel/target[@name='"
                                          GUEST_AGENT_CHANNEL "']/@state)")))
        goto cleanup;
    facts->agentConnected = strcmp(state, "connected") == 0 ? 1 :
                            strcmp(state, "disconnected") == 0 ? 0 : -1;

    if (!(facts->osId = xpathString(ctxt, NULL, "string(/domain/metadata/libosinfo:libosinfo/"
                                                "libosinfo:os/@id)")))
        goto cleanup;

    /* The primary video model, else the first. */
    facts->displayWidth = xpathNumber(ctxt, NULL,
        "string((/domain/devices/video/model[@primary='yes'] | "
        "/domain/devices/video[1]/model)[1]/resolution/@x)");
    facts->displayHeight = xpathNumber(ctxt, NULL,
        "string((/domain/devices/video/model[@primary='yes'] | "
        "/domain/devices/video[1]/model)[1]/resolution/@y)");
    if ((int)facts->displayWidth < 0 || (int)facts->displayHeight < 0)
        facts->displayWidth = facts->displayHeight = 0;

    facts->absolutePointer = xpathExists(ctxt, NULL, "/domain/devices/input[@type='tablet']");
    if ((nodes = xpathNodes(ctxt, "/domain/devices/controller[@type='scsi']", &obj))) {
        facts->scsiControllers = nodes->nodeNr;
        for (i = 0; i < nodes->nodeNr; i++) {
            int index = xpathNumber(ctxt, nodes->nodeTab[i], "string(@index)");

            if (index >= 0 && index < 32)
                facts->scsiIndexes |= 1u << index;
        }
    }
    xmlXPathFreeObject(obj);
    obj = NULL;

    if (PARSE_LIST(ctxt, "/domain/devices/disk", parseDrive, &facts->drives,
                   &facts->ndrives) < 0 ||
        PARSE_LIST(ctxt, "/domain/devices/interface", parseNic, &facts->nics,
                   &facts->nnics) < 0 ||
        PARSE_LIST(ctxt, "/domain/devices/serial", parsePort, &facts->serials,
                   &facts->nserials) < 0 ||
        PARSE_LIST(ctxt, "/domain/devices/parallel", parsePort, &facts->parallels,
                   &facts->nparallels) < 0)
        goto cleanup;
    rc = 0;

 cleanup:
    free(state);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
    return rc;
}


int
vpcVMFactsParseXML(const char *xml, vpcVMFacts *facts)
{
    vpcCpuSpec spec = { 0 };
    int rc = parseDomain(xml, facts, &spec);

    cpuSpecClear(&spec);
    return rc;
}


/* Paths */

/* The URI's scheme (driver and transport), host part and path, any of
 * which may come back empty. */
static void
uriSplit(const char *uri, char *scheme, size_t schemeSize, char *hostPart, size_t hostSize,
         char *path, size_t pathSize)
{
    const char *sep = strstr(uri, "://"), *rest, *slash, *query;

    *scheme = *hostPart = *path = '\0';
    if (!sep)
        return;
    snprintf(scheme, schemeSize, "%.*s", (int)(sep - uri), uri);
    rest = sep + 3;
    slash = strchr(rest, '/');
    query = strchr(rest, '?');
    if (!slash || (query && query < slash))
        slash = query ? query : rest + strlen(rest);
    snprintf(hostPart, hostSize, "%.*s", (int)(slash - rest), rest);
    query = strchr(slash, '?');
    snprintf(path, pathSize, "%.*s", (int)(query ? query - slash : (long)strlen(slash)), slash);
}


char *
vpcUriRemoteHost(const char *uri)
{
    char scheme[64], hostPart[256], path[1024];
    char *host, *at, *colon;

    uriSplit(uri, scheme, sizeof(scheme), hostPart, sizeof(hostPart), path, sizeof(path));
    if (!*hostPart || strstr(scheme, "+unix"))
        return NULL;
    at = strrchr(hostPart, '@');
    host = strdup(at ? at + 1 : hostPart);
    /* An IPv6 literal keeps its colons inside brackets. */
    if (host && *host == '[') {
        char *end = strchr(host, ']');

        if (end)
            end[1] = '\0';
    } else if (host && (colon = strchr(host, ':'))) {
        *colon = '\0';
    }
    return host;
}


static char *
configHome(void)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    char *dir = NULL;

    if (xdg && *xdg)
        return strdup(xdg);
    if (home && *home && asprintf(&dir, "%s/.config", home) < 0)
        return NULL;
    return dir;
}


/* The directory under which the QEMU driver of 'uri' keeps its files,
 * with 'sub' appended; NULL for other drivers. */
static char *
qemuDriverDir(const char *uri, const char *systemDir, const char *sessionSub)
{
    char scheme[64], hostPart[256], path[1024];
    char *home, *dir = NULL;

    uriSplit(uri, scheme, sizeof(scheme), hostPart, sizeof(hostPart), path, sizeof(path));
    if (strncmp(scheme, "qemu", 4) != 0 || (scheme[4] && scheme[4] != '+'))
        return NULL;
    if (strcmp(path, "/system") == 0)
        return strdup(systemDir);
    /* A session's directory is its user's: known here only for this one. */
    if (strcmp(path, "/session") == 0 && !vpcUriRemoteHost(uri) && (home = configHome())) {
        if (asprintf(&dir, "%s/%s", home, sessionSub) < 0)
            dir = NULL;
        free(home);
    }
    return dir;
}


char *
vpcDomainConfigFile(const char *uri, const char *name)
{
    char scheme[64], hostPart[256], path[1024];
    char *dir, *file = NULL;

    uriSplit(uri, scheme, sizeof(scheme), hostPart, sizeof(hostPart), path, sizeof(path));
    /* A test driver file holds every definition; its default node, none. */
    if (strncmp(scheme, "test", 4) == 0 && (!scheme[4] || scheme[4] == '+'))
        return strdup(strcmp(path, "/default") == 0 || !*path ? "" : path);
    if (!(dir = qemuDriverDir(uri, "/etc/libvirt/qemu", "libvirt/qemu")))
        return strdup("");
    if (asprintf(&file, "%s/%s.xml", dir, name) < 0)
        file = NULL;
    free(dir);
    return file;
}


char *
vpcManagedSaveFile(const char *uri, const char *name)
{
    char *dir, *file = NULL;

    if (!(dir = qemuDriverDir(uri, "/var/lib/libvirt/qemu/save", "libvirt/qemu/save")))
        return NULL;
    if (asprintf(&file, "%s/%s.save", dir, name) < 0)
        file = NULL;
    free(dir);
    return file;
}


/* libosinfo's database, loaded once per process on first use (it takes a
 * moment: a few thousand small files). */

static pthread_once_t osinfoOnce = PTHREAD_ONCE_INIT;
static OsinfoDb *osinfoDb;

static void
osinfoLoad(void)
{
    OsinfoLoader *loader = osinfo_loader_new();
    GError *error = NULL;

    osinfo_loader_process_default_path(loader, &error);
    if (error) {
        vpcLog(VPC_LOG_WARN, "libosinfo's database: %s", error->message);
        g_error_free(error);
    }
    osinfoDb = osinfo_loader_get_db(loader);
    if (osinfoDb)
        g_object_ref(osinfoDb);
    g_object_unref(loader);
}


int
vpcOsinfoLookup(const char *id, char **name, char **version)
{
    OsinfoOs *os;
    const char *text;

    *name = *version = NULL;
    if (!id || !*id)
        return -1;
    pthread_once(&osinfoOnce, osinfoLoad);
    if (!osinfoDb || !(os = osinfo_db_get_os(osinfoDb, id)))
        return -1;
    text = osinfo_product_get_name(OSINFO_PRODUCT(os));
    *name = strdup(text ? text : "");
    text = osinfo_product_get_version(OSINFO_PRODUCT(os));
    *version = strdup(text ? text : "");
    if (!*name || !*version) {
        free(*name);
        free(*version);
        *name = *version = NULL;
        return -1;
    }
    return 0;
}


/* The wire format: every field in declaration order. */

static void
putDrive(vpcBuffer *buf, const vpcDriveFacts *drive)
{
    vpcBufferPutU32(buf, drive->kind);
    vpcBufferPutU32(buf, drive->media);
    vpcBufferPutU32(buf, (uint32_t)drive->bus);
    vpcBufferPutU32(buf, (uint32_t)drive->busNumber);
    vpcBufferPutU32(buf, (uint32_t)drive->unit);
    vpcBufferPutString(buf, drive->target);
    vpcBufferPutString(buf, drive->source);
    vpcBufferPutString(buf, drive->format);
    vpcBufferPutU32(buf, drive->transient | drive->backingStore << 1 | drive->sizeKnown << 2 |
                    drive->freeKnown << 3);
    vpcBufferPutU64(buf, drive->capacity);
    vpcBufferPutU64(buf, drive->physical);
    vpcBufferPutU64(buf, drive->hostFree);
}


static int
readDrive(vpcReader *rd, vpcDriveFacts *drive)
{
    uint32_t flags;

    drive->kind = vpcReaderU32(rd);
    drive->media = vpcReaderU32(rd);
    drive->bus = (int32_t)vpcReaderU32(rd);
    drive->busNumber = (int32_t)vpcReaderU32(rd);
    drive->unit = (int32_t)vpcReaderU32(rd);
    drive->target = vpcReaderString(rd);
    drive->source = vpcReaderString(rd);
    drive->format = vpcReaderString(rd);
    flags = vpcReaderU32(rd);
    drive->transient = flags & 1;
    drive->backingStore = (flags & 2) != 0;
    drive->sizeKnown = (flags & 4) != 0;
    drive->freeKnown = (flags & 8) != 0;
    drive->capacity = vpcReaderU64(rd);
    drive->physical = vpcReaderU64(rd);
    drive->hostFree = vpcReaderU64(rd);
    return drive->target && drive->source && drive->format ? 0 : -1;
}


static void
putNic(vpcBuffer *buf, const vpcNicFacts *nic)
{
    vpcBufferPutString(buf, nic->mac);
    vpcBufferPutString(buf, nic->type);
    vpcBufferPutString(buf, nic->network);
    vpcBufferPutString(buf, nic->bridge);
    vpcBufferPutString(buf, nic->target);
    vpcBufferPutU32(buf, nic->linkDown);
}


static int
readNic(vpcReader *rd, vpcNicFacts *nic)
{
    nic->mac = vpcReaderString(rd);
    nic->type = vpcReaderString(rd);
    nic->network = vpcReaderString(rd);
    nic->bridge = vpcReaderString(rd);
    nic->target = vpcReaderString(rd);
    nic->linkDown = vpcReaderU32(rd) != 0;
    return nic->mac && nic->type && nic->network && nic->bridge && nic->target ? 0 : -1;
}


static void
putPort(vpcBuffer *buf, const vpcPortFacts *port)
{
    vpcBufferPutString(buf, port->type);
    vpcBufferPutString(buf, port->path);
    vpcBufferPutU32(buf, (uint32_t)port->port);
}


static int
readPort(vpcReader *rd, vpcPortFacts *port)
{
    port->type = vpcReaderString(rd);
    port->path = vpcReaderString(rd);
    port->port = (int32_t)vpcReaderU32(rd);
    return port->type && port->path ? 0 : -1;
}


#define PUT_LIST(buf, array, count, put) \
    do { \
        size_t i_; \
        vpcBufferPutU32(buf, (uint32_t)(count)); \
        for (i_ = 0; i_ < (count); i_++) \
            put(buf, &(array)[i_]); \
    } while (0)

/* Each element takes at least a byte: a longer count is corrupt. */
#define READ_LIST(rd, array, count, read) \
    do { \
        uint32_t n_ = vpcReaderU32(rd), i_; \
        if ((rd)->failed || n_ > (rd)->len - (rd)->pos || \
            (n_ && !((array) = calloc(n_, sizeof(*(array)))))) { \
            (rd)->failed = true; \
            break; \
        } \
        for (i_ = 0; i_ < n_ && !(rd)->failed; i_++) { \
            (count) = i_ + 1; \
            if (read(rd, &(array)[i_]) < 0) \
                (rd)->failed = true; \
        } \
    } while (0)

static void
putFacts(vpcBuffer *buf, const vpcVMFacts *facts)
{
    vpcBufferPutString(buf, facts->uuid);
    vpcBufferPutU32(buf, facts->generation);
    vpcBufferPutU32(buf, facts->known);
    vpcPutError(buf, &facts->error);
    if (!facts->known)
        return;
    vpcBufferPutString(buf, facts->file);
    vpcBufferPutString(buf, facts->description);
    vpcBufferPutString(buf, facts->accountName);
    vpcBufferPutU32(buf, facts->staticAccount);
    vpcBufferPutString(buf, facts->biosSerial);
    vpcBufferPutString(buf, facts->baseBoardSerial);
    vpcBufferPutString(buf, facts->chassisSerial);
    vpcBufferPutString(buf, facts->chassisAsset);
    vpcBufferPutU32(buf, facts->cpuFeaturesKnown);
    vpcBufferPutU32(buf, facts->cpuFeatures);
    vpcBufferPutU32(buf, facts->hostMhz);
    vpcBufferPutU32(buf, facts->acpi);
    vpcBufferPutU32(buf, facts->agentChannel);
    vpcBufferPutU32(buf, (uint32_t)facts->agentConnected);
    vpcBufferPutString(buf, facts->osId);
    vpcBufferPutString(buf, facts->osName);
    vpcBufferPutString(buf, facts->osVersion);
    vpcBufferPutU32(buf, facts->displayWidth);
    vpcBufferPutU32(buf, facts->displayHeight);
    vpcBufferPutU32(buf, facts->absolutePointer);
    vpcBufferPutU32(buf, facts->scsiControllers);
    vpcBufferPutU32(buf, facts->scsiIndexes);
    vpcBufferPutU32(buf, (uint32_t)facts->autostart);
    vpcBufferPutString(buf, facts->savedStateFile);
    vpcBufferPutString(buf, facts->agentOsName);
    vpcBufferPutString(buf, facts->agentOsVersion);
    vpcBufferPutString(buf, facts->agentKernelVersion);
    vpcBufferPutString(buf, facts->agentHostname);
    vpcBufferPutU32(buf, (uint32_t)facts->heartbeatPercent);
    PUT_LIST(buf, facts->drives, facts->ndrives, putDrive);
    PUT_LIST(buf, facts->nics, facts->nnics, putNic);
    PUT_LIST(buf, facts->serials, facts->nserials, putPort);
    PUT_LIST(buf, facts->parallels, facts->nparallels, putPort);
}


static int
readFacts(vpcReader *rd, vpcVMFacts *facts)
{
    memset(facts, 0, sizeof(*facts));
    vpcReaderStringInto(rd, facts->uuid, sizeof(facts->uuid));
    facts->generation = vpcReaderU32(rd);
    facts->known = vpcReaderU32(rd) != 0;
    vpcReadError(rd, &facts->error);
    if (!facts->known || rd->failed)
        return rd->failed ? -1 : 0;
    facts->file = vpcReaderString(rd);
    facts->description = vpcReaderString(rd);
    facts->accountName = vpcReaderString(rd);
    facts->staticAccount = vpcReaderU32(rd) != 0;
    facts->biosSerial = vpcReaderString(rd);
    facts->baseBoardSerial = vpcReaderString(rd);
    facts->chassisSerial = vpcReaderString(rd);
    facts->chassisAsset = vpcReaderString(rd);
    facts->cpuFeaturesKnown = vpcReaderU32(rd) != 0;
    facts->cpuFeatures = vpcReaderU32(rd);
    facts->hostMhz = vpcReaderU32(rd);
    facts->acpi = vpcReaderU32(rd) != 0;
    facts->agentChannel = vpcReaderU32(rd) != 0;
    facts->agentConnected = (int32_t)vpcReaderU32(rd);
    facts->osId = vpcReaderString(rd);
    facts->osName = vpcReaderString(rd);
    facts->osVersion = vpcReaderString(rd);
    facts->displayWidth = vpcReaderU32(rd);
    facts->displayHeight = vpcReaderU32(rd);
    facts->absolutePointer = vpcReaderU32(rd) != 0;
    facts->scsiControllers = vpcReaderU32(rd);
    facts->scsiIndexes = vpcReaderU32(rd);
    facts->autostart = (int32_t)vpcReaderU32(rd);
    facts->savedStateFile = vpcReaderString(rd);    /* NULL is a value here */
    facts->agentOsName = vpcReaderString(rd);
    facts->agentOsVersion = vpcReaderString(rd);
    facts->agentKernelVersion = vpcReaderString(rd);
    facts->agentHostname = vpcReaderString(rd);
    facts->heartbeatPercent = (int32_t)vpcReaderU32(rd);
    READ_LIST(rd, facts->drives, facts->ndrives, readDrive);
    READ_LIST(rd, facts->nics, facts->nnics, readNic);
    READ_LIST(rd, facts->serials, facts->nserials, readPort);
    READ_LIST(rd, facts->parallels, facts->nparallels, readPort);
    if (!facts->file || !facts->description || !facts->accountName || !facts->biosSerial || !facts->baseBoardSerial ||
        !facts->chassisSerial || !facts->chassisAsset || !facts->osId || !facts->osName ||
        !facts->osVersion || !facts->agentOsName || !facts->agentOsVersion ||
        !facts->agentKernelVersion || !facts->agentHostname)
        rd->failed = true;
    return rd->failed ? -1 : 0;
}


int
vpcReadFactsList(vpcReader *rd, vpcFactsList *list)
{
    memset(list, 0, sizeof(*list));
    READ_LIST(rd, list->vms, list->count, readFacts);
    if (rd->failed) {
        vpcFactsListClear(list);
        return -1;
    }
    return 0;
}


/* The host side (the monitor's domains; libvirt calls without the lock) */

typedef struct _vpcCpuModelMemo {
    char *arch;
    char *model;
    bool known;
    uint32_t features;
} vpcCpuModelMemo;

void
vpcHostVMFactsFree(vpcHost *host)
{
    size_t i;

    for (i = 0; i < host->ncpuModels; i++) {
        free(host->cpuModels[i].arch);
        free(host->cpuModels[i].model);
    }
    free(host->cpuModels);
    host->cpuModels = NULL;
    host->ncpuModels = 0;
}


void
vpcAgentHistoryNote(vpcAgentHistory *history, int64_t nowMs, bool connected)
{
    size_t drop = 0;

    if (history->count && history->connected[history->count - 1] == connected)
        return;
    /* Keep the last state that began before the minute: it covers its start. */
    while (drop + 1 < history->count && history->atMs[drop + 1] <= nowMs - 60000)
        drop++;
    if (history->count - drop == VPC_AGENT_HISTORY)
        drop++;
    memmove(history->atMs, history->atMs + drop, (history->count - drop) * sizeof(history->atMs[0]));
    memmove(history->connected, history->connected + drop,
            (history->count - drop) * sizeof(history->connected[0]));
    history->count -= drop;
    history->atMs[history->count] = nowMs;
    history->connected[history->count++] = connected;
}


int
vpcAgentHistoryPercent(const vpcAgentHistory *history, int64_t nowMs)
{
    int64_t windowStart = nowMs - 60000, observed, connected = 0, from, to;
    size_t i;

    if (!history || !history->count)
        return -1;
    from = history->atMs[0] > windowStart ? history->atMs[0] : windowStart;
    observed = nowMs - from;
    if (observed <= 0)
        return history->connected[history->count - 1] ? 100 : 0;
    for (i = 0; i < history->count; i++) {
        from = history->atMs[i] > windowStart ? history->atMs[i] : windowStart;
        to = i + 1 < history->count ? history->atMs[i + 1] : nowMs;
        if (history->connected[i] && to > from)
            connected += to - from;
    }
    return (int)((connected * 100 + observed / 2) / observed);
}


void
vpcDomainFactsFree(vpcDomain *dom)
{
    if (dom->facts) {
        vpcVMFactsClear(dom->facts);
        free(dom->facts);
        dom->facts = NULL;
    }
}


/* The domain is gone: its heartbeat history with it. */
void
vpcDomainAgentFree(vpcDomain *dom)
{
    free(dom->agentHistory);
    dom->agentHistory = NULL;
}


static void
noteAgentState(vpcDomain *dom, int64_t nowMs, bool connected)
{
    if (!dom->agentHistory && !(dom->agentHistory = calloc(1, sizeof(*dom->agentHistory))))
        return;
    vpcAgentHistoryNote(dom->agentHistory, nowMs, connected);
}


void
vpcDomainFactsInvalidate(vpcDomain *dom)
{
    dom->factsGeneration++;
}


/* The features a CPU XML lists as present (no policy, require, force). */
static uint32_t
featuresOfCpuXML(const char *xml)
{
    xmlDocPtr doc = readXML(xml, "cpu.xml");
    xmlXPathContextPtr ctxt = doc ? xmlXPathNewContext(doc) : NULL;
    xmlXPathObjectPtr obj = NULL;
    xmlNodeSetPtr nodes;
    uint32_t features = 0;
    int i;

    if (ctxt && (nodes = xpathNodes(ctxt, "//cpu/feature[not(@policy) or @policy='require' or "
                                          "@policy='force']", &obj))) {
        for (i = 0; i < nodes->nodeNr; i++) {
            char *name = xpathString(ctxt, nodes->nodeTab[i], "string(@name)");

            if (name)
                features |= featureBit(name);
            free(name);
        }
    }
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
    return features;
}


/* A CPU model's features, as libvirt expands it; remembered per host. */
static bool
expandCpuModel(vpcHost *host, virConnectPtr conn, const char *arch, const char *model,
               uint32_t *features)
{
    vpcCpuModelMemo *memo;
    char *cpu = NULL, *expanded;
    const char *cpus[1];
    bool known = false;
    size_t i;

    pthread_mutex_lock(&host->lock);
    for (i = 0; i < host->ncpuModels; i++) {
        memo = &host->cpuModels[i];
        if (strcmp(memo->arch, arch) == 0 && strcmp(memo->model, model) == 0) {
            *features = memo->features;
            known = memo->known;
            pthread_mutex_unlock(&host->lock);
            return known;
        }
    }
    pthread_mutex_unlock(&host->lock);

    /* A domain without an arch is the host's: libvirt takes x86_64 then. */
    if (asprintf(&cpu, "<cpu><arch>%s</arch><model>%s</model></cpu>",
                 *arch ? arch : "x86_64", model) < 0)
        return false;
    cpus[0] = cpu;
    expanded = virConnectBaselineCPU(conn, cpus, 1, VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES);
    free(cpu);
    if (expanded) {
        *features = featuresOfCpuXML(expanded);
        known = true;
        free(expanded);
    } else {
        vpcLog(VPC_LOG_DEBUG, "%s: CPU model %s: %s", host->displayUri, model,
               virGetLastErrorMessage());
        virResetLastError();
    }

    pthread_mutex_lock(&host->lock);
    if ((memo = realloc(host->cpuModels, (host->ncpuModels + 1) * sizeof(*memo)))) {
        host->cpuModels = memo;
        memo = &host->cpuModels[host->ncpuModels];
        memo->arch = strdup(arch);
        memo->model = strdup(model);
        memo->known = known;
        memo->features = *features;
        if (memo->arch && memo->model) {
            host->ncpuModels++;
        } else {
            free(memo->arch);
            free(memo->model);
        }
    }
    pthread_mutex_unlock(&host->lock);
    return known;
}


/* The host CPU of the capabilities, for host-model and host-passthrough. */
static bool
hostCpuFeatures(virConnectPtr conn, uint32_t *features)
{
    char *caps = virConnectGetCapabilities(conn), *cpu = NULL;
    xmlDocPtr doc = caps ? readXML(caps, "capabilities.xml") : NULL;
    xmlXPathContextPtr ctxt = doc ? xmlXPathNewContext(doc) : NULL;
    xmlBufferPtr buf = NULL;
    xmlXPathObjectPtr obj = NULL;
    xmlNodeSetPtr nodes;
    const char *cpus[1];
    bool known = false;

    /* Without a model (the test driver's host) there is nothing to expand. */
    if (ctxt && xpathExists(ctxt, NULL, "/capabilities/host/cpu/model") &&
        (nodes = xpathNodes(ctxt, "/capabilities/host/cpu", &obj)) && nodes->nodeNr > 0 &&
        (buf = xmlBufferCreate()) && xmlNodeDump(buf, doc, nodes->nodeTab[0], 0, 0) > 0) {
        cpus[0] = (const char *)xmlBufferContent(buf);
        if ((cpu = virConnectBaselineCPU(conn, cpus, 1,
                                         VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES))) {
            *features = featuresOfCpuXML(cpu);
            known = true;
        }
    }
    virResetLastError();
    free(cpu);
    xmlBufferFree(buf);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
    free(caps);
    return known;
}


/* Per request, asked at most once: what several domains may need. */
typedef struct _vpcHostBits {
    bool mhzAsked;
    uint32_t mhz;
    bool sysinfoAsked;
    char *sysinfo;
    bool hostCpuAsked;
    bool hostCpuKnown;
    uint32_t hostCpu;
} vpcHostBits;

static void
completeStatic(vpcHost *host, virConnectPtr conn, virDomainPtr dom, const vpcCpuSpec *spec,
               vpcHostBits *bits, vpcVMFacts *facts)
{
    const char *name = virDomainGetName(dom);
    virNodeInfo node;
    uint32_t features = 0;
    char *osName, *osVersion;

    facts->file = virDomainIsPersistent(dom) == 1 && host->resolvedUri
                  ? vpcDomainConfigFile(host->resolvedUri, name) : strdup("");
    virResetLastError();

    if (!bits->mhzAsked) {
        bits->mhzAsked = true;
        if (virNodeGetInfo(conn, &node) == 0)
            bits->mhz = node.mhz;
        virResetLastError();
    }
    facts->hostMhz = bits->mhz;

    if (strcmp(spec->smbiosMode, "host") == 0) {
        if (!bits->sysinfoAsked) {
            bits->sysinfoAsked = true;
            bits->sysinfo = virConnectGetSysinfo(conn, 0);
            virResetLastError();
        }
        if (bits->sysinfo) {
            xmlDocPtr doc = readXML(bits->sysinfo, "sysinfo.xml");
            xmlXPathContextPtr ctxt = doc ? xmlXPathNewContext(doc) : NULL;

            if (ctxt)
                parseSmbios(ctxt, "/sysinfo", facts);
            xmlXPathFreeContext(ctxt);
            xmlFreeDoc(doc);
        }
    }

    if (strcmp(spec->mode, "host-model") == 0 || strcmp(spec->mode, "host-passthrough") == 0 ||
        strcmp(spec->mode, "maximum") == 0) {
        if (!bits->hostCpuAsked) {
            bits->hostCpuAsked = true;
            bits->hostCpuKnown = hostCpuFeatures(conn, &bits->hostCpu);
        }
        facts->cpuFeaturesKnown = bits->hostCpuKnown;
        features = bits->hostCpu;
    } else if (*spec->model) {
        facts->cpuFeaturesKnown = expandCpuModel(host, conn, spec->arch, spec->model, &features);
    }
    if (facts->cpuFeaturesKnown)
        facts->cpuFeatures = (features | spec->required) & ~spec->disabled;

    if (vpcOsinfoLookup(facts->osId, &osName, &osVersion) == 0) {
        facts->osName = osName;
        facts->osVersion = osVersion;
    } else {
        facts->osName = strdup("");
        facts->osVersion = strdup("");
    }
}


/* libvirt writes a description's CR into the domain XML as it is, and an
 * XML parser must turn CR LF and a lone CR into LF: notes a Windows script
 * wrote with vbCrLf would come back changed.  Only a description that has
 * a line end can have been changed, so only then is it asked for by
 * itself, which gives it byte for byte. */
static void
exactDescription(virDomainPtr dom, vpcVMFacts *facts)
{
    char *exact;

    if (!strchr(facts->description, '\n'))
        return;
    if (!(exact = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, 0))) {
        virResetLastError();
        return;
    }
    free(facts->description);
    facts->description = exact;
}


/* A fresh set of static facts, or one with known = false and why. */
static vpcVMFacts *
buildStatic(vpcHost *host, virConnectPtr conn, virDomainPtr dom, vpcHostBits *bits)
{
    vpcVMFacts *facts = calloc(1, sizeof(*facts));
    vpcCpuSpec spec = { 0 };
    char *xml;

    if (!facts)
        return NULL;
    if (!(xml = virDomainGetXMLDesc(dom, 0))) {
        vpcErrorFromLibvirt(&facts->error, VPC_ERR_OPERATION_FAILED, host->uri,
                            host->displayUri, virDomainGetName(dom),
                            "cannot read the domain's configuration");
        return facts;
    }
    if (parseDomain(xml, facts, &spec) < 0) {
        vpcVMFactsClear(facts);
        vpcErrorSet(&facts->error, VPC_ERR_OPERATION_FAILED, host->displayUri,
                    virDomainGetName(dom), "cannot parse the domain's configuration");
    } else {
        exactDescription(dom, facts);
        completeStatic(host, conn, dom, &spec, bits, facts);
        facts->known = facts->file && facts->osName && facts->osVersion;
        if (!facts->known)
            vpcErrorSet(&facts->error, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
    }
    cpuSpecClear(&spec);
    free(xml);
    return facts;
}


/* What one domain needs asked, and what the answers were. */
typedef struct _vpcFactsTodo {
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    uint32_t generation;
    bool needStatic;
    vpcVMFacts *built;          /* new static facts, or NULL */
    char *name;
    /* live */
    size_t ntargets;
    char **targets;             /* the drives' targets, in order */
    char **sources;             /* and their host paths */
    int autostart;
    int managedSave;            /* 1, 0, -1 unknown */
    vpcDriveFacts *sizes;       /* ntargets: sizeKnown, capacity, physical */
    bool askAgent;              /* running, with an agent channel, and allowed */
    char *agent[4];             /* os.pretty-name, os.version-id, os.kernel-version, host name */
} vpcFactsTodo;

static void
todoClear(vpcFactsTodo *todo)
{
    size_t i;

    if (todo->built) {
        vpcVMFactsClear(todo->built);
        free(todo->built);
    }
    for (i = 0; i < todo->ntargets; i++) {
        free(todo->targets[i]);
        free(todo->sources[i]);
    }
    free(todo->targets);
    free(todo->sources);
    free(todo->sizes);
    free(todo->name);
    for (i = 0; i < 4; i++)
        free(todo->agent[i]);
}


static int
todoTakeTargets(vpcFactsTodo *todo, const vpcVMFacts *facts)
{
    size_t i;

    if (!facts->ndrives)
        return 0;
    if (!(todo->targets = calloc(facts->ndrives, sizeof(*todo->targets))) ||
        !(todo->sources = calloc(facts->ndrives, sizeof(*todo->sources))) ||
        !(todo->sizes = calloc(facts->ndrives, sizeof(*todo->sizes))))
        return -1;
    for (i = 0; i < facts->ndrives; i++) {
        todo->ntargets = i + 1;
        if (!(todo->targets[i] = strdup(facts->drives[i].target)) ||
            !(todo->sources[i] = strdup(facts->drives[i].media == VPC_MEDIA_IMAGE
                                        ? facts->drives[i].source : "")))
            return -1;
    }
    return 0;
}


static void
askLive(virDomainPtr dom, vpcFactsTodo *todo)
{
    virDomainBlockInfo info;
    size_t i;

    if (virDomainGetAutostart(dom, &todo->autostart) < 0)
        todo->autostart = -1;
    todo->managedSave = virDomainHasManagedSaveImage(dom, 0);
    for (i = 0; i < todo->ntargets; i++) {
        /* An empty drive has no size to tell. */
        if (!*todo->targets[i] || virDomainGetBlockInfo(dom, todo->targets[i], &info, 0) < 0)
            continue;
        todo->sizes[i].sizeKnown = true;
        todo->sizes[i].capacity = info.capacity;
        todo->sizes[i].physical = info.physical;
    }
    virResetLastError();
}


/* The host's storage pools: where each keeps its files, what it has free. */
typedef struct _vpcPoolSpace {
    char *path;
    uint64_t available;
} vpcPoolSpace;

static size_t
listPools(virConnectPtr conn, vpcPoolSpace **out)
{
    virStoragePoolPtr *pools = NULL;
    vpcPoolSpace *spaces;
    virStoragePoolInfo info;
    size_t count = 0;
    int n, i;

    *out = NULL;
    if ((n = virConnectListAllStoragePools(conn, &pools, 0)) <= 0 ||
        !(spaces = calloc(n, sizeof(*spaces)))) {
        virResetLastError();
        for (i = 0; i < n; i++)
            virStoragePoolFree(pools[i]);
        free(pools);
        return 0;
    }
    for (i = 0; i < n; i++) {
        char *xml = virStoragePoolGetXMLDesc(pools[i], 0);
        xmlDocPtr doc = xml ? readXML(xml, "pool.xml") : NULL;
        xmlXPathContextPtr ctxt = doc ? xmlXPathNewContext(doc) : NULL;
        char *path = ctxt ? xpathString(ctxt, NULL, "string(/pool/target/path)") : NULL;

        if (path && *path && virStoragePoolGetInfo(pools[i], &info) == 0) {
            spaces[count].path = path;
            spaces[count++].available = info.available;
            path = NULL;
        }
        free(path);
        xmlXPathFreeContext(ctxt);
        xmlFreeDoc(doc);
        free(xml);
        virStoragePoolFree(pools[i]);
    }
    virResetLastError();
    free(pools);
    *out = spaces;
    return count;
}


/* The pool whose target directory holds 'file' (the longest such path): a
 * pool need not list the file as a volume for its space to be the file's. */
static void
poolSpaceOf(const vpcPoolSpace *spaces, size_t count, const char *file, vpcDriveFacts *out)
{
    size_t i, best = 0, len;

    for (i = 0; i < count; i++) {
        len = strlen(spaces[i].path);
        while (len > 1 && spaces[i].path[len - 1] == '/')
            len--;
        if (len > best && strncmp(file, spaces[i].path, len) == 0 && file[len] == '/') {
            best = len;
            out->freeKnown = true;
            out->hostFree = spaces[i].available;
        }
    }
}


/* The guest agent's view, through the read-write connection libvirt 9.0
 * requires for it; what it does not answer stays unknown. */
static void
askAgent(virConnectPtr writeConn, const unsigned char *rawUUID, vpcFactsTodo *todo)
{
    static const char *const keys[] = { "os.pretty-name", "os.version-id", "os.kernel-version" };
    virTypedParameterPtr params = NULL;
    virDomainPtr dom = virDomainLookupByUUID(writeConn, rawUUID);
    const char *value;
    int nparams = 0;
    size_t i;

    if (!dom) {
        virResetLastError();
        return;
    }
    if (virDomainGetGuestInfo(dom, VIR_DOMAIN_GUEST_INFO_OS, &params, &nparams, 0) == 0) {
        for (i = 0; i < 3; i++) {
            if (virTypedParamsGetString(params, nparams, keys[i], &value) == 1)
                todo->agent[i] = strdup(value);
        }
        virTypedParamsFree(params, nparams);
    }
    if (!(todo->agent[3] = virDomainGetHostname(dom, 0)))
        todo->agent[3] = virDomainGetHostname(dom, VIR_DOMAIN_GET_HOSTNAME_LEASE);
    virResetLastError();
    virDomainFree(dom);
}


static void
applyLive(vpcHost *host, vpcDomain *dom, vpcFactsTodo *todo, int64_t nowMs)
{
    vpcVMFacts *facts = dom->facts;
    size_t i;

    facts->autostart = todo->autostart;
    free(facts->savedStateFile);
    facts->savedStateFile = NULL;
    if (todo->managedSave == 1) {
        char *file = host->resolvedUri ? vpcManagedSaveFile(host->resolvedUri, dom->name) : NULL;

        facts->savedStateFile = file ? file : strdup("");
    }
    if (todo->ntargets == facts->ndrives) {
        for (i = 0; i < facts->ndrives; i++) {
            facts->drives[i].sizeKnown = todo->sizes[i].sizeKnown;
            facts->drives[i].capacity = todo->sizes[i].capacity;
            facts->drives[i].physical = todo->sizes[i].physical;
            facts->drives[i].freeKnown = todo->sizes[i].freeKnown;
            facts->drives[i].hostFree = todo->sizes[i].hostFree;
        }
    }
    {
        char **fields[] = { &facts->agentOsName, &facts->agentOsVersion,
                            &facts->agentKernelVersion, &facts->agentHostname };

        for (i = 0; i < 4; i++) {
            free(*fields[i]);
            *fields[i] = todo->agent[i] ? todo->agent[i] : strdup("");
            todo->agent[i] = NULL;
        }
    }
    dom->factsLiveMs = nowMs;
}


/*
 * Puts the facts of every domain of the host into 'out' (see
 * vpcReadFactsList): static facts built where an event made them stale,
 * live ones asked where older than VPC_FACTS_LIVE_MAX_AGE_MS.  A domain
 * whose configuration cannot be read is sent with known = false and why.
 */
int
vpcHostGetFacts(vpcHost *host, unsigned int flags, vpcBuffer *out, vpcError *err)
{
    virConnectPtr writeConn = NULL;
    vpcPoolSpace *pools = NULL;
    size_t npools = 0;
    bool poolsAsked = false;
    vpcError writeErr;
    vpcHostBits bits = { 0 };
    vpcFactsTodo *todo = NULL;
    size_t ntodo = 0, i, j, count = 0, built = 0;
    virConnectPtr conn;
    int64_t nowMs;
    int rc = -1;

    if (!(conn = vpcHostReadConnection(host, err)))
        return -1;

    nowMs = vpcNowMonotonicMs();
    pthread_mutex_lock(&host->lock);
    if (host->ndomains && !(todo = calloc(host->ndomains, sizeof(*todo)))) {
        pthread_mutex_unlock(&host->lock);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        goto cleanup;
    }
    for (i = 0; i < host->ndomains; i++) {
        vpcDomain *dom = host->domains[i];
        bool needStatic = !dom->facts || dom->facts->generation != dom->factsGeneration;

        if (!needStatic && nowMs - dom->factsLiveMs <= VPC_FACTS_LIVE_MAX_AGE_MS &&
            dom->facts->liveFlags == flags)
            continue;
        memcpy(todo[ntodo].rawUUID, dom->rawUUID, VIR_UUID_BUFLEN);
        todo[ntodo].generation = dom->factsGeneration;
        todo[ntodo].needStatic = needStatic;
        todo[ntodo].askAgent = (flags & VPC_FACTS_GUEST_AGENT) && vpcPowerIsOn(dom->state) &&
                               (needStatic || dom->facts->agentChannel);
        if (!needStatic && todoTakeTargets(&todo[ntodo], dom->facts) < 0) {
            pthread_mutex_unlock(&host->lock);
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
            ntodo++;
            goto cleanup;
        }
        ntodo++;
    }
    pthread_mutex_unlock(&host->lock);

    for (i = 0; i < ntodo; i++) {
        virDomainPtr dom = virDomainLookupByUUID(conn, todo[i].rawUUID);

        if (!dom) {
            /* Gone since the last sample: the next snapshot says so. */
            virResetLastError();
            continue;
        }
        if (todo[i].needStatic) {
            todo[i].built = buildStatic(host, conn, dom, &bits);
            if (todo[i].built && todo[i].built->known &&
                todoTakeTargets(&todo[i], todo[i].built) < 0) {
                virDomainFree(dom);
                vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
                goto cleanup;
            }
        }
        askLive(dom, &todo[i]);
        virDomainFree(dom);
        /* Only where a channel is (a built or a kept configuration says so). */
        if (todo[i].askAgent && todo[i].built && todo[i].built->known)
            todo[i].askAgent = todo[i].built->agentChannel;
        if (todo[i].askAgent && !writeConn &&
            !(writeConn = vpcHostWriteConnection(host, &writeErr)))
            flags &= ~VPC_FACTS_GUEST_AGENT;
        if (todo[i].askAgent && writeConn)
            askAgent(writeConn, todo[i].rawUUID, &todo[i]);
    }

    /* Pools once per request, for every disk asked about. */
    for (i = 0; i < ntodo; i++) {
        for (j = 0; j < todo[i].ntargets; j++) {
            if (!*todo[i].sources[j])
                continue;
            if (!poolsAsked) {
                npools = listPools(conn, &pools);
                poolsAsked = true;
            }
            poolSpaceOf(pools, npools, todo[i].sources[j], &todo[i].sizes[j]);
        }
    }

    pthread_mutex_lock(&host->lock);
    nowMs = vpcNowMonotonicMs();
    for (i = 0; i < ntodo; i++) {
        unsigned char *raw = todo[i].rawUUID;
        vpcDomain *dom = vpcHostFindDomainLocked(host, raw);

        if (!dom)
            continue;
        if (todo[i].built && todo[i].built->known) {
            built++;
            vpcDomainFactsFree(dom);
            dom->facts = todo[i].built;
            if (dom->facts->agentConnected >= 0 && vpcPowerIsOn(dom->state))
                noteAgentState(dom, nowMs, dom->facts->agentConnected == 1);
            /* An event during the build leaves them stale: built again next time. */
            dom->facts->generation = todo[i].generation;
            memcpy(dom->facts->uuid, dom->uuid, sizeof(dom->facts->uuid));
            todo[i].built = NULL;
        }
        if (dom->facts && (!todo[i].needStatic || !todo[i].built)) {
            applyLive(host, dom, &todo[i], nowMs);
            dom->facts->liveFlags = flags;
        }
    }

    vpcLog(VPC_LOG_DEBUG, "%s: facts of %zu domains: %zu asked again (%zu built)",
           host->displayUri, host->ndomains, ntodo, built);
    for (i = 0; i < host->ndomains; i++)
        count += host->domains[i]->facts != NULL;
    for (i = 0; i < ntodo; i++)
        count += todo[i].built != NULL && vpcHostFindDomainLocked(host, todo[i].rawUUID) &&
                 !vpcHostFindDomainLocked(host, todo[i].rawUUID)->facts;
    vpcBufferPutU32(out, (uint32_t)count);
    for (i = 0; i < host->ndomains; i++) {
        vpcDomain *dom = host->domains[i];

        if (dom->facts) {
            /* A stopped guest's agent is gone with it. */
            if (!vpcPowerIsOn(dom->state))
                vpcDomainAgentFree(dom);
            dom->facts->heartbeatPercent = vpcAgentHistoryPercent(dom->agentHistory, nowMs);
            putFacts(out, dom->facts);
            continue;
        }
        for (j = 0; j < ntodo; j++) {
            if (todo[j].built && memcmp(todo[j].rawUUID, dom->rawUUID, VIR_UUID_BUFLEN) == 0) {
                memcpy(todo[j].built->uuid, dom->uuid, sizeof(todo[j].built->uuid));
                putFacts(out, todo[j].built);
                break;
            }
        }
    }
    pthread_mutex_unlock(&host->lock);
    rc = 0;

 cleanup:
    for (i = 0; i < ntodo; i++)
        todoClear(&todo[i]);
    free(todo);
    free(bits.sysinfo);
    for (i = 0; i < npools; i++)
        free(pools[i].path);
    free(pools);
    if (writeConn)
        virConnectClose(writeConn);
    virConnectClose(conn);
    return rc;
}


/* Events that change the facts: the next request builds them again. */

static void
factsChanged(vpcHost *host, virDomainPtr domain)
{
    vpcHostDomainChanged(host, domain, vpcDomainFactsInvalidate);
}


static void
deviceEvent(virConnectPtr conn, virDomainPtr domain, const char *alias, void *opaque)
{
    (void)conn;
    (void)alias;
    factsChanged(opaque, domain);
}


static void
trayEvent(virConnectPtr conn, virDomainPtr domain, const char *alias, int reason, void *opaque)
{
    (void)conn;
    (void)alias;
    (void)reason;
    factsChanged(opaque, domain);
}


static void
diskEvent(virConnectPtr conn, virDomainPtr domain, const char *oldSrc, const char *newSrc,
          const char *alias, int reason, void *opaque)
{
    (void)conn;
    (void)oldSrc;
    (void)newSrc;
    (void)alias;
    (void)reason;
    factsChanged(opaque, domain);
}


static void
metadataEvent(virConnectPtr conn, virDomainPtr domain, int type, const char *nsuri, void *opaque)
{
    (void)conn;
    (void)type;
    (void)nsuri;
    factsChanged(opaque, domain);
}


static void
agentEvent(virConnectPtr conn, virDomainPtr domain, int state, int reason, void *opaque)
{
    vpcHost *host = opaque;
    vpcDomain *dom;

    (void)conn;
    if (vpcHostLockEventDomain(host, domain, NULL, &dom) < 0)
        return;
    if (dom) {
        vpcDomainFactsInvalidate(dom);
        noteAgentState(dom, vpcNowMonotonicMs(),
                       state == VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED);
        /* The agent's channel closing under a running guest is the one
         * honest sign of a heartbeat that stopped; closing because the
         * domain stops, or during a shutdown or restart asked by a script,
         * is not.  A guest shutting down by itself closes it first: that
         * is seen as the heartbeat stopping, as it does. */
        if (state == VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED &&
            reason == VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_CHANNEL &&
            dom->state == VIR_DOMAIN_RUNNING && dom->pendingAction < 0)
            vpcHostPostEventLocked(host, dom, VPC_EVENT_HEARTBEAT_STOPPED);
    }
    pthread_mutex_unlock(&host->lock);
}


void
vpcHostVMFactsAttach(vpcHost *host, virConnectPtr conn)
{
    static const struct {
        int id;
        virConnectDomainEventGenericCallback callback;
    } events[VPC_FACTS_EVENTS] = {
        { VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(deviceEvent) },
        { VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(deviceEvent) },
        { VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED, VIR_DOMAIN_EVENT_CALLBACK(deviceEvent) },
        { VIR_DOMAIN_EVENT_ID_TRAY_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(trayEvent) },
        { VIR_DOMAIN_EVENT_ID_DISK_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(diskEvent) },
        { VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(metadataEvent) },
        { VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(agentEvent) },
    };
    size_t i;

    /* Drivers without an event keep what they have until the next
     * lifecycle event; the live values are asked again regardless. */
    for (i = 0; i < VPC_FACTS_EVENTS; i++)
        host->factsCallbacks[i] = virConnectDomainEventRegisterAny(conn, NULL, events[i].id,
                                                                   events[i].callback, host,
                                                                   NULL);
    virResetLastError();

    /* Events missed while disconnected: everything is read again. */
    pthread_mutex_lock(&host->lock);
    for (i = 0; i < host->ndomains; i++)
        vpcDomainFactsInvalidate(host->domains[i]);
    pthread_mutex_unlock(&host->lock);
}


void
vpcHostVMFactsDetach(vpcHost *host, virConnectPtr conn)
{
    size_t i;

    for (i = 0; i < VPC_FACTS_EVENTS; i++) {
        if (host->factsCallbacks[i] >= 0)
            virConnectDomainEventDeregisterAny(conn, host->factsCallbacks[i]);
        host->factsCallbacks[i] = -1;
    }
    virResetLastError();
}
