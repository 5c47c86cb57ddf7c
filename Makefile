# The README's two commands: `make demo` and `make test`. Both set everything up
# on a fresh Debian machine (as root): Debian packages, a .venv, the package.

PYTHON   ?= python3
VENV     := .venv
VPY      := $(VENV)/bin/python
PIP      := $(VPY) -m pip --disable-pip-version-check -q
DEB_PKGS := nlohmann-json3-dev libgtest-dev libbenchmark-dev g++ cmake ninja-build
BUILD    := build/cpp
JOBS     ?= 2

.PHONY: demo test setup deb venv install cpp-test py-test bench bench-quality fuzz clean stubs strip-notebooks

demo: install
	$(VENV)/bin/parley analyze --format text python/parley/examples/000_c1ada2601b12286d.txt

test: install cpp-test py-test

setup: install

# Debian packages: installed only when missing (apt-get needs root).
deb:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to apt-get install$$missing" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.ready: pyproject.toml
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install "scikit-build-core>=0.10" "pybind11>=2.12" ninja cmake
	$(PIP) install --no-build-isolation ".[test,dask]"
	touch $@

venv: deb $(VENV)/.ready

# The package itself, built by scikit-build-core in build/<wheel tag> (incremental).
install: venv
	$(PIP) install --no-build-isolation --no-deps .

cpp-test: deb
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_BUILD_TESTS=ON >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

py-test: install
	cd tests && ../$(VPY) -m pytest -q

# The type stub of the compiled module, made by pybind11-stubgen (tests/test_stubs.py fails when it is stale).
stubs: install
	$(VPY) -m pybind11_stubgen --exit-code parley._core -o python

# Notebooks are stored without outputs (tests/test_notebooks.py checks it); this strips them.
strip-notebooks: venv
	$(VPY) notebooks/strip_outputs.py notebooks/*.ipynb

clean:
	rm -rf build $(VENV)
