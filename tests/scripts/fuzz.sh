#!/bin/bash
# The fuzzer (dlls/vpccom/tests/fuzz.c) over both object models, in process
# and through the resident backend, against a private copy of the bundled
# lab: every member of every object a script reaches, every VARIANT type,
# argument counts from none to too many.  Each run must end (bounded), with
# no crash and no problem found.  TAP.
#
# At CI size by default; the README's longer run:
#   WINE_VPC_FUZZ_ITERATIONS=200000 WINE_VPC_FUZZ_SEED=$RANDOM \
#       WINE_VPC_TEST_ONLY='fuzz*' tests/run-all scripts
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"
fuzzer="$builddir/dlls/vpccom/tests/vpccom_fuzz.exe.so"
iterations=${WINE_VPC_FUZZ_ITERATIONS:-4000}
seed=${WINE_VPC_FUZZ_SEED:-1}
limit=$(( 120 + iterations / 50 ))

cp "$srcdir/examples/lab.xml" "$tmp/lab.xml"

# The Wine processes of this prefix whose command line matches $1.
prefix_processes() {
    local pid
    for pid in $(pgrep -f "$1"); do
        tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF "WINEPREFIX=$WINEPREFIX" && echo "$pid"
    done
}

for backend in inproc resident; do
    start=$(date +%s)
    WINE_VPC_BACKEND=$backend WINE_VPC_HOSTS="test://$tmp/lab.xml" WINEDEBUG=-all \
        timeout "$limit" "$WINE" "$fuzzer" both "$iterations" "$seed" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    took=$(( $(date +%s) - start ))
    tr -d '\r' < "$tmp/out" > "$tmp/out.lf"
    sed 's/^/# /' "$tmp/out.lf"
    expect "$backend: the fuzzer ends ($iterations iterations, seed $seed, $took s, rc $rc)" \
        '[ $rc -ne 124 ] && [ $rc -ne 137 ]'
    expect "$backend: no crash" '! grep -q "Unhandled" "$tmp/err" || { grep "Unhandled" "$tmp/err" | sed "s/^/# /" >&2; false; }'
    for model in vpc vs; do
        expect "$backend: $model: every call answered, no problem" \
            'grep -Eq "^fuzz: $model: [0-9]+ calls .*, 0 problem\(s\)$" "$tmp/out.lf"'
    done
    expect "$backend: exit code 0" '[ $rc -eq 0 ]'
done
expect "the resident backend lives on" '[ -n "$(prefix_processes vpcsvc.exe)" ]'

echo "1..$n"
