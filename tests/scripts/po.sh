#!/bin/bash
# Translations: po/wine-vpc.pot matches the string table of vpccom.rc, and
# every language has every message translated, inserts intact.  TAP.
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
n=0

make -s -C "$builddir" po-template POT="$tmp/current.pot" >/dev/null 2>&1
n=$((n + 1))
if diff <(grep '^msgid' "$tmp/current.pot") <(grep '^msgid' "$srcdir/po/wine-vpc.pot") > "$tmp/diff"; then
    echo "ok $n - po/wine-vpc.pot is up to date with vpccom.rc"
else
    echo "not ok $n - po/wine-vpc.pot is out of date (make update-po)"
    sed 's/^/# /' "$tmp/diff"
fi

for po in "$srcdir"/po/*.po; do
    lang=$(basename "$po" .po)
    n=$((n + 1))
    stats=$(msgfmt -c --statistics -o /dev/null "$po" 2>&1)
    if echo "$stats" | grep -Eq '^[0-9]+ translated messages\.$' &&
       [ "$(grep -c '^msgid' "$po")" -eq "$(grep -c '^msgid' "$srcdir/po/wine-vpc.pot")" ]; then
        echo "ok $n - $lang: $stats"
    else
        echo "not ok $n - $lang: $stats"
    fi
    n=$((n + 1))
    bad=$(msgattrib --no-wrap --translated "$po" | awk '
        /^msgid "/ { id = $0; sub(/^msgid /, "", id) }
        /^msgstr "/ { str = $0; sub(/^msgstr /, "", str)
            if (id != "\"\"") {
                for (i = 1; i <= 9; i++) {
                    k = "%" i
                    if ((index(id, k) > 0) != (index(str, k) > 0)) { print id; break }
                }
            }
        }')
    if [ -z "$bad" ]; then echo "ok $n - $lang: every insert kept"; else echo "not ok $n - $lang: inserts differ in $bad"; fi
done

echo "1..$n"
