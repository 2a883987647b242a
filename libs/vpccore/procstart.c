/*
 * Uptime of a VM that was already running when first seen: the start time
 * of its local QEMU process.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 *
 * This library is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this library; if not, write to the Free Software
 * Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301, USA
 */

/*
 * libvirt has no start-time API.  For qemu:///system and qemu:///session on
 * this machine (also through an explicit socket, qemu+unix:///system?socket=)
 * it writes the QEMU pid to a file; procfs then tells when that process
 * started.  Remote hosts, other drivers, hidepid mounts and missing
 * files all fall back to "first seen" (seed 0).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vpccore_private.h"

static int
readFirstLine(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "r");
    int rc = -1;

    if (!f)
        return -1;
    if (fgets(buf, size, f))
        rc = 0;
    fclose(f);
    return rc;
}


static int
readBootTime(const char *procRoot, long long *btime)
{
    char path[4096], line[256];
    FILE *f;
    int rc = -1;

    snprintf(path, sizeof(path), "%s/stat", procRoot);
    if (!(f = fopen(path, "r")))
        return -1;
    while (fgets(line, sizeof(line), f)) {
        if (sscanf(line, "btime %lld", btime) == 1) {
            rc = 0;
            break;
        }
    }
    fclose(f);
    return rc;
}


int
vpcProcessStartRealtimeMs(const char *procRoot, long pid, long ticksPerSecond,
                          int64_t *startMs)
{
    char path[4096], stat[4096];
    unsigned long long startTicks;
    long long btime;
    const char *p;
    int field;

    if (ticksPerSecond <= 0 || readBootTime(procRoot, &btime) < 0)
        return -1;

    snprintf(path, sizeof(path), "%s/%ld/stat", procRoot, pid);
    if (readFirstLine(path, stat, sizeof(stat)) < 0)
        return -1;

    /* Field 2 is "(comm)" and may itself hold spaces or parentheses. */
    if (!(p = strrchr(stat, ')')))
        return -1;
    p++;
    for (field = 3; field < 22; field++) {
        p = strchr(p + 1, ' ');
        if (!p)
            return -1;
    }
    if (sscanf(p, " %llu", &startTicks) != 1)
        return -1;

    *startMs = btime * 1000 + (int64_t)(startTicks * 1000 / (unsigned long long)ticksPerSecond);
    return 0;
}


/* The pidfile libvirt's QEMU driver writes for 'name', or NULL when the URI
 * is not a local QEMU one. */
/* "system" or "session" for a connection to this machine's own QEMU
 * driver (qemu:///system, or through a given unix socket as in
 * qemu+unix:///system?socket=...), else NULL. */
static const char *
localQemuDaemon(const char *uri, size_t *len)
{
    const char *path, *end;

    if (strncmp(uri, "qemu:///", 8) == 0)
        path = uri + 8;
    else if (strncmp(uri, "qemu+unix:///", 13) == 0)
        path = uri + 13;
    else
        return NULL;
    end = strchr(path, '?');
    *len = end ? (size_t)(end - path) : strlen(path);
    if ((*len == 6 && strncmp(path, "system", 6) == 0) ||
        (*len == 7 && strncmp(path, "session", 7) == 0))
        return path;
    return NULL;
}


char *
vpcQemuPidFilePath(const char *uri, const char *name, const char *runtimeDir)
{
    const char *daemon;
    char *path = NULL;
    size_t len;

    if (!(daemon = localQemuDaemon(uri, &len)))
        return NULL;
    if (len == 6) {
        if (asprintf(&path, "/run/libvirt/qemu/%s.pid", name) < 0)
            return NULL;
    } else if (runtimeDir) {
        if (asprintf(&path, "%s/libvirt/qemu/run/%s.pid", runtimeDir, name) < 0)
            return NULL;
    }
    return path;
}


int64_t
vpcQemuUptimeSeedMs(const char *uri, const char *name, int64_t nowRealMs)
{
    char *pidFile = vpcQemuPidFilePath(uri ? uri : "", name, getenv("XDG_RUNTIME_DIR"));
    char line[64];
    int64_t startMs;
    long pid;

    if (!pidFile)
        return 0;
    if (readFirstLine(pidFile, line, sizeof(line)) < 0 || sscanf(line, "%ld", &pid) != 1 ||
        vpcProcessStartRealtimeMs("/proc", pid, sysconf(_SC_CLK_TCK), &startMs) < 0 ||
        startMs > nowRealMs) {
        free(pidFile);
        return 0;
    }
    free(pidFile);
    return nowRealMs - startMs;
}
