"""The tagger's prefilter finds exactly the matches of the patterns it wraps, only faster."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from timeline.tagger._prefilter import BEYOND_ASCII, WHOLE, folded, folds_beyond_ascii, matches, prefilter
from timeline.tagger.extract import _may_match, extract
from timeline.errors import ResourceError
from timeline.tagger.ruleset import build_ruleset, load_ruleset

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _finditer(source: str, text: str) -> list[tuple]:
    return [(m.start(), m.end(), m.groupdict()) for m in re.finditer(source, text, re.IGNORECASE)]


def _texts(ruleset) -> list[str]:
    """The sample articles, every rule's examples and the negatives, as written, in upper case,
    and with the characters beyond ASCII that IGNORECASE equates with ASCII letters."""
    texts = [path.read_text("utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    texts.append("\n".join(example.split(" => ")[0] for rule in ruleset.rules for example in rule.examples))
    texts.append("\n".join(ruleset.negatives))
    exotic = str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"})
    return texts + [text.upper() for text in texts] + [text.translate(exotic) for text in texts]


def test_every_rule_finds_what_its_source_pattern_finds():
    ruleset = load_ruleset("en")
    texts = _texts(ruleset)
    wrapped = 0
    for rule in ruleset.rules:
        wrapped += WHOLE in rule.regex.groupindex
        for text in texts:
            found = list(matches(rule.pattern_for(folds_beyond_ascii(text)), text))
            assert found == _finditer(rule.source, text), rule.name
    assert wrapped > len(ruleset.rules) * 0.9  # the speed-up reaches nearly every rule


@pytest.mark.parametrize("source, text", [
    (r"(?:last|next)\s+(?P<unit>week|month)", "Last week, and next   month; lastweek. NEXT MONTH"),
    (r"\d+\s+days?", "3 days 12 days 4day 1 day5 days"),
    (r"(?<=\bfor\s)(?P<n>two|ten)\s+years", "for two years, often years, for ten years"),
    (r"(?:an?\s+)?(?:few|several)\s+(?:days|weeks)", "a few days then several weeks, A FEW DAYS"),
    (r"seven\s+days", "Seven days and SEVEN DAYS"),
    (r"mid(?:-|\s+)(?:june|july)", "mid-June, MID JULY, mid july, amid July"),
])
def test_wrapped_pattern_matches_as_the_source(source, text):
    scan = prefilter(source, re.IGNORECASE).scan
    assert WHOLE in scan
    found = list(matches(re.compile(scan, re.IGNORECASE), text))
    assert found == _finditer(source, text)
    assert found


@pytest.mark.parametrize("source", [
    r"(?:early\s+)?",        # may match the empty string: left for the empty-pattern check
    r"(a)b\1",               # a numbered reference would shift behind the wrapper's group
    r".{2}days",             # may begin with any character
    r"(?i)days",             # global flags stay at the front
])
def test_patterns_the_wrapper_leaves_alone(source):
    assert prefilter(source, re.IGNORECASE).scan == source


def test_characters_beyond_ascii_that_ignorecase_equates_with_letters_are_all_listed():
    everything = "".join(map(chr, range(0x80, 0x110000)))
    found = set(re.findall(f"[{string.ascii_lowercase}]", everything, re.IGNORECASE))
    assert found == set(BEYOND_ASCII)


def test_a_text_with_such_characters_is_tagged_with_the_source_patterns():
    ruleset = load_ruleset("en")
    text = "It lasted \u017feven days. Prices rose for \u0131x weeks."
    assert folds_beyond_ascii(text) and not folds_beyond_ascii("Zürich, seven days")
    found = {(c.start, c.end, c.rule.name) for c in extract(ruleset, text)}
    assert (10, 20, "duration") in found


@pytest.mark.parametrize("pattern, fault", [
    ("(?:days", "invalid regular expression"),
    ("(?:days)?", "matches the empty string"),
])
def test_a_broken_rule_stops_the_load(pattern, fault):
    with pytest.raises(ResourceError, match=fault):
        build_ruleset("en", {"rules": [{"name": "broken", "type": "DATE", "pattern": pattern}]}, {}, {})


def test_a_rule_compiled_on_first_need_reports_its_fault_as_a_resource_error():
    rule = build_ruleset("en", {"rules": [{"name": "wide", "type": "DATE", "pattern": "(?<=a+)days"}]}, {}, {}).rules[0]
    with pytest.raises(ResourceError, match="rule wide: invalid regular expression"):
        rule.regex


def test_trigger_literals_are_whole_words_of_an_alternation_without_their_longer_forms():
    triggers = prefilter(r"\d+\s+(?:y(?:ears?|rs?)|days?|decades?)\b", re.IGNORECASE).triggers
    assert triggers == (("yr", "day", "year", "decade"),)


def test_a_rule_that_matches_a_text_is_never_skipped_for_its_triggers():
    ruleset = load_ruleset("en")
    checked = 0
    for text in _texts(ruleset):
        present: dict = {}
        for rule in ruleset.rules:
            if _finditer(rule.source, text):
                assert _may_match(rule, folded(text), present), rule.name
                checked += 1
    assert checked > 100
