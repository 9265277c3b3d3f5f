"""First days of months of the Islamic calendar a holiday names (Ramadan, the two Eids): a
month begins the day after the new moon when the moon is old enough by sunset in Mecca to be
seen, the rule of Saudi Arabia's Umm al-Qura calendar (lunar.new_moon gives the conjunction)."""
from __future__ import annotations

from datetime import date, timedelta

from .lunar import new_moon

_RAMADAN_1434 = 167  # the lunation (lunar.new_moon's k) that began Ramadan 1434, 9 July 2013
_MECCA_UTC_OFFSET = timedelta(hours=3)
# a conjunction after this hour (Mecca time) leaves the moon too young at sunset: the month
# begins a day later (Ramadan's first day 2010-2024, 15 of 15; sunset itself gave 14)
_LATEST_CONJUNCTION_HOUR = 15
_MONTHS = {"muharram": 1, "ramadan": 9, "shawwal": 10, "dhu_al_hijjah": 12}


def month_start(name: str, gregorian_year: int) -> date:
    """The first day of the named month whose first falling in a Gregorian year comes first."""
    month = _MONTHS[name]
    # twelve lunations are some eleven days short of a Gregorian year
    approx_year = 1434 + round((gregorian_year - 2013) * 365.2425 / 354.367)
    for year in (approx_year - 1, approx_year, approx_year + 1):
        conjunction = new_moon(_RAMADAN_1434 + 12 * (year - 1434) + month - 9) + _MECCA_UTC_OFFSET
        first = conjunction.date() + timedelta(days=1 if conjunction.hour < _LATEST_CONJUNCTION_HOUR else 2)
        if first.year == gregorian_year:
            return first
    raise ValueError(f"no {name} begins in {gregorian_year}")
