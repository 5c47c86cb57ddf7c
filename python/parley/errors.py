"""parley's exceptions: one hierarchy, raised by the C++ core and the Python layer alike.

Every error parley raises is a :class:`parley.Error`, and every one is an input error, so ``Error`` is a
``ValueError``: ``except ValueError`` catches them all. Each message names what to change.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Error", "ParseError", "OptionError"]


class Error(ValueError):
    """Base class of every error parley raises (a ``ValueError``).

    ``position`` is the byte offset in the UTF-8 input where the problem lies
    (``None`` when none applies); ``code`` is the core's numeric error code.
    """

    def __init__(self, message: str, position: int | None = None, code: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:  # keep the extra fields through pickling (multiprocessing, Dask)
        return (type(self), (self.message, self.position, self.code))


class ParseError(Error):
    """Malformed input: text that is not UTF-8, or JSON that is not a parley document."""


class OptionError(Error, TypeError):
    """An option or argument value parley cannot use: an ``Analyzer`` option, a gazetteer or alias entry,
    a table name. The message names the option and the values it takes.

    A ``ValueError`` like every parley error, and a ``TypeError`` too, since many are values of the wrong
    type (``Analyzer(structure="yes")``), as numpy's ``AxisError`` is both a ValueError and an IndexError."""

    def __init__(self, message: str, position: int | None = None, code: int = 3) -> None:
        super().__init__(message, position, code)
