#!/bin/bash
# The runner: failing scripts are reported and exit non-zero, exit codes pass
# through, libvirt never prints on stderr.  Prints TAP.
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
trap 'rm -rf "$tmp"' EXIT
n=0

check() {
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

# A runtime error raised by wine-vpc: named, non-zero exit.
cat > "$tmp/badindex.vbs" <<'VBS'
Set vs = CreateObject("VirtualServer.Application")
WScript.Echo "before"
WScript.Echo vs.VirtualMachines.Item(42).Name
WScript.Echo "after"
VBS
"$runner" run --hosts "$LAB_URI" "$tmp/badindex.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 1 ] && echo 0 || echo 1) "a failing script exits with 1 (got $rc)"
check $([ "$(cat "$tmp/out")" = "before" ] && echo 0 || echo 1) "output up to the error passes through"
check $(grep -Eqx '.*\\badindex\.vbs\(3, 1\) VirtualServer\.Application: Index 42 is out of range: the collection holds 5 item\(s\), numbered from 1\.' "$tmp/err" && echo 0 || echo 1) \
    "the error names the script, line and column, and says why ($(head -c 300 "$tmp/err"))"

# A VBScript error of its own (no wine-vpc message to show).
printf 'WScript.Echo "x"\nx = 1 / 0\n' > "$tmp/divide.vbs"
"$runner" run --hosts "$LAB_URI" "$tmp/divide.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 1 ] && grep -Eqx '.*\\divide\.vbs\(2, 1\) Microsoft VBScript runtime error: Division by zero' "$tmp/err" && echo 0 || echo 1) \
    "a plain VBScript runtime error is reported (rc $rc)"

# A syntax error.
printf 'If x Then\n' > "$tmp/syntax.vbs"
"$runner" run --hosts "$LAB_URI" "$tmp/syntax.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 1 ] && grep -Eqx '.*\\syntax\.vbs\([0-9]+, [0-9]+\) Microsoft VBScript compilation error: Syntax error' "$tmp/err" && echo 0 || echo 1) \
    "a syntax error is reported (rc $rc)"

# The host failing by itself (here: no engine for the extension) says why,
# as Windows' cscript does.
printf 'WScript.Echo "x"\n' > "$tmp/engine.xyz"
"$runner" run --hosts "$LAB_URI" "$tmp/engine.xyz" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 1 ] && grep -qx 'Input Error: There is no script engine for file extension ".xyz".' "$tmp/err" && echo 0 || echo 1) \
    "the host's own failure is reported (rc $rc)"

# Wine ending cscript with a non-zero status and no word from cscript (a
# failure seen under heavy load, which nothing triggers on demand): the
# real cscript runs, then this wrapper logs an error as Wine would and
# exits 1.  The runner must say so, and show Wine's error.
cat > "$tmp/wine-that-fails" <<EOF
#!/bin/bash
"$WINE" "\$@"
case " \$* " in
    *cscript.exe*) echo "0123:err:module:example_failure something went wrong" >&2; exit 1 ;;
esac
EOF
chmod +x "$tmp/wine-that-fails"
printf 'WScript.Echo "x"\n' > "$tmp/silent.vbs"
WINE="$tmp/wine-that-fails" "$runner" run --hosts "$LAB_URI" "$tmp/silent.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 1 ] && [ "$(cat "$tmp/out")" = x ] &&
        grep -q '^silent.vbs: error: the script host exited with status 1 without a message; the last errors Wine logged:' "$tmp/err" &&
        grep -qx '  0123:err:module:example_failure something went wrong' "$tmp/err" && echo 0 || echo 1) \
    "a silent non-zero exit is reported with Wine's errors (rc $rc: $(head -c 300 "$tmp/err" | tr '\n' '|'))"

# Wine failing to start cscript at all (here: its path names no file): the
# runner passes Wine's message on and says the script did not run.
cat > "$tmp/wine-without-cscript" <<EOF
#!/bin/bash
exec "$WINE" "\${@/cscript.exe/no-such-cscript.exe}"
EOF
chmod +x "$tmp/wine-without-cscript"
WINE="$tmp/wine-without-cscript" "$runner" run --hosts "$LAB_URI" "$tmp/silent.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -ne 0 ] && grep -q "^silent.vbs: error: Wine did not start the script host (exit status $rc), the script did not run" "$tmp/err" &&
        grep -q 'no-such-cscript.exe' "$tmp/err" && ! grep -qx x "$tmp/out" && echo 0 || echo 1) \
    "cscript that Wine cannot start is reported (rc $rc: $(head -c 300 "$tmp/err" | tr '\n' '|'))"

# Lines reach the terminal as the script writes them, also when the OEM
# code page is converted (en_US: 437): a monitoring script is not held back.
printf 'WScript.Echo "first"\nt0 = Timer\nDo While Timer - t0 < 3 And Timer >= t0\nLoop\nWScript.Echo "second"\n' > "$tmp/stream.vbs"
LC_ALL=en_US.UTF-8 "$runner" run --hosts "$LAB_URI" "$tmp/stream.vbs" 2> "$tmp/err" |
    while IFS= read -r line; do echo "$(date +%s%N) $line"; done > "$tmp/out"
first=$(awk '$2 == "first" { print $1 }' "$tmp/out")
second=$(awk '$2 == "second" { print $1 }' "$tmp/out")
check $([ -n "$first" ] && [ -n "$second" ] && [ $(( (second - first) / 1000000 )) -ge 2000 ] && echo 0 || echo 1) \
    "output is passed on line by line ($(( (${second:-0} - ${first:-0}) / 1000000 )) ms between two lines written 3 s apart)"

# Output and the error line, sent to one place, keep the script's order,
# also through a slow reader: the error comes after the end of a long line
# written before it, neither inside it nor before it.
printf 'WScript.Echo String(300000, "x")\nWScript.Echo "last"\nErr.Raise 5\n' > "$tmp/order.vbs"
"$runner" run --hosts "$LAB_URI" "$tmp/order.vbs" 2>&1 |
    perl -e 'while (sysread(STDIN, $b, 4096)) { select(undef, undef, undef, 0.002); print $b }' |
    perl -ne 'chomp; print length($_) > 1000 ? "x" . length($_) : $_, "\n"' > "$tmp/out"
check $([ "$(wc -l < "$tmp/out")" -eq 3 ] && [ "$(sed -n 1p "$tmp/out")" = x300000 ] &&
        [ "$(sed -n 2p "$tmp/out")" = last ] &&
        sed -n 3p "$tmp/out" | grep -Eqx '.*\\order\.vbs\(3, 1\) Microsoft VBScript runtime error: .*' &&
        echo 0 || echo 1) \
    "output and the error line keep the script's order in one stream ($(head -c 300 "$tmp/out" | tr '\n' '|'))"

# WScript.Quit passes its code through; a clean script has a clean stderr.
printf 'WScript.Echo "bye"\nWScript.Quit 7\n' > "$tmp/quit.vbs"
"$runner" run --hosts "$LAB_URI" "$tmp/quit.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 7 ] && [ "$(cat "$tmp/out")" = "bye" ] && echo 0 || echo 1) "exit codes pass through (got $rc)"
check $([ ! -s "$tmp/err" ] && echo 0 || echo 1) "nothing on stderr for a clean run"

# An unreachable host: the error names it, and libvirt prints nothing itself.
cat > "$tmp/down.vbs" <<'VBS'
Set vs = CreateObject("VirtualServer.Application")
WScript.Echo vs.VirtualMachines.Count
Set vm = vs.FindVirtualMachine("WEB01")
VBS
"$runner" run --hosts "test+unix:///default?socket=$tmp/nothing" "$tmp/down.vbs" > "$tmp/out" 2> "$tmp/err"
rc=$?
check $([ $rc -eq 1 ] && [ "$(cat "$tmp/out")" = "0" ] && echo 0 || echo 1) "an unreachable host leaves an empty collection (rc $rc)"
check $(grep -q "\\\\down.vbs(3, 1) .*test+unix:///default?socket=$tmp/nothing" "$tmp/err" && echo 0 || echo 1) \
    "FindVirtualMachine's error names the unreachable host"
check $(! grep -qi 'libvirt:' "$tmp/err" && echo 0 || echo 1) "no libvirt message leaks to stderr"

echo "1..$n"
