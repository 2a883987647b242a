/*
 * vpccom.dll: the collections of host-level objects (virtual networks,
 * support drivers, USB devices, remote console authenticators), shared by
 * both object models.
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
 * HOST_COLLECTION_IMPL(prefix, collection, item, tid, coclass_tid,
 * create_item) defines a collection object of interface 'collection'
 * whose items, of interface 'item', create_item(view, &host_item, &ret)
 * makes, and prefix##_create(view, items, count, &ret), which takes
 * 'items' (malloc'ed).  Like VirtualMachines: 1-based Item, Count,
 * _NewEnum, the order the items were given in; the list is fixed when the
 * collection is made, so Count, Item and For Each agree for its life.
 */

#ifndef MODEL
#error "include this after the model's header"
#endif

#ifndef MODEL_HOST_TYPEINFO
#define MODEL_HOST_TYPEINFO model_host_typeinfo
#endif

#define HOST_COLLECTION_IMPL(prefix, collection, item, tid, coclass_tid, create_item) \
struct prefix \
{ \
    collection collection##_iface; \
    struct provideclassinfo classinfo; \
    LONG ref; \
    struct host_view *view; \
    size_t count; \
    struct host_item *items; \
}; \
\
static inline struct prefix *impl_from_##collection(collection *iface) \
{ \
    return CONTAINING_RECORD(iface, struct prefix, collection##_iface); \
} \
\
AUTOMATION_UNKNOWN_IMPL(prefix, collection, struct prefix) \
\
static ULONG WINAPI prefix##_Release(collection *iface) \
{ \
    struct prefix *This = impl_from_##collection(iface); \
    ULONG ref = InterlockedDecrement(&This->ref); \
\
    TRACE("%p, refcount %u\n", iface, (unsigned)ref); \
\
    if (!ref) \
    { \
        host_view_release(This->view); \
        free(This->items); \
        free(This); \
    } \
    return ref; \
} \
\
AUTOMATION_DISPATCH_IMPL(prefix, collection, &MODEL_HOST_TYPEINFO, tid) \
\
static HRESULT prefix##_enum_item(IUnknown *unk, ULONG index, IDispatch **ret) \
{ \
    struct prefix *This = impl_from_##collection((collection *)unk); \
\
    return create_item(This->view, &This->items[index], (item **)ret); \
} \
\
static HRESULT WINAPI prefix##_get__NewEnum(collection *iface, IUnknown **ret) \
{ \
    struct prefix *This = impl_from_##collection(iface); \
\
    TRACE("%p, %p\n", iface, ret); \
\
    if (!ret) return E_POINTER; \
    return create_enumvariant((IUnknown *)iface, This->count, prefix##_enum_item, ret); \
} \
\
static HRESULT WINAPI prefix##_get_Count(collection *iface, LONG *count) \
{ \
    struct prefix *This = impl_from_##collection(iface); \
\
    TRACE("%p, %p\n", iface, count); \
\
    if (!count) return E_POINTER; \
    *count = This->count; \
    return S_OK; \
} \
\
static HRESULT WINAPI prefix##_get_Item(collection *iface, LONG index, item **ret) \
{ \
    struct prefix *This = impl_from_##collection(iface); \
\
    TRACE("%p, %d, %p\n", iface, (int)index, ret); \
\
    if (!ret) return E_POINTER; \
    *ret = NULL; \
    if (index < 1 || (size_t)index > This->count) \
        return bad_index(MODEL, index, This->count); \
    return create_item(This->view, &This->items[index - 1], ret); \
} \
\
static const struct collection##Vtbl prefix##_vtbl = \
{ \
    prefix##_QueryInterface, \
    prefix##_AddRef, \
    prefix##_Release, \
    prefix##_GetTypeInfoCount, \
    prefix##_GetTypeInfo, \
    prefix##_GetIDsOfNames, \
    prefix##_Invoke, \
    prefix##_get__NewEnum, \
    prefix##_get_Count, \
    prefix##_get_Item, \
}; \
\
static HRESULT prefix##_create(struct host_view *view, struct host_item *items, size_t count, \
                               collection **ret) \
{ \
    struct prefix *obj; \
\
    *ret = NULL; \
    if (!(obj = calloc(1, sizeof(*obj)))) \
    { \
        free(items); \
        return E_OUTOFMEMORY; \
    } \
    obj->collection##_iface.lpVtbl = &prefix##_vtbl; \
    obj->ref = 1; \
    obj->view = view; \
    host_view_addref(view); \
    obj->items = items; \
    obj->count = count; \
    init_classinfo(&MODEL_HOST_TYPEINFO, coclass_tid, (IUnknown *)&obj->collection##_iface, \
                   &obj->classinfo); \
    *ret = &obj->collection##_iface; \
    return S_OK; \
}
