/*
 * vpccom.dll: event sources of the application and VM objects
 * (IConnectionPointContainer, IConnectionPoint and their enumerators), and
 * the thread that brings the backend's events to their sinks.
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
 * How an event travels: libvirt tells the backend's host monitor, which
 * posts it to the service's journal; this process's event thread, waiting
 * in a long poll on a connection of its own (VPC_REQ_WAIT_EVENTS), gets it
 * at once and posts it to a hidden window of the thread that connected
 * the sink; that thread calls the sink the next time it pumps messages
 * (Windows Script Host does in WScript.Sleep), as COM would for an
 * apartment.  The event thread runs only while some sink is connected.
 *
 * Lifetimes: an event source belongs to its object and is freed when both
 * the object and every event in flight to it are gone (its own count).
 * Sinks are called without any lock held: a sink may disconnect itself,
 * release the object or sleep (pumping further events) from inside.
 */

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "olectl.h"
#include "winuser.h"

VPCCOM_DEBUG_CHANNEL;

/* Asking again after the backend did not answer, until it does. */
#define EVENT_RETRY_MS 1000
#define WM_VPC_EVENT (WM_USER + 1)

struct connection
{
    DWORD cookie;
    IDispatch *sink;
};

struct event_source
{
    IConnectionPointContainer IConnectionPointContainer_iface;
    IConnectionPoint IConnectionPoint_iface;
    LONG ref;                   /* the object's, the pump's and each event's in flight */
    IUnknown *outer;            /* the object, not held: it holds us */
    BOOL alive;                 /* the object still exists */
    IID iid;                    /* the outgoing interface */
    struct event_dispids dispids;
    struct host_view *view;
    char *host_uri;             /* NULL: every VM of the view's hosts */
    char uuid[VPC_UUID_STRING_LEN];
    HWND window;                /* of the thread that connected the first sink */
    struct connection *connections;
    size_t count, capacity;
    DWORD next_cookie;
    BOOL pumped;                /* in pump.sources, which holds a reference */
};

/* Everything below is under pump.lock. */
static struct
{
    SRWLOCK lock;
    struct event_source **sources;  /* the sources with at least one sink */
    size_t nsources, capacity;
    BOOL running;               /* the thread runs (maybe finishing its last wait) */
    struct host_view *view;     /* whose backend and hosts the thread asks */
    vpcEventCursor cursor;
    LONG epoch;                 /* bumped when the cursor starts again at "now" */
    struct { DWORD thread; HWND window; } windows[16];
} pump = { SRWLOCK_INIT };

/* One event on its way to a source's sinks. */
struct delivery
{
    struct event_source *source;    /* held */
    vpcEventKind kind;
    vpcVMState state;
    BSTR name;
};

static void source_release(struct event_source *source)
{
    size_t i;

    if (InterlockedDecrement(&source->ref)) return;
    for (i = 0; i < source->count; i++)
        IDispatch_Release(source->connections[i].sink);
    free(source->connections);
    host_view_release(source->view);
    free(source->host_uri);
    free(source);
}

/* Calls the sinks connected now, one by one, each only if it is still
 * connected when its turn comes (one may disconnect another). */
static void deliver(struct delivery *delivery)
{
    struct event_source *source = delivery->source;
    struct connection *copy = NULL;
    DISPPARAMS params = { NULL, NULL, 0, 0 };
    VARIANT args[2];
    size_t count = 0, i, j;
    DISPID member;

    switch (delivery->kind)
    {
    case VPC_EVENT_STATE_CHANGE: member = source->dispids.state_change; break;
    case VPC_EVENT_HEARTBEAT_STOPPED: member = source->dispids.heartbeat_stopped; break;
    case VPC_EVENT_RESET: member = source->dispids.reset; break;
    default: member = DISPID_UNKNOWN; break;
    }

    /* Arguments in reverse: the VM's name first for the application's
     * events, then the state where the event has one. */
    if (delivery->kind == VPC_EVENT_STATE_CHANGE)
    {
        V_VT(&args[0]) = VT_I4;
        V_I4(&args[0]) = delivery->state;
        params.cArgs++;
    }
    if (!source->host_uri)
    {
        V_VT(&args[params.cArgs]) = VT_BSTR;
        V_BSTR(&args[params.cArgs]) = delivery->name;
        params.cArgs++;
    }
    params.rgvarg = params.cArgs ? args : NULL;

    /* What the sink reads next must show what the event said (a stopped
     * heartbeat reads IsHeartbeating FALSE), not the snapshot from before. */
    host_view_note_change();

    AcquireSRWLockExclusive(&pump.lock);
    if (source->alive && source->count && member != DISPID_UNKNOWN &&
        (copy = malloc(source->count * sizeof(*copy))))
    {
        for (count = 0; count < source->count; count++)
        {
            copy[count] = source->connections[count];
            IDispatch_AddRef(copy[count].sink);
        }
    }
    ReleaseSRWLockExclusive(&pump.lock);

    for (i = 0; i < count; i++)
    {
        BOOL connected = FALSE;
        HRESULT hr;

        AcquireSRWLockExclusive(&pump.lock);
        for (j = 0; j < source->count && !connected; j++)
            connected = source->connections[j].cookie == copy[i].cookie;
        ReleaseSRWLockExclusive(&pump.lock);
        if (!connected) continue;
        TRACE("event %u of %s to sink %u: member %d\n", delivery->kind,
              debugstr_w(delivery->name), (unsigned)copy[i].cookie, (int)member);
        hr = IDispatch_Invoke(copy[i].sink, member, &IID_NULL, LOCALE_USER_DEFAULT,
                              DISPATCH_METHOD, &params, NULL, NULL, NULL);
        if (FAILED(hr)) TRACE("the sink answered %#x\n", (unsigned)hr);
    }
    for (i = 0; i < count; i++)
        IDispatch_Release(copy[i].sink);
    free(copy);
    SysFreeString(delivery->name);
    source_release(source);
    free(delivery);
}

static LRESULT CALLBACK event_window_proc(HWND window, UINT message, WPARAM wparam, LPARAM lparam)
{
    if (message == WM_VPC_EVENT)
    {
        deliver((struct delivery *)lparam);
        return 0;
    }
    return DefWindowProcW(window, message, wparam, lparam);
}

/* The hidden window of the calling thread, through which its sinks get
 * their events; created on first use, gone with the thread. */
static HWND thread_window(void)
{
    static const WCHAR class_name[] = L"wine-vpc event window";
    static LONG registered;
    DWORD thread = GetCurrentThreadId(), owner;
    HWND window = NULL;
    size_t i, slot = 0;

    if (!registered)
    {
        WNDCLASSW cls = { 0 };

        cls.lpfnWndProc = event_window_proc;
        cls.hInstance = get_vpccom_instance();
        cls.lpszClassName = class_name;
        if (RegisterClassW(&cls) || GetLastError() == ERROR_CLASS_ALREADY_EXISTS)
            InterlockedExchange(&registered, 1);
    }

    AcquireSRWLockExclusive(&pump.lock);
    for (i = 0; i < ARRAY_SIZE(pump.windows) && !window; i++)
    {
        if (pump.windows[i].thread == thread && IsWindow(pump.windows[i].window) &&
            GetWindowThreadProcessId(pump.windows[i].window, &owner) == thread)
            window = pump.windows[i].window;
        else if (!pump.windows[i].window || !IsWindow(pump.windows[i].window))
            slot = i;
    }
    ReleaseSRWLockExclusive(&pump.lock);
    if (window) return window;

    window = CreateWindowExW(0, class_name, NULL, 0, 0, 0, 0, 0, HWND_MESSAGE, NULL,
                             get_vpccom_instance(), NULL);
    if (!window)
    {
        WARN("no window for events (error %u)\n", (unsigned)GetLastError());
        return NULL;
    }
    AcquireSRWLockExclusive(&pump.lock);
    pump.windows[slot].thread = thread;
    pump.windows[slot].window = window;
    ReleaseSRWLockExclusive(&pump.lock);
    return window;
}

/* Under the lock: does 'source' raise this event? */
static BOOL source_wants(const struct event_source *source, const vpcEvent *event)
{
    DISPID member = event->kind == VPC_EVENT_STATE_CHANGE ? source->dispids.state_change :
                    event->kind == VPC_EVENT_HEARTBEAT_STOPPED ? source->dispids.heartbeat_stopped :
                    event->kind == VPC_EVENT_RESET ? source->dispids.reset : DISPID_UNKNOWN;

    if (member == DISPID_UNKNOWN || !source->window) return FALSE;
    if (!source->host_uri) return host_view_has_host(source->view, event->hostUri);
    return !strcmp(source->host_uri, event->hostUri) && !strcasecmp(source->uuid, event->uuid);
}

/* Under the lock: hands one event to every source that raises it. */
static void post_event_locked(const vpcEvent *event)
{
    size_t i;

    for (i = 0; i < pump.nsources; i++)
    {
        struct event_source *source = pump.sources[i];
        struct delivery *delivery;
        WCHAR *name;

        if (!source_wants(source, event) || !(delivery = calloc(1, sizeof(*delivery)))) continue;
        name = strdupAtoW_utf8(event->name);
        delivery->name = SysAllocString(name);
        free(name);
        delivery->kind = event->kind;
        delivery->state = event->state;
        delivery->source = source;
        InterlockedIncrement(&source->ref);
        /* The list's reference keeps the source above 0 here. */
        if (!PostMessageW(source->window, WM_VPC_EVENT, 0, (LPARAM)delivery))
        {
            WARN("event of %s lost: its thread's window is gone\n", debugstr_a(event->name));
            InterlockedDecrement(&source->ref);
            SysFreeString(delivery->name);
            free(delivery);
        }
    }
}

/* Under the lock: the hosts of every source, for a backend that must watch
 * them (a new one after a restart knows none). */
static BOOL pump_hosts_locked(vpcHostList *hosts)
{
    size_t i, j;
    BOOL ok = TRUE;

    memset(hosts, 0, sizeof(*hosts));
    for (i = 0; i < pump.nsources && ok; i++)
    {
        const struct event_source *source = pump.sources[i];
        const vpcHostList *view_hosts = host_view_hosts(source->view);

        if (source->host_uri)
            ok = vpcHostListAdd(hosts, source->host_uri) >= 0;
        else if (!view_hosts->nhosts)
            ok = vpcHostListAdd(hosts, "") >= 0;
        for (j = 0; j < view_hosts->nhosts && ok && !source->host_uri; j++)
            ok = vpcHostListAdd(hosts, view_hosts->uris[j]) >= 0;
    }
    return ok;
}

static DWORD WINAPI pump_thread(void *module)
{
    for (;;)
    {
        struct host_view *view;
        vpcHostList hosts;
        vpcEventCursor cursor;
        vpcEventList events;
        vpcError err;
        LONG epoch;
        size_t i;

        AcquireSRWLockExclusive(&pump.lock);
        if (!pump.nsources)
        {
            view = pump.view;
            pump.view = NULL;
            pump.running = FALSE;
            ReleaseSRWLockExclusive(&pump.lock);
            host_view_release(view);
            TRACE("no sink left: the event thread ends\n");
            break;
        }
        cursor = pump.cursor;
        epoch = pump.epoch;
        view = pump.view;
        host_view_addref(view);
        if (!pump_hosts_locked(&hosts))
            vpcHostListClear(&hosts);
        ReleaseSRWLockExclusive(&pump.lock);

        /* Every host's events: application objects of other hosts
         * (CreateObject with a server) may join while this waits. */
        if (FAILED(host_view_wait_events(view, &hosts, &cursor, VPC_EVENT_WAIT_MAX_MS, &events,
                                         &err)))
        {
            WARN("events: the backend did not answer (%s); asking again in %u ms\n",
                 debugstr_a(err.detail), EVENT_RETRY_MS);
            vpcHostListClear(&hosts);
            host_view_release(view);
            Sleep(EVENT_RETRY_MS);
            continue;
        }
        vpcHostListClear(&hosts);
        if (events.restarted)
            WARN("events: the backend was restarted; changes made meanwhile raised no event\n");
        if (events.lost)
            WARN("events: %s events came faster than they were fetched and were lost\n",
                 wine_dbgstr_longlong(events.lost));

        AcquireSRWLockExclusive(&pump.lock);
        /* A cursor set anew meanwhile: these events are from before it. */
        if (epoch == pump.epoch)
        {
            pump.cursor = cursor;
            for (i = 0; i < events.count; i++)
                post_event_locked(&events.events[i]);
        }
        ReleaseSRWLockExclusive(&pump.lock);
        vpcEventListClear(&events);
        host_view_release(view);
    }
    FreeLibraryAndExitThread(module, 0);
    return 0;
}

/* Under the lock: starts the thread if it does not run. */
static BOOL pump_start_locked(struct host_view *view)
{
    HMODULE module;
    HANDLE thread;

    if (pump.running) return TRUE;
    /* The thread holds the module: code of ours runs until it returns. */
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, (const WCHAR *)pump_thread,
                            &module))
        return FALSE;
    host_view_addref(view);
    pump.view = view;
    if (!(thread = CreateThread(NULL, 0, pump_thread, module, 0, NULL)))
    {
        WARN("cannot start the event thread (error %u)\n", (unsigned)GetLastError());
        pump.view = NULL;
        host_view_release(view);
        FreeLibrary(module);
        return FALSE;
    }
    CloseHandle(thread);
    pump.running = TRUE;
    return TRUE;
}

/* IConnectionPoint */

static inline struct event_source *impl_from_IConnectionPoint(IConnectionPoint *iface)
{
    return CONTAINING_RECORD(iface, struct event_source, IConnectionPoint_iface);
}

static HRESULT WINAPI point_QueryInterface(IConnectionPoint *iface, REFIID riid, void **obj)
{
    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IConnectionPoint) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IConnectionPoint_AddRef(iface);
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}

/* A connection point keeps its object alive. */
static ULONG WINAPI point_AddRef(IConnectionPoint *iface)
{
    return IUnknown_AddRef(impl_from_IConnectionPoint(iface)->outer);
}

static ULONG WINAPI point_Release(IConnectionPoint *iface)
{
    return IUnknown_Release(impl_from_IConnectionPoint(iface)->outer);
}

static HRESULT WINAPI point_GetConnectionInterface(IConnectionPoint *iface, IID *iid)
{
    TRACE("%p, %p\n", iface, iid);

    if (!iid) return E_POINTER;
    *iid = impl_from_IConnectionPoint(iface)->iid;
    return S_OK;
}

static HRESULT WINAPI point_GetConnectionPointContainer(IConnectionPoint *iface,
                                                       IConnectionPointContainer **container)
{
    struct event_source *source = impl_from_IConnectionPoint(iface);

    TRACE("%p, %p\n", iface, container);

    if (!container) return E_POINTER;
    *container = &source->IConnectionPointContainer_iface;
    IConnectionPointContainer_AddRef(*container);
    return S_OK;
}

static HRESULT WINAPI point_Advise(IConnectionPoint *iface, IUnknown *unk, DWORD *cookie)
{
    struct event_source *source = impl_from_IConnectionPoint(iface);
    vpcEventCursor cursor = { 0, 0 };
    struct connection *grown;
    BOOL started;
    IDispatch *sink;
    vpcError err;
    HWND window;
    HRESULT hr;

    TRACE("%p, %p, %p\n", iface, unk, cookie);

    if (!unk || !cookie) return E_POINTER;
    *cookie = 0;
    /* A sink answers the outgoing interface; script hosts' answer
     * IDispatch and take any DISPID. */
    if (FAILED(IUnknown_QueryInterface(unk, &source->iid, (void **)&sink)) &&
        FAILED(IUnknown_QueryInterface(unk, &IID_IDispatch, (void **)&sink)))
        return CONNECT_E_CANNOTCONNECT;
    if (!(window = thread_window()))
    {
        IDispatch_Release(sink);
        return CONNECT_E_ADVISELIMIT;
    }

    /* One round trip, here, so that a change made right after
     * ConnectObject is not missed: the backend watches this object's hosts
     * and is connected to them when it answers, and the first sink of the
     * process starts the events at "now". */
    if (FAILED(hr = host_view_watch_events(source->view, &cursor, &err)))
    {
        IDispatch_Release(sink);
        return raise_core_error(host_view_model(source->view), &err);
    }

    AcquireSRWLockExclusive(&pump.lock);
    if (source->count == source->capacity)
    {
        size_t capacity = source->capacity ? 2 * source->capacity : 4;

        if (!(grown = realloc(source->connections, capacity * sizeof(*grown))))
        {
            ReleaseSRWLockExclusive(&pump.lock);
            IDispatch_Release(sink);
            return E_OUTOFMEMORY;
        }
        source->connections = grown;
        source->capacity = capacity;
    }
    if (!source->pumped && pump.nsources == pump.capacity)
    {
        size_t capacity = pump.capacity ? 2 * pump.capacity : 8;
        struct event_source **sources = realloc(pump.sources, capacity * sizeof(*sources));

        if (!sources)
        {
            ReleaseSRWLockExclusive(&pump.lock);
            IDispatch_Release(sink);
            return E_OUTOFMEMORY;
        }
        pump.sources = sources;
        pump.capacity = capacity;
    }
    if (!pump.nsources)
    {
        pump.cursor = cursor;
        pump.epoch++;
    }
    if (!source->window) source->window = window;
    if (!(started = pump_start_locked(source->view)))
    {
        ReleaseSRWLockExclusive(&pump.lock);
        IDispatch_Release(sink);
        return E_OUTOFMEMORY;
    }
    if (!++source->next_cookie) ++source->next_cookie;
    source->connections[source->count].cookie = *cookie = source->next_cookie;
    source->connections[source->count].sink = sink;
    source->count++;
    if (!source->pumped)
    {
        source->pumped = TRUE;
        InterlockedIncrement(&source->ref);
        pump.sources[pump.nsources++] = source;
    }
    ReleaseSRWLockExclusive(&pump.lock);
    TRACE("sink %u connected\n", (unsigned)*cookie);
    return S_OK;
}

/* Under the lock: takes the source off the thread's list once it has no
 * sink; returns whether the caller must drop the list's reference. */
static BOOL unpump_locked(struct event_source *source)
{
    size_t i;

    if (source->count || !source->pumped) return FALSE;
    source->pumped = FALSE;
    for (i = 0; i < pump.nsources; i++)
    {
        if (pump.sources[i] != source) continue;
        pump.sources[i] = pump.sources[--pump.nsources];
        break;
    }
    return TRUE;
}

static HRESULT WINAPI point_Unadvise(IConnectionPoint *iface, DWORD cookie)
{
    struct event_source *source = impl_from_IConnectionPoint(iface);
    IDispatch *sink = NULL;
    BOOL unpumped = FALSE;
    size_t i;

    TRACE("%p, %u\n", iface, (unsigned)cookie);

    AcquireSRWLockExclusive(&pump.lock);
    for (i = 0; i < source->count && !sink; i++)
    {
        if (source->connections[i].cookie != cookie) continue;
        sink = source->connections[i].sink;
        memmove(&source->connections[i], &source->connections[i + 1],
                (source->count - i - 1) * sizeof(*source->connections));
        source->count--;
        unpumped = unpump_locked(source);
    }
    ReleaseSRWLockExclusive(&pump.lock);
    if (!sink) return CONNECT_E_NOCONNECTION;
    IDispatch_Release(sink);
    if (unpumped) source_release(source);
    return S_OK;
}

/* IEnumConnections: a copy of the connections when it was made. */
struct enum_connections
{
    IEnumConnections IEnumConnections_iface;
    LONG ref;
    CONNECTDATA *data;
    ULONG count, position;
};

static inline struct enum_connections *impl_from_IEnumConnections(IEnumConnections *iface)
{
    return CONTAINING_RECORD(iface, struct enum_connections, IEnumConnections_iface);
}

static const IEnumConnectionsVtbl enum_connections_vtbl;

static HRESULT create_enum_connections(const CONNECTDATA *data, ULONG count, ULONG position,
                                       IEnumConnections **ret)
{
    struct enum_connections *e;
    ULONG i;

    if (!(e = calloc(1, sizeof(*e))) || (count && !(e->data = calloc(count, sizeof(*e->data)))))
    {
        free(e);
        return E_OUTOFMEMORY;
    }
    e->IEnumConnections_iface.lpVtbl = &enum_connections_vtbl;
    e->ref = 1;
    e->count = count;
    e->position = position;
    for (i = 0; i < count; i++)
    {
        e->data[i] = data[i];
        IUnknown_AddRef(e->data[i].pUnk);
    }
    *ret = &e->IEnumConnections_iface;
    return S_OK;
}

static HRESULT WINAPI enum_connections_QueryInterface(IEnumConnections *iface, REFIID riid,
                                                      void **obj)
{
    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IEnumConnections) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IEnumConnections_AddRef(iface);
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI enum_connections_AddRef(IEnumConnections *iface)
{
    return InterlockedIncrement(&impl_from_IEnumConnections(iface)->ref);
}

static ULONG WINAPI enum_connections_Release(IEnumConnections *iface)
{
    struct enum_connections *e = impl_from_IEnumConnections(iface);
    ULONG ref = InterlockedDecrement(&e->ref), i;

    if (!ref)
    {
        for (i = 0; i < e->count; i++)
            IUnknown_Release(e->data[i].pUnk);
        free(e->data);
        free(e);
    }
    return ref;
}

static HRESULT WINAPI enum_connections_Next(IEnumConnections *iface, ULONG wanted,
                                            CONNECTDATA *out, ULONG *fetched)
{
    struct enum_connections *e = impl_from_IEnumConnections(iface);
    ULONG n = 0;

    TRACE("%p, %u, %p, %p\n", iface, (unsigned)wanted, out, fetched);

    if (!out || (wanted > 1 && !fetched)) return E_POINTER;
    while (n < wanted && e->position < e->count)
    {
        out[n] = e->data[e->position++];
        IUnknown_AddRef(out[n].pUnk);
        n++;
    }
    if (fetched) *fetched = n;
    return n == wanted ? S_OK : S_FALSE;
}

static HRESULT WINAPI enum_connections_Skip(IEnumConnections *iface, ULONG count)
{
    struct enum_connections *e = impl_from_IEnumConnections(iface);

    if (count > e->count - e->position)
    {
        e->position = e->count;
        return S_FALSE;
    }
    e->position += count;
    return S_OK;
}

static HRESULT WINAPI enum_connections_Reset(IEnumConnections *iface)
{
    impl_from_IEnumConnections(iface)->position = 0;
    return S_OK;
}

static HRESULT WINAPI enum_connections_Clone(IEnumConnections *iface, IEnumConnections **ret)
{
    struct enum_connections *e = impl_from_IEnumConnections(iface);

    if (!ret) return E_POINTER;
    return create_enum_connections(e->data, e->count, e->position, ret);
}

static const IEnumConnectionsVtbl enum_connections_vtbl =
{
    enum_connections_QueryInterface,
    enum_connections_AddRef,
    enum_connections_Release,
    enum_connections_Next,
    enum_connections_Skip,
    enum_connections_Reset,
    enum_connections_Clone,
};

static HRESULT WINAPI point_EnumConnections(IConnectionPoint *iface, IEnumConnections **ret)
{
    struct event_source *source = impl_from_IConnectionPoint(iface);
    CONNECTDATA *data = NULL;
    ULONG count = 0, i;
    HRESULT hr;

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    *ret = NULL;
    AcquireSRWLockExclusive(&pump.lock);
    if (source->count && !(data = calloc(source->count, sizeof(*data))))
    {
        ReleaseSRWLockExclusive(&pump.lock);
        return E_OUTOFMEMORY;
    }
    for (count = 0; count < source->count; count++)
    {
        data[count].pUnk = (IUnknown *)source->connections[count].sink;
        data[count].dwCookie = source->connections[count].cookie;
        IUnknown_AddRef(data[count].pUnk);
    }
    ReleaseSRWLockExclusive(&pump.lock);
    hr = create_enum_connections(data, count, 0, ret);
    for (i = 0; i < count; i++)
        IUnknown_Release(data[i].pUnk);
    free(data);
    return hr;
}

static const IConnectionPointVtbl point_vtbl =
{
    point_QueryInterface,
    point_AddRef,
    point_Release,
    point_GetConnectionInterface,
    point_GetConnectionPointContainer,
    point_Advise,
    point_Unadvise,
    point_EnumConnections,
};

/* IEnumConnectionPoints: the object's one connection point. */
struct enum_points
{
    IEnumConnectionPoints IEnumConnectionPoints_iface;
    LONG ref;
    IConnectionPoint *point;
    ULONG position;
};

static inline struct enum_points *impl_from_IEnumConnectionPoints(IEnumConnectionPoints *iface)
{
    return CONTAINING_RECORD(iface, struct enum_points, IEnumConnectionPoints_iface);
}

static const IEnumConnectionPointsVtbl enum_points_vtbl;

static HRESULT create_enum_points(IConnectionPoint *point, ULONG position,
                                  IEnumConnectionPoints **ret)
{
    struct enum_points *e;

    if (!(e = calloc(1, sizeof(*e)))) return E_OUTOFMEMORY;
    e->IEnumConnectionPoints_iface.lpVtbl = &enum_points_vtbl;
    e->ref = 1;
    e->point = point;
    e->position = position;
    IConnectionPoint_AddRef(point);
    *ret = &e->IEnumConnectionPoints_iface;
    return S_OK;
}

static HRESULT WINAPI enum_points_QueryInterface(IEnumConnectionPoints *iface, REFIID riid,
                                                 void **obj)
{
    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IEnumConnectionPoints) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IEnumConnectionPoints_AddRef(iface);
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI enum_points_AddRef(IEnumConnectionPoints *iface)
{
    return InterlockedIncrement(&impl_from_IEnumConnectionPoints(iface)->ref);
}

static ULONG WINAPI enum_points_Release(IEnumConnectionPoints *iface)
{
    struct enum_points *e = impl_from_IEnumConnectionPoints(iface);
    ULONG ref = InterlockedDecrement(&e->ref);

    if (!ref)
    {
        IConnectionPoint_Release(e->point);
        free(e);
    }
    return ref;
}

static HRESULT WINAPI enum_points_Next(IEnumConnectionPoints *iface, ULONG wanted,
                                       IConnectionPoint **out, ULONG *fetched)
{
    struct enum_points *e = impl_from_IEnumConnectionPoints(iface);
    ULONG n = 0;

    if (!out || (wanted > 1 && !fetched)) return E_POINTER;
    if (wanted && !e->position)
    {
        out[n++] = e->point;
        IConnectionPoint_AddRef(e->point);
        e->position = 1;
    }
    if (fetched) *fetched = n;
    return n == wanted ? S_OK : S_FALSE;
}

static HRESULT WINAPI enum_points_Skip(IEnumConnectionPoints *iface, ULONG count)
{
    struct enum_points *e = impl_from_IEnumConnectionPoints(iface);
    HRESULT hr = count > 1 - e->position ? S_FALSE : S_OK;

    e->position = count + e->position > 1 ? 1 : e->position + count;
    return hr;
}

static HRESULT WINAPI enum_points_Reset(IEnumConnectionPoints *iface)
{
    impl_from_IEnumConnectionPoints(iface)->position = 0;
    return S_OK;
}

static HRESULT WINAPI enum_points_Clone(IEnumConnectionPoints *iface, IEnumConnectionPoints **ret)
{
    struct enum_points *e = impl_from_IEnumConnectionPoints(iface);

    if (!ret) return E_POINTER;
    return create_enum_points(e->point, e->position, ret);
}

static const IEnumConnectionPointsVtbl enum_points_vtbl =
{
    enum_points_QueryInterface,
    enum_points_AddRef,
    enum_points_Release,
    enum_points_Next,
    enum_points_Skip,
    enum_points_Reset,
    enum_points_Clone,
};

/* IConnectionPointContainer: an interface of the object itself. */

static inline struct event_source *
impl_from_IConnectionPointContainer(IConnectionPointContainer *iface)
{
    return CONTAINING_RECORD(iface, struct event_source, IConnectionPointContainer_iface);
}

static HRESULT WINAPI container_QueryInterface(IConnectionPointContainer *iface, REFIID riid,
                                               void **obj)
{
    return IUnknown_QueryInterface(impl_from_IConnectionPointContainer(iface)->outer, riid, obj);
}

static ULONG WINAPI container_AddRef(IConnectionPointContainer *iface)
{
    return IUnknown_AddRef(impl_from_IConnectionPointContainer(iface)->outer);
}

static ULONG WINAPI container_Release(IConnectionPointContainer *iface)
{
    return IUnknown_Release(impl_from_IConnectionPointContainer(iface)->outer);
}

static HRESULT WINAPI container_EnumConnectionPoints(IConnectionPointContainer *iface,
                                                     IEnumConnectionPoints **ret)
{
    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return create_enum_points(&impl_from_IConnectionPointContainer(iface)->IConnectionPoint_iface,
                              0, ret);
}

static HRESULT WINAPI container_FindConnectionPoint(IConnectionPointContainer *iface, REFIID riid,
                                                    IConnectionPoint **point)
{
    struct event_source *source = impl_from_IConnectionPointContainer(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), point);

    if (!point) return E_POINTER;
    *point = NULL;
    if (!riid) return E_POINTER;
    if (!IsEqualIID(riid, &source->iid)) return CONNECT_E_NOCONNECTION;
    *point = &source->IConnectionPoint_iface;
    IConnectionPoint_AddRef(*point);
    return S_OK;
}

static const IConnectionPointContainerVtbl container_vtbl =
{
    container_QueryInterface,
    container_AddRef,
    container_Release,
    container_EnumConnectionPoints,
    container_FindConnectionPoint,
};

HRESULT event_source_container(struct event_source **slot, const struct event_source_info *info,
                               void **obj)
{
    struct event_source *source = *slot;

    if (!source)
    {
        if (!(source = calloc(1, sizeof(*source)))) return E_OUTOFMEMORY;
        source->IConnectionPointContainer_iface.lpVtbl = &container_vtbl;
        source->IConnectionPoint_iface.lpVtbl = &point_vtbl;
        source->ref = 1;
        source->outer = info->outer;
        source->alive = TRUE;
        source->iid = *info->iid;
        source->dispids = info->dispids;
        source->view = info->view;
        if (info->host_uri)
        {
            if (!(source->host_uri = strdup(info->host_uri)))
            {
                free(source);
                return E_OUTOFMEMORY;
            }
            lstrcpynA(source->uuid, info->uuid, sizeof(source->uuid));
        }
        host_view_addref(source->view);
        /* Two threads asking at once: the first one's stays. */
        if (InterlockedCompareExchangePointer((void **)slot, source, NULL))
        {
            source_release(source);
            source = *slot;
        }
    }
    *obj = &source->IConnectionPointContainer_iface;
    IUnknown_AddRef(source->outer);
    return S_OK;
}

void event_source_destroy(struct event_source *source)
{
    struct connection *connections;
    BOOL unpumped;
    size_t count, i;

    if (!source) return;
    AcquireSRWLockExclusive(&pump.lock);
    source->alive = FALSE;
    connections = source->connections;
    count = source->count;
    source->connections = NULL;
    source->count = source->capacity = 0;
    unpumped = unpump_locked(source);
    ReleaseSRWLockExclusive(&pump.lock);
    for (i = 0; i < count; i++)
        IDispatch_Release(connections[i].sink);
    free(connections);
    if (unpumped) source_release(source);
    source_release(source);
}
