/*
 * Virtual hard disk images no VM needs to hold: the application's
 * Create{Dynamic,Fixed,Differencing}VirtualHardDisk and GetHardDisk, and
 * what an IVMHardDisk of such an image reads.  The backend makes and reads
 * them as storage volumes (libs/vpccore/hostdisks.c); this side maps the
 * script's Windows paths to the host's and checks what needs no host.
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

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define COBJMACROS

#include "host_private.h"
#include "resource.h"

#include "wine/debug.h"


/* A refusal of the application's host that needs no host: a core error
 * text with the code the pages document. */
static HRESULT image_refused(struct host_view *view, const char *host_uri, HRESULT hr,
                             vpcErrorCode code, const WCHAR *path, const char *why)
{
    char *display = vpcUriSanitize(host_uri), *utf8 = strdupWtoA_utf8(path ? path : L"");
    vpcError err;

    vpcErrorSet(&err, code, display ? display : "", NULL, "\"%s\" %s", utf8 ? utf8 : "", why);
    free(display);
    free(utf8);
    return raise_core_error_as(host_view_model(view), hr, &err);
}

static BOOL is_letter(WCHAR c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* The Unix name Wine gives a path of this prefix's drives, symbolic links
 * resolved where it exists. */
static char *unix_path(const WCHAR *path)
{
    char *unix_name, *real, *ret;

    if (!(unix_name = wine_get_unix_file_name(path))) return NULL;
    real = realpath(unix_name, NULL);
    ret = strdup(real ? real : unix_name);
    free(real);
    HeapFree(GetProcessHeap(), 0, unix_name);
    return ret;
}

/* The Unix path of a file that may not exist yet, named by a full Windows
 * path of a file: its folder as Wine maps it (which may be missing itself,
 * as a folder only a storage pool of the host has), and its name.  NULL
 * when no drive maps the folder's parent, or out of memory. */
char *unix_file_in_folder(const WCHAR *path)
{
    const WCHAR *name = NULL, *q;
    char *folder, *utf8, *ret = NULL;
    WCHAR *folder_w;
    size_t len;

    for (q = path; *q; q++)
        if (*q == '\\' || *q == '/') name = q + 1;
    if (!name || !*name) return NULL;
    /* The folder without its separator, but "C:\" stays a root. */
    len = name - path;
    if (!(folder_w = malloc((len + 1) * sizeof(WCHAR)))) return NULL;
    memcpy(folder_w, path, len * sizeof(WCHAR));
    folder_w[len] = 0;
    if (len > 3) folder_w[len - 1] = 0;
    folder = unix_path(folder_w);
    free(folder_w);
    if (folder && (utf8 = strdupWtoA_utf8(name)))
    {
        if ((ret = malloc(strlen(folder) + strlen(utf8) + 2)))
            sprintf(ret, "%s%s%s", folder, strcmp(folder, "/") ? "/" : "", utf8);
        free(utf8);
    }
    free(folder);
    return ret;
}

/* A remote host's path as a script gives it: the host's own Unix path
 * (/srv/images/x.vhd) or its UNC form (\\node2\srv\images\x.vhd), which is
 * what ImageFile and File show.  S_FALSE when 'path' is neither. */
HRESULT remote_host_path(const char *remote, const WCHAR *path, char **host_path)
{
    size_t len = strlen(remote);
    char *utf8, *p;
    HRESULT hr = S_OK;

    *host_path = NULL;
    if (!(utf8 = strdupWtoA_utf8(path))) return E_OUTOFMEMORY;
    if (utf8[0] == '/')
        *host_path = strdup(utf8);
    else if (utf8[0] == '\\' && utf8[1] == '\\' && !strncasecmp(utf8 + 2, remote, len) &&
             utf8[2 + len] == '\\')
    {
        if ((*host_path = strdup(utf8 + 2 + len)))
            for (p = *host_path; *p; p++) if (*p == '\\') *p = '/';
    }
    else
        hr = S_FALSE;
    if (hr == S_OK && !*host_path) hr = E_OUTOFMEMORY;
    free(utf8);
    return hr;
}

/*
 * The host's path of an image the script names: on this machine a full
 * Windows path of the prefix's drives (C:\Images\new.vhd), its folder
 * mapped as Wine maps it (the file need not exist yet); on a remote host
 * that host's path, \\node2\srv\images\new.vhd or /srv/images/new.vhd.
 */
static HRESULT disk_host_path(struct host_view *view, const char *host_uri, const WCHAR *path,
                              char **host_path)
{
    char *remote = vpcUriRemoteHost(host_uri);
    const WCHAR *name = NULL, *q;
    HRESULT hr;

    *host_path = NULL;
    if (!path) path = L"";      /* COM's NULL BSTR */
    if (remote)
    {
        if ((hr = remote_host_path(remote, path, host_path)) == S_FALSE)
            hr = image_refused(view, host_uri, HRESULT_FROM_WIN32(ERROR_BAD_PATHNAME),
                               VPC_ERR_INVALID_ARG, path,
                               "is no path of the host: give its own path, as "
                               "\\\\host\\srv\\images\\disk.vhd or /srv/images/disk.vhd");
        free(remote);
        return hr;
    }

    for (q = path; *q; q++)
        if (*q == '\\' || *q == '/') name = q + 1;
    /* Absolute (a drive and a root, or a UNC name), and a file in it. */
    if (!((is_letter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) ||
          (path[0] == '\\' && path[1] == '\\' && path[2] && path[2] != '\\')) || !name || !*name)
        return image_refused(view, host_uri, HRESULT_FROM_WIN32(ERROR_BAD_PATHNAME),
                             VPC_ERR_INVALID_ARG, path,
                             "is no full path of a file: give a drive and folders, as "
                             "C:\\Images\\disk.vhd");
    if (!(*host_path = unix_file_in_folder(path)))
        return image_refused(view, host_uri, HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND),
                             VPC_ERR_PATH_NOT_FOUND, path, "is in no folder of this machine");
    return S_OK;
}

static HRESULT disk_request(struct host_view *view, const char *host_uri, vpcDiskOp op,
                            const char *path, const char *parent, LONG size, vpcDiskImage *image)
{
    vpcError err;
    HRESULT hr;

    if (FAILED(hr = host_view_disk_image(view, host_uri, op, path, parent, size, image, &err)))
        return raise_core_error(host_view_model(view), &err);
    return S_OK;
}

/* A new image on the application's host; *host_path gets its path.  The
 * backend makes it before this returns, or makes nothing. */
HRESULT app_create_disk(struct host_view *view, vpcDiskOp op, BSTR path, BSTR parent, LONG size,
                        char **host_path)
{
    const char *host_uri = host_view_host_uri(view, 0);
    char *parent_path = NULL;
    vpcDiskImage image;
    char text[32];
    WCHAR wide[32];
    HRESULT hr;

    *host_path = NULL;
    if (op != VPC_DISK_CREATE_DIFFERENCING && (size < VPC_DISK_MIN_MB || size > VPC_DISK_MAX_MB))
    {
        snprintf(text, sizeof(text), "%d", (int)size);
        MultiByteToWideChar(CP_ACP, 0, text, -1, wide, ARRAY_SIZE(wide));
        return image_refused(view, host_uri,
                             size <= 0 ? E_INVALIDARG : size < VPC_DISK_MIN_MB ?
                             VM_E_IMAGE_SIZE_TOO_SMALL : VM_E_IMAGE_SIZE_TOO_LARGE,
                             VPC_ERR_INVALID_ARG, wide,
                             "MB is no size of a virtual hard disk: give 3 to 2088960 MB");
    }
    if (FAILED(hr = disk_host_path(view, host_uri, path, host_path))) return hr;
    if (op == VPC_DISK_CREATE_DIFFERENCING &&
        FAILED(hr = disk_host_path(view, host_uri, parent, &parent_path)))
        goto done;
    if (SUCCEEDED(hr = disk_request(view, host_uri, op, *host_path, parent_path,
                                    op == VPC_DISK_CREATE_DIFFERENCING ? 0 : size, &image)))
    {
        /* Where the host put it. */
        free(*host_path);
        *host_path = image.path;
        image.path = NULL;
        vpcDiskImageClear(&image);
    }
done:
    free(parent_path);
    if (FAILED(hr))
    {
        free(*host_path);
        *host_path = NULL;
    }
    return hr;
}

/* The host's path of an image the host has (GetHardDisk). */
HRESULT app_find_disk(struct host_view *view, BSTR path, char **host_path)
{
    const char *host_uri = host_view_host_uri(view, 0);
    vpcDiskImage image;
    HRESULT hr;

    if (FAILED(hr = disk_host_path(view, host_uri, path, host_path))) return hr;
    if (SUCCEEDED(hr = disk_request(view, host_uri, VPC_DISK_DESCRIBE, *host_path, NULL, 0, &image)))
    {
        free(*host_path);
        *host_path = image.path;
        image.path = NULL;
        vpcDiskImageClear(&image);
    }
    else
    {
        free(*host_path);
        *host_path = NULL;
    }
    return hr;
}

/* The image object's identity */

HRESULT image_ref_create(struct host_view *view, const char *host_uri, const char *path,
                         struct image_ref **ret)
{
    struct image_ref *ref;

    *ret = NULL;
    if (!(ref = calloc(1, sizeof(*ref)))) return E_OUTOFMEMORY;
    if (!(ref->host_uri = strdup(host_uri)) || !(ref->path = strdup(path)))
    {
        image_ref_free(ref);
        return E_OUTOFMEMORY;
    }
    ref->view = view;
    host_view_addref(view);
    *ret = ref;
    return S_OK;
}

void image_ref_free(struct image_ref *ref)
{
    if (!ref) return;
    free(ref->host_uri);
    free(ref->path);
    if (ref->view) host_view_release(ref->view);
    free(ref);
}

/* What the image's pool reads in it now: each member asks (an image
 * grows, and nothing tells this side). */
static HRESULT describe(struct image_ref *ref, vpcDiskImage *image)
{
    return disk_request(ref->view, ref->host_uri, VPC_DISK_DESCRIBE, ref->path, NULL, 0, image);
}

HRESULT image_get_file(struct image_ref *ref, BSTR *file)
{
    WCHAR *wide;
    HRESULT hr;

    if (!file) return E_POINTER;
    *file = NULL;
    if (!(wide = script_path(ref->host_uri, ref->path))) return E_OUTOFMEMORY;
    *file = SysAllocString(wide);
    hr = *file ? S_OK : E_OUTOFMEMORY;
    free(wide);
    return hr;
}

/* DISP_E_EXCEPTION naming the host and what it does not say. */
static HRESULT image_not_reported(struct image_ref *ref, const char *what)
{
    char *display = vpcUriSanitize(ref->host_uri);
    vpcError err;

    vpcErrorSet(&err, VPC_ERR_OPERATION_FAILED, display ? display : "", NULL,
                "the host does not report %s of %s", what, ref->path);
    free(display);
    return raise_core_error_as(host_view_model(ref->view), DISP_E_EXCEPTION, &err);
}

/* The volume's capacity (what a guest sees) or allocation (what the host
 * uses), in bytes, VT_DECIMAL. */
HRESULT image_get_size(struct image_ref *ref, BOOL in_guest, VARIANT *size)
{
    vpcDiskImage image;
    HRESULT hr;

    if (!size) return E_POINTER;
    VariantInit(size);
    if (FAILED(hr = describe(ref, &image))) return hr;
    decimal_to_variant(in_guest ? image.capacity : image.allocation, size);
    vpcDiskImageClear(&image);
    return S_OK;
}

HRESULT image_get_free(struct image_ref *ref, VARIANT *bytes)
{
    vpcDiskImage image;
    HRESULT hr;

    if (!bytes) return E_POINTER;
    VariantInit(bytes);
    if (FAILED(hr = describe(ref, &image))) return hr;
    if (image.freeKnown) decimal_to_variant(image.available, bytes);
    else hr = image_not_reported(ref, "the free space of the storage pool");
    vpcDiskImageClear(&image);
    return hr;
}

HRESULT image_get_type(struct image_ref *ref, int *type)
{
    vpcDiskImage image;
    HRESULT hr;

    if (!type) return E_POINTER;
    *type = 0;
    if (FAILED(hr = describe(ref, &image))) return hr;
    if (!disk_format_type(image.format, image.backingPath[0] != 0, type))
        hr = image_not_reported(ref, "a disk type (a format Virtual PC has)");
    vpcDiskImageClear(&image);
    return hr;
}

/* The backing file's path (S_OK), or none (S_FALSE, *parent NULL). */
HRESULT image_get_parent(struct image_ref *ref, char **parent)
{
    vpcDiskImage image;
    HRESULT hr;

    *parent = NULL;
    if (FAILED(hr = describe(ref, &image))) return hr;
    hr = S_FALSE;
    if (image.backingPath[0])
    {
        *parent = image.backingPath;
        image.backingPath = NULL;
        hr = S_OK;
    }
    vpcDiskImageClear(&image);
    return hr;
}

/* The folder of an additional search path as the host names it: on this
 * machine as Wine maps it, on a remote host its own path (as for images);
 * NULL for a folder no drive maps (it holds no image). */
static HRESULT search_folder(struct host_view *view, const char *host_uri, const WCHAR *path,
                             char **folder)
{
    char *remote = vpcUriRemoteHost(host_uri);

    *folder = NULL;
    if (remote)
    {
        free(remote);
        return disk_host_path(view, host_uri, path, folder);
    }
    if (path_is_absolute(path)) *folder = unix_path(path);
    return S_OK;
}

/* The strings of a script's array (VT_ARRAY of VT_BSTR or of VARIANTs
 * holding them, by reference or not); E_INVALIDARG for anything else. */
static HRESULT search_paths(struct host_view *view, const char *host_uri, const VARIANT *in,
                            char **text)
{
    const VARIANT *value = in;
    SAFEARRAY *array;
    LONG lower, upper, i;
    VARTYPE type;
    size_t len = 1;
    char *folder, *grown;
    BSTR str;
    VARIANT item;
    HRESULT hr = S_OK;

    *text = NULL;
    if (V_VT(value) == (VT_VARIANT | VT_BYREF)) value = V_VARIANTREF(value);
    if (!(V_VT(value) & VT_ARRAY) || !(array = V_ISBYREF(value) ? *V_ARRAYREF(value) : V_ARRAY(value)) ||
        SafeArrayGetDim(array) != 1 || FAILED(SafeArrayGetVartype(array, &type)) ||
        (type != VT_BSTR && type != VT_VARIANT))
        return image_refused(view, host_uri, E_INVALIDARG, VPC_ERR_INVALID_ARG, L"inAdditionalSearchPaths",
                             "is not an array of strings");
    SafeArrayGetLBound(array, 1, &lower);
    SafeArrayGetUBound(array, 1, &upper);
    if (!(*text = strdup(""))) return E_OUTOFMEMORY;
    for (i = lower; i <= upper && SUCCEEDED(hr); i++)
    {
        str = NULL;
        if (type == VT_BSTR) hr = SafeArrayGetElement(array, &i, &str);
        else if (SUCCEEDED(hr = SafeArrayGetElement(array, &i, &item)))
        {
            if (V_VT(&item) == VT_BSTR) str = V_BSTR(&item);
            else
            {
                VariantClear(&item);
                hr = image_refused(view, host_uri, E_INVALIDARG, VPC_ERR_INVALID_ARG,
                                   L"inAdditionalSearchPaths", "is not an array of strings");
            }
        }
        if (FAILED(hr)) break;
        hr = search_folder(view, host_uri, str ? str : L"", &folder);
        SysFreeString(str);
        if (SUCCEEDED(hr) && folder)
        {
            len += strlen(folder) + 1;
            if ((grown = realloc(*text, len)))
            {
                *text = grown;
                strcat(strcat(*text, folder), "\n");
            }
            else hr = E_OUTOFMEMORY;
        }
        free(folder);
    }
    if (FAILED(hr))
    {
        free(*text);
        *text = NULL;
    }
    return hr;
}

/* GetHardDiskFiles: the *.vhd images of the host's storage pools (its
 * SearchPaths) and of the folders the script adds, as paths for scripts. */
HRESULT app_list_disks(struct host_view *view, const VARIANT *in, VARIANT *out)
{
    const char *host_uri = host_view_host_uri(view, 0);
    char *folders, *line, *next;
    vpcDiskImage image;
    SAFEARRAY *array;
    VARIANT *data;
    WCHAR *wide;
    LONG count = 0, i;
    HRESULT hr;

    if (!out) return E_POINTER;
    VariantInit(out);
    if (!in) return E_POINTER;
    if (FAILED(hr = search_paths(view, host_uri, in, &folders))) return hr;
    hr = disk_request(view, host_uri, VPC_DISK_LIST, folders, NULL, 0, &image);
    free(folders);
    if (FAILED(hr)) return hr;
    for (line = image.path; *line; line = next)
    {
        count++;
        next = strchr(line, '\n') ? strchr(line, '\n') + 1 : line + strlen(line);
    }
    if (!(array = SafeArrayCreateVector(VT_VARIANT, 0, count)))
    {
        vpcDiskImageClear(&image);
        return E_OUTOFMEMORY;
    }
    SafeArrayAccessData(array, (void **)&data);
    for (line = image.path, i = 0; i < count && SUCCEEDED(hr); line = next, i++)
    {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        else next = line + strlen(line);
        if (!(wide = script_path(host_uri, line)) || !(V_BSTR(&data[i]) = SysAllocString(wide)))
            hr = E_OUTOFMEMORY;
        else
            V_VT(&data[i]) = VT_BSTR;
        free(wide);
    }
    SafeArrayUnaccessData(array);
    vpcDiskImageClear(&image);
    if (FAILED(hr))
    {
        SafeArrayDestroy(array);
        return hr;
    }
    V_VT(out) = VT_ARRAY | VT_VARIANT;
    V_ARRAY(out) = array;
    return S_OK;
}
