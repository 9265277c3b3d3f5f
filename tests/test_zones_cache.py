"""The gazetteer read back from its cache file is the gazetteer built from its sources."""
from __future__ import annotations

import os

import pytest

from timeline.zones import cache
from timeline.zones.gazetteer import GazetteerData


@pytest.fixture(scope="module")
def built() -> GazetteerData:
    return GazetteerData("en")


def test_cached_gazetteer_equals_built(tmp_path, monkeypatch, built):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    first = cache.load_gazetteer("en")  # builds and writes the file
    assert len(list(tmp_path.glob("gazetteer-en-*.bin"))) == 1
    again = cache.load_gazetteer("en")  # reads it back
    for data in (first, again):
        assert set(data.index) == set(built.index)
        for name, entries in built.index.items():
            assert data.index[name] == entries
            assert data.index.get(name) == entries
            assert [data.zones_of(e) for e in entries] == [built.zones_of(e) for e in entries]
        for field in ("stop_names", "name_neighbours", "zone_weight", "country_names",
                      "state_codes", "capital_zone", "country_zones"):
            assert getattr(data, field) == getattr(built, field), field
    assert again.index.get("no such place") is None


def test_one_entry_shared_by_its_names(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cache.load_gazetteer("en")
    data = cache.load_gazetteer("en")
    assert data.index["Vostochny"][0] is data.index["Vostochny Cosmodrome"][0]


def test_broken_or_unwritable_cache_falls_back_to_building(tmp_path, monkeypatch, built):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    path = tmp_path / f"gazetteer-en-{cache.cache_key('en')}.bin"
    path.write_bytes(b"not marshal data")
    assert cache.load_gazetteer("en").index["Tokyo"] == built.index["Tokyo"]
    assert path.read_bytes() != b"not marshal data"  # rewritten
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocked / "below"))  # cannot be created
    assert cache.load_gazetteer("en").index["Tokyo"] == built.index["Tokyo"]
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "")  # turned off
    assert cache.cache_dir() is None
    assert cache.load_gazetteer("en").index["Tokyo"] == built.index["Tokyo"]


def test_default_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("TIMELINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if os.name == "posix" and cache.sys.platform not in ("darwin",):
        assert cache.cache_dir() == tmp_path / "timeline"
