/*
 * Helpers shared by the core tests that run against libvirt's test driver.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <stdio.h>
#include <libvirt/libvirt.h>

/* A test-driver domain with 'nics' NICs, 'disks' disks and 'vcpus' vCPUs,
 * defined in (and shared through) test:///default. */
static inline virDomainPtr
testDefineDomain(virConnectPtr conn, const char *name, int nics, int disks, int vcpus)
{
    char xml[8192];
    int len, i;

    len = snprintf(xml, sizeof(xml),
                   "<domain type='test'><name>%s</name><memory unit='MiB'>%d</memory>"
                   "<vcpu>%d</vcpu><os><type>hvm</type></os><devices>",
                   name, 256 * vcpus, vcpus);
    for (i = 0; i < disks; i++)
        len += snprintf(xml + len, sizeof(xml) - len,
                        "<disk type='file' device='disk'><source file='/guest/%s-%d.img'/>"
                        "<target dev='vd%c' bus='virtio'/></disk>", name, i, 'a' + i);
    for (i = 0; i < nics; i++)
        len += snprintf(xml + len, sizeof(xml) - len,
                        "<interface type='network'><source network='default'/></interface>");
    snprintf(xml + len, sizeof(xml) - len, "</devices></domain>");
    return virDomainDefineXML(conn, xml);
}

#endif /* TESTUTIL_H */
