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

/* The GUIDs that both models' headers name alike would be one symbol in
 * this DLL: the Virtual Server ones get a prefix.  C code keeps using the
 * documented names. */
#define CLSID_VMAccountant VS_CLSID_VMAccountant
#define CLSID_VMTask VS_CLSID_VMTask
#define CLSID_VMTaskCollection VS_CLSID_VMTaskCollection
#define CLSID_VMVirtualMachine VS_CLSID_VMVirtualMachine
#define CLSID_VMVirtualMachineCollection VS_CLSID_VMVirtualMachineCollection
#define IID_IVMAccountant VS_IID_IVMAccountant
#define IID_IVMDVDDrive VS_IID_IVMDVDDrive
#define IID_IVMDVDDriveCollection VS_IID_IVMDVDDriveCollection
#define IID_IVMDisplay VS_IID_IVMDisplay
#define IID_IVMFloppyDrive VS_IID_IVMFloppyDrive
#define IID_IVMFloppyDriveCollection VS_IID_IVMFloppyDriveCollection
#define IID_IVMGuestOS VS_IID_IVMGuestOS
#define IID_IVMHardDisk VS_IID_IVMHardDisk
#define IID_IVMHardDiskConnection VS_IID_IVMHardDiskConnection
#define IID_IVMHardDiskConnectionCollection VS_IID_IVMHardDiskConnectionCollection
#define IID_IVMHostInfo VS_IID_IVMHostInfo
#define IID_IVMKeyboard VS_IID_IVMKeyboard
#define IID_IVMMouse VS_IID_IVMMouse
#define IID_IVMNetworkAdapter VS_IID_IVMNetworkAdapter
#define IID_IVMNetworkAdapterCollection VS_IID_IVMNetworkAdapterCollection
#define IID_IVMParallelPort VS_IID_IVMParallelPort
#define IID_IVMParallelPortCollection VS_IID_IVMParallelPortCollection
#define IID_IVMSerialPort VS_IID_IVMSerialPort
#define IID_IVMSerialPortCollection VS_IID_IVMSerialPortCollection
#define IID_IVMTask VS_IID_IVMTask
#define IID_IVMTaskCollection VS_IID_IVMTaskCollection
#define IID_IVMVirtualMachine VS_IID_IVMVirtualMachine
#define IID_IVMVirtualMachineCollection VS_IID_IVMVirtualMachineCollection
#define IID_IVMVirtualNetwork VS_IID_IVMVirtualNetwork
#define IID_IVMVirtualNetworkCollection VS_IID_IVMVirtualNetworkCollection

#include "VsComInterfaces.h"

enum vs_tid
{
    VS_IVMVirtualServer_tid,
    VS_IVMVirtualMachineCollection_tid,
    VS_IVMVirtualMachine_tid,
    VS_IVMAccountant_tid,
    VS_VMVirtualServer_tid,
    VS_VMVirtualMachineCollection_tid,
    VS_VMVirtualMachine_tid,
    VS_VMAccountant_tid,
    VS_LAST_tid
};

extern struct typeinfo_cache vs_typeinfo;

HRESULT vs_create_machine_collection(struct host_view *view, IVMVirtualMachineCollection **ret);
HRESULT vs_create_machine(struct host_view *view, const struct snapshot *snap, size_t index,
                          IVMVirtualMachine **ret);
HRESULT vs_create_accountant(const struct vm_ref *ref, IVMAccountant **ret);

#endif /* VS_PRIVATE_H */
