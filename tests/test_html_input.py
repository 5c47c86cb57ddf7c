"""HTML input (parley[html]): text and turns from a page, meta with provenance, encodings, bad input, the
CLI on a folder mixing .txt and .html."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import parley

pytest.importorskip("trafilatura", reason="HTML input needs the parley[html] extra")

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "html"
INTERVIEW = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title} | Daily Courier</title>
<meta property="og:site_name" content="Daily Courier"><meta property="article:published_time" content="2024-05-02T10:00:00+03:00">
<link rel="canonical" href="https://courier.example/interviews/42"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
<p>The economist {guest} spoke to our correspondent about the year ahead and the prices of food.</p>
<p><strong>Q:</strong> {q1}</p><p><strong>{guest}:</strong> {a1}</p><p>{a1b}</p>
<p><b>Q:</b> {q2}</p><p><b>{guest}:</b> {a2}</p></article>
<aside><h3>Related</h3><ul><li><a href="/a">Markets fall again</a></li><li><a href="/b">Rain in May</a></li></ul></aside>
<footer>Share on Facebook | Share on X | © Daily Courier</footer></body></html>"""
EN = dict(title="Prices will calm down by autumn", guest="Anna Berg",
          q1="Anna, will food prices keep rising this summer, as many families fear they will?",
          a1="They will rise a little more in June and July, because the harvest came late this year in the south.",
          a1b="After that the new crop reaches the shops and the pressure eases, first on bread and then on vegetables.",
          q2="What should the central bank do about it in the meantime, in your view?",
          a2="Nothing dramatic. A steady rate and clear words are worth more than a surprise in the middle of summer.")
RU = dict(title="Цены успокоятся к осени", guest="Анна Берг",
          q1="Анна, будут ли цены на продукты расти этим летом, как опасаются многие семьи?",
          a1="Они ещё немного вырастут в июне и июле, потому что урожай на юге в этом году пришёл поздно.",
          a1b="Потом новый урожай доходит до магазинов, и давление ослабевает, сначала на хлеб, потом на овощи.",
          q2="Что в это время должен делать центральный банк, по-вашему?",
          a2="Ничего резкого. Ровная ставка и ясные слова стоят больше, чем сюрприз посреди лета.")
ZH = dict(title="物价将在秋天前趋稳", guest="安娜",
          q1="安娜，今年夏天食品价格会像许多家庭担心的那样继续上涨吗？",
          a1="六月和七月还会再涨一点，因为今年南方的收成来得晚，供应一时跟不上需求。",
          a1b="之后新粮进入商店，压力就会缓解，先是面包，然后是蔬菜，价格会慢慢回落。",
          q2="在这段时间里，中央银行应该做些什么？",
          a2="不必采取激烈措施。稳定的利率和清楚的说明，比盛夏时节的意外举动更有价值。")


def page(fields: dict, charset: str = "utf-8") -> str:
    return INTERVIEW.format(charset=charset, **fields)


def roles(doc: parley.Document) -> list[tuple[str, str]]:
    return [(doc.speaker(t.speaker).role, t.text[:20]) for t in doc.turns]


def test_an_interview_page_gives_its_main_text_turns_and_meta():
    doc = parley.analyze_html(page(EN), url="https://elsewhere.example/copy")
    lines = doc.text.split("\n")
    assert lines[0] == EN["title"]
    assert lines[2].startswith("Q: Anna, will food prices") and "Related" not in doc.text and "Share on" not in doc.text
    assert [r for r, _ in roles(doc)] == ["interviewer", "guest", "interviewer", "guest"]
    assert doc.turns[1].text.endswith(EN["a1b"])
    m = doc.meta
    assert (m.title, m.site, m.published[:10], m.source_url) == (
        EN["title"], "Daily Courier", "2024-05-02", "https://courier.example/interviews/42")
    assert m.provenance["title"] == "text" and m.provenance["site"] == "page" and m.provenance["published"] == "page"
    for s in doc.ents:
        assert doc.text[s.start:s.end] == s.text


def test_the_same_interview_pasted_as_text_and_given_as_html_agree_on_turns():
    html_doc = parley.analyze_html(page(EN))
    text_doc = parley.analyze("\n".join(html_doc.text.split("\n")))
    pasted = parley.analyze("\n\n".join([EN["title"], "The economist Anna Berg spoke to our correspondent about the "
                                         "year ahead and the prices of food.", "Q: " + EN["q1"],
                                         "Anna Berg: " + EN["a1"], EN["a1b"], "Q: " + EN["q2"], "Anna Berg: " + EN["a2"]]))
    assert roles(html_doc) == roles(text_doc) == roles(pasted)


@pytest.mark.skipif(not PAGES.is_dir(), reason=f"the saved pages are not here: {PAGES}")
@pytest.mark.parametrize("page_name, example", [("01-kremlin-itar-tass-interview.html", "kremlin_brics"),
                                                ("02-kremlin-vologda-journalists-questions.html", "kremlin_vologda")])
def test_a_real_interview_page_and_its_pasted_text_agree_on_turns(page_name, example):
    html_doc = parley.read(PAGES / page_name)
    text_doc = parley.read(parley.examples.path(example))
    assert [(t.speaker_name, t.text[:40]) for t in html_doc.turns] == [(t.speaker_name, t.text[:40]) for t in text_doc.turns]


def test_json_round_trip_keeps_published_site_and_provenance():
    doc = parley.analyze_html(page(EN))
    back = parley.Document.from_json(doc.to_json())
    assert back == doc and back.meta.provenance == doc.meta.provenance and back.meta.site == "Daily Courier"
    old = doc.to_dict()
    for key in ("published", "site", "provenance"):
        del old["meta"][key]
    assert parley.Document.from_dict(old).meta.published == ""


@pytest.mark.parametrize("fields, charset", [(RU, "windows-1251"), (RU, "koi8-r"), (ZH, "gbk"), (ZH, "gb18030"),
                                             (ZH, "big5"), (ZH, "shift_jis")])
def test_bytes_are_decoded_by_the_declared_charset(fields, charset):
    if charset == "big5":
        fields = dict(ZH, title="物價將在秋天前趨穩", q1="今年夏天食品價格會繼續上漲嗎？")
    if charset == "shift_jis":
        fields = dict(EN, title="物価は秋までに落ち着く", q1="この夏も食品の価格は上がり続けますか？")
    html = page(fields, charset)
    doc = parley.analyze_html(html.encode(charset, "xmlcharrefreplace"))  # as servers do
    assert doc.text.split("\n")[0] == fields["title"]
    assert fields["q1"] in doc.text


def test_a_wrong_declared_charset_falls_back_to_detection():
    doc = parley.analyze_html(page(RU, "utf-8").encode("windows-1251"))  # declares UTF-8, is windows-1251
    assert doc.text.split("\n")[0] == RU["title"]
    doc = parley.analyze_html(page(RU, "windows-1251").encode("utf-8"))  # declares windows-1251, is UTF-8
    assert doc.text.split("\n")[0] == RU["title"]


def test_an_explicit_encoding_wins_and_is_strict():
    data = page(RU, "utf-8").encode("koi8-r")
    assert parley.analyze_html(data, encoding="koi8-r").meta.title == RU["title"]
    with pytest.raises(parley.ParseError, match="cannot decode as utf-8 at byte offset"):
        parley.analyze_html(data, encoding="utf-8")


@pytest.mark.skipif(not PAGES.is_dir(), reason=f"the saved pages are not here: {PAGES}")
@pytest.mark.parametrize("name, charset", [("08-xinhua-drug-shortage-zh-crlf.html", "gbk"),
                                           ("08-xinhua-drug-shortage-zh-crlf.html", "big5"),
                                           ("01-kremlin-itar-tass-interview.html", "windows-1251")])
def test_a_real_page_re_encoded_reads_the_same(name, charset):
    original = (PAGES / name).read_text(encoding="utf-8")
    recoded = original.replace('charset=utf-8', f'charset={charset}').replace('charset="utf-8"', f'charset="{charset}"')
    data = recoded.encode(charset, "xmlcharrefreplace")  # what Big5 lacks becomes &#NNNN;, as servers do
    assert parley.analyze_html(data).text == parley.analyze_html(original).text


def test_plain_text_files_take_an_encoding(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes("Заголовок\n\nQ: Почему?\nA: Потому что.".encode("windows-1251"))
    with pytest.raises(parley.ParseError, match="invalid UTF-8 at byte offset 0"):
        parley.read(f)
    assert parley.read(f, encoding="windows-1251").text.startswith("Заголовок")
    with pytest.raises(ValueError, match="unknown encoding"):
        parley.read(f, encoding="no-such-codec")


@pytest.mark.parametrize("html", ["", "   \n\t ", b"", "<html><head></head><body></body></html>"])
def test_empty_pages_give_an_empty_document(html):
    doc = parley.analyze_html(html)
    assert doc.text == "" and doc.paragraphs == ()


def test_a_page_without_main_text_gives_its_meta_and_a_warning():
    index = ("<html><head><title>World news | Daily Courier</title><meta property='og:site_name' content='Daily Courier'>"
             "</head><body><nav>" + "".join(f"<a href='/n{i}'>Story {i}</a> " for i in range(40)) + "</nav></body></html>")
    doc = parley.analyze_html(index)
    assert doc.meta.site == "Daily Courier"
    assert any(w.code == "no_main_text" for w in doc.warnings) and doc.text == "World news"


def test_broken_markup_does_not_crash():
    broken = "<html><body><p>Q: Is it <b>broken?</p><p>A: It is <i>quite <div>broken</span> indeed. " * 20
    doc = parley.analyze_html(broken)
    assert isinstance(doc, parley.Document)
    assert "<" not in doc.text


def test_a_page_over_the_size_limit_is_a_clear_error():
    big = b"<html><body><p>" + b"word " * (4 * 1024 * 1024) + b"</p></body></html>"  # 20 MiB
    with pytest.raises(parley.ParseError, match="over the .* bytes HTML input takes"):
        parley.analyze_html(big)


def test_binary_data_named_html_is_a_clear_error(tmp_path):
    f = tmp_path / "image.html"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(parley.ParseError, match="not an HTML page: binary data"):
        parley.read(f)


def test_html_is_recognised_by_content(tmp_path):
    f = tmp_path / "saved.txt"
    f.write_text(page(EN), encoding="utf-8")
    assert parley.read(f).meta.site == "Daily Courier"


def test_without_trafilatura_html_input_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"pip install 'parley\[html\]'"):
        parley.analyze_html(page(EN))


def test_cli_folder_mixing_txt_and_html_with_per_file_errors(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nQ: Why?\nA: Because.", encoding="utf-8")
    (tmp_path / "b.html").write_text(page(EN), encoding="utf-8")
    (tmp_path / "c.html").write_bytes(b"\x00\x01binary" * 100)
    (tmp_path / "d.htm").write_bytes(page(RU, "windows-1251").encode("windows-1251"))
    r = subprocess.run([sys.executable, "-m", "parley", "analyze", str(tmp_path), "--format", "jsonl"],
                       capture_output=True, text=True)
    assert r.returncode == 1
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(d["file"]).name for d in docs] == ["a.txt", "b.html", "d.htm"]
    assert docs[1]["meta"]["site"] == "Daily Courier" and docs[2]["meta"]["title"] == RU["title"]
    assert "c.html: not an HTML page: binary data" in r.stderr


def test_cli_encoding_option(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes("Заголовок\n\nQ: Почему?\nA: Потому что.".encode("koi8-r"))
    r = subprocess.run([sys.executable, "-m", "parley", "analyze", str(f), "--encoding", "koi8-r"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and json.loads(r.stdout)["text"].startswith("Заголовок")
    r = subprocess.run([sys.executable, "-m", "parley", "analyze", str(f), "--encoding", "nope"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "unknown encoding 'nope'" in r.stderr
