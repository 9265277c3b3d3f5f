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
from ..solver.lengths import VAGUE_COUNT, amount, vague_grain
from ..zones import localize, tzinfo_for
from .calendar import shift_by

# the first word of the expression -> which way the window runs, and from what
_TOWARD_PUBLICATION = {"past": -1, "last": -1, "next": 1, "coming": 1}  # "the past 18 months"
_FROM_TOLD_TIME = {"following": 1, "previous": -1, "preceding": -1}  # "the following two years"
_OPENING = re.compile(r"^(?:the\s+)?(\w+)\s", re.IGNORECASE)
_OF_A_NAMED_TIME = re.compile(r"\sof\s+\w", re.IGNORECASE)


def anchored_windows(document: Document, timexes: list[Timex], news: bool) -> list[Timex]:
    """The expressions, each anchored duration given its window as interval. `news`: the
    publication moment is the story's now (in the narrative domain "the past" is not)."""
    out = []
    for t in timexes:
        window = _window(document, timexes, t, news) if t.type == "DURATION" and t.interval is None else None
        out.append(t.model_copy(update={"interval": window}) if window is not None else t)
    return out


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
        return Interval(start=start, end=_shifted(end, count, grain, zone))
    return Interval(start=_shifted(start, -count, grain, zone), end=end)


def _shifted(moment: datetime, steps: int, grain, zone: str) -> datetime:
    wall = moment.astimezone(tzinfo_for(zone)).replace(tzinfo=None)
    return localize(shift_by(wall, steps, grain), zone)
