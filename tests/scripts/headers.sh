#!/bin/bash
# The installed headers: `make install DESTDIR=...` stages them with the
# modules; C programs that include VPCCOMInterfaces.h or VsComInterfaces.h
# from there compile with winegcc, link with -lole32 -loleaut32 -luuid, and
# call the objects early-bound through the vtables.  TAP.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"

make -C "$builddir" install DESTDIR="$tmp/stage" > "$tmp/install.log" 2>&1
rc=$?
expect "make install DESTDIR=... succeeds (rc $rc)" '[ $rc -eq 0 ]'
incdir=$(find "$tmp/stage" -name VPCCOMInterfaces.h -printf '%h\n' | head -1)
expect "the headers are installed under include/wine-vpc ($incdir)" \
    '[ -n "$incdir" ] && [ -f "$incdir/VsComInterfaces.h" ] && [ "${incdir##*/}" = wine-vpc ]'
expect "the builtin and its placeholder are staged in Wine's DLL directory" \
    '[ -n "$(find "$tmp/stage" -path "*x86_64-unix/vpccom.dll.so")" ] && [ -n "$(find "$tmp/stage" -path "*x86_64-windows/vpccom.dll")" ] && [ -n "$(find "$tmp/stage" -path "*x86_64-windows/vpcsvc.exe")" ]'
pcdir=$(find "$tmp/stage" -name wine-vpc.pc -printf '%h\n' | head -1)
cflags=$(PKG_CONFIG_SYSROOT_DIR="$tmp/stage" PKG_CONFIG_PATH="$pcdir" pkg-config --cflags wine-vpc 2>/dev/null | sed "s/ *$//")
expect "pkg-config wine-vpc points at them ($cflags)" '[ "$cflags" = "-I$incdir" ]'

cat > "$tmp/vpc.c" <<'C'
#define COBJMACROS
#include <stdio.h>
#include <windows.h>
#include <ole2.h>
#include <initguid.h>
#include <VPCCOMInterfaces.h>

int main(void)
{
    IVMVirtualPC *vpc;
    IVMVirtualMachineCollection *vms;
    LONG count = -1;
    BSTR name = NULL;
    HRESULT hr;

    CoInitialize(NULL);
    hr = CoCreateInstance(&CLSID_VMVirtualPC, NULL, CLSCTX_INPROC_SERVER, &IID_IVMVirtualPC, (void **)&vpc);
    if (FAILED(hr)) { printf("CoCreateInstance %#x\n", (unsigned)hr); return 1; }
    IVMVirtualPC_get_Name(vpc, &name);
    if (SUCCEEDED(IVMVirtualPC_get_VirtualMachines(vpc, &vms)))
    {
        IVMVirtualMachineCollection_get_Count(vms, &count);
        IVMVirtualMachineCollection_Release(vms);
    }
    printf("%s %d %d %#x\n", name ? "ok" : "none", (int)count, vmVMState_Running,
           (unsigned)VM_E_VM_UNKNOWN);
    SysFreeString(name);
    IVMVirtualPC_Release(vpc);
    CoUninitialize();
    return 0;
}
C
sed -e 's/VPCCOMInterfaces.h/VsComInterfaces.h/; s/IVMVirtualPC/IVMVirtualServer/g; s/CLSID_VMVirtualPC/CLSID_VMVirtualServer/' \
    "$tmp/vpc.c" > "$tmp/vs.c"

for model in vpc vs; do
    (cd "$tmp" && winegcc -m64 -I"$incdir" -o "$model.exe" "$model.c" -lole32 -loleaut32 -luuid) \
        > "$tmp/$model.log" 2>&1
    rc=$?
    expect "a $model program compiles and links against the installed header (rc $rc)" \
        '[ $rc -eq 0 ] && [ -f "$tmp/$model.exe.so" ] && ! grep -qi warning "$tmp/$model.log"'
    out=$(WINEDEBUG=-all WINE_VPC_BACKEND=inproc WINE_VPC_HOSTS="$LAB_URI" \
          wine "$tmp/$model.exe.so" 2>/dev/null | tr -d '\r')
    expect "and calls the objects through their vtables ($out)" '[ "$out" = "ok 5 5 0xa0040207" ]'
done

echo "1..$n"
