/*
 * A host's table of domains, sorted by raw UUID: lookup, insertion, the
 * states a domain shows, its accounts handed to the store.  Under the
 * host's lock.
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

#include <stdlib.h>
#include <string.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

static int
compareRawUUID(const void *key, const void *elem)
{
    const vpcDomain *dom = *(vpcDomain *const *)elem;

    return memcmp(key, dom->rawUUID, VIR_UUID_BUFLEN);
}


vpcDomain *
vpcHostFindDomainLocked(vpcHost *host, const unsigned char *rawUUID)
{
    vpcDomain **found = bsearch(rawUUID, host->domains, host->ndomains,
                                sizeof(*host->domains), compareRawUUID);

    return found ? *found : NULL;
}


static int
hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}


vpcDomain *
vpcHostFindDomainByStringLocked(vpcHost *host, const char *uuid)
{
    unsigned char raw[VIR_UUID_BUFLEN];
    size_t i = 0;

    for (; *uuid && i < VIR_UUID_BUFLEN; uuid++) {
        int hi, lo;

        if (*uuid == '-')
            continue;
        if ((hi = hexValue(uuid[0])) < 0 || (lo = hexValue(uuid[1])) < 0)
            return NULL;
        raw[i++] = hi << 4 | lo;
        uuid++;
    }
    if (i != VIR_UUID_BUFLEN || *uuid)
        return NULL;
    return vpcHostFindDomainLocked(host, raw);
}


void
vpcDomainFree(vpcDomain *dom)
{
    if (!dom)
        return;
    if (dom->handle)
        virDomainFree(dom->handle);
    free(dom->name);
    vpcDomainFactsFree(dom);
    vpcDomainAgentFree(dom);
    vpcDeviceListClear(&dom->nics);
    vpcDeviceListClear(&dom->disks);
    vpcNicRateSetClear(&dom->nicRates);
    free(dom);
}


vpcDomain *
vpcHostInsertDomainLocked(vpcHost *host, const unsigned char *rawUUID)
{
    vpcDomain **domains;
    vpcDomain *dom;
    size_t pos = 0;

    while (pos < host->ndomains && memcmp(host->domains[pos]->rawUUID, rawUUID,
                                          VIR_UUID_BUFLEN) < 0)
        pos++;

    if (!(dom = calloc(1, sizeof(*dom))))
        return NULL;
    if (!(domains = realloc(host->domains, (host->ndomains + 1) * sizeof(*domains)))) {
        free(dom);
        return NULL;
    }
    host->domains = domains;
    memmove(&domains[pos + 1], &domains[pos], (host->ndomains - pos) * sizeof(*domains));
    domains[pos] = dom;
    host->ndomains++;

    memcpy(dom->rawUUID, rawUUID, VIR_UUID_BUFLEN);
    vpcAccountInit(&dom->account);
    dom->id = (unsigned int)-1;
    dom->pendingAction = -1;
    return dom;
}


void
vpcFormatRawUUID(const unsigned char *raw, char *out)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    for (i = 0; i < VIR_UUID_BUFLEN; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[raw[i] >> 4];
        *out++ = hex[raw[i] & 15];
    }
    *out = '\0';
}


vpcPowerState
vpcPowerFromState(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return VPC_POWER_RUNNING;
    case VIR_DOMAIN_PAUSED:
        return VPC_POWER_PAUSED;
    default:
        return VPC_POWER_OFF;
    }
}


bool
vpcPowerIsOn(int state)
{
    return state != VIR_DOMAIN_SHUTOFF && state != VIR_DOMAIN_CRASHED &&
           state != VIR_DOMAIN_NOSTATE;
}


vpcVMState
vpcDomainVMState(const vpcDomain *dom)
{
    switch (dom->pendingAction) {
    case VPC_ACTION_STARTUP:
        return dom->pendingFromSaved ? VPC_VM_STATE_RESTORING : VPC_VM_STATE_TURNING_ON;
    case VPC_ACTION_RESET:
    case VPC_ACTION_RESTART:
        return VPC_VM_STATE_TURNING_ON;
    case VPC_ACTION_SAVE:
        return VPC_VM_STATE_SAVING;
    case VPC_ACTION_TURN_OFF:
    case VPC_ACTION_SHUTDOWN:
        return VPC_VM_STATE_TURNING_OFF;
    default:
        break;
    }

    switch (dom->state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return VPC_VM_STATE_RUNNING;
    case VIR_DOMAIN_PAUSED:
    case VIR_DOMAIN_PMSUSPENDED:
        return VPC_VM_STATE_PAUSED;
    case VIR_DOMAIN_SHUTDOWN:
        return VPC_VM_STATE_TURNING_OFF;
    case VIR_DOMAIN_SHUTOFF:
    case VIR_DOMAIN_CRASHED:
        return dom->managedSave ? VPC_VM_STATE_SAVED : VPC_VM_STATE_TURNED_OFF;
    default:
        return VPC_VM_STATE_INVALID;
    }
}


/*
 * Under the lock: hands every domain's account, with the run it belongs
 * to, to the service's store, which writes them out at once after an
 * event ('changed') and at most once a second otherwise.  Only a host that
 * has been sampled reports: before that its table is not the host's.
 */
void
vpcHostSaveAccountsLocked(vpcHost *host, bool changed)
{
    vpcAccountReport *reports;
    size_t i;

    if (!host->store)
        return;
    if (!(reports = calloc(host->ndomains ? host->ndomains : 1, sizeof(*reports))))
        return;
    for (i = 0; i < host->ndomains; i++) {
        const vpcDomain *dom = host->domains[i];

        memcpy(reports[i].uuid, dom->uuid, sizeof(reports[i].uuid));
        reports[i].run.domainId = vpcPowerIsOn(dom->state) ? dom->id : (unsigned int)-1;
        reports[i].run.processStartMs = dom->processStartMs;
        reports[i].account = dom->account;
    }
    vpcAccountStoreUpdateHost(host->store, host->uri, reports, host->ndomains, changed);
    free(reports);
}


/* Under the lock: a reference on the domain's object on the connection
 * the monitor reads through, or NULL (then look it up). */
virDomainPtr
vpcHostDomainHandleLocked(vpcHost *host, const vpcDomain *dom)
{
    if (!dom->handle || !host->conn || host->closed ||
        virDomainGetConnect(dom->handle) != host->conn || virDomainRef(dom->handle) < 0)
        return NULL;
    return dom->handle;
}
