/*
 * vpccom.dll: IVMHostInfo, shared by both object models.
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
 *
 * Compiled twice, by vpc_hostinfo.c and vs_hostinfo.c, after the model's
 * header (vpc_model.h or vs_model.h).  The object reads the facts of the
 * application's host (the first of Hosts) that the view fetched once; the
 * mapping of each member is docs/inventory-mapping.md 4.2.  Virtual
 * Server's own members (HostDrives, GetHostDriveSize, IsHostDriveMounted)
 * and the vtables are in the including file.
 */

#ifndef MODEL
#error "include this from vpc_hostinfo.c or vs_hostinfo.c"
#endif

#ifndef MODEL_HOST_TYPEINFO
#define MODEL_HOST_TYPEINFO model_host_typeinfo
#endif

static const IVMHostInfoVtbl hostinfo_vtbl;

struct hostinfo
{
    IVMHostInfo IVMHostInfo_iface;
    struct provideclassinfo classinfo;
    LONG ref;
    struct host_view *view;
};

static inline struct hostinfo *impl_from_IVMHostInfo(IVMHostInfo *iface)
{
    return CONTAINING_RECORD(iface, struct hostinfo, IVMHostInfo_iface);
}

AUTOMATION_UNKNOWN_IMPL(hostinfo, IVMHostInfo, struct hostinfo)

HOST_VIEW_RELEASE_IMPL(hostinfo, IVMHostInfo, struct hostinfo)

AUTOMATION_DISPATCH_IMPL(hostinfo, IVMHostInfo, &MODEL_HOST_TYPEINFO, HOST_IVMHostInfo_tid)

static HRESULT hostinfo_facts(IVMHostInfo *iface, const vpcHostFacts **facts)
{
    return host_view_host_facts(impl_from_IVMHostInfo(iface)->view, 0, facts);
}

/* The facts of virNodeGetInfo, or why the host gave none. */
static HRESULT hostinfo_node(IVMHostInfo *iface, const vpcHostFacts **facts)
{
    HRESULT hr = hostinfo_facts(iface, facts);

    if (FAILED(hr)) return hr;
    if ((*facts)->nodeInfoMissing) return host_fact_missing(MODEL, *facts, (*facts)->nodeInfoMissing);
    return S_OK;
}

static HRESULT hostinfo_drives(IVMHostInfo *iface, vpcHostDriveKind kind, VARIANT *ret)
{
    const vpcHostFacts *facts;
    const char **paths;
    size_t i, count = 0;
    HRESULT hr;

    if (!ret) return E_POINTER;
    V_VT(ret) = VT_EMPTY;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    if (!(paths = calloc(facts->ndrives ? facts->ndrives : 1, sizeof(*paths)))) return E_OUTOFMEMORY;
    for (i = 0; i < facts->ndrives; i++)
        if (facts->drives[i].kind == kind) paths[count++] = facts->drives[i].path;
    /* Device nodes, as libvirt names them: not files a script opens. */
    hr = string_array_to_variant(facts, paths, count, FALSE, ret);
    free(paths);
    return hr;
}

static HRESULT WINAPI hostinfo_get_DVDDrives(IVMHostInfo *iface, VARIANT *drives)
{
    TRACE("%p, %p\n", iface, drives);
    return hostinfo_drives(iface, VPC_HOST_DRIVE_DVD, drives);
}

static HRESULT WINAPI hostinfo_get_FloppyDrives(IVMHostInfo *iface, VARIANT *drives)
{
    TRACE("%p, %p\n", iface, drives);
    return hostinfo_drives(iface, VPC_HOST_DRIVE_FLOPPY, drives);
}

static HRESULT WINAPI hostinfo_get_LogicalProcessorCount(IVMHostInfo *iface, LONG *count)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 0;
    if (FAILED(hr = hostinfo_node(iface, &facts))) return hr;
    *count = facts->cpus;
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_PhysicalProcessorCount(IVMHostInfo *iface, LONG *count)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, count);

    if (!count) return E_POINTER;
    *count = 0;
    if (FAILED(hr = hostinfo_node(iface, &facts))) return hr;
    /* Sockets are per NUMA node in virNodeInfo. */
    *count = facts->nodes * facts->sockets;
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_Memory(IVMHostInfo *iface, VARIANT *megabytes)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, megabytes);

    if (!megabytes) return E_POINTER;
    V_VT(megabytes) = VT_EMPTY;
    if (FAILED(hr = hostinfo_node(iface, &facts))) return hr;
    decimal_to_variant(facts->memoryKiB / 1024, megabytes);
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_MemoryAvail(IVMHostInfo *iface, VARIANT *megabytes)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, megabytes);

    if (!megabytes) return E_POINTER;
    V_VT(megabytes) = VT_EMPTY;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    if (facts->freeMemoryMissing) return host_fact_missing(MODEL, facts, facts->freeMemoryMissing);
    decimal_to_variant(facts->freeMemoryBytes / (1024 * 1024), megabytes);
    return S_OK;
}

static HRESULT number_to_bstr(unsigned long long value, const char *suffix, BSTR *ret)
{
    char text[64];

    snprintf(text, sizeof(text), "%llu%s", value, suffix);
    return utf8_to_bstr(text, ret);
}

static HRESULT WINAPI hostinfo_get_MemoryAvailString(IVMHostInfo *iface, BSTR *megabytes)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, megabytes);

    if (!megabytes) return E_POINTER;
    *megabytes = NULL;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    if (facts->freeMemoryMissing) return host_fact_missing(MODEL, facts, facts->freeMemoryMissing);
    return number_to_bstr(facts->freeMemoryBytes / (1024 * 1024), "", megabytes);
}

static HRESULT WINAPI hostinfo_get_MemoryTotalString(IVMHostInfo *iface, BSTR *megabytes)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, megabytes);

    if (!megabytes) return E_POINTER;
    *megabytes = NULL;
    if (FAILED(hr = hostinfo_node(iface, &facts))) return hr;
    return number_to_bstr(facts->memoryKiB / 1024, "", megabytes);
}

static HRESULT hostinfo_feature(IVMHostInfo *iface, const char *name, VARIANT_BOOL *ret)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = VARIANT_FALSE;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    if (facts->cpuFeaturesMissing) return host_fact_missing(MODEL, facts, facts->cpuFeaturesMissing);
    *ret = host_has_cpu_feature(facts, name) ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_MMX(IVMHostInfo *iface, VARIANT_BOOL *enabled)
{
    TRACE("%p, %p\n", iface, enabled);
    return hostinfo_feature(iface, "mmx", enabled);
}

static HRESULT WINAPI hostinfo_get_SSE(IVMHostInfo *iface, VARIANT_BOOL *enabled)
{
    TRACE("%p, %p\n", iface, enabled);
    return hostinfo_feature(iface, "sse", enabled);
}

static HRESULT WINAPI hostinfo_get_SSE2(IVMHostInfo *iface, VARIANT_BOOL *enabled)
{
    TRACE("%p, %p\n", iface, enabled);
    return hostinfo_feature(iface, "sse2", enabled);
}

static HRESULT WINAPI hostinfo_get_ThreeDNow(IVMHostInfo *iface, VARIANT_BOOL *enabled)
{
    TRACE("%p, %p\n", iface, enabled);
    return hostinfo_feature(iface, "3dnow", enabled);
}

static HRESULT WINAPI hostinfo_get_ProcessorFeaturesString(IVMHostInfo *iface, BSTR *features)
{
    const vpcHostFacts *facts;
    size_t i, len = 1;
    char *text;
    HRESULT hr;

    TRACE("%p, %p\n", iface, features);

    if (!features) return E_POINTER;
    *features = NULL;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    if (facts->cpuFeaturesMissing) return host_fact_missing(MODEL, facts, facts->cpuFeaturesMissing);
    for (i = 0; i < facts->cpuFeatures.count; i++) len += strlen(facts->cpuFeatures.items[i]) + 1;
    if (!(text = calloc(1, len))) return E_OUTOFMEMORY;
    for (i = 0; i < facts->cpuFeatures.count; i++)
    {
        if (i) strcat(text, ",");
        strcat(text, facts->cpuFeatures.items[i]);
    }
    hr = utf8_to_bstr(text, features);
    free(text);
    return hr;
}

static HRESULT WINAPI hostinfo_get_NetworkAdapters(IVMHostInfo *iface, VARIANT *nics)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, nics);

    if (!nics) return E_POINTER;
    V_VT(nics) = VT_EMPTY;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    return string_array_to_variant(facts, (const char *const *)facts->interfaces.items,
                                   facts->interfaces.count, FALSE, nics);
}

static HRESULT WINAPI hostinfo_get_NetworkAddresses(IVMHostInfo *iface, VARIANT *addresses)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, addresses);

    if (!addresses) return E_POINTER;
    V_VT(addresses) = VT_EMPTY;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    return string_array_to_variant(facts, (const char *const *)facts->interfaceAddresses.items,
                                   facts->interfaceAddresses.count, FALSE, addresses);
}

/* The host's OS: this machine's for a local host, unknown for a remote one. */
static HRESULT hostinfo_os(IVMHostInfo *iface, const vpcHostFacts **facts)
{
    HRESULT hr = hostinfo_facts(iface, facts);

    if (FAILED(hr)) return hr;
    if ((*facts)->osMissing) return host_fact_missing(MODEL, *facts, (*facts)->osMissing);
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_OperatingSystem(IVMHostInfo *iface, BSTR *os)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, os);

    if (!os) return E_POINTER;
    *os = NULL;
    if (FAILED(hr = hostinfo_os(iface, &facts))) return hr;
    return utf8_to_bstr(facts->osName, os);
}

/* The kernel release's first numbers: what a script compares, as NT 5.2. */
static HRESULT hostinfo_os_version(IVMHostInfo *iface, int which, LONG *ret)
{
    const vpcHostFacts *facts;
    unsigned int major = 0, minor = 0;
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = 0;
    if (FAILED(hr = hostinfo_os(iface, &facts))) return hr;
    sscanf(facts->osRelease, "%u.%u", &major, &minor);
    *ret = which ? minor : major;
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_OSMajorVersion(IVMHostInfo *iface, LONG *version)
{
    TRACE("%p, %p\n", iface, version);
    return hostinfo_os_version(iface, 0, version);
}

static HRESULT WINAPI hostinfo_get_OSMinorVersion(IVMHostInfo *iface, LONG *version)
{
    TRACE("%p, %p\n", iface, version);
    return hostinfo_os_version(iface, 1, version);
}

static HRESULT WINAPI hostinfo_get_OSServicePackString(IVMHostInfo *iface, BSTR *service_pack)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, service_pack);

    if (!service_pack) return E_POINTER;
    *service_pack = NULL;
    if (FAILED(hr = hostinfo_os(iface, &facts))) return hr;
    /* Linux has no service packs: none is installed. */
    return (*service_pack = SysAllocString(L"")) ? S_OK : E_OUTOFMEMORY;
}

static HRESULT WINAPI hostinfo_get_OSVersionString(IVMHostInfo *iface, BSTR *version)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, version);

    if (!version) return E_POINTER;
    *version = NULL;
    if (FAILED(hr = hostinfo_os(iface, &facts))) return hr;
    return utf8_to_bstr(facts->osRelease, version);
}

static HRESULT WINAPI hostinfo_get_ParallelPort(IVMHostInfo *iface, BSTR *port)
{
    return not_supported(MODEL, L"IVMHostInfo", L"ParallelPort");
}

static HRESULT WINAPI hostinfo_get_SerialPorts(IVMHostInfo *iface, BSTR *ports)
{
    return not_supported(MODEL, L"IVMHostInfo", L"SerialPorts");
}

static HRESULT hostinfo_processor_string(IVMHostInfo *iface, BOOL version, BSTR *ret)
{
    const vpcHostFacts *facts;
    const char *value;
    HRESULT hr;

    if (!ret) return E_POINTER;
    *ret = NULL;
    if (FAILED(hr = hostinfo_facts(iface, &facts))) return hr;
    value = version ? facts->processorVersion : facts->processorManufacturer;
    if (!value)
        return host_fact_missing(MODEL, facts, version
                                 ? "the host's SMBIOS data names no processor version"
                                 : "the host names no processor manufacturer (SMBIOS or CPU vendor)");
    return utf8_to_bstr(value, ret);
}

static HRESULT WINAPI hostinfo_get_ProcessorManufacturerString(IVMHostInfo *iface, BSTR *text)
{
    TRACE("%p, %p\n", iface, text);
    return hostinfo_processor_string(iface, FALSE, text);
}

static HRESULT WINAPI hostinfo_get_ProcessorVersionString(IVMHostInfo *iface, BSTR *text)
{
    TRACE("%p, %p\n", iface, text);
    return hostinfo_processor_string(iface, TRUE, text);
}

static HRESULT WINAPI hostinfo_get_ProcessorSpeed(IVMHostInfo *iface, LONG *speed)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, speed);

    if (!speed) return E_POINTER;
    *speed = 0;
    if (FAILED(hr = hostinfo_node(iface, &facts))) return hr;
    *speed = facts->mhz;
    return S_OK;
}

static HRESULT WINAPI hostinfo_get_ProcessorSpeedString(IVMHostInfo *iface, BSTR *speed)
{
    const vpcHostFacts *facts;
    HRESULT hr;

    TRACE("%p, %p\n", iface, speed);

    if (!speed) return E_POINTER;
    *speed = NULL;
    if (FAILED(hr = hostinfo_node(iface, &facts))) return hr;
    return number_to_bstr(facts->mhz, " MHz", speed);
}

static HRESULT WINAPI hostinfo_get_UTCTime(IVMHostInfo *iface, DATE *time)
{
    const vpcHostFacts *facts;
    SYSTEMTIME now;
    HRESULT hr;

    TRACE("%p, %p\n", iface, time);

    if (!time) return E_POINTER;
    *time = 0;
    /* This machine's clock is the host's only where the host is this machine. */
    if (FAILED(hr = hostinfo_os(iface, &facts))) return hr;
    GetSystemTime(&now);
    if (!SystemTimeToVariantTime(&now, time)) return E_FAIL;
    return S_OK;
}

static HRESULT model_create_hostinfo_object(struct host_view *view, IVMHostInfo **ret)
{
    struct hostinfo *obj;
    const vpcHostFacts *facts;
    HRESULT hr;

    *ret = NULL;
    /* Fetched now: a host that does not answer fails HostInfo itself. */
    if (FAILED(hr = host_view_host_facts(view, 0, &facts))) return hr;
    if (!(obj = calloc(1, sizeof(*obj)))) return E_OUTOFMEMORY;
    obj->IVMHostInfo_iface.lpVtbl = &hostinfo_vtbl;
    obj->ref = 1;
    obj->view = view;
    host_view_addref(view);
    init_classinfo(&MODEL_HOST_TYPEINFO, HOST_VMHostInfo_tid, (IUnknown *)&obj->IVMHostInfo_iface,
                   &obj->classinfo);
    *ret = &obj->IVMHostInfo_iface;
    return S_OK;
}

HRESULT model_create_hostinfo(struct host_view *view, IDispatch **ret)
{
    return model_create_hostinfo_object(view, (IVMHostInfo **)ret);
}
