"""The day of a bare clock time checked against the GMT reading wire copy gives beside it.

"4:10 a.m. local time (0310 GMT)" says the clock ran at UTC+1 that day. A bare clock takes the
day the sentence before named; when that day's offset in the clock's zone is another one (the
sentence before told a flashback to a summer day, the clock is in winter), an earlier-told day
whose offset fits is the clock's day.
"""
from __future__ import annotations

from dataclasses import replace

from ..zones import tzinfo_for
from ..zones.stated_offset import offset_on, stated_offset
from .anchor import Anchorer, Context, Resolution


def _offset_of(result: Resolution, zone: str) -> int:
    return offset_on(zone, result.point.start.replace(tzinfo=tzinfo_for(zone)))


def day_fitting_stated_offset(anchorer: Anchorer, text: str, start: int, end: int, spec, ctx: Context,
                              result: Resolution, zone: str, days: list) -> Resolution:
    """`result`, or the reading of the same clock on another day told before it (the nearest
    first) when only that one fits the offset stated beside the clock."""
    stated = stated_offset(text, start, end)
    if stated is None or result.point is None or ctx.day_anchor is None or _offset_of(result, zone) == stated:
        return result
    for _, day in sorted(((s, d) for s, d in days if s < start and d != ctx.day_anchor), key=lambda item: -item[0]):
        other = anchorer.resolve(spec, replace(ctx, day_anchor=day))
        if other is not None and other.point is not None and _offset_of(other, zone) == stated:
            return other
    return result
