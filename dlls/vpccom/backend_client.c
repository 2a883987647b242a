/*
 * vpccom.dll: the pipe to the resident backend, vpcsvc.exe, started on
 * demand.
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
 * One backend per prefix: the named pipe lives in the prefix's wineserver,
 * and the backend that creates its first instance is the only one (a
 * second one started in a race finds it taken and leaves).  This process
 * keeps one connection and sends one request at a time on it.  A backend
 * that died is noticed on the next request (its pipe is broken), started
 * again, and the request is sent again, as often as it takes within the
 * request's own deadline: the script gets its answer even while backends
 * are being killed under it.  Every wait is bounded by that deadline.
 */

#include <stdlib.h>
#include <string.h>

#include "vpccom_private.h"
#include "vpcproto.h"

VPCCOM_DEBUG_CHANNEL;

struct backend_pipe
{
    SRWLOCK lock;
    HANDLE pipe;
    HANDLE io_done;             /* the exchanges' event, made once: under lock */
    DWORD answer_timeout_ms;
};

static struct backend_pipe backend_pipe = { SRWLOCK_INIT, INVALID_HANDLE_VALUE };

static HANDLE open_pipe(void)
{
    DWORD mode = PIPE_READMODE_MESSAGE;
    HANDLE pipe;

    pipe = CreateFileW(VPC_BACKEND_PIPE_NAME, GENERIC_READ | GENERIC_WRITE, 0, NULL,
                       OPEN_EXISTING, FILE_FLAG_OVERLAPPED, NULL);
    if (pipe == INVALID_HANDLE_VALUE) return pipe;
    if (!SetNamedPipeHandleState(pipe, &mode, NULL, NULL))
    {
        CloseHandle(pipe);
        return INVALID_HANDLE_VALUE;
    }
    return pipe;
}

/* 0, or the Win32 error of the attempt. */
static DWORD start_backend(void)
{
    WCHAR path[MAX_PATH], cmdline[MAX_PATH + 2];
    PROCESS_INFORMATION info;
    STARTUPINFOW startup;
    DWORD error;
    UINT len;

    len = GetSystemDirectoryW(path, MAX_PATH - 12);
    if (!len || len >= MAX_PATH - 12) return ERROR_BUFFER_OVERFLOW;
    lstrcatW(path, L"\\vpcsvc.exe");
    cmdline[0] = '"';
    lstrcpyW(cmdline + 1, path);
    lstrcatW(cmdline, L"\"");

    memset(&startup, 0, sizeof(startup));
    startup.cb = sizeof(startup);
    /* Detached: no console, and the script's stdout is not held open. */
    if (!CreateProcessW(path, cmdline, NULL, NULL, FALSE,
                        DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP, NULL, NULL, &startup, &info))
    {
        error = GetLastError();
        WARN("cannot start %s: error %u\n", debugstr_w(path), (unsigned)error);
        return error ? error : ERROR_GEN_FAILURE;
    }
    TRACE("started the backend, pid %u\n", (unsigned)info.dwProcessId);
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return 0;
}

/* A backend started this long ago without its pipe appearing is started
 * again: it may have been killed before it created it. */
#define RESTART_AFTER_MS 2000

/* Connects to the backend, starting it when there is none, until
 * 'deadline' (a GetTickCount value). */
static HANDLE connect_backend(DWORD deadline, vpcError *err)
{
    DWORD started_at = 0, start_error = 0;
    BOOL started = FALSE;
    HANDLE pipe;

    for (;;)
    {
        if ((pipe = open_pipe()) != INVALID_HANDLE_VALUE) return pipe;

        switch (GetLastError())
        {
        case ERROR_PIPE_BUSY:
            WaitNamedPipeW(VPC_BACKEND_PIPE_NAME, 100);
            break;
        case ERROR_FILE_NOT_FOUND:
            if (!started || GetTickCount() - started_at >= RESTART_AFTER_MS)
            {
                /* A missing program fails at once; anything else (a process
                 * start refused while backends are being killed around it)
                 * is tried again until the deadline. */
                start_error = start_backend();
                if (start_error == ERROR_FILE_NOT_FOUND || start_error == ERROR_PATH_NOT_FOUND)
                {
                    vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL,
                                "vpcsvc.exe could not be started (is wine-vpc installed in this prefix?)");
                    return INVALID_HANDLE_VALUE;
                }
                started = !start_error;
                started_at = GetTickCount();
            }
            Sleep(start_error ? 100 : 20);
            break;
        default:
            vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "cannot open its pipe (error %u)",
                        (unsigned)GetLastError());
            return INVALID_HANDLE_VALUE;
        }

        if ((int)(GetTickCount() - deadline) >= 0)
        {
            if (start_error)
            {
                vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL,
                            "vpcsvc.exe could not be started (error %u)", (unsigned)start_error);
                return INVALID_HANDLE_VALUE;
            }
            SetLastError(ERROR_TIMEOUT);
            return INVALID_HANDLE_VALUE;
        }
    }
}

/* Waits for an overlapped operation within the timeout, or cancels it.
 * Returns the operation's result as GetOverlappedResult gives it. */
static BOOL wait_io(HANDLE pipe, OVERLAPPED *ov, BOOL ok, DWORD timeout_ms, DWORD *count)
{
    if (!ok && GetLastError() == ERROR_IO_PENDING &&
        WaitForSingleObject(ov->hEvent, timeout_ms) != WAIT_OBJECT_0)
    {
        CancelIo(pipe);
        GetOverlappedResult(pipe, ov, count, TRUE);
        SetLastError(ERROR_TIMEOUT);
        return FALSE;
    }
    if (!ok && GetLastError() != ERROR_IO_PENDING && GetLastError() != ERROR_MORE_DATA)
        return FALSE;
    return GetOverlappedResult(pipe, ov, count, FALSE);
}

/* Sends one message and reads the one message that answers it, in chunks
 * (ERROR_MORE_DATA) when it is large.  The event is the connection's: a
 * script reading one VM's scheduling after another makes a request per VM,
 * and an event made and closed for each cost two more wineserver calls. */
static BOOL exchange(HANDLE pipe, HANDLE event, const vpcBuffer *request, vpcBuffer *response,
                     DWORD timeout_ms)
{
    BYTE chunk[65536];
    OVERLAPPED ov;
    DWORD count = 0;
    BOOL ok;

    memset(&ov, 0, sizeof(ov));
    ov.hEvent = event;
    ResetEvent(ov.hEvent);

    ok = wait_io(pipe, &ov, WriteFile(pipe, request->data, request->len, NULL, &ov),
                 timeout_ms, &count);
    ok = ok && count == request->len;

    while (ok)
    {
        ResetEvent(ov.hEvent);
        ok = wait_io(pipe, &ov, ReadFile(pipe, chunk, sizeof(chunk), NULL, &ov), timeout_ms,
                     &count);
        if (!ok && GetLastError() != ERROR_MORE_DATA) break;
        vpcBufferPutBytes(response, chunk, count);
        if (response->failed) ok = FALSE;
        else if (ok) break;         /* the whole message is in */
        else ok = TRUE;             /* more of it to come */
    }
    return ok;
}

/* The pipe broke (the backend exited or was killed), as opposed to a
 * backend that is alive and does not answer. */
static BOOL pipe_broke(DWORD error)
{
    return error == ERROR_BROKEN_PIPE || error == ERROR_PIPE_NOT_CONNECTED ||
           error == ERROR_NO_DATA || error == ERROR_INVALID_HANDLE;
}

/*
 * Sends the request until a backend answers it, within the request's own
 * deadline.  A broken pipe costs a reconnection (and a new backend when the
 * old one is gone), not the request; a backend that is alive and silent
 * costs the deadline, once.  The error says which happened.
 */
static int pipe_transport(void *opaque, const vpcBuffer *request, vpcBuffer *response,
                          vpcError *err)
{
    struct backend_pipe *bp = opaque;
    DWORD start = GetTickCount(), deadline = start + bp->answer_timeout_ms, error;
    unsigned int broken = 0;
    int rc = -1;

    AcquireSRWLockExclusive(&bp->lock);
    for (;;)
    {
        DWORD left = deadline - GetTickCount();

        if ((int)left <= 0) break;
        if (bp->pipe == INVALID_HANDLE_VALUE &&
            (bp->pipe = connect_backend(deadline, err)) == INVALID_HANDLE_VALUE)
        {
            if (GetLastError() == ERROR_TIMEOUT) break;
            ReleaseSRWLockExclusive(&bp->lock);
            return -1;          /* cannot be started at all: err says why */
        }

        if (!bp->io_done && !(bp->io_done = CreateEventW(NULL, TRUE, FALSE, NULL)))
        {
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, NULL, NULL, NULL);
            ReleaseSRWLockExclusive(&bp->lock);
            return -1;
        }
        response->len = 0;
        if (exchange(bp->pipe, bp->io_done, request, response, left))
        {
            rc = 0;
            break;
        }
        error = GetLastError();
        CloseHandle(bp->pipe);
        bp->pipe = INVALID_HANDLE_VALUE;
        if (!pipe_broke(error))
        {
            WARN("no answer from the backend (error %u)\n", (unsigned)error);
            vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL, "it did not answer within %u s",
                        (unsigned)(bp->answer_timeout_ms / 1000));
            ReleaseSRWLockExclusive(&bp->lock);
            return -1;
        }
        broken++;
        WARN("the backend's pipe broke (error %u, %u times for this request); reconnecting\n",
             (unsigned)error, broken);
        /* A backend being started, or killed again: give it a moment. */
        Sleep(min(20 * broken, 200));
    }
    if (rc < 0)
    {
        if (broken)
            vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL,
                        "its pipe broke %u times (the backend exited or was killed), and no "
                        "new backend answered within %u s", broken,
                        (unsigned)(bp->answer_timeout_ms / 1000));
        else
            vpcErrorSet(err, VPC_ERR_BACKEND, NULL, NULL,
                        "no backend started and answered within %u s",
                        (unsigned)(bp->answer_timeout_ms / 1000));
    }
    ReleaseSRWLockExclusive(&bp->lock);
    return rc;
}

/* A remote backend, or NULL when none can be reached (the caller then runs
 * the service in process). */
vpcBackend *create_resident_backend(const struct vpc_settings *settings)
{
    vpcBackend *backend;
    int64_t uptime;
    vpcError err;

    /* Bounded: every request the backend serves waits at most
     * hostTimeout for the hosts it needs. */
    backend_pipe.answer_timeout_ms = max(3 * settings->core.hostTimeoutMs, 15000);
    if (!(backend = vpcBackendNewRemote(pipe_transport, &backend_pipe))) return NULL;

    if (vpcBackendUptime(backend, &uptime, &err) < 0)
    {
        WARN("the resident backend is not available (%s); using the in-process one\n",
             debugstr_a(err.detail));
        vpcBackendFree(backend);
        return NULL;
    }
    TRACE("resident backend up for %d s\n", (int)uptime);
    return backend;
}

/* A connection of its own for the event thread: its long poll must not hold
 * up the script's requests, which share the other one. */
vpcBackend *create_resident_event_backend(const struct vpc_settings *settings)
{
    struct backend_pipe *pipe;
    vpcBackend *backend;

    if (!(pipe = calloc(1, sizeof(*pipe)))) return NULL;
    InitializeSRWLock(&pipe->lock);
    pipe->pipe = INVALID_HANDLE_VALUE;
    /* Longer than the longest wait the backend may take to answer. */
    pipe->answer_timeout_ms = max(3 * settings->core.hostTimeoutMs, 15000);
    if (!(backend = vpcBackendNewRemote(pipe_transport, pipe))) free(pipe);
    /* Kept until the process ends, like the script's connection. */
    return backend;
}
