# Private libvirt daemons for tests and benchmarks: libvirtd from Debian's
# libvirt-daemon, with its own configuration and unix sockets in a
# directory, serving only the test driver (an empty driver directory keeps
# the hypervisor drivers, which need a system set-up, from loading).
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

# daemon_start DIR: starts a daemon whose sockets are DIR/libvirt-sock
# (read-write) and DIR/libvirt-sock-ro; its pid is in DIR/pid.
daemon_start() {
    local dir=$1 i
    mkdir -p "$dir/drivers"
    cat > "$dir/libvirtd.conf" <<CONF
listen_tls = 0
listen_tcp = 0
unix_sock_dir = "$dir"
unix_sock_ro_perms = "0777"
unix_sock_rw_perms = "0700"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_outputs = "${DAEMON_LOG_OUTPUTS:-3:file:$dir/libvirtd.log}"
${DAEMON_LOG_FILTERS:+log_filters = \"$DAEMON_LOG_FILTERS\"}
keepalive_interval = 5
keepalive_count = 5
CONF
    rm -f "$dir/libvirt-sock" "$dir/libvirt-sock-ro"
    LIBVIRT_DRIVER_DIR="$dir/drivers" libvirtd -f "$dir/libvirtd.conf" -p "$dir/pid" \
        </dev/null >"$dir/stdout" 2>&1 &
    for i in $(seq 1 100); do
        [ -S "$dir/libvirt-sock" ] && [ -S "$dir/libvirt-sock-ro" ] && [ -s "$dir/pid" ] && return 0
        sleep 0.1
    done
    echo "libvirtd did not start in $dir" >&2
    cat "$dir/stdout" >&2
    return 1
}

daemon_pid() {
    cat "$1/pid" 2>/dev/null
}

# daemon_stop DIR: stops it by its pid and waits for it to go.
daemon_stop() {
    local pid i
    pid=$(daemon_pid "$1") || return 0
    [ -n "$pid" ] || return 0
    kill -CONT "$pid" 2>/dev/null
    kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
}

# daemon_uri DIR FILE [ro]: the URI of the test driver's FILE through it.
daemon_uri() {
    echo "test+unix://$2?socket=$1/libvirt-sock${3:+-ro}"
}

# daemon_hold URI FIFO: keeps a virsh connected to URI until the caller
# closes its fd 9 (test:///default lives while a connection holds it).
# virsh connects only after it opened the FIFO: its first prompt says it
# holds the driver, before the caller changes it (else, under load, the
# caller's own virsh could be the only connection and its changes go
# with it: scripts/media saw the domain "test" it had removed).
daemon_hold() {
    local i
    mkfifo "$2"
    virsh -c "$1" < "$2" > "$2.out" 2>&1 &
    exec 9> "$2"
    for i in $(seq 300); do
        grep -q '^virsh # ' "$2.out" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# storage_daemon_start DIR: a daemon with libvirt's storage and QEMU
# drivers, as user nobody (unprivileged: its drivers keep their state under
# DIR, never the system's /etc/libvirt or /run/libvirt), socket
# DIR/run/libvirt-sock, pid in DIR/pid.  Its storage pools make real files
# with qemu-img; its QEMU driver only defines domains here.  DIR must be
# reachable by nobody.
STORAGE_DRIVER_SO=/usr/lib/x86_64-linux-gnu/libvirt/connection-driver/libvirt_driver_storage.so
QEMU_SESSION_DRIVER_SO=/usr/lib/x86_64-linux-gnu/libvirt/connection-driver/libvirt_driver_qemu.so
storage_daemon_start() {
    local dir=$1 i
    mkdir -p "$dir/drivers" "$dir/home" "$dir/run" || return 1
    ln -sf "$STORAGE_DRIVER_SO" "$QEMU_SESSION_DRIVER_SO" "$dir/drivers/"
    cat > "$dir/libvirtd.conf" <<CONF
listen_tls = 0
listen_tcp = 0
unix_sock_dir = "$dir/run"
unix_sock_ro_perms = "0777"
unix_sock_rw_perms = "0777"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_outputs = "3:file:$dir/libvirtd.log"
CONF
    chown -R nobody "$dir" && chmod 755 "$dir" || return 1
    setpriv --reuid=nobody --regid=nogroup --clear-groups \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" \
            XDG_CONFIG_HOME="$dir/home/config" XDG_CACHE_HOME="$dir/home/cache" \
            LIBVIRT_DRIVER_DIR="$dir/drivers" \
        libvirtd -f "$dir/libvirtd.conf" -p "$dir/pid" </dev/null >"$dir/stdout" 2>&1 &
    for i in $(seq 1 100); do
        [ -S "$dir/run/libvirt-sock" ] && [ -s "$dir/pid" ] && return 0
        sleep 0.1
    done
    echo "libvirtd did not start in $dir" >&2
    cat "$dir/stdout" >&2
    return 1
}

storage_daemon_uri() {
    echo "qemu+unix:///session?socket=$1/run/libvirt-sock"
}
