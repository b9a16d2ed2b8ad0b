# Integration Studio — the two commands: `make run` and `make test`.
# Everything else here is what those two are made of.

SHELL := /bin/bash
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD_LOCK := build/.lock
# Several builds of one tree must not run Ninja in the same folder at once.
LOCKED = mkdir -p build && flock $(BUILD_LOCK)

# Test peers from npm (graphql-js server, newman): each tests/<area>/package.json gets `npm ci`.
NODE_PROJECTS := $(patsubst %/package.json,%,$(wildcard tests/*/package.json))

.PHONY: all deps node-deps configure build build-headless run test test-asan update_translations format format-check clean

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

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf build
