/*
 * libvirt URIs shown to users: secrets taken out of them and out of
 * libvirt's messages.
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
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vpccore.h"

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
