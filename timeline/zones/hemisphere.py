"""Which zones keep the southern seasons: summer from December to February.

A reader in Melbourne or Buenos Aires means December to February by "this summer". The zone's
representative place in the tz database (zone1970.tab, shipped with the tzdata package) gives
its latitude; the tropics name no such seasons, so only zones well south of the equator count.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

# why: south of about 20 degrees the four seasons are the temperate ones (Sao Paulo, Brisbane,
# Johannesburg); nearer the equator (Jakarta, Lima, Nairobi) the text rarely names them at all
_SOUTH_OF = -20.0


@lru_cache(maxsize=1)
def _latitudes() -> dict[str, float]:
    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone1970.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out = {}
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            out[fields[2]] = _latitude(fields[1])
    return out


def _latitude(coordinates: str) -> float:
    """'-3749+14458' (ISO 6709, degrees and minutes, maybe seconds) -> -37.816..."""
    split = max(coordinates.rfind("+"), coordinates.rfind("-"))
    text = coordinates[:split]
    sign = -1.0 if text[0] == "-" else 1.0
    digits = text[1:]
    degrees, minutes = int(digits[:2]), int(digits[2:4])
    seconds = int(digits[4:6]) if len(digits) >= 6 else 0
    return sign * (degrees + minutes / 60 + seconds / 3600)


def is_southern(zone: str | None) -> bool:
    """Whether the zone's seasons are the southern ones (Australia/Melbourne: yes; Asia/Jakarta,
    Europe/London: no; an unknown zone or a fixed offset: no)."""
    latitude = _latitudes().get(zone or "")
    return latitude is not None and latitude < _SOUTH_OF
