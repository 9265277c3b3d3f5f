"""Round 10 link rules on own sentences: what the exported TimeML says of them against t0."""
from __future__ import annotations

import pytest

from timeline.corpora.timeml import parse_timeml


@pytest.fixture(scope="module")
def engine():
    from timeline.api import Engine

    return Engine()


def _t0_links(engine, text: str, published: str = "2024-05-02T10:00:00+02:00", zone: str = "Europe/Paris"):
    """word -> relType of each exported TLINK with t0, read back from the TimeML."""
    from timeline.api import make_document
    from timeline.export import render

    back = parse_timeml(render(engine.reconstruct(make_document(text, published=published, timezone=zone)),
                               "timeml"))
    words = {t.attrs["tid"]: t.text for t in back.timexes}
    eids = {t.attrs["eid"]: t.text for t in back.events}
    words |= {i["eiid"]: eids[i["eventID"]] for i in back.instances}
    out = {}
    for link in back.tlinks:
        a = link.get("eventInstanceID") or link.get("timeID")
        if link.get("relatedToTime") == "t0":
            out[words[a]] = link["relType"]
    return out


def test_a_happening_told_in_the_simple_present_is_the_days_own(engine):
    links = _t0_links(engine, "The ferry company cancels its evening crossings as the storm approaches.")
    assert links.get("cancels") == "SIMULTANEOUS"


def test_a_present_state_still_spans_the_day(engine):
    # a feeling or a state told in the present held before the day and goes on after it
    links = _t0_links(engine, "Residents fear more flooding, and the ferry company cancels its evening crossings.")
    assert links.get("fear") == "INCLUDES"
    assert links.get("cancels") == "SIMULTANEOUS"


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def _proposed(nlp, text, timexes):
    from datetime import datetime, timezone

    from timeline.events import detect_events
    from timeline.events.links import propose_links
    from timeline.models import Document

    doc = Document(text=text, published=datetime(2024, 5, 2, tzinfo=timezone.utc), timezone="UTC")
    parsed = nlp(text)
    events = detect_events(doc, parsed, timexes)
    return {e.text: e.id for e in events}, propose_links(doc, parsed, events, timexes)


def _duration(text, words, value):
    from timeline.models import Timex

    i = text.index(words)
    return Timex(id="t1", text=words, start=i, end=i + len(words), type="DURATION", value=value)


@pytest.mark.parametrize("text, earlier, later", [
    ("The ferry service resumed three weeks after the storm wrecked the pier.", "wrecked", "resumed"),
    ("The pier was wrecked in March. Three weeks later, the ferry service resumed.", "wrecked", "resumed"),
    ("The old pier closed two months before the new one opened.", "closed", "opened"),
])
def test_a_counted_gap_begins_with_one_event_and_ends_with_the_other(nlp, text, earlier, later):
    words = next(w for w in ("three weeks", "Three weeks", "two months") if w in text)
    ids, links = _proposed(nlp, text, [_duration(text, words, "P3W" if "weeks" in words else "P2M")])
    gap = {(r.source, r.type) for r in links if r.target == "t1" and r.origin == "event-time:gap"}
    assert gap == {(ids[earlier], "BEGINS"), (ids[later], "ENDS")}


def _date(text, word, value):
    from timeline.models import Timex

    i = text.index(word)
    return Timex(id="t1", text=word, start=i, end=i + len(word), type="DATE", value=value)


def test_a_verb_conjoined_without_its_own_subject_shares_the_day(nlp):
    text = "On Monday the council approved the budget and published the new tax rates."
    ids, links = _proposed(nlp, text, [_date(text, "Monday", "2024-04-29")])
    assert any(r.source == ids["published"] and r.target == "t1" and r.type == "IS_INCLUDED"
               and r.origin == "event-time:inherited:conj" for r in links)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_time(nlp):
    text = "On Monday the council approved the budget and the mayor resigned."
    ids, links = _proposed(nlp, text, [_date(text, "Monday", "2024-04-29")])
    assert not any(r.source == ids["resigned"] and r.origin == "event-time:inherited:conj" for r in links)
