"""Every rule's examples and the negative corpus of rules.toml run as tests (DESIGN.md, 3)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.models import Document
from timeline.tagger import Tagger
from timeline.tagger.ruleset import load_ruleset

PUBLISHED = datetime(2023, 9, 13, 10, 0, tzinfo=ZoneInfo("America/New_York"))  # a Wednesday
TAGGER = Tagger.load()
RULES = load_ruleset()


def _tag(text):
    return TAGGER.tag(Document(id="example", text=text, published=PUBLISHED, timezone="America/New_York"))


CASES = [(rule.name, ex) for rule in RULES.rules for ex in rule.examples]


@pytest.mark.parametrize("rule,example", CASES, ids=[f"{r}:{e.split(' => ')[0]}" for r, e in CASES])
def test_rule_example(rule, example):
    """'phrase => VALUE': the whole phrase is one expression; 'a [b] c => VALUE': within a
    context, the bracketed part is an expression with that value (and the rule found it)."""
    phrase, value = (part.strip() for part in example.split("=>"))
    if "[" in phrase:
        text = phrase.replace("[", "").replace("]", "")
        target = phrase[phrase.index("[") + 1:phrase.index("]")]
        found = [(t.text, t.value, t.rule) for t in _tag(text)]
        assert (target, value, rule) in found, found
        return
    found = _tag(phrase)
    assert [(t.text, t.value) for t in found] == [(phrase, value)]


@pytest.mark.parametrize("example", RULES.tense.get("examples", []))
def test_tense_example(example):
    """tense.toml's examples: the clause's tense sends a bare weekday or clock time to the past
    or the future."""
    phrase, value = (part.strip() for part in example.split("=>"))
    target = phrase[phrase.index("[") + 1:phrase.index("]")]
    found = [(t.text, t.value) for t in _tag(phrase.replace("[", "").replace("]", ""))]
    assert (target, value) in found, found


@pytest.mark.parametrize("sentence", RULES.negatives)
def test_negative_corpus_has_no_time_expression(sentence):
    assert _tag(sentence) == []


def test_every_rule_has_an_example_or_is_context_bound():
    # a rule without examples must at least constrain its context
    for rule in RULES.rules:
        assert rule.examples or rule.before or rule.not_after or rule.after, rule.name


@pytest.mark.parametrize("sentence,expression", [
    ("Jackson defeated McClellan in the Seven Days Battles and forced his retreat.", "Seven Days"),
    ("The failure of the Spring Offensive of 1918 ended the war.", "Spring"),
])
def test_an_expression_inside_an_event_name_leaves_out_the_names_article(sentence, expression):
    assert expression in [t.text for t in _tag(sentence)]


def test_an_article_before_a_lowercase_expression_stays():
    assert "the summer" in [t.text for t in _tag("The rebels regrouped over the summer and attacked.")]
