#!/bin/bash
# The resident backend: one per prefix, shared by consecutive and
# simultaneous scripts, restarted when it died, leaving when idle (but not
# while a VM runs); accounting and history that span script runs.  TAP.
#
# Wine 8's WScript.Sleep is a stub that stops the script, so the scripts
# here wait by looping on VBScript's Timer.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
. "$srcdir/tests/lib/prefix.sh"
runner="$builddir/tools/wine-vpc"
tmp=$(mktemp -d)
# A prefix of its own: backends of other tests must not interfere.
private_prefix "$tmp/prefix"
unset WINE_VPC_BACKEND
trap 'wineserver -k >/dev/null 2>&1; rm -rf "$tmp"' EXIT
n=0

check() {
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}


wait_gone() {
    local pid=$1 i
    for i in $(seq 1 "$2"); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 1
    done
    return 1
}


# A lab of our own: the test driver reads the file when the backend opens it.
sed 's|<test:runstate>1</test:runstate>|<test:runstate>5</test:runstate>|;
     s|<test:runstate>3</test:runstate>|<test:runstate>5</test:runstate>|' \
    "$srcdir/examples/lab.xml" > "$tmp/lab-off.xml"
lab="test://$srcdir/examples/lab.xml"

cat > "$tmp/start.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
Set t = vpc.FindVirtualMachine("XP-TEST").Startup()
t.WaitForCompletion -1
WScript.Echo "started " & t.Result
VBS

cat > "$tmp/read.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
Set acct = vpc.FindVirtualMachine("XP-TEST").Accountant
busy = 0
For Each sample In acct.CPUUtilizationHistory
    If sample = 100 Then busy = busy + 1
Next
WScript.Echo acct.UpTime & " " & busy & " " & acct.NetworkBytesSent
VBS

# 1. Consecutive scripts share one backend, and accounting spans them.
out=$("$runner" run --hosts "$lab" "$tmp/start.vbs" 2>&1)
check $([ "$out" = "started 0" ] && echo 0 || echo 1) "Startup through the backend ($out)"
first=$(backends)
check $([ "$(echo "$first" | wc -w)" = 1 ] && echo 0 || echo 1) "one backend after the first script ($first)"
sleep 4
read -r uptime busy sent < <("$runner" run --hosts "$lab" "$tmp/read.vbs" 2>&1)
check $([ "$(backends)" = "$first" ] && echo 0 || echo 1) "the second script used the same backend"
check $([ "${uptime:-0}" -ge 3 ] && [ "${uptime:-0}" -le 6 ] && echo 0 || echo 1) \
    "UpTime spans script runs (${uptime:-?} s after a 4 s pause)"
check $([ "${busy:-0}" -ge 3 ] && echo 0 || echo 1) \
    "the history holds the seconds between the scripts (${busy:-?} samples at 100 %)"
# 1 NIC × 50 000 B/s since power-up, about 4 s
check $([ "${sent:-0}" -ge 150000 ] && [ "${sent:-0}" -le 300000 ] && echo 0 || echo 1) \
    "NetworkBytesSent counts from the power-up in another script (${sent:-?})"

# 2. UpTime grows by wall time and stops while the VM is paused.
printf 'Set vm = CreateObject("VirtualPC.Application").FindVirtualMachine("XP-TEST")\nvm.Pause\nWScript.Echo vm.State & " " & vm.Accountant.UpTime\n' > "$tmp/pause.vbs"
printf 'Set vm = CreateObject("VirtualPC.Application").FindVirtualMachine("XP-TEST")\nvm.Resume\nWScript.Echo vm.State & " " & vm.Accountant.UpTime\n' > "$tmp/resume.vbs"
read -r state1 up1 < <("$runner" run --hosts "$lab" "$tmp/pause.vbs" 2>&1)
sleep 3
read -r state2 up2 < <("$runner" run --hosts "$lab" "$tmp/resume.vbs" 2>&1)
check $([ "$state1" = 6 ] && [ "$state2" = 5 ] && [ "${up2:-x}" = "${up1:-y}" ] && echo 0 || echo 1) \
    "UpTime stands still while paused (paused at ${up1:-?} s, resumed 3 s later at ${up2:-?} s)"
sleep 2
read -r uptime busy sent < <("$runner" run --hosts "$lab" "$tmp/read.vbs" 2>&1)
check $([ "${uptime:-0}" -ge $((up2 + 1)) ] && [ "${uptime:-0}" -le $((up2 + 3)) ] && echo 0 || echo 1) \
    "and goes on after Resume (${up2:-?} s -> ${uptime:-?} s two seconds later)"

# 3. A VM that has run for a minute shows a full 60-second history.
sleep 60
read -r uptime busy sent < <("$runner" run --hosts "$lab" "$tmp/read.vbs" 2>&1)
check $([ "${busy:-0}" -ge 59 ] && echo 0 || echo 1) \
    "a script started after a minute of running sees the whole history (${busy:-?} of 60 samples at 100 %)"

# 4. A backend that died is restarted by the next script.
kill -9 $first
wait_gone "$first" 10
out=$("$runner" run --hosts "$lab" "$tmp/read.vbs" 2>&1)
second=$(backends)
check $([ -n "$second" ] && [ "$second" != "$first" ] && [ -n "$out" ] && echo 0 || echo 1) \
    "a killed backend is replaced ($first -> $second, '$out')"

# 5. ... even in the middle of a script: the script gets its answers.
cat > "$tmp/loop.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
start = Timer
reads = 0
Do While Timer - start < 4
    total = 0
    For Each vm In vpc.VirtualMachines
        total = total + vm.Accountant.NetworkBytesSent
    Next
    reads = reads + 1
Loop
WScript.Echo "count " & vpc.VirtualMachines.Count
VBS
"$runner" run --hosts "$lab" "$tmp/loop.vbs" > "$tmp/loop.out" 2> "$tmp/loop.err" &
runner_pid=$!
sleep 2
victim=$(backends)
kill -9 $victim 2>/dev/null
wait $runner_pid
rc=$?
check $([ $rc -eq 0 ] && [ "$(cat "$tmp/loop.out")" = "count 5" ] && echo 0 || echo 1) \
    "a backend killed mid-script is restarted and the script completes (rc $rc: $(cat "$tmp/loop.out" "$tmp/loop.err"))"
check $([ -n "$(backends)" ] && [ "$(backends)" != "$victim" ] && echo 0 || echo 1) \
    "a new backend took over"

# 6. Two scripts started at the same moment get one backend.
wineserver -k >/dev/null 2>&1
sleep 1
for i in 1 2 3; do
    "$runner" run --hosts "$lab" "$tmp/read.vbs" > "$tmp/par$i.out" 2>&1 &
done
wait
check $([ "$(backends | wc -w)" = 1 ] && echo 0 || echo 1) \
    "three simultaneous scripts started one backend ($(backends | wc -w))"
check $(grep -q . "$tmp/par1.out" && grep -q . "$tmp/par2.out" && grep -q . "$tmp/par3.out" && echo 0 || echo 1) \
    "all three got their answers"

# 7. IdleTimeout: an idle backend leaves, one with a running VM stays.
wineserver -k >/dev/null 2>&1
sleep 1
printf 'Set vpc = CreateObject("VirtualPC.Application")\nWScript.Echo vpc.VirtualMachines.Count\n' > "$tmp/count.vbs"
out=$(WINE_VPC_IDLE_TIMEOUT=2 "$runner" run --hosts "test://$tmp/lab-off.xml" "$tmp/count.vbs" 2>&1)
idle=$(backends)
check $([ "$out" = "5" ] && [ -n "$idle" ] && echo 0 || echo 1) "a backend serves a host whose VMs are all off ($out)"
wait_gone "$idle" 8
check $? "with IdleTimeout=2 and no running VM it leaves by itself"

out=$(WINE_VPC_IDLE_TIMEOUT=2 "$runner" run --hosts "test://$tmp/lab-off.xml" "$tmp/start.vbs" 2>&1)
busy_backend=$(backends)
sleep 5
check $([ "$out" = "started 0" ] && [ -n "$busy_backend" ] && [ "$(backends)" = "$busy_backend" ] && echo 0 || echo 1) \
    "with a VM running it stays past IdleTimeout ($out)"

echo "1..$n"
