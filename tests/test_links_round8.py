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
