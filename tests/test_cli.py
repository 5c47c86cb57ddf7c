"""The command line over many files: jsonl output, workers, progress bar only on a terminal, per-file errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import parley

ARTICLES = {
    "a.txt": "First report\nAnna Lee visited Geneva on May 3.\n",
    "b.txt": "Второй отчёт\n— Что вы думаете?\n— «Всё хорошо», — сказал Иван Петров.\n",
    "sub/c.txt": "Third\nQ: Why?\nA: Because 🤔.\n",
    "sub/notes.csv": "ignored,because,of,the,suffix\n",
}


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley", *args], input=stdin, capture_output=True, cwd=cwd,
                          timeout=120)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("workers", ["1", "3"])
def test_directory_to_jsonl(corpus, tmp_path, workers):
    out = tmp_path / "out.jsonl"
    r = run("analyze", str(corpus), "--format", "jsonl", "-o", str(out), "--workers", workers)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"" and r.stderr == b""  # piped: no progress bar
    lines = out.read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines]
    assert [Path(d["file"]).name for d in docs] == ["a.txt", "b.txt", "c.txt"]  # sorted, recursive, .txt only
    for d in docs:
        assert d["text"] == Path(d["file"]).read_text(encoding="utf-8")
        doc = parley.Document.from_dict({k: v for k, v in d.items() if k != "file"})
        assert doc == parley.analyze(d["text"])


def test_errors_are_reported_per_file_without_stopping(corpus, tmp_path):
    bad = corpus / "bad.txt"
    bad.write_bytes("ok ".encode() + "Привет".encode("cp1251"))
    missing = tmp_path / "missing.txt"
    r = run("analyze", str(corpus / "a.txt"), str(missing), str(bad), str(corpus / "b.txt"), "--format", "jsonl")
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"{missing}: no such file" in err
    assert f"{bad}: invalid UTF-8 at byte offset 3" in err
    names = [json.loads(line)["file"] for line in r.stdout.decode().splitlines()]
    assert names == [str(corpus / "a.txt"), str(corpus / "b.txt")]


def test_stdin(corpus):
    text = ARTICLES["b.txt"]
    r = run("analyze", "-", stdin=text.encode())
    assert r.returncode == 0, r.stderr
    doc = parley.Document.from_json(r.stdout)
    assert doc.text == text and doc == parley.analyze(text)
    r = run("analyze", "-", "--format", "text", stdin=text.encode())
    assert r.stdout.decode().startswith("== -\nTitle:      Второй отчёт")
    r = run("analyze", "-", stdin=b"\xff\xfe")
    assert r.returncode == 1 and b"byte offset 0" in r.stderr


def test_console_script_and_usage_errors(corpus):
    script = Path(sys.executable).with_name("parley")
    if script.exists():
        r = subprocess.run([str(script), "--version"], capture_output=True, timeout=60)
        assert r.returncode == 0 and r.stdout.decode().strip() == f"parley {parley.__version__}"
    assert run("analyze", str(corpus), "--format", "json").returncode == 2  # json takes one input
    assert run("analyze").returncode == 2
    assert run("frobnicate").returncode == 2


def test_extension_options(tmp_path):
    gaz = tmp_path / "gaz.tsv"
    gaz.write_text("Zorblax Corp\tORG\n", encoding="utf-8")
    text = "Zorblax Corp grew. “Never,” Petrov harrumphed.".encode()
    r = run("analyze", "-", "--gazetteer", str(gaz), "--cue-verb", "harrumphed", stdin=text)
    assert r.returncode == 0, r.stderr
    doc = parley.Document.from_json(r.stdout)
    assert ("Zorblax Corp", "ORG") in [(e.name, e.label_) for e in doc.entities]
    assert [q.speaker_text for q in doc.quotes] == ["Petrov"]
    r = run("analyze", "-", "--gazetteer", str(tmp_path / "nope.tsv"), stdin=text)
    assert r.returncode == 2 and b"not found" in r.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_only(corpus, tmp_path):
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    try:
        p = subprocess.run([sys.executable, "-m", "parley", "analyze", str(corpus), "-o", str(tmp_path / "o.jsonl")],
                           stderr=slave, stdout=subprocess.PIPE, timeout=120)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    assert p.returncode == 0
    shown = b"".join(chunks).decode(errors="replace")
    assert "3/3" in shown and "doc" in shown
    # forced on when piped, and off on request
    r = run("analyze", str(corpus), "--progress", "-o", str(tmp_path / "p.jsonl"))
    assert "3/3" in r.stderr.decode()
    r = run("analyze", str(corpus), "--no-progress", "-o", str(tmp_path / "q.jsonl"))
    assert r.stderr == b""
