"""HTML pages in: the main text, one paragraph a line, and the page's own metadata, through trafilatura
(the optional extra ``parley[html]``). Nothing is fetched: a URL is only metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Union

from ._encoding import decode_page
from .errors import ParseError

if TYPE_CHECKING:
    from .document import Document

__all__ = ["Page", "looks_like_html", "read_page", "with_page_meta", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MISSING_EXTRA = "HTML input needs trafilatura: pip install 'parley[html]'"
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Page:
    """What a page gives: its main text and the metadata it declares (empty when it declares none)."""

    text: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""
    site: str = ""
    source_url: str = ""
    description: str = ""


def looks_like_html(data: Union[bytes, str]) -> bool:
    """True when the content opens as an HTML document (a doctype, ``<html>``, ``<head>``, ...)."""
    head = data[:_SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    return bool(_HTML_START.match(head))


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        raise ImportError(MISSING_EXTRA) from None
    return trafilatura


def _as_text(html: Union[str, bytes, bytearray, memoryview], encoding: Optional[str]) -> str:
    if isinstance(html, str):
        return html
    if not isinstance(html, (bytes, bytearray, memoryview)):
        raise TypeError(f"parley reads HTML as str or bytes, not {type(html).__name__}")
    data = bytes(html)
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    if nul >= 0 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(f"not an HTML page: binary data (a NUL byte at byte offset {nul})", nul)
    return decode_page(data, encoding)


def _field(result, name: str) -> str:
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    return str(value).strip() if value else ""


def read_page(html: Union[str, bytes], url: Optional[str] = None, encoding: Optional[str] = None) -> Page:
    """The page's main text and metadata. Empty or markup-only input gives an empty Page."""
    text = _as_text(html, encoding)
    if not text.strip():
        return Page("")
    trafilatura = _trafilatura()
    result = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True, include_formatting=False)
    if result is None:
        return Page("", source_url=url or "")
    authors = tuple(a.strip() for a in _field(result, "author").split(";") if a.strip())
    return Page(text=_field(result, "text"), title=_field(result, "title"), authors=authors,
                published=_field(result, "date"), site=_field(result, "sitename"),
                source_url=_field(result, "url") or (url or ""), description=_field(result, "description"))


def page_text(page: Page) -> str:
    """The text parley analyses: the headline on the first line when the main text does not open with it,
    then the main text, one paragraph a line."""
    body = "\n".join(line.strip() for line in page.text.splitlines() if line.strip())
    if page.title and not body.startswith(page.title):
        return f"{page.title}\n{body}" if body else page.title
    return body


def with_page_meta(doc: "Document", page: Page) -> "Document":
    """A new Document whose meta fields the text left empty are filled from the page (provenance
    ``page``); a page without main text gets a ``no_main_text`` warning."""
    from .document import Document

    d = doc.to_dict()
    meta = d["meta"]
    provenance = meta.setdefault("provenance", {})

    def fill(name: str, value) -> None:
        if value and not meta.get(name):
            meta[name] = list(value) if isinstance(value, tuple) else value
            provenance[name] = "page"

    fill("title", page.title)
    fill("authors", page.authors)
    fill("published", page.published)
    fill("site", page.site)
    fill("source_url", page.source_url)
    description = page.description.rstrip(". …")
    if description and description not in d["text"]:  # a description that only repeats the lead is no dek
        fill("subtitle", page.description)
    if not page.text.strip():
        d.setdefault("warnings", []).append({"start": 0, "end": 0, "code": "no_main_text",
                                             "message": "the page has no main text"})
    return Document.from_dict(d)
