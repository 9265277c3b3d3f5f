"""Days of the Hebrew calendar a holiday names (Rosh Hashanah, Yom Kippur, Hanukkah, Passover),
by the calendar's arithmetic (Dershowitz and Reingold, Calendrical Calculations, ch. 8)."""
from __future__ import annotations

from datetime import date, timedelta

_EPOCH = -1373427  # the proleptic Gregorian ordinal of 1 Tishri of the year 1 (ordinals count from 1)
_YEAR_OFFSET = 3761  # a Hebrew year begins in the autumn of the Gregorian year this much before it


def _elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year_ordinal(year: int) -> int:
    before, this, after = (_elapsed_days(year + k) for k in (-1, 0, 1))
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _EPOCH + this + correction


def rosh_hashanah(gregorian_year: int) -> date:
    """1 Tishri falling in the autumn of a Gregorian year."""
    return date.fromordinal(_new_year_ordinal(gregorian_year + _YEAR_OFFSET))


def hanukkah(gregorian_year: int) -> date:
    """25 Kislev, Hanukkah's first day: Tishri has 30 days, Heshvan 30 in a long year (355 or 385
    days), else 29."""
    year = gregorian_year + _YEAR_OFFSET
    start = _new_year_ordinal(year)
    length = _new_year_ordinal(year + 1) - start
    return date.fromordinal(start + 30 + (30 if length % 10 == 5 else 29) + 24)


def passover(gregorian_year: int) -> date:
    """15 Nisan, 163 days before the next Rosh Hashanah."""
    return rosh_hashanah(gregorian_year) - timedelta(days=163)
