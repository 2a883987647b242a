#!/bin/bash
# A crash in Wine's engine does not hang wine-vpc run: Wine 8's VBScript
# dereferences NULL on "For Each" over Nothing under On Error Resume Next
# (natural after VirtualMachines failed).  The prepared prefix starts no
# debugger; the user gets "cscript crashed in vbscript.dll" and exit code 1
# at once.  A debugger that does start and keeps running (here ping.exe as
# the AeDebug debugger, holding the script's output open as winedbg --auto
# did) is not waited for: cscript gets WINE_VPC_CRASH_GRACE seconds.  TAP.
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
aedebug='HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug'
restore_debugger() {
    WINEDEBUG=-all "$WINE" reg add "$aedebug" /v Debugger /t REG_SZ /d '' /f >/dev/null 2>&1
}
trap 'restore_debugger; rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"

# The Wine processes of this prefix whose command line matches $1.
prefix_processes() {
    local pid
    for pid in $(pgrep -f "$1"); do
        tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF "WINEPREFIX=$WINEPREFIX" && echo "$pid"
    done
}

cat > "$tmp/crash.vbs" <<'VBS'
On Error Resume Next
Set vpc = CreateObject("VirtualPC.Application")
WScript.Echo "before"
Set vms = Nothing
For Each vm In vms
    WScript.Echo vm.Name
Next
WScript.Echo "after"
VBS
# The script host's own message: it catches the crash before Wine would
# start a debugger.
crash_re='^Z:.*\\crash\.vbs: Windows Script Host: the script engine crashed in vbscript\.dll \(exception C0000005 at [0-9A-Fa-f]+\)$'

"$runner" setup > /dev/null 2>&1
for backend in inproc resident; do
    start=$(date +%s)
    timeout 120 "$runner" run --backend "$backend" --hosts "$LAB_URI" "$tmp/crash.vbs" \
        > "$tmp/out" 2> "$tmp/err" < /dev/null
    rc=$?
    took=$(( $(date +%s) - start ))
    expect "$backend: exit code 1 (got $rc)" '[ $rc -eq 1 ]'
    expect "$backend: within 20 s (took $took s)" '[ $took -lt 20 ]'
    expect "$backend: what ran before the crash is shown" 'same "$tmp/out" before'
    expect "$backend: the user is told where it crashed" \
        '[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -Eq "$crash_re" "$tmp/err" || { sed "s/^/# /" "$tmp/err" >&2; false; }'
    expect "$backend: no debugger was started" '[ -z "$(prefix_processes winedbg)" ]'
done

# A debugger that keeps running and holds the script's output.
WINEDEBUG=-all "$WINE" reg add "$aedebug" /v Debugger /t REG_SZ \
    /d 'C:\windows\system32\ping.exe -n 60 127.0.0.1' /f >/dev/null 2>&1
start=$(date +%s)
WINE_VPC_CRASH_GRACE=2 timeout 120 "$runner" run --backend inproc --hosts "$LAB_URI" "$tmp/crash.vbs" \
    > "$tmp/out" 2> "$tmp/err" < /dev/null
rc=$?
took=$(( $(date +%s) - start ))
restore_debugger
expect "a debugger that lingers: exit code 1 (got $rc)" '[ $rc -eq 1 ]'
expect "a debugger that lingers is not waited for (took $took s, ping.exe runs 60 s)" '[ $took -lt 20 ]'
expect "a debugger that lingers: the user is told where it crashed" \
    'grep -Eq "$crash_re" "$tmp/err" || { sed "s/^/# /" "$tmp/err" >&2; false; }'
for pid in $(prefix_processes 'ping.exe -n 60'); do kill "$pid"; done

echo "1..$n"
