#!/bin/bash
# wine-vpc setup, status and remove in a prefix an admin already had: setup
# says what it did and touches nothing else, remove takes out exactly that
# and restores what setup replaced, both run twice change nothing more, and
# afterwards the prefix holds no trace of wine-vpc.  The manifest gets test
# entries of the kinds the script host will add (a file that replaces
# Wine's own in system32, DllOverrides values).  TAP.
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
p=$tmp/prefix
trap 'WINEPREFIX=$p wineserver -k >/dev/null 2>&1; rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"
version=$("$runner" --version | cut -d' ' -f2)

reg_value() {
    WINEPREFIX=$p WINEDEBUG=-all wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' |
        sed -n "s/^    $2    [A-Z_]*    //p"
}

# The admin's prefix: made by Wine alone (no wine-vpc module on its DLL
# path), headless, with a setting of the admin's own that setup replaces.
WINEPREFIX=$p WINEDEBUG=-all env -u WINEDLLPATH wine wineboot -i > "$tmp/wineboot.log" 2>&1
WINEPREFIX=$p WINEDEBUG=-all wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null 2>&1
WINEPREFIX=$p WINEDEBUG=-all wine reg add 'HKCU\Software\Wine\DllOverrides' /v notepad.exe /d builtin /f >/dev/null 2>&1
prefix_snapshot "$p" "$tmp/before"
expect "a fresh prefix has no trace of wine-vpc" '! wine_vpc_traces "$tmp/before" >&2'

# What the script host will add, in the manifest's form: a file over
# Wine's own in system32 (the script host's are cscript.exe and wscript.exe;
# here notepad.exe, as Wine's cscript reads its type library from
# wscript.exe), a DllOverride, a value in a key of its own.
printf 'MZ not Wine'"'"'s notepad\n' > "$tmp/notepad.exe"
{
    printf 'file\ttest\twindows/system32/notepad.exe\t%s\n' "$tmp/notepad.exe"
    printf 'regvalue\ttest\tHKCU\\Software\\Wine\\DllOverrides\tnotepad.exe\tREG_SZ\tnative\n'
    printf 'regvalue\ttest\tHKCU\\Software\\wine-vpc-test\tMarker\tREG_SZ\tx\n'
} > "$tmp/manifest"
export WINE_VPC_TEST_MANIFEST=$tmp/manifest

"$runner" setup --prefix "$p" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "setup succeeds, quietly on stderr (rc $rc)" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] || { cat "$tmp/err" >&2; false; }'
expect "setup says what it did" 'same "$tmp/out" "Set up wine-vpc $version in $p:
  added        C:\\windows\\system32\\vpccom.dll
  added        C:\\windows\\system32\\vpcsvc.exe
  registered   vpccom.dll (VirtualPC.Application, VirtualServer.Application)
  set          HKCU\\Software\\Wine\\WineDbg\\ShowCrashDialog = 0x0
  set          HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug\\Debugger = \"\" (was winedbg --auto %ld %ld)
  replaced     C:\\windows\\system32\\cscript.exe (remove puts the original back)
  set          HKCU\\Software\\Wine\\DllOverrides\\cscript.exe = native
  replaced     C:\\windows\\system32\\wscript.exe (remove puts the original back)
  set          HKCU\\Software\\Wine\\DllOverrides\\wscript.exe = native
  replaced     C:\\windows\\system32\\notepad.exe (remove puts the original back)
  set          HKCU\\Software\\Wine\\DllOverrides\\notepad.exe = native (was builtin)
  set          HKCU\\Software\\wine-vpc-test\\Marker = x"'
expect "the files are in system32" \
    'cmp -s "$builddir/wine/x86_64-windows/vpccom.dll" "$p/drive_c/windows/system32/vpccom.dll" &&
     cmp -s "$tmp/notepad.exe" "$p/drive_c/windows/system32/notepad.exe"'
expect "the admin's other settings are untouched (Graphics=$(reg_value 'HKCU\Software\Wine\Drivers' Graphics))" \
    '[ "$(reg_value "HKCU\\Software\\Wine\\Drivers" Graphics)" = null ]'
expect "no debugger starts on a crash" \
    '[ "$(reg_value "HKCU\\Software\\Wine\\WineDbg" ShowCrashDialog)" = 0x0 ] &&
     [ -z "$(reg_value "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug" Debugger)" ]'

"$runner" setup --prefix "$p" > "$tmp/out" 2>&1
expect "setup again changes nothing" 'same "$tmp/out" "wine-vpc $version is set up in $p already; nothing to do."'

rm "$p/drive_c/windows/system32/vpcsvc.exe"
"$runner" setup --prefix "$p" > "$tmp/out" 2>&1
expect "setup puts back what went missing" 'same "$tmp/out" "Set up wine-vpc $version in $p:
  updated      C:\\windows\\system32\\vpcsvc.exe"'

printf 'Set vpc = CreateObject("VirtualPC.Application")\nWScript.Echo vpc.VirtualMachines.Count\n' > "$tmp/count.vbs"
"$runner" run --prefix "$p" --hosts "$LAB_URI" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
expect "a script runs in it" 'same "$tmp/out" 5 && [ ! -s "$tmp/err" ]'

# Hosts with credentials, which status must not show.
WINEPREFIX=$p WINEDEBUG=-all wine reg add 'HKCU\Software\Wine\VirtualPC' /v Hosts /t REG_MULTI_SZ \
    /d 'node2=qemu+ssh://admin:s3cret@node2.example/system\0test:///default?password=hunter2' /f >/dev/null 2>&1
"$runner" status --prefix "$p" > "$tmp/out" 2>&1
rc=$?
sed -e "s|$builddir|BUILD|g" -e "s|$p|PREFIX|g" -e 's/pid [0-9]*/pid N/' \
    -e 's/[0-9-]* [0-9:]*, modules/DATE, modules/' -e 's/^\(Wine: *\).*/\1WINE/' "$tmp/out" > "$tmp/status"
expect "status says what the prefix has (rc $rc)" '[ $rc -eq 0 ] && same "$tmp/status" "Prefix:        PREFIX
wine-vpc:      $version, modules from BUILD/wine
Wine:          WINE
Set up:        by wine-vpc $version, DATE, modules from BUILD/wine
  added        C:\\windows\\system32\\vpccom.dll
  added        C:\\windows\\system32\\vpcsvc.exe
  set          HKCU\\Software\\Wine\\WineDbg\\ShowCrashDialog
  set          HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug\\Debugger
  replaced     C:\\windows\\system32\\cscript.exe (the original is kept)
  set          HKCU\\Software\\Wine\\DllOverrides\\cscript.exe
  replaced     C:\\windows\\system32\\wscript.exe (the original is kept)
  set          HKCU\\Software\\Wine\\DllOverrides\\wscript.exe
  replaced     C:\\windows\\system32\\notepad.exe (the original is kept)
  set          HKCU\\Software\\Wine\\DllOverrides\\notepad.exe
  set          HKCU\\Software\\wine-vpc-test\\Marker
Registered:    VirtualPC.Application VirtualServer.Application
Backend:       vpcsvc.exe running, pid N
Module:        BUILD/wine/x86_64-unix/vpcsvc.exe.so (wine-vpc $version)
Backend kind:  resident, idle timeout 30 s, host timeout 5000 ms
Hosts:         2, from the Hosts setting
  node2        qemu+ssh://admin:***@node2.example/system
  test:///default?password=***"'
expect "status shows no password" '! grep -qE "s3cret|hunter2" "$tmp/out"'

"$runner" remove --prefix "$p" > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "remove succeeds, quietly on stderr (rc $rc)" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] || { cat "$tmp/err" >&2; false; }'
want=$(cat <<EOF
Removed wine-vpc from $p:
  deleted      HKCU\\Software\\wine-vpc-test\\Marker
  restored     HKCU\\Software\\Wine\\DllOverrides\\notepad.exe = builtin
  restored     C:\\windows\\system32\\notepad.exe
  deleted      HKCU\\Software\\Wine\\DllOverrides\\wscript.exe
  restored     C:\\windows\\system32\\wscript.exe
  deleted      HKCU\\Software\\Wine\\DllOverrides\\cscript.exe
  restored     C:\\windows\\system32\\cscript.exe
  restored     HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug\\Debugger = winedbg --auto %ld %ld
  deleted      HKCU\\Software\\Wine\\WineDbg\\ShowCrashDialog
  stopped      the backend, vpcsvc.exe
  unregistered vpccom.dll
  deleted      C:\\windows\\system32\\vpcsvc.exe
  deleted      C:\\windows\\system32\\vpccom.dll
  deleted      $p/.wine-vpc (what setup did, Wine's messages)
  kept         your settings, HKCU\\Software\\Wine\\VirtualPC; to delete them:
               WINEPREFIX=$p wine reg delete 'HKCU\\Software\\Wine\\VirtualPC' /f
EOF
)
expect "remove says what it did, last first" 'same "$tmp/out" "$want"'
"$runner" remove --prefix "$p" > "$tmp/out" 2>&1
expect "remove again changes nothing" 'same "$tmp/out" "wine-vpc is not set up in $p; nothing to remove."'
"$runner" status --prefix "$p" > "$tmp/out" 2>&1
rc=$?
expect "status then says it is not set up (rc $rc)" \
    '[ $rc -eq 1 ] && grep -qx "Set up:        no (.wine-vpc setup. sets it up)" "$tmp/out" && grep -qx "Registered:    nothing" "$tmp/out"'

# The admin deletes the settings as remove said; then the prefix is as before.
WINEPREFIX=$p WINEDEBUG=-all wine reg delete 'HKCU\Software\Wine\VirtualPC' /f >/dev/null 2>&1
prefix_snapshot "$p" "$tmp/after"
expect "no trace of wine-vpc is left in the registry or the files" '! wine_vpc_traces "$tmp/after" >&2'
expect "the files are exactly as before setup" \
    'diff <(sed -n "/^== files/,/^== system.reg/p" "$tmp/before") <(sed -n "/^== files/,/^== system.reg/p" "$tmp/after") >&2'
expect "the replaced DllOverride is back, the new key gone" \
    '[ "$(reg_value "HKCU\\Software\\Wine\\DllOverrides" notepad.exe)" = builtin ] &&
     ! grep -q "wine-vpc-test" "$tmp/after"'

# A script run in a prefix without wine-vpc sets it up, in one line.
"$runner" run --prefix "$p" --hosts "$LAB_URI" "$tmp/count.vbs" > "$tmp/out" 2> "$tmp/err"
expect "run sets wine-vpc up in a prefix without it, saying so in one line" \
    'same "$tmp/out" 5 && same "$tmp/err" "wine-vpc: setting wine-vpc up in $p, once ('"'"'wine-vpc remove'"'"' takes it out)"'

# Wine failing to start a process at all ("failed to map the shared user
# data", now and then on a loaded machine) costs setup a second start, not
# the prefix: a Wine that fails so once, at regsvr32.
cat > "$tmp/flaky-wine" <<'EOF'
#!/bin/bash
if [ "$1" = regsvr32 ] && [ ! -e "$FLAKY_WINE_MARK" ]; then
    touch "$FLAKY_WINE_MARK"
    echo "err:virtual:virtual_alloc_first_teb wine: failed to map the shared user data: c0000018" >&2
    exit 1
fi
exec wine "$@"
EOF
chmod +x "$tmp/flaky-wine"
WINEPREFIX=$tmp/flaky FLAKY_WINE_MARK=$tmp/flaky-mark WINE=$tmp/flaky-wine "$runner" setup \
    > "$tmp/flaky.out" 2>&1
flaky_rc=$?
expect "setup starts a process again that Wine could not start (status $flaky_rc)" \
    '[ $flaky_rc -eq 0 ] && [ -e "$tmp/flaky-mark" ] &&
     grep -q "^## Wine did not start regsvr32 (try 1): starting it again" "$tmp/flaky/.wine-vpc/wine.log"'
WINEPREFIX=$tmp/flaky wineserver -k >/dev/null 2>&1

echo "1..$n"
