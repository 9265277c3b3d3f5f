"""Calendar points at a grain, over naive local wall time; zones are applied by the caller.

A Point is the calendar unit (a day, an ISO week, a quarter...) that starts at `start` (naive
local wall time) and has grain `grain`. Its span is [start, start + one unit of the grain).
Example: Point(Grain.WEEK, datetime(2023, 9, 11)) is ISO week 2023-W37, value "2023-W37".
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum


class Grain(Enum):
    """Calendar granularities, coarse to fine; the value is a sort rank."""

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF = 4
    QUARTER = 5
    SEASON = 6
    MONTH = 7
    WEEK = 8
    WEEKEND = 9
    DAY = 10
    PART_OF_DAY = 11
    HOUR = 12
    MINUTE = 13
    SECOND = 14

    @property
    def is_time(self) -> bool:
        return self.value >= Grain.PART_OF_DAY.value


# meteorological seasons: code -> first month; a winter runs from December into the next year
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# south of the equator the same names fall half a year later: summer runs December to February
SOUTHERN_SEASON_START_MONTH = {"FA": 3, "WI": 6, "SP": 9, "SU": 12}


def season_start_month(code: str, southern: bool = False) -> int:
    return (SOUTHERN_SEASON_START_MONTH if southern else SEASON_START_MONTH)[code]


def season_across_new_year(southern: bool = False) -> str:
    """The season that begins in December: winter in the north, summer in the south."""
    return "SU" if southern else "WI"
# parts of day: code -> (first hour, hours long); night crosses midnight
PART_OF_DAY_HOURS = {"MO": (5, 7), "MI": (11, 2), "AF": (12, 6), "EV": (17, 5), "NI": (20, 10), "DT": (9, 8),
                     "SH": (0, 6)}
# the small hours ("the early hours of Sunday") run from midnight to dawn, but TimeML has no
# code for them: the corpora write them TMO
PART_OF_DAY_VALUE = {"SH": "MO"}


def add_months(moment: datetime, months: int) -> datetime:
    """moment shifted by whole months, clamping the day to the month's length."""
    index = moment.year * 12 + (moment.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = _month_length(year, month)
    return moment.replace(year=year, month=month, day=min(moment.day, last))


def _month_length(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


END_OF_DAY = "T24"  # the code of a minute that is a day's end ("midnight Friday": ...T24)


@dataclass(frozen=True)
class Point:
    """A calendar unit: its grain, its first local moment, and a code for seasons/parts of day."""

    grain: Grain
    start: datetime
    code: str | None = None

    @property
    def end(self) -> datetime:
        """The first local moment after the unit (exclusive end)."""
        g, s = self.grain, self.start
        if g is Grain.MILLENNIUM:
            return s.replace(year=s.year + 1000)
        if g is Grain.CENTURY:
            return s.replace(year=s.year + 100)
        if g is Grain.DECADE:
            return s.replace(year=s.year + 10)
        if g is Grain.YEAR:
            return s.replace(year=s.year + 1)
        if g is Grain.HALF:
            return add_months(s, 6)
        if g in (Grain.QUARTER, Grain.SEASON):
            return add_months(s, 3)
        if g is Grain.MONTH:
            return add_months(s, 1)
        if g is Grain.WEEK:
            return s + timedelta(days=7)
        if g is Grain.WEEKEND:
            return s + timedelta(days=2)
        if g is Grain.DAY:
            return s + timedelta(days=1)
        if g is Grain.PART_OF_DAY:
            return s + timedelta(hours=PART_OF_DAY_HOURS[self.code or "MO"][1])
        if g is Grain.HOUR:
            return s + timedelta(hours=1)
        if g is Grain.MINUTE:
            return s + timedelta(minutes=1)
        return s + timedelta(seconds=1)

    @property
    def value(self) -> str:
        """The TIMEX3 value string of this unit."""
        g, s = self.grain, self.start
        if g is Grain.MILLENNIUM:
            return f"{s.year // 1000:01d}"
        if g is Grain.CENTURY:
            return f"{s.year // 100:02d}"
        if g is Grain.DECADE:
            return f"{s.year // 10:03d}"
        if g is Grain.YEAR:
            return f"{s.year:04d}"
        if g is Grain.HALF:
            return f"{s.year:04d}-H{1 + (s.month - 1) // 6}"
        if g is Grain.QUARTER:
            return f"{s.year:04d}-Q{1 + (s.month - 1) // 3}"
        if g is Grain.SEASON:
            return f"{s.year:04d}-{self.code}"  # a winter is named by the year it begins in
        if g is Grain.MONTH:
            return f"{s.year:04d}-{s.month:02d}"
        if g is Grain.WEEK:
            iso = s.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        if g is Grain.WEEKEND:
            iso = s.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
        if g is Grain.DAY:
            return _ymd(s)
        if g is Grain.PART_OF_DAY:
            return _ymd(s) + "T" + PART_OF_DAY_VALUE.get(self.code, self.code or "MO")
        if g is Grain.HOUR:
            return _ymd(s) + s.strftime("T%H")
        if g is Grain.MINUTE and self.code == END_OF_DAY:  # named by the day it ends
            return _ymd(s - timedelta(days=1)) + "T24"  # TimeBank: 1989-10-27T24
        if g is Grain.MINUTE:
            return _ymd(s) + s.strftime("T%H:%M")
        return _ymd(s) + s.strftime("T%H:%M:%S")


def _ymd(moment: datetime) -> str:
    # why: strftime("%Y") leaves a year before 1000 unpadded ("79-08-24" for 24 August AD 79)
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def season_of(moment: datetime, southern: bool = False) -> tuple[int, str]:
    """(year of the season's first month, code) of the meteorological season holding moment."""
    m = moment.month
    if m == 12:
        return moment.year, season_across_new_year(southern)
    if m <= 2:
        return moment.year - 1, season_across_new_year(southern)
    months = SOUTHERN_SEASON_START_MONTH if southern else SEASON_START_MONTH
    code = next(c for c, first in months.items() if first <= m < first + 3)
    return moment.year, code


def point_containing(moment: datetime, grain: Grain, code: str | None = None, southern: bool = False) -> Point:
    """The unit of `grain` that holds the naive local `moment` (`southern`: the seasons of the
    southern hemisphere)."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if grain is Grain.MILLENNIUM:
        return Point(grain, datetime(moment.year // 1000 * 1000 or 1, 1, 1))
    if grain is Grain.CENTURY:
        return Point(grain, datetime(moment.year // 100 * 100 or 1, 1, 1))
    if grain is Grain.DECADE:
        return Point(grain, datetime(moment.year // 10 * 10 or 1, 1, 1))
    if grain is Grain.YEAR:
        return Point(grain, datetime(moment.year, 1, 1))
    if grain is Grain.HALF:
        return Point(grain, datetime(moment.year, 1 if moment.month <= 6 else 7, 1))
    if grain is Grain.QUARTER:
        return Point(grain, datetime(moment.year, (moment.month - 1) // 3 * 3 + 1, 1))
    if grain is Grain.SEASON:
        year, season = season_of(moment, southern)
        return Point(grain, datetime(year, season_start_month(season, southern), 1), season)
    if grain is Grain.MONTH:
        return Point(grain, datetime(moment.year, moment.month, 1))
    if grain is Grain.WEEK:
        return Point(grain, day - timedelta(days=day.weekday()))
    if grain is Grain.WEEKEND:
        return Point(grain, day + timedelta(days=5 - day.weekday()))
    if grain is Grain.DAY:
        return Point(grain, day)
    if grain is Grain.PART_OF_DAY:
        code = code or "MO"
        return Point(grain, day + timedelta(hours=PART_OF_DAY_HOURS[code][0]), code)
    if grain is Grain.HOUR:
        return Point(grain, moment.replace(minute=0, second=0, microsecond=0))
    if grain is Grain.MINUTE:
        return Point(grain, moment.replace(second=0, microsecond=0))
    return Point(grain, moment.replace(microsecond=0))


# how many months or days one step of a grain moves
_MONTH_STEPS = {Grain.MILLENNIUM: 12000, Grain.CENTURY: 1200, Grain.DECADE: 120, Grain.YEAR: 12,
                Grain.HALF: 6, Grain.QUARTER: 3, Grain.SEASON: 12, Grain.MONTH: 1}
_TIME_STEPS = {Grain.WEEK: timedelta(days=7), Grain.WEEKEND: timedelta(days=7),
               Grain.DAY: timedelta(days=1), Grain.PART_OF_DAY: timedelta(days=1),
               Grain.HOUR: timedelta(hours=1), Grain.MINUTE: timedelta(minutes=1),
               Grain.SECOND: timedelta(seconds=1)}


def shift(point: Point, steps: int) -> Point:
    """The unit `steps` units of the point's own grain later (earlier when negative).

    Seasons step by whole years (last fall = the fall before this one). Example:
    shift(Point(Grain.MONTH, datetime(2023, 9, 1)), -2).value == "2023-07".
    """
    if point.grain in _MONTH_STEPS:
        return replace(point, start=add_months(point.start, steps * _MONTH_STEPS[point.grain]))
    return replace(point, start=point.start + steps * _TIME_STEPS[point.grain])


def shift_by(moment: datetime, steps: int, unit: Grain) -> datetime:
    """A naive moment moved by `steps` units (months clamp to month ends)."""
    if unit in _MONTH_STEPS and unit is not Grain.SEASON:
        return add_months(moment, steps * _MONTH_STEPS[unit])
    if unit is Grain.SEASON:
        return add_months(moment, steps * 3)
    return moment + steps * _TIME_STEPS[unit]
