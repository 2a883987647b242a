/*
 * wine-vpc core: the event journal, what the hosts' libvirt events said
 * happened to VMs, for clients that wait for it.
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
 * A ring of the last VPC_EVENT_JOURNAL_SIZE events, numbered from 1.  Hosts
 * post from libvirt's event loop thread with their own lock held, so the
 * journal's lock is a leaf: nothing is called while it is held.  A client
 * waits on the condition until an event of one of its hosts comes: the
 * push that makes events reach a script within milliseconds, not a poll.
 */

#include <stdlib.h>
#include <string.h>

#include "vpccore_private.h"

struct _vpcEventJournal {
    pthread_mutex_t lock;
    pthread_cond_t posted;      /* broadcast by every post */
    uint64_t newest;            /* sequence number of the last event, 0 before any */
    vpcEvent ring[VPC_EVENT_JOURNAL_SIZE];  /* event n is at n % size */
};


static void
eventClear(vpcEvent *event)
{
    free(event->hostUri);
    free(event->name);
    memset(event, 0, sizeof(*event));
}


vpcEventJournal *
vpcEventJournalNew(void)
{
    vpcEventJournal *journal = calloc(1, sizeof(*journal));

    if (!journal)
        return NULL;
    pthread_mutex_init(&journal->lock, NULL);
    vpcCondInitMonotonic(&journal->posted);
    return journal;
}


void
vpcEventJournalFree(vpcEventJournal *journal)
{
    size_t i;

    if (!journal)
        return;
    for (i = 0; i < VPC_EVENT_JOURNAL_SIZE; i++)
        eventClear(&journal->ring[i]);
    pthread_mutex_destroy(&journal->lock);
    pthread_cond_destroy(&journal->posted);
    free(journal);
}


void
vpcEventJournalPost(vpcEventJournal *journal, const char *hostUri, const char *uuid,
                    const char *name, vpcEventKind kind, vpcVMState state)
{
    char *uriCopy = strdup(hostUri ? hostUri : "");
    char *nameCopy = strdup(name ? name : uuid);
    vpcEvent *slot;

    if (!journal || !uriCopy || !nameCopy) {
        vpcLog(VPC_LOG_WARN, "an event of %s was lost (out of memory)", uuid);
        free(uriCopy);
        free(nameCopy);
        return;
    }
    pthread_mutex_lock(&journal->lock);
    slot = &journal->ring[(journal->newest + 1) % VPC_EVENT_JOURNAL_SIZE];
    eventClear(slot);
    slot->seq = ++journal->newest;
    slot->kind = kind;
    slot->state = state;
    slot->hostUri = uriCopy;
    slot->name = nameCopy;
    memcpy(slot->uuid, uuid, sizeof(slot->uuid) - 1);
    pthread_cond_broadcast(&journal->posted);
    pthread_mutex_unlock(&journal->lock);
}


uint64_t
vpcEventJournalNewest(vpcEventJournal *journal)
{
    uint64_t newest;

    pthread_mutex_lock(&journal->lock);
    newest = journal->newest;
    pthread_mutex_unlock(&journal->lock);
    return newest;
}


void
vpcEventListClear(vpcEventList *list)
{
    size_t i;

    for (i = 0; i < list->count; i++)
        eventClear(&list->events[i]);
    free(list->events);
    memset(list, 0, sizeof(*list));
}


static bool
hostWanted(const char *uri, const char *const *uris, size_t nuris)
{
    size_t i;

    if (!uris)
        return true;
    for (i = 0; i < nuris; i++) {
        if (strcmp(uri, uris[i]) == 0)
            return true;
    }
    return false;
}


/* Under the lock: copies the wanted events after 'after' into 'out'. */
static int
journalCollectLocked(vpcEventJournal *journal, const char *const *uris, size_t nuris,
                     uint64_t after, vpcEventList *out)
{
    uint64_t oldest = journal->newest > VPC_EVENT_JOURNAL_SIZE ?
                      journal->newest - VPC_EVENT_JOURNAL_SIZE + 1 : 1;
    uint64_t seq;

    if (after + 1 < oldest) {
        out->lost += oldest - after - 1;
        after = oldest - 1;
    }
    for (seq = after + 1; seq <= journal->newest; seq++) {
        const vpcEvent *event = &journal->ring[seq % VPC_EVENT_JOURNAL_SIZE];
        vpcEvent *copy, *grown;

        if (!hostWanted(event->hostUri, uris, nuris))
            continue;
        if (!(grown = realloc(out->events, (out->count + 1) * sizeof(*grown))))
            return -1;
        out->events = grown;
        copy = &out->events[out->count];
        *copy = *event;
        copy->hostUri = strdup(event->hostUri);
        copy->name = strdup(event->name);
        out->count++;
        if (!copy->hostUri || !copy->name)
            return -1;
    }
    return 0;
}


int
vpcEventJournalWait(vpcEventJournal *journal, const char *const *uris, size_t nuris,
                    uint64_t after, int64_t deadlineMs, vpcEventList *out, uint64_t *seen)
{
    int rc;

    memset(out, 0, sizeof(*out));
    pthread_mutex_lock(&journal->lock);
    for (;;) {
        rc = journalCollectLocked(journal, uris, nuris, after, out);
        /* Other hosts' events, if any, are seen too. */
        after = journal->newest;
        if (rc < 0 || out->count || vpcNowMonotonicMs() >= deadlineMs)
            break;
        vpcCondWaitUntil(&journal->posted, &journal->lock, deadlineMs);
    }
    *seen = after;
    pthread_mutex_unlock(&journal->lock);
    if (rc < 0)
        vpcEventListClear(out);
    return rc;
}
