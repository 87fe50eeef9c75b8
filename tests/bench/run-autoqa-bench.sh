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

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

if ! command -v rg >/dev/null 2>&1; then
    echo "run-autoqa-bench: installing ripgrep" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get install -y ripgrep || { $sudo apt-get update && $sudo apt-get install -y ripgrep; }
fi

cmake --build "$build" --target bench_autoqa -j "$(nproc)"
exec "$build/tests/bench/bench_autoqa" "${args[@]+"${args[@]}"}"
