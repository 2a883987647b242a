/*
 * vpccom.dll: Virtual Server's IVMVirtualNetwork, its collection and its
 * IVMDHCPVirtualNetworkServer.
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
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "host_private.h"
#include "vs_model.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#include "model_hostcoll.h"
#define MODEL_NETWORK_INVOKE
#include "model_network.h"

/* The DHCP server of a network: libvirt's dnsmasq, as the network's <ip>
 * configures it (docs/inventory-mapping.md 4.12).  It exists for every
 * network; IsEnabled says whether it serves. */
struct dhcp
{
    IVMDHCPVirtualNetworkServer IVMDHCPVirtualNetworkServer_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    struct network *network;    /* whose facts it shows, held */
};

static const IVMDHCPVirtualNetworkServerVtbl dhcp_vtbl;

static inline struct dhcp *impl_from_IVMDHCPVirtualNetworkServer(IVMDHCPVirtualNetworkServer *iface)
{
    return CONTAINING_RECORD(iface, struct dhcp, IVMDHCPVirtualNetworkServer_iface);
}

AUTOMATION_UNKNOWN_IMPL(dhcp, IVMDHCPVirtualNetworkServer, struct dhcp)

OBJECT_RELEASE_IMPL(dhcp, IVMDHCPVirtualNetworkServer, struct dhcp,
                    (IVMVirtualNetwork_Release(&This->network->IVMVirtualNetwork_iface),
                     host_view_release(This->view)))

AUTOMATION_DISPATCH_IMPL(dhcp, IVMDHCPVirtualNetworkServer, &MODEL_HOST_TYPEINFO,
                         HOST_IVMDHCPVirtualNetworkServer_tid)

static HRESULT dhcp_network(IVMDHCPVirtualNetworkServer *iface, const vpcHostNetwork **net)
{
    struct network *network = impl_from_IVMDHCPVirtualNetworkServer(iface)->network;

    *net = &network->facts->networks[network->item.index];
    return S_OK;
}

enum dhcp_field
{
    DHCP_GATEWAY,
    DHCP_DNS,
    DHCP_END,
    DHCP_NETWORK,
    DHCP_MASK,
    DHCP_SERVER,
    DHCP_START,
    DHCP_WINS,
};

static HRESULT dhcp_string(IVMDHCPVirtualNetworkServer *iface, enum dhcp_field field, BSTR *ret)
{
    const vpcHostNetwork *net;
    const char *value = "";
    char network[16];
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = NULL;
    if (FAILED(hr = dhcp_network(iface, &net))) return hr;
    switch (field)
    {
    case DHCP_GATEWAY:
        /* The host routes for its guests only where the network forwards. */
        if (*net->forwardMode) value = net->address;
        break;
    case DHCP_DNS:
        if (net->dnsEnabled) value = net->address;
        break;
    case DHCP_END:
        value = net->rangeEnd;
        break;
    case DHCP_NETWORK:
        network_address(net->address, net->netmask, network, sizeof(network));
        value = network;
        break;
    case DHCP_MASK:
        value = net->netmask;
        break;
    case DHCP_SERVER:
        /* dnsmasq answers on the network's address, where it serves. */
        if (net->dhcp) value = net->address;
        break;
    case DHCP_START:
        value = net->rangeStart;
        break;
    case DHCP_WINS:
        /* libvirt's dnsmasq hands out no WINS server. */
        break;
    }
    return utf8_to_bstr(value, ret);
}

static HRESULT WINAPI dhcp_ConfigureDHCPLeaseTimes(IVMDHCPVirtualNetworkServer *iface, VARIANT lease,
                                                   VARIANT renewal, VARIANT rebinding)
{
    return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"ConfigureDHCPLeaseTimes");
}

/* After a change made through it, a network object shows the network as
 * its host reports it then (objects the change did not go through keep
 * what they were made from). */
static void network_renew_facts(struct network *This, const char *new_name)
{
    const char *name = new_name ? new_name : This->facts->networks[This->item.index].name;
    const vpcHostFacts *facts;
    size_t i;

    if (FAILED(host_view_host_facts(This->view, This->item.host, &facts))) return;
    for (i = 0; i < facts->nnetworks; i++)
    {
        if (strcmp(facts->networks[i].name, name)) continue;
        This->facts = facts;
        This->item.index = i;
        return;
    }
}

/* A change of the server's network ('invalid_hr' for values the host
 * refuses as invalid). */
static HRESULT dhcp_change(struct dhcp *This, vpcNetworkChange change, const char *text,
                           HRESULT invalid_hr)
{
    struct network *network = This->network;
    vpcError err;
    HRESULT hr;

    hr = host_view_change_network(This->view, network->item.host, change,
                                  network->facts->networks[network->item.index].name, text, NULL,
                                  &err);
    if (FAILED(hr))
        return err.code == VPC_ERR_INVALID_ARG ? raise_core_error_as(MODEL, invalid_hr, &err)
                                               : raise_core_error(MODEL, &err);
    network_renew_facts(network, NULL);
    return S_OK;
}

/* Which parameter Virtual Server's own codes blame. */
static HRESULT dhcp_problem_hresult(vpcDhcpProblem problem)
{
    switch (problem)
    {
    case VPC_DHCP_BAD_NETWORK: return VM_E_INVALID_NETWORK_ADDRESS;
    case VPC_DHCP_BAD_MASK: return VM_E_INVALID_NETWORK_MASK;
    case VPC_DHCP_BAD_START: return VM_E_INVALID_STARTING_ADDRESS;
    case VPC_DHCP_BAD_END: return VM_E_INVALID_ENDING_ADDRESS;
    case VPC_DHCP_BAD_SERVER: return VM_E_INVALID_IP_ADDRESS;
    case VPC_DHCP_BAD_RANGE: return VM_E_INVALID_ADDRESS_RANGE;
    default: return E_INVALIDARG;
    }
}

/* The network's first IPv4 <ip> gets the server's address and the mask,
 * its DHCP server the range: libvirt serves from the host's address on
 * the network, so the server's address is the host's.  A running network
 * is started again to apply it, so running VMs on it refuse the change. */
static HRESULT WINAPI dhcp_ConfigureDHCPServer(IVMDHCPVirtualNetworkServer *iface, BSTR network,
                                               BSTR mask, BSTR start, BSTR end, BSTR server)
{
    struct dhcp *This = impl_from_IVMDHCPVirtualNetworkServer(iface);
    char *args[5] = { NULL }, why[VPC_ERROR_TEXT_MAX], *text = NULL;
    BSTR params[5] = { network, mask, start, end, server };
    vpcDhcpProblem problem;
    unsigned int i;
    vpcError err;
    HRESULT hr = S_OK;

    TRACE("%p, %s, %s, %s, %s, %s\n", iface, debugstr_w(network), debugstr_w(mask),
          debugstr_w(start), debugstr_w(end), debugstr_w(server));

    for (i = 0; i < ARRAY_SIZE(params) && hr == S_OK; i++)
        if (!(args[i] = strdupWtoA_utf8(params[i] ? params[i] : L""))) hr = E_OUTOFMEMORY;
    if (hr != S_OK) goto done;
    problem = vpcDhcpCheck(args[0], args[1], args[2], args[3], args[4], why, sizeof(why));
    if (problem != VPC_DHCP_OK)
    {
        char *display = vpcUriSanitize(host_view_host_uri(This->view, This->network->item.host));

        vpcErrorSet(&err, VPC_ERR_INVALID_ARG, display ? display : "", NULL, "%s", why);
        free(display);
        hr = raise_core_error_as(MODEL, dhcp_problem_hresult(problem), &err);
        goto done;
    }
    if (asprintf(&text, "%s %s %s %s %s", args[0], args[1], args[2], args[3], args[4]) < 0)
    {
        text = NULL;
        hr = E_OUTOFMEMORY;
        goto done;
    }
    hr = dhcp_change(This, VPC_NETWORK_DHCP_RANGE, text, E_INVALIDARG);
done:
    for (i = 0; i < ARRAY_SIZE(args); i++) free(args[i]);
    free(text);
    return hr;
}

static HRESULT WINAPI dhcp_get_DefaultGatewayAddress(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_GATEWAY, ret);
}

static HRESULT WINAPI dhcp_put_DefaultGatewayAddress(IVMDHCPVirtualNetworkServer *iface, BSTR value)
{
    return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"DefaultGatewayAddress (write)");
}

static HRESULT WINAPI dhcp_get_DNSServers(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_DNS, ret);
}

static HRESULT WINAPI dhcp_put_DNSServers(IVMDHCPVirtualNetworkServer *iface, BSTR value)
{
    return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"DNSServers (write)");
}

static HRESULT WINAPI dhcp_get_EndingIPAddress(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_END, ret);
}

static HRESULT WINAPI dhcp_get_IsEnabled(IVMDHCPVirtualNetworkServer *iface, VARIANT_BOOL *enabled)
{
    const vpcHostNetwork *net;
    HRESULT hr;

    TRACE("%p, %p\n", iface, enabled);

    if (!enabled) return E_POINTER;
    *enabled = VARIANT_FALSE;
    if (FAILED(hr = dhcp_network(iface, &net))) return hr;
    *enabled = net->dhcp ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

/* False takes the network's DHCP server away (libvirt keeps no range of
 * a server that does not serve); True keeps one that serves and refuses
 * where there is no range to serve: ConfigureDHCPServer sets one. */
static HRESULT WINAPI dhcp_put_IsEnabled(IVMDHCPVirtualNetworkServer *iface, VARIANT_BOOL enabled)
{
    TRACE("%p, %d\n", iface, enabled);

    return dhcp_change(impl_from_IVMDHCPVirtualNetworkServer(iface), VPC_NETWORK_DHCP_ENABLED,
                       enabled ? "1" : "0", VM_E_INVALID_ADDRESS_RANGE);
}

static HRESULT WINAPI dhcp_get_LeaseRebindingTime(IVMDHCPVirtualNetworkServer *iface, VARIANT *ret)
{
    return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"LeaseRebindingTime");
}

static HRESULT WINAPI dhcp_get_LeaseRenewalTime(IVMDHCPVirtualNetworkServer *iface, VARIANT *ret)
{
    return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"LeaseRenewalTime");
}

/* The range's <lease> in seconds; without one, dnsmasq's default, which
 * libvirt does not report. */
static HRESULT WINAPI dhcp_get_LeaseTime(IVMDHCPVirtualNetworkServer *iface, VARIANT *ret)
{
    const vpcHostNetwork *net;
    HRESULT hr;

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    V_VT(ret) = VT_EMPTY;
    if (FAILED(hr = dhcp_network(iface, &net))) return hr;
    if (net->leaseSeconds < 0)
        return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"LeaseTime");
    decimal_to_variant(net->leaseSeconds, ret);
    return S_OK;
}

static HRESULT WINAPI dhcp_get_Network(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_NETWORK, ret);
}

static HRESULT WINAPI dhcp_get_NetworkMask(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_MASK, ret);
}

static HRESULT WINAPI dhcp_get_ServerIPAddress(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_SERVER, ret);
}

static HRESULT WINAPI dhcp_get_StartingIPAddress(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_START, ret);
}

static HRESULT WINAPI dhcp_get_WINSServers(IVMDHCPVirtualNetworkServer *iface, BSTR *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return dhcp_string(iface, DHCP_WINS, ret);
}

static HRESULT WINAPI dhcp_put_WINSServers(IVMDHCPVirtualNetworkServer *iface, BSTR value)
{
    return not_supported(MODEL, L"IVMDHCPVirtualNetworkServer", L"WINSServers (write)");
}

static const IVMDHCPVirtualNetworkServerVtbl dhcp_vtbl =
{
    dhcp_QueryInterface,
    dhcp_AddRef,
    dhcp_Release,
    dhcp_GetTypeInfoCount,
    dhcp_GetTypeInfo,
    dhcp_GetIDsOfNames,
    dhcp_Invoke,
    dhcp_ConfigureDHCPLeaseTimes,
    dhcp_ConfigureDHCPServer,
    dhcp_get_DefaultGatewayAddress,
    dhcp_put_DefaultGatewayAddress,
    dhcp_get_DNSServers,
    dhcp_put_DNSServers,
    dhcp_get_EndingIPAddress,
    dhcp_get_IsEnabled,
    dhcp_put_IsEnabled,
    dhcp_get_LeaseRebindingTime,
    dhcp_get_LeaseRenewalTime,
    dhcp_get_LeaseTime,
    dhcp_get_Network,
    dhcp_get_NetworkMask,
    dhcp_get_ServerIPAddress,
    dhcp_get_StartingIPAddress,
    dhcp_get_WINSServers,
    dhcp_put_WINSServers,
};

/* Virtual Server's own network members. */

static HRESULT WINAPI network_get__ID(IVMVirtualNetwork *iface, LONG *id)
{
    struct network *This = impl_from_IVMVirtualNetwork(iface);

    TRACE("%p, %p\n", iface, id);

    if (!id) return E_POINTER;
    *id = This->item.index;
    return S_OK;
}

/*
 * The virtual switch's counters (docs/inventory-mapping.md 2.5): the
 * backend's per-NIC rates of the running VMs' NICs on the network, summed.
 * Which NICs those are comes from the same facts as NetworkAdapters; the
 * answer serves as long as the view's snapshot does, so that reading all
 * twelve costs one request.
 */
static HRESULT network_counters(struct network *This, vpcNetworkCounters *out)
{
    struct snapshot *snap, *asked;
    char *nics;
    vpcError err;
    HRESULT hr;

    if (FAILED(hr = host_view_snapshot(This->view, &snap))) return hr;
    AcquireSRWLockExclusive(&This->counters_lock);
    if (snap == This->counters_snap)
    {
        *out = This->counters;
        ReleaseSRWLockExclusive(&This->counters_lock);
        snapshot_release(snap);
        return S_OK;
    }
    ReleaseSRWLockExclusive(&This->counters_lock);
    snapshot_release(snap);

    if (FAILED(hr = network_running_nics(This->view, This->item.host,
                                         This->facts->networks[This->item.index].name, &asked,
                                         &nics)))
        return hr;
    hr = host_view_network_counters(This->view, This->item.host, nics, out, &err);
    free(nics);
    if (FAILED(hr))
    {
        snapshot_release(asked);
        return raise_core_error(MODEL, &err);
    }
    AcquireSRWLockExclusive(&This->counters_lock);
    snapshot_release(This->counters_snap);
    This->counters_snap = asked;
    This->counters = *out;
    ReleaseSRWLockExclusive(&This->counters_lock);
    return S_OK;
}

/* Per second, over the newest one-second sample. */
static HRESULT network_get_counter(IVMVirtualNetwork *iface, vpcNetworkCounter which, LONG *ret)
{
    vpcNetworkCounters counters;
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = 0;
    if (FAILED(hr = network_counters(impl_from_IVMVirtualNetwork(iface), &counters))) return hr;
    *ret = counters.current[which] > MAXLONG ? MAXLONG : counters.current[which];
    return S_OK;
}

/* 60 unsigned integers, one a second, oldest first (a VT_UI4 array;
 * through IDispatch an array of VARIANTs holding them, see Invoke). */
static HRESULT network_get_history(IVMVirtualNetwork *iface, vpcNetworkCounter which,
                                   VARIANT *ret)
{
    vpcNetworkCounters counters;
    SAFEARRAY *array;
    ULONG *data;
    HRESULT hr;

    if (!ret) return E_POINTER;
    V_VT(ret) = VT_EMPTY;
    if (FAILED(hr = network_counters(impl_from_IVMVirtualNetwork(iface), &counters))) return hr;
    if (!(array = SafeArrayCreateVector(VT_UI4, 0, VPC_HISTORY_SECONDS))) return E_OUTOFMEMORY;
    if (FAILED(hr = SafeArrayAccessData(array, (void **)&data)))
    {
        SafeArrayDestroy(array);
        return hr;
    }
    memcpy(data, counters.history[which], sizeof(counters.history[which]));
    SafeArrayUnaccessData(array);
    V_VT(ret) = VT_ARRAY | VT_UI4;
    V_ARRAY(ret) = array;
    return S_OK;
}

#define NETWORK_COUNTER(member, which) \
static HRESULT WINAPI network_get_##member(IVMVirtualNetwork *iface, LONG *ret) \
{ \
    TRACE("%p, %p\n", iface, ret); \
    return network_get_counter(iface, which, ret); \
} \
\
static HRESULT WINAPI network_get_##member##History(IVMVirtualNetwork *iface, VARIANT *ret) \
{ \
    TRACE("%p, %p\n", iface, ret); \
    return network_get_history(iface, which, ret); \
}

/* libvirt counts a NIC's drops in packets, never in bytes: the dropped
 * packets are PacketsDropped, and there is no byte count to sum. */
static HRESULT WINAPI network_get_BytesDropped(IVMVirtualNetwork *iface, LONG *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return not_supported(MODEL, L"IVMVirtualNetwork", L"BytesDropped");
}

static HRESULT WINAPI network_get_BytesDroppedHistory(IVMVirtualNetwork *iface, VARIANT *ret)
{
    TRACE("%p, %p\n", iface, ret);
    return not_supported(MODEL, L"IVMVirtualNetwork", L"BytesDroppedHistory");
}

NETWORK_COUNTER(BytesReceived, VPC_NET_BYTES_RECEIVED)
NETWORK_COUNTER(BytesSent, VPC_NET_BYTES_SENT)
NETWORK_COUNTER(PacketsDropped, VPC_NET_PACKETS_DROPPED)
NETWORK_COUNTER(PacketsReceived, VPC_NET_PACKETS_RECEIVED)
NETWORK_COUNTER(PacketsSent, VPC_NET_PACKETS_SENT)

static const WCHAR *const history_names[VPC_NET_COUNTERS] =
{
    [VPC_NET_BYTES_RECEIVED] = L"BytesReceivedHistory",
    [VPC_NET_BYTES_SENT] = L"BytesSentHistory",
    [VPC_NET_PACKETS_DROPPED] = L"PacketsDroppedHistory",
    [VPC_NET_PACKETS_RECEIVED] = L"PacketsReceivedHistory",
    [VPC_NET_PACKETS_SENT] = L"PacketsSentHistory",
};

static DISPID history_dispids[VPC_NET_COUNTERS] =
{
    DISPID_UNKNOWN, DISPID_UNKNOWN, DISPID_UNKNOWN, DISPID_UNKNOWN, DISPID_UNKNOWN,
};

static BOOL network_is_history(DISPID member)
{
    unsigned int i;

    for (i = 0; i < VPC_NET_COUNTERS; i++)
        if (member == dispatch_member_id(&MODEL_HOST_TYPEINFO, HOST_IVMVirtualNetwork_tid,
                                         &history_dispids[i], history_names[i]))
            return TRUE;
    return FALSE;
}

/* As the accountant's CPUUtilizationHistory: scripts For Each over a
 * history and index it (net.BytesSentHistory(59), which JScript calls as
 * a method), which Wine's VBScript cannot do with a VT_UI4 array. */
static HRESULT WINAPI network_Invoke(IVMVirtualNetwork *iface, DISPID member, REFIID riid,
                                     LCID lcid, WORD flags, DISPPARAMS *params, VARIANT *result,
                                     EXCEPINFO *excepinfo, UINT *argerr)
{
    struct typeinfo_cache *cache = &MODEL_HOST_TYPEINFO;
    unsigned int tid = HOST_IVMVirtualNetwork_tid;
    BOOL history = network_is_history(member);
    DISPPARAMS no_params = { 0 };
    VARIANT whole;
    HRESULT hr;

    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    if (history)
        hr = dispatch_check(cache, tid, member, riid,
                            flags & DISPATCH_METHOD ? flags | DISPATCH_PROPERTYGET : flags, params, 1);
    else
        hr = dispatch_check(cache, tid, member, riid, flags, params, 0);
    if (FAILED(hr)) return hr;

    if (history && params->cArgs == 1 && !params->cNamedArgs)
    {
        VariantInit(&whole);
        hr = dispatch_invoke(cache, tid, iface, member, DISPATCH_PROPERTYGET, &no_params, &whole,
                             excepinfo, argerr);
        if (SUCCEEDED(hr))
            hr = accountant_history_sample(MODEL, &whole, &params->rgvarg[0], result);
        VariantClear(&whole);
        return hr;
    }

    hr = dispatch_invoke(cache, tid, iface, member, flags, params, result, excepinfo, argerr);
    if (SUCCEEDED(hr) && history)
        accountant_history_for_script(result);
    return hr;
}

static HRESULT WINAPI network_get_DHCPVirtualNetworkServer(IVMVirtualNetwork *iface,
                                                           IVMDHCPVirtualNetworkServer **ret)
{
    struct network *This = impl_from_IVMVirtualNetwork(iface);
    struct dhcp *obj;

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    *ret = NULL;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMDHCPVirtualNetworkServer_iface.lpVtbl = &dhcp_vtbl;
    obj->ref = 1;
    obj->view = This->view;
    host_view_addref(This->view);
    obj->network = This;
    IVMVirtualNetwork_AddRef(&This->IVMVirtualNetwork_iface);
    init_classinfo(&MODEL_HOST_TYPEINFO, HOST_VMDHCPVirtualNetworkServer_tid,
                   (IUnknown *)&obj->IVMDHCPVirtualNetworkServer_iface, &obj->classinfo);
    *ret = &obj->IVMDHCPVirtualNetworkServer_iface;
    return S_OK;
}

/* Where the host keeps its definition (docs/inventory-mapping.md 2.1). */
static HRESULT WINAPI network_get_File(IVMVirtualNetwork *iface, BSTR *file)
{
    const vpcHostFacts *facts;
    const vpcHostNetwork *net;
    char *path;
    HRESULT hr;

    TRACE("%p, %p\n", iface, file);

    if (!file) return E_POINTER;
    *file = NULL;
    if (FAILED(hr = network_facts(impl_from_IVMVirtualNetwork(iface), &facts, &net))) return hr;
    if (*facts->definitionFile) return host_path_to_bstr(facts, facts->definitionFile, FALSE, file);
    if (!*facts->vnConfigDir) return utf8_to_bstr("", file);
    if (asprintf(&path, "%s%s.xml", facts->vnConfigDir, net->name) < 0) return E_OUTOFMEMORY;
    hr = host_path_to_bstr(facts, path, FALSE, file);
    free(path);
    return hr;
}

/* A refusal of a change to the network, before anything changed. */
static HRESULT network_refused(struct network *This, vpcErrorCode code, const char *detail)
{
    char *display = vpcUriSanitize(host_view_host_uri(This->view, This->item.host));
    vpcError err;

    vpcErrorSet(&err, code, display ? display : "", NULL, "%s", detail);
    free(display);
    return raise_core_error(MODEL, &err);
}

/* libvirt cannot rename a network: hostnetworks.c defines it again under
 * the new name, which it refuses for a network a VM's definition names. */
static HRESULT WINAPI network_put_Name(IVMVirtualNetwork *iface, BSTR name)
{
    struct network *This = impl_from_IVMVirtualNetwork(iface);
    char *utf8;
    vpcError err;
    HRESULT hr;

    TRACE("%p, %s\n", iface, debugstr_w(name));

    if (!name || !*name)
        return network_refused(This, VPC_ERR_INVALID_ARG, "a virtual network needs a name");
    if (name_has_invalid_char(name))
        return network_refused(This, VPC_ERR_NAME_INVALID,
                               "a name may not contain * ? : < > / | \\ \"");
    if (lstrlenW(name) > 256)
        return network_refused(This, VPC_ERR_INVALID_ARG, "the name is too long");
    if (!(utf8 = strdupWtoA_utf8(name))) return E_OUTOFMEMORY;
    hr = host_view_change_network(This->view, This->item.host, VPC_NETWORK_RENAME,
                                  This->facts->networks[This->item.index].name, utf8, NULL, &err);
    if (FAILED(hr)) hr = raise_core_error(MODEL, &err);
    else network_renew_facts(This, utf8);
    free(utf8);
    return FAILED(hr) ? hr : S_OK;
}

/* libvirt 9.0's networks have no description. */
static HRESULT WINAPI network_get_Notes(IVMVirtualNetwork *iface, BSTR *notes)
{
    return not_supported(MODEL, L"IVMVirtualNetwork", L"Notes");
}

static HRESULT WINAPI network_put_Notes(IVMVirtualNetwork *iface, BSTR notes)
{
    return not_supported(MODEL, L"IVMVirtualNetwork", L"Notes (write)");
}

static HRESULT WINAPI network_get_Security(IVMVirtualNetwork *iface, IVMSecurity **security)
{
    return not_supported(MODEL, L"IVMVirtualNetwork", L"Security");
}

static HRESULT WINAPI network_put_Security(IVMVirtualNetwork *iface, IVMSecurity *security)
{
    return not_supported(MODEL, L"IVMVirtualNetwork", L"Security (write)");
}

/* The host interface a forwarding network goes out through, one the host
 * lists (HostInfo's NetworkAdapters), "" for any (hostnetworks.c says
 * which networks take one). */
static HRESULT WINAPI network_put_HostAdapter(IVMVirtualNetwork *iface, BSTR adapter)
{
    struct network *This = impl_from_IVMVirtualNetwork(iface);
    const vpcHostFacts *facts;
    char *utf8;
    vpcError err;
    BOOL listed = FALSE;
    size_t i;
    HRESULT hr;

    TRACE("%p, %s\n", iface, debugstr_w(adapter));

    if (!(utf8 = strdupWtoA_utf8(adapter ? adapter : L""))) return E_OUTOFMEMORY;
    if (*utf8 && SUCCEEDED(host_view_host_facts(This->view, This->item.host, &facts)))
    {
        for (i = 0; i < facts->interfaces.count && !listed; i++)
            listed = !strcmp(facts->interfaces.items[i], utf8);
        if (!listed)
        {
            char detail[VPC_ERROR_TEXT_MAX];

            snprintf(detail, sizeof(detail), "the host has no network adapter \"%s\"", utf8);
            free(utf8);
            return network_refused(This, VPC_ERR_INVALID_ARG, detail);
        }
    }
    hr = host_view_change_network(This->view, This->item.host, VPC_NETWORK_HOST_ADAPTER,
                                  This->facts->networks[This->item.index].name, utf8, NULL, &err);
    free(utf8);
    if (FAILED(hr)) return raise_core_error(MODEL, &err);
    network_renew_facts(This, NULL);
    return S_OK;
}

static const IVMVirtualNetworkVtbl network_vtbl =
{
    network_QueryInterface,
    network_AddRef,
    network_Release,
    network_GetTypeInfoCount,
    network_GetTypeInfo,
    network_GetIDsOfNames,
    network_Invoke,
    network_get__ID,
    network_get_BytesDropped,
    network_get_BytesDroppedHistory,
    network_get_BytesReceived,
    network_get_BytesReceivedHistory,
    network_get_BytesSent,
    network_get_BytesSentHistory,
    network_get_DHCPVirtualNetworkServer,
    network_get_File,
    network_get_HostAdapter,
    network_put_HostAdapter,
    network_get_Name,
    network_put_Name,
    network_get_NetworkAdapters,
    network_get_Notes,
    network_put_Notes,
    network_get_PacketsDropped,
    network_get_PacketsDroppedHistory,
    network_get_PacketsReceived,
    network_get_PacketsReceivedHistory,
    network_get_PacketsSent,
    network_get_PacketsSentHistory,
    network_get_Security,
    network_put_Security,
};
