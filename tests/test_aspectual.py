"""Aspectual verbs begin or end the event they govern; TimeML export writes them as ALINKs."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from lxml import etree

from timeline.api import Engine
from timeline.export import render
from timeline.models import Document

PUBLISHED = datetime(2026, 2, 1, 16, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _links(engine, text):
    tl = engine.reconstruct(Document(id="d", text=text, published=PUBLISHED, timezone="UTC"))
    words = {e.id: e.text for e in tl.events}
    return tl, {(words.get(r.source), r.type, words.get(r.target)) for r in tl.relations
                if r.origin.startswith("event-event:aspectual:")}


@pytest.mark.parametrize("text, link", [
    ("Moreira spoke at his news conference, which ended at 2:10 a.m.", ("ended", "ENDS", "conference")),
    ("The talks began on Monday in Geneva.", ("began", "BEGINS", "talks")),
    ("The government halted the negotiations in March.", ("halted", "ENDS", "negotiations")),
    ("Prices started to fall after the announcement.", ("started", "BEGINS", "fall")),
])
def test_aspectual_verb_marks_its_events_bound(engine, text, link):
    assert link in _links(engine, text)[1]


def test_not_an_event_no_link(engine):
    # a roof is not a happening: "closed" begins or ends nothing
    assert _links(engine, "Officials closed the roof before the semifinal resumed.")[1] <= {
        ("resumed", "BEGINS", "semifinal")}


def test_the_end_is_dated_and_exported_as_alink(engine):
    tl, _ = _links(engine, "The summit, which ended at 2:10 p.m. on Sunday, produced no agreement.")
    summit = next(e for e in tl.events if e.text == "summit")
    assert summit.when.latest_end is not None and summit.when.latest_end <= datetime(2026, 2, 1, 14, 11, tzinfo=timezone.utc)
    root = etree.fromstring(render(tl, "timeml").encode("utf-8"))
    [alink] = root.iter("ALINK")
    assert alink.get("relType") == "TERMINATES"
    instances = {i.get("eiid"): i.get("eventID") for i in root.iter("MAKEINSTANCE")}
    words = {e.get("eid"): e.text for e in root.iter("EVENT")}
    assert words[instances[alink.get("eventInstanceID")]] == "ended"
    assert words[instances[alink.get("relatedToEventInstance")]] == "summit"
    assert not [t for t in root.iter("TLINK") if {t.get("eventInstanceID"), t.get("relatedToEventInstance")}
                == {alink.get("eventInstanceID"), alink.get("relatedToEventInstance")}]
