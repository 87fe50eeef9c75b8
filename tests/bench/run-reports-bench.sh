#!/usr/bin/env bash
# Builds bench_reports and runs it: the QA reports over 1,000,000 generated submitted evaluations.
#
#   tests/bench/run-reports-bench.sh [--build-dir DIR] [bench_reports options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_reports, e.g. --count 1000000 --repeat 5 --workdir /tmp/qawb-reports --reuse; see bench_reports --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

cmake --build "$build" --target bench_reports -j "$(nproc)"
exec "$build/tests/bench/bench_reports" "${args[@]+"${args[@]}"}"
