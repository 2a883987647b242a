/*
 * Process-wide libvirt set-up: quiet errors and the event loop thread.
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

#include <pthread.h>
#include <signal.h>
#include <string.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpccore_private.h"

/*
 * libvirt prints every error on stderr unless an error function is set, and
 * its default event implementation is process-global: both are set up once,
 * before the first connection, whichever object asks first.
 */

static pthread_once_t libvirtOnce = PTHREAD_ONCE_INIT;

static void
quietErrorFunc(void *userdata, virErrorPtr error)
{
    (void)userdata;
    (void)error;
    /* Errors are read in the failing thread with virGetLastError(). */
}


static void *
eventLoopThread(void *opaque)
{
    sigset_t all;

    (void)opaque;
    /* Signals belong to the host process (Wine's or the test's), not here. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);

    for (;;) {
        if (virEventRunDefaultImpl() < 0)
            vpcLog(VPC_LOG_WARN, "libvirt event loop: %s", virGetLastErrorMessage());
    }
    return NULL;
}


static void
libvirtInitOnce(void)
{
    vpcThread thread;

    virSetErrorFunc(NULL, quietErrorFunc);
    if (virInitialize() < 0)
        vpcLog(VPC_LOG_ERROR, "libvirt initialization failed");
    if (virEventRegisterDefaultImpl() < 0) {
        vpcLog(VPC_LOG_ERROR, "libvirt event implementation: %s", virGetLastErrorMessage());
        return;
    }

    if (vpcThreadStart(&thread, eventLoopThread, NULL) < 0)
        vpcLog(VPC_LOG_ERROR, "cannot start the libvirt event loop thread");
    else
        vpcThreadDetach(&thread);
}


void
vpcLibvirtInit(void)
{
    pthread_once(&libvirtOnce, libvirtInitOnce);
}


static vpcErrorCode
errorCodeFromLibvirt(int code, vpcErrorCode fallback)
{
    switch (code) {
    case VIR_ERR_NO_DOMAIN:
        return VPC_ERR_VM_UNKNOWN;
    case VIR_ERR_OPERATION_DENIED:
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_CANCELLED:
    case VIR_ERR_AUTH_UNAVAILABLE:
    case VIR_ERR_ACCESS_DENIED:
        return VPC_ERR_ACCESS_DENIED;
    case VIR_ERR_NO_SUPPORT:
    case VIR_ERR_OPERATION_UNSUPPORTED:
        return VPC_ERR_NOT_SUPPORTED;
    case VIR_ERR_NO_CONNECT:
    case VIR_ERR_INVALID_CONN:
    case VIR_ERR_RPC:
    case VIR_ERR_SYSTEM_ERROR:
    case VIR_ERR_OPERATION_TIMEOUT:
        return VPC_ERR_HOST_UNAVAILABLE;
    default:
        return fallback;
    }
}


/*
 * Turns the calling thread's last libvirt error into a vpcError naming the
 * host (without credentials) and, where given, the VM.  'what' says what we
 * were doing when libvirt gave no message at all.
 */
void
vpcErrorFromLibvirt(vpcError *err, vpcErrorCode fallback, const char *hostUri,
                    const char *displayUri, const char *vm, const char *what)
{
    virErrorPtr last = virGetLastError();
    const char *message = last && last->message ? last->message : what;

    vpcErrorSet(err, errorCodeFromLibvirt(last ? last->code : VIR_ERR_OK, fallback),
                displayUri, vm, "%s", message ? message : "");
    vpcScrubSecrets(err->detail, hostUri);
    virResetLastError();
}
