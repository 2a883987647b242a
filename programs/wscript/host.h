/*
 * wine-vpc's Windows Script Host: what the host's source files share.
 *
 * Copyright 2026 the wine-vpc authors
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */

#ifndef WINE_VPC_WSCRIPT_HOST_H
#define WINE_VPC_WSCRIPT_HOST_H

#define COBJMACROS
#define CONST_VTABLE
#include <windows.h>
#include <ole2.h>
#include <activscp.h>
#include <ocidl.h>

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif
/* Wine's code page of Unix file names. */
#ifndef CP_UNIXCP
#define CP_UNIXCP 65010
#endif
#ifndef CTL_E_FILENOTFOUND
#define CTL_E_FILENOTFOUND MAKE_HRESULT(SEVERITY_ERROR, FACILITY_CONTROL, 53)
#endif
/* MinGW names the 64-bit interface's macros only. */
#ifdef _WIN64
#define IActiveScriptParse_InitNew IActiveScriptParse64_InitNew
#define IActiveScriptParse_ParseScriptText IActiveScriptParse64_ParseScriptText
#define IActiveScriptParse_Release IActiveScriptParse64_Release
#endif

/* A typelib-free IDispatch: a table of members, each a C function. */
struct hostobj;
typedef HRESULT (*member_fn)(struct hostobj *obj, WORD flags, DISPPARAMS *params, VARIANT *result,
                             EXCEPINFO *excep);
struct member
{
    const WCHAR *name;
    DISPID id;
    member_fn fn;
};

struct hostobj
{
    IDispatch IDispatch_iface;
    LONG ref;
    const struct member *members;
    void (*destroy)(struct hostobj *obj);
    /* An event sink also answers for its source interface. */
    IID source_iid;
    BOOL has_source_iid;
};

void hostobj_init(struct hostobj *obj, const struct member *members, void (*destroy)(struct hostobj *));

/* Arguments in the script's order (DISPPARAMS holds them reversed), by
 * reference or not; NULL past the end. */
VARIANT *host_arg(DISPPARAMS *params, unsigned int index);
unsigned int host_arg_count(DISPPARAMS *params);
/* A script error raised by a host member: DISP_E_EXCEPTION with its text. */
HRESULT host_throw(EXCEPINFO *excep, HRESULT code, const WCHAR *source, const WCHAR *description);
/* The VBScript message for an HRESULT the engine gives without text, or NULL. */
const WCHAR *vbscript_message(HRESULT code);

/* Output, buffered (see output_write). */
void output_write(BOOL to_stderr, const WCHAR *text, int len);
void output_flush(void);
/* The line end output uses: CRLF, or LF under WINE_VPC_UNIX_TEXT. */
const WCHAR *host_newline(void);
/* A line of stdin without its line end; NULL at its end. */
BSTR host_read_line(void);

/* The builtin repairs (builtins.c): the named item WineVpcBuiltins, and
 * the prelude that shadows the broken builtins TEXT does not declare. */
IDispatch *builtins_object(void);
/* Code a script runs (Execute, ExecuteGlobal, Eval: SCRIPTTEXT_ISEXPRESSION)
 * in the running VBScript engine's global scope; its error comes back in
 * EXCEPINFO instead of ending the script. */
HRESULT host_run_nested(const WCHAR *code, DWORD flags, VARIANT *result, EXCEPINFO *excep);
/* The running VBScript engine's global functions. */
HRESULT host_script_dispatch(IDispatch **disp);
WCHAR *builtins_prelude(const WCHAR *text, BOOL headless);

#endif
