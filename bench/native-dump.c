/*
 * native-dump: the libvirt calls of one wine-vpc accounting dump, made by a
 * minimal native client (the baseline of bench/run).
 *
 *   native-dump [--sched] [--passes K] [--quiet] URI
 *
 * Connected read-only to URI, it does what the backend (libs/vpccore/host.c)
 * does to sample a host whose driver leaves the CPU, interface and block
 * groups of the bulk call empty (libvirt's test driver):
 *
 *   - one virConnectGetAllDomainStats(STATE|CPU_TOTAL|BALLOON|VCPU|
 *     INTERFACE|BLOCK, NOWAIT);
 *   - for every active domain: virDomainGetInfo, one virDomainInterfaceStats
 *     per NIC and one virDomainBlockStats per disk, the device names taken
 *     from virDomainGetXMLDesc once (first pass only, as the backend caches
 *     them); on the first pass also virDomainGetInfo and
 *     virDomainHasManagedSaveImage for each inactive domain, which the
 *     backend asks once too;
 *
 * and reads the same values back (state, vCPUs, memory, CPU time, the sums
 * of the NICs' and disks' byte counters), printing one line per domain.
 *
 * --sched adds what the backend does the first time a script reads a
 * scheduling member (capacities, RelativeWeight), once per domain:
 * virDomainLookupByUUIDString, virDomainGetSchedulerType,
 * virDomainGetSchedulerParameters and virDomainGetMetadata (the wine-vpc
 * scheduling element).
 *
 * --passes K repeats the sampling K times over the same connection (the
 * scheduling calls are made once); the first pass is "cold" (XML), the
 * others are what a warm backend does once a second.  Timings go to stderr
 * as "native-dump: key=value" lines:
 *   connect_us, first_pass_us, warm_pass_median_us (K >= 2), sched_us,
 *   domains, active, calls (libvirt calls made, connection set-up excluded).
 *
 * --event-loop sets the connection up as the backend does: a libvirt event
 * loop running in a thread, keepalive (2 s, 2) and a lifecycle callback.
 * It is not needed for the calls; bench/run uses it to show what it costs.
 *
 * Build: gcc -O2 -pthread -o native-dump native-dump.c \
 *            $(pkg-config --cflags --libs libvirt libxml-2.0)
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

/* The namespace wine-vpc keeps the reservation under (libs/vpccore). */
#define SCHEDULING_NS "https://wine-vpc.invalid/xmlns/scheduling/1.0"

typedef struct {
    char **names;
    size_t count;
} devList;

typedef struct {
    unsigned char uuid[VIR_UUID_BUFLEN];
    char *name;
    bool devicesKnown, infoKnown, managedSaveKnown;
    bool managedSave;
    devList nics, disks;
    /* values of the last pass */
    int state;
    unsigned int vcpus;
    uint64_t memoryKiB, cpuTimeNs, netRx, netTx, diskRead, diskWritten;
    /* scheduling (--sched) */
    bool schedKnown;
    unsigned long long weight, period;
    long long quota;
    size_t metadataLen;
} domState;

static domState *doms;
static size_t ndoms;
static unsigned long long calls;

static int64_t
nowUs(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void
die(const char *what)
{
    fprintf(stderr, "native-dump: %s: %s\n", what, virGetLastErrorMessage());
    exit(1);
}

static void
devAppend(devList *list, const char *name)
{
    list->names = realloc(list->names, (list->count + 1) * sizeof(*list->names));
    if (!list->names || !(list->names[list->count] = strdup(name))) {
        fprintf(stderr, "native-dump: out of memory\n");
        exit(1);
    }
    list->count++;
}

/* The same selection as vpcDomainXMLDevices: NICs by target dev, else MAC;
 * disks by target dev. */
static void
collect(xmlXPathContextPtr ctxt, const char *devices, const char *primary,
        const char *fallback, devList *list)
{
    xmlXPathObjectPtr nodes = xmlXPathEvalExpression((const xmlChar *)devices, ctxt);
    int i;

    for (i = 0; nodes && nodes->nodesetval && i < nodes->nodesetval->nodeNr; i++) {
        const char *exprs[2] = { primary, fallback };
        xmlChar *value = NULL;
        int e;

        ctxt->node = nodes->nodesetval->nodeTab[i];
        for (e = 0; e < 2 && exprs[e] && !value; e++) {
            xmlXPathObjectPtr attr = xmlXPathEvalExpression((const xmlChar *)exprs[e], ctxt);

            if (attr && attr->type == XPATH_STRING && attr->stringval && *attr->stringval)
                value = xmlStrdup(attr->stringval);
            xmlXPathFreeObject(attr);
        }
        devAppend(list, value ? (const char *)value : "");
        xmlFree(value);
    }
    xmlXPathFreeObject(nodes);
}

static void
fetchDevices(virDomainPtr dom, domState *st)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    xmlDocPtr doc;
    xmlXPathContextPtr ctxt;

    calls++;
    if (!xml)
        die("virDomainGetXMLDesc");
    doc = xmlReadMemory(xml, strlen(xml), "domain.xml", NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    free(xml);
    if (!doc || !(ctxt = xmlXPathNewContext(doc))) {
        fprintf(stderr, "native-dump: cannot parse the XML of %s\n", st->name);
        exit(1);
    }
    collect(ctxt, "/domain/devices/interface", "string(target/@dev)", "string(mac/@address)",
            &st->nics);
    collect(ctxt, "/domain/devices/disk", "string(target/@dev)", NULL, &st->disks);
    xmlXPathFreeContext(ctxt);
    xmlFreeDoc(doc);
    st->devicesKnown = true;
}

/* The domain of a bulk record; 'first' on the first pass, whose records
 * are all new (and distinct). */
static domState *
findOrAdd(virDomainPtr dom, size_t hint, bool first)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    size_t i;

    if (virDomainGetUUID(dom, uuid) < 0)
        die("virDomainGetUUID");
    /* The records come back in the same order each time: try that first. */
    if (hint < ndoms && memcmp(doms[hint].uuid, uuid, VIR_UUID_BUFLEN) == 0)
        return &doms[hint];
    for (i = 0; !first && i < ndoms; i++)
        if (memcmp(doms[i].uuid, uuid, VIR_UUID_BUFLEN) == 0)
            return &doms[i];
    doms = realloc(doms, (ndoms + 1) * sizeof(*doms));
    if (!doms) {
        fprintf(stderr, "native-dump: out of memory\n");
        exit(1);
    }
    memset(&doms[ndoms], 0, sizeof(*doms));
    memcpy(doms[ndoms].uuid, uuid, VIR_UUID_BUFLEN);
    doms[ndoms].name = strdup(virDomainGetName(dom));
    return &doms[ndoms++];
}

static bool
isActive(int state)
{
    return state != VIR_DOMAIN_SHUTOFF && state != VIR_DOMAIN_CRASHED &&
           state != VIR_DOMAIN_NOSTATE;
}

/* One sample of every domain; returns the number of active domains. */
static size_t
samplePass(virConnectPtr conn)
{
    unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                          VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                          VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;
    virDomainStatsRecordPtr *records = NULL;
    size_t active = 0, d;
    bool first = ndoms == 0;
    int n, i;

    n = virConnectGetAllDomainStats(conn, groups, &records,
                                    VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    calls++;
    if (n < 0)
        die("virConnectGetAllDomainStats");

    for (i = 0; i < n; i++) {
        virDomainPtr dom = records[i]->dom;
        domState *st = findOrAdd(dom, i, first);
        int state;

        if (virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.state",
                                 &state) != 1)
            state = -1;
        st->state = state;

        /* What the bulk record lacks (the test driver fills only STATE). */
        if (state < 0 || isActive(state) || !st->infoKnown) {
            virDomainInfo info;

            calls++;
            if (virDomainGetInfo(dom, &info) < 0)
                die("virDomainGetInfo");
            if (state < 0)
                st->state = state = info.state;
            st->vcpus = info.nrVirtCpu;
            st->memoryKiB = info.maxMem;
            st->cpuTimeNs = isActive(state) ? info.cpuTime : 0;
            st->infoKnown = true;
        }
        if (!isActive(state)) {
            if (st->state == VIR_DOMAIN_SHUTOFF && !st->managedSaveKnown) {
                int rc;

                calls++;                /* asked once, as the backend does */
                if ((rc = virDomainHasManagedSaveImage(dom, 0)) < 0)
                    die("virDomainHasManagedSaveImage");
                st->managedSave = rc > 0;
                st->managedSaveKnown = true;
            }
            st->netRx = st->netTx = st->diskRead = st->diskWritten = 0;
            continue;
        }
        active++;
        if (!st->devicesKnown)
            fetchDevices(dom, st);

        st->netRx = st->netTx = 0;
        for (d = 0; d < st->nics.count; d++) {
            virDomainInterfaceStatsStruct s;

            calls++;
            if (virDomainInterfaceStats(dom, st->nics.names[d], &s, sizeof(s)) < 0)
                die("virDomainInterfaceStats");
            st->netRx += s.rx_bytes > 0 ? (uint64_t)s.rx_bytes : 0;
            st->netTx += s.tx_bytes > 0 ? (uint64_t)s.tx_bytes : 0;
        }
        st->diskRead = st->diskWritten = 0;
        for (d = 0; d < st->disks.count; d++) {
            virDomainBlockStatsStruct s;

            calls++;
            if (virDomainBlockStats(dom, st->disks.names[d], &s, sizeof(s)) < 0)
                die("virDomainBlockStats");
            st->diskRead += s.rd_bytes > 0 ? (uint64_t)s.rd_bytes : 0;
            st->diskWritten += s.wr_bytes > 0 ? (uint64_t)s.wr_bytes : 0;
        }
    }
    virDomainStatsRecordListFree(records);
    return active;
}

/* As the backend formats the UUIDs it looks domains up by. */
static void
formatUUID(const unsigned char *raw, char *out)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    for (i = 0; i < VIR_UUID_BUFLEN; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[raw[i] >> 4];
        *out++ = hex[raw[i] & 15];
    }
    *out = '\0';
}

/* What ensureScheduling + fetchScheduling (libs/vpccore/hostsched.c) ask. */
static void
fetchScheduling(virConnectPtr conn, domState *st)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    virTypedParameterPtr params = NULL;
    virDomainPtr dom;
    int nparams = 0, i;
    char *type, *metadata;

    formatUUID(st->uuid, uuid);
    calls++;
    if (!(dom = virDomainLookupByUUIDString(conn, uuid)))
        die("virDomainLookupByUUIDString");
    calls++;
    if (!(type = virDomainGetSchedulerType(dom, &nparams)))
        die("virDomainGetSchedulerType");
    free(type);
    if (nparams > 0) {
        params = calloc(nparams, sizeof(*params));
        calls++;
        if (!params || virDomainGetSchedulerParameters(dom, params, &nparams) < 0)
            die("virDomainGetSchedulerParameters");
    }
    for (i = 0; i < nparams; i++) {
        if (strcmp(params[i].field, VIR_DOMAIN_SCHEDULER_CPU_SHARES) == 0)
            st->weight = params[i].value.ul;
        else if (strcmp(params[i].field, VIR_DOMAIN_SCHEDULER_WEIGHT) == 0)
            st->weight = params[i].value.ui;
        else if (strcmp(params[i].field, VIR_DOMAIN_SCHEDULER_VCPU_QUOTA) == 0)
            st->quota = params[i].value.l;
        else if (strcmp(params[i].field, VIR_DOMAIN_SCHEDULER_VCPU_PERIOD) == 0)
            st->period = params[i].value.ul;
    }
    free(params);
    calls++;
    metadata = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, SCHEDULING_NS,
                                    VIR_DOMAIN_AFFECT_CURRENT);
    if (!metadata && virGetLastErrorCode() != VIR_ERR_NO_DOMAIN_METADATA)
        die("virDomainGetMetadata");
    virResetLastError();
    st->metadataLen = metadata ? strlen(metadata) : 0;
    free(metadata);
    st->schedKnown = true;
    virDomainFree(dom);
}

/* --event-loop: as the backend does (libs/vpccore/libvirt.c, host.c), a
 * libvirt event loop in a thread of its own, keepalive and a lifecycle
 * callback registered on the connection. */
static void *
eventLoop(void *opaque)
{
    (void)opaque;
    for (;;)
        if (virEventRunDefaultImpl() < 0)
            break;
    return NULL;
}

static int
lifecycle(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void)conn;
    (void)dom;
    (void)event;
    (void)detail;
    (void)opaque;
    return 0;
}

static int
compareLL(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

    return x < y ? -1 : x > y;
}

static void
quietError(void *opaque, virErrorPtr err)
{
    (void)opaque;
    (void)err;
}

int
main(int argc, char **argv)
{
    bool sched = false, quiet = false, events = false;
    int passes = 1, i;
    const char *uri = NULL;
    int64_t t0, t1, tConnect, tFirst, tSched = 0, *warm;
    virConnectPtr conn;
    size_t active = 0, d;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--sched") == 0)
            sched = true;
        else if (strcmp(argv[i], "--quiet") == 0)
            quiet = true;
        else if (strcmp(argv[i], "--event-loop") == 0)
            events = true;
        else if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
            passes = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !uri)
            uri = argv[i];
        else
            uri = NULL, i = argc;
    }
    if (!uri || passes < 1) {
        fprintf(stderr, "usage: native-dump [--sched] [--event-loop] [--passes K] [--quiet] URI\n");
        return 2;
    }
    virSetErrorFunc(NULL, quietError);
    if (events) {
        pthread_t thread;

        if (virEventRegisterDefaultImpl() < 0 ||
            pthread_create(&thread, NULL, eventLoop, NULL) != 0)
            die("cannot start an event loop");
    }

    t0 = nowUs();
    if (!(conn = virConnectOpenReadOnly(uri)))
        die("cannot connect");
    if (events) {
        if (virConnectSetKeepAlive(conn, 2, 2) < 0 ||
            virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                             VIR_DOMAIN_EVENT_CALLBACK(lifecycle), NULL,
                                             NULL) < 0)
            die("cannot set up keepalive and events");
    }
    t1 = nowUs();
    tConnect = t1 - t0;

    active = samplePass(conn);
    tFirst = nowUs() - t1;

    if (sched) {
        t0 = nowUs();
        for (d = 0; d < ndoms; d++)
            fetchScheduling(conn, &doms[d]);
        tSched = nowUs() - t0;
    }

    warm = calloc(passes, sizeof(*warm));
    for (i = 1; i < passes; i++) {
        t0 = nowUs();
        samplePass(conn);
        warm[i - 1] = nowUs() - t0;
    }

    if (!quiet) {
        for (d = 0; d < ndoms; d++) {
            const domState *st = &doms[d];

            printf("%s state=%d vcpus=%u memKiB=%llu cpuNs=%llu netRx=%llu netTx=%llu "
                   "diskRd=%llu diskWr=%llu", st->name, st->state, st->vcpus,
                   (unsigned long long)st->memoryKiB, (unsigned long long)st->cpuTimeNs,
                   (unsigned long long)st->netRx, (unsigned long long)st->netTx,
                   (unsigned long long)st->diskRead, (unsigned long long)st->diskWritten);
            if (st->schedKnown)
                printf(" weight=%llu quota=%lld period=%llu metadata=%zu", st->weight,
                       st->quota, st->period, st->metadataLen);
            putchar('\n');
        }
    }

    fprintf(stderr, "native-dump: connect_us=%lld\n", (long long)tConnect);
    fprintf(stderr, "native-dump: first_pass_us=%lld\n", (long long)tFirst);
    if (sched)
        fprintf(stderr, "native-dump: sched_us=%lld\n", (long long)tSched);
    if (passes > 1) {
        qsort(warm, passes - 1, sizeof(*warm), compareLL);
        fprintf(stderr, "native-dump: warm_pass_median_us=%lld\n",
                (long long)warm[(passes - 1) / 2]);
    }
    fprintf(stderr, "native-dump: domains=%zu\n", ndoms);
    fprintf(stderr, "native-dump: active=%zu\n", active);
    fprintf(stderr, "native-dump: calls=%llu\n", calls);
    free(warm);
    virConnectClose(conn);
    return 0;
}
