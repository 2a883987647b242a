# The real-QEMU layer's machinery: private namespaces, a private libvirtd
# with the QEMU driver, the test guests and their control channels, and
# libvirt's raw counters.  Sourced by tests/qemu/qemu.sh, inside the
# namespaces it made (see qemu_enter_namespaces).
#
# Nothing here touches the system's libvirt: /etc/libvirt and /run/libvirt
# are private directories bound over the real ones, /var is an overlay
# whose changes stay in the layer's directory, and the user libvirt's QEMU
# driver insists on (libvirt-qemu) exists only in a private copy of
# /etc/passwd.  The network namespace has no uplink: its bridge and taps
# reach nothing but the guests.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

QEMU_DRIVER_SO=/usr/lib/x86_64-linux-gnu/libvirt/connection-driver/libvirt_driver_qemu.so
QEMU_FIRMWARE=/usr/share/qemu/qboot.rom

# What the layer needs on the machine, and the Debian package of each;
# prints the packages that are missing.
qemu_missing_packages() {
    command -v qemu-system-x86_64 >/dev/null || echo qemu-system-x86
    [ -f "$QEMU_FIRMWARE" ] || echo qemu-system-data
    command -v libvirtd >/dev/null || echo libvirt-daemon
    [ -f "$QEMU_DRIVER_SO" ] || echo libvirt-daemon-driver-qemu
    command -v virsh >/dev/null || echo libvirt-clients
    file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' || echo busybox-static
    command -v ip >/dev/null || echo iproute2
    command -v unshare >/dev/null || echo util-linux
    command -v apt-get >/dev/null || echo apt
}

# Mounts that hide the system's libvirt state; STATE is the layer's
# directory.  Run inside a private mount namespace.
qemu_private_mounts() {
    local state=$1

    mkdir -p "$state/etc" "$state/run" "$state/var-upper" "$state/var-work" || return 1
    cp /etc/passwd "$state/passwd" && cp /etc/group "$state/group" || return 1
    # libvirt's QEMU driver resolves its built-in user before it reads
    # qemu.conf, which then says QEMU runs as root.
    getent passwd libvirt-qemu >/dev/null ||
        echo "libvirt-qemu:x:64055:64055:libvirt QEMU (wine-vpc tests):/nonexistent:/usr/sbin/nologin" \
            >> "$state/passwd"
    getent group libvirt-qemu >/dev/null || echo "libvirt-qemu:x:64055:" >> "$state/group"
    getent group kvm >/dev/null || echo "kvm:x:64056:" >> "$state/group"
    mkdir -p /etc/libvirt /run/libvirt 2>/dev/null
    mount --bind "$state/passwd" /etc/passwd &&
        mount --bind "$state/group" /etc/group &&
        mount --bind "$state/etc" /etc/libvirt &&
        mount --bind "$state/run" /run/libvirt &&
        mount -t overlay overlay \
            -o "lowerdir=/var,upperdir=$state/var-upper,workdir=$state/var-work" /var
}

# The network namespace: loopback, no IPv6 (its router solicitations, DAD
# and MLD would put bytes on the wire nobody asked for), no forwarding
# (frames for addresses nobody owns are dropped without an ICMP answer),
# and the bridge of the guest with a bridged NIC.
qemu_private_network() {
    ip link set lo up &&
        sysctl -q -w net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 \
               net.ipv4.ip_forward=0 net.ipv4.conf.all.forwarding=0 &&
        ip link add vpcbr0 type bridge &&
        ip link set vpcbr0 up
}

# qemu_daemon_start STATE: libvirtd with only the QEMU driver, sockets in
# STATE/sock, log in STATE/libvirtd.log.  QEMU runs as root without
# cgroups, confinement or a /dev namespace, all of which need a system set
# up for them, and writes its stdio to a file (no virtlogd).
qemu_daemon_start() {
    local state=$1 i

    mkdir -p "$state/sock" "$state/drivers"
    ln -sf "$QEMU_DRIVER_SO" "$state/drivers/"
    cat > /etc/libvirt/qemu.conf <<CONF
user = "root"
group = "root"
dynamic_ownership = 0
remember_owner = 0
security_driver = "none"
cgroup_controllers = [ ]
namespaces = [ ]
stdio_handler = "file"
CONF
    cat > "$state/libvirtd.conf" <<CONF
listen_tls = 0
listen_tcp = 0
unix_sock_dir = "$state/sock"
unix_sock_ro_perms = "0777"
unix_sock_rw_perms = "0700"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_outputs = "3:file:$state/libvirtd.log"
CONF
    LIBVIRT_DRIVER_DIR="$state/drivers" libvirtd -f "$state/libvirtd.conf" -p "$state/libvirtd.pid" \
        </dev/null >"$state/libvirtd.stdout" 2>&1 &
    for i in $(seq 1 300); do
        [ -S "$state/sock/libvirt-sock" ] && [ -s "$state/libvirtd.pid" ] &&
            virsh -q -c "$(qemu_uri "$state")" uri >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "libvirtd did not start:" >&2
    tail -n 5 "$state/libvirtd.stdout" "$state/libvirtd.log" >&2
    return 1
}

qemu_uri() {
    echo "qemu+unix:///system?socket=$1/sock/libvirt-sock"
}

# Every domain destroyed, then the daemon stopped; a QEMU that outlived it
# (it would keep the namespaces alive) is killed by its pidfile.
qemu_daemon_stop() {
    local state=$1 uri name pid i

    uri=$(qemu_uri "$state")
    if [ -S "$state/sock/libvirt-sock" ]; then
        for name in $(virsh -q -c "$uri" list --name 2>/dev/null); do
            virsh -q -c "$uri" destroy "$name" >/dev/null 2>&1
        done
    fi
    pid=$(cat "$state/libvirtd.pid" 2>/dev/null)
    if [ -n "$pid" ]; then
        kill -TERM "$pid" 2>/dev/null
        for i in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null
    fi
    for pid in $(cat /run/libvirt/qemu/*.pid 2>/dev/null); do
        kill -KILL "$pid" 2>/dev/null
    done
}

# Test guests.  Each has a raw disk (vda), one NIC, its console in
# DIR/NAME.console and its control channel (ttyS1) on the FIFOs
# DIR/NAME.ctl.in and .out; what the guest says is copied to
# DIR/NAME.ctl.log by a reader that holds the FIFO open for reading and
# writing, so that it outlives every QEMU process of the domain.  The
# guest agent's channel is there for the heartbeat; no agent serves it.
declare -A guest_fd guest_reader guest_boots

# guest_define URI DIR GUESTDIR NAME UUID VCPUS IP PEER NIC_XML
guest_define() {
    local uri=$1 dir=$2 guestdir=$3 name=$4 uuid=$5 vcpus=$6 ip=$7 peer=$8 nic=$9
    local accel=${WINE_VPC_QEMU_ACCEL:-qemu} fd

    truncate -s 64M "$dir/$name.img" || return 1
    rm -f "$dir/$name.ctl.in" "$dir/$name.ctl.out"
    mkfifo "$dir/$name.ctl.in" "$dir/$name.ctl.out" || return 1
    : > "$dir/$name.ctl.log"
    cat > "$dir/$name.xml" <<XML
<domain type='$accel'>
  <name>$name</name>
  <uuid>$uuid</uuid>
  <memory unit='MiB'>160</memory>
  <vcpu>$vcpus</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <loader type='rom'>$QEMU_FIRMWARE</loader>
    <kernel>$guestdir/vmlinuz</kernel>
    <initrd>$guestdir/initrd.gz</initrd>
    <cmdline>console=ttyS0 edd=off ipv6.disable=1 vpc.ip=$ip vpc.peer=$peer</cmdline>
  </os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>$(command -v qemu-system-x86_64)</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw'/>
      <source file='$dir/$name.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    $nic
    <serial type='file'><source path='$dir/$name.console' append='on'/><target port='0'/></serial>
    <serial type='pipe'><source path='$dir/$name.ctl'/><target port='1'/></serial>
    <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>
    <memballoon model='none'/>
  </devices>
</domain>
XML
    virsh -q -c "$uri" define "$dir/$name.xml" >/dev/null || return 1
    cat <> "$dir/$name.ctl.out" >> "$dir/$name.ctl.log" &
    guest_reader[$name]=$!
    exec {fd}<> "$dir/$name.ctl.in"
    guest_fd[$name]=$fd
    guest_boots[$name]=0
}

guest_stop_readers() {
    local name
    for name in "${!guest_reader[@]}"; do
        kill "${guest_reader[$name]}" 2>/dev/null
    done
}

# guest_wait_boot DIR NAME [SECONDS]: waits for the guest's next "ready".
guest_wait_boot() {
    local dir=$1 name=$2 limit=${3:-90} want i
    want=$((guest_boots[$name] + 1))
    for i in $(seq 1 $((limit * 10))); do
        if [ "$(grep -c '^0 ready ' "$dir/$name.ctl.log")" -ge "$want" ]; then
            guest_boots[$name]=$want
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# guest DIR NAME COMMAND [ARGS]: one command; prints the values of its
# "ok" answer, fails on "err" or after 60 s.  Called in $(...) as often as
# not, so the sequence number lives in a file.
guest() {
    local dir=$1 name=$2 line i guest_seq
    shift 2
    guest_seq=$(( $(cat "$dir/seq" 2>/dev/null || echo 0) + 1 ))
    echo "$guest_seq" > "$dir/seq"
    echo "$guest_seq $*" >&"${guest_fd[$name]}"
    for i in $(seq 1 600); do
        # Only a whole line: the serial port passes it on byte by byte, and
        # a line read while it arrives ("7 ok rx=9") would be taken whole.
        line=$(perl -ne "if (/^$guest_seq / && /\n\z/) { chomp; print; exit }" "$dir/$name.ctl.log")
        if [ -n "$line" ]; then
            line=${line#"$guest_seq "}
            case $line in
                ok*) line=${line#ok}; echo "${line# }"; return 0 ;;
                *) echo "$name: $*: $line" >&2; return 1 ;;
            esac
        fi
        sleep 0.1
    done
    echo "$name: $*: no answer" >&2
    return 1
}

# raw_counters URI NAME: libvirt's own view, summed over devices, in the
# words the guest uses: "rx=N tx=N rd=N wr=N cpu=NS vcpus=N".
raw_counters() {
    virsh -q -c "$1" domstats --raw --state --cpu-total --vcpu --interface --block "$2" |
        awk -F= '
            /net\.[0-9]+\.rx\.bytes=/ { rx += $2 }
            /net\.[0-9]+\.tx\.bytes=/ { tx += $2 }
            /block\.[0-9]+\.rd\.bytes=/ { rd += $2 }
            /block\.[0-9]+\.wr\.bytes=/ { wr += $2 }
            /cpu\.time=/ { cpu = $2 }
            /vcpu\.current=/ { vcpus = $2 }
            END { printf "rx=%.0f tx=%.0f rd=%.0f wr=%.0f cpu=%.0f vcpus=%.0f\n", rx, tx, rd, wr, cpu, vcpus }'
}

# field KEY "k1=v1 k2=v2 ...": the value of KEY.
field() {
    local word
    for word in $2; do
        case $word in
            "$1"=*) echo "${word#*=}"; return 0 ;;
        esac
    done
    return 1
}
