/*
 * vpccom.dll: Windows Virtual PC's IVMUSBDevice and USBDeviceCollection.
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

/*
 * The host's USB devices are libvirt's node devices with the usb_device
 * capability, every host's, each host's by device name; a device is
 * attached to the VM that passes it through (docs/inventory-mapping.md
 * 4.13).
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

static const IVMUSBDeviceVtbl usb_vtbl;

struct usb
{
    IVMUSBDevice IVMUSBDevice_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct host_item item;
};

static inline struct usb *impl_from_IVMUSBDevice(IVMUSBDevice *iface)
{
    return CONTAINING_RECORD(iface, struct usb, IVMUSBDevice_iface);
}

AUTOMATION_UNKNOWN_IMPL(usb, IVMUSBDevice, struct usb)

HOST_VIEW_RELEASE_IMPL(usb, IVMUSBDevice, struct usb)

AUTOMATION_DISPATCH_IMPL(usb, IVMUSBDevice, &MODEL_HOST_TYPEINFO, HOST_IVMUSBDevice_tid)

static HRESULT usb_device(IVMUSBDevice *iface, const vpcHostFacts **facts,
                          const vpcHostUSBDevice **dev)
{
    struct usb *This = impl_from_IVMUSBDevice(iface);
    HRESULT hr = host_view_host_facts(This->view, This->item.host, facts);

    if (FAILED(hr)) return hr;
    *dev = &(*facts)->usb[This->item.index];
    return S_OK;
}

static HRESULT WINAPI usb_get_AttachedToVM(IVMUSBDevice *iface, BSTR *name)
{
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, name);

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = usb_device(iface, &facts, &dev))) return hr;
    return utf8_to_bstr(dev->attachedTo, name);
}

static HRESULT WINAPI usb_get_DeviceClass(IVMUSBDevice *iface, VMUSBDeviceClassEnum *device_class)
{
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, device_class);

    if (!device_class) return E_POINTER;
    *device_class = 0;
    if (FAILED(hr = usb_device(iface, &facts, &dev))) return hr;
    if (dev->deviceClass < 0)
        return host_fact_missing(MODEL, facts, "the host reports no interface of this USB device");
    *device_class = dev->deviceClass;
    return S_OK;
}

static HRESULT WINAPI usb_get_DeviceString(IVMUSBDevice *iface, BSTR *text)
{
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, text);

    if (!text) return E_POINTER;
    *text = NULL;
    if (FAILED(hr = usb_device(iface, &facts, &dev))) return hr;
    return utf8_to_bstr(dev->product, text);
}

static HRESULT WINAPI usb_get_HubID(IVMUSBDevice *iface, LONG *hub)
{
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, hub);

    if (!hub) return E_POINTER;
    *hub = 0;
    if (FAILED(hr = usb_device(iface, &facts, &dev))) return hr;
    *hub = dev->bus;
    return S_OK;
}

static HRESULT WINAPI usb_get_ManufacturerString(IVMUSBDevice *iface, BSTR *text)
{
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, text);

    if (!text) return E_POINTER;
    *text = NULL;
    if (FAILED(hr = usb_device(iface, &facts, &dev))) return hr;
    return utf8_to_bstr(dev->vendor, text);
}

static HRESULT WINAPI usb_get_Port(IVMUSBDevice *iface, LONG *port)
{
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, port);

    if (!port) return E_POINTER;
    *port = 0;
    if (FAILED(hr = usb_device(iface, &facts, &dev))) return hr;
    *port = dev->device;
    return S_OK;
}

static const IVMUSBDeviceVtbl usb_vtbl =
{
    usb_QueryInterface,
    usb_AddRef,
    usb_Release,
    usb_GetTypeInfoCount,
    usb_GetTypeInfo,
    usb_GetIDsOfNames,
    usb_Invoke,
    usb_get_AttachedToVM,
    usb_get_DeviceClass,
    usb_get_DeviceString,
    usb_get_HubID,
    usb_get_ManufacturerString,
    usb_get_Port,
};

static HRESULT usb_create(struct host_view *view, const struct host_item *item, IVMUSBDevice **ret)
{
    struct usb *obj;

    *ret = NULL;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMUSBDevice_iface.lpVtbl = &usb_vtbl;
    obj->ref = 1;
    obj->view = view;
    host_view_addref(view);
    obj->item = *item;
    init_classinfo(&MODEL_HOST_TYPEINFO, HOST_VMUSBDevice_tid, (IUnknown *)&obj->IVMUSBDevice_iface,
                   &obj->classinfo);
    *ret = &obj->IVMUSBDevice_iface;
    return S_OK;
}

HOST_COLLECTION_IMPL(usbs, IVMUSBDeviceCollection, IVMUSBDevice, HOST_IVMUSBDeviceCollection_tid,
                     HOST_VMUSBDeviceCollection_tid, usb_create)

static size_t count_usb(const vpcHostFacts *facts)
{
    return facts->nusb;
}

HRESULT vpc_create_usb_devices(struct host_view *view, IDispatch **ret)
{
    struct host_item *items;
    size_t count;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_collect(view, count_usb, &items, &count))) return hr;
    return usbs_create(view, items, count, (IVMUSBDeviceCollection **)ret);
}
