"""Distances the text states between events ("two days after", "Three months later"), through
the public API: the later event's start bounds, conflicts with explicit dates, the JSON output."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from timeline.api import Engine, make_document
from timeline.events.offsets import cell_distance
from timeline.models import Domain, Interval, Timex
from timeline.settings import Settings
from timeline.solver.lengths import counted_seconds
from timeline.temporal.calendar import Grain

NEW_YORK = "America/New_York"
UTC = timezone.utc


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _build(engine, text, published="2024-05-20T12:00:00-04:00", zone=NEW_YORK):
    return engine.reconstruct(make_document(text, published=published, timezone=zone))


def _event(result, word):
    return next(e for e in result.events if e.text == word)


def _utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_two_days_later_is_the_day_two_days_after_across_a_dst_change(engine):
    # Saturday 9 March 2024 is EST; two days later, Monday the 11th, is EDT (clocks went forward)
    result = _build(engine, "The talks collapsed on Saturday, March 9. Two days later, fighting resumed.")
    resumed = _event(result, "resumed")
    assert resumed.when.earliest_start == _utc(2024, 3, 11, 4)
    assert resumed.when.latest_start == _utc(2024, 3, 12, 4)
    offsets = [r for r in result.relations if r.offset is not None]
    assert {r.origin for r in offsets} == {"event-event:offset", "event-time:offset"}
    assert all(r.source == resumed.id and r.type == "STARTS_AFTER" for r in offsets)


def test_two_days_after_an_event_dated_in_the_same_sentence(engine):
    result = _build(engine, "Fighting resumed two days after the talks collapsed on Saturday, March 9.")
    resumed = _event(result, "resumed")
    assert (resumed.when.earliest_start, resumed.when.latest_start) == (_utc(2024, 3, 11, 4), _utc(2024, 3, 12, 4))


def test_three_months_later_from_a_month_is_that_month_plus_three(engine):
    result = _build(engine, "The summit was held in January. Three months later, the ministers signed the accord.")
    signed = _event(result, "signed")
    assert signed.when.earliest_start == _utc(2024, 4, 1, 4)  # 1 April, EDT
    assert signed.when.latest_start == _utc(2024, 5, 1, 4)
    assert not result.conflicts or all(c.relation.offset is None for c in result.conflicts)


def test_a_distance_from_a_day_to_months_keeps_the_rounding_slack(engine):
    result = _build(engine, "The summit opened on January 10. Three months later, the ministers signed the accord.")
    signed = _event(result, "signed")
    lo, hi = counted_seconds(3, Grain.MONTH)
    opened = _utc(2024, 1, 10, 5)
    assert signed.when.earliest_start == opened + timedelta(seconds=lo)
    assert signed.when.latest_start == opened + timedelta(days=1, seconds=hi)
    assert signed.when.earliest_start < _utc(2024, 4, 10) < signed.when.latest_start


def test_a_week_earlier_places_the_earlier_event_before(engine):
    result = _build(engine, "The strike began on Friday, March 8. The plant had closed a week earlier.")
    closed = _event(result, "closed")
    assert _utc(2024, 2, 26) < closed.when.earliest_start < _utc(2024, 3, 1)
    assert _utc(2024, 3, 1) < closed.when.latest_start < _utc(2024, 3, 8)
    assert closed.when.earliest_start < _utc(2024, 3, 1, 5) < closed.when.latest_start  # 8 March minus 7 days


def test_two_days_after_against_a_contradicting_date_is_reported(engine):
    text = "Fighting resumed on Friday, March 15, two days after the talks collapsed on Saturday, March 9."
    result = _build(engine, text)
    resumed, collapsed = _event(result, "resumed"), _event(result, "collapsed")
    assert resumed.when.earliest_start == _utc(2024, 3, 15, 4)  # the dates hold, they are surer
    rejected = [c for c in result.conflicts if c.relation.offset is not None]
    assert any(c.relation.source == resumed.id and c.relation.target == collapsed.id for c in rejected)
    assert all(c.reason.startswith("contradicts the dates") and c.chain for c in rejected)


@pytest.mark.parametrize("text", [
    "He should have arrived two days after the talks collapsed on Saturday.",  # hypothetical
    "The fighting lasted two days after the talks ended on March 9.",  # the event's own length
])
def test_no_distance_without_a_counted_gap_between_real_events(engine, text):
    assert not [r for r in _build(engine, text).relations if r.offset is not None]


def test_a_few_days_later_is_one_to_ten_days_later(engine):
    # the talks end on Saturday 9 March (New York); "a few days" is no count, but it is not none
    result = _build(engine, "The talks ended on March 9. Fighting resumed a few days later.")
    resumed = _event(result, "resumed")
    # the talks' start lies in Saturday (05:00Z to 05:00Z); one day is at least 23 hours, ten at most 250
    assert resumed.when.earliest_start == _utc(2024, 3, 9, 5) + timedelta(hours=23)
    assert resumed.when.latest_start == _utc(2024, 3, 10, 5) + timedelta(hours=250)
    [link] = [r for r in result.relations if r.offset is not None]
    assert link.offset.duration == "PXD"


def test_a_duration_on_the_main_verb_before_a_clause(engine):
    result = _build(engine, "Fighting resumed a day after the talks ended on March 9.")
    resumed, ended = _event(result, "resumed"), _event(result, "ended")
    link = next(r for r in result.relations if r.origin == "event-event:offset")
    assert (link.source, link.target, link.type) == (resumed.id, ended.id, "STARTS_AFTER")
    assert resumed.when.earliest_start >= _utc(2024, 3, 10, 5)  # 10 March, EST


def test_the_narrative_domain_does_not_count_a_resolved_date_twice():
    engine = Engine(Settings(domain=Domain.NARRATIVE))
    result = _build(engine, "The talks collapsed on March 4, 1915. Two days later, fighting resumed.")
    later = next(t for t in result.timexes if t.text == "Two days later")
    assert later.type == "DATE"  # the tagger already placed it: no distance on top
    assert not [r for r in result.relations if r.offset is not None]
    assert _event(result, "resumed").when.earliest_start == _utc(1915, 3, 6, 5)  # EST


def test_the_json_output_shows_the_offset_and_fits_its_schema(engine):
    from timeline.export import json_out, render

    try:
        from test_export_json import _check
    except ImportError:  # tests collected as a package
        from tests.test_export_json import _check

    result = _build(engine, "The talks collapsed on Saturday, March 9. Two days later, fighting resumed.")
    data = json.loads(render(result, "json"))
    offsets = [r["offset"] for r in data["relations"] if r.get("offset")]
    assert offsets and {o["duration"] for o in offsets} == {"P2D"}
    assert all(0 < o["min_seconds"] < o["max_seconds"] for o in offsets)
    schema = json.loads(json_out.json_schema())
    _check(schema, schema, data)
    assert "offset" not in render(result, "timeml")  # TimeML has no place for it


def _day(start):
    return Timex(id="t1", text="d", start=0, end=1, type="DATE", value=start.date().isoformat(),
                 interval=Interval(start=start, end=start + timedelta(days=1)))


def test_counted_seconds_slack_by_unit():
    day = 86400.0
    assert counted_seconds(2, Grain.DAY) == (1.5 * 23 * 3600.0, 2.5 * 25 * 3600.0)  # a DST day is 23 or 25 h
    assert counted_seconds(2, Grain.DAY, "APPROX") == (23 * 3600.0, 3 * 25 * 3600.0)
    assert counted_seconds(3, Grain.MONTH) == (2.5 * 28 * day, 3.5 * 31 * day)  # a rounded count
    assert counted_seconds(2, Grain.WEEK, "MORE_THAN")[1] == float("inf")
    assert counted_seconds(1, Grain.WEEK, "LESS_THAN")[0] == 0.0


def test_a_cell_distance_needs_an_anchor_one_unit_long():
    saturday = _day(datetime(2024, 3, 9, tzinfo=UTC))
    assert cell_distance(saturday, 2, Grain.DAY) == (2 * 86400.0, 3 * 86400.0)
    assert cell_distance(saturday, -1, Grain.DAY) == (-86400.0, 0.0)
    assert cell_distance(saturday, 3, Grain.MONTH) is None  # a day is no month
