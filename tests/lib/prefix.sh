# A Wine prefix of a test's own, with wine-vpc set up: a copy of the
# template tests/run-all made (creating one takes tens of seconds), or a
# new one when run alone.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

# private_prefix DIR: sets WINEPREFIX to DIR, ready to use.
private_prefix() {
    export WINEPREFIX=$1
    if [ -n "${WINE_VPC_PREFIX_TEMPLATE:-}" ] && [ -d "$WINE_VPC_PREFIX_TEMPLATE" ]; then
        cp -a "$WINE_VPC_PREFIX_TEMPLATE" "$WINEPREFIX"
    else
        "$builddir/tools/wine-vpc" setup >/dev/null 2>&1
    fi
}

# keep_wineserver: $WINEPREFIX's wineserver stays until 'wineserver -k'.
# Debian's wineserver wrapper starts it with -p0, so it leaves the moment
# the last process does, and a wine started in that moment fails with
# "wine client error:...: sendmsg" (Wine's race; back-to-back test
# commands hit it under load).  Wine's services are started here, on
# /dev/null: started by a test's command, they would hold its pipes for as
# long as the server lives.
keep_wineserver() {
    wineserver -p </dev/null >/dev/null 2>&1 &&
        "$WINE" cmd /c exit </dev/null >/dev/null 2>&1
}

# prefix_snapshot DIR OUT: what a prefix holds, to compare before and after:
# its files with their checksums, and its registry without the times Wine
# stamps on keys, once its wineserver has written everything out.
prefix_snapshot() {
    local dir=$1 out=$2 f
    WINEPREFIX=$dir wineserver -w
    {
        echo "== files"
        (cd "$dir" && find . -type f ! -name '*.reg' -exec cksum {} + | sort -k3)
        # dosdevices/: links to devices, which cksum would read.
        (cd "$dir" && find . -type l -printf '%p -> %l\n' | sort)
        for f in system.reg user.reg userdef.reg; do
            echo "== $f"
            sed -e 's/^\(\[.*\]\) [0-9]*$/\1/' -e '/^#time=/d' "$dir/$f"
        done
    } > "$out"
}

# wine_vpc_traces SNAPSHOT: its lines that name wine-vpc: a GUID of the
# IDL, a ProgID, a module, the settings key, wine-vpc's state directory.
wine_vpc_traces() {
    {
        sed -n 's/.*uuid(\([^)]*\)).*/\1/p' "$srcdir"/include/*.idl
        printf '%s\n' VirtualPC.Application VirtualServer.Application vpccom vpcsvc \
            'Wine\\\\VirtualPC' .wine-vpc
    } > "$1.patterns"
    grep -iF -f "$1.patterns" "$1"
    set -- "$?" "$1"
    rm -f "$2.patterns"
    return "$1"
}

# backends: the pids of the resident backends (vpcsvc.exe) of $WINEPREFIX.
backends() {
    local pid
    for pid in $(pgrep -f vpcsvc.exe); do
        tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "WINEPREFIX=$WINEPREFIX" &&
            echo "$pid"
    done
}
