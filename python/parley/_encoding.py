"""Bytes to text. A web page is decoded by its byte-order mark, the encoding the caller names, UTF-8 when
the bytes are valid UTF-8, the charset the page declares (``<meta charset>``, ``http-equiv``, an XML
declaration), then by detection (charset-normalizer); a plain-text file by the encoding the caller names,
or left to the core's UTF-8 check when none is named."""

from __future__ import annotations

import codecs
import re
from typing import Optional

from .errors import ParseError

__all__ = ["check_encoding", "decode_text", "decode_page", "declared_charset"]

# How far into a page its charset declaration is looked for (WHATWG's pre-scan reads 1024 bytes; saved
# pages often carry scripts and an archive's toolbar before it).
_HEAD_BYTES = 65536
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)

# A declared legacy charset is read as the superset browsers use for it (WHATWG Encoding Standard):
# pages that declare GB2312 are in practice GBK/GB18030, ISO-8859-1 pages windows-1252, and so on.
# Keys are Python's canonical codec names.
_BROWSER_SUPERSET = {
    "gb2312": "gb18030", "gbk": "gb18030", "ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252",
    "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs", "iso8859-9": "cp1254", "tis-620": "cp874",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def check_encoding(name: str) -> str:
    """The codec's canonical name; ValueError naming it when Python knows no such encoding."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ParseError(f"cannot decode as {encoding} at byte offset {e.start}", e.start) from None


def decode_text(data: bytes, encoding: Optional[str]) -> bytes | str:
    """A plain-text file's content: unchanged without ``encoding`` (the core checks it is UTF-8 and names
    the first bad byte), else decoded strictly (ParseError naming the byte offset)."""
    if encoding is None:
        return data
    return _decode_strict(data, check_encoding(encoding))


def declared_charset(data: bytes) -> Optional[str]:
    """The charset the page declares in its head, as a Python codec name, or None (none, or unknown)."""
    head = data[:_HEAD_BYTES]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return _BROWSER_SUPERSET.get(name, name)


def _detected(data: bytes) -> Optional[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:1 << 20]).best()
    return best.encoding if best is not None else None


def decode_page(data: bytes, encoding: Optional[str] = None) -> str:
    """A web page's bytes as text (see the module docstring for the order). The caller's ``encoding`` is
    strict (ParseError naming the byte offset); otherwise bytes no candidate decodes cleanly are read with
    the best candidate and U+FFFD in place of what does not decode."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, "replace")
    if encoding is not None:
        return _decode_strict(data, check_encoding(encoding))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # a wrong declaration: detect instead
    guess = _detected(data)
    return data.decode(guess or declared or "utf-8", "replace")
