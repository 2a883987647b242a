/*
 * vpcsvc.exe: wine-vpc's resident backend, one per Wine prefix.
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
 * Scripts are short-lived; accounting is about a VM's whole life.  This
 * process, started on demand by vpccom.dll, keeps the libvirt connections,
 * events and once-a-second samples between scripts, as Virtual PC's vpc.exe
 * did, and answers vpccom.dll's requests on a named pipe.  It leaves after
 * IdleTimeout seconds with no client and no running VM.
 *
 * A named mutex makes it one per prefix (named objects live in the
 * prefix's wineserver): whoever creates it is the backend; a second one,
 * started in a race, leaves.  (Wine does not enforce
 * FILE_FLAG_FIRST_PIPE_INSTANCE, which would otherwise do.)
 */

#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "windef.h"
#include "winbase.h"
#include "winnls.h"

#include "vpcwin.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpcsvc);

#define PIPE_BUFFER_SIZE 65536
#define IDLE_CHECK_MS 500

static vpcService *service;
static LONG clients;
static SRWLOCK activity_lock = SRWLOCK_INIT;
static int64_t last_activity_ms;

static void note_activity(void)
{
    AcquireSRWLockExclusive(&activity_lock);
    last_activity_ms = vpcNowMonotonicMs();
    ReleaseSRWLockExclusive(&activity_lock);
}

/*
 * The process that started us waits for its own output to end (a test's
 * pipe, a terminal): keep none of its Unix file descriptors.  Our own
 * messages go to WINE_VPC_BACKEND_LOG when set.
 */
static void detach_stdio(void)
{
    const char *log = getenv("WINE_VPC_BACKEND_LOG");
    int null = open("/dev/null", O_RDWR), out = -1;

    if (log && *log) out = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (null < 0) return;
    dup2(null, 0);
    dup2(null, 1);
    dup2(out >= 0 ? out : null, 2);
    if (out >= 0) close(out);
    close(null);
}

/*
 * Where the accounting is kept across backends: PREFIX/.wine-vpc/accounting,
 * a Unix path for the core.  Wine names drive C: by its link in the
 * prefix's dosdevices directory, which gives the prefix.
 */
static char *accounts_path(void)
{
    static const char tail[] = "/dosdevices/c:/";
    const char *home = getenv("HOME"), *prefix_env = getenv("WINEPREFIX");
    char *drive_c = wine_get_unix_file_name(L"C:\\"), *prefix = NULL, *path = NULL;
    size_t len;

    if (drive_c && (len = strlen(drive_c)) > strlen(tail) &&
        !strcmp(drive_c + len - strlen(tail), tail))
    {
        drive_c[len - strlen(tail)] = 0;
        prefix = strdup(drive_c);
    }
    else if (prefix_env && *prefix_env) prefix = strdup(prefix_env);
    else if (home && *home && asprintf(&prefix, "%s/.wine", home) < 0) prefix = NULL;
    HeapFree(GetProcessHeap(), 0, drive_c);
    if (!prefix) return NULL;

    if (asprintf(&path, "%s/.wine-vpc", prefix) >= 0)
    {
        mkdir(path, 0700);
        free(path);
        if (asprintf(&path, "%s/.wine-vpc/accounting", prefix) < 0) path = NULL;
    }
    else path = NULL;
    free(prefix);
    return path;
}

static HANDLE create_instance(void)
{
    return CreateNamedPipeW(VPC_BACKEND_PIPE_NAME, PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED,
                            PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT,
                            PIPE_UNLIMITED_INSTANCES, PIPE_BUFFER_SIZE, PIPE_BUFFER_SIZE, 0, NULL);
}

static BOOL wait_io(HANDLE pipe, OVERLAPPED *ov, BOOL ok, DWORD *count)
{
    if (!ok && GetLastError() == ERROR_IO_PENDING)
        WaitForSingleObject(ov->hEvent, INFINITE);
    else if (!ok && GetLastError() != ERROR_MORE_DATA)
        return FALSE;
    return GetOverlappedResult(pipe, ov, count, FALSE);
}

/* One request: a whole message, however many reads it takes. */
static BOOL read_request(HANDLE pipe, OVERLAPPED *ov, vpcBuffer *request)
{
    BYTE chunk[PIPE_BUFFER_SIZE];
    DWORD count;
    BOOL ok;

    request->len = 0;
    for (;;)
    {
        ResetEvent(ov->hEvent);
        ok = wait_io(pipe, ov, ReadFile(pipe, chunk, sizeof(chunk), NULL, ov), &count);
        if (!ok && GetLastError() != ERROR_MORE_DATA) return FALSE;
        vpcBufferPutBytes(request, chunk, count);
        if (request->failed) return FALSE;
        if (ok) return TRUE;
    }
}

static DWORD WINAPI client_thread(void *arg)
{
    vpcBuffer request = { 0 }, response = { 0 };
    HANDLE pipe = arg;
    OVERLAPPED ov;
    DWORD count;

    memset(&ov, 0, sizeof(ov));
    ov.hEvent = CreateEventW(NULL, TRUE, FALSE, NULL);

    while (ov.hEvent && read_request(pipe, &ov, &request))
    {
        note_activity();
        response.len = 0;
        if (vpcServiceHandleRequest(service, request.data, request.len, &response) < 0 ||
            response.failed)
        {
            WARN("malformed request (%u bytes); dropping the client\n", (unsigned)request.len);
            break;
        }
        ResetEvent(ov.hEvent);
        if (!wait_io(pipe, &ov, WriteFile(pipe, response.data, response.len, NULL, &ov), &count) ||
            count != response.len)
            break;
    }

    vpcBufferClear(&request);
    vpcBufferClear(&response);
    if (ov.hEvent) CloseHandle(ov.hEvent);
    DisconnectNamedPipe(pipe);
    CloseHandle(pipe);
    note_activity();
    InterlockedDecrement(&clients);
    TRACE("client gone, %d left\n", (int)clients);
    return 0;
}

/* Idle means no client and no running VM, for idle_timeout seconds in a row. */
static BOOL idle_for_too_long(const struct vpc_settings *settings)
{
    int64_t idle_ms;

    if (clients > 0 || vpcServiceAnyRunning(service))
    {
        note_activity();
        return FALSE;
    }
    AcquireSRWLockShared(&activity_lock);
    idle_ms = vpcNowMonotonicMs() - last_activity_ms;
    ReleaseSRWLockShared(&activity_lock);
    return idle_ms >= (int64_t)settings->idle_timeout * 1000;
}

/*
 * For tools/wine-vpc status: the settings as the backend and vpccom.dll
 * read them (registry, then environment), one "key<TAB>value" a line, the
 * hosts' URIs without credentials; and which module this is.
 */
static int print_settings(void)
{
    struct vpc_settings settings;
    Dl_info module;
    size_t i;

    if (FAILED(load_settings(&settings))) return 1;
    printf("version\t%s\n", WINE_VPC_VERSION);
    if (dladdr((void *)print_settings, &module) && module.dli_fname)
        printf("module\t%s\n", module.dli_fname);
    for (i = 0; i < settings.hosts.nhosts; i++)
    {
        char *name = vpcHostName(settings.hosts.labels[i], settings.hosts.uris[i]);
        char *uri = vpcUriSanitize(settings.hosts.uris[i]);

        printf("host\t%s\t%s\n", name ? name : "", uri ? uri : "");
        free(name);
        free(uri);
    }
    printf("backend\t%s\n", settings.resident ? "resident" : "inproc");
    printf("idle_timeout\t%d\n", settings.idle_timeout);
    printf("host_timeout\t%d\n", settings.core.hostTimeoutMs);
    free_settings(&settings);
    return 0;
}

int main(int argc, char **argv)
{
    struct vpc_settings settings;
    HANDLE instance, thread, mutex;
    char *accounts;
    OVERLAPPED ov;
    DWORD count;
    BOOL connected;

    /* For tools/wine-vpc: cscript writes to pipes in the OEM code page of
     * the prefix's locale, which only a Windows process can ask for. */
    if (argc == 2 && !strcmp(argv[1], "--oem-codepage"))
    {
        printf("%u\n", GetOEMCP());
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "--settings"))
        return print_settings();

    detach_stdio();
    vpcwin_attach_core(__wine_dbch___default);

    mutex = CreateMutexW(NULL, FALSE, VPC_BACKEND_MUTEX_NAME);
    if (!mutex || GetLastError() == ERROR_ALREADY_EXISTS)
    {
        TRACE("another backend serves this prefix\n");
        return 0;
    }
    if ((instance = create_instance()) == INVALID_HANDLE_VALUE)
    {
        ERR("cannot create the pipe: %u\n", (unsigned)GetLastError());
        return 1;
    }
    if (FAILED(load_settings(&settings)) || !(service = vpcServiceNew(&settings.core)))
    {
        ERR("cannot start the service\n");
        return 1;
    }
    if ((accounts = accounts_path()) && vpcServiceKeepAccounts(service, accounts) == 0)
        TRACE("accounting kept in %s\n", accounts);
    else
        WARN("the accounting is not kept across backends (%s)\n", debugstr_a(accounts));
    free(accounts);
    TRACE("serving, idle timeout %d s, host timeout %d ms\n", settings.idle_timeout,
          settings.core.hostTimeoutMs);
    note_activity();

    memset(&ov, 0, sizeof(ov));
    ov.hEvent = CreateEventW(NULL, TRUE, FALSE, NULL);
    for (;;)
    {
        ResetEvent(ov.hEvent);
        connected = ConnectNamedPipe(instance, &ov);
        if (!connected && GetLastError() == ERROR_PIPE_CONNECTED)
            connected = TRUE;
        else if (!connected && GetLastError() == ERROR_IO_PENDING)
        {
            while (WaitForSingleObject(ov.hEvent, IDLE_CHECK_MS) == WAIT_TIMEOUT)
            {
                if (idle_for_too_long(&settings))
                {
                    TRACE("idle for %d s: leaving\n", settings.idle_timeout);
                    /* Tasks may still be writing; the process goes with them. */
                    ExitProcess(0);
                }
            }
            connected = GetOverlappedResult(instance, &ov, &count, FALSE);
        }

        if (!connected)
        {
            WARN("ConnectNamedPipe failed: %u\n", (unsigned)GetLastError());
            DisconnectNamedPipe(instance);
            continue;
        }

        InterlockedIncrement(&clients);
        note_activity();
        if (!(thread = CreateThread(NULL, 0, client_thread, instance, 0, NULL)))
        {
            ERR("cannot serve a client: %u\n", (unsigned)GetLastError());
            DisconnectNamedPipe(instance);
            CloseHandle(instance);
            InterlockedDecrement(&clients);
        }
        else CloseHandle(thread);

        while ((instance = create_instance()) == INVALID_HANDLE_VALUE)
        {
            ERR("cannot create a pipe instance: %u\n", (unsigned)GetLastError());
            Sleep(1000);
        }
    }
}
