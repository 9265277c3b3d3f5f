"""Years before the common era on the engine's calendar.

Python's datetime has no year 0 or below, so a year BC is carried as a stand-in year of the
far future, counting the same way: 480 BC is 4521, 479 BC is 4522, so that "the following
year" or "the winter" after 480 BC anchor as for any year. Values are written back as TIMEX3
BC years ("BC0480-08"), and stand-in moments never reach the real time line.
"""
from __future__ import annotations

_BASE = 5000  # the stand-in of 1 BC
_OLDEST = 999  # years BC carried this way; older ones keep a bare value


def carried(bc_year: int) -> bool:
    return 1 <= bc_year <= _OLDEST


def stand_in(bc_year: int) -> int:
    return _BASE + 1 - bc_year


def is_stand_in(year: int) -> bool:
    return _BASE + 1 - _OLDEST <= year <= _BASE


def bc_value(value: str) -> str | None:
    """'4521-08' -> 'BC0480-08'; None for values without a full year (a decade, a century),
    which do not count backwards."""
    if len(value) < 4 or not value[:4].isdigit() or (len(value) > 4 and value[4] != "-"):
        return None
    return f"BC{_BASE + 1 - int(value[:4]):04d}{value[4:]}"
