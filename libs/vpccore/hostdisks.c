/*
 * Stand-alone disk images on a host: the application's
 * Create{Dynamic,Fixed,Differencing}VirtualHardDisk and GetHardDisk.
 * libvirt makes and reads images only as volumes of a storage pool, so an
 * image's folder is reached through the pool whose target is that folder
 * or, on this machine, a transient directory pool made for the one call
 * and destroyed after it (the files stay; the host keeps no pool it did
 * not have).  A remote host's images must be in one of its own pools.
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
#include <sys/stat.h>
#include <unistd.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "vpchost.h"

/* Image changes of one backend, one at a time: a transient pool of one
 * call never meets another's for the same folder (libvirt refuses two
 * pools with one target). */
static pthread_mutex_t diskLock = PTHREAD_MUTEX_INITIALIZER;

/* The pool an image's folder is reached through for one call. */
typedef struct _diskFolder {
    virStoragePoolPtr pool;
    bool transient;             /* made for this call: destroyed after it */
} diskFolder;


void
vpcDiskImageClear(vpcDiskImage *image)
{
    free(image->path);
    free(image->format);
    free(image->backingPath);
    memset(image, 0, sizeof(*image));
}


static xmlDocPtr
readXML(const char *text, const char *name)
{
    return xmlReadMemory(text, strlen(text), name, NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}


/* The string an XPath expression gives in 'xml', "" when it gives none;
 * NULL only when out of memory or 'xml' is not XML. */
static char *
xmlTextAt(const char *xml, const char *expr)
{
    xmlDocPtr doc = readXML(xml, "storage.xml");
    xmlXPathContextPtr ctxt = doc ? xmlXPathNewContext(doc) : NULL;
    xmlXPathObjectPtr obj = ctxt ? xmlXPathEvalExpression((const xmlChar *)expr, ctxt) : NULL;
    char *text = NULL;

    if (obj && obj->type == XPATH_STRING)
        text = strdup((const char *)obj->stringval);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
    return text;
}


/* "/a/b/" and "/a/b" name one folder. */
static bool
sameFolder(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);

    while (la > 1 && a[la - 1] == '/')
        la--;
    while (lb > 1 && b[lb - 1] == '/')
        lb--;
    return la == lb && !strncmp(a, b, la);
}


/* Pools whose volumes are files of their target folder. */
static bool
isFolderPool(const char *type)
{
    return !strcmp(type, "dir") || !strcmp(type, "fs") || !strcmp(type, "netfs");
}


/* The active file pool whose target is 'folder', refreshed so that files
 * made beside libvirt are its volumes; NULL when the host has none. */
static virStoragePoolPtr
findFolderPool(virConnectPtr conn, const char *folder)
{
    virStoragePoolPtr *pools = NULL, found = NULL;
    int n, i;

    if ((n = virConnectListAllStoragePools(conn, &pools,
                                           VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE)) < 0) {
        virResetLastError();
        return NULL;
    }
    for (i = 0; i < n; i++) {
        char *xml = found ? NULL : virStoragePoolGetXMLDesc(pools[i], 0);
        char *type = xml ? xmlTextAt(xml, "string(/pool/@type)") : NULL;
        char *target = xml ? xmlTextAt(xml, "string(/pool/target/path)") : NULL;

        if (type && target && isFolderPool(type) && *target && sameFolder(target, folder))
            found = pools[i];
        else
            virStoragePoolFree(pools[i]);
        free(type);
        free(target);
        free(xml);
    }
    free(pools);
    /* A refresh that fails (a job of the pool's) leaves its last list. */
    if (found && virStoragePoolRefresh(found, 0) < 0)
        virResetLastError();
    virResetLastError();
    return found;
}


/* The pool of 'folder' for one call: the host's own, or on this machine
 * a transient directory pool. */
static int
openFolder(vpcHost *host, virConnectPtr conn, const char *folder, diskFolder *out, vpcError *err)
{
    static unsigned int counter;
    xmlDocPtr doc = NULL;
    xmlNodePtr root, target;
    xmlChar *xml = NULL;
    char name[64];
    struct stat st;
    char *remote;
    int size;

    memset(out, 0, sizeof(*out));
    if ((out->pool = findFolderPool(conn, folder)))
        return 0;
    if ((remote = vpcUriRemoteHost(host->uri))) {
        free(remote);
        vpcErrorSet(err, VPC_ERR_PATH_NOT_FOUND, host->displayUri, NULL,
                    "no storage pool of the host keeps its files in %s (a remote host's images "
                    "must be in one of its storage pools)", folder);
        return -1;
    }
    if (stat(folder, &st) < 0 || !S_ISDIR(st.st_mode)) {
        vpcErrorSet(err, VPC_ERR_PATH_NOT_FOUND, host->displayUri, NULL,
                    "the folder %s does not exist", folder);
        return -1;
    }
    snprintf(name, sizeof(name), "wine-vpc-images-%ld-%u", (long)getpid(),
             __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED));
    if (!(doc = xmlNewDoc((const xmlChar *)"1.0")) ||
        !(root = xmlNewDocNode(doc, NULL, (const xmlChar *)"pool", NULL))) {
        xmlFreeDoc(doc);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    xmlDocSetRootElement(doc, root);
    xmlNewProp(root, (const xmlChar *)"type", (const xmlChar *)"dir");
    xmlNewTextChild(root, NULL, (const xmlChar *)"name", (const xmlChar *)name);
    target = xmlNewChild(root, NULL, (const xmlChar *)"target", NULL);
    if (target)
        xmlNewTextChild(target, NULL, (const xmlChar *)"path", (const xmlChar *)folder);
    xmlDocDumpMemory(doc, &xml, &size);
    xmlFreeDoc(doc);
    if (!xml) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    out->pool = virStoragePoolCreateXML(conn, (const char *)xml, 0);
    xmlFree(xml);
    if (!out->pool) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot read the folder as a storage pool");
        return -1;
    }
    out->transient = true;
    return 0;
}


static void
closeFolder(diskFolder *folder)
{
    if (!folder->pool)
        return;
    /* A transient pool is gone once stopped; its files stay. */
    if (folder->transient && virStoragePoolDestroy(folder->pool) < 0)
        virResetLastError();
    virStoragePoolFree(folder->pool);
    memset(folder, 0, sizeof(*folder));
}


/* What the volume says of itself, and its pool's free space. */
static int
describeVolume(vpcHost *host, virStoragePoolPtr pool, virStorageVolPtr vol, vpcDiskImage *image,
               vpcError *err)
{
    virStorageVolInfo info;
    virStoragePoolInfo poolInfo;
    char *xml = NULL;

    memset(image, 0, sizeof(*image));
    if (virStorageVolGetInfo(vol, &info) < 0 || !(xml = virStorageVolGetXMLDesc(vol, 0)) ||
        !(image->path = virStorageVolGetPath(vol))) {
        free(xml);
        vpcDiskImageClear(image);
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot read the storage volume");
        return -1;
    }
    image->capacity = info.capacity;
    image->allocation = info.allocation;
    image->format = xmlTextAt(xml, "string(/volume/target/format/@type)");
    image->backingPath = xmlTextAt(xml, "string(/volume/backingStore/path)");
    free(xml);
    if (!image->format || !image->backingPath) {
        vpcDiskImageClear(image);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    if (virStoragePoolGetInfo(pool, &poolInfo) == 0) {
        image->freeKnown = true;
        image->available = poolInfo.available;
    }
    virResetLastError();
    return 0;
}


/* 'path' split into its folder (to free) and its file name (in 'path'). */
static char *
splitPath(vpcHost *host, const char *path, const char **name, vpcError *err)
{
    const char *slash = strrchr(path, '/');
    char *folder;

    if (path[0] != '/' || !slash || !slash[1]) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "%s is no full path of a file", path);
        return NULL;
    }
    if (!(folder = strndup(path, slash == path ? 1 : (size_t)(slash - path)))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return NULL;
    }
    *name = slash + 1;
    return folder;
}


static int
describeImage(vpcHost *host, virConnectPtr conn, const char *path, vpcDiskImage *image,
              vpcError *err)
{
    diskFolder folder;
    virStorageVolPtr vol;
    const char *name;
    char *dir;
    int rc = -1;

    if (!(dir = splitPath(host, path, &name, err)))
        return -1;
    if (openFolder(host, conn, dir, &folder, err) == 0) {
        if ((vol = virStorageVolLookupByName(folder.pool, name))) {
            rc = describeVolume(host, folder.pool, vol, image, err);
            virStorageVolFree(vol);
        } else {
            virResetLastError();
            vpcErrorSet(err, VPC_ERR_FILE_NOT_FOUND, host->displayUri, NULL,
                        "the image %s does not exist", path);
        }
        closeFolder(&folder);
    }
    free(dir);
    return rc;
}


/* The new volume's definition: a dynamic VHD (QEMU's vpc) that grows, a
 * raw image allocated whole, or a qcow2 image over 'parent' with its size. */
static xmlChar *
volumeXML(vpcDiskOp op, const char *name, uint64_t capacity, const vpcDiskImage *parent)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"volume", NULL) : NULL;
    xmlNodePtr node;
    xmlChar *xml = NULL;
    char number[32];
    int size;

    if (!root) {
        xmlFreeDoc(doc);
        return NULL;
    }
    xmlDocSetRootElement(doc, root);
    xmlNewTextChild(root, NULL, (const xmlChar *)"name", (const xmlChar *)name);
    snprintf(number, sizeof(number), "%llu", (unsigned long long)capacity);
    node = xmlNewTextChild(root, NULL, (const xmlChar *)"capacity", (const xmlChar *)number);
    xmlNewProp(node, (const xmlChar *)"unit", (const xmlChar *)"bytes");
    snprintf(number, sizeof(number), "%llu",
             (unsigned long long)(op == VPC_DISK_CREATE_FIXED ? capacity : 0));
    node = xmlNewTextChild(root, NULL, (const xmlChar *)"allocation", (const xmlChar *)number);
    xmlNewProp(node, (const xmlChar *)"unit", (const xmlChar *)"bytes");
    node = xmlNewChild(root, NULL, (const xmlChar *)"target", NULL);
    node = xmlNewChild(node, NULL, (const xmlChar *)"format", NULL);
    xmlNewProp(node, (const xmlChar *)"type",
               (const xmlChar *)(op == VPC_DISK_CREATE_DYNAMIC ? "vpc" :
                                 op == VPC_DISK_CREATE_FIXED ? "raw" : "qcow2"));
    if (parent) {
        node = xmlNewChild(root, NULL, (const xmlChar *)"backingStore", NULL);
        xmlNewTextChild(node, NULL, (const xmlChar *)"path", (const xmlChar *)parent->path);
        node = xmlNewChild(node, NULL, (const xmlChar *)"format", NULL);
        xmlNewProp(node, (const xmlChar *)"type", (const xmlChar *)parent->format);
    }
    xmlDocDumpMemory(doc, &xml, &size);
    xmlFreeDoc(doc);
    return xml;
}


static int
createImage(vpcHost *host, virConnectPtr conn, vpcDiskOp op, const char *path,
            const char *parentPath, uint64_t sizeMB, vpcDiskImage *image, vpcError *err)
{
    vpcDiskImage parent = { 0 };
    diskFolder folder = { 0 };
    virStorageVolPtr vol = NULL;
    xmlChar *xml = NULL;
    const char *name;
    struct stat st;
    char *dir, *remote = vpcUriRemoteHost(host->uri);
    bool local = !remote;
    int rc = -1;

    free(remote);
    if (!(dir = splitPath(host, path, &name, err)))
        return -1;
    if (op == VPC_DISK_CREATE_DIFFERENCING) {
        if (!parentPath || describeImage(host, conn, parentPath, &parent, err) < 0) {
            if (!parentPath)
                vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                            "a differencing disk needs a parent");
            goto cleanup;
        }
        sizeMB = 0;
    }
    if (openFolder(host, conn, dir, &folder, err) < 0)
        goto cleanup;
    /* A pool's list, or on this machine the file itself (the test
     * driver's pools hold no files). */
    if ((vol = virStorageVolLookupByName(folder.pool, name)) || (local && lstat(path, &st) == 0)) {
        vpcErrorSet(err, VPC_ERR_FILE_EXISTS, host->displayUri, NULL, "%s exists", path);
        goto cleanup;
    }
    virResetLastError();
    if (!(xml = volumeXML(op, name, sizeMB ? sizeMB * 1024 * 1024 : parent.capacity,
                          op == VPC_DISK_CREATE_DIFFERENCING ? &parent : NULL))) {
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        goto cleanup;
    }
    if (!(vol = virStorageVolCreateXML(folder.pool, (const char *)xml, 0))) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot create the image");
        goto cleanup;
    }
    /* An image nobody can be told about is taken back. */
    if ((rc = describeVolume(host, folder.pool, vol, image, err)) < 0 &&
        virStorageVolDelete(vol, 0) < 0)
        virResetLastError();

 cleanup:
    if (vol)
        virStorageVolFree(vol);
    xmlFree(xml);
    closeFolder(&folder);
    vpcDiskImageClear(&parent);
    free(dir);
    return rc;
}


/* GetHardDiskFiles: the *.vhd volumes (as Virtual PC looks for them, by
 * name) of every file pool of the host (its SearchPaths) and of each
 * folder of 'folders' (one per line), whose pool may be a transient one;
 * a folder that is not there, or in no pool of a remote host, holds none. */
typedef struct _pathList {
    char **paths;
    size_t count;
} pathList;

static bool
isVhdName(const char *name)
{
    size_t len = strlen(name);

    return len > 4 && strcasecmp(name + len - 4, ".vhd") == 0;
}

static int
addPoolImages(virStoragePoolPtr pool, pathList *list)
{
    virStorageVolPtr *vols = NULL;
    char *path, **grown;
    int n, i, rc = 0;
    size_t j;

    if ((n = virStoragePoolListAllVolumes(pool, &vols, 0)) < 0) {
        virResetLastError();
        return 0;
    }
    for (i = 0; i < n; i++) {
        path = rc == 0 && isVhdName(virStorageVolGetName(vols[i])) ? virStorageVolGetPath(vols[i])
                                                                   : NULL;
        for (j = 0; path && j < list->count; j++)
            if (strcmp(list->paths[j], path) == 0) {
                free(path);
                path = NULL;
            }
        if (path) {
            if ((grown = realloc(list->paths, (list->count + 1) * sizeof(*grown)))) {
                list->paths = grown;
                list->paths[list->count++] = path;
            } else {
                free(path);
                rc = -1;
            }
        }
        virStorageVolFree(vols[i]);
    }
    free(vols);
    virResetLastError();
    return rc;
}

static int
comparePaths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
listImages(vpcHost *host, virConnectPtr conn, const char *folders, vpcDiskImage *image,
           vpcError *err)
{
    virStoragePoolPtr *pools = NULL;
    pathList list = { NULL, 0 };
    diskFolder folder;
    vpcError ignored;
    const char *line, *end;
    char *dir, *joined, *p;
    size_t i, len = 1;
    int n, k, rc = 0;

    if ((n = virConnectListAllStoragePools(conn, &pools,
                                           VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE)) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, NULL,
                            "cannot list the storage pools");
        return -1;
    }
    for (k = 0; k < n; k++) {
        char *xml = virStoragePoolGetXMLDesc(pools[k], 0);
        char *type = xml ? xmlTextAt(xml, "string(/pool/@type)") : NULL;

        if (type && isFolderPool(type)) {
            if (virStoragePoolRefresh(pools[k], 0) < 0)
                virResetLastError();
            if (rc == 0)
                rc = addPoolImages(pools[k], &list);
        }
        free(type);
        free(xml);
        virStoragePoolFree(pools[k]);
    }
    free(pools);
    for (line = folders ? folders : ""; rc == 0 && *line; line = *end ? end + 1 : end) {
        end = strchr(line, '\n') ? strchr(line, '\n') : line + strlen(line);
        if (end == line)
            continue;
        if (!(dir = strndup(line, end - line))) {
            rc = -1;
            break;
        }
        if (openFolder(host, conn, dir, &folder, &ignored) == 0) {
            rc = addPoolImages(folder.pool, &list);
            closeFolder(&folder);
        }
        virResetLastError();
        free(dir);
    }
    if (rc == 0) {
        qsort(list.paths, list.count, sizeof(*list.paths), comparePaths);
        for (i = 0; i < list.count; i++)
            len += strlen(list.paths[i]) + 1;
        if ((joined = p = malloc(len))) {
            *p = '\0';
            for (i = 0; i < list.count; i++)
                p += sprintf(p, "%s%s", i ? "\n" : "", list.paths[i]);
            image->path = joined;
        }
        if (!joined || !(image->format = strdup("")) || !(image->backingPath = strdup("")))
            rc = -1;
    }
    for (i = 0; i < list.count; i++)
        free(list.paths[i]);
    free(list.paths);
    if (rc < 0) {
        vpcDiskImageClear(image);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
    }
    return rc;
}


int
vpcHostDiskImage(vpcHost *host, vpcDiskOp op, const char *path, const char *parent,
                 uint64_t sizeMB, vpcDiskImage *image, vpcError *err)
{
    virConnectPtr conn;
    int rc;

    memset(image, 0, sizeof(*image));
    if ((op == VPC_DISK_CREATE_DYNAMIC || op == VPC_DISK_CREATE_FIXED) &&
        (sizeMB < VPC_DISK_MIN_MB || sizeMB > VPC_DISK_MAX_MB)) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, NULL,
                    "%llu MB is no size of a virtual hard disk (%d to %d MB)",
                    (unsigned long long)sizeMB, VPC_DISK_MIN_MB, VPC_DISK_MAX_MB);
        return -1;
    }
    /* Refreshing a pool and making a transient one are writes. */
    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    pthread_mutex_lock(&diskLock);
    if (op == VPC_DISK_DESCRIBE)
        rc = describeImage(host, conn, path, image, err);
    else if (op == VPC_DISK_LIST)
        rc = listImages(host, conn, path, image, err);
    else
        rc = createImage(host, conn, op, path, parent, sizeMB, image, err);
    pthread_mutex_unlock(&diskLock);
    virConnectClose(conn);
    return rc;
}
