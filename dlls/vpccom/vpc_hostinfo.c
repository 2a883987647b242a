/*
 * vpccom.dll: Windows Virtual PC's IVMHostInfo, and the type information
 * of its host-level objects.
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

static const GUID *const host_guids[HOST_LAST_tid] =
{
    [HOST_IVMHostInfo_tid] = &IID_IVMHostInfo,
    [HOST_IVMVirtualNetworkCollection_tid] = &IID_IVMVirtualNetworkCollection,
    [HOST_IVMVirtualNetwork_tid] = &IID_IVMVirtualNetwork,
    [HOST_IVMUSBDeviceCollection_tid] = &IID_IVMUSBDeviceCollection,
    [HOST_IVMUSBDevice_tid] = &IID_IVMUSBDevice,
    [HOST_VMHostInfo_tid] = &CLSID_VMHostInfo,
    [HOST_VMVirtualNetworkCollection_tid] = &CLSID_VMVirtualNetworkCollection,
    [HOST_VMVirtualNetwork_tid] = &CLSID_VMVirtualNetwork,
    [HOST_VMUSBDeviceCollection_tid] = &CLSID_VMUSBDeviceCollection,
    [HOST_VMUSBDevice_tid] = &CLSID_VMUSBDevice,
};

static ITypeInfo *host_typeinfos[HOST_LAST_tid];

struct typeinfo_cache vpc_host_typeinfo =
{
    MODEL_VIRTUAL_PC, &LIBID_VirtualPC, HOST_LAST_tid, host_guids, NULL, host_typeinfos
};

#include "model_hostinfo.h"

static const IVMHostInfoVtbl hostinfo_vtbl =
{
    hostinfo_QueryInterface,
    hostinfo_AddRef,
    hostinfo_Release,
    hostinfo_GetTypeInfoCount,
    hostinfo_GetTypeInfo,
    hostinfo_GetIDsOfNames,
    hostinfo_Invoke,
    hostinfo_get_DVDDrives,
    hostinfo_get_FloppyDrives,
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
