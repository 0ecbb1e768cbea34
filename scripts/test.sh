#!/usr/bin/env bash
# make test: everything, on both databases. Prints each step's time and
# "husly: N passed, N failed" at the end.
#   scripts/test.sh              everything
#   scripts/test.sh --lint-only  formatting, the test build and clang-tidy
set -euo pipefail
cd "$(dirname "$0")/.."
TEST_DIR=build/test
mkdir -p test-output/screenshots

# The compiler cache is shared by every clone on the machine, wherever it lives.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1

step_names=()
step_seconds=()
step_started=0
run_started=$SECONDS
end_step() {
  if [ ${#step_names[@]} -gt ${#step_seconds[@]} ]; then step_seconds+=($((SECONDS - step_started))); fi
}
step() {
  end_step
  step_names+=("$*")
  step_started=$SECONDS
  printf '\n==> %s\n' "$*"
}
print_times() {
  end_step
  echo
  echo "Time per step:"
  for i in "${!step_names[@]}"; do
    printf '  %5ss  %s\n' "${step_seconds[$i]:-?}" "${step_names[$i]}"
  done
  printf '  %5ss  in all\n' "$((SECONDS - run_started))"
}
cleanup() {
  local status=$?
  # A run that stops early stops clang-tidy too (its own process group).
  [ -n "${tidy_pid:-}" ] && kill -- -"$tidy_pid" 2>/dev/null
  [ -n "${fuzz_build_pid:-}" ] && kill -- -"$fuzz_build_pid" 2>/dev/null
  print_times
  [ -n "${HUSLY_TEST_PG_URL:-}" ] && scripts/test-postgres.sh stop
  exit $status
}
trap cleanup EXIT

step "Formatting (clang-format, prettier)"
clang-format --dry-run --Werror $(git ls-files 'server/*.cpp' 'server/*.hpp' 'bench/*.cpp')
(cd web && npx --no-install prettier --check src e2e scripts playwright.config.ts >/dev/null)

step "Test build: warnings as errors, ASan + UBSan"
cmake -S . -B "$TEST_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHUSLY_SANITIZE=ON -DHUSLY_WERROR=ON \
  -DHUSLY_TESTS=ON >/dev/null
cmake --build "$TEST_DIR"

if [ "${1:-}" = "--lint-only" ]; then
  step "clang-tidy (files changed since their last clean check)"
  scripts/tidy.sh "$TEST_DIR"
  exit 0
fi

# clang-tidy runs beside the tests, at lower priority, in its own process group: the tests leave
# the cores idle while servers start, wait and sleep, and a change to a header that every file
# includes sends all of them back to clang-tidy (about 15 minutes on 2 cores). Collected last.
tidy_log=test-output/clang-tidy.log
setsid bash -c 'started=$SECONDS; nice -n 10 scripts/tidy.sh "$1"; status=$?
  echo "clang-tidy: $((SECONDS - started)) s beside the tests"; exit $status' _ "$TEST_DIR" >"$tidy_log" 2>&1 &
tidy_pid=$!
# The fuzz targets' build (clang, every library again) likewise, collected before they run.
fuzz_build_log=test-output/fuzz-build.log
setsid nice -n 10 scripts/fuzz.sh --build-only >"$fuzz_build_log" 2>&1 &
fuzz_build_pid=$!

step "PostgreSQL 15 on loopback"
export HUSLY_TEST_PG_URL
HUSLY_TEST_PG_URL=$(scripts/test-postgres.sh start)
export HUSLY_TEST_REQUIRE_PG=1

step "Unit, store and API tests (SQLite and PostgreSQL)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
# The test client records every response it receives (server/tests/support/http_client.cpp)…
export HUSLY_TEST_RESPONSES_DIR=$PWD/test-output/responses
rm -rf "$HUSLY_TEST_RESPONSES_DIR" && mkdir -p "$HUSLY_TEST_RESPONSES_DIR"
ctest --test-dir "$TEST_DIR" --output-on-failure -j "$(nproc)" | tee test-output/ctest.log
unset HUSLY_TEST_RESPONSES_DIR
ctest_summary=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" test-output/ctest.log)
ctest_total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$ctest_summary")
ctest_failed=$(sed -E 's/.*passed, ([0-9]+) tests failed.*/\1/' <<<"$ctest_summary")
sed -n '/Total Test time/p' test-output/ctest.log

# …and every one is checked against the API description: status, content type and JSON body.
step "Responses against openapi.json"
# The check's own tests first (web/scripts/check-responses.test.mjs): it fails on each kind of
# difference, so a check that silently passes everything cannot slip in.
(cd web && npm run --silent test:scripts) >test-output/check-responses-tests.log 2>&1 ||
  { cat test-output/check-responses-tests.log; exit 1; }
(cd web && npm run --silent check:responses -- ../test-output/responses) | tee test-output/responses.log

step "Fuzzing, briefly (libFuzzer, ASan + UBSan; make fuzz runs longer)"
fuzz_build_status=0
wait "$fuzz_build_pid" || fuzz_build_status=$?
fuzz_build_pid=
[ "$fuzz_build_status" -eq 0 ] || { tail -60 "$fuzz_build_log"; exit 1; }
HUSLY_FUZZ_BUILT=1 scripts/fuzz.sh "${HUSLY_FUZZ_SECONDS:-10}" | tee test-output/fuzz.log
fuzz_targets=$(grep -oE "^fuzz: [0-9]+ targets" test-output/fuzz.log | grep -oE "[0-9]+" || echo 0)

step "Web app: build, import cycles, unit tests (vitest, with the tables in shared/)"
(cd web && npm run --silent build >/dev/null)
(cd web && npm run --silent check:cycles)
(cd web && npx --no-install vitest run --reporter=dot) | tee test-output/vitest.log
unit_passed=$(sed 's/\x1b\[[0-9;]*m//g' test-output/vitest.log | grep -oE "Tests +[0-9]+ passed" | grep -oE "[0-9]+" || echo 0)

# The browser tests drive the sanitizer build of the server, so every flow they walk is also
# checked by ASan and UBSan; make run builds the release binary.
step "Browser tests in Chromium (SQLite and PostgreSQL)"
export HUSLY_BIN=$PWD/$TEST_DIR/server/husly
(cd web && npx --no-install playwright test) | tee test-output/playwright.log
e2e_passed=$(grep -oE "^\s+[0-9]+ passed" test-output/playwright.log | grep -oE "[0-9]+" || echo 0)
journeys=$(grep -E "^acute (family|intake)" test-output/playwright.log | sort -u || true)

# Last: clang-tidy's result (it has run beside the tests since the build), so test failures
# show first.
step "clang-tidy (beside the tests since the build: files changed since their last clean check)"
tidy_status=0
wait "$tidy_pid" || tidy_status=$?
tidy_pid=
grep -v "warnings generated" "$tidy_log" || true
[ "$tidy_status" -eq 0 ]

passed=$((ctest_total - ctest_failed + 1 + e2e_passed + fuzz_targets + unit_passed)) # 1: the responses check
echo
echo "Journeys measured in the browser (per database):"
echo "${journeys}"
echo "Screenshots: test-output/screenshots/"
echo "husly: ${passed} passed, ${ctest_failed} failed"
