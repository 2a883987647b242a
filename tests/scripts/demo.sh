#!/bin/bash
# The demo (wine-vpc demo, examples/demo.vbs against the bundled lab):
# its full output, and that its numbers are what a reader can check: the
# counters grow from 0 at the test driver's documented rates, the growth is
# the difference of the readings, each reading's received bytes are twice
# its sent bytes and its read bytes twice its written ones (one libvirt
# call each, at one instant), and a paused VM's up time stands still.  TAP.
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
trap 'wineserver -k >/dev/null 2>&1; rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"

LC_ALL=C.UTF-8 "$runner" demo > "$tmp/out" 2> "$tmp/err"
rc=$?
expect "wine-vpc demo runs, nothing on stderr (rc $rc)" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] || { cat "$tmp/err" >&2; false; }'

# Column widths depend on the numbers: compare with runs of blanks as one.
sed "s|@LAB_URI@|test://$srcdir/examples/lab.xml|" "$srcdir/tests/scripts/demo.expected" | tr -s ' ' > "$tmp/expected"
tr -s ' ' < "$tmp/out" > "$tmp/squeezed"
expect "the demo's output" 'perl "$srcdir/tests/check-output" "$tmp/expected" "$tmp/squeezed" 0 0'
expect "the table's columns line up" \
    '[ "$(grep -E "^  (Network|Disk) bytes" "$tmp/out" | awk "{ print length }" | sort -u)" = 66 ]'

# A fresh read gets a sample at most 0.5 s old (README, "Freshness"), so
# the 3 s between the readings differ from the samples' by at most that at
# either end, plus the time a read takes (allowed 0.5 s): per second is
# within (3 - 1) / 3 and (3 + 1) / 3 of the rate.  Up time counts from the
# power-up, the counters from the first sample after it: a reading is at
# most the rate times (up time + 1).
perl -e '
    my (%row, @paused, $fails);
    sub fail { print STDERR "# $_[0]\n"; $fails++ }
    while (<STDIN>) {
        $row{$1} = [$2, $3, $4, $5] if /^  (\S.*?\S)\s+(\d+)\s+(\d+)\s+(-?\d+)(?:\s+(\d+))?$/;
        @paused = ($1, $2) if /up time (\d+) s, and \d+ seconds later (\d+) s/;
    }
    my %rate = ("Network bytes received" => 100000, "Network bytes sent" => 50000,
                "Disk bytes read" => 50000, "Disk bytes written" => 25000);
    my $up = $row{"Up time (s)"} or fail("no up time row");
    for my $name (sort keys %rate) {
        my $r = $row{$name} or do { fail("no row $name"); next };
        my ($first, $second, $growth, $per_second) = @$r;
        fail("$name: growth $growth is not $second - $first") if $growth != $second - $first;
        fail("$name: $first, $second do not grow") if $second <= $first;
        fail("$name: first reading $first above $rate{$name} x ($up->[0] + 1)") if $first > $rate{$name} * ($up->[0] + 1);
        fail("$name: second reading $second above $rate{$name} x ($up->[1] + 1)") if $second > $rate{$name} * ($up->[1] + 1);
        fail("$name: $per_second per second, not within [2/3, 4/3] of $rate{$name}")
            if $per_second < $rate{$name} * 2 / 3 || $per_second > $rate{$name} * 4 / 3;
    }
    for my $i (0, 1) {
        my ($rx, $tx) = ($row{"Network bytes received"}[$i], $row{"Network bytes sent"}[$i]);
        my ($rd, $wr) = ($row{"Disk bytes read"}[$i], $row{"Disk bytes written"}[$i]);
        fail("reading $i: received $rx is not twice sent $tx") if abs($rx - 2 * $tx) > 2;
        fail("reading $i: read $rd is not twice written $wr") if abs($rd - 2 * $wr) > 2;
    }
    fail("up time growth $up->[2] is not $up->[1] - $up->[0], or below 2") if $up->[2] != $up->[1] - $up->[0] || $up->[2] < 2;
    fail("paused up time moved: @paused") if !@paused || $paused[0] != $paused[1];
    fail("paused up time $paused[0] below the last running reading $up->[1]") if @paused && $paused[0] < $up->[1];
    exit($fails ? 1 : 0);
' < "$tmp/out" 2> "$tmp/checks"
rc=$?
expect "the numbers are the test driver's, growing from 0 at its rates; paused time does not count" \
    '[ $rc -eq 0 ] || { cat "$tmp/checks" >&2; false; }'

# The demo leaves the lab as it found it: a second run shows the same.
LC_ALL=C.UTF-8 "$runner" demo > "$tmp/out2" 2> "$tmp/err"
tr -s ' ' < "$tmp/out2" > "$tmp/squeezed"
expect "a second run starts from a turned-off VM again" \
    'perl "$srcdir/tests/check-output" "$tmp/expected" "$tmp/squeezed" 0 0 && [ ! -s "$tmp/err" ]'

# ./tools/run-demo, as a new user runs it: the build's output goes to a log,
# the prefix is created with one line, then the demo.
env -u WINEPREFIX XDG_DATA_HOME=$tmp/data BUILD_DIR=$builddir LC_ALL=C.UTF-8 "$srcdir/tools/run-demo" \
    > "$tmp/out3" 2> "$tmp/err"
rc=$?
tr -s ' ' < "$tmp/out3" > "$tmp/squeezed"
own=$tmp/data/wine-vpc/prefix
expect "tools/run-demo: two lines on stderr, then the demo (rc $rc)" \
    '[ $rc -eq 0 ] && perl "$srcdir/tests/check-output" "$tmp/expected" "$tmp/squeezed" 0 0 &&
     [ "$(cat "$tmp/err")" = "run-demo: setting up and building wine-vpc in $builddir (log: $builddir/setup.log)
wine-vpc: creating a Wine prefix in $own, once (Wine'"'"'s messages go to $own/.wine-vpc/wine.log)" ] ||
     { cat "$tmp/err" >&2; false; }'
WINEPREFIX=$own wineserver -k >/dev/null 2>&1

echo "1..$n"
