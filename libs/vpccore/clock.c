/*
 * Clocks and waits: monotonic and real time, condition variables that
 * wait on the monotonic clock.
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

#include <pthread.h>
#include <errno.h>
#include <time.h>

#include "vpccore.h"

static int64_t
clockMs(clockid_t id)
{
    struct timespec ts;

    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}


int64_t
vpcNowMonotonicMs(void)
{
    return clockMs(CLOCK_MONOTONIC);
}


int64_t
vpcNowRealtimeMs(void)
{
    return clockMs(CLOCK_REALTIME);
}


int64_t
vpcNowMonotonicUs(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}


/* Waits on 'cond' (created with CLOCK_MONOTONIC) until 'untilMs' at most. */
void
vpcCondInitMonotonic(pthread_cond_t *cond)
{
    pthread_condattr_t attr;

    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(cond, &attr);
    pthread_condattr_destroy(&attr);
}


void
vpcCondWaitUntil(pthread_cond_t *cond, pthread_mutex_t *mutex, int64_t untilMs)
{
    int64_t left = untilMs - vpcNowMonotonicMs();
    struct timespec ts;

    if (left <= 0)
        return;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += left / 1000;
    ts.tv_nsec += (left % 1000) * 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_cond_timedwait(cond, mutex, &ts);
}
