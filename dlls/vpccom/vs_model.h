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
#define MODEL_SYMBOL(name) vs_##name
#define MODEL_LIBID LIBID_VirtualServer
#define MODEL_PRODUCT_NAME VS_PRODUCT_NAME
#define MODEL_PRODUCT_VERSION VS_PRODUCT_VERSION

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
