# Integration Studio — the two commands: `make run` and `make test`.
# Everything else here is what those two are made of.

SHELL := /bin/bash
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD_LOCK := build/.lock
# Several builds of one tree must not run Ninja in the same folder at once.
LOCKED = mkdir -p build && flock $(BUILD_LOCK)

.PHONY: all deps configure build build-headless run test test-asan update_translations format format-check clean

all: build

deps:
	@./packaging/install-deps.sh

build/dev/build.ninja:
	@$(LOCKED) cmake --preset dev >/dev/null

build/headless/build.ninja:
	@$(LOCKED) cmake --preset headless -DSTUDIO_BUILD_TESTS=OFF >/dev/null

build/asan/build.ninja:
	@$(LOCKED) cmake --preset asan >/dev/null

configure: deps build/dev/build.ninja

build: configure
	@$(LOCKED) cmake --build --preset dev -j $(JOBS) $(if $(TARGET),--target $(TARGET)) -- -k 0

build-headless: deps build/headless/build.ninja
	@$(LOCKED) cmake --build --preset headless -j $(JOBS)

update_translations: configure
	@$(LOCKED) cmake --build --preset dev --target update_translations >/dev/null

run: build
	./build/dev/app/integration-studio --demo

test: deps build build-headless update_translations
	@./tests/with-keyring.sh ctest --preset dev -j $(JOBS) $(if $(CTEST_ARGS),$(CTEST_ARGS))

test-asan: deps build/asan/build.ninja
	@$(LOCKED) cmake --build --preset asan -j $(JOBS)
	@./tests/with-keyring.sh ctest --preset asan -j $(JOBS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf build
