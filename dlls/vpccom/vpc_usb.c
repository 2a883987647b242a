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
#include "resource.h"

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

/* "Cruzer Blade" (0781:5567), as errors name a device. */
static WCHAR *usb_description(const vpcHostUSBDevice *dev)
{
    size_t len = strlen(dev->product) + 32;
    char *text = malloc(len);
    WCHAR *ret;

    if (!text) return NULL;
    snprintf(text, len, "\"%s\" (%04x:%04x)", dev->product, dev->vendorId, dev->productId);
    ret = strdupAtoW_utf8(text);
    free(text);
    return ret;
}

/* AttachUSBDevice and DetachUSBDevice: 'device' must be one of this
 * application's, of the VM's host.  libvirt names a device by vendor and
 * product, and by its bus address too when the host has another of that
 * vendor and product. */
HRESULT vpc_vm_change_usb(struct vm_ref *vm, IVMUSBDevice *device, BOOL attach)
{
    const WCHAR *member = attach ? L"AttachUSBDevice" : L"DetachUSBDevice";
    const vpcHostUSBDevice *dev;
    const vpcHostFacts *facts;
    struct usb *usb;
    WCHAR *description, *name, *other;
    char text[32];
    size_t i;
    BOOL twin = FALSE;
    HRESULT hr;

    /* Nothing is the documented E_POINTER, as for RemoveDVDROMDrive. */
    if (!device || device->lpVtbl != &usb_vtbl)
        return set_error(MODEL, device ? E_INVALIDARG : E_POINTER, IDS_NEEDS_USB_DEVICE, member);
    usb = impl_from_IVMUSBDevice(device);
    if (FAILED(hr = vm_check_exists(vm))) return hr;
    /* What it is attached to now, not when the script listed it. */
    host_view_host_facts_changed(usb->view, usb->item.host);
    if (FAILED(hr = usb_device(device, &facts, &dev))) return hr;
    if (!(description = usb_description(dev))) return E_OUTOFMEMORY;
    if (strcmp(host_view_host_uri(usb->view, usb->item.host), vm->host_uri))
    {
        hr = vm_fact_error(vm, E_INVALIDARG, IDS_USB_OTHER_HOST, description);
        free(description);
        return hr;
    }
    name = vm_ref_name(vm);
    other = strdupAtoW_utf8(dev->attachedTo);
    if (attach && other && *other && name && lstrcmpW(other, name))
    {
        char *display = vpcUriSanitize(vm->host_uri);
        WCHAR *host = strdupAtoW_utf8(display ? display : "");

        hr = set_error(MODEL, VPC_E_USB_ALREADY_ASSIGNED, IDS_USB_ASSIGNED, name,
                       host ? host : L"", description, other);
        free(host);
        free(display);
    }
    free(other);
    free(name);
    free(description);
    if (FAILED(hr)) return hr;

    for (i = 0; i < facts->nusb; i++)
        if (&facts->usb[i] != dev && facts->usb[i].vendorId == dev->vendorId &&
            facts->usb[i].productId == dev->productId)
            twin = TRUE;
    if (twin)
        snprintf(text, sizeof(text), "%04x:%04x:%u:%u", dev->vendorId, dev->productId, dev->bus,
                 dev->device);
    else
        snprintf(text, sizeof(text), "%04x:%04x", dev->vendorId, dev->productId);
    hr = vm_configure(vm, attach ? VPC_CONFIG_USB_ATTACH : VPC_CONFIG_USB_DETACH, text, 0);
    if (SUCCEEDED(hr)) host_view_host_facts_changed(usb->view, usb->item.host);
    return hr;
}
