"""The batch machinery: order, one record per document, timeouts, crashes, resume, formats.

Most tests use timeline.batch.testing.FakeEngine (microseconds a document) so that they test
the machinery, not the engine's speed; tests/test_batch_engine.py goes through the real engine.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from timeline.batch import ErrorRecord, reconstruct_many, run_batch
from timeline.batch.sinks import repair_and_count
from timeline.batch.testing import FakeEngine
from timeline.cli import app
from timeline.models import Timeline

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = "2021-03-04T09:30:00"


def write_jsonl(path: Path, texts, ids=None) -> list[str]:
    ids = ids or [f"d{i}" for i in range(len(texts))]
    with open(path, "w", encoding="utf-8") as handle:
        for doc_id, text in zip(ids, texts):
            handle.write(json.dumps({"id": doc_id, "text": text, "published": PUBLISHED}) + "\n")
    return ids


def read_ids(path: Path) -> list[str]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        record = json.loads(line)
        out.append(record["id"] if "error" in record else record["document"]["id"])
    return out


def fake_batch(tmp_path, inp, out, **kw):
    kw.setdefault("workers", 2)
    kw.setdefault("progress", False)
    return run_batch(str(inp), str(out), engine_factory=FakeEngine, **kw)


def test_order_is_input_order_with_two_workers(tmp_path):
    texts = ["SLOW" if i % 9 == 0 else f"text {i}" for i in range(230)]
    ids = write_jsonl(tmp_path / "in.jsonl", texts)
    summary = fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out.jsonl",
                         chunk_size=7, partition_size=50)
    assert read_ids(tmp_path / "out.jsonl") == ids
    assert (summary.read, summary.written, summary.failed) == (230, 230, 0)


def test_same_output_whatever_the_worker_count(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [f"text {i}" * (i % 5) for i in range(120)])
    fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "one.jsonl", workers=1)
    fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "two.jsonl", workers=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_every_bad_document_gets_its_record_and_the_batch_completes(tmp_path):
    big = "word " * (5 * 1024 * 1024 // 5)  # a 5 MB document
    lines = [
        json.dumps({"id": "ok1", "text": "fine", "published": PUBLISHED}),
        "{this is not json",
        json.dumps({"id": "empty", "text": "", "published": PUBLISHED}),
        json.dumps({"id": "nodate", "text": "no date here"}),
        json.dumps({"id": "badzone", "text": "x", "published": PUBLISHED, "timezone": "Mars/Olympus"}),
        json.dumps({"id": "big", "text": big, "published": PUBLISHED}),
        json.dumps({"id": "slow", "text": "SLEEP", "published": PUBLISHED}),
        json.dumps({"id": "hang", "text": "HANG", "published": PUBLISHED}),
        json.dumps({"id": "crash", "text": "CRASH", "published": PUBLISHED}),
        json.dumps({"id": "boom", "text": "BOOM", "published": PUBLISHED}),
        json.dumps({"id": "ok2", "text": "fine again", "published": PUBLISHED}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    summary = fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out.jsonl", doc_timeout=0.5)
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert summary.read == summary.written + summary.failed == len(lines) == len(records)
    kinds = {(r.get("id") or r["document"]["id"]): r["error"]["kind"] if "error" in r else "ok"
             for r in records}
    assert kinds == {"ok1": "ok", "line-2": "input", "empty": "ok", "nodate": "date",
                     "badzone": "zone", "big": "ok", "slow": "timeout", "hang": "timeout",
                     "crash": "internal", "boom": "internal", "ok2": "ok"}
    assert summary.failures == {"input": 1, "date": 1, "zone": 1, "timeout": 2, "internal": 2}


def test_partial_last_line_is_repaired_on_resume(tmp_path):
    ids = write_jsonl(tmp_path / "in.jsonl", [f"t{i}" for i in range(40)])
    fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "full.jsonl")
    full = (tmp_path / "full.jsonl").read_bytes()
    lines = full.splitlines(keepends=True)
    (tmp_path / "out.jsonl").write_bytes(b"".join(lines[:13]) + lines[13][:25])  # killed mid-write
    summary = fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out.jsonl", resume=True)
    assert (summary.skipped, summary.read) == (13, 27)
    assert (tmp_path / "out.jsonl").read_bytes() == full
    assert read_ids(tmp_path / "out.jsonl") == ids


def _batch_subprocess(inp: Path, out: Path, **kw) -> subprocess.Popen:
    code = ("import sys\nfrom timeline.batch import run_batch\nfrom timeline.batch.testing import FakeEngine\n"
            "if __name__ == '__main__':\n"
            f"    s = run_batch({str(inp)!r}, {str(out)!r}, workers=2, progress=False, "
            f"engine_factory=FakeEngine, **{kw!r})\n"
            "    print(s.read, s.written, s.failed, s.interrupted)\n")
    script = out.parent / "run.py"
    script.write_text(code)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for(predicate, seconds=60.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_resume_after_a_kill_loses_and_duplicates_nothing(tmp_path):
    ids = write_jsonl(tmp_path / "in.jsonl", [f"SLOW {i}" for i in range(300)])
    out = tmp_path / "out.jsonl"
    proc = _batch_subprocess(tmp_path / "in.jsonl", out, chunk_size=5)
    _wait_for(lambda: _lines(out) >= 40)
    proc.send_signal(signal.SIGKILL)  # no chance to clean up
    proc.wait(timeout=30)
    done = _lines(out)
    assert 40 <= done < 300
    summary = fake_batch(tmp_path, tmp_path / "in.jsonl", out, resume=True, chunk_size=5)
    assert read_ids(out) == ids
    assert summary.skipped + summary.read == 300


def test_sigterm_leaves_a_valid_resumable_parquet_output(tmp_path):
    ids = write_jsonl(tmp_path / "in.jsonl", [f"SLOW {i}" for i in range(300)])
    out = tmp_path / "out"
    proc = _batch_subprocess(tmp_path / "in.jsonl", out, fmt="parquet", partition_size=40, chunk_size=5)
    _wait_for(lambda: len(list((out / "documents").glob("part-*.parquet"))) >= 2)
    proc.send_signal(signal.SIGTERM)
    stdout, _ = proc.communicate(timeout=60)
    assert stdout.split()[-1] == "True"  # interrupted, summary printed
    read, written, failed = map(int, stdout.split()[:3])
    assert read == written + failed
    kept = pq.read_table(out / "documents").num_rows
    assert kept % 40 == 0 and 80 <= kept < 300  # only whole partitions
    summary = fake_batch(tmp_path, tmp_path / "in.jsonl", out, fmt="parquet", resume=True,
                         partition_size=40, chunk_size=5)
    assert summary.skipped == kept
    documents = pq.read_table(out / "documents").to_pydict()
    assert documents["id"] == ids and documents["doc_position"] == list(range(300))


def test_parquet_tables_are_keyed_by_document(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["a", "BOOM", "c"], ids=["x", "y", "z"])
    fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out", fmt="parquet", workers=1)
    docs = pq.read_table(tmp_path / "out" / "documents").to_pydict()
    assert docs["id"] == ["x", "y", "z"] and docs["ok"] == [True, False, True]
    assert docs["error_kind"] == [None, "internal", None]
    assert json.loads(docs["json"][0])["document"]["id"] == "x"
    for table in ("timexes", "events", "relations"):
        schema = pq.read_schema(next((tmp_path / "out" / table).glob("*.parquet")))
        assert {"doc_id", "doc_position"} <= set(schema.names)


def test_partitioned_output_refuses_to_overwrite_without_resume(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["a"])
    fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out", workers=1)
    from timeline.errors import InputError

    with pytest.raises(InputError):
        fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out", workers=1)


def test_inputs_parquet_and_folder(tmp_path):
    import pyarrow as pa

    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["one", "two"],
                             "published": [PUBLISHED, None]}), tmp_path / "in.parquet")
    fake_batch(tmp_path, tmp_path / "in.parquet", tmp_path / "p.jsonl", workers=1,
               published_default="2020-01-01")
    records = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert [r["document"]["published"][:10] for r in records] == ["2021-03-04", "2020-01-01"]
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "a.txt").write_text("alpha")
    (folder / "a.meta.json").write_text(json.dumps({"published": "1999-12-31", "timezone": "Europe/Paris"}))
    (folder / "b.txt").write_text("beta")
    fake_batch(tmp_path, folder, tmp_path / "f.jsonl", workers=1)
    records = [json.loads(x) for x in (tmp_path / "f.jsonl").read_text().splitlines()]
    assert records[0]["document"]["timezone"] == "Europe/Paris"
    assert records[1] == {"id": "b", "error": records[1]["error"]} and records[1]["error"]["kind"] == "date"


def test_reconstruct_many_yields_in_order_with_errors_as_values():
    from timeline.api import make_document

    docs = [make_document(f"text {i}" if i != 3 else "BOOM", PUBLISHED, id=f"d{i}") for i in range(30)]
    docs.insert(5, {"id": "nodate", "text": "x"})
    for workers in (0, 2):
        results = list(reconstruct_many(iter(docs), workers=workers, engine_factory=FakeEngine,
                                        chunk_size=4))
        assert len(results) == 31
        assert isinstance(results[5], ErrorRecord) and results[5].error.kind == "date"
        assert isinstance(results[3], ErrorRecord) and results[3].id == "d3"
        assert all(isinstance(r, Timeline) for i, r in enumerate(results) if i not in (3, 5))
        assert [r.document.id for r in results if isinstance(r, Timeline)][:4] == ["d0", "d1", "d2", "d4"]


def test_cli_batch_bad_input_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "missing.jsonl" in result.output
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-o", "x.jsonl", "--format", "xml"])
    assert result.exit_code == 2


def test_resume_counts_duplicate_ids(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_text('{"id":"a","error":{"kind":"x","message":"m"}}\n'
                    '{"schema_version":"1.0","document":{"id":"a"}}\n{"id":"b"')
    assert repair_and_count(path) == {"a": 2}
    assert path.read_text().endswith("}}\n")


def test_cli_batch_through_the_tagger(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["It rained yesterday.", "", "On May 5, 2020 they met."])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"),
                                      "--workers", "1", "--format", "parquet", "--tag-only", "-q"])
    assert result.exit_code == 0, result.output
    assert "read 3, written 3, failed 0" in result.output
    timexes = pq.read_table(tmp_path / "out" / "timexes").to_pydict()
    assert timexes["doc_id"] == ["d0", "d2"] and timexes["text"] == ["yesterday", "May 5, 2020"]
    assert timexes["value"][0] == "2021-03-03"


def test_workers_are_recycled_after_a_number_of_documents():
    from timeline.api import make_document
    from timeline.batch.pool import LocalPool
    from timeline.settings import Settings

    docs = [make_document(f"t{i}", PUBLISHED, id=f"d{i}") for i in range(60)]
    chunks = [docs[i:i + 5] for i in range(0, 60, 5)]
    with LocalPool(2, FakeEngine, Settings(), mode="object", recycle_after=10) as pool:
        ids = [r.document.id for r in pool.map(iter(chunks))]
    assert ids == [d.id for d in docs]
    assert len(pool.peak_rss_mb) >= 6  # 60 documents, 10 per process


@pytest.mark.parametrize("content, ids", [
    # an exported array and one pretty-printed document: read line by line, each had become one
    # 'malformed JSON' record per line
    (json.dumps([{"id": "a", "text": "one", "published": PUBLISHED},
                 {"id": "b", "text": "two", "published": PUBLISHED}], indent=2), ["a", "b"]),
    (json.dumps({"id": "solo", "text": "one", "published": PUBLISHED}, indent=2), ["solo"]),
    (json.dumps({"id": "line", "text": "one", "published": PUBLISHED}) + "\n"
     + json.dumps({"id": "two", "text": "two", "published": PUBLISHED}) + "\n", ["line", "two"]),
])
def test_a_json_file_may_hold_an_array_or_one_document(tmp_path, content, ids):
    (tmp_path / "in.json").write_text(content, encoding="utf-8")
    summary = fake_batch(tmp_path, tmp_path / "in.json", tmp_path / "o.jsonl", workers=1)
    assert read_ids(tmp_path / "o.jsonl") == ids and summary.failed == 0


def test_a_broken_json_array_is_one_error_record(tmp_path):
    (tmp_path / "in.json").write_text('[\n  {"id": "a", "text": "one"', encoding="utf-8")
    fake_batch(tmp_path, tmp_path / "in.json", tmp_path / "o.jsonl", workers=1)
    [record] = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert record["error"]["kind"] == "input" and "malformed JSON" in record["error"]["message"]


def test_a_folder_of_json_documents(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"id": "A", "text": "one", "published": PUBLISHED}))
    (folder / "b.txt").write_text("two")
    (folder / "b.meta.json").write_text(json.dumps({"published": "1999-12-31"}))  # a sidecar, no document
    (folder / "c.json").write_text('{"text": ')
    fake_batch(tmp_path, folder, tmp_path / "o.jsonl", workers=1)
    records = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert read_ids(tmp_path / "o.jsonl") == ["A", "b", "c"]
    assert records[1]["document"]["published"].startswith("1999-12-31")
    assert records[2]["error"]["kind"] == "input"


def test_cli_batch_checks_the_default_date_before_it_starts(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["one"])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl"),
                                      "--published", "yesterday-ish", "-q"])
    assert result.exit_code == 2 and not (tmp_path / "o.jsonl").exists()
    [line] = result.stderr.splitlines()
    assert line.startswith("error:") and "yesterday-ish" in line


def test_cli_batch_an_output_named_parquet_is_parquet(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["It rained yesterday."])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                                      "--workers", "1", "--tag-only", "-q"])
    assert result.exit_code == 0, result.output
    timexes = pq.read_table(tmp_path / "out.parquet" / "timexes").to_pydict()
    assert timexes["text"] == ["yesterday"]  # had been a folder of JSON Lines under that name


def test_parquet_into_a_jsonl_name_is_refused(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["one"])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                                      "--format", "parquet", "-q"])
    assert result.exit_code == 2 and not (tmp_path / "out.jsonl").exists()
    [line] = result.stderr.splitlines()
    assert line.startswith("error:") and "out.jsonl" in line and "folder" in line


def test_cli_batch_to_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", ["It rained yesterday.", "On May 5, 2020 they met."])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-o", "-", "--workers", "1",
                                      "--tag-only", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == ["d0", "d1"]
    assert "read 2, written 2, failed 0" in result.stderr
    assert not (tmp_path / "-").exists()  # had been a folder named '-'
    for extra in (["--format", "parquet"], ["--resume"]):
        refused = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-o", "-", "-q", *extra])
        assert refused.exit_code == 2 and refused.stderr.startswith("error:") and refused.stdout == ""


def test_run_batch_reads_the_format_from_the_output_name(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", ["one", "two"])
    fake_batch(tmp_path, tmp_path / "in.jsonl", tmp_path / "out.parquet", workers=1)
    assert pq.read_table(tmp_path / "out.parquet" / "documents").to_pydict()["id"] == ["d0", "d1"]
