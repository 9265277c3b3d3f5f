"""Where a counted length of time lies when the text anchors it: "over the past 18 months",
"in the next 24 hours", "over the following two years".

TimeML writes these as a DURATION (P18M) with no place on the time line. A reader knows more:
"the past 18 months" ends at publication, "the following two years" starts at the time told
just before. The window becomes the expression's interval, so an event inside it ("prices rose
over the past 18 months") gets bounds instead of none. The value stays the TIMEX3 duration.
"""
from __future__ import annotations

import re
from datetime import datetime

from ..models import Document, Interval, Timex
from ..solver.lengths import VAGUE_COUNT, Grain, amount, vague_grain
from ..zones import last_wall_moment, shifted_on_wall_clock, tzinfo_for
from .fiscal_periods import PART_OF_YEAR, calendar_of, months_to, on_the_fiscal_calendar, same_year_quarter, year_ending_in

# the first word of the expression -> which way the window runs, and from what
_TOWARD_PUBLICATION = {"past": -1, "last": -1, "next": 1, "coming": 1}  # "the past 18 months"
_FROM_TOLD_TIME = {"following": 1, "previous": -1, "preceding": -1}  # "the following two years"
_OPENING = re.compile(r"^(?:the\s+)?(\w+)\s", re.IGNORECASE)
_OF_A_NAMED_TIME = re.compile(r"\sof\s+\w", re.IGNORECASE)


def anchored_windows(document: Document, timexes: list[Timex], news: bool) -> list[Timex]:
    """The expressions, each anchored duration given its window as interval. `news`: the
    publication moment is the story's now (in the narrative domain "the past" is not)."""
    out, ended = [], set()
    for t in timexes:
        if t.type == "DATE" and PART_OF_YEAR.fullmatch(t.value) and document.timezone is not None:
            told = _part_ended_by(document, timexes, t)
            if told is not t:
                ended.add(t.id)
            out.append(told)
            continue
        window = _window(document, timexes, t, news) if t.type == "DURATION" and t.interval is None else None
        out.append(t.model_copy(update={"interval": window}) if window is not None else t)
    return _on_the_companys_calendar(out, document, ended)


_PART_MONTHS = {"Q": 3, "H": 6}


def _on_the_companys_calendar(timexes: list[Timex], document: Document, ended: set[str]) -> list[Timex]:
    """The other quarters of a text that told one quarter's end, on the same fiscal calendar:
    after "the fiscal third quarter ended Feb. 28", "fourth-quarter revenue" is March to May
    (TBAQ's habit: the label's year is the year the quarter ends in), and "the current quarter"
    the company's quarter under way at publication. Only when the told quarter is off the
    calendar's, and the text tells one such calendar (two companies' quarters keep the calendar)."""
    zone, published = document.timezone, document.published
    if zone is None or published is None:
        return timexes
    told = {t.id: _fiscal_shift(t, zone) for t in timexes if t.id in ended}
    shifts, said = set(told.values()) - {0}, year_ending_in(document.text)
    if len(shifts) > 1 or not (told or said):
        return timexes
    shift = shifts.pop() if shifts else (said or 12) % 12
    # a calendar-year company's told quarter still dates its year-back quarter and first months
    first = next((t for t in timexes if told.get(t.id) == shift), None) or _year_ended(timexes, said, zone)
    calendar = calendar_of((shift - 1) % 12 + 1, first, zone, published)
    out, placed = [], set(ended)
    for t in timexes:
        if shift and t.type == "DATE" and t.id not in ended and _QUARTER.fullmatch(t.value) and t.interval is not None:
            moved = same_year_quarter(t, calendar, zone, document.text, published)
            end = _fiscal_end(t, shift, published.astimezone(tzinfo_for(zone))) if moved is None else None
            if moved is not None:
                placed.add(t.id)
            elif end is not None:
                moved = t.model_copy(update={"interval": months_to(end, 3, zone)})
            t = moved or t
        out.append(t)
    return on_the_fiscal_calendar(out, calendar, zone, placed)


def _year_ended(timexes: list[Timex], last_month: int | None, zone: str) -> Timex | None:
    """"the year ended June 30" (a year's window ending in the fiscal year's last month), which
    tells the fiscal year as a told quarter does."""
    for t in timexes:
        if t.type == "DURATION" and t.value == "P1Y" and t.interval is not None and last_month:
            if last_wall_moment(t.interval.end, zone).month == last_month:
                return t
    return None


_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_ORDINAL_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|Q[1-4])\b", re.IGNORECASE)
_RELATIVE = {"current": 0, "this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}


def _fiscal_shift(t: Timex, zone: str) -> int:
    """How many months (0-11) a told quarter or half ends after the calendar's of its name."""
    return (last_wall_moment(t.interval.end, zone).month - _PART_MONTHS[t.value[5]] * int(t.value[-1])) % 12


def _fiscal_end(t: Timex, shift: int, now: datetime) -> datetime | None:
    """The wall-clock end (first instant after) of quarter t on the company's calendar."""
    if _ORDINAL_QUARTER.search(t.text):
        month = (3 * int(t.value[-1]) + shift - 1) % 12 + 1  # the label's quarter ends in its year
        return datetime(int(t.value[:4]) + (month == 12), month % 12 + 1, 1)
    word = next((w for w in re.findall(r"[a-z]+", t.text.lower()) if w in _RELATIVE), None)
    if word is None:
        return None
    # the company's quarter under way at `now`: quarters end in the months shift, shift+3, ...
    months = now.year * 12 + now.month - 1  # months since year 0 of the current month
    end = months + (shift - 1 - months) % 3 + 1 + 3 * _RELATIVE[word]
    return datetime(end // 12, end % 12 + 1, 1)


def _part_ended_by(document: Document, timexes: list[Timex], t: Timex) -> Timex:
    """A company's quarter told with its end ("the fiscal third quarter ended Feb. 28"): the
    months up to that day, and the year the day is in (TBAQ gold: "its fourth quarter ended June
    30" is 1989-Q4, "the fiscal first quarter ended Sept. 30" 1989-Q1). The calendar's Q3 had
    put a quarter ended in February in July to September."""
    bound = _bounding_date(document.text, timexes, t)
    if bound is None or bound[1] > 0 or not re.match(r"\d{4}-\d{2}", bound[0].value):
        return t
    date, part = bound[0], t.value[5:]
    end = date.interval.end
    window = _span(end, end, -1, (_PART_MONTHS[part[0]], Grain.MONTH), document.timezone)
    return t.model_copy(update={"value": date.value[:4] + "-" + part, "interval": window})


def _window(document: Document, timexes: list[Timex], t: Timex, news: bool) -> Interval | None:
    opening = _OPENING.match(t.text)
    counted = _counted(t.value) if t.mod is None else None
    if opening is None or counted is None or document.timezone is None:
        return None
    word = opening.group(1).lower()
    if _OF_A_NAMED_TIME.search(t.text):
        return None  # "the last week of August" is August's, not the week before publication
    if word in _TOWARD_PUBLICATION and news and document.published is not None:
        now = document.published.astimezone(tzinfo_for(document.timezone))
        return _span(now, now, _TOWARD_PUBLICATION[word], counted, document.timezone)
    told = _time_told_before(timexes, t) if word in _FROM_TOLD_TIME else None
    if told is not None:
        return _span(told.interval.start, told.interval.end, _FROM_TOLD_TIME[word], counted, document.timezone)
    bound = _bounding_date(document.text, timexes, t)
    if bound is not None:  # "the year ended Sept. 30": the length up to that day's end
        date, direction = bound
        edge = date.interval.end if direction < 0 else date.interval.start
        return _span(edge, edge, direction, counted, document.timezone)
    return None


# "the year ended Sept. 30", "the 12 months to June", "the three months from July 1"
_ENDED_BY = re.compile(r"\s*,?\s*(?:end(?:ed|ing|s)|to|through|until)\s+", re.IGNORECASE)
_STARTED_BY = re.compile(r"\s*,?\s*(?:start(?:ed|ing|s)|beginning|from)\s+", re.IGNORECASE)


def _bounding_date(text: str, timexes: list[Timex], t: Timex) -> tuple[Timex, int] | None:
    """The date right after the length that ends it (-1: the window runs back from its end) or
    starts it (+1), as TimeML's endPoint / beginPoint would say."""
    after = [o for o in _placed(timexes) if o.start >= t.end]
    if not after:
        return None
    date = min(after, key=lambda o: o.start)
    gap = text[t.end:date.start]
    if _ENDED_BY.fullmatch(gap):
        return date, -1
    if _STARTED_BY.fullmatch(gap):
        return date, 1
    return None


def _placed(timexes: list[Timex]) -> list[Timex]:
    """The dates and times that lie on the time line, which a window can run from."""
    return [o for o in timexes if o.type in ("DATE", "TIME") and o.interval is not None]


def _counted(value: str):
    """(count, grain) of "18 months"; "the past few days" as the most "a few" can mean."""
    vague = vague_grain(value)
    return amount(value) or ((VAGUE_COUNT[1], vague) if vague is not None else None)


def _time_told_before(timexes: list[Timex], t: Timex) -> Timex | None:
    """The last date or time the text gives before `t` ("began in early 2021 and ... over the
    following 18 months")."""
    earlier = [o for o in _placed(timexes) if o.end <= t.start]
    return max(earlier, key=lambda o: o.start) if earlier else None


def _span(start: datetime, end: datetime, direction: int, counted, zone: str) -> Interval:
    """From the anchor [start, end) that many units ahead (direction +1) or back (-1), counted
    on the wall clock of `zone` (a month is a calendar month, a day a civil day)."""
    count, grain = counted
    if direction > 0:
        return Interval(start=start, end=shifted_on_wall_clock(end, count, grain, zone))
    return Interval(start=shifted_on_wall_clock(start, -count, grain, zone), end=end)
