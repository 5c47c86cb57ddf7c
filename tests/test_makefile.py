"""`make demo` installs only what the demo needs (the package and its html extra) and does nothing when nothing changed; `make test` adds the
test extras (read with `make -n`, which prints what would run and runs nothing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make")


def dry_run(*args: str) -> str:
    r = subprocess.run(["make", "-n", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def pip_installs(commands: str) -> list[str]:
    return [line.split(" install ", 1)[1] for line in commands.splitlines() if "-m pip" in line and " install " in line]


def test_make_demo_from_scratch_installs_no_test_extra():
    every = dry_run("-B", "demo")  # -B: as on a fresh clone, every target out of date
    installs = pip_installs(every)
    # Only the package with its html extra (web pages in, issue 15): no test or dask extra.
    assert installs and all(("[" not in x or x.endswith('".[html]"')) and "test-requirements" not in x
                            for x in installs), installs
    assert any(x.endswith('".[html]"') for x in installs)  # the package itself
    assert "libgtest-dev" not in every and "libbenchmark-dev" not in every


def test_make_test_adds_the_test_extras():
    installs = pip_installs(dry_run("-B", "py-test"))
    assert any("test-requirements.txt" in x for x in installs), installs


def test_make_demo_is_a_no_op_when_nothing_changed():
    if not (ROOT / ".venv" / ".installed").exists():
        pytest.skip("the package was not installed by make")
    assert pip_installs(dry_run("demo")) == []
