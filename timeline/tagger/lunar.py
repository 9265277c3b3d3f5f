"""New moons, for holidays a lunar calendar fixes ("Lunar New Year"): the mean lunation with the
largest periodic corrections of Meeus, Astronomical Algorithms ch. 49, good to minutes in the
years news is about (the day can slip only when a new moon falls within minutes of midnight)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from math import radians, sin

_LUNATION = 29.530588861
_J2000_NEW_MOON = 2451550.09766  # Julian ephemeris day of the new moon of 6 January 2000
_JD_UNIX_EPOCH = 2440587.5
# (coefficient, power of E, multiples of M, M', F, Omega) of the new-moon correction
_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
)


def new_moon(k: int) -> datetime:
    """The k-th new moon after that of January 2000, in UTC (naive)."""
    t = k / 1236.85
    jde = _J2000_NEW_MOON + _LUNATION * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    angles = (radians(2.5534 + 29.10535670 * k), radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t),
              radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t), radians(124.7746 - 1.56375588 * k))
    for coefficient, e_power, *multiples in _TERMS:
        jde += coefficient * e ** e_power * sin(sum(m * a for m, a in zip(multiples, angles)))
    return datetime(1970, 1, 1) + timedelta(days=jde - _JD_UNIX_EPOCH)


def new_moon_day_from(first: date, utc_offset_hours: int) -> date:
    """The day (at a zone's fixed offset) of the first new moon on or after `first`."""
    k = round((first.year + (first.timetuple().tm_yday - 1) / 365.25 - 2000) * 12.3685) - 1
    while True:
        day = (new_moon(k) + timedelta(hours=utc_offset_hours)).date()
        if day >= first:
            return day
        k += 1
