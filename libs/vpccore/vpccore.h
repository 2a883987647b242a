/*
 * wine-vpc accounting core: libvirt hosts, per-domain accounting, snapshots.
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
 * This header is shared by the COM DLL, the resident backend and the native
 * unit tests.  It must not include Windows or libvirt headers: the DLL is
 * compiled with winegcc, the tests with the host compiler, and both see the
 * same structure layouts.
 */

#ifndef VPCCORE_H
#define VPCCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VPC_HISTORY_SECONDS 60
#define VPC_UUID_STRING_LEN 37          /* 36 characters and the terminator */

/* Default bounds; each can be overridden through vpcConfig. */
#define VPC_DEFAULT_HOST_TIMEOUT_MS 5000
#define VPC_DEFAULT_KEEPALIVE_INTERVAL 2
#define VPC_DEFAULT_KEEPALIVE_COUNT 2
#define VPC_DEFAULT_IDLE_TIMEOUT_S 30
#define VPC_SAMPLE_INTERVAL_MS 1000
#define VPC_SNAPSHOT_MAX_AGE_MS 500

/*
 * How fresh a snapshot must be.  A script's first read, or a read after it
 * paused, wants samples begun at most VPC_SNAPSHOT_MAX_AGE_MS before it
 * asked (a poll begun after the question always qualifies) and waits
 * (bounded) for them.  A script that reads on and on takes the newest
 * sample the regular polling made, as long as it is at most two sample
 * intervals old, and does not wait: its reads then cost no libvirt calls.
 * Either way, no sample begun before a change the service made.
 */
typedef enum {
    VPC_FRESH_NOW,
    VPC_FRESH_LATEST,
} vpcFreshness;

/* The Virtual PC / Virtual Server VMVMState values, mirrored here because
 * the core cannot include the generated COM headers. */
typedef enum {
    VPC_VM_STATE_INVALID = 0,
    VPC_VM_STATE_TURNED_OFF = 1,
    VPC_VM_STATE_SAVED = 2,
    VPC_VM_STATE_TURNING_ON = 3,
    VPC_VM_STATE_RESTORING = 4,
    VPC_VM_STATE_RUNNING = 5,
    VPC_VM_STATE_PAUSED = 6,
    VPC_VM_STATE_SAVING = 7,
    VPC_VM_STATE_TURNING_OFF = 8,
    VPC_VM_STATE_MERGING_DRIVES = 9,
    VPC_VM_STATE_DELETE_MACHINE = 10,
} vpcVMState;

typedef enum {
    VPC_OK = 0,
    VPC_ERR_NO_MEMORY,
    VPC_ERR_INVALID_ARG,
    VPC_ERR_HOST_UNAVAILABLE,   /* could not connect, or the connection dropped */
    VPC_ERR_HOST_TIMEOUT,       /* the host did not answer within the bound */
    VPC_ERR_VM_UNKNOWN,         /* no such domain (any more) */
    VPC_ERR_VM_NOT_RUNNING,
    VPC_ERR_VM_RUNNING,
    VPC_ERR_VM_NO_SAVED_STATE,
    VPC_ERR_ACCESS_DENIED,
    VPC_ERR_NOT_SUPPORTED,      /* the driver lacks the operation */
    VPC_ERR_OPERATION_FAILED,   /* libvirt refused; detail says why */
    VPC_ERR_BACKEND,            /* the resident backend could not be reached */
    VPC_ERR_WRONG_STATE,        /* e.g. Pause of a paused VM (E_FAIL, as documented) */
    VPC_ERR_BUSY,               /* another lifecycle action of this VM is running */
    VPC_ERR_VM_ACTIVE,          /* a setting that cannot change while the VM runs or is saved */
    VPC_ERR_DUPLICATE_NAME,     /* a VM of that name exists on the host */
    VPC_ERR_NAME_INVALID,       /* a VM name with characters Virtual PC forbids */
    VPC_ERR_VM_RUNNING_OR_SAVED, /* a device change that needs the VM off and not saved */
    VPC_ERR_DRIVE_INVALID,      /* no such drive (any more) */
    VPC_ERR_DRIVE_IN_USE,       /* the drive holds media already */
    VPC_ERR_NO_MEDIA,           /* the drive holds nothing to release */
    VPC_ERR_MEDIA_WRONG_TYPE,   /* the drive holds the other kind of media */
    VPC_ERR_LOCATION_IN_USE,    /* a drive occupies that bus location */
    VPC_ERR_NETWORK_UNKNOWN,    /* no virtual network of that name on the VM's host */
    VPC_ERR_FILE_NOT_FOUND,     /* an image the host does not have */
    VPC_ERR_LIMIT,              /* no more devices of that kind */
    VPC_ERR_IMAGE_IN_USE,       /* the image is a disk of the VM already */
    VPC_ERR_CONTROLLER_LIMIT,   /* no more controllers of that kind (E_FAIL, as documented) */
    /* Stand-alone disk images (hostdisks.c) */
    VPC_ERR_FILE_EXISTS,        /* a new image's file is there already */
    VPC_ERR_PATH_NOT_FOUND,     /* a new image's folder is not there, or in no pool of a remote host */
    /* Ports and USB pass-through (hostports.c). */
    VPC_ERR_PORT_IN_USE,        /* another port of the VM uses that host device or file */
    VPC_ERR_USB_ASSIGNED,       /* the USB device is passed through already */
    VPC_ERR_USB_NOT_ATTACHED,   /* the VM does not pass that USB device through */

    VPC_ERR_LAST
} vpcErrorCode;

#define VPC_ERROR_TEXT_MAX 512

/* A failure as the script will see it: what, where, and libvirt's words.
 * 'host' is always the sanitized URI (no credentials). */
typedef struct _vpcError {
    vpcErrorCode code;
    char host[VPC_ERROR_TEXT_MAX];
    char vm[VPC_ERROR_TEXT_MAX];
    char detail[VPC_ERROR_TEXT_MAX];
} vpcError;

/* Byte counters since the baseline, summed over every device. */
typedef struct _vpcCounters {
    uint64_t netRx;
    uint64_t netTx;
    uint64_t diskRead;
    uint64_t diskWritten;
} vpcCounters;

/* An unsigned 96-bit integer in the layout of an OLE DECIMAL mantissa. */
typedef struct _vpcDecimal {
    uint32_t hi32;
    uint64_t lo64;
} vpcDecimal;

/* Everything a script can read about one domain, as of one sample. */
typedef struct _vpcVMRecord {
    unsigned int hostIndex;             /* index into vpcSnapshot.hosts */
    char uuid[VPC_UUID_STRING_LEN];
    char *name;
    vpcVMState state;
    bool running;                       /* the accountant's notion of running */
    uint64_t memoryKiB;
    unsigned int vcpus;
    vpcCounters counters;
    int cpuUtilization;                 /* percent, 0..100 */
    unsigned char history[VPC_HISTORY_SECONDS];   /* oldest first */
    uint64_t uptimeSeconds;
    uint32_t factsGeneration;           /* changes whenever its inventory facts may have */
} vpcVMRecord;

typedef struct _vpcHostStatus {
    char *uri;                          /* as configured: identifies the host */
    char *displayUri;                   /* the same without credentials, for people */
    vpcError error;                     /* code VPC_OK when the host answered */
} vpcHostStatus;

typedef struct _vpcSnapshot {
    int64_t takenAtMs;                  /* monotonic clock */
    size_t nhosts;
    vpcHostStatus *hosts;
    size_t nvms;
    vpcVMRecord *vms;                   /* host order, then name (ASCII case-insensitive) */
} vpcSnapshot;

void vpcSnapshotFree(vpcSnapshot *snap);
/* Looks 'hint' up first: callers remember where a VM was last time, which
 * makes repeated lookups in same-shaped snapshots O(1). */
const vpcVMRecord *vpcSnapshotFindVM(const vpcSnapshot *snap, const char *hostUri,
                                     const char *uuid, size_t hint);

/* Logging hook: the DLL routes it to a Wine debug channel, tests to stderr. */
typedef enum {
    VPC_LOG_DEBUG,
    VPC_LOG_WARN,
    VPC_LOG_ERROR,
} vpcLogLevel;

typedef void (*vpcLogFunc)(vpcLogLevel level, const char *message);
void vpcSetLogFunc(vpcLogFunc func);
void vpcLog(vpcLogLevel level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The core's threads are started through the process's starter (see
 * thread.c): in a Wine process, Wine must create every thread that may log. */
typedef struct _vpcThreadOps {
    int (*start)(void *(*func)(void *), void *arg, uintptr_t *handle);  /* 0 or -1 */
    void (*join)(uintptr_t handle);
    void (*detach)(uintptr_t handle);
} vpcThreadOps;

typedef struct _vpcThread {
    uintptr_t handle;
    bool started;
} vpcThread;

/* NULL restores the default, pthreads.  Set before the first host opens. */
void vpcSetThreadOps(const vpcThreadOps *ops);
int vpcThreadStart(vpcThread *thread, void *(*func)(void *), void *arg);
void vpcThreadJoin(vpcThread *thread);
void vpcThreadDetach(vpcThread *thread);

/*
 * Test hooks: every knob that exists only for the test suites, in one
 * place.  Zero, as vpcConfigInit leaves them, is production behaviour.
 * The DLL and the backend read the first two from the TestActionDelay and
 * TestSampleInterval settings (WINE_VPC_TEST_ACTION_DELAY and
 * WINE_VPC_TEST_SAMPLE_INTERVAL, libs/vpcwin/settings.c), which only the
 * tests set; the third only the core's unit tests set.
 */
typedef struct _vpcTestHooks {
    /* A lifecycle task waits this long first: its transitional state can be seen. */
    int actionDelayMs;
    /* Regular samples this far apart; 0: VPC_SAMPLE_INTERVAL_MS. */
    int sampleIntervalMs;
    /* Every poll takes this much longer: a slow host, polls under way. */
    int pollDelayMs;
} vpcTestHooks;

/* Configuration of one service (a process-wide set of host monitors). */
typedef struct _vpcConfig {
    int hostTimeoutMs;          /* bounded wait for a host's answer */
    int keepAliveInterval;      /* seconds, remote connections only */
    int keepAliveCount;
    vpcTestHooks test;
} vpcConfig;

void vpcConfigInit(vpcConfig *config);

/* Host lists: "Hosts" is a REG_MULTI_SZ or a comma/newline separated string.
 * An entry is a libvirt URI, optionally named: "node2=qemu+ssh://n2/system".
 * An empty list means libvirt's default URI, represented by "". */
typedef struct _vpcHostList {
    size_t nhosts;
    char **uris;
    char **labels;              /* the names given in Hosts, NULL where none */
} vpcHostList;

int vpcHostListParse(vpcHostList *list, const char *text);
int vpcHostListAdd(vpcHostList *list, const char *uri);
int vpcHostListAddLabeled(vpcHostList *list, const char *label, const char *uri);
void vpcHostListClear(vpcHostList *list);
/* What "host/name" in FindVirtualMachine may call a host: its label, else
 * the host part of its URI, else the URI itself (without credentials). */
char *vpcHostName(const char *label, const char *uri);

/* URIs */
char *vpcUriSanitize(const char *uri);
void vpcScrubSecrets(char *text, const char *uri);

/* Errors */
void vpcErrorSet(vpcError *err, vpcErrorCode code, const char *host, const char *vm,
                 const char *detailFmt, ...) __attribute__((format(printf, 5, 6)));
void vpcErrorClear(vpcError *err);
const char *vpcErrorCodeName(vpcErrorCode code);

/* Counters and the OLE DECIMAL mantissa */
vpcDecimal vpcDecimalFromU64(uint64_t value);
vpcDecimal vpcDecimalAdd(vpcDecimal a, uint64_t b);

/* Clocks (milliseconds) */
int64_t vpcNowMonotonicMs(void);
int64_t vpcNowRealtimeMs(void);
int64_t vpcNowMonotonicUs(void);

/*
 * The service: every libvirt host this process watches, one monitor thread
 * per host, libvirt's event loop in its own thread.  All calls are
 * thread-safe and bounded by config.hostTimeoutMs per host.
 */
typedef struct _vpcService vpcService;

vpcService *vpcServiceNew(const vpcConfig *config);
void vpcServiceFree(vpcService *svc);
/*
 * Keeps every domain's accounting in the file 'path' (a Unix path; its
 * directory must exist), read now and written as it changes, so that a
 * service started later (a backend after one that was killed) continues
 * the runs this one watched.  Before the first host is asked for; -1 when
 * too late or out of memory.
 */
int vpcServiceKeepAccounts(vpcService *svc, const char *path);
int64_t vpcServiceUptimeSeconds(vpcService *svc);

int vpcServiceSnapshot(vpcService *svc, const vpcHostList *hosts, vpcFreshness freshness,
                       vpcSnapshot **snap);

typedef struct _vpcVMDetails {
    char *description;          /* libvirt <description>, "" when absent */
} vpcVMDetails;

int vpcServiceGetDetails(vpcService *svc, const char *hostUri, const char *uuid,
                         vpcVMDetails *details, vpcError *err);
void vpcVMDetailsClear(vpcVMDetails *details);

/*
 * Virtual Server's scheduling model on libvirt.  Capacities are percents of
 * the whole host; a VM can use at most its vCPUs' share of the host's CPUs
 * (allowableMaximum = min(100, 100 * vcpus / host CPUs)).  The relative
 * weight is libvirt's cpu_shares (the test driver's "weight"), the maximum
 * is the vCPU quota, and the reservation, which libvirt lacks, lives in the
 * domain's <metadata>.
 */
#define VPC_SCHEDULING_NS "https://wine-vpc.invalid/xmlns/scheduling/1.0"
#define VPC_SCHEDULING_PREFIX "vpc"
#define VPC_WEIGHT_MIN 1
#define VPC_WEIGHT_MAX 10000
#define VPC_WEIGHT_DEFAULT 100

typedef struct _vpcScheduling {
    unsigned int hostCpus;
    unsigned int vcpus;
    int relativeWeight;
    double maximumCapacity;
    double reservedCapacity;
    double allowableMaximum;
    double allowableReserved;   /* what others' reservations leave, up to allowableMaximum */
} vpcScheduling;

int vpcServiceGetScheduling(vpcService *svc, const char *hostUri, const char *uuid,
                            vpcScheduling *sched, vpcError *err);

/* One VM's scheduling in a host's list: 'error' is NULL when it was read,
 * else why it could not be (what the VM's own request would have said). */
typedef struct _vpcSchedulingEntry {
    char uuid[VPC_UUID_STRING_LEN];
    vpcScheduling sched;
    vpcError *error;
} vpcSchedulingEntry;

/* Every VM of one host, sorted by UUID. */
typedef struct _vpcSchedulingList {
    vpcSchedulingEntry *entries;
    size_t count;
} vpcSchedulingList;

/*
 * The scheduling of every VM the host has, read as vpcServiceGetScheduling
 * reads one VM's: kept by the host until an event or a write makes it
 * stale.  A script reading the scheduling of every VM costs one request.
 */
int vpcServiceGetHostScheduling(vpcService *svc, const char *hostUri, vpcSchedulingList *list,
                                vpcError *err);
const vpcSchedulingEntry *vpcSchedulingListFind(const vpcSchedulingList *list, const char *uuid);
/* Sorts the entries by UUID, for vpcSchedulingListFind. */
void vpcSchedulingListSort(vpcSchedulingList *list);
void vpcSchedulingListClear(vpcSchedulingList *list);
int vpcServiceSetScheduling(vpcService *svc, const char *hostUri, const char *uuid,
                            double reserved, double maximum, int weight, vpcError *err);
/*
 * Lifecycle actions run as tasks: the call checks the VM's state at once
 * (VM_E_VM_RUNNING and friends are immediate), then a thread does the
 * libvirt call on the host's read-write connection.  While it runs, the
 * VM's state is the transitional one (TurningOn, Saving, ...).
 */
typedef enum {
    VPC_ACTION_STARTUP,             /* virDomainCreate; restores a managed save */
    VPC_ACTION_TURN_OFF,            /* virDomainDestroy */
    VPC_ACTION_SAVE,                /* virDomainManagedSave */
    VPC_ACTION_RESET,               /* virDomainReset */
    VPC_ACTION_PAUSE,               /* virDomainSuspend */
    VPC_ACTION_RESUME,              /* virDomainResume */
    VPC_ACTION_DISCARD_SAVED_STATE, /* virDomainManagedSaveRemove */
    VPC_ACTION_SHUTDOWN,            /* virDomainShutdown, then until the domain is off */
    VPC_ACTION_RESTART,             /* virDomainReboot */

    VPC_ACTION_LAST
} vpcAction;

/*
 * A task is known by its backend's instance (high 32 bits, chosen at random
 * when the service starts) and its number there (low 32 bits): a client
 * whose backend was replaced asks the new one about a task it never ran,
 * and is told so instead of being confused with the new backend's task 1.
 */
typedef uint64_t vpcTaskId;

typedef struct _vpcTaskStatus {
    vpcTaskId id;
    vpcAction action;
    bool complete;
    int percent;                /* 0 while running, 100 when done */
    vpcError error;             /* code VPC_OK when it succeeded */
    char vm[VPC_ERROR_TEXT_MAX];
} vpcTaskStatus;

/* How long a Shutdown task waits for the guest to turn off. */
#define VPC_SHUTDOWN_WAIT_MS (300 * 1000)

const char *vpcActionName(vpcAction action);
int vpcServiceStartAction(vpcService *svc, const char *hostUri, const char *uuid,
                          vpcAction action, vpcTaskId *taskId, vpcError *err);
/* A task's status once it completed or 'waitMs' passed, whichever comes
 * first (0: at once; at most VPC_TASK_WAIT_MAX_MS).  -1 with 'err' set
 * (VPC_ERR_BACKEND) for a task this service never ran. */
#define VPC_TASK_WAIT_MAX_MS 5000
int vpcServiceTaskStatus(vpcService *svc, vpcTaskId taskId, int waitMs, vpcTaskStatus *status,
                         vpcError *err);
/* The tasks not yet complete, oldest first (IVMVirtualServer::Tasks): a
 * malloc'ed array the caller frees, NULL when there is none. */
int vpcServiceListTasks(vpcService *svc, vpcTaskStatus **tasks, size_t *count, vpcError *err);

/* Every VM's inventory facts of one host (vpcfacts.h), encoded as
 * vpcReadFactsList reads them. */
struct _vpcBuffer;
int vpcServiceGetVMFacts(vpcService *svc, const char *hostUri, unsigned int flags,
                         struct _vpcBuffer *out, vpcError *err);

/*
 * Settings a script writes (hostwrites.c).  Each applies whole or not at
 * all; a refused one (bad value, wrong state) touches nothing.
 */
typedef enum {
    VPC_CONFIG_NOTES,           /* 'text': the domain's <description> */
    VPC_CONFIG_MEMORY_MB,       /* 'number': memory of a VM that is off and not saved */
    VPC_CONFIG_AUTOSTART,       /* 'number': 1 or 0, virDomainSetAutostart */

    /* Devices (hostdevices.c).  'number' names the device: its 0-based
     * position among the domain's devices of that kind, in the order of
     * its current definition (live while it runs). */
    VPC_CONFIG_DVD_MEDIA,       /* 'text': "file:PATH" (an image), "block:PATH" (a host
                                 * drive) into an empty drive; "eject:file", "eject:block"
                                 * take that kind out */
    VPC_CONFIG_FLOPPY_MEDIA,    /* the same for a floppy drive */
    VPC_CONFIG_DVD_ADD,         /* 'number': bus * 256 + unit; 'text': "ide" or "scsi" */
    VPC_CONFIG_DVD_REMOVE,
    VPC_CONFIG_NIC_ADD,         /* appended, on no network */
    VPC_CONFIG_NIC_REMOVE,
    VPC_CONFIG_NIC_NETWORK,     /* 'text': the host's network's name, "" for none */
    VPC_CONFIG_NIC_MAC,         /* 'text': a unicast address, "52:54:00:1a:03:01" */
    VPC_CONFIG_DISK_ADD,        /* 'number': bus * 256 + unit; 'text': "ide:PATH" or
                                 * "scsi:PATH", PATH the host's (a volume's on a remote host) */
    VPC_CONFIG_DISK_REMOVE,
    VPC_CONFIG_DVD_MOVE,        /* 'text': the new place, "ide:BUS:UNIT" or "scsi:BUS:UNIT" */
    VPC_CONFIG_DISK_MOVE,       /* the same for a hard disk */
    VPC_CONFIG_SCSI_ADD,        /* at the lowest free index, QEMU's default model */
    VPC_CONFIG_SCSI_REMOVE,     /* 'number': its position among the SCSI controllers */

    /* The domain again (hostwrites.c). */
    VPC_CONFIG_NAME,            /* 'text': virDomainRename of a VM that is off and not saved */
    VPC_CONFIG_SMBIOS,          /* 'number': a vpcSmbiosString, 'text': its value, in the
                                 * <sysinfo type='smbios'> of a VM that is off and not saved */

    /* Serial and parallel ports, USB pass-through (hostports.c); devices
     * as above.  The ports need the VM off and not saved. */
    VPC_CONFIG_SERIAL_PORT,     /* 'number': its position among the <serial>s; 'text':
                                 * "dev:PATH" (a host device), "file:PATH", "unix:PATH" (a
                                 * socket the VM listens on) or "null:" */
    VPC_CONFIG_PARALLEL_PORT,   /* the same for a <parallel>: "dev:PATH" or "null:" */
    VPC_CONFIG_USB_ATTACH,      /* 'text': "VENDOR:PRODUCT" (hexadecimal), or with
                                 * ":BUS:DEVICE" (decimal) when the vendor and product
                                 * name more than one device; a running VM gets it at once */
    VPC_CONFIG_USB_DETACH,      /* the same text: the <hostdev> naming that device goes */

    VPC_CONFIG_LAST
} vpcConfigItem;

#define VPC_MEMORY_MIN_MB 4

/* The SMBIOS strings scripts set (IVMVirtualMachine's serial numbers). */
typedef enum {
    VPC_SMBIOS_BIOS_SERIAL,         /* <system><entry name='serial'> */
    VPC_SMBIOS_BASEBOARD_SERIAL,    /* <baseBoard><entry name='serial'> */
    VPC_SMBIOS_CHASSIS_SERIAL,      /* <chassis><entry name='serial'> */
    VPC_SMBIOS_CHASSIS_ASSET,       /* <chassis><entry name='asset'> */

    VPC_SMBIOS_LAST
} vpcSmbiosString;

#define VPC_SMBIOS_STRING_MAX 32    /* characters, as Virtual Server allows */

/* Whether an item edits one of the domain's devices (hostdevices.c) rather
 * than the domain itself (hostwrites.c). */
static inline bool
vpcConfigItemIsDevice(vpcConfigItem item)
{
    return item >= VPC_CONFIG_DVD_MEDIA && item != VPC_CONFIG_NAME && item != VPC_CONFIG_SMBIOS;
}

int vpcServiceConfigure(vpcService *svc, const char *hostUri, const char *uuid,
                        vpcConfigItem item, const char *text, int64_t number, vpcError *err);

/*
 * CreateVirtualMachine's domain: an x86_64 HVM guest of the host's
 * hypervisor with 128 MB, one vCPU, ACPI and no devices (scripts add
 * them), the folder the script gave kept in the metadata.  Arguments: the
 * domain type, the name, VPC_VM_NS, the folder (both XML-escaped).
 */
#define VPC_VM_NS "https://wine-vpc.invalid/xmlns/vm/1.0"
#define VPC_NEW_DOMAIN_TEMPLATE \
    "<domain type='%s'><name>%s</name>" \
    "<metadata><vpcvm:vm xmlns:vpcvm='%s'><vpcvm:folder>%s</vpcvm:folder></vpcvm:vm></metadata>" \
    "<memory unit='MiB'>128</memory><vcpu>1</vcpu>" \
    "<os><type arch='x86_64'>hvm</type></os><features><acpi/></features>" \
    "<devices/></domain>"

/* A new domain on the host ('uuid' receives its UUID): from the template
 * above, or with 'xml' (RegisterVirtualMachine) from that libvirt domain
 * XML, named 'name' when it is not empty.  VPC_ERR_DUPLICATE_NAME when a
 * domain of that name or UUID exists: nothing is defined then. */
int vpcServiceCreateDomain(vpcService *svc, const char *hostUri, const char *name,
                           const char *folder, const char *xml, char *uuid, vpcError *err);
/* Virtual Server's virtual networks and their settings (hostnetworks.c). */
typedef enum {
    VPC_NETWORK_CREATE,         /* an isolated network, defined, started, autostarted */
    VPC_NETWORK_DELETE,         /* stopped and undefined; refused while a running VM uses it */
    VPC_NETWORK_REGISTER,       /* 'text': libvirt network XML, named 'name' when it is not
                                 * empty; defined, started, autostarted as CREATE */
    VPC_NETWORK_DHCP_RANGE,     /* 'text': "NETWORK MASK START END SERVER" (vpcDhcpCheck):
                                 * the first IPv4 <ip> and its one DHCP range */
    VPC_NETWORK_DHCP_ENABLED,   /* 'text': "0" takes the DHCP server away, "1" needs a range */
    VPC_NETWORK_RENAME,         /* 'text': the new name; refused while any VM's definition
                                 * names the network */
    VPC_NETWORK_HOST_ADAPTER,   /* 'text': the host interface a forwarding network goes out
                                 * through ("" any): <forward dev>, a macvtap network's
                                 * <interface>; refused for other kinds */
    VPC_NETWORK_CHANGE_LAST
} vpcNetworkChange;

/* 0 done, 1 no such network (delete), -1 failed: VPC_ERR_DUPLICATE_NAME
 * for a name (in any case) or UUID the host has, VPC_ERR_BUSY for a
 * network running VMs use (delete; a setting of a running network, which
 * libvirt applies by starting it again), VPC_ERR_NETWORK_UNKNOWN for a
 * setting of a network the host does not have.  A change that fails
 * leaves the network's definition as it was.  '*definedName' (may be
 * NULL) gets the registered network's name, to free. */
int vpcServiceChangeNetwork(vpcService *svc, const char *hostUri, vpcNetworkChange change,
                            const char *name, const char *text, char **definedName,
                            vpcError *err);

/* ConfigureDHCPServer's addresses, dotted decimal: the mask contiguous
 * with at least two host addresses, the network its base, the range and
 * the server host addresses of it, the range in order and without the
 * server.  'why' gets the first problem, naming the parameter. */
typedef enum {
    VPC_DHCP_OK,
    VPC_DHCP_BAD_NETWORK,
    VPC_DHCP_BAD_MASK,
    VPC_DHCP_BAD_START,
    VPC_DHCP_BAD_END,
    VPC_DHCP_BAD_SERVER,
    VPC_DHCP_BAD_RANGE,
} vpcDhcpProblem;

vpcDhcpProblem vpcDhcpCheck(const char *network, const char *mask, const char *start,
                            const char *end, const char *server, char *why, size_t size);

/* 0 removed, 1 not found, -1 failed (a running VM: VPC_ERR_VM_RUNNING). */
int vpcServiceRemoveDomain(vpcService *svc, const char *hostUri, const char *uuid,
                           bool deleteAll, vpcError *err);

/*
 * Events: what the hosts' libvirt events say happened to VMs, kept in a
 * journal of the service numbered from 1, for clients that wait for them
 * (vpcServiceWaitEvents).  A cursor names the service instance (see
 * vpcTaskId) and the last event a client has seen.
 */
typedef enum {
    VPC_EVENT_STATE_CHANGE = 1,     /* 'state' is the VM's new state */
    VPC_EVENT_HEARTBEAT_STOPPED,    /* the guest agent went away while the VM runs */
    VPC_EVENT_RESET,                /* the guest rebooted (libvirt's REBOOT event) */
} vpcEventKind;

typedef struct _vpcEvent {
    uint64_t seq;
    vpcEventKind kind;
    vpcVMState state;
    char *hostUri;              /* as the host list names it */
    char uuid[VPC_UUID_STRING_LEN];
    char *name;
} vpcEvent;

typedef struct _vpcEventList {
    size_t count;
    vpcEvent *events;
    uint64_t lost;              /* events the journal no longer had for this client */
    bool restarted;             /* the cursor was another instance's: it starts again */
} vpcEventList;

typedef struct _vpcEventCursor {
    uint32_t instance;          /* 0: not set; the call sets it to "now" */
    uint64_t seq;
} vpcEventCursor;

#define VPC_EVENT_WAIT_MAX_MS 5000
/* How many events the journal keeps for clients that are late. */
#define VPC_EVENT_JOURNAL_SIZE 1024

void vpcEventListClear(vpcEventList *list);
/* The events after 'cursor' of the hosts in 'hosts' (empty: the default
 * host), or with VPC_EVENTS_EVERY_HOST of every host the service watches
 * ('hosts' being watched either way), waiting up to 'waitMs' (at most
 * VPC_EVENT_WAIT_MAX_MS) for one; 'cursor' moves past what was returned.
 * A cursor not set, or of another instance, is set to the newest event
 * once the hosts are watched and connected (bounded by hostTimeout),
 * without waiting for more. */
#define VPC_EVENTS_EVERY_HOST 1u
int vpcServiceWaitEvents(vpcService *svc, const vpcHostList *hosts, unsigned int flags,
                         vpcEventCursor *cursor, int waitMs, vpcEventList *events, vpcError *err);

/*
 * Keys (keyboard.c): Microsoft's key identifiers ("Key_A", "KeyPad_Enter",
 * case-insensitive) and ASCII characters as libvirt's "linux" key codes,
 * and sending them to a running VM.  A combination is the keys pressed
 * together, then released (virDomainSendKey: at most 16).
 */
#define VPC_KEYS_MAX 16
#define VPC_KEY_HOLD_MS 20
#define VPC_KEY_COMBOS_MAX 4096

typedef struct _vpcKeyCombo {
    unsigned int count;
    unsigned int keys[VPC_KEYS_MAX];
} vpcKeyCombo;

/* The key's code, or -1 for a name that is none. */
int vpcKeyFromName(const char *name);
/* The keys that type 'c' on a U.S. keyboard (Shift first where needed):
 * their number (1 or 2), or -1 for a character no key types. */
int vpcKeysForChar(char c, unsigned int *keys);
int vpcServiceSendKeys(vpcService *svc, const char *hostUri, const char *uuid,
                       const vpcKeyCombo *combos, size_t ncombos, vpcError *err);

/* True while any watched host has a running (or paused) VM. */
bool vpcServiceAnyRunning(vpcService *svc);

/* 100 minus the reservations of the host's running VMs. */
int vpcServiceAvailableCapacity(vpcService *svc, const char *hostUri, double *available,
                                vpcError *err);

/*
 * Stand-alone disk images (hostdisks.c): made and read as volumes of the
 * storage pool whose target is their folder, or on this machine of a
 * transient directory pool made for the call.  'path' is the host's.
 */
typedef enum {
    VPC_DISK_DESCRIBE,              /* the image at 'path' */
    VPC_DISK_CREATE_DYNAMIC,        /* QEMU's dynamic VHD ("vpc") of 'sizeMB' */
    VPC_DISK_CREATE_FIXED,          /* a raw image of 'sizeMB', allocated whole */
    VPC_DISK_CREATE_DIFFERENCING,   /* a qcow2 image over 'parent', of its size */
    VPC_DISK_LIST,                  /* the *.vhd volumes of every file pool and of the
                                     * folders in 'path' (one per line): the result's
                                     * 'path', one per line, sorted */

    VPC_DISK_OP_LAST
} vpcDiskOp;

/* Virtual PC's limits: 3 MB, and a VHD's 2040 GB. */
#define VPC_DISK_MIN_MB 3
#define VPC_DISK_MAX_MB 2088960

typedef struct _vpcDiskImage {
    char *path;
    char *format;               /* as the pool reads it: "vpc", "raw", "qcow2"... */
    char *backingPath;          /* "" without one */
    uint64_t capacity;          /* bytes the guest sees */
    uint64_t allocation;        /* bytes the file takes on the host */
    bool freeKnown;
    uint64_t available;         /* bytes free in its pool */
} vpcDiskImage;

void vpcDiskImageClear(vpcDiskImage *image);
/* VPC_ERR_FILE_EXISTS, VPC_ERR_PATH_NOT_FOUND, VPC_ERR_FILE_NOT_FOUND (the
 * image, or a differencing disk's parent), VPC_ERR_INVALID_ARG (a size out
 * of range, no full path); nothing is made when it fails. */
int vpcServiceDiskImage(vpcService *svc, const char *hostUri, vpcDiskOp op, const char *path,
                        const char *parent, uint64_t sizeMB, vpcDiskImage *image, vpcError *err);

#endif /* VPCCORE_H */
