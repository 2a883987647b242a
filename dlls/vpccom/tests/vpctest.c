/*
 * Conformance test driver: runs the tests listed below and prints Wine's
 * summary line per test, "NAME: N tests executed (T marked as todo,
 * F failures), S skipped.".
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

#include "vpctest.h"

extern void func_vpc(void);
extern void func_vs(void);

static const struct
{
    const char *name;
    void (*func)(void);
}
tests[] =
{
    { "vpc", func_vpc },
    { "vs", func_vs },
};

const char *winetest_file = "";
int winetest_line;

static int successes, failures, todo_successes, todo_failures, skipped;
static int todo_level, todo_do_loop;

static const char *base_name(const char *file)
{
    const char *slash = strrchr(file, '/');
    return slash ? slash + 1 : file;
}

void winetest_set_location(const char *file, int line)
{
    winetest_file = base_name(file);
    winetest_line = line;
}

int winetest_ok(int condition, const char *msg, ...)
{
    va_list args;

    if (todo_level)
    {
        if (condition)
        {
            printf("%s:%d: Test succeeded inside todo block: ", winetest_file, winetest_line);
            va_start(args, msg);
            vprintf(msg, args);
            va_end(args);
            todo_failures++;
            return 0;
        }
        todo_successes++;
        return 1;
    }
    if (!condition)
    {
        printf("%s:%d: Test failed: ", winetest_file, winetest_line);
        va_start(args, msg);
        vprintf(msg, args);
        va_end(args);
        failures++;
        return 0;
    }
    successes++;
    return 1;
}

void winetest_skip(const char *msg, ...)
{
    va_list args;

    printf("%s:%d: Tests skipped: ", winetest_file, winetest_line);
    va_start(args, msg);
    vprintf(msg, args);
    va_end(args);
    skipped++;
}

void winetest_trace(const char *msg, ...)
{
    va_list args;

    if (!getenv("WINETEST_DEBUG")) return;
    printf("%s:%d: ", winetest_file, winetest_line);
    va_start(args, msg);
    vprintf(msg, args);
    va_end(args);
}

void winetest_start_todo(int is_todo)
{
    todo_level = (todo_level << 1) | (is_todo != 0);
    todo_do_loop = 1;
}

int winetest_loop_todo(void)
{
    int do_loop = todo_do_loop;
    todo_do_loop = 0;
    return do_loop;
}

void winetest_end_todo(void)
{
    todo_level >>= 1;
}

int main(int argc, char **argv)
{
    int total_failures = 0;
    unsigned int i;
    int j;

    setvbuf(stdout, NULL, _IONBF, 0);
    for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
    {
        int selected = argc < 2;

        for (j = 1; j < argc; j++)
            if (!strcmp(argv[j], tests[i].name)) selected = 1;
        if (!selected) continue;

        successes = failures = todo_successes = todo_failures = skipped = 0;
        tests[i].func();
        printf("%s: %d tests executed (%d marked as todo, %d %s), %d skipped.\n", tests[i].name,
               successes + failures + todo_successes + todo_failures, todo_successes,
               failures + todo_failures, failures + todo_failures == 1 ? "failure" : "failures",
               skipped);
        total_failures += failures + todo_failures;
    }
    return total_failures ? 1 : 0;
}
