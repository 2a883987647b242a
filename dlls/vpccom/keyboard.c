/*
 * vpccom.dll: what IVMKeyboard's members send, in both models: keys held
 * down by this process, key sequences, ASCII text.
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
 * libvirt's virDomainSendKey presses keys together and releases them: a key
 * cannot stay down between two calls.  So a key that PressKey (or DOWN in
 * a key sequence) holds is held here, per VM, for this process: every key
 * sent while it is down goes out together with it (Ctrl held, then C, is
 * Ctrl+C), and releasing it sends it once if nothing went out meanwhile (a
 * press and a release are a keystroke).  IsPressed says what this process
 * holds; the guest's own keyboard state is not reported.
 */

#include <stdlib.h>
#include <string.h>

#define COBJMACROS

#include "vpccom_private.h"
#include "resource.h"


/* Room for a character's Shift and key beside them in one combination. */
#define HELD_MAX (VPC_KEYS_MAX - 2)

struct key_state
{
    unsigned int count;
    unsigned int keys[HELD_MAX];
    BOOL typed[HELD_MAX];       /* another key went out while this one was down */
};

struct held_keys
{
    char *host_uri;
    char uuid[VPC_UUID_STRING_LEN];
    struct key_state state;
};

static SRWLOCK held_lock = SRWLOCK_INIT;
static struct held_keys *helds;
static size_t nhelds;

/* The keys this process holds down in the VM (none if it holds none). */
static struct key_state held_state(const struct vm_ref *vm)
{
    struct key_state state = { 0 };
    size_t i;

    AcquireSRWLockShared(&held_lock);
    for (i = 0; i < nhelds; i++)
        if (!strcmp(helds[i].host_uri, vm->host_uri) && !strcmp(helds[i].uuid, vm->uuid))
            state = helds[i].state;
    ReleaseSRWLockShared(&held_lock);
    return state;
}

static HRESULT store_held_state(const struct vm_ref *vm, const struct key_state *state)
{
    struct held_keys *grown;
    HRESULT hr = S_OK;
    size_t i;

    AcquireSRWLockExclusive(&held_lock);
    for (i = 0; i < nhelds; i++)
        if (!strcmp(helds[i].host_uri, vm->host_uri) && !strcmp(helds[i].uuid, vm->uuid)) break;
    if (i == nhelds)
    {
        if (!state->count) goto done;
        if (!(grown = realloc(helds, (nhelds + 1) * sizeof(*grown))) ||
            !(grown[nhelds].host_uri = strdup(vm->host_uri)))
        {
            if (grown) helds = grown;
            hr = E_OUTOFMEMORY;
            goto done;
        }
        helds = grown;
        lstrcpynA(helds[nhelds].uuid, vm->uuid, sizeof(helds[nhelds].uuid));
        nhelds++;
    }
    helds[i].state = *state;
done:
    ReleaseSRWLockExclusive(&held_lock);
    return hr;
}

/* What a method sends: combinations, each pressed together and released. */
struct key_combos
{
    vpcKeyCombo *items;
    size_t count, capacity;
};

/* The held keys and 'extra' (those not held already) as one combination;
 * every held key has then been used with another. */
static HRESULT add_combo(struct key_combos *combos, struct key_state *state,
                         const unsigned int *extra, unsigned int nextra)
{
    vpcKeyCombo *combo;
    unsigned int i, j;

    if (combos->count == combos->capacity)
    {
        size_t capacity = combos->capacity ? 2 * combos->capacity : 16;
        vpcKeyCombo *grown = realloc(combos->items, capacity * sizeof(*grown));

        if (!grown) return E_OUTOFMEMORY;
        combos->items = grown;
        combos->capacity = capacity;
    }
    combo = &combos->items[combos->count++];
    combo->count = 0;
    for (i = 0; i < state->count; i++)
    {
        combo->keys[combo->count++] = state->keys[i];
        state->typed[i] = TRUE;
    }
    for (i = 0; i < nextra; i++)
    {
        for (j = 0; j < combo->count && combo->keys[j] != extra[i]; j++) ;
        if (j == combo->count) combo->keys[combo->count++] = extra[i];
    }
    return S_OK;
}

static HRESULT press(enum object_model model, struct key_state *state, unsigned int key)
{
    unsigned int i;
    WCHAR max[8];

    for (i = 0; i < state->count; i++)
        if (state->keys[i] == key) return S_OK;     /* already down */
    if (state->count == HELD_MAX)
    {
        wsprintfW(max, L"%u", HELD_MAX);
        return set_error(model, E_INVALIDARG, IDS_KEYS_HELD, max);
    }
    state->keys[state->count] = key;
    state->typed[state->count] = FALSE;
    state->count++;
    return S_OK;
}

static HRESULT release(struct key_combos *combos, struct key_state *state, unsigned int key)
{
    unsigned int i;
    HRESULT hr = S_OK;

    for (i = 0; i < state->count && state->keys[i] != key; i++) ;
    if (i == state->count) return S_OK;             /* not down: nothing happens */
    if (!state->typed[i])
    {
        /* Pressed and released with nothing in between: one keystroke,
         * with the other held keys. */
        hr = add_combo(combos, state, NULL, 0);
    }
    memmove(&state->keys[i], &state->keys[i + 1], (state->count - i - 1) * sizeof(*state->keys));
    memmove(&state->typed[i], &state->typed[i + 1], (state->count - i - 1) * sizeof(*state->typed));
    state->count--;
    return hr;
}

/* A key identifier of 'len' characters at 'name', or E_INVALIDARG with
 * its description. */
static HRESULT parse_key(enum object_model model, const WCHAR *name, size_t len, unsigned int *key)
{
    char ascii[64];
    WCHAR *shown;
    size_t i;
    int code = -1;

    if (len < ARRAY_SIZE(ascii))
    {
        for (i = 0; i < len && name[i] > 0x20 && name[i] < 0x7f; i++) ascii[i] = name[i];
        ascii[i] = 0;
        if (i == len) code = vpcKeyFromName(ascii);
    }
    if (code >= 0)
    {
        *key = code;
        return S_OK;
    }
    if (!(shown = calloc(len + 1, sizeof(WCHAR)))) return E_OUTOFMEMORY;
    memcpy(shown, name, len * sizeof(WCHAR));
    set_error(model, E_INVALIDARG, IDS_KEY_UNKNOWN, shown);
    free(shown);
    return E_INVALIDARG;
}

/* A NULL BSTR (what a script's Empty becomes) is the documented E_POINTER,
 * described as the empty string it stands for. */
static HRESULT check_argument(enum object_model model, BSTR text, const WCHAR *member)
{
    if (!text) return set_error(model, E_POINTER, IDS_KEY_EMPTY, member);
    if (!*text) return set_error(model, E_INVALIDARG, IDS_KEY_EMPTY, member);
    return S_OK;
}

/* Sends the combinations (in requests of at most VPC_KEY_COMBOS_MAX), then
 * keeps the new state; nothing is kept when a send fails. */
static HRESULT send_combos(struct vm_ref *vm, struct key_combos *combos,
                           const struct key_state *state)
{
    enum object_model model = host_view_model(vm->view);
    size_t done, n;
    vpcError err;
    HRESULT hr;

    for (done = 0; done < combos->count; done += n)
    {
        n = min(combos->count - done, VPC_KEY_COMBOS_MAX);
        if (FAILED(hr = host_view_send_keys(vm->view, vm->host_uri, vm->uuid,
                                            combos->items + done, n, &err)))
        {
            free(combos->items);
            return raise_vm_error(model, &err, vm->name);
        }
    }
    free(combos->items);
    return store_held_state(vm, state);
}

HRESULT keyboard_press_and_release(struct vm_ref *vm, BSTR key)
{
    enum object_model model = host_view_model(vm->view);
    struct key_combos combos = { 0 };
    struct key_state state;
    unsigned int code;
    HRESULT hr;

    if (FAILED(hr = check_argument(model, key, L"PressAndReleaseKey")) ||
        FAILED(hr = parse_key(model, key, lstrlenW(key), &code)))
        return hr;
    state = held_state(vm);
    if (FAILED(hr = add_combo(&combos, &state, &code, 1)))
    {
        free(combos.items);
        return hr;
    }
    return send_combos(vm, &combos, &state);
}

HRESULT keyboard_press(struct vm_ref *vm, BSTR key)
{
    enum object_model model = host_view_model(vm->view);
    struct key_state state;
    unsigned int code;
    HRESULT hr;

    int vm_state;

    if (FAILED(hr = check_argument(model, key, L"PressKey")) ||
        FAILED(hr = parse_key(model, key, lstrlenW(key), &code)) ||
        FAILED(hr = vm_get_state(vm, &vm_state)))
        return hr;
    /* Nothing is sent yet, but a key held in a VM that is not running
     * would go nowhere. */
    if (vm_state != VPC_VM_STATE_RUNNING)
        return vm_ref_raise(vm, VPC_ERR_VM_NOT_RUNNING, "keys go to a running VM only");
    state = held_state(vm);
    if (FAILED(hr = press(model, &state, code))) return hr;
    return store_held_state(vm, &state);
}

HRESULT keyboard_release(struct vm_ref *vm, BSTR key)
{
    enum object_model model = host_view_model(vm->view);
    struct key_combos combos = { 0 };
    struct key_state state;
    unsigned int code;
    HRESULT hr;

    if (FAILED(hr = check_argument(model, key, L"ReleaseKey")) ||
        FAILED(hr = parse_key(model, key, lstrlenW(key), &code)))
        return hr;
    state = held_state(vm);
    if (FAILED(hr = release(&combos, &state, code)))
    {
        free(combos.items);
        return hr;
    }
    return send_combos(vm, &combos, &state);
}

HRESULT keyboard_is_pressed(struct vm_ref *vm, BSTR key, VARIANT_BOOL *pressed)
{
    enum object_model model = host_view_model(vm->view);
    struct key_state state;
    unsigned int code, i;
    HRESULT hr;

    if (!pressed) return E_POINTER;
    *pressed = VARIANT_FALSE;
    if (FAILED(hr = check_argument(model, key, L"IsPressed")) ||
        FAILED(hr = parse_key(model, key, lstrlenW(key), &code)))
        return hr;
    state = held_state(vm);
    for (i = 0; i < state.count; i++)
        if (state.keys[i] == code) *pressed = VARIANT_TRUE;
    return S_OK;
}

HRESULT keyboard_type_text(struct vm_ref *vm, BSTR text)
{
    enum object_model model = host_view_model(vm->view);
    struct key_combos combos = { 0 };
    struct key_state state;
    unsigned int keys[2];
    WCHAR position[16];
    HRESULT hr;
    UINT i;
    int n;

    if (FAILED(hr = check_argument(model, text, L"TypeAsciiText"))) return hr;
    state = held_state(vm);
    for (i = 0; text[i]; i++)
    {
        /* CR LF is one line break. */
        if (text[i] == '\n' && i && text[i - 1] == '\r') continue;
        if (text[i] >= 0x80 || (n = vpcKeysForChar((char)text[i], keys)) < 0)
        {
            free(combos.items);
            wsprintfW(position, L"%u", i + 1);
            return set_error(model, E_INVALIDARG, IDS_KEY_CHARACTER, position);
        }
        if (FAILED(hr = add_combo(&combos, &state, keys, n)))
        {
            free(combos.items);
            return hr;
        }
    }
    return send_combos(vm, &combos, &state);
}

/* "DOWN, Key_LeftShift, Key_M, UP, Key_LeftShift, Key_I": identifiers
 * separated by commas, spaces around them ignored; DOWN and UP apply to the
 * next one.  Parsed whole before anything is sent. */
HRESULT keyboard_type_sequence(struct vm_ref *vm, BSTR sequence)
{
    enum object_model model = host_view_model(vm->view);
    struct key_combos combos = { 0 };
    enum { TAP, DOWN, UP } mode = TAP;
    struct key_state state;
    const WCHAR *p, *start, *end;
    unsigned int code;
    HRESULT hr;

    if (FAILED(hr = check_argument(model, sequence, L"TypeKeySequence"))) return hr;
    state = held_state(vm);
    for (p = sequence; ; p++)
    {
        start = p;
        while (*start == ' ' || *start == '\t') start++;
        for (p = start; *p && *p != ','; p++) ;
        for (end = p; end > start && (end[-1] == ' ' || end[-1] == '\t'); end--) ;

        if (mode == TAP && end - start == 4 &&
            CompareStringOrdinal(start, 4, L"DOWN", 4, TRUE) == CSTR_EQUAL)
            mode = DOWN;
        else if (mode == TAP && end - start == 2 &&
                 CompareStringOrdinal(start, 2, L"UP", 2, TRUE) == CSTR_EQUAL)
            mode = UP;
        else if (FAILED(hr = parse_key(model, start, end - start, &code)))
            goto failed;
        else
        {
            if (mode == DOWN) hr = press(model, &state, code);
            else if (mode == UP) hr = release(&combos, &state, code);
            else hr = add_combo(&combos, &state, &code, 1);
            if (FAILED(hr)) goto failed;
            mode = TAP;
        }
        if (!*p) break;
    }
    if (mode != TAP)
    {
        hr = set_error(model, E_INVALIDARG, IDS_KEY_SEQUENCE_END, mode == DOWN ? L"DOWN" : L"UP");
        goto failed;
    }
    return send_combos(vm, &combos, &state);

failed:
    free(combos.items);
    return hr;
}
