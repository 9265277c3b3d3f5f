"""Wall clock <-> real time in a named zone, exact across DST gaps and folds.

Zone names are IANA names ("Asia/Yakutsk", "Etc/GMT-9") or, for offsets that are not
whole hours, "UTC+05:30" (IANA has no name for those; see README.md).
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

UTC = timezone.utc
_FIXED = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")


@lru_cache(maxsize=None)
def tzinfo_for(zone: str) -> tzinfo:
    """The tzinfo of a zone name: IANA via zoneinfo, "UTC+05:30" as a fixed offset."""
    fixed = _FIXED.match(zone)
    if fixed:
        sign = 1 if fixed.group(1) == "+" else -1
        delta = timedelta(hours=int(fixed.group(2)), minutes=int(fixed.group(3)))
        return timezone(sign * delta, zone)
    return ZoneInfo(zone)


def offset_zone(minutes: int) -> str:
    """The zone name of a fixed UTC offset: Etc/GMT-9 for +9 h (IANA signs are inverted)."""
    if minutes == 0:
        return "UTC"
    if minutes % 60 == 0 and -12 <= minutes // 60 <= 14:
        return f"Etc/GMT{'-' if minutes > 0 else '+'}{abs(minutes) // 60}"
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def localize(naive: datetime, zone: str) -> datetime:
    """The real instant a wall-clock reading denotes in `zone`.

    In a gap (the clock jumps forward) the reading is shifted forward by the gap:
    02:30 on 2024-03-10 in New York -> 03:30 EDT. In a fold (the clock goes back) the
    first occurrence is taken: 01:30 on 2024-11-03 in New York -> 01:30 EDT.
    """
    tz = tzinfo_for(zone)
    first = naive.replace(tzinfo=tz, fold=0)
    # zoneinfo gives a gap reading the offset from before the jump; the round trip
    # through UTC lands on the shifted-forward wall time.
    return first.astimezone(UTC).astimezone(tz)


def shifted_on_wall_clock(moment: datetime, steps: int, unit, zone: str) -> datetime:
    """An instant moved by `steps` calendar units (a Grain) on `zone`'s wall clock: a month is a
    calendar month, a day a civil day, whatever the clock changes between."""
    from ..temporal.calendar import shift_by  # lazy: the calendar algebra knows no zones

    wall = moment.astimezone(tzinfo_for(zone)).replace(tzinfo=None)
    return localize(shift_by(wall, steps, unit), zone)


def last_wall_moment(end: datetime, zone: str) -> datetime:
    """The wall-clock reading in `zone` a second before `end` (an interval's end is the first
    instant after it): which day and month an interval ends in."""
    return datetime.fromtimestamp(end.timestamp() - 1, tzinfo_for(zone))


def to_utc(naive: datetime, zone: str) -> datetime:
    """localize(), expressed in UTC."""
    return localize(naive, zone).astimezone(UTC)


def local_day_interval(day: date, zone: str) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local calendar day `day` in `zone`.

    A day whose midnight falls in a gap starts at the first wall time after it. Example:
    local_day_interval(date(2024, 3, 10), "America/New_York") is 05:00Z..04:00Z+1, 23 h.
    """
    start = to_utc(datetime.combine(day, time()), zone)
    end = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    return start, end


def day_length(day: date, zone: str) -> timedelta:
    """How long the local day lasts in real time (23 h, 24 h, 25 h, rarely other)."""
    start, end = local_day_interval(day, zone)
    return end - start
