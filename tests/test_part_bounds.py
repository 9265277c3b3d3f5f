"""The bounds of a part of a unit ("late 2023", "early this week", "the end of the month"): a
third of the unit (a half of a day), widened out to whole months, days or years, so the interval
a reader sees starts and ends on the boundaries the words imply."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

import timeline

PUBLISHED = "2025-05-14T19:10:00+00:00"


def _span(text: str) -> tuple[datetime, datetime]:
    found = timeline.tag(text, published=PUBLISHED, timezone="UTC")
    assert len(found) == 1, found
    return found[0].interval.start, found[0].interval.end


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, start, end", [
    ("Profits fell in late 2023.", _utc(2023, 9, 1), _utc(2024, 1, 1)),
    ("Profits fell in early 2024.", _utc(2024, 1, 1), _utc(2024, 5, 1)),
    ("Profits fell in mid-2023.", _utc(2023, 5, 1), _utc(2023, 9, 1)),
    ("Work begins in the second half of 2026.", _utc(2026, 7, 1), _utc(2027, 1, 1)),
    ("Prices rose in the early 1990s.", _utc(1990, 1, 1), _utc(1994, 1, 1)),
    ("Prices rose in the late 1990s.", _utc(1996, 1, 1), _utc(2000, 1, 1)),
    ("It will close by the end of the month.", _utc(2025, 5, 21), _utc(2025, 6, 1)),
    ("Rain fell late last week.", _utc(2025, 5, 9), _utc(2025, 5, 12)),
    ("Talks resumed early this week.", _utc(2025, 5, 12), _utc(2025, 5, 15)),
    ("The storm hit early Tuesday.", _utc(2025, 5, 13), _utc(2025, 5, 13, 12)),
])
def test_a_part_of_a_unit_ends_on_whole_units(text, start, end):
    assert _span(text) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("The driver was fined earlier in the week.", _utc(2025, 5, 12), _utc(2025, 5, 14, 19, 10)),
    ("Prices rose earlier this year.", _utc(2025, 1, 1), _utc(2025, 5, 14, 19, 10)),
    ("Talks resume later this year.", _utc(2025, 5, 14, 19, 10), _utc(2026, 1, 1)),
    ("The vote is due later this month.", _utc(2025, 5, 14, 19, 10), _utc(2025, 6, 1)),
])
def test_earlier_or_later_in_the_current_unit_runs_to_or_from_now(text, start, end):
    """The value keeps TimeML's START / END; the interval is the unit's side of publication."""
    assert _span(text) == (start, end)
    assert timeline.tag(text, published=PUBLISHED, timezone="UTC")[0].mod in ("START", "END")


def test_earlier_in_a_past_unit_keeps_its_first_part():
    found = timeline.tag("Sales slumped in 2019. Earlier in the year, the plant had closed.",
                         published=PUBLISHED, timezone="UTC")
    earlier = next(t for t in found if t.text.startswith("Earlier"))
    assert (earlier.value, earlier.mod) == ("2019", "START")
    assert (earlier.interval.start, earlier.interval.end) == (_utc(2019, 1, 1), _utc(2019, 5, 1))


@pytest.mark.parametrize("text, start, end", [
    ("Health officials reported 27 new infections in the past week.", _utc(2025, 5, 7, 19, 10), _utc(2025, 5, 14, 19, 10)),
    ("Prices rose 9 percent over the past year.", _utc(2024, 5, 14, 19, 10), _utc(2025, 5, 14, 19, 10)),
])
def test_the_past_unit_runs_up_to_publication(text, start, end):
    """The value keeps the calendar unit before (TBAQ writes "the past year" as last year);
    the interval is the stretch a reader means, up to publication."""
    assert _span(text) == (start, end)
