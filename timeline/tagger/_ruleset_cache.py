"""The built rule set, kept between runs: reading the three TOML files and expanding the macros
of ~500 patterns took about 0.15 s of every start-up, though they change only when edited.

One file in the user's cache directory (_cache_file), named by a digest of everything the build
reads: the TOML texts, the zone pattern, the Python version and the code that builds rules and
their prefilters; an edit of any of them gives a new name, so a stale rule set is never read.
The file holds plain values (each check as its pattern source, compiled again on load through
_compiled_cache); anything unreadable only costs the build.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from .._cache_file import CacheFile
from ._compiled_cache import CompiledCache
from ._windows import Anchor
from .ruleset import Lexicon, Rule, RuleSet, _compile, keep_programs

FORMAT = 1
_CHECKS = ("before", "not_before", "after", "not_after")
_CODE = ("ruleset.py", "_ruleset_cache.py", "_prefilter.py", "_windows.py", "_pattern_tree.py")


def ruleset_file(language: str, texts: list[str], zone_pattern: str | None) -> CacheFile:
    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}|{language}|{zone_pattern}".encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        digest.update((here / name).read_bytes())
    for text in texts:
        digest.update(b"\0" + text.encode("utf-8"))
    return CacheFile(f"ruleset-{language}-{digest.hexdigest()[:24]}.bin")


def to_plain(ruleset: RuleSet) -> dict:
    rules = []
    for r in ruleset.rules:
        checks = tuple(getattr(r, key).pattern if getattr(r, key) is not None else None for key in _CHECKS)
        between = tuple(p.pattern for p in r.not_between) if r.not_between else None
        anchor = (r.anchor.literals, r.anchor.runs) if r.anchor else None
        rules.append((r.name, r.type, r.scan, r.priority, checks, between, r.options, r.examples, r.domains,
                      r.triggers, r.source, r.starts, r.reach, anchor))
    return {"language": ruleset.language, "rules": tuple(rules), "tables": ruleset.lexicon.tables,
            "case_sensitive": tuple(sorted(ruleset.lexicon.case_sensitive)),
            "negatives": ruleset.negatives, "tense": ruleset.tense}


def from_plain(plain: dict) -> RuleSet:
    patterns = CompiledCache()
    rules = []
    for (name, type_, scan, priority, checks, between, options, examples, domains, triggers, source, starts,
         reach, anchor) in plain["rules"]:
        where = f"rule {name}"
        compiled = {key: _compile(p, where, patterns) for key, p in zip(_CHECKS, checks) if p is not None}
        if between:
            compiled["not_between"] = tuple(_compile(p, where, patterns) for p in between)
        rules.append(Rule(name=name, type=type_, scan=scan, priority=priority, options=options,
                          examples=examples, domains=domains, triggers=triggers, source=source,
                          starts=starts, reach=reach, anchor=Anchor(*anchor) if anchor else None,
                          patterns=patterns, **compiled))
    keep_programs(rules, patterns)  # programs missing from their file (another Python build) are made once
    return RuleSet(plain["language"], tuple(rules), Lexicon(plain["tables"], frozenset(plain["case_sensitive"])),
                   plain["negatives"], plain["tense"])
