"""Where a rule's matches can lie: short windows before a literal every match needs (speed only).

"[Three days] later" can only match just before "later" or "earlier", yet re tries the
pattern at every number in the text. When every match, or the lookahead that follows it,
holds one of a few literals ("later", "earlier"), and a match spans a bounded number of
separator runs (white space and hyphens), a match can only start within that many runs before
an occurrence of one of the literals. The rule is then tried only in those windows, at the
positions its prefixes allow, in text order and without overlaps: the matches finditer would
give, found in a fraction of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ._pattern_tree import ATOMIC_GROUP as _ATOMIC_GROUP, C as _C, REPEATS as _REPEATS, ZERO_WIDTH as _ZERO_WIDTH

_SEPARATOR_RUN = re.compile(r"[\s\-]+")
_MIN_LITERAL = 2  # single letters occur everywhere: no window would be short
_MAX_SHARE = 2  # windows covering more than 1/_MAX_SHARE of a text: the whole text is scanned


@dataclass(frozen=True)
class Anchor:
    literals: tuple[str, ...]  # lower case; one lies in every match or in the lookahead after it
    runs: int  # separator runs a match, with that lookahead, can hold at most


def anchor_of(parsed, triggers, literal_groups) -> Anchor | None:
    """The anchor of a parsed pattern, given the groups of literals every match holds (the most
    selective first) and `literal_groups(items)` that finds them; None when no window would be
    short. The literals of a trailing lookahead count too: they follow every match."""
    items = list(parsed)
    looks_ahead = False
    while items and items[-1][0] is _C.ASSERT and items[-1][1][0] == 1:
        items[-1:] = list(items[-1][1][1])
        looks_ahead = True
    runs = _runs(items)
    if runs is None:
        return None
    groups = [group for group in (literal_groups(items) if looks_ahead else triggers)
              if min(map(len, group)) >= _MIN_LITERAL]
    return Anchor(groups[0], runs) if groups else None


def _is_separator(ch: str) -> bool:
    return ch.isspace() or ch == "-"


def _class_kind(items) -> tuple[bool, bool]:
    """(may match a separator, may match anything else) for the items of a character class."""
    separator = other = False
    for op, av in items:
        if op is _C.LITERAL:
            separator, other = separator or _is_separator(chr(av)), other or not _is_separator(chr(av))
        elif op is _C.RANGE and av[1] - av[0] <= 1000:
            kinds = {_is_separator(chr(code)) for code in range(av[0], av[1] + 1)}
            separator, other = separator or True in kinds, other or False in kinds
        elif op is _C.CATEGORY and av in (_C.CATEGORY_DIGIT, _C.CATEGORY_WORD):
            other = True
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            separator = True
        else:  # negations, wide ranges, other categories
            return True, True
    return separator, other


def _runs(items) -> int | None:
    """The most separator runs a match of `items` can hold (None: no bound). Each item that
    may consume a separator counts one per character it consumes, but a repeat of separators
    alone is one run however long."""
    return _measure(items)[0]


def _measure(items) -> tuple[int | None, bool, bool]:
    """(the runs of `_runs`, whether a match may consume a separator, anything else), in one walk."""
    total, separator, other = 0, False, False
    for op, av in items:
        if op is _C.LITERAL:  # most items: the letters of the lexicon's words
            is_separator = _is_separator(chr(av))
            count, may_separate, may_other = int(is_separator), is_separator, not is_separator
        else:
            count, may_separate, may_other = _measure_item(op, av)
        if count is None:
            return None, True, True
        total, separator, other = total + count, separator or may_separate, other or may_other
    return total, separator, other


def _measure_item(op, av) -> tuple[int | None, bool, bool]:
    if op in _REPEATS:
        inner, separator, other = _measure(av[2])
        if inner is None or inner == 0:
            return inner, separator, other
        if not other:  # separators alone: one run however long
            return 1, separator, other
        return (None if av[1] == _C.MAXREPEAT else av[1] * inner), separator, other
    if op is _C.BRANCH:
        kinds = [_measure(alternative) for alternative in av[1]]
        counts = [kind[0] for kind in kinds]
        return (None if None in counts else max(counts)), any(k[1] for k in kinds), any(k[2] for k in kinds)
    if op is _C.SUBPATTERN:
        return _measure(av[-1])
    if op is _ATOMIC_GROUP:
        return _measure(av)
    if op is _C.IN:
        separator, other = _class_kind(av)
        return int(separator), separator, other
    if op in _ZERO_WIDTH:
        return 0, False, False
    return (1 if op in (_C.ANY, _C.NOT_LITERAL) else None), True, True  # None: back references...


class TextIndex:
    """What the windows of every rule need from one text, found once: where its separator runs
    lie, and where each literal occurs (rules share literals: a dozen use the month names)."""

    def __init__(self, text: str, low: str):
        self.low = low  # the text folded to lower case
        spans = [match.span() for match in _SEPARATOR_RUN.finditer(text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self._occurrences: dict[str, list[int]] = {}

    def window_start(self, position: int, runs: int) -> int:
        """The first position from which the text up to `position` holds at most `runs` runs."""
        before = bisect_left(self.starts, position)  # the runs that begin before the position
        return self.ends[before - runs - 1] if before > runs else 0

    def occurrences(self, literal: str) -> list[int]:
        found = self._occurrences.get(literal)
        if found is None:
            found = self._occurrences[literal] = []
            position = self.low.find(literal)
            while position >= 0:
                found.append(position)
                position = self.low.find(literal, position + 1)
        return found


def windows(anchor: Anchor, index: TextIndex, most: float = 1 / _MAX_SHARE) -> list[tuple[int, int]] | None:
    """Merged [start, end] ranges where a match can start, or None when they would cover more
    than `most` of the text: then scanning it all costs less than trying so many positions one
    by one."""
    found = sorted((index.window_start(position, anchor.runs), position)
                   for literal in anchor.literals for position in index.occurrences(literal))
    limit = most * len(index.low)
    merged: list[list[int]] = []
    covered = 0
    for start, end in found:
        if merged and start <= merged[-1][1] + 1:
            covered += max(0, end - merged[-1][1])
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
            covered += end - start + 1
        if covered > limit:
            return None
    return [(start, end) for start, end in merged]
