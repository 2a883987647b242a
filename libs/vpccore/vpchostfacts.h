/*
 * wine-vpc core: what a libvirt host reports about itself (CPU, memory,
 * host devices, networks, storage, the hypervisor driver), as the
 * host-level members of both object models read it.
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
 * Like vpccore.h, shared by the DLL, the backend and the unit tests: no
 * Windows or libvirt headers.  A fact the host does not report has a NULL
 * value and, where the members need to say why, a "...Missing" text: the
 * DLL turns it into an error naming the host.  The backend caches the
 * facts per host (see hostfacts.c); a script fetches them in one round
 * trip and keeps them for its run.
 */

#ifndef VPCHOSTFACTS_H
#define VPCHOSTFACTS_H

#include "vpcproto.h"

/* At most this old when a script fetches them; network lifecycle events
 * and reconnections renew them sooner. */
#define VPC_HOST_FACTS_MAX_AGE_MS 5000

typedef struct _vpcStringList {
    size_t count;
    char **items;
} vpcStringList;

typedef enum {
    VPC_HOST_DRIVE_DVD,
    VPC_HOST_DRIVE_FLOPPY,
    VPC_HOST_DRIVE_DISK,

    VPC_HOST_DRIVE_LAST
} vpcHostDriveKind;

/* A node device with the storage capability. */
typedef struct _vpcHostDrive {
    vpcHostDriveKind kind;
    char *path;                 /* its <block> device node */
    uint64_t sizeBytes;         /* 0 when not reported (removable media) */
} vpcHostDrive;

/* A libvirt network, from its XML. */
typedef struct _vpcHostNetwork {
    char *name;
    char *bridge;               /* "" when none */
    char *forwardMode;          /* "" for an isolated network */
    char *hostAdapter;          /* <forward dev> or its first <interface dev>, "" */
    char *address;              /* the first IPv4 <ip address>, "" */
    char *netmask;              /* dotted, "" */
    bool dhcp;                  /* that <ip> has <dhcp> */
    char *rangeStart;           /* its first <range>, "" */
    char *rangeEnd;
    bool dnsEnabled;            /* not <dns enable='no'> */
    int64_t leaseSeconds;       /* the range's <lease>, -1 when not configured */
} vpcHostNetwork;

/* A node device with the usb_device capability. */
typedef struct _vpcHostUSBDevice {
    char *name;                 /* the node device's name */
    char *product;
    char *vendor;
    unsigned int vendorId;
    unsigned int productId;
    unsigned int bus;
    unsigned int device;
    int deviceClass;            /* of its first interface, -1 when none */
    char *attachedTo;           /* the first domain (by name) passing it through, "" */
} vpcHostUSBDevice;

/* A domain's remote console (<graphics>). */
typedef struct _vpcHostConsole {
    char *domain;
    char *protocol;             /* "vnc", "spice" */
    char *listen;               /* "" when the domain gives no address */
} vpcHostConsole;

typedef struct _vpcHostFacts {
    char *displayUri;
    bool local;                 /* this machine: paths are Wine's, the OS is ours */
    char *remoteHost;           /* the host part of a remote URI, "" when local */

    char *nodeInfoMissing;      /* why virNodeGetInfo failed, NULL when it answered */
    uint64_t memoryKiB;
    unsigned int cpus;
    unsigned int mhz;
    unsigned int nodes;
    unsigned int sockets;
    unsigned int cores;
    unsigned int threads;

    char *freeMemoryMissing;
    uint64_t freeMemoryBytes;

    char *cpuFeaturesMissing;
    vpcStringList cpuFeatures;  /* the host CPU model's, expanded, libvirt's order */
    char *processorManufacturer;    /* NULL when not reported */
    char *processorVersion;

    char *osMissing;            /* remote hosts: libvirt does not report the OS */
    char *osName;
    char *osRelease;

    vpcStringList interfaces;   /* host interfaces by name */
    vpcStringList interfaceAddresses;   /* their IPv4 addresses, "" for none */

    size_t ndrives;
    vpcHostDrive *drives;       /* by node device name */

    vpcStringList searchPaths;  /* storage pool target directories, by pool name */
    char *vmConfigDir;          /* where the host keeps domain definitions, "" */
    char *vnConfigDir;          /* and network definitions */
    char *definitionFile;       /* the one file that holds them all (test driver), "" */

    char *driverType;           /* virConnectGetType */
    char *driverVersion;        /* virConnectGetVersion as major.minor.release */

    size_t nnetworks;
    vpcHostNetwork *networks;   /* by name */

    size_t nusb;
    vpcHostUSBDevice *usb;      /* by node device name */

    size_t nconsoles;
    vpcHostConsole *consoles;   /* domain by domain (by name), then XML order */
} vpcHostFacts;

void vpcHostFactsFree(vpcHostFacts *facts);
void vpcPutHostFacts(vpcBuffer *buf, const vpcHostFacts *facts);
vpcHostFacts *vpcReadHostFacts(vpcReader *rd);

/* Parsers, for the unit tests too: each fills its part of 'facts'. */
int vpcHostFactsParseCapabilities(vpcHostFacts *facts, const char *xml, char **cpuXML);
int vpcHostFactsParseBaseline(vpcHostFacts *facts, const char *xml);
int vpcHostFactsParseSysinfo(vpcHostFacts *facts, const char *xml);
int vpcHostFactsParseOSRelease(vpcHostFacts *facts, const char *text);
char *vpcHostFactsInterfaceAddress(const char *xml);
char *vpcHostFactsPoolPath(const char *xml);
/* A USB device's interface, until it is matched with its device. */
typedef struct _vpcUSBInterface {
    char *parent;
    unsigned int number;
    int deviceClass;
} vpcUSBInterface;

typedef struct _vpcUSBInterfaceList {
    size_t count;
    vpcUSBInterface *items;
} vpcUSBInterfaceList;

int vpcHostFactsParseNodeDevice(vpcHostFacts *facts, const char *xml,
                                vpcUSBInterfaceList *interfaces);
int vpcHostFactsParseNetwork(vpcHostNetwork *net, const char *xml);
/* A domain's consoles, and the host USB devices it passes through (after
 * the node devices were parsed). */
int vpcHostFactsParseDomain(vpcHostFacts *facts, const char *domain, const char *xml);
/* Locality, remote host and configuration directories, from the URI. */
int vpcHostFactsFromURI(vpcHostFacts *facts, const char *uri, const char *home,
                        const char *xdgConfigHome);
/* After the node devices were parsed: each USB device gets the class of
 * its lowest-numbered interface; 'interfaces' is emptied. */
void vpcHostFactsFinishUSB(vpcHostFacts *facts, vpcUSBInterfaceList *interfaces);

/* The backend's side: the facts of one host, encoded, from its cache. */
struct _vpcHost;
int vpcHostFactsEncode(struct _vpcHost *host, vpcBuffer *out, vpcError *err);
int vpcServiceHostFacts(vpcService *svc, const char *hostUri, vpcBuffer *out, vpcError *err);
/* The DLL's side: one round trip. */
int vpcBackendHostFacts(vpcBackend *backend, const char *hostUri, vpcHostFacts **facts,
                        vpcError *err);

#endif /* VPCHOSTFACTS_H */
