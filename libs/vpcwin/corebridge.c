/*
 * wine-vpc: the core's threads and log inside a Wine process.
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
 * The core logs from its own threads (host monitors, poll workers, tasks and
 * libvirt's event loop, where libvirt's callbacks run).  Wine's debug
 * functions, like every Wine API, need the calling thread's TEB, which only
 * threads created by Wine have: a bare pthread faults on its first TRACE.
 * So the core's threads are started here with CreateThread.
 */

#include <stdarg.h>
#include <stdlib.h>

#include "windef.h"
#include "winbase.h"
#include "wine/debug.h"

#include "vpccore.h"
#include "vpcwin.h"

static struct __wine_debug_channel *core_channel;

struct thread_start
{
    void *(*func)(void *);
    void *arg;
};

static DWORD WINAPI core_thread_proc(void *param)
{
    struct thread_start start = *(struct thread_start *)param;

    free(param);
    start.func(start.arg);
    return 0;
}

static int start_wine_thread(void *(*func)(void *), void *arg, uintptr_t *handle)
{
    struct thread_start *start;
    HANDLE thread;

    if (!(start = malloc(sizeof(*start)))) return -1;
    start->func = func;
    start->arg = arg;
    if (!(thread = CreateThread(NULL, 0, core_thread_proc, start, 0, NULL)))
    {
        free(start);
        return -1;
    }
    *handle = (uintptr_t)thread;
    return 0;
}

static void join_wine_thread(uintptr_t handle)
{
    WaitForSingleObject((HANDLE)handle, INFINITE);
    CloseHandle((HANDLE)handle);
}

static void detach_wine_thread(uintptr_t handle)
{
    CloseHandle((HANDLE)handle);
}

static const vpcThreadOps wine_thread_ops = { start_wine_thread, join_wine_thread, detach_wine_thread };

static void log_from_core(vpcLogLevel level, const char *message)
{
    enum __wine_debug_class cls;

    switch (level)
    {
    case VPC_LOG_ERROR: cls = __WINE_DBCL_ERR; break;
    case VPC_LOG_WARN: cls = __WINE_DBCL_WARN; break;
    default: cls = __WINE_DBCL_TRACE; break;
    }
    if (__wine_dbg_get_channel_flags(core_channel) & (1 << cls))
        wine_dbg_log(cls, core_channel, "core", "%s\n", message);
}

void vpcwin_attach_core(struct __wine_debug_channel *channel)
{
    core_channel = channel;
    vpcSetThreadOps(&wine_thread_ops);
    vpcSetLogFunc(log_from_core);
}
