"""The rules' patterns made from the programs in the cache file are the ones re.compile makes."""
from __future__ import annotations

import re

import pytest

from timeline.tagger import _compiled_cache
from timeline.tagger.ruleset import _FLAGS, build_ruleset, load_ruleset


def _sources() -> list[str]:
    sources = []
    for rule in load_ruleset().rules:
        sources += [s for s in (rule.scan, rule.starts, rule.source) if s]
        sources += [p.pattern for p in (rule.before, rule.not_before, rule.after, rule.not_after) if p]
    return sources


def test_patterns_read_back_equal_re_compile(tmp_path, monkeypatch):
    sources = _sources()
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    first = _compiled_cache.CompiledCache()
    built = [first.compile(source, _FLAGS) for source in sources]
    first.save()
    assert first.added and list(tmp_path.glob("patterns-*.bin"))
    second = _compiled_cache.CompiledCache()
    read = [second.compile(source, _FLAGS) for source in sources]
    assert not second.added  # every program came from the file
    # Pattern equality compares the flags, the source and the compiled program itself
    assert read == built == [re.compile(source, _FLAGS) for source in sources]
    assert [p.groupindex for p in read] == [re.compile(s, _FLAGS).groupindex for s in sources]


def test_an_unreadable_file_only_costs_the_compile(tmp_path, monkeypatch):
    source = load_ruleset().rules[0].scan
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cache = _compiled_cache.CompiledCache()
    cache.path.write_bytes(b"not marshal")
    assert _compiled_cache.CompiledCache().compile(source, _FLAGS) == re.compile(source, _FLAGS)


def test_a_damaged_program_falls_back_to_re(tmp_path, monkeypatch):
    source = r"\b(?P<day>\d{1,2})\s+days?\b"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cache = _compiled_cache.CompiledCache()
    flags, code, groups, groupindex, indexgroup = cache.keep(source, _FLAGS)
    cache.used[f"{_FLAGS}|{source}"] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    assert cache.compile(source, _FLAGS) == re.compile(source, _FLAGS)


def test_the_rule_set_leaves_the_programs_of_its_lazy_patterns_in_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    data = {"rules": [{"name": "days", "type": "DURATION", "pattern": r"\d+\s+days?\b"}]}
    build_ruleset("en", data, {}, {})
    later = _compiled_cache.CompiledCache()
    rule = build_ruleset("en", data, {}, {}).rules[0]
    assert rule.regex == re.compile(rule.scan, _FLAGS) and not rule.patterns.added
    assert f"{_FLAGS}|{rule.scan}" in later.entries


def test_other_interpreter_internals_fall_back_to_re_and_a_bad_pattern_still_fails(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    source = r"\b(?P<n>\d+)\s+weeks?\b"

    def missing(*_):
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(_compiled_cache, "_program", missing)
    assert _compiled_cache.CompiledCache().compile(source, _FLAGS) == re.compile(source, _FLAGS)
    monkeypatch.undo()
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    with pytest.raises(re.error):
        _compiled_cache.CompiledCache().compile("(?:weeks", _FLAGS)
