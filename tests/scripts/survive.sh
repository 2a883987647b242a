#!/bin/bash
# The accounting survives the backend, and scripts survive its death: the
# backend (vpcsvc.exe) killed with SIGKILL between scripts, during a script,
# and again and again under several scripts at once.  UpTime, the byte
# counters and the CPU history continue where they were; no script sees an
# error.  A private libvirt daemon serves test:///default, which all of its
# clients share while one connection holds it, as a hypervisor's domains
# outlive any one client.  TAP.
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
unset WINE_VPC_BACKEND
d="$tmp/daemon"
cleanup() {
    exec 9>&-
    [ -z "${killer:-}" ] || kill "$killer" 2>/dev/null
    [ -z "${bg:-}" ] || kill "$bg" 2>/dev/null
    wineserver -k >/dev/null 2>&1
    daemon_stop "$d"
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$srcdir/tests/lib/tap.sh"

daemon_start "$d" || { echo "not ok 1 - daemon"; echo "1..1"; exit 1; }
uri="test+unix:///default?socket=$d/libvirt-sock"
daemon_hold "$uri" "$tmp/holder"
export WINE_VPC_HOSTS="lab=$uri"

# UpTime, bytes received, CPU history seconds that are not 0.
cat > "$tmp/read.vbs" <<'VBS'
Set vm = CreateObject("VirtualServer.Application").FindVirtualMachine("test")
Set acct = vm.Accountant
busy = 0
For Each h In acct.CPUUtilizationHistory
    If h > 0 Then busy = busy + 1
Next
WScript.Echo acct.UpTime & " " & acct.NetworkBytesReceived & " " & busy
VBS
read_vm() {     # label: sets up, bytes, busy; rc
    "$runner" run "$tmp/read.vbs" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    read -r up bytes busy < "$tmp/out"
    echo "$1: rc $rc up ${up:-?} bytes ${bytes:-?} busy ${busy:-?} $(head -c 200 "$tmp/err" | tr '\n' '|')" >> "$tmp/log"
}
# Then waits until Wine has ended the prefix's services: a script started
# meanwhile would wait 10 s for Wine (see the README's Troubleshoot).
kill_backends() {
    local pid
    for pid in $(backends 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
    [ "${1:-}" = --storm ] || sleep 4
}

# A run that starts under the backend's watch, so that its baseline is the
# start's (the test driver's counters count from the epoch).
"$runner" run "$tmp/read.vbs" > /dev/null 2>&1
virsh -c "$uri" destroy test > /dev/null && virsh -c "$uri" start test > /dev/null
sleep 4
read_vm before
up1=$up bytes1=$bytes busy1=$busy
expect "the run's accounting before the kill ($(tail -1 "$tmp/log"))" \
    '[ $rc -eq 0 ] && [ "$up1" -ge 3 ] && [ "$bytes1" -gt 0 ] && [ "$bytes1" -lt 2000000 ] && [ "$busy1" -ge 3 ]'

# 1. Killed between scripts: the next backend continues the run.
t0=$(date +%s)
kill_backends
read_vm after
elapsed=$(( $(date +%s) - t0 + 2 ))
expect "UpTime continues across the kill ($up1 -> $up, at most $elapsed s more)" \
    '[ $rc -eq 0 ] && [ "$up" -ge "$up1" ] && [ "$up" -le $((up1 + elapsed + 1)) ]'
expect "the byte counter continues from the run's baseline ($bytes1 -> $bytes)" \
    '[ "$bytes" -ge "$bytes1" ] && [ "$bytes" -lt $((bytes1 + (elapsed + 2) * 100000)) ]'
expect "the CPU history keeps the seconds seen before ($busy1 -> $busy not 0)" \
    '[ "$busy" -ge "$busy1" ]'

# 2. A corrupt state file is ignored (with a trace line), never trusted:
#    the run is then seen as already running, from 0.
kill_backends
state="$WINEPREFIX/.wine-vpc/accounting"
expect "the state file is in the prefix" '[ -s "$state" ] && head -1 "$state" | grep -q "^wine-vpc-accounting "'
cp "$state" "$tmp/state.good"
sed -i '3s/^vm \([0-9a-f]*\) /vm \1 x/' "$state"
WINE_VPC_BACKEND_LOG="$tmp/backend.log" WINEDEBUG=+vpcsvc read_vm corrupt
expect "a corrupt state file is ignored with a trace line" \
    'grep -q "accounting state .* ignored: a line does not parse" "$tmp/backend.log"'
expect "and the run is taken as first seen (UpTime $up, not $up1 and more)" \
    '[ $rc -eq 0 ] && [ "$up" -lt "$up1" ]'

# 3. Another run of the same VM does not inherit the saved accounting.
kill_backends
cp "$tmp/state.good" "$state"
virsh -c "$uri" destroy test > /dev/null && virsh -c "$uri" start test > /dev/null
read_vm restarted
expect "a new run (new domain id) starts from 0, not from the saved run (UpTime $up)" \
    '[ $rc -eq 0 ] && [ "$up" -le 2 ]'
sleep 3
read_vm settled
up1=$up bytes1=$bytes

# 4. Killed during a script, and again and again under four scripts at
#    once: no script error, UpTime and bytes never go back.
cat > "$tmp/loop.vbs" <<'VBS'
Set vs = CreateObject("VirtualServer.Application")
start = Timer
Do While Timer - start < 10
    Set acct = vs.FindVirtualMachine("test").Accountant
    line = acct.UpTime & " " & acct.NetworkBytesReceived
    If line <> last Then WScript.Echo line
    last = line
Loop
WScript.Echo "end"
VBS
( while :; do sleep 0.$((RANDOM % 7 + 3)); kill_backends --storm; done ) &
killer=$!
for i in 1 2 3 4; do
    "$runner" run "$tmp/loop.vbs" > "$tmp/loop$i.out" 2> "$tmp/loop$i.err" &
    pids[$i]=$!
done
failed=0
for i in 1 2 3 4; do wait "${pids[$i]}" || failed=$((failed + 1)); done
kill "$killer" 2>/dev/null
wait "$killer" 2>/dev/null
killer=""
errors=$(cat "$tmp"/loop*.err | head -c 600 | tr '\n' '|')
expect "four scripts under a kill storm end without an error ($failed failed: $errors)" \
    '[ $failed -eq 0 ] && [ -z "$(cat "$tmp"/loop*.err)" ] && [ "$(grep -c "^end$" "$tmp"/loop*.out | grep -c ":1$")" = 4 ]'
back=$(awk -v up0="$up1" -v b0="$bytes1" '
    FNR == 1 { up = up0; b = b0 }
    /^[0-9]+ [0-9]+$/ { if ($1 < up || $2 < b) bad++; up = $1; b = $2 }
    END { print bad + 0 }' "$tmp"/loop*.out)
expect "UpTime and bytes never went back in any script ($back readings did)" '[ "$back" = 0 ]'

# 5. A backend that stops answering under a script (SIGSTOP: alive, its
#    pipe whole) costs the request's deadline, not a restart, and the
#    error says so, not that it broke.
cat > "$tmp/twice.vbs" <<'VBS'
Set vs = CreateObject("VirtualServer.Application")
WScript.Echo "first " & vs.FindVirtualMachine("test").Accountant.UpTime
t = Timer
Do While Timer - t < 3
Loop
WScript.Echo "second " & vs.FindVirtualMachine("test").Accountant.UpTime
VBS
timeout 120 "$runner" run "$tmp/twice.vbs" > "$tmp/out" 2> "$tmp/err" &
bg=$!
for i in $(seq 1 200); do grep -q '^first' "$tmp/out" && break; sleep 0.1; done
stopped=$(backends 2>/dev/null)
for pid in $stopped; do kill -STOP "$pid"; done
start=$(date +%s)
wait "$bg"
rc=$?
took=$(( $(date +%s) - start ))
for pid in $stopped; do kill -CONT "$pid"; done
expect "a stopped backend: an error after the request's deadline saying it did not answer ($took s: $(head -c 300 "$tmp/err"))" \
    '[ -n "$stopped" ] && [ $rc -eq 1 ] && [ $took -lt 60 ] && ! grep -q "^second" "$tmp/out" && grep -q "cannot be reached: it did not answer within 15 s" "$tmp/err"'

echo "1..$n"
