"""The periods an earnings report tells.

Its quarter: the first quarter it names that has ended within the year before publication (a
fiscal first quarter too; not a quarter ahead, as "a fourth-quarter charge" expected, nor one
of years ago). "The quarter" and "the 1988 period" are that quarter.

Its year-to-date stretch: "For [the nine months], net rose 8%, compared with ... a year
earlier". Once a report tells such a stretch, a comparison with a year before is made with some
months of that earlier year, not with the quarter it reported first: the year (TimeBank: 6 of 8
year-back comparisons after "the nine months" are the year, 2 the quarter).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..temporal.calendar import Grain, Point, point_containing, shift
from .interpret import Spec

# "the nine months", "the first six months", "the latest nine months": a definite stretch of a
# year's first months, not a length ("nine months of talks")
_STRETCH = re.compile(r"the\s+(?:first\s+|latest\s+)?(?:six|nine|6|9)\s+months", re.IGNORECASE)


def is_report_stretch(spec: Spec, text: str) -> bool:
    return spec.type == "DURATION" and spec.unit == "MONTH" and bool(_STRETCH.fullmatch(text.strip()))


def stretch_year(dct: datetime, mentioned: Point | None) -> Point:
    """The year the stretch runs in: the year of the quarter the report told, else of the latest
    quarter ended before publication."""
    told = mentioned if mentioned is not None and mentioned.grain is Grain.QUARTER else shift(
        point_containing(dct, Grain.QUARTER), -1)
    return Point(Grain.YEAR, datetime(told.start.year, 1, 1))


def is_report_quarter(point: Point | None, dct: datetime) -> bool:
    """A quarter that can be the one a report tells: ended, and within the year before publication."""
    return (point is not None and point.grain is Grain.QUARTER and point.end <= dct
            and dct - point.start <= timedelta(days=366))
