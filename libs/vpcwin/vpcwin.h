/*
 * wine-vpc: what vpccom.dll and vpcsvc.exe share on Wine's side of the core.
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

#ifndef __WINE_VPCWIN_H
#define __WINE_VPCWIN_H

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "wine/debug.h"

#include "vpccore.h"
#include "vpcproto.h"

/* Wine's short debug names exist only inside Wine's tree (__WINESRC__);
 * wine-vpc's modules use them the same way out of tree. */
#ifndef __WINESRC__
#define TRACE WINE_TRACE
#define WARN WINE_WARN
#define FIXME WINE_FIXME
#define ERR WINE_ERR
static inline const char *debugstr_a(const char *s) { return wine_dbgstr_an(s, -1); }
static inline const char *debugstr_w(const WCHAR *s) { return wine_dbgstr_wn(s, -1); }
#endif
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))
#endif

/* The resident backend's pipe, one per prefix (wineserver) and protocol. */
#define VPC_BACKEND_PIPE_NAME L"\\\\.\\pipe\\wine-vpc-backend-" VPC_PROTOCOL_VERSION_TEXT
#define VPC_BACKEND_MUTEX_NAME L"wine-vpc-backend-" VPC_PROTOCOL_VERSION_TEXT

/* Configuration from HKCU\Software\Wine\VirtualPC, overridable by the
 * environment (WINE_VPC_HOSTS, WINE_VPC_HOST_TIMEOUT, ...). */
struct vpc_settings
{
    vpcHostList hosts;
    vpcConfig core;
    BOOL resident;              /* Backend=resident (the default) or inproc */
    int idle_timeout;           /* seconds the resident backend stays idle */
    int guest_agent;            /* GuestAgent: may open a read-write connection for agent data */
};

HRESULT load_settings(struct vpc_settings *settings);
void free_settings(struct vpc_settings *settings);

/* UTF-8 and UTF-16 strings; malloc'ed, NULL when out of memory. */
WCHAR *strdupAtoW_utf8(const char *str);
char *strdupWtoA_utf8(const WCHAR *str);
WCHAR *strdupW(const WCHAR *str);

/* Connects the core to this Wine process: its threads are created by Wine,
 * its log goes to 'channel' (the module's own debug channel).  Call once,
 * before the core opens a host. */
void vpcwin_attach_core(struct __wine_debug_channel *channel);

#endif /* __WINE_VPCWIN_H */
