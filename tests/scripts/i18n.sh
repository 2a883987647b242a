#!/bin/bash
# Translated error descriptions reach scripts: Err.Description in the
# prefix's language (Wine takes it from LANG), for the four languages of
# Microsoft's pages for this API.  TAP.
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

cat > "$tmp/errors.vbs" <<'VBS'
On Error Resume Next
Set vpc = CreateObject("VirtualPC.Application")
Set vm = vpc.VirtualMachines.Item(42)
WScript.Echo Hex(Err.Number) & " " & Err.Description
Err.Clear
Set vm = vpc.FindVirtualMachine("XP-TEST")
vm.Pause
WScript.Echo Hex(Err.Number) & " " & Err.Description
VBS

# language | the index message | the not-running message, as translated
# in po/*.po ("XP-TEST" is shut off in the lab)
while IFS='|' read -r lang index notrunning; do
    n=$((n + 1))
    if ! locale -a 2>/dev/null | grep -qix "${lang%.UTF-8}.utf8"; then
        echo "ok $n - $lang # SKIP locale $lang is not installed (tools/setup generates it as root)"
        continue
    fi
    LANG=$lang LC_ALL=$lang "$runner" run --backend inproc --hosts "$LAB_URI" "$tmp/errors.vbs" \
        > "$tmp/out" 2> "$tmp/err"
    expected=$(printf '8002000B %s\nA0040206 %s' "$index" "${notrunning//@LAB@/$LAB_URI}")
    if [ "$(cat "$tmp/out")" = "$expected" ]; then
        echo "ok $n - Err.Description in $lang"
    else
        echo "not ok $n - Err.Description in $lang"
        { echo "expected: $expected"; echo "got: $(cat "$tmp/out" "$tmp/err")"; } | sed 's/^/# /'
    fi
done <<'LANGS'
en_US.UTF-8|Index 42 is out of range: the collection holds 5 item(s), numbered from 1.|The virtual machine "XP-TEST" on host @LAB@ is not running.
fr_FR.UTF-8|L'index 42 est hors limites : la collection contient 5 élément(s), numérotés à partir de 1.|La machine virtuelle "XP-TEST" sur l'hôte @LAB@ n'est pas en cours d'exécution.
de_DE.UTF-8|Der Index 42 liegt außerhalb des gültigen Bereichs: Die Auflistung enthält 5 Element(e), nummeriert ab 1.|Die virtuelle Maschine "XP-TEST" auf dem Host @LAB@ wird nicht ausgeführt.
es_ES.UTF-8|El índice 42 está fuera del intervalo: la colección contiene 5 elemento(s), numerados a partir de 1.|La máquina virtual "XP-TEST" del host @LAB@ no se está ejecutando.
it_IT.UTF-8|L'indice 42 non è compreso nell'intervallo valido: la raccolta contiene 5 elemento/i, numerati a partire da 1.|La macchina virtuale "XP-TEST" sull'host @LAB@ non è in esecuzione.
LANGS

echo "1..$n"
