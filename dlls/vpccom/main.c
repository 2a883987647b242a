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

#include <stdio.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "host_private.h"
#include "rpcproxy.h"
#include "resource.h"

#include "wine/debug.h"
#include "vpcwin.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

static HINSTANCE vpccom_instance;

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, void *reserved)
{
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
}

HRESULT dispatch_get_type_info(struct typeinfo_cache *cache, unsigned int index, UINT which,
                               ITypeInfo **ret)
{
    if (!ret) return E_POINTER;
    *ret = NULL;
    if (which) return DISP_E_BADINDEX;
    return get_typeinfo(cache, index, ret);
}

HRESULT dispatch_get_ids(struct typeinfo_cache *cache, unsigned int index, LPOLESTR *names,
                         UINT count, DISPID *ids)
{
    ITypeInfo *typeinfo;
    HRESULT hr;

    if (!names || !ids) return E_POINTER;
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

/* How many arguments a member takes, without its [retval] and [lcid]
 * parameters; FALSE when it takes any number. */
static BOOL max_arguments(const FUNCDESC *desc, UINT *max)
{
    SHORT i;

    *max = 0;
    for (i = 0; i < desc->cParams; i++)
        if (!(desc->lprgelemdescParam[i].paramdesc.wParamFlags & (PARAMFLAG_FRETVAL | PARAMFLAG_FLCID)))
            (*max)++;
    return desc->cParamsOpt != -1;
}

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

static BOOL callable(const FUNCDESC *desc, DISPID member, WORD flags)
{
    if (desc->memid != member || !(desc->invkind & flags)) return FALSE;
    return !(desc->wFuncFlags & FUNCFLAG_FRESTRICTED) || member == DISPID_NEWENUM;
}

/* What ITypeInfo::Invoke does not check, or checks only by crashing or by
 * ignoring it, refused before any member runs: a riid other than IID_NULL,
 * argument counts without their arrays, no way of calling (wFlags 0, or an
 * assignment to a read-only property), and more arguments than the member
 * takes ('extra' more are allowed: CPUUtilizationHistory(i)). */
HRESULT dispatch_check(struct typeinfo_cache *cache, unsigned int index, DISPID member,
                       REFIID riid, WORD flags, const DISPPARAMS *params, UINT extra)
{
    ITypeInfo *typeinfo;
    TYPEATTR *attr;
    FUNCDESC *desc;
    HRESULT hr = DISP_E_MEMBERNOTFOUND;
    UINT i, max;

    if (!riid || !IsEqualIID(riid, &IID_NULL)) return DISP_E_UNKNOWNINTERFACE;
    if (!params) return E_INVALIDARG;
    if ((params->cArgs && !params->rgvarg) || params->cNamedArgs > params->cArgs ||
        (params->cNamedArgs && !params->rgdispidNamedArgs))
        return E_INVALIDARG;

    if (FAILED(get_typeinfo(cache, index, &typeinfo))) return S_OK; /* Invoke will say */
    if (FAILED(ITypeInfo_GetTypeAttr(typeinfo, &attr)))
    {
        ITypeInfo_Release(typeinfo);
        return S_OK;
    }
    for (i = 0; i < attr->cFuncs && hr == DISP_E_MEMBERNOTFOUND; i++)
    {
        if (FAILED(ITypeInfo_GetFuncDesc(typeinfo, i, &desc))) continue;
        if (callable(desc, member, flags))
        {
            hr = S_OK;
            if (max_arguments(desc, &max) && params->cArgs > max + extra &&
                !((flags & DISPATCH_PROPERTYGET) && returns_object(desc)))
                hr = DISP_E_BADPARAMCOUNT;
        }
        ITypeInfo_ReleaseFuncDesc(typeinfo, desc);
    }
    ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
    ITypeInfo_Release(typeinfo);
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
    enum object_model model = IsEqualGUID(cache->libid, vpc_typeinfo.libid) ? MODEL_VIRTUAL_PC
                                                                             : MODEL_VIRTUAL_SERVER;
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

/* Whether a call is a getter without parameters that hands back an object,
 * given arguments for that object's default member (vm.Accountant(1)). */
static BOOL chains_to_default_member(ITypeInfo *typeinfo, DISPID member, WORD flags,
                                     const DISPPARAMS *params)
{
    BOOL chains = FALSE;
    TYPEATTR *attr;
    FUNCDESC *desc;
    UINT i, max;

    if (!(flags & DISPATCH_PROPERTYGET) || !params || !params->cArgs) return FALSE;
    if (FAILED(ITypeInfo_GetTypeAttr(typeinfo, &attr))) return FALSE;
    for (i = 0; i < attr->cFuncs && !chains; i++)
    {
        if (FAILED(ITypeInfo_GetFuncDesc(typeinfo, i, &desc))) continue;
        chains = callable(desc, member, DISPATCH_PROPERTYGET) && desc->invkind == INVOKE_PROPERTYGET &&
                 max_arguments(desc, &max) && !max && returns_object(desc);
        ITypeInfo_ReleaseFuncDesc(typeinfo, desc);
    }
    ITypeInfo_ReleaseTypeAttr(typeinfo, attr);
    return chains;
}

/* ITypeInfo::Invoke passes such arguments on to the object it got, but
 * dereferences it without looking: a getter that answers Nothing (a disk
 * without an undo disk) would crash the script host.  So the getter is
 * called here, and Nothing refuses the arguments. */
static HRESULT invoke_default_member_of(ITypeInfo *typeinfo, void *iface, DISPID member, WORD flags,
                                        DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo,
                                        UINT *argerr)
{
    DISPPARAMS none = { 0 };
    VARIANT object;
    HRESULT hr;

    VariantInit(&object);
    hr = ITypeInfo_Invoke(typeinfo, iface, member, DISPATCH_PROPERTYGET, &none, &object, excepinfo,
                          argerr);
    if (FAILED(hr)) return hr;
    if (V_VT(&object) == VT_DISPATCH && V_DISPATCH(&object))
        hr = IDispatch_Invoke(V_DISPATCH(&object), DISPID_VALUE, &IID_NULL, LOCALE_USER_DEFAULT,
                              flags, params, result, excepinfo, argerr);
    else
        hr = DISP_E_BADPARAMCOUNT;
    VariantClear(&object);
    return hr;
}

HRESULT dispatch_invoke(struct typeinfo_cache *cache, unsigned int index, void *iface,
                        DISPID member, WORD flags, DISPPARAMS *params, VARIANT *result,
                        EXCEPINFO *excepinfo, UINT *argerr)
{
    ITypeInfo *typeinfo;
    HRESULT hr;

    if (FAILED(hr = get_typeinfo(cache, index, &typeinfo))) return hr;
    if (chains_to_default_member(typeinfo, member, flags, params))
        hr = invoke_default_member_of(typeinfo, iface, member, flags, params, result, excepinfo,
                                      argerr);
    else
        hr = ITypeInfo_Invoke(typeinfo, iface, member, flags, params, result, excepinfo, argerr);
    if (hr == DISP_E_OVERFLOW)
        hr = describe_overflow(cache, typeinfo, member, params, excepinfo, argerr);
    ITypeInfo_Release(typeinfo);
    return hr;
}

static inline struct provideclassinfo *impl_from_IProvideClassInfo(IProvideClassInfo *iface)
{
    return CONTAINING_RECORD(iface, struct provideclassinfo, IProvideClassInfo_iface);
}

static HRESULT WINAPI provideclassinfo_QueryInterface(IProvideClassInfo *iface, REFIID riid, void **obj)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo(iface);
    return IUnknown_QueryInterface(classinfo->outer, riid, obj);
}

static ULONG WINAPI provideclassinfo_AddRef(IProvideClassInfo *iface)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo(iface);
    return IUnknown_AddRef(classinfo->outer);
}

static ULONG WINAPI provideclassinfo_Release(IProvideClassInfo *iface)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo(iface);
    return IUnknown_Release(classinfo->outer);
}

static HRESULT WINAPI provideclassinfo_GetClassInfo(IProvideClassInfo *iface, ITypeInfo **ret)
{
    struct provideclassinfo *classinfo = impl_from_IProvideClassInfo(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    *ret = NULL;
    return get_typeinfo(classinfo->cache, classinfo->index, ret);
}

static const IProvideClassInfoVtbl provideclassinfo_vtbl =
{
    provideclassinfo_QueryInterface,
    provideclassinfo_AddRef,
    provideclassinfo_Release,
    provideclassinfo_GetClassInfo,
};

void init_classinfo(struct typeinfo_cache *cache, unsigned int index, IUnknown *outer,
                    struct provideclassinfo *classinfo)
{
    classinfo->IProvideClassInfo_iface.lpVtbl = &provideclassinfo_vtbl;
    classinfo->outer = outer;
    classinfo->cache = cache;
    classinfo->index = index;
}
