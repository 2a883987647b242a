/*
 * vpccom.dll: Windows Virtual PC IVMAccountant.
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

#include <stdlib.h>

#define COBJMACROS

#include "vpc_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(vpccom);

struct vpc_accountant
{
    IVMAccountant IVMAccountant_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct vm_ref vm;
};

static DISPID history_dispid = DISPID_UNKNOWN;

static inline struct vpc_accountant *impl_from_IVMAccountant(IVMAccountant *iface)
{
    return CONTAINING_RECORD(iface, struct vpc_accountant, IVMAccountant_iface);
}

static HRESULT WINAPI vpcacct_QueryInterface(IVMAccountant *iface, REFIID riid, void **obj)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, &IID_IVMAccountant) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
        *obj = &This->IVMAccountant_iface;
    else if (IsEqualIID(riid, &IID_IProvideClassInfo))
        *obj = &This->classinfo.IProvideClassInfo_iface;
    else
    {
        WARN("interface %s not supported\n", debugstr_guid(riid));
        *obj = NULL;
        return E_NOINTERFACE;
    }
    IUnknown_AddRef((IUnknown *)*obj);
    return S_OK;
}

static ULONG WINAPI vpcacct_AddRef(IVMAccountant *iface)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI vpcacct_Release(IVMAccountant *iface)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref)
    {
        vm_ref_cleanup(&This->vm);
        free(This);
    }
    return ref;
}

static HRESULT WINAPI vpcacct_GetTypeInfoCount(IVMAccountant *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI vpcacct_GetTypeInfo(IVMAccountant *iface, UINT index, LCID lcid, ITypeInfo **ret)
{
    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(&vpc_typeinfo, VPC_IVMAccountant_tid, index, ret);
}

static HRESULT WINAPI vpcacct_GetIDsOfNames(IVMAccountant *iface, REFIID riid, LPOLESTR *names,
        UINT count, LCID lcid, DISPID *ids)
{
    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(&vpc_typeinfo, VPC_IVMAccountant_tid, names, count, ids);
}

static HRESULT WINAPI vpcacct_Invoke(IVMAccountant *iface, DISPID member, REFIID riid, LCID lcid,
        WORD flags, DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo, UINT *argerr)
{
    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    DISPID history = dispatch_member_id(&vpc_typeinfo, VPC_IVMAccountant_tid, &history_dispid,
                                        L"CPUUtilizationHistory");
    DISPPARAMS no_params = { 0 };
    VARIANT whole;
    HRESULT hr;

    /* acct.CPUUtilizationHistory(59): VBScript hands the index to the
     * property; answer with that sample. */
    if (member == history && params && params->cArgs == 1 && !params->cNamedArgs)
    {
        VariantInit(&whole);
        hr = dispatch_invoke(&vpc_typeinfo, VPC_IVMAccountant_tid, iface, member, DISPATCH_PROPERTYGET,
                             &no_params, &whole, excepinfo, argerr);
        if (SUCCEEDED(hr))
            hr = accountant_history_sample(host_view_model(impl_from_IVMAccountant(iface)->vm.view),
                                           &whole, &params->rgvarg[0], result);
        VariantClear(&whole);
        return hr;
    }

    hr = dispatch_invoke(&vpc_typeinfo, VPC_IVMAccountant_tid, iface, member, flags, params, result,
                         excepinfo, argerr);
    if (SUCCEEDED(hr) && member == history)
        accountant_history_for_script(result);
    return hr;
}

static HRESULT WINAPI vpcacct_get_CPUUtilization(IVMAccountant *iface, LONG *percent)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, percent);

    return accountant_get_cpu(&This->vm, percent);
}

static HRESULT WINAPI vpcacct_get_CPUUtilizationHistory(IVMAccountant *iface, VARIANT *history)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, history);

    return accountant_get_history(&This->vm, history);
}

static HRESULT WINAPI vpcacct_get_DiskBytesRead(IVMAccountant *iface, VARIANT *bytes)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_DISK_READ, bytes);
}

static HRESULT WINAPI vpcacct_get_DiskBytesWritten(IVMAccountant *iface, VARIANT *bytes)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_DISK_WRITTEN, bytes);
}

static HRESULT WINAPI vpcacct_get_NetworkBytesReceived(IVMAccountant *iface, VARIANT *bytes)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_NET_RECEIVED, bytes);
}

static HRESULT WINAPI vpcacct_get_NetworkBytesSent(IVMAccountant *iface, VARIANT *bytes)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_NET_SENT, bytes);
}

static HRESULT WINAPI vpcacct_get_UpTime(IVMAccountant *iface, LONG *seconds)
{
    struct vpc_accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, seconds);

    return accountant_get_uptime(&This->vm, seconds);
}

static const IVMAccountantVtbl vpcacct_vtbl =
{
    vpcacct_QueryInterface,
    vpcacct_AddRef,
    vpcacct_Release,
    vpcacct_GetTypeInfoCount,
    vpcacct_GetTypeInfo,
    vpcacct_GetIDsOfNames,
    vpcacct_Invoke,
    vpcacct_get_CPUUtilization,
    vpcacct_get_CPUUtilizationHistory,
    vpcacct_get_DiskBytesRead,
    vpcacct_get_DiskBytesWritten,
    vpcacct_get_NetworkBytesReceived,
    vpcacct_get_NetworkBytesSent,
    vpcacct_get_UpTime,
};

HRESULT vpc_create_accountant(const struct vm_ref *ref, IVMAccountant **ret)
{
    struct vpc_accountant *accountant;
    HRESULT hr;

    *ret = NULL;
    if (!(accountant = calloc(1, sizeof(*accountant)))) return E_OUTOFMEMORY;
    accountant->IVMAccountant_iface.lpVtbl = &vpcacct_vtbl;
    accountant->ref = 1;
    if (FAILED(hr = vm_ref_copy(&accountant->vm, ref)))
    {
        free(accountant);
        return hr;
    }
    init_classinfo(&vpc_typeinfo, VPC_VMAccountant_tid, (IUnknown *)&accountant->IVMAccountant_iface,
                   &accountant->classinfo);
    *ret = &accountant->IVMAccountant_iface;
    return S_OK;
}
