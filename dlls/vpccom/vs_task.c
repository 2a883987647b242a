/*
 * vpccom.dll: Virtual Server IVMTask.
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

VPCCOM_DEBUG_CHANNEL;

#include "model_task.h"

static const IVMTaskVtbl task_vtbl =
{
    task_QueryInterface,
    task_AddRef,
    task_Release,
    task_GetTypeInfoCount,
    task_GetTypeInfo,
    task_GetIDsOfNames,
    task_Invoke,
    task_Cancel,
    task_WaitForCompletion,
    task_get_Description,
    task_get_ID,
    task_get_IsCancelable,
    task_get_IsComplete,
    task_get_PercentCompleted,
    task_get_Result,
};
