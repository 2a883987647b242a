#!/bin/bash
# A monitoring loop through wine-vpc run keeps the runner's footprint
# bounded: nothing it keeps on disk grows with the script's run time (it
# used to keep all of cscript's stderr in a temporary file, and vpccom
# wrote a warning on every call, when VBScript asked for IDispatchEx), and
# expected refusals of QueryInterface stay out of warn+vpccom.  TAP.
#
# The loop runs WINE_VPC_SOAK_SECONDS seconds (8 by default); the README's
# longer run: WINE_VPC_SOAK_SECONDS=600 WINE_VPC_TEST_ONLY='footprint*' tests/run-all scripts
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
seconds=${WINE_VPC_SOAK_SECONDS:-8}
bound=65536

cat > "$tmp/loop.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
seconds = CLng(WScript.Arguments(0))
started = Timer
calls = 0
Do While Timer - started < seconds And Timer >= started
    For Each vm In vpc.VirtualMachines
        s = vm.Name & vm.State
        Set acct = vm.Accountant
        u = acct.CPUUtilization + acct.UpTime
        calls = calls + 5
    Next
Loop
WScript.Echo "calls " & calls
VBS

# How much the runner keeps in its TMPDIR, sampled while the loop runs.
mkdir "$tmp/tmpdir"
TMPDIR=$tmp/tmpdir "$runner" run --backend inproc --hosts "$LAB_URI" "$tmp/loop.vbs" "$seconds" \
    > "$tmp/out" 2> "$tmp/err" &
pid=$!
largest=0
# (Wine makes a wine-XXXXXX directory of its own there.)
while kill -0 "$pid" 2>/dev/null; do
    size=$(du -scb "$tmp"/tmpdir/wine-vpc.* 2>/dev/null | tail -1 | cut -f1)
    [ "${size:-0}" -le "$largest" ] || largest=$size
    sleep 0.25
done
wait "$pid"
rc=$?
calls=$(sed -n 's/^calls //p' "$tmp/out")
expect "the loop ran $seconds s and ended well (rc $rc, ${calls:-no} calls)" \
    '[ $rc -eq 0 ] && [ "${calls:-0}" -gt 100 ] && [ ! -s "$tmp/err" ]'
expect "the runner kept at most $bound bytes in its TMPDIR (largest: $largest)" '[ "$largest" -le $bound ]'
expect "and nothing once done" '! ls -d "$tmp"/tmpdir/wine-vpc.* 2>/dev/null'

# warn+vpccom, as the runner enables it: nothing per call.
WINE_VPC_BACKEND=inproc WINE_VPC_HOSTS=$LAB_URI WINEDEBUG=-all,warn+vpccom "$WINE" 'C:\windows\system32\cscript.exe' //nologo \
    "Z:${tmp//\//\\}\\loop.vbs" 1 > "$tmp/out" 2> "$tmp/err"
lines=$(grep -c ':warn:vpccom:' "$tmp/err")
expect "warn+vpccom stays quiet over $(sed -n 's/^calls //p' "$tmp/out" | tr -d '\r') calls ($lines lines)" \
    '[ "$lines" -eq 0 ] || { grep ":warn:vpccom:" "$tmp/err" | sort | uniq -c | sort -rn | head -5 | sed "s/^/# /" >&2; false; }'

echo "1..$n"
