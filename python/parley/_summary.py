"""A readable plain-text summary of a Document (the CLI's ``--format text`` and ``make demo``)."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document

_WIDTH = 100


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def summarize(doc: "Document") -> str:
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
    add(f"Paragraphs: {len(doc.paragraphs)} (" + ", ".join(f"{k} {n}" for k, n in kinds.most_common()) + ")")

    if doc.speakers:
        add("")
        add("Speakers")
        for s in doc.speakers:
            words = sum(len(doc.paragraphs[i].text.split()) for t in doc.turns if t.speaker == s.id for i in t.paragraphs)
            labels = ", ".join(repr(x) for x in s.labels)
            add(f"  {s.id} {s.role:<11} {s.name} [{labels}] — {words} words")
    if doc.turns:
        add("")
        add(f"Turns ({len(doc.turns)})")
        names = {s.id: s.name for s in doc.speakers}
        for i, t in enumerate(doc.turns):
            reply = f" ↳{t.reply_to}" if t.reply_to is not None else ""
            add(f"  {i:>3} {names.get(t.speaker, t.speaker)[:22]:<22}{reply:<5} {_clip(t.text, 66)}")
    if doc.quotes:
        add("")
        add(f"Quotes ({len(doc.quotes)})")
        for q in doc.quotes:
            who = q.speaker_text or "?"
            if q.speaker:
                try:
                    who = doc.entity(q.speaker).name
                except KeyError:
                    try:
                        who = doc.speaker(q.speaker).name
                    except KeyError:
                        pass
            how = " ".join(x for x in (q.cue or "", f"({q.channel})" if q.channel else "") if x)
            add(f"  {q.kind:<9} {who[:24]:<24} {how[:22]:<22} “{_clip(q.text, 50)}”")
    if doc.entities:
        add("")
        add(f"Entities ({len(doc.entities)})")
        by_label: dict[str, list] = {}
        for e in doc.entities:
            by_label.setdefault(e.label_, []).append(e)
        for label, ents in sorted(by_label.items(), key=lambda kv: -len(kv[1])):
            items = []
            for e in sorted(ents, key=lambda e: -len(e.mentions)):
                extra = f"={e.value}" if e.value else ""
                items.append(f"{e.name}{extra}" + (f" ×{len(e.mentions)}" if len(e.mentions) > 1 else ""))
            add(textwrap.fill(f"{label}: " + "; ".join(items), _WIDTH, initial_indent="  ", subsequent_indent="      "))
    if doc.warnings:
        add("")
        add(f"Warnings ({len(doc.warnings)})")
        for w in doc.warnings:
            add(f"  {w.code} at {w.start}: {_clip(w.message, 80)}")
    return "\n".join(out)
