/*
 * A VM's devices, what both models share: collections of them, and the
 * members read from the VM's facts (docs/inventory-mapping.md §4.4-§4.11).
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
 * A device object names its VM and its position among the VM's devices of
 * its kind, in domain-XML order, never a libvirt handle: every read looks
 * it up in the VM's current facts.  A device removed since reports so.
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "host_private.h"
#include "resource.h"

#include "wine/debug.h"

VPCCOM_DEBUG_CHANNEL;

#define VM_E_NO_DISPLAY       ((HRESULT)0xA0040850)

static const vpcDriveFacts *nth_drive(const vpcVMFacts *facts, vpcDriveKind kind, ULONG index,
                                      ULONG *count)
{
    const vpcDriveFacts *found = NULL;
    ULONG n = 0;
    size_t i;

    for (i = 0; i < facts->ndrives; i++)
    {
        if (facts->drives[i].kind != kind) continue;
        if (n++ == index) found = &facts->drives[i];
    }
    if (count) *count = n;
    return found;
}

static vpcDriveKind drive_kind(enum device_kind kind)
{
    return kind == DEVICE_DVD ? VPC_DRIVE_CDROM :
           kind == DEVICE_FLOPPY ? VPC_DRIVE_FLOPPY : VPC_DRIVE_DISK;
}

ULONG device_count(const vpcVMFacts *facts, enum device_kind kind)
{
    ULONG count = 0;

    switch (kind)
    {
    case DEVICE_NIC: return facts->nnics;
    case DEVICE_SERIAL: return facts->nserials;
    case DEVICE_PARALLEL: return facts->nparallels;
    case DEVICE_SCSI: return facts->scsiControllers;
    default:
        nth_drive(facts, drive_kind(kind), 0, &count);
        return count;
    }
}

/* The device's facts now, or an error saying it is gone. */
static HRESULT device_get(struct device_ref *dev, struct vm_facts *facts, const void **item,
                          const WCHAR *member)
{
    HRESULT hr;

    *item = NULL;
    if (FAILED(hr = vm_facts_get(&dev->vm, facts))) return hr;
    switch (dev->kind)
    {
    case DEVICE_NIC:
        if (dev->index < facts->facts->nnics) *item = &facts->facts->nics[dev->index];
        break;
    case DEVICE_SERIAL:
        if (dev->index < facts->facts->nserials) *item = &facts->facts->serials[dev->index];
        break;
    case DEVICE_PARALLEL:
        if (dev->index < facts->facts->nparallels) *item = &facts->facts->parallels[dev->index];
        break;
    case DEVICE_SCSI:
        if (dev->index < facts->facts->scsiControllers) *item = facts->facts;
        break;
    default:
        *item = nth_drive(facts->facts, drive_kind(dev->kind), dev->index, NULL);
        break;
    }
    if (*item) return S_OK;
    vm_facts_release(facts);
    return vm_fact_error(&dev->vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, member);
}

HRESULT device_ref_init(struct device_ref *dev, const struct vm_ref *vm, enum device_kind kind,
                        ULONG index)
{
    dev->kind = kind;
    dev->index = index;
    dev->image = NULL;
    return vm_ref_copy(&dev->vm, vm);
}

void device_ref_cleanup(struct device_ref *dev)
{
    vm_ref_cleanup(&dev->vm);
    image_ref_free(dev->image);
    dev->image = NULL;
}

HRESULT device_get_id(struct device_ref *dev, LONG *id)
{
    struct vm_facts facts;
    const void *item;
    HRESULT hr;

    if (!id) return E_POINTER;
    *id = 0;
    if (FAILED(hr = device_get(dev, &facts, &item, L"_ID"))) return hr;
    *id = dev->index;
    vm_facts_release(&facts);
    return S_OK;
}

/* Network adapters */

/* As Windows writes it: "52-54-00-1A-03-01". */
HRESULT nic_get_address(struct device_ref *dev, BSTR *address)
{
    const vpcNicFacts *nic;
    struct vm_facts facts;
    char text[64];
    size_t i;
    HRESULT hr;

    if (!address) return E_POINTER;
    *address = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&nic, L"EthernetAddress"))) return hr;
    snprintf(text, sizeof(text), "%s", nic->mac);
    for (i = 0; text[i]; i++)
    {
        if (text[i] == ':') text[i] = '-';
        else if (text[i] >= 'a' && text[i] <= 'f') text[i] -= 'a' - 'A';
    }
    hr = return_utf8(text, address);
    vm_facts_release(&facts);
    return hr;
}

/* libvirt writes every NIC's address into the definition and keeps it. */
HRESULT nic_get_dynamic(struct device_ref *dev, VARIANT_BOOL *dynamic)
{
    struct vm_facts facts;
    const void *nic;
    HRESULT hr;

    if (!dynamic) return E_POINTER;
    *dynamic = VARIANT_FALSE;
    if (FAILED(hr = device_get(dev, &facts, &nic, L"IsEthernetAddressDynamic"))) return hr;
    vm_facts_release(&facts);
    return S_OK;
}

/* §2.5: the libvirt network of 'host' a NIC names, or the one whose bridge
 * it is plugged into; NULL when it is on none (a plain host bridge). */
static const char *nic_network(const vpcNicFacts *nic, const vpcHostFacts *host)
{
    size_t i;

    for (i = 0; i < host->nnetworks; i++)
    {
        if (!strcmp(nic->type, "network") ? !strcmp(nic->network, host->networks[i].name)
                                          : *nic->bridge && !strcmp(nic->bridge, host->networks[i].bridge))
            return host->networks[i].name;
    }
    return NULL;
}

/* *name NULL when the NIC is on no libvirt network. */
HRESULT nic_get_network_name(struct device_ref *dev, WCHAR **name)
{
    const vpcHostFacts *host;
    const vpcNicFacts *nic;
    struct vm_facts facts;
    const char *found;
    HRESULT hr;

    *name = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&nic, L"VirtualNetwork"))) return hr;
    if (FAILED(hr = host_view_host_facts(dev->vm.view,
                                         host_view_host_index(dev->vm.view, dev->vm.host_uri),
                                         &host)))
    {
        vm_facts_release(&facts);
        return hr;
    }
    if ((found = nic_network(nic, host)) && !(*name = strdupAtoW_utf8(found))) hr = E_OUTOFMEMORY;
    vm_facts_release(&facts);
    return hr;
}

/* Drives */

HRESULT drive_get_attachment(struct device_ref *dev, int *attachment)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!attachment) return E_POINTER;
    *attachment = 0;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, L"Attachment"))) return hr;
    /* vmDVDDrive_None/Image/HostDrive, the floppy's alike. */
    *attachment = drive->media == VPC_MEDIA_NONE ? 0 : drive->media == VPC_MEDIA_IMAGE ? 1 : 2;
    vm_facts_release(&facts);
    return S_OK;
}

HRESULT drive_get_location(struct device_ref *dev, enum drive_location which, LONG *value)
{
    static const WCHAR *const members[] = { L"BusNumber", L"DeviceNumber", L"BusType" };
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!value) return E_POINTER;
    *value = 0;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, members[which]))) return hr;
    switch (which)
    {
    case LOCATION_BUS_NUMBER: *value = drive->busNumber; break;
    case LOCATION_DEVICE_NUMBER: *value = drive->unit; break;
    default: *value = drive->bus; break;
    }
    vm_facts_release(&facts);
    return S_OK;
}

/* What the drive holds, when it is of 'media' kind: VM_E_MEDIA_WRONG_TYPE
 * otherwise, as documented. */
HRESULT drive_get_media(struct device_ref *dev, BOOL host_drive, const WCHAR *member, BSTR *value)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!value) return E_POINTER;
    *value = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, member))) return hr;
    if (drive->media != (host_drive ? VPC_MEDIA_HOST_DRIVE : VPC_MEDIA_IMAGE))
        hr = vm_fact_error(&dev->vm, VM_E_MEDIA_WRONG_TYPE, IDS_VM_MEDIA_WRONG_TYPE, member);
    /* A device node is no file a script opens: as libvirt gives it. */
    else if (host_drive)
        hr = return_utf8(drive->source, value);
    else
        hr = return_script_path(&dev->vm, drive->source, value);
    vm_facts_release(&facts);
    return hr;
}

/* Hard disks */

HRESULT disk_get_file(struct device_ref *dev, BSTR *file)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!file) return E_POINTER;
    *file = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, L"File"))) return hr;
    if (drive->media == VPC_MEDIA_HOST_DRIVE)
        hr = return_utf8(drive->source, file);
    else
        hr = return_script_path(&dev->vm, drive->source, file);
    vm_facts_release(&facts);
    return hr;
}

HRESULT disk_get_host_drive(struct device_ref *dev, BSTR *id)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!id) return E_POINTER;
    *id = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, L"HostDriveIdentifier")))
        return hr;
    hr = return_utf8(drive->media == VPC_MEDIA_HOST_DRIVE ? drive->source : "", id);
    vm_facts_release(&facts);
    return hr;
}

/* virDomainGetBlockInfo's capacity (what the guest sees) or physical size
 * (what the host uses), in bytes, VT_DECIMAL. */
HRESULT disk_get_size(struct device_ref *dev, BOOL in_guest, VARIANT *size)
{
    const WCHAR *member = in_guest ? L"SizeInGuest" : L"SizeOnHost";
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    DECIMAL decimal;
    HRESULT hr;

    if (!size) return E_POINTER;
    VariantInit(size);
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, member))) return hr;
    if (!drive->sizeKnown)
    {
        hr = vm_fact_error(&dev->vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, member);
    }
    else
    {
        memset(&decimal, 0, sizeof(decimal));
        decimal.Lo64 = in_guest ? drive->capacity : drive->physical;
        /* The DECIMAL overlays the whole VARIANT, vt included: type it last. */
        V_DECIMAL(size) = decimal;
        V_VT(size) = VT_DECIMAL;
    }
    vm_facts_release(&facts);
    return hr;
}

/* The available space of the storage pool whose directory holds the
 * disk's file, in bytes, VT_DECIMAL; a file in no pool has no known free
 * space (libvirt reports space per pool, not per directory). */
HRESULT disk_get_free(struct device_ref *dev, VARIANT *bytes)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    DECIMAL decimal;
    HRESULT hr;

    if (!bytes) return E_POINTER;
    VariantInit(bytes);
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, L"HostFreeDiskSpace")))
        return hr;
    if (!drive->freeKnown)
    {
        hr = vm_fact_error(&dev->vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"HostFreeDiskSpace");
    }
    else
    {
        memset(&decimal, 0, sizeof(decimal));
        decimal.Lo64 = drive->hostFree;
        V_DECIMAL(bytes) = decimal;
        V_VT(bytes) = VT_DECIMAL;
    }
    vm_facts_release(&facts);
    return hr;
}

/* vmDiskType_*: a backing file makes a differencing disk; a host device is
 * a host drive ('host_drive_type', Virtual Server only, else no honest
 * type); growing formats are dynamic, raw is fixed. */
BOOL disk_format_type(const char *format, BOOL backing, int *type)
{
    static const char *const dynamic[] = { "qcow2", "qcow", "vpc", "vmdk", "vdi", "vhdx", "qed" };
    size_t i;

    *type = 0;
    if (backing)
    {
        *type = 2;
        return TRUE;
    }
    if (!strcmp(format, "raw"))
    {
        *type = 1;
        return TRUE;
    }
    for (i = 0; i < ARRAY_SIZE(dynamic); i++)
        if (!strcmp(format, dynamic[i])) return TRUE;
    return FALSE;
}

HRESULT disk_get_type(struct device_ref *dev, int host_drive_type, int *type)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!type) return E_POINTER;
    *type = 0;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive, L"Type"))) return hr;
    hr = S_OK;
    if (drive->media == VPC_MEDIA_HOST_DRIVE && !drive->backingStore)
    {
        if (host_drive_type >= 0) *type = host_drive_type;
        else hr = not_supported(host_view_model(dev->vm.view), L"IVMHardDisk", L"Type (host drive)");
    }
    else if (!disk_format_type(drive->format, drive->backingStore, type))
        hr = vm_fact_error(&dev->vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"Type");
    vm_facts_release(&facts);
    return hr;
}

/* Nothing (S_FALSE, as documented for a disk without one) unless the live
 * XML shows a backing store, which is not yet an object. */
HRESULT disk_check_no_parent(struct device_ref *dev, BOOL undo, IDispatch **parent)
{
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    HRESULT hr;

    if (!parent) return E_POINTER;
    *parent = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&drive,
                               undo ? L"UndoHardDisk" : L"Parent")))
        return hr;
    hr = S_FALSE;
    /* QEMU's overlay of a transient disk is not reported by libvirt. */
    if (undo && drive->transient)
        hr = not_supported(host_view_model(dev->vm.view), L"IVMHardDiskConnection",
                           L"UndoHardDisk (transient disk)");
    else if (!undo && drive->backingStore)
        hr = not_supported(host_view_model(dev->vm.view), L"IVMHardDisk",
                           L"Parent (backing store)");
    vm_facts_release(&facts);
    return hr;
}

/* Ports */

/* vmSerialPort_*: a host device or pseudo-terminal is a host port, a file
 * a text file, a socket or pipe a named pipe; what Virtual PC cannot
 * express (tcp, udp, spice...) has no honest type. */
HRESULT serial_get_type(struct device_ref *dev, int *type)
{
    static const struct { const char *libvirt; int type; } types[] =
    {
        { "dev", 0 }, { "pty", 0 }, { "file", 1 }, { "pipe", 2 }, { "unix", 2 }, { "null", 3 },
    };
    const vpcPortFacts *port;
    struct vm_facts facts;
    size_t i;
    HRESULT hr;

    if (!type) return E_POINTER;
    *type = 0;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&port, L"Type"))) return hr;
    hr = E_NOTIMPL;
    for (i = 0; i < ARRAY_SIZE(types); i++)
    {
        if (strcmp(port->type, types[i].libvirt)) continue;
        *type = types[i].type;
        hr = S_OK;
    }
    if (hr == E_NOTIMPL)
        hr = not_supported(host_view_model(dev->vm.view), L"IVMSerialPort", L"Type (network port)");
    vm_facts_release(&facts);
    return hr;
}

/* N of a path "PREFIXN", -1 when it is not one. */
static int device_number(const char *path, const char *prefix)
{
    size_t len = strlen(prefix);
    unsigned int n;
    int end = 0;

    if (strncmp(path, prefix, len) || path[len] < '0' || path[len] > '9' ||
        sscanf(path + len, "%u%n", &n, &end) != 1 || path[len + end] || n > 255)
        return -1;
    return n;
}

/* The host side: a file as scripts see paths, the host's /dev/ttySn as
 * COM(n+1) and the sockets of named pipes as \\.\pipe\NAME, which
 * Configure takes (README "Serial and parallel ports"); other devices and
 * sockets as libvirt gives them ("" for a pseudo-terminal not allocated
 * yet). */
HRESULT serial_get_name(struct device_ref *dev, BSTR *name)
{
    const vpcPortFacts *port;
    struct vm_facts facts;
    char text[32], *pipe;
    int n;
    HRESULT hr;

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&port, L"Name"))) return hr;
    if (!strcmp(port->type, "file"))
        hr = return_script_path(&dev->vm, port->path, name);
    else if (!strcmp(port->type, "dev") && (n = device_number(port->path, "/dev/ttyS")) >= 0)
    {
        snprintf(text, sizeof(text), "COM%d", n + 1);
        hr = return_utf8(text, name);
    }
    else if (!strcmp(port->type, "unix") &&
             !strncmp(port->path, VPC_PIPE_SOCKET_PREFIX, strlen(VPC_PIPE_SOCKET_PREFIX)) &&
             port->path[strlen(VPC_PIPE_SOCKET_PREFIX)] &&
             (pipe = malloc(strlen(port->path) + 8)))
    {
        sprintf(pipe, "\\\\.\\pipe\\%s", port->path + strlen(VPC_PIPE_SOCKET_PREFIX));
        hr = return_utf8(pipe, name);
        free(pipe);
    }
    else
        hr = return_utf8(port->path, name);
    vm_facts_release(&facts);
    return hr;
}

/* The host's /dev/parportn as LPT(n+1), which Name takes; a port on
 * anything else by the guest's name for it, LPT1 for target port 0. */
HRESULT parallel_get_name(struct device_ref *dev, BSTR *name)
{
    const vpcPortFacts *port;
    struct vm_facts facts;
    char text[32];
    int n;
    HRESULT hr;

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = device_get(dev, &facts, (const void **)&port, L"Name"))) return hr;
    if (!strcmp(port->type, "dev") && (n = device_number(port->path, "/dev/parport")) >= 0)
        snprintf(text, sizeof(text), "LPT%d", n + 1);
    else
        snprintf(text, sizeof(text), "LPT%d", (port->port >= 0 ? port->port : (int)dev->index) + 1);
    hr = return_utf8(text, name);
    vm_facts_release(&facts);
    return hr;
}

/* The IDE drives by bus and device, 2 x 2, as VMDriveType (hard disk 1,
 * CD/DVD 2, nothing 0): a VARIANT array scripts index as (bus, device). */
HRESULT vm_get_attached_drive_types(struct vm_ref *vm, VARIANT *types)
{
    SAFEARRAYBOUND bounds[2] = { { 2, 0 }, { 2, 0 } };
    const vpcDriveFacts *drive;
    struct vm_facts facts;
    LONG indices[2];
    SAFEARRAY *array;
    VARIANT v;
    size_t i;
    HRESULT hr;

    if (!types) return E_POINTER;
    VariantInit(types);
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    if (!(array = SafeArrayCreate(VT_VARIANT, 2, bounds)))
    {
        vm_facts_release(&facts);
        return E_OUTOFMEMORY;
    }
    V_VT(&v) = VT_I4;
    V_I4(&v) = 0;
    for (indices[0] = 0; indices[0] < 2; indices[0]++)
        for (indices[1] = 0; indices[1] < 2; indices[1]++)
            SafeArrayPutElement(array, indices, &v);
    for (i = 0; i < facts.facts->ndrives; i++)
    {
        drive = &facts.facts->drives[i];
        if (drive->bus != VPC_BUS_IDE || drive->busNumber < 0 || drive->busNumber > 1 ||
            drive->unit < 0 || drive->unit > 1)
            continue;
        if (drive->kind == VPC_DRIVE_DISK) V_I4(&v) = 1;
        else if (drive->kind == VPC_DRIVE_CDROM) V_I4(&v) = 2;
        else continue;
        /* Indexed as the script indexes it: (bus, device). */
        indices[0] = drive->busNumber;
        indices[1] = drive->unit;
        SafeArrayPutElement(array, indices, &v);
    }
    vm_facts_release(&facts);
    V_VT(types) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(types) = array;
    return S_OK;
}

/* An <input type='tablet'> gives the guest absolute coordinates. */
HRESULT mouse_get_absolute(struct vm_ref *vm, VARIANT_BOOL *absolute)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!absolute) return E_POINTER;
    *absolute = VARIANT_FALSE;
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    *absolute = facts.facts->absolutePointer ? VARIANT_TRUE : VARIANT_FALSE;
    vm_facts_release(&facts);
    return S_OK;
}

/* Display: the resolution the primary video is configured to offer. */
HRESULT display_get_size(struct vm_ref *vm, BOOL height, LONG *pixels)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!pixels) return E_POINTER;
    *pixels = 0;
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    /* "Invalid or not running", as the pages document. */
    if (!facts.running)
        hr = vm_fact_error(vm, VPC_E_VM_UNKNOWN, IDS_VM_NOT_RUNNING, NULL);
    else if (!facts.facts->displayWidth || !facts.facts->displayHeight)
        hr = vm_fact_error(vm, VM_E_NO_DISPLAY, IDS_VM_NO_DISPLAY, NULL);
    else
        *pixels = height ? facts.facts->displayHeight : facts.facts->displayWidth;
    vm_facts_release(&facts);
    return hr;
}

/* Collections: every I...Collection has the same layout, so one object
 * serves them all, told apart by its class. */

struct collection_vtbl
{
    HRESULT (WINAPI *QueryInterface)(IDispatch *iface, REFIID riid, void **obj);
    ULONG (WINAPI *AddRef)(IDispatch *iface);
    ULONG (WINAPI *Release)(IDispatch *iface);
    HRESULT (WINAPI *GetTypeInfoCount)(IDispatch *iface, UINT *count);
    HRESULT (WINAPI *GetTypeInfo)(IDispatch *iface, UINT index, LCID lcid, ITypeInfo **ret);
    HRESULT (WINAPI *GetIDsOfNames)(IDispatch *iface, REFIID riid, LPOLESTR *names, UINT count,
                                    LCID lcid, DISPID *ids);
    HRESULT (WINAPI *Invoke)(IDispatch *iface, DISPID member, REFIID riid, LCID lcid, WORD flags,
                             DISPPARAMS *params, VARIANT *result, EXCEPINFO *excepinfo,
                             UINT *argerr);
    HRESULT (WINAPI *get__NewEnum)(IDispatch *iface, IUnknown **ret);
    HRESULT (WINAPI *get_Count)(IDispatch *iface, LONG *count);
    HRESULT (WINAPI *get_Item)(IDispatch *iface, LONG index, IDispatch **item);
};

/* The items are the devices there were when the collection was made:
 * Count, Item and For Each agree for its whole life.  A VM's collection
 * holds its devices of one kind; a network's, devices of several VMs. */
struct device_collection
{
    IDispatch IDispatch_iface;
    LONG ref;
    struct host_view *view;
    const struct device_class *cls;
    struct device_ref *items;
    ULONG count;
};

static inline struct device_collection *impl_from_collection(IDispatch *iface)
{
    return CONTAINING_RECORD(iface, struct device_collection, IDispatch_iface);
}

static HRESULT WINAPI collection_QueryInterface(IDispatch *iface, REFIID riid, void **obj)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %s, %p\n", iface, debugstr_guid(riid), obj);

    if (!obj) return E_POINTER;
    if (IsEqualIID(riid, This->cls->iid) || IsEqualIID(riid, &IID_IDispatch) ||
        IsEqualIID(riid, &IID_IUnknown))
    {
        *obj = iface;
        IDispatch_AddRef(iface);
        return S_OK;
    }
    WARN("interface %s not supported\n", debugstr_guid(riid));
    *obj = NULL;
    return E_NOINTERFACE;
}

static void collection_free(struct device_collection *This)
{
    ULONG i;

    for (i = 0; i < This->count; i++) vm_ref_cleanup(&This->items[i].vm);
    free(This->items);
    host_view_release(This->view);
    free(This);
}

static ULONG WINAPI collection_AddRef(IDispatch *iface)
{
    struct device_collection *This = impl_from_collection(iface);
    ULONG ref = InterlockedIncrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);
    return ref;
}

static ULONG WINAPI collection_Release(IDispatch *iface)
{
    struct device_collection *This = impl_from_collection(iface);
    ULONG ref = InterlockedDecrement(&This->ref);

    TRACE("%p, refcount %u\n", iface, (unsigned)ref);

    if (!ref) collection_free(This);
    return ref;
}

static HRESULT WINAPI collection_GetTypeInfoCount(IDispatch *iface, UINT *count)
{
    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 1;
    return S_OK;
}

static HRESULT WINAPI collection_GetTypeInfo(IDispatch *iface, UINT index, LCID lcid,
                                             ITypeInfo **ret)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %u, %#x, %p\n", iface, index, (unsigned)lcid, ret);

    return dispatch_get_type_info(This->cls->cache, This->cls->tid, index, ret);
}

static HRESULT WINAPI collection_GetIDsOfNames(IDispatch *iface, REFIID riid, LPOLESTR *names,
                                               UINT count, LCID lcid, DISPID *ids)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %s, %p, %u, %#x, %p\n", iface, debugstr_guid(riid), names, count,
          (unsigned)lcid, ids);

    return dispatch_get_ids(This->cls->cache, This->cls->tid, names, count, ids);
}

static HRESULT WINAPI collection_Invoke(IDispatch *iface, DISPID member, REFIID riid, LCID lcid,
                                        WORD flags, DISPPARAMS *params, VARIANT *result,
                                        EXCEPINFO *excepinfo, UINT *argerr)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %d, %s, %#x, %#x, %p, %p, %p, %p\n", iface, (int)member, debugstr_guid(riid),
          (unsigned)lcid, flags, params, result, excepinfo, argerr);

    if (!riid || !IsEqualIID(riid, &IID_NULL)) return DISP_E_UNKNOWNINTERFACE;
    return dispatch_invoke(This->cls->cache, This->cls->tid, iface, member, flags, params,
                           result, excepinfo, argerr);
}

static HRESULT collection_item(IUnknown *collection, ULONG index, IDispatch **item)
{
    struct device_collection *This = impl_from_collection((IDispatch *)collection);

    const struct device_ref *dev = &This->items[index];

    return This->cls->create_item(&dev->vm, dev->kind, dev->index, item);
}

static HRESULT WINAPI collection_get__NewEnum(IDispatch *iface, IUnknown **ret)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %p\n", iface, ret);

    if (!ret) return E_POINTER;
    return create_enumvariant((IUnknown *)iface, This->count, collection_item, ret);
}

static HRESULT WINAPI collection_get_Count(IDispatch *iface, LONG *count)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = This->count;
    return S_OK;
}

static HRESULT WINAPI collection_get_Item(IDispatch *iface, LONG index, IDispatch **item)
{
    struct device_collection *This = impl_from_collection(iface);

    TRACE("%p, %d, %p\n", iface, (int)index, item);

    if (!item) return E_POINTER;
    *item = NULL;
    if (index < 1 || (ULONG)index > This->count)
        return bad_index(host_view_model(This->view), index, This->count);
    return collection_item((IUnknown *)iface, index - 1, item);
}

static const struct collection_vtbl collection_vtbl =
{
    collection_QueryInterface,
    collection_AddRef,
    collection_Release,
    collection_GetTypeInfoCount,
    collection_GetTypeInfo,
    collection_GetIDsOfNames,
    collection_Invoke,
    collection_get__NewEnum,
    collection_get_Count,
    collection_get_Item,
};

static struct device_collection *collection_new(struct host_view *view,
                                                const struct device_class *cls)
{
    struct device_collection *collection;

    if (!(collection = calloc(1, sizeof(*collection)))) return NULL;
    collection->IDispatch_iface.lpVtbl = (const IDispatchVtbl *)&collection_vtbl;
    collection->ref = 1;
    collection->cls = cls;
    collection->view = view;
    host_view_addref(view);
    return collection;
}

static HRESULT collection_add(struct device_collection *collection, const struct vm_ref *vm,
                              ULONG index, ULONG *capacity)
{
    struct device_ref *items;
    HRESULT hr;

    if (collection->count == *capacity)
    {
        ULONG grown = *capacity ? *capacity * 2 : 4;

        if (!(items = realloc(collection->items, grown * sizeof(*items)))) return E_OUTOFMEMORY;
        collection->items = items;
        *capacity = grown;
    }
    hr = device_ref_init(&collection->items[collection->count], vm, collection->cls->kind, index);
    if (SUCCEEDED(hr)) collection->count++;
    return hr;
}

HRESULT create_device_collection(struct vm_ref *vm, const struct device_class *cls, void **ret)
{
    struct device_collection *collection;
    struct vm_facts facts;
    ULONG count, capacity = 0, i;
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = NULL;
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    count = device_count(facts.facts, cls->kind);
    vm_facts_release(&facts);
    if (!(collection = collection_new(vm->view, cls))) return E_OUTOFMEMORY;
    for (i = 0; i < count && SUCCEEDED(hr); i++) hr = collection_add(collection, vm, i, &capacity);
    if (FAILED(hr))
    {
        collection_free(collection);
        return hr;
    }
    *ret = &collection->IDispatch_iface;
    return S_OK;
}

/* §2.5: the NICs of the VMs that are on the libvirt network 'network' of
 * host 'network_host' (its VMs only), or with 'network' NULL the NICs of
 * every host's VMs that are on none; VirtualMachines' order, then each VM's. */
HRESULT create_network_nic_collection(struct host_view *view, const struct device_class *cls,
                                      size_t network_host, const char *network, void **ret)
{
    struct device_collection *collection;
    const vpcHostFacts *host;
    const vpcVMRecord *rec;
    struct snapshot *snap;
    struct vm_facts facts;
    struct vm_ref vm;
    const char *on;
    ULONG capacity = 0, nic;
    size_t i, host_index;
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = NULL;
    if (FAILED(hr = host_view_snapshot(view, &snap))) return hr;
    if (!(collection = collection_new(view, cls)))
    {
        snapshot_release(snap);
        return E_OUTOFMEMORY;
    }
    for (i = 0; i < snap->data->nvms && SUCCEEDED(hr); i++)
    {
        rec = &snap->data->vms[i];
        host_index = host_view_host_index(view, snap->data->hosts[rec->hostIndex].uri);
        if (network && host_index != network_host) continue;
        if (FAILED(hr = host_view_host_facts(view, host_index, &host))) break;
        if (FAILED(hr = vm_ref_init(&vm, view, snap, i))) break;
        if (SUCCEEDED(hr = vm_facts_get(&vm, &facts)))
        {
            for (nic = 0; nic < facts.facts->nnics && SUCCEEDED(hr); nic++)
            {
                on = nic_network(&facts.facts->nics[nic], host);
                if (network ? on && !strcmp(on, network) : !on)
                    hr = collection_add(collection, &vm, nic, &capacity);
            }
            vm_facts_release(&facts);
        }
        vm_ref_cleanup(&vm);
    }
    snapshot_release(snap);
    if (FAILED(hr))
    {
        collection_free(collection);
        return hr;
    }
    *ret = &collection->IDispatch_iface;
    return S_OK;
}
