#!/bin/bash
# A lab of hostile VM names and notes reaches a script and comes back out of
# wine-vpc run byte for byte: quotes, XML's <>&, TAB, a lone CR, LF, a
# combining accent, NBSP, ZWJ and a BOM in the middle, CJK, right-to-left
# text, emoji with a skin-tone modifier, and a 600-character name.  Both
# models, VBScript and JScript, in process and through the resident backend.
# Each name is also found again by FindVirtualMachine, and an error names
# the VM whole.  The one rewriting on the way out is documented: wine-vpc
# run gets Unix text, so a CR LF pair the script writes is printed as LF;
# none of these names holds one.  TAP.
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
. "$srcdir/tests/lib/tap.sh"

# One name per line of names.txt, written as Perl string escapes so that
# this file itself stays plain ASCII; names.bin holds them as UTF-8, each
# ended by NUL (a name may hold LF).
perl -CO -e '
    my @names = (
        "say \"hi\" it\x{27}s",
        "a<b>&c;&amp;]]>",
        "tab\there\rcr",
        "line\nfeed",
        "Cafe\x{301} n\x{303}",
        "no\x{a0}break\x{200d}join\x{feff}bom",
        "\x{4eee}\x{60f3}\x{30de}\x{30b7}\x{30f3}\x{4e00}\x{53f7}",
        "\x{5e9}\x{5dc}\x{5d5}\x{5dd} \x{645}\x{631}\x{62d}\x{628}\x{627}",
        "vm \x{1f600}\x{1f44d}\x{1f3fd}",
        "   leading and trailing   ",
        "\x{e9}" x 200 . "\x{540d}" x 200 . "\x{1f600}" x 200,
    );
    print join("\0", @names), "\0";' > "$tmp/names.bin"
count=$(tr -cd '\0' < "$tmp/names.bin" | wc -c)

# The lab: each VM's notes are its name with a prefix, so that both travel.
perl -CSD -e '
    local $/ = "\0";
    my $i = 0;
    print "<?xml version=\"1.0\"?>\n<node>\n";
    open(my $in, "<:encoding(UTF-8)", $ARGV[0]) or die;
    while (my $name = <$in>) {
        chop $name;
        $i++;
        my $x = $name;
        $x =~ s/&/&amp;/g; $x =~ s/</&lt;/g; $x =~ s/>/&gt;/g; $x =~ s/"/&quot;/g;
        $x =~ s/([\t\r\n])/sprintf("&#%d;", ord $1)/ge;
        printf "  <domain type=\x27test\x27 xmlns:test=\x27http://libvirt.org/schemas/domain/test/1.0\x27>\n";
        printf "    <name>%s</name>\n", $x;
        printf "    <uuid>6b0e8f2a-1c3d-4e5f-8a9b-%012d</uuid>\n", $i;
        printf "    <description>notes of %s</description>\n", $x;
        printf "    <memory unit=\x27MiB\x27>64</memory><vcpu>1</vcpu>\n";
        printf "    <os><type arch=\x27x86_64\x27>hvm</type></os>\n";
        printf "    <test:runstate>5</test:runstate>\n";
        printf "  </domain>\n";
    }
    print "</node>\n";' "$tmp/names.bin" > "$tmp/lab.xml"
lab="test://$tmp/lab.xml"

# What the scripts print for every VM, in the collection's order: the name
# between markers, the notes, and whether FindVirtualMachine(name) gives
# back the same VM.  The collection's order is libvirt's; the expectation
# is built from the names in that order (by UUID, which encodes the index).
cat > "$tmp/names-vpc.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
For Each vm In vpc.VirtualMachines
    Set found = vpc.FindVirtualMachine(vm.Name)
    WScript.Echo "[" & vm.Name & "]"
    WScript.Echo "{" & vm.Notes & "}"
    WScript.Echo "found=" & (Not found Is Nothing) & " len=" & Len(vm.Name)
Next
VBS
cat > "$tmp/names-vs.js" <<'JS'
var vs = new ActiveXObject("VirtualServer.Application");
var e = new Enumerator(vs.VirtualMachines);
for (; !e.atEnd(); e.moveNext()) {
    var vm = e.item();
    var found = vs.FindVirtualMachine(vm.Name);
    WScript.Echo("[" + vm.Name + "]");
    WScript.Echo("{" + vm.Notes + "}");
    WScript.Echo("found=" + (found != null ? "True" : "False") + " len=" + vm.Name.length);
}
JS

# The expected output: every VM's three lines, in the order the script met
# the VMs (the collection's order is libvirt's, not this test's to fix), a
# name the script never printed placed first so that it cannot match.
expected_for() { # OUTPUT -> expected text
    perl -CSD -e '
        local $/ = "\0";
        open(my $in, "<:encoding(UTF-8)", $ARGV[0]) or die;
        my @names = map { chomp; $_ } <$in>;
        local $/;
        open(my $out, "<:encoding(UTF-8)", $ARGV[1]) or die;
        my $text = <$out>;
        for my $name (sort { index($text, "[$a]\n") <=> index($text, "[$b]\n") } @names) {
            my $units = 0;
            $units += (ord($_) > 0xffff ? 2 : 1) for split //, $name;
            print "[$name]\n{notes of $name}\nfound=True len=$units\n";
        }' "$tmp/names.bin" "$1"
}

for backend in inproc resident; do
    for script in names-vpc.vbs names-vs.js; do
        "$runner" run --backend "$backend" --hosts "$lab" "$tmp/$script" > "$tmp/out" 2> "$tmp/err"
        rc=$?
        expect "$backend $script: exit code 0 (got $rc), nothing on stderr" \
            '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
        [ -s "$tmp/err" ] && sed 's/^/# /' "$tmp/err" | cut -c1-300 >&2
        expected_for "$tmp/out" > "$tmp/expected"
        expect "$backend $script: all $count names, notes and lengths come out byte for byte" \
            'cmp -s "$tmp/expected" "$tmp/out"'
        cmp -s "$tmp/expected" "$tmp/out" ||
            diff <(od -c "$tmp/expected") <(od -c "$tmp/out") | head -n 20 | sed 's/^/# /' >&2
    done
done

# An error names the VM whole: the name with a TAB, a CR and quotes.
cat > "$tmp/pause.vbs" <<'VBS'
Set vpc = CreateObject("VirtualPC.Application")
For Each vm In vpc.VirtualMachines
    If Left(vm.Name, 4) = "tab" & vbTab Then vm.Pause
Next
VBS
mapfile -d '' names < "$tmp/names.bin"
for backend in inproc resident; do
    "$runner" run --backend "$backend" --hosts "$lab" "$tmp/pause.vbs" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    expected="Z:${tmp//\//\\}\\pause.vbs(3, 46) VirtualPC.Application: The virtual machine \"${names[2]}\" on host $lab is not running."
    expect "$backend: Pause of the VM whose name holds TAB and CR fails naming it byte for byte (exit $rc)" \
        '[ $rc -eq 1 ] && [ "$(cat "$tmp/err")" = "$expected" ]'
    [ "$(cat "$tmp/err")" = "$expected" ] || { printf '%s\n' "$expected" | od -c | head -n 8; od -c "$tmp/err" | head -n 8; } | sed 's/^/# /' >&2
done

# Notes a script writes with Windows line ends (vbCrLf), a lone CR and LF,
# and a hostile name's characters, read back the same, code for code; on
# test:///default, whose one instance the write and the read share.
cat > "$tmp/notes.vbs" <<'VBS'
Set vs = CreateObject("VirtualServer.Application")
Set vm = vs.VirtualMachines.Item(1)
vm.Notes = "one" & vbCrLf & "two" & vbCr & "three" & vbLf & "<&>" & ChrW(&HFEFF) & ChrW(&HD83D) & ChrW(&HDE00)
codes = ""
For i = 1 To Len(vm.Notes)
    codes = codes & Hex(AscW(Mid(vm.Notes, i, 1))) & " "
Next
WScript.Echo codes
VBS
for backend in inproc resident; do
    "$runner" run --backend "$backend" --hosts test:///default "$tmp/notes.vbs" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    expect "$backend: Notes written with CR LF, CR and LF read back code for code (exit $rc: $(tr '\n' ' ' < "$tmp/out"))" \
        '[ $rc -eq 0 ] && same "$tmp/out" "6F 6E 65 D A 74 77 6F D 74 68 72 65 65 A 3C 26 3E FEFF D83D DE00 "'
done

echo "1..$n"
