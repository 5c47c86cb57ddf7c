"""The README's Python examples and the notebooks' code pass ``mypy --strict`` against the installed
package: the types a user's editor and type checker see are the ones the documentation uses."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

ROOT = Path(__file__).resolve().parent.parent


def readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def notebook_code(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


# Dask and distributed have no type hints: their calls in the README's Dask example are allowed untyped.
# Everything else, and every call into parley, is checked under --strict.
CONFIG = "[mypy]\n\n[mypy-readme_dask]\nallow_untyped_calls = True\n"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")  # one cache: pandas-stubs and matplotlib are read once


def mypy(tmp_path: Path, cache: Path, sources: dict[str, str]) -> subprocess.CompletedProcess[str]:
    for name, code in sources.items():
        (tmp_path / f"{name}.py").write_text(code, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text(CONFIG, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "--cache-dir", str(cache),
         *sorted(f"{n}.py" for n in sources)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600)


def test_readme_and_notebooks_pass_mypy_strict(tmp_path, cache):
    blocks = readme_blocks()
    assert len(blocks) >= 3 and any("to_pandas(\"quotes\")[[" in b for b in blocks)
    sources = {("readme_dask" if "distributed" in b else f"readme_{i}"): b for i, b in enumerate(blocks)}
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks
    sources.update({f"nb_{p.stem}": notebook_code(p) for p in notebooks})
    r = mypy(tmp_path, cache, sources)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_sees_the_overloads(tmp_path, cache):
    """What the checker infers: the overloads, not Any (a test of this test: a wrong claim fails)."""
    code = '''
import parley
from typing import Iterator
import pandas as pd

doc = parley.analyze("Anna Lee met NATO.")
one: pd.DataFrame = doc.to_pandas("quotes")
every: dict[str, pd.DataFrame] = doc.to_pandas()
docs: Iterator[parley.Document] = parley.Analyzer().pipe(["a", "b"])
pairs: Iterator[tuple[parley.Document, int]] = parley.Analyzer().pipe([("a", 1)], as_tuples=True)
reveal_type(doc.paragraph_at(0))
reveal_type(parley.Analyzer().pipe(["a"]))
reveal_type(parley.Analyzer().pipe([("a", 1)], as_tuples=True))
reveal_type(doc.to_pandas("quotes"))
reveal_type(doc.to_pandas())
reveal_type(doc.ents[0].entity)
'''
    r = mypy(tmp_path, cache, {"good": code})
    assert r.returncode == 0 and "error" not in r.stdout, r.stdout
    revealed = [line.split("Revealed type is ", 1)[1].strip('"').replace("builtins.", "")
                .replace("Union[parley.document.Paragraph, None]", "parley.document.Paragraph | None")
                for line in r.stdout.splitlines() if "Revealed type is" in line]  # as older mypy spell them too
    assert revealed == [
        "parley.document.Paragraph | None", "typing.Iterator[parley.document.Document]",
        "typing.Iterator[tuple[parley.document.Document, int]]", "pandas.core.frame.DataFrame",
        "dict[str, pandas.core.frame.DataFrame]", "parley.document.Entity"], r.stdout
    bad = mypy(tmp_path, cache, {"bad": 'import parley\nx: int = parley.analyze("a").to_pandas("quotes")\n'})
    assert bad.returncode == 1 and "DataFrame" in bad.stdout
