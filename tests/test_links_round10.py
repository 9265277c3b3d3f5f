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
