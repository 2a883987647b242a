/*
 * Changes a script makes to a VM's devices, what both models share: media
 * in and out of drives, drives, hard disks, SCSI controllers and network
 * adapters added and removed, drives and disks moved, the network an
 * adapter is on, the host side of serial and parallel ports.  The backend applies them
 * (libs/vpccore/hostdevices.c); this side turns the script's Windows
 * paths and drive letters into the host's.
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
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define COBJMACROS

#include "host_private.h"
#include "resource.h"

#include "wine/debug.h"


static BOOL is_letter(WCHAR c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* The real file behind a path of this prefix's drives, as Wine maps it
 * (dosdevices), symbolic links resolved: what the host opens.  NULL when
 * no drive maps it or nothing is there. */
static char *unix_real_path(const WCHAR *path)
{
    char *unix_name, *real = NULL;

    if (!(unix_name = wine_get_unix_file_name(path))) return NULL;
    real = realpath(unix_name, NULL);
    HeapFree(GetProcessHeap(), 0, unix_name);
    return real;
}

/* README "Paths of images": on this machine a full Windows path of the
 * prefix (C:\Images\x.iso, Z:\srv\iso\x.iso, \\server\share\x.iso as
 * Wine maps UNC paths), checked here; on a remote host that host's path as
 * ImageFile shows it (\\node2\srv\iso\x.iso) or its Unix path
 * (/srv/iso/x.iso), which the backend checks among the host's storage
 * volumes. */
static HRESULT image_host_path(struct vm_ref *vm, const WCHAR *path, BOOL host_volume,
                               char **host_path)
{
    char *remote = vpcUriRemoteHost(vm->host_uri);
    struct stat st;
    HRESULT hr;

    *host_path = NULL;
    if (remote)
    {
        if ((hr = remote_host_path(remote, path, host_path)) == S_FALSE)
            hr = vm_fact_error(vm, E_INVALIDARG, IDS_REMOTE_IMAGE_PATH, path);
        free(remote);
        return hr;
    }

    /* Absolute: a drive and a root, or a UNC name; Windows takes '/' for
     * '\' too. */
    if (!((is_letter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) ||
          (path[0] == '\\' && path[1] == '\\' && path[2] && path[2] != '\\')))
        return vm_fact_error(vm, E_INVALIDARG, IDS_LOCAL_IMAGE_PATH, path);
    if (!(*host_path = unix_real_path(path)) || stat(*host_path, &st) || !S_ISREG(st.st_mode))
    {
        /* A disk image that is no file here may be a volume of the host
         * (a storage pool libvirt keeps elsewhere, or in memory as its test
         * driver does): the backend asks the host. */
        if (!*host_path && host_volume && (*host_path = unix_file_in_folder(path))) return S_OK;
        free(*host_path);
        *host_path = NULL;
        return vm_fact_error(vm, HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), IDS_IMAGE_NOT_FOUND,
                             path);
    }
    return S_OK;
}

/* README "Host drives": a device node as HostInfo lists it (/dev/sr0), or
 * on this machine a drive letter whose device Wine knows (the prefix's
 * dosdevices/d:: link, which Wine opens for \\.\D:). */
static HRESULT host_drive_path(struct device_ref *dev, const WCHAR *drive, char **host_path)
{
    char *remote = vpcUriRemoteHost(dev->vm.host_uri), *utf8;
    vpcHostDriveKind kind = dev->kind == DEVICE_DVD ? VPC_HOST_DRIVE_DVD : VPC_HOST_DRIVE_FLOPPY;
    const vpcHostFacts *facts;
    WCHAR device[8];
    struct stat st;
    BOOL found = FALSE;
    size_t i;
    HRESULT hr;

    *host_path = NULL;
    if (!(utf8 = strdupWtoA_utf8(drive)))
    {
        free(remote);
        return E_OUTOFMEMORY;
    }
    if (remote)
    {
        /* Only the host knows its devices: they must be in its list. */
        free(remote);
        hr = host_view_host_facts(dev->vm.view,
                                  host_view_host_index(dev->vm.view, dev->vm.host_uri), &facts);
        if (FAILED(hr))
        {
            free(utf8);
            return hr;
        }
        for (i = 0; i < facts->ndrives && !found; i++)
            found = facts->drives[i].kind == kind && !strcmp(facts->drives[i].path, utf8);
        if (found) *host_path = utf8;
        else free(utf8);
    }
    else
    {
        if (utf8[0] == '/')
            *host_path = realpath(utf8, NULL);
        else if (is_letter(drive[0]) && (!drive[1] || (drive[1] == ':' && (!drive[2] ||
                 (drive[2] == '\\' && !drive[3])))))
        {
            lstrcpyW(device, L"\\\\.\\X:");
            device[4] = drive[0];
            *host_path = unix_real_path(device);
        }
        free(utf8);
        if (*host_path && !stat(*host_path, &st) && S_ISBLK(st.st_mode)) found = TRUE;
    }
    if (found) return *host_path ? S_OK : E_OUTOFMEMORY;
    free(*host_path);
    *host_path = NULL;
    return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_NOT_A_HOST_DRIVE, drive);
}

static vpcConfigItem media_item(struct device_ref *dev)
{
    return dev->kind == DEVICE_DVD ? VPC_CONFIG_DVD_MEDIA : VPC_CONFIG_FLOPPY_MEDIA;
}

static HRESULT change_media(struct device_ref *dev, const char *prefix, const char *path)
{
    size_t len = strlen(prefix) + strlen(path) + 1;
    char *text;
    HRESULT hr;

    if (!(text = malloc(len))) return E_OUTOFMEMORY;
    snprintf(text, len, "%s%s", prefix, path);
    hr = vm_configure(&dev->vm, media_item(dev), text, dev->index);
    free(text);
    return hr;
}

HRESULT drive_attach_image(struct device_ref *dev, BSTR path)
{
    char *host_path;
    HRESULT hr;

    /* COM's NULL BSTR is "" (Virtual Server documents E_POINTER; a script
     * passing "" would get that, without a description): no path. */
    if (!path) path = (BSTR)L"";
    if (FAILED(hr = vm_check_exists(&dev->vm))) return hr;
    if (FAILED(hr = image_host_path(&dev->vm, path, FALSE, &host_path))) return hr;
    hr = change_media(dev, "file:", host_path);
    free(host_path);
    return hr;
}

HRESULT drive_attach_host_drive(struct device_ref *dev, BSTR drive)
{
    char *host_path;
    HRESULT hr;

    if (FAILED(hr = vm_check_exists(&dev->vm))) return hr;
    if (FAILED(hr = host_drive_path(dev, drive ? drive : L"", &host_path))) return hr;
    hr = change_media(dev, "block:", host_path);
    free(host_path);
    return hr;
}

HRESULT drive_release(struct device_ref *dev, BOOL host_drive)
{
    return vm_configure(&dev->vm, media_item(dev), host_drive ? "eject:block" : "eject:file",
                        dev->index);
}

/* 'network' is the network object's host and name; NULL detaches. */
HRESULT nic_set_network(struct device_ref *dev, const char *network_host_uri,
                        const WCHAR *network_name)
{
    char *name = NULL;
    HRESULT hr;

    if (network_name)
    {
        if (strcmp(network_host_uri, dev->vm.host_uri))
            return vm_fact_error(&dev->vm, VM_E_INVALID_VIRTUAL_NETWORK_ID,
                                 IDS_NETWORK_OTHER_HOST, network_name);
        if (!(name = strdupWtoA_utf8(network_name))) return E_OUTOFMEMORY;
    }
    hr = vm_configure(&dev->vm, VPC_CONFIG_NIC_NETWORK, name ? name : "", dev->index);
    free(name);
    return hr;
}

/* "52-54-00-1A-03-01" as Windows writes it (or with colons), to libvirt's
 * "52:54:00:1a:03:01"; the backend checks it is a unicast address. */
HRESULT nic_set_address(struct device_ref *dev, BSTR address)
{
    char mac[18];
    int i;

    if (!address) address = (BSTR)L"";      /* COM's NULL BSTR */
    for (i = 0; i < 17 && address[i]; i++)
    {
        if (i % 3 == 2) mac[i] = address[i] == '-' || address[i] == ':' ? ':' : '?';
        else mac[i] = address[i] < 0x80 ? tolower(address[i]) : '?';
    }
    mac[i] = 0;
    if (i != 17 || address[17])
        return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_BAD_ETHERNET_ADDRESS, address);
    return vm_configure(&dev->vm, VPC_CONFIG_NIC_MAC, mac, dev->index);
}

/* libvirt keeps every adapter's address in the definition: it is never
 * dynamic, and a script cannot make it so. */
HRESULT nic_set_dynamic(struct device_ref *dev, VARIANT_BOOL dynamic)
{
    VARIANT_BOOL now;
    HRESULT hr;

    if (FAILED(hr = nic_get_dynamic(dev, &now))) return hr;
    if (!dynamic) return S_OK;
    return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_ADDRESS_NOT_DYNAMIC, L"IsEthernetAddressDynamic");
}

/* The backend checks the place; these would not fit its field. */
static HRESULT check_place(struct vm_ref *vm, BOOL scsi, LONG bus, LONG unit)
{
    WCHAR *place;
    char text[64];
    HRESULT hr;

    if (bus >= 0 && bus <= 255 && unit >= 0 && unit <= 255) return S_OK;
    snprintf(text, sizeof(text), "%s bus %d, device %d", scsi ? "SCSI" : "IDE", (int)bus, (int)unit);
    if (!(place = strdupAtoW_utf8(text))) return E_OUTOFMEMORY;
    hr = vm_fact_error(vm, E_INVALIDARG, IDS_BAD_DRIVE_PLACE, place);
    free(place);
    return hr;
}

/* *index receives the position among the VM's drives of 'kind' of the one
 * now at the place. */
static HRESULT find_placed_drive(struct vm_ref *vm, vpcDriveKind kind, BOOL scsi, LONG bus,
                                 LONG unit, const WCHAR *what, ULONG *index)
{
    struct vm_facts facts;
    const vpcDriveFacts *drive;
    BOOL found = FALSE;
    ULONG n = 0;
    size_t i;
    HRESULT hr;

    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    for (i = 0; i < facts.facts->ndrives && !found; i++)
    {
        drive = &facts.facts->drives[i];
        if (drive->kind != kind) continue;
        found = drive->bus == (scsi ? VPC_BUS_SCSI : VPC_BUS_IDE) && drive->busNumber == bus &&
                drive->unit == unit;
        if (!found) n++;
    }
    vm_facts_release(&facts);
    if (!found) return vm_fact_error(vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, what);
    *index = n;
    return S_OK;
}

/* A new empty CD/DVD drive at a place of the bus ('scsi' or IDE); *index
 * receives its position among the VM's CD/DVD drives. */
HRESULT vm_add_dvd_drive(struct vm_ref *vm, BOOL scsi, LONG bus, LONG unit, ULONG *index)
{
    HRESULT hr;

    *index = 0;
    if (FAILED(hr = check_place(vm, scsi, bus, unit))) return hr;
    if (FAILED(hr = vm_configure(vm, VPC_CONFIG_DVD_ADD, scsi ? "scsi" : "ide",
                                 (int64_t)bus * 256 + unit)))
        return hr;
    /* libvirt keeps a bus's drives in target order. */
    return find_placed_drive(vm, VPC_DRIVE_CDROM, scsi, bus, unit, L"the new drive", index);
}

/* A new hard disk holding the image 'path' (mapped as media paths are) at
 * a place of the bus; the backend reads the image's format. */
HRESULT vm_add_disk(struct vm_ref *vm, BSTR path, BOOL scsi, LONG bus, LONG unit, ULONG *index)
{
    char *host_path, *text;
    size_t len;
    HRESULT hr;

    *index = 0;
    if (!path) path = (BSTR)L"";      /* COM's NULL BSTR, as for AttachImage */
    if (FAILED(hr = vm_check_exists(vm))) return hr;
    if (FAILED(hr = check_place(vm, scsi, bus, unit))) return hr;
    if (FAILED(hr = image_host_path(vm, path, TRUE, &host_path))) return hr;
    len = strlen(host_path) + 6;
    if (!(text = malloc(len)))
    {
        free(host_path);
        return E_OUTOFMEMORY;
    }
    snprintf(text, len, "%s:%s", scsi ? "scsi" : "ide", host_path);
    free(host_path);
    hr = vm_configure(vm, VPC_CONFIG_DISK_ADD, text, (int64_t)bus * 256 + unit);
    free(text);
    if (FAILED(hr)) return hr;
    return find_placed_drive(vm, VPC_DRIVE_DISK, scsi, bus, unit, L"the new hard disk", index);
}

/* The drive or disk goes to another place in one redefinition; the object
 * then names the device at its new position (libvirt keeps a bus's drives
 * in target order). */
HRESULT drive_set_location(struct device_ref *dev, BOOL scsi, LONG bus, LONG unit)
{
    BOOL disk = dev->kind == DEVICE_DISK;
    char text[64];
    ULONG index;
    HRESULT hr;

    if (FAILED(hr = vm_check_exists(&dev->vm))) return hr;
    if (FAILED(hr = check_place(&dev->vm, scsi, bus, unit))) return hr;
    snprintf(text, sizeof(text), "%s:%d:%d", scsi ? "scsi" : "ide", (int)bus, (int)unit);
    if (FAILED(hr = vm_configure(&dev->vm, disk ? VPC_CONFIG_DISK_MOVE : VPC_CONFIG_DVD_MOVE, text,
                                 dev->index)))
        return hr;
    if (FAILED(hr = find_placed_drive(&dev->vm, disk ? VPC_DRIVE_DISK : VPC_DRIVE_CDROM, scsi, bus,
                                      unit, disk ? L"the moved hard disk" : L"the moved drive",
                                      &index)))
        return hr;
    InterlockedExchange((LONG *)&dev->index, index);
    return S_OK;
}

/* The new adapter is the last. */
HRESULT vm_add_nic(struct vm_ref *vm, ULONG *index)
{
    struct vm_facts facts;
    HRESULT hr;

    *index = 0;
    if (FAILED(hr = vm_configure(vm, VPC_CONFIG_NIC_ADD, NULL, 0))) return hr;
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    if (facts.facts->nnics) *index = facts.facts->nnics - 1;
    else hr = vm_fact_error(vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"the new adapter");
    vm_facts_release(&facts);
    return hr;
}

/* The backend gives the new controller the lowest free index; libvirt
 * keeps a definition's controllers in index order, so those of lower
 * index come before it. */
HRESULT vm_add_scsi_controller(struct vm_ref *vm, ULONG *index)
{
    struct vm_facts facts;
    uint32_t before, after, added, bit;
    HRESULT hr;

    *index = 0;
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    before = facts.facts->scsiIndexes;
    vm_facts_release(&facts);
    if (FAILED(hr = vm_configure(vm, VPC_CONFIG_SCSI_ADD, NULL, 0))) return hr;
    if (FAILED(hr = vm_facts_get(vm, &facts))) return hr;
    after = facts.facts->scsiIndexes;
    vm_facts_release(&facts);
    /* Exactly one new index, else another client changed them meanwhile. */
    added = after & ~before;
    if (!added || (added & (added - 1)))
        return vm_fact_error(vm, DISP_E_EXCEPTION, IDS_VM_NOT_REPORTED, L"the new SCSI controller");
    for (bit = 1; bit != added; bit <<= 1)
        if (after & bit) ++*index;
    return S_OK;
}

/* 'dev' must be one of 'vm''s own devices of 'kind' (NULL: another
 * object). */
HRESULT vm_remove_device(struct vm_ref *vm, struct device_ref *dev, enum device_kind kind,
                         const WCHAR *member)
{
    static const struct
    {
        enum device_kind kind;
        vpcConfigItem item;
        const WCHAR *what;
    }
    removals[] =
    {
        { DEVICE_NIC, VPC_CONFIG_NIC_REMOVE, L"network adapter" },
        { DEVICE_DVD, VPC_CONFIG_DVD_REMOVE, L"CD/DVD drive" },
        { DEVICE_DISK, VPC_CONFIG_DISK_REMOVE, L"hard disk connection" },
        { DEVICE_SCSI, VPC_CONFIG_SCSI_REMOVE, L"SCSI controller" },
    };
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(removals) - 1 && removals[i].kind != kind; i++)
        ;
    if (!dev || dev->kind != kind || strcmp(dev->vm.host_uri, vm->host_uri) ||
        strcmp(dev->vm.uuid, vm->uuid))
        return set_error(host_view_model(vm->view), E_INVALIDARG, IDS_NEEDS_DEVICE, member,
                         removals[i].what);
    return vm_configure(vm, removals[i].item, NULL, dev->index);
}

/* Ports */

/* "COM3" (prefix "COM") is 3: 1 to 256, as Windows numbers its ports. */
static int port_number(const WCHAR *name, const WCHAR *prefix)
{
    int n = 0, i;

    for (i = 0; i < 3; i++)
        if (!name[i] || (name[i] & ~0x20) != prefix[i]) return 0;
    if (name[3] < '1' || name[3] > '9') return 0;
    for (i = 3; name[i] >= '0' && name[i] <= '9' && n <= 256; i++) n = n * 10 + name[i] - '0';
    /* Windows takes "COM1:" for the device too. */
    if (name[i] == ':') i++;
    return !name[i] && n <= 256 ? n : 0;
}

/* README "Serial and parallel ports": \\.\pipe\NAME (or \\HOST\pipe\NAME,
 * HOST the VM's remote host) is the socket VPC_PIPE_SOCKET_PREFIX NAME. */
static char *pipe_socket_path(struct vm_ref *vm, const WCHAR *name)
{
    char *remote = vpcUriRemoteHost(vm->host_uri), *utf8 = strdupWtoA_utf8(name), *path = NULL;
    const char *server, *pipe;
    size_t server_len, i;

    if (utf8 && utf8[0] == '\\' && utf8[1] == '\\' && (pipe = strchr(utf8 + 2, '\\')) &&
        !strncasecmp(pipe, "\\pipe\\", 6) && pipe[6])
    {
        server = utf8 + 2;
        server_len = pipe - server;
        pipe += 6;
        for (i = 0; pipe[i]; i++)
            if (!isalnum((unsigned char)pipe[i]) && !strchr("._-", pipe[i])) break;
        if (!pipe[i] && i <= 64 && strcmp(pipe, ".") && strcmp(pipe, "..") &&
            ((server_len == 1 && server[0] == '.') ||
             (remote && strlen(remote) == server_len && !strncasecmp(server, remote, server_len))) &&
            (path = malloc(strlen(VPC_PIPE_SOCKET_PREFIX) + i + 1)))
            sprintf(path, "%s%s", VPC_PIPE_SOCKET_PREFIX, pipe);
    }
    free(utf8);
    free(remote);
    return path;
}

/* A file the guest writes to: on this machine a full Windows path in a
 * folder that exists (the file need not), on a remote host its own path
 * as for images. */
static HRESULT text_file_host_path(struct vm_ref *vm, const WCHAR *path, char **host_path)
{
    char *remote = vpcUriRemoteHost(vm->host_uri), *utf8 = NULL, *dir = NULL, *p;
    const WCHAR *name = NULL, *c;
    WCHAR *folder;
    struct stat st;
    size_t len;

    *host_path = NULL;
    if (remote)
    {
        len = strlen(remote);
        if ((utf8 = strdupWtoA_utf8(path)))
        {
            if (utf8[0] == '/')
                *host_path = strdup(utf8);
            else if (utf8[0] == '\\' && utf8[1] == '\\' && !strncasecmp(utf8 + 2, remote, len) &&
                     utf8[2 + len] == '\\' && (*host_path = strdup(utf8 + 2 + len)))
                for (p = *host_path; *p; p++) if (*p == '\\') *p = '/';
        }
        free(utf8);
        free(remote);
        if (*host_path && (*host_path)[strlen(*host_path) - 1] != '/') return S_OK;
        free(*host_path);
        *host_path = NULL;
        return vm_fact_error(vm, E_INVALIDARG, IDS_TEXT_FILE_PATH, path);
    }

    for (c = path; *c; c++) if (*c == '\\' || *c == '/') name = c + 1;
    if (((is_letter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) ||
         (path[0] == '\\' && path[1] == '\\' && path[2] && path[2] != '\\')) &&
        name && *name && lstrcmpW(name, L".") && lstrcmpW(name, L"..") &&
        (folder = malloc((name - path + 1) * sizeof(WCHAR))))
    {
        memcpy(folder, path, (name - path) * sizeof(WCHAR));
        folder[name - path] = 0;
        dir = unix_real_path(folder);
        free(folder);
        utf8 = strdupWtoA_utf8(name);
        if (dir && utf8 && !stat(dir, &st) && S_ISDIR(st.st_mode) &&
            (*host_path = malloc(strlen(dir) + strlen(utf8) + 2)))
            sprintf(*host_path, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", utf8);
        free(utf8);
        free(dir);
        /* A folder of that name is no file to write. */
        if (*host_path && (stat(*host_path, &st) || S_ISREG(st.st_mode))) return S_OK;
    }
    free(*host_path);
    *host_path = NULL;
    return vm_fact_error(vm, E_INVALIDARG, IDS_TEXT_FILE_PATH, path);
}

/* IVMSerialPort::Configure: the port's host side, the VM off; the
 * backend checks no other port uses it. */
HRESULT serial_configure(struct device_ref *dev, int type, BSTR name, VARIANT_BOOL connect)
{
    char *host_path = NULL, *text, number[16];
    WCHAR what[16];
    int n;
    HRESULT hr;

    if (!name) name = (BSTR)L"";      /* COM's NULL BSTR, as for AttachImage */
    if (type < 0 || type > 3)
    {
        snprintf(number, sizeof(number), "%d", type);
        MultiByteToWideChar(CP_ACP, 0, number, -1, what, ARRAY_SIZE(what));
        return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_BAD_SERIAL_TYPE, what);
    }
    if (FAILED(hr = vm_check_exists(&dev->vm))) return hr;
    switch (type)
    {
    case 0:     /* vmSerialPort_HostPort */
        if (!(n = port_number(name, L"COM")))
            return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_BAD_SERIAL_NAME, name);
        /* QEMU opens the device as the VM starts: it cannot wait. */
        if (!connect) return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_CONNECT_IMMEDIATELY, name);
        if (!(text = malloc(32))) return E_OUTOFMEMORY;
        snprintf(text, 32, "dev:/dev/ttyS%d", n - 1);
        break;
    case 1:     /* vmSerialPort_TextFile */
        if (FAILED(hr = text_file_host_path(&dev->vm, name, &host_path))) return hr;
        if ((text = malloc(strlen(host_path) + 6))) sprintf(text, "file:%s", host_path);
        break;
    case 2:     /* vmSerialPort_NamedPipe */
        if (!(host_path = pipe_socket_path(&dev->vm, name)))
            return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_BAD_PIPE_NAME, name);
        if ((text = malloc(strlen(host_path) + 6))) sprintf(text, "unix:%s", host_path);
        break;
    default:    /* vmSerialPort_Null */
        text = strdup("null:");
        break;
    }
    free(host_path);
    if (!text) return E_OUTOFMEMORY;
    hr = vm_configure(&dev->vm, VPC_CONFIG_SERIAL_PORT, text, dev->index);
    free(text);
    return hr;
}

/* IVMParallelPort::Name: LPTn is the host's /dev/parport(n-1). */
HRESULT parallel_set_name(struct device_ref *dev, BSTR name)
{
    char text[32];
    int n;
    HRESULT hr;

    if (!name) name = (BSTR)L"";      /* COM's NULL BSTR */
    if (!(n = port_number(name, L"LPT")))
        return vm_fact_error(&dev->vm, E_INVALIDARG, IDS_BAD_PARALLEL_NAME, name);
    if (FAILED(hr = vm_check_exists(&dev->vm))) return hr;
    snprintf(text, sizeof(text), "dev:/dev/parport%d", n - 1);
    return vm_configure(&dev->vm, VPC_CONFIG_PARALLEL_PORT, text, dev->index);
}
