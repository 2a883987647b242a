/*
 * Conformance tests of the type library, for both object models.
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
 * Compiled by vpc.c and vs.c after model_tests.h, with these defined:
 *
 *   MODEL_LIBID           the type library (LIBID_VirtualPC, LIBID_VirtualServer)
 *   MODEL_TYPELIB_TABLES  the model's frozen tables, "vpc_typelib.h" or "vs_typelib.h"
 *   MODEL_INTERFACES      the table of tables they end with (vpc_interfaces, vs_interfaces)
 *
 * Every interface of the IDL is checked, objects or not: its IID, its
 * base, and each member's DISPID by name, kind and vtable slot, in the
 * registered type library and in the C header.  The objects the DLL has
 * are checked through IDispatch against the same tables, so that a member
 * an object answers by another DISPID than its type library fails; when
 * an object is added for an interface, check_object_members() with the
 * interface's table is its DISPID test.
 */

#ifndef APP
#error "include this from vpc.c or vs.c"
#endif

#include <stddef.h>

struct typelib_member
{
    const WCHAR *name;
    DISPID id;
    INVOKEKIND kind;
    unsigned int slot;          /* in the vtable, IUnknown's QueryInterface being 0 */
    unsigned int header_slot;   /* where the C header puts it */
};

struct typelib_interface
{
    const WCHAR *name;
    const IID *iid;
    const struct typelib_member *members;
    unsigned int count;
    const WCHAR *base;
};

#define TYPELIB_MEMBER(iface, name, cname, id, kind, slot) \
    { L"" #name, id, kind, slot, offsetof(iface##Vtbl, cname) / sizeof(void *) }
#define TYPELIB_INTERFACE(iface, base) \
    { L"" #iface, &IID_##iface, iface##_members, ARRAY_SIZE(iface##_members), L"" #base }

#include MODEL_TYPELIB_TABLES

static const struct typelib_interface *find_typelib_interface(const IID *iid)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(MODEL_INTERFACES); i++)
        if (IsEqualIID(MODEL_INTERFACES[i].iid, iid)) return &MODEL_INTERFACES[i];
    return NULL;
}

static ITypeLib *load_model_typelib(void)
{
    ITypeLib *typelib = NULL;
    HRESULT hr;

    hr = LoadRegTypeLib(&MODEL_LIBID, 1, 0, LOCALE_SYSTEM_DEFAULT, &typelib);
    ok(hr == S_OK, "LoadRegTypeLib failed: %#x.\n", (unsigned)hr);
    return hr == S_OK ? typelib : NULL;
}

static void check_base_name(ITypeInfo *vtblinfo, const struct typelib_interface *iface)
{
    ITypeInfo *baseinfo;
    HREFTYPE href;
    BSTR name;
    HRESULT hr;

    hr = ITypeInfo_GetRefTypeOfImplType(vtblinfo, 0, &href);
    ok(hr == S_OK, "%s: no base: %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr != S_OK) return;
    hr = ITypeInfo_GetRefTypeInfo(vtblinfo, href, &baseinfo);
    ok(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr != S_OK) return;
    hr = ITypeInfo_GetDocumentation(baseinfo, MEMBERID_NIL, &name, NULL, NULL, NULL);
    ok(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr == S_OK)
    {
        ok(!lstrcmpW(name, iface->base), "%s derives from %s, expected %s.\n",
           wine_dbgstr_w(iface->name), wine_dbgstr_w(name), wine_dbgstr_w(iface->base));
        SysFreeString(name);
    }
    ITypeInfo_Release(baseinfo);
}

/* The member's DISPID by name, and its kind and slot in the vtable, from
 * the interface's own functions in declaration order. */
static void check_typelib_member(ITypeInfo *dispinfo, ITypeInfo *vtblinfo,
                                 const struct typelib_interface *iface, unsigned int index)
{
    const struct typelib_member *member = &iface->members[index];
    LPOLESTR names[1] = { (LPOLESTR)member->name };
    FUNCDESC *desc;
    DISPID id = DISPID_UNKNOWN;
    HRESULT hr;

    ok(member->header_slot == member->slot, "%s::%s: the C header puts it in slot %u, expected %u.\n",
       wine_dbgstr_w(iface->name), wine_dbgstr_w(member->name), member->header_slot, member->slot);

    hr = ITypeInfo_GetIDsOfNames(dispinfo, names, 1, &id);
    ok(hr == S_OK, "%s::%s: unexpected hr %#x.\n", wine_dbgstr_w(iface->name),
       wine_dbgstr_w(member->name), (unsigned)hr);
    ok(id == member->id, "%s::%s: got DISPID %d, expected %d.\n", wine_dbgstr_w(iface->name),
       wine_dbgstr_w(member->name), (int)id, (int)member->id);

    hr = ITypeInfo_GetFuncDesc(vtblinfo, index, &desc);
    ok(hr == S_OK, "%s::%s: unexpected hr %#x.\n", wine_dbgstr_w(iface->name),
       wine_dbgstr_w(member->name), (unsigned)hr);
    if (hr != S_OK) return;
    ok(desc->memid == member->id, "%s function %u: got DISPID %d, expected %s's %d.\n",
       wine_dbgstr_w(iface->name), index, (int)desc->memid, wine_dbgstr_w(member->name),
       (int)member->id);
    ok(desc->invkind == member->kind, "%s::%s: got kind %d, expected %d.\n",
       wine_dbgstr_w(iface->name), wine_dbgstr_w(member->name), desc->invkind, member->kind);
    ok(desc->oVft == (SHORT)(member->slot * sizeof(void *)), "%s::%s: got vtable offset %d, expected slot %u.\n",
       wine_dbgstr_w(iface->name), wine_dbgstr_w(member->name), desc->oVft, member->slot);
    ITypeInfo_ReleaseFuncDesc(vtblinfo, desc);
}

static void check_typelib_interface(ITypeLib *typelib, const struct typelib_interface *iface)
{
    ITypeInfo *dispinfo, *vtblinfo;
    TYPEATTR *attr;
    HREFTYPE href;
    unsigned int i;
    HRESULT hr;

    hr = ITypeLib_GetTypeInfoOfGuid(typelib, iface->iid, &dispinfo);
    ok(hr == S_OK, "%s: not in the type library: %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr != S_OK) return;

    hr = ITypeInfo_GetTypeAttr(dispinfo, &attr);
    ok(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr == S_OK)
    {
        ok(attr->typekind == TKIND_DISPATCH, "%s: got type kind %d.\n", wine_dbgstr_w(iface->name),
           attr->typekind);
        ok(attr->wTypeFlags & TYPEFLAG_FDUAL, "%s: not dual, flags %#x.\n",
           wine_dbgstr_w(iface->name), attr->wTypeFlags);
        ITypeInfo_ReleaseTypeAttr(dispinfo, attr);
    }

    hr = ITypeInfo_GetRefTypeOfImplType(dispinfo, -1, &href);
    ok(hr == S_OK, "%s: no vtable interface: %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr == S_OK) hr = ITypeInfo_GetRefTypeInfo(dispinfo, href, &vtblinfo);
    if (hr != S_OK)
    {
        ITypeInfo_Release(dispinfo);
        return;
    }

    hr = ITypeInfo_GetTypeAttr(vtblinfo, &attr);
    ok(hr == S_OK, "%s: unexpected hr %#x.\n", wine_dbgstr_w(iface->name), (unsigned)hr);
    if (hr == S_OK)
    {
        /* No member more, none less. */
        ok(attr->cFuncs == iface->count, "%s: %u functions, the table has %u.\n",
           wine_dbgstr_w(iface->name), attr->cFuncs, iface->count);
        ITypeInfo_ReleaseTypeAttr(vtblinfo, attr);
    }
    check_base_name(vtblinfo, iface);
    for (i = 0; i < iface->count; i++) check_typelib_member(dispinfo, vtblinfo, iface, i);

    ITypeInfo_Release(vtblinfo);
    ITypeInfo_Release(dispinfo);
}

/* Every dual interface the type library has must have a table. */
static void check_typelib_complete(ITypeLib *typelib)
{
    unsigned int i, count, dual = 0;
    ITypeInfo *info;
    TYPEATTR *attr;
    HRESULT hr;

    count = ITypeLib_GetTypeInfoCount(typelib);
    for (i = 0; i < count; i++)
    {
        hr = ITypeLib_GetTypeInfo(typelib, i, &info);
        ok(hr == S_OK, "type %u: unexpected hr %#x.\n", i, (unsigned)hr);
        if (hr != S_OK) continue;
        if (ITypeInfo_GetTypeAttr(info, &attr) == S_OK)
        {
            if (attr->typekind == TKIND_DISPATCH)
            {
                dual++;
                ok(find_typelib_interface(&attr->guid) != NULL, "interface %s has no table.\n",
                   wine_dbgstr_guid(&attr->guid));
            }
            ITypeInfo_ReleaseTypeAttr(info, attr);
        }
        ITypeInfo_Release(info);
    }
    ok(dual == ARRAY_SIZE(MODEL_INTERFACES), "%u interfaces, %u tables.\n", dual,
       (unsigned)ARRAY_SIZE(MODEL_INTERFACES));
}

/* Through IDispatch, the object answers every member of its interface's
 * table by the table's DISPID. */
#define check_object_members(a, b) check_object_members_(__FILE__, __LINE__, (IDispatch *)(a), b)
static void check_object_members_(const char *file, int line, IDispatch *disp, const IID *iid)
{
    const struct typelib_interface *iface = find_typelib_interface(iid);
    unsigned int i;

    ok_(file, line)(iface != NULL, "No table for %s.\n", wine_dbgstr_guid(iid));
    if (!iface) return;
    for (i = 0; i < iface->count; i++)
        check_dispid_(file, line, disp, iface->members[i].name, iface->members[i].id);
}

static void test_typelib(void)
{
    IVMVirtualMachineCollection *coll;
    IVMVirtualMachine *vm;
    IVMAccountant *acct;
    ITypeLib *typelib;
    unsigned int i;
    APP *app;

    if (!(typelib = load_model_typelib())) return;
    for (i = 0; i < ARRAY_SIZE(MODEL_INTERFACES); i++)
        check_typelib_interface(typelib, &MODEL_INTERFACES[i]);
    check_typelib_complete(typelib);
    ITypeLib_Release(typelib);

    /* The objects there are. */
    if (!(app = create_app())) return;
    check_object_members(app, &APP_IID);
    if ((coll = get_collection(app)))
    {
        check_object_members(coll, &IID_IVMVirtualMachineCollection);
        IVMVirtualMachineCollection_Release(coll);
    }
    if ((vm = find_vm(app, L"test")))
    {
        check_object_members(vm, &IID_IVMVirtualMachine);
        if ((acct = get_accountant(vm)))
        {
            check_object_members(acct, &IID_IVMAccountant);
            IVMAccountant_Release(acct);
        }
        IVMVirtualMachine_Release(vm);
    }
    APP_(Release)(app);
}
