"""A clock's offset stated beside it: "11:15 a.m. local time (1015 GMT)" is UTC+1.

Wire copy (AFP above all) gives a local clock with its GMT reading in parentheses; the
difference settles which place's clock "local time" is, or names the offset when no place fits.
"""
from __future__ import annotations

import re
from datetime import datetime

from .clock import tzinfo_for

_LOCAL_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?", re.IGNORECASE)
# the other clock in parentheses: "(1015 GMT)", "(10:15 UTC Wednesday)", "(1pm BST)", "(8 a.m. ET)"
_OTHER_CLOCK = re.compile(r"\s*(?:local\s+time\s*)?\(\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?\s*"
                          r"([A-Z]{2,5})(?:\s+[A-Z][a-z]+day)?\s*\)")
_DAY_MINUTES = 24 * 60


def _hour(digits: str, meridiem: str | None) -> int:
    return int(digits) % 12 + (12 if meridiem.lower() == "p" else 0) if meridiem else int(digits)


def stated_offset(text: str, start: int, end: int, zone_offset=None) -> int | None:
    """Minutes east of UTC the text states for the clock at [start, end), else None.
    `zone_offset(label)` gives the minutes east of UTC of a zone abbreviation ("BST") or None;
    without it only GMT and UTC are read."""
    other = _OTHER_CLOCK.match(text, end)
    local = _LOCAL_CLOCK.fullmatch(text[start:end].strip())
    if other is None or local is None:
        return None
    label = other.group(4)
    base = 0 if label in ("GMT", "UTC") else zone_offset(label) if zone_offset else None
    if base is None or (other.group(2) is None and other.group(3) is None):
        return None  # "(1 GMT)" is no clock
    hour, other_hour = _hour(local.group(1), local.group(3)), _hour(other.group(1), other.group(3))
    if hour > 23 or other_hour > 23:
        return None
    minutes = (hour * 60 + int(local.group(2) or 0)) - (other_hour * 60 + int(other.group(2) or 0)) + base
    minutes %= _DAY_MINUTES
    return minutes - _DAY_MINUTES if minutes > 14 * 60 else minutes  # UTC-12 .. UTC+14


def offset_on(zone: str, moment: datetime) -> int:
    """Minutes east of UTC a zone's clock shows at a moment (its daylight saving included)."""
    return int(moment.astimezone(tzinfo_for(zone)).utcoffset().total_seconds() // 60)
