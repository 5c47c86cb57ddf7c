"""Example articles shipped with parley, so that the demo and notebooks need nothing else.

- ``reference``: a machine translation (via Toutiao) of a Svobodnaya Pressa commentary with an
  interview (toutiao.com/article/7506086504049967626) - the article parley was specified from.
- ``kremlin_brics``: Kremlin transcript, interview to ITAR-TASS, 2013 (en.kremlin.ru/events/president/news/17723).
- ``kremlin_vologda``: Kremlin transcript, answers to journalists' questions, 2013
  (en.kremlin.ru/events/president/news/17645).
The Kremlin texts are published under the Creative Commons Attribution 4.0 licence by the
Presidential Executive Office of the Russian Federation (kremlin.ru).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["names", "path", "text", "REFERENCE"]

_FILES = {
    "reference": "000_c1ada2601b12286d.txt",
    "kremlin_brics": "kremlin-itar-tass-interview-brics.txt",
    "kremlin_vologda": "kremlin-vologda-journalists-questions.txt",
}
REFERENCE = "reference"


def names() -> list[str]:
    """The names of the bundled examples."""
    return list(_FILES)


def path(name: str = REFERENCE) -> Path:
    """The file path of a bundled example."""
    if name not in _FILES:
        raise KeyError(f"no example {name!r}; choose one of {', '.join(_FILES)}")
    return Path(str(resources.files(__name__).joinpath(_FILES[name])))


def text(name: str = REFERENCE) -> str:
    """The text of a bundled example."""
    return path(name).read_text(encoding="utf-8")
