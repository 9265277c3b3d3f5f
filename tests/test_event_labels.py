"""Display labels of events: what the timeline's "What" column shows."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def test_label_leaves_out_a_clock_time_parsed_as_object(nlp):
    from timeline.events import detect_events
    from timeline.models import Timex

    text = "The decision, announced at 12:30 p.m. local time, came after the report."
    start = text.index("12:30")
    clock = Timex(id="t1", text="12:30 p.m.", start=start, end=start + len("12:30 p.m."), type="TIME",
                  value="2024-03-19T12:30")
    events = {e.text: e for e in detect_events(None, nlp(text), [clock])}
    assert events["announced"].label == "announced"
    assert events["came"].label == "decision came after report"


def test_label_leaves_out_a_wire_dateline_parsed_as_subject(nlp):
    from timeline.events import detect_events

    text = ("MOSCOW, March 3 (Reuters) - Russian President Vladimir Putin will travel to China next week "
            "for talks with Xi Jinping, the Kremlin said on Friday.")
    events = {e.text: e for e in detect_events(None, nlp(text), [])}
    assert not events["travel"].label.startswith("MOSCOW")
    assert "travel to China" in events["travel"].label
