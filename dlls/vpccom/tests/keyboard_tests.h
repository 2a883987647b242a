/*
 * Conformance tests of IVMKeyboard, both models: what each member accepts
 * and refuses, keys held between calls, and a VM that is not running.  The
 * test driver takes the keys of a running VM and checks each code against
 * libvirt's code set, recording nothing else: the exact codes sent are
 * checked by tests/unit/test_keyboard.c.
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
 * Included by vpc.c and vs.c after inventory_tests.h.
 */

static IVMKeyboard *get_keyboard_(const char *file, int line, IVMVirtualMachine *vm)
{
    IVMKeyboard *keyboard = NULL;
    HRESULT hr = IVMVirtualMachine_get_Keyboard(vm, &keyboard);

    ok_(file, line)(hr == S_OK && keyboard, "Keyboard: hr %#x.\n", (unsigned)hr);
    return keyboard;
}
#define get_keyboard(a) get_keyboard_(__FILE__, __LINE__, a)

#define check_pressed(a, b, c) check_pressed_(__FILE__, __LINE__, a, b, c)
static void check_pressed_(const char *file, int line, IVMKeyboard *keyboard, const WCHAR *key,
                           VARIANT_BOOL expected)
{
    VARIANT_BOOL pressed = 7;
    BSTR str = SysAllocString(key);
    HRESULT hr = IVMKeyboard_IsPressed(keyboard, str, &pressed);

    ok_(file, line)(hr == S_OK && pressed == expected, "%s: hr %#x, pressed %d.\n",
                    wine_dbgstr_w(key), (unsigned)hr, pressed);
    SysFreeString(str);
}

/* The members that take one string, as functions call_key can call. */
static HRESULT press_and_release(IVMKeyboard *kb, BSTR s)
{
    return IVMKeyboard_PressAndReleaseKey(kb, s);
}

static HRESULT press_key(IVMKeyboard *kb, BSTR s)
{
    return IVMKeyboard_PressKey(kb, s);
}

static HRESULT release_key(IVMKeyboard *kb, BSTR s)
{
    return IVMKeyboard_ReleaseKey(kb, s);
}

static HRESULT type_text(IVMKeyboard *kb, BSTR s)
{
    return IVMKeyboard_TypeAsciiText(kb, s);
}

static HRESULT type_sequence(IVMKeyboard *kb, BSTR s)
{
    return IVMKeyboard_TypeKeySequence(kb, s);
}

#define call_key(a, b, c, d, e) call_key_(__FILE__, __LINE__, a, b, c, d, e)
static void call_key_(const char *file, int line, HRESULT (*method)(IVMKeyboard *, BSTR),
                      IVMKeyboard *keyboard, const WCHAR *arg, HRESULT expected, const WCHAR *part)
{
    BSTR str = arg ? SysAllocString(arg) : NULL;
    HRESULT hr;

    clear_error_info();
    hr = method(keyboard, str);
    ok_(file, line)(hr == expected, "%s: hr %#x, expected %#x.\n", wine_dbgstr_w(arg),
                    (unsigned)hr, (unsigned)expected);
    if (part) check_error_info_(file, line, source, part, NULL);
    SysFreeString(str);
}

static void test_keyboard(void)
{
    static const WCHAR off_name[] = L"" VM_PREFIX "keys-off";
    static const WCHAR *const held[] =
    {
        L"Key_LeftCtrl", L"Key_LeftAlt", L"Key_LeftShift", L"Key_RightCtrl", L"Key_RightAlt",
        L"Key_RightShift", L"Key_LeftWindows", L"Key_RightWindows", L"Key_A", L"Key_B",
        L"Key_C", L"Key_D", L"Key_E", L"Key_F",
    };
    IVMVirtualMachine *vm = NULL, *off = NULL;
    IVMKeyboard *keyboard = NULL, *other = NULL, *off_keyboard = NULL;
    VARIANT_BOOL flag;
    virDomainPtr dom;
    unsigned int i;
    DISPID id;
    HRESULT hr;
    APP *app;

    if (!(dom = define_domain(VM_PREFIX "keys-off", 1, 1, 1))) return;
    wait_for_host();
    if (!(app = create_app())) goto done;
    if (!(vm = find_vm(app, L"test")) || !(off = find_vm(app, off_name))) goto release;
    if (!(keyboard = get_keyboard(vm)) || !(other = get_keyboard(vm)) ||
        !(off_keyboard = get_keyboard(off)))
        goto release;
    check_interface(keyboard, &IID_IVMKeyboard, TRUE);
    check_interface(keyboard, &IID_IDispatch, TRUE);
    hr = IVMVirtualMachine_get_Keyboard(vm, NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    id = get_dispid((IDispatch *)keyboard, L"TypeAsciiText");
    ok(id == 5, "TypeAsciiText has DISPID %d.\n", (int)id);

    /* Keys, text and sequences a running VM takes. */
    call_key(press_and_release, keyboard, L"Key_A", S_OK, NULL);
    call_key(press_and_release, keyboard, L"keypad_enter", S_OK, NULL);
    call_key(type_text, keyboard, L"Hello, World! ~`{}|\\\"'<>?\t\r\n", S_OK, NULL);
    call_key(type_sequence, keyboard, L"DOWN, Key_LeftShift, Key_M, UP, Key_LeftShift, Key_I, "
             L"Key_C, Key_R, Key_O, Key_S, Key_O, Key_F, Key_T, Key_Space", S_OK, NULL);
    check_pressed(keyboard, L"Key_LeftShift", VARIANT_FALSE);

    /* A key held with PressKey stays down for every keyboard object of the
     * VM until released; releasing a key not down does nothing. */
    call_key(press_key, keyboard, L"Key_LeftCtrl", S_OK, NULL);
    call_key(press_key, keyboard, L"Key_LeftCtrl", S_OK, NULL);
    check_pressed(keyboard, L"Key_LeftCtrl", VARIANT_TRUE);
    check_pressed(other, L"key_leftctrl", VARIANT_TRUE);
    check_pressed(other, L"Key_RightCtrl", VARIANT_FALSE);
    call_key(press_and_release, other, L"Key_C", S_OK, NULL);
    call_key(release_key, other, L"Key_LeftCtrl", S_OK, NULL);
    check_pressed(keyboard, L"Key_LeftCtrl", VARIANT_FALSE);
    call_key(release_key, keyboard, L"Key_LeftCtrl", S_OK, NULL);
    call_key(type_sequence, keyboard, L"DOWN,Key_LeftAlt", S_OK, NULL);
    check_pressed(keyboard, L"Key_LeftAlt", VARIANT_TRUE);
    call_key(type_sequence, keyboard, L" UP , Key_LeftAlt ", S_OK, NULL);
    check_pressed(keyboard, L"Key_LeftAlt", VARIANT_FALSE);

    /* Fourteen keys can be down at once: with a character's Shift and key,
     * sixteen, libvirt's limit. */
    for (i = 0; i < ARRAY_SIZE(held); i++)
        call_key(press_key, keyboard, held[i], S_OK, NULL);
    call_key(press_key, keyboard, L"Key_G", E_INVALIDARG, L"14");
    check_pressed(keyboard, L"Key_G", VARIANT_FALSE);
    call_key(type_text, keyboard, L"Z", S_OK, NULL);
    for (i = 0; i < ARRAY_SIZE(held); i++)
        call_key(release_key, keyboard, held[i], S_OK, NULL);
    check_pressed(keyboard, L"Key_A", VARIANT_FALSE);

    /* What is refused: nothing is sent, nothing held changes. */
    call_key(press_and_release, keyboard, NULL, E_POINTER, NULL);
    call_key(press_key, keyboard, NULL, E_POINTER, NULL);
    call_key(type_text, keyboard, NULL, E_POINTER, NULL);
    call_key(press_and_release, keyboard, L"", E_INVALIDARG, L"PressAndReleaseKey");
    call_key(type_text, keyboard, L"", E_INVALIDARG, L"TypeAsciiText");
    call_key(type_sequence, keyboard, L"", E_INVALIDARG, L"TypeKeySequence");
    call_key(press_and_release, keyboard, L"Key_Nope", E_INVALIDARG, L"\"Key_Nope\"");
    call_key(press_and_release, keyboard, L"A", E_INVALIDARG, L"\"A\"");
    call_key(press_key, keyboard, L"Key_A ", E_INVALIDARG, L"\"Key_A \"");
    call_key(type_text, keyboard, L"ab\x00e9", E_INVALIDARG, L"Character 3");
    call_key(type_text, keyboard, L"\x01", E_INVALIDARG, L"Character 1");
    call_key(type_sequence, keyboard, L"DOWN, Key_LeftCtrl, Key_Q, Key_Nope", E_INVALIDARG,
             L"\"Key_Nope\"");
    check_pressed(keyboard, L"Key_LeftCtrl", VARIANT_FALSE);
    call_key(type_sequence, keyboard, L"Key_A, DOWN", E_INVALIDARG, L"DOWN");
    call_key(type_sequence, keyboard, L"Key_A,,Key_B", E_INVALIDARG, L"\"\"");
    call_key(type_sequence, keyboard, L"UP, DOWN, Key_A", E_INVALIDARG, L"\"DOWN\"");
    hr = IVMKeyboard_IsPressed(keyboard, NULL, &flag);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    hr = IVMKeyboard_IsPressed(keyboard, (BSTR)L"Key_A", NULL);
    ok(hr == E_POINTER, "Unexpected hr %#x.\n", (unsigned)hr);
    check_not_supported(IVMKeyboard_get_HasExclusiveAccess(keyboard, &flag),
                        L"IVMKeyboard::HasExclusiveAccess");
    check_not_supported(IVMKeyboard_put_HasExclusiveAccess(keyboard, VARIANT_TRUE),
                        L"IVMKeyboard::HasExclusiveAccess");

    /* A VM that is off takes no keys, and holds none. */
    call_key(press_and_release, off_keyboard, L"Key_A", VM_E_VM_NOT_RUNNING, off_name);
    call_key(type_text, off_keyboard, L"x", VM_E_VM_NOT_RUNNING, off_name);
    call_key(type_sequence, off_keyboard, L"Key_A", VM_E_VM_NOT_RUNNING, off_name);
    call_key(press_key, off_keyboard, L"Key_A", VM_E_VM_NOT_RUNNING, off_name);
    check_pressed(off_keyboard, L"Key_A", VARIANT_FALSE);

release:
    if (keyboard) IVMKeyboard_Release(keyboard);
    if (other) IVMKeyboard_Release(other);
    if (off_keyboard) IVMKeyboard_Release(off_keyboard);
    if (vm) IVMVirtualMachine_Release(vm);
    if (off) IVMVirtualMachine_Release(off);
    APP_(Release)(app);
done:
    remove_domain(dom);
}
