"""The rest of a company's calendar once the text has told it: earnings news names the year,
the year-earlier quarter and the year's first months on the fiscal calendar, not the civil one.

After "the fiscal third quarter ended Feb. 28" (Nike: the fiscal year ends in May), "a year
earlier" is December 2023 to February 2024, "fiscal 2025" June 2024 to May 2025, "the first
nine months" June 2024 to February 2025, and a bare "fourth-quarter" the quarter of the same
fiscal year (March to May 2025), even after "will report" in December. TBAQ's habit for the
values: a quarter and a fiscal year take the year they end in ("fiscal 1989", "the fiscal
first quarter ended Sept. 30" 1989-Q1), "a year earlier" the told quarter's value a year back
(1988-Q3), a counted stretch stays a duration (P9M).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..models import Interval, Timex
from ..zones import last_wall_moment, localize, shifted_on_wall_clock, tzinfo_for
from .calendar import Grain, add_months

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# "the fiscal year ends in May", "its fiscal year ending June 30", "the year ended Jan. 31"
_YEAR_ENDS_IN = re.compile(r"(?:fiscal\s+)?year\s+(?:that\s+|which\s+)?(?:ends?|ended|ending)\s+(?:in\s+|on\s+)?"
                           r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)
# a quarter named by its number alone: "fourth-quarter", "the fiscal third quarter", "its second quarter"
_BARE_QUARTER = re.compile(r"(?:(?:the|its|their|this|that)\s+)?(?:fiscal[- ])?(?:first|second|third|fourth|"
                           r"1st|2nd|3rd|4th)[- ]quarter", re.IGNORECASE)
# the same stretch a year back: "a year earlier", "the year-earlier quarter", "the same period last year"
_YEAR_BACK = re.compile(r"(?:(?:the|a)\s+)?(?:(?:same\s+)?(?:quarter|period)\s+)?(?:a\s+)?"
                        r"(?:year[- ](?:earlier|ago)|(?:prior|previous)[- ]year|last\s+year)"
                        r"(?:\s+(?:quarter|period))?", re.IGNORECASE)
# the whole fiscal year without its number: "the fiscal year", "the full year", "full-year"
_WHOLE_YEAR = re.compile(r"(?:(?:the|its|this|the\s+current)\s+)?(?:fiscal|full)[- ]year", re.IGNORECASE)
_NUMBERED_YEAR = re.compile(r"(?:the\s+)?fiscal[- ](?:year\s+)?(\d{4})", re.IGNORECASE)
# the year's opening months: "the first nine months", "the first six months"
_OPENING_MONTHS = re.compile(r"(?:the\s+)?first\s+(three|six|nine)\s+months", re.IGNORECASE)
_BARE_HALF = re.compile(r"(?:the\s+)?(?:fiscal\s+)?(first|second)[- ]half", re.IGNORECASE)
_COUNT = {"three": 3, "six": 6, "nine": 9}
# a quarter or half of a year, as the calendar names it
PART_OF_YEAR = re.compile(r"\d{4}-(Q[1-4]|H[12])")


@dataclass(frozen=True)
class FiscalCalendar:
    """A company's year: the month (1-12) it ends in, and the fiscal year (the year it ends in)
    of the quarter or year the text told as ended, if it told one."""

    last_month: int
    told_year: int | None = None
    told_end: datetime | None = None  # wall-clock end (first instant after) of the told quarter or year

    def year_end(self, year: int) -> datetime:
        """The first wall-clock instant after fiscal year `year`."""
        return datetime(year + (self.last_month == 12), self.last_month % 12 + 1, 1)

    def quarter(self, year: int, n: int) -> tuple[str, datetime]:
        """TIMEX3 value and wall-clock end of quarter n of fiscal year `year`."""
        end = add_months(self.year_end(year), 3 * (n - 4))
        last = add_months(end, -1)
        return f"{last.year}-Q{n}", end


def year_ending_in(text: str) -> int | None:
    """The month the text says the fiscal year ends in ("the fiscal year ends in May": 5)."""
    said = _YEAR_ENDS_IN.search(text)
    return _MONTHS.index(said.group(1).lower()[:3]) + 1 if said else None


def calendar_of(last_month: int, told: Timex | None, zone: str, published: datetime) -> FiscalCalendar:
    """The calendar, with the fiscal year of the told quarter or year: the year it ends in, or
    the next one when it ends after the year's last month (Oracle's quarter ended Nov. 30, 2024
    is in fiscal 2025, which ends in May 2025)."""
    if told is None or told.interval.end > published:
        return FiscalCalendar(last_month)  # a quarter "ended" after publication is misread (TBAQ wsj_0709)
    last = last_wall_moment(told.interval.end, zone)
    end = told.interval.end.astimezone(tzinfo_for(zone)).replace(tzinfo=None)
    return FiscalCalendar(last_month, last.year + (last.month > last_month), end)


def on_the_fiscal_calendar(timexes: list[Timex], calendar: FiscalCalendar, zone: str,
                           placed: set[str]) -> list[Timex]:
    """Each fiscal-year, year-back and opening-months expression on `calendar`; `placed`: the
    ids of the quarters already on it (a year-back expression runs from the last of them, never
    from another year-back one: "the year-ago quarter ... year-ago results" is one year back)."""
    out: list[Timex] = []
    for t in timexes:
        out.append(_placed(t, calendar, zone, out, placed))
    return out


# a clause that looks ahead: "will report", "expects first-quarter revenue", "is scheduled to post"
_AHEAD = re.compile(r"\b(?:will|expects?|forecasts?|sees|projects|outlook|guidance|"
                    r"(?:plans?|planned|scheduled|due)\s+to)\b[^.;]*$", re.IGNORECASE)


def same_year_quarter(t: Timex, calendar: FiscalCalendar, zone: str, text: str, now: datetime) -> Timex | None:
    """A quarter named by its number alone, in the fiscal year of the told quarter: in a clause
    that looks ahead its results are still to come ("will report third-quarter results in
    March", said by Oracle in December, is December to February ahead, not the quarter a year
    gone; after the told quarter, so the next year's once that is over); in another clause,
    when that quarter is over at publication ("fourth-quarter sales were flat" after "the year
    ended June 30"). Else the tagger's year stays ("America West reported third-quarter
    profit" in a story whose other company told a fiscal quarter: TBAQ wsj_1011)."""
    if calendar.told_year is None or not _BARE_QUARTER.fullmatch(t.text.strip()):
        return None
    ahead = _AHEAD.search(text[max(0, t.start - 80):t.start])
    value, end = calendar.quarter(calendar.told_year, int(t.value[-1]))
    if ahead and end <= calendar.told_end:  # "will report first-quarter results" after the year's end
        value, end = calendar.quarter(calendar.told_year + 1, int(t.value[-1]))
    if not ahead and localize(end, zone) > now:
        return None
    return t.model_copy(update={"value": value, "interval": months_to(end, 3, zone)})


def _placed(t: Timex, calendar: FiscalCalendar, zone: str, before: list[Timex], placed: set[str]) -> Timex:
    text = t.text.strip()
    if t.type == "DATE" and PART_OF_YEAR.fullmatch(t.value) and _YEAR_BACK.fullmatch(text):
        return _year_back(t, zone, before, placed)
    numbered = _NUMBERED_YEAR.fullmatch(text)
    if t.type == "DATE" and numbered and t.value == numbered.group(1):
        return t.model_copy(update={"interval": months_to(calendar.year_end(int(t.value)), 12, zone)})
    if calendar.told_year is None:
        return t
    if _WHOLE_YEAR.fullmatch(text):
        return _whole_year(t, calendar, zone)
    return _opening_months(t, text, calendar, zone)


def _year_back(t: Timex, zone: str, before: list[Timex], placed: set[str]) -> Timex:
    """The last quarter's months a year back, valued a year back (TBAQ: 1988-Q3), when that quarter
    is on the calendar (told with its end, or put in the told fiscal year); a quarter only moved
    to the calendar may be another company's ("America West reported third-quarter profit ...
    a year earlier" after another company's fiscal quarter: TBAQ wsj_1011)."""
    told = next((o for o in reversed(before) if PART_OF_YEAR.fullmatch(o.value) and not _YEAR_BACK.fullmatch(o.text)),
                None)
    if told is None or told.id not in placed:
        return t
    back = Interval(start=shifted_on_wall_clock(told.interval.start, -12, Grain.MONTH, zone),
                    end=shifted_on_wall_clock(told.interval.end, -12, Grain.MONTH, zone))
    return t.model_copy(update={"value": f"{int(told.value[:4]) - 1}{told.value[4:]}", "interval": back})


def _whole_year(t: Timex, calendar: FiscalCalendar, zone: str) -> Timex:
    """"the fiscal year", "the full year": the told quarter's fiscal year (a duration keeps its value)."""
    whole = months_to(calendar.year_end(calendar.told_year), 12, zone)
    if t.type == "DATE" and re.fullmatch(r"\d{4}", t.value):
        return t.model_copy(update={"value": str(calendar.told_year), "interval": whole})
    if t.type == "DURATION" and t.value == "P1Y" and t.interval is None:
        return t.model_copy(update={"interval": whole})
    return t


def _opening_months(t: Timex, text: str, calendar: FiscalCalendar, zone: str) -> Timex:
    """"the first nine months" from the fiscal year's start; "the first / second half" its halves."""
    start = add_months(calendar.year_end(calendar.told_year), -12)
    opening = _OPENING_MONTHS.fullmatch(text)
    if opening and t.value == f"P{_COUNT[opening.group(1).lower()]}M":
        return t.model_copy(update={"interval": months_to(add_months(start, int(t.value[1])), int(t.value[1]), zone)})
    half = _BARE_HALF.fullmatch(text)
    if half and t.type == "DATE" and re.fullmatch(r"\d{4}-H[12]", t.value):
        end = add_months(start, 6 if half.group(1).lower() == "first" else 12)
        last = add_months(end, -1)  # valued in the year it ends, as the quarters are
        return t.model_copy(update={"value": f"{last.year}-{t.value[5:]}", "interval": months_to(end, 6, zone)})
    return t


def months_to(end: datetime, months: int, zone: str) -> Interval:
    """The `months` wall-clock months up to `end` (the first instant after)."""
    return Interval(start=localize(add_months(end, -months), zone), end=localize(end, zone))
