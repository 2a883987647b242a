/*
 * Virtual Server's IVMGuestOS2 (and IVMGuestOS): see guestos.c.
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

#define COBJMACROS

#include "vs_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

struct guestos
{
    IVMGuestOS2 IVMGuestOS2_iface;
    LONG ref;
    struct vm_ref vm;
};

static inline struct guestos *impl_from_IVMGuestOS2(IVMGuestOS2 *iface)
{
    return CONTAINING_RECORD(iface, struct guestos, IVMGuestOS2_iface);
}

/* IVMGuestOS2 extends IVMGuestOS: one object answers both. */
static HRESULT WINAPI guestos_QueryInterface(IVMGuestOS2 *iface, REFIID riid, void **obj)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMGuestOS2) || IsEqualIID(riid, &IID_IVMGuestOS) ||
        IsEqualIID(riid, &IID_IDispatch) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = &This->IVMGuestOS2_iface;
        IVMGuestOS2_AddRef(iface);
        return S_OK;
    }
    WARN("interface %s not supported\n", debugstr_guid(riid));
    *obj = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI guestos_AddRef(IVMGuestOS2 *iface)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

VM_REF_RELEASE_IMPL(guestos, IVMGuestOS2, struct guestos)

AUTOMATION_DISPATCH_IMPL(guestos, IVMGuestOS2, &MODEL_TYPEINFO, MODEL_TID(IVMGuestOS2))

static HRESULT WINAPI guestos_ExecuteCommand(IVMGuestOS2 *iface, BSTR command)
{
    return not_supported(MODEL, L"IVMGuestOS", L"ExecuteCommand");
}

static HRESULT WINAPI guestos_InstallAdditions(IVMGuestOS2 *iface)
{
    return not_supported(MODEL, L"IVMGuestOS", L"InstallAdditions");
}

static HRESULT WINAPI guestos_SetParameter(IVMGuestOS2 *iface, BSTR name, BSTR value)
{
    return not_supported(MODEL, L"IVMGuestOS", L"SetParameter");
}

static HRESULT WINAPI guestos_Shutdown(IVMGuestOS2 *iface, IVMTask **task)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);
    vpcTaskId id;
    HRESULT hr;

    TRACE("%p, %p\n", iface, task);

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = guest_start_power_action(&This->vm, VPC_ACTION_SHUTDOWN, L"Shutdown", &id)))
        return hr;
    return vs_create_task(&This->vm, id, VPC_ACTION_SHUTDOWN, task);
}

static HRESULT WINAPI guestos_get_AdditionsVersion(IVMGuestOS2 *iface, BSTR *version)
{
    if (version) *version = NULL;
    return not_supported(MODEL, L"IVMGuestOS", L"AdditionsVersion");
}

static HRESULT WINAPI guestos_get_CanShutdown(IVMGuestOS2 *iface, VARIANT_BOOL *can)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);

    TRACE("%p, %p\n", iface, can);

    return guest_can_shutdown(&This->vm, can);
}

static HRESULT WINAPI guestos_get_HeartbeatPercentage(IVMGuestOS2 *iface, LONG *percentage)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);

    TRACE("%p, %p\n", iface, percentage);

    return guest_heartbeat_percentage(&This->vm, percentage);
}

static HRESULT WINAPI guestos_get_IsHeartbeating(IVMGuestOS2 *iface, VARIANT_BOOL *beating)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);

    TRACE("%p, %p\n", iface, beating);

    return guest_is_heartbeating(&This->vm, beating);
}

static HRESULT WINAPI guestos_get_IsHostTimeSyncEnabled(IVMGuestOS2 *iface, VARIANT_BOOL *enabled)
{
    if (enabled) *enabled = VARIANT_FALSE;
    return not_supported(MODEL, L"IVMGuestOS", L"IsHostTimeSyncEnabled");
}

static HRESULT WINAPI guestos_put_IsHostTimeSyncEnabled(IVMGuestOS2 *iface, VARIANT_BOOL enable)
{
    return not_supported(MODEL, L"IVMGuestOS", L"IsHostTimeSyncEnabled (write)");
}

static HRESULT WINAPI guestos_get_OSName(IVMGuestOS2 *iface, BSTR *name)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);

    TRACE("%p, %p\n", iface, name);

    return guest_os_name(&This->vm, name);
}

static HRESULT WINAPI guestos_GetParameter(IVMGuestOS2 *iface, BSTR name, BSTR *value)
{
    if (value) *value = NULL;
    return not_supported(MODEL, L"IVMGuestOS2", L"GetParameter");
}

static HRESULT WINAPI guestos_get_ComputerName(IVMGuestOS2 *iface, BSTR *name)
{
    struct guestos *This = impl_from_IVMGuestOS2(iface);

    TRACE("%p, %p\n", iface, name);

    return guest_agent_only(&This->vm, AGENT_HOSTNAME, L"ComputerName", name);
}

static const IVMGuestOS2Vtbl guestos_vtbl =
{
    guestos_QueryInterface,
    guestos_AddRef,
    guestos_Release,
    guestos_GetTypeInfoCount,
    guestos_GetTypeInfo,
    guestos_GetIDsOfNames,
    guestos_Invoke,
    guestos_ExecuteCommand,
    guestos_InstallAdditions,
    guestos_SetParameter,
    guestos_Shutdown,
    guestos_get_AdditionsVersion,
    guestos_get_CanShutdown,
    guestos_get_HeartbeatPercentage,
    guestos_get_IsHeartbeating,
    guestos_get_IsHostTimeSyncEnabled,
    guestos_put_IsHostTimeSyncEnabled,
    guestos_get_OSName,
    guestos_GetParameter,
    guestos_get_ComputerName,
};

HRESULT vs_create_guestos(const struct vm_ref *vm, IVMGuestOS **ret)
{
    struct guestos *guest;
    HRESULT hr;

    *ret = NULL;
    if (!(guest = calloc(1, sizeof(*guest)))) return E_OUTOFMEMORY;
    guest->IVMGuestOS2_iface.lpVtbl = &guestos_vtbl;
    guest->ref = 1;
    if (FAILED(hr = vm_ref_copy(&guest->vm, vm)))
    {
        free(guest);
        return hr;
    }
    *ret = (IVMGuestOS *)&guest->IVMGuestOS2_iface;
    return S_OK;
}
