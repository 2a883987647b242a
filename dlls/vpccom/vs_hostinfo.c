/*
 * vpccom.dll: Virtual Server's IVMHostInfo, and the type information of
 * its host-level objects.
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
#include "vs_model.h"
#include "resource.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

static const GUID *const host_guids[HOST_LAST_tid] =
{
    [HOST_IVMHostInfo_tid] = &IID_IVMHostInfo,
    [HOST_IVMVirtualNetworkCollection_tid] = &IID_IVMVirtualNetworkCollection,
    [HOST_IVMVirtualNetwork_tid] = &IID_IVMVirtualNetwork,
    [HOST_IVMDHCPVirtualNetworkServer_tid] = &IID_IVMDHCPVirtualNetworkServer,
    [HOST_IVMSupportDriverCollection_tid] = &IID_IVMSupportDriverCollection,
    [HOST_IVMSupportDriver_tid] = &IID_IVMSupportDriver,
    [HOST_IVMRCAuthenticatorCollection_tid] = &IID_IVMRCAuthenticatorCollection,
    [HOST_IVMRCAuthenticator_tid] = &IID_IVMRCAuthenticator,
    [HOST_VMHostInfo_tid] = &CLSID_VMHostInfo,
    [HOST_VMVirtualNetworkCollection_tid] = &CLSID_VMVirtualNetworkCollection,
    [HOST_VMVirtualNetwork_tid] = &CLSID_VMVirtualNetwork,
    [HOST_VMDHCPVirtualNetworkServer_tid] = &CLSID_VMDHCPVirtualNetworkServer,
    [HOST_VMSupportDriverCollection_tid] = &CLSID_VMSupportDriverCollection,
    [HOST_VMSupportDriver_tid] = &CLSID_VMSupportDriver,
    [HOST_VMRCAuthenticatorCollection_tid] = &CLSID_VMRCAuthenticatorCollection,
    [HOST_VMRCAuthenticator_tid] = &CLSID_VMRCAuthenticator,
};

static ITypeInfo *host_typeinfos[HOST_LAST_tid];

struct typeinfo_cache vs_host_typeinfo =
{
    MODEL_VIRTUAL_SERVER, &LIBID_VirtualServer, HOST_LAST_tid, host_guids, NULL, host_typeinfos
};

#include "model_hostinfo.h"

static HRESULT WINAPI hostinfo_get_HostDrives(IVMHostInfo *iface, VARIANT *drives)
{
    TRACE("%p, %p\n", iface, drives);
    return hostinfo_drives(iface, VPC_HOST_DRIVE_DISK, drives);
}

/* Any host drive: DVD, floppy or disk, by its device node. */
static HRESULT WINAPI hostinfo_GetHostDriveSize(IVMHostInfo *iface, BSTR drive, LONG *megabytes)
{
    const vpcHostFacts *facts;
    char *path;
    HRESULT hr;
    size_t i;

    TRACE("%p, %s, %p\n", iface, debugstr_w(drive), megabytes);

    if (!megabytes) return E_POINTER;
    *megabytes = 0;
    if (!drive) drive = (BSTR)L"";      /* COM's NULL BSTR */
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    if (!(path = strdupWtoA_utf8(drive))) return E_OUTOFMEMORY;
    for (i = 0; i < facts->ndrives; i++)
        if (!strcmp(facts->drives[i].path, path)) break;
    free(path);
    /* Found by the fuzzer: this failure had no description. */
    if (i == facts->ndrives) return set_error(MODEL, E_INVALIDARG, IDS_NO_HOST_DRIVE, drive);
    *megabytes = facts->drives[i].sizeBytes / (1024 * 1024);
    return S_OK;
}

static HRESULT WINAPI hostinfo_IsHostDriveMounted(IVMHostInfo *iface, BSTR drive,
                                                  VARIANT_BOOL *mounted)
{
    return not_supported(MODEL, L"IVMHostInfo", L"IsHostDriveMounted");
}

static const IVMHostInfoVtbl hostinfo_vtbl =
{
    hostinfo_QueryInterface,
    hostinfo_AddRef,
    hostinfo_Release,
    hostinfo_GetTypeInfoCount,
    hostinfo_GetTypeInfo,
    hostinfo_GetIDsOfNames,
    hostinfo_Invoke,
    hostinfo_GetHostDriveSize,
    hostinfo_IsHostDriveMounted,
    hostinfo_get_DVDDrives,
    hostinfo_get_FloppyDrives,
    hostinfo_get_HostDrives,
    hostinfo_get_LogicalProcessorCount,
    hostinfo_get_Memory,
    hostinfo_get_MemoryAvail,
    hostinfo_get_MemoryAvailString,
    hostinfo_get_MemoryTotalString,
    hostinfo_get_MMX,
    hostinfo_get_NetworkAdapters,
    hostinfo_get_NetworkAddresses,
    hostinfo_get_OperatingSystem,
    hostinfo_get_OSMajorVersion,
    hostinfo_get_OSMinorVersion,
    hostinfo_get_OSServicePackString,
    hostinfo_get_OSVersionString,
    hostinfo_get_ParallelPort,
    hostinfo_get_PhysicalProcessorCount,
    hostinfo_get_ProcessorFeaturesString,
    hostinfo_get_ProcessorManufacturerString,
    hostinfo_get_ProcessorSpeed,
    hostinfo_get_ProcessorSpeedString,
    hostinfo_get_ProcessorVersionString,
    hostinfo_get_SerialPorts,
    hostinfo_get_SSE,
    hostinfo_get_SSE2,
    hostinfo_get_ThreeDNow,
    hostinfo_get_UTCTime,
};
