"""A clock's offset stated beside it: "11:15 a.m. local time (1015 GMT)" is UTC+1.

Wire copy (AFP above all) gives a local clock with its GMT reading in parentheses; the
difference settles which place's clock "local time" is, or names the offset when no place fits.
"""
from __future__ import annotations

import re
from datetime import datetime

from .clock import tzinfo_for

_LOCAL_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?", re.IGNORECASE)
_GMT_AFTER = re.compile(r"\s*(?:local\s+time\s*)?\(\s*(\d{1,2})[:.]?(\d{2})\s*(?:GMT|UTC)\s*\)", re.IGNORECASE)
_DAY_MINUTES = 24 * 60


def stated_offset(text: str, start: int, end: int) -> int | None:
    """Minutes east of UTC the text states for the clock at [start, end), else None."""
    gmt = _GMT_AFTER.match(text, end)
    local = _LOCAL_CLOCK.fullmatch(text[start:end].strip())
    if gmt is None or local is None:
        return None
    hour = int(local.group(1)) % 12 + (12 if (local.group(3) or "").lower() == "p" else 0) \
        if local.group(3) else int(local.group(1))
    if hour > 23 or int(gmt.group(1)) > 23:
        return None
    minutes = (hour * 60 + int(local.group(2) or 0)) - (int(gmt.group(1)) * 60 + int(gmt.group(2)))
    minutes %= _DAY_MINUTES
    return minutes - _DAY_MINUTES if minutes > 14 * 60 else minutes  # UTC-12 .. UTC+14


def offset_on(zone: str, moment: datetime) -> int:
    """Minutes east of UTC a zone's clock shows at a moment (its daylight saving included)."""
    return int(moment.astimezone(tzinfo_for(zone)).utcoffset().total_seconds() // 60)
