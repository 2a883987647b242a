/*
 * vpccom.dll: entry points, type information and IProvideClassInfo.
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

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "host_private.h"
#include "rpcproxy.h"
#include "resource.h"

#include "wine/debug.h"
#include "vpcwin.h"

struct __wine_debug_channel vpccom_debug_channel = { 0xff, "vpccom" };

VPCCOM_DEBUG_CHANNEL;

static HINSTANCE vpccom_instance;

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, void *reserved)
{
    if (reason == DLL_PROCESS_ATTACH)
        vpccom_debug_channel.flags = __wine_dbg_get_channel_flags(&vpccom_debug_channel);

    TRACE("%p, %lu, %p\n", instance, (unsigned long)reason, reserved);

    switch (reason)
    {
    case DLL_PROCESS_ATTACH:
        vpccom_instance = instance;
        DisableThreadLibraryCalls(instance);
        vpcwin_attach_core(__wine_dbch___default);
        break;
    case DLL_PROCESS_DETACH:
        if (reserved) break;
        release_typeinfos(&vpc_typeinfo);
        release_typeinfos(&vs_typeinfo);
        release_typeinfos(&vpc_host_typeinfo);
        release_typeinfos(&vs_host_typeinfo);
        break;
    }
    return TRUE;
}

/***********************************************************************
 *      DllGetClassObject (vpccom.@)
 */
HRESULT WINAPI DllGetClassObject(REFCLSID clsid, REFIID riid, void **obj)
{
    HRESULT hr;

    TRACE("%s, %s, %p\n", debugstr_guid(clsid), debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    *obj = NULL;

    hr = vpc_get_class_object(clsid, riid, obj);
    if (hr == CLASS_E_CLASSNOTAVAILABLE)
        hr = vs_get_class_object(clsid, riid, obj);
    if (hr == CLASS_E_CLASSNOTAVAILABLE)
        FIXME("unknown class %s\n", debugstr_guid(clsid));
    return hr;
}

/***********************************************************************
 *      DllCanUnloadNow (vpccom.@)
 */
HRESULT WINAPI DllCanUnloadNow(void)
{
    /* libvirt's event loop thread runs our code until the process ends. */
    return S_FALSE;
}

/***********************************************************************
 *      DllRegisterServer (vpccom.@)
 */
HRESULT WINAPI DllRegisterServer(void)
{
    return __wine_register_resources();
}

/***********************************************************************
 *      DllUnregisterServer (vpccom.@)
 */
HRESULT WINAPI DllUnregisterServer(void)
{
    return __wine_unregister_resources();
}

HINSTANCE get_vpccom_instance(void)
{
    return vpccom_instance;
}

static HRESULT load_typelib(struct typeinfo_cache *cache)
{
    ITypeLib *typelib;
    HRESULT hr;

    if (cache->typelib) return S_OK;

    hr = LoadRegTypeLib(cache->libid, 1, 0, LOCALE_SYSTEM_DEFAULT, &typelib);
    if (FAILED(hr))
    {
        ERR("LoadRegTypeLib(%s) failed: %#x; is vpccom.dll registered?\n",
            debugstr_guid(cache->libid), (unsigned)hr);
        return hr;
    }
    if (InterlockedCompareExchangePointer((void **)&cache->typelib, typelib, NULL))
        ITypeLib_Release(typelib);
    return S_OK;
}

HRESULT get_typeinfo(struct typeinfo_cache *cache, unsigned int index, ITypeInfo **ret)
{
    ITypeInfo *typeinfo;
    HRESULT hr;

    if (index >= cache->count) return E_INVALIDARG;
    if (FAILED(hr = load_typelib(cache))) return hr;

    if (!cache->typeinfos[index])
    {
        hr = ITypeLib_GetTypeInfoOfGuid(cache->typelib, cache->guids[index], &typeinfo);
        if (FAILED(hr))
        {
            ERR("GetTypeInfoOfGuid(%s) failed: %#x\n", debugstr_guid(cache->guids[index]),
                (unsigned)hr);
            return hr;
        }
        if (InterlockedCompareExchangePointer((void **)&cache->typeinfos[index], typeinfo, NULL))
            ITypeInfo_Release(typeinfo);
    }

    *ret = cache->typeinfos[index];
    ITypeInfo_AddRef(*ret);
    return S_OK;
}

void release_typeinfos(struct typeinfo_cache *cache)
{
    unsigned int i;

    for (i = 0; i < cache->count; i++)
    {
        if (cache->typeinfos[i]) ITypeInfo_Release(cache->typeinfos[i]);
        cache->typeinfos[i] = NULL;
    }
    if (cache->typelib) ITypeLib_Release(cache->typelib);
    cache->typelib = NULL;
    if (cache->shapes)
    {
        for (i = 0; i < cache->count; i++) free(cache->shapes[i]);
        free(cache->shapes);
        cache->shapes = NULL;
    }
}

HRESULT dispatch_get_type_info(struct typeinfo_cache *cache, unsigned int index, UINT which,
                               ITypeInfo **ret)
{
    if (!ret) return E_POINTER;
    *ret = NULL;
    if (which) return DISP_E_BADINDEX;
    return get_typeinfo(cache, index, ret);
}

/* What Invoke needs to know of each member, read once per interface from
 * its FUNCDESCs (GetFuncDesc copies one on every call). */
struct member_shape
{
    MEMBERID id;
    WORD invkind;
    BOOL callable;              /* not one of IUnknown's or IDispatch's own */
    BOOL varargs;
    BOOL returns_object;        /* a getter of an object */
    UINT max_args;              /* without [retval] and [lcid] */
    WCHAR name[40];             /* ASCII, lower case; empty if not (see find_member_name) */
};

struct member_shapes
{
    UINT count;
    struct member_shape shape[];
};

/* Whether a getter hands back an object: ITypeInfo::Invoke gives the
 * arguments it does not take to that object's default member, which is how
 * VBScript's vpc.VirtualMachines(1) reaches Item. */
static BOOL returns_object(const FUNCDESC *desc)
{
    const TYPEDESC *type = &desc->elemdescFunc.tdesc;
    SHORT i;

    for (i = 0; i < desc->cParams; i++)
        if (desc->lprgelemdescParam[i].paramdesc.wParamFlags & PARAMFLAG_FRETVAL)
            type = &desc->lprgelemdescParam[i].tdesc;
    while (type && type->vt == VT_PTR) type = type->lptdesc;
    return type && (type->vt == VT_USERDEFINED || type->vt == VT_DISPATCH || type->vt == VT_UNKNOWN);
}

/* A member name as the lookup below compares it: ASCII letters, digits and
 * '_' only, lowered; FALSE for any other name or one too long. */
static BOOL lower_ascii_name(const WCHAR *name, WCHAR *lower, size_t size)
{
    size_t i;

    for (i = 0; name[i]; i++)
    {
        WCHAR c = name[i];

        if (i + 1 >= size) return FALSE;
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return FALSE;
        lower[i] = c;
    }
    lower[i] = 0;
    return i > 0;
}

static BOOL same_name(const WCHAR *a, const WCHAR *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static struct member_shapes *read_shapes(ITypeInfo *typeinfo)
{
    struct member_shapes *shapes;
    TYPEATTR *attr;
    FUNCDESC *desc;
    UINT i, n = 0;
    BSTR name;
    SHORT p;

    if (FAILED(ITypeInfo_GetTypeAttr(typeinfo, &attr))) return NULL;
    if (!(shapes = calloc(1, offsetof(struct member_shapes, shape[attr->cFuncs]))))
    {
        ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
        return NULL;
    }
    for (i = 0; i < attr->cFuncs; i++)
    {
        struct member_shape *shape = &shapes->shape[n];

        if (FAILED(ITypeInfo_GetFuncDesc(typeinfo, i, &desc))) continue;
        shape->id = desc->memid;
        shape->invkind = desc->invkind;
        if (SUCCEEDED(ITypeInfo_GetDocumentation(typeinfo, desc->memid, &name, NULL, NULL, NULL)))
        {
            if (!lower_ascii_name(name, shape->name, ARRAY_SIZE(shape->name))) shape->name[0] = 0;
            SysFreeString(name);
        }
        shape->callable = !(desc->wFuncFlags & FUNCFLAG_FRESTRICTED) || desc->memid == DISPID_NEWENUM;
        shape->varargs = desc->cParamsOpt == -1;
        shape->returns_object = (desc->invkind & INVOKE_PROPERTYGET) && returns_object(desc);
        for (p = 0; p < desc->cParams; p++)
            if (!(desc->lprgelemdescParam[p].paramdesc.wParamFlags & (PARAMFLAG_FRETVAL | PARAMFLAG_FLCID)))
                shape->max_args++;
        ITypeInfo_ReleaseFuncDesc(typeinfo, desc);
        n++;
    }
    shapes->count = n;
    ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
    return shapes;
}

static const struct member_shapes *get_shapes(struct typeinfo_cache *cache, unsigned int index)
{
    struct member_shapes **table, *shapes;
    ITypeInfo *typeinfo;

    if (!cache->shapes)
    {
        if (!(table = calloc(cache->count, sizeof(*table)))) return NULL;
        if (InterlockedCompareExchangePointer((void **)&cache->shapes, table, NULL)) free(table);
    }
    if (!cache->shapes[index])
    {
        if (FAILED(get_typeinfo(cache, index, &typeinfo))) return NULL;
        shapes = read_shapes(typeinfo);
        ITypeInfo_Release(typeinfo);
        if (!shapes) return NULL;
        if (InterlockedCompareExchangePointer((void **)&cache->shapes[index], shapes, NULL))
            free(shapes);
    }
    return cache->shapes[index];
}

/* Script engines look a member's name up on every call (Wine's VBScript
 * does, for each property read).  ITypeInfo::GetIDsOfNames compares it with
 * each member's name by lstrcmpiW, a locale-aware comparison that cost more
 * than the rest of a property read (10 µs of 11 for a VM's Name).
 * The type libraries' names are ASCII: such a name is found in the table
 * read once per interface, in the order of the type information, as
 * GetIDsOfNames would find it.  Any other name, a name not found there, and
 * named arguments still go to GetIDsOfNames, which gives the same answer
 * (an inherited member) or the same error. */
static BOOL find_member_name(struct typeinfo_cache *cache, unsigned int index, const WCHAR *name,
                             DISPID *id)
{
    const struct member_shapes *shapes;
    WCHAR lower[ARRAY_SIZE(((struct member_shape *)0)->name)];
    UINT i;

    if (!name || !lower_ascii_name(name, lower, ARRAY_SIZE(lower))) return FALSE;
    if (index >= cache->count || !(shapes = get_shapes(cache, index))) return FALSE;
    for (i = 0; i < shapes->count; i++)
        if (same_name(shapes->shape[i].name, lower))
        {
            *id = shapes->shape[i].id;
            return TRUE;
        }
    return FALSE;
}

HRESULT dispatch_get_ids(struct typeinfo_cache *cache, unsigned int index, LPOLESTR *names,
                         UINT count, DISPID *ids)
{
    ITypeInfo *typeinfo;
    HRESULT hr;

    if (!names || !ids) return E_POINTER;
    if (count == 1 && find_member_name(cache, index, names[0], &ids[0])) return S_OK;
    if (FAILED(hr = get_typeinfo(cache, index, &typeinfo))) return hr;
    hr = ITypeInfo_GetIDsOfNames(typeinfo, names, count, ids);
    if (hr == DISP_E_UNKNOWNNAME)
        WARN("no member %s in %s\n", debugstr_w(names[0]), debugstr_guid(cache->guids[index]));
    ITypeInfo_Release(typeinfo);
    return hr;
}

/* A member's DISPID from the type library, looked up once. */
DISPID dispatch_member_id(struct typeinfo_cache *cache, unsigned int index, DISPID *cached,
                          const WCHAR *name)
{
    DISPID id = DISPID_UNKNOWN;
    LPOLESTR names[1] = { (LPOLESTR)name };

    if (*cached != DISPID_UNKNOWN) return *cached;
    if (SUCCEEDED(dispatch_get_ids(cache, index, names, 1, &id))) *cached = id;
    return id;
}

/* What ITypeInfo::Invoke does not check, or checks only by crashing or by
 * ignoring it, refused before any member runs: a riid other than IID_NULL,
 * argument counts without their arrays, no way of calling (wFlags 0, or an
 * assignment to a read-only property), and more arguments than the member
 * takes ('extra' more are allowed: CPUUtilizationHistory(i)). */
static const struct member_shape *find_shape(struct typeinfo_cache *cache, unsigned int index,
                                             DISPID member, WORD flags);

/* JScript's Enumerator asks for _NewEnum as a method, with no arguments
 * (Wine's engine passes DISPATCH_METHOD alone), where the type library has
 * a property get; so does any script engine for obj.Prop().  A call without
 * arguments on a member that has a get and no method reads the property. */
static WORD effective_flags(struct typeinfo_cache *cache, unsigned int index, DISPID member,
                            WORD flags, const DISPPARAMS *params)
{
    if (flags == DISPATCH_METHOD && params && !params->cArgs &&
        !find_shape(cache, index, member, DISPATCH_METHOD) &&
        find_shape(cache, index, member, DISPATCH_PROPERTYGET))
        return DISPATCH_METHOD | DISPATCH_PROPERTYGET;
    return flags;
}

HRESULT dispatch_check(struct typeinfo_cache *cache, unsigned int index, DISPID member,
                       REFIID riid, WORD flags, const DISPPARAMS *params, UINT extra)
{
    const struct member_shapes *shapes;
    HRESULT hr = DISP_E_MEMBERNOTFOUND;
    UINT i;

    if (!riid || !IsEqualIID(riid, &IID_NULL)) return DISP_E_UNKNOWNINTERFACE;
    if (!params) return E_INVALIDARG;
    if ((params->cArgs && !params->rgvarg) || params->cNamedArgs > params->cArgs ||
        (params->cNamedArgs && !params->rgdispidNamedArgs))
        return E_INVALIDARG;

    if (index >= cache->count || !(shapes = get_shapes(cache, index))) return S_OK; /* Invoke will say */
    flags = effective_flags(cache, index, member, flags, params);
    for (i = 0; i < shapes->count; i++)
    {
        const struct member_shape *shape = &shapes->shape[i];

        if (shape->id != member || !(shape->invkind & flags) || !shape->callable) continue;
        hr = S_OK;
        if (!shape->varargs && params->cArgs > shape->max_args + extra &&
            !((flags & DISPATCH_PROPERTYGET) && shape->returns_object && !params->cNamedArgs))
            hr = DISP_E_BADPARAMCOUNT;
        break;
    }
    if (FAILED(hr)) TRACE("member %d, flags %#x, %u argument(s): %#x\n", (int)member, flags,
                          params->cArgs, (unsigned)hr);
    return hr;
}

/* An argument ITypeInfo::Invoke could not convert because the value does
 * not fit (WaitForCompletion 3000000000): the script gets a description
 * naming the member and the argument, not a bare code. */
static HRESULT describe_overflow(struct typeinfo_cache *cache, ITypeInfo *typeinfo, DISPID member,
                                 const DISPPARAMS *params, EXCEPINFO *excepinfo, const UINT *argerr)
{
    /* Each model's objects, inventory included, come from its own library. */
    enum object_model model = cache->model;
    WCHAR position[16];
    IErrorInfo *info;
    BSTR name = NULL;
    char text[16];
    HRESULT hr;

    if (!excepinfo || !argerr || *argerr >= params->cArgs) return DISP_E_OVERFLOW;
    ITypeInfo_GetDocumentation(typeinfo, member, &name, NULL, NULL, NULL);
    /* rgvarg holds the arguments last first. */
    snprintf(text, sizeof(text), "%u", params->cArgs - *argerr);
    MultiByteToWideChar(CP_ACP, 0, text, -1, position, ARRAY_SIZE(position));
    hr = set_error(model, DISP_E_OVERFLOW, IDS_ARGUMENT_OVERFLOW, position, name ? name : L"?");
    SysFreeString(name);
    memset(excepinfo, 0, sizeof(*excepinfo));
    excepinfo->scode = hr;
    if (GetErrorInfo(0, &info) == S_OK)
    {
        IErrorInfo_GetSource(info, &excepinfo->bstrSource);
        IErrorInfo_GetDescription(info, &excepinfo->bstrDescription);
        IErrorInfo_Release(info);
    }
    return DISP_E_EXCEPTION;
}

/* The getter of an object given more arguments than it takes, as in
 * vpc.VirtualMachines(1): the getter gets its own, the object's default
 * member the others.  Done here, not by ITypeInfo::Invoke, which
 * dereferences the object when the getter answered Nothing. */
static HRESULT invoke_default_member(ITypeInfo *typeinfo, void *iface, DISPID member,
                                     const struct member_shape *shape, DISPPARAMS *params,
                                     VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    DISPPARAMS own = { params->rgvarg + (params->cArgs - shape->max_args), NULL, shape->max_args, 0 };
    DISPPARAMS rest = { params->rgvarg, NULL, params->cArgs - shape->max_args, 0 };
    VARIANT object;
    HRESULT hr;

    VariantInit(&object);
    hr = ITypeInfo_Invoke(typeinfo, iface, member, DISPATCH_PROPERTYGET, &own, &object, excepinfo,
                          argerr);
    if (FAILED(hr)) return hr;
    if (V_VT(&object) != VT_DISPATCH || !V_DISPATCH(&object))
        hr = DISP_E_BADPARAMCOUNT;      /* Nothing takes no arguments */
    else
        hr = IDispatch_Invoke(V_DISPATCH(&object), DISPID_VALUE, &IID_NULL, LOCALE_USER_DEFAULT,
                              DISPATCH_METHOD | DISPATCH_PROPERTYGET, &rest, result, excepinfo,
                              argerr);
    VariantClear(&object);
    return hr;
}

static const struct member_shape *find_shape(struct typeinfo_cache *cache, unsigned int index,
                                             DISPID member, WORD flags)
{
    const struct member_shapes *shapes;
    UINT i;

    if (index >= cache->count || !(shapes = get_shapes(cache, index))) return NULL;
    for (i = 0; i < shapes->count; i++)
        if (shapes->shape[i].id == member && (shapes->shape[i].invkind & flags) &&
            shapes->shape[i].callable)
            return &shapes->shape[i];
    return NULL;
}

HRESULT dispatch_invoke(struct typeinfo_cache *cache, unsigned int index, void *iface,
                        DISPID member, WORD flags, DISPPARAMS *params, VARIANT *result,
                        EXCEPINFO *excepinfo, UINT *argerr)
{
    const struct member_shape *shape;
    ITypeInfo *typeinfo;
    HRESULT hr;

    /* Also for objects whose Invoke is their own. */
    if (FAILED(hr = dispatch_check(cache, index, member, &IID_NULL, flags, params, 0))) return hr;
    if (FAILED(hr = get_typeinfo(cache, index, &typeinfo))) return hr;
    flags = effective_flags(cache, index, member, flags, params);
    shape = find_shape(cache, index, member, flags);
    if (shape && shape->returns_object && (flags & DISPATCH_PROPERTYGET) && !shape->varargs &&
        params->cArgs > shape->max_args && !params->cNamedArgs)
    {
        hr = invoke_default_member(typeinfo, iface, member, shape, params, result, excepinfo, argerr);
        ITypeInfo_Release(typeinfo);
        return hr;
    }
    hr = ITypeInfo_Invoke(typeinfo, iface, member, flags, params, result, excepinfo, argerr);
    if (hr == DISP_E_OVERFLOW)
        hr = describe_overflow(cache, typeinfo, member, params, excepinfo, argerr);
    ITypeInfo_Release(typeinfo);
    return hr;
}

static inline struct provideclassinfo *impl_from_IProvideClassInfo2(IProvideClassInfo2 *iface)
{
    return CONTAINING_RECORD(iface, struct provideclassinfo, IProvideClassInfo2_iface);
}

static HRESULT WINAPI provideclassinfo_QueryInterface(IProvideClassInfo2 *iface, REFIID riid, void **obj)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo2(iface);
    return IUnknown_QueryInterface(classinfo->outer, riid, obj);
}

static ULONG WINAPI provideclassinfo_AddRef(IProvideClassInfo2 *iface)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo2(iface);
    return IUnknown_AddRef(classinfo->outer);
}

static ULONG WINAPI provideclassinfo_Release(IProvideClassInfo2 *iface)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo2(iface);
    return IUnknown_Release(classinfo->outer);
}

static HRESULT WINAPI provideclassinfo_GetClassInfo(IProvideClassInfo2 *iface, ITypeInfo **ret)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo2(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    *ret = NULL;
    return get_typeinfo(classinfo->cache, classinfo->index, ret);
}

/* The default source interface, from the class's type information: what
 * a script host connects its sinks to. */
static HRESULT WINAPI provideclassinfo_GetGUID(IProvideClassInfo2 *iface, DWORD kind, GUID *guid)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo2(iface);
    ITypeInfo *klass, *source;
    TYPEATTR *attr;
    HRESULT hr;
    UINT i;

    TRACE("%p, %lu, %p\n", iface, (unsigned long)kind, guid);

    if (!guid) return E_POINTER;
    memset(guid, 0, sizeof(*guid));
    if (kind != GUIDKIND_DEFAULT_SOURCE_DISP_IID) return E_INVALIDARG;
    if (FAILED(hr = get_typeinfo(classinfo->cache, classinfo->index, &klass))) return hr;
    if (FAILED(hr = ITypeInfo_GetTypeAttr(klass, &attr)))
    {
        ITypeInfo_Release(klass);
        return hr;
    }
    hr = E_FAIL;    /* a class without events */
    for (i = 0; i < attr->cImplTypes && hr == E_FAIL; i++)
    {
        INT flags;
        HREFTYPE ref;
        TYPEATTR *source_attr;

        if (FAILED(ITypeInfo_GetImplTypeFlags(klass, i, &flags)) ||
            (flags & (IMPLTYPEFLAG_FDEFAULT | IMPLTYPEFLAG_FSOURCE)) !=
                (IMPLTYPEFLAG_FDEFAULT | IMPLTYPEFLAG_FSOURCE) ||
            FAILED(ITypeInfo_GetRefTypeOfImplType(klass, i, &ref)) ||
            FAILED(ITypeInfo_GetRefTypeInfo(klass, ref, &source)))
            continue;
        if (SUCCEEDED(ITypeInfo_GetTypeAttr(source, &source_attr)))
        {
            *guid = source_attr->guid;
            ITypeInfo_ReleaseTypeAttr(source, source_attr);
            hr = S_OK;
        }
        ITypeInfo_Release(source);
    }
    ITypeInfo_ReleaseTypeAttr(klass, attr);
    ITypeInfo_Release(klass);
    return hr;
}

static const IProvideClassInfo2Vtbl provideclassinfo_vtbl =
{
    provideclassinfo_QueryInterface,
    provideclassinfo_AddRef,
    provideclassinfo_Release,
    provideclassinfo_GetClassInfo,
    provideclassinfo_GetGUID,
};

void init_classinfo(struct typeinfo_cache *cache, unsigned int index, IUnknown *outer,
                    struct provideclassinfo *classinfo)
{
    classinfo->IProvideClassInfo2_iface.lpVtbl = &provideclassinfo_vtbl;
    classinfo->outer = outer;
    classinfo->cache = cache;
    classinfo->index = index;
}
