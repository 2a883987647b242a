#!/bin/bash
# The Debian packages, as an admin of a Debian 12 machine meets them:
# dpkg-buildpackage -us -uc -b builds them from the release tree (make
# distdir), lintian has nothing to say, they hold no file another package
# owns; installed with apt-get, wine-vpc --help and man wine-vpc document
# every command, the demo runs from the installed files in a new user's
# prefix, setup/remove round-trip an admin's prefix without a trace, and
# apt-get purge leaves nothing.  TAP.
#
# Installing would change Wine's DLL directory for everyone on the machine
# (Wine loads an installed builtin before a build tree's), so the packages
# are installed in a private mount namespace, over copy-on-write layers of
# /usr, /etc and /var that go away with it: other users of the machine and
# build-tree tests never see them.  Needs root, dpkg-buildpackage with
# debhelper, lintian, and a mount namespace with overlayfs; otherwise the
# layer is skipped, saying which is missing.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

set -u

skip_layer() {
    echo "ok 1 - the Debian packages # SKIP $1"
    exit 0
}

[ "$(id -u)" -eq 0 ] || skip_layer "not root: dpkg-buildpackage, apt-get and mount namespaces need root"
for tool in dpkg-buildpackage dh lintian unshare; do
    command -v "$tool" >/dev/null ||
        skip_layer "no $tool (tools/setup installs debhelper and lintian, as root)"
done
grep -qw overlay /proc/filesystems && unshare --mount --propagation private true 2>/dev/null ||
    skip_layer "no private mount namespace with overlayfs here: the packages would be installed on the machine itself"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wine-vpc-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
. "$srcdir/tests/lib/tap.sh"
version=$(sed -n 's/^PACKAGE_VERSION = //p' "$builddir/Makefile")
arch=$(dpkg --print-architecture)

# --- build ---------------------------------------------------------------------

src=$tmp/src/wine-vpc-$version
mkdir -p "$tmp/src"
make -s -C "$builddir" distdir distdir="$src" > "$tmp/distdir.log" 2>&1
rc=$?
expect "make distdir gives the release tree, debian/ included (rc $rc)" \
    '[ $rc -eq 0 ] && [ -x "$src/debian/rules" ] || { tail -20 "$tmp/distdir.log" >&2; false; }'
expect "debian/changelog's version is configure's ($version)" \
    '[ "$(cd "$src" && dpkg-parsechangelog -SVersion)" = "$version" ]'

# The unit tests ran in this run's own layer; nocheck saves running them twice.
(cd "$src" && DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" dpkg-buildpackage -us -uc -b) \
    > "$tmp/build.log" 2>&1
rc=$?
deb=$tmp/src/wine-vpc_${version}_$arch.deb
devdeb=$tmp/src/wine-vpc-dev_${version}_$arch.deb
changes=$tmp/src/wine-vpc_${version}_$arch.changes
expect "dpkg-buildpackage -us -uc -b builds wine-vpc and wine-vpc-dev (rc $rc)" \
    '[ $rc -eq 0 ] && [ -f "$deb" ] && [ -f "$devdeb" ] || { tail -40 "$tmp/build.log" >&2; false; }'
if [ ! -f "$deb" ] || [ ! -f "$devdeb" ]; then
    echo "1..$n"
    exit 1
fi

lintian --fail-on error,warning "$changes" > "$tmp/lintian.log" 2>&1
rc=$?
expect "lintian: no errors, no warnings (rc $rc)" \
    '[ $rc -eq 0 ] && ! grep -q "^[EW]: " "$tmp/lintian.log" || { cat "$tmp/lintian.log" >&2; false; }'

dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\.||' > "$tmp/files"
dpkg-deb -c "$devdeb" | awk '{ print $6 }' | sed 's|^\.||' > "$tmp/devfiles"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
wanted=(/usr/bin/wine-vpc /usr/share/man/man1/wine-vpc.1.gz
        "/usr/lib/$multiarch/wine/x86_64-unix/vpccom.dll.so" "/usr/lib/$multiarch/wine/x86_64-unix/vpcsvc.exe.so"
        "/usr/lib/$multiarch/wine/x86_64-windows/vpccom.dll" "/usr/lib/$multiarch/wine/x86_64-windows/vpcsvc.exe"
        "/usr/lib/$multiarch/wine-vpc/cscript.exe" "/usr/lib/$multiarch/wine-vpc/wscript.exe"
        /usr/share/wine-vpc/demo.vbs /usr/share/wine-vpc/lab.xml /usr/share/doc/wine-vpc/copyright
        /usr/share/doc/wine-vpc/examples/lab-report.vbs)
devwanted=(/usr/include/wine-vpc/VPCCOMInterfaces.h /usr/include/wine-vpc/VsComInterfaces.h
           /usr/include/wine-vpc/vpccominterfaces.idl /usr/include/wine-vpc/vscominterfaces.idl
           "/usr/lib/$multiarch/pkgconfig/wine-vpc.pc")
missing=$(for f in "${wanted[@]}"; do grep -qx "$f" "$tmp/files" || echo "$f"; done
          for f in "${devwanted[@]}"; do grep -qx "$f" "$tmp/devfiles" || echo "$f"; done)
expect "the packages hold the runner, its manual page, the builtins, the script host, the demo, the headers${missing:+ (missing: $missing)}" \
    '[ -z "$missing" ]'
grep -v '/$' "$tmp/files" "$tmp/devfiles" | cut -d: -f2 > "$tmp/ours"
owned=$(xargs -r dpkg -S < "$tmp/ours" 2>/dev/null)
expect "no file of theirs belongs to another package (Wine's cscript.exe stays Wine's)${owned:+: $owned}" \
    '[ -z "$owned" ]'

# --- installed, in a private mount namespace ------------------------------------

cat > "$tmp/inside.sh" <<'INSIDE'
set -u
. "$srcdir/tests/lib/prefix.sh"
n=0
expect() {
    if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi
}

# Copy-on-write layers: what apt-get writes goes to $tmp/layers.
mount -t tmpfs wine-vpc-package "$tmp/layers" || exit 1
for dir in usr etc var; do
    mkdir -p "$tmp/layers/$dir/upper" "$tmp/layers/$dir/work"
    mount -t overlay overlay -o "lowerdir=/$dir,upperdir=$tmp/layers/$dir/upper,workdir=$tmp/layers/$dir/work" \
        "/$dir" || exit 1
done

export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "$deb" "$devdeb" > "$tmp/install.log" 2>&1
rc=$?
expect "apt-get install ./wine-vpc_*.deb ./wine-vpc-dev_*.deb (rc $rc)" \
    '[ $rc -eq 0 ] || { tail -20 "$tmp/install.log" >&2; false; }'
dpkg -L wine-vpc wine-vpc-dev > "$tmp/installed-paths"

# A new user, nothing of a build tree in sight.
export HOME=$tmp/home LC_ALL=C.UTF-8
mkdir -p "$HOME"
cd "$HOME" || exit 1
unset WINEPREFIX WINEDLLPATH WINEDEBUG WINE WINESERVER XDG_DATA_HOME WINE_VPC_HOSTS WINE_VPC_BACKEND
unset WINE_VPC_PREFIX_TEMPLATE WINE_VPC_TEST_MANIFEST LIBVIRT_DEFAULT_URI

expect "wine-vpc --version" '[ "$(wine-vpc --version)" = "wine-vpc $version" ]'
wine-vpc --help > "$tmp/help" 2>&1
commands=$(sed -n 's/^\(Usage:\)\{0,1\} *wine-vpc \([a-z-]*\).*/\2/p' "$tmp/help" | sort -u | tr '\n' ' ')
options=$(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u | tr '\n' ' ')
MANWIDTH=120 man wine-vpc 2>"$tmp/man.err" | col -b > "$tmp/man"
undocumented=$(for word in $commands $options; do
                   grep -qE "^ {7}$word( |$)" "$tmp/man" || echo "$word"
               done)
expect "man wine-vpc has an entry for each command and option of --help ($commands$options)${undocumented:+; not: $undocumented}" \
    '[ -n "$commands" ] && [ -z "$undocumented" ] && [ ! -s "$tmp/man.err" ]'
sections=$(for s in SYNOPSIS COMMANDS OPTIONS SETTINGS ENVIRONMENT FILES "EXIT STATUS" EXAMPLES; do
               grep -qx "$s" "$tmp/man" || echo "$s"
           done)
expect "man wine-vpc has the sections an admin looks for${sections:+; not: $sections}" '[ -z "$sections" ]'

# The demo from the installed files, in a new user's own prefix.
wine-vpc demo > "$tmp/demo" 2> "$tmp/demo.err"
rc=$?
own=$HOME/.local/share/wine-vpc/prefix
sed "s|@LAB_URI@|test:///usr/share/wine-vpc/lab.xml|" "$srcdir/tests/scripts/demo.expected" | tr -s ' ' > "$tmp/demo.expected"
expect "wine-vpc demo runs from the installed files (rc $rc)" \
    '[ $rc -eq 0 ] && tr -s " " < "$tmp/demo" | perl "$srcdir/tests/check-output" "$tmp/demo.expected" /dev/stdin 0 0'
expect "... saying in one line that it creates the user's prefix" \
    '[ "$(cat "$tmp/demo.err")" = "wine-vpc: creating a Wine prefix in $own, once (Wine'"'"'s messages go to $own/.wine-vpc/wine.log)" ] ||
     { cat "$tmp/demo.err" >&2; false; }'
WINEPREFIX=$own wineserver -k

# An admin's prefix, made by Wine: set up, used, taken out.
p=$HOME/admin-prefix
WINEPREFIX=$p WINEDEBUG=-all wine wineboot -i > "$tmp/wineboot.log" 2>&1
WINEPREFIX=$p WINEDEBUG=-all wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null 2>&1
prefix_snapshot "$p" "$tmp/before"
wine-vpc setup --prefix "$p" > "$tmp/out" 2>&1
rc=$?
expect "wine-vpc setup --prefix registers wine-vpc in it (rc $rc)" \
    '[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -qx "Set up wine-vpc $version in $p:" &&
     grep -qx "  registered   vpccom.dll (VirtualPC.Application, VirtualServer.Application)" "$tmp/out" ||
     { cat "$tmp/out" >&2; false; }'
wine-vpc setup --prefix "$p" > "$tmp/out" 2>&1
expect "setup again: nothing to do" '[ "$(cat "$tmp/out")" = "wine-vpc $version is set up in $p already; nothing to do." ]'
printf 'Set vs = CreateObject("VirtualServer.Application")\nWScript.Echo vs.VirtualMachines.Count & " VMs"\n' > "$HOME/count.vbs"
wine-vpc run --prefix "$p" --hosts test:///usr/share/wine-vpc/lab.xml "$HOME/count.vbs" > "$tmp/out" 2>&1
expect "a script runs through the installed runner" '[ "$(cat "$tmp/out")" = "5 VMs" ] || { cat "$tmp/out" >&2; false; }'
WINEPREFIX=$p WINE_VPC_HOSTS=test:///usr/share/wine-vpc/lab.xml WINEDEBUG=-all \
    wine cscript //nologo 'Z:'"${HOME//\//\\}"'\count.vbs' > "$tmp/out" 2>&1
expect "... and through plain wine cscript" '[ "$(tr -d "\r" < "$tmp/out")" = "5 VMs" ] || { cat "$tmp/out" >&2; false; }'
wine-vpc status --prefix "$p" > "$tmp/out" 2>&1
rc=$?
expect "status: registered, backend running, the installed module (rc $rc)" \
    '[ $rc -eq 0 ] && grep -qx "Registered:    VirtualPC.Application VirtualServer.Application" "$tmp/out" &&
     grep -q "^Backend:       vpcsvc.exe running, pid [0-9]" "$tmp/out" &&
     grep -qx "Module:        /usr/lib/$multiarch/wine/x86_64-unix/vpcsvc.exe.so (wine-vpc $version)" "$tmp/out" ||
     { cat "$tmp/out" >&2; false; }'
wine-vpc remove --prefix "$p" > "$tmp/out" 2>&1
rc=$?
expect "wine-vpc remove --prefix takes it out (rc $rc)" \
    '[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -qx "Removed wine-vpc from $p:" &&
     grep -qx "  stopped      the backend, vpcsvc.exe" "$tmp/out" && grep -qx "  unregistered vpccom.dll" "$tmp/out" ||
     { cat "$tmp/out" >&2; false; }'
wine-vpc remove --prefix "$p" > "$tmp/out" 2>&1
expect "remove again: nothing to remove" '[ "$(cat "$tmp/out")" = "wine-vpc is not set up in $p; nothing to remove." ]'
prefix_snapshot "$p" "$tmp/after"
wine_vpc_traces "$tmp/before" > "$tmp/traces.before"
wine_vpc_traces "$tmp/after" > "$tmp/traces.after"
expect "no trace of wine-vpc left but what Wine's wineboot put there itself ($(wc -l < "$tmp/traces.before") line(s): the placeholders)" \
    'diff "$tmp/traces.before" "$tmp/traces.after" >&2 &&
     diff <(sed -n "/^== files/,/^== system.reg/p" "$tmp/before") <(sed -n "/^== files/,/^== system.reg/p" "$tmp/after") >&2'
WINEPREFIX=$p wineserver -k

apt-get purge -y wine-vpc wine-vpc-dev > "$tmp/purge.log" 2>&1
rc=$?
expect "apt-get purge wine-vpc wine-vpc-dev (rc $rc)" '[ $rc -eq 0 ] || { tail -20 "$tmp/purge.log" >&2; false; }'
left=$(while read -r path; do
           [ -e "$path" ] && [ ! -d "$path" ] && echo "$path"
       done < "$tmp/installed-paths"
       # Anything else of theirs: file names in what apt-get and dpkg wrote.
       cd "$tmp/layers" && find usr etc var -path '*/upper/*' ! -path 'var/upper/log/*' \
           \( -iname '*wine-vpc*' -o -iname '*vpccom*' -o -iname '*vpcsvc*' \) -print)
expect "apt-get purge leaves nothing${left:+: $(echo $left)}" \
    '[ -z "$left" ] && ! dpkg-query -W wine-vpc >/dev/null 2>&1'
INSIDE

mkdir -p "$tmp/layers"
export srcdir tmp version deb devdeb multiarch
unshare --mount --propagation private bash "$tmp/inside.sh" > "$tmp/inside.out" 2> "$tmp/inside.err"
rc=$?
inside=0
while IFS= read -r line; do
    case "$line" in
        "ok - "*|"not ok - "*)
            n=$((n + 1))
            inside=$((inside + 1))
            echo "${line%% - *} $n - ${line#* - }" ;;
    esac
done < "$tmp/inside.out"
[ ! -s "$tmp/inside.err" ] || sed 's/^/# /' "$tmp/inside.err" | head -60 >&2
expect "every step in the namespace ran ($inside of 16, rc $rc)" '[ $rc -eq 0 ] && [ $inside -eq 16 ]'
expect "the machine itself never had the packages" \
    '! dpkg-query -W wine-vpc >/dev/null 2>&1 && [ ! -e /usr/bin/wine-vpc ] &&
     [ ! -e "/usr/lib/$multiarch/wine/x86_64-unix/vpccom.dll.so" ]'

echo "1..$n"
