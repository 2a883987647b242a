/*
 * vpccom.dll: IVMAccountant, shared by both object models.
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
 * Compiled twice, by vpc_accountant.c and vs_accountant.c: the two models'
 * headers give these interfaces the same C names with different GUIDs, so
 * one text serves both.  The including file first defines MODEL,
 * MODEL_TYPEINFO, MODEL_TID(name) and the model_* names, then adds the
 * members only its model has and the vtables, whose member lists differ.
 */

#ifndef MODEL
#error "include this from vpc_accountant.c or vs_accountant.c"
#endif

static const IVMAccountantVtbl accountant_vtbl;

struct accountant
{
    IVMAccountant IVMAccountant_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct vm_ref vm;
};

static DISPID history_dispid = DISPID_UNKNOWN;

static inline struct accountant *impl_from_IVMAccountant(IVMAccountant *iface)
{
    return CONTAINING_RECORD(iface, struct accountant, IVMAccountant_iface);
}

AUTOMATION_UNKNOWN_IMPL(accountant, IVMAccountant, struct accountant)

VM_REF_RELEASE_IMPL(accountant, IVMAccountant, struct accountant)

AUTOMATION_TYPEINFO_IMPL(accountant, IVMAccountant, &MODEL_TYPEINFO, MODEL_TID(IVMAccountant))

static HRESULT WINAPI accountant_Invoke(IVMAccountant *iface, DISPID member, REFIID riid, LCID lcid,
                                        WORD flags, DISPPARAMS *params, VARIANT *result,
                                        EXCEPINFO *excepinfo, UINT *argerr)
{
    struct typeinfo_cache *cache = &MODEL_TYPEINFO;
    unsigned int tid = MODEL_TID(IVMAccountant);
    DISPID history = dispatch_member_id(cache, tid, &history_dispid, L"CPUUtilizationHistory");
    DISPPARAMS no_params = { 0 };
    VARIANT whole;
    HRESULT hr;

    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    /* The history takes one argument more than its type says, and JScript
     * calls acct.CPUUtilizationHistory(i) as a method. */
    if (member == history)
        hr = dispatch_check(cache, tid, member, riid,
                            flags & DISPATCH_METHOD ? flags | DISPATCH_PROPERTYGET : flags, params, 1);
    else
        hr = dispatch_check(cache, tid, member, riid, flags, params, 0);
    if (FAILED(hr)) return hr;

    /* acct.CPUUtilizationHistory(59): VBScript hands the index to the
     * property; answer with that sample. */
    if (member == history && params->cArgs == 1 && !params->cNamedArgs)
    {
        VariantInit(&whole);
        hr = dispatch_invoke(cache, tid, iface, member, DISPATCH_PROPERTYGET, &no_params, &whole,
                             excepinfo, argerr);
        if (SUCCEEDED(hr))
            hr = accountant_history_sample(host_view_model(impl_from_IVMAccountant(iface)->vm.view),
                                           &whole, &params->rgvarg[0], result);
        VariantClear(&whole);
        return hr;
    }

    hr = dispatch_invoke(cache, tid, iface, member, flags, params, result, excepinfo, argerr);
    if (SUCCEEDED(hr) && member == history)
        accountant_history_for_script(result);
    return hr;
}

static HRESULT WINAPI accountant_get_CPUUtilization(IVMAccountant *iface, LONG *percent)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, percent);

    return accountant_get_cpu(&This->vm, percent);
}

static HRESULT WINAPI accountant_get_CPUUtilizationHistory(IVMAccountant *iface, VARIANT *history)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, history);

    return accountant_get_history(&This->vm, history);
}

static HRESULT WINAPI accountant_get_DiskBytesRead(IVMAccountant *iface, VARIANT *bytes)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_DISK_READ, bytes);
}

static HRESULT WINAPI accountant_get_DiskBytesWritten(IVMAccountant *iface, VARIANT *bytes)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_DISK_WRITTEN, bytes);
}

static HRESULT WINAPI accountant_get_NetworkBytesReceived(IVMAccountant *iface, VARIANT *bytes)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_NET_RECEIVED, bytes);
}

static HRESULT WINAPI accountant_get_NetworkBytesSent(IVMAccountant *iface, VARIANT *bytes)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, bytes);

    return accountant_get_counter(&This->vm, COUNTER_NET_SENT, bytes);
}

static HRESULT WINAPI accountant_get_UpTime(IVMAccountant *iface, LONG *seconds)
{
    struct accountant *This = impl_from_IVMAccountant(iface);

    TRACE("%p, %p\n", iface, seconds);

    return accountant_get_uptime(&This->vm, seconds);
}

HRESULT model_create_accountant(const struct vm_ref *ref, IVMAccountant **ret)
{
    struct accountant *accountant;
    HRESULT hr;

    *ret = NULL;
    if (!(accountant = calloc(1, sizeof(*accountant)))) return E_OUTOFMEMORY;
    accountant->IVMAccountant_iface.lpVtbl = &accountant_vtbl;
    accountant->ref = 1;
    if (FAILED(hr = vm_ref_copy(&accountant->vm, ref)))
    {
        free(accountant);
        return hr;
    }
    init_classinfo(&MODEL_TYPEINFO, MODEL_TID(VMAccountant),
                   (IUnknown *)&accountant->IVMAccountant_iface, &accountant->classinfo);
    *ret = &accountant->IVMAccountant_iface;
    return S_OK;
}
