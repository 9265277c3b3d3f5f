"""Rules tried only in windows before their anchor literal find every match finditer finds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.tagger._prefilter import WHOLE, folded, matches, prefilter
from timeline.tagger._windows import TextIndex, _runs, windows
from timeline.tagger.ruleset import load_ruleset

try:
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _P  # type: ignore[no-redef]

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
RULES = load_ruleset("en")


def _finditer(source: str, text: str) -> list[tuple]:
    return [(m.start(), m.end(), m.groupdict()) for m in re.finditer(source, text, re.IGNORECASE)]


def _windowed(rule, text: str) -> list[tuple]:
    ranges = windows(rule.anchor, TextIndex(text, folded(text)), most=1.0)
    return list(matches(rule.regex, text, (ranges, rule.starts_regex, rule.reach)))


_STRETCHED = [
    "Three days later, and three   days \n later; three - - days later. Two to three weeks  earlier",
    "He died just over an hour later. A year or two earlier. a minute and a half later, 5 years later",
    "Ten years ago, 2 months back, a year from now. On Jan. 5, 1998 and 5 January 1998 at 10 a.m.",
    "later later earlier three days", "days later", "",
]


def test_every_anchored_rule_finds_in_its_windows_what_finditer_finds():
    texts = [path.read_text("utf-8") for path in sorted(SAMPLES.glob("*.txt"))] + _STRETCHED
    texts.append("\n".join(example.split(" => ")[0] for rule in RULES.rules for example in rule.examples))
    texts += [text.upper() for text in texts]
    anchored = [rule for rule in RULES.rules if rule.anchor is not None]
    assert {"duration_then_later", "ago", "month_day_year"} <= {rule.name for rule in anchored}
    found = 0
    for rule in anchored:
        for text in texts:
            expected = _finditer(rule.source, text)
            assert _windowed(rule, text) == expected, rule.name
            found += len(expected)
    assert found > 200


def test_the_windows_of_a_later_rule_are_short_and_hold_its_matches():
    rule = next(rule for rule in RULES.rules if rule.name == "duration_then_later")
    assert set(rule.anchor.literals) == {"later", "earlier"}
    text = "The talks were held in Geneva and went on for a long time without any result at all. " * 4
    text += "Three days later they resumed."
    ranges = windows(rule.anchor, TextIndex(text, folded(text)))
    assert ranges is not None and sum(end - start + 1 for start, end in ranges) < len(text) / 2
    start = text.index("Three")
    assert [(s, e) for s, e, _ in _windowed(rule, text)] == [(start, start + len("Three days"))]


@pytest.mark.parametrize("source, runs", [
    (r"\d+\s+days", 1),
    (r"[\s-]+", 1),
    (r"(?:last|next)\s+(?:week|month)(?=\s+(?:later|earlier))", 1),
    (r"a(?:\s+b){2}\s*c", 3),
    (r"(?:\w+\s+)+days", None),   # any number of words
    (r"days.+later", None),        # any character may be a separator
    (r"\w+-\w+", 1),
    (r"a\s{1,9}b", 1),            # a bounded repeat of separators is still one run
    (r"(?:\w+\s){1,3}days", 3),
])
def test_separator_runs_a_match_can_hold(source, runs):
    assert _runs(list(_P.parse(source, re.IGNORECASE))) == runs


def test_a_rule_without_a_rare_literal_has_no_anchor():
    assert prefilter(r"\d+\s+(?:d|m)", re.IGNORECASE).anchor is None
    assert prefilter(r"\d+\s+years\s+ago", re.IGNORECASE).anchor.literals == ("years",)
    assert WHOLE in prefilter(r"\d+\s+years\s+ago", re.IGNORECASE).scan
