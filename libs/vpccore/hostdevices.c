/*
 * Device changes a script makes on a domain: the media in its CD/DVD and
 * floppy drives, drives, hard disks, SCSI controllers and network
 * adapters added or removed, drives and disks moved to another place, the
 * network an adapter is on, the host side of serial and parallel ports and
 * the host's USB devices a VM passes through (those elements edited by
 * hostports.c).  Each goes through the host's read-write connection and
 * applies whole or not at all.
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
 * How a change reaches libvirt (docs/design.md, "Device changes"):
 *
 * - a VM that is off: its persistent definition is read (inactive, with
 *   secrets), exactly the one device is edited, and the whole definition
 *   is defined again.  virDomainDefineXML replaces the definition in one
 *   step, so a refusal leaves the old one.
 * - a running (or paused) VM: the device's live XML, edited, goes to
 *   virDomainUpdateDeviceFlags with LIVE and CONFIG, so that both
 *   definitions agree; libvirt applies neither when it refuses.  Adding
 *   and removing devices, or moving them to another bus location, needs
 *   the VM off, as Virtual PC and Virtual Server document, and so does a
 *   port, which libvirt does not change live; a USB device is attached
 *   and detached live (virDomainAttachDeviceFlags, DetachDeviceFlags).
 * - a saved VM: refused; its saved state holds the devices it had.
 */

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "vpchost.h"
#include "vpcfacts.h"

/* Read-modify-define of one process's scripts never interleave. */
static pthread_mutex_t editLock = PTHREAD_MUTEX_INITIALIZER;

#define VPC_MAX_NICS 4
/* Virtual Server's limit, and SCSI bus numbers 0-3 are its controllers. */
#define VPC_MAX_SCSI_CONTROLLERS 4

typedef struct _vpcDeviceEdit {
    vpcHost *host;
    const char *name;           /* the VM's, for errors */
    vpcConfigItem item;
    const char *text;
    int64_t number;
    vpcError *err;
} vpcDeviceEdit;


static bool
isDriveItem(vpcConfigItem item)
{
    return item == VPC_CONFIG_DVD_MEDIA || item == VPC_CONFIG_FLOPPY_MEDIA ||
           item == VPC_CONFIG_DVD_REMOVE || item == VPC_CONFIG_DVD_MOVE;
}


static bool
isDiskItem(vpcConfigItem item)
{
    return item == VPC_CONFIG_DISK_REMOVE || item == VPC_CONFIG_DISK_MOVE;
}


/* Changes of what devices the VM has, or where: the VM must be off. */
static bool
isLayoutItem(vpcConfigItem item)
{
    switch (item) {
    case VPC_CONFIG_DVD_ADD:
    case VPC_CONFIG_DVD_REMOVE:
    case VPC_CONFIG_DVD_MOVE:
    case VPC_CONFIG_NIC_ADD:
    case VPC_CONFIG_NIC_REMOVE:
    case VPC_CONFIG_DISK_ADD:
    case VPC_CONFIG_DISK_REMOVE:
    case VPC_CONFIG_DISK_MOVE:
    case VPC_CONFIG_SCSI_ADD:
    case VPC_CONFIG_SCSI_REMOVE:
    /* libvirt changes no serial or parallel port of a running domain. */
    case VPC_CONFIG_SERIAL_PORT:
    case VPC_CONFIG_PARALLEL_PORT:
        return true;
    default:
        return false;
    }
}


static bool
isNicItem(vpcConfigItem item)
{
    return item == VPC_CONFIG_NIC_REMOVE || item == VPC_CONFIG_NIC_NETWORK ||
           item == VPC_CONFIG_NIC_MAC;
}


/* "52:54:00:1a:03:01": six hexadecimal pairs, unicast, not all zero. */
static bool
isUnicastMac(const char *text)
{
    unsigned int first;
    int i;

    if (strlen(text) != 17 || strcmp(text, "00:00:00:00:00:00") == 0)
        return false;
    for (i = 0; i < 17; i++) {
        if (i % 3 == 2 ? text[i] != ':' : !isxdigit((unsigned char)text[i]))
            return false;
    }
    return sscanf(text, "%2x", &first) == 1 && !(first & 1);
}


/* The n-th element of the kind 'item' works on, in document order. */
static xmlNodePtr
nthDevice(xmlDocPtr doc, vpcConfigItem item, int64_t index)
{
    const char *expr = item == VPC_CONFIG_FLOPPY_MEDIA ? "/domain/devices/disk[@device='floppy']" :
                       isDriveItem(item) ? "/domain/devices/disk[@device='cdrom']" :
                       isDiskItem(item) ? "/domain/devices/disk[not(@device) or @device='' or "
                                          "@device='disk']" :
                       item == VPC_CONFIG_SCSI_REMOVE ? "/domain/devices/controller[@type='scsi']" :
                       "/domain/devices/interface";
    xmlXPathContextPtr ctxt = xmlXPathNewContext(doc);
    xmlXPathObjectPtr obj = ctxt ? xmlXPathEvalExpression((const xmlChar *)expr, ctxt) : NULL;
    xmlNodePtr node = NULL;

    if (obj && obj->nodesetval && index >= 0 && index < obj->nodesetval->nodeNr)
        node = obj->nodesetval->nodeTab[index];
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctxt);
    return node;
}


static xmlNodePtr
lastChildNamed(xmlNodePtr parent, const char *name)
{
    xmlNodePtr child, found = NULL;

    for (child = parent->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE && xmlStrcmp(child->name, (const xmlChar *)name) == 0)
            found = child;
    return found;
}


static void
removeChildren(xmlNodePtr parent, const char *name)
{
    xmlNodePtr child, next;

    for (child = parent->children; child; child = next) {
        next = child->next;
        if (child->type == XML_ELEMENT_NODE && xmlStrcmp(child->name, (const xmlChar *)name) == 0) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
    }
}


/* A new child after the last element named 'after' (the first child when
 * there is none). */
static xmlNodePtr
insertChild(xmlNodePtr parent, const char *name, const char *after)
{
    xmlNodePtr node = xmlNewNode(NULL, (const xmlChar *)name), prev;

    if (!node)
        return NULL;
    if (after && (prev = lastChildNamed(parent, after)))
        xmlAddNextSibling(prev, node);
    else if (parent->children)
        xmlAddPrevSibling(parent->children, node);
    else
        xmlAddChild(parent, node);
    return node;
}


/* "file:PATH" and "block:PATH" put media in, "eject:file" and
 * "eject:block" take that kind out. */
static int
editMedia(vpcDeviceEdit *edit, xmlNodePtr disk, const vpcDriveFacts *drive)
{
    const char *text = edit->text;
    const char *what = edit->item == VPC_CONFIG_DVD_MEDIA ? "the CD/DVD drive" : "the floppy drive";
    bool eject = strncmp(text, "eject:", 6) == 0;
    bool block = strncmp(text, eject ? "eject:block" : "block:", eject ? 12 : 6) == 0;
    const char *path = strchr(text, ':') + 1;
    xmlNodePtr source;

    if (eject) {
        if (drive->media == VPC_MEDIA_NONE) {
            vpcErrorSet(edit->err, VPC_ERR_NO_MEDIA, edit->host->displayUri, edit->name,
                        "%s holds nothing", what);
            return -1;
        }
        if ((drive->media == VPC_MEDIA_HOST_DRIVE) != block) {
            vpcErrorSet(edit->err, VPC_ERR_MEDIA_WRONG_TYPE, edit->host->displayUri, edit->name,
                        "%s holds %s, not %s", what,
                        drive->media == VPC_MEDIA_HOST_DRIVE ? "a host drive" : "an image",
                        block ? "a host drive" : "an image");
            return -1;
        }
    } else if (drive->media != VPC_MEDIA_NONE) {
        vpcErrorSet(edit->err, VPC_ERR_DRIVE_IN_USE, edit->host->displayUri, edit->name,
                    "%s already holds %s", what, drive->source);
        return -1;
    }

    /* The old medium's description goes with it. */
    removeChildren(disk, "source");
    removeChildren(disk, "backingStore");
    if (eject) {
        /* An empty drive: libvirt wants no source, and a file type. */
        xmlSetProp(disk, (const xmlChar *)"type", (const xmlChar *)"file");
        return 0;
    }
    xmlSetProp(disk, (const xmlChar *)"type", (const xmlChar *)(block ? "block" : "file"));
    if (!(source = insertChild(disk, "source", "driver")) ||
        !xmlSetProp(source, (const xmlChar *)(block ? "dev" : "file"), (const xmlChar *)path)) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* A network's name puts the adapter on it; "" on none: an unconnected
 * tap device (type 'ethernet'), which libvirt lists on no network. */
static int
editNetwork(vpcDeviceEdit *edit, virConnectPtr conn, xmlNodePtr nic)
{
    virNetworkPtr net;
    xmlNodePtr source;

    if (*edit->text) {
        if (!(net = virNetworkLookupByName(conn, edit->text))) {
            virResetLastError();
            vpcErrorSet(edit->err, VPC_ERR_NETWORK_UNKNOWN, edit->host->displayUri, edit->name,
                        "the host has no virtual network \"%s\"", edit->text);
            return -1;
        }
        virNetworkFree(net);
    }
    removeChildren(nic, "source");
    removeChildren(nic, "virtualport");
    xmlSetProp(nic, (const xmlChar *)"type", (const xmlChar *)(*edit->text ? "network" : "ethernet"));
    if (!*edit->text)
        return 0;
    if (!(source = insertChild(nic, "source", "mac")) ||
        !xmlSetProp(source, (const xmlChar *)"network", (const xmlChar *)edit->text)) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* The definition's <devices>. */
static xmlNodePtr
devicesNode(vpcDeviceEdit *edit, xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc), devices;

    if (root && (devices = lastChildNamed(root, "devices")))
        return devices;
    vpcErrorSet(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->displayUri, edit->name,
                "the definition has no <devices>");
    return NULL;
}


/* Another address for the adapter; no other adapter of the VM may have it. */
static int
editMac(vpcDeviceEdit *edit, const vpcVMFacts *facts, xmlNodePtr nic)
{
    xmlNodePtr mac;
    size_t i;

    for (i = 0; i < facts->nnics; i++) {
        if ((int64_t)i != edit->number && strcasecmp(facts->nics[i].mac, edit->text) == 0) {
            vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                        "network adapter %zu has the address %s", i + 1, edit->text);
            return -1;
        }
    }
    if (!(mac = lastChildNamed(nic, "mac")) && !(mac = insertChild(nic, "mac", NULL))) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    if (!xmlSetProp(mac, (const xmlChar *)"address", (const xmlChar *)edit->text)) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* A place for a drive: its bus kind, bus and unit, and the target name
 * libvirt gives that place. */
typedef struct _vpcDrivePlace {
    bool scsi;
    int bus;
    int unit;
    char target[8];
} vpcDrivePlace;


/* 'place' exists and no drive but 'self' (NULL: none) is there; its
 * target name is set. */
static int
checkPlace(vpcDeviceEdit *edit, const vpcVMFacts *facts, vpcDrivePlace *place,
           const vpcDriveFacts *self)
{
    int maxBus = place->scsi ? VPC_MAX_SCSI_CONTROLLERS : 2, maxUnit = place->scsi ? 7 : 2;
    size_t i;

    if (place->bus < 0 || place->bus >= maxBus || place->unit < 0 || place->unit >= maxUnit) {
        vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                    "%s bus %d, device %d is no place for a drive (buses 0-%d, devices 0-%d)",
                    place->scsi ? "SCSI" : "IDE", place->bus, place->unit, maxBus - 1,
                    maxUnit - 1);
        return -1;
    }
    /* libvirt's names: IDE two units a bus, SCSI seven a controller. */
    snprintf(place->target, sizeof(place->target), "%s%c", place->scsi ? "sd" : "hd",
             'a' + (place->scsi ? place->bus * 7 : place->bus * 2) + place->unit);
    for (i = 0; i < facts->ndrives; i++) {
        const vpcDriveFacts *drive = &facts->drives[i];

        if (drive == self)
            continue;
        if ((drive->bus == (place->scsi ? VPC_BUS_SCSI : VPC_BUS_IDE) &&
             drive->busNumber == place->bus && drive->unit == place->unit) ||
            strcmp(drive->target, place->target) == 0) {
            vpcErrorSet(edit->err, VPC_ERR_LOCATION_IN_USE, edit->host->displayUri, edit->name,
                        "%s bus %d, device %d holds %s", place->scsi ? "SCSI" : "IDE",
                        place->bus, place->unit, drive->target);
            return -1;
        }
    }
    return 0;
}


/* The drive's target and address become those of 'place': libvirt's
 * address for it, IDE buses being buses of controller 0 and SCSI buses
 * controllers of their own.  -1: out of memory. */
static int
placeDrive(xmlNodePtr disk, const vpcDrivePlace *place)
{
    xmlNodePtr target = lastChildNamed(disk, "target"), address;
    char controller[16], bus[16], unit[16];

    /* Any other address (a virtio disk's PCI slot) means nothing there. */
    removeChildren(disk, "address");
    if (!target && !(target = xmlNewChild(disk, NULL, (const xmlChar *)"target", NULL)))
        return -1;
    snprintf(controller, sizeof(controller), "%d", place->scsi ? place->bus : 0);
    snprintf(bus, sizeof(bus), "%d", place->scsi ? 0 : place->bus);
    snprintf(unit, sizeof(unit), "%d", place->unit);
    if (!xmlSetProp(target, (const xmlChar *)"dev", (const xmlChar *)place->target) ||
        !xmlSetProp(target, (const xmlChar *)"bus", (const xmlChar *)(place->scsi ? "scsi" : "ide")) ||
        !(address = xmlNewChild(disk, NULL, (const xmlChar *)"address", NULL)) ||
        !xmlSetProp(address, (const xmlChar *)"type", (const xmlChar *)"drive") ||
        !xmlSetProp(address, (const xmlChar *)"controller", (const xmlChar *)controller) ||
        !xmlSetProp(address, (const xmlChar *)"bus", (const xmlChar *)bus) ||
        !xmlSetProp(address, (const xmlChar *)"target", (const xmlChar *)"0") ||
        !xmlSetProp(address, (const xmlChar *)"unit", (const xmlChar *)unit))
        return -1;
    return 0;
}


/* A new <disk type='file'> of 'device' kind after the other disks, before
 * whatever follows them. */
static xmlNodePtr
insertDisk(vpcDeviceEdit *edit, xmlDocPtr doc, const char *device)
{
    xmlNodePtr devices, disk;

    if (!(devices = devicesNode(edit, doc)))
        return NULL;
    if (!(disk = insertChild(devices, "disk", "disk")) ||
        !xmlSetProp(disk, (const xmlChar *)"type", (const xmlChar *)"file") ||
        !xmlSetProp(disk, (const xmlChar *)"device", (const xmlChar *)device)) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return NULL;
    }
    return disk;
}


/* A new CD/DVD drive at (bus, unit) of 'text''s bus kind, empty. */
static int
addDrive(vpcDeviceEdit *edit, xmlDocPtr doc, const vpcVMFacts *facts)
{
    vpcDrivePlace place = { strcmp(edit->text, "scsi") == 0, (int)(edit->number >> 8),
                            (int)(edit->number & 0xff), "" };
    xmlNodePtr disk;

    if (checkPlace(edit, facts, &place, NULL) < 0 || !(disk = insertDisk(edit, doc, "cdrom")))
        return -1;
    if (!xmlNewChild(disk, NULL, (const xmlChar *)"readonly", NULL) || placeDrive(disk, &place) < 0) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* QEMU's format of a host file, from its first and last 512 bytes: a VHD
 * ("conectix" in its footer, which dynamic VHDs copy to their start) is
 * QEMU's "vpc", a QCOW image (magic "QFI\xfb") "qcow" or "qcow2" by its
 * version, anything else raw.  Never from the name: a raw image named
 * .vhd stays raw. */
static int
fileImageFormat(vpcDeviceEdit *edit, const char *path, const char **format)
{
    unsigned char head[512], foot[512];
    ssize_t headLen, footLen = 0;
    struct stat st;
    int fd, saved;

    if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0 || fstat(fd, &st) < 0 ||
        !S_ISREG(st.st_mode)) {
        saved = fd < 0 ? errno : ENOENT;
        if (fd >= 0)
            close(fd);
        vpcErrorSet(edit->err, saved == EACCES ? VPC_ERR_ACCESS_DENIED :
                               saved == ENOENT || saved == ENOTDIR ? VPC_ERR_FILE_NOT_FOUND :
                               VPC_ERR_OPERATION_FAILED,
                    edit->host->displayUri, edit->name, "cannot read the image %s: %s", path,
                    saved == ENOENT ? "no such file" : strerror(saved));
        return -1;
    }
    headLen = pread(fd, head, sizeof(head), 0);
    if (st.st_size >= (off_t)sizeof(foot))
        footLen = pread(fd, foot, sizeof(foot), st.st_size - sizeof(foot));
    saved = errno;
    close(fd);
    if (headLen < 0 || footLen < 0) {
        vpcErrorSet(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->displayUri, edit->name,
                    "cannot read the image %s: %s", path, strerror(saved));
        return -1;
    }
    if ((headLen >= 8 && memcmp(head, "conectix", 8) == 0) ||
        (footLen >= 8 && memcmp(foot, "conectix", 8) == 0))
        *format = "vpc";
    else if (headLen >= 8 && memcmp(head, "QFI\xfb", 4) == 0)
        *format = head[4] == 0 && head[5] == 0 && head[6] == 0 && head[7] == 1 ? "qcow" : "qcow2";
    else
        *format = "raw";
    return 0;
}


/* On a remote host only the host can read the image: it must be one of
 * its storage volumes, whose format libvirt's pool read from its content. */
static int
volumeImageFormat(vpcDeviceEdit *edit, virConnectPtr conn, const char *path, const char **format)
{
    static const char *const known[] = { "vpc", "qcow2", "qcow", "vmdk", "vdi", "qed", "vhdx" };
    virStorageVolPtr vol;
    char *xml = NULL;
    xmlDocPtr doc = NULL;
    xmlXPathContextPtr ctxt = NULL;
    xmlXPathObjectPtr obj = NULL;
    size_t i;

    if (!(vol = virStorageVolLookupByPath(conn, path))) {
        virResetLastError();
        vpcErrorSet(edit->err, VPC_ERR_FILE_NOT_FOUND, edit->host->displayUri, edit->name,
                    "%s is no storage volume of the host (images on a remote host must be in one "
                    "of its storage pools)", path);
        return -1;
    }
    xml = virStorageVolGetXMLDesc(vol, 0);
    virStorageVolFree(vol);
    if (!xml) {
        vpcErrorFromLibvirt(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->uri,
                            edit->host->displayUri, edit->name, "cannot read the volume");
        return -1;
    }
    *format = "raw";
    if ((doc = xmlReadMemory(xml, strlen(xml), "volume.xml", NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) &&
        (ctxt = xmlXPathNewContext(doc)) &&
        (obj = xmlXPathEvalExpression((const xmlChar *)"string(/volume/target/format/@type)", ctxt)) &&
        obj->type == XPATH_STRING) {
        for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
            if (strcmp((const char *)obj->stringval, known[i]) == 0)
                *format = known[i];
    }
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctxt);
    if (doc)
        xmlFreeDoc(doc);
    free(xml);
    return 0;
}


/* A new hard disk at (bus, unit) of 'text''s bus kind holding the image
 * after the kind: "ide:/srv/vhd/web.vhd". */
static int
addDisk(vpcDeviceEdit *edit, virConnectPtr conn, xmlDocPtr doc, const vpcVMFacts *facts)
{
    vpcDrivePlace place = { strncmp(edit->text, "scsi:", 5) == 0, (int)(edit->number >> 8),
                            (int)(edit->number & 0xff), "" };
    const char *path = strchr(edit->text, ':') + 1, *format;
    char *remote = vpcUriRemoteHost(edit->host->uri);
    xmlNodePtr disk, child;
    size_t i;
    int rc;

    if (checkPlace(edit, facts, &place, NULL) < 0) {
        free(remote);
        return -1;
    }
    /* Two connections of one file would be two writers of one image. */
    for (i = 0; i < facts->ndrives; i++) {
        if (facts->drives[i].kind == VPC_DRIVE_DISK && strcmp(facts->drives[i].source, path) == 0) {
            vpcErrorSet(edit->err, VPC_ERR_IMAGE_IN_USE, edit->host->displayUri, edit->name,
                        "%s is connected as %s already", path, facts->drives[i].target);
            free(remote);
            return -1;
        }
    }
    if (remote) {
        rc = volumeImageFormat(edit, conn, path, &format);
    } else if ((rc = fileImageFormat(edit, path, &format)) < 0 &&
               edit->err->code == VPC_ERR_FILE_NOT_FOUND) {
        /* No file here: a volume of the host's pools (libvirt's test
         * driver keeps them in memory) is an image too. */
        vpcError fileError = *edit->err;

        if ((rc = volumeImageFormat(edit, conn, path, &format)) < 0)
            *edit->err = fileError;
        else
            vpcErrorClear(edit->err);
    }
    free(remote);
    if (rc < 0 || !(disk = insertDisk(edit, doc, "disk")))
        return -1;
    if (!(child = xmlNewChild(disk, NULL, (const xmlChar *)"driver", NULL)) ||
        !xmlSetProp(child, (const xmlChar *)"type", (const xmlChar *)format) ||
        !(child = xmlNewChild(disk, NULL, (const xmlChar *)"source", NULL)) ||
        !xmlSetProp(child, (const xmlChar *)"file", (const xmlChar *)path) ||
        placeDrive(disk, &place) < 0) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* A drive or disk at the place 'text' names, "ide:1:0": its target and
 * address change in the one definition, nothing else. */
static int
moveDrive(vpcDeviceEdit *edit, xmlNodePtr disk, const vpcVMFacts *facts,
          const vpcDriveFacts *self)
{
    vpcDrivePlace place = { strncmp(edit->text, "scsi:", 5) == 0, -1, -1, "" };

    sscanf(strchr(edit->text, ':') + 1, "%d:%d", &place.bus, &place.unit);
    if (checkPlace(edit, facts, &place, self) < 0)
        return -1;
    if (placeDrive(disk, &place) < 0) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* A new SCSI controller at the lowest index free (the bus number scripts
 * give), QEMU's default model for x86 made explicit.  libvirt puts it in
 * index order among the others. */
static int
addScsiController(vpcDeviceEdit *edit, xmlDocPtr doc, const vpcVMFacts *facts)
{
    xmlNodePtr devices, controller;
    char index[16];
    int lowest;

    if (facts->scsiControllers >= VPC_MAX_SCSI_CONTROLLERS) {
        vpcErrorSet(edit->err, VPC_ERR_CONTROLLER_LIMIT, edit->host->displayUri, edit->name,
                    "a virtual machine has at most %d SCSI controllers", VPC_MAX_SCSI_CONTROLLERS);
        return -1;
    }
    for (lowest = 0; lowest < VPC_MAX_SCSI_CONTROLLERS && (facts->scsiIndexes & (1u << lowest));
         lowest++)
        ;
    snprintf(index, sizeof(index), "%d", lowest);
    if (!(devices = devicesNode(edit, doc)))
        return -1;
    if (!(controller = insertChild(devices, "controller",
                                   lastChildNamed(devices, "controller") ? "controller" : "disk")) ||
        !xmlSetProp(controller, (const xmlChar *)"type", (const xmlChar *)"scsi") ||
        !xmlSetProp(controller, (const xmlChar *)"index", (const xmlChar *)index) ||
        !xmlSetProp(controller, (const xmlChar *)"model", (const xmlChar *)"lsilogic")) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


/* Only an empty controller goes.  libvirt gives a VM every SCSI controller
 * up to the highest one a drive is on, so one below a used bus would come
 * back at once: refused too. */
static int
checkScsiControllerEmpty(vpcDeviceEdit *edit, xmlNodePtr controller, const vpcVMFacts *facts)
{
    xmlChar *text = xmlGetProp(controller, (const xmlChar *)"index");
    int index = text ? atoi((const char *)text) : -1;
    size_t i;

    xmlFree(text);
    for (i = 0; i < facts->ndrives; i++) {
        const vpcDriveFacts *drive = &facts->drives[i];

        if (drive->bus == VPC_BUS_SCSI && drive->busNumber >= index) {
            vpcErrorSet(edit->err, VPC_ERR_LOCATION_IN_USE, edit->host->displayUri, edit->name,
                        drive->busNumber == index ? "SCSI controller %d holds %s" :
                        "SCSI controller %d is needed while %s is on a SCSI bus after it",
                        index, drive->target);
            return -1;
        }
    }
    return 0;
}


/* A new network adapter on no network, after the others; libvirt gives
 * it an address when it is defined. */
static int
addNic(vpcDeviceEdit *edit, xmlDocPtr doc, const vpcVMFacts *facts)
{
    xmlNodePtr devices, nic;

    if (facts->nnics >= VPC_MAX_NICS) {
        vpcErrorSet(edit->err, VPC_ERR_LIMIT, edit->host->displayUri, edit->name,
                    "a virtual machine has at most %d network adapters", VPC_MAX_NICS);
        return -1;
    }
    if (!(devices = devicesNode(edit, doc)))
        return -1;
    if (!(nic = insertChild(devices, "interface", lastChildNamed(devices, "interface") ?
                                                  "interface" : "disk")) ||
        !xmlSetProp(nic, (const xmlChar *)"type", (const xmlChar *)"ethernet")) {
        vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
        return -1;
    }
    return 0;
}


static char *
formatNode(xmlDocPtr doc, xmlNodePtr node)
{
    xmlBufferPtr buf = xmlBufferCreate();
    char *text = NULL;

    if (buf && xmlNodeDump(buf, doc, node, 0, 0) >= 0)
        text = strdup((const char *)xmlBufferContent(buf));
    xmlBufferFree(buf);
    return text;
}


static char *
formatDoc(xmlDocPtr doc)
{
    xmlChar *mem = NULL;
    char *text = NULL;
    int len = 0;

    xmlDocDumpMemory(doc, &mem, &len);
    if (mem)
        text = strdup((const char *)mem);
    xmlFree(mem);
    return text;
}


/* Edits the parsed definition as 'edit' says; *node receives the device
 * edited in place (NULL for additions and removals). */
static int
editDefinition(vpcDeviceEdit *edit, virConnectPtr conn, xmlDocPtr doc, const vpcVMFacts *facts,
               bool live, xmlNodePtr *node)
{
    const vpcDriveFacts *drive = NULL;
    vpcDriveKind kind = edit->item == VPC_CONFIG_FLOPPY_MEDIA ? VPC_DRIVE_FLOPPY :
                        isDiskItem(edit->item) ? VPC_DRIVE_DISK : VPC_DRIVE_CDROM;
    bool byArgument = isNicItem(edit->item) || edit->item == VPC_CONFIG_SCSI_REMOVE;
    int64_t n = 0;
    size_t i;

    *node = NULL;
    if (vpcPortItem(edit->item)) {
        vpcPortEdit port = { edit->item, edit->text, edit->number, live, edit->host->displayUri,
                             edit->name, edit->err };

        return vpcPortEditDefinition(&port, doc, node);
    }
    switch (edit->item) {
    case VPC_CONFIG_DVD_ADD:
        return addDrive(edit, doc, facts);
    case VPC_CONFIG_NIC_ADD:
        return addNic(edit, doc, facts);
    case VPC_CONFIG_DISK_ADD:
        return addDisk(edit, conn, doc, facts);
    case VPC_CONFIG_SCSI_ADD:
        return addScsiController(edit, doc, facts);
    default:
        break;
    }

    if (!(*node = nthDevice(doc, edit->item, edit->number))) {
        vpcErrorSet(edit->err, byArgument ? VPC_ERR_INVALID_ARG : VPC_ERR_DRIVE_INVALID,
                    edit->host->displayUri, edit->name, "the virtual machine has no %s %lld",
                    isNicItem(edit->item) ? "network adapter" :
                    edit->item == VPC_CONFIG_SCSI_REMOVE ? "SCSI controller" :
                    kind == VPC_DRIVE_FLOPPY ? "floppy drive" :
                    kind == VPC_DRIVE_DISK ? "hard disk" : "CD/DVD drive",
                    (long long)edit->number + 1);
        return -1;
    }
    for (i = 0; i < facts->ndrives && !drive; i++)
        if (facts->drives[i].kind == kind && n++ == edit->number)
            drive = &facts->drives[i];

    switch (edit->item) {
    case VPC_CONFIG_DVD_MEDIA:
    case VPC_CONFIG_FLOPPY_MEDIA:
        if (!drive) {
            vpcErrorSet(edit->err, VPC_ERR_DRIVE_INVALID, edit->host->displayUri, edit->name,
                        "the drive cannot be read");
            return -1;
        }
        return editMedia(edit, *node, drive);
    case VPC_CONFIG_NIC_NETWORK:
        return editNetwork(edit, conn, *node);
    case VPC_CONFIG_NIC_MAC:
        return editMac(edit, facts, *node);
    case VPC_CONFIG_DVD_MOVE:
    case VPC_CONFIG_DISK_MOVE:
        if (!drive) {
            vpcErrorSet(edit->err, VPC_ERR_DRIVE_INVALID, edit->host->displayUri, edit->name,
                        "the drive cannot be read");
            return -1;
        }
        return moveDrive(edit, *node, facts, drive);
    case VPC_CONFIG_SCSI_REMOVE:
        if (checkScsiControllerEmpty(edit, *node, facts) < 0)
            return -1;
        /* fall through */
    default:
        /* Removals: the device goes from the definition. */
        xmlUnlinkNode(*node);
        xmlFreeNode(*node);
        *node = NULL;
        return 0;
    }
}


/* An image on another host can be checked only as one of its storage
 * volumes; on this machine the script's side checked the file. */
static int
checkRemoteImage(vpcDeviceEdit *edit, virConnectPtr conn)
{
    char *remote = vpcUriRemoteHost(edit->host->uri);
    virStorageVolPtr vol;

    if (!remote || (edit->item != VPC_CONFIG_DVD_MEDIA && edit->item != VPC_CONFIG_FLOPPY_MEDIA) ||
        strncmp(edit->text, "file:", 5) != 0) {
        free(remote);
        return 0;
    }
    free(remote);
    if ((vol = virStorageVolLookupByPath(conn, edit->text + 5))) {
        virStorageVolFree(vol);
        return 0;
    }
    virResetLastError();
    vpcErrorSet(edit->err, VPC_ERR_FILE_NOT_FOUND, edit->host->displayUri, edit->name,
                "%s is no storage volume of the host (images on a remote host must be in one "
                "of its storage pools)", edit->text + 5);
    return -1;
}


static int
changeDevice(vpcDeviceEdit *edit, virConnectPtr conn, virDomainPtr dom)
{
    int active = virDomainIsActive(dom), saved = 0;
    unsigned int flags;
    char *xml = NULL, *changed = NULL;
    vpcVMFacts facts;
    xmlDocPtr doc = NULL;
    xmlNodePtr node;
    virDomainPtr defined;
    int rc = -1;

    memset(&facts, 0, sizeof(facts));
    if (active < 0 || (active == 0 && (saved = virDomainHasManagedSaveImage(dom, 0)) < 0)) {
        vpcErrorFromLibvirt(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->uri,
                            edit->host->displayUri, edit->name, "cannot read the state");
        return -1;
    }
    if (saved || (active && isLayoutItem(edit->item))) {
        vpcErrorSet(edit->err, VPC_ERR_VM_RUNNING_OR_SAVED, edit->host->displayUri, edit->name,
                    saved ? "its saved state holds the devices it had when it was saved"
                    : vpcPortItem(edit->item) ? "a port's host side changes while it is off"
                    : "devices are added, removed and moved while it is off");
        return -1;
    }
    if (checkRemoteImage(edit, conn) < 0)
        return -1;

    /* The running VM's devices are the live ones; an idle VM's, the
     * persistent definition, secrets included, since it is defined again. */
    if (!(xml = virDomainGetXMLDesc(dom, active ? 0 : VIR_DOMAIN_XML_INACTIVE |
                                                      VIR_DOMAIN_XML_SECURE))) {
        vpcErrorFromLibvirt(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->uri,
                            edit->host->displayUri, edit->name, "cannot read the definition");
        return -1;
    }
    if (vpcVMFactsParseXML(xml, &facts) < 0 ||
        !(doc = xmlReadMemory(xml, strlen(xml), "domain.xml", NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING))) {
        vpcErrorSet(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->displayUri, edit->name,
                    "cannot parse the definition");
        goto cleanup;
    }
    if (editDefinition(edit, conn, doc, &facts, active, &node) < 0)
        goto cleanup;

    if (active) {
        if (!(changed = formatNode(doc, node))) {
            vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
            goto cleanup;
        }
        flags = VIR_DOMAIN_AFFECT_LIVE;
        if (virDomainIsPersistent(dom) == 1)
            flags |= VIR_DOMAIN_AFFECT_CONFIG;
        if ((edit->item == VPC_CONFIG_USB_ATTACH ? virDomainAttachDeviceFlags(dom, changed, flags) :
             edit->item == VPC_CONFIG_USB_DETACH ? virDomainDetachDeviceFlags(dom, changed, flags) :
             virDomainUpdateDeviceFlags(dom, changed, flags)) < 0) {
            /* A driver without the call is one more refusal, documented
             * as DISP_E_EXCEPTION: the VM is as it was. */
            char reason[VPC_ERROR_TEXT_MAX];

            vpcErrorFromLibvirt(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->uri,
                                edit->host->displayUri, edit->name, "no reason given");
            if (edit->err->code == VPC_ERR_NOT_SUPPORTED)
                edit->err->code = VPC_ERR_OPERATION_FAILED;
            snprintf(reason, sizeof(reason), "%s", edit->err->detail);
            snprintf(edit->err->detail, sizeof(edit->err->detail),
                     "the host did not change the device while the virtual machine runs (%.400s)",
                     reason);
            goto cleanup;
        }
    } else {
        if (!(changed = formatDoc(doc))) {
            vpcErrorSet(edit->err, VPC_ERR_NO_MEMORY, edit->host->displayUri, edit->name, NULL);
            goto cleanup;
        }
        if (!(defined = virDomainDefineXML(conn, changed))) {
            vpcErrorFromLibvirt(edit->err, VPC_ERR_OPERATION_FAILED, edit->host->uri,
                                edit->host->displayUri, edit->name,
                                "cannot define the changed virtual machine");
            goto cleanup;
        }
        virDomainFree(defined);
    }
    rc = 0;

 cleanup:
    if (doc)
        xmlFreeDoc(doc);
    vpcVMFactsClear(&facts);
    free(changed);
    free(xml);
    return rc;
}


static int
checkArguments(vpcDeviceEdit *edit)
{
    const char *text = edit->text ? edit->text : "";

    edit->text = text;
    switch (edit->item) {
    case VPC_CONFIG_DVD_MEDIA:
    case VPC_CONFIG_FLOPPY_MEDIA:
        if ((strncmp(text, "file:/", 6) != 0 && strncmp(text, "block:/", 7) != 0 &&
             strcmp(text, "eject:file") != 0 && strcmp(text, "eject:block") != 0)) {
            vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                        "\"%s\" is no absolute host path", strchr(text, ':') ?
                        strchr(text, ':') + 1 : text);
            return -1;
        }
        break;
    case VPC_CONFIG_DVD_ADD:
        if (strcmp(text, "ide") != 0 && strcmp(text, "scsi") != 0) {
            vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                        "drives go on an IDE or SCSI bus, not \"%s\"", text);
            return -1;
        }
        return 0;
    case VPC_CONFIG_DISK_ADD:
        if (strncmp(text, "ide:/", 5) != 0 && strncmp(text, "scsi:/", 6) != 0) {
            vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                        "\"%s\" is no IDE or SCSI place with an absolute host path", text);
            return -1;
        }
        return 0;
    case VPC_CONFIG_DVD_MOVE:
    case VPC_CONFIG_DISK_MOVE: {
        char kind[8];
        int bus, unit, end = 0;

        if (sscanf(text, "%7[a-z]:%d:%d%n", kind, &bus, &unit, &end) != 3 || text[end] ||
            (strcmp(kind, "ide") != 0 && strcmp(kind, "scsi") != 0)) {
            vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                        "\"%s\" is no place on an IDE or SCSI bus", text);
            return -1;
        }
        break;
    }
    case VPC_CONFIG_NIC_ADD:
    case VPC_CONFIG_SCSI_ADD:
        return 0;
    case VPC_CONFIG_USB_ATTACH:
    case VPC_CONFIG_USB_DETACH:
        return vpcPortCheckText(edit->item, text, edit->host->displayUri, edit->name, edit->err);
    case VPC_CONFIG_SERIAL_PORT:
    case VPC_CONFIG_PARALLEL_PORT:
        if (vpcPortCheckText(edit->item, text, edit->host->displayUri, edit->name, edit->err) < 0)
            return -1;
        break;
    case VPC_CONFIG_NIC_MAC:
        if (!isUnicastMac(text)) {
            vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                        "\"%s\" is no unicast Ethernet address", text);
            return -1;
        }
        break;
    default:
        break;
    }
    if (edit->number < 0) {
        vpcErrorSet(edit->err, VPC_ERR_INVALID_ARG, edit->host->displayUri, edit->name,
                    "no device %lld", (long long)edit->number);
        return -1;
    }
    return 0;
}


int
vpcHostConfigureDevice(vpcHost *host, const char *uuid, vpcConfigItem item, const char *text,
                       int64_t number, vpcError *err)
{
    vpcDeviceEdit edit = { host, NULL, item, text, number, err };
    char name[VPC_ERROR_TEXT_MAX];
    int pendingAction;
    virConnectPtr conn;
    virDomainPtr dom;
    int rc = -1;

    if (!vpcHostKnownDomain(host, uuid, name, sizeof(name), &pendingAction)) {
        vpcErrorSet(err, VPC_ERR_VM_UNKNOWN, host->displayUri, uuid, NULL);
        return -1;
    }
    edit.name = name;
    if (pendingAction >= 0) {
        vpcErrorSet(err, VPC_ERR_BUSY, host->displayUri, name, "%s",
                    vpcActionName(pendingAction));
        return -1;
    }
    if (checkArguments(&edit) < 0)
        return -1;

    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    if (!(dom = vpcHostLookupDomain(host, conn, uuid, err))) {
        virConnectClose(conn);
        return -1;
    }
    pthread_mutex_lock(&editLock);
    rc = changeDevice(&edit, conn, dom);
    pthread_mutex_unlock(&editLock);
    if (rc == 0)
        vpcHostNoteWritten(host, uuid);
    /* What the host's USB devices are attached to is a host fact. */
    if (rc == 0 && (item == VPC_CONFIG_USB_ATTACH || item == VPC_CONFIG_USB_DETACH))
        vpcHostFactsInvalidateDomains(host);
    virDomainFree(dom);
    virConnectClose(conn);
    return rc;
}
