#!/usr/bin/env bash
# Builds bench_import and runs it: QA Workbench's importer against the sqlite3 shell importing the same rows.
#
#   tests/bench/run-import-bench.sh [--build-dir DIR] [bench_import options...]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). Every other argument goes
# to bench_import, e.g. --count 100000 --repeat 3 --workdir /tmp/qawb-bench --reuse; see bench_import --help.
# Benchmarks are not part of ctest: run this on demand, on a quiet machine, and quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

cmake --build "$build" --target bench_import -j "$(nproc)"
exec "$build/tests/bench/bench_import" "${args[@]+"${args[@]}"}"
