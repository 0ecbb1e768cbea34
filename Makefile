# Husly — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
RELEASE_DIR := build/release
HUSLY := $(RELEASE_DIR)/server/husly
PORT ?= 8080
DB ?= sqlite:var/husly.db

.PHONY: all deps server web build run test lint format bench fuzz clean

all: build

deps:
	@scripts/install-deps.sh

server: deps
	@cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUSLY_TESTS=OFF >/dev/null
	@cmake --build $(RELEASE_DIR) --target husly

web: deps
	@cd web && npm run --silent build

build: server web

# Builds everything and starts Husly on http://127.0.0.1:$(PORT) with demo data (SQLite).
run: build
	@mkdir -p var
	@$(HUSLY) demo --db $(DB) 2>/dev/null
	@echo
	@$(HUSLY) serve --db $(DB) --port $(PORT) --web-root web/dist

# Everything: formatting, sanitizer build, clang-tidy, unit/store/API tests on SQLite and
# PostgreSQL, and the browser tests in Chromium on both databases.
test: deps
	@scripts/test.sh

lint:
	@scripts/test.sh --lint-only

format:
	@clang-format -i $$(git ls-files 'server/*.cpp' 'server/*.hpp' 'bench/*.cpp')
	@cd web && npx prettier --write src e2e playwright.config.ts

# Benchmarks (bench/README.md): national-scale data, load and report timings in one run.
# SCALE=x10 measures ten times the country; FRESH=1 remakes the generated database.
bench: deps
	@cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUSLY_TESTS=OFF -DHUSLY_BENCH=ON >/dev/null
	@cmake --build build/bench --target husly husly_load husly_letter_bench
	@build/bench/bench/husly_letter_bench
	@bench/run.sh

# Fuzzing (fuzz/README.md): each libFuzzer target for FUZZ_SECONDS (default 300) with ASan + UBSan.
FUZZ_SECONDS ?= 300
fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf build test-output web/dist
