/*
 * libvirt's domain events about a host's domains, on libvirt's event loop
 * thread: lifecycle, reboot, and the scheduling changes; what they mean is
 * posted to the service's journal.
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

/*
 * Under the lock: tells the service's journal what an event of 'dom' said.
 * A state change reports the state libvirt gave, not the transitional one
 * of a task of ours still running: the event is what happened.
 */
void
vpcHostPostEventLocked(vpcHost *host, const vpcDomain *dom, vpcEventKind kind)
{
    vpcDomain settled = *dom;

    if (!host->journal)
        return;
    settled.pendingAction = -1;
    vpcEventJournalPost(host->journal, host->uri, dom->uuid, dom->name, kind,
                        vpcDomainVMState(&settled));
}


void
vpcHostSetJournal(vpcHost *host, vpcEventJournal *journal)
{
    pthread_mutex_lock(&host->lock);
    host->journal = journal;
    pthread_mutex_unlock(&host->lock);
}


/*
 * For an event about 'domain': takes the host's lock and sets *dom to the
 * domain's table entry, NULL when the table has none; 'rawUUID' (may be
 * NULL) receives its UUID.  -1, without the lock, when libvirt cannot say
 * which domain it is.
 */
int
vpcHostLockEventDomain(vpcHost *host, virDomainPtr domain, unsigned char *rawUUID,
                       vpcDomain **dom)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    if (!rawUUID)
        rawUUID = uuid;
    if (virDomainGetUUID(domain, rawUUID) < 0)
        return -1;
    pthread_mutex_lock(&host->lock);
    *dom = vpcHostFindDomainLocked(host, rawUUID);
    return 0;
}


static int
lifecycleEvent(virConnectPtr conn, virDomainPtr domain, int event, int detail, void *opaque)
{
    vpcHost *host = opaque;
    unsigned char rawUUID[VIR_UUID_BUFLEN];
    int64_t nowMs = vpcNowMonotonicMs();
    vpcDomain *dom;

    (void)conn;
    if (vpcHostLockEventDomain(host, domain, rawUUID, &dom) < 0)
        return 0;

    host->lifecycleEvents++;
    if (dom) {
        /* Starting and stopping switch between the live and the inactive XML. */
        vpcDomainFactsInvalidate(dom);
        if (event != VIR_DOMAIN_EVENT_DEFINED && event != VIR_DOMAIN_EVENT_UNDEFINED)
            dom->stateEvent = host->lifecycleEvents;
        switch (event) {
        case VIR_DOMAIN_EVENT_STARTED: {
            unsigned int id = virDomainGetID(domain);
            /* A wakeup from the guest's own suspend is the same process. */
            bool newProcess = id != dom->id || detail != VIR_DOMAIN_EVENT_STARTED_WAKEUP;

            dom->state = VIR_DOMAIN_RUNNING;
            dom->id = id;
            dom->processStartMs = 0;
            dom->managedSave = false;
            dom->managedSaveKnown = true;
            /* A new hypervisor process may have different devices. */
            dom->devicesKnown = false;
            vpcAccountStarted(&dom->account, VPC_POWER_RUNNING, nowMs, true);
            if (newProcess && host->countersFromProcessStart)
                vpcAccountCountFromZero(&dom->account);
            break;
        }
        case VIR_DOMAIN_EVENT_SUSPENDED:
            dom->state = VIR_DOMAIN_PAUSED;
            vpcAccountSuspended(&dom->account, nowMs);
            break;
        case VIR_DOMAIN_EVENT_RESUMED:
            dom->state = VIR_DOMAIN_RUNNING;
            vpcAccountResumed(&dom->account, nowMs);
            break;
        case VIR_DOMAIN_EVENT_STOPPED:
        case VIR_DOMAIN_EVENT_CRASHED:
            dom->state = event == VIR_DOMAIN_EVENT_CRASHED ? VIR_DOMAIN_CRASHED
                                                           : VIR_DOMAIN_SHUTOFF;
            dom->id = (unsigned int)-1;
            /* A managed save leaves an image; a plain stop may remove one. */
            dom->managedSaveKnown = false;
            dom->managedSave = detail == VIR_DOMAIN_EVENT_STOPPED_SAVED;
            vpcAccountStopped(&dom->account);
            break;
        case VIR_DOMAIN_EVENT_DEFINED:
            /* The configuration changed: vCPUs, memory, devices, cputune. */
            dom->infoKnown = false;
            dom->devicesKnown = false;
            vpcHostScheduleInvalidate(dom);
            break;
        default:
            break;
        }
        vpcLog(VPC_LOG_DEBUG, "%s: domain %s: lifecycle event %d/%d",
               host->displayUri, dom->name ? dom->name : dom->uuid, event, detail);
        if (event == VIR_DOMAIN_EVENT_STARTED || event == VIR_DOMAIN_EVENT_SUSPENDED ||
            event == VIR_DOMAIN_EVENT_RESUMED || event == VIR_DOMAIN_EVENT_STOPPED ||
            event == VIR_DOMAIN_EVENT_CRASHED)
            vpcHostPostEventLocked(host, dom, VPC_EVENT_STATE_CHANGE);
        vpcHostSaveAccountsLocked(host, true);
    } else if (host->journal && event != VIR_DOMAIN_EVENT_DEFINED &&
               event != VIR_DOMAIN_EVENT_UNDEFINED) {
        /* Not sampled yet (just defined): the event alone says the state. */
        vpcDomain fresh = { .pendingAction = -1, .name = (char *)virDomainGetName(domain) };

        vpcFormatRawUUID(rawUUID, fresh.uuid);
        fresh.managedSave = event == VIR_DOMAIN_EVENT_STOPPED &&
                            detail == VIR_DOMAIN_EVENT_STOPPED_SAVED;
        fresh.state = event == VIR_DOMAIN_EVENT_SUSPENDED ? VIR_DOMAIN_PAUSED :
                      event == VIR_DOMAIN_EVENT_STARTED || event == VIR_DOMAIN_EVENT_RESUMED ?
                      VIR_DOMAIN_RUNNING : VIR_DOMAIN_SHUTOFF;
        if (event != VIR_DOMAIN_EVENT_PMSUSPENDED && event != VIR_DOMAIN_EVENT_SHUTDOWN)
            vpcHostPostEventLocked(host, &fresh, VPC_EVENT_STATE_CHANGE);
        /* A sample under way may have read the state before this event and
         * would bring the domain into the table with it: not fresh. */
        host->changes++;
    }
    vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);
    return 0;
}


static void
rebootEvent(virConnectPtr conn, virDomainPtr domain, void *opaque)
{
    vpcHost *host = opaque;
    vpcDomain *dom;

    (void)conn;
    if (vpcHostLockEventDomain(host, domain, NULL, &dom) < 0)
        return;
    if (dom) {
        int64_t now = vpcNowMonotonicMs();

        vpcHostPostEventLocked(host, dom, VPC_EVENT_RESET);
        /* Our own Reset already restarted the accounts. */
        if (dom->ownResetMs && now - dom->ownResetMs < OWN_RESET_WINDOW_MS) {
            dom->ownResetMs = 0;
        } else {
            vpcAccountReset(&dom->account, now);
            vpcLog(VPC_LOG_DEBUG, "%s: domain %s: reset", host->displayUri,
                   dom->name ? dom->name : dom->uuid);
            vpcHostSaveAccountsLocked(host, true);
        }
    }
    vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);
}


/* For an event's domain: 'change' on its table entry, under the lock, if
 * the table has it. */
void
vpcHostDomainChanged(vpcHost *host, virDomainPtr domain, void (*change)(vpcDomain *dom))
{
    vpcDomain *dom;

    if (vpcHostLockEventDomain(host, domain, NULL, &dom) < 0)
        return;
    if (dom)
        change(dom);
    pthread_mutex_unlock(&host->lock);
}


/* cputune and <metadata> changes made by anyone: re-read on next use. */
static void
schedulingChanged(vpcHost *host, virDomainPtr domain)
{
    vpcHostDomainChanged(host, domain, vpcHostScheduleInvalidate);
}


static void
tunableEvent(virConnectPtr conn, virDomainPtr domain, virTypedParameterPtr params, int nparams,
             void *opaque)
{
    (void)conn;
    (void)params;
    (void)nparams;
    schedulingChanged(opaque, domain);
}


static void
metadataEvent(virConnectPtr conn, virDomainPtr domain, int type, const char *nsuri,
              void *opaque)
{
    (void)conn;
    (void)type;
    (void)nsuri;
    schedulingChanged(opaque, domain);
}


/* Registers the events above on the monitor's connection.  Drivers
 * without some of them keep working from sampling. */
void
vpcHostRegisterDomainEvents(vpcHost *host, virConnectPtr conn)
{
    host->lifecycleCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(lifecycleEvent), host, NULL);
    host->rebootCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                         VIR_DOMAIN_EVENT_CALLBACK(rebootEvent), host, NULL);
    if (host->lifecycleCallback < 0 || host->rebootCallback < 0) {
        vpcLog(VPC_LOG_WARN, "%s: no domain events (%s); relying on sampling",
               host->displayUri, virGetLastErrorMessage());
        virResetLastError();
    }
    /* Drivers without these events keep their caches until our own writes. */
    host->tunableCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_TUNABLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(tunableEvent), host, NULL);
    host->metadataCallback =
        virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
                                         VIR_DOMAIN_EVENT_CALLBACK(metadataEvent), host, NULL);
}


void
vpcHostDeregisterDomainEvents(vpcHost *host, virConnectPtr conn)
{
    int *callbacks[] = { &host->lifecycleCallback, &host->rebootCallback,
                         &host->tunableCallback, &host->metadataCallback };
    size_t i;

    /* Registered callbacks hold references on the connection. */
    for (i = 0; i < sizeof(callbacks) / sizeof(callbacks[0]); i++) {
        if (*callbacks[i] >= 0)
            virConnectDomainEventDeregisterAny(conn, *callbacks[i]);
        *callbacks[i] = -1;
    }
}
