#!/bin/bash
# "Attach an ISO to every VM's DVD drive", the published-style script of
# tests/e2e (unchanged), against a private libvirt daemon whose domains
# outlive the script: afterwards each domain's persistent definition is
# exactly what it was with the image in its CD/DVD drives (what they held
# before released), the running VM's definitions (live and persistent),
# which its host cannot change, and the VM without a drive are byte for
# byte what they were.  TAP.
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
private_prefix "$tmp/prefix"
d="$tmp/daemon"
cleanup() {
    exec 9>&-
    WINEPREFIX="$tmp/prefix" wineserver -k >/dev/null 2>&1
    daemon_stop "$d"
    rm -rf "$tmp"
}
trap cleanup EXIT
n=0
expect() {
    n=$((n + 1))
    if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fi
}

daemon_start "$d" || { echo "not ok 1 - daemon"; echo "1..1"; exit 1; }
uri="test+unix:///default?socket=$d/libvirt-sock"
# test:///default lives while a connection holds it.
mkfifo "$tmp/holder"
virsh -c "$uri" < "$tmp/holder" > /dev/null 2>&1 &
exec 9> "$tmp/holder"

vm_xml() {      # name devices
    echo "<domain type='test'><name>$1</name><memory unit='MiB'>256</memory><vcpu>1</vcpu>" \
         "<os><type arch='x86_64'>hvm</type></os><devices>$2</devices></domain>"
}
cdrom() {       # target [image]
    echo "<disk type='file' device='cdrom'>${2:+<source file='$2'/>}" \
         "<target dev='$1' bus='ide'/><readonly/></disk>"
}
vm_xml BUILD01 "$(cdrom hdc)" > "$tmp/BUILD01.xml"
vm_xml DB01 "<disk type='file' device='disk'><source file='/var/lib/lab/db01.qcow2'/><target dev='vda' bus='virtio'/></disk>" > "$tmp/DB01.xml"
vm_xml WEB01 "$(cdrom hdc /var/lib/lab/iso/web-tools.iso)" > "$tmp/WEB01.xml"
vm_xml XP-TEST "$(cdrom hdc /var/lib/lab/iso/xp-sp3.iso)$(cdrom hdd)" > "$tmp/XP-TEST.xml"
ok=1
virsh -c "$uri" destroy test > /dev/null && virsh -c "$uri" undefine test > /dev/null || ok=0
for vm in BUILD01 DB01 WEB01 XP-TEST; do
    virsh -c "$uri" define "$tmp/$vm.xml" > /dev/null || ok=0
done
virsh -c "$uri" start WEB01 > /dev/null || ok=0
for vm in BUILD01 DB01 WEB01 XP-TEST; do
    virsh -c "$uri" dumpxml --inactive "$vm" > "$tmp/$vm.before" || ok=0
done
virsh -c "$uri" dumpxml WEB01 > "$tmp/WEB01.live.before" || ok=0
expect "the lab is defined" '[ $ok -eq 1 ]'

# The image as a script names it: on Wine's Z: drive, the root.
iso=$(realpath "$srcdir/tests/e2e/media/install.iso")
WINE_VPC_HOSTS="lab=$uri" LC_ALL=C.UTF-8 timeout 300 "$runner" run \
    "$srcdir/tests/e2e/attach-iso-vs.vbs" "Z:${iso//\//\\}" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "the script ends (status $rc)" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
cat > "$tmp/expected" <<EOF
BUILD01 drive 1: Z:${iso//\//\\}
DB01: no CD/DVD drive
WEB01 drive 1: error 80020009: The operation on the virtual machine "WEB01" failed on host $uri: the host did not change the device while the virtual machine runs (this function is not supported by the connection driver: virDomainUpdateDeviceFlags).
XP-TEST drive 1: Z:${iso//\//\\}
XP-TEST drive 2: Z:${iso//\//\\}
EOF
expect "it reports every drive" 'diff "$tmp/expected" "$tmp/out" >&2'

# What a drive held goes, the image comes, nothing else moves.
with_image() {
    perl -0pe 's{(<disk type=.file. device=.cdrom.>\n)(\s*<source [^>]*/>\n)?}{$1      <source file='"'$iso'"'/>\n}g' "$1"
}
for vm in BUILD01 XP-TEST; do
    virsh -c "$uri" dumpxml --inactive "$vm" > "$tmp/$vm.after"
    with_image "$tmp/$vm.before" > "$tmp/$vm.expected"
    expect "$vm: its CD/DVD drives hold the image, the rest is as it was" \
        'diff "$tmp/$vm.expected" "$tmp/$vm.after" >&2'
done
expect "BUILD01's expectation differs from before" '! cmp -s "$tmp/BUILD01.before" "$tmp/BUILD01.expected"'
for vm in DB01 WEB01; do
    virsh -c "$uri" dumpxml --inactive "$vm" > "$tmp/$vm.after"
    expect "$vm: the definition is byte for byte as it was" 'cmp "$tmp/$vm.before" "$tmp/$vm.after" >&2'
done
virsh -c "$uri" dumpxml WEB01 > "$tmp/WEB01.live.after"
expect "WEB01: the live definition is as it was" 'cmp "$tmp/WEB01.live.before" "$tmp/WEB01.live.after" >&2'

echo "1..$n"
