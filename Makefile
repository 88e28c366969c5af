# FieldPlan — build, test and demo entry points. `make demo` and `make test` work on a fresh machine
# with Swift installed: missing system packages are installed first.

SWIFT ?= swift
SCENARIO ?= Scenarios/demo/next-day.json
STRATEGY ?= lns
TIME_LIMIT ?= 10
APT_PACKAGES := libglpk-dev libsqlite3-dev
# sudo only when not already root.
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: all deps build release test sanitize fuzz demo clean

all: build

## deps: install what is missing: the system libraries the package links (GLPK; SQLite for the service), and Python's
## jsonschema, which a test uses to check the bundled scenarios against docs/scenario.schema.json.
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet "jsonschema>=4.18"

## build: debug build of every target.
build: deps
	$(SWIFT) build

## release: optimised build of the command-line tool.
release: deps
	$(SWIFT) build -c release --product fieldplan

## test: the whole test suite (the runner's summary line closes the output). The PostgreSQL queue's tests need a
## server: scripts/postgres-test-server.sh installs Debian's postgresql if missing and starts one on 127.0.0.1:54329
## (data in .build-postgres/, idempotent); FIELDPLAN_REQUIRE_POSTGRES=1 makes those tests fail, never skip, without it.
test: deps
	@url="$$(bash scripts/postgres-test-server.sh start)" && \
		FIELDPLAN_TEST_POSTGRES_URL="$$url" FIELDPLAN_REQUIRE_POSTGRES=1 $(SWIFT) test

## sanitize: the whole test suite under ThreadSanitizer, then under AddressSanitizer with leak checks (each in its
## own build folder; timing allowances of tests scaled by 10), the PostgreSQL queue's tests included, as in `test`.
sanitize: deps
	@url="$$(bash scripts/postgres-test-server.sh start)" && \
		FIELDPLAN_TEST_POSTGRES_URL="$$url" FIELDPLAN_REQUIRE_POSTGRES=1 FIELDPLAN_TEST_TIME_SCALE=10 \
		$(SWIFT) test --sanitize=thread --scratch-path .build-tsan
	@url="$$(bash scripts/postgres-test-server.sh start)" && \
		FIELDPLAN_TEST_POSTGRES_URL="$$url" FIELDPLAN_REQUIRE_POSTGRES=1 FIELDPLAN_TEST_TIME_SCALE=10 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan

## fuzz: build the libFuzzer targets (Fuzz/, readers + model + validator + search only) with
## AddressSanitizer and run each for FUZZ_SECONDS (default 60); fails on any crash, hang, leak or
## broken promise. New corpus entries go to .build-fuzz/corpus, crashing inputs to .build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := scenario-json scenario-yaml solomon plan vroom csv-team csv-visits planning-config
fuzz: deps
	cd Fuzz && $(SWIFT) build -Xswiftc -sanitize=fuzzer,address
	@mkdir -p .build-fuzz
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$target; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		FUZZ_TARGET=$$target Fuzz/.build/debug/FieldPlanFuzz .build-fuzz/corpus/$$target Fuzz/Corpus/$$target \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=.build-fuzz/$$target- > .build-fuzz/$$target.log 2>&1 \
			|| { tail -n 60 .build-fuzz/$$target.log; echo "fuzz target $$target failed (input in .build-fuzz/)"; exit 1; }; \
		grep -E "^Done|number_of_executed_units" .build-fuzz/$$target.log; \
	done

## demo: plan the demo day and print the summary; the plan is written to out/demo-plan.json.
demo: release
	@mkdir -p out
	.build/release/fieldplan solve $(SCENARIO) --strategy $(STRATEGY) --time-limit $(TIME_LIMIT) --output out/demo-plan.json

## clean: remove build products and demo output.
clean:
	rm -rf .build .build-tsan .build-asan .build-fuzz Fuzz/.build out
