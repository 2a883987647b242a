/*
 * vpccom.dll: what IVMTask reports, shared by both object models.
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

/*
 * A task is the backend's: this side holds its id and asks how it is
 * doing.  Once complete, its status never changes and is kept here.  Tasks
 * cannot be cancelled (a half-done power-off helps nobody).
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "resource.h"


/* The backend waits for a task at most VPC_TASK_WAIT_MAX_MS per request; a
 * longer wait is several requests, each well inside the pipe's timeout. */
#define WAIT_MAX_MS 4000000

/* VMTaskResult values (both models). */
enum
{
    TASK_RESULT_SUCCESS = 0,
    TASK_RESULT_UNEXPECTED_ERROR = 2,
    TASK_RESULT_TIMEOUT_ERROR = 6,
};

HRESULT task_ref_init(struct task_ref *task, struct vm_ref *vm, vpcTaskId id, vpcAction action)
{
    memset(task, 0, sizeof(*task));
    if (!(task->vm_name = strdupW(vm->name))) return E_OUTOFMEMORY;
    task->view = vm->view;
    host_view_addref(task->view);
    task->id = id;
    task->action = action;
    return S_OK;
}

/* A task whose work was done before it was made (a disk image the host
 * created at once): complete and successful from the start. */
HRESULT task_ref_init_done(struct task_ref *task, struct host_view *view, const WCHAR *description)
{
    memset(task, 0, sizeof(*task));
    if (!(task->description = strdupW(description))) return E_OUTOFMEMORY;
    task->view = view;
    host_view_addref(task->view);
    task->final.complete = true;
    task->final.percent = 100;
    return S_OK;
}

HRESULT task_ref_init_listed(struct task_ref *task, struct host_view *view,
                             const vpcTaskStatus *status)
{
    memset(task, 0, sizeof(*task));
    if (!(task->vm_name = strdupAtoW_utf8(status->vm))) return E_OUTOFMEMORY;
    task->view = view;
    host_view_addref(task->view);
    task->id = status->id;
    task->action = status->action;
    return S_OK;
}

void task_ref_cleanup(struct task_ref *task)
{
    free(task->description);
    free(task->vm_name);
    if (task->view) host_view_release(task->view);
    memset(task, 0, sizeof(*task));
}

/* Brings task->final up to date (it stops changing once complete), waiting
 * up to wait_ms for it to complete. */
static HRESULT refresh_task(struct task_ref *task, int wait_ms)
{
    vpcError err;

    if (task->final.complete) return S_OK;
    if (SUCCEEDED(host_view_task_status(task->view, task->id, wait_ms, &task->final, &err)))
        return S_OK;
    memset(&task->final, 0, sizeof(task->final));
    return raise_core_error(host_view_model(task->view), &err);
}

HRESULT task_is_complete(struct task_ref *task, VARIANT_BOOL *complete)
{
    HRESULT hr;

    if (!complete) return E_POINTER;
    if (FAILED(hr = refresh_task(task, 0))) return hr;
    *complete = task->final.complete ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

HRESULT task_percent(struct task_ref *task, LONG *percent)
{
    HRESULT hr;

    if (!percent) return E_POINTER;
    if (FAILED(hr = refresh_task(task, 0))) return hr;
    *percent = task->final.percent;
    return S_OK;
}

HRESULT task_result(struct task_ref *task, int *result)
{
    HRESULT hr;

    if (!result) return E_POINTER;
    if (FAILED(hr = refresh_task(task, 0))) return hr;
    if (task->final.error.code == VPC_OK) *result = TASK_RESULT_SUCCESS;
    else if (task->final.error.code == VPC_ERR_HOST_TIMEOUT) *result = TASK_RESULT_TIMEOUT_ERROR;
    else *result = TASK_RESULT_UNEXPECTED_ERROR;
    return S_OK;
}

HRESULT task_error(struct task_ref *task, LONG *error)
{
    HRESULT hr;

    if (!error) return E_POINTER;
    if (FAILED(hr = refresh_task(task, 0))) return hr;
    *error = hresult_from_core(task->final.error.code);
    return S_OK;
}

/* "" while the task runs or when it succeeded. */
HRESULT task_error_description(struct task_ref *task, BSTR *description)
{
    const vpcError *error;
    WCHAR *text = NULL;
    HRESULT hr;

    if (!description) return E_POINTER;
    *description = NULL;
    if (FAILED(hr = refresh_task(task, 0))) return hr;
    error = &task->final.error;
    /* Name the VM as the script knew it, also when it has vanished since,
     * and whole. */
    if (error->code != VPC_OK &&
        !(text = describe_vm_error(error, error->vm[0] ? task->vm_name : NULL)))
        return E_OUTOFMEMORY;
    *description = SysAllocString(text ? text : L"");
    LocalFree(text);
    return *description ? S_OK : E_OUTOFMEMORY;
}

HRESULT task_description(struct task_ref *task, BSTR *description)
{
    WCHAR *action, *text;

    if (!description) return E_POINTER;
    *description = NULL;
    if (task->description)
    {
        *description = SysAllocString(task->description);
        return *description ? S_OK : E_OUTOFMEMORY;
    }
    if (!(action = strdupAtoW_utf8(vpcActionName(task->action)))) return E_OUTOFMEMORY;
    text = format_string(IDS_TASK_DESCRIPTION, action, task->vm_name);
    free(action);
    if (!text) return E_OUTOFMEMORY;
    *description = SysAllocString(text);
    LocalFree(text);
    return *description ? S_OK : E_OUTOFMEMORY;
}

/* -1 waits until done; 0 to 4,000,000 ms otherwise.  S_OK either way:
 * IsComplete tells whether the task finished in time. */
HRESULT task_wait(struct task_ref *task, LONG timeout_ms)
{
    DWORD start = GetTickCount();
    HRESULT hr;

    if (timeout_ms < -1 || timeout_ms > WAIT_MAX_MS)
    {
        WCHAR value[16];
        char text[16];

        snprintf(text, sizeof(text), "%d", (int)timeout_ms);
        MultiByteToWideChar(CP_ACP, 0, text, -1, value, ARRAY_SIZE(value));
        return set_error(host_view_model(task->view), E_INVALIDARG, IDS_BAD_TIMEOUT, value);
    }

    for (;;)
    {
        DWORD waited = GetTickCount() - start;
        int slice = VPC_TASK_WAIT_MAX_MS;

        if (timeout_ms != -1)
            slice = waited >= (DWORD)timeout_ms ? 0 : min(slice, (int)(timeout_ms - waited));
        if (FAILED(hr = refresh_task(task, slice))) return hr;
        if (task->final.complete) return S_OK;
        if (timeout_ms != -1 && GetTickCount() - start >= (DWORD)timeout_ms) return S_OK;
    }
}

HRESULT task_cancel(enum object_model model)
{
    return set_error(model, E_FAIL, IDS_TASK_NOT_CANCELABLE);
}
