#!/usr/bin/env bash
# Builds bench_import and runs it: QA Workbench's importer against the sqlite3 shell importing the same rows.
#
#   tests/bench/run-import-bench.sh [--build-dir DIR] [bench_import options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_import, e.g. --count 100000 --repeat 3 --workdir /tmp/qawb-bench --reuse; see bench_import --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="build"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir)
        build="$2"
        shift 2
        ;;
    --build-dir=*)
        build="${1#--build-dir=}"
        shift
        ;;
    *)
        args+=("$1")
        shift
        ;;
    esac
done
case "$build" in
/*) ;;
*) build="$root/$build" ;;
esac

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQAWB_BUILD_BENCH=ON
elif ! grep -q '^QAWB_BUILD_BENCH:BOOL=ON' "$build/CMakeCache.txt"; then
    cmake -S "$root" -B "$build" -DQAWB_BUILD_BENCH=ON
fi
if grep -q '^CMAKE_BUILD_TYPE:STRING=Debug' "$build/CMakeCache.txt"; then
    echo "run-import-bench: warning: $build is a Debug build; its figures mean little" >&2
fi
cmake --build "$build" --target bench_import -j "$(nproc)"
exec "$build/tests/bench/bench_import" "${args[@]+"${args[@]}"}"
