"""Find candidate time expressions: every rule's matches that pass their context checks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..spans import strip_span
from ._prefilter import folded, folds_beyond_ascii, matches
from ._windows import TextIndex, windows
from .ruleset import Rule, RuleSet

_CONTEXT = 100  # characters of context a check sees on each side


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: dict  # group name -> matched text (only groups that matched)


def _passes(rule: Rule, text: str, start: int, end: int) -> bool:
    left = text[max(0, start - _CONTEXT):start]
    right = text[end:end + _CONTEXT]
    if rule.before is not None and not rule.before.search(left):
        return False
    if rule.not_before is not None and rule.not_before.search(left):
        return False
    if rule.after is not None and not rule.after.search(right):
        return False
    if rule.not_after is not None and rule.not_after.search(right):
        return False
    if rule.not_between is not None:
        left_check, right_check = rule.not_between
        return not (left_check.search(left) and right_check.search(right))
    return True


def _splits_word(text: str, start: int, end: int) -> bool:
    """A match must not begin or end inside a word ("head[quarters]", "Sandr[a Day]")."""
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return True
    return end < len(text) and text[end - 1].isalnum() and text[end].isalnum()


_NAME_AFTER = re.compile(r"[\x27’]?\s+(?-i:[A-Z][a-z])")  # "the Hundred Years' War" too


def _name_article(text: str, start: int, end: int) -> int:
    """'the [Seven Days] Battles', 'the [Spring] Offensive': a capitalized expression inside an
    event's name leaves the name's article out. Returns the start to use."""
    if text[start:start + 4].lower() == "the " and text[start + 4:start + 5].isupper() and _NAME_AFTER.match(text, end):
        return start + 4
    return start


def _may_match(rule: Rule, low: str, present: dict) -> bool:
    """False when the text lacks every literal of one of the rule's trigger groups. `present`
    keeps each group's answer for the document: many rules share a group (the month names)."""
    for group in rule.triggers:
        found = present.get(group)
        if found is None:
            found = present[group] = any(literal in low for literal in group)
        if not found:
            return False
    return True


def extract(ruleset: RuleSet, text: str, domain: str | None = None) -> list[Candidate]:
    """Every match of every rule; a rule limited to some domains runs only in those."""
    found = []
    low = folded(text)
    beyond_ascii = folds_beyond_ascii(text)
    present: dict = {}
    # windows need a literal's place in `low` to be its place in the text
    index = TextIndex(text, low) if not beyond_ascii and len(low) == len(text) else None

    def within(rule: Rule) -> tuple | None:
        """Where to try the rule: windows before its anchor's literals, or None: everywhere."""
        if rule.anchor is None or index is None:
            return None
        ranges = windows(rule.anchor, index)
        return None if ranges is None else (ranges, rule.starts_regex, rule.reach)

    for rule in ruleset.rules:
        if rule.domains and domain not in rule.domains:
            continue
        if not _may_match(rule, low, present):
            continue
        for start, end, groups in matches(rule.pattern_for(beyond_ascii), text, within(rule)):
            start, end = strip_span(text, start, end)
            start = _name_article(text, start, end)
            if start >= end or _splits_word(text, start, end) or not _passes(rule, text, start, end):
                continue
            found.append(Candidate(start, end, rule, {k: v for k, v in groups.items() if v is not None}))
    return found
