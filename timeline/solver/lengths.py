"""Counted lengths of time ("two days", "three months") as bounds in seconds.

The solver holds them as metric constraints: the distance between two starts ("two days after")
and the span of a DURATION time expression ("for three days").
"""
from __future__ import annotations

import math
import re

from ..temporal.calendar import Grain

GRAINS = {"D": Grain.DAY, "W": Grain.WEEK, "M": Grain.MONTH, "Y": Grain.YEAR, "TH": Grain.HOUR, "TM": Grain.MINUTE}
# shortest and longest length of one unit in seconds (a day across a DST change, a month)
UNIT_SECONDS = {Grain.DAY: (23 * 3600.0, 25 * 3600.0), Grain.WEEK: (167 * 3600.0, 169 * 3600.0),
                Grain.MONTH: (28 * 86400.0, 31 * 86400.0), Grain.YEAR: (365 * 86400.0, 366 * 86400.0),
                Grain.HOUR: (3600.0, 3600.0), Grain.MINUTE: (60.0, 60.0)}
# TIMEX3 mods a count keeps a meaning under; START/MID/END and the rest say something else
MODS = (None, "APPROX", "MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS")
_VALUE = re.compile(r"^P(T?)(\d+)([DWMYH])$")
_VAGUE = re.compile(r"^P(T?)X([DWMYH])$")
# "a few days", "several weeks" (PXD, PXW): between one and ten units. Why ten: "a few" and
# "several" stay under it in use, and a bound that wide still places the event
VAGUE_COUNT = (1, 10)


def _grain(time_part: str, letter: str) -> Grain | None:
    """The unit of a value's letter: "D" a day, "M" a month, but "TM" (after T) a minute."""
    return GRAINS.get(time_part + letter)


def amount(value: str) -> tuple[int, Grain] | None:
    """P2D -> (2, DAY), PT3H -> (3, HOUR); None for fractions, vague and mixed durations."""
    m = _VALUE.match(value)
    if m is None or int(m.group(2)) == 0:
        return None
    grain = _grain(m.group(1), m.group(3))
    return (int(m.group(2)), grain) if grain is not None else None


def vague_grain(value: str) -> Grain | None:
    """PXD -> DAY ("a few days"), PXW -> WEEK; None for anything else."""
    m = _VAGUE.match(value)
    return _grain(m.group(1), m.group(2)) if m else None


def vague_seconds(grain: Grain) -> tuple[float, float]:
    """Bounds in seconds on "a few" / "several" of a unit."""
    short, long = UNIT_SECONDS[grain]
    return VAGUE_COUNT[0] * short, VAGUE_COUNT[1] * long


def counted_seconds(count: int, grain: Grain, mod: str | None = None) -> tuple[float, float]:
    """Bounds in seconds on a length the text gives as `count` grains.

    Why half a unit either way: a count is rounded ("three months later" for 2.6 or 3.4
    months); a whole unit when the text says "about". Days too: reading "two days after" as
    calendar days (Monday -> Wednesday, 25 to 71 hours) needs a day either way, and that let a
    wrong same-day link through ("two days after Saturday's collapse": collapse early,
    resumption late that Saturday, 23 hours apart); two events dated by day always fit the
    half-day slack, and the calendar reading comes back through the date cell
    (events.offsets.cell_distance). "More than" / "less than" open one side."""
    short, long = UNIT_SECONDS[grain]
    slack = 1.0 if mod == "APPROX" else 0.5
    lo, hi = max(count - slack, 0.0) * short, (count + slack) * long
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return lo, math.inf
    return (0.0, hi) if mod in ("LESS_THAN", "EQUAL_OR_LESS") else (lo, hi)


def span_seconds(value: str, mod: str | None = None) -> tuple[float, float] | None:
    """Bounds on the length of a DURATION's span, or None when its value is no plain count."""
    counted = amount(value) if mod in MODS else None
    return counted_seconds(*counted, mod) if counted is not None else None
