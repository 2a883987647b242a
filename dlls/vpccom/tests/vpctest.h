/*
 * A small harness in the shape of Wine's wine/test.h, which Debian's
 * libwine-dev does not ship: ok(), skip(), todo_wine, broken(), START_TEST.
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

#ifndef VPCTEST_H
#define VPCTEST_H

#include <stdarg.h>

/* Results of the running test, counted as Wine's harness counts them. */
extern const char *winetest_file;
extern int winetest_line;

void winetest_set_location(const char *file, int line);
int winetest_ok(int condition, const char *msg, ...) __attribute__((format(printf, 2, 3)));
void winetest_skip(const char *msg, ...) __attribute__((format(printf, 1, 2)));
void winetest_trace(const char *msg, ...) __attribute__((format(printf, 1, 2)));
void winetest_start_todo(int is_todo);
int winetest_loop_todo(void);
void winetest_end_todo(void);

#define ok_(file, line)     (winetest_set_location(file, line), 0) ? 0 : winetest_ok
#define ok                  ok_(__FILE__, __LINE__)
#define skip_(file, line)   (winetest_set_location(file, line), 0) ? (void)0 : winetest_skip
#define skip                skip_(__FILE__, __LINE__)
#define win_skip            skip
#define trace_(file, line)  (winetest_set_location(file, line), 0) ? (void)0 : winetest_trace
#define trace               trace_(__FILE__, __LINE__)

/* Under Wine every todo_wine block is a todo; broken() marks behaviour only
 * native Windows shows, which is never acceptable here. */
#define todo_wine_if(is_todo) for (winetest_start_todo(is_todo); \
                                   winetest_loop_todo(); \
                                   winetest_end_todo())
#define todo_wine todo_wine_if(1)
#define broken(cond) 0

#define START_TEST(name) void func_##name(void)

#endif /* VPCTEST_H */
