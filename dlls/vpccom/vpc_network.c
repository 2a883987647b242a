/*
 * vpccom.dll: Windows Virtual PC's IVMVirtualNetwork and its collection.
 *
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
 *
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "host_private.h"
#include "vpc_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_hostcoll.h"
#include "model_network.h"

/* Its position among the host's networks, from 0. */
static HRESULT WINAPI network__ID(IVMVirtualNetwork *iface, LONG *id)
{
    struct network *This = impl_from_IVMVirtualNetwork(iface);

    TRACE("%p, %p\n", iface, id);

    if (!id) return E_POINTER;
    *id = This->item.index;
    return S_OK;
}

/* Wired or wireless: not a property of a libvirt network. */
static HRESULT WINAPI network_get_MediaType(IVMVirtualNetwork *iface, LONG *type)
{
    return not_supported(MODEL, L"IVMVirtualNetwork", L"MediaType");
}

static const IVMVirtualNetworkVtbl network_vtbl =
{
    network_QueryInterface,
    network_AddRef,
    network_Release,
    network_GetTypeInfoCount,
    network_GetTypeInfo,
    network_GetIDsOfNames,
    network_Invoke,
    network__ID,
    network_get_HostAdapter,
    network_get_MediaType,
    network_get_Name,
    network_get_NetworkAdapters,
};
