"""The rich table: plain text, readable at 100-120 columns, local time beside UTC."""
from __future__ import annotations

import pytest

try:
    from test_export_view import PUBLISHED, seed_timeline
except ImportError:  # tests collected as a package
    from tests.test_export_view import PUBLISHED, seed_timeline

from timeline.export import render
from timeline.export import table
from timeline.models import DocumentInfo, Event, Timeline


def test_the_table_fits_its_width_and_has_no_escape_codes():
    out = render(seed_timeline(), "table")
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= table.TABLE_WIDTH
    narrow = table.render(seed_timeline(), width=100)
    assert max(len(line) for line in narrow.splitlines()) <= 100


def test_entries_come_in_order_with_local_time_beside_utc():
    out = table.render(seed_timeline())
    left = out.index("Kim leaves Pyongyang")
    crossed = out.index("Kim crosses the border")
    summit = out.index("Summit meeting materializes")
    assert left < crossed < summit
    line = next(line for line in out.splitlines() if "materialized" in line)
    assert "Wed 2023-09-13 06:00-12:00" in line and "Tue 2023-09-12 21:00" in line
    assert "Asia/Yakutsk UTC+09" in out


def test_time_expressions_and_conflicts_are_listed():
    out = table.render(seed_timeline())
    assert "Time expressions" in out
    assert "2023-09-13TMO" in out and "2023-09-13 (START)" in out
    assert "\"arrived\" e4 BEFORE \"left\" e2 [tense]" in out  # named by words and id


def test_the_publication_moment_is_shown_in_both_zones():
    out = table.render(seed_timeline())
    assert "Wed 2023-09-13 06:00 America/Montreal EDT (Wed 2023-09-13 10:00 UTC)" in out


def test_an_empty_timeline_still_renders():
    empty = Timeline(document=DocumentInfo(id="empty", published=PUBLISHED, timezone="America/Montreal"))
    out = table.render(empty)
    assert "none found" in out
    assert "Timeline (local" not in out  # nothing to place: a tagging run
    with_event = empty.model_copy(update={"events": seed_timeline().events[:1]})
    assert "no events placed" in table.render(with_event)
    assert "Conflicts" not in out


def test_markup_in_the_text_is_printed_as_is():
    tl = seed_timeline()
    entry = tl.timeline[0].model_copy(update={"label": "[bold]not markup[/bold]"})
    out = table.render(tl.model_copy(update={"timeline": [entry, *tl.timeline[1:]]}))
    assert "[bold]not markup[/bold]" in out


def test_an_open_state_says_what_is_known_of_it_instead_of_a_question_mark():
    from datetime import datetime, timezone

    from timeline.models import When

    tl = seed_timeline()
    # "discuss" has no bounds: give it only a latest start and an earliest end, as a present
    # state that began before August and still holds at publication gets from the solver
    began, still = datetime(2023, 8, 1, 4, tzinfo=timezone.utc), datetime(2023, 9, 13, 10, tzinfo=timezone.utc)
    events = [e.model_copy(update={"when": When(latest_start=began, earliest_end=still)}) if e.id == "e10" else e
              for e in tl.events]
    entries = tl.timeline + [tl.timeline[0].model_copy(update={"position": 9, "events": ["e10"],
                                                                "earliest": None, "latest": None,
                                                                "label": "Leaders discuss arms"})]
    rows = table.entry_rows(tl.model_copy(update={"events": events, "timeline": entries}))
    row = next(r for r in rows if r.label == "Leaders discuss arms")
    assert row.local == "began by Tue 2023-08-01 00:00, still on at Wed 2023-09-13 06:00"
    assert row.utc == "began by Tue 2023-08-01 04:00, still on at Wed 2023-09-13 10:00"
    # a latest start after the earliest end: no moment is known to be inside it
    swapped = [e.model_copy(update={"when": When(latest_start=still, earliest_end=began)}) if e.id == "e10" else e
               for e in tl.events]
    row = next(r for r in table.entry_rows(tl.model_copy(update={"events": swapped, "timeline": entries}))
               if r.label == "Leaders discuss arms")
    assert row.utc == "began by Wed 2023-09-13 10:00, not over before Tue 2023-08-01 04:00"
    # with nothing known it stays an honest question mark
    unknown = tl.model_copy(update={"timeline": entries})
    assert next(r for r in table.entry_rows(unknown) if r.label == "Leaders discuss arms").local == "?"


def test_a_rejected_guess_of_a_model_is_counted_not_listed():
    from timeline.models import Conflict, Relation

    tl = seed_timeline()
    guess = Conflict(relation=Relation(source="e2", target="e4", type="AFTER", origin="event-event:learned-order",
                                       confidence=0.3), reason="contradicts the order already accepted")
    tl = tl.model_copy(update={"conflicts": [*tl.conflicts, guess]})
    out = table.render(tl)
    assert "learned-order" not in out
    assert "\"arrived\" e4 BEFORE \"left\" e2 [tense]" in out  # what the text says stays listed
    assert "1 guess of the learned models did not fit" in " ".join(out.split())
    from timeline.export import html, markdown

    assert "1 guess of the learned models" in markdown.render(tl) and "learned-order" not in markdown.render(tl)
    assert "1 conflict</p>" in html.render(tl)  # the header counts contradictions of the text only


@pytest.mark.parametrize("text, verb, label", [
    ("The plan would fail, notes Mr. Roy. Others disagree.", "notes", "Notes Mr. Roy"),
    ("\u201cIt is no magic weapon,\u201d he says.\n\n\u201cWe are talking.\u201d", "says", "He says"),
    ("Talks resumed with U.S. officials. Then they left.", "resumed", "Resumed with U.S. officials"),
    ("The vote closed at 4:30 p.m. Tuesday, officials said.", "closed", "Closed at 4:30 p.m. Tuesday"),
    ("She left. (The rest is history.)", "left", "She left"),
])
def test_a_label_runs_to_the_end_of_its_clause_not_to_an_abbreviation(text: str, verb: str, label: str):
    start = text.index(verb)
    event = Event(id="e1", text=verb, start=start, end=start + len(verb), sentence=text)
    tl = Timeline(document=DocumentInfo(id="d", published=PUBLISHED, timezone="UTC"), text=text, events=[event])
    assert table.event_label(tl, event) == label
