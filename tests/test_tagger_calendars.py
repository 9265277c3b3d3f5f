"""Holidays that a lunar or the Julian calendar fixes, against the dates published for them."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger.anchor import holiday_date

# Lunar New Year (Spring Festival) as China keeps it
LUNAR_NEW_YEARS = [date(1990, 1, 27), date(1998, 1, 28), date(2000, 2, 5), date(2012, 1, 23), date(2015, 2, 19),
                   date(2018, 2, 16), date(2020, 1, 25), date(2021, 2, 12), date(2023, 1, 22), date(2024, 2, 10),
                   date(2025, 1, 29), date(2026, 2, 17)]
# Orthodox Easter Sunday, Gregorian dates
ORTHODOX_EASTERS = [date(2000, 4, 30), date(2010, 4, 4), date(2021, 5, 2), date(2023, 4, 16), date(2024, 5, 5),
                    date(2025, 4, 20)]


@pytest.mark.parametrize("day", LUNAR_NEW_YEARS, ids=str)
def test_lunar_new_year(day: date):
    assert holiday_date("NEWMOON 1 21 8", day.year) == day


@pytest.mark.parametrize("day", ORTHODOX_EASTERS, ids=str)
def test_orthodox_easter(day: date):
    assert holiday_date("ORTHODOX_EASTER 0", day.year) == day
