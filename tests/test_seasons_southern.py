"""Seasons south of the equator: a story zoned in Melbourne or Buenos Aires means summer from
December to February, and counts "this", "last" and "next" on those seasons."""
from __future__ import annotations

from datetime import datetime

import pytest

import timeline
from timeline.settings import Domain, Settings
from timeline.zones.hemisphere import is_southern


@pytest.mark.parametrize("zone, southern", [
    ("Australia/Melbourne", True), ("Pacific/Auckland", True), ("America/Argentina/Buenos_Aires", True),
    ("America/Santiago", True), ("Africa/Johannesburg", True), ("America/Sao_Paulo", True),
    # the tropics and the north keep the northern names
    ("Australia/Darwin", False), ("Asia/Jakarta", False), ("America/Lima", False), ("Europe/London", False),
    ("America/New_York", False), ("UTC", False), ("Etc/GMT-3", False), ("Not/AZone", False), (None, False),
])
def test_which_zones_keep_southern_seasons(zone, southern):
    assert is_southern(zone) is southern


def _season(text: str, zone: str, published: str = "2024-03-01T15:30") -> tuple[str, str, str]:
    found = [t for t in timeline.tag(text, published=published, timezone=zone) if t.value[-2:] in ("SP", "SU", "FA", "WI")]
    assert len(found) == 1, found
    t = found[0]
    local = [t.interval.start.astimezone(t.interval.start.tzinfo), t.interval.end]
    return t.value, local[0].strftime("%Y-%m"), local[1].strftime("%Y-%m")


@pytest.mark.parametrize("text, zone, expected", [
    # said on 1 March 2024: in Melbourne the summer just ended ran December 2023 to February 2024
    ("Last summer was the wettest on record.", "Australia/Melbourne", ("2023-SU", "2023-12", "2024-03")),
    ("Last summer was the wettest on record.", "Europe/London", ("2023-SU", "2023-06", "2023-09")),
    ("The ban will be lifted in the winter.", "Australia/Melbourne", ("2024-WI", "2024-06", "2024-09")),
    ("The ban will be lifted in the winter.", "Europe/London", ("2024-WI", "2024-12", "2025-03")),
    ("Sales rose in the spring of 2023.", "Pacific/Auckland", ("2023-SP", "2023-09", "2023-12")),
    # autumn has just begun in Melbourne: the next one is a year away
    ("The dam will be finished next autumn.", "Australia/Melbourne", ("2025-FA", "2025-03", "2025-06")),
    ("The dam will be finished next autumn.", "America/New_York", ("2024-FA", "2024-09", "2024-12")),
])
def test_seasons_follow_the_hemisphere_of_the_zone(text, zone, expected):
    assert _season(text, zone) == expected


def test_a_history_keeps_its_northern_seasons():
    # the narrative domain's winters are the histories' (WikiWars), whatever the publisher's zone
    story = "In 1812 the army retreated. That winter, thousands froze."
    winters = []
    for zone in ("Australia/Melbourne", "Europe/London"):
        found = timeline.tag(story, published="2024-03-01", timezone=zone, settings=Settings(domain=Domain.NARRATIVE))
        winter = next(t for t in found if "winter" in t.text)
        winters.append((winter.value, winter.interval.start.replace(tzinfo=None).month))
    assert winters[0] == winters[1]
    assert winters[0][1] in (11, 12)  # December, local midnight in UTC


def test_black_summer_names_the_fires_not_a_season():
    found = timeline.tag("More homes were lost than in the 2019-20 Black Summer fires.", published="2024-03-01",
                         timezone="Australia/Melbourne")
    assert not any("Summer" in t.text for t in found)
