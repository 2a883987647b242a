# TAP for the shell tests: expect DESCRIPTION TEST prints "ok N - ..." or
# "not ok N - ...", TEST being shell code, evaluated.
#
# Copyright 2026 the wine-vpc authors
#
# This library is free software; you can redistribute it and/or
# modify it under the terms of the GNU Lesser General Public
# License as published by the Free Software Foundation; either
# version 2.1 of the License, or (at your option) any later version.

n=0

expect() {
    n=$((n + 1))
    if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fi
}

# same FILE TEXT: FILE holds exactly TEXT; else the difference goes to
# stderr, as TAP comments.
same() {
    if [ "$(cat "$1")" = "$2" ]; then
        return 0
    fi
    diff <(printf '%s\n' "$2") "$1" | sed 's/^/# /' >&2
    return 1
}

# result DESCRIPTION STATUS: one TAP line for a check already made, STATUS
# 0 for a pass.
result() {
    n=$((n + 1))
    if [ "$2" -eq 0 ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; fi
}

# selected FILE: WINE_VPC_TEST_ONLY=GLOB keeps the tests whose file name
# (without extension) matches, e.g. 'backend' or 'lifecycle-*'.
selected() {
    local name
    name=$(basename "$1")
    name=${name%.*}
    # shellcheck disable=SC2053
    [[ $name == ${WINE_VPC_TEST_ONLY:-*} ]]
}
