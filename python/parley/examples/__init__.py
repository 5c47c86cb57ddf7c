"""Example articles shipped with parley, so that the demo and notebooks need nothing else.

- ``reference``: a machine translation (via Toutiao) of a Svobodnaya Pressa commentary with an
  interview (toutiao.com/article/7506086504049967626) - the article parley was specified from.
- ``kremlin_brics``: Kremlin transcript, interview to ITAR-TASS, 2013 (en.kremlin.ru/events/president/news/17723).
- ``kremlin_vologda``: Kremlin transcript, answers to journalists' questions, 2013
  (en.kremlin.ru/events/president/news/17645).
- ``kremlin_brics_html``: the ITAR-TASS interview laid out as a saved web page (our own page around the
  Kremlin text, made by scripts/make_html_example.py), for ``parley.read`` on HTML.
The Kremlin texts are published under the Creative Commons Attribution 4.0 licence by the
Presidential Executive Office of the Russian Federation (kremlin.ru).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["names", "pages", "path", "text", "REFERENCE"]

_FILES = {
    "reference": "000_c1ada2601b12286d.txt",
    "kremlin_brics": "kremlin-itar-tass-interview-brics.txt",
    "kremlin_vologda": "kremlin-vologda-journalists-questions.txt",
}
_PAGES = {"kremlin_brics_html": "kremlin-itar-tass-interview-brics.html"}
REFERENCE = "reference"


def names() -> list[str]:
    """The names of the bundled text examples."""
    return list(_FILES)


def pages() -> list[str]:
    """The names of the bundled web-page (HTML) examples."""
    return list(_PAGES)


def path(name: str = REFERENCE) -> Path:
    """The file path of a bundled example."""
    files = {**_FILES, **_PAGES}
    if name not in files:
        raise KeyError(f"no example {name!r}; choose one of {', '.join(files)}")
    return Path(str(resources.files(__name__).joinpath(files[name])))


def text(name: str = REFERENCE) -> str:
    """The text of a bundled example."""
    return path(name).read_text(encoding="utf-8")
