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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

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
    if (!(dom = virDomainLookupByUUIDString(conn, uuid))) {
        vpcErrorFromLibvirt(err, VPC_ERR_VM_UNKNOWN, host->uri, host->displayUri, known.name,
                            "no such domain");
        goto cleanup;
    }

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
