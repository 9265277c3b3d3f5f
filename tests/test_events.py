"""Event detection on small texts: eventive nouns, verbs, attributes, ids and sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def _events(nlp, text):
    from timeline.events import detect_events

    return detect_events(None, nlp(text), [])


def test_verbs_and_eventive_nouns(nlp):
    events = _events(nlp, "Kim left Pyongyang on Sunday for a summit with Putin. The parade was held in July.")
    words = [e.text for e in events]
    assert "left" in words and "summit" in words and "parade" in words
    assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]
    left = events[words.index("left")]
    assert left.tense == "PAST" and left.pos == "VERB" and left.sentence.startswith("Kim left")
    assert getattr(left, "label", "") == "Kim left Pyongyang"


def test_reporting_class_future_and_negation(nlp):
    events = {e.text: e for e in _events(nlp, "Officials said the talks will resume. He did not attend.")}
    assert events["said"].event_class == "REPORTING"
    assert events["resume"].tense == "FUTURE"
    assert events["attend"].polarity == "NEG"


def test_timex_words_are_not_events(nlp):
    from timeline.events import detect_events
    from timeline.models import Timex

    text = "The meeting happened on Tuesday."
    t = Timex(id="t1", text="Tuesday", start=text.index("Tuesday"), end=text.index("Tuesday") + 7, type="DATE",
              value="2023-09-12")
    assert "Tuesday" not in [e.text for e in detect_events(None, nlp(text), [t])]


def test_label_leaves_out_a_dateline_parsed_as_object(nlp):
    text = ("HAVANA (AP) --\n\nPresident Fidel Castro declared Wednesday night that it is just matter "
            "of days before Elian Gonzalez will be reunited with his father. Officials signed the treaty.")
    events = {e.text: e for e in _events(nlp, text)}
    assert "HAVANA" not in events["declared"].label
    assert events["signed"].label == "Officials signed treaty"


def test_wordnet_word_classes_reach_the_features(nlp):
    from timeline.events.features import wordnet_features

    doc = nlp("Officials announced that the war had ended.")
    feats = {t.text: wordnet_features(t) for t in doc}
    assert "ss1=v.communication" in feats["announced"]
    assert "ss1=n.act" in feats["war"] and "hyp=event" in feats["war"]
    assert feats["the"] == [] and feats["."] == []


@pytest.mark.xfail(strict=True, reason="the neighbour-word features read a paragraph's blank line as the "
                   "word before; skipping it found 'Born' but moved TimeBank->AQUAINT class F1 0.7272 -> "
                   "0.7261 (AQUAINT->TimeBank 0.6529 -> 0.6534), so it was reverted")
def test_a_paragraph_s_blank_line_is_no_word_beside_its_first_event(nlp):
    text = ("Her daughter said she had been ill since a stroke in the spring.\n\n"
            "Born in Gothenburg in 1932, Lindqvist joined the institute in 1957.")
    joined_by_a_space = text.replace("\n\n", " ")
    assert "Born" in [e.text for e in _events(nlp, joined_by_a_space)]
    assert "Born" in [e.text for e in _events(nlp, text)]
