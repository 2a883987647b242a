/*
 * Lifecycle actions on a domain (startup, turn off, save, reset, pause,
 * shutdown...): the checks made when one is asked for, and the libvirt
 * calls a task runs.
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
#include <time.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

static bool
actionNeedsRunning(vpcAction action)
{
    return action == VPC_ACTION_TURN_OFF || action == VPC_ACTION_SAVE ||
           action == VPC_ACTION_RESET || action == VPC_ACTION_PAUSE ||
           action == VPC_ACTION_RESUME || action == VPC_ACTION_SHUTDOWN ||
           action == VPC_ACTION_RESTART;
}


/* A guest that does not react to a shutdown request may be turned off
 * meanwhile: that is how scripts fall back (Shutdown, wait, TurnOff). */
static bool
actionOverrides(int pending, vpcAction action)
{
    return pending == VPC_ACTION_SHUTDOWN && action == VPC_ACTION_TURN_OFF;
}


int
vpcHostBeginAction(vpcHost *host, const char *uuid, vpcAction action, char *name,
                   size_t nameSize, vpcError *err)
{
    vpcErrorCode code = VPC_OK;
    const char *detail = NULL;
    vpcDomain *dom;
    bool on;

    pthread_mutex_lock(&host->lock);
    if (!(dom = vpcHostFindDomainByStringLocked(host, uuid))) {
        pthread_mutex_unlock(&host->lock);
        vpcErrorSet(err, VPC_ERR_VM_UNKNOWN, host->displayUri, uuid, NULL);
        return -1;
    }
    snprintf(name, nameSize, "%s", dom->name ? dom->name : dom->uuid);
    on = vpcPowerIsOn(dom->state);

    if (dom->pendingAction >= 0 && !actionOverrides(dom->pendingAction, action)) {
        code = VPC_ERR_BUSY;
        detail = vpcActionName(dom->pendingAction);
    } else if (action == VPC_ACTION_STARTUP && on) {
        code = VPC_ERR_VM_RUNNING;
    } else if (actionNeedsRunning(action) && !on) {
        code = VPC_ERR_VM_NOT_RUNNING;
    } else if (action == VPC_ACTION_PAUSE && dom->state == VIR_DOMAIN_PAUSED) {
        code = VPC_ERR_WRONG_STATE;
        detail = "the virtual machine is already paused";
    } else if (action == VPC_ACTION_RESUME && dom->state != VIR_DOMAIN_PAUSED) {
        code = VPC_ERR_WRONG_STATE;
        detail = "the virtual machine is not paused";
    } else if (action == VPC_ACTION_DISCARD_SAVED_STATE && on) {
        code = VPC_ERR_VM_RUNNING;
    } else if (action == VPC_ACTION_DISCARD_SAVED_STATE && !dom->managedSave) {
        code = VPC_ERR_VM_NO_SAVED_STATE;
    }

    if (code != VPC_OK) {
        pthread_mutex_unlock(&host->lock);
        vpcErrorSet(err, code, host->displayUri, name, "%s", detail ? detail : "");
        return -1;
    }
    dom->pendingAction = action;
    dom->pendingFromSaved = action == VPC_ACTION_STARTUP && dom->managedSave;
    pthread_mutex_unlock(&host->lock);
    return 0;
}


static int
callAction(virDomainPtr dom, vpcAction action)
{
    switch (action) {
    case VPC_ACTION_STARTUP:
        return virDomainCreate(dom);
    case VPC_ACTION_TURN_OFF:
        return virDomainDestroy(dom);
    case VPC_ACTION_SAVE:
        return virDomainManagedSave(dom, 0);
    case VPC_ACTION_RESET:
        return virDomainReset(dom, 0);
    case VPC_ACTION_PAUSE:
        return virDomainSuspend(dom);
    case VPC_ACTION_RESUME:
        return virDomainResume(dom);
    case VPC_ACTION_DISCARD_SAVED_STATE:
        return virDomainManagedSaveRemove(dom, 0);
    case VPC_ACTION_SHUTDOWN:
        /* No flags: the hypervisor picks the guest agent or ACPI, whichever
         * the domain has (QEMU tries the agent first). */
        return virDomainShutdown(dom);
    case VPC_ACTION_RESTART:
        return virDomainReboot(dom, 0);
    default:
        return -1;
    }
}


/*
 * A shutdown request only asks the guest; the task is done when the domain
 * is off, which a guest that ignores the request never is: after
 * VPC_SHUTDOWN_WAIT_MS the task fails and the VM keeps running.
 */
static int
waitUntilOff(vpcHost *host, virDomainPtr dom, const char *name, vpcError *err)
{
    int64_t deadline = vpcNowMonotonicMs() + VPC_SHUTDOWN_WAIT_MS;
    struct timespec pause = { 0, 200 * 1000000L };
    int state, reason;

    for (;;) {
        if (virDomainGetState(dom, &state, &reason, 0) < 0) {
            /* A transient domain is gone once it is off. */
            if (virGetLastErrorCode() == VIR_ERR_NO_DOMAIN) {
                virResetLastError();
                return 0;
            }
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                                name, "cannot follow the shutdown");
            return -1;
        }
        if (!vpcPowerIsOn(state))
            return 0;
        if (vpcNowMonotonicMs() >= deadline)
            break;
        nanosleep(&pause, NULL);
    }
    vpcErrorSet(err, VPC_ERR_OPERATION_FAILED, host->displayUri, name,
                "the guest did not turn off within %d s of the shutdown request",
                VPC_SHUTDOWN_WAIT_MS / 1000);
    return -1;
}


int
vpcHostRunAction(vpcHost *host, const char *uuid, vpcAction action, int delayMs, vpcError *err)
{
    char name[VPC_ERROR_TEXT_MAX] = "";
    virConnectPtr conn = NULL;
    virDomainPtr dom = NULL;
    vpcDomain *known;
    int rc = -1;

    pthread_mutex_lock(&host->lock);
    if ((known = vpcHostFindDomainByStringLocked(host, uuid)))
        snprintf(name, sizeof(name), "%s", known->name ? known->name : uuid);
    pthread_mutex_unlock(&host->lock);

    /* VPC_ACTION_LAST: nothing to do but end the busy mark (setup failed). */
    if (action == VPC_ACTION_LAST)
        goto done;

    if (delayMs > 0) {
        struct timespec delay = { delayMs / 1000, (delayMs % 1000) * 1000000L };

        nanosleep(&delay, NULL);
    }

    if ((conn = vpcHostWriteConnection(host, err)) && (dom = vpcHostLookupDomain(host, conn, uuid, err))) {
        if (callAction(dom, action) == 0) {
            rc = 0;
            if (action == VPC_ACTION_SHUTDOWN && waitUntilOff(host, dom, name, err) < 0)
                rc = -1;
        } else {
            char what[64];

            snprintf(what, sizeof(what), "%s failed", vpcActionName(action));
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                                name, what);
        }
    }


 done:
    pthread_mutex_lock(&host->lock);
    if ((known = vpcHostFindDomainByStringLocked(host, uuid))) {
        /* A TurnOff may have taken over from a Shutdown: its mark stays. */
        if (known->pendingAction == (int)action || action == VPC_ACTION_LAST)
            known->pendingAction = -1;
        if (rc == 0 && action == VPC_ACTION_RESET) {
            /* The test driver sends no REBOOT event; QEMU's will be ignored. */
            known->ownResetMs = vpcNowMonotonicMs();
            vpcAccountReset(&known->account, known->ownResetMs);
            vpcHostSaveAccountsLocked(host, true);
        } else if (rc == 0 && action == VPC_ACTION_SAVE) {
            known->managedSave = true;
            known->managedSaveKnown = true;
        } else if (rc == 0 && action == VPC_ACTION_DISCARD_SAVED_STATE) {
            known->managedSave = false;
        }
    }
    /* The next snapshot shows the result, not a sample from before it. */
    host->changes++;
    vpcHostWakeLocked(host);
    pthread_mutex_unlock(&host->lock);

    if (dom)
        virDomainFree(dom);
    if (conn)
        virConnectClose(conn);
    return rc;
}
