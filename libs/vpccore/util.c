/*
 * wine-vpc core utilities: logging, configuration, action names, numbers.
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
#include <locale.h>
#include <pthread.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "vpccore.h"

static vpcLogFunc logFunc;

void
vpcSetLogFunc(vpcLogFunc func)
{
    logFunc = func;
}


void
vpcLog(vpcLogLevel level, const char *fmt, ...)
{
    char message[1024];
    va_list ap;

    if (!logFunc)
        return;

    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    logFunc(level, message);
}


void
vpcConfigInit(vpcConfig *config)
{
    config->hostTimeoutMs = VPC_DEFAULT_HOST_TIMEOUT_MS;
    config->keepAliveInterval = VPC_DEFAULT_KEEPALIVE_INTERVAL;
    config->keepAliveCount = VPC_DEFAULT_KEEPALIVE_COUNT;
    memset(&config->test, 0, sizeof(config->test));
}


int64_t
vpcSampleIntervalMs(const vpcConfig *config)
{
    return config->test.sampleIntervalMs > 0 ? config->test.sampleIntervalMs : VPC_SAMPLE_INTERVAL_MS;
}


static const char *const actionNames[VPC_ACTION_LAST] = {
    [VPC_ACTION_STARTUP] = "Startup",
    [VPC_ACTION_TURN_OFF] = "TurnOff",
    [VPC_ACTION_SAVE] = "Save",
    [VPC_ACTION_RESET] = "Reset",
    [VPC_ACTION_PAUSE] = "Pause",
    [VPC_ACTION_RESUME] = "Resume",
    [VPC_ACTION_DISCARD_SAVED_STATE] = "DiscardSavedState",
    [VPC_ACTION_SHUTDOWN] = "Shutdown",
    [VPC_ACTION_RESTART] = "Restart",
};

const char *
vpcActionName(vpcAction action)
{
    if (action < 0 || action >= VPC_ACTION_LAST)
        return "unknown action";
    return actionNames[action];
}


vpcDecimal
vpcDecimalFromU64(uint64_t value)
{
    vpcDecimal dec = { 0, value };

    return dec;
}


vpcDecimal
vpcDecimalAdd(vpcDecimal a, uint64_t b)
{
    uint64_t lo = a.lo64 + b;

    if (lo < a.lo64) {
        if (a.hi32 == UINT32_MAX) {
            /* Saturate at the largest 96-bit value rather than wrap. */
            a.lo64 = UINT64_MAX;
            return a;
        }
        a.hi32++;
    }
    a.lo64 = lo;
    return a;
}


/* Numbers in XML and on the wire use '.', whatever locale the host
 * process (Wine sets the user's) has chosen. */
static locale_t numericLocale;
static pthread_once_t numericLocaleOnce = PTHREAD_ONCE_INIT;

static void
numericLocaleInit(void)
{
    numericLocale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}


static locale_t
cLocale(void)
{
    pthread_once(&numericLocaleOnce, numericLocaleInit);
    return numericLocale;
}


void
vpcFormatDouble(double value, char *buf, size_t size)
{
    locale_t old = uselocale(cLocale());

    snprintf(buf, size, "%.17g", value);
    uselocale(old);
}


int
vpcParseDouble(const char *text, double *value)
{
    char *end;

    *value = strtod_l(text, &end, cLocale());
    return end != text && *end == '\0' ? 0 : -1;
}
