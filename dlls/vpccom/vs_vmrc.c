/*
 * vpccom.dll: Virtual Server's remote console (VMRC) on libvirt: the
 * IVMRCAuthenticator objects and what the application's VMRC members can
 * honestly say.
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

/*
 * Virtual Server had one console service; on libvirt each domain of the
 * host has its own VNC or SPICE console (docs/inventory-mapping.md 2.6).
 * What holds for all of the first host's consoles maps: whether there is
 * any, the one address they listen on, the protocols in use.  The host
 * facts list the consoles of every domain, by domain name.
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

/* The protocols, by their names' order. */
static const struct
{
    const char *protocol;
    const WCHAR *name;
    VMRCAuthenticationType type;
}
protocols[] =
{
    { "spice", L"SPICE", vmVMRCAuthentication_Invalid },
    { "vnc", L"VNC", vmVMRCAuthentication_VNC },
};

static BOOL protocol_in_use(const vpcHostFacts *facts, size_t protocol)
{
    size_t i;

    for (i = 0; i < facts->nconsoles; i++)
        if (!strcmp(facts->consoles[i].protocol, protocols[protocol].protocol)) return TRUE;
    return FALSE;
}

static const IVMRCAuthenticatorVtbl authenticator_vtbl;

struct authenticator
{
    IVMRCAuthenticator IVMRCAuthenticator_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
    size_t protocol;
};

static inline struct authenticator *impl_from_IVMRCAuthenticator(IVMRCAuthenticator *iface)
{
    return CONTAINING_RECORD(iface, struct authenticator, IVMRCAuthenticator_iface);
}

AUTOMATION_UNKNOWN_IMPL(authenticator, IVMRCAuthenticator, struct authenticator)

HOST_VIEW_RELEASE_IMPL(authenticator, IVMRCAuthenticator, struct authenticator)

AUTOMATION_DISPATCH_IMPL(authenticator, IVMRCAuthenticator, &MODEL_HOST_TYPEINFO,
                         HOST_IVMRCAuthenticator_tid)

/* Virtual Server's texts described its own methods; libvirt has none. */
static HRESULT WINAPI authenticator_get_Description(IVMRCAuthenticator *iface, BSTR *description)
{
    return not_supported(MODEL, L"IVMRCAuthenticator", L"Description");
}

static HRESULT WINAPI authenticator_get_Name(IVMRCAuthenticator *iface, BSTR *name)
{
    struct authenticator *This = impl_from_IVMRCAuthenticator(iface);

    TRACE("%p, %p\n", iface, name);

    if (!name) return E_POINTER;
    return (*name = SysAllocString(protocols[This->protocol].name)) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI authenticator_get_Type(IVMRCAuthenticator *iface, VMRCAuthenticationType *type)
{
    struct authenticator *This = impl_from_IVMRCAuthenticator(iface);

    TRACE("%p, %p\n", iface, type);

    if (!type) return E_POINTER;
    *type = protocols[This->protocol].type;
    return S_OK;
}

static const IVMRCAuthenticatorVtbl authenticator_vtbl =
{
    authenticator_QueryInterface,
    authenticator_AddRef,
    authenticator_Release,
    authenticator_GetTypeInfoCount,
    authenticator_GetTypeInfo,
    authenticator_GetIDsOfNames,
    authenticator_Invoke,
    authenticator_get_Description,
    authenticator_get_Name,
    authenticator_get_Type,
};

static HRESULT authenticator_create(struct host_view *view, const struct host_item *item,
                                    IVMRCAuthenticator **ret)
{
    struct authenticator *obj;

    *ret = NULL;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMRCAuthenticator_iface.lpVtbl = &authenticator_vtbl;
    obj->ref = 1;
    obj->view = view;
    host_view_addref(view);
    obj->protocol = item->index;
    init_classinfo(&MODEL_HOST_TYPEINFO, HOST_VMRCAuthenticator_tid,
                   (IUnknown *)&obj->IVMRCAuthenticator_iface, &obj->classinfo);
    *ret = &obj->IVMRCAuthenticator_iface;
    return S_OK;
}

HOST_COLLECTION_IMPL(authenticators, IVMRCAuthenticatorCollection, IVMRCAuthenticator,
                     HOST_IVMRCAuthenticatorCollection_tid, HOST_VMRCAuthenticatorCollection_tid,
                     authenticator_create)

/* The application's host only: VMRC was one machine's service. */
HRESULT vs_create_authenticators(struct host_view *view, IDispatch **ret)
{
    const vpcHostFacts *facts;
    struct host_item *items;
    size_t i, count = 0;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_host_facts(view, 0, &facts))) return hr;
    if (!(items = calloc(ARRAY_SIZE(protocols), sizeof(*items)))) return E_OUTOFMEMORY;
    for (i = 0; i < ARRAY_SIZE(protocols); i++)
    {
        if (!protocol_in_use(facts, i)) continue;
        items[count].host = 0;
        items[count++].index = i;
    }
    return authenticators_create(view, items, count, (IVMRCAuthenticatorCollection **)ret);
}

/* The one protocol all consoles use. */
HRESULT vs_get_authenticator(struct host_view *view, IDispatch **ret)
{
    const vpcHostFacts *facts;
    struct host_item item = { 0 };
    size_t i, used = 0;
    HRESULT hr;

    *ret = NULL;
    if (FAILED(hr = host_view_host_facts(view, 0, &facts))) return hr;
    for (i = 0; i < ARRAY_SIZE(protocols); i++)
    {
        if (!protocol_in_use(facts, i)) continue;
        item.index = i;
        used++;
    }
    if (!used) return host_fact_missing(MODEL, facts, "no virtual machine has a remote console");
    if (used > 1)
        return host_fact_missing(MODEL, facts, "the virtual machines' consoles use VNC and SPICE, "
                                 "not one authentication method");
    return authenticator_create(view, &item, (IVMRCAuthenticator **)ret);
}

HRESULT vs_vmrc_enabled(struct host_view *view, VARIANT_BOOL *enabled)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    *enabled = VARIANT_FALSE;
    if (FAILED(hr = host_view_host_facts(view, 0, &facts))) return hr;
    *enabled = facts->nconsoles ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

static BOOL is_wildcard(const char *address)
{
    return !strcmp(address, "0.0.0.0") || !strcmp(address, "::");
}

/* The address every console listens on; "" for all of the host's. */
HRESULT vs_vmrc_admin_address(struct host_view *view, BSTR *address)
{
    const vpcHostFacts *facts;
    const char *common = NULL;
    char why[512];
    HRESULT hr;
    size_t i;

    *address = NULL;
    if (FAILED(hr = host_view_host_facts(view, 0, &facts))) return hr;
    for (i = 0; i < facts->nconsoles; i++)
    {
        const char *listen = facts->consoles[i].listen;

        if (!*listen)
        {
            snprintf(why, sizeof(why), "the console of \"%s\" listens where the hypervisor's "
                     "default says, which libvirt does not report", facts->consoles[i].domain);
            return host_fact_missing(MODEL, facts, why);
        }
        if (!common) common = listen;
        else if (strcmp(common, listen) && !(is_wildcard(common) && is_wildcard(listen)))
        {
            snprintf(why, sizeof(why), "the virtual machines' consoles listen on different "
                     "addresses (%s, %s)", common, listen);
            return host_fact_missing(MODEL, facts, why);
        }
    }
    return utf8_to_bstr(!common || is_wildcard(common) ? "" : common, address);
}
