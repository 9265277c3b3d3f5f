"""The batch through the real engine: worker processes with nlp.pipe give what Engine gives."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.api import Engine
from timeline.batch import run_batch
from timeline.inputs import load_document
from timeline.settings import Settings

TIMEBANK = Path("/work/shared/data/tempeval3/TBAQ-cleaned/TimeBank")

pytestmark = pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TBAQ corpus not available")


def test_two_workers_with_nlp_pipe_match_the_engine_document_by_document(tmp_path):
    files = sorted(TIMEBANK.glob("*.tml"), key=lambda p: p.stat().st_size)[:5]
    documents = [load_document(p.read_bytes(), path=p) for p in files]
    lines = [json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat(),
                         "timezone": d.timezone}) for d in documents]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "empty", "text": "", "published": "2020-02-02"}))
    lines.append(json.dumps({"id": "huge", "text": "It rained. " * 480_000, "published": "2020-02-02"}))
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    summary = run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), workers=2,
                        progress=False, chunk_size=3, doc_timeout=120)
    assert (summary.read, summary.written, summary.failed) == (8, 6, 2)
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert records[2]["error"]["kind"] == "input"
    huge = records.pop()  # 5 MB: over spaCy's limit, an error record that says so
    assert huge["id"] == "huge" and huge["error"]["kind"] == "input" and "limit" in huge["error"]["message"]
    assert records[4]["document"]["id"] == "empty" and records[4]["timexes"] == []
    engine = Engine(Settings())
    expected = [engine.reconstruct(d).model_dump(mode="json", by_alias=True) for d in documents]
    got = [r for i, r in enumerate(records) if i not in (2, 4)]
    assert got == expected
    assert any(r["events"] for r in got) and any(r["timexes"] for r in got)
