#!/usr/bin/env bash
# Builds bench_search and runs it: the case library's search over 100,000 generated chats.
#
#   tests/bench/run-search-bench.sh [--build-dir DIR] [bench_search options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_search, e.g. --count 100000 --repeat 7 --workdir /tmp/qawb-search --reuse; see bench_search --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

cmake --build "$build" --target bench_search -j "$(nproc)"
exec "$build/tests/bench/bench_search" "${args[@]+"${args[@]}"}"
