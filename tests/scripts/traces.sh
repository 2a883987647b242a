#!/bin/bash
# The backend under its trace, and a task whose backend went away.  TAP.
#
# 1. With WINE_VPC_BACKEND_LOG and WINEDEBUG=+vpcsvc (what the README
#    recommends for troubleshooting) the backend logs from the core's
#    threads, libvirt's event loop among them: it must live through
#    lifecycle events, which it once did not (a bare pthread has no TEB, and
#    its first trace faulted).
#    In process (Backend=inproc), WINEDEBUG=+vpccom: the same in cscript;
#    and what reading every VM's scheduling costs: one request.
# 2. A script that holds a task while its backend is killed and replaced
#    is told that the backend exited, not that a host it never used has
#    "no task 1".
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
. "$srcdir/tests/lib/prefix.sh"
. "$srcdir/tests/lib/tap.sh"
runner="$builddir/tools/wine-vpc"
tmp=$(mktemp -d)
private_prefix "$tmp/prefix"
unset WINE_VPC_BACKEND WINEDEBUG WINE_VPC_BACKEND_LOG
trap 'wineserver -k >/dev/null 2>&1; rm -rf "$tmp"' EXIT
lab="test://$srcdir/examples/lab.xml"

# --- 1. lifecycle events under the trace --------------------------------------

cat > "$tmp/cycle.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
Set vm = vpc.FindVirtualMachine("XP-TEST")
vm.Startup().WaitForCompletion -1
WScript.Echo "started " & vm.State
vm.Pause
WScript.Echo "paused " & vm.State
vm.Resume
WScript.Echo "resumed " & vm.State
vm.Reset().WaitForCompletion -1
WScript.Echo "reset " & vm.State
VBS
cat > "$tmp/list.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
WScript.Echo vpc.VirtualMachines.Count
VBS

export WINE_VPC_BACKEND_LOG="$tmp/backend.log" WINEDEBUG=+vpcsvc
"$runner" run --hosts "$lab" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
before=$(backends)
"$runner" run --hosts "$lab" "$tmp/cycle.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "trace on: Startup, Pause, Resume and Reset run (rc $rc: $(tr '\n' ' ' < "$tmp/err" | head -c 300))" \
    "[ $rc -eq 0 ] && same '$tmp/out' 'started 5
paused 6
resumed 5
reset 5'"
after=$(backends)
expect "trace on: the same backend lived through the events (before: ${before:-none}, after: ${after:-none})" \
    '[ -n "$before" ] && [ "$before" = "$after" ]'
events=$(grep -c 'lifecycle event' "$tmp/backend.log" 2>/dev/null)
expect "trace on: the core's threads wrote to the trace (${events:-0} lifecycle events: started, suspended, resumed)" \
    '[ "${events:-0}" -ge 3 ]'
expect "trace on: nothing faulted (no exception in the trace)" \
    "! grep -qiE 'exception|page fault|invalid frame' '$tmp/backend.log'"
unset WINE_VPC_BACKEND_LOG WINEDEBUG
wineserver -k >/dev/null 2>&1

# The same in process: the core's threads run inside the script's cscript.
WINEDEBUG=+vpccom "$runner" run --backend inproc --hosts "$lab" "$tmp/cycle.vbs" \
    > "$tmp/out" 2> "$tmp/trace"
rc=$?
expect "trace on, in process: Startup, Pause, Resume and Reset run (rc $rc)" \
    "[ $rc -eq 0 ] && same '$tmp/out' 'started 5
paused 6
resumed 5
reset 5'"
events=$(grep -c 'vpccom:core .*lifecycle event' "$tmp/trace" 2>/dev/null)
expect "trace on, in process: the core's threads wrote to the script's trace (${events:-0} lifecycle events)" \
    '[ "${events:-0}" -ge 3 ]'
wineserver -k >/dev/null 2>&1

# --- 1b. the scheduling of every VM: one request --------------------------------

# The trace says what each request cost: a dump reading the scheduling
# members of every VM asks for the host's list once, and the core reads
# every VM's scheduling from libvirt in one go (it once asked once per VM).
cat > "$tmp/sched.vbs" <<'VBS'
Set vs = CreateObject("VirtualServer.Application")
For Each vm In vs.VirtualMachines
    Set a = vm.Accountant
    WScript.Echo vm.Name & ": " & a.RelativeWeight & " " & a.ReservedSystemCapacity & " " & _
        a.MaximumSystemCapacity & " " & a.AllowableReservedSystemCapacity
Next
VBS
WINEDEBUG=trace+vpccom "$runner" run --backend inproc --hosts "$lab" "$tmp/sched.vbs" \
    > "$tmp/out" 2> "$tmp/trace"
rc=$?
# lab.xml: 16 host CPUs, 1 to 4 vCPUs, no reservation; the test driver
# reports a "weight" of 50 for every domain.
expect "trace on, in process: every VM's scheduling read (rc $rc)" \
    "[ $rc -eq 0 ] && same '$tmp/out' 'BUILD01: 50 0 12.5 12.5
DB01: 50 0 25 25
WEB01: 50 0 12.5 12.5
Windows Server 2003: 50 0 6.25 6.25
XP-TEST: 50 0 6.25 6.25'"
asked=$(grep -c 'scheduling of .*: one round trip' "$tmp/trace")
expect "the scheduling of 5 VMs: one round trip (${asked:-0})" '[ "${asked:-0}" -eq 1 ]'
reads=$(grep -c 'vpccom:core .*scheduling: ' "$tmp/trace")
expect "the core read it from libvirt in one go (${reads:-0} readings: $(grep -o 'scheduling: .*' "$tmp/trace" | sort | uniq -c | tr '\n' ' '))" \
    '[ "${reads:-0}" -eq 1 ] && grep -q "scheduling: 5 parameters" "$tmp/trace"'
wineserver -k >/dev/null 2>&1

# --- 2. a task whose backend went away ----------------------------------------

# The task takes 3 s (the test hook of the backend's actions); the script
# waits for a file before it asks about the task again.
go="$tmp/go"
cat > "$tmp/orphan.vbs" <<VBS
Set fso = CreateObject("Scripting.FileSystemObject")
Set vpc = CreateObject("VirtualPC.Application")
Set vm = vpc.FindVirtualMachine("XP-TEST")
Set t = vm.Startup()
WScript.Echo "started task"
t0 = Timer
Do While Not fso.FileExists("Z:$(echo "$go" | tr / '\\')")
    If Timer - t0 > 60 Then Exit Do
Loop
t.WaitForCompletion -1
WScript.Echo "not reached"
VBS
WINE_VPC_TEST_ACTION_DELAY=3000 "$runner" run --hosts "$lab" "$tmp/orphan.vbs" > "$tmp/out" 2> "$tmp/err" &
script=$!
for i in $(seq 1 100); do
    grep -q 'started task' "$tmp/out" 2>/dev/null && break
    sleep 0.2
done
killed=$(backends)
[ -n "$killed" ] && kill -9 $killed
for i in $(seq 1 50); do
    [ -z "$(backends)" ] && break
    sleep 0.1
done
touch "$go"
wait "$script"
rc=$?
expect "a task whose backend was killed: the script stops (rc $rc)" '[ $rc -ne 0 ] && ! grep -q "not reached" "$tmp/out"'
expect "the error says the backend exited ($(tr '\n' ' ' < "$tmp/err" | head -c 300))" \
    "grep -q 'backend that ran task 1 exited' '$tmp/err'"
sed 's/^/# /' "$tmp/err"
expect "the error names no host (no '(libvirt default)', no URI)" \
    "! grep -qE 'libvirt default|test://' '$tmp/err'"

echo "1..$n"
