/*
 * wine-vpc core: the keys of IVMKeyboard, from Virtual Server's and Virtual
 * PC's key identifiers and ASCII text to libvirt's "linux" key code set,
 * and sending them (virDomainSendKey).
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
 * The identifiers are those of Microsoft's "Key Identifiers Reference"
 * (a U.S. 101-key AT keyboard); each names a physical key, which libvirt's
 * "linux" code set names with the Linux input layer's KEY_* codes: one
 * code per key, extended keys included, whatever the hypervisor's own
 * scan codes.  ASCII text is typed as a U.S. keyboard types it.
 */

#include <linux/input-event-codes.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "vpchost.h"

static const struct {
    const char *name;
    unsigned int code;
} keyNames[] = {
    /* The top row */
    { "Key_Escape", KEY_ESC },
    { "Key_F1", KEY_F1 }, { "Key_F2", KEY_F2 }, { "Key_F3", KEY_F3 }, { "Key_F4", KEY_F4 },
    { "Key_F5", KEY_F5 }, { "Key_F6", KEY_F6 }, { "Key_F7", KEY_F7 }, { "Key_F8", KEY_F8 },
    { "Key_F9", KEY_F9 }, { "Key_F10", KEY_F10 }, { "Key_F11", KEY_F11 }, { "Key_F12", KEY_F12 },
    { "Key_SysReq", KEY_SYSRQ },
    { "Key_ScrollLock", KEY_SCROLLLOCK },
    { "Key_Break", KEY_PAUSE },             /* the Pause/Break key */
    /* The digits' row */
    { "Key_LeftApostrophe", KEY_GRAVE },
    { "Key_1", KEY_1 }, { "Key_2", KEY_2 }, { "Key_3", KEY_3 }, { "Key_4", KEY_4 },
    { "Key_5", KEY_5 }, { "Key_6", KEY_6 }, { "Key_7", KEY_7 }, { "Key_8", KEY_8 },
    { "Key_9", KEY_9 }, { "Key_0", KEY_0 },
    { "Key_Hyphen", KEY_MINUS },
    { "Key_Equals", KEY_EQUAL },
    { "Key_Backspace", KEY_BACKSPACE },
    { "Key_Insert", KEY_INSERT },
    { "Key_Home", KEY_HOME },
    { "Key_PageUp", KEY_PAGEUP },
    { "Key_NumLock", KEY_NUMLOCK },
    { "KeyPad_Divide", KEY_KPSLASH },
    { "KeyPad_Multiply", KEY_KPASTERISK },
    { "KeyPad_Minus", KEY_KPMINUS },
    /* QWERTY */
    { "Key_Tab", KEY_TAB },
    { "Key_Q", KEY_Q }, { "Key_W", KEY_W }, { "Key_E", KEY_E }, { "Key_R", KEY_R },
    { "Key_T", KEY_T }, { "Key_Y", KEY_Y }, { "Key_U", KEY_U }, { "Key_I", KEY_I },
    { "Key_O", KEY_O }, { "Key_P", KEY_P },
    { "Key_LeftBracket", KEY_LEFTBRACE },
    { "Key_RightBracket", KEY_RIGHTBRACE },
    { "Key_Backslash", KEY_BACKSLASH },
    { "Key_Delete", KEY_DELETE },
    { "Key_End", KEY_END },
    { "Key_PageDown", KEY_PAGEDOWN },
    { "KeyPad_7", KEY_KP7 }, { "KeyPad_8", KEY_KP8 }, { "KeyPad_9", KEY_KP9 },
    { "KeyPad_Plus", KEY_KPPLUS },
    /* ASDF */
    { "Key_CapsLock", KEY_CAPSLOCK },
    { "Key_A", KEY_A }, { "Key_S", KEY_S }, { "Key_D", KEY_D }, { "Key_F", KEY_F },
    { "Key_G", KEY_G }, { "Key_H", KEY_H }, { "Key_J", KEY_J }, { "Key_K", KEY_K },
    { "Key_L", KEY_L },
    { "Key_SemiColon", KEY_SEMICOLON },
    { "Key_SingleQuote", KEY_APOSTROPHE },
    { "Key_Enter", KEY_ENTER },
    { "KeyPad_4", KEY_KP4 }, { "KeyPad_5", KEY_KP5 }, { "KeyPad_6", KEY_KP6 },
    /* ZXCV */
    { "Key_LeftShift", KEY_LEFTSHIFT },
    { "Key_Z", KEY_Z }, { "Key_X", KEY_X }, { "Key_C", KEY_C }, { "Key_V", KEY_V },
    { "Key_B", KEY_B }, { "Key_N", KEY_N }, { "Key_M", KEY_M },
    { "Key_Comma", KEY_COMMA },
    { "Key_Period", KEY_DOT },
    { "Key_Slash", KEY_SLASH },
    { "Key_RightShift", KEY_RIGHTSHIFT },
    { "Key_Up", KEY_UP },
    { "KeyPad_1", KEY_KP1 }, { "KeyPad_2", KEY_KP2 }, { "KeyPad_3", KEY_KP3 },
    { "KeyPad_Enter", KEY_KPENTER },
    /* The bottom row */
    { "Key_LeftCtrl", KEY_LEFTCTRL },
    { "Key_LeftWindows", KEY_LEFTMETA },
    { "Key_LeftAlt", KEY_LEFTALT },
    { "Key_Space", KEY_SPACE },
    { "Key_RightAlt", KEY_RIGHTALT },
    { "Key_RightWindows", KEY_RIGHTMETA },
    { "Key_Application", KEY_COMPOSE },     /* the menu key */
    { "Key_RightCtrl", KEY_RIGHTCTRL },
    { "Key_Left", KEY_LEFT },
    { "Key_Down", KEY_DOWN },
    { "Key_Right", KEY_RIGHT },
    { "KeyPad_0", KEY_KP0 },
    { "KeyPad_DecimalPoint", KEY_KPDOT },
};


int
vpcKeyFromName(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(keyNames) / sizeof(keyNames[0]); i++) {
        if (strcasecmp(name, keyNames[i].name) == 0)
            return (int)keyNames[i].code;
    }
    return -1;
}


/* The unshifted and shifted characters of the U.S. layout's keys. */
static const struct {
    unsigned int code;
    char plain, shifted;
} usLayout[] = {
    { KEY_GRAVE, '`', '~' }, { KEY_1, '1', '!' }, { KEY_2, '2', '@' }, { KEY_3, '3', '#' },
    { KEY_4, '4', '$' }, { KEY_5, '5', '%' }, { KEY_6, '6', '^' }, { KEY_7, '7', '&' },
    { KEY_8, '8', '*' }, { KEY_9, '9', '(' }, { KEY_0, '0', ')' }, { KEY_MINUS, '-', '_' },
    { KEY_EQUAL, '=', '+' },
    { KEY_Q, 'q', 'Q' }, { KEY_W, 'w', 'W' }, { KEY_E, 'e', 'E' }, { KEY_R, 'r', 'R' },
    { KEY_T, 't', 'T' }, { KEY_Y, 'y', 'Y' }, { KEY_U, 'u', 'U' }, { KEY_I, 'i', 'I' },
    { KEY_O, 'o', 'O' }, { KEY_P, 'p', 'P' }, { KEY_LEFTBRACE, '[', '{' },
    { KEY_RIGHTBRACE, ']', '}' }, { KEY_BACKSLASH, '\\', '|' },
    { KEY_A, 'a', 'A' }, { KEY_S, 's', 'S' }, { KEY_D, 'd', 'D' }, { KEY_F, 'f', 'F' },
    { KEY_G, 'g', 'G' }, { KEY_H, 'h', 'H' }, { KEY_J, 'j', 'J' }, { KEY_K, 'k', 'K' },
    { KEY_L, 'l', 'L' }, { KEY_SEMICOLON, ';', ':' }, { KEY_APOSTROPHE, '\'', '"' },
    { KEY_Z, 'z', 'Z' }, { KEY_X, 'x', 'X' }, { KEY_C, 'c', 'C' }, { KEY_V, 'v', 'V' },
    { KEY_B, 'b', 'B' }, { KEY_N, 'n', 'N' }, { KEY_M, 'm', 'M' }, { KEY_COMMA, ',', '<' },
    { KEY_DOT, '.', '>' }, { KEY_SLASH, '/', '?' },
    { KEY_SPACE, ' ', ' ' }, { KEY_TAB, '\t', '\t' }, { KEY_ENTER, '\n', '\n' },
};


int
vpcKeysForChar(char c, unsigned int *keys)
{
    size_t i;

    /* A CR types Enter; the LF of a CR LF pair is the caller's to skip. */
    if (c == '\r')
        c = '\n';
    for (i = 0; i < sizeof(usLayout) / sizeof(usLayout[0]); i++) {
        if (c == usLayout[i].plain) {
            keys[0] = usLayout[i].code;
            return 1;
        }
        if (c == usLayout[i].shifted) {
            keys[0] = KEY_LEFTSHIFT;
            keys[1] = usLayout[i].code;
            return 2;
        }
    }
    return -1;
}


/*
 * Each combination is one virDomainSendKey: its keys pressed in order, held
 * 'holdMs', released.  A running VM only: libvirt's test driver would take
 * the keys of a VM that is off, and QEMU has no VM to give them to.
 */
int
vpcHostSendKeys(vpcHost *host, const char *uuid, const vpcKeyCombo *combos, size_t ncombos,
                unsigned int holdMs, vpcError *err)
{
    char name[VPC_ERROR_TEXT_MAX];
    virConnectPtr conn;
    virDomainPtr dom = NULL;
    vpcDomain *known;
    bool running = false;
    size_t i;
    int rc = -1;

    snprintf(name, sizeof(name), "%s", uuid);
    pthread_mutex_lock(&host->lock);
    if ((known = vpcHostFindDomainByStringLocked(host, uuid))) {
        if (known->name)
            snprintf(name, sizeof(name), "%s", known->name);
        running = known->state == VIR_DOMAIN_RUNNING || known->state == VIR_DOMAIN_BLOCKED;
    }
    pthread_mutex_unlock(&host->lock);
    if (!known) {
        vpcErrorSet(err, VPC_ERR_VM_UNKNOWN, host->displayUri, name, "no such domain");
        return -1;
    }
    if (!running) {
        vpcErrorSet(err, VPC_ERR_VM_NOT_RUNNING, host->displayUri, name,
                    "keys go to a running VM only");
        return -1;
    }
    if (!(conn = vpcHostWriteConnection(host, err)))
        return -1;
    if (!(dom = vpcHostLookupDomain(host, conn, uuid, err)))
        goto cleanup;
    for (i = 0; i < ncombos; i++) {
        if (virDomainSendKey(dom, VIR_KEYCODE_SET_LINUX, holdMs, (unsigned int *)combos[i].keys,
                             (int)combos[i].count, 0) < 0) {
            vpcErrorFromLibvirt(err, VPC_ERR_OPERATION_FAILED, host->uri, host->displayUri, name,
                                "cannot send keys");
            goto cleanup;
        }
    }
    rc = 0;

 cleanup:
    if (dom)
        virDomainFree(dom);
    virConnectClose(conn);
    return rc;
}
