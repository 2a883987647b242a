/*
 * vpccom.dll string resources
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

#define IDS_NOT_SUPPORTED           100
#define IDS_OUT_OF_MEMORY           101
#define IDS_HOST_UNAVAILABLE        102
#define IDS_HOST_TIMEOUT            103
#define IDS_VM_UNKNOWN              104
#define IDS_VM_NOT_RUNNING          105
#define IDS_VM_RUNNING              106
#define IDS_VM_NO_SAVED_STATE       107
#define IDS_HOST_ACCESS_DENIED      108
#define IDS_VM_ACCESS_DENIED        109
#define IDS_HOST_NOT_SUPPORTED      110
#define IDS_VM_NOT_SUPPORTED        111
#define IDS_HOST_OPERATION_FAILED   112
#define IDS_VM_OPERATION_FAILED     113
#define IDS_BACKEND_UNAVAILABLE     114
#define IDS_INVALID_ARGUMENT        115
#define IDS_VM_HOST_UNAVAILABLE     116
#define IDS_VM_HOST_TIMEOUT         117
#define IDS_BAD_INDEX               118
#define IDS_VM_INVALID_ARGUMENT     119
#define IDS_VM_WRONG_STATE          120
#define IDS_VM_BUSY                 121
#define IDS_TASK_DESCRIPTION        122
#define IDS_TASK_NOT_CANCELABLE     123
#define IDS_PREF_NOT_FOUND          124
#define IDS_HOST_MISSING            125
#define IDS_ARGUMENT_OVERFLOW       160
#define IDS_BAD_TIMEOUT             161
#define IDS_NO_HOST_DRIVE           162
#define IDS_NEEDS_VM                163
#define IDS_NEEDS_NETWORK           164

/* Inventory of a VM (200-249). */
#define IDS_VM_NOT_REPORTED         200
#define IDS_GUEST_NOT_REPORTED      201
#define IDS_GUEST_NO_AGENT          202
#define IDS_VM_NO_DISPLAY           203
#define IDS_VM_MEDIA_WRONG_TYPE     204

/* Changes a script makes (250-299). */
#define IDS_GUEST_NO_SHUTDOWN       250

/* The keyboard (300-309). */
#define IDS_KEY_UNKNOWN             300
#define IDS_KEY_EMPTY               301
#define IDS_KEY_CHARACTER           302
#define IDS_KEYS_HELD               303
#define IDS_KEY_SEQUENCE_END        304
#define IDS_CONFIG_FILE_UNREADABLE  251

/* Disk images (310-319). */
#define IDS_DISK_TASK_DESCRIPTION   310

/* Device changes (270-289). */
#define IDS_LOCAL_IMAGE_PATH        270
#define IDS_REMOTE_IMAGE_PATH       271
#define IDS_IMAGE_NOT_FOUND         272
#define IDS_NOT_A_HOST_DRIVE        273
#define IDS_NETWORK_OTHER_HOST      274
#define IDS_NEEDS_DEVICE            275
#define IDS_BAD_DRIVE_PLACE         277
#define IDS_BAD_BUS_TYPE            278
#define IDS_BAD_ETHERNET_ADDRESS    279
#define IDS_ADDRESS_NOT_DYNAMIC     280
/* Ports and USB pass-through (290-299). */
#define IDS_BAD_SERIAL_TYPE         290
#define IDS_BAD_SERIAL_NAME         291
#define IDS_BAD_PIPE_NAME           292
#define IDS_TEXT_FILE_PATH          293
#define IDS_CONNECT_IMMEDIATELY     294
#define IDS_BAD_PARALLEL_NAME       295
#define IDS_NEEDS_USB_DEVICE        296
#define IDS_USB_OTHER_HOST          297
#define IDS_USB_ASSIGNED            298
