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

#include "vs_private.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

struct vs_task
{
    IVMTask IVMTask_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct task_ref task;
};

static inline struct vs_task *impl_from_IVMTask(IVMTask *iface)
{
    return CONTAINING_RECORD(iface, struct vs_task, IVMTask_iface);
}

static HRESULT WINAPI vstask_QueryInterface(IVMTask *iface, REFIID riid, void **obj)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMTask) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
        *obj = &This->IVMTask_iface;
    else if (IsEqualIID(riid, &IID_IProvideClassInfo))
        *obj = &This->classinfo.IProvideClassInfo_iface;
    else
    {
        WARN("interface %s not supported\n", debugstr_guid(riid));
        *obj = NULL;
        return E_NOINTERFACE;
    }
    IUnknown_AddRef((IUnknown *)*obj);
    return S_OK;
}

static ULONG WINAPI vstask_AddRef(IVMTask *iface)
{
    struct vs_task *This = impl_from_IVMTask(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vstask_Release(IVMTask *iface)
{
    struct vs_task *This = impl_from_IVMTask(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        task_ref_cleanup(&This->task);
        free(This);
    }
    return ref;
}

static HRESULT WINAPI vstask_GetTypeInfoCount(IVMTask *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vstask_GetTypeInfo(IVMTask *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vs_typeinfo, VS_IVMTask_tid, index, ret);
}

static HRESULT WINAPI vstask_GetIDsOfNames(IVMTask *iface, REFIID riid, LPOLESTR *names,
        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vs_typeinfo, VS_IVMTask_tid, names, count, ids);
}

static HRESULT WINAPI vstask_Invoke(IVMTask *iface, DISPID member, REFIID riid, LCID lcid,
        WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    return dispatch_invoke(&vs_typeinfo, VS_IVMTask_tid, iface, member, flags, params, result,
                           excepinfo, argerr);
}

static HRESULT WINAPI vstask_Cancel(IVMTask *iface)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p\n", iface);

    return task_cancel(host_view_model(This->task.view));
}

static HRESULT WINAPI vstask_WaitForCompletion(IVMTask *iface, LONG timeout)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p, %d\n", iface, (int)timeout);

    return task_wait(&This->task, timeout);
}

static HRESULT WINAPI vstask_get_Description(IVMTask *iface, BSTR *description)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, description);

    return task_description(&This->task, description);
}

static HRESULT WINAPI vstask_get_ID(IVMTask *iface, LONG *id)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, id);

    if (!id) return E_POINTER;
    *id = This->task.id;
    return S_OK;
}

static HRESULT WINAPI vstask_get_IsCancelable(IVMTask *iface, VARIANT_BOOL *cancelable)
{
    TRACE("%p, %p\n", iface, cancelable);

    if (!cancelable) return E_POINTER;
    *cancelable = VARIANT_FALSE;
    return S_OK;
}

static HRESULT WINAPI vstask_get_IsComplete(IVMTask *iface, VARIANT_BOOL *complete)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, complete);

    return task_is_complete(&This->task, complete);
}

static HRESULT WINAPI vstask_get_PercentCompleted(IVMTask *iface, LONG *percent)
{
    struct vs_task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, percent);

    return task_percent(&This->task, percent);
}

static HRESULT WINAPI vstask_get_Result(IVMTask *iface, VMTaskResult *result)
{
    struct vs_task *This = impl_from_IVMTask(iface);
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, result);

    if (!result) return E_POINTER;
    if (SUCCEEDED(hr = task_result(&This->task, &value))) *result = value;
    return hr;
}

static const IVMTaskVtbl vstask_vtbl =
{
    vstask_QueryInterface,
    vstask_AddRef,
    vstask_Release,
    vstask_GetTypeInfoCount,
    vstask_GetTypeInfo,
    vstask_GetIDsOfNames,
    vstask_Invoke,
    vstask_Cancel,
    vstask_WaitForCompletion,
    vstask_get_Description,
    vstask_get_ID,
    vstask_get_IsCancelable,
    vstask_get_IsComplete,
    vstask_get_PercentCompleted,
    vstask_get_Result,
};

HRESULT vs_create_task(struct vm_ref *vm, unsigned int id, vpcAction action, IVMTask **ret)
{
    struct vs_task *task;
    HRESULT hr;

    *ret = NULL;
    if (!(task = calloc(1, sizeof(*task)))) return E_OUTOFMEMORY;
    task->IVMTask_iface.lpVtbl = &vstask_vtbl;
    task->ref = 1;
    if (FAILED(hr = task_ref_init(&task->task, vm, id, action)))
    {
        free(task);
        return hr;
    }
    init_classinfo(&vs_typeinfo, VS_VMTask_tid, (IUnknown *)&task->IVMTask_iface, &task->classinfo);
    *ret = &task->IVMTask_iface;
    return S_OK;
}
