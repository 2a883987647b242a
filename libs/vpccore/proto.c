/*
 * The wire format between vpccom.dll and the resident backend: its
 * primitives and the structures requests carry (requests.c lists the
 * requests).
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
 * One request, one response, each a single message of little-endian fields:
 * u32, u64, doubles as their IEEE bits, strings as a u32 length (0xffffffff
 * for NULL) and bytes.  A response starts with a u32 vpcErrorCode; an error
 * carries host, VM and detail strings instead of a payload.  A snapshot,
 * whatever its size, is one response: a script pays one round trip for it.
 * Both ends are this code, built together; the pipe's name carries
 * VPC_PROTOCOL_VERSION so that mismatched builds never talk.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vpcproto.h"
#include "vpchostfacts.h"

#define NULL_STRING 0xffffffffu

/* Writing */

static void
bufferReserve(vpcBuffer *buf, size_t more)
{
    unsigned char *data;
    size_t cap;

    if (buf->failed || buf->len + more <= buf->cap)
        return;
    cap = buf->cap ? buf->cap : 256;
    while (cap < buf->len + more)
        cap *= 2;
    if (!(data = realloc(buf->data, cap))) {
        buf->failed = true;
        return;
    }
    buf->data = data;
    buf->cap = cap;
}


void
vpcBufferClear(vpcBuffer *buf)
{
    free(buf->data);
    memset(buf, 0, sizeof(*buf));
}


void
vpcBufferPutBytes(vpcBuffer *buf, const void *bytes, size_t len)
{
    bufferReserve(buf, len);
    if (buf->failed)
        return;
    memcpy(buf->data + buf->len, bytes, len);
    buf->len += len;
}


void
vpcBufferPutU32(vpcBuffer *buf, uint32_t value)
{
    unsigned char bytes[4];
    int i;

    for (i = 0; i < 4; i++)
        bytes[i] = value >> (8 * i);
    vpcBufferPutBytes(buf, bytes, sizeof(bytes));
}


void
vpcBufferPutU64(vpcBuffer *buf, uint64_t value)
{
    vpcBufferPutU32(buf, (uint32_t)value);
    vpcBufferPutU32(buf, (uint32_t)(value >> 32));
}


void
vpcBufferPutDouble(vpcBuffer *buf, double value)
{
    uint64_t bits;

    memcpy(&bits, &value, sizeof(bits));
    vpcBufferPutU64(buf, bits);
}


void
vpcBufferPutString(vpcBuffer *buf, const char *str)
{
    size_t len;

    if (!str) {
        vpcBufferPutU32(buf, NULL_STRING);
        return;
    }
    len = strlen(str);
    vpcBufferPutU32(buf, (uint32_t)len);
    vpcBufferPutBytes(buf, str, len);
}


/* Reading: every getter fails softly, the reader remembers it. */

void
vpcReaderInit(vpcReader *rd, const void *data, size_t len)
{
    rd->data = data;
    rd->len = len;
    rd->pos = 0;
    rd->failed = false;
}


static const unsigned char *
readerTake(vpcReader *rd, size_t len)
{
    const unsigned char *p;

    if (rd->failed || rd->len - rd->pos < len) {
        rd->failed = true;
        return NULL;
    }
    p = rd->data + rd->pos;
    rd->pos += len;
    return p;
}


uint32_t
vpcReaderU32(vpcReader *rd)
{
    const unsigned char *p = readerTake(rd, 4);
    uint32_t value = 0;
    int i;

    for (i = 0; p && i < 4; i++)
        value |= (uint32_t)p[i] << (8 * i);
    return value;
}


uint64_t
vpcReaderU64(vpcReader *rd)
{
    uint64_t lo = vpcReaderU32(rd);

    return lo | (uint64_t)vpcReaderU32(rd) << 32;
}


double
vpcReaderDouble(vpcReader *rd)
{
    uint64_t bits = vpcReaderU64(rd);
    double value;

    memcpy(&value, &bits, sizeof(value));
    return value;
}


bool
vpcReaderBytes(vpcReader *rd, void *out, size_t len)
{
    const unsigned char *p = readerTake(rd, len);

    if (p)
        memcpy(out, p, len);
    return p != NULL;
}


/* A copy the caller frees; NULL for a NULL string or on failure. */
char *
vpcReaderString(vpcReader *rd)
{
    uint32_t len = vpcReaderU32(rd);
    const unsigned char *p;
    char *str;

    if (rd->failed || len == NULL_STRING)
        return NULL;
    if (!(p = readerTake(rd, len)) || !(str = malloc((size_t)len + 1))) {
        rd->failed = true;
        return NULL;
    }
    memcpy(str, p, len);
    str[len] = '\0';
    return str;
}


/* Into a fixed buffer, truncating. */
void
vpcReaderStringInto(vpcReader *rd, char *out, size_t size)
{
    char *str = vpcReaderString(rd);

    snprintf(out, size, "%s", str ? str : "");
    free(str);
}


/* Errors */

void
vpcPutError(vpcBuffer *buf, const vpcError *err)
{
    vpcBufferPutU32(buf, err->code);
    if (err->code == VPC_OK)
        return;
    vpcBufferPutString(buf, err->host);
    vpcBufferPutString(buf, err->vm);
    vpcBufferPutString(buf, err->detail);
}


void
vpcReadError(vpcReader *rd, vpcError *err)
{
    vpcErrorClear(err);
    err->code = vpcReaderU32(rd);
    if (err->code >= VPC_ERR_LAST)
        rd->failed = true;
    if (rd->failed || err->code == VPC_OK)
        return;
    vpcReaderStringInto(rd, err->host, sizeof(err->host));
    vpcReaderStringInto(rd, err->vm, sizeof(err->vm));
    vpcReaderStringInto(rd, err->detail, sizeof(err->detail));
}


/* Snapshots */

void
vpcPutSnapshot(vpcBuffer *buf, const vpcSnapshot *snap)
{
    size_t i;

    vpcBufferPutU64(buf, (uint64_t)snap->takenAtMs);
    vpcBufferPutU32(buf, (uint32_t)snap->nhosts);
    for (i = 0; i < snap->nhosts; i++) {
        vpcBufferPutString(buf, snap->hosts[i].uri);
        vpcBufferPutString(buf, snap->hosts[i].displayUri);
        vpcPutError(buf, &snap->hosts[i].error);
    }
    vpcBufferPutU32(buf, (uint32_t)snap->nvms);
    for (i = 0; i < snap->nvms; i++) {
        const vpcVMRecord *rec = &snap->vms[i];

        vpcBufferPutU32(buf, rec->hostIndex);
        vpcBufferPutBytes(buf, rec->uuid, sizeof(rec->uuid));
        vpcBufferPutString(buf, rec->name);
        vpcBufferPutU32(buf, rec->state);
        vpcBufferPutU32(buf, rec->running);
        vpcBufferPutU64(buf, rec->memoryKiB);
        vpcBufferPutU32(buf, rec->vcpus);
        vpcBufferPutU64(buf, rec->counters.netRx);
        vpcBufferPutU64(buf, rec->counters.netTx);
        vpcBufferPutU64(buf, rec->counters.diskRead);
        vpcBufferPutU64(buf, rec->counters.diskWritten);
        vpcBufferPutU32(buf, (uint32_t)rec->cpuUtilization);
        vpcBufferPutBytes(buf, rec->history, sizeof(rec->history));
        vpcBufferPutU64(buf, rec->uptimeSeconds);
        vpcBufferPutU32(buf, rec->factsGeneration);
    }
}


vpcSnapshot *
vpcReadSnapshot(vpcReader *rd)
{
    vpcSnapshot *snap = calloc(1, sizeof(*snap));
    uint32_t n, i;

    if (!snap) {
        rd->failed = true;
        return NULL;
    }
    snap->takenAtMs = (int64_t)vpcReaderU64(rd);
    n = vpcReaderU32(rd);
    /* Each host and VM takes bytes: a count beyond them is corrupt. */
    if (rd->failed || n > rd->len - rd->pos || !(snap->hosts = calloc(n ? n : 1, sizeof(*snap->hosts))))
        goto error;
    snap->nhosts = n;
    for (i = 0; i < n && !rd->failed; i++) {
        snap->hosts[i].uri = vpcReaderString(rd);
        snap->hosts[i].displayUri = vpcReaderString(rd);
        vpcReadError(rd, &snap->hosts[i].error);
        if (!snap->hosts[i].uri || !snap->hosts[i].displayUri)
            rd->failed = true;
    }

    n = vpcReaderU32(rd);
    if (rd->failed || n > rd->len - rd->pos || !(snap->vms = calloc(n ? n : 1, sizeof(*snap->vms))))
        goto error;
    for (i = 0; i < n && !rd->failed; i++) {
        vpcVMRecord *rec = &snap->vms[i];

        rec->hostIndex = vpcReaderU32(rd);
        vpcReaderBytes(rd, rec->uuid, sizeof(rec->uuid));
        rec->uuid[sizeof(rec->uuid) - 1] = '\0';
        rec->name = vpcReaderString(rd);
        snap->nvms = i + 1;
        rec->state = vpcReaderU32(rd);
        rec->running = vpcReaderU32(rd) != 0;
        rec->memoryKiB = vpcReaderU64(rd);
        rec->vcpus = vpcReaderU32(rd);
        rec->counters.netRx = vpcReaderU64(rd);
        rec->counters.netTx = vpcReaderU64(rd);
        rec->counters.diskRead = vpcReaderU64(rd);
        rec->counters.diskWritten = vpcReaderU64(rd);
        rec->cpuUtilization = (int)vpcReaderU32(rd);
        vpcReaderBytes(rd, rec->history, sizeof(rec->history));
        rec->uptimeSeconds = vpcReaderU64(rd);
        rec->factsGeneration = vpcReaderU32(rd);
        if (!rec->name || rec->hostIndex >= snap->nhosts)
            rd->failed = true;
    }
    if (rd->failed)
        goto error;
    return snap;

 error:
    rd->failed = true;
    vpcSnapshotFree(snap);
    return NULL;
}


/* Host lists, task statuses, scheduling, events: what requests carry. */

void
vpcPutHostList(vpcBuffer *buf, const vpcHostList *hosts)
{
    size_t i;

    /* The backend needs the URIs only; names are the script side's. */
    vpcBufferPutU32(buf, hosts ? (uint32_t)hosts->nhosts : 0);
    for (i = 0; hosts && i < hosts->nhosts; i++)
        vpcBufferPutString(buf, hosts->uris[i]);
}


int
vpcReadHostList(vpcReader *rd, vpcHostList *hosts)
{
    uint32_t n = vpcReaderU32(rd), i;

    memset(hosts, 0, sizeof(*hosts));
    for (i = 0; i < n && !rd->failed; i++) {
        char *uri = vpcReaderString(rd);

        if (!uri || vpcHostListAdd(hosts, uri) < 0)
            rd->failed = true;
        free(uri);
    }
    if (rd->failed) {
        vpcHostListClear(hosts);
        return -1;
    }
    return 0;
}


void
vpcPutTaskStatus(vpcBuffer *buf, const vpcTaskStatus *status)
{
    vpcBufferPutU64(buf, status->id);
    vpcBufferPutU32(buf, status->action);
    vpcBufferPutU32(buf, status->complete);
    vpcBufferPutU32(buf, (uint32_t)status->percent);
    vpcPutError(buf, &status->error);
    vpcBufferPutString(buf, status->vm);
}


void
vpcReadTaskStatus(vpcReader *rd, vpcTaskStatus *status)
{
    memset(status, 0, sizeof(*status));
    status->id = vpcReaderU64(rd);
    status->action = vpcReaderU32(rd);
    status->complete = vpcReaderU32(rd) != 0;
    status->percent = (int)vpcReaderU32(rd);
    vpcReadError(rd, &status->error);
    vpcReaderStringInto(rd, status->vm, sizeof(status->vm));
    if (status->action >= VPC_ACTION_LAST)
        rd->failed = true;
}


void
vpcPutScheduling(vpcBuffer *buf, const vpcScheduling *sched)
{
    vpcBufferPutU32(buf, sched->hostCpus);
    vpcBufferPutU32(buf, sched->vcpus);
    vpcBufferPutU32(buf, (uint32_t)sched->relativeWeight);
    vpcBufferPutDouble(buf, sched->maximumCapacity);
    vpcBufferPutDouble(buf, sched->reservedCapacity);
    vpcBufferPutDouble(buf, sched->allowableMaximum);
    vpcBufferPutDouble(buf, sched->allowableReserved);
}


void
vpcReadScheduling(vpcReader *rd, vpcScheduling *sched)
{
    sched->hostCpus = vpcReaderU32(rd);
    sched->vcpus = vpcReaderU32(rd);
    sched->relativeWeight = (int)vpcReaderU32(rd);
    sched->maximumCapacity = vpcReaderDouble(rd);
    sched->reservedCapacity = vpcReaderDouble(rd);
    sched->allowableMaximum = vpcReaderDouble(rd);
    sched->allowableReserved = vpcReaderDouble(rd);
}


/* Each entry: its UUID's fixed bytes, then its error or its scheduling. */
void
vpcPutSchedulingList(vpcBuffer *buf, const vpcSchedulingList *list)
{
    size_t i;

    vpcBufferPutU32(buf, (uint32_t)list->count);
    for (i = 0; i < list->count; i++) {
        const vpcSchedulingEntry *entry = &list->entries[i];

        vpcBufferPutBytes(buf, entry->uuid, sizeof(entry->uuid));
        vpcBufferPutU32(buf, entry->error != NULL);
        if (entry->error)
            vpcPutError(buf, entry->error);
        else
            vpcPutScheduling(buf, &entry->sched);
    }
}


void
vpcReadSchedulingList(vpcReader *rd, vpcSchedulingList *list)
{
    uint32_t n = vpcReaderU32(rd), i;

    memset(list, 0, sizeof(*list));
    /* Each entry takes bytes: a count beyond them is corrupt. */
    if (rd->failed || n > rd->len - rd->pos ||
        !(list->entries = calloc(n ? n : 1, sizeof(*list->entries)))) {
        rd->failed = true;
        return;
    }
    for (i = 0; i < n && !rd->failed; i++) {
        vpcSchedulingEntry *entry = &list->entries[i];

        vpcReaderBytes(rd, entry->uuid, sizeof(entry->uuid));
        entry->uuid[sizeof(entry->uuid) - 1] = '\0';
        list->count = i + 1;
        if (vpcReaderU32(rd)) {
            if (!(entry->error = calloc(1, sizeof(*entry->error))))
                rd->failed = true;
            else
                vpcReadError(rd, entry->error);
        } else {
            vpcReadScheduling(rd, &entry->sched);
        }
    }
    /* Sorted here, not trusted to arrive sorted: lookups bisect. */
    if (!rd->failed)
        vpcSchedulingListSort(list);
}


void
vpcPutEventList(vpcBuffer *buf, const vpcEventCursor *cursor, const vpcEventList *events)
{
    size_t i;

    vpcBufferPutU32(buf, cursor->instance);
    vpcBufferPutU64(buf, cursor->seq);
    vpcBufferPutU64(buf, events->lost);
    vpcBufferPutU32(buf, events->restarted);
    vpcBufferPutU32(buf, (uint32_t)events->count);
    for (i = 0; i < events->count; i++) {
        const vpcEvent *event = &events->events[i];

        vpcBufferPutU64(buf, event->seq);
        vpcBufferPutU32(buf, event->kind);
        vpcBufferPutU32(buf, event->state);
        vpcBufferPutString(buf, event->hostUri);
        vpcBufferPutString(buf, event->uuid);
        vpcBufferPutString(buf, event->name);
    }
}


int
vpcReadEventList(vpcReader *rd, vpcEventCursor *cursor, vpcEventList *events)
{
    uint32_t count, i;

    memset(events, 0, sizeof(*events));
    cursor->instance = vpcReaderU32(rd);
    cursor->seq = vpcReaderU64(rd);
    events->lost = vpcReaderU64(rd);
    events->restarted = vpcReaderU32(rd) != 0;
    count = vpcReaderU32(rd);
    /* Each event takes at least 32 bytes: a count beyond that is a lie. */
    if (rd->failed || count > (rd->len - rd->pos) / 32) {
        rd->failed = true;
        return -1;
    }
    if (count && !(events->events = calloc(count, sizeof(*events->events)))) {
        rd->failed = true;
        return -1;
    }
    for (i = 0; i < count; i++) {
        vpcEvent *event = &events->events[i];

        events->count++;
        event->seq = vpcReaderU64(rd);
        event->kind = vpcReaderU32(rd);
        event->state = vpcReaderU32(rd);
        event->hostUri = vpcReaderString(rd);
        vpcReaderStringInto(rd, event->uuid, sizeof(event->uuid));
        event->name = vpcReaderString(rd);
        if (rd->failed || !event->hostUri || !event->name) {
            rd->failed = true;
            vpcEventListClear(events);
            return -1;
        }
    }
    return 0;
}
