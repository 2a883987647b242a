/*
 * wine-vpc: UTF-8 and UTF-16 strings.  Shared by vpccom.dll and vpcsvc.exe.
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

#include <stdlib.h>
#include <string.h>

#include "windef.h"
#include "winbase.h"
#include "winnls.h"

#include "vpcwin.h"

WCHAR *strdupAtoW_utf8(const char *str)
{
    WCHAR *ret;
    int len;

    if (!str) str = "";
    len = MultiByteToWideChar(CP_UTF8, 0, str, -1, NULL, 0);
    if (!(ret = malloc(len * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_UTF8, 0, str, -1, ret, len);
    return ret;
}

/* Not wcsdup(): in a winelib module the C library's wide functions take a
 * 32-bit wchar_t, WCHAR is 16 bits. */
WCHAR *strdupW(const WCHAR *str)
{
    size_t size = (lstrlenW(str) + 1) * sizeof(WCHAR);
    WCHAR *ret = malloc(size);

    if (ret) memcpy(ret, str, size);
    return ret;
}

char *strdupWtoA_utf8(const WCHAR *str)
{
    char *ret;
    int len;

    if (!str) str = L"";
    len = WideCharToMultiByte(CP_UTF8, 0, str, -1, NULL, 0, NULL, NULL);
    if (!(ret = malloc(len))) return NULL;
    WideCharToMultiByte(CP_UTF8, 0, str, -1, ret, len, NULL, NULL);
    return ret;
}
