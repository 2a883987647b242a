/*
 * wine-vpc core: what a VM's inventory members read (docs/inventory-mapping.md),
 * parsed once from the domain's XML and a few calls, cached by the backend
 * per domain until a libvirt event changes them, and sent to the DLL for
 * every VM of a host in one response.
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

/* Like vpccore.h: no Windows or libvirt headers, shared by the DLL. */

#ifndef VPCFACTS_H
#define VPCFACTS_H

#include "vpccore.h"

/* Live values (autostart, block sizes) are asked again when older. */
#define VPC_FACTS_LIVE_MAX_AGE_MS 2000

/* Flags of a facts request: the guest agent's data is asked only when the
 * prefix allows wine-vpc a read-write connection for it (GuestAgent). */
#define VPC_FACTS_GUEST_AGENT 0x1

typedef enum {
    VPC_DRIVE_DISK,
    VPC_DRIVE_CDROM,
    VPC_DRIVE_FLOPPY,
    VPC_DRIVE_OTHER,            /* lun and anything newer */
} vpcDriveKind;

typedef enum {
    VPC_MEDIA_NONE,             /* no <source>: an empty drive */
    VPC_MEDIA_IMAGE,            /* a file, volume or network image */
    VPC_MEDIA_HOST_DRIVE,       /* a host block device */
} vpcMediaKind;

/* VMDriveBusType's values. */
typedef enum {
    VPC_BUS_OTHER = -1,
    VPC_BUS_IDE = 0,
    VPC_BUS_SCSI = 1,
} vpcBusKind;

typedef struct _vpcDriveFacts {
    vpcDriveKind kind;
    vpcMediaKind media;
    vpcBusKind bus;
    int busNumber;              /* <address type='drive'> controller/bus, -1 when absent */
    int unit;                   /* its unit, -1 when absent */
    char *target;               /* "hda", "vdb" */
    char *source;               /* host path (file or device), "" when none */
    char *format;               /* <driver type>, "" when absent */
    bool transient;             /* <transient/>: an undo disk that discards */
    bool backingStore;          /* the live XML shows a <backingStore> with a source */
    bool sizeKnown;             /* virDomainGetBlockInfo answered */
    uint64_t capacity;          /* bytes the guest sees */
    uint64_t physical;          /* bytes the host uses */
    bool freeKnown;             /* the file is under a storage pool's target */
    uint64_t hostFree;          /* that pool's available bytes */
} vpcDriveFacts;

typedef struct _vpcNicFacts {
    char *mac;                  /* "52:54:00:1a:03:01" as libvirt writes it */
    char *type;                 /* <interface type>: network, bridge, ... */
    char *network;              /* <source network>, "" */
    char *bridge;               /* <source bridge>, "" */
    char *target;               /* <target dev> (a running domain's), "" */
    bool linkDown;              /* <link state='down'/> */
} vpcNicFacts;

typedef struct _vpcPortFacts {
    char *type;                 /* <serial type> / <parallel type> */
    char *path;                 /* the host side's path, "" when libvirt gives none */
    int port;                   /* <target port>, -1 when absent */
} vpcPortFacts;

/* CPU feature bits of vpcVMFacts.cpuFeatures. */
#define VPC_CPU_MMX   0x1
#define VPC_CPU_SSE   0x2
#define VPC_CPU_SSE2  0x4
#define VPC_CPU_3DNOW 0x8

typedef struct _vpcVMFacts {
    char uuid[VPC_UUID_STRING_LEN];
    uint32_t generation;        /* the domain's facts generation these were read at */
    bool known;                 /* false: reading them failed, 'error' says why */
    vpcError error;

    char *file;                 /* the host file of the persistent definition, "" */
    char *description;          /* <description>, "" */
    char *accountName;          /* <seclabel model='dac'> label, "" */
    bool staticAccount;         /* that label is static */
    char *biosSerial;           /* SMBIOS system/serial, "" */
    char *baseBoardSerial;
    char *chassisSerial;
    char *chassisAsset;
    bool cpuFeaturesKnown;      /* false: no <cpu> model libvirt can expand */
    uint32_t cpuFeatures;       /* VPC_CPU_* */
    uint32_t hostMhz;           /* virNodeGetInfo, 0 when unknown */
    bool acpi;                  /* <features><acpi/> */
    bool agentChannel;          /* an org.qemu.guest_agent.0 channel */
    int agentConnected;         /* its live state: 1, 0, or -1 when libvirt gives none */
    char *osId;                 /* libosinfo id from the metadata, "" */
    char *osName;               /* resolved by libosinfo's database, "" */
    char *osVersion;            /* likewise, "5.2", "22.04", "" */
    uint32_t displayWidth;      /* primary video's <resolution>, 0 when none */
    uint32_t displayHeight;
    bool absolutePointer;       /* an <input type='tablet'> */
    uint32_t scsiControllers;
    uint32_t scsiIndexes;       /* bit i: a SCSI controller of index i (0-31) */

    /* Live: asked again after VPC_FACTS_LIVE_MAX_AGE_MS. */
    int autostart;              /* 1, 0, -1 unknown */
    char *savedStateFile;       /* the managed-save image's path; "" when the
                                 * driver keeps one without a file; NULL: none */
    char *agentOsName;          /* the guest agent's os.pretty-name, "" when not known */
    char *agentOsVersion;       /* os.version-id */
    char *agentKernelVersion;   /* os.kernel-version (a Windows guest's build) */
    char *agentHostname;        /* the guest's host name */
    int heartbeatPercent;       /* share of the last minute's observed time the agent
                                 * channel was connected, -1 when never observed */
    uint32_t liveFlags;         /* the backend's: the request flags the live values answer */

    size_t ndrives;
    vpcDriveFacts *drives;      /* domain XML order */
    size_t nnics;
    vpcNicFacts *nics;
    size_t nserials;
    vpcPortFacts *serials;
    size_t nparallels;
    vpcPortFacts *parallels;
} vpcVMFacts;

/* Every VM of one host, in no particular order (callers look up by UUID). */
typedef struct _vpcFactsList {
    size_t count;
    vpcVMFacts *vms;
} vpcFactsList;

void vpcVMFactsClear(vpcVMFacts *facts);
void vpcFactsListClear(vpcFactsList *list);
const vpcVMFacts *vpcFactsListFind(const vpcFactsList *list, const char *uuid);

/* Domain XML to facts (the XML part only; the rest is the caller's). */
int vpcVMFactsParseXML(const char *xml, vpcVMFacts *facts);

/* Where the driver of 'uri' keeps the persistent definition of domain
 * 'name' (docs/inventory-mapping.md §2.1); "" when it keeps no file. */
char *vpcDomainConfigFile(const char *uri, const char *name);
/* Where the driver of 'uri' keeps a managed-save image; NULL when it
 * keeps none as a file (the test driver). */
char *vpcManagedSaveFile(const char *uri, const char *name);
/* The host part of a remote URI ("node2" of qemu+ssh://root@node2:22/system),
 * NULL for this machine (no host part, or a +unix transport). */
char *vpcUriRemoteHost(const char *uri);

/* The guest agent channel's states as observed (events, live XML), kept
 * for the last minute: the heartbeat's history. */
#define VPC_AGENT_HISTORY 16

typedef struct _vpcAgentHistory {
    size_t count;
    int64_t atMs[VPC_AGENT_HISTORY];    /* oldest first */
    bool connected[VPC_AGENT_HISTORY];
} vpcAgentHistory;

void vpcAgentHistoryNote(vpcAgentHistory *history, int64_t nowMs, bool connected);
/* Percent of the observed part of the last minute spent connected; -1
 * when nothing was observed. */
int vpcAgentHistoryPercent(const vpcAgentHistory *history, int64_t nowMs);

/* Name and version of a libosinfo OS id, from the installed database. */
int vpcOsinfoLookup(const char *id, char **name, char **version);

#endif /* VPCFACTS_H */
