"""parley on Dask: pickling, analyze_bag on a real 2-process LocalCluster (loopback only), to_dataframe,
and the CLI's --scheduler. Skipped only when the ``dask`` extra is not installed."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import parley

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
import parley.dask as pdask  # noqa: E402  (after the importorskip)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
REPLICAS = 4


def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    # The bundled examples are copies of three corpus files: enough to run on a tree without shared/.
    return files or [parley.examples.path(n) for n in parley.examples.names()]


def corpus_texts() -> list[str]:
    """The corpus, replicated, each copy slightly varied so that no two texts are identical."""
    base = [p.read_text(encoding="utf-8") for p in corpus_files()]
    out = []
    for r in range(REPLICAS):
        for t in base:
            out.append(t if r == 0 else t + f"\nCopy {r} of this article, made for the cluster test.")
    return out


# A document with every part filled in, independent of how far the stages have come.
TEXT = ("Кремль и «Роскосмос»: интервью 🚀\n"
        "Question: What did Vladimir Putin say about Roscosmos?\n"
        "Vladimir Putin: We said \u201cthe launch went well\u201d, he noted.\n"
        "Question: And the budget of $5 million?")


def _span(needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def rich_document() -> parley.Document:
    lines = TEXT.split("\n")
    paras, pos = [], 0
    kinds = ["title", "question", "answer", "question"]
    speakers = [None, "S1", "S2", "S1"]
    for line, kind, sp in zip(lines, kinds, speakers):
        paras.append({"start": pos, "end": pos + len(line), "kind": kind, "speaker": sp})
        pos += len(line) + 1
    q0, q1 = _span("the launch went well")
    p0, p1 = _span("Vladimir Putin", 1)
    d = {
        "schema": parley.SCHEMA, "text": TEXT,
        "meta": {"title": lines[0], "subtitle": "", "authors": ["Анна Петрова"],
                 "guests": [{"name": "Vladimir Putin", "description": "President"}], "source_url": "",
                 "disclaimer": ""},
        "paragraphs": paras,
        "speakers": [{"id": "S1", "role": "interviewer", "name": "Question", "labels": ["Question"],
                      "description": ""},
                     {"id": "S2", "role": "guest", "name": "Vladimir Putin", "labels": ["Vladimir Putin"],
                      "description": "President"}],
        "turns": [{"speaker": "S1", "paragraphs": [1], "start": paras[1]["start"], "end": paras[1]["end"],
                   "reply_to": None},
                  {"speaker": "S2", "paragraphs": [2], "start": paras[2]["start"], "end": paras[2]["end"],
                   "reply_to": 0},
                  {"speaker": "S1", "paragraphs": [3], "start": paras[3]["start"], "end": paras[3]["end"],
                   "reply_to": None}],
        "quotes": [{"start": q0, "end": q1, "kind": "quotation", "speaker": "E1", "speaker_text": "Vladimir Putin",
                    "speaker_start": p0, "speaker_end": p1, "cue": "said", "channel": None, "closed": True}],
        "entities": [
            {"id": "E1", "label": "PERSON", "name": "Vladimir Putin",
             "mentions": [dict(zip(("start", "end"), _span("Vladimir Putin", i))) for i in range(2)],
             "attributes": {}},
            {"id": "E2", "label": "ORG", "name": "Roscosmos",
             "mentions": [dict(zip(("start", "end"), _span("Роскосмос"))),
                          dict(zip(("start", "end"), _span("Roscosmos")))], "attributes": {}},
            {"id": "E3", "label": "MONEY", "name": "$5 million",
             "mentions": [dict(zip(("start", "end"), _span("$5 million")))], "attributes": {"value": ["5000000 USD"]}},
        ],
        "warnings": [{"start": 0, "end": 6, "code": "test", "message": "a warning"}],
    }
    return parley.Document.from_json(d)


# ------------------------------------------------------------------------------------------ pickling


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_document_pickle_round_trips_exactly(protocol):
    docs = [parley.analyze(t) for t in corpus_texts()[:len(corpus_files())]] + [rich_document()]
    for doc in docs:
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert type(back) is parley.Document
        assert back == doc
        assert back.to_json() == doc.to_json()
        assert back.text == doc.text
        assert back.ents == doc.ents and back.quotes == doc.quotes and back.turns == doc.turns


def test_document_pickle_is_compact_json():
    doc = rich_document()
    data = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
    assert doc.to_json().encode("utf-8") in data
    assert len(data) < len(doc.to_json().encode("utf-8")) + 200
    # Cached properties already computed are not carried along.
    _ = doc.entities, doc.paragraphs
    assert len(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)) == len(data)


def test_rich_document_offsets_survive_pickling():
    back = pickle.loads(pickle.dumps(rich_document()))
    assert [s.text for s in back.ents] == ["Роскосмос", "Vladimir Putin", "Roscosmos", "Vladimir Putin", "$5 million"]
    assert back.quotes[0].text == "the launch went well" and back.quotes[0].speaker == "E1"
    assert back.entity("E3").value == "5000000 USD"


def test_analyzer_pickles_by_options():
    a = parley.Analyzer(gazetteer={"Roscosmos": "ORG"}, aliases={"Kiev": "Kyiv"}, quotes=False,
                        cue_verbs=["quipped"], guest_labels=["Expert"])
    b = pickle.loads(pickle.dumps(a))
    assert isinstance(b, parley.Analyzer)
    assert b.options == a.options
    assert len(pickle.dumps(a)) < 1000
    text = corpus_texts()[0]
    assert b(text) == a(text)


def test_unpickled_analyzer_is_built_once_per_process():
    a = parley.Analyzer(cue_verbs=["quipped"])
    data = pickle.dumps(a)
    assert pickle.loads(data) is pickle.loads(data)
    other = pickle.loads(pickle.dumps(parley.Analyzer(cue_verbs=["mused"])))
    assert other is not pickle.loads(data)
    assert other.options["cue_verbs"] == ["mused"]


# ------------------------------------------------------------------------------------------ the cluster


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as c:
        c.wait_for_workers(2, timeout=60)
        yield c


def _on_worker(analyzer, _i):
    import os as _os

    return _os.getpid(), id(analyzer)


def test_cluster_has_two_worker_processes(client):
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_analyzer_is_built_once_per_worker_not_per_task(client):
    analyzer = parley.Analyzer(cue_verbs=["opined"])
    futures = [client.submit(_on_worker, analyzer, i, pure=False) for i in range(24)]
    seen = client.gather(futures)
    by_worker: dict[int, set] = {}
    for pid, ident in seen:
        by_worker.setdefault(pid, set()).add(ident)
    assert os.getpid() not in by_worker
    assert all(len(ids) == 1 for ids in by_worker.values()), by_worker


def test_analyze_bag_equals_local_pipe_document_by_document(client):
    texts = corpus_texts()
    expected = list(parley.Analyzer().pipe(texts))
    bag = db.from_sequence(texts, npartitions=6)
    got = client.compute(pdask.analyze_bag(bag)).result()
    assert len(got) == len(expected) == len(corpus_files()) * REPLICAS
    for i, (g, e) in enumerate(zip(got, expected)):
        assert isinstance(g, parley.Document)
        assert g == e, f"document {i} differs"
        assert g.text == texts[i]
        assert g.to_json() == e.to_json()


def test_analyze_bag_with_options_and_threads(client):
    texts = corpus_texts()
    local = parley.Analyzer(quotes=False, gazetteer={"Kremlin": "ORG"})
    bag = db.from_sequence(texts, npartitions=3)
    got = client.compute(pdask.analyze_bag(bag, quotes=False, gazetteer={"Kremlin": "ORG"}, n_threads=2)).result()
    assert got == list(local.pipe(texts))
    got = client.compute(pdask.analyze_bag(bag, analyzer=local)).result()
    assert got == list(local.pipe(texts))


def test_analyze_bag_rejects_bad_options_before_running():
    bag = db.from_sequence(["text"])
    with pytest.raises(TypeError):
        pdask.analyze_bag(bag, no_such_option=True)
    with pytest.raises(TypeError):
        pdask.analyze_bag(bag, analyzer=parley.Analyzer(), quotes=False)
    with pytest.raises(parley.Error):
        pdask.analyze_bag(bag, gazetteer={"X": "NOT_A_LABEL"})


def test_read_texts_and_keyed_records(client, tmp_path):
    files = corpus_files()
    for r in range(2):
        d = tmp_path / f"copy{r}"
        d.mkdir()
        for f in files:
            shutil.copy(f, d / f.name)
    (tmp_path / "notes.csv").write_text("not an article")
    bag = pdask.read_texts(tmp_path, files_per_partition=3)
    paths = sorted(str(p) for p in tmp_path.rglob("*.txt"))
    pairs = client.compute(pdask.analyze_bag(bag)).result()
    assert [k for k, _ in pairs] == paths
    local = parley.Analyzer()
    for path, doc in pairs:
        assert doc == local(Path(path).read_bytes())
    records = client.compute(pdask.analyze_bag(bag, records=True)).result()
    assert [r["key"] for r in records] == paths
    globbed = client.compute(pdask.read_texts(str(tmp_path / "copy1" / "*.txt"))).result()
    assert [k for k, _ in globbed] == [p for p in paths if "/copy1/" in p]
    assert [t for _, t in globbed] == [f.read_text(encoding="utf-8") for f in files]
    for rec, (path, doc) in zip(records, pairs):
        assert {k: v for k, v in rec.items() if k != "key"} == doc.to_dict()
        json.dumps(rec)  # plain data


def test_analyze_bag_records_of_bare_texts_empty_partitions_and_mixed_input(client):
    texts = corpus_texts()[:3]
    bag = db.from_sequence(texts, npartitions=3).filter(lambda t: t is not texts[1] and len(t) != len(texts[1]))
    records = client.compute(pdask.analyze_bag(bag, records=True)).result()
    local = [parley.analyze(t).to_dict() for t in texts if len(t) != len(texts[1])]
    assert records == local and all("key" not in r for r in records)
    assert client.compute(pdask.analyze_bag(db.from_sequence([], npartitions=1))).result() == []
    mixed = db.from_sequence(["a text", ("k", "another")], npartitions=1)
    with pytest.raises(TypeError, match="mixes"):
        client.compute(pdask.analyze_bag(mixed)).result()


def test_invalid_utf8_fails_with_parse_error(client):
    bag = db.from_sequence([b"fine", b"caf\xe9 au lait"], npartitions=1)
    with pytest.raises(parley.ParseError) as info:
        client.compute(pdask.analyze_bag(bag)).result()
    assert info.value.position == 3


# ------------------------------------------------------------------------------------------ tables


def _plain(value):
    """A cell as plain Python: <NA>/None as None, arrays as lists."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(x) for x in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return None if value is None or pd.isna(value) else value


def _is_map(dtype) -> bool:
    import pyarrow as pa

    return isinstance(dtype, pd.ArrowDtype) and pa.types.is_map(dtype.pyarrow_dtype)


def _records(frame) -> list[dict]:
    maps = {c for c, t in frame.dtypes.items() if _is_map(t)}  # Arrow maps read back as (key, value) pairs
    return [{k: _plain(dict(v) if k in maps else v) for k, v in row.items()} for row in frame.to_dict("records")]


def test_to_dataframe_tables_of_a_rich_document(client):
    doc = rich_document()
    bag = db.from_sequence([("a", doc), ("b", doc)], npartitions=2)
    for table in pdask.TABLES:
        df = client.compute(pdask.to_dataframe(bag, table)).result()
        assert df.dtypes.to_dict() == pdask.meta(table).dtypes.to_dict()
        # The same rows and columns as Document.to_pandas, once per document, after the "doc" column.
        expected = doc.to_pandas(table)
        assert list(df.columns) == ["doc", *expected.columns]
        assert df.doc.tolist() == ["a"] * len(expected) + ["b"] * len(expected)
        rows = _records(df.drop(columns="doc"))
        assert rows == _records(expected) * 2, table
        assert len(rows) > 0, table

    ents = client.compute(pdask.to_dataframe(bag, "entities")).result()
    assert ents[ents.doc == "a"][["id", "label", "name", "mentions"]].values.tolist() == [
        ["E1", "PERSON", "Vladimir Putin", 2], ["E2", "ORG", "Roscosmos", 2], ["E3", "MONEY", "$5 million", 1]]
    e3 = ents[ents.id == "E3"].iloc[0]
    assert e3.value == "5000000 USD" and dict(e3.attributes) == {"value": ["5000000 USD"]}
    assert (ents[ents.id == "E1"].value == "").all()  # an absent text is "", as in Document.to_pandas

    quotes = client.compute(pdask.to_dataframe(bag, "quotes")).result()
    row = quotes.iloc[0]
    assert (row.doc, row.text, row.speaker, row.speaker_name, row.cue, bool(row.closed)) == (
        "a", "the launch went well", "E1", "Vladimir Putin", "said", True)
    assert row.channel == ""

    turns = client.compute(pdask.to_dataframe(bag, "turns")).result()
    a = turns[turns.doc == "a"]
    assert a.role.tolist() == ["interviewer", "guest", "interviewer"]
    assert a.reply_to.tolist()[1] == 0 and pd.isna(a.reply_to.tolist()[0])
    assert _plain(a.paragraphs.tolist()) == [[1], [2], [3]]
    assert a.text.tolist()[1] == TEXT.split("\n")[2]

    mentions = client.compute(pdask.to_dataframe(bag, "mentions")).result()
    assert mentions[mentions.doc == "b"].text.tolist() == [s.text for s in doc.ents]
    assert all(TEXT[s:e] == t for s, e, t in zip(mentions.start, mentions.end, mentions.text))


def test_to_dataframe_goes_to_parquet(client, tmp_path):
    pytest.importorskip("pyarrow")
    bag = db.from_sequence([("a", rich_document())], npartitions=1)
    for table in ("entities", "turns", "speakers"):
        pdask.to_dataframe(bag, table).to_parquet(tmp_path / table)
        back = pd.read_parquet(tmp_path / table, dtype_backend="pyarrow")
        assert _records(back) == _records(client.compute(pdask.to_dataframe(bag, table)).result())


def test_to_dataframe_of_the_analysed_corpus(client):
    texts = corpus_texts()
    docs = pdask.analyze_bag(db.from_sequence(texts, npartitions=4))
    local = list(parley.Analyzer().pipe(texts))
    for table in pdask.TABLES:
        ddf = pdask.to_dataframe(docs, table)
        assert ddf.dtypes.to_dict() == pdask.meta(table).dtypes.to_dict()
        df = client.compute(ddf).result()
        assert df.dtypes.to_dict() == pdask.meta(table).dtypes.to_dict()
        assert len(df) == sum(len(d.to_pandas(table)) for d in local)
    paras = client.compute(pdask.to_dataframe(docs, "paragraphs")).result()
    assert paras.doc.nunique() == len(texts)
    # Bare Documents are named "partition:index"; text is the code-point slice of the document.
    by_doc = {d: g for d, g in paras.groupby("doc", sort=False)}
    first = by_doc["0:0"]
    assert first.text.tolist() == [p.text for p in local[0].paragraphs]
    assert first.kind.tolist() == [p.kind for p in local[0].paragraphs]


def test_to_dataframe_accepts_records_and_empty_bags(client):
    doc = rich_document()
    recs = db.from_sequence([{"key": "k1", **doc.to_dict()}, doc.to_dict()], npartitions=1)
    df = client.compute(pdask.to_dataframe(recs, "entities")).result()
    assert df.doc.tolist() == ["k1"] * 3 + ["0:1"] * 3
    empty = client.compute(pdask.to_dataframe(db.from_sequence([], npartitions=1), "quotes")).result()
    assert len(empty) == 0 and list(empty.columns) == list(pdask.meta("quotes").columns)
    with pytest.raises(ValueError):
        pdask.to_dataframe(recs, "sentences")


# ------------------------------------------------------------------------------------------ the CLI


def _parley(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_cli_scheduler_writes_what_the_local_run_writes(client, tmp_path):
    corpus = tmp_path / "corpus"
    for r in range(3):
        (corpus / f"set{r}").mkdir(parents=True)
        for f in corpus_files():
            shutil.copy(f, corpus / f"set{r}" / f.name)
    (corpus / "set1" / "broken.txt").write_bytes(b"caf\xe9\n")
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")

    # Relative paths, as a user types them: the workers get absolute ones, the output keeps these.
    remote = _parley("analyze", "corpus", "--scheduler", address, "--format", "jsonl", "-o", "remote.jsonl",
                     cwd=tmp_path)
    local = _parley("analyze", "corpus", "--format", "jsonl", "-o", "local.jsonl", cwd=tmp_path)
    assert remote.returncode == local.returncode == 1  # the broken file
    assert "corpus/set1/broken.txt" in remote.stderr and "byte offset 3" in remote.stderr
    out = (tmp_path / "remote.jsonl").read_text(encoding="utf-8")
    assert out == (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(x) for x in out.splitlines()]
    assert len(lines) == 3 * len(corpus_files())
    assert lines[0]["file"] == str(Path("corpus") / "set0" / corpus_files()[0].name)
    assert parley.Document.from_json({k: v for k, v in lines[0].items() if k != "file"}) == parley.read(
        corpus_files()[0])

    (corpus / "set1" / "broken.txt").unlink()
    ok = _parley("analyze", "corpus", "--scheduler", address, "-o", "ok.jsonl", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert len((tmp_path / "ok.jsonl").read_text(encoding="utf-8").splitlines()) == 3 * len(corpus_files())


def test_cli_scheduler_uses_the_command_line_options(client, tmp_path):
    (tmp_path / "in").mkdir()
    for f in corpus_files():
        shutil.copy(f, tmp_path / "in" / f.name)
    (tmp_path / "gaz.tsv").write_text("Planet Money\tORG\nTruth Social\tPRODUCT\nVologda\tGPE\n", encoding="utf-8")
    opts = ["--gazetteer", "gaz.tsv", "--cue-verb", "quipped", "--interviewer-label", "Correspondent"]
    remote = _parley("analyze", "in", *opts, "--scheduler", client.scheduler.address, "-o", "remote.jsonl",
                     cwd=tmp_path)
    local = _parley("analyze", "in", *opts, "-o", "local.jsonl", cwd=tmp_path)
    assert remote.returncode == local.returncode == 0, remote.stderr
    assert (tmp_path / "remote.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    expected = parley.Analyzer(gazetteer=tmp_path / "gaz.tsv", cue_verbs=["quipped"],
                               interviewer_labels=["Correspondent"])
    for line, f in zip((tmp_path / "remote.jsonl").read_text(encoding="utf-8").splitlines(), corpus_files()):
        rec = json.loads(line)
        assert parley.Document.from_json({k: v for k, v in rec.items() if k != "file"}) == expected(f.read_bytes())


def test_cli_scheduler_refuses_stdin_and_reports_unreachable_scheduler(tmp_path):
    r = subprocess.run([sys.executable, "-m", "parley", "analyze", "-", "--scheduler", "tcp://127.0.0.1:9"],
                       input="text", capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "standard input" in r.stderr
    f = tmp_path / "a.txt"
    f.write_text("Some text.")
    r = _parley("analyze", str(f), "--scheduler", "nonsense://nowhere", cwd=tmp_path)
    assert r.returncode == 1 and "Dask scheduler" in r.stderr
