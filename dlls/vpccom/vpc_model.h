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
#define MODEL_SYMBOL(name) vpc_##name
#define MODEL_LIBID LIBID_VirtualPC
#define MODEL_PRODUCT_NAME VPC_PRODUCT_NAME
#define MODEL_PRODUCT_VERSION VPC_PRODUCT_VERSION

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
