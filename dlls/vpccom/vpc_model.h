/*
 * vpccom.dll: compiles the shared model_*.h texts as the Windows Virtual PC object model.
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

#ifndef VPC_MODEL_H
#define VPC_MODEL_H

#include "vpc_private.h"

#define MODEL MODEL_VIRTUAL_PC
#define MODEL_TYPEINFO vpc_typeinfo
#define MODEL_TID(name) VPC_##name##_tid
#define MODEL_LIBID LIBID_VirtualPC
#define MODEL_PROGID L"VirtualPC.Application"
#define MODEL_PRODUCT_NAME L"Windows Virtual PC"
#define MODEL_PRODUCT_VERSION L"6.1.7601.0"

/* The functions and objects the model_*.h texts name model_xxx are this
 * model's vpc_xxx, declared in vpc_private.h and host_private.h: grep finds
 * them by these names. */
#define model_identity                   vpc_identity
#define model_create_accountant          vpc_create_accountant
#define model_create_application         vpc_create_application
#define model_create_display             vpc_create_display
#define model_create_guestos             vpc_create_guestos
#define model_create_hostinfo            vpc_create_hostinfo
#define model_create_hostinfo_object     vpc_create_hostinfo_object
#define model_create_keyboard            vpc_create_keyboard
#define model_create_machine             vpc_create_machine
#define model_create_machine_collection  vpc_create_machine_collection
#define model_create_mouse               vpc_create_mouse
#define model_create_network_collection  vpc_create_network_collection
#define model_create_task                vpc_create_task
#define model_create_done_task           vpc_create_done_task
#define model_create_image_disk          vpc_create_image_disk
#define model_create_task_collection     vpc_create_task_collection
#define model_disk_class                 vpc_disk_class
#define model_disk_device_ref            vpc_disk_device_ref
#define model_dvd_class                  vpc_dvd_class
#define model_dvd_device_ref             vpc_dvd_device_ref
#define model_find_network               vpc_find_network
#define model_floppy_class               vpc_floppy_class
#define model_get_class_object           vpc_get_class_object
#define model_host_typeinfo              vpc_host_typeinfo
#define model_machine_vm_ref             vpc_machine_vm_ref
#define model_network_identity           vpc_network_identity
#define model_nic_class                  vpc_nic_class
#define model_nic_device_ref             vpc_nic_device_ref
#define model_parallel_class             vpc_parallel_class
#define model_serial_class               vpc_serial_class

/* The application object's interface and class. */
#define IVMApplication IVMVirtualPC
#define IVMApplicationVtbl IVMVirtualPCVtbl
#define IID_IVMApplication IID_IVMVirtualPC
#define IVMApplication_QueryInterface IVMVirtualPC_QueryInterface
#define IVMApplication_Release IVMVirtualPC_Release
#define MODEL_APP_NAME L"IVMVirtualPC"
#define MODEL_APP_TID MODEL_TID(IVMVirtualPC)
#define MODEL_APP_CLSID CLSID_VMVirtualPC
#define MODEL_APP_COCLASS_TID MODEL_TID(VMVirtualPC)

/* Events: the outgoing interfaces' DISPIDs (see struct event_dispids). */
#define MODEL_APP_EVENTS_IID IID_IVMVirtualPCEvents
#define MODEL_APP_EVENT_DISPIDS { 2, DISPID_UNKNOWN, DISPID_UNKNOWN }
#define MODEL_VM_EVENT_DISPIDS { 11, 8, 10 }

#endif /* VPC_MODEL_H */
