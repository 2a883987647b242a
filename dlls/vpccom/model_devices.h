/*
 * A VM's devices and display, for both models (see devices.c).
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
 * Compiled twice, by vpc_devices.c and vs_devices.c, like model_machine.h:
 * the member lists of these interfaces differ between the models in
 * places (#ifdef VS_MODEL_H), their meaning does not.
 */

#ifndef MODEL
#error "include this from vpc_devices.c or vs_devices.c"
#endif

#define NOT_SUPPORTED(iface, member) not_supported(MODEL, L"" #iface, L"" member)

/* A device object: its interface, reference count and device. */
#define DEVICE_OBJECT(prefix, type) \
struct prefix \
{ \
    type type##_iface; \
    LONG ref; \
    struct device_ref dev; \
}; \
\
static inline struct prefix *impl_from_##type(type *iface) \
{ \
    return CONTAINING_RECORD(iface, struct prefix, type##_iface); \
} \
\
INVENTORY_UNKNOWN_IMPL(prefix, type, struct prefix) \
\
static ULONG WINAPI prefix##_Release(type *iface) \
{ \
    struct prefix *This = impl_from_##type(iface); \
    ULONG ref = InterlockedDecrement(&This->ref); \
\
    TRACE("%p, refcount %u\n", iface, (unsigned)ref); \
\
    if (!ref) \
    { \
        device_ref_cleanup(&This->dev); \
        free(This); \
    } \
    return ref; \
} \
\
AUTOMATION_DISPATCH_IMPL(prefix, type, &MODEL_TYPEINFO, MODEL_TID(type)) \
\
static const type##Vtbl prefix##_vtbl; \
\
static HRESULT prefix##_create(const struct vm_ref *vm, enum device_kind kind, ULONG index, \
                               IDispatch **ret) \
{ \
    struct prefix *obj; \
    HRESULT hr; \
\
    *ret = NULL; \
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY; \
    obj->type##_iface.lpVtbl = &prefix##_vtbl; \
    obj->ref = 1; \
    if (FAILED(hr = device_ref_init(&obj->dev, vm, kind, index))) \
    { \
        free(obj); \
        return hr; \
    } \
    *ret = (IDispatch *)&obj->type##_iface; \
    return S_OK; \
}

#define DEV(type) (&impl_from_##type(iface)->dev)

/* SetBusLocation of a drive or disk: Virtual Server names the bus type,
 * Windows Virtual PC has IDE only. */
#ifdef VS_MODEL_H
static HRESULT set_bus_location(struct device_ref *dev, const WCHAR *member, VMDriveBusType type,
                                LONG bus, LONG device)
{
    if (type != vmDriveBusType_IDE && type != vmDriveBusType_SCSI)
        return set_error(MODEL, E_INVALIDARG, IDS_BAD_BUS_TYPE, member);
    return drive_set_location(dev, type == vmDriveBusType_SCSI, bus, device);
}
#endif

/* IVMNetworkAdapter */

DEVICE_OBJECT(netadapter, IVMNetworkAdapter)

/* Onto one of the VM's host's libvirt networks (§2.5), live and persistent
 * while the VM runs. */
static HRESULT WINAPI netadapter_AttachToVirtualNetwork(IVMNetworkAdapter *iface,
                                                        IVMVirtualNetwork *network)
{
    const char *host_uri;
    WCHAR *name;
    HRESULT hr;

    TRACE("%p, %p\n", iface, network);

    if (!network) return set_error(MODEL, E_POINTER, IDS_NEEDS_NETWORK, L"AttachToVirtualNetwork");
    if (FAILED(hr = model_network_identity(network, &host_uri, &name)))
        return hr == E_INVALIDARG ? set_error(MODEL, hr, IDS_NEEDS_NETWORK, L"AttachToVirtualNetwork")
                                  : hr;
    hr = nic_set_network(DEV(IVMNetworkAdapter), host_uri, name);
    free(name);
    return hr;
}

/* Onto no network: an unconnected tap device (README). */
static HRESULT WINAPI netadapter_DetachFromVirtualNetwork(IVMNetworkAdapter *iface)
{
    TRACE("%p\n", iface);

    return nic_set_network(DEV(IVMNetworkAdapter), NULL, NULL);
}

static HRESULT WINAPI netadapter__ID(IVMNetworkAdapter *iface, LONG *id)
{
    TRACE("%p, %p\n", iface, id);

    return device_get_id(DEV(IVMNetworkAdapter), id);
}

static HRESULT WINAPI netadapter_get_EthernetAddress(IVMNetworkAdapter *iface, BSTR *address)
{
    TRACE("%p, %p\n", iface, address);

    return nic_get_address(DEV(IVMNetworkAdapter), address);
}

static HRESULT WINAPI netadapter_put_EthernetAddress(IVMNetworkAdapter *iface, BSTR address)
{
    TRACE("%p, %s\n", iface, debugstr_w(address));

    return nic_set_address(DEV(IVMNetworkAdapter), address);
}

static HRESULT WINAPI netadapter_get_IsEthernetAddressDynamic(IVMNetworkAdapter *iface,
                                                              VARIANT_BOOL *dynamic)
{
    TRACE("%p, %p\n", iface, dynamic);

    return nic_get_dynamic(DEV(IVMNetworkAdapter), dynamic);
}

static HRESULT WINAPI netadapter_put_IsEthernetAddressDynamic(IVMNetworkAdapter *iface,
                                                              VARIANT_BOOL dynamic)
{
    TRACE("%p, %d\n", iface, dynamic);

    return nic_set_dynamic(DEV(IVMNetworkAdapter), dynamic);
}

static HRESULT WINAPI netadapter_get_VirtualMachine(IVMNetworkAdapter *iface,
                                                    IVMVirtualMachine **vm)
{
    struct device_ref *dev = DEV(IVMNetworkAdapter);
    const vpcVMRecord *rec;
    struct snapshot *snap;
    HRESULT hr;

    TRACE("%p, %p\n", iface, vm);

    if (!vm) return E_POINTER;
    *vm = NULL;
    if (FAILED(hr = vm_ref_lookup(&dev->vm, &snap, &rec))) return hr;
    hr = model_create_machine(dev->vm.view, snap, rec - snap->data->vms, vm);
    snapshot_release(snap);
    return hr;
}

/* The network's object as VirtualNetworks has it; Nothing (S_FALSE, as
 * documented for an adapter on no virtual network) otherwise. */
static HRESULT WINAPI netadapter_get_VirtualNetwork(IVMNetworkAdapter *iface,
                                                    IVMVirtualNetwork **network)
{
    struct device_ref *dev = DEV(IVMNetworkAdapter);
    WCHAR *name;
    HRESULT hr;

    TRACE("%p, %p\n", iface, network);

    if (!network) return E_POINTER;
    *network = NULL;
    if (FAILED(hr = nic_get_network_name(dev, &name))) return hr;
    if (!name) return S_FALSE;
    hr = model_find_network(dev->vm.view, name, (IDispatch **)network);
    free(name);
    return hr;
}

static const IVMNetworkAdapterVtbl netadapter_vtbl =
{
    netadapter_QueryInterface,
    netadapter_AddRef,
    netadapter_Release,
    netadapter_GetTypeInfoCount,
    netadapter_GetTypeInfo,
    netadapter_GetIDsOfNames,
    netadapter_Invoke,
#ifdef VS_MODEL_H
    netadapter_AttachToVirtualNetwork,
    netadapter_DetachFromVirtualNetwork,
    netadapter__ID,
#else
    netadapter__ID,
    netadapter_AttachToVirtualNetwork,
    netadapter_DetachFromVirtualNetwork,
#endif
    netadapter_get_EthernetAddress,
    netadapter_put_EthernetAddress,
    netadapter_get_IsEthernetAddressDynamic,
    netadapter_put_IsEthernetAddressDynamic,
    netadapter_get_VirtualMachine,
    netadapter_get_VirtualNetwork,
};

/* IVMDVDDrive */

DEVICE_OBJECT(dvd, IVMDVDDrive)

static HRESULT WINAPI dvd_AttachHostDrive(IVMDVDDrive *iface, BSTR drive)
{
    TRACE("%p, %s\n", iface, debugstr_w(drive));

    return drive_attach_host_drive(DEV(IVMDVDDrive), drive);
}

static HRESULT WINAPI dvd_AttachImage(IVMDVDDrive *iface, BSTR path)
{
    TRACE("%p, %s\n", iface, debugstr_w(path));

    return drive_attach_image(DEV(IVMDVDDrive), path);
}

static HRESULT WINAPI dvd_ReleaseHostDrive(IVMDVDDrive *iface)
{
    TRACE("%p\n", iface);

    return drive_release(DEV(IVMDVDDrive), TRUE);
}

static HRESULT WINAPI dvd_ReleaseImage(IVMDVDDrive *iface)
{
    TRACE("%p\n", iface);

    return drive_release(DEV(IVMDVDDrive), FALSE);
}

/* The VM off: one redefinition moves it (the object follows it). */
#ifdef VS_MODEL_H
static HRESULT WINAPI dvd_SetBusLocation(IVMDVDDrive *iface, VMDriveBusType type, LONG bus,
                                         LONG device)
{
    TRACE("%p, %d, %d, %d\n", iface, type, (int)bus, (int)device);

    return set_bus_location(DEV(IVMDVDDrive), L"SetBusLocation", type, bus, device);
}
#else
static HRESULT WINAPI dvd_SetBusLocation(IVMDVDDrive *iface, LONG bus, LONG device)
{
    TRACE("%p, %d, %d\n", iface, (int)bus, (int)device);

    return drive_set_location(DEV(IVMDVDDrive), FALSE, bus, device);
}
#endif

static HRESULT WINAPI dvd_get_Attachment(IVMDVDDrive *iface, VMDVDDriveAttachmentType *attachment)
{
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, attachment);

    if (!attachment) return E_POINTER;
    hr = drive_get_attachment(DEV(IVMDVDDrive), &value);
    *attachment = value;
    return hr;
}

static HRESULT WINAPI dvd_get_BusNumber(IVMDVDDrive *iface, LONG *bus)
{
    TRACE("%p, %p\n", iface, bus);

    return drive_get_location(DEV(IVMDVDDrive), LOCATION_BUS_NUMBER, bus);
}

#ifdef VS_MODEL_H
static HRESULT WINAPI dvd_get_BusType(IVMDVDDrive *iface, VMDriveBusType *type)
{
    LONG value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, type);

    if (!type) return E_POINTER;
    hr = drive_get_location(DEV(IVMDVDDrive), LOCATION_BUS_TYPE, &value);
    *type = value;
    return hr;
}
#endif

static HRESULT WINAPI dvd_get_DeviceNumber(IVMDVDDrive *iface, LONG *device)
{
    TRACE("%p, %p\n", iface, device);

    return drive_get_location(DEV(IVMDVDDrive), LOCATION_DEVICE_NUMBER, device);
}

static HRESULT WINAPI dvd_get_HostDriveLetter(IVMDVDDrive *iface, BSTR *drive)
{
    TRACE("%p, %p\n", iface, drive);

    return drive_get_media(DEV(IVMDVDDrive), TRUE, L"HostDriveLetter", drive);
}

static HRESULT WINAPI dvd_get_ImageFile(IVMDVDDrive *iface, BSTR *path)
{
    TRACE("%p, %p\n", iface, path);

    return drive_get_media(DEV(IVMDVDDrive), FALSE, L"ImageFile", path);
}

static const IVMDVDDriveVtbl dvd_vtbl =
{
    dvd_QueryInterface,
    dvd_AddRef,
    dvd_Release,
    dvd_GetTypeInfoCount,
    dvd_GetTypeInfo,
    dvd_GetIDsOfNames,
    dvd_Invoke,
    dvd_AttachHostDrive,
    dvd_AttachImage,
    dvd_ReleaseHostDrive,
    dvd_ReleaseImage,
    dvd_SetBusLocation,
    dvd_get_Attachment,
    dvd_get_BusNumber,
#ifdef VS_MODEL_H
    dvd_get_BusType,
#endif
    dvd_get_DeviceNumber,
    dvd_get_HostDriveLetter,
    dvd_get_ImageFile,
};

/* IVMFloppyDrive */

DEVICE_OBJECT(floppy, IVMFloppyDrive)

static HRESULT WINAPI floppy_AttachHostDrive(IVMFloppyDrive *iface, BSTR drive)
{
    TRACE("%p, %s\n", iface, debugstr_w(drive));

    return drive_attach_host_drive(DEV(IVMFloppyDrive), drive);
}

static HRESULT WINAPI floppy_AttachImage(IVMFloppyDrive *iface, BSTR path)
{
    TRACE("%p, %s\n", iface, debugstr_w(path));

    return drive_attach_image(DEV(IVMFloppyDrive), path);
}

static HRESULT WINAPI floppy_ReleaseHostDrive(IVMFloppyDrive *iface)
{
    TRACE("%p\n", iface);

    return drive_release(DEV(IVMFloppyDrive), TRUE);
}

static HRESULT WINAPI floppy_ReleaseImage(IVMFloppyDrive *iface)
{
    TRACE("%p\n", iface);

    return drive_release(DEV(IVMFloppyDrive), FALSE);
}

static HRESULT WINAPI floppy_get_Attachment(IVMFloppyDrive *iface,
                                            VMFloppyDriveAttachmentType *attachment)
{
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, attachment);

    if (!attachment) return E_POINTER;
    hr = drive_get_attachment(DEV(IVMFloppyDrive), &value);
    *attachment = value;
    return hr;
}

static HRESULT WINAPI floppy_get_DriveNumber(IVMFloppyDrive *iface, LONG *drive)
{
    TRACE("%p, %p\n", iface, drive);

    return drive_get_location(DEV(IVMFloppyDrive), LOCATION_DEVICE_NUMBER, drive);
}

static HRESULT WINAPI floppy_get_HostDriveLetter(IVMFloppyDrive *iface, BSTR *drive)
{
    TRACE("%p, %p\n", iface, drive);

    return drive_get_media(DEV(IVMFloppyDrive), TRUE, L"HostDriveLetter", drive);
}

static HRESULT WINAPI floppy_get_ImageFile(IVMFloppyDrive *iface, BSTR *path)
{
    TRACE("%p, %p\n", iface, path);

    return drive_get_media(DEV(IVMFloppyDrive), FALSE, L"ImageFile", path);
}

static const IVMFloppyDriveVtbl floppy_vtbl =
{
    floppy_QueryInterface,
    floppy_AddRef,
    floppy_Release,
    floppy_GetTypeInfoCount,
    floppy_GetTypeInfo,
    floppy_GetIDsOfNames,
    floppy_Invoke,
    floppy_AttachHostDrive,
    floppy_AttachImage,
    floppy_ReleaseHostDrive,
    floppy_ReleaseImage,
    floppy_get_Attachment,
    floppy_get_DriveNumber,
    floppy_get_HostDriveLetter,
    floppy_get_ImageFile,
};

/* IVMHardDisk: the disk a connection holds, or a stand-alone image
 * (GetHardDisk, a Parent), which has no VM (dev->image). */

DEVICE_OBJECT(harddisk, IVMHardDisk)

#define IMAGE(type) (DEV(type)->image)

HRESULT model_create_image_disk(struct host_view *view, const char *host_uri, const char *path,
                                IVMHardDisk **ret)
{
    struct harddisk *obj;
    HRESULT hr;

    *ret = NULL;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMHardDisk_iface.lpVtbl = &harddisk_vtbl;
    obj->ref = 1;
    obj->dev.kind = DEVICE_DISK;
    if (FAILED(hr = image_ref_create(view, host_uri, path, &obj->dev.image)))
    {
        free(obj);
        return hr;
    }
    *ret = &obj->IVMHardDisk_iface;
    return S_OK;
}

static HRESULT WINAPI harddisk_Compact(IVMHardDisk *iface, IVMTask **task)
{
    if (task) *task = NULL;
    return NOT_SUPPORTED(IVMHardDisk, "Compact");
}

static HRESULT WINAPI harddisk_Convert(IVMHardDisk *iface, BSTR path, VMHardDiskType type,
                                       IVMTask **task)
{
    if (task) *task = NULL;
    return NOT_SUPPORTED(IVMHardDisk, "Convert");
}

static HRESULT WINAPI harddisk_Merge(IVMHardDisk *iface, IVMTask **task)
{
    if (task) *task = NULL;
    return NOT_SUPPORTED(IVMHardDisk, "Merge");
}

static HRESULT WINAPI harddisk_MergeTo(IVMHardDisk *iface, BSTR path, VMHardDiskType type,
                                       IVMTask **task)
{
    if (task) *task = NULL;
    return NOT_SUPPORTED(IVMHardDisk, "MergeTo");
}

static HRESULT WINAPI harddisk_get_File(IVMHardDisk *iface, BSTR *file)
{
    TRACE("%p, %p\n", iface, file);

    if (IMAGE(IVMHardDisk)) return image_get_file(IMAGE(IVMHardDisk), file);
    return disk_get_file(DEV(IVMHardDisk), file);
}

#ifdef VS_MODEL_H
static HRESULT WINAPI harddisk_get_HostDriveIdentifier(IVMHardDisk *iface, BSTR *id)
{
    TRACE("%p, %p\n", iface, id);

    /* An image file is no host drive. */
    if (IMAGE(IVMHardDisk))
    {
        if (!id) return E_POINTER;
        return (*id = SysAllocString(L"")) ? S_OK : E_OUTOFMEMORY;
    }
    return disk_get_host_drive(DEV(IVMHardDisk), id);
}
#endif

static HRESULT WINAPI harddisk_get_HostFreeDiskSpace(IVMHardDisk *iface, VARIANT *bytes)
{
    TRACE("%p, %p\n", iface, bytes);

    if (IMAGE(IVMHardDisk)) return image_get_free(IMAGE(IVMHardDisk), bytes);
    return disk_get_free(DEV(IVMHardDisk), bytes);
}

static HRESULT WINAPI harddisk_get_Parent(IVMHardDisk *iface, IVMHardDisk **parent)
{
    struct image_ref *image = IMAGE(IVMHardDisk);
    char *path;
    HRESULT hr;

    TRACE("%p, %p\n", iface, parent);

    if (!image) return disk_check_no_parent(DEV(IVMHardDisk), FALSE, (IDispatch **)parent);
    /* A stand-alone image's backing file is one too. */
    if (!parent) return E_POINTER;
    *parent = NULL;
    if ((hr = image_get_parent(image, &path)) != S_OK) return hr;
    hr = model_create_image_disk(image->view, image->host_uri, path, parent);
    free(path);
    return hr;
}

#ifdef VS_MODEL_H
static HRESULT WINAPI harddisk_get_Security(IVMHardDisk *iface, IVMSecurity **security)
{
    if (security) *security = NULL;
    return NOT_SUPPORTED(IVMHardDisk, "Security");
}
#else
static HRESULT WINAPI harddisk_put_Parent(IVMHardDisk *iface, IVMHardDisk *parent)
{
    return NOT_SUPPORTED(IVMHardDisk, "Parent (write)");
}
#endif

static HRESULT WINAPI harddisk_get_SizeInGuest(IVMHardDisk *iface, VARIANT *size)
{
    TRACE("%p, %p\n", iface, size);

    if (IMAGE(IVMHardDisk)) return image_get_size(IMAGE(IVMHardDisk), TRUE, size);
    return disk_get_size(DEV(IVMHardDisk), TRUE, size);
}

static HRESULT WINAPI harddisk_get_SizeOnHost(IVMHardDisk *iface, VARIANT *size)
{
    TRACE("%p, %p\n", iface, size);

    if (IMAGE(IVMHardDisk)) return image_get_size(IMAGE(IVMHardDisk), FALSE, size);
    return disk_get_size(DEV(IVMHardDisk), FALSE, size);
}

static HRESULT WINAPI harddisk_get_Type(IVMHardDisk *iface, VMHardDiskType *type)
{
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, type);

    if (!type) return E_POINTER;
    if (IMAGE(IVMHardDisk)) hr = image_get_type(IMAGE(IVMHardDisk), &value);
#ifdef VS_MODEL_H
    else hr = disk_get_type(DEV(IVMHardDisk), vmDiskType_HostDrive, &value);
#else
    else hr = disk_get_type(DEV(IVMHardDisk), -1, &value);
#endif
    *type = value;
    return hr;
}

static const IVMHardDiskVtbl harddisk_vtbl =
{
    harddisk_QueryInterface,
    harddisk_AddRef,
    harddisk_Release,
    harddisk_GetTypeInfoCount,
    harddisk_GetTypeInfo,
    harddisk_GetIDsOfNames,
    harddisk_Invoke,
    harddisk_Compact,
    harddisk_Convert,
    harddisk_Merge,
    harddisk_MergeTo,
    harddisk_get_File,
#ifdef VS_MODEL_H
    harddisk_get_HostDriveIdentifier,
    harddisk_get_HostFreeDiskSpace,
    harddisk_get_Parent,
    harddisk_get_Security,
#else
    harddisk_get_HostFreeDiskSpace,
    harddisk_get_Parent,
    harddisk_put_Parent,
#endif
    harddisk_get_SizeInGuest,
    harddisk_get_SizeOnHost,
    harddisk_get_Type,
};

/* IVMHardDiskConnection */

DEVICE_OBJECT(hdconn, IVMHardDiskConnection)

#ifdef VS_MODEL_H
static HRESULT WINAPI hdconn_SetBusLocation(IVMHardDiskConnection *iface, VMDriveBusType type,
                                            LONG bus, LONG device)
{
    TRACE("%p, %d, %d, %d\n", iface, type, (int)bus, (int)device);

    return set_bus_location(DEV(IVMHardDiskConnection), L"SetBusLocation", type, bus, device);
}
#else
static HRESULT WINAPI hdconn_SetBusLocation(IVMHardDiskConnection *iface, LONG bus, LONG device)
{
    TRACE("%p, %d, %d\n", iface, (int)bus, (int)device);

    return drive_set_location(DEV(IVMHardDiskConnection), FALSE, bus, device);
}
#endif

static HRESULT WINAPI hdconn_get_BusNumber(IVMHardDiskConnection *iface, LONG *bus)
{
    TRACE("%p, %p\n", iface, bus);

    return drive_get_location(DEV(IVMHardDiskConnection), LOCATION_BUS_NUMBER, bus);
}

#ifdef VS_MODEL_H
static HRESULT WINAPI hdconn_get_BusType(IVMHardDiskConnection *iface, VMDriveBusType *type)
{
    LONG value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, type);

    if (!type) return E_POINTER;
    hr = drive_get_location(DEV(IVMHardDiskConnection), LOCATION_BUS_TYPE, &value);
    *type = value;
    return hr;
}
#endif

static HRESULT WINAPI hdconn_get_DeviceNumber(IVMHardDiskConnection *iface, LONG *device)
{
    TRACE("%p, %p\n", iface, device);

    return drive_get_location(DEV(IVMHardDiskConnection), LOCATION_DEVICE_NUMBER, device);
}

static HRESULT WINAPI hdconn_get_HardDisk(IVMHardDiskConnection *iface, IVMHardDisk **disk)
{
    struct device_ref *dev = DEV(IVMHardDiskConnection);
    LONG id;
    HRESULT hr;

    TRACE("%p, %p\n", iface, disk);

    if (!disk) return E_POINTER;
    *disk = NULL;
    if (FAILED(hr = device_get_id(dev, &id))) return hr;
    return harddisk_create(&dev->vm, dev->kind, dev->index, (IDispatch **)disk);
}

static HRESULT WINAPI hdconn_get_UndoHardDisk(IVMHardDiskConnection *iface, IVMHardDisk **disk)
{
    TRACE("%p, %p\n", iface, disk);

    return disk_check_no_parent(DEV(IVMHardDiskConnection), TRUE, (IDispatch **)disk);
}

static const IVMHardDiskConnectionVtbl hdconn_vtbl =
{
    hdconn_QueryInterface,
    hdconn_AddRef,
    hdconn_Release,
    hdconn_GetTypeInfoCount,
    hdconn_GetTypeInfo,
    hdconn_GetIDsOfNames,
    hdconn_Invoke,
    hdconn_SetBusLocation,
    hdconn_get_BusNumber,
#ifdef VS_MODEL_H
    hdconn_get_BusType,
#endif
    hdconn_get_DeviceNumber,
    hdconn_get_HardDisk,
    hdconn_get_UndoHardDisk,
};

/* IVMSerialPort */

DEVICE_OBJECT(serialport, IVMSerialPort)

static HRESULT WINAPI serialport_Configure(IVMSerialPort *iface, VMSerialPortType type, BSTR name,
                                           VARIANT_BOOL connect)
{
    TRACE("%p, %d, %s, %d\n", iface, type, debugstr_w(name), connect);

    return serial_configure(DEV(IVMSerialPort), type, name, connect);
}

static HRESULT WINAPI serialport__ID(IVMSerialPort *iface, LONG *id)
{
    TRACE("%p, %p\n", iface, id);

    return device_get_id(DEV(IVMSerialPort), id);
}

/* Modem-control behaviour is no libvirt setting. */
static HRESULT WINAPI serialport_get_ConnectImmediately(IVMSerialPort *iface, VARIANT_BOOL *connect)
{
    if (connect) *connect = VARIANT_FALSE;
    return NOT_SUPPORTED(IVMSerialPort, "ConnectImmediately");
}

static HRESULT WINAPI serialport_get_Name(IVMSerialPort *iface, BSTR *name)
{
    TRACE("%p, %p\n", iface, name);

    return serial_get_name(DEV(IVMSerialPort), name);
}

static HRESULT WINAPI serialport_get_Type(IVMSerialPort *iface, VMSerialPortType *type)
{
    int value;
    HRESULT hr;

    TRACE("%p, %p\n", iface, type);

    if (!type) return E_POINTER;
    hr = serial_get_type(DEV(IVMSerialPort), &value);
    *type = value;
    return hr;
}

static const IVMSerialPortVtbl serialport_vtbl =
{
    serialport_QueryInterface,
    serialport_AddRef,
    serialport_Release,
    serialport_GetTypeInfoCount,
    serialport_GetTypeInfo,
    serialport_GetIDsOfNames,
    serialport_Invoke,
#ifdef VS_MODEL_H
    serialport_Configure,
    serialport__ID,
#else
    serialport__ID,
    serialport_Configure,
#endif
    serialport_get_ConnectImmediately,
    serialport_get_Name,
    serialport_get_Type,
};

/* IVMParallelPort */

DEVICE_OBJECT(parport, IVMParallelPort)

static HRESULT WINAPI parport__ID(IVMParallelPort *iface, LONG *id)
{
    TRACE("%p, %p\n", iface, id);

    return device_get_id(DEV(IVMParallelPort), id);
}

static HRESULT WINAPI parport_get_Name(IVMParallelPort *iface, BSTR *name)
{
    TRACE("%p, %p\n", iface, name);

    return parallel_get_name(DEV(IVMParallelPort), name);
}

static HRESULT WINAPI parport_put_Name(IVMParallelPort *iface, BSTR name)
{
    TRACE("%p, %s\n", iface, debugstr_w(name));

    return parallel_set_name(DEV(IVMParallelPort), name);
}

static const IVMParallelPortVtbl parport_vtbl =
{
    parport_QueryInterface,
    parport_AddRef,
    parport_Release,
    parport_GetTypeInfoCount,
    parport_GetTypeInfo,
    parport_GetIDsOfNames,
    parport_Invoke,
    parport__ID,
    parport_get_Name,
    parport_put_Name,
};

#ifdef VS_MODEL_H
/* IVMSCSIController: libvirt has no shared-bus setting and does not
 * report the initiator's ID. */

DEVICE_OBJECT(scsictl, IVMSCSIController)

static HRESULT WINAPI scsictl_Configure(IVMSCSIController *iface, VARIANT_BOOL shared, LONG id)
{
    return NOT_SUPPORTED(IVMSCSIController, "Configure");
}

static HRESULT WINAPI scsictl__ID(IVMSCSIController *iface, LONG *id)
{
    TRACE("%p, %p\n", iface, id);

    return device_get_id(DEV(IVMSCSIController), id);
}

static HRESULT WINAPI scsictl_get_IsBusShared(IVMSCSIController *iface, VARIANT_BOOL *shared)
{
    if (shared) *shared = VARIANT_FALSE;
    return NOT_SUPPORTED(IVMSCSIController, "IsBusShared");
}

static HRESULT WINAPI scsictl_get_SCSIID(IVMSCSIController *iface, LONG *id)
{
    if (id) *id = 0;
    return NOT_SUPPORTED(IVMSCSIController, "SCSIID");
}

static const IVMSCSIControllerVtbl scsictl_vtbl =
{
    scsictl_QueryInterface,
    scsictl_AddRef,
    scsictl_Release,
    scsictl_GetTypeInfoCount,
    scsictl_GetTypeInfo,
    scsictl_GetIDsOfNames,
    scsictl_Invoke,
    scsictl_Configure,
    scsictl__ID,
    scsictl_get_IsBusShared,
    scsictl_get_SCSIID,
};
#endif

/* The device a script passes back (RemoveDVDROMDrive...): only this
 * model's own objects name one; NULL for any other object. */
struct device_ref *model_dvd_device_ref(IVMDVDDrive *iface)
{
    if (!iface || iface->lpVtbl != &dvd_vtbl) return NULL;
    return &impl_from_IVMDVDDrive(iface)->dev;
}

struct device_ref *model_nic_device_ref(IVMNetworkAdapter *iface)
{
    if (!iface || iface->lpVtbl != &netadapter_vtbl) return NULL;
    return &impl_from_IVMNetworkAdapter(iface)->dev;
}

struct device_ref *model_disk_device_ref(IVMHardDiskConnection *iface)
{
    if (!iface || iface->lpVtbl != &hdconn_vtbl) return NULL;
    return &impl_from_IVMHardDiskConnection(iface)->dev;
}

#ifdef VS_MODEL_H
struct device_ref *model_scsi_device_ref(IVMSCSIController *iface)
{
    if (!iface || iface->lpVtbl != &scsictl_vtbl) return NULL;
    return &impl_from_IVMSCSIController(iface)->dev;
}
#endif

/* The collections */

const struct device_class model_nic_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMNetworkAdapterCollection), &IID_IVMNetworkAdapterCollection,
    DEVICE_NIC, netadapter_create
};
const struct device_class model_dvd_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMDVDDriveCollection), &IID_IVMDVDDriveCollection,
    DEVICE_DVD, dvd_create
};
const struct device_class model_floppy_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMFloppyDriveCollection), &IID_IVMFloppyDriveCollection,
    DEVICE_FLOPPY, floppy_create
};
const struct device_class model_disk_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMHardDiskConnectionCollection),
    &IID_IVMHardDiskConnectionCollection, DEVICE_DISK, hdconn_create
};
const struct device_class model_serial_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMSerialPortCollection), &IID_IVMSerialPortCollection,
    DEVICE_SERIAL, serialport_create
};
const struct device_class model_parallel_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMParallelPortCollection), &IID_IVMParallelPortCollection,
    DEVICE_PARALLEL, parport_create
};
#ifdef VS_MODEL_H
const struct device_class model_scsi_class =
{
    &MODEL_TYPEINFO, MODEL_TID(IVMSCSIControllerCollection), &IID_IVMSCSIControllerCollection,
    DEVICE_SCSI, scsictl_create
};
#endif

/* IVMDisplay: the VM's, not a device of a list. */

struct display
{
    IVMDisplay IVMDisplay_iface;
    LONG ref;
    struct vm_ref vm;
};

static inline struct display *impl_from_IVMDisplay(IVMDisplay *iface)
{
    return CONTAINING_RECORD(iface, struct display, IVMDisplay_iface);
}

INVENTORY_UNKNOWN_IMPL(display, IVMDisplay, struct display)

VM_REF_RELEASE_IMPL(display, IVMDisplay, struct display)

AUTOMATION_DISPATCH_IMPL(display, IVMDisplay, &MODEL_TYPEINFO, MODEL_TID(IVMDisplay))

/* A screenshot needs a read-write connection and QEMU (virDomainScreenshot). */
static HRESULT WINAPI display__GenerateThumbnail(IVMDisplay *iface, ULONG image[3072])
{
    return NOT_SUPPORTED(IVMDisplay, "_GenerateThumbnail");
}

static HRESULT WINAPI display_SetDimensions(IVMDisplay *iface, LONG width, LONG height)
{
    return NOT_SUPPORTED(IVMDisplay, "SetDimensions");
}

#ifndef VS_MODEL_H
static HRESULT WINAPI display_get_CanResize(IVMDisplay *iface, VARIANT_BOOL *can)
{
    if (can) *can = VARIANT_FALSE;
    return NOT_SUPPORTED(IVMDisplay, "CanResize");
}
#endif

static HRESULT WINAPI display_get_Height(IVMDisplay *iface, LONG *height)
{
    TRACE("%p, %p\n", iface, height);

    return display_get_size(&impl_from_IVMDisplay(iface)->vm, TRUE, height);
}

static HRESULT WINAPI display_get_Thumbnail(IVMDisplay *iface, VARIANT *image)
{
    if (image) VariantInit(image);
    return NOT_SUPPORTED(IVMDisplay, "Thumbnail");
}

/* The guest's current mode is not reported. */
static HRESULT WINAPI display_get_VideoMode(IVMDisplay *iface, VMDisplayVideoMode *mode)
{
    if (mode) *mode = 0;
    return NOT_SUPPORTED(IVMDisplay, "VideoMode");
}

static HRESULT WINAPI display_get_Width(IVMDisplay *iface, LONG *width)
{
    TRACE("%p, %p\n", iface, width);

    return display_get_size(&impl_from_IVMDisplay(iface)->vm, FALSE, width);
}

static const IVMDisplayVtbl display_vtbl =
{
    display_QueryInterface,
    display_AddRef,
    display_Release,
    display_GetTypeInfoCount,
    display_GetTypeInfo,
    display_GetIDsOfNames,
    display_Invoke,
    display__GenerateThumbnail,
    display_SetDimensions,
#ifndef VS_MODEL_H
    display_get_CanResize,
#endif
    display_get_Height,
    display_get_Thumbnail,
    display_get_VideoMode,
    display_get_Width,
};

HRESULT model_create_display(const struct vm_ref *vm, IVMDisplay **ret)
{
    struct display *display;
    HRESULT hr;

    *ret = NULL;
    if (!(display = calloc(1, sizeof(*display)))) return E_OUTOFMEMORY;
    display->IVMDisplay_iface.lpVtbl = &display_vtbl;
    display->ref = 1;
    if (FAILED(hr = vm_ref_copy(&display->vm, vm)))
    {
        free(display);
        return hr;
    }
    *ret = &display->IVMDisplay_iface;
    return S_OK;
}

/* IVMMouse: how the guest's pointer is configured; its state is not
 * reported, and moving it is no inventory. */

struct mouse
{
    IVMMouse IVMMouse_iface;
    LONG ref;
    struct vm_ref vm;
};

static inline struct mouse *impl_from_IVMMouse(IVMMouse *iface)
{
    return CONTAINING_RECORD(iface, struct mouse, IVMMouse_iface);
}

INVENTORY_UNKNOWN_IMPL(mouse, IVMMouse, struct mouse)

VM_REF_RELEASE_IMPL(mouse, IVMMouse, struct mouse)

AUTOMATION_DISPATCH_IMPL(mouse, IVMMouse, &MODEL_TYPEINFO, MODEL_TID(IVMMouse))

static HRESULT WINAPI mouse_Click(IVMMouse *iface, VMMouseButton button)
{
    return NOT_SUPPORTED(IVMMouse, "Click");
}

static HRESULT WINAPI mouse_GetButton(IVMMouse *iface, VMMouseButton button, VARIANT_BOOL *down)
{
    if (down) *down = VARIANT_FALSE;
    return NOT_SUPPORTED(IVMMouse, "GetButton");
}

static HRESULT WINAPI mouse_SetButton(IVMMouse *iface, VMMouseButton button, VARIANT_BOOL down)
{
    return NOT_SUPPORTED(IVMMouse, "SetButton");
}

static HRESULT WINAPI mouse_get_HorizontalPosition(IVMMouse *iface, LONG *x)
{
    if (x) *x = 0;
    return NOT_SUPPORTED(IVMMouse, "HorizontalPosition");
}

static HRESULT WINAPI mouse_put_HorizontalPosition(IVMMouse *iface, LONG x)
{
    return NOT_SUPPORTED(IVMMouse, "HorizontalPosition (write)");
}

static HRESULT WINAPI mouse_put_ScrollWheelPosition(IVMMouse *iface, LONG z)
{
    return NOT_SUPPORTED(IVMMouse, "ScrollWheelPosition (write)");
}

static HRESULT WINAPI mouse_get_UsingAbsoluteCoordinates(IVMMouse *iface, VARIANT_BOOL *absolute)
{
    TRACE("%p, %p\n", iface, absolute);

    return mouse_get_absolute(&impl_from_IVMMouse(iface)->vm, absolute);
}

static HRESULT WINAPI mouse_put_UsingAbsoluteCoordinates(IVMMouse *iface, VARIANT_BOOL absolute)
{
    return NOT_SUPPORTED(IVMMouse, "UsingAbsoluteCoordinates (write)");
}

static HRESULT WINAPI mouse_get_VerticalPosition(IVMMouse *iface, LONG *y)
{
    if (y) *y = 0;
    return NOT_SUPPORTED(IVMMouse, "VerticalPosition");
}

static HRESULT WINAPI mouse_put_VerticalPosition(IVMMouse *iface, LONG y)
{
    return NOT_SUPPORTED(IVMMouse, "VerticalPosition (write)");
}

static const IVMMouseVtbl mouse_vtbl =
{
    mouse_QueryInterface,
    mouse_AddRef,
    mouse_Release,
    mouse_GetTypeInfoCount,
    mouse_GetTypeInfo,
    mouse_GetIDsOfNames,
    mouse_Invoke,
    mouse_Click,
    mouse_GetButton,
    mouse_SetButton,
    mouse_get_HorizontalPosition,
    mouse_put_HorizontalPosition,
    mouse_put_ScrollWheelPosition,
    mouse_get_UsingAbsoluteCoordinates,
    mouse_put_UsingAbsoluteCoordinates,
    mouse_get_VerticalPosition,
    mouse_put_VerticalPosition,
};

HRESULT model_create_mouse(const struct vm_ref *vm, IVMMouse **ret)
{
    struct mouse *mouse;
    HRESULT hr;

    *ret = NULL;
    if (!(mouse = calloc(1, sizeof(*mouse)))) return E_OUTOFMEMORY;
    mouse->IVMMouse_iface.lpVtbl = &mouse_vtbl;
    mouse->ref = 1;
    if (FAILED(hr = vm_ref_copy(&mouse->vm, vm)))
    {
        free(mouse);
        return hr;
    }
    *ret = &mouse->IVMMouse_iface;
    return S_OK;
}

/* IVMKeyboard: keys and text sent to the guest (keyboard.c says how keys
 * stay down between calls). */

struct keyboard
{
    IVMKeyboard IVMKeyboard_iface;
    LONG ref;
    struct vm_ref vm;
};

static inline struct keyboard *impl_from_IVMKeyboard(IVMKeyboard *iface)
{
    return CONTAINING_RECORD(iface, struct keyboard, IVMKeyboard_iface);
}

INVENTORY_UNKNOWN_IMPL(keyboard, IVMKeyboard, struct keyboard)

VM_REF_RELEASE_IMPL(keyboard, IVMKeyboard, struct keyboard)

AUTOMATION_DISPATCH_IMPL(keyboard, IVMKeyboard, &MODEL_TYPEINFO, MODEL_TID(IVMKeyboard))

static HRESULT WINAPI keyboard_IsPressed(IVMKeyboard *iface, BSTR key, VARIANT_BOOL *pressed)
{
    TRACE("%p, %s, %p\n", iface, debugstr_w(key), pressed);

    return keyboard_is_pressed(&impl_from_IVMKeyboard(iface)->vm, key, pressed);
}

static HRESULT WINAPI keyboard_PressAndReleaseKey(IVMKeyboard *iface, BSTR key)
{
    TRACE("%p, %s\n", iface, debugstr_w(key));

    return keyboard_press_and_release(&impl_from_IVMKeyboard(iface)->vm, key);
}

static HRESULT WINAPI keyboard_PressKey(IVMKeyboard *iface, BSTR key)
{
    TRACE("%p, %s\n", iface, debugstr_w(key));

    return keyboard_press(&impl_from_IVMKeyboard(iface)->vm, key);
}

static HRESULT WINAPI keyboard_ReleaseKey(IVMKeyboard *iface, BSTR key)
{
    TRACE("%p, %s\n", iface, debugstr_w(key));

    return keyboard_release(&impl_from_IVMKeyboard(iface)->vm, key);
}

static HRESULT WINAPI keyboard_TypeAsciiText(IVMKeyboard *iface, BSTR text)
{
    TRACE("%p, %s\n", iface, debugstr_w(text));

    return keyboard_type_text(&impl_from_IVMKeyboard(iface)->vm, text);
}

static HRESULT WINAPI keyboard_TypeKeySequence(IVMKeyboard *iface, BSTR sequence)
{
    TRACE("%p, %s\n", iface, debugstr_w(sequence));

    return keyboard_type_sequence(&impl_from_IVMKeyboard(iface)->vm, sequence);
}

static HRESULT WINAPI keyboard_get_HasExclusiveAccess(IVMKeyboard *iface, VARIANT_BOOL *exclusive)
{
    if (exclusive) *exclusive = VARIANT_FALSE;
    return NOT_SUPPORTED(IVMKeyboard, "HasExclusiveAccess");
}

static HRESULT WINAPI keyboard_put_HasExclusiveAccess(IVMKeyboard *iface, VARIANT_BOOL exclusive)
{
    return NOT_SUPPORTED(IVMKeyboard, "HasExclusiveAccess (write)");
}

static const IVMKeyboardVtbl keyboard_vtbl =
{
    keyboard_QueryInterface,
    keyboard_AddRef,
    keyboard_Release,
    keyboard_GetTypeInfoCount,
    keyboard_GetTypeInfo,
    keyboard_GetIDsOfNames,
    keyboard_Invoke,
    keyboard_IsPressed,
    keyboard_PressAndReleaseKey,
    keyboard_PressKey,
    keyboard_ReleaseKey,
    keyboard_TypeAsciiText,
    keyboard_TypeKeySequence,
    keyboard_get_HasExclusiveAccess,
    keyboard_put_HasExclusiveAccess,
};

HRESULT model_create_keyboard(const struct vm_ref *vm, IVMKeyboard **ret)
{
    struct keyboard *keyboard;
    HRESULT hr;

    *ret = NULL;
    if (!(keyboard = calloc(1, sizeof(*keyboard)))) return E_OUTOFMEMORY;
    keyboard->IVMKeyboard_iface.lpVtbl = &keyboard_vtbl;
    keyboard->ref = 1;
    if (FAILED(hr = vm_ref_copy(&keyboard->vm, vm)))
    {
        free(keyboard);
        return hr;
    }
    *ret = &keyboard->IVMKeyboard_iface;
    return S_OK;
}
