"""The real saved pages of ../shared/html against their gold (tests/data/html, annotated before parley first
ran on them): meta fields and the turn roles of the interview pages. ``python tests/test_html_pages.py``
prints the figures. The pages are read where they are, never copied; the tests skip when they are absent."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

import parley

pytest.importorskip("trafilatura", reason="HTML input needs the parley[html] extra")

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "html"
PAGES = HERE.parent.parent / "shared" / "html"
META_FIELDS = ("title", "authors", "published", "site", "source_url")
META_GOAL, ROLES_GOAL = 0.90, 0.95


def _gold(name: str) -> dict:
    return {k: v for k, v in json.loads((GOLD / name).read_text(encoding="utf-8")).items() if not k.startswith("_")}


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def _url(s: str) -> str:
    return re.sub(r"^[a-z]+://", "", s.strip().casefold()).rstrip("/")


def meta_checks(doc: parley.Document, gold: dict) -> dict[str, bool]:
    """Each scored field of ``doc.meta``: right or wrong against the page's gold."""
    m = doc.meta
    return {
        "title": _fold(m.title) == _fold(gold["title"]),
        "authors": sorted(map(_fold, m.authors)) == sorted(map(_fold, gold["authors"])),
        "published": m.published[:10] == gold["published"],
        "site": _fold(m.site) in {_fold(s) for s in gold["site"]},
        "source_url": _url(m.source_url) == _url(gold["source_url"]),
    }


def _role(doc: parley.Document, paragraph) -> str:
    if not paragraph.speaker:
        return "."
    return "I" if doc.speaker(paragraph.speaker).role == "interviewer" else "G"


def role_checks(doc: parley.Document, gold: list[dict]) -> list[tuple[dict, str]]:
    """Each scored gold paragraph with the role parley gave it ('-' when no paragraph matches). A gold
    paragraph matches the first paragraph after the previous match that starts with its text."""
    paras = [(_fold(p.text), p) for p in doc.paragraphs]
    out, at = [], 0
    for g in gold:
        want = _fold(g["text"])
        hit = next((i for i in range(at, len(paras)) if paras[i][0].startswith(want)), None)
        if hit is not None:
            at = hit + 1
        if g.get("optional"):
            continue
        out.append((g, "-" if hit is None else _role(doc, paras[hit][1])))
    return out


def _pages() -> list[str]:
    if not PAGES.is_dir():
        pytest.skip(f"the saved pages are not here: {PAGES} (see tests/data/html/README.md)")
    return sorted(_gold("meta.json"))


@pytest.fixture(scope="module")
def docs() -> dict[str, parley.Document]:
    return {name: parley.read(PAGES / name) for name in _pages()}


def test_meta_fields_are_right_on_at_least_90_percent(docs):
    gold = _gold("meta.json")
    results = {name: meta_checks(docs[name], gold[name]) for name in docs}
    right = sum(sum(r.values()) for r in results.values())
    total = sum(len(r) for r in results.values())
    wrong = {n: [f for f, ok in r.items() if not ok] for n, r in results.items() if not all(r.values())}
    assert right / total >= META_GOAL, f"meta {right}/{total}; wrong: {wrong}"


def test_turn_roles_are_right_on_at_least_95_percent(docs):
    gold = _gold("roles.json")
    right = total = 0
    wrong = []
    for name, rows in gold.items():
        for g, got in role_checks(docs[name], rows):
            total += 1
            right += got == g["role"]
            if got != g["role"]:
                wrong.append((name[:2], g["role"], got, g["text"][:30]))
    assert right / total >= ROLES_GOAL, f"roles {right}/{total}; wrong: {wrong[:20]}"


def test_every_offset_refers_to_the_extracted_text(docs):
    for doc in docs.values():
        for p in doc.paragraphs:
            assert doc.text[p.start:p.end] == p.text
        for s in doc.ents:
            assert doc.text[s.start:s.end] == s.text
        assert parley.Document.from_json(doc.to_json()) == doc


def main() -> int:
    meta_gold, role_gold = _gold("meta.json"), _gold("roles.json")
    right = total = 0
    for name in sorted(meta_gold):
        doc = parley.read(PAGES / name)
        checks = meta_checks(doc, meta_gold[name])
        right += sum(checks.values())
        total += len(checks)
        line = f"{name[:40]:40} meta {sum(checks.values())}/{len(checks)}"
        missed = [f"{f}={getattr(doc.meta, f)!r}"[:70] for f, ok in checks.items() if not ok]
        if name in role_gold:
            rows = role_checks(doc, role_gold[name])
            ok = sum(got == g["role"] for g, got in rows)
            line += f"  roles {ok}/{len(rows)}"
            missed += [f"{g['role']}->{got} {g['text'][:40]!r}" for g, got in rows if got != g["role"]][:8]
        print(line)
        for m in missed:
            print("    ", m)
    rows = [(g, got) for name, gold in role_gold.items() for g, got in role_checks(parley.read(PAGES / name), gold)]
    ok = sum(got == g["role"] for g, got in rows)
    print(f"meta {right}/{total} = {right / total:.1%}; roles {ok}/{len(rows)} = {ok / len(rows):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
