#!/bin/bash
# Virtual hard disks on real storage: the published-style scripts of
# tests/e2e (new-disks-vpc.vbs, new-disks-vs.vbs, unchanged) against a
# private libvirt daemon with libvirt's storage driver, which makes real
# files with qemu-img, in a folder no storage pool has (a transient pool
# per request).  Afterwards qemu-img reads each file as what was asked
# (a dynamic VHD, a qcow2 over it, a fully allocated raw image), the
# refusals made nothing, and the host keeps no pool and no VM.  TAP.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
. "$srcdir/tests/lib/libvirtd.sh"
. "$srcdir/tests/lib/prefix.sh"

runner="$builddir/tools/wine-vpc"
tmp=$(mktemp -d)
chmod 755 "$tmp"
private_prefix "$tmp/prefix"
d="$tmp/daemon"
cleanup() {
    WINEPREFIX="$tmp/prefix" wineserver -k >/dev/null 2>&1
    daemon_stop "$d"
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$srcdir/tests/lib/tap.sh"

if ! command -v qemu-img >/dev/null || [ ! -f "$STORAGE_DRIVER_SO" ] ||
   [ ! -f "$QEMU_SESSION_DRIVER_SO" ]; then
    echo "not ok 1 - qemu-img and libvirt's storage and QEMU drivers are installed" \
         "(qemu-utils, libvirt-daemon, libvirt-daemon-driver-qemu: tools/setup)"
    echo "1..1"
    exit 1
fi
storage_daemon_start "$d" || { echo "not ok 1 - daemon"; echo "1..1"; exit 1; }
uri=$(storage_daemon_uri "$d")

for model in vpc vs; do
    images="$tmp/images-$model"
    # The daemon's user writes the images.
    mkdir "$images" && chmod 777 "$images"
    WINE_VPC_HOSTS="$uri" LC_ALL=C.UTF-8 timeout 300 "$runner" run \
        "$srcdir/tests/e2e/new-disks-$model.vbs" "Z:${images//\//\\}" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    expect "$model: the script ends (status $rc)" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
    [ -s "$tmp/err" ] && sed 's/^/# /' "$tmp/err"
    # As on libvirt's test driver, but the tasks name this folder.
    sed "s|Z:\\\\wine-vpc-images|Z:${images//\//\\\\}|" "$srcdir/tests/e2e/new-disks-$model.expected" \
        > "$tmp/expected"
    expect "$model: it reports the disks and the VM's connections" 'diff "$tmp/expected" "$tmp/out" >&2'

    qemu-img info --output=json "$images/system.vhd" > "$tmp/system.json" 2>&1
    expect "$model: system.vhd is a dynamic VHD of 64 MB or a little more" \
        'grep -q "\"format\": \"vpc\"" "$tmp/system.json" &&
         size=$(sed -n "s/.*\"virtual-size\": \([0-9]*\).*/\1/p" "$tmp/system.json") &&
         [ "$size" -ge $((64 << 20)) ] && [ "$size" -lt $((65 << 20)) ]'
    qemu-img info --output=json "$images/undo.vhd" > "$tmp/undo.json" 2>&1
    expect "$model: undo.vhd is a qcow2 image over system.vhd, of its size" \
        'grep -q "\"format\": \"qcow2\"" "$tmp/undo.json" &&
         grep -q "\"backing-filename\": \"$images/system.vhd\"" "$tmp/undo.json" &&
         grep -q "\"backing-filename-format\": \"vpc\"" "$tmp/undo.json" &&
         grep -q "\"virtual-size\": $size," "$tmp/undo.json"'
    qemu-img info --output=json "$images/data.vhd" > "$tmp/data.json" 2>&1
    expect "$model: data.vhd is a raw image of 16 MB, allocated whole" \
        'grep -q "\"format\": \"raw\"" "$tmp/data.json" &&
         grep -q "\"virtual-size\": $((16 << 20))," "$tmp/data.json" &&
         [ $(($(stat -c "%b * %B" "$images/data.vhd"))) -ge $((16 << 20)) ]'
    expect "$model: the refusals made nothing" \
        '[ ! -e "$images/huge.vhd" ] && [ ! -e "$images/orphan.vhd" ] &&
         [ "$(ls "$images" | sort | tr "\n" " ")" = "data.vhd system.vhd undo.vhd " ]'
done
virsh -c "$uri" -q pool-list --all > "$tmp/pools" 2>&1
expect "the host keeps no pool" '[ ! -s "$tmp/pools" ] || { sed "s/^/# /" "$tmp/pools"; false; }'
virsh -c "$uri" -q list --all > "$tmp/domains" 2>&1
expect "the host keeps no VM" '[ ! -s "$tmp/domains" ] || { sed "s/^/# /" "$tmp/domains"; false; }'

echo "1..$n"
