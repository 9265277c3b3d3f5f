"""Necessary conditions for a rule's match, read off its parsed pattern (speed only).

`prefilter` prefixes a pattern with a lookahead on the characters a match can begin with:
Python's re tries every position of the text, and with IGNORECASE a position costs one attempt
per branch of every alternation; the lookahead rejects most positions in one step.
and lists groups of literal strings such that every match contains one string
of each group; a text that lacks every string of a group cannot match, so the rule is skipped.
Both only ever reject what the pattern could not match: results stay identical.
"""
from __future__ import annotations

import re

try:
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (getattr(_C, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s"}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_EMPTY = (frozenset(), frozenset())
_ANY = None  # any character may come first


def _union(a, b):
    if a is _ANY or b is _ANY:
        return _ANY
    return a[0] | b[0], a[1] | b[1]


def _first_class(items) -> tuple:
    """(characters, categories) a match of `items` can begin with (or _ANY), and whether it can be empty."""
    found = _EMPTY
    for op, av in items:
        cls, nullable = _first_item(op, av)
        found = _union(found, cls)
        if found is _ANY or not nullable:
            return found, False
    return found, True


def _first_item(op, av) -> tuple:
    if op is _C.LITERAL:
        return (frozenset([chr(av)]), frozenset()), False
    if op is _C.IN:
        return _charset(av), False
    if op is _C.BRANCH:
        found, nullable = _EMPTY, False
        for alternative in av[1]:
            cls, empty = _first_class(alternative)
            found, nullable = _union(found, cls), nullable or empty
        return found, nullable
    if op is _C.SUBPATTERN:
        return _first_class(av[-1])
    if op in _REPEATS:
        cls, nullable = _first_class(av[2])
        return cls, nullable or av[0] == 0
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _first_class(av)
    if op in _ZERO_WIDTH:
        return _EMPTY, True
    return _ANY, False


def _charset(items):
    chars, categories = set(), set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] <= 300:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _C.CATEGORY and av in _CATEGORIES:
            categories.add(_CATEGORIES[av])
        else:  # negated sets, wide ranges, \w ...
            return _ANY
    return frozenset(chars), frozenset(categories)


def prefilter(source: str, flags: int) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """(the pattern to scan with, the trigger groups): `source` or the same behind a lookahead."""
    if _GLOBAL_FLAGS.match(source):
        return source, ()
    parsed = _P.parse(source, flags)
    return _scan_pattern(source, parsed) or source, _required_literals(parsed)


def _scan_pattern(source: str, parsed) -> str | None:
    """`source` behind a lookahead on its possible first characters, or None when any may come first."""
    cls, nullable = _first_class(parsed)
    if cls is _ANY or nullable or not (cls[0] or cls[1]):
        return None
    chars = "".join(re.escape(ch) if ch != " " else r"\ " for ch in sorted(cls[0]))
    return f"(?=[{chars}{''.join(sorted(cls[1]))}])(?:{source})"


def _plain(literal: str) -> bool:
    """Literals a lower-cased text shows as they are: ASCII or caseless characters."""
    return all(ord(ch) < 128 or ch.lower() == ch.upper() for ch in literal)


def _required(items) -> list[frozenset]:
    found: list[frozenset] = []
    run: list[str] = []

    def flush():
        literal = "".join(run).lower()
        if literal and _plain(literal):
            found.append(frozenset([literal]))
        run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _C.SUBPATTERN:
            found.extend(_required(av[-1]))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_required(av[2]))
        elif op is _C.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                groups = _required(alternative)
                if not groups:
                    break
                union |= _best(groups)
            else:
                found.append(frozenset(union))
    flush()
    return found


def _best(groups: list[frozenset]) -> frozenset:
    return max(groups, key=lambda group: (min(map(len, group)), -len(group)))


def _required_literals(parsed, keep: int = 3) -> tuple[tuple[str, ...], ...]:
    """Up to `keep` groups of lower-case literals, the most selective first; one of each group is in every match."""
    groups = sorted(set(_required(parsed)), key=lambda g: (-min(map(len, g)), len(g), sorted(g)))
    return tuple(tuple(sorted(group, key=len)) for group in groups[:keep])


def _fold_table() -> dict:
    """Characters that IGNORECASE matches with an ASCII letter but that lower() does not map to it."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover
        _EXTRA_CASES = {ord("i"): (0x131,), ord("s"): (0x17F,)}
    table = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for code in _EXTRA_CASES.get(ord(letter), ()):
            if chr(code).lower() != letter:
                table[code] = letter
    return table


_FOLD = _fold_table()
_DOTTED_I = {0x130: "i"}  # str.lower() makes two characters of it; re's IGNORECASE equates it with "i"


def folded(text: str) -> str:
    """`text` in lower case, with every character IGNORECASE equates with an ASCII letter mapped to it."""
    if text.isascii():
        return text.lower()
    return text.translate(_DOTTED_I).lower().translate(_FOLD)
