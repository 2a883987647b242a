/*
 * vpccom.dll: the host-level objects of both object models (host facts,
 * virtual networks, support drivers, USB devices, remote console
 * authenticators), declared without either model's header.
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

#ifndef HOST_PRIVATE_H
#define HOST_PRIVATE_H

#include "vpccom_private.h"
#include "vpchostfacts.h"

/* Their type information has its own cache per model, so that the
 * machine-level objects' table stays as it is.  A model fills the entries
 * of the interfaces it has. */
enum host_tid
{
    HOST_IVMHostInfo_tid,
    HOST_IVMVirtualNetworkCollection_tid,
    HOST_IVMVirtualNetwork_tid,
    HOST_IVMDHCPVirtualNetworkServer_tid,
    HOST_IVMSupportDriverCollection_tid,
    HOST_IVMSupportDriver_tid,
    HOST_IVMRCAuthenticatorCollection_tid,
    HOST_IVMRCAuthenticator_tid,
    HOST_IVMUSBDeviceCollection_tid,
    HOST_IVMUSBDevice_tid,
    HOST_VMHostInfo_tid,
    HOST_VMVirtualNetworkCollection_tid,
    HOST_VMVirtualNetwork_tid,
    HOST_VMDHCPVirtualNetworkServer_tid,
    HOST_VMSupportDriverCollection_tid,
    HOST_VMSupportDriver_tid,
    HOST_VMRCAuthenticatorCollection_tid,
    HOST_VMRCAuthenticator_tid,
    HOST_VMUSBDeviceCollection_tid,
    HOST_VMUSBDevice_tid,
    HOST_LAST_tid
};

extern struct typeinfo_cache vpc_host_typeinfo;
extern struct typeinfo_cache vs_host_typeinfo;

/* The facts of the view's hosts (session.c); index 0 is the application's
 * host.  The pointer stays valid as long as the view. */
size_t host_view_host_count(struct host_view *view);
HRESULT host_view_host_facts(struct host_view *view, size_t index, const vpcHostFacts **facts);
/* After the script changed what the host reports: the next read fetches
 * its facts again (earlier pointers stay valid). */
void host_view_host_facts_changed(struct host_view *view, size_t index);

/* A fact the host did not report: DISP_E_EXCEPTION naming the host. */
HRESULT host_fact_missing(enum object_model model, const vpcHostFacts *facts, const char *why);
/* A host path as a script sees it: Wine's DOS path for this machine,
 * \\HOST\path for a remote host; 'directory' adds the final backslash. */
HRESULT host_path_to_bstr(const vpcHostFacts *facts, const char *path, BOOL directory, BSTR *ret);
HRESULT utf8_to_bstr(const char *str, BSTR *ret);
/* An array of VARIANTs holding BSTRs (paths converted when 'paths'). */
HRESULT string_array_to_variant(const vpcHostFacts *facts, const char *const *items, size_t count,
                                BOOL paths, VARIANT *ret);
void decimal_to_variant(uint64_t value, VARIANT *ret);
BOOL host_has_cpu_feature(const vpcHostFacts *facts, const char *name);

/* An item of a host-level collection: which host's facts, which entry. */
struct host_item
{
    size_t host;
    size_t index;
};

/* IVMVirtualNetwork::NetworkAdapters ('network' the name of one of host
 * 'network_host''s networks) and UnconnectedNetworkAdapters ('network'
 * NULL), devices.c. */
HRESULT create_network_nic_collection(struct host_view *view, const struct device_class *cls,
                                      size_t network_host, const char *network, void **ret);

/* The items of every host that answers, host by host (a host that does
 * not is left out, as VirtualMachines leaves its VMs out); 'count_items'
 * says how many a host's facts hold.  The caller frees *items. */
HRESULT host_view_collect(struct host_view *view, size_t (*count_items)(const vpcHostFacts *facts),
                          struct host_item **items, size_t *count);
/* The dotted network address of 'address' under 'mask'; "" when either
 * is not a dotted quad. */
void network_address(const char *address, const char *mask, char *out, size_t size);

/* Constructors, by model: the objects are each model's own interfaces. */
HRESULT vs_create_hostinfo(struct host_view *view, IDispatch **ret);
HRESULT vpc_create_hostinfo(struct host_view *view, IDispatch **ret);
HRESULT vs_create_network_collection(struct host_view *view, IDispatch **ret);
HRESULT vpc_create_network_collection(struct host_view *view, IDispatch **ret);
HRESULT vs_find_network(struct host_view *view, const WCHAR *name, IDispatch **ret);
HRESULT vpc_find_network(struct host_view *view, const WCHAR *name, IDispatch **ret);
HRESULT vs_create_support_drivers(struct host_view *view, IDispatch **ret);
HRESULT vpc_create_usb_devices(struct host_view *view, IDispatch **ret);
HRESULT vs_create_authenticators(struct host_view *view, IDispatch **ret);
HRESULT vs_get_authenticator(struct host_view *view, IDispatch **ret);
HRESULT vs_vmrc_enabled(struct host_view *view, VARIANT_BOOL *enabled);
HRESULT vs_vmrc_admin_address(struct host_view *view, BSTR *address);

#endif /* HOST_PRIVATE_H */
