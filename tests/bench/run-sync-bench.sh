#!/usr/bin/env bash
# Builds bench_sync and runs it: pushing 1,000 evaluations and pulling 10,000 conversations through a shared store.
#
#   tests/bench/run-sync-bench.sh [--build-dir DIR] [bench_sync options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_sync, e.g. --evaluations 1000 --conversations 10000 --repeat 3; see bench_sync --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

cmake --build "$build" --target bench_sync -j "$(nproc)"
exec "$build/tests/bench/bench_sync" "${args[@]+"${args[@]}"}"
