/*
 * A domain's CPU scheduling as Virtual Server shows it: reservation,
 * maximum and relative weight, from the driver's parameters and our
 * metadata, read on demand and kept until an event makes them stale.
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

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vpchost.h"

#define QUOTA_PERIOD_US 100000


void
vpcHostScheduleInvalidate(vpcDomain *dom)
{
    dom->sched.stale = true;
    dom->sched.metaStale = true;
    dom->schedGeneration++;
}


/* cpu_shares is the hypervisor's own and authoritative; the test driver
 * accepts a "weight" but keeps none, so ours lives in the metadata. */
static bool
weightKeptByDriver(const vpcDomainScheduling *sched)
{
    return strcmp(sched->weightParam, VIR_DOMAIN_SCHEDULER_CPU_SHARES) == 0;
}


/* The most scheduler parameters the remote protocol carries. */
#define SCHED_PARAMS_MAX 16

/*
 * The driver's scheduler parameters.  libvirt takes any count at least as
 * large as the driver's, which virDomainGetSchedulerType would tell:
 * asking for as many as the protocol carries saves that call.  A driver
 * that refuses gets the call, and then its count.  Not the Flags variant:
 * the test driver rejects the typed-string flag libvirt adds to it.
 */
static int
fetchSchedulerParams(virDomainPtr dom, vpcDomainScheduling *sched)
{
    virTypedParameterPtr params;
    int nparams = SCHED_PARAMS_MAX, i;

    if (!(params = calloc(SCHED_PARAMS_MAX, sizeof(*params))))
        return -1;
    if (virDomainGetSchedulerParameters(dom, params, &nparams) < 0) {
        char *type;

        virResetLastError();
        nparams = 0;
        if (!(type = virDomainGetSchedulerType(dom, &nparams))) {
            free(params);
            return -1;
        }
        free(type);
        if (nparams > SCHED_PARAMS_MAX)
            nparams = SCHED_PARAMS_MAX;
        if (nparams > 0 && virDomainGetSchedulerParameters(dom, params, &nparams) < 0) {
            free(params);
            return -1;
        }
    }

    sched->weightParam[0] = '\0';
    sched->weight = 0;
    sched->quotaSupported = false;
    sched->quota = 0;
    sched->period = 0;
    for (i = 0; i < nparams; i++) {
        const virTypedParameter *p = &params[i];

        if (strcmp(p->field, VIR_DOMAIN_SCHEDULER_CPU_SHARES) == 0 &&
            p->type == VIR_TYPED_PARAM_ULLONG) {
            snprintf(sched->weightParam, sizeof(sched->weightParam), "%s", p->field);
            sched->weight = p->value.ul;
        } else if (strcmp(p->field, VIR_DOMAIN_SCHEDULER_WEIGHT) == 0 &&
                   p->type == VIR_TYPED_PARAM_UINT) {
            snprintf(sched->weightParam, sizeof(sched->weightParam), "%s", p->field);
            sched->weight = p->value.ui;
        } else if (strcmp(p->field, VIR_DOMAIN_SCHEDULER_VCPU_QUOTA) == 0 &&
                   p->type == VIR_TYPED_PARAM_LLONG) {
            sched->quotaSupported = true;
            sched->quota = p->value.l;
        } else if (strcmp(p->field, VIR_DOMAIN_SCHEDULER_VCPU_PERIOD) == 0 &&
                   p->type == VIR_TYPED_PARAM_ULLONG) {
            sched->period = p->value.ul;
        }
    }
    virTypedParamsClear(params, nparams);
    free(params);
    return 0;
}


/* Our scheduling element; -1 values where the domain has none. */
static int
fetchSchedulingMetadata(virDomainPtr dom, vpcSchedulingMetadata *meta)
{
    char *metadata = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, VPC_SCHEDULING_NS,
                                          VIR_DOMAIN_AFFECT_CURRENT);

    meta->reserved = meta->maximum = meta->weight = -1;
    if (!metadata && virGetLastErrorCode() != VIR_ERR_NO_DOMAIN_METADATA)
        return -1;
    virResetLastError();
    if (metadata) {
        if (vpcSchedulingXMLParse(metadata, meta) < 0)
            meta->reserved = meta->maximum = meta->weight = -1;
        free(metadata);
    }
    return 0;
}


static double
allowableMaximum(unsigned int vcpus, unsigned int hostCpus)
{
    double share;

    if (!hostCpus || !vcpus)
        return 100;
    share = 100.0 * vcpus / hostCpus;
    return share > 100 ? 100 : share;
}


/* The reservation our metadata holds, 0 when none. */
static double
reservedOf(const vpcDomainScheduling *sched)
{
    return sched->metaKnown && sched->meta.reserved > 0 ? sched->meta.reserved : 0;
}


/* What the metadata holds counts where the driver keeps nothing: a maximum
 * without a quota, a weight without cpu_shares. */
static void
schedulingView(const vpcDomain *dom, unsigned int hostCpus, vpcScheduling *out)
{
    const vpcDomainScheduling *s = &dom->sched;
    double allowable = allowableMaximum(dom->vcpus, hostCpus);
    double storedMaximum = !s->quotaSupported ? s->meta.maximum : -1;
    double storedWeight = !weightKeptByDriver(s) ? s->meta.weight : -1;
    unsigned long long weight;

    memset(out, 0, sizeof(*out));
    out->hostCpus = hostCpus;
    out->vcpus = dom->vcpus;
    out->allowableMaximum = allowable;
    out->reservedCapacity = reservedOf(s);

    if (storedWeight >= 0)
        weight = (unsigned long long)storedWeight;
    else if (s->weightParam[0])
        weight = s->weight;
    else
        weight = VPC_WEIGHT_DEFAULT;
    if (weight < VPC_WEIGHT_MIN)
        weight = VPC_WEIGHT_MIN;
    if (weight > VPC_WEIGHT_MAX)
        weight = VPC_WEIGHT_MAX;
    out->relativeWeight = (int)weight;

    if (s->quotaSupported && s->quota > 0 && s->period > 0 && hostCpus)
        out->maximumCapacity = 100.0 * dom->vcpus * s->quota / s->period / hostCpus;
    else if (storedMaximum >= 0)
        out->maximumCapacity = storedMaximum;
    else
        out->maximumCapacity = allowable;
    if (out->maximumCapacity > allowable)
        out->maximumCapacity = allowable;
}


/* A domain whose scheduling ensureScheduling reads. */
typedef struct {
    char *uuid;
    virDomainPtr handle;        /* from sampling, or NULL */
    unsigned int generation;    /* its invalidations when asked */
    bool params;                /* the driver's parameters */
    bool meta;                  /* our metadata element */
    vpcDomainScheduling read;   /* what was read, unless 'failed' */
    bool failed;
    vpcError *error;            /* why it failed (NULL: no memory to say) */
} schedulingWant;

/* What ensureScheduling reads. */
typedef enum {
    SCHEDULING_ONE,             /* 'uuid' in full, the reservations of the running */
    SCHEDULING_RESERVATIONS,    /* the reservations of the running domains */
    SCHEDULING_EVERY_DOMAIN,    /* every domain in full */
} schedulingScope;


static void
freeWants(schedulingWant *wants, size_t nwants)
{
    size_t i;

    for (i = 0; i < nwants; i++) {
        free(wants[i].uuid);
        free(wants[i].error);
    }
    free(wants);
}


/* One domain's scheduling, on any thread: the result stays in 'want'. */
static void
readWant(vpcHost *host, virConnectPtr conn, schedulingWant *want)
{
    virDomainPtr dom = want->handle;
    vpcError err;

    want->handle = NULL;
    vpcErrorClear(&err);
    if (!dom && !(dom = vpcHostLookupDomain(host, conn, want->uuid, &err))) {
        want->failed = true;
    } else if ((want->params && fetchSchedulerParams(dom, &want->read) < 0) ||
               (want->meta && fetchSchedulingMetadata(dom, &want->read.meta) < 0)) {
        vpcErrorFromLibvirt(&err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri,
                            virDomainGetName(dom), "cannot read the scheduling parameters");
        want->failed = true;
    }
    if (dom)
        virDomainFree(dom);
    if (want->failed && (want->error = malloc(sizeof(*want->error))))
        *want->error = err;
    virResetLastError();
}


typedef struct {
    vpcHost *host;
    virConnectPtr conn;
    schedulingWant *wants;
    size_t count;
    size_t next;                /* the next want to take, atomically */
} schedulingWork;


static void *
schedulingWorker(void *opaque)
{
    schedulingWork *work = opaque;
    size_t i;

    while ((i = __atomic_fetch_add(&work->next, 1, __ATOMIC_RELAXED)) < work->count)
        readWant(work->host, work->conn, &work->wants[i]);
    return NULL;
}


/* Two calls per domain at most, whose round trips, not the work behind
 * them, make the time: a few in flight at once, as sampling does. */
static void
readWants(vpcHost *host, virConnectPtr conn, schedulingWant *wants, size_t n)
{
    schedulingWork work = { host, conn, wants, n, 0 };
    vpcThread threads[POLL_WORKERS - 1];
    size_t started = 0, i;

    if (n >= POLL_WORKER_MIN_ENTRIES) {
        for (i = 0; i < POLL_WORKERS - 1; i++) {
            if (vpcThreadStart(&threads[started], schedulingWorker, &work) < 0)
                break;
            started++;
        }
    }
    schedulingWorker(&work);
    for (i = 0; i < started; i++)
        vpcThreadJoin(&threads[i]);
}


/*
 * Makes sure what requests need is cached, fetching only what is not:
 * for 'uuid', the driver's parameters and our metadata element; for the
 * other running domains, only that element, for their reservations, which
 * sampling usually read already with the devices.  Kept until an event or
 * a write invalidates it.
 *
 * For every domain (SCHEDULING_EVERY_DOMAIN), a domain that cannot be read
 * fails alone, as its own request would: its error goes to '*failures'
 * (the caller frees them with freeWants) and the others are still read;
 * the request fails as a whole only when the host itself stops answering.
 */
static int
ensureScheduling(vpcHost *host, schedulingScope scope, const char *uuid,
                 schedulingWant **failures, size_t *nfailures, vpcError *err)
{
    schedulingWant *wants = NULL;
    size_t nwants = 0, i;
    virConnectPtr conn = NULL;
    int rc = 0;

    pthread_mutex_lock(&host->lock);
    if (!(wants = calloc(host->ndomains ? host->ndomains : 1, sizeof(*wants)))) {
        pthread_mutex_unlock(&host->lock);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    for (i = 0; i < host->ndomains; i++) {
        vpcDomain *dom = host->domains[i];
        bool self = scope == SCHEDULING_EVERY_DOMAIN ||
                    (scope == SCHEDULING_ONE && strcmp(dom->uuid, uuid) == 0);
        bool params = self && (!dom->sched.known || dom->sched.stale);
        bool meta = (self || vpcPowerIsOn(dom->state)) &&
                    (!dom->sched.metaKnown || dom->sched.metaStale);

        if (params || meta) {
            wants[nwants].generation = dom->schedGeneration;
            wants[nwants].params = params;
            wants[nwants].meta = meta;
            wants[nwants].handle = vpcHostDomainHandleLocked(host, dom);
            wants[nwants++].uuid = strdup(dom->uuid);
        }
    }
    pthread_mutex_unlock(&host->lock);

    if (nwants) {
        size_t params = 0, metas = 0;

        for (i = 0; i < nwants; i++) {
            params += wants[i].params;
            metas += wants[i].meta;
        }
        vpcLog(VPC_LOG_DEBUG, "%s: scheduling: %zu parameters, %zu metadata to ask",
               host->displayUri, params, metas);
        /* Also for a handle: the host must answer. */
        if (!(conn = vpcHostReadConnection(host, err)))
            rc = -1;
    }
    for (i = 0; i < nwants && rc == 0; i++) {
        if (!wants[i].uuid) {
            vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
            rc = -1;
        }
    }
    if (rc == 0 && nwants)
        readWants(host, conn, wants, nwants);
    for (i = 0; i < nwants && rc == 0; i++) {
        const vpcDomainScheduling *sched = &wants[i].read;
        vpcDomain *cached;

        if (wants[i].failed) {
            /* A request for one VM fails with it; for every VM, when the host
             * stopped answering. */
            if (scope != SCHEDULING_EVERY_DOMAIN || !wants[i].error ||
                virConnectIsAlive(conn) != 1) {
                if (wants[i].error)
                    *err = *wants[i].error;
                else
                    vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
                rc = -1;
            }
            continue;
        }
        pthread_mutex_lock(&host->lock);
        if ((cached = vpcHostFindDomainByStringLocked(host, wants[i].uuid))) {
            /* Changed again while we read it: use these, read again next time. */
            bool changed = cached->schedGeneration != wants[i].generation;

            if (wants[i].params) {
                memcpy(cached->sched.weightParam, sched->weightParam, sizeof(sched->weightParam));
                cached->sched.weight = sched->weight;
                cached->sched.quotaSupported = sched->quotaSupported;
                cached->sched.quota = sched->quota;
                cached->sched.period = sched->period;
                cached->sched.known = true;
                cached->sched.stale = changed;
            }
            if (wants[i].meta) {
                cached->sched.meta = sched->meta;
                cached->sched.metaKnown = true;
                cached->sched.metaStale = changed;
            }
        }
        pthread_mutex_unlock(&host->lock);
    }
    if (conn)
        virConnectClose(conn);
    for (i = 0; i < nwants; i++) {
        if (wants[i].handle) {
            virDomainFree(wants[i].handle);
            wants[i].handle = NULL;
        }
    }
    if (rc == 0 && failures) {
        *failures = wants;
        *nfailures = nwants;
    } else {
        freeWants(wants, nwants);
    }
    return rc;
}


static double
reservedByOthersLocked(vpcHost *host, const char *uuid)
{
    double total = 0;
    size_t i;

    for (i = 0; i < host->ndomains; i++) {
        const vpcDomain *dom = host->domains[i];

        if ((!uuid || strcmp(dom->uuid, uuid) != 0) && vpcPowerIsOn(dom->state))
            total += reservedOf(&dom->sched);
    }
    return total;
}


int
vpcHostGetScheduling(vpcHost *host, const char *uuid, vpcScheduling *out, vpcError *err)
{
    vpcDomain *dom;
    double left;

    if (ensureScheduling(host, SCHEDULING_ONE, uuid, NULL, NULL, err) < 0)
        return -1;

    pthread_mutex_lock(&host->lock);
    if (!(dom = vpcHostFindDomainByStringLocked(host, uuid)) || !dom->sched.known ||
        !dom->sched.metaKnown) {
        pthread_mutex_unlock(&host->lock);
        vpcErrorSet(err, VPC_ERR_VM_UNKNOWN, host->displayUri, uuid, NULL);
        return -1;
    }
    schedulingView(dom, host->hostCpus, out);
    left = 100 - reservedByOthersLocked(host, uuid);
    out->allowableReserved = left < out->allowableMaximum ? left : out->allowableMaximum;
    if (out->allowableReserved < 0)
        out->allowableReserved = 0;
    pthread_mutex_unlock(&host->lock);
    return 0;
}


/*
 * Every domain's scheduling, as vpcHostGetScheduling gives one domain's.
 * The others' reservations each domain's allowableReserved subtracts are
 * summed in the same order as there, so that the values are the same to
 * the last bit; only the running domains that reserve anything add.
 */
int
vpcHostGetAllScheduling(vpcHost *host, vpcSchedulingList *list, vpcError *err)
{
    schedulingWant *failures = NULL;
    size_t nfailures = 0, *reserving = NULL, nreserving = 0, i, j;
    int rc = 0;

    memset(list, 0, sizeof(*list));
    if (ensureScheduling(host, SCHEDULING_EVERY_DOMAIN, NULL, &failures, &nfailures, err) < 0)
        return -1;

    pthread_mutex_lock(&host->lock);
    if (!(list->entries = calloc(host->ndomains ? host->ndomains : 1, sizeof(*list->entries))) ||
        !(reserving = calloc(host->ndomains ? host->ndomains : 1, sizeof(*reserving)))) {
        rc = -1;
        goto unlock;
    }
    for (i = 0; i < host->ndomains; i++)
        if (vpcPowerIsOn(host->domains[i]->state) && reservedOf(&host->domains[i]->sched) > 0)
            reserving[nreserving++] = i;

    for (i = 0; i < host->ndomains; i++) {
        const vpcDomain *dom = host->domains[i];
        vpcSchedulingEntry *entry = &list->entries[list->count];
        const vpcError *failed = NULL;
        double others = 0, left;

        for (j = 0; j < nfailures; j++)
            if (failures[j].error && strcmp(failures[j].uuid, dom->uuid) == 0)
                failed = failures[j].error;
        if (failed) {
            if (!(entry->error = malloc(sizeof(*entry->error)))) {
                rc = -1;
                goto unlock;
            }
            *entry->error = *failed;
        } else if (!dom->sched.known || !dom->sched.metaKnown) {
            /* Came after the reading began: the next request reads it. */
            continue;
        } else {
            schedulingView(dom, host->hostCpus, &entry->sched);
            for (j = 0; j < nreserving; j++)
                if (reserving[j] != i)
                    others += reservedOf(&host->domains[reserving[j]]->sched);
            left = 100 - others;
            entry->sched.allowableReserved = left < entry->sched.allowableMaximum ?
                                             left : entry->sched.allowableMaximum;
            if (entry->sched.allowableReserved < 0)
                entry->sched.allowableReserved = 0;
        }
        memcpy(entry->uuid, dom->uuid, sizeof(entry->uuid));
        list->count++;
    }

 unlock:
    pthread_mutex_unlock(&host->lock);
    free(reserving);
    freeWants(failures, nfailures);
    if (rc < 0) {
        vpcSchedulingListClear(list);
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, NULL, NULL);
        return -1;
    }
    vpcSchedulingListSort(list);
    return 0;
}


int
vpcHostAvailableCapacity(vpcHost *host, double *available, vpcError *err)
{
    if (ensureScheduling(host, SCHEDULING_RESERVATIONS, NULL, NULL, NULL, err) < 0)
        return -1;

    pthread_mutex_lock(&host->lock);
    *available = 100 - reservedByOthersLocked(host, NULL);
    if (*available < 0)
        *available = 0;
    pthread_mutex_unlock(&host->lock);
    return 0;
}


/* Live and persistent where the domain has both; whatever the driver
 * accepts otherwise (the test driver takes no flags). */
static int
setSchedulerParameters(virDomainPtr dom, virTypedParameterPtr params, int nparams)
{
    unsigned int flags = virDomainIsActive(dom) == 1 ?
                         VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG :
                         VIR_DOMAIN_AFFECT_CONFIG;

    if (virDomainSetSchedulerParametersFlags(dom, params, nparams, flags) == 0)
        return 0;
    virResetLastError();
    return virDomainSetSchedulerParametersFlags(dom, params, nparams, VIR_DOMAIN_AFFECT_CURRENT);
}


static int
setMetadata(virDomainPtr dom, const char *xml)
{
    unsigned int flags = virDomainIsActive(dom) == 1 ?
                         VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG :
                         VIR_DOMAIN_AFFECT_CONFIG;

    if (virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml, VPC_SCHEDULING_PREFIX,
                             VPC_SCHEDULING_NS, flags) == 0)
        return 0;
    virResetLastError();
    return virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml, VPC_SCHEDULING_PREFIX,
                                VPC_SCHEDULING_NS, VIR_DOMAIN_AFFECT_CURRENT);
}


/*
 * Virtual Server's rules, checked before anything is written: weight
 * 1..10000, reserved from 0 and maximum from 1, both within what the VM's
 * vCPUs can use of the host, reserved at most the maximum and at most what
 * the other running VMs leave.
 */
int
vpcHostSetScheduling(vpcHost *host, const char *uuid, double reserved, double maximum,
                     int weight, vpcError *err)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0, maxparams = 0, rc = -1;
    vpcDomainScheduling known_sched = { 0 };
    vpcSchedulingMetadata meta;
    bool quotaSupported = false;
    long long quota = -1;
    vpcScheduling current;
    virConnectPtr conn = NULL;
    virDomainPtr dom = NULL;
    char name[VPC_ERROR_TEXT_MAX];
    vpcDomain *known;
    char *xml = NULL;

    if (vpcHostGetScheduling(host, uuid, &current, err) < 0)
        return -1;
    pthread_mutex_lock(&host->lock);
    known = vpcHostFindDomainByStringLocked(host, uuid);
    snprintf(name, sizeof(name), "%s", known && known->name ? known->name : uuid);
    if (known) {
        known_sched = known->sched;
        quotaSupported = known->sched.quotaSupported;
    }
    pthread_mutex_unlock(&host->lock);

    if (weight < VPC_WEIGHT_MIN || weight > VPC_WEIGHT_MAX) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, name,
                    "the relative weight must be from %d to %d, not %d",
                    VPC_WEIGHT_MIN, VPC_WEIGHT_MAX, weight);
        return -1;
    }
    if (!isfinite(reserved) || !isfinite(maximum) || reserved < 0 || maximum < 1 ||
        reserved > maximum || maximum > current.allowableMaximum + 1e-9) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, name,
                    "capacities must satisfy 0 <= reserved (%g) <= maximum (%g) <= %g, "
                    "and maximum >= 1", reserved, maximum, current.allowableMaximum);
        return -1;
    }
    if (reserved > current.allowableReserved + 1e-9) {
        vpcErrorSet(err, VPC_ERR_INVALID_ARG, host->displayUri, name,
                    "a reservation of %g %% exceeds the %g %% the other running virtual "
                    "machines leave", reserved, current.allowableReserved);
        return -1;
    }

    rc = 0;
    if (weightKeptByDriver(&known_sched))
        rc = virTypedParamsAddULLong(&params, &nparams, &maxparams, VIR_DOMAIN_SCHEDULER_CPU_SHARES,
                                     weight);
    if (rc == 0 && quotaSupported && current.hostCpus && current.vcpus) {
        if (maximum < current.allowableMaximum - 1e-9)
            quota = llround(maximum / 100.0 * current.hostCpus / current.vcpus * QUOTA_PERIOD_US);
        if (virTypedParamsAddULLong(&params, &nparams, &maxparams,
                                    VIR_DOMAIN_SCHEDULER_VCPU_PERIOD, QUOTA_PERIOD_US) < 0 ||
            virTypedParamsAddLLong(&params, &nparams, &maxparams,
                                   VIR_DOMAIN_SCHEDULER_VCPU_QUOTA, quota) < 0)
            rc = -1;
    }
    /* What the hypervisor holds (quota, cpu_shares) the metadata does not. */
    meta.reserved = reserved;
    meta.maximum = quotaSupported ? -1 : maximum;
    meta.weight = weightKeptByDriver(&known_sched) ? -1 : weight;
    xml = vpcSchedulingXMLFormat(&meta);
    if (rc < 0 || !xml) {
        virResetLastError();
        vpcErrorSet(err, VPC_ERR_NO_MEMORY, host->displayUri, name, NULL);
        rc = -1;
        goto cleanup;
    }
    rc = -1;

    if (!(conn = vpcHostWriteConnection(host, err)) || !(dom = vpcHostLookupDomain(host, conn, uuid, err)))
        goto cleanup;
    if ((nparams && setSchedulerParameters(dom, params, nparams) < 0) || setMetadata(dom, xml) < 0) {
        vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                            "cannot set the scheduling parameters");
        goto cleanup;
    }

    /* Drivers without TUNABLE or METADATA_CHANGE events: keep the cache true. */
    pthread_mutex_lock(&host->lock);
    if ((known = vpcHostFindDomainByStringLocked(host, uuid))) {
        if (weightKeptByDriver(&known->sched))
            known->sched.weight = weight;
        if (known->sched.quotaSupported) {
            known->sched.period = QUOTA_PERIOD_US;
            known->sched.quota = quota;
        }
        known->sched.meta = meta;
        known->sched.metaKnown = true;
    }
    pthread_mutex_unlock(&host->lock);
    rc = 0;

 cleanup:
    virTypedParamsFree(params, nparams);
    free(xml);
    if (dom)
        virDomainFree(dom);
    if (conn)
        virConnectClose(conn);
    return rc;
}
