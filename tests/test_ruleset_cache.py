"""The rule set read back from the cache file is the one the TOML files build."""
from __future__ import annotations

from timeline.tagger import ruleset as rs
from timeline.tagger._ruleset_cache import ruleset_file
from timeline.zones import ZoneResolver

_HIDDEN = ("triggers", "source", "starts", "reach", "anchor")  # fields equality leaves out


def _load(zone_pattern):
    rs.load_ruleset.cache_clear()
    try:
        return rs.load_ruleset("en", zone_pattern)
    finally:
        rs.load_ruleset.cache_clear()


def test_the_rule_set_read_back_equals_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    zone = f"(?-i:{ZoneResolver.load('en').zone_pattern})"
    built = _load(zone)
    assert list(tmp_path.glob("ruleset-en-*.bin"))
    texts = [rs._read_text("en", name) for name in rs._SOURCES]
    assert ruleset_file("en", texts, zone).entries  # the next load reads the file
    read = _load(zone)
    assert read is not built and read == built  # rules (checks compared as compiled patterns), lexicon, tense
    for field in _HIDDEN:
        assert [getattr(r, field) for r in read.rules] == [getattr(r, field) for r in built.rules]


def test_an_edited_resource_is_another_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    texts = [rs._read_text("en", name) for name in rs._SOURCES]
    edited = [texts[0] + "\n# an edit\n", *texts[1:]]
    assert ruleset_file("en", texts, None).path != ruleset_file("en", edited, None).path
    assert ruleset_file("en", texts, None).path != ruleset_file("en", texts, "(?:UTC)").path


def test_a_damaged_file_only_costs_the_build(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    built = _load(None)
    for path in tmp_path.glob("ruleset-en-*.bin"):
        path.write_bytes(b"\xe3not marshal")
    assert _load(None) == built


def test_a_rule_set_read_back_leaves_the_programs_of_its_patterns_in_their_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    built = _load(None)
    for path in tmp_path.glob("patterns-*.bin"):
        path.unlink()  # as after an update of Python
    read = _load(None)
    assert read == built and list(tmp_path.glob("patterns-*.bin"))
    assert not _load(None).rules[0].patterns.added  # the next load finds them all
