#!/usr/bin/env bash
# Builds bench_indicators and runs it: indicator monitoring over 100,000 generated conversations.
#
#   tests/bench/run-indicators-bench.sh [--build-dir DIR] [bench_indicators options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_indicators, e.g. --count 100000 --repeat 7 --workdir /tmp/qawb-indicators --reuse;
# see bench_indicators --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

cmake --build "$build" --target bench_indicators -j "$(nproc)"
exec "$build/tests/bench/bench_indicators" "${args[@]+"${args[@]}"}"
