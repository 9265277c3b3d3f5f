"""Relation rules of round 8: a report of a present state gets no complement link; a modal
event gets no tense link."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from timeline.models import Document


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def _links(nlp, text):
    from timeline.events import detect_events
    from timeline.events.links import propose_links

    doc = Document(text=text, published=datetime(2024, 3, 6, tzinfo=timezone.utc), timezone="UTC")
    parsed = nlp(text)
    events = detect_events(doc, parsed, [])
    return events, propose_links(doc, parsed, events, [], pair_model=None, tlink_model=None)


def _to_dct(links, event):
    return {r.type for r in links if r.source == event.id and r.target == "t0"}


@pytest.mark.parametrize("text, word", [
    ("The bakery did not reopen after the flood.", "reopen"),
    ("Our neighbours never answered the letter we sent in the spring.", "answered"),
    ("The ferry has not sailed since the storm.", "sailed"),
])
def test_a_negated_past_event_stays_before_publication(nlp, text, word):
    events, links = _links(nlp, text)
    event = next(e for e in events if e.text == word)
    assert event.polarity == "NEG"
    assert "BEFORE" in _to_dct(links, event)
    # it enters the solver after every other link, so it never blocks another's order
    own = [r.confidence for r in links if r.source == event.id and r.target == "t0"]
    assert own and all(c < r.confidence for r in links if r.source != event.id for c in own)


@pytest.mark.parametrize("text, word", [
    ("The council will not approve the new bridge.", "approve"),
    ("The shop does not open on Sundays.", "open"),
])
def test_a_negated_present_or_future_event_gets_no_tense_link(nlp, text, word):
    events, links = _links(nlp, text)
    event = next(e for e in events if e.text == word)
    assert event.polarity == "NEG" and not _to_dct(links, event)


def test_a_modal_event_still_gets_no_tense_link(nlp):
    events, links = _links(nlp, "The orchestra might cancel the tour.")
    cancel = next(e for e in events if e.text == "cancel")
    assert not _to_dct(links, cancel)


@pytest.mark.parametrize("text, governor, inner", [
    ("The mayor said the harbour needs a deeper channel.", "said", "needs"),
    ("Our guide says the trail remains closed.", "says", "remains"),
])
def test_a_report_of_a_present_state_gets_no_complement_link(nlp, text, governor, inner):
    events, links = _links(nlp, text)
    ids = {e.text: e.id for e in events}
    assert ids.get(governor) and ids.get(inner)
    assert not [r for r in links if {r.source, r.target} == {ids[governor], ids[inner]}
                and r.origin.startswith("event-event:complement")]


def test_a_report_of_a_past_event_still_follows_it(nlp):
    events, links = _links(nlp, "The mayor said the storm flooded the harbour.")
    ids = {e.text: e.id for e in events}
    assert any(r.source == ids["said"] and r.target == ids["flooded"] and r.type == "AFTER" for r in links)


def test_a_clause_of_time_under_a_verb_ahead_is_not_told_as_past(nlp):
    text = "Crews would begin restoring supply once the winds eased, a spokeswoman said."
    events, links = _links(nlp, text)
    eased = next(e for e in events if e.text == "eased")
    assert eased.tense == "PAST" and "BEFORE" not in _to_dct(links, eased)
    # under a past main verb the same clause stays in the past
    events, links = _links(nlp, "Crews began restoring supply once the winds eased, a spokeswoman said.")
    eased = next(e for e in events if e.text == "eased")
    assert "BEFORE" in _to_dct(links, eased)
