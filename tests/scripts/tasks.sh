#!/bin/bash
# IVMVirtualServer::Tasks across scripts: the resident backend runs the
# tasks of every script in a prefix, so the published example of Tasks
# (tests/e2e/vs-tasks.vbs), run unchanged while another script's Startup is
# under way, lists that task, and lists none once it completed.  TAP.
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
private_prefix "$tmp/prefix"
unset WINE_VPC_BACKEND
bg=""
cleanup() {
    [ -z "$bg" ] || kill "$bg" 2>/dev/null
    wineserver -k >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$srcdir/tests/lib/tap.sh"

said() { echo "rc $rc: $(head -c 300 "$1" | tr '\n' '|') / $(head -c 300 "$2" | tr '\n' '|')"; }

cp "$srcdir/examples/lab.xml" "$tmp/lab.xml"
hosts="test://$tmp/lab.xml"
example="$srcdir/tests/e2e/vs-tasks.vbs"

cat > "$tmp/start.vbs" <<'VBS'
Set t = CreateObject("VirtualServer.Application").FindVirtualMachine("XP-TEST").Startup()
WScript.Echo "started"
t.WaitForCompletion -1
WScript.Echo "done " & t.Result
VBS

# A backend of its own, started by the first script, holds every task 10 s
# before its libvirt call: the second script comes in the meantime.
wineserver -k >/dev/null 2>&1
WINE_VPC_TEST_ACTION_DELAY=10000 timeout 90 "$runner" run --hosts "$hosts" "$tmp/start.vbs" \
    > "$tmp/start.out" 2> "$tmp/start.err" &
bg=$!
for i in $(seq 1 300); do grep -q '^started' "$tmp/start.out" && break; sleep 0.1; done

timeout 60 "$runner" run --hosts "$hosts" "$example" > "$tmp/out" 2> "$tmp/err"
rc=$?
grep -q '^done' "$tmp/start.out" && late=" (too late: the Startup had completed)" || late=""
expect "the example lists the other script's Startup under way$late ($(said "$tmp/out" "$tmp/err"))" \
    '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && same "$tmp/out" "Name: Microsoft Virtual Server
Current tasks: 
    Task: 1:Startup of the virtual machine \"XP-TEST\""'

wait "$bg"
rc=$?
bg=""
expect "the Startup completed ($(said "$tmp/start.out" "$tmp/start.err"))" \
    '[ $rc -eq 0 ] && grep -qx "done 0" "$tmp/start.out"'

timeout 60 "$runner" run --hosts "$hosts" "$example" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "once it completed, the example lists none ($(said "$tmp/out" "$tmp/err"))" \
    '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && same "$tmp/out" "Name: Microsoft Virtual Server
Current tasks: [none]"'

echo "1..$n"
