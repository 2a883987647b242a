#!/bin/bash
# Hosts that hang: a private libvirt daemon stopped (SIGSTOP) while its
# connection is still inside the keepalive window.  Its VMs are left out
# with a warning naming it within HostTimeout, never served stale; the wait
# is paid once, also across the keepalive dropping the connection; scripts
# can read why through GetConfigurationValue("wine-vpc/host_errors"); and a
# task whose host stops answering fails with VM_E_TIMED_OUT instead of
# WaitForCompletion(-1) waiting forever.  TAP.
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
a="$tmp/daemon-a" b="$tmp/daemon-b"
cleanup() {
    [ -z "${bg:-}" ] || kill "$bg" 2>/dev/null
    daemon_stop "$a"
    daemon_stop "$b"
    wineserver -k >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$srcdir/tests/lib/tap.sh"

said() { echo "rc $rc: $(head -c 300 "$tmp/out" | tr '\n' '|') / $(head -c 300 "$tmp/err" | tr '\n' '|')"; }

domain() {    # name runstate uuid-suffix
    echo "<domain type='test'><name>$1</name><uuid>7e57c0de-0000-4000-8000-00000000000$3</uuid>"
    echo "<memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>"
    echo "<interface type='network'><source network='default'/></interface></devices>"
    echo "<test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>$2</test:runstate></domain>"
}
network="<network><name>default</name><bridge name='virbr0'/></network>"
{ echo "<node>$network"; domain ALPHA1 1 1; domain ALPHA2 5 2; echo "</node>"; } > "$tmp/alpha.xml"
{ echo "<node>$network"; domain BETA1 1 3; echo "</node>"; } > "$tmp/beta.xml"

daemon_start "$a" || { echo "not ok 1 - daemon A"; echo "1..1"; exit 1; }
daemon_start "$b" || { echo "not ok 1 - daemon B"; echo "1..1"; exit 1; }
hosts="alpha=$(daemon_uri "$a" "$tmp/alpha.xml"),beta=$(daemon_uri "$b" "$tmp/beta.xml")"
stopped=""
stop_a() { kill -STOP "$(daemon_pid "$a")"; stopped=1; }
cont_a() { kill -CONT "$(daemon_pid "$a")"; stopped=""; }

# The first read's wait, measured inside the script (Wine's start-up is not
# part of it), the VMs, and what host_errors says per host.
cat > "$tmp/list.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
t = Timer
Set vms = vpc.VirtualMachines
WScript.Echo "wait " & CLng((Timer - t) * 1000)
For Each vm In vms
    WScript.Echo "vm " & vm.GetConfigurationValue("wine-vpc/host") & "/" & vm.Name & " " & vm.Accountant.UpTime
Next
hosts = vpc.GetConfigurationValue("wine-vpc/hosts")
errors = vpc.GetConfigurationValue("wine-vpc/host_errors")
For i = LBound(hosts) To UBound(hosts)
    WScript.Echo "error " & hosts(i) & ": " & errors(i)
Next
VBS
field() { sed -n "s/^$1 //p" "$tmp/out"; }

# 1. Stopped inside a long keepalive window (60 s): left out within
#    HostTimeout with a warning, not served from its last sample.
export WINE_VPC_HOST_TIMEOUT=2000 WINE_VPC_KEEPALIVE_INTERVAL=10 WINE_VPC_KEEPALIVE_COUNT=5
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "both hosts answer at first ($(said))" \
    '[ $rc -eq 0 ] && [ "$(field vm | cut -d" " -f1 | tr "\n" " ")" = "alpha/ALPHA1 alpha/ALPHA2 beta/BETA1 " ]'
expect "host_errors is empty for hosts that answer" \
    '[ "$(field error | tr "\n" "|")" = "alpha: |beta: |" ]'
stop_a
sleep 1
timeout 60 "$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
wait_ms=$(field wait)
expect "the stopped host's VMs are left out, the other's listed ($(said))" \
    '[ $rc -eq 0 ] && [ "$(field vm | cut -d" " -f1 | tr "\n" " ")" = "beta/BETA1 " ]'
expect "within HostTimeout of its last answer, give or take a loaded machine (waited ${wait_ms:-?} ms, HostTimeout 2000 ms)" \
    '[ -n "$wait_ms" ] && [ "$wait_ms" -le 3500 ]'
expect "a warning names it" \
    'grep -q "^list.vbs: warning: Host .*daemon-a/libvirt-sock.* is not available: .*did not answer\|no answer" "$tmp/err"'
expect "host_errors says why, for that host only ($(field error | tr "\n" "|"))" \
    'field error | grep -q "^alpha: .*daemon-a/libvirt-sock.*2 s" && field error | grep -qx "beta: "'

# 2. The wait is paid once: the next script does not wait again.
timeout 60 "$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
wait_ms=$(field wait)
expect "the next script answers at once (${wait_ms:-?} ms) without the host ($(said))" \
    '[ -n "$wait_ms" ] && [ "$wait_ms" -lt 1500 ] && [ "$(field vm | cut -d" " -f1 | tr "\n" " ")" = "beta/BETA1 " ]'

# The runner's warning comes when vpccom reports the host, while the
# script still runs, not when it ends.
cat > "$tmp/long.vbs" <<'VBS'
n = CreateObject("VirtualPC.Application").VirtualMachines.Count
t = Timer
Do While Timer - t < 10
Loop
WScript.Echo "end " & n
VBS
timeout 60 "$runner" run --hosts "$hosts" "$tmp/long.vbs" > "$tmp/out" 2> "$tmp/err" &
bg=$!
while_running=""
for i in $(seq 1 80); do
    if grep -q "^long.vbs: warning: Host .*daemon-a/libvirt-sock" "$tmp/err"; then
        kill -0 "$bg" 2>/dev/null && ! grep -q '^end' "$tmp/out" && while_running=1
        break
    fi
    sleep 0.1
done
wait "$bg"
rc=$?
bg=""
expect "the warning is printed while the script runs, once ($(said))" \
    '[ -n "$while_running" ] && [ $rc -eq 0 ] && [ "$(grep -c "warning: Host" "$tmp/err")" = 1 ] && grep -qx "end 1" "$tmp/out"'
cont_a

# 3. Also when the keepalive drops the connection during the stop (after
#    about 2 s here) and the backend opens it again, into the same hang: a
#    script reading on and on pays one wait, not one per connection.
wineserver -k >/dev/null 2>&1
export WINE_VPC_KEEPALIVE_INTERVAL=1 WINE_VPC_KEEPALIVE_COUNT=1
cat > "$tmp/loop.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
start = Timer
slow = 0
reads = 0
Do While Timer - start < 8
    t = Timer
    c = vpc.VirtualMachines.Count
    If Timer - t > 1 Then slow = slow + 1
    reads = reads + 1
Loop
WScript.Echo "slow " & slow
WScript.Echo "reads " & reads
WScript.Echo "count " & c
errors = vpc.GetConfigurationValue("wine-vpc/host_errors")
WScript.Echo "error " & errors(0)
VBS
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > /dev/null 2>&1
stop_a
sleep 1
timeout 90 "$runner" run --hosts "$hosts" "$tmp/loop.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "over 8 s of reads while the connection drops and is reopened, at most one wait ($(said))" \
    '[ $rc -eq 0 ] && [ "$(field slow)" -le 1 ] && [ "$(field count)" = 1 ]'
expect "host_errors names the host that does not answer" \
    'field error | grep -q "daemon-a/libvirt-sock.*2 s"'
cont_a

# 4. A task whose host stops answering fails within HostTimeout with
#    VM_E_TIMED_OUT naming the host: WaitForCompletion(-1) returns.
wineserver -k >/dev/null 2>&1
cat > "$tmp/task.vbs" <<'VBS'
Set t = CreateObject("VirtualPC.Application").FindVirtualMachine("ALPHA2").Startup()
WScript.Echo "started"
t.WaitForCompletion -1
WScript.Echo "done " & t.IsComplete & " " & t.Result & " " & Hex(t.Error) & " " & t.ErrorDescription
VBS
WINE_VPC_TEST_ACTION_DELAY=3000 timeout 90 "$runner" run --hosts "$hosts" "$tmp/task.vbs" \
    > "$tmp/out" 2> "$tmp/err" &
bg=$!
for i in $(seq 1 300); do grep -q '^started' "$tmp/out" && break; sleep 0.1; done
stop_a
start=$(date +%s%N)
wait "$bg"
rc=$?
bg=""
task_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect "WaitForCompletion(-1) returns although the host hangs (${task_ms} ms after the stop; $(said))" \
    '[ $rc -eq 0 ] && grep -q "^done " "$tmp/out" && [ $task_ms -lt 30000 ]'
expect "the task failed with VM_E_TIMED_OUT naming the VM and the host" \
    'grep -q "^done True 6 A0040202 .*ALPHA2.*daemon-a/libvirt-sock" "$tmp/out"'
cont_a

echo "1..$n"
