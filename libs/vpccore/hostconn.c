/*
 * A host's connections: the monitor's read-only one (opened with
 * keepalive, attached, closed when libvirt says it died), the references
 * requests take on it or on the read-write one writes need, and one
 * domain looked up and described through them.
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
#include <strings.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

static void
connectionClosed(virConnectPtr conn, int reason, void *opaque)
{
    vpcHost *host = opaque;

    pthread_mutex_lock(&host->lock);
    /* Only the connection we read through matters here. */
    if (conn == host->conn) {
        host->closed = true;
        /* No keepalive answer: the host hangs, and opening a new connection
         * will most likely hang too.  Nobody waits for it until it answers
         * again (see 'stuck'). */
        if (reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE)
            host->stuck = true;
        vpcErrorSet(&host->error, VPC_ERR_HOST_UNAVAILABLE, host->displayUri, NULL, "%s",
                    reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE ?
                    "the connection timed out (no keepalive answer)" :
                    "the connection was closed");
        pthread_cond_broadcast(&host->cond);
    }
    pthread_mutex_unlock(&host->lock);
}


/* Connection management */

static int
authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *opaque)
{
    (void)cred;
    (void)ncred;
    (void)opaque;
    /* Nobody can answer a prompt from a script host: fail instead of
     * hanging.  ssh keys and agents, TLS certificates and polkit rules
     * authenticate without asking. */
    return -1;
}


/* ssh must never wait for a password on a terminal nobody watches. */
static char *
connectURI(const char *uri)
{
    const char *scheme_end = strstr(uri, "://");
    char *result;

    if (!scheme_end || strstr(uri, "no_tty=") ||
        !((memmem(uri, scheme_end - uri, "+ssh", 4)) ||
          memmem(uri, scheme_end - uri, "+libssh", 7)))
        return strdup(uri);

    if (asprintf(&result, "%s%cno_tty=1", uri, strchr(uri, '?') ? '&' : '?') < 0)
        return NULL;
    return result;
}


/* Opens a connection with keepalive on (remote drivers only; in-process
 * ones refuse, which is fine).  'flags' is VIR_CONNECT_RO or 0. */
int
vpcHostOpen(vpcHost *host, unsigned int flags, virConnectPtr *connOut)
{
    int credTypes[] = { VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT,
                        VIR_CRED_ECHOPROMPT };
    virConnectAuth auth = { credTypes, sizeof(credTypes) / sizeof(credTypes[0]),
                            authCallback, host };
    char *uri = connectURI(host->uri);
    virConnectPtr conn;

    *connOut = NULL;
    if (!uri)
        return -1;
    conn = virConnectOpenAuth(*uri ? uri : NULL, &auth, flags);
    free(uri);
    if (!conn)
        return -1;

    if (virConnectSetKeepAlive(conn, host->config.keepAliveInterval,
                               host->config.keepAliveCount) < 0)
        virResetLastError();
    *connOut = conn;
    return 0;
}


/* Makes 'conn' (whose reference passes to the host) the one the monitor
 * reads through: close notification, events, host facts. */
void
vpcHostAttach(vpcHost *host, virConnectPtr conn)
{
    const char *type = virConnectGetType(conn);
    virNodeInfo node;
    char *resolved;

    if (!type)
        virResetLastError();
    if (virConnectRegisterCloseCallback(conn, connectionClosed, host, NULL) < 0)
        virResetLastError();

    pthread_mutex_lock(&host->lock);
    host->conn = conn;
    host->closed = false;
    /* QEMU's counters belong to its process; the test driver's run on. */
    host->countersFromProcessStart = type && strcasecmp(type, "QEMU") == 0;
    pthread_mutex_unlock(&host->lock);

    vpcHostRegisterDomainEvents(host, conn);
    virResetLastError();
    vpcHostFactsRegisterEvents(host, conn);
    vpcHostVMFactsAttach(host, conn);

    if (virNodeGetInfo(conn, &node) == 0) {
        host->hostCpus = node.cpus;
    } else {
        virResetLastError();
    }
    if ((resolved = virConnectGetURI(conn))) {
        free(host->resolvedUri);
        host->resolvedUri = resolved;
    } else {
        virResetLastError();
    }
    vpcLog(VPC_LOG_DEBUG, "%s: connected", host->displayUri);
}


int
vpcHostConnect(vpcHost *host)
{
    virConnectPtr conn;

    if (vpcHostOpen(host, VIR_CONNECT_RO, &conn) < 0) {
        pthread_mutex_lock(&host->lock);
        /* It answered, if only with a refusal: down, not stuck. */
        host->stuck = false;
        vpcHostSetError(host, VPC_ERR_HOST_UNAVAILABLE, "cannot connect");
        pthread_mutex_unlock(&host->lock);
        return -1;
    }
    vpcHostAttach(host, conn);
    return 0;
}


void
vpcHostDisconnect(vpcHost *host)
{
    virConnectPtr conn;
    size_t i;

    pthread_mutex_lock(&host->lock);
    conn = host->conn;
    host->conn = NULL;
    for (i = 0; i < host->ndomains; i++) {
        if (host->domains[i]->handle)
            virDomainFree(host->domains[i]->handle);
        host->domains[i]->handle = NULL;
    }
    pthread_mutex_unlock(&host->lock);
    if (!conn)
        return;

    vpcHostDeregisterDomainEvents(host, conn);
    vpcHostFactsDeregisterEvents(host, conn);
    vpcHostVMFactsDetach(host, conn);
    virConnectUnregisterCloseCallback(conn, connectionClosed);
    virConnectClose(conn);
    virResetLastError();
}


/* Requests' connections */


/* A reference on the read connection, unless the host is down or hung. */
virConnectPtr
vpcHostReadConnection(vpcHost *host, vpcError *err)
{
    virConnectPtr conn = NULL;

    pthread_mutex_lock(&host->lock);
    vpcHostStatusLocked(host, vpcNowMonotonicMs(), err);
    if (err->code == VPC_OK) {
        if (host->conn && virConnectRef(host->conn) == 0)
            conn = host->conn;
        else
            vpcErrorSet(err, VPC_ERR_HOST_UNAVAILABLE, host->displayUri, NULL, "not connected");
    }
    pthread_mutex_unlock(&host->lock);
    return conn;
}


static bool
isTestDriver(const char *uri)
{
    return strncmp(uri, "test:", 5) == 0 || strncmp(uri, "test+", 5) == 0;
}


/*
 * A reference on the read-write connection, opened on first use.  The test
 * driver gives every connection to a file its own private copy of the
 * domains, so there the monitor switches over and reads through this one
 * too: what a write changes is what the next read sees.
 */
virConnectPtr
vpcHostWriteConnection(vpcHost *host, vpcError *err)
{
    virConnectPtr conn = NULL;
    int64_t deadline;

    pthread_mutex_lock(&host->writeLock);
    if (host->writeConn && virConnectIsAlive(host->writeConn) != 1) {
        virConnectClose(host->writeConn);
        host->writeConn = NULL;
    }
    if (!host->writeConn) {
        if (vpcHostOpen(host, 0, &host->writeConn) < 0) {
            vpcErrorFromLibvirt(err, VPC_ERR_HOST_UNAVAILABLE, host->uri, host->displayUri, NULL,
                                "cannot open a read-write connection");
            goto cleanup;
        }
        if (isTestDriver(host->uri) && virConnectRef(host->writeConn) == 0) {
            pthread_mutex_lock(&host->lock);
            host->adoptConn = host->writeConn;
            vpcHostWakeLocked(host);
            deadline = vpcNowMonotonicMs() + host->config.hostTimeoutMs;
            while (host->conn != host->writeConn && vpcNowMonotonicMs() < deadline)
                vpcCondWaitUntil(&host->cond, &host->lock, deadline);
            pthread_mutex_unlock(&host->lock);
        }
    }
    if (virConnectRef(host->writeConn) == 0)
        conn = host->writeConn;

 cleanup:
    pthread_mutex_unlock(&host->writeLock);
    return conn;
}


/* The domain on 'conn', or NULL with VPC_ERR_VM_UNKNOWN naming it. */
virDomainPtr
vpcHostLookupDomain(vpcHost *host, virConnectPtr conn, const char *uuid, vpcError *err)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid);
    char name[VPC_ERROR_TEXT_MAX];
    vpcDomain *known;

    if (dom)
        return dom;

    /* The script knew the VM by the name it had when last seen. */
    snprintf(name, sizeof(name), "%s", uuid);
    pthread_mutex_lock(&host->lock);
    if ((known = vpcHostFindDomainByStringLocked(host, uuid)) && known->name)
        snprintf(name, sizeof(name), "%s", known->name);
    pthread_mutex_unlock(&host->lock);
    vpcErrorFromLibvirt(err, VPC_ERR_VM_UNKNOWN, host->uri, host->displayUri, name,
                        "no such domain");
    return NULL;
}


int
vpcHostGetDetails(vpcHost *host, const char *uuid, vpcVMDetails *details, vpcError *err)
{
    virConnectPtr conn;
    virDomainPtr dom;
    char *description;
    const char *name;
    int rc = -1;

    memset(details, 0, sizeof(*details));
    if (!(conn = vpcHostReadConnection(host, err)))
        return -1;
    if (!(dom = vpcHostLookupDomain(host, conn, uuid, err)))
        goto cleanup;

    /* Read before the call that may fail: any libvirt call resets the
     * thread's last error. */
    name = virDomainGetName(dom);
    description = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL,
                                       VIR_DOMAIN_AFFECT_CURRENT);
    if (!description && virGetLastErrorCode() != VIR_ERR_NO_DOMAIN_METADATA) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                            name, "cannot read the description");
        virDomainFree(dom);
        goto cleanup;
    }
    virResetLastError();
    details->description = description ? description : strdup("");
    virDomainFree(dom);
    rc = details->description ? 0 : -1;

 cleanup:
    virConnectClose(conn);
    return rc;
}
