/*
 * Snapshots: freeing one, finding a VM in it.
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

#include <stdlib.h>
#include <string.h>

#include "vpccore.h"

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
