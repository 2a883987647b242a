/*
 * vpccom.dll: IVMVirtualPC, the Windows Virtual PC application object.
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

#include <limits.h>
#include <stdlib.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "host_private.h"
#include "resource.h"
/* This file defines the model's GUIDs; the Windows headers' own GUIDs were
 * declared above and come from libuuid. */
#include "initguid.h"
#include "vpc_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_app.h"

/* Members that have no libvirt meaning yet. */

static HRESULT WINAPI app_GetFloppyDiskFiles(IVMApplication *iface, VARIANT inAdditionalSearchPaths,
                                             VARIANT *outFloppyDiskFileList)
{
    return not_supported(MODEL, MODEL_APP_NAME, L"GetFloppyDiskFiles");
}

static HRESULT WINAPI app_get_USBDeviceCollection(IVMApplication *iface,
                                                  IVMUSBDeviceCollection **usbDeviceCollection)
{
    struct application *app = impl_from_IVMApplication(iface);

    TRACE("%p, %p\n", iface, usbDeviceCollection);

    if (!usbDeviceCollection) return E_POINTER;
    return vpc_create_usb_devices(app->view, (IDispatch **)usbDeviceCollection);
}

static const IVMApplicationVtbl app_vtbl =
{
    app_QueryInterface,
    app_AddRef,
    app_Release,
    app_GetTypeInfoCount,
    app_GetTypeInfo,
    app_GetIDsOfNames,
    app_Invoke,
    app_CreateDifferencingVirtualHardDisk,
    app_CreateDynamicVirtualHardDisk,
    app_CreateFixedVirtualHardDisk,
    app_CreateFloppyDiskImage,
    app_CreateVirtualMachine,
    app_DeleteVirtualMachine,
    app_FindVirtualMachine,
    app_FindVirtualNetwork,
    app_GetConfigurationValue,
    app_GetDVDFiles,
    app_GetFloppyDiskFiles,
    app_GetFloppyDiskImageType,
    app_GetHardDisk,
    app_GetHardDiskFiles,
    app_GetVirtualMachineFiles,
    app_RegisterVirtualMachine,
    app_RemoveConfigurationValue,
    app_SetConfigurationValue,
    app_UnregisterVirtualMachine,
    app_get_DefaultVMConfigurationPath,
    app_put_DefaultVMConfigurationPath,
    app_get_HostInfo,
    app_get_MaximumFloppyDrivesPerVM,
    app_get_MaximumMemoryPerVM,
    app_get_MaximumNetworkAdaptersPerVM,
    app_get_MaximumNumberOfIDEBuses,
    app_get_MaximumParallelPortsPerVM,
    app_get_MaximumSerialPortsPerVM,
    app_get_MinimumMemoryPerVM,
    app_get_Name,
    app_get_SearchPaths,
    app_put_SearchPaths,
    app_get_SuggestedMaximumMemoryPerVM,
    app_get_Tasks,
    app_get_UnconnectedNetworkAdapters,
    app_get_UpTime,
    app_get_USBDeviceCollection,
    app_get_Version,
    app_get_VirtualMachines,
    app_get_VirtualNetworks,
};
