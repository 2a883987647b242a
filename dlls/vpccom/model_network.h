/*
 * vpccom.dll: IVMVirtualNetwork and IVMVirtualNetworkCollection, shared by
 * both object models.
 *
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
 *
 * Compiled twice, by vpc_network.c and vs_network.c.  A virtual network is
 * a libvirt network (docs/inventory-mapping.md 2.5 and 4.12), read from
 * the host facts the view fetched once; the collection holds every host's,
 * host by host, each host's by name.  The model's own members and the
 * network's vtable are in the including file.
 */

#ifndef MODEL
#error "include this from vpc_network.c or vs_network.c"
#endif

#ifndef MODEL_HOST_TYPEINFO
#define MODEL_HOST_TYPEINFO model_host_typeinfo
#endif

static const IVMVirtualNetworkVtbl network_vtbl;

struct network
{
    IVMVirtualNetwork IVMVirtualNetwork_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct host_item item;
    const vpcHostFacts *facts;  /* what item indexes: kept until the view goes */
    /* Virtual Server's counters, as of the snapshot 'counters_snap' (held):
     * read together, they cost one request per snapshot. */
    SRWLOCK counters_lock;
    struct snapshot *counters_snap;
    vpcNetworkCounters counters;
};

static inline struct network *impl_from_IVMVirtualNetwork(IVMVirtualNetwork *iface)
{
    return CONTAINING_RECORD(iface, struct network, IVMVirtualNetwork_iface);
}

AUTOMATION_UNKNOWN_IMPL(network, IVMVirtualNetwork, struct network)

OBJECT_RELEASE_IMPL(network, IVMVirtualNetwork, struct network,
                    (snapshot_release(This->counters_snap), host_view_release(This->view)))

#ifdef MODEL_NETWORK_INVOKE
/* The model's own Invoke, in the including file. */
AUTOMATION_TYPEINFO_IMPL(network, IVMVirtualNetwork, &MODEL_HOST_TYPEINFO,
                         HOST_IVMVirtualNetwork_tid)

static HRESULT WINAPI network_Invoke(IVMVirtualNetwork *iface, DISPID member, REFIID riid,
                                     LCID lcid, WORD flags, DISPPARAMS *params, VARIANT *result,
                                     EXCEPINFO *excepinfo, UINT *argerr);
#else
AUTOMATION_DISPATCH_IMPL(network, IVMVirtualNetwork, &MODEL_HOST_TYPEINFO,
                         HOST_IVMVirtualNetwork_tid)
#endif

/* The facts stay as they were when the object was made: they live as long
 * as the view, also when a network change of the script renews them. */
static HRESULT network_facts(struct network *This, const vpcHostFacts **facts,
                             const vpcHostNetwork **net)
{
    *facts = This->facts;
    *net = &This->facts->networks[This->item.index];
    return S_OK;
}

static HRESULT WINAPI network_get_Name(IVMVirtualNetwork *iface, BSTR *name)
{
    const vpcHostFacts *facts;
    const vpcHostNetwork *net;
    HRESULT hr;

    TRACE("%p, %p\n", iface, name);

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = network_facts(impl_from_IVMVirtualNetwork(iface), &facts, &net))) return hr;
    return utf8_to_bstr(net->name, name);
}

/* The host interface it forwards through; "" when any or none. */
static HRESULT WINAPI network_get_HostAdapter(IVMVirtualNetwork *iface, BSTR *adapter)
{
    const vpcHostFacts *facts;
    const vpcHostNetwork *net;
    HRESULT hr;

    TRACE("%p, %p\n", iface, adapter);

    if (!adapter) return E_POINTER;
    *adapter = NULL;
    if (FAILED(hr = network_facts(impl_from_IVMVirtualNetwork(iface), &facts, &net))) return hr;
    return utf8_to_bstr(net->hostAdapter, adapter);
}

static HRESULT WINAPI network_get_NetworkAdapters(IVMVirtualNetwork *iface,
                                                  IVMNetworkAdapterCollection **adapters)
{
    struct network *This = impl_from_IVMVirtualNetwork(iface);

    TRACE("%p, %p\n", iface, adapters);

    return create_network_nic_collection(This->view, &model_nic_class, This->item.host,
                                         This->facts->networks[This->item.index].name,
                                         (void **)adapters);
}

static HRESULT network_create(struct host_view *view, const struct host_item *item,
                              IVMVirtualNetwork **ret)
{
    const vpcHostFacts *facts;
    struct network *obj;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_host_facts(view, item->host, &facts))) return hr;
    if (item->index >= facts->nnetworks) return E_INVALIDARG;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMVirtualNetwork_iface.lpVtbl = &network_vtbl;
    obj->ref = 1;
    obj->view = view;
    host_view_addref(view);
    obj->item = *item;
    obj->facts = facts;
    InitializeSRWLock(&obj->counters_lock);
    init_classinfo(&MODEL_HOST_TYPEINFO, HOST_VMVirtualNetwork_tid,
                   (IUnknown *)&obj->IVMVirtualNetwork_iface, &obj->classinfo);
    *ret = &obj->IVMVirtualNetwork_iface;
    return S_OK;
}

/* The host and name of one of this model's network objects (the caller
 * frees *name); E_INVALIDARG for another object. */
HRESULT model_network_identity(IVMVirtualNetwork *iface, const char **host_uri,
                                       WCHAR **name)
{
    struct network *This;
    const vpcHostFacts *facts;
    const vpcHostNetwork *net;
    HRESULT hr;

    *name = NULL;
    if (!iface || iface->lpVtbl != &network_vtbl) return E_INVALIDARG;
    This = impl_from_IVMVirtualNetwork(iface);
    if (FAILED(hr = network_facts(This, &facts, &net))) return hr;
    *host_uri = host_view_host_uri(This->view, This->item.host);
    return (*name = strdupAtoW_utf8(net->name)) ? S_OK : E_OUTOFMEMORY;
}

HOST_COLLECTION_IMPL(networks, IVMVirtualNetworkCollection, IVMVirtualNetwork,
                     HOST_IVMVirtualNetworkCollection_tid, HOST_VMVirtualNetworkCollection_tid,
                     network_create)

static size_t count_networks(const vpcHostFacts *facts)
{
    return facts->nnetworks;
}

HRESULT model_create_network_collection(struct host_view *view, IDispatch **ret)
{
    struct host_item *items;
    size_t count;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_collect(view, count_networks, &items, &count))) return hr;
    return networks_create(view, items, count, (IVMVirtualNetworkCollection **)ret);
}

/* By name, case-insensitive, the first host's first; not found: S_FALSE
 * and Nothing, as FindVirtualMachine. */
HRESULT model_find_network(struct host_view *view, const WCHAR *name, IDispatch **ret)
{
    const vpcHostFacts *facts;
    struct host_item item;
    WCHAR *candidate;
    BOOL match;

    *ret = NULL;
    for (item.host = 0; item.host < host_view_host_count(view); item.host++)
    {
        if (FAILED(host_view_host_facts(view, item.host, &facts))) continue;
        for (item.index = 0; item.index < facts->nnetworks; item.index++)
        {
            if (!(candidate = strdupAtoW_utf8(facts->networks[item.index].name))) return E_OUTOFMEMORY;
            match = CompareStringOrdinal(candidate, -1, name, -1, TRUE) == CSTR_EQUAL;
            free(candidate);
            if (match)
            {
                SetErrorInfo(0, NULL);
                return network_create(view, &item, (IVMVirtualNetwork **)ret);
            }
        }
    }
    SetErrorInfo(0, NULL);
    return S_FALSE;
}
