/*
 * wine-vpc core utilities: logging, errors, clocks, host lists, URIs.
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

#include <ctype.h>
#include <locale.h>
#include <pthread.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "vpccore.h"

static vpcLogFunc logFunc;

void
vpcSetLogFunc(vpcLogFunc func)
{
    logFunc = func;
}


void
vpcLog(vpcLogLevel level, const char *fmt, ...)
{
    char message[1024];
    va_list ap;

    if (!logFunc)
        return;

    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    logFunc(level, message);
}


void
vpcConfigInit(vpcConfig *config)
{
    config->hostTimeoutMs = VPC_DEFAULT_HOST_TIMEOUT_MS;
    config->keepAliveInterval = VPC_DEFAULT_KEEPALIVE_INTERVAL;
    config->keepAliveCount = VPC_DEFAULT_KEEPALIVE_COUNT;
    config->actionDelayMs = 0;
    config->sampleIntervalMs = 0;
    config->pollDelayMs = 0;
}


int64_t
vpcSampleIntervalMs(const vpcConfig *config)
{
    return config->sampleIntervalMs > 0 ? config->sampleIntervalMs : VPC_SAMPLE_INTERVAL_MS;
}


static const char *const actionNames[VPC_ACTION_LAST] = {
    [VPC_ACTION_STARTUP] = "Startup",
    [VPC_ACTION_TURN_OFF] = "TurnOff",
    [VPC_ACTION_SAVE] = "Save",
    [VPC_ACTION_RESET] = "Reset",
    [VPC_ACTION_PAUSE] = "Pause",
    [VPC_ACTION_RESUME] = "Resume",
    [VPC_ACTION_DISCARD_SAVED_STATE] = "DiscardSavedState",
    [VPC_ACTION_SHUTDOWN] = "Shutdown",
    [VPC_ACTION_RESTART] = "Restart",
};

const char *
vpcActionName(vpcAction action)
{
    if (action < 0 || action >= VPC_ACTION_LAST)
        return "unknown action";
    return actionNames[action];
}


static const char *const errorCodeNames[VPC_ERR_LAST] = {
    [VPC_OK] = "ok",
    [VPC_ERR_NO_MEMORY] = "out of memory",
    [VPC_ERR_INVALID_ARG] = "invalid argument",
    [VPC_ERR_HOST_UNAVAILABLE] = "host unavailable",
    [VPC_ERR_HOST_TIMEOUT] = "host timeout",
    [VPC_ERR_VM_UNKNOWN] = "unknown virtual machine",
    [VPC_ERR_VM_NOT_RUNNING] = "virtual machine not running",
    [VPC_ERR_VM_RUNNING] = "virtual machine running",
    [VPC_ERR_VM_NO_SAVED_STATE] = "no saved state",
    [VPC_ERR_ACCESS_DENIED] = "access denied",
    [VPC_ERR_NOT_SUPPORTED] = "not supported",
    [VPC_ERR_OPERATION_FAILED] = "operation failed",
    [VPC_ERR_BACKEND] = "backend unavailable",
    [VPC_ERR_WRONG_STATE] = "wrong state",
    [VPC_ERR_BUSY] = "busy",
    [VPC_ERR_VM_ACTIVE] = "virtual machine active",
    [VPC_ERR_DUPLICATE_NAME] = "duplicate name",
    [VPC_ERR_NAME_INVALID] = "invalid name",
    [VPC_ERR_VM_RUNNING_OR_SAVED] = "virtual machine running or saved",
    [VPC_ERR_DRIVE_INVALID] = "no such drive",
    [VPC_ERR_DRIVE_IN_USE] = "drive in use",
    [VPC_ERR_NO_MEDIA] = "no media",
    [VPC_ERR_MEDIA_WRONG_TYPE] = "wrong media type",
    [VPC_ERR_LOCATION_IN_USE] = "bus location in use",
    [VPC_ERR_NETWORK_UNKNOWN] = "unknown virtual network",
    [VPC_ERR_FILE_NOT_FOUND] = "file not found",
    [VPC_ERR_LIMIT] = "limit reached",
    [VPC_ERR_IMAGE_IN_USE] = "image in use",
    [VPC_ERR_CONTROLLER_LIMIT] = "no more controllers",
};

const char *
vpcErrorCodeName(vpcErrorCode code)
{
    if (code < 0 || code >= VPC_ERR_LAST)
        return "unknown error";
    return errorCodeNames[code];
}


void
vpcErrorClear(vpcError *err)
{
    if (err)
        memset(err, 0, sizeof(*err));
}


/* A text cut to fit its buffer ends on a whole UTF-8 character, never on
 * part of one (which a script would see as U+FFFD). */
static void
trimPartialUtf8(char *text, size_t size)
{
    size_t len = strlen(text), start;
    unsigned char lead;
    size_t need;

    if (len + 1 < size || !len)
        return;
    start = len;
    while (start && ((unsigned char)text[start - 1] & 0xc0) == 0x80)
        start--;
    if (!start)
        return;
    lead = (unsigned char)text[start - 1];
    need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (len - (start - 1) < need)
        text[start - 1] = '\0';
}

void
vpcErrorSet(vpcError *err, vpcErrorCode code, const char *host, const char *vm,
            const char *detailFmt, ...)
{
    va_list ap;

    if (!err)
        return;

    err->code = code;
    snprintf(err->host, sizeof(err->host), "%s", host ? host : "");
    snprintf(err->vm, sizeof(err->vm), "%s", vm ? vm : "");
    err->detail[0] = '\0';
    if (detailFmt) {
        va_start(ap, detailFmt);
        vsnprintf(err->detail, sizeof(err->detail), detailFmt, ap);
        va_end(ap);
    }
    trimPartialUtf8(err->host, sizeof(err->host));
    trimPartialUtf8(err->vm, sizeof(err->vm));
    trimPartialUtf8(err->detail, sizeof(err->detail));
}


static int64_t
clockMs(clockid_t id)
{
    struct timespec ts;

    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}


int64_t
vpcNowMonotonicMs(void)
{
    return clockMs(CLOCK_MONOTONIC);
}


int64_t
vpcNowRealtimeMs(void)
{
    return clockMs(CLOCK_REALTIME);
}


int64_t
vpcNowMonotonicUs(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}


/* Waits on 'cond' (created with CLOCK_MONOTONIC) until 'untilMs' at most. */
void
vpcCondInitMonotonic(pthread_cond_t *cond)
{
    pthread_condattr_t attr;

    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(cond, &attr);
    pthread_condattr_destroy(&attr);
}


void
vpcCondWaitUntil(pthread_cond_t *cond, pthread_mutex_t *mutex, int64_t untilMs)
{
    int64_t left = untilMs - vpcNowMonotonicMs();
    struct timespec ts;

    if (left <= 0)
        return;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += left / 1000;
    ts.tv_nsec += (left % 1000) * 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_cond_timedwait(cond, mutex, &ts);
}


vpcDecimal
vpcDecimalFromU64(uint64_t value)
{
    vpcDecimal dec = { 0, value };

    return dec;
}


vpcDecimal
vpcDecimalAdd(vpcDecimal a, uint64_t b)
{
    uint64_t lo = a.lo64 + b;

    if (lo < a.lo64) {
        if (a.hi32 == UINT32_MAX) {
            /* Saturate at the largest 96-bit value rather than wrap. */
            a.lo64 = UINT64_MAX;
            return a;
        }
        a.hi32++;
    }
    a.lo64 = lo;
    return a;
}


/* Numbers in XML and on the wire use '.', whatever locale the host
 * process (Wine sets the user's) has chosen. */
static locale_t numericLocale;
static pthread_once_t numericLocaleOnce = PTHREAD_ONCE_INIT;

static void
numericLocaleInit(void)
{
    numericLocale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}


static locale_t
cLocale(void)
{
    pthread_once(&numericLocaleOnce, numericLocaleInit);
    return numericLocale;
}


void
vpcFormatDouble(double value, char *buf, size_t size)
{
    locale_t old = uselocale(cLocale());

    snprintf(buf, size, "%.17g", value);
    uselocale(old);
}


int
vpcParseDouble(const char *text, double *value)
{
    char *end;

    *value = strtod_l(text, &end, cLocale());
    return end != text && *end == '\0' ? 0 : -1;
}


/* Host lists */

void
vpcHostListClear(vpcHostList *list)
{
    size_t i;

    for (i = 0; i < list->nhosts; i++) {
        free(list->uris[i]);
        free(list->labels[i]);
    }
    free(list->uris);
    free(list->labels);
    list->uris = list->labels = NULL;
    list->nhosts = 0;
}


int
vpcHostListAddLabeled(vpcHostList *list, const char *label, const char *uri)
{
    char **uris, **labels;
    char *uriCopy, *labelCopy = NULL;
    size_t i;

    for (i = 0; i < list->nhosts; i++) {
        if (strcmp(list->uris[i], uri) == 0)
            return 0;
    }

    if (!(uriCopy = strdup(uri)) || (label && !(labelCopy = strdup(label))))
        goto error;
    if (!(uris = realloc(list->uris, (list->nhosts + 1) * sizeof(*uris))))
        goto error;
    list->uris = uris;
    if (!(labels = realloc(list->labels, (list->nhosts + 1) * sizeof(*labels))))
        goto error;
    list->labels = labels;
    list->uris[list->nhosts] = uriCopy;
    list->labels[list->nhosts] = labelCopy;
    list->nhosts++;
    return 0;

 error:
    free(uriCopy);
    free(labelCopy);
    return -1;
}


int
vpcHostListAdd(vpcHostList *list, const char *uri)
{
    return vpcHostListAddLabeled(list, NULL, uri);
}


/* "name=URI": a name is letters, digits, '.', '_' and '-'; a URI's scheme
 * cannot contain '=', so there is no ambiguity. */
static size_t
labelLength(const char *entry)
{
    size_t len = 0;

    while (isalnum((unsigned char)entry[len]) || entry[len] == '.' || entry[len] == '_' ||
           entry[len] == '-')
        len++;
    return len && entry[len] == '=' ? len : 0;
}


/* Entries are separated by commas or newlines (a REG_MULTI_SZ is handed in
 * with its NULs turned into newlines); blanks around entries are ignored. */
int
vpcHostListParse(vpcHostList *list, const char *text)
{
    const char *p = text ? text : "";

    while (*p) {
        const char *end = p + strcspn(p, ",\n");
        const char *last = end;
        char *entry;
        int rc;

        while (p < end && isspace((unsigned char)*p))
            p++;
        while (last > p && isspace((unsigned char)last[-1]))
            last--;
        if (last > p) {
            size_t label;

            if (!(entry = strndup(p, last - p)))
                return -1;
            if ((label = labelLength(entry))) {
                entry[label] = '\0';
                rc = vpcHostListAddLabeled(list, entry, entry + label + 1);
            } else {
                rc = vpcHostListAdd(list, entry);
            }
            free(entry);
            if (rc < 0)
                return -1;
        }
        p = *end ? end + 1 : end;
    }
    return 0;
}


char *
vpcHostName(const char *label, const char *uri)
{
    const char *authority, *end, *at;

    if (label && *label)
        return strdup(label);
    if ((authority = strstr(uri, "://"))) {
        authority += 3;
        end = authority + strcspn(authority, "/?#");
        if ((at = memchr(authority, '@', end - authority)))
            authority = at + 1;
        end = authority + strcspn(authority, ":/?#");
        if (end > authority)
            return strndup(authority, end - authority);
    }
    return vpcUriSanitize(uri);
}


/* URIs */

static bool
isSecretParam(const char *name, size_t len)
{
    static const char *const secrets[] = {
        "password", "passwd", "pass", "passphrase", "secret", "token", "auth",
    };
    size_t i;

    for (i = 0; i < sizeof(secrets) / sizeof(secrets[0]); i++) {
        if (strlen(secrets[i]) == len && strncasecmp(name, secrets[i], len) == 0)
            return true;
    }
    return false;
}


/*
 * A URI as it may be shown: a password in the user part and the values of
 * query parameters that carry secrets are replaced by "***".  The user name
 * and host stay: they are what tells hosts apart in messages.
 */
char *
vpcUriSanitize(const char *uri)
{
    const char *scheme_end, *authority, *authority_end, *at, *colon, *query;
    size_t len = strlen(uri);
    char *out, *o;

    if (!(out = malloc(len * 2 + 16)))
        return NULL;
    o = out;

    scheme_end = strstr(uri, "://");
    authority = scheme_end ? scheme_end + 3 : uri;
    authority_end = authority + strcspn(authority, "/?#");

    memcpy(o, uri, authority - uri);
    o += authority - uri;

    at = memchr(authority, '@', authority_end - authority);
    if (scheme_end && at) {
        colon = memchr(authority, ':', at - authority);
        if (colon) {
            memcpy(o, authority, colon - authority);
            o += colon - authority;
            o = stpcpy(o, ":***");
        } else {
            memcpy(o, authority, at - authority);
            o += at - authority;
        }
        authority = at;
    }

    query = strchr(authority_end, '?');
    if (!query) {
        strcpy(o, authority);
        return out;
    }

    memcpy(o, authority, query + 1 - authority);
    o += query + 1 - authority;
    query++;
    while (*query) {
        const char *end = query + strcspn(query, "&#");
        const char *eq = memchr(query, '=', end - query);

        if (eq && isSecretParam(query, eq - query)) {
            memcpy(o, query, eq + 1 - query);
            o += eq + 1 - query;
            o = stpcpy(o, "***");
        } else {
            memcpy(o, query, end - query);
            o += end - query;
        }
        if (*end == '\0')
            break;
        *o++ = *end;
        query = end + 1;
        if (end[0] == '#') {
            o = stpcpy(o, query);
            break;
        }
    }
    *o = '\0';
    return out;
}


static void
scrubOccurrences(char *text, const char *secret, size_t len)
{
    char needle[VPC_ERROR_TEXT_MAX];
    char *hit;

    /* Shorter values cannot be told from ordinary text. */
    if (len < 3 || len >= sizeof(needle))
        return;
    memcpy(needle, secret, len);
    needle[len] = '\0';

    while ((hit = strstr(text, needle))) {
        memset(hit, '*', 3);
        memmove(hit + 3, hit + len, strlen(hit + len) + 1);
    }
}


/* libvirt sometimes echoes the URI or parts of it in its messages: remove
 * every secret the URI carries from 'text', in place. */
void
vpcScrubSecrets(char *text, const char *uri)
{
    const char *scheme_end, *authority, *authority_end, *at, *colon, *query;

    if (!text || !uri)
        return;

    scheme_end = strstr(uri, "://");
    if (!scheme_end)
        return;
    authority = scheme_end + 3;
    authority_end = authority + strcspn(authority, "/?#");
    at = memchr(authority, '@', authority_end - authority);
    if (at && (colon = memchr(authority, ':', at - authority)))
        scrubOccurrences(text, colon + 1, at - colon - 1);

    if (!(query = strchr(authority_end, '?')))
        return;
    query++;
    while (*query) {
        const char *end = query + strcspn(query, "&#");
        const char *eq = memchr(query, '=', end - query);

        if (eq && isSecretParam(query, eq - query))
            scrubOccurrences(text, eq + 1, end - eq - 1);
        if (*end != '&')
            break;
        query = end + 1;
    }
}


/* Snapshots */

void
vpcSnapshotFree(vpcSnapshot *snap)
{
    size_t i;

    if (!snap)
        return;
    for (i = 0; i < snap->nvms; i++)
        free(snap->vms[i].name);
    for (i = 0; i < snap->nhosts; i++) {
        free(snap->hosts[i].uri);
        free(snap->hosts[i].displayUri);
    }
    free(snap->vms);
    free(snap->hosts);
    free(snap);
}


static bool
recordMatches(const vpcSnapshot *snap, const vpcVMRecord *rec, const char *hostUri,
              const char *uuid)
{
    return strcmp(rec->uuid, uuid) == 0 && strcmp(snap->hosts[rec->hostIndex].uri, hostUri) == 0;
}


const vpcVMRecord *
vpcSnapshotFindVM(const vpcSnapshot *snap, const char *hostUri, const char *uuid, size_t hint)
{
    size_t i;

    if (hint < snap->nvms && recordMatches(snap, &snap->vms[hint], hostUri, uuid))
        return &snap->vms[hint];

    for (i = 0; i < snap->nvms; i++) {
        if (recordMatches(snap, &snap->vms[i], hostUri, uuid))
            return &snap->vms[i];
    }
    return NULL;
}
