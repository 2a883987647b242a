#!/bin/bash
# Events across processes: a script connected to the application's and a
# VM's events (WScript.CreateObject with a prefix, WScript.ConnectObject)
# sleeps in a loop and prints the state changes that ANOTHER script, and
# virsh, make through a private libvirtd (the test driver's shared
# test:///default behind a unix socket); in both backend modes; with the
# backend killed under it and libvirtd restarted; quitting while events are
# in flight.  TAP.
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
watcher_pid=""
cleanup() {
    [ -n "$watcher_pid" ] && kill "$watcher_pid" 2>/dev/null
    wineserver -k >/dev/null 2>&1
    daemon_stop "$d"
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$srcdir/tests/lib/tap.sh"


daemon_start "$d" || { echo "not ok 1 - private libvirtd"; echo "1..1"; exit 1; }
uri="test+unix:///default?socket=$d/libvirt-sock"
virsh_rw() { virsh -q -c "$uri" "$@" >/dev/null 2>&1; }

# Prints every event of the server and of VM "test" until it has seen the
# number given, or 20 s passed; "connected" once both sinks are.
cat > "$tmp/watch.vbs" <<'VBS'
Set vs = WScript.CreateObject("VirtualServer.Application", "vs_")
Set vm = vs.FindVirtualMachine("test")
WScript.ConnectObject vm, "vm_"
count = 0
Sub vs_OnVMStateChange(name, state)
    WScript.Echo "server: " & name & " is now " & state
    count = count + 1
End Sub
Sub vm_OnStateChange(state)
    WScript.Echo "test: now " & state
    count = count + 1
End Sub
WScript.Echo "connected"
want = CInt(WScript.Arguments(0))
For i = 1 To 200
    If count >= want Then Exit For
    WScript.Sleep 100
Next
If count >= want Then WScript.Echo "seen " & want Else WScript.Echo "only " & count
VBS

# The other script: pauses and resumes the VM.
cat > "$tmp/change.vbs" <<'VBS'
Set vm = CreateObject("VirtualServer.Application").FindVirtualMachine("test")
vm.Pause
vm.Resume
WScript.Echo "paused and resumed"
VBS

# watch WANT [OPTIONS...]: starts the watcher in the background and waits
# (20 s at most) until it is connected.
watch() {
    local want=$1 i
    shift
    : > "$tmp/watch.out"
    "$runner" run --hosts "$uri" "$@" "$tmp/watch.vbs" "$want" > "$tmp/watch.out" \
        2> "$tmp/watch.err" &
    watcher_pid=$!
    for i in $(seq 1 200); do
        grep -q '^connected' "$tmp/watch.out" && return 0
        kill -0 "$watcher_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# watch_end: its exit status, once it ended (30 s at most).
watch_end() {
    local i
    for i in $(seq 1 300); do
        kill -0 "$watcher_pid" 2>/dev/null || break
        sleep 0.1
    done
    wait "$watcher_pid"
    rc=$?
    watcher_pid=""
}

# ms_until PATTERN: milliseconds until the watcher printed a line matching
# PATTERN (5000 when it did not within 5 s).
ms_until() {
    local start=$(date +%s%N) now
    while :; do
        grep -q "$1" "$tmp/watch.out" && break
        now=$(date +%s%N)
        [ $(((now - start) / 1000000)) -ge 5000 ] && break
        sleep 0.02
    done
    echo $((($(date +%s%N) - start) / 1000000))
}

said() { echo "rc $rc: $(tr '\n' '|' < "$tmp/watch.out") / $(head -c 400 "$tmp/watch.err" | tr '\n' '|')"; }

printf 'connected\nserver: test is now 6\ntest: now 6\nserver: test is now 5\ntest: now 5\nseen 4\n' \
    > "$tmp/expected"

# 1-2. The resident backend: another script's changes, in order, exactly.
for backend in resident inproc; do
    if watch 4 --backend "$backend"; then
        "$runner" run --hosts "$uri" --backend "$backend" "$tmp/change.vbs" > "$tmp/change.out" 2>&1
        watch_end
    else
        rc=-1
    fi
    expect "$backend backend: the watcher prints another script's Pause and Resume ($(said))" \
        '[ "$rc" -eq 0 ] && cmp -s "$tmp/expected" "$tmp/watch.out"'
done

# 3-4. virsh changes it: the event is printed within a second (the output is
# flushed at each Sleep of 100 ms, so this bounds the event's own delay).
for backend in resident inproc; do
    ms=5000
    if watch 4 --backend "$backend"; then
        virsh_rw suspend test
        ms=$(ms_until '^server: test is now 6')
        virsh_rw resume test
        watch_end
    else
        rc=-1
    fi
    expect "$backend backend: virsh suspend seen after $ms ms (at most 1000), then resume ($(said))" \
        '[ "$rc" -eq 0 ] && [ "$ms" -le 1000 ] && cmp -s "$tmp/expected" "$tmp/watch.out"'
done

# 5. The backend killed while the watcher is connected: its event thread
# starts a new one and events come again; the watcher neither hangs nor
# crashes.
if watch 2 --backend resident; then
    old=$(backends 2>/dev/null)
    for pid in $old; do kill -KILL "$pid"; done
    # Changes until one is seen: the new backend connects to the host first.
    for i in $(seq 1 10); do
        sleep 1
        virsh_rw suspend test
        [ "$(ms_until '^test: now 6')" -lt 5000 ] && break
        virsh_rw resume test
    done
    virsh_rw resume test
    watch_end
    new=$(backends 2>/dev/null)
else
    rc=-1 old="" new=""
fi
expect "events come again after the backend was killed (old $old, new $new; $(said))" \
    '[ "$rc" -eq 0 ] && grep -q "^seen 2" "$tmp/watch.out" && [ -n "$new" ] && [ "$new" != "$old" ]'

# 6. libvirtd restarted while the watcher is connected: the backend's host
# monitor reconnects, registers its events again, and they come again.
if watch 2 --backend resident; then
    daemon_stop "$d"
    daemon_start "$d"
    for i in $(seq 1 10); do
        sleep 1
        virsh_rw suspend test
        [ "$(ms_until '^test: now 6')" -lt 5000 ] && break
        virsh_rw resume test
    done
    virsh_rw resume test
    watch_end
else
    rc=-1
fi
expect "events come again after libvirtd was restarted ($(said))" \
    '[ "$rc" -eq 0 ] && grep -q "^seen 2" "$tmp/watch.out"'

# 7. A watcher that quits while events are still on their way ends cleanly.
if watch 1 --backend resident; then
    virsh_rw suspend test
    virsh_rw resume test
    virsh_rw suspend test
    virsh_rw resume test
    watch_end
else
    rc=-1
fi
expect "a script quitting with events in flight exits 0 ($(said))" \
    '[ "$rc" -eq 0 ] && grep -q "^seen 1" "$tmp/watch.out"'

echo "1..$n"
