#!/bin/bash
# wine-vpc's script host in a prefix that wine-vpc setup prepared: plain
# 'wine cscript', 'wine wscript', 'wine x.vbs', 'cmd /c cscript' and a
# script that starts a script all run it; its command line as Windows'
# cscript; Microsoft's examples with their bare WScript.Echo, in full;
# setup --wine-host gives the prefix Wine's host back, and wine-vpc run
# still uses wine-vpc's.  TAP.
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

cp -a "$WINE_VPC_PREFIX_TEMPLATE" "$p"
export WINEPREFIX=$p WINEDEBUG=-all LC_ALL=C.UTF-8
export WINE_VPC_HOSTS=$LAB_URI WINE_VPC_BACKEND=inproc

winpath() {
    echo "Z:${1//\//\\}"
}

# What runs: the build number tells wine-vpc's host (18362) from Wine's.
printf 'WScript.Echo WScript.BuildVersion, LCase(Mid(WScript.FullName, InStrRev(WScript.FullName, "\\") + 1))\n' \
    > "$tmp/which.vbs"
cp "$tmp/which.vbs" "$p/drive_c/which.vbs"

wine cscript //nologo "$(winpath "$tmp/which.vbs")" > "$tmp/out" 2> "$tmp/err"
expect "wine cscript runs wine-vpc's host" 'same "$tmp/out" "18362 cscript.exe"$'"'\\r'"' && [ ! -s "$tmp/err" ]'
wine wscript //nologo "$(winpath "$tmp/which.vbs")" > "$tmp/out" 2> "$tmp/err"
expect "wine wscript runs it, headless on stdout" 'same "$tmp/out" "18362 wscript.exe"$'"'\\r'"''
timeout 60 wine 'C:\which.vbs' > "$tmp/out" 2> "$tmp/err"
expect "wine x.vbs runs it" 'grep -q "^18362 wscript.exe" "$tmp/out"'
wine cmd /c cscript //nologo 'C:\which.vbs' > "$tmp/out" 2> "$tmp/err"
expect "cmd /c cscript runs it" 'grep -q "^18362 cscript.exe" "$tmp/out"'
cat > "$p/drive_c/starter.vbs" <<'VBS'
Set sh = CreateObject("WScript.Shell")
rc = sh.Run("cmd /c cscript //nologo C:\which.vbs > C:\started.txt", 0, True)
Set fso = CreateObject("Scripting.FileSystemObject")
WScript.Echo "started:", rc, fso.OpenTextFile("C:\started.txt").ReadLine
VBS
wine cscript //nologo 'C:\starter.vbs' > "$tmp/out" 2> "$tmp/err"
expect "a script that starts a script starts wine-vpc's host" 'grep -q "^started: 0 18362 cscript.exe" "$tmp/out"'
wine cscript //nologo "$tmp/which.vbs" > "$tmp/out" 2> "$tmp/err"
expect "a Unix path names the script" 'grep -q "^18362 cscript.exe" "$tmp/out"'

# The command line, as Windows' cscript.
wine cscript "$(winpath "$tmp/which.vbs")" > "$tmp/out" 2> "$tmp/err"
expect "the banner comes first without //nologo" \
    '[ "$(tr -d "\r" < "$tmp/out")" = "Windows Script Host Version 5.8 (wine-vpc)
Copyright (C) the wine-vpc authors.

18362 cscript.exe" ]'
wine cscript //nologo 'C:\no\such.vbs' > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "a missing script: Windows' message, exit 1 (rc $rc)" \
    '[ $rc -eq 1 ] && same "$tmp/err" "Input Error: Can not find script file \"C:\\no\\such.vbs\"."$'"'\\r'"''
wine cscript //nologo //Bogus 'C:\which.vbs' > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "an unknown option: Windows' message, exit 1 (rc $rc)" \
    '[ $rc -eq 1 ] && same "$tmp/err" "Input Error: Unknown option \"//Bogus\" specified."$'"'\\r'"' && [ ! -s "$tmp/out" ]'
printf 'WScript.Echo "x"\n' > "$p/drive_c/script.txt"
wine cscript //nologo 'C:\script.txt' > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "an extension without an engine: Windows' message, exit 1 (rc $rc)" \
    '[ $rc -eq 1 ] && same "$tmp/err" "Input Error: There is no script engine for file extension \".txt\"."$'"'\\r'"''
printf 'WScript.Echo("from " + "JScript");\n' > "$p/drive_c/script.txt"
wine cscript //nologo //E:JScript 'C:\script.txt' > "$tmp/out" 2> "$tmp/err"
expect "//E: names the engine" 'same "$tmp/out" "from JScript"$'"'\\r'"''
wine cscript //? > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "//? shows the options, exit 0 (rc $rc)" \
    '[ $rc -eq 0 ] && grep -q "^Usage: CScript scriptname.extension \[option...\] \[arguments...\]" "$tmp/out" &&
     grep -q "^ //T:nn " "$tmp/out"'
printf 'WScript.Echo "h" & Chr(233)\n' > "$p/drive_c/u.vbs"
wine cscript //nologo //U 'C:\u.vbs' > "$tmp/out" 2> "$tmp/err"
expect "//U writes UTF-16" '[ "$(od -An -tx1 "$tmp/out" | tr -d " \n")" = "6800e9000d000a00" ]'
printf 'WScript.Echo "caf" & Chr(233)\nWScript.Echo "x"\n' > "$p/drive_c/oem.vbs"
wine cscript //nologo 'C:\oem.vbs' > "$tmp/out" 2> "$tmp/err"
expect "files and pipes get the OEM code page (437) and CRLF" \
    '[ "$(od -An -tx1 "$tmp/out" | tr -d " \n")" = "636166820d0a780d0a" ]'
"$runner" run "$p/drive_c/oem.vbs" > "$tmp/out" 2> "$tmp/err"
expect "wine-vpc run gets UTF-8 and LF" '[ "$(od -An -tx1 "$tmp/out" | tr -d " \n")" = "636166c3a90a780a" ]'

# Microsoft's examples, unchanged (a bare WScript.Echo for the blank line
# after each VM), through plain 'wine cscript', in full.
for example in networkbytessent-vs accountant-dump; do
    t0=$(date +%s%6N)
    wine cscript //nologo "$(winpath "$srcdir/examples/$example.vbs")" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    t1=$(date +%s%6N)
    tr -d '\r' < "$tmp/out" > "$tmp/out.lf"
    expect "Microsoft's $example example through wine cscript, blank lines included (rc $rc)" \
        '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] &&
         perl "$srcdir/tests/check-output" "$srcdir/tests/e2e/example-$example.expected" "$tmp/out.lf" "$t0" "$t1"'
done

# Wine's own host back, and again wine-vpc's.
original=$WINE_VPC_PREFIX_TEMPLATE/.wine-vpc/saved/windows/system32/cscript.exe
"$runner" setup --prefix "$p" --wine-host > "$tmp/out" 2> "$tmp/err"
expect "setup --wine-host says what it did" 'same "$tmp/out" "Set up wine-vpc $("$runner" --version | cut -d" " -f2) in $p:
  host         Wine'"'"'s own cscript.exe and wscript.exe ('"'"'wine-vpc run'"'"' still uses wine-vpc'"'"'s)
  deleted      HKCU\\Software\\Wine\\DllOverrides\\wscript.exe
  restored     C:\\windows\\system32\\wscript.exe
  deleted      HKCU\\Software\\Wine\\DllOverrides\\cscript.exe
  restored     C:\\windows\\system32\\cscript.exe
  registered   vpccom.dll again"'
expect "Wine's cscript.exe is back in system32" 'cmp -s "$original" "$p/drive_c/windows/system32/cscript.exe"'
wine cscript //nologo 'C:\which.vbs' > "$tmp/out" 2> "$tmp/err"
expect "wine cscript then runs Wine's host ($(head -c 40 "$tmp/out"))" '! grep -q "^18362" "$tmp/out" && grep -q "^[0-9]" "$tmp/out"'
"$runner" run "$tmp/which.vbs" > "$tmp/out" 2> "$tmp/err"
expect "wine-vpc run still runs wine-vpc's" 'same "$tmp/out" "18362 cscript.exe"'
"$runner" setup --prefix "$p" > "$tmp/out" 2> "$tmp/err"
expect "setup remembers the choice" 'grep -q "nothing to do" "$tmp/out"'
"$runner" setup --prefix "$p" --wine-vpc-host > "$tmp/out" 2> "$tmp/err"
wine cscript //nologo 'C:\which.vbs' > "$tmp/out" 2> "$tmp/err"
expect "setup --wine-vpc-host puts wine-vpc's host back" 'same "$tmp/out" "18362 cscript.exe"$'"'\\r'"''

echo "1..$n"
