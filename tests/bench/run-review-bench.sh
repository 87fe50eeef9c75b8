#!/usr/bin/env bash
# Builds and runs the review workspace benchmarks: waveform peaks of a 60-minute recording against sox
# (bench_waveform), then opening a call and probing the UI thread while recordings decode (bench_review).
#
#   tests/bench/run-review-bench.sh [--build-dir DIR] [--workdir DIR] [--repeat N]
#
# DIR defaults to "build" (configured RelWithDebInfo with Ninja if it does not exist yet). --workdir keeps the
# generated recordings between runs (default: temporary folders). Installs sox (the reference, and the Ogg encoder)
# if it is missing. Run on a quiet machine; quote ratios rather than seconds.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench-build.sh"
bench_build_setup "$@"

workdir=()
repeat=()
set -- "${args[@]+"${args[@]}"}"
while [ $# -gt 0 ]; do
    case "$1" in
    --workdir) workdir=(--workdir "$2"); shift 2 ;;
    --repeat) repeat=(--repeat "$2"); shift 2 ;;
    *) echo "run-review-bench: unknown option $1" >&2; exit 2 ;;
    esac
done

if ! command -v sox >/dev/null 2>&1; then
    echo "run-review-bench: installing sox" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get install -y sox libsox-fmt-all || { $sudo apt-get update && $sudo apt-get install -y sox libsox-fmt-all; }
fi

cmake --build "$build" --target bench_waveform bench_review -j "$(nproc)"
echo "## Waveform peaks of a 60-minute recording"
"$build/tests/bench/bench_waveform" --minutes 60 "${workdir[@]+"${workdir[@]}"}" 2>/dev/null
echo
"$build/tests/bench/bench_review" "${workdir[@]+"${workdir[@]}"}" "${repeat[@]+"${repeat[@]}"}" 2>/dev/null
