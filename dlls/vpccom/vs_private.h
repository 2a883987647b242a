/*
 * vpccom.dll: the Virtual Server 2005 object model.
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

#ifndef VS_PRIVATE_H
#define VS_PRIVATE_H

#include "vpccom_private.h"

/* Both models name 30 GUIDs alike: here the Virtual Server ones get a
 * prefix (see vscominterfaces.idl). */
#define VSCOM_DISTINCT_GUIDS
#include "VsComInterfaces.h"

enum vs_tid
{
    VS_IVMVirtualServer_tid,
    VS_IVMVirtualMachineCollection_tid,
    VS_IVMVirtualMachine_tid,
    VS_IVMAccountant_tid,
    VS_IVMTask_tid,
    VS_VMVirtualServer_tid,
    VS_VMVirtualMachineCollection_tid,
    VS_VMVirtualMachine_tid,
    VS_VMAccountant_tid,
    VS_VMTask_tid,
    VS_IVMGuestOS2_tid,
    VS_IVMNetworkAdapter_tid,
    VS_IVMNetworkAdapterCollection_tid,
    VS_IVMDVDDrive_tid,
    VS_IVMDVDDriveCollection_tid,
    VS_IVMFloppyDrive_tid,
    VS_IVMFloppyDriveCollection_tid,
    VS_IVMHardDisk_tid,
    VS_IVMHardDiskConnection_tid,
    VS_IVMHardDiskConnectionCollection_tid,
    VS_IVMSerialPort_tid,
    VS_IVMSerialPortCollection_tid,
    VS_IVMParallelPort_tid,
    VS_IVMParallelPortCollection_tid,
    VS_IVMDisplay_tid,
    VS_IVMMouse_tid,
    VS_IVMKeyboard_tid,
    VS_IVMSCSIController_tid,
    VS_IVMSCSIControllerCollection_tid,
    /* IVMVirtualServer::Tasks */
    VS_IVMTaskCollection_tid,
    VS_VMTaskCollection_tid,
    VS_LAST_tid
};

HRESULT vs_create_machine_collection(struct host_view *view, IVMVirtualMachineCollection **ret);
HRESULT vs_create_machine(struct host_view *view, const struct snapshot *snap, size_t index,
                          IVMVirtualMachine **ret);
HRESULT vs_create_accountant(const struct vm_ref *ref, IVMAccountant **ret);
HRESULT vs_create_mouse(const struct vm_ref *vm, IVMMouse **ret);
HRESULT vs_create_keyboard(const struct vm_ref *vm, IVMKeyboard **ret);
HRESULT vs_create_display(const struct vm_ref *vm, IVMDisplay **ret);
extern const struct device_class vs_nic_class, vs_dvd_class, vs_floppy_class, vs_disk_class,
                                 vs_serial_class, vs_parallel_class;
extern const struct device_class vs_scsi_class;
struct device_ref *vs_dvd_device_ref(IVMDVDDrive *iface);
struct device_ref *vs_nic_device_ref(IVMNetworkAdapter *iface);
struct device_ref *vs_disk_device_ref(IVMHardDiskConnection *iface);
struct device_ref *vs_scsi_device_ref(IVMSCSIController *iface);
HRESULT vs_network_identity(IVMVirtualNetwork *iface, const char **host_uri, WCHAR **name);
HRESULT vs_create_guestos(const struct vm_ref *vm, IVMGuestOS **ret);
HRESULT vs_create_task(struct vm_ref *vm, vpcTaskId id, vpcAction action, IVMTask **ret);
HRESULT vs_create_done_task(struct host_view *view, const WCHAR *description, IVMTask **ret);
HRESULT vs_create_image_disk(struct host_view *view, const char *host_uri, const char *path,
                            IVMHardDisk **ret);
HRESULT vs_create_task_collection(struct host_view *view, IVMTaskCollection **ret);

#endif /* VS_PRIVATE_H */
