"""A counted length the text anchors ("the past 18 months", "the following two years") gets a
window on the time line, and an event inside it gets bounds."""
from __future__ import annotations

from datetime import datetime, timezone

from timeline.api import reconstruct

PUBLISHED = "2026-11-19T10:00:00-05:00"  # a Thursday in New York


def _build(text: str, published: str = PUBLISHED):
    return reconstruct(text, published=published, timezone="America/New_York")


def _utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def test_the_past_months_end_at_publication():
    result = _build("Prices rose 20% over the past 18 months.")
    (window,) = result.timexes
    assert (window.type, window.value) == ("DURATION", "P18M")  # the TIMEX3 stays a duration
    assert window.interval.start.astimezone(timezone.utc) == _utc(2025, 5, 19, 14)  # 10:00 EDT
    assert window.interval.end.astimezone(timezone.utc) == _utc(2026, 11, 19, 15)
    rose = result.events[0]
    assert rose.when.earliest_start == _utc(2025, 5, 19, 14) and rose.when.latest_end == _utc(2026, 11, 19, 15)


def test_the_next_weeks_start_at_publication():
    result = _build("The company will cut 500 jobs over the next three weeks.")
    cut = next(e for e in result.events if e.text == "cut")
    assert cut.when.earliest_start == _utc(2026, 11, 19, 15) and cut.when.latest_end == _utc(2026, 12, 10, 15)


def test_the_following_months_run_from_the_time_told_before():
    text = "The review began in early 2021. Investigators interviewed 40 people over the following 18 months."
    interviewed = next(e for e in _build(text).events if e.text == "interviewed")
    assert interviewed.when.earliest_start == _utc(2021, 1, 1, 5)
    # early 2021 ends with April (a third of the year), and 18 months more: early November 2022
    assert _utc(2022, 10, 1) < interviewed.when.latest_end < _utc(2022, 12, 1)


def test_a_few_days_bound_at_their_widest():
    result = _build("Rescuers pulled 30 people from the rubble in the past few days.")
    window = next(t for t in result.timexes if t.type == "DURATION")
    assert window.interval.start.astimezone(timezone.utc) == _utc(2026, 11, 9, 15)  # ten days back


def test_an_unanchored_length_gets_no_window():
    result = _build("The talks lasted 18 months. He was jailed for two years in 2019.")
    assert [t.interval for t in result.timexes if t.type == "DURATION"] == [None, None]


def test_tagging_alone_gives_the_window_too():
    import timeline

    (window,) = timeline.tag("Prices rose 20% over the past 18 months.", published=PUBLISHED, timezone="America/New_York")
    assert window.interval is not None and window.interval.start.astimezone(timezone.utc) == _utc(2025, 5, 19, 14)


def test_a_length_ended_or_started_by_a_date_runs_up_to_it_or_from_it():
    import timeline

    found = {t.text: t for t in timeline.tag("Profit rose 12% in the year ended Sept. 30, and rates are fixed "
                                             "for the three months from Oct. 1.", published=PUBLISHED,
                                             timezone="America/New_York")}
    year = found["the year"]
    assert (year.type, year.value) == ("DURATION", "P1Y")
    assert year.interval.start.date().isoformat() == "2025-10-01" and year.interval.end.date().isoformat() == "2026-10-01"
    months = found["the three months"]
    assert months.interval.start.date().isoformat() == "2026-10-01"
    assert months.interval.end.date().isoformat() == "2027-01-01"


def test_a_length_of_a_named_month_has_no_window_before_publication():
    import timeline

    found = timeline.tag("The fair is held in the last week of August.", published="2025-03-21T16:00:00-04:00",
                         timezone="America/New_York")
    assert [(t.value, t.interval) for t in found] == [("P1W", None)]
