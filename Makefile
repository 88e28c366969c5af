# FieldPlan — build, test and demo entry points. `make demo` and `make test` work on a fresh machine
# with Swift installed: missing system packages are installed first.

SWIFT ?= swift
SCENARIO ?= Scenarios/demo/next-day.json
STRATEGY ?= lns
TIME_LIMIT ?= 10
APT_PACKAGES := libglpk-dev
# sudo only when not already root.
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: all deps build release test demo clean

all: build

## deps: install what is missing: the system libraries the package links (GLPK), and Python's
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

## test: the whole test suite (the runner's summary line closes the output).
test: deps
	$(SWIFT) test

## demo: plan the demo day and print the summary; the plan is written to out/demo-plan.json.
demo: release
	@mkdir -p out
	.build/release/fieldplan solve $(SCENARIO) --strategy $(STRATEGY) --time-limit $(TIME_LIMIT) --output out/demo-plan.json

## clean: remove build products and demo output.
clean:
	rm -rf .build out
