"""Decoded resources read back from the cache directory equal what decoding them gives."""
from __future__ import annotations

import gzip
import json
import marshal

from timeline._cache_file import _decode_json_gz, derived, read_json_gz
from timeline.events.model import MODEL_PATH
from timeline.events.wordnet import TABLE_PATH, _sorted_lines


def test_the_event_model_and_wordnet_read_back_equal_their_decoding(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        model = json.load(fh)
    assert read_json_gz(MODEL_PATH) == model  # decoded, then kept
    assert len(list(tmp_path.glob("events-*.bin"))) == 1
    assert read_json_gz(MODEL_PATH) == model  # read back
    lines = _sorted_lines(TABLE_PATH.read_bytes())
    assert derived(TABLE_PATH, _sorted_lines) == lines == derived(TABLE_PATH, _sorted_lines)
    assert lines == sorted(lines) and len(lines) > 50_000


def test_other_bytes_are_another_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "model.json.gz"
    source.write_bytes(gzip.compress(b'{"weights": {"a": 1.0}}'))
    assert read_json_gz(source) == {"weights": {"a": 1.0}}
    source.write_bytes(gzip.compress(b'{"weights": {"a": 2.0}}'))  # retrained in place
    assert read_json_gz(source) == {"weights": {"a": 2.0}}
    assert len(list((tmp_path / "cache").glob("model-*.bin"))) == 2


def test_a_damaged_file_or_no_cache_only_costs_the_decoding(tmp_path, monkeypatch):
    source = tmp_path / "model.json.gz"
    source.write_bytes(gzip.compress(b'[1, 2, 3]'))
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    read_json_gz(source)
    for kept in (tmp_path / "cache").glob("model-*.bin"):
        kept.write_bytes(b"\x00damaged")
    assert read_json_gz(source) == [1, 2, 3]
    for kept in (tmp_path / "cache").glob("model-*.bin"):
        kept.write_bytes(marshal.dumps(7))  # marshal, but not entries
    assert read_json_gz(source) == [1, 2, 3] == _decode_json_gz(source.read_bytes())
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "")  # caching off
    assert read_json_gz(source) == [1, 2, 3]
