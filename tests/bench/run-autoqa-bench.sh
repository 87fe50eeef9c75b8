#!/usr/bin/env bash
# Builds bench_autoqa and runs it: QA Workbench's auto-QA phrase pipeline (normalisation + matching + span mapping)
# against ripgrep and GNU grep on the same text and phrases.
#
#   tests/bench/run-autoqa-bench.sh [--build-dir DIR] [bench_autoqa options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_autoqa, e.g. --size-mb 300 --phrases 1000,10000 --repeat 3 --workdir /tmp/qawb-autoqa-bench --reuse; see
# bench_autoqa --help. Installs ripgrep (Debian package "ripgrep") if rg is missing; grep is always there.
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

if ! command -v rg >/dev/null 2>&1; then
    echo "run-autoqa-bench: installing ripgrep" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get install -y ripgrep || { $sudo apt-get update && $sudo apt-get install -y ripgrep; }
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQAWB_BUILD_BENCH=ON
elif ! grep -q '^QAWB_BUILD_BENCH:BOOL=ON' "$build/CMakeCache.txt"; then
    cmake -S "$root" -B "$build" -DQAWB_BUILD_BENCH=ON
fi
if grep -q '^CMAKE_BUILD_TYPE:STRING=Debug' "$build/CMakeCache.txt"; then
    echo "run-autoqa-bench: warning: $build is a Debug build; its figures mean little" >&2
fi
cmake --build "$build" --target bench_autoqa -j "$(nproc)"
exec "$build/tests/bench/bench_autoqa" "${args[@]+"${args[@]}"}"
