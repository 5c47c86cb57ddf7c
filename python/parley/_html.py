"""The rich display of a Document (``_repr_html_``): the article with entities highlighted,
quotes in italics and interview turns coloured by speaker. Every piece of text is escaped."""

from __future__ import annotations

import bisect
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document, Quote, Span

# displaCy's colours, so the display looks familiar to spaCy users.
LABEL_COLOURS = {
    "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561", "NORP": "#c887fb",
    "FAC": "#9cc9cc", "PRODUCT": "#bfeeb7", "EVENT": "#ffeb80", "WORK_OF_ART": "#f0d0ff", "LAW": "#ff8197",
    "LANGUAGE": "#ff8197", "DATE": "#bfe1d9", "TIME": "#bfe1d9", "PERCENT": "#e4e7d2", "MONEY": "#e4e7d2",
    "QUANTITY": "#e4e7d2", "ORDINAL": "#e4e7d2", "CARDINAL": "#e4e7d2", "URL": "#dddddd",
}
SPEAKER_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
INTERVIEWER_COLOUR = "#7f7f7f"
_QUIET_KINDS = ("narrative", "question", "answer")


def speaker_colours(doc: "Document") -> dict[str, str]:
    """A colour per speaker id: grey for interviewers, a distinct colour for each guest."""
    out, k = {}, 0
    for s in doc.speakers:
        if s.role == "interviewer":
            out[s.id] = INTERVIEWER_COLOUR
        else:
            out[s.id] = SPEAKER_COLOURS[k % len(SPEAKER_COLOURS)]
            k += 1
    return out


def _select(doc: "Document") -> tuple[list["Quote"], list["Span"]]:
    """Quotes and mentions that nest properly inside paragraphs and each other (HTML cannot cross tags)."""
    paras = doc.paragraphs
    starts = [p.start for p in paras]

    def in_paragraph(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        return i >= 0 and e <= paras[i].end

    quotes, last = [], -1
    for q in sorted(doc.quotes, key=lambda q: (q.start, -q.end)):
        if q.start >= last and q.end > q.start and in_paragraph(q.start, q.end):
            quotes.append(q)
            last = q.end
    qstarts = [q.start for q in quotes]
    ents, last = [], -1
    for s in sorted(doc.ents, key=lambda s: (s.start, -(s.end - s.start))):
        if s.start < last or s.end <= s.start or not in_paragraph(s.start, s.end):
            continue
        i = bisect.bisect_right(qstarts, s.start) - 1
        if i >= 0 and s.start < quotes[i].end:  # starts inside a quote: must end inside it
            ok = s.end <= quotes[i].end
        else:  # starts outside: must end before the next quote
            ok = i + 1 >= len(quotes) or s.end <= quotes[i + 1].start
        if ok:
            ents.append(s)
            last = s.end
    return quotes, ents


def _mark(span: "Span", names: dict[str, str]) -> str:
    colour = LABEL_COLOURS.get(span.label_, "#dddddd")
    tip = span.label_ + (f" · {names[span.entity_id]}" if names.get(span.entity_id) else "")
    return (f'<mark title="{escape(tip)}" style="background:{colour};padding:0 .25em;border-radius:.3em;'
            f'line-height:1.9">{escape(span.text)}<span style="font-size:.65em;font-weight:bold;'
            f'margin-left:.3em;vertical-align:middle">{escape(span.label_)}</span></mark>')


def render(doc: "Document") -> str:
    quotes, ents = _select(doc)
    names = {e.id: e.name for e in doc.entities}
    colours = speaker_colours(doc)
    text = doc.text
    out = ['<div class="parley-document" style="font-family:Georgia,serif;line-height:1.6;max-width:52em">']
    if doc.speakers:
        chips = "".join(
            f'<span style="border-left:.5em solid {colours[s.id]};padding:0 .5em;margin-right:.8em">'
            f'{escape(s.name)} <small style="color:#777">({escape(s.role)})</small></span>' for s in doc.speakers)
        out.append(f'<div style="font-family:sans-serif;font-size:.85em;margin-bottom:.8em">{chips}</div>')

    qi = ei = 0
    for p in doc.paragraphs:
        style = ["margin:.35em 0", "padding:.1em .6em"]
        tag = ""
        if p.speaker:
            c = colours.get(p.speaker, INTERVIEWER_COLOUR)
            style.append(f"border-left:.3em solid {c}")
            style.append(f"background:{c}14")
            tag = (f'<span style="font-family:sans-serif;font-size:.75em;font-weight:bold;color:{c};'
                   f'margin-right:.5em">{escape(doc._speaker_name(p.speaker))}</span>')
        elif p.kind not in _QUIET_KINDS:
            style.append("color:#555")
            tag = (f'<span style="font-family:sans-serif;font-size:.65em;color:#999;text-transform:uppercase;'
                   f'margin-right:.5em">{escape(p.kind)}</span>')
        if p.kind == "title":
            style.append("font-size:1.3em;font-weight:bold")
        parts = [f'<p style="{";".join(style)}">', tag]
        pos = p.start
        # Quotes and mentions inside this paragraph, in order, nested (see _select).
        while qi < len(quotes) and quotes[qi].end <= p.start:
            qi += 1
        while ei < len(ents) and ents[ei].end <= p.start:
            ei += 1
        open_quote = None
        while True:
            nq = quotes[qi] if qi < len(quotes) and quotes[qi].start < p.end else None
            ne = ents[ei] if ei < len(ents) and ents[ei].start < p.end else None
            if open_quote is not None and (ne is None or ne.start >= open_quote.end):
                parts.append(escape(text[pos:open_quote.end]) + "</q>")
                pos, open_quote = open_quote.end, None
                qi += 1
                continue
            if ne is not None and (nq is None or open_quote is not None or ne.start < nq.start):
                parts.append(escape(text[pos:ne.start]) + _mark(ne, names))
                pos = ne.end
                ei += 1
                continue
            if nq is not None and open_quote is None:
                who = nq.speaker_name
                title = f' title="{escape(who)}"' if who else ""
                parts.append(escape(text[pos:nq.start]) + f'<q{title} style="font-style:italic;quotes:none">')
                pos, open_quote = nq.start, nq
                continue
            break
        parts.append(escape(text[pos:p.end]) + "</p>")
        out.append("".join(parts))
    out.append("</div>")
    return "\n".join(out)
