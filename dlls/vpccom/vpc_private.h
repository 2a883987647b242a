/*
 * vpccom.dll: the Windows Virtual PC object model.
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

#ifndef VPC_PRIVATE_H
#define VPC_PRIVATE_H

#include "vpccom_private.h"
#include "VPCCOMInterfaces.h"

enum vpc_tid
{
    VPC_IVMVirtualPC_tid,
    VPC_IVMVirtualMachineCollection_tid,
    VPC_IVMVirtualMachine_tid,
    VPC_IVMAccountant_tid,
    VPC_IVMTask_tid,
    VPC_VMVirtualPC_tid,
    VPC_VMVirtualMachineCollection_tid,
    VPC_VMVirtualMachine_tid,
    VPC_VMAccountant_tid,
    VPC_VMTask_tid,
    VPC_IVMGuestOS_tid,
    VPC_IVMNetworkAdapter_tid,
    VPC_IVMNetworkAdapterCollection_tid,
    VPC_IVMDVDDrive_tid,
    VPC_IVMDVDDriveCollection_tid,
    VPC_IVMFloppyDrive_tid,
    VPC_IVMFloppyDriveCollection_tid,
    VPC_IVMHardDisk_tid,
    VPC_IVMHardDiskConnection_tid,
    VPC_IVMHardDiskConnectionCollection_tid,
    VPC_IVMSerialPort_tid,
    VPC_IVMSerialPortCollection_tid,
    VPC_IVMParallelPort_tid,
    VPC_IVMParallelPortCollection_tid,
    VPC_IVMDisplay_tid,
    VPC_IVMMouse_tid,
    VPC_IVMKeyboard_tid,
    /* IVMVirtualServer::Tasks */
    VPC_IVMTaskCollection_tid,
    VPC_VMTaskCollection_tid,
    VPC_LAST_tid
};

HRESULT vpc_create_machine_collection(struct host_view *view, IVMVirtualMachineCollection **ret);
HRESULT vpc_create_machine(struct host_view *view, const struct snapshot *snap, size_t index,
                           IVMVirtualMachine **ret);
HRESULT vpc_create_accountant(const struct vm_ref *ref, IVMAccountant **ret);
HRESULT vpc_create_mouse(const struct vm_ref *vm, IVMMouse **ret);
HRESULT vpc_create_keyboard(const struct vm_ref *vm, IVMKeyboard **ret);
HRESULT vpc_create_display(const struct vm_ref *vm, IVMDisplay **ret);
extern const struct device_class vpc_nic_class, vpc_dvd_class, vpc_floppy_class, vpc_disk_class,
                                 vpc_serial_class, vpc_parallel_class;
struct device_ref *vpc_dvd_device_ref(IVMDVDDrive *iface);
struct device_ref *vpc_nic_device_ref(IVMNetworkAdapter *iface);
struct device_ref *vpc_disk_device_ref(IVMHardDiskConnection *iface);
HRESULT vpc_network_identity(IVMVirtualNetwork *iface, const char **host_uri, WCHAR **name);
HRESULT vpc_create_guestos(const struct vm_ref *vm, IVMGuestOS **ret);
HRESULT vpc_create_task(struct vm_ref *vm, vpcTaskId id, vpcAction action, IVMTask **ret);
HRESULT vpc_create_done_task(struct host_view *view, const WCHAR *description, IVMTask **ret);
HRESULT vpc_create_image_disk(struct host_view *view, const char *host_uri, const char *path,
                            IVMHardDisk **ret);
HRESULT vpc_create_task_collection(struct host_view *view, IVMTaskCollection **ret);
/* AttachUSBDevice, DetachUSBDevice (vpc_usb.c). */
HRESULT vpc_vm_change_usb(struct vm_ref *vm, IVMUSBDevice *device, BOOL attach);
HRESULT vpc_network_identity(IVMVirtualNetwork *iface, const char **host_uri, WCHAR **name);

#endif /* VPC_PRIVATE_H */
