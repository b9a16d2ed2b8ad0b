# Integration Studio — the two commands: `make run` and `make test`.
# Everything else here is what those two are made of.

SHELL := /bin/bash
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD_LOCK := build/.lock
# Several builds of one tree must not run Ninja in the same folder at once.
LOCKED = mkdir -p build && flock $(BUILD_LOCK)

# Test peers from npm (graphql-js server, newman): each tests/<area>/package.json gets `npm ci`.
NODE_PROJECTS := $(patsubst %/package.json,%,$(wildcard tests/*/package.json))

.PHONY: all deps node-deps configure build build-headless run test test-asan update_translations format format-check clean \
	bench bench-build

all: build

deps:
	@./packaging/install-deps.sh

node-deps:
	@for d in $(NODE_PROJECTS); do \
	  if [ ! -d "$$d/node_modules" ] || [ "$$d/package-lock.json" -nt "$$d/node_modules" ]; then \
	    echo "npm ci in $$d"; npm ci --prefix "$$d" --no-audit --no-fund --loglevel=error >/dev/null || exit 1; \
	    touch "$$d/node_modules"; \
	  fi; \
	done

build/dev/build.ninja:
	@$(LOCKED) cmake --preset dev >/dev/null

build/headless/build.ninja:
	@$(LOCKED) cmake --preset headless -DSTUDIO_BUILD_TESTS=OFF >/dev/null

build/asan/build.ninja:
	@$(LOCKED) cmake --preset asan >/dev/null

build/release/build.ninja:
	@$(LOCKED) cmake --preset release >/dev/null

configure: deps build/dev/build.ninja

build: configure
	@$(LOCKED) cmake --build --preset dev -j $(JOBS) $(if $(TARGET),--target $(TARGET)) -- -k 0

build-headless: deps build/headless/build.ninja
	@$(LOCKED) cmake --build --preset headless -j $(JOBS)

update_translations: configure
	@$(LOCKED) cmake --build --preset dev --target update_translations >/dev/null

run: build
	./build/dev/app/integration-studio --demo

test: deps node-deps build build-headless update_translations
	@./tests/with-keyring.sh ctest --preset dev -j $(JOBS) $(if $(CTEST_ARGS),$(CTEST_ARGS))

test-asan: deps build/asan/build.ninja
	@$(LOCKED) cmake --build --preset asan -j $(JOBS)
	@./tests/with-keyring.sh ctest --preset asan -j $(JOBS)

# Benchmarks: not part of `make test`. Built with the release preset (optimised, RelWithDebInfo); each prints what it
# measured, medians, its peer's numbers from the same run, the ratio and whether the aim was met.
# `make bench BENCH=log` runs one (log net sandbox logbrowser viewer); BENCH_DIR keeps the 1,000,000-entry logs
# between runs (building one takes a few minutes).
BENCH ?= log net sandbox logbrowser viewer
BENCH_DIR ?= build/bench-data
BENCH_TARGETS := bench_log bench_net integration-studio
ifneq ($(filter logbrowser,$(BENCH)),)
BENCH_TARGETS += bench_logbrowser
endif
ifneq ($(filter viewer,$(BENCH)),)
BENCH_TARGETS += bench_viewer
endif

bench-build: deps build/release/build.ninja
	@STUDIO_BENCH_DEPS=1 ./packaging/install-deps.sh
	@$(LOCKED) cmake --build --preset release -j $(JOBS) --target $(BENCH_TARGETS)

bench: bench-build
	@mkdir -p $(BENCH_DIR)/log $(BENCH_DIR)/logbrowser
	@set -e; for b in $(BENCH); do \
	  echo; echo "== $$b ($$(date -u +%FT%TZ), load average $$(cut -d' ' -f1-3 /proc/loadavg))"; \
	  case $$b in \
	    log) ./build/release/tests/bench/bench_log --dir $(BENCH_DIR)/log ;; \
	    net) ./build/release/tests/bench/bench_net ;; \
	    sandbox) ./tests/bench/bench_sandbox.sh build/release ;; \
	    logbrowser) ./build/release/tests/bench/bench_logbrowser --dir $(BENCH_DIR)/logbrowser ;; \
	    viewer) ./build/release/tests/bench/bench_viewer ;; \
	    *) echo "unknown benchmark $$b (log net sandbox logbrowser viewer)"; exit 2 ;; \
	  esac; \
	done

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf build
