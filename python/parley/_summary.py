"""A readable plain-text summary of a Document (the CLI's ``--format text`` and ``make demo``).

Bounded by default: the header, the speakers, the counts, and the first ``limit`` turns, quotes, entities
of each label and warnings, each list ending in "… and K more". ``full=True`` lists everything.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import TYPE_CHECKING, Sequence, TypeVar

if TYPE_CHECKING:
    from .document import Document, Entity

_WIDTH = 100
LIMIT = 10
_T = TypeVar("_T")


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _head(items: Sequence[_T], limit: int | None, cut: list[int]) -> tuple[Sequence[_T], int]:
    """The items to show and how many are left out (also appended to ``cut``)."""
    if limit is None or len(items) <= limit:
        return items, 0
    cut.append(len(items) - limit)
    return items[:limit], len(items) - limit


def _more(n: int, what: str) -> list[str]:
    return [f"  … and {n:,} more {what}"] if n else []


def _value(e: "Entity") -> str:
    """`` → value`` when the entity has a normalised value that is not just its own words."""
    v = e.value
    if not v:
        return ""
    words = {e.name.casefold(), *(m.text.casefold() for m in e.mentions)}
    return "" if v.casefold() in words else f" → {v}"


def summarize(doc: "Document", full: bool = False, limit: int = LIMIT) -> str:
    if limit < 1:
        from .errors import OptionError

        raise OptionError(f"limit takes a whole number of at least 1, not {limit!r}")
    cap: int | None = None if full else limit
    cut: list[int] = []
    if not doc.text.strip():
        return "Empty document: the text has no words, so there is nothing to summarise."
    m = doc.meta
    out: list[str] = []
    add = out.append
    add(f"Title:      {m.title or '-'}")
    if m.subtitle:
        add(f"Subtitle:   {_clip(m.subtitle)}")
    add(f"Authors:    {', '.join(m.authors) or '-'}")
    for g in m.guests:
        add(f"Guest:      {g.name}" + (f" — {_clip(g.description, 80)}" if g.description else ""))
    if m.source_url:
        add(f"Source:     {m.source_url}")
    if m.disclaimer:
        add(f"Disclaimer: {_clip(m.disclaimer)}")
    kinds = Counter(p.kind for p in doc.paragraphs)
    counts = ", ".join(f"{k} {n:,}" for k, n in kinds.most_common())
    add(f"Paragraphs: {len(doc.paragraphs):,}" + (f" ({counts})" if counts else ""))
    add(f"Counts:     {len(doc.speakers):,} speakers, {len(doc.turns):,} turns, {len(doc.quotes):,} quotes, "
        f"{len(doc.entities):,} entities ({sum(len(e.mentions) for e in doc.entities):,} mentions)")

    names = {s.id: s.name for s in doc.speakers}
    if doc.speakers:
        words: Counter[str] = Counter()
        turns: Counter[str] = Counter()
        for t in doc.turns:
            words[t.speaker] += len(t.text.split())
            turns[t.speaker] += 1
        add("")
        add(f"Speakers ({len(doc.speakers):,})")
        shown, rest = _head(doc.speakers, cap, cut)
        width = max(len(s.name) for s in shown)
        for s in shown:
            line = f"  {s.id:<4} {s.role:<11} {s.name:<{width}}  {turns[s.id]:,} turns, {words[s.id]:,} words"
            if s.description:
                line += f" — {_clip(s.description, 60)}"
            add(line)
            other = [x for x in s.labels if x != s.name]
            if other:
                add(f"       {'':<11} labelled " + ", ".join(f"“{x}”" for x in other))
        out += _more(rest, "speakers")
    if doc.turns:
        add("")
        add(f"Turns ({len(doc.turns):,})")
        shown, rest = _head(doc.turns, cap, cut)
        who = [names.get(t.speaker, t.speaker) for t in shown]
        width = max(len(w) for w in who)
        for i, (t, w) in enumerate(zip(shown, who)):
            reply = f"↳{t.reply_to}" if t.reply_to is not None else ""
            add(f"  {i:>3} {w:<{width}} {reply:<5} {_clip(t.text, max(30, _WIDTH - width - 12))}")
        out += _more(rest, "turns")
    if doc.quotes:
        add("")
        add(f"Quotes ({len(doc.quotes):,})")
        shown, rest = _head(doc.quotes, cap, cut)
        rows = []
        for q in shown:
            how = " ".join(x for x in (q.cue or "", f"({q.channel})" if q.channel else "") if x)
            rows.append((q.kind, q.speaker_name or "(unattributed)", how, q.text))
        w_who = max(len(r[1]) for r in rows)
        w_how = max(len(r[2]) for r in rows)
        for kind, who_, how, text in rows:
            add(f"  {kind:<9} {who_:<{w_who}} {how:<{w_how}} “{_clip(text, max(30, _WIDTH - w_who - w_how - 16))}”")
        out += _more(rest, "quotes")
    if doc.entities:
        add("")
        add(f"Entities ({len(doc.entities):,})")
        by_label: dict[str, list[Entity]] = {}
        for e in doc.entities:
            by_label.setdefault(e.label_, []).append(e)
        for label, ents in sorted(by_label.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            ranked = sorted(ents, key=lambda e: -len(e.mentions))
            shown_e, rest = _head(ranked, cap, cut)
            items = [f"{e.name}{_value(e)}" + (f" ×{len(e.mentions)}" if len(e.mentions) > 1 else "")
                     for e in shown_e]
            if rest:
                items.append(f"… and {rest:,} more")
            add(textwrap.fill(f"{label} ({len(ents):,}): " + "; ".join(items), _WIDTH, initial_indent="  ",
                              subsequent_indent="      ", break_long_words=False, break_on_hyphens=False))
    if doc.warnings:
        add("")
        add(f"Warnings ({len(doc.warnings):,})")
        shown_w, rest = _head(doc.warnings, cap, cut)
        for wn in shown_w:
            add(f"  {wn.code} at {wn.start}: {_clip(wn.message, 80)}")
        out += _more(rest, "warnings")
    if cut:
        add("")
        add(f"(the first {limit} of each list; `parley analyze --format text --full` or "
            "`doc.summary(full=True)` lists them all)")
    return "\n".join(out)
