/*
 * Host lists: the "Hosts" setting parsed, and the names scripts call
 * hosts by.
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

#include "vpccore.h"

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
