"""A publication stamp with a time of day tells which day a past clock time fell on."""
from __future__ import annotations

import timeline


def _values(text: str, published: str, zone: str = "America/Los_Angeles") -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, published=published, timezone=zone)}


def test_a_past_clock_later_than_the_stamp_is_the_day_before():
    # published at 00:15 on Sunday: the race that ended at 11:30 p.m. ended on Saturday
    assert _values("The race ended shortly after 11:30 p.m.", "2025-11-23T00:15:00-08:00")[
        "11:30 p.m."] == "2025-11-22T23:30"
    assert _values("The quake struck at 3 a.m.", "2025-11-23T00:15:00-08:00")["3 a.m."] == "2025-11-22T03:00"


def test_a_clock_ahead_or_within_the_hour_stays_on_the_stamps_day():
    assert _values("The race will end at 11:30 p.m.", "2025-11-23T00:15:00-08:00")[
        "11:30 p.m."] == "2025-11-23T23:30"
    # a stamp is often the first filing, updated within the hour
    assert _values("The blast occurred at 9:40 a.m.", "2025-11-23T09:15:00-08:00")[
        "9:40 a.m."] == "2025-11-23T09:40"


def test_a_date_without_a_time_says_nothing_of_the_hour():
    # a date alone is read at noon: a past 3 p.m. stays on that day
    assert _values("The bridge collapsed at 3 p.m.", "2025-11-23")["3 p.m."] == "2025-11-23T15:00"
