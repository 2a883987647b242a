#!/bin/bash
# Many hosts through private libvirt daemons (the test driver behind unix
# sockets): one collection over all of them, names that repeat across
# hosts, read-only access, a daemon killed and restarted, a daemon stopped
# (bounded wait), and no credentials in any message.  TAP.
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
    wineserver -k >/dev/null 2>&1
    daemon_stop "$a"
    daemon_stop "$b"
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$srcdir/tests/lib/tap.sh"


host_names() { sed -n "$1"'s/ .*//p' "$tmp/out" | tr '\n' ' '; }
# What the last run said, for the description of a check that fails.
said() { echo "rc $rc: $(head -c 200 "$tmp/out" | tr '\n' '|') / $(head -c 300 "$tmp/err" | tr '\n' '|')"; }

# Two "hosts" with different VMs; WEB01 exists on both.
# Fixed UUIDs: a restarted daemon reads the same domains, as a real host's.
domain() {    # name runstate nics uuid-suffix
    local i
    echo "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
    echo "<name>$1</name><uuid>7e57c0de-0000-4000-8000-00000000000$4</uuid>"
    echo "<memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>"
    echo "<disk type='file' device='disk'><source file='/g/$1.img'/><target dev='vda' bus='virtio'/></disk>"
    for i in $(seq 1 "$3"); do echo "<interface type='network'><source network='default'/></interface>"; done
    echo "</devices><test:runstate>$2</test:runstate></domain>"
}
network="<network><name>default</name><bridge name='virbr0'/></network>"
{ echo "<node>$network"; domain ALPHA1 1 1 1; domain ALPHA2 5 1 2; domain WEB01 1 1 3; echo "</node>"; } > "$tmp/alpha.xml"
{ echo "<node>$network"; domain BETA1 1 1 4; domain WEB01 1 2 5; echo "</node>"; } > "$tmp/beta.xml"

daemon_start "$a" || { echo "not ok 1 - daemon A"; echo "1..1"; exit 1; }
daemon_start "$b" || { echo "not ok 1 - daemon B"; echo "1..1"; exit 1; }
uri_a=$(daemon_uri "$a" "$tmp/alpha.xml")
uri_b="$(daemon_uri "$b" "$tmp/beta.xml")&password=hunter2"
hosts="alpha=$uri_a,beta=$uri_b"

cat > "$tmp/list.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
For Each vm In vpc.VirtualMachines
    WScript.Echo vm.GetConfigurationValue("wine-vpc/host") & "/" & vm.Name & " " & vm.State & " " & vm.Accountant.NetworkBytesSent & " " & vm.Accountant.UpTime
Next
WScript.Echo "WEB01: " & vpc.FindVirtualMachine("WEB01").GetConfigurationValue("wine-vpc/host")
WScript.Echo "beta/web01: " & vpc.FindVirtualMachine("beta/web01").GetConfigurationValue("wine-vpc/host")
WScript.Echo "gamma/WEB01: " & (vpc.FindVirtualMachine("gamma/WEB01") Is Nothing)
For Each h In vpc.GetConfigurationValue("wine-vpc/hosts")
    WScript.Echo "host " & h
Next
VBS

# 1. One collection over both hosts, ordered by host, then name.
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
names=$(host_names 1,5)
expect "VirtualMachines spans both hosts in order (rc $rc: $names)" \
    '[ $rc -eq 0 ] && [ "$names" = "alpha/ALPHA1 alpha/ALPHA2 alpha/WEB01 beta/BETA1 beta/WEB01 " ]'
expect "a repeated name finds the first host's VM" 'grep -qx "WEB01: alpha" "$tmp/out"'
expect "host/name finds the named host's VM" 'grep -qx "beta/web01: beta" "$tmp/out"'
expect "an unknown host name finds Nothing" 'grep -qx "gamma/WEB01: True" "$tmp/out"'
expect "GetConfigurationValue(\"wine-vpc/hosts\") lists the hosts" \
    '[ "$(grep "^host " "$tmp/out" | tr "\n" " ")" = "host alpha host beta " ]'
sent_before=$(awk '$1 == "beta/BETA1" { print $3 }' "$tmp/out")
up_before=$(awk '$1 == "beta/BETA1" { print $4 }' "$tmp/out")

# 2. Read-only: every connection the backend holds to a daemon is read-only.
clients_ro() {
    local admin="libvirtd:///system?socket=$1/libvirt-admin-sock" id total=0 ro=0
    for id in $(virt-admin -c "$admin" client-list libvirtd 2>/dev/null | awk 'NR > 2 && $1 ~ /^[0-9]+$/ { print $1 }'); do
        total=$((total + 1))
        virt-admin -c "$admin" client-info libvirtd "$id" 2>/dev/null | grep -Eq 'readonly *: *(yes|1)' && ro=$((ro + 1))
    done
    echo "$ro/$total"
}
ro=$(clients_ro "$a")
expect "the backend's connections to host A are read-only ($ro)" \
    '[ "${ro%/*}" = "${ro#*/}" ] && [ "${ro#*/}" -ge 1 ]'

cat > "$tmp/write.vbs" <<'VBS'
Set t = CreateObject("VirtualPC.Application").FindVirtualMachine("ALPHA2").Startup()
t.WaitForCompletion -1
WScript.Echo t.Result & " " & Hex(t.Error) & " " & t.ErrorDescription
VBS
"$runner" run --hosts "ro=$(daemon_uri "$a" "$tmp/alpha.xml" ro)" "$tmp/write.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "through the read-only socket, Startup's task fails with E_ACCESSDENIED naming the host ($(cat "$tmp/out"))" \
    '[ $rc -eq 0 ] && grep -q "^2 80070005 .*libvirt-sock-ro.*read only" "$tmp/out"'

# 3. A daemon killed: its VMs are missing with a warning naming it, the
#    other host keeps working; restarted, it is reconnected and the
#    accounting goes on from the same baselines.
daemon_stop "$b"
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "with host B down, host A's VMs are still listed ($(said))" \
    '[ "$(host_names 1,3)" = "alpha/ALPHA1 alpha/ALPHA2 alpha/WEB01 " ] && ! grep -q "^beta/" "$tmp/out"'
expect "a warning names the missing host" \
    'grep -q "^list.vbs: warning: Host test+unix://$tmp/beta.xml?socket=.* is not available: .* Its virtual machines are missing" "$tmp/err"'
expect "looking up a VM on it fails naming the host (rc $rc)" \
    '[ $rc -eq 1 ] && grep -q "\\\\list.vbs([0-9]*, [0-9]*) .*daemon-b/libvirt-sock" "$tmp/err"'
expect "no credential in the messages" '! grep -q hunter2 "$tmp/out" "$tmp/err" && grep -q "password=\*\*\*" "$tmp/err"'

daemon_start "$b"
recovered=1
for i in $(seq 1 15); do
    "$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err" &&
        grep -q '^beta/BETA1 ' "$tmp/out" && { recovered=0; break; }
    sleep 1
done
expect "after the daemon restarts, its VMs come back by themselves (after $i s)" '[ $recovered -eq 0 ]'
sent_after=$(awk '$1 == "beta/BETA1" { print $3 }' "$tmp/out")
up_after=$(awk '$1 == "beta/BETA1" { print $4 }' "$tmp/out")
expect "counters and uptime continue across the reconnection (sent $sent_before -> $sent_after, up $up_before -> $up_after)" \
    '[ -n "$sent_after" ] && [ "$sent_after" -gt "$sent_before" ] && [ "$up_after" -gt "$up_before" ]'

# 4. A hung daemon (SIGSTOP): a bounded wait, paid once, then answers
#    without it; back after SIGCONT.
wineserver -k >/dev/null 2>&1
export WINE_VPC_HOST_TIMEOUT=2000 WINE_VPC_KEEPALIVE_INTERVAL=1 WINE_VPC_KEEPALIVE_COUNT=1
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > /dev/null 2>&1
kill -STOP "$(daemon_pid "$a")"
# Samples up to 0.5 s old are still served: let them age.
sleep 1.5
start=$(date +%s%N)
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
first_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect "a stopped daemon costs a bounded wait ($first_ms ms, HostTimeout 2000 ms)" '[ $first_ms -lt 6000 ]'
expect "the other host's VMs are listed, the stopped one's are missing ($(said))" \
    'grep -q "^beta/BETA1 " "$tmp/out" && ! grep -q "^alpha/" "$tmp/out"'
expect "a warning names the host that did not answer" \
    'grep -q "^list.vbs: warning: Host .*daemon-a/libvirt-sock" "$tmp/err"'
printf 'Set vm = CreateObject("VirtualPC.Application").FindVirtualMachine("ALPHA1")\n' > "$tmp/find.vbs"
"$runner" run --hosts "$hosts" "$tmp/find.vbs" > /dev/null 2> "$tmp/err"
rc=$?
expect "FindVirtualMachine of a VM there names the host instead of answering Nothing (rc $rc: $(head -c 300 "$tmp/err" | tr "\n" " "))" \
    '[ $rc -eq 1 ] && grep -q "\\\\find.vbs([0-9]*, [0-9]*) .*\"ALPHA1\".*daemon-a/libvirt-sock" "$tmp/err"'
start=$(date +%s%N)
"$runner" run --hosts "$hosts" "$tmp/list.vbs" > /dev/null 2>&1
second_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect "the next script does not wait for it again ($second_ms ms)" '[ $second_ms -lt 2500 ]'
kill -CONT "$(daemon_pid "$a")"
recovered=1
for i in $(seq 1 20); do
    "$runner" run --hosts "$hosts" "$tmp/list.vbs" > "$tmp/out" 2>/dev/null &&
        grep -q '^alpha/ALPHA1 ' "$tmp/out" && { recovered=0; break; }
    sleep 1
done
expect "after SIGCONT the host is back (after $i s)" '[ $recovered -eq 0 ]'

# 5. Credentials stay out of traces too.
WINE_VPC_BACKEND_LOG="$tmp/backend.log" WINEDEBUG=+vpccom,+vpcsvc \
    "$runner" run --hosts "$hosts" "$tmp/list.vbs" > /dev/null 2> "$tmp/trace"
wineserver -k >/dev/null 2>&1
WINE_VPC_BACKEND_LOG="$tmp/backend.log" WINEDEBUG=+vpccom,+vpcsvc \
    "$runner" run --hosts "$hosts" "$tmp/list.vbs" > /dev/null 2>> "$tmp/trace"
expect "no credential in the DLL's or the backend's traces" \
    '[ -s "$tmp/backend.log" ] && ! grep -q hunter2 "$tmp/trace" "$tmp/backend.log"'

echo "1..$n"
