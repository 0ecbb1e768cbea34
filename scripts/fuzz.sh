#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS seconds (default
# 60; make test uses 10) from the seed corpus in fuzz/corpus/TARGET. New inputs go to
# build/fuzz/work/TARGET, crashes to test-output/fuzz/. Prints executions per target and in all.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
#        scripts/fuzz.sh --build-only    (make test builds beside the tests, then runs with
#                                         HUSLY_FUZZ_BUILT=1 so the build is not checked twice)
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=
if [ "${1:-}" = --build-only ]; then build_only=1; shift; fi
seconds=${1:-60}
shift || true
build=build/fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_api fuzz_http_query fuzz_json_body fuzz_identity_number fuzz_dates fuzz_survey)

if [ -z "${HUSLY_FUZZ_BUILT:-}" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-19 \
    -DHUSLY_FUZZ=ON >/dev/null
  cmake --build "$build" --target "${targets[@]}"
fi
[ -z "$build_only" ] || exit 0

mkdir -p test-output/fuzz
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
total=0
for target in "${targets[@]}"; do
  work="$build/work/$target"
  mkdir -p "$work" "fuzz/corpus/$target"
  log="test-output/fuzz/$target.log"
  if ! "$build/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="test-output/fuzz/$target-" "$work" "fuzz/corpus/$target" >"$log" 2>&1; then
    echo "FUZZ FAILED: $target (input saved in test-output/fuzz/, log $log)"
    # The end of the log holds the finding (coverage lines left out); a failed grep or a short
    # read must not hide it, so neither may end the script before it is printed.
    grep -vE "NEW_FUNC|^#[0-9]+" "$log" | tail -60 || true
    exit 1
  fi
  runs=$(grep -oE "stat::number_of_executed_units: [0-9]+" "$log" | grep -oE "[0-9]+$")
  corpus=$(ls "$work" "fuzz/corpus/$target" | wc -l)
  printf '  %-22s %10s executions in %ss (%s inputs in the corpus)\n' "$target" "$runs" "$seconds" "$corpus"
  total=$((total + runs))
done
echo "fuzz: ${#targets[@]} targets, $total executions, no crash"
