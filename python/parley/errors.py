"""parley's exceptions: one hierarchy, raised by the C++ core and the Python layer alike."""

from __future__ import annotations

__all__ = ["Error", "ParseError"]


class Error(Exception):
    """Base class of every error parley raises.

    ``position`` is the byte offset in the UTF-8 input where the problem lies
    (``None`` when none applies); ``code`` is the core's numeric error code.
    """

    def __init__(self, message: str, position: int | None = None, code: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.code = code

    def __reduce__(self):  # keep the extra fields through pickling (multiprocessing, Dask)
        return (type(self), (self.message, self.position, self.code))


class ParseError(Error, ValueError):
    """Malformed input: text that is not UTF-8, or JSON that is not a parley document."""
