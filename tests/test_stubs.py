"""The committed type stub python/parley/_core.pyi must be what pybind11-stubgen makes of the built module
(regenerate with `make stubs`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import parley

pytest.importorskip("pybind11_stubgen")

PACKAGE = Path(parley.__file__).parent


def test_stub_is_fresh(tmp_path):
    committed = PACKAGE / "_core.pyi"
    assert committed.is_file(), "python/parley/_core.pyi is missing: run `make stubs`"
    subprocess.run([sys.executable, "-m", "pybind11_stubgen", "--exit-code", "parley._core", "-o", str(tmp_path)],
                   check=True, capture_output=True, cwd=tmp_path)
    fresh = (tmp_path / "parley" / "_core.pyi").read_text(encoding="utf-8")
    assert committed.read_text(encoding="utf-8") == fresh, "python/parley/_core.pyi is stale: run `make stubs`"


def test_package_is_typed():
    assert (PACKAGE / "py.typed").is_file()
