/*
 * What a libvirt host says for each source of docs/inventory-mapping.md.
 *
 *   gcc -o inventory tools/probes/inventory.c $(pkg-config --cflags --libs libvirt)
 *   ./inventory test:///abs/path/tests/labs/inventory.xml [--rw]
 *
 * Read-only by default, as wine-vpc opens hosts; --rw shows what only a
 * read-write connection gets.  Every call's result or error is printed, one
 * line each, so that the output can be compared between drivers and
 * libvirt versions.  Not part of the build or of the tests.
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static void quiet(void *opaque, virErrorPtr err)
{
}

static const char *last_error(void)
{
    virErrorPtr err = virGetLastError();
    return err && err->message ? err->message : "(no message)";
}

#define FAILED(what) printf("  %s: ERROR %s\n", what, last_error())

static void print_text(const char *what, char *text)
{
    if (!text)
    {
        FAILED(what);
        return;
    }
    printf("  %s: %s\n", what, text);
    free(text);
}

static void probe_host(virConnectPtr conn)
{
    virNodeInfo info;
    unsigned long long freemem, cells[8];
    unsigned long version = 0;
    virSecurityModel secmodel;
    virInterfacePtr *ifaces = NULL;
    virNetworkPtr *nets = NULL;
    virNodeDevicePtr *devs = NULL;
    virStoragePoolPtr *pools = NULL;
    int n, i;

    printf("host\n");
    print_text("virConnectGetURI", virConnectGetURI(conn));
    print_text("virConnectGetHostname", virConnectGetHostname(conn));
    printf("  virConnectGetType: %s\n", virConnectGetType(conn));
    if (virConnectGetVersion(conn, &version) < 0) FAILED("virConnectGetVersion");
    else printf("  virConnectGetVersion: %lu\n", version);
    if (virConnectGetLibVersion(conn, &version) < 0) FAILED("virConnectGetLibVersion");
    else printf("  virConnectGetLibVersion: %lu\n", version);
    if (virNodeGetInfo(conn, &info) < 0) FAILED("virNodeGetInfo");
    else
        printf("  virNodeGetInfo: model=%s memory=%lu KiB cpus=%u mhz=%u nodes=%u sockets=%u cores=%u threads=%u\n",
               info.model, info.memory, info.cpus, info.mhz, info.nodes, info.sockets, info.cores,
               info.threads);
    freemem = virNodeGetFreeMemory(conn);
    if (!freemem) FAILED("virNodeGetFreeMemory (0)");
    else printf("  virNodeGetFreeMemory: %llu bytes\n", freemem);
    n = virNodeGetCellsFreeMemory(conn, cells, 0, 8);
    if (n < 0) FAILED("virNodeGetCellsFreeMemory");
    for (i = 0; i < n; i++) printf("  virNodeGetCellsFreeMemory[%d]: %llu bytes\n", i, cells[i]);
    print_text("virConnectGetSysinfo", virConnectGetSysinfo(conn, 0));
    print_text("virConnectGetCapabilities", virConnectGetCapabilities(conn));
    print_text("virConnectGetDomainCapabilities",
               virConnectGetDomainCapabilities(conn, NULL, NULL, NULL, NULL, 0));
    if (virNodeGetSecurityModel(conn, &secmodel) < 0) FAILED("virNodeGetSecurityModel");
    else printf("  virNodeGetSecurityModel: model=%s doi=%s\n", secmodel.model, secmodel.doi);

    n = virConnectListAllInterfaces(conn, &ifaces, 0);
    if (n < 0) FAILED("virConnectListAllInterfaces");
    for (i = 0; i < n; i++)
    {
        printf("  interface %s mac=%s active=%d\n", virInterfaceGetName(ifaces[i]),
               virInterfaceGetMACString(ifaces[i]) ? virInterfaceGetMACString(ifaces[i]) : "(none)",
               virInterfaceIsActive(ifaces[i]));
        virInterfaceFree(ifaces[i]);
    }
    free(ifaces);

    n = virConnectListAllNodeDevices(conn, &devs, 0);
    if (n < 0) FAILED("virConnectListAllNodeDevices");
    for (i = 0; i < n; i++)
    {
        print_text("  node device", virNodeDeviceGetXMLDesc(devs[i], 0));
        virNodeDeviceFree(devs[i]);
    }
    free(devs);

    n = virConnectListAllStoragePools(conn, &pools, 0);
    if (n < 0) FAILED("virConnectListAllStoragePools");
    for (i = 0; i < n; i++)
    {
        print_text("  storage pool", virStoragePoolGetXMLDesc(pools[i], 0));
        virStoragePoolFree(pools[i]);
    }
    free(pools);

    n = virConnectListAllNetworks(conn, &nets, 0);
    if (n < 0) FAILED("virConnectListAllNetworks");
    for (i = 0; i < n; i++)
    {
        int autostart = -1;
        virNetworkGetAutostart(nets[i], &autostart);
        printf("  network %s active=%d persistent=%d autostart=%d\n", virNetworkGetName(nets[i]),
               virNetworkIsActive(nets[i]), virNetworkIsPersistent(nets[i]), autostart);
        print_text("    virNetworkGetBridgeName", virNetworkGetBridgeName(nets[i]));
        print_text("    virNetworkGetXMLDesc", virNetworkGetXMLDesc(nets[i], 0));
        virNetworkFree(nets[i]);
    }
    free(nets);
}

/* What a CPU model has once libvirt expands it, as Has* and the host's
 * feature members would read it. */
static void probe_cpu_model(virConnectPtr conn, const char *arch, const char *model)
{
    char xml[512];
    const char *cpus[1] = { xml };

    snprintf(xml, sizeof(xml), "<cpu><arch>%s</arch><model>%s</model></cpu>", arch, model);
    printf("cpu model %s\n", model);
    print_text("virConnectBaselineCPU(EXPAND_FEATURES)",
               virConnectBaselineCPU(conn, cpus, 1, VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES));
}

static const char *disk_targets[] = { "hda", "hdb", "hdc", "hdd", "sda", "sdb", "fda", "fdb", "vda", "vdb" };

static void probe_domain(virConnectPtr conn, virDomainPtr dom)
{
    virDomainInterfacePtr *addrs = NULL;
    virTypedParameterPtr params = NULL;
    virDomainBlockInfo block;
    virSecurityLabel label;
    int state, reason, value, n, i, j, nparams = 0;
    unsigned int k;

    printf("domain %s\n", virDomainGetName(dom));
    if (virDomainGetState(dom, &state, &reason, 0) < 0) FAILED("virDomainGetState");
    else printf("  virDomainGetState: state=%d reason=%d\n", state, reason);
    print_text("virDomainGetOSType", virDomainGetOSType(dom));
    if (virDomainGetAutostart(dom, &value) < 0) FAILED("virDomainGetAutostart");
    else printf("  virDomainGetAutostart: %d\n", value);
    value = virDomainHasManagedSaveImage(dom, 0);
    if (value < 0) FAILED("virDomainHasManagedSaveImage");
    else printf("  virDomainHasManagedSaveImage: %d\n", value);
    print_text("virDomainGetHostname", virDomainGetHostname(dom, 0));
    print_text("virDomainGetHostname(LEASE)",
               virDomainGetHostname(dom, VIR_DOMAIN_GET_HOSTNAME_LEASE));
    print_text("virDomainGetHostname(AGENT)",
               virDomainGetHostname(dom, VIR_DOMAIN_GET_HOSTNAME_AGENT));
    print_text("virDomainGetMetadata(libosinfo)",
               virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT,
                                    "http://libosinfo.org/xmlns/libvirt/domain/1.0", 0));
    print_text("virDomainGetMetadata(DESCRIPTION)",
               virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, 0));
    print_text("virDomainGetMetadata(TITLE)",
               virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, NULL, 0));
    if (virDomainGetSecurityLabel(dom, &label) < 0) FAILED("virDomainGetSecurityLabel");
    else printf("  virDomainGetSecurityLabel: %s enforcing=%d\n", label.label, label.enforcing);

    for (k = 0; k < sizeof(disk_targets) / sizeof(disk_targets[0]); k++)
    {
        if (virDomainGetBlockInfo(dom, disk_targets[k], &block, 0) < 0) continue;
        printf("  virDomainGetBlockInfo(%s): capacity=%llu allocation=%llu physical=%llu\n",
               disk_targets[k], block.capacity, block.allocation, block.physical);
    }

    for (j = 0; j < 3; j++)
    {
        static const char *sources[] = { "lease", "agent", "arp" };
        n = virDomainInterfaceAddresses(dom, &addrs, j, 0);
        if (n < 0)
        {
            printf("  virDomainInterfaceAddresses(%s): ERROR %s\n", sources[j], last_error());
            continue;
        }
        for (i = 0; i < n; i++)
        {
            printf("  virDomainInterfaceAddresses(%s): %s hwaddr=%s", sources[j], addrs[i]->name,
                   addrs[i]->hwaddr ? addrs[i]->hwaddr : "(none)");
            for (k = 0; k < addrs[i]->naddrs; k++)
                printf(" %s/%u", addrs[i]->addrs[k].addr, addrs[i]->addrs[k].prefix);
            printf("\n");
            virDomainInterfaceFree(addrs[i]);
        }
        free(addrs);
    }

    if (virDomainGetGuestInfo(dom, 0, &params, &nparams, 0) < 0) FAILED("virDomainGetGuestInfo");
    else
    {
        for (i = 0; i < nparams; i++)
        {
            if (params[i].type == VIR_TYPED_PARAM_STRING)
                printf("  virDomainGetGuestInfo: %s=%s\n", params[i].field, params[i].value.s);
            else
                printf("  virDomainGetGuestInfo: %s=(type %d)\n", params[i].field, params[i].type);
        }
        virTypedParamsFree(params, nparams);
    }
    print_text("virDomainGetXMLDesc", virDomainGetXMLDesc(dom, 0));
}

int main(int argc, char **argv)
{
    virDomainPtr *doms = NULL;
    virConnectPtr conn;
    int n, i;

    if (argc < 2)
    {
        fprintf(stderr, "usage: %s URI [--rw]\n", argv[0]);
        return 2;
    }
    virSetErrorFunc(NULL, quiet);
    if (argc > 2 && !strcmp(argv[2], "--rw")) conn = virConnectOpen(argv[1]);
    else conn = virConnectOpenReadOnly(argv[1]);
    if (!conn)
    {
        fprintf(stderr, "%s: %s\n", argv[1], last_error());
        return 1;
    }
    probe_host(conn);
    probe_cpu_model(conn, "x86_64", "pentium3");
    probe_cpu_model(conn, "x86_64", "athlon");
    probe_cpu_model(conn, "x86_64", "Skylake-Client");
    n = virConnectListAllDomains(conn, &doms, 0);
    for (i = 0; i < n; i++)
    {
        probe_domain(conn, doms[i]);
        virDomainFree(doms[i]);
    }
    free(doms);
    virConnectClose(conn);
    return 0;
}
