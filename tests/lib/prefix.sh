# A Wine prefix of a test's own, with wine-vpc set up: a copy of the
# template tests/run-all made (creating one takes tens of seconds), or a
# new one when run alone.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

# private_prefix DIR: sets WINEPREFIX to DIR, ready to use.
private_prefix() {
    export WINEPREFIX=$1
    if [ -n "${WINE_VPC_PREFIX_TEMPLATE:-}" ] && [ -d "$WINE_VPC_PREFIX_TEMPLATE" ]; then
        cp -a "$WINE_VPC_PREFIX_TEMPLATE" "$WINEPREFIX"
    else
        "$builddir/tools/wine-vpc" setup >/dev/null 2>&1
    fi
}
