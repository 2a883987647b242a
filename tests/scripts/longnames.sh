#!/bin/bash
# A VM name of 600 characters, 1800 bytes of UTF-8 (é, 名, 😀), reaches
# the user whole in the script host's error line, in process and through the
# resident backend: never cut, never a partial character (U+FFFD), and a
# long description never crashes the script (Wine's debug output aborts a
# process on lines over about 1000 bytes).  TAP.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
runner="$builddir/tools/wine-vpc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"

name=$(perl -CO -e 'print "\x{e9}" x 200, "\x{540d}" x 200, "\x{1f600}" x 200')
cat > "$tmp/lab.xml" <<XML
<?xml version="1.0"?>
<node>
  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
    <name>$name</name>
    <uuid>5e1f0c2a-9d3b-4e7c-8a6f-0b1c2d3e4f50</uuid>
    <memory unit='MiB'>512</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <test:runstate>5</test:runstate>
  </domain>
</node>
XML
lab="test://$tmp/lab.xml"

# Shut off: Pause fails, naming the VM.
cat > "$tmp/pause.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
Set vm = vpc.VirtualMachines.Item(1)
WScript.Echo Len(vm.Name)
vm.Pause
WScript.Echo "not reached"
VBS

# The script host's error line: the script's Windows path, line and column.
expected="Z:${tmp//\//\\}\\pause.vbs(4, 1) VirtualPC.Application: The virtual machine \"$name\" on host $lab is not running."
for backend in inproc resident; do
    "$runner" run --backend "$backend" --hosts "$lab" "$tmp/pause.vbs" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    expect "$backend: the script stops with exit code 1 (got $rc)" '[ $rc -eq 1 ]'
    expect "$backend: Name has 600 characters (UTF-16: 800 units)" 'same "$tmp/out" 800'
    expect "$backend: the error names the VM whole" 'grep -qxF -- "$expected" "$tmp/err"'
    expect "$backend: no replacement character anywhere" '! grep -q $'"'"'\xef\xbf\xbd'"'"' "$tmp/err"'
    [ "$(grep -c . "$tmp/err")" -eq 1 ] || sed 's/^/# /' "$tmp/err" | cut -c1-300
done

echo "1..$n"
