"""Load and validate the rules and lexicons of a language (resources/<lang>/)."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..errors import ResourceError
from ._compiled_cache import CompiledCache
from ._prefilter_cache import PrefilterCache
from ._windows import Anchor

_MACRO = re.compile(r"\{([A-Za-z_]\w*)\}")
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    scan: str  # the pattern to find matches with: `source`, wrapped to be tried less (_prefilter)
    priority: int = 0
    before: re.Pattern | None = None
    not_before: re.Pattern | None = None
    after: re.Pattern | None = None
    not_after: re.Pattern | None = None
    # rejected when both match: the text before and the text after ("[August] Wilson wrote"
    # at a sentence's start is a first name; "In [August] Germany invaded" is a month)
    not_between: tuple[re.Pattern, re.Pattern] | None = None
    options: dict = field(default_factory=dict)  # anaphoric, same, half, part_code, fixed_value
    examples: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # empty: every domain
    # every match contains one literal (lower case) of each group (see _prefilter)
    triggers: tuple[tuple[str, ...], ...] = field(default=(), compare=False, repr=False)
    source: str = field(default="", compare=False, repr=False)  # the rule's pattern, macros expanded
    # where a wrapped pattern may start, and the literal its matches lie before (see _windows)
    starts: str | None = field(default=None, compare=False, repr=False)
    reach: int = field(default=0, compare=False, repr=False)
    anchor: Anchor | None = field(default=None, compare=False, repr=False)
    patterns: CompiledCache | None = field(default=None, compare=False, repr=False)  # where programs are kept

    @cached_property
    def regex(self) -> re.Pattern:
        """`scan` compiled on first need: an article needs about 60% of the rules, and compiling
        them all took a fifth of a second of start-up."""
        return _compile(self.scan, f"rule {self.name}", self.patterns)

    @cached_property
    def starts_regex(self) -> re.Pattern | None:
        return _compile(self.starts, f"rule {self.name}", self.patterns) if self.starts else None

    @cached_property
    def source_regex(self) -> re.Pattern:
        return _compile(self.source or self.scan, f"rule {self.name}", self.patterns)

    def pattern_for(self, beyond_ascii: bool) -> re.Pattern:
        """`regex`, or for a text with characters it does not fold (_prefilter.BEYOND_ASCII) the
        source pattern, compiled on first need."""
        return self.source_regex if beyond_ascii else self.regex


@dataclass(frozen=True)
class Lexicon:
    tables: dict  # table name -> {lower-case key: value}
    case_sensitive: frozenset

    def lookup(self, table: str, text: str):
        """The value of `text` in a lexicon table, ignoring case, dots and extra spaces."""
        key = " ".join(text.lower().replace("’", "'").split())
        entries = self.tables.get(table, {})
        if key in entries:
            return entries[key]
        return entries.get(key.rstrip("."))

    def is_plural_unit(self, text: str) -> bool:
        return text.lower() in self.tables.get("plural_unit", {}).get("words", ())


@dataclass(frozen=True)
class RuleSet:
    language: str
    rules: tuple[Rule, ...]
    lexicon: Lexicon
    negatives: tuple[str, ...]
    tense: dict

    def compile_all(self) -> None:
        """Compile every rule's patterns now rather than at first need (for timing the rest)."""
        for rule in self.rules:
            rule.regex, rule.starts_regex  # noqa: B018 - cached on the rule


def _alternation(table: dict, case_sensitive: frozenset) -> str:
    keys = sorted(table, key=len, reverse=True)
    if not any(k.lower() in table for k in case_sensitive) and all(k.isascii() for k in keys):
        return "(?:" + _trie([_atoms(key) for key in keys]) + ")"
    parts = []
    for key in keys:
        body = r"\s+".join(re.escape(word) for word in key.split())
        forms = [k for k in case_sensitive if k.lower() == key]
        if forms:
            body = "|".join(f"(?-i:{re.escape(f)})" for f in forms)
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


def _atoms(key: str) -> list[str]:
    """A key as regex atoms: one per character, words joined by \\s+ (lower case: the rules ignore case)."""
    atoms: list[str] = []
    for n, word in enumerate(key.lower().split()):
        if n:
            atoms.append(r"\s+")
        atoms.extend(re.escape(ch) for ch in word)
    return atoms


def _trie(keys: list[list[str]]) -> str:
    """The alternation of `keys` (longest first) with shared prefixes factored out.

    Same matches as the plain alternation: branches that differ in their next atom cannot both
    match at one position, and a key that ends here comes after every longer key, as before.
    The regex engine then tries one branch per first character instead of every key.
    """
    groups: dict[str, list[list[str]]] = {}
    ends = False
    for atoms in keys:
        if atoms:
            groups.setdefault(atoms[0], []).append(atoms[1:])
        else:
            ends = True
    parts = []
    for first, rests in groups.items():
        if len(rests) == 1:
            parts.append(first + "".join(rests[0]))
        else:
            inner = _trie(rests)
            parts.append(first + (f"(?:{inner})" if "|" in inner else inner))
    if ends:
        parts.append("")
    return "|".join(parts)


def _expand(pattern: str, macros: dict, tables: dict, case_sensitive: frozenset, depth: int = 0) -> str:
    if depth > 5:
        raise ResourceError(f"macro recursion too deep in {pattern!r}")

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name in macros:
            return _expand(macros[name], macros, tables, case_sensitive, depth + 1)
        if name in tables and isinstance(tables[name], dict):
            return _alternation(tables[name], case_sensitive)
        raise ResourceError(f"unknown macro {{{name}}} in pattern {pattern!r}")

    return _MACRO.sub(replace, pattern)


def _compile(source: str, where: str, patterns: CompiledCache | None = None) -> re.Pattern:
    try:
        return patterns.compile(source, _FLAGS) if patterns is not None else re.compile(source, _FLAGS)
    except re.error as exc:
        raise ResourceError(f"{where}: invalid regular expression: {exc}") from None


def build_ruleset(language: str, rules_data: dict, lexicon_data: dict, tense_data: dict,
                  zone_pattern: str | None = None) -> RuleSet:
    """Compile rule data; an invalid pattern or one that matches the empty string is an error."""
    case_sensitive = frozenset(lexicon_data.get("case_sensitive", []))
    tables = {k: v for k, v in lexicon_data.items() if isinstance(v, dict)}
    macros = dict(rules_data.get("macros", {}))
    macros.setdefault("ordinal", "{ordinal_table}")
    tables["ordinal_table"] = tables.get("ordinal", {})
    if zone_pattern:
        macros["zone"] = zone_pattern
    negatives = tuple(macros.pop("negatives", ()) or rules_data.get("negatives", ()))
    prefilters = PrefilterCache(language)
    patterns = CompiledCache()
    compiled = []
    for raw in rules_data.get("rules", []):
        name = raw.get("name") or "?"
        if raw.get("type") not in {"DATE", "TIME", "DURATION", "SET"}:
            raise ResourceError(f"rule {name}: type must be DATE, TIME, DURATION or SET")
        source = _expand(raw["pattern"], macros, tables, case_sensitive)
        try:
            faster = prefilters.get(source, _FLAGS)  # same matches, found faster
        except re.error as exc:
            raise ResourceError(f"rule {name}: invalid regular expression: {exc}") from None
        # a wrapped pattern is compiled when first needed: the wrapper is never empty, nor is what
        # it wraps (see _prefilter._wrap); any other is compiled and checked now
        if faster.scan == source and _compile(source, f"rule {name}", patterns).fullmatch(""):
            raise ResourceError(f"rule {name}: pattern matches the empty string")
        # why: checks expand macros too, so a word list two rules check ("{sports_words}") is one list
        checks = {key: _compile(_expand(raw[key], macros, tables, case_sensitive), f"rule {name} {key}", patterns) for key in
                  ("before", "not_before", "after", "not_after") if raw.get(key)}
        if raw.get("not_between"):
            left, right = raw["not_between"]
            checks["not_between"] = tuple(_compile(_expand(side, macros, tables, case_sensitive),
                                                   f"rule {name} not_between", patterns) for side in (left, right))
        options = {k: v for k, v in raw.items() if k in {"anaphoric", "same", "half", "part_code", "fixed_value",
                                                               "month_of_rel_year", "year_end", "weekend", "week_of", "weekend_of",
                                                               "day_of_reference_month", "anaphoric_year", "in_offset",
                                                               "range_end", "new_year", "night_by_tense", "century_turn", "orthodox", "day_before",
                                                               "deadline_midnight", "night_before"}}
        compiled.append(Rule(name=name, type=raw["type"], scan=faster.scan, priority=int(raw.get("priority", 0)),
                             options=options, examples=tuple(raw.get("examples", ())),
                             domains=tuple(raw.get("domains", ())), triggers=faster.triggers, source=source,
                             starts=faster.starts, reach=faster.reach, anchor=faster.anchor,
                             patterns=patterns, **checks))
    prefilters.save()
    keep_programs(compiled, patterns)
    return RuleSet(language, tuple(compiled), Lexicon(tables, case_sensitive), negatives, tense_data)


def keep_programs(rules: list[Rule], patterns: CompiledCache) -> None:
    """Put in the cache file the programs of the patterns the rules compile on first need, so
    that later runs find them; a pattern's fault still shows when it is first needed."""
    if patterns.path is None:
        return  # no file: nothing to gain from compiling now
    for rule in rules:
        for source in (rule.scan, rule.starts):
            if source:
                try:
                    patterns.keep(source, _FLAGS)
                except Exception:  # its fault shows when it is compiled
                    pass
    patterns.save()


_SOURCES = ("rules.toml", "lexicon.toml", "tense.toml")


def _read_text(language: str, name: str) -> str:
    try:
        return resources.files("timeline.resources").joinpath(language, name).read_text("utf-8")
    except FileNotFoundError:
        raise ResourceError(f"missing resource {language}/{name}") from None


def _parse_toml(language: str, name: str, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{language}/{name}: {exc}") from None


@lru_cache(maxsize=4)
def load_ruleset(language: str = "en", zone_pattern: str | None = None) -> RuleSet:
    """The rule set built from the language's TOML files, or read back from the cache file of
    the same files (_ruleset_cache)."""
    from ._ruleset_cache import from_plain, ruleset_file, to_plain

    texts = [_read_text(language, name) for name in _SOURCES]
    kept = ruleset_file(language, texts, zone_pattern)
    if kept.entries:
        try:
            return from_plain(kept.entries)
        except Exception:  # a foreign or damaged file: build instead
            pass
    ruleset = build_ruleset(language, *(_parse_toml(language, n, t) for n, t in zip(_SOURCES, texts)), zone_pattern)
    kept.used, kept.added = to_plain(ruleset), True
    try:
        kept.save()
    except ValueError:  # a value marshal cannot keep (a TOML date): the build is the only way
        pass
    return ruleset
