/*
 * Conformance tests of the event sources both models share: the
 * application object and each VM raise their model's outgoing interface
 * through IConnectionPointContainer, fed by libvirt's lifecycle events of
 * the test driver.
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
 * Included by vpc.c and vs.c after model_tests.h, with APP_EVENTS_IID,
 * APP_STATE_DISPID (the application's OnVMStateChange), VM_STATE_DISPID
 * (IVMVirtualMachineEvents::OnStateChange) defined.
 */

#include "winuser.h"

/* olectl.h's, whose GUIDs initguid.h would define a second time. */
#ifndef CONNECT_E_NOCONNECTION
#define CONNECT_E_NOCONNECTION  ((HRESULT)0x80040200)
#define CONNECT_E_CANNOTCONNECT ((HRESULT)0x80040202)
#endif

/* A sink as a script host makes one: IDispatch, any DISPID; it records the
 * calls and may disconnect itself from inside one. */
struct test_sink
{
    IDispatch IDispatch_iface;
    LONG ref;
    unsigned int calls;
    DISPID ids[16];
    VARIANT args[16][2];
    UINT nargs[16];
    IConnectionPoint *unadvise_point;   /* disconnects on its first call */
    DWORD cookie;
};

static inline struct test_sink *impl_from_sink(IDispatch *iface)
{
    return CONTAINING_RECORD(iface, struct test_sink, IDispatch_iface);
}

static HRESULT WINAPI sink_QueryInterface(IDispatch *iface, REFIID riid, void **obj)
{
    if (IsEqualIID(riid, &IID_IDispatch) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IDispatch_AddRef(iface);
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI sink_AddRef(IDispatch *iface)
{
    return InterlockedIncrement(&impl_from_sink(iface)->ref);
}

static ULONG WINAPI sink_Release(IDispatch *iface)
{
    return InterlockedDecrement(&impl_from_sink(iface)->ref);
}

static HRESULT WINAPI sink_GetTypeInfoCount(IDispatch *iface, UINT *count)
{
    *count = 0;
    return S_OK;
}

static HRESULT WINAPI sink_GetTypeInfo(IDispatch *iface, UINT index, LCID lcid, ITypeInfo **info)
{
    return E_NOTIMPL;
}

static HRESULT WINAPI sink_GetIDsOfNames(IDispatch *iface, REFIID riid, LPOLESTR *names,
                                         UINT count, LCID lcid, DISPID *ids)
{
    return E_NOTIMPL;
}

static HRESULT WINAPI sink_Invoke(IDispatch *iface, DISPID id, REFIID riid, LCID lcid, WORD flags,
                                  DISPPARAMS *params, VARIANT *result, EXCEPINFO *excep,
                                  UINT *argerr)
{
    struct test_sink *sink = impl_from_sink(iface);
    unsigned int n = sink->calls++, i;

    ok(flags == DISPATCH_METHOD, "Got flags %#x.\n", flags);
    if (n >= ARRAY_SIZE(sink->ids)) return S_OK;
    sink->ids[n] = id;
    sink->nargs[n] = params->cArgs;
    for (i = 0; i < params->cArgs && i < 2; i++)
    {
        VariantInit(&sink->args[n][i]);
        VariantCopy(&sink->args[n][i], &params->rgvarg[i]);
    }
    if (sink->unadvise_point)
    {
        HRESULT hr = IConnectionPoint_Unadvise(sink->unadvise_point, sink->cookie);
        ok(hr == S_OK, "Unadvise from inside the call: hr %#x.\n", (unsigned)hr);
        sink->unadvise_point = NULL;
    }
    return S_OK;
}

static const IDispatchVtbl sink_vtbl =
{
    sink_QueryInterface, sink_AddRef, sink_Release, sink_GetTypeInfoCount, sink_GetTypeInfo,
    sink_GetIDsOfNames, sink_Invoke,
};

static void init_sink(struct test_sink *sink)
{
    memset(sink, 0, sizeof(*sink));
    sink->IDispatch_iface.lpVtbl = &sink_vtbl;
    sink->ref = 1;
}

static void clear_sink(struct test_sink *sink)
{
    unsigned int i, j;

    for (i = 0; i < sink->calls && i < ARRAY_SIZE(sink->ids); i++)
        for (j = 0; j < sink->nargs[i] && j < 2; j++)
            VariantClear(&sink->args[i][j]);
    sink->calls = 0;
}

/* Pumps this thread's messages, as WScript.Sleep does, until 'sink' had
 * 'calls' calls or 'ms' passed. */
static void pump_until(struct test_sink *sink, unsigned int calls, DWORD ms)
{
    DWORD start = GetTickCount();
    MSG msg;

    for (;;)
    {
        while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) DispatchMessageW(&msg);
        if ((sink && sink->calls >= calls) || GetTickCount() - start >= ms) break;
        MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_ALLINPUT);
    }
}

static IConnectionPoint *get_point_(const char *file, int line, IUnknown *obj, REFIID iid)
{
    IConnectionPointContainer *container = NULL;
    IConnectionPoint *point = NULL;
    HRESULT hr;

    hr = IUnknown_QueryInterface(obj, &IID_IConnectionPointContainer, (void **)&container);
    ok_(file, line)(hr == S_OK, "IConnectionPointContainer: hr %#x.\n", (unsigned)hr);
    if (!container) return NULL;
    hr = IConnectionPointContainer_FindConnectionPoint(container, iid, &point);
    ok_(file, line)(hr == S_OK, "FindConnectionPoint: hr %#x.\n", (unsigned)hr);
    IConnectionPointContainer_Release(container);
    return point;
}
#define get_point(a, b) get_point_(__FILE__, __LINE__, (IUnknown *)(a), b)

/* IProvideClassInfo2 names the default source, as a script host asks. */
static void check_default_source_(const char *file, int line, IUnknown *obj, const GUID *want)
{
    IProvideClassInfo2 *info = NULL;
    GUID guid;
    HRESULT hr;

    hr = IUnknown_QueryInterface(obj, &IID_IProvideClassInfo2, (void **)&info);
    ok_(file, line)(hr == S_OK, "IProvideClassInfo2: hr %#x.\n", (unsigned)hr);
    if (!info) return;
    hr = IProvideClassInfo2_GetGUID(info, GUIDKIND_DEFAULT_SOURCE_DISP_IID, &guid);
    if (want)
        ok_(file, line)(hr == S_OK && IsEqualGUID(&guid, want), "Got hr %#x, %s.\n",
                        (unsigned)hr, wine_dbgstr_guid(&guid));
    else
        ok_(file, line)(hr == E_FAIL, "Got hr %#x, %s.\n", (unsigned)hr, wine_dbgstr_guid(&guid));
    hr = IProvideClassInfo2_GetGUID(info, GUIDKIND_DEFAULT_SOURCE_DISP_IID + 1, &guid);
    ok_(file, line)(hr == E_INVALIDARG, "Unknown kind: hr %#x.\n", (unsigned)hr);
    hr = IProvideClassInfo2_GetGUID(info, GUIDKIND_DEFAULT_SOURCE_DISP_IID, NULL);
    ok_(file, line)(hr == E_POINTER, "NULL: hr %#x.\n", (unsigned)hr);
    IProvideClassInfo2_Release(info);
}
#define check_default_source(a, b) check_default_source_(__FILE__, __LINE__, (IUnknown *)(a), b)

static void test_event_sources(void)
{
    IConnectionPointContainer *container = NULL, *container2 = NULL;
    IEnumConnectionPoints *points = NULL;
    IConnectionPoint *point = NULL, *found = NULL;
    IEnumConnections *conns = NULL;
    IVMVirtualMachine *vm = NULL;
    IVMAccountant *acct = NULL;
    struct test_sink sink, sink2;
    CONNECTDATA data[3];
    DWORD cookie, cookie2;
    ULONG fetched;
    IUnknown *unk;
    IID iid;
    HRESULT hr;
    APP *app;

    if (!(app = create_app())) return;
    check_default_source(app, &APP_EVENTS_IID);
    if (!(vm = find_vm(app, L"test")) || !(acct = get_accountant(vm))) goto done;
    check_default_source(vm, &IID_IVMVirtualMachineEvents);
    /* Objects without events say so. */
    check_default_source(acct, NULL);
    hr = IVMAccountant_QueryInterface(acct, &IID_IConnectionPointContainer, (void **)&unk);
    ok(hr == E_NOINTERFACE, "Accountant: hr %#x.\n", (unsigned)hr);

    hr = APP_(QueryInterface)(app, &IID_IConnectionPointContainer, (void **)&container);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!container) goto done;
    /* One identity, one source however often asked. */
    IConnectionPointContainer_QueryInterface(container, &IID_IUnknown, (void **)&unk);
    ok(unk == (IUnknown *)app, "IUnknown %p, expected %p.\n", unk, app);
    IUnknown_Release(unk);
    APP_(QueryInterface)(app, &IID_IConnectionPointContainer, (void **)&container2);
    ok(container2 == container, "Another container %p.\n", container2);
    IConnectionPointContainer_Release(container2);

    hr = IConnectionPointContainer_FindConnectionPoint(container, &APP_EVENTS_IID, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPointContainer_FindConnectionPoint(container, NULL, &point);
    ok(hr == E_POINTER && !point, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPointContainer_FindConnectionPoint(container, &IID_IVMVirtualMachineEvents,
                                                       &point);
    ok(hr == CONNECT_E_NOCONNECTION && !point, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPointContainer_FindConnectionPoint(container, &APP_EVENTS_IID, &point);
    ok(hr == S_OK && point, "Unexpected hr %#x.\n", (unsigned)hr);
    if (!point) goto done;

    hr = IConnectionPoint_GetConnectionInterface(point, &iid);
    ok(hr == S_OK && IsEqualIID(&iid, &APP_EVENTS_IID), "Got hr %#x, %s.\n", (unsigned)hr,
       wine_dbgstr_guid(&iid));
    hr = IConnectionPoint_GetConnectionInterface(point, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_GetConnectionPointContainer(point, &container2);
    ok(hr == S_OK && container2 == container, "Got hr %#x, %p.\n", (unsigned)hr, container2);
    if (container2) IConnectionPointContainer_Release(container2);
    hr = IConnectionPoint_GetConnectionPointContainer(point, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    hr = IConnectionPointContainer_EnumConnectionPoints(container, &points);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (points)
    {
        hr = IEnumConnectionPoints_Next(points, 1, &found, &fetched);
        ok(hr == S_OK && found == point && fetched == 1, "Got hr %#x, %p, %u.\n", (unsigned)hr,
           found, (unsigned)fetched);
        if (found) IConnectionPoint_Release(found);
        hr = IEnumConnectionPoints_Next(points, 1, &found, &fetched);
        ok(hr == S_FALSE && !fetched, "Got hr %#x, %u.\n", (unsigned)hr, (unsigned)fetched);
        IEnumConnectionPoints_Release(points);
    }
    hr = IConnectionPointContainer_EnumConnectionPoints(container, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    /* Advise and Unadvise: NULLs, cookies, what holds the sink. */
    init_sink(&sink);
    init_sink(&sink2);
    hr = IConnectionPoint_Advise(point, NULL, &cookie);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Advise(point, (IUnknown *)&sink.IDispatch_iface, NULL);
    ok(hr == E_POINTER && sink.ref == 1, "Got hr %#x, ref %d.\n", (unsigned)hr, (int)sink.ref);
    /* Something that is no sink at all (no IDispatch): refused. */
    hr = IConnectionPointContainer_EnumConnectionPoints(container, &points);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (points)
    {
        cookie = 0xdeadbeef;
        hr = IConnectionPoint_Advise(point, (IUnknown *)points, &cookie);
        ok(hr == CONNECT_E_CANNOTCONNECT && !cookie, "Got hr %#x, %u.\n", (unsigned)hr,
           (unsigned)cookie);
        IEnumConnectionPoints_Release(points);
    }
    cookie = 0xdeadbeef;
    hr = IConnectionPoint_Advise(point, (IUnknown *)&sink.IDispatch_iface, &cookie);
    ok(hr == S_OK && cookie && cookie != 0xdeadbeef, "Got hr %#x, cookie %u.\n", (unsigned)hr,
       (unsigned)cookie);
    ok(sink.ref == 2, "The connection holds the sink %d times.\n", (int)sink.ref - 1);
    hr = IConnectionPoint_Advise(point, (IUnknown *)&sink2.IDispatch_iface, &cookie2);
    ok(hr == S_OK && cookie2 && cookie2 != cookie, "Got hr %#x, cookies %u %u.\n", (unsigned)hr,
       (unsigned)cookie, (unsigned)cookie2);

    hr = IConnectionPoint_EnumConnections(point, &conns);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (conns)
    {
        memset(data, 0, sizeof(data));
        hr = IEnumConnections_Next(conns, 3, data, &fetched);
        ok(hr == S_FALSE && fetched == 2, "Got hr %#x, %u.\n", (unsigned)hr, (unsigned)fetched);
        ok(data[0].dwCookie == cookie && data[0].pUnk == (IUnknown *)&sink.IDispatch_iface,
           "Got %u, %p.\n", (unsigned)data[0].dwCookie, data[0].pUnk);
        ok(data[1].dwCookie == cookie2 && data[1].pUnk == (IUnknown *)&sink2.IDispatch_iface,
           "Got %u, %p.\n", (unsigned)data[1].dwCookie, data[1].pUnk);
        if (data[0].pUnk) IUnknown_Release(data[0].pUnk);
        if (data[1].pUnk) IUnknown_Release(data[1].pUnk);
        hr = IEnumConnections_Next(conns, 2, data, NULL);
        ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
        IEnumConnections_Reset(conns);
        hr = IEnumConnections_Skip(conns, 3);
        ok(hr == S_FALSE, "Unexpected hr %#x.\n", (unsigned)hr);
        IEnumConnections_Release(conns);
    }
    hr = IConnectionPoint_EnumConnections(point, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);

    hr = IConnectionPoint_Unadvise(point, 0);
    ok(hr == CONNECT_E_NOCONNECTION, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Unadvise(point, cookie + cookie2 + 100);
    ok(hr == CONNECT_E_NOCONNECTION, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Unadvise(point, cookie);
    ok(hr == S_OK && sink.ref == 1, "Got hr %#x, ref %d.\n", (unsigned)hr, (int)sink.ref);
    hr = IConnectionPoint_Unadvise(point, cookie);
    ok(hr == CONNECT_E_NOCONNECTION, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Unadvise(point, cookie2);
    ok(hr == S_OK && sink2.ref == 1, "Got hr %#x, ref %d.\n", (unsigned)hr, (int)sink2.ref);

    /* A sink still connected when the script lets the object go is let go. */
    hr = IConnectionPoint_Advise(point, (IUnknown *)&sink.IDispatch_iface, &cookie);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    IConnectionPoint_Release(point);
    point = NULL;
    IConnectionPointContainer_Release(container);
    container = NULL;
    IVMAccountant_Release(acct);
    acct = NULL;
    IVMVirtualMachine_Release(vm);
    vm = NULL;
    APP_(Release)(app);
    app = NULL;
    ok(sink.ref == 1, "The sink is still held %d times.\n", (int)sink.ref - 1);
    return;

done:
    if (point) IConnectionPoint_Release(point);
    if (container) IConnectionPointContainer_Release(container);
    if (acct) IVMAccountant_Release(acct);
    if (vm) IVMVirtualMachine_Release(vm);
    if (app) APP_(Release)(app);
}

static void check_state_call_(const char *file, int line, struct test_sink *sink, unsigned int i,
                              DISPID want_id, const WCHAR *want_name, LONG want_state)
{
    UINT want_args = want_name ? 2 : 1;

    ok_(file, line)(sink->calls > i, "Call %u missing (%u calls).\n", i, sink->calls);
    if (sink->calls <= i) return;
    ok_(file, line)(sink->ids[i] == want_id, "Call %u: DISPID %d.\n", i, (int)sink->ids[i]);
    ok_(file, line)(sink->nargs[i] == want_args, "Call %u: %u arguments.\n", i, sink->nargs[i]);
    if (sink->nargs[i] != want_args) return;
    /* Arguments come last first. */
    ok_(file, line)(V_VT(&sink->args[i][0]) == VT_I4 && V_I4(&sink->args[i][0]) == want_state,
                    "Call %u: state %s.\n", i, wine_dbgstr_variant(&sink->args[i][0]));
    if (want_name)
        ok_(file, line)(V_VT(&sink->args[i][1]) == VT_BSTR &&
                        !lstrcmpW(V_BSTR(&sink->args[i][1]), want_name),
                        "Call %u: name %s.\n", i, wine_dbgstr_variant(&sink->args[i][1]));
}
#define check_state_call(a, b, c, d, e) check_state_call_(__FILE__, __LINE__, a, b, c, d, e)

/* Changes made with libvirt, behind the objects' back, reach the sinks of
 * the thread that connected them when it pumps messages. */
static void test_events_delivered(void)
{
    static const WCHAR name[] = L"" VM_PREFIX "events";
    IConnectionPoint *app_point = NULL, *vm_point = NULL, *other_point = NULL;
    IVMVirtualMachine *vm = NULL, *other = NULL;
    struct test_sink app_sink, vm_sink, other_sink;
    DWORD app_cookie = 0, vm_cookie = 0, other_cookie = 0;
    virDomainPtr dom;
    HRESULT hr;
    APP *app;

    init_sink(&app_sink);
    init_sink(&vm_sink);
    init_sink(&other_sink);
    if (!(dom = define_domain(VM_PREFIX "events", 1, 1, 1))) return;
    start_domain(dom);
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, name)) || !(other = find_vm(app, L"test"))) goto release;
    if (!(app_point = get_point(app, &APP_EVENTS_IID)) ||
        !(vm_point = get_point(vm, &IID_IVMVirtualMachineEvents)) ||
        !(other_point = get_point(other, &IID_IVMVirtualMachineEvents)))
        goto release;
    hr = IConnectionPoint_Advise(app_point, (IUnknown *)&app_sink.IDispatch_iface, &app_cookie);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Advise(vm_point, (IUnknown *)&vm_sink.IDispatch_iface, &vm_cookie);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Advise(other_point, (IUnknown *)&other_sink.IDispatch_iface,
                                 &other_cookie);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);

    /* Nothing is called outside the message loop, nor before a change. */
    ok(virDomainSuspend(dom) == 0, "virDomainSuspend failed.\n");
    Sleep(300);
    ok(!app_sink.calls && !vm_sink.calls, "Called without pumping: %u, %u.\n", app_sink.calls,
       vm_sink.calls);
    pump_until(&vm_sink, 1, 5000);
    pump_until(&app_sink, 1, 5000);
    check_state_call(&app_sink, 0, APP_STATE_DISPID, name, vmVMState_Paused);
    check_state_call(&vm_sink, 0, VM_STATE_DISPID, NULL, vmVMState_Paused);
    ok(app_sink.calls == 1 && vm_sink.calls == 1, "Got %u, %u calls.\n", app_sink.calls,
       vm_sink.calls);

    /* Another VM's sink hears nothing of this one; then the VM's sink
     * disconnects itself from inside the call and hears no more. */
    vm_sink.unadvise_point = vm_point;
    vm_sink.cookie = vm_cookie;
    ok(virDomainResume(dom) == 0, "virDomainResume failed.\n");
    pump_until(&app_sink, 2, 5000);
    pump_until(&vm_sink, 2, 300);
    check_state_call(&app_sink, 1, APP_STATE_DISPID, name, vmVMState_Running);
    check_state_call(&vm_sink, 1, VM_STATE_DISPID, NULL, vmVMState_Running);
    ok(vm_sink.ref == 1, "The disconnected sink is held %d times.\n", (int)vm_sink.ref - 1);
    ok(virDomainDestroy(dom) == 0, "virDomainDestroy failed.\n");
    pump_until(&app_sink, 3, 5000);
    pump_until(&vm_sink, 3, 300);
    check_state_call(&app_sink, 2, APP_STATE_DISPID, name, vmVMState_TurnedOff);
    ok(vm_sink.calls == 2, "A disconnected sink got %u calls.\n", vm_sink.calls);
    ok(!other_sink.calls, "Another VM's sink got %u calls.\n", other_sink.calls);

    /* Once every sink is gone, nothing more comes. */
    hr = IConnectionPoint_Unadvise(app_point, app_cookie);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IConnectionPoint_Unadvise(other_point, other_cookie);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    start_domain(dom);
    pump_until(NULL, 0, 500);
    ok(app_sink.calls == 3, "Got %u calls after Unadvise.\n", app_sink.calls);
    virDomainDestroy(dom);

release:
    clear_sink(&app_sink);
    clear_sink(&vm_sink);
    clear_sink(&other_sink);
    if (app_point) IConnectionPoint_Release(app_point);
    if (vm_point) IConnectionPoint_Release(vm_point);
    if (other_point) IConnectionPoint_Release(other_point);
    if (vm) IVMVirtualMachine_Release(vm);
    if (other) IVMVirtualMachine_Release(other);
    APP_(Release)(app);
done:
    remove_domain(dom);
}
