/*
 * wine-vpc core: starting and joining the core's threads.
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
 * Every thread of the core (host monitors, poll workers, tasks, libvirt's
 * event loop, which runs libvirt's callbacks) logs, and its log ends in
 * Wine's debug channels when the core runs inside a Wine process.  A bare
 * pthread in a winelib process has no TEB of its own, so the first Wine call
 * on it faults.  The core therefore never calls pthread_create itself: it
 * asks the starter installed by its process, which is Wine's CreateThread in
 * vpccom.dll and vpcsvc.exe, and plain pthreads elsewhere (unit tests,
 * native tools).
 */

#include <pthread.h>
#include <stdint.h>

#include "vpccore.h"

static int
pthreadStart(void *(*func)(void *), void *arg, uintptr_t *handle)
{
    pthread_t thread;

    if (pthread_create(&thread, NULL, func, arg) != 0)
        return -1;
    *handle = (uintptr_t)thread;
    return 0;
}


static void
pthreadJoin(uintptr_t handle)
{
    pthread_join((pthread_t)handle, NULL);
}


static void
pthreadDetach(uintptr_t handle)
{
    pthread_detach((pthread_t)handle);
}


static const vpcThreadOps pthreadOps = { pthreadStart, pthreadJoin, pthreadDetach };
static const vpcThreadOps *threadOps = &pthreadOps;


void
vpcSetThreadOps(const vpcThreadOps *ops)
{
    threadOps = ops ? ops : &pthreadOps;
}


int
vpcThreadStart(vpcThread *thread, void *(*func)(void *), void *arg)
{
    thread->started = false;
    if (threadOps->start(func, arg, &thread->handle) < 0)
        return -1;
    thread->started = true;
    return 0;
}


void
vpcThreadJoin(vpcThread *thread)
{
    if (!thread->started)
        return;
    threadOps->join(thread->handle);
    thread->started = false;
}


void
vpcThreadDetach(vpcThread *thread)
{
    if (!thread->started)
        return;
    threadOps->detach(thread->handle);
    thread->started = false;
}
