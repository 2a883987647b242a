#!/bin/bash
# One script file run by several hosts at once (issue: Wine 8's cscript
# sometimes could not read a script another cscript was reading, printed
# nothing and exited 0).  wine-vpc's host opens scripts for shared reading,
# and a script it cannot read is an error, never a silent success.  TAP.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
tmp=$(mktemp -d)
p=$tmp/prefix
trap 'WINEPREFIX=$p wineserver -k >/dev/null 2>&1; rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"

cp -a "$WINE_VPC_PREFIX_TEMPLATE" "$p"
export WINEPREFIX=$p WINEDEBUG=-all
winpath() { echo "Z:${1//\//\\}"; }

# A script that keeps its file in use a while: each host reads it while
# the others hold it.
printf 't0 = Timer\nDo While Timer - t0 < 1 : Loop\nWScript.Echo "read " & WScript.Arguments(0)\n' \
    > "$tmp/shared.vbs"
wineserver -p 30 >/dev/null 2>&1
for i in 1 2 3 4 5 6; do
    wine cscript //nologo "$(winpath "$tmp/shared.vbs")" "$i" > "$tmp/out.$i" 2> "$tmp/err.$i" &
    pids[$i]=$!
done
read_by=0
for i in 1 2 3 4 5 6; do
    wait "${pids[$i]}"
    rc=$?
    tr -d '\r' < "$tmp/out.$i" | grep -qx "read $i" && [ $rc -eq 0 ] && read_by=$((read_by + 1))
done
expect "six hosts at once all read and ran the same script ($read_by of 6)" '[ $read_by -eq 6 ]'

# A script that cannot be read is an error with a message, not exit 0.
: > "$tmp/locked.vbs"
chmod 000 "$tmp/locked.vbs"
if [ "$(id -u)" = 0 ]; then
    # root reads anything: a directory in the script's place cannot be read.
    rm -f "$tmp/locked.vbs"
    mkdir "$tmp/locked.vbs"
fi
wine cscript //nologo "$(winpath "$tmp/locked.vbs")" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "a script that cannot be read: non-zero exit and a message (rc $rc: $(tr -d '\r' < "$tmp/err" | head -c 200))" \
    '[ $rc -ne 0 ] && [ -s "$tmp/err" ]'

echo "1..$n"
