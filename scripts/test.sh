#!/usr/bin/env bash
# make test: everything, on both databases. Prints "husly: N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
TEST_DIR=build/test
RELEASE_DIR=build/release
mkdir -p test-output/screenshots
step() { printf '\n==> %s\n' "$*"; }

step "Formatting (clang-format, prettier)"
clang-format --dry-run --Werror $(git ls-files 'server/*.cpp' 'server/*.hpp' 'bench/*.cpp')
(cd web && npx --no-install prettier --check src e2e playwright.config.ts >/dev/null)

step "Test build: warnings as errors, ASan + UBSan"
cmake -S . -B "$TEST_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHUSLY_SANITIZE=ON -DHUSLY_WERROR=ON \
  -DHUSLY_TESTS=ON >/dev/null
cmake --build "$TEST_DIR"

step "clang-tidy"
git ls-files 'server/src/*.cpp' | xargs -P "$(nproc)" -n 4 clang-tidy-19 -p "$TEST_DIR" --quiet

[ "${1:-}" = "--lint-only" ] && exit 0

step "PostgreSQL 15 on loopback"
export HUSLY_TEST_PG_URL
HUSLY_TEST_PG_URL=$(scripts/test-postgres.sh start)
trap 'scripts/test-postgres.sh stop' EXIT
export HUSLY_TEST_REQUIRE_PG=1

step "Unit, store and API tests (SQLite and PostgreSQL)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
ctest --test-dir "$TEST_DIR" --output-on-failure -j "$(nproc)" | tee test-output/ctest.log
ctest_summary=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" test-output/ctest.log)
ctest_total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$ctest_summary")
ctest_failed=$(sed -E 's/.*passed, ([0-9]+) tests failed.*/\1/' <<<"$ctest_summary")

step "Fuzzing, briefly (libFuzzer, ASan + UBSan; make fuzz runs longer)"
scripts/fuzz.sh "${HUSLY_FUZZ_SECONDS:-15}" | tee test-output/fuzz.log
fuzz_targets=$(grep -oE "^fuzz: [0-9]+ targets" test-output/fuzz.log | grep -oE "[0-9]+" || echo 0)

step "Release build and web app"
cmake -S . -B "$RELEASE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUSLY_TESTS=OFF >/dev/null
cmake --build "$RELEASE_DIR" --target husly
(cd web && npm run --silent build >/dev/null)

step "Browser tests in Chromium (SQLite and PostgreSQL)"
(cd web && npx --no-install playwright test) | tee test-output/playwright.log
e2e_passed=$(grep -oE "^\s+[0-9]+ passed" test-output/playwright.log | grep -oE "[0-9]+" || echo 0)

passed=$((ctest_total - ctest_failed + e2e_passed + fuzz_targets))
echo
echo "Screenshots: test-output/screenshots/"
echo "husly: ${passed} passed, ${ctest_failed} failed"
