/*
 * Conformance tests of the Windows Virtual PC object model (VirtualPC.Application).
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

#define COBJMACROS

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "ole2.h"
#include "ocidl.h"
/* Only this model's GUIDs are defined here; the system ones come from libuuid. */
#include "initguid.h"
#include "VPCCOMInterfaces.h"

#include "vpctest.h"

static void test_create(void)
{
    IVMVirtualPC *vpc;
    HRESULT hr;

    hr = CoCreateInstance(&CLSID_VMVirtualPC, NULL, CLSCTX_INPROC_SERVER, &IID_IVMVirtualPC,
                          (void **)&vpc);
    ok(hr == S_OK, "Unexpected hr %#x.\n", (unsigned)hr);
    if (hr == S_OK) IVMVirtualPC_Release(vpc);
}

START_TEST(vpc)
{
    CoInitialize(NULL);
    test_create();
    CoUninitialize();
}
