/*
 * vpccom.dll: definitions shared by both object models.
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
 * The Virtual PC and Virtual Server headers declare the same C names with
 * different contents, so no file includes both.  Files named vpc_*.c use
 * VPCCOMInterfaces.h, vs_*.c use VsComInterfaces.h, and everything they
 * share (sessions, snapshots, VM references, errors, enumerators, type
 * information) is declared here without either header.
 */

#ifndef VPCCOM_PRIVATE_H
#define VPCCOM_PRIVATE_H

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "objbase.h"
#include "oleauto.h"
#include "oaidl.h"
#include "ocidl.h"

#include "wine/debug.h"

#include "vpccore.h"
#include "vpcproto.h"
#include "vpcwin.h"

/*
 * The DLL's one debug channel, whose flags DllMain reads once.  Wine never
 * keeps the flags of a channel that WINEDEBUG names (the runner names
 * vpccom, for its warnings): each TRACE would format its arguments, a
 * debugstr_guid() on every QueryInterface, GetIDsOfNames and Invoke, before
 * learning that tracing is off.  Each file says VPCCOM_DEBUG_CHANNEL where
 * it would say WINE_DEFAULT_DEBUG_CHANNEL(vpccom).
 */
extern struct __wine_debug_channel vpccom_debug_channel;
#define VPCCOM_DEBUG_CHANNEL \
    static struct __wine_debug_channel * const __wine_dbch___default = &vpccom_debug_channel

#ifndef __WINESRC__
static inline const char *debugstr_guid(const GUID *id) { return wine_dbgstr_guid(id); }
static inline const char *debugstr_variant(const VARIANT *v) { return wine_dbgstr_variant(v); }
#endif

/* HRESULTs with the same value in both models' headers. */
#define VPC_E_TIMED_OUT         ((HRESULT)0xA0040202)
#define VPC_E_VM_NOT_RUNNING    ((HRESULT)0xA0040206)
#define VPC_E_VM_UNKNOWN        ((HRESULT)0xA0040207)
#define VPC_E_VM_RUNNING        ((HRESULT)0xA0040500)
#define VPC_E_VM_NO_SAVED_STATE ((HRESULT)0xA0040501)
#define VPC_E_PREF_NOT_FOUND    ((HRESULT)0xA0040300)
#define VPC_E_PREF_VM_ACTIVE    ((HRESULT)0xA0040302)
#define VPC_E_CONFIG_NAME_INVALID_CHAR ((HRESULT)0xA0040402)
#define VPC_E_CONFIG_DUPLICATE_NAME    ((HRESULT)0xA0040403)
#define VM_E_VM_RUNNING_OR_SAVED       ((HRESULT)0xA004020B)
#define VM_E_PREF_ILLEGAL_VALUE        ((HRESULT)0xA0040301)
#define VM_E_DRIVE_INVALID             ((HRESULT)0xA0040502)
#define VM_E_DRIVE_BUS_LOC_IN_USE      ((HRESULT)0xA0040503)
#define VM_E_NO_MEDIA_CAPTURED         ((HRESULT)0xA0040652)
#define VM_E_INVALID_VIRTUAL_NETWORK_ID ((HRESULT)0xA0040702)
#define VM_E_DRIVE_IN_USE              ((HRESULT)0xA0040727)
#define VM_E_MEDIA_WRONG_TYPE          ((HRESULT)0xA0040728)
#define VM_E_IMAGE_SIZE_TOO_LARGE      ((HRESULT)0xA0040683)
#define VM_E_IMAGE_SIZE_TOO_SMALL      ((HRESULT)0xA0040684)
/* A named pipe \\.\pipe\NAME of a serial port is this host socket
 * (README "Serial and parallel ports"). */
#define VPC_PIPE_SOCKET_PREFIX "/tmp/wine-vpc-pipe."
/* Windows Virtual PC's USB pass-through. */
#define VPC_E_USB_DETACH_FAILED        ((HRESULT)0xA0040927)
#define VPC_E_USB_ALREADY_ASSIGNED     ((HRESULT)0xA0040933)

enum object_model
{
    MODEL_VIRTUAL_PC,
    MODEL_VIRTUAL_SERVER,
};

/* What a model is called, to scripts and in its errors: one per model,
 * defined where model_app.h is compiled for it (vpc_app.c, vs_app.c). */
struct typeinfo_cache;
struct object_model_identity
{
    enum object_model model;
    const WCHAR *progid;            /* the application's; also its errors' source */
    const WCHAR *product_name;      /* IVMVirtualPC/IVMVirtualServer::Name */
    const WCHAR *product_version;   /* ::Version */
    struct typeinfo_cache *typeinfo;
};

extern const struct object_model_identity vpc_identity;
extern const struct object_model_identity vs_identity;

static inline const struct object_model_identity *identity_of(enum object_model model)
{
    return model == MODEL_VIRTUAL_PC ? &vpc_identity : &vs_identity;
}

/* Type information: one lazily loaded ITypeInfo per interface. */
struct member_shapes;

struct typeinfo_cache
{
    enum object_model model;        /* whose library this is */
    const GUID *libid;
    unsigned int count;
    const GUID *const *guids;
    ITypeLib *typelib;
    ITypeInfo **typeinfos;
    struct member_shapes **shapes;  /* per interface, built on first use (main.c) */
};

HRESULT get_typeinfo(struct typeinfo_cache *cache, unsigned int index, ITypeInfo **ret);
void release_typeinfos(struct typeinfo_cache *cache);

/* IDispatch through the type library, for dual interfaces. */
HRESULT dispatch_get_type_info(struct typeinfo_cache *cache, unsigned int index, UINT which,
                               ITypeInfo **ret);
HRESULT dispatch_get_ids(struct typeinfo_cache *cache, unsigned int index, LPOLESTR *names,
                         UINT count, DISPID *ids);
DISPID dispatch_member_id(struct typeinfo_cache *cache, unsigned int index, DISPID *cached,
                          const WCHAR *name);
HRESULT dispatch_check(struct typeinfo_cache *cache, unsigned int index, DISPID member,
                       REFIID riid, WORD flags, const DISPPARAMS *params, UINT extra);
HRESULT dispatch_invoke(struct typeinfo_cache *cache, unsigned int index, void *iface,
                        DISPID member, WORD flags, DISPPARAMS *params, VARIANT *result,
                        EXCEPINFO *excepinfo, UINT *argerr);

/* AddRef 'name' of an object "impl" whose member ref is its reference
 * count; 'from' gets the object from its interface.  (The callers paste
 * these names, so that a type given as a macro, IVMApplication, keeps its
 * own impl_from_ function.) */
#define AUTOMATION_ADDREF_IMPL(name, type, impl, from) \
static ULONG WINAPI name(type *iface) \
{ \
    impl *This = from(iface); \
    ULONG ref = InterlockedIncrement(&This->ref); \
\
    TRACE("%p, refcount %u\n", iface, (unsigned)ref); \
    return ref; \
}

/* IUnknown for an automation object "impl" (a struct name) whose members
 * type##_iface, classinfo and ref are its interface, its IProvideClassInfo and
 * its reference count.  Defines prefix##_QueryInterface and prefix##_AddRef;
 * each object writes its own Release, which frees what it holds. */
#define AUTOMATION_UNKNOWN_IMPL(prefix, type, impl) \
static HRESULT WINAPI prefix##_QueryInterface(type *iface, REFIID riid, void **obj) \
{ \
    impl *This = impl_from_##type(iface); \
\
    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj); \
\
    if (!obj) return E_POINTER; \
    if (IsEqualIID(riid, &IID_##type) || IsEqualIID(riid, &IID_IDispatch) || \
        IsEqualIID(riid, &IID_IUnknown)) \
        *obj = &This->type##_iface; \
    else if (IsEqualIID(riid, &IID_IProvideClassInfo) || IsEqualIID(riid, &IID_IProvideClassInfo2)) \
        *obj = &This->classinfo.IProvideClassInfo2_iface; \
    else \
    { \
        TRACE("interface %s not supported\n", debugstr_guid(riid)); \
        *obj = NULL; \
        return E_NOINTERFACE; \
    } \
    IUnknown_AddRef((IUnknown *)*obj); \
    return S_OK; \
} \
AUTOMATION_ADDREF_IMPL(prefix##_AddRef, type, impl, impl_from_##type)

/* AUTOMATION_UNKNOWN_IMPL for an object that raises events: "impl" also
 * has a member 'events' (struct event_source *), and the object defines
 * prefix##_event_info, which describes its source. */
#define AUTOMATION_UNKNOWN_SOURCE_IMPL(prefix, type, impl) \
static void prefix##_event_info(impl *This, struct event_source_info *info); \
\
static HRESULT WINAPI prefix##_QueryInterface(type *iface, REFIID riid, void **obj) \
{ \
    impl *This = impl_from_##type(iface); \
\
    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj); \
\
    if (!obj) return E_POINTER; \
    if (IsEqualIID(riid, &IID_##type) || IsEqualIID(riid, &IID_IDispatch) || \
        IsEqualIID(riid, &IID_IUnknown)) \
        *obj = &This->type##_iface; \
    else if (IsEqualIID(riid, &IID_IProvideClassInfo) || IsEqualIID(riid, &IID_IProvideClassInfo2)) \
        *obj = &This->classinfo.IProvideClassInfo2_iface; \
    else if (IsEqualIID(riid, &IID_IConnectionPointContainer)) \
    { \
        struct event_source_info info; \
\
        prefix##_event_info(This, &info); \
        return event_source_container(&This->events, &info, obj); \
    } \
    else \
    { \
        TRACE("interface %s not supported\n", debugstr_guid(riid)); \
        *obj = NULL; \
        return E_NOINTERFACE; \
    } \
    IUnknown_AddRef((IUnknown *)*obj); \
    return S_OK; \
} \
AUTOMATION_ADDREF_IMPL(prefix##_AddRef, type, impl, impl_from_##type)

/* Release that runs 'cleanup' (a statement on This) before freeing the
 * object. */
#define OBJECT_RELEASE_IMPL(prefix, type, impl, cleanup) \
static ULONG WINAPI prefix##_Release(type *iface) \
{ \
    impl *This = impl_from_##type(iface); \
    ULONG ref = InterlockedDecrement(&This->ref); \
\
    TRACE("%p, refcount %u\n", iface, (unsigned)ref); \
\
    if (!ref) \
    { \
        cleanup; \
        free(This); \
    } \
    return ref; \
}

/* Release for an object whose only resource is the VM it refers to. */
#define VM_REF_RELEASE_IMPL(prefix, type, impl) \
    OBJECT_RELEASE_IMPL(prefix, type, impl, vm_ref_cleanup(&This->vm))

/* Release for an object whose only resource is the host view it reads. */
#define HOST_VIEW_RELEASE_IMPL(prefix, type, impl) \
    OBJECT_RELEASE_IMPL(prefix, type, impl, host_view_release(This->view))

/* IDispatch for a dual interface that entry "tid" of "cache" describes:
 * defines prefix##_GetTypeInfoCount, _GetTypeInfo and _GetIDsOfNames. */
#define AUTOMATION_TYPEINFO_IMPL(prefix, type, cache, tid) \
static HRESULT WINAPI prefix##_GetTypeInfoCount(type *iface, UINT *count) \
{ \
    TRACE("%p, %p\n", iface, count); \
\
    if (!count) return E_POINTER; \
    *count = 1; \
    return S_OK; \
} \
\
static HRESULT WINAPI prefix##_GetTypeInfo(type *iface, UINT index, LCID lcid, ITypeInfo **ret) \
{ \
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret); \
\
    return dispatch_get_type_info(cache, tid, index, ret); \
} \
\
static HRESULT WINAPI prefix##_GetIDsOfNames(type *iface, REFIID riid, LPOLESTR *names, \
                                             UINT count, LCID lcid, DISPID *ids) \
{ \
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count, \
          (unsigned)lcid, ids); \
\
    return dispatch_get_ids(cache, tid, names, count, ids); \
}

/* The three above and prefix##_Invoke, for objects without Invoke quirks. */
#define AUTOMATION_DISPATCH_IMPL(prefix, type, cache, tid) \
AUTOMATION_TYPEINFO_IMPL(prefix, type, cache, tid) \
\
static HRESULT WINAPI prefix##_Invoke(type *iface, DISPID member, REFIID riid, LCID lcid, \
                                      WORD flags, DISPPARAMS *params, VARIANT *result, \
                                      EXCEPINFO *excepinfo, UINT *argerr) \
{ \
    HRESULT hr; \
\
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid), \
          (unsigned)lcid, flags, params, result, excepinfo, argerr); \
\
    if (FAILED(hr = dispatch_check(cache, tid, member, riid, flags, params, 0))) return hr; \
    return dispatch_invoke(cache, tid, iface, member, flags, params, result, excepinfo, argerr); \
}

struct provideclassinfo
{
    IProvideClassInfo2 IProvideClassInfo2_iface;
    IUnknown *outer;
    struct typeinfo_cache *cache;
    unsigned int index;
};

void init_classinfo(struct typeinfo_cache *cache, unsigned int index, IUnknown *outer,
                    struct provideclassinfo *classinfo);

/* Errors: every failure a script can see carries a description set with
 * SetErrorInfo, translated from the string table. */
HRESULT set_error(enum object_model model, HRESULT hr, UINT string_id, ...);
HRESULT raise_core_error(enum object_model model, const vpcError *err);
HRESULT raise_vm_error(enum object_model model, const vpcError *err, const WCHAR *vm_name);
/* A core error's description with a more precise HRESULT than its code's. */
HRESULT raise_core_error_as(enum object_model model, HRESULT hr, const vpcError *err);
HRESULT not_supported(enum object_model model, const WCHAR *iface, const WCHAR *member);
HRESULT bad_index(enum object_model model, LONG index, ULONG count);
HRESULT hresult_from_core(vpcErrorCode code);
WCHAR *format_string(UINT string_id, ...);
WCHAR *describe_core_error(const vpcError *err);
WCHAR *describe_vm_error(const vpcError *err, const WCHAR *vm_name);

/* Snapshots are shared, reference-counted, and never change. */
struct snapshot
{
    LONG ref;
    vpcSnapshot *data;
};

void snapshot_addref(struct snapshot *snap);
void snapshot_release(struct snapshot *snap);

/* What an application object sees: its hosts, and the snapshot that serves
 * every read within VPC_SNAPSHOT_MAX_AGE_MS of the last fetch. */
struct host_view;

HRESULT host_view_create(enum object_model model, struct host_view **ret);
void host_view_addref(struct host_view *view);
void host_view_release(struct host_view *view);
enum object_model host_view_model(const struct host_view *view);
HRESULT host_view_snapshot(struct host_view *view, struct snapshot **ret);
LONG host_view_service_uptime(struct host_view *view);
HRESULT host_view_details(struct host_view *view, const char *host_uri, const char *uuid,
                          vpcVMDetails *details, vpcError *err);
/* Every VM of 'host_uri': one round trip. */
HRESULT host_view_host_scheduling(struct host_view *view, const char *host_uri,
                                  vpcSchedulingList *list, vpcError *err);
HRESULT host_view_set_scheduling(struct host_view *view, const char *host_uri, const char *uuid,
                                 double reserved, double maximum, int weight, vpcError *err);
HRESULT host_view_available_capacity(struct host_view *view, double *available);
HRESULT host_view_start_action(struct host_view *view, const char *host_uri, const char *uuid,
                               vpcAction action, vpcTaskId *task_id, vpcError *err);
/* Answers once the task completed or wait_ms passed (0: at once). */
/* A setting of a VM (vpcConfigItem), written through the backend. */
HRESULT host_view_configure(struct host_view *view, const char *host_uri, const char *uuid,
                            vpcConfigItem item, const char *text, int64_t number, vpcError *err);
HRESULT host_view_task_status(struct host_view *view, vpcTaskId task_id, int wait_ms,
                              vpcTaskStatus *status, vpcError *err);
/* The backend's tasks not yet complete, oldest first (malloc'ed). */
HRESULT host_view_list_tasks(struct host_view *view, vpcTaskStatus **tasks, size_t *count,
                             vpcError *err);
void host_view_note_change(void);
LONG host_view_changes(void);
char *host_view_host_name(struct host_view *view, size_t index);
char *host_view_host_name_of(struct host_view *view, const char *host_uri);
LONG host_view_idle_timeout(struct host_view *view);


/* NULL when no resident backend can be reached. */
vpcBackend *create_resident_backend(const struct vpc_settings *settings);

/* Events (events.c): the application and VM objects are sources of their
 * model's outgoing interface, fed by the backend's events. */
/* Makes the backend watch (and connect to) the view's hosts; 'cursor' is
 * then "now". */
HRESULT host_view_watch_events(struct host_view *view, vpcEventCursor *cursor, vpcError *err);
/* The events of every host the backend watches, after 'cursor'; 'hosts'
 * are watched (again, by a backend that was restarted). */
HRESULT host_view_wait_events(struct host_view *view, const vpcHostList *hosts,
                              vpcEventCursor *cursor, int wait_ms, vpcEventList *events,
                              vpcError *err);
const vpcHostList *host_view_hosts(struct host_view *view);
BOOL host_view_has_host(struct host_view *view, const char *host_uri);
/* The backend's own connection for the event thread's long poll, or NULL
 * (then the in-process backend serves both). */
vpcBackend *create_resident_event_backend(const struct vpc_settings *settings);

/* The members of an outgoing interface that events call; DISPID_UNKNOWN
 * for one it does not have.  The application's get the VM's name first. */
struct event_dispids
{
    DISPID state_change;        /* (VMVMState) */
    DISPID heartbeat_stopped;   /* () */
    DISPID reset;               /* () */
};

struct event_source_info
{
    IUnknown *outer;            /* the object */
    const IID *iid;             /* its default source interface */
    struct event_dispids dispids;
    struct host_view *view;
    const char *host_uri;       /* NULL: the application (every VM) */
    const char *uuid;
};

struct event_source;

/* IConnectionPointContainer of the object whose source is in 'slot',
 * created on first use. */
HRESULT event_source_container(struct event_source **slot, const struct event_source_info *info,
                               void **obj);
/* At the object's final Release: its sinks are let go. */
void event_source_destroy(struct event_source *source);

/* Where a script's VM object points: a host and a UUID. */
/* view, host_uri and uuid never change after vm_ref_init.  The rest is
 * what the VM object last saw: the coclasses are threading(both), so two
 * threads may use one object at once, and they hold lock to read or change
 * it (vm_ref_name() gives a copy of the name). */
struct vm_ref
{
    struct host_view *view;
    char *host_uri;
    char uuid[VPC_UUID_STRING_LEN];
    SRWLOCK lock;
    WCHAR *name;                /* as last seen, for messages about a vanished VM */
    size_t hint;                /* index in the last snapshot it was found at */
    BOOL sched_valid;           /* Virtual Server scheduling, read with one request */
    vpcScheduling sched;
    int64_t sched_at_ms;
    LONG sched_changes;
};

HRESULT vm_ref_init(struct vm_ref *ref, struct host_view *view, const struct snapshot *snap,
                    size_t index);
void vm_ref_cleanup(struct vm_ref *ref);
HRESULT vm_ref_copy(struct vm_ref *dst, const struct vm_ref *src);
HRESULT vm_ref_lookup(struct vm_ref *ref, struct snapshot **snap, const vpcVMRecord **rec);
HRESULT vm_ref_raise(struct vm_ref *ref, vpcErrorCode code, const char *detail);
HRESULT vm_ref_raise_error(struct vm_ref *ref, const vpcError *err);
WCHAR *vm_ref_name(struct vm_ref *ref);

HRESULT vm_get_name(struct vm_ref *ref, BSTR *name);
HRESULT vm_get_state(struct vm_ref *ref, int *state);
HRESULT vm_get_config_id(struct vm_ref *ref, BSTR *id);
HRESULT vm_get_memory(struct vm_ref *ref, LONG *megabytes);
HRESULT vm_get_notes(struct vm_ref *ref, BSTR *notes);
HRESULT vm_check_exists(struct vm_ref *ref);

/* GetConfigurationValue (see prefs.c for the keys). */
HRESULT app_get_configuration_value(struct host_view *view, BSTR key, VARIANT *value);
HRESULT vm_get_configuration_value(struct vm_ref *ref, BSTR key, VARIANT *value);

/* The accountant's readings; S_FALSE (and zeros) when the VM is not running. */
enum vpc_counter
{
    COUNTER_NET_RECEIVED,
    COUNTER_NET_SENT,
    COUNTER_DISK_READ,
    COUNTER_DISK_WRITTEN,
};

HRESULT accountant_get_counter(struct vm_ref *ref, enum vpc_counter which, VARIANT *ret);
HRESULT accountant_get_cpu(struct vm_ref *ref, LONG *percent);
HRESULT accountant_get_history(struct vm_ref *ref, VARIANT *ret);
HRESULT accountant_get_uptime(struct vm_ref *ref, LONG *seconds);
void accountant_history_for_script(VARIANT *result);
HRESULT accountant_history_sample(enum object_model model, VARIANT *history, VARIANT *index,
                                  VARIANT *result);

/* Virtual Server's scheduling members. */
enum vpc_capacity
{
    CAPACITY_ALLOWABLE_MAXIMUM,
    CAPACITY_ALLOWABLE_RESERVED,
    CAPACITY_MAXIMUM,
    CAPACITY_RESERVED,
};

HRESULT accountant_get_capacity(struct vm_ref *ref, enum vpc_capacity which, VARIANT *ret);
HRESULT accountant_get_weight(struct vm_ref *ref, LONG *weight);
HRESULT accountant_set_scheduling(struct vm_ref *ref, VARIANT reserved, VARIANT maximum,
                                  LONG weight);

/* Lifecycle methods: vm_start_action hands back a task id for an IVMTask;
 * vm_run_action is for the methods that return when done (Pause, Resume,
 * DiscardSavedState). */
/* Creation and removal of VMs (vmcreate.c). */
const char *host_view_host_uri(struct host_view *view, size_t index);
HRESULT app_create_vm(struct host_view *view, BSTR name, BSTR path, struct snapshot **ret_snap,
                      size_t *index);
BOOL name_has_invalid_char(const WCHAR *name);
HRESULT check_vm_name(struct host_view *view, const char *host_uri, const WCHAR *vm_name,
                      BOOL may_be_empty);
HRESULT app_register_vm(struct host_view *view, BSTR name, BSTR path, struct snapshot **snap,
                        size_t *index);
/* What RegisterVirtualMachine and RegisterVirtualNetwork share: the
 * object's name from 'name' or the path, without 'ext'; the file
 * (folder\name.ext, or the path itself without a name), which must be an
 * absolute Windows path; its text as UTF-8; Win32 errors reading it. */
WCHAR *configuration_name(BSTR name, BSTR path, const WCHAR *ext);
WCHAR *configuration_file_path(const WCHAR *path, const WCHAR *name, const WCHAR *ext);
BOOL path_is_absolute(const WCHAR *path);
HRESULT read_configuration_file(struct host_view *view, const WCHAR *file, char **text);
HRESULT configuration_file_error(struct host_view *view, const WCHAR *file, DWORD error);
HRESULT app_remove_vm(struct vm_ref *ref, BOOL delete_all);
/* A change of a virtual network of host 'index' (vpcServiceChangeNetwork);
 * S_FALSE for a network to delete that the host does not have.
 * '*defined_name' (may be NULL) gets a registered network's name. */
HRESULT host_view_change_network(struct host_view *view, size_t index, vpcNetworkChange change,
                                 const char *name, const char *text, char **defined_name,
                                 vpcError *err);
HRESULT host_view_create_domain(struct host_view *view, const char *host_uri, const char *name,
                                const char *folder, const char *xml, char *uuid, vpcError *err);
HRESULT host_view_disk_image(struct host_view *view, const char *host_uri, vpcDiskOp op,
                             const char *path, const char *parent, LONG size_mb,
                             vpcDiskImage *image, vpcError *err);
HRESULT host_view_remove_domain(struct host_view *view, const char *host_uri, const char *uuid,
                                BOOL delete_all, vpcError *err);
/* Configuration writes (machine.c).  vm_configure: one setting or device
 * change through the backend, its error naming the VM. */
HRESULT vm_configure(struct vm_ref *ref, vpcConfigItem item, const char *text, int64_t number);
HRESULT vm_set_notes(struct vm_ref *ref, BSTR notes);
HRESULT vm_set_name(struct vm_ref *ref, BSTR name);
HRESULT vm_set_smbios(struct vm_ref *ref, vpcSmbiosString which, BSTR value);
HRESULT vm_set_memory(struct vm_ref *ref, LONG megabytes);
HRESULT vm_set_autostart(struct vm_ref *ref, BOOL autostart);
HRESULT vm_set_configuration_value(struct vm_ref *ref, BSTR key, VARIANT value);
HRESULT vm_start_action(struct vm_ref *ref, vpcAction action, vpcTaskId *task_id);
HRESULT vm_run_action(struct vm_ref *ref, vpcAction action);

/* IVMKeyboard (keyboard.c). */
HRESULT host_view_send_keys(struct host_view *view, const char *host_uri, const char *uuid,
                            const vpcKeyCombo *combos, size_t ncombos, vpcError *err);
HRESULT keyboard_press_and_release(struct vm_ref *vm, BSTR key);
HRESULT keyboard_press(struct vm_ref *vm, BSTR key);
HRESULT keyboard_release(struct vm_ref *vm, BSTR key);
HRESULT keyboard_is_pressed(struct vm_ref *vm, BSTR key, VARIANT_BOOL *pressed);
HRESULT keyboard_type_text(struct vm_ref *vm, BSTR text);
HRESULT keyboard_type_sequence(struct vm_ref *vm, BSTR sequence);

/* IVMTask: a task of the backend, by id. */
struct task_ref
{
    struct host_view *view;
    vpcTaskId id;
    vpcAction action;
    WCHAR *vm_name;
    vpcTaskStatus final;        /* once complete, its status never changes */
    WCHAR *description;         /* a task done when it was made: what it did */
};

HRESULT task_ref_init(struct task_ref *task, struct vm_ref *vm, vpcTaskId id, vpcAction action);
HRESULT task_ref_init_done(struct task_ref *task, struct host_view *view, const WCHAR *description);
/* A task the backend listed (IVMVirtualServer::Tasks): its VM is named as
 * the backend knows it. */
HRESULT task_ref_init_listed(struct task_ref *task, struct host_view *view,
                             const vpcTaskStatus *status);
void task_ref_cleanup(struct task_ref *task);
HRESULT task_is_complete(struct task_ref *task, VARIANT_BOOL *complete);
HRESULT task_percent(struct task_ref *task, LONG *percent);
HRESULT task_result(struct task_ref *task, int *result);
HRESULT task_error(struct task_ref *task, LONG *error);
HRESULT task_error_description(struct task_ref *task, BSTR *description);
HRESULT task_description(struct task_ref *task, BSTR *description);
HRESULT task_wait(struct task_ref *task, LONG timeout_ms);
HRESULT task_cancel(enum object_model model);

/* Lookup by name for FindVirtualMachine: "name" or "host/name". */
HRESULT find_vm_index(struct host_view *view, const WCHAR *name, struct snapshot **snap,
                      size_t *index);

/* IEnumVARIANT over a collection's items, created on demand. */
typedef HRESULT (*enum_item_func)(IUnknown *collection, ULONG index, IDispatch **item);

HRESULT create_enumvariant(IUnknown *collection, ULONG count, enum_item_func get_item,
                           IUnknown **ret);

HINSTANCE get_vpccom_instance(void);

/* Inventory (docs/inventory-mapping.md): a VM's facts, from the backend's
 * per-host answer that vmfacts.c caches (one round trip for all VMs). */
BOOL host_view_guest_agent(struct host_view *view);
size_t host_view_host_index(struct host_view *view, const char *host_uri);
HRESULT host_view_vm_facts(struct host_view *view, const char *host_uri, vpcFactsList *list,
                           vpcError *err);

struct facts_set;
struct vm_facts
{
    struct facts_set *set;      /* holds 'facts' */
    const vpcVMFacts *facts;
    vpcVMState state;           /* from the snapshot of the same read */
    BOOL running;
};

HRESULT vm_facts_get(struct vm_ref *ref, struct vm_facts *facts);
void vm_facts_release(struct vm_facts *facts);
HRESULT vm_fact_error(struct vm_ref *ref, HRESULT hr, UINT string_id, const WCHAR *what);
WCHAR *script_path(const char *host_uri, const char *path);
HRESULT return_utf8(const char *text, BSTR *ret);
HRESULT return_script_path(struct vm_ref *ref, const char *path, BSTR *ret);

HRESULT vm_get_account_name(struct vm_ref *ref, BSTR *name);
HRESULT vm_get_run_as_defined_account(struct vm_ref *ref, VARIANT_BOOL *defined);
HRESULT vm_get_autostart(struct vm_ref *ref, int *autostart);
HRESULT vm_get_autostart_delay(struct vm_ref *ref, LONG *delay);
HRESULT vm_get_smbios(struct vm_ref *ref, vpcSmbiosString which, BSTR *value);
HRESULT vm_get_bios_guid(struct vm_ref *ref, BSTR *guid);
HRESULT vm_get_file(struct vm_ref *ref, BSTR *file);
HRESULT vm_get_cpu_feature(struct vm_ref *ref, unsigned int feature, const WCHAR *member,
                           VARIANT_BOOL *has);
HRESULT vm_get_processor_speed(struct vm_ref *ref, LONG *mhz);
HRESULT vm_get_saved_state_path(struct vm_ref *ref, BSTR *path);
HRESULT vm_get_undoable(struct vm_ref *ref, VARIANT_BOOL *undoable);
HRESULT vm_get_undo_action(struct vm_ref *ref, int *action);

/* IVMGuestOS (guestos.c) */
enum guest_version
{
    GUEST_VERSION_MAJOR,
    GUEST_VERSION_MINOR,
    GUEST_VERSION_FULL,
};

HRESULT guest_os_name(struct vm_ref *ref, BSTR *name);
HRESULT guest_can_shutdown(struct vm_ref *ref, VARIANT_BOOL *can);
HRESULT guest_start_power_action(struct vm_ref *ref, vpcAction action, const WCHAR *member,
                                 vpcTaskId *task_id);
HRESULT guest_is_heartbeating(struct vm_ref *ref, VARIANT_BOOL *beating);
HRESULT guest_heartbeat_percentage(struct vm_ref *ref, LONG *percent);
enum guest_agent_value
{
    AGENT_HOSTNAME,
    AGENT_KERNEL_VERSION,
};

HRESULT guest_agent_only(struct vm_ref *ref, enum guest_agent_value which, const WCHAR *member,
                         BSTR *value);
HRESULT guest_os_version(struct vm_ref *ref, enum guest_version which, const WCHAR *member,
                         BSTR *value);

/* A VM's devices (devices.c): a device is its VM and its position among
 * the VM's devices of its kind. */
enum device_kind
{
    DEVICE_NIC,
    DEVICE_DVD,
    DEVICE_FLOPPY,
    DEVICE_DISK,
    DEVICE_SERIAL,
    DEVICE_PARALLEL,
    DEVICE_SCSI,
};

/* A disk image no VM needs to hold (diskimage.c): its host and path. */
struct image_ref
{
    struct host_view *view;
    char *host_uri;
    char *path;                 /* the host's */
};

struct device_ref
{
    struct vm_ref vm;
    enum device_kind kind;
    ULONG index;
    struct image_ref *image;    /* an IVMHardDisk of a stand-alone image: no VM */
};

/* What a collection of devices is: its interface, its items. */
struct device_class
{
    struct typeinfo_cache *cache;
    unsigned int tid;
    const IID *iid;
    enum device_kind kind;
    HRESULT (*create_item)(const struct vm_ref *vm, enum device_kind kind, ULONG index,
                           IDispatch **ret);
};

enum drive_location
{
    LOCATION_BUS_NUMBER,
    LOCATION_DEVICE_NUMBER,
    LOCATION_BUS_TYPE,
};

ULONG device_count(const vpcVMFacts *facts, enum device_kind kind);
HRESULT device_ref_init(struct device_ref *dev, const struct vm_ref *vm, enum device_kind kind,
                        ULONG index);
HRESULT create_device_collection(struct vm_ref *vm, const struct device_class *cls, void **ret);
HRESULT device_get_id(struct device_ref *dev, LONG *id);
HRESULT nic_get_address(struct device_ref *dev, BSTR *address);
HRESULT nic_get_dynamic(struct device_ref *dev, VARIANT_BOOL *dynamic);
HRESULT nic_get_network_name(struct device_ref *dev, WCHAR **name);
HRESULT drive_get_attachment(struct device_ref *dev, int *attachment);
HRESULT drive_get_location(struct device_ref *dev, enum drive_location which, LONG *value);
HRESULT drive_get_media(struct device_ref *dev, BOOL host_drive, const WCHAR *member, BSTR *value);
HRESULT disk_get_file(struct device_ref *dev, BSTR *file);
HRESULT disk_get_host_drive(struct device_ref *dev, BSTR *id);
HRESULT disk_get_size(struct device_ref *dev, BOOL in_guest, VARIANT *size);
HRESULT disk_get_free(struct device_ref *dev, VARIANT *bytes);
HRESULT disk_get_type(struct device_ref *dev, int host_drive_type, int *type);
HRESULT disk_check_no_parent(struct device_ref *dev, BOOL undo, IDispatch **parent);
/* vmDiskType_* of a format ("vpc", "raw"...) and backing file; FALSE when
 * Virtual PC has no type for the format. */
BOOL disk_format_type(const char *format, BOOL backing, int *type);
void device_ref_cleanup(struct device_ref *dev);

/* Stand-alone disk images (diskimage.c). */
HRESULT app_create_disk(struct host_view *view, vpcDiskOp op, BSTR path, BSTR parent, LONG size,
                        char **host_path);
HRESULT app_find_disk(struct host_view *view, BSTR path, char **host_path);
char *unix_file_in_folder(const WCHAR *path);
HRESULT remote_host_path(const char *remote, const WCHAR *path, char **host_path);
HRESULT app_list_disks(struct host_view *view, const VARIANT *in, VARIANT *out);
HRESULT image_ref_create(struct host_view *view, const char *host_uri, const char *path,
                         struct image_ref **ret);
void image_ref_free(struct image_ref *ref);
HRESULT image_get_file(struct image_ref *ref, BSTR *file);
HRESULT image_get_size(struct image_ref *ref, BOOL in_guest, VARIANT *size);
HRESULT image_get_free(struct image_ref *ref, VARIANT *bytes);
HRESULT image_get_type(struct image_ref *ref, int *type);
HRESULT image_get_parent(struct image_ref *ref, char **parent);
HRESULT serial_get_type(struct device_ref *dev, int *type);
HRESULT serial_get_name(struct device_ref *dev, BSTR *name);
HRESULT parallel_get_name(struct device_ref *dev, BSTR *name);
HRESULT display_get_size(struct vm_ref *vm, BOOL height, LONG *pixels);

/* Device changes (devchange.c), applied by the backend whole or not at all. */
HRESULT drive_attach_image(struct device_ref *dev, BSTR path);
HRESULT drive_attach_host_drive(struct device_ref *dev, BSTR drive);
HRESULT drive_release(struct device_ref *dev, BOOL host_drive);
HRESULT nic_set_network(struct device_ref *dev, const char *network_host_uri,
                        const WCHAR *network_name);
HRESULT nic_set_address(struct device_ref *dev, BSTR address);
HRESULT nic_set_dynamic(struct device_ref *dev, VARIANT_BOOL dynamic);
HRESULT drive_set_location(struct device_ref *dev, BOOL scsi, LONG bus, LONG unit);
HRESULT vm_add_dvd_drive(struct vm_ref *vm, BOOL scsi, LONG bus, LONG unit, ULONG *index);
HRESULT vm_add_disk(struct vm_ref *vm, BSTR path, BOOL scsi, LONG bus, LONG unit, ULONG *index);
HRESULT vm_add_nic(struct vm_ref *vm, ULONG *index);
HRESULT vm_add_scsi_controller(struct vm_ref *vm, ULONG *index);
HRESULT vm_remove_device(struct vm_ref *vm, struct device_ref *dev, enum device_kind kind,
                         const WCHAR *member);
HRESULT serial_configure(struct device_ref *dev, int type, BSTR name, VARIANT_BOOL connect);
HRESULT parallel_set_name(struct device_ref *dev, BSTR name);
HRESULT vm_get_attached_drive_types(struct vm_ref *vm, VARIANT *types);
HRESULT mouse_get_absolute(struct vm_ref *vm, VARIANT_BOOL *absolute);

/* IUnknown for an inventory object "impl" whose members type##_iface and
 * ref are its interface and reference count.  These objects have no class
 * in the type libraries (Microsoft documents none), hence no
 * IProvideClassInfo. */
#define INVENTORY_UNKNOWN_IMPL(prefix, type, impl) \
static HRESULT WINAPI prefix##_QueryInterface(type *iface, REFIID riid, void **obj) \
{ \
    impl *This = impl_from_##type(iface); \
\
    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj); \
\
    if (!obj) return E_POINTER; \
    if (IsEqualIID(riid, &IID_##type) || IsEqualIID(riid, &IID_IDispatch) || \
        IsEqualIID(riid, &IID_IUnknown)) \
        *obj = &This->type##_iface; \
    else \
    { \
        WARN("interface %s not supported\n", debugstr_guid(riid)); \
        *obj = NULL; \
        return E_NOINTERFACE; \
    } \
    IUnknown_AddRef((IUnknown *)*obj); \
    return S_OK; \
} \
AUTOMATION_ADDREF_IMPL(prefix##_AddRef, type, impl, impl_from_##type)

/* Per-model type information (released when the DLL unloads) and class
 * objects (tried in turn by DllGetClassObject). */
extern struct typeinfo_cache vpc_typeinfo;
extern struct typeinfo_cache vs_typeinfo;
HRESULT vpc_get_class_object(REFCLSID clsid, REFIID riid, void **obj);
HRESULT vs_get_class_object(REFCLSID clsid, REFIID riid, void **obj);

#endif /* VPCCOM_PRIVATE_H */
