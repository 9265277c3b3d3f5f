"""The rules' prefilters read back from the cache file are the ones the parse gives."""
from __future__ import annotations

from timeline.tagger import _prefilter_cache
from timeline.tagger._prefilter import prefilter
from timeline.tagger.ruleset import _FLAGS, load_ruleset


def test_prefilters_read_back_equal_the_parsed_ones(tmp_path, monkeypatch):
    sources = [rule.source for rule in load_ruleset().rules]
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    first = _prefilter_cache.PrefilterCache("en")
    built = [first.get(source, _FLAGS) for source in sources]
    first.save()
    assert first.added and list(tmp_path.glob("prefilters-en-*.bin"))
    second = _prefilter_cache.PrefilterCache("en")
    read = [second.get(source, _FLAGS) for source in sources]
    assert not second.added  # every entry came from the file
    assert read == built == [prefilter(source, _FLAGS) for source in sources]


def test_an_unreadable_file_only_costs_the_parse(tmp_path, monkeypatch):
    source = load_ruleset().rules[0].source
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cache = _prefilter_cache.PrefilterCache("en")
    cache.path.write_bytes(b"not marshal")
    assert _prefilter_cache.PrefilterCache("en").get(source, _FLAGS) == prefilter(source, _FLAGS)
