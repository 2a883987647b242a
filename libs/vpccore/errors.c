/*
 * Errors: their codes' names and the error a failure fills in.
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

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vpccore.h"

static const char *const errorCodeNames[VPC_ERR_LAST] = {
    [VPC_OK] = "ok",
    [VPC_ERR_NO_MEMORY] = "out of memory",
    [VPC_ERR_INVALID_ARG] = "invalid argument",
    [VPC_ERR_HOST_UNAVAILABLE] = "host unavailable",
    [VPC_ERR_HOST_TIMEOUT] = "host timeout",
    [VPC_ERR_VM_UNKNOWN] = "unknown virtual machine",
    [VPC_ERR_VM_NOT_RUNNING] = "virtual machine not running",
    [VPC_ERR_VM_RUNNING] = "virtual machine running",
    [VPC_ERR_VM_NO_SAVED_STATE] = "no saved state",
    [VPC_ERR_ACCESS_DENIED] = "access denied",
    [VPC_ERR_NOT_SUPPORTED] = "not supported",
    [VPC_ERR_OPERATION_FAILED] = "operation failed",
    [VPC_ERR_BACKEND] = "backend unavailable",
    [VPC_ERR_WRONG_STATE] = "wrong state",
    [VPC_ERR_BUSY] = "busy",
    [VPC_ERR_VM_ACTIVE] = "virtual machine active",
    [VPC_ERR_DUPLICATE_NAME] = "duplicate name",
    [VPC_ERR_NAME_INVALID] = "invalid name",
    [VPC_ERR_VM_RUNNING_OR_SAVED] = "virtual machine running or saved",
    [VPC_ERR_DRIVE_INVALID] = "no such drive",
    [VPC_ERR_DRIVE_IN_USE] = "drive in use",
    [VPC_ERR_NO_MEDIA] = "no media",
    [VPC_ERR_MEDIA_WRONG_TYPE] = "wrong media type",
    [VPC_ERR_LOCATION_IN_USE] = "bus location in use",
    [VPC_ERR_NETWORK_UNKNOWN] = "unknown virtual network",
    [VPC_ERR_FILE_NOT_FOUND] = "file not found",
    [VPC_ERR_LIMIT] = "limit reached",
    [VPC_ERR_IMAGE_IN_USE] = "image in use",
    [VPC_ERR_CONTROLLER_LIMIT] = "no more controllers",
    [VPC_ERR_FILE_EXISTS] = "file exists",
    [VPC_ERR_PATH_NOT_FOUND] = "path not found",
    [VPC_ERR_PORT_IN_USE] = "port in use",
    [VPC_ERR_USB_ASSIGNED] = "USB device assigned",
    [VPC_ERR_USB_NOT_ATTACHED] = "USB device not attached",
};

const char *
vpcErrorCodeName(vpcErrorCode code)
{
    if (code < 0 || code >= VPC_ERR_LAST)
        return "unknown error";
    return errorCodeNames[code];
}


void
vpcErrorClear(vpcError *err)
{
    if (err)
        memset(err, 0, sizeof(*err));
}


/* A text cut to fit its buffer ends on a whole UTF-8 character, never on
 * part of one (which a script would see as U+FFFD). */
static void
trimPartialUtf8(char *text, size_t size)
{
    size_t len = strlen(text), start;
    unsigned char lead;
    size_t need;

    if (len + 1 < size || !len)
        return;
    start = len;
    while (start && ((unsigned char)text[start - 1] & 0xc0) == 0x80)
        start--;
    if (!start)
        return;
    lead = (unsigned char)text[start - 1];
    need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (len - (start - 1) < need)
        text[start - 1] = '\0';
}

void
vpcErrorSet(vpcError *err, vpcErrorCode code, const char *host, const char *vm,
            const char *detailFmt, ...)
{
    va_list ap;

    if (!err)
        return;

    err->code = code;
    snprintf(err->host, sizeof(err->host), "%s", host ? host : "");
    snprintf(err->vm, sizeof(err->vm), "%s", vm ? vm : "");
    err->detail[0] = '\0';
    if (detailFmt) {
        va_start(ap, detailFmt);
        vsnprintf(err->detail, sizeof(err->detail), detailFmt, ap);
        va_end(ap);
    }
    trimPartialUtf8(err->host, sizeof(err->host));
    trimPartialUtf8(err->vm, sizeof(err->vm));
    trimPartialUtf8(err->detail, sizeof(err->detail));
}
