/*
 * vpccom.dll: compiles the shared model_*.h texts as the Virtual Server object model.
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

#ifndef VS_MODEL_H
#define VS_MODEL_H

#include "vs_private.h"

#define MODEL MODEL_VIRTUAL_SERVER
#define MODEL_TYPEINFO vs_typeinfo
#define MODEL_TID(name) VS_##name##_tid
#define MODEL_LIBID LIBID_VirtualServer
#define MODEL_PROGID L"VirtualServer.Application"
#define MODEL_PRODUCT_NAME L"Microsoft Virtual Server"
#define MODEL_PRODUCT_VERSION L"1.1.653.0 EE R2 SP1"

/* The functions and objects the model_*.h texts name model_xxx are this
 * model's vs_xxx, declared in vs_private.h and host_private.h: grep finds
 * them by these names. */
#define model_identity                   vs_identity
#define model_create_accountant          vs_create_accountant
#define model_create_application         vs_create_application
#define model_create_display             vs_create_display
#define model_create_guestos             vs_create_guestos
#define model_create_hostinfo            vs_create_hostinfo
#define model_create_hostinfo_object     vs_create_hostinfo_object
#define model_create_keyboard            vs_create_keyboard
#define model_create_machine             vs_create_machine
#define model_create_machine_collection  vs_create_machine_collection
#define model_create_mouse               vs_create_mouse
#define model_create_network_collection  vs_create_network_collection
#define model_create_task                vs_create_task
#define model_create_done_task           vs_create_done_task
#define model_create_image_disk          vs_create_image_disk
#define model_create_task_collection     vs_create_task_collection
#define model_disk_class                 vs_disk_class
#define model_disk_device_ref            vs_disk_device_ref
#define model_dvd_class                  vs_dvd_class
#define model_dvd_device_ref             vs_dvd_device_ref
#define model_find_network               vs_find_network
#define model_floppy_class               vs_floppy_class
#define model_get_class_object           vs_get_class_object
#define model_host_typeinfo              vs_host_typeinfo
#define model_machine_vm_ref             vs_machine_vm_ref
#define model_network_identity           vs_network_identity
#define model_nic_class                  vs_nic_class
#define model_nic_device_ref             vs_nic_device_ref
#define model_parallel_class             vs_parallel_class
#define model_scsi_class                 vs_scsi_class
#define model_scsi_device_ref            vs_scsi_device_ref
#define model_serial_class               vs_serial_class

/* The application object's interface and class. */
#define IVMApplication IVMVirtualServer
#define IVMApplicationVtbl IVMVirtualServerVtbl
#define IID_IVMApplication IID_IVMVirtualServer
#define IVMApplication_QueryInterface IVMVirtualServer_QueryInterface
#define IVMApplication_Release IVMVirtualServer_Release
#define MODEL_APP_NAME L"IVMVirtualServer"
#define MODEL_APP_TID MODEL_TID(IVMVirtualServer)
#define MODEL_APP_CLSID CLSID_VMVirtualServer
#define MODEL_APP_COCLASS_TID MODEL_TID(VMVirtualServer)

/* Events: the outgoing interfaces' DISPIDs (see struct event_dispids). */
#define MODEL_APP_EVENTS_IID IID_IVMVirtualServerEvents
#define MODEL_APP_EVENT_DISPIDS { 4, 2, DISPID_UNKNOWN }
#define MODEL_VM_EVENT_DISPIDS { 5, 2, 4 }

#endif /* VS_MODEL_H */
