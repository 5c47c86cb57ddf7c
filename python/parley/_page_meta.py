"""What a page says about itself, read from its parsed tree beside trafilatura's metadata: the URL it
declares, its headline without the site's name appended, the site's name, the lead shown under the
headline. Each rule names the evidence it uses."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["declared_url", "headline_and_site", "is_link_list", "is_site_not_person", "summary_lead"]

# What separates a headline from the site's name in a <title>: "Headline | Site", "Headline - Site",
# "Headline-新华网", "... ニュース：AFPBB News".
_TITLE_SEPARATOR = re.compile(r"\s*(?:\s[|｜\-–—_·•]\s|[|｜–—_·•：]|(?<=\S)-(?=\S))\s*")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_HOST_PATH = re.compile(r"^[\w-]+(?:\.[\w-]+)+(?:/|$)")


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def _fold(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()


def declared_url(tree) -> str:
    """The page's own URL: ``<link rel=canonical>``, else ``og:url``. A declared URL without a scheme
    whose first segment is a host name (``www.elmundo.es/...``) is read as http."""
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        for value in tree.xpath(xpath):
            value = value.strip()
            if _SCHEME.match(value):
                return value
            if _HOST_PATH.match(value):
                return "http://" + value
    return ""


def _domain(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _headlines(tree) -> set[str]:
    return {_text(h) for h in tree.xpath("//h1|//h2|//h3")}


def headline_and_site(title: str, site: str, url: str, tree) -> tuple[str, str]:
    """The title without the site's name the page appends to it, and the site's name.

    A title ``Head <sep> Tail`` is cut to ``Head`` when ``Tail`` is the known site name or when the page
    shows ``Head`` alone as a heading (``<h1>``). The tail of the page's ``<title>`` names the site when
    none is known and the page shows its head as a heading, or when the known name is only the domain run
    together (``Afpbbcom``, trafilatura's fallback) and the tail names that domain (``AFPBB News``)."""
    headlines = _headlines(tree)
    head, tail = _split_title(title)
    if tail and head and (_fold(tail) == _fold(site) or head in headlines):
        title = head
    raw_head, raw_tail = _split_title(re.sub(r"\s+", " ", tree.findtext(".//title") or "").strip())
    if raw_tail and _fold(raw_tail) != _fold(title):
        domain = _domain(url)
        if not site and raw_head in headlines | {title}:
            site = raw_tail
        elif site and domain and _fold(site) == _fold(domain) and _fold(domain.split(".")[0]) in _fold(raw_tail):
            site = raw_tail
    return title, site


def _split_title(title: str) -> tuple[str, str]:
    parts = list(_TITLE_SEPARATOR.finditer(title))
    if not parts:
        return title, ""
    last = parts[-1]
    return title[:last.start()].strip(), title[last.end():].strip()


def is_site_not_person(author: str, site: str, url: str) -> bool:
    """An "author" that is the site's own name or domain (``<meta name=author content=elmundo.es>``)."""
    folded = _fold(author)
    return bool(folded) and folded in {_fold(site), _fold(_domain(url)), _fold(_domain("http://" + author))}


def summary_lead(tree) -> str:
    """The lead the page shows under its headline: the visible element it marks as the article's summary
    (schema.org ``itemprop=description``, microformats ``p-summary``/``entry-summary``), not a ``<meta>``."""
    xpath = ("//*[not(self::meta)][@itemprop='description' or contains(concat(' ', normalize-space(@class), ' '), "
             "' p-summary ') or contains(concat(' ', normalize-space(@class), ' '), ' entry-summary ')]")
    for el in tree.xpath(xpath):
        text = _text(el)
        if text:
            return text
    return ""


def is_link_list(text: str, tree) -> bool:
    """True when the extracted main text is only the text of the page's links, in order (an index page,
    a menu): such a page has no main text."""
    folded = _fold(text)
    return bool(folded) and folded in _fold(" ".join(tree.xpath("//a//text()")))
