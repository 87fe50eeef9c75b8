#!/usr/bin/env bash
# Builds bench_sampling and runs it: sampling and assigning from 1,000,000 generated conversations.
#
#   tests/bench/run-sampling-bench.sh [--build-dir DIR] [bench_sampling options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_sampling, e.g. --count 1000000 --repeat 3 --workdir /tmp/qawb-sampling --reuse; see bench_sampling --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

cmake --build "$build" --target bench_sampling -j "$(nproc)"
exec "$build/tests/bench/bench_sampling" "${args[@]+"${args[@]}"}"
