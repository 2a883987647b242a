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
    VS_LAST_tid
};

HRESULT vs_create_machine_collection(struct host_view *view, IVMVirtualMachineCollection **ret);
HRESULT vs_create_machine(struct host_view *view, const struct snapshot *snap, size_t index,
                          IVMVirtualMachine **ret);
HRESULT vs_create_accountant(const struct vm_ref *ref, IVMAccountant **ret);
HRESULT vs_create_guestos(const struct vm_ref *vm, IVMGuestOS **ret);
HRESULT vs_create_task(struct vm_ref *vm, vpcTaskId id, vpcAction action, IVMTask **ret);

#endif /* VS_PRIVATE_H */
