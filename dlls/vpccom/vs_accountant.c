/*
 * vpccom.dll: Virtual Server IVMAccountant.
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

#include "model_accountant.h"

static HRESULT WINAPI accountant_SetSchedulingParameters(IVMAccountant *iface, VARIANT reserved,
                                                         VARIANT maximum, LONG weight)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %s, %s, %d\n", iface, debugstr_variant(&reserved), debugstr_variant(&maximum),
          (int)weight);

    return accountant_set_scheduling(&This->vm, reserved, maximum, weight);
}

static HRESULT WINAPI accountant_get_AllowableMaximumSystemCapacity(IVMAccountant *iface,
                                                                    VARIANT *capacity)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, capacity);

    return accountant_get_capacity(&This->vm, CAPACITY_ALLOWABLE_MAXIMUM, capacity);
}

static HRESULT WINAPI accountant_get_AllowableReservedSystemCapacity(IVMAccountant *iface,
                                                                     VARIANT *capacity)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, capacity);

    return accountant_get_capacity(&This->vm, CAPACITY_ALLOWABLE_RESERVED, capacity);
}

static HRESULT WINAPI accountant_get_MaximumSystemCapacity(IVMAccountant *iface, VARIANT *capacity)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, capacity);

    return accountant_get_capacity(&This->vm, CAPACITY_MAXIMUM, capacity);
}

static HRESULT WINAPI accountant_get_ReservedSystemCapacity(IVMAccountant *iface, VARIANT *capacity)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, capacity);

    return accountant_get_capacity(&This->vm, CAPACITY_RESERVED, capacity);
}

static HRESULT WINAPI accountant_get_RelativeWeight(IVMAccountant *iface, LONG *weight)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, weight);

    return accountant_get_weight(&This->vm, weight);
}

static const IVMAccountantVtbl accountant_vtbl =
{
    accountant_QueryInterface,
    accountant_AddRef,
    accountant_Release,
    accountant_GetTypeInfoCount,
    accountant_GetTypeInfo,
    accountant_GetIDsOfNames,
    accountant_Invoke,
    accountant_SetSchedulingParameters,
    accountant_get_AllowableMaximumSystemCapacity,
    accountant_get_AllowableReservedSystemCapacity,
    accountant_get_CPUUtilization,
    accountant_get_CPUUtilizationHistory,
    accountant_get_DiskBytesRead,
    accountant_get_DiskBytesWritten,
    accountant_get_MaximumSystemCapacity,
    accountant_get_NetworkBytesReceived,
    accountant_get_NetworkBytesSent,
    accountant_get_RelativeWeight,
    accountant_get_ReservedSystemCapacity,
    accountant_get_UpTime,
};
