/*
 * vpccom.dll: IEnumVARIANT for the collections of both object models.
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
 * Collections hold a fixed snapshot, so an enumerator is a cursor over
 * indexes 0..count-1 of its collection; items are created as they are
 * fetched.  VBScript's For Each calls Next(1, &v, NULL).
 */

#include <stdlib.h>

#define COBJMACROS

#include "vpccom_private.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

struct enumvariant
{
    IEnumVARIANT IEnumVARIANT_iface;
    LONG ref;
    IUnknown *collection;
    enum_item_func get_item;
    ULONG count;
    ULONG position;
};

static inline struct enumvariant *impl_from_IEnumVARIANT(IEnumVARIANT *iface)
{
    return CONTAINING_RECORD(iface, struct enumvariant, IEnumVARIANT_iface);
}

static HRESULT WINAPI enumvariant_QueryInterface(IEnumVARIANT *iface, REFIID riid, void **obj)
{
    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IEnumVARIANT) || IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IEnumVARIANT_AddRef(iface);
        return S_OK;
    }

    TRACE("interface %s not supported\n", debugstr_guid(riid));
    *obj = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI enumvariant_AddRef(IEnumVARIANT *iface)
{
    struct enumvariant *enumvar = impl_from_IEnumVARIANT(iface);
    ULONG ref = InterlockedIncrement(&enumvar->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI enumvariant_Release(IEnumVARIANT *iface)
{
    struct enumvariant *enumvar = impl_from_IEnumVARIANT(iface);
    ULONG ref = InterlockedDecrement(&enumvar->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        IUnknown_Release(enumvar->collection);
        free(enumvar);
    }
    return ref;
}

static HRESULT WINAPI enumvariant_Next(IEnumVARIANT *iface, ULONG celt, VARIANT *var, ULONG *fetched)
{
    struct enumvariant *enumvar = impl_from_IEnumVARIANT(iface);
    ULONG count = 0;
    HRESULT hr;

    TRACE("%p, %u, %p, %p\n", iface, (unsigned)celt, var, fetched);

    if (fetched) *fetched = 0;
    if (!celt) return S_OK;
    if (!var) return E_POINTER;

    while (count < celt && enumvar->position < enumvar->count)
    {
        IDispatch *item;

        if (FAILED(hr = enumvar->get_item(enumvar->collection, enumvar->position, &item)))
        {
            while (count) VariantClear(&var[--count]);
            return hr;
        }
        V_VT(&var[count]) = VT_DISPATCH;
        V_DISPATCH(&var[count]) = item;
        count++;
        enumvar->position++;
    }

    if (fetched) *fetched = count;
    return count < celt ? S_FALSE : S_OK;
}

static HRESULT WINAPI enumvariant_Skip(IEnumVARIANT *iface, ULONG celt)
{
    struct enumvariant *enumvar = impl_from_IEnumVARIANT(iface);
    ULONG left = enumvar->count - enumvar->position;

    TRACE("%p, %u\n", iface, (unsigned)celt);

    if (celt > left)
    {
        enumvar->position = enumvar->count;
        return S_FALSE;
    }
    enumvar->position += celt;
    return S_OK;
}

static HRESULT WINAPI enumvariant_Reset(IEnumVARIANT *iface)
{
    struct enumvariant *enumvar = impl_from_IEnumVARIANT(iface);

    TRACE("%p\n", iface);

    enumvar->position = 0;
    return S_OK;
}

static HRESULT create_enum(IUnknown *collection, ULONG count, enum_item_func get_item,
                           ULONG position, IEnumVARIANT **ret);

static HRESULT WINAPI enumvariant_Clone(IEnumVARIANT *iface, IEnumVARIANT **ret)
{
    struct enumvariant *enumvar = impl_from_IEnumVARIANT(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    /* The clone continues from the same position, as IEnumVARIANT says. */
    return create_enum(enumvar->collection, enumvar->count, enumvar->get_item,
                       enumvar->position, ret);
}

static const IEnumVARIANTVtbl enumvariant_vtbl =
{
    enumvariant_QueryInterface,
    enumvariant_AddRef,
    enumvariant_Release,
    enumvariant_Next,
    enumvariant_Skip,
    enumvariant_Reset,
    enumvariant_Clone,
};

static HRESULT create_enum(IUnknown *collection, ULONG count, enum_item_func get_item,
                           ULONG position, IEnumVARIANT **ret)
{
    struct enumvariant *enumvar;

    *ret = NULL;
    if (!(enumvar = calloc(1, sizeof(*enumvar)))) return E_OUTOFMEMORY;
    enumvar->IEnumVARIANT_iface.lpVtbl = &enumvariant_vtbl;
    enumvar->ref = 1;
    enumvar->collection = collection;
    IUnknown_AddRef(collection);
    enumvar->get_item = get_item;
    enumvar->count = count;
    enumvar->position = position;
    *ret = &enumvar->IEnumVARIANT_iface;
    return S_OK;
}

HRESULT create_enumvariant(IUnknown *collection, ULONG count, enum_item_func get_item,
                           IUnknown **ret)
{
    return create_enum(collection, count, get_item, 0, (IEnumVARIANT **)ret);
}
