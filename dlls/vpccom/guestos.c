/*
 * IVMGuestOS, what both models share (docs/inventory-mapping.md §2.4, §4.5).
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
 * Without the guest agent's data (libvirt 9.0 gives it on read-write
 * connections only, and wine-vpc opens hosts read-only), what a guest runs
 * is what it was installed as: the libosinfo id virt-install and
 * virt-manager write into the domain's metadata, named by libosinfo's
 * database.  Members that only the agent or Windows itself could answer
 * say so with the documented VM_E_ADDITIONS_FEATURE_NOT_AVAIL.
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "resource.h"

#include "wine/debug.h"


#define VM_E_ADDITIONS_NOT_AVAIL         ((HRESULT)0xA0040504)
#define VM_E_ADDITIONS_FEATURE_NOT_AVAIL ((HRESULT)0xA0040505)

/* The facts of a running VM; VM_E_VM_NOT_RUNNING otherwise. */
static HRESULT running_facts(struct vm_ref *ref, struct vm_facts *facts)
{
    HRESULT hr;

    if (FAILED(hr = vm_facts_get(ref, facts))) return hr;
    if (facts->running) return S_OK;
    vm_facts_release(facts);
    return vm_ref_raise(ref, VPC_ERR_VM_NOT_RUNNING, NULL);
}

HRESULT guest_os_name(struct vm_ref *ref, BSTR *name)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!name) return E_POINTER;
    *name = NULL;
    if (FAILED(hr = running_facts(ref, &facts))) return hr;
    /* What the agent says it runs, else what it was installed as. */
    if (*facts.facts->agentOsName)
        hr = return_utf8(facts.facts->agentOsName, name);
    else if (!*facts.facts->osName)
        hr = vm_fact_error(ref, VM_E_ADDITIONS_FEATURE_NOT_AVAIL, IDS_GUEST_NOT_REPORTED, L"OSName");
    else
        hr = return_utf8(facts.facts->osName, name);
    vm_facts_release(&facts);
    return hr;
}

/* libvirt shuts a guest down cleanly through ACPI's power button or the
 * guest agent; one whose agent channel is known to be disconnected cannot
 * answer.  A VM that is not running cannot be shut down (S_FALSE, as
 * documented). */
static BOOL facts_can_shutdown(const vpcVMFacts *facts)
{
    return facts->acpi || (facts->agentChannel && facts->agentConnected != 0);
}

HRESULT guest_can_shutdown(struct vm_ref *ref, VARIANT_BOOL *can)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!can) return E_POINTER;
    *can = VARIANT_FALSE;
    if (FAILED(hr = vm_facts_get(ref, &facts))) return hr;
    if (!facts.running)
        hr = S_FALSE;
    else if (facts_can_shutdown(facts.facts))
        *can = VARIANT_TRUE;
    vm_facts_release(&facts);
    return hr;
}

/* Shutdown and Restart: refused at once where CanShutdown says they cannot
 * work, else a task of the backend (which checks the state again). */
HRESULT guest_start_power_action(struct vm_ref *ref, vpcAction action, const WCHAR *member,
                                 vpcTaskId *task_id)
{
    struct vm_facts facts;
    HRESULT hr;

    if (FAILED(hr = running_facts(ref, &facts))) return hr;
    if (!facts_can_shutdown(facts.facts))
        hr = vm_fact_error(ref, VM_E_ADDITIONS_FEATURE_NOT_AVAIL, IDS_GUEST_NO_SHUTDOWN, member);
    vm_facts_release(&facts);
    if (FAILED(hr)) return hr;
    return vm_start_action(ref, action, task_id);
}

/* The heartbeat is the guest agent's connection, as QEMU reports it on
 * the channel (libvirt's test driver keeps no state: not heartbeating). */
HRESULT guest_is_heartbeating(struct vm_ref *ref, VARIANT_BOOL *beating)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!beating) return E_POINTER;
    *beating = VARIANT_FALSE;
    if (FAILED(hr = running_facts(ref, &facts))) return hr;
    if (!facts.facts->agentChannel)
        hr = vm_fact_error(ref, VM_E_ADDITIONS_NOT_AVAIL, IDS_GUEST_NO_AGENT, L"IsHeartbeating");
    else if (facts.facts->agentConnected == 1)
        *beating = VARIANT_TRUE;
    vm_facts_release(&facts);
    return hr;
}

/* The share of the last minute (of what the backend observed of it) in
 * which the agent channel was connected; a channel whose state libvirt
 * does not report was never seen connected: 0. */
HRESULT guest_heartbeat_percentage(struct vm_ref *ref, LONG *percent)
{
    struct vm_facts facts;
    HRESULT hr;

    if (!percent) return E_POINTER;
    *percent = 0;
    if (FAILED(hr = running_facts(ref, &facts))) return hr;
    if (!facts.facts->agentChannel)
        hr = vm_fact_error(ref, VM_E_ADDITIONS_NOT_AVAIL, IDS_GUEST_NO_AGENT, L"HeartbeatPercentage");
    else if (facts.facts->heartbeatPercent > 0)
        *percent = facts.facts->heartbeatPercent;
    vm_facts_release(&facts);
    return hr;
}

/* What only the agent knows: the guest's host name, its kernel version
 * (a Windows guest's build number); asked when GuestAgent allows it. */
HRESULT guest_agent_only(struct vm_ref *ref, enum guest_agent_value which, const WCHAR *member,
                         BSTR *value)
{
    struct vm_facts facts;
    const char *text;
    HRESULT hr;

    if (!value) return E_POINTER;
    *value = NULL;
    if (FAILED(hr = running_facts(ref, &facts))) return hr;
    text = which == AGENT_HOSTNAME ? facts.facts->agentHostname : facts.facts->agentKernelVersion;
    if (*text)
        hr = return_utf8(text, value);
    else
        hr = vm_fact_error(ref, VM_E_ADDITIONS_FEATURE_NOT_AVAIL, IDS_GUEST_NOT_REPORTED, member);
    vm_facts_release(&facts);
    return hr;
}

/* The OS version libosinfo gives, "5.2" or "22.04": its first two parts
 * are the major and minor versions, as the strings they are. */
HRESULT guest_os_version(struct vm_ref *ref, enum guest_version which, const WCHAR *member,
                         BSTR *value)
{
    struct vm_facts facts;
    const char *version, *dot;
    char part[64];
    HRESULT hr;

    if (!value) return E_POINTER;
    *value = NULL;
    if (FAILED(hr = running_facts(ref, &facts))) return hr;
    version = *facts.facts->agentOsVersion ? facts.facts->agentOsVersion : facts.facts->osVersion;
    dot = strchr(version, '.');
    if (!*version || (which == GUEST_VERSION_MINOR && !dot))
    {
        hr = vm_fact_error(ref, VM_E_ADDITIONS_FEATURE_NOT_AVAIL, IDS_GUEST_NOT_REPORTED, member);
    }
    else if (which == GUEST_VERSION_FULL)
    {
        hr = return_utf8(version, value);
    }
    else
    {
        const char *start = which == GUEST_VERSION_MAJOR ? version : dot + 1;
        size_t len = strcspn(start, ".");

        snprintf(part, sizeof(part), "%.*s", (int)len, start);
        hr = return_utf8(part, value);
    }
    vm_facts_release(&facts);
    return hr;
}
