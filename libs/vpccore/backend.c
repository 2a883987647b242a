/*
 * The backend interface of vpccom.dll: the service in process, or the
 * resident vpcsvc.exe through a transport.
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

#include "vpcproto.h"
#include "vpchostfacts.h"

struct _vpcBackend {
    vpcTransportFunc transport;
    void *opaque;
};

/*
 * A backend in this process is reached through the same requests as the
 * resident one, handed straight to the service: both modes run the same
 * code, and the protocol is tested wherever the DLL is.  Encoding costs a
 * few microseconds per snapshot, not per property read.
 */
static int
loopbackTransport(void *opaque, const vpcBuffer *request, vpcBuffer *response, vpcError *err)
{
    if (vpcServiceHandleRequest(opaque, request->data, request->len, response) < 0) {
        vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "malformed request");
        return -1;
    }
    return 0;
}


vpcBackend *
vpcBackendNewLocal(vpcService *svc)
{
    return vpcBackendNewRemote(loopbackTransport, svc);
}


vpcBackend *
vpcBackendNewRemote(vpcTransportFunc transport, void *opaque)
{
    vpcBackend *backend = calloc(1, sizeof(*backend));

    if (backend) {
        backend->transport = transport;
        backend->opaque = opaque;
    }
    return backend;
}


void
vpcBackendFree(vpcBackend *backend)
{
    free(backend);
}


/* Hands an encoded request to the transport (requests.c's stubs do the rest). */
int
vpcBackendRoundTrip(vpcBackend *backend, const vpcBuffer *request, vpcBuffer *response,
                    vpcError *err)
{
    return backend->transport(backend->opaque, request, response, err);
}
