#!/usr/bin/env bash
# The two quick-start commands of the README, and what CI runs.
#   installer/dev.sh run [ARGS...]  install what is missing, build, open QA Workbench (demo queue on first start)
#   installer/dev.sh test           install what is missing, build, run the whole test suite (then again under
#                                   AddressSanitizer + UndefinedBehaviorSanitizer unless QAWB_SKIP_ASAN=1)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

"$here/install-deps.sh"

jobs=${QAWB_JOBS:-2}

build() { # preset
    cmake --preset "$1"
    cmake --build --preset "$1" -j "$jobs"
}

case "${1:-}" in
run)
    shift
    build default
    exec "$root/build/app/qa-workbench" "$@"
    ;;
test)
    build default
    ctest --preset default
    if [ "${QAWB_SKIP_ASAN:-0}" != 1 ]; then
        build asan
        ctest --preset asan
    fi
    ;;
*)
    echo "usage: $0 run [qa-workbench options] | test" >&2
    exit 2
    ;;
esac
