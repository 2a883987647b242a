/*
 * vpccom.dll: Virtual Server's IVMSupportDriver and its collection.
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
 * Virtual Server listed its kernel drivers; a libvirt host's counterpart is
 * the hypervisor driver libvirt talks to: one per host, described by
 * virConnectGetType and virConnectGetVersion (docs/inventory-mapping.md
 * 2.7).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "host_private.h"
#include "vs_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_hostcoll.h"

static const IVMSupportDriverVtbl driver_vtbl;

struct driver
{
    IVMSupportDriver IVMSupportDriver_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct host_item item;
};

static inline struct driver *impl_from_IVMSupportDriver(IVMSupportDriver *iface)
{
    return CONTAINING_RECORD(iface, struct driver, IVMSupportDriver_iface);
}

AUTOMATION_UNKNOWN_IMPL(driver, IVMSupportDriver, struct driver)

HOST_VIEW_RELEASE_IMPL(driver, IVMSupportDriver, struct driver)

AUTOMATION_DISPATCH_IMPL(driver, IVMSupportDriver, &MODEL_HOST_TYPEINFO, HOST_IVMSupportDriver_tid)

static HRESULT driver_facts(IVMSupportDriver *iface, const vpcHostFacts **facts)
{
    struct driver *This = impl_from_IVMSupportDriver(iface);

    return host_view_host_facts(This->view, This->item.host, facts);
}

/* "" is what the reference documents for a driver without a date. */
static HRESULT WINAPI driver_get_Date(IVMSupportDriver *iface, BSTR *date)
{
    TRACE("%p, %p\n", iface, date);

    if (!date) return E_POINTER;
    return (*date = SysAllocString(L"")) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI driver_get_Description(IVMSupportDriver *iface, BSTR *description)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, description);

    if (!description) return E_POINTER;
    *description = NULL;
    if (FAILED(hr = driver_facts(iface, &facts))) return hr;
    return utf8_to_bstr(facts->driverType, description);
}

/* libvirt names no maker or provider of its drivers. */
static HRESULT WINAPI driver_get_Manufacturer(IVMSupportDriver *iface, BSTR *manufacturer)
{
    return not_supported(MODEL, L"IVMSupportDriver", L"Manufacturer");
}

static HRESULT WINAPI driver_get_Provider(IVMSupportDriver *iface, BSTR *provider)
{
    return not_supported(MODEL, L"IVMSupportDriver", L"Provider");
}

static HRESULT WINAPI driver_get_Type(IVMSupportDriver *iface, VMSupportDriverType *type)
{
    TRACE("%p, %p\n", iface, type);

    if (!type) return E_POINTER;
    *type = vmSupportDriver_VirtualMachineMonitor;
    return S_OK;
}

static HRESULT WINAPI driver_get_Version(IVMSupportDriver *iface, BSTR *version)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, version);

    if (!version) return E_POINTER;
    *version = NULL;
    if (FAILED(hr = driver_facts(iface, &facts))) return hr;
    if (!facts->driverVersion)
        return host_fact_missing(MODEL, facts, "the host does not report its driver's version");
    return utf8_to_bstr(facts->driverVersion, version);
}

static const IVMSupportDriverVtbl driver_vtbl =
{
    driver_QueryInterface,
    driver_AddRef,
    driver_Release,
    driver_GetTypeInfoCount,
    driver_GetTypeInfo,
    driver_GetIDsOfNames,
    driver_Invoke,
    driver_get_Date,
    driver_get_Description,
    driver_get_Manufacturer,
    driver_get_Provider,
    driver_get_Type,
    driver_get_Version,
};

static HRESULT driver_create(struct host_view *view, const struct host_item *item,
                             IVMSupportDriver **ret)
{
    struct driver *obj;

    *ret = NULL;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMSupportDriver_iface.lpVtbl = &driver_vtbl;
    obj->ref = 1;
    obj->view = view;
    host_view_addref(view);
    obj->item = *item;
    init_classinfo(&MODEL_HOST_TYPEINFO, HOST_VMSupportDriver_tid,
                   (IUnknown *)&obj->IVMSupportDriver_iface, &obj->classinfo);
    *ret = &obj->IVMSupportDriver_iface;
    return S_OK;
}

HOST_COLLECTION_IMPL(drivers, IVMSupportDriverCollection, IVMSupportDriver,
                     HOST_IVMSupportDriverCollection_tid, HOST_VMSupportDriverCollection_tid,
                     driver_create)

static size_t count_drivers(const vpcHostFacts *facts)
{
    return 1;
}

HRESULT vs_create_support_drivers(struct host_view *view, IDispatch **ret)
{
    struct host_item *items;
    size_t count;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_collect(view, count_drivers, &items, &count))) return hr;
    return drivers_create(view, items, count, (IVMSupportDriverCollection **)ret);
}
