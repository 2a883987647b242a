/*
 * vpccom.dll: Windows Virtual PC IVMAccountant.
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

#include "vpc_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_accountant.h"

static const IVMAccountantVtbl accountant_vtbl =
{
    accountant_QueryInterface,
    accountant_AddRef,
    accountant_Release,
    accountant_GetTypeInfoCount,
    accountant_GetTypeInfo,
    accountant_GetIDsOfNames,
    accountant_Invoke,
    accountant_get_CPUUtilization,
    accountant_get_CPUUtilizationHistory,
    accountant_get_DiskBytesRead,
    accountant_get_DiskBytesWritten,
    accountant_get_NetworkBytesReceived,
    accountant_get_NetworkBytesSent,
    accountant_get_UpTime,
};
