"""A company's quarter told with its end ("the fiscal third quarter ended Feb. 28") lies in the
months up to that day, and the text's other quarters follow the same fiscal calendar; the end
date dates the quarter, not the event told in it."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest


@pytest.fixture(scope="module")
def engine():
    from timeline.api import Engine

    return Engine()


def _tag(engine, text: str, published: str, zone: str):
    from timeline.api import make_document

    return {t.text: t for t in engine.tag(make_document(text, published=published, timezone=zone))}


def _months(t, zone: str) -> tuple[str, str]:
    """(first month, last month) of the expression's interval on the zone's wall clock."""
    from zoneinfo import ZoneInfo

    start = t.interval.start.astimezone(ZoneInfo(zone))
    last = datetime.fromtimestamp(t.interval.end.timestamp() - 1, ZoneInfo(zone))
    return start.strftime("%Y-%m"), last.strftime("%Y-%m")


NIKE = ("Nike reported a 10% drop in revenue on Thursday and warned that sales would fall again in the current "
        "quarter. Revenue fell to $11.1 billion in the fiscal third quarter ended Feb. 28. The company expects "
        "fourth-quarter revenue to decline, and last quarter was its weakest in years.")
ORACLE = ("Oracle said revenue rose 9% in its fiscal second quarter ended Nov. 30. Revenue in the current quarter "
          "will rise, the company said. It will report third-quarter results in March.")
APPLE = ("Apple said revenue rose 4% in the fiscal first quarter ended Dec. 28. It expects second-quarter sales to "
         "grow.")
CALENDAR = ("Profit rose 5% in the third quarter ended Sept. 30. Fourth-quarter sales should rise, the company "
            "said.")


@pytest.mark.parametrize("text, published, zone, expression, value, months", [
    (NIKE, "2025-03-20T17:45", "America/Los_Angeles", "the fiscal third quarter", "2025-Q3", ("2024-12", "2025-02")),
    (NIKE, "2025-03-20T17:45", "America/Los_Angeles", "fourth-quarter", "2025-Q4", ("2025-03", "2025-05")),
    (NIKE, "2025-03-20T17:45", "America/Los_Angeles", "the current quarter", None, ("2025-03", "2025-05")),
    (NIKE, "2025-03-20T17:45", "America/Los_Angeles", "last quarter", None, ("2024-12", "2025-02")),
    (ORACLE, "2024-12-10T16:30", "America/New_York", "fiscal second quarter", "2024-Q2", ("2024-09", "2024-11")),
    (ORACLE, "2024-12-10T16:30", "America/New_York", "the current quarter", None, ("2024-12", "2025-02")),
    (APPLE, "2025-01-30T16:30", "America/New_York", "the fiscal first quarter", "2024-Q1", ("2024-09", "2024-12")),
    (APPLE, "2025-01-30T16:30", "America/New_York", "second-quarter", "2025-Q2", ("2025-01", "2025-03")),
    # a quarter on the calendar's months changes nothing
    (CALENDAR, "2024-10-24T08:00", "America/New_York", "the third quarter", "2024-Q3", ("2024-07", "2024-09")),
    (CALENDAR, "2024-10-24T08:00", "America/New_York", "Fourth-quarter", "2024-Q4", ("2024-10", "2024-12")),
])
def test_a_quarter_on_the_companys_calendar(engine, text, published, zone, expression, value, months):
    t = _tag(engine, text, published, zone)[expression]
    if value is not None:
        assert t.value == value
    assert _months(t, zone) == months


def test_apple_quarter_ends_on_its_day(engine):
    t = _tag(engine, APPLE, "2025-01-30T16:30", "America/New_York")["the fiscal first quarter"]
    assert t.interval.end == datetime(2024, 12, 29, 5, 0, tzinfo=timezone.utc)


def test_the_end_date_does_not_date_the_event(engine):
    from timeline.api import make_document

    tl = engine.reconstruct(make_document(NIKE, published="2025-03-20T17:45", timezone="America/Los_Angeles"))
    fell = next(e for e in tl.events if e.text == "fell")
    end_day = next(t for t in tl.timexes if t.text == "Feb. 28")
    assert not [r for r in tl.relations if {r.source, r.target} == {fell.id, end_day.id}]
    assert fell.when.earliest_start < datetime(2025, 1, 1, tzinfo=timezone.utc)  # the quarter, not its last day
