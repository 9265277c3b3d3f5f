"""Necessary conditions for a rule's match, read off its parsed pattern (speed only).

`prefilter` wraps a pattern so that re tests it only where a match could begin: Python's re
tries every position of the text, and with IGNORECASE a position costs one attempt per branch
of every alternation. The wrapper starts with a case-sensitive class of the characters a match
can begin with, which re's search loop checks in C without entering the pattern; then a
lookahead on the first few characters (the prefixes a match can begin with, read off the
pattern) rejects most of the remaining positions in a few steps. `matches` reads the wrapped
pattern's matches back as finditer on the source pattern gives them.

`prefilter` also lists groups of literal strings such that every match contains one string of
each group; a text that lacks every string of a group cannot match, so the rule is skipped.
It reads off, too, the anchor of a pattern: matches lie in windows before a rare literal,
where `matches` then tries it alone (see _windows).
Each only ever rejects what the pattern could not match: results stay identical.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ._pattern_tree import (ATOMIC_GROUP as _ATOMIC_GROUP, C as _C, P as _P, REPEATS as _REPEATS,
                            ZERO_WIDTH as _ZERO_WIDTH)
from ._windows import Anchor, anchor_of

_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s"}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ANY = None  # any character may come first
_PREFIX_LENGTH = 3  # characters of a match's beginning the lookahead checks
_MAX_PREFIXES = 400
_MAX_EXACT = 64  # strings a run of items may match and still give a group of literals
WHOLE = "_prefiltered"  # the group that holds the source pattern's match
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]|\(\?\(\d")


class _TooMany(Exception):
    """More prefixes than a lookahead should test: a shorter length is tried."""


def _atom_prefixes(op, av, room: int) -> set:
    """The prefixes (tuples of at most `room` character classes) one item's match can begin with.

    Each comes with whether the item's match may end right after it (True: what follows the
    item continues the prefix) or is cut there (False: no more is known of the match).
    """
    if op is _C.LITERAL:
        return {(((frozenset([chr(av)]), frozenset()),), True)}
    if op is _C.IN:
        cls = _charset(av)
        return {((), False)} if cls is _ANY else {((cls,), True)}
    if op is _C.BRANCH:
        return set().union(*(_prefixes(alternative, room) for alternative in av[1]))
    if op is _C.SUBPATTERN:
        return _prefixes(av[-1], room)
    if op is _ATOMIC_GROUP:
        return _prefixes(av, room)
    if op in _REPEATS:
        return _repeat_prefixes(av[0], av[1], av[2], room)
    if op in _ZERO_WIDTH:  # an assertion consumes nothing; leaving it out only widens the filter
        return {((), True)}
    return {((), False)}  # any character, a back reference...


def _extend(starts, parts, room: int, done: set) -> set:
    """Every start followed by every part: the prefixes still open (kept), the others into `done`."""
    opened = set()
    for start in starts:
        for tail, more in parts(room - len(start)):
            prefix = start + tail
            if more and len(prefix) < room:
                opened.add(prefix)
            else:
                done.add((prefix, False))
    if len(done) + len(opened) > _MAX_PREFIXES:
        raise _TooMany
    return opened


def _prefixes(items, room: int) -> set:
    done: set = set()
    opened = {()}
    for op, av in items:
        opened = _extend(opened, lambda left, op=op, av=av: _atom_prefixes(op, av, left), room, done)
        if not opened:
            break
    return done | {(prefix, True) for prefix in opened}


def _repeat_prefixes(least: int, most: int, items, room: int) -> set:
    done: set = set()
    opened = {()}
    count = 0
    while opened:
        if count >= least:
            done |= {(prefix, True) for prefix in opened}
        if count == most:
            break
        if count > room:  # only empty repetitions since: nothing more to learn
            done |= {(prefix, False) for prefix in opened}
            break
        opened = _extend(opened, lambda left: _prefixes(items, left), room, done)
        count += 1
    return done


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


@dataclass(frozen=True)
class Prefiltered:
    scan: str  # the pattern to find matches with: the source, or the source wrapped
    triggers: tuple[tuple[str, ...], ...]  # groups of literals, one of each in every match
    starts: str | None = None  # the positions where a wrapped pattern may match, read ...
    reach: int = 0  # ... from at most this many characters
    anchor: Anchor | None = None  # where matches can lie (see _windows)


def prefilter(source: str, flags: int) -> Prefiltered:
    """The ways to find the matches of `source` faster (the source as it is when there are none)."""
    if _GLOBAL_FLAGS.match(source):
        return Prefiltered(source, ())
    parsed = _P.parse(source, flags)
    triggers = _required_literals(parsed)
    wrapped = _wrap(source, parsed)
    if wrapped is None:
        return Prefiltered(source, triggers)
    scan, starts, reach = wrapped
    return Prefiltered(scan, triggers, starts, reach, anchor_of(parsed, triggers, _required_literals))


def _wrap(source: str, parsed) -> tuple[str, str, int] | None:
    """(`source` wrapped to be tried only where its prefixes begin, the test of those positions
    alone, the characters it reads), or None when a match may begin with anything (or be empty:
    the wrapper never is, the empty-pattern check stays sound)."""
    if _NUMBERED_REFERENCE.search(source):  # the wrapper's group would shift their numbers
        return None
    for room in range(_PREFIX_LENGTH, 0, -1):
        try:
            found = _prefixes(parsed, room)
        except _TooMany:
            continue
        if any(not prefix for prefix, _ in found):  # a match may begin with anything, or be empty
            return None
        prefixes = {prefix for prefix, _ in found}
        first = _class_pattern(frozenset().union(*(prefix[0][0] for prefix in prefixes)),
                               frozenset().union(*(prefix[0][1] for prefix in prefixes)))
        # the leading case-sensitive class lets re skip non-starting characters in C; the
        # lookbehind steps back over it so that `source` is matched from the same position
        test = f"(?-i:{first})(?<=(?=(?-i:{_alternation(prefixes)}))"
        return f"{test}(?=(?P<{WHOLE}>{source}))(?s:.))", f"{test}(?s:.))", room
    return None


def matches(regex: re.Pattern, text: str, within: tuple | None = None):
    """(start, end, named groups) of each match of a rule's pattern, as finditer on its source
    (for a text free of BEYOND_ASCII). `within`: (ranges, the compiled `starts`, `reach`) to try a
    wrapped pattern only at the positions in the ranges where it may start (see _windows)."""
    if WHOLE not in regex.groupindex:
        for match in regex.finditer(text):
            yield match.start(), match.end(), match.groupdict()
        return
    for match in _searched(regex, text) if within is None else _tried(regex, text, *within):
        groups = match.groupdict()
        del groups[WHOLE]
        yield match.start(WHOLE), match.end(WHOLE), groups


def _searched(regex: re.Pattern, text: str):
    position = 0
    while (match := regex.search(text, position)) is not None:
        yield match
        position = match.end(WHOLE)


def _tried(regex: re.Pattern, text: str, ranges, starts: re.Pattern, reach: int):
    """The matches starting in `ranges`, in text order and without overlaps as finditer gives them."""
    position = 0
    for low, high in ranges:
        if high < position:
            continue
        # `starts` reads at most `reach` characters from a position: an end past them is as good as none
        for candidate in starts.finditer(text, max(low, position), min(len(text), high + reach + 1)):
            start = candidate.start()
            if start > high:
                break
            if start < position:
                continue
            match = regex.match(text, start)
            if match is not None:
                yield match
                position = match.end(WHOLE)


def _alternation(prefixes) -> str:
    """A pattern matching the beginning of a text that starts with one of `prefixes`; branches
    share their first class, and first classes with the same continuations are merged."""
    by_first: dict = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    by_rest: dict = {}
    for first, rests in by_first.items():
        rest = "" if () in rests else _alternation(rests)  # the shorter prefix admits the longer ones
        by_rest.setdefault(f"(?:{rest})" if "|" in rest else rest, []).append(first)
    branches = []
    for rest, firsts in sorted(by_rest.items()):
        chars = frozenset().union(*(chars for chars, _ in firsts))
        categories = frozenset().union(*(categories for _, categories in firsts))
        branches.append(_class_pattern(chars, categories) + rest)
    return "|".join(branches)


def _class_pattern(chars: frozenset, categories: frozenset) -> str:
    """A case-sensitive class of what IGNORECASE lets `chars` match in a text free of
    BEYOND_ASCII (plain classes let re skip a branch after one test)."""
    ascii_chars = sorted({case for ch in chars if ch.isascii() for case in (ch.lower(), ch.upper())})
    plain = "[" + "".join(map(re.escape, ascii_chars)) + "".join(sorted(categories)) + "]"
    others = sorted(ch for ch in chars if not ch.isascii())
    if not others:
        return plain
    return f"(?:{plain}|(?i:[{''.join(map(re.escape, others))}]))"


# the characters beyond ASCII that IGNORECASE equates with an ASCII letter (tests check the
# list): dotted and dotless i, long s, the Kelvin sign. The wrapped patterns leave them out
# (a class with them takes re a millisecond to compile), so a text with one of them is
# scanned with the source patterns.
BEYOND_ASCII = "\u0130\u0131\u017f\u212a"
_HAS_BEYOND_ASCII = re.compile(f"[{BEYOND_ASCII}]")


def folds_beyond_ascii(text: str) -> bool:
    """Whether the text has a character the wrapped patterns do not fold (see BEYOND_ASCII)."""
    return not text.isascii() and _HAS_BEYOND_ASCII.search(text) is not None


def _plain(literal: str) -> bool:
    """Literals a lower-cased text shows as they are: ASCII or caseless characters."""
    return all(ord(ch) < 128 or ch.lower() == ch.upper() for ch in literal)


def _required(items) -> list[frozenset]:
    """Groups of literals, one of each in every match of `items`: the strings a run of items
    matches exactly ("y(?:ears?|r)" gives year, years, yr), and the groups within the others."""
    found: list[frozenset] = []
    run: set[str] = {""}

    def flush():
        group = frozenset(literal.lower() for literal in run)
        if "" not in group and all(map(_plain, group)):
            found.append(group)
        run.clear()
        run.add("")

    for op, av in items:
        exact = _exact(op, av)
        if exact is not None:
            longer = {start + end for start in run for end in exact}
            if len(longer) > _MAX_EXACT:
                flush()
                longer = set(exact)
            run.clear()
            run.update(longer)
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


def _exact(op, av) -> frozenset | None:
    """The few strings an item matches (in its pattern's case), or None."""
    if op is _C.LITERAL:
        return frozenset([chr(av)])
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is _C.SUBPATTERN:
        return _exact_sequence(av[-1])
    if op is _C.BRANCH:
        found = set()
        for alternative in av[1]:
            strings = _exact_sequence(alternative)
            if strings is None:
                return None
            found |= strings
        return frozenset(found) if len(found) <= _MAX_EXACT else None
    if op in _REPEATS and av[1] == 1:
        strings = _exact_sequence(av[2])
        return None if strings is None else strings | ({""} if av[0] == 0 else set())
    return None


def _exact_sequence(items) -> frozenset | None:
    found = {""}
    for op, av in items:
        strings = _exact(op, av)
        if strings is None:
            return None
        found = {start + end for start in found for end in strings}
        if len(found) > _MAX_EXACT:
            return None
    return frozenset(found)


def _best(groups: list[frozenset]) -> frozenset:
    return max(groups, key=lambda group: (min(map(len, group)), -len(group)))


def _required_literals(parsed, keep: int = 3) -> tuple[tuple[str, ...], ...]:
    """Up to `keep` groups of lower-case literals, the most selective first; one of each group is in every match."""
    groups = {_shortest(group) for group in _required(parsed)}
    ranked = sorted(groups, key=lambda g: (-min(map(len, g)), len(g), sorted(g)))
    return tuple(tuple(sorted(group, key=len)) for group in ranked[:keep])


def _shortest(group: frozenset) -> frozenset:
    """The group without the literals that hold another of it ("days" holds "day"): a text, or
    a place in it, that has the longer has the shorter."""
    return frozenset(literal for literal in group
                     if not any(other != literal and other in literal for other in group))


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
