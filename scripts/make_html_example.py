"""Writes python/parley/examples/kremlin-itar-tass-interview-brics.html: the bundled ITAR-TASS interview
text (CC BY 4.0, en.kremlin.ru/events/president/news/17723) laid out as a saved web page, with a menu, a
share bar, a related-articles list and a footer of our own around it, for the HTML notebook and tests.
Run it again after changing the text file."""

from __future__ import annotations

import html
import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "python" / "parley" / "examples"
SOURCE = EXAMPLES / "kremlin-itar-tass-interview-brics.txt"
TARGET = EXAMPLES / "kremlin-itar-tass-interview-brics.html"
LABEL = re.compile(r"^(Question|President of Russia Vladimir Putin|Vladimir Putin):\s*")

HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} • President of Russia</title>
<meta property="og:site_name" content="President of Russia">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2013-03-22T00:00:00+04:00">
<link rel="canonical" href="http://en.kremlin.ru/events/president/news/17723">
</head><body>
<header><nav><a href="/">Home</a> | <a href="/events">Events</a> | <a href="/structure">Structure</a> |
<a href="/media">Videos and Photos</a> | <a href="/documents">Documents</a> | <a href="/contacts">Contacts</a></nav></header>
<main><article>
<h1>{title}</h1>
<p class="date"><time datetime="2013-03-22">March 22, 2013</time></p>
"""
TAIL = """</article>
<div class="share">Share: <a href="#">VK</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Send by email</a> <a href="#">Print</a></div>
<aside><h3>See also</h3><ul><li><a href="/17715">Concept of participation of the Russian Federation in BRICS</a></li>
<li><a href="/17645">Answers to journalists' questions in Vologda</a></li></ul></aside>
</main><footer><p>All content on this site is licensed under Creative Commons Attribution 4.0 International.</p></footer>
</body></html>
"""


def main() -> None:
    lines = [l.strip() for l in SOURCE.read_text(encoding="utf-8").splitlines() if l.strip()]
    title, body = lines[0], lines[2:]  # the headline, the date line, then the interview
    out = [HEAD.format(title=html.escape(title))]
    for line in body:
        if line.startswith("”"):  # a pull quote repeating the answer: the page shows it aside
            continue
        m = LABEL.match(line)
        if m:
            rest = html.escape(line[m.end():])
            out.append(f"<p><strong>{html.escape(m.group(1))}:</strong> {rest}</p>\n")
        else:
            out.append(f"<p>{html.escape(line)}</p>\n")
    out.append(TAIL)
    TARGET.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
