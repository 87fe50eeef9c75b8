# Shared by the run-*-bench.sh scripts (sourced, not run): --build-dir handling and a bench-enabled build.
# After `bench_build_setup "$@"`: $root is the repository, $build the build folder (configured with benchmarks on),
# and the args array holds every other argument for the benchmark itself.

bench_build_setup() {
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
        echo "$(basename "$0"): warning: $build is a Debug build; its figures mean little" >&2
    fi
}
