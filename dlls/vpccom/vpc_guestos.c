/*
 * Windows Virtual PC's IVMGuestOS: see guestos.c.
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

#define COBJMACROS

#include "vpc_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

struct guestos
{
    IVMGuestOS IVMGuestOS_iface;
    LONG ref;
    struct vm_ref vm;
};

static inline struct guestos *impl_from_IVMGuestOS(IVMGuestOS *iface)
{
    return CONTAINING_RECORD(iface, struct guestos, IVMGuestOS_iface);
}

INVENTORY_UNKNOWN_IMPL(guestos, IVMGuestOS, struct guestos)

VM_REF_RELEASE_IMPL(guestos, IVMGuestOS, struct guestos)

AUTOMATION_DISPATCH_IMPL(guestos, IVMGuestOS, &MODEL_TYPEINFO, MODEL_TID(IVMGuestOS))

/* The leading digits of a version part; 0 for none. */
static LONG version_number(const WCHAR *text)
{
    LONG value = 0;

    for (; text && *text >= '0' && *text <= '9' && value < 100000000; text++)
        value = value * 10 + (*text - '0');
    return value;
}

/* Not an automation type: the vtable only.  The major and minor versions
 * are libosinfo's; what only Windows itself knows stays 0. */
static HRESULT WINAPI guestos_GetOsVersionInfo(IVMGuestOS *iface, GUESTOSVERSIONINFOEX **info)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);
    BSTR major = NULL, minor = NULL;
    HRESULT hr;

    TRACE("%p, %p\n", iface, info);

    if (!info) return E_POINTER;
    *info = NULL;
    if (FAILED(hr = guest_os_version(&This->vm, GUEST_VERSION_MAJOR, L"GetOsVersionInfo", &major)))
        return hr;
    /* A version without a minor part ("11") has minor 0. */
    if (FAILED(guest_os_version(&This->vm, GUEST_VERSION_MINOR, L"GetOsVersionInfo", &minor)))
        SetErrorInfo(0, NULL);
    if (!(*info = CoTaskMemAlloc(sizeof(**info))))
    {
        hr = E_OUTOFMEMORY;
    }
    else
    {
        memset(*info, 0, sizeof(**info));
        (*info)->dwOSVersionInfoSize = sizeof(**info);
        (*info)->dwMajorVersion = version_number(major);
        (*info)->dwMinorVersion = version_number(minor);
    }
    SysFreeString(major);
    SysFreeString(minor);
    return hr;
}

static HRESULT WINAPI guestos_GetParameter(IVMGuestOS *iface, BSTR name, BSTR *value)
{
    if (value) *value = NULL;
    return not_supported(MODEL, L"IVMGuestOS", L"GetParameter");
}

static HRESULT WINAPI guestos_InstallIntegrationComponents(IVMGuestOS *iface)
{
    return not_supported(MODEL, L"IVMGuestOS", L"InstallIntegrationComponents");
}

static HRESULT WINAPI guestos_IsUserLoggedOn(IVMGuestOS *iface, LONG session, VARIANT_BOOL *present)
{
    if (present) *present = VARIANT_FALSE;
    return not_supported(MODEL, L"IVMGuestOS", L"IsUserLoggedOn");
}

static HRESULT WINAPI guestos_Logoff(IVMGuestOS *iface, IVMTask **task)
{
    if (task) *task = NULL;
    return not_supported(MODEL, L"IVMGuestOS", L"Logoff");
}

/* 'forced' closes the guest's applications without asking them in
 * Windows Virtual PC; libvirt's request goes to the guest's ACPI or agent,
 * which decides alone: both values ask the same. */
static HRESULT WINAPI guestos_Restart(IVMGuestOS *iface, VARIANT_BOOL forced, IVMTask **task)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);
    vpcTaskId id;
    HRESULT hr;

    TRACE("%p, %d, %p\n", iface, forced, task);

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = guest_start_power_action(&This->vm, VPC_ACTION_RESTART, L"Restart", &id)))
        return hr;
    return vpc_create_task(&This->vm, id, VPC_ACTION_RESTART, task);
}

static HRESULT WINAPI guestos_SetParameter(IVMGuestOS *iface, BSTR name, BSTR value)
{
    return not_supported(MODEL, L"IVMGuestOS", L"SetParameter");
}

/* 'forced' closes the guest's applications without asking them in
 * Windows Virtual PC; libvirt's request goes to the guest's ACPI or agent,
 * which decides alone: both values ask the same. */
static HRESULT WINAPI guestos_Shutdown(IVMGuestOS *iface, VARIANT_BOOL forced, IVMTask **task)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);
    vpcTaskId id;
    HRESULT hr;

    TRACE("%p, %d, %p\n", iface, forced, task);

    if (!task) return E_POINTER;
    *task = NULL;
    if (FAILED(hr = guest_start_power_action(&This->vm, VPC_ACTION_SHUTDOWN, L"Shutdown", &id)))
        return hr;
    return vpc_create_task(&This->vm, id, VPC_ACTION_SHUTDOWN, task);
}

static HRESULT WINAPI guestos_get_CanShutdown(IVMGuestOS *iface, VARIANT_BOOL *can)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, can);

    return guest_can_shutdown(&This->vm, can);
}

static HRESULT WINAPI guestos_get_ComputerName(IVMGuestOS *iface, BSTR *name)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, name);

    return guest_agent_only(&This->vm, AGENT_HOSTNAME, L"ComputerName", name);
}

/* Windows' own: neither the agent's os group nor libosinfo has them. */
#define GUESTOS_WINDOWS_ONLY(member, type, empty) \
static HRESULT WINAPI guestos_get_##member(IVMGuestOS *iface, type *value) \
{ \
    if (value) *value = empty; \
    return not_supported(MODEL, L"IVMGuestOS", L"" #member); \
}

GUESTOS_WINDOWS_ONLY(CSDVersion, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(IntegrationComponentsVersion, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(IsHostTimeSyncEnabled, VARIANT_BOOL, VARIANT_FALSE)
GUESTOS_WINDOWS_ONLY(MultipleUserSessionsAllowed, VARIANT_BOOL, VARIANT_FALSE)
GUESTOS_WINDOWS_ONLY(OSPlatformId, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(ProductType, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(ScreenLocked, VARIANT_BOOL, VARIANT_FALSE)
GUESTOS_WINDOWS_ONLY(ServicePackMajor, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(ServicePackMinor, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(SuiteMask, BSTR, NULL)
GUESTOS_WINDOWS_ONLY(TerminalServerPort, LONG, 0)
GUESTOS_WINDOWS_ONLY(TerminalServicesInitialized, VARIANT_BOOL, VARIANT_FALSE)

static HRESULT WINAPI guestos_get_HeartbeatPercentage(IVMGuestOS *iface, LONG *percentage)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, percentage);

    return guest_heartbeat_percentage(&This->vm, percentage);
}

static HRESULT WINAPI guestos_get_IsHeartbeating(IVMGuestOS *iface, VARIANT_BOOL *beating)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, beating);

    return guest_is_heartbeating(&This->vm, beating);
}

static HRESULT WINAPI guestos_put_IsHostTimeSyncEnabled(IVMGuestOS *iface, VARIANT_BOOL enable)
{
    return not_supported(MODEL, L"IVMGuestOS", L"IsHostTimeSyncEnabled (write)");
}

static HRESULT WINAPI guestos_get_OSBuildNumber(IVMGuestOS *iface, BSTR *build)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, build);

    return guest_agent_only(&This->vm, AGENT_KERNEL_VERSION, L"OSBuildNumber", build);
}

static HRESULT WINAPI guestos_get_OSMajorVersion(IVMGuestOS *iface, BSTR *version)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, version);

    return guest_os_version(&This->vm, GUEST_VERSION_MAJOR, L"OSMajorVersion", version);
}

static HRESULT WINAPI guestos_get_OSMinorVersion(IVMGuestOS *iface, BSTR *version)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, version);

    return guest_os_version(&This->vm, GUEST_VERSION_MINOR, L"OSMinorVersion", version);
}

static HRESULT WINAPI guestos_get_OSName(IVMGuestOS *iface, BSTR *name)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, name);

    return guest_os_name(&This->vm, name);
}

static HRESULT WINAPI guestos_get_OSVersion(IVMGuestOS *iface, BSTR *version)
{
    struct guestos *This = impl_from_IVMGuestOS(iface);

    TRACE("%p, %p\n", iface, version);

    return guest_os_version(&This->vm, GUEST_VERSION_FULL, L"OSVersion", version);
}

static const IVMGuestOSVtbl guestos_vtbl =
{
    guestos_QueryInterface,
    guestos_AddRef,
    guestos_Release,
    guestos_GetTypeInfoCount,
    guestos_GetTypeInfo,
    guestos_GetIDsOfNames,
    guestos_Invoke,
    guestos_GetOsVersionInfo,
    guestos_GetParameter,
    guestos_InstallIntegrationComponents,
    guestos_IsUserLoggedOn,
    guestos_Logoff,
    guestos_Restart,
    guestos_SetParameter,
    guestos_Shutdown,
    guestos_get_CanShutdown,
    guestos_get_ComputerName,
    guestos_get_CSDVersion,
    guestos_get_HeartbeatPercentage,
    guestos_get_IntegrationComponentsVersion,
    guestos_get_IsHeartbeating,
    guestos_get_IsHostTimeSyncEnabled,
    guestos_put_IsHostTimeSyncEnabled,
    guestos_get_MultipleUserSessionsAllowed,
    guestos_get_OSBuildNumber,
    guestos_get_OSMajorVersion,
    guestos_get_OSMinorVersion,
    guestos_get_OSName,
    guestos_get_OSPlatformId,
    guestos_get_OSVersion,
    guestos_get_ProductType,
    guestos_get_ScreenLocked,
    guestos_get_ServicePackMajor,
    guestos_get_ServicePackMinor,
    guestos_get_SuiteMask,
    guestos_get_TerminalServerPort,
    guestos_get_TerminalServicesInitialized,
};

HRESULT vpc_create_guestos(const struct vm_ref *vm, IVMGuestOS **ret)
{
    struct guestos *guest;
    HRESULT hr;

    *ret = NULL;
    if (!(guest = calloc(1, sizeof(*guest)))) return E_OUTOFMEMORY;
    guest->IVMGuestOS_iface.lpVtbl = &guestos_vtbl;
    guest->ref = 1;
    if (FAILED(hr = vm_ref_copy(&guest->vm, vm)))
    {
        free(guest);
        return hr;
    }
    *ret = &guest->IVMGuestOS_iface;
    return S_OK;
}
