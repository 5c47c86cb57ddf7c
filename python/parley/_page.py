"""HTML pages in: the main text, one paragraph a line, and the page's own metadata, through trafilatura
(the optional extra ``parley[html]``). Nothing is fetched: a URL is only metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Union

from . import _page_meta
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
    lead: str = ""


def looks_like_html(data: Union[bytes, str]) -> bool:
    """True when the content opens as an HTML document (a doctype, ``<html>``, ``<head>``, ...)."""
    head = data[:_SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return bool(_HTML_START.match(head))


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        raise ImportError(MISSING_EXTRA) from None
    return trafilatura


def _check_size(html: Union[str, bytes, bytearray, memoryview]) -> None:
    """Pages larger than trafilatura's own ``max_file_size`` (20,000,000 by default) are refused."""
    from trafilatura.settings import DEFAULT_CONFIG

    limit = DEFAULT_CONFIG.getint("DEFAULT", "max_file_size")
    size = len(html) if not isinstance(html, str) else len(html.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise ParseError(f"the page is {size} bytes, over the {limit} bytes HTML input takes "
                         "(trafilatura's max_file_size)")


def _tree(text: str):
    """The page parsed by lxml (a trafilatura dependency), or an empty tree when it does not parse."""
    from lxml import etree, html as lxml_html

    try:
        return lxml_html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    except (etree.ParserError, ValueError):
        return lxml_html.fromstring("<html></html>")


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
    trafilatura = _trafilatura()
    _check_size(html)
    text = _as_text(html, encoding)
    if not text.strip():
        return Page("")
    # htmldate's most recent reliable date, not the earliest one: a page's embedded video or photos carry
    # their own (earlier) datePublished.
    result = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True, include_formatting=False,
                                         date_extraction_params={"extensive_search": True, "original_date": False})
    tree = _tree(text)
    declared = (_field(result, "url") if result is not None else "") or _page_meta.declared_url(tree)
    source_url = declared or (url or "")
    if result is None:
        return Page("", source_url=source_url)
    title, site = _page_meta.headline_and_site(_field(result, "title"), _field(result, "sitename"), source_url, tree)
    authors = tuple(a.strip() for a in _field(result, "author").split(";")
                    if a.strip() and not _page_meta.is_site_not_person(a.strip(), site, source_url))
    main = _field(result, "text")
    if _page_meta.is_link_list(main, tree):
        main = ""
    return Page(text=main, title=title, authors=authors, published=_field(result, "date"), site=site,
                source_url=source_url, description=_field(result, "description"),
                lead=_page_meta.summary_lead(tree))


def page_text(page: Page) -> str:
    """The text parley analyses, one paragraph a line: the headline when the main text does not open with
    it, the lead shown under the headline when the main text leaves it out, then the main text."""
    body = [line.strip() for line in page.text.splitlines() if line.strip()]
    if page.lead and page.lead not in page.text:
        body.insert(0, page.lead)
    if page.title and not (body and body[0].startswith(page.title)):
        body.insert(0, page.title)
    return "\n".join(body)


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
