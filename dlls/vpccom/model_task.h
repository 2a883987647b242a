/*
 * vpccom.dll: IVMTask, shared by both object models.
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
 * Compiled twice, by vpc_task.c and vs_task.c: the two models' headers give
 * these interfaces the same C names with different GUIDs, so one text serves
 * both.  The including file first defines MODEL, MODEL_TYPEINFO,
 * MODEL_TID(name) and the model_* names, then adds the members only its
 * model has and the vtables, whose member lists differ.
 */

#ifndef MODEL
#error "include this from vpc_task.c or vs_task.c"
#endif

static const IVMTaskVtbl task_vtbl;

struct task
{
    IVMTask IVMTask_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct task_ref task;
};

static inline struct task *impl_from_IVMTask(IVMTask *iface)
{
    return CONTAINING_RECORD(iface, struct task, IVMTask_iface);
}

AUTOMATION_UNKNOWN_IMPL(task, IVMTask, struct task)

static ULONG WINAPI task_Release(IVMTask *iface)
{
    struct task *This = impl_from_IVMTask(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        task_ref_cleanup(&This->task);
        free(This);
    }
    return ref;
}

AUTOMATION_DISPATCH_IMPL(task, IVMTask, &MODEL_TYPEINFO, MODEL_TID(IVMTask))

static HRESULT WINAPI task_Cancel(IVMTask *iface)
{
    struct task *This = impl_from_IVMTask(iface);

    TRACE("%p\n", iface);

    return task_cancel(host_view_model(This->task.view));
}

static HRESULT WINAPI task_WaitForCompletion(IVMTask *iface, LONG timeout)
{
    struct task *This = impl_from_IVMTask(iface);

    TRACE("%p, %d\n", iface, (int)timeout);

    return task_wait(&This->task, timeout);
}

static HRESULT WINAPI task_get_Description(IVMTask *iface, BSTR *description)
{
    struct task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, description);

    return task_description(&This->task, description);
}

static HRESULT WINAPI task_get_ID(IVMTask *iface, LONG *id)
{
    struct task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, id);

    if (!id) return E_POINTER;
    *id = This->task.id;
    return S_OK;
}

static HRESULT WINAPI task_get_IsCancelable(IVMTask *iface, VARIANT_BOOL *cancelable)
{
    TRACE("%p, %p\n", iface, cancelable);

    if (!cancelable) return E_POINTER;
    *cancelable = VARIANT_FALSE;
    return S_OK;
}

static HRESULT WINAPI task_get_IsComplete(IVMTask *iface, VARIANT_BOOL *complete)
{
    struct task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, complete);

    return task_is_complete(&This->task, complete);
}

static HRESULT WINAPI task_get_PercentCompleted(IVMTask *iface, LONG *percent)
{
    struct task *This = impl_from_IVMTask(iface);

    TRACE("%p, %p\n", iface, percent);

    return task_percent(&This->task, percent);
}

static HRESULT WINAPI task_get_Result(IVMTask *iface, VMTaskResult *result)
{
    struct task *This = impl_from_IVMTask(iface);
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, result);

    if (!result) return E_POINTER;
    if (SUCCEEDED(hr = task_result(&This->task, &value))) *result = value;
    return hr;
}

static HRESULT task_create(struct task **ret)
{
    struct task *task;

    *ret = NULL;
    if (!(task = calloc(1, sizeof(*task)))) return E_OUTOFMEMORY;
    task->IVMTask_iface.lpVtbl = &task_vtbl;
    task->ref = 1;
    init_classinfo(&MODEL_TYPEINFO, MODEL_TID(VMTask), (IUnknown *)&task->IVMTask_iface,
                   &task->classinfo);
    *ret = task;
    return S_OK;
}

HRESULT model_create_task(struct vm_ref *vm, vpcTaskId id, vpcAction action,
                                  IVMTask **ret)
{
    struct task *task;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = task_create(&task))) return hr;
    if (FAILED(hr = task_ref_init(&task->task, vm, id, action)))
    {
        free(task);
        return hr;
    }
    *ret = &task->IVMTask_iface;
    return S_OK;
}

/* A task done when it was made (a new disk image): 'description' says what. */
HRESULT model_create_done_task(struct host_view *view, const WCHAR *description, IVMTask **ret)
{
    struct task *task;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = task_create(&task))) return hr;
    if (FAILED(hr = task_ref_init_done(&task->task, view, description)))
    {
        free(task);
        return hr;
    }
    *ret = &task->IVMTask_iface;
    return S_OK;
}

static HRESULT create_listed_task(struct host_view *view, const vpcTaskStatus *status,
                                  IVMTask **ret)
{
    struct task *task;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = task_create(&task))) return hr;
    if (FAILED(hr = task_ref_init_listed(&task->task, view, status)))
    {
        free(task);
        return hr;
    }
    *ret = &task->IVMTask_iface;
    return S_OK;
}

/*
 * IVMVirtualServer::Tasks (and Virtual PC's): the backend's tasks still
 * under way when the collection is made, oldest first.  The list stays
 * fixed for the collection's life, so Count, Item and For Each agree; each
 * task object then follows its own task, complete or not.
 */
static const IVMTaskCollectionVtbl task_collection_vtbl;

struct task_collection
{
    IVMTaskCollection IVMTaskCollection_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    size_t count;
    vpcTaskStatus *tasks;
};

static inline struct task_collection *impl_from_IVMTaskCollection(IVMTaskCollection *iface)
{
    return CONTAINING_RECORD(iface, struct task_collection, IVMTaskCollection_iface);
}

AUTOMATION_UNKNOWN_IMPL(task_collection, IVMTaskCollection, struct task_collection)

static ULONG WINAPI task_collection_Release(IVMTaskCollection *iface)
{
    struct task_collection *This = impl_from_IVMTaskCollection(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        host_view_release(This->view);
        free(This->tasks);
        free(This);
    }
    return ref;
}

AUTOMATION_DISPATCH_IMPL(task_collection, IVMTaskCollection, &MODEL_TYPEINFO,
                         MODEL_TID(IVMTaskCollection))

static HRESULT task_collection_enum_item(IUnknown *unk, ULONG index, IDispatch **ret)
{
    struct task_collection *This = impl_from_IVMTaskCollection((IVMTaskCollection *)unk);

    return create_listed_task(This->view, &This->tasks[index], (IVMTask **)ret);
}

static HRESULT WINAPI task_collection_get__NewEnum(IVMTaskCollection *iface, IUnknown **ret)
{
    struct task_collection *This = impl_from_IVMTaskCollection(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return create_enumvariant((IUnknown *)iface, This->count, task_collection_enum_item, ret);
}

static HRESULT WINAPI task_collection_get_Count(IVMTaskCollection *iface, LONG *count)
{
    struct task_collection *This = impl_from_IVMTaskCollection(iface);

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = This->count;
    return S_OK;
}

static HRESULT WINAPI task_collection_get_Item(IVMTaskCollection *iface, LONG index,
                                               IVMTask **ret)
{
    struct task_collection *This = impl_from_IVMTaskCollection(iface);

    TRACE("%p, %d, %p\n", iface, (int)index, ret);

    if (!ret) return E_POINTER;
    *ret = NULL;
    if (index < 1 || (size_t)index > This->count)
        return bad_index(MODEL, index, This->count);
    return create_listed_task(This->view, &This->tasks[index - 1], ret);
}

static const IVMTaskCollectionVtbl task_collection_vtbl =
{
    task_collection_QueryInterface,
    task_collection_AddRef,
    task_collection_Release,
    task_collection_GetTypeInfoCount,
    task_collection_GetTypeInfo,
    task_collection_GetIDsOfNames,
    task_collection_Invoke,
    task_collection_get__NewEnum,
    task_collection_get_Count,
    task_collection_get_Item,
};

HRESULT model_create_task_collection(struct host_view *view, IVMTaskCollection **ret)
{
    struct task_collection *obj;
    vpcTaskStatus *tasks;
    size_t count;
    vpcError err;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_list_tasks(view, &tasks, &count, &err)))
        return raise_core_error(MODEL, &err);
    if (!(obj = calloc(1, sizeof(*obj))))
    {
        free(tasks);
        return E_OUTOFMEMORY;
    }
    obj->IVMTaskCollection_iface.lpVtbl = &task_collection_vtbl;
    obj->ref = 1;
    obj->view = view;
    host_view_addref(view);
    obj->tasks = tasks;
    obj->count = count;
    init_classinfo(&MODEL_TYPEINFO, MODEL_TID(VMTaskCollection),
                   (IUnknown *)&obj->IVMTaskCollection_iface, &obj->classinfo);
    *ret = &obj->IVMTaskCollection_iface;
    return S_OK;
}
