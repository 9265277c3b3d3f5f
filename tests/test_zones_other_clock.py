"""Where a "local time" is when the lead names no place: the other clock given beside it
("8pm local time (1pm BST)") and the headline's place."""
from datetime import datetime, timezone

import pytest

import timeline

PUBLISHED = "2024-09-22T17:45:00+01:00"
HEADLINE = "Norris wins in Singapore to close gap on Verstappen\n\n"
LEAD = ("Lando Norris won the Grand Prix on Sunday, leading from pole position under the lights at Marina Bay "
        "to cut the championship lead of Max Verstappen, who lives in Monaco, to 52 points.\n\n")
LATER = "\n\nNorris flies from Singapore to Austin next week."


def _found(text: str, clock: str):
    found = timeline.tag(text, published=PUBLISHED, timezone="Europe/London", place="London")
    return next(t for t in found if t.text == clock)


def _utc(t) -> datetime:
    return t.interval.start.astimezone(timezone.utc)


@pytest.mark.parametrize("other, zone", [("(1pm BST)", "Asia/Singapore"), ("(1200 GMT)", "Asia/Singapore"),
                                         ("(13:00 BST)", "Asia/Singapore")])
def test_the_other_clock_beside_local_time_picks_the_place_that_fits(other, zone):
    text = f"{LEAD}The race started at 8pm local time {other} in humid conditions.{LATER}"
    t = _found(text, "8pm")
    assert t.timezone == zone, t.timezone_reason
    assert _utc(t) == datetime(2024, 9, 22, 12, tzinfo=timezone.utc)


def test_the_other_clock_fitting_no_place_names_its_offset():
    text = f"{LEAD}The race started at 9pm local time (1pm BST) in humid conditions.{LATER}"
    t = _found(text, "9pm")
    assert _utc(t) == datetime(2024, 9, 22, 12, tzinfo=timezone.utc)  # UTC+9: no place named fits


def test_the_headline_says_where_local_time_is():
    text = f"{HEADLINE}Lando Norris won the Grand Prix on Sunday from pole position.\n\nThe race started at 8pm local time."
    t = _found(text, "8pm")
    assert t.timezone == "Asia/Singapore", t.timezone_reason
    assert _utc(t) == datetime(2024, 9, 22, 12, tzinfo=timezone.utc)


def test_the_lead_place_comes_before_the_headline():
    text = ("Storm hits Singapore\n\nThe storm made landfall near Jakarta on Sunday, flooding streets and "
            "cutting power to thousands of homes across the city.\n\nIt hit the coast at 8pm local time.")
    assert _found(text, "8pm").timezone == "Asia/Jakarta"
