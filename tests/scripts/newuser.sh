#!/bin/bash
# A new user's first minutes: --help ends with three examples; the first
# run in a new prefix says what it does in one line, and what Wine printed
# meanwhile is in the log that line names; the next run is quiet; when no
# host is configured and libvirt's default does not answer, the warning
# says how to configure a host and how to check it.  Full expected output.
# TAP.
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
p=$tmp/prefix
trap 'WINEPREFIX=$p wineserver -k >/dev/null 2>&1; rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"
export LC_ALL=C.UTF-8
unset WINE_VPC_HOSTS

"$runner" --help > "$tmp/out" 2>&1
rc=$?
expect "--help, ending with three examples (rc $rc)" \
    '[ $rc -eq 0 ] && same "$tmp/out" "$(sed "s|@DATADIR@|$srcdir/examples|g" "$srcdir/tests/scripts/newuser-help.expected")"'

# The first run.  Many users set WINEDEBUG=fixme-all; Debian's wine then
# tells on every start that wine32 is missing, which a 64-bit prefix does
# not need.
cat > "$tmp/count.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
WScript.Echo vpc.VirtualMachines.Count & " virtual machines"
VBS
WINEDEBUG=fixme-all "$runner" run --prefix "$p" --hosts "$LAB_URI" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
log=$p/.wine-vpc/wine.log
expect "the first run works (rc $rc)" '[ $rc -eq 0 ] && same "$tmp/out" "5 virtual machines"'
expect "the first run says in one line that it creates the prefix, and where Wine's messages go" \
    'same "$tmp/err" "wine-vpc: creating a Wine prefix in $p, once (Wine'"'"'s messages go to $log)"'
expect "the log holds what Wine printed" 'grep -q "^## .* wineboot -i" "$log" && grep -q ":err:" "$log"'
if [ -x /usr/lib/wine/wine ]; then
    expect "Debian's wine32 hint went to the log # SKIP wine32 is installed here" true
else
    expect "Debian's wine32 hint went to the log, not to the user" 'grep -q "it looks like wine32 is missing" "$log"'
fi

WINEDEBUG=fixme-all "$runner" run --prefix "$p" --hosts "$LAB_URI" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "the next run prints nothing but the script's output (rc $rc)" \
    '[ $rc -eq 0 ] && same "$tmp/out" "5 virtual machines" && same "$tmp/err" ""'
expect "... and the wine32 hint of that run went to the log too" \
    '[ -x /usr/lib/wine/wine ] || [ "$(grep -c "it looks like wine32 is missing" "$log")" -ge 2 ]'

# No host configured; libvirt's default does not answer.
nowhere="test+unix:///default?socket=$tmp/no-daemon"
unreachable="Failed to connect socket to '$tmp/no-daemon': No such file or directory"
WINEPREFIX=$p wineserver -k
LIBVIRT_DEFAULT_URI=$nowhere "$runner" run --prefix "$p" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
want=$(cat <<EOF
count.vbs: warning: Host (libvirt default) is not available: $unreachable. Its virtual machines are missing from VirtualMachines.
count.vbs: hint: no host is configured, so libvirt's default was tried (LIBVIRT_DEFAULT_URI=$nowhere).
  Name the hosts (qemu:///system, qemu+ssh://user@host/system, ...) for one run, for this
  shell, for the prefix, or for libvirt itself:
    wine-vpc run --hosts URI[,URI...] count.vbs
    export WINE_VPC_HOSTS=URI[,URI...]
    WINEPREFIX=$p wine reg add 'HKCU\\Software\\Wine\\VirtualPC' /v Hosts /t REG_MULTI_SZ /d 'URI\\0URI' /f
    export LIBVIRT_DEFAULT_URI=URI
  Check that a host answers with: virsh -c '$nowhere' list --all
EOF
)
expect "with no host configured, the warning says how to configure one and check it (rc $rc)" \
    '[ $rc -eq 0 ] && same "$tmp/out" "0 virtual machines" && same "$tmp/err" "$want"'

# A host configured in the prefix that does not answer: named, no hint.
WINEPREFIX=$p wineserver -k
WINEPREFIX=$p WINEDEBUG=-all wine reg add 'HKCU\Software\Wine\VirtualPC' /v Hosts /t REG_MULTI_SZ \
    /d "lab2=$nowhere" /f >/dev/null 2>&1
"$runner" run --prefix "$p" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "a host configured in the registry that does not answer is named, without the hint (rc $rc)" \
    '[ $rc -eq 0 ] && same "$tmp/out" "0 virtual machines" &&
     same "$tmp/err" "count.vbs: warning: Host $nowhere is not available: $unreachable. Its virtual machines are missing from VirtualMachines."'
WINEPREFIX=$p WINEDEBUG=-all wine reg delete 'HKCU\Software\Wine\VirtualPC' /f >/dev/null 2>&1

# libvirt's own default, as a new user has it: the hint then names no URI.
WINEPREFIX=$p wineserver -k
env -u LIBVIRT_DEFAULT_URI "$runner" run --prefix "$p" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
if grep -q '^count.vbs: warning: Host (libvirt default) is not available' "$tmp/err"; then
    expect "without LIBVIRT_DEFAULT_URI, the hint says so and how to check a host" \
        'grep -qx "count.vbs: hint: no host is configured, so libvirt'"'"'s default was tried." "$tmp/err" &&
         grep -qx "  Check that a host answers with: virsh -c URI list --all" "$tmp/err"'
else
    expect "the hint without LIBVIRT_DEFAULT_URI # SKIP libvirt's default answers on this machine" true
fi

echo "1..$n"
