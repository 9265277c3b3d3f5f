"""Holidays that a lunar, the Hebrew or the Julian calendar fixes, against the dates published
for them."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger.anchor import holiday_date

# Lunar New Year (Spring Festival) as China keeps it
LUNAR_NEW_YEARS = [date(1990, 1, 27), date(1998, 1, 28), date(2000, 2, 5), date(2012, 1, 23), date(2015, 2, 19),
                   date(2018, 2, 16), date(2020, 1, 25), date(2021, 2, 12), date(2023, 1, 22), date(2024, 2, 10),
                   date(2025, 1, 29), date(2026, 2, 17)]
# first days: Hanukkah (25 Kislev), Rosh Hashanah (1 Tishri), Passover (15 Nisan)
HANUKKAHS = [date(2017, 12, 13), date(2019, 12, 23), date(2021, 11, 29), date(2023, 12, 8), date(2024, 12, 26)]
ROSH_HASHANAHS = [date(2020, 9, 19), date(2022, 9, 26), date(2023, 9, 16), date(2024, 10, 3)]
PASSOVERS = [date(2021, 3, 28), date(2023, 4, 6), date(2024, 4, 23), date(2025, 4, 13)]
# Orthodox Easter Sunday, Gregorian dates
ORTHODOX_EASTERS = [date(2000, 4, 30), date(2010, 4, 4), date(2021, 5, 2), date(2023, 4, 16), date(2024, 5, 5),
                    date(2025, 4, 20)]


@pytest.mark.parametrize("day", LUNAR_NEW_YEARS, ids=str)
def test_lunar_new_year(day: date):
    assert holiday_date("NEWMOON 1 21 8", day.year) == day


@pytest.mark.parametrize("day", ORTHODOX_EASTERS, ids=str)
def test_orthodox_easter(day: date):
    assert holiday_date("ORTHODOX_EASTER 0", day.year) == day


@pytest.mark.parametrize(("rule", "day"), [("HEBREW hanukkah 0", d) for d in HANUKKAHS]
                         + [("HEBREW rosh_hashanah 0", d) for d in ROSH_HASHANAHS]
                         + [("HEBREW passover 0", d) for d in PASSOVERS], ids=str)
def test_hebrew_calendar_holidays(rule: str, day: date):
    assert holiday_date(rule, day.year) == day
