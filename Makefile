# Prospectus — the two commands a fresh Debian machine needs:
#   make site   install libcmark-dev if missing, build in release mode, render Content/ into Output/
#   make test   the whole test suite, plus a strict check of the sample Content in both editions (no warnings allowed),
#               a check of the binary's command line (scripts/tests/command-line.sh),
#               and a quick self-test of the benchmark scripts

SWIFT   ?= swift
CONTENT ?= Content
THEME   ?= Theme
OUTPUT  ?= Output
RELEASE := .build/release/prospectus
AUDIT   ?= ../shared/tools/site-audit
# The folder that keeps the history behind What's new (default: Content/history); see docs/hosting.md.
HISTORY ?=
HISTORY_OPTION := $(if $(HISTORY),--history "$(HISTORY)")

.PHONY: site test deps build check audit browser-test clean

# libcmark-dev (and pkg-config, which SwiftPM uses to find it) from Debian, only when missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null || [ ! -f /usr/include/cmark.h ]; then \
		scripts/apt-install.sh libcmark-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product prospectus

site: build
	$(RELEASE) build --content $(CONTENT) --theme $(THEME) --output $(OUTPUT) $(HISTORY_OPTION)

# The live-preview tests run on their own and one at a time: each serves HTTP from Swift's shared task
# pool (two threads on a 2-core machine), which the CPU-heavy fuzz and build tests, or other preview
# servers building their sites, would otherwise keep busy: in parallel, a server's 0.5 s idle timeout
# was sometimes not acted on for 20 s (2 runs in 9); one at a time they pass, in half the time.
test: deps
	scripts/tests/install-steps.sh
	$(SWIFT) test --skip PreviewTests
	$(SWIFT) test --filter PreviewTests --no-parallel
	$(SWIFT) run -c debug prospectus check --strict --content $(CONTENT)
	$(SWIFT) run -c debug prospectus check --strict --edition partners --content $(CONTENT)
	scripts/tests/command-line.sh "$$($(SWIFT) build -c debug --show-bin-path)/prospectus"
	bench/self-test.sh "$$($(SWIFT) build -c debug --show-bin-path)/prospectus"

check: build
	$(RELEASE) check --content $(CONTENT) $(HISTORY_OPTION)

# The second, realistic content set (examples/realistic-offer: long titles, cohorts, untimed online
# courses, invitation-only places, prices by kind of school, recurring dates), checked strict and built
# into a scratch folder, never Output/. Its history is kept in a scratch copy, so the build changes
# nothing in the repository. `make example-site EXAMPLE_OUTPUT=/tmp/x` to choose the folder.
EXAMPLE_CONTENT ?= examples/realistic-offer/Content
EXAMPLE_OUTPUT  ?= .build/example-site
.PHONY: example-site
example-site: build
	$(RELEASE) check --strict --content $(EXAMPLE_CONTENT)
	rm -rf "$(EXAMPLE_OUTPUT).history" && mkdir -p "$(EXAMPLE_OUTPUT).history" && cp -R $(EXAMPLE_CONTENT)/history/. "$(EXAMPLE_OUTPUT).history/"
	$(RELEASE) build --content $(EXAMPLE_CONTENT) --theme $(THEME) --output "$(EXAMPLE_OUTPUT)" --history "$(EXAMPLE_OUTPUT).history"

# The CPD lead's report of the sample (docs/report.md) into Report/ (ignored by git).
REPORT ?= Report
.PHONY: report
report: build
	$(RELEASE) report --content $(CONTENT) --theme $(THEME) --output $(REPORT)

# The site audit (HTML validity, accessibility, links, data files) on the built sample site.
audit: site
	$(AUDIT) $(OUTPUT)/ --all

# Browser tests of the scripts (filters, search, My plan, keyboard, pages without JavaScript) in
# headless Chromium with Selenium, from the site audit's venv, against the freshly built site
# (Tests/Browser/, about half a minute). Exit 2 from the tests (no venv, Chromium or chromedriver
# here) is a warning, not a failure; a failed test fails.
BROWSER_TESTS ?= Tests/Browser/run
browser-test: site
	@status=0; $(BROWSER_TESTS) $(OUTPUT) || status=$$?; \
	case $$status in \
		0) ;; \
		2) echo "warning: the browser tests could not run here (exit 2); skipped" >&2 ;; \
		*) exit 1 ;; \
	esac

# The browser tests of a large offer (Tests/Browser/test_large.py: search from its pieces, the
# filters across the courses index's pages, What's on in pages): 1,000 synthetic courses from
# bench/generate.py, built into a scratch folder.
LARGE_COURSES ?= 1000
LARGE_SITE    ?= .build/large-site
.PHONY: browser-test-large
browser-test-large: build
	rm -rf "$(LARGE_SITE).content" && python3 bench/generate.py --courses $(LARGE_COURSES) --out "$(LARGE_SITE).content"
	$(RELEASE) build --content "$(LARGE_SITE).content" --theme $(THEME) --output "$(LARGE_SITE)" --history "$(LARGE_SITE).history"
	@status=0; $(BROWSER_TESTS) $(LARGE_SITE) || status=$$?; \
	case $$status in \
		0) ;; \
		2) echo "warning: the browser tests could not run here (exit 2); skipped" >&2 ;; \
		*) exit 1 ;; \
	esac

clean:
	rm -rf .build $(OUTPUT)

# Benchmark: the README's Performance tables in one run. Full builds of synthetic offers (1,000 /
# 5,000 / 20,000 courses) against Hugo and a cmark + cp floor, on a RAM disk (/dev/shm), then page
# weight and edit times in serve; installs hugo and cmark with apt when missing. Results in
# bench/out/results.md. `make bench BENCH_N=1000` for a quick run; BENCH_ARGS for bench/run's options,
# e.g. BENCH_ARGS="--also-disk /var/tmp" for disk rows too, "--no-serve" (bench/run --help).
.PHONY: bench
BENCH_N ?=
BENCH_ARGS ?=
bench: build
	bench/run $(BENCH_ARGS) $(BENCH_N)

# Publish: build the site, then copy Output/ to the folder a web server (or file share) serves, swapped
# in one step so visitors never see a half-copied site. `make publish DEST=/srv/www/cpd` (HISTORY=… where the
# server keeps the history, as its scheduled rebuild does); see docs/hosting.md.
.PHONY: publish
DEST ?=
publish:
	@if [ -z "$(DEST)" ]; then \
		echo "make publish needs DEST, the folder the web server serves: make publish DEST=/srv/www/cpd" >&2; exit 2; \
	fi
	@$(MAKE) --no-print-directory site
	$(RELEASE) publish --output $(OUTPUT) --to "$(DEST)"

# Reliability (Tests/ReliabilityTests, scripts/). `make test` runs the short fuzz run with the rest of the
# suite; these are the long runs.
#   make fuzz          20,000 random cases (content, SVG logos; ten times as many CSV cells) plus the
#                      large-catalogue cases (FUZZ_CASES=… to change)
#   make sanitize      the whole suite under AddressSanitizer, then ThreadSanitizer (own scratch folders)
#   make reliability   kill builds mid-write (previous site intact, leftovers cleaned) and compare builds
#                      across time zones, locales, hash seeds and CPUs byte for byte
.PHONY: fuzz sanitize reliability
FUZZ_CASES ?= 20000
fuzz: deps
	FUZZ_CASES=$(FUZZ_CASES) $(SWIFT) test --filter Fuzz

sanitize: deps
	FUZZ_TIME_LIMIT=600 LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan --skip PreviewTests
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan --filter PreviewTests --no-parallel
	FUZZ_TIME_LIMIT=600 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan --skip PreviewTests
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter PreviewTests --no-parallel

reliability: build
	PROSPECTUS=$(RELEASE) scripts/kill-mid-build.sh
	PROSPECTUS=$(RELEASE) scripts/determinism.sh
	PROSPECTUS=$(RELEASE) scripts/serve-stops.sh
