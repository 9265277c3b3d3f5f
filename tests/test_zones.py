"""timeline.zones: the hand-written case table, the pattern, places, and the seed article."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from timeline.models import Document
from timeline.zones import ZoneChoice, ZoneResolver, find_places, localize, to_utc
from zones_cases import CASES, Case

SEED = Path("/work/shared/seed/russia-north-korea-summit.txt")


@pytest.fixture(scope="module")
def resolver() -> ZoneResolver:
    return ZoneResolver.load("en")


def _document(case: Case) -> Document:
    published = datetime.fromisoformat(case.published).replace(tzinfo=ZoneInfo(case.publisher))
    return Document(text=case.text, published=published, timezone=case.publisher, place=case.place)


def test_the_table_is_big_enough():
    assert len(CASES) >= 80
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_zone_case(resolver, case):
    start = case.text.index(case.expr)
    choice = resolver.resolve(_document(case), start, start + len(case.expr), case.zone_text)
    assert isinstance(choice, ZoneChoice)
    assert choice.zone == case.zone, choice.reason
    assert choice.zone in choice.candidates
    assert set(case.candidates) <= set(choice.candidates), choice
    assert not set(case.not_candidates) & set(choice.candidates), choice
    assert choice.reason.endswith(choice.zone)
    instant = to_utc(datetime.fromisoformat(case.wall), choice.zone)
    assert instant == datetime.fromisoformat(case.utc.replace("Z", "+00:00"))


# -- the pattern the tagger embeds ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "EDT", "GMT", "UTC", "UTC+9", "GMT-5", "+0900", "-05:30", "UTC\u22123", "Moscow time",
    "Pyongyang time", "Eastern time", "Eastern Standard Time", "local time", "(local time)",
    "(EDT)", "Local Time", "Z", "JST", "(Moscow time)", "New York time",
])
def test_pattern_matches_zone_expressions(resolver, text):
    assert re.fullmatch(resolver.zone_pattern, text)


@pytest.mark.parametrize("text", ["est", "Cat", "ESTATE", "EDTA", "local", "time", "1234", "+9"])
def test_pattern_rejects_words(resolver, text):
    assert not re.fullmatch(resolver.zone_pattern, text)


def test_pattern_has_no_capturing_groups(resolver):
    assert re.compile(resolver.zone_pattern).groups == 0


def test_pattern_embeds_after_a_clock_time(resolver):
    clock = re.compile(rf"\d{{1,2}}:\d{{2}}(?:\s?(?:a\.m\.|p\.m\.))?\s(?:{resolver.zone_pattern})")
    assert clock.search("at 3:00 p.m. EDT on Monday").group() == "3:00 p.m. EDT"
    assert clock.search("at 11:00 GMT.").group() == "11:00 GMT"
    assert clock.search("at 7:40 a.m. local time on").group() == "7:40 a.m. local time"
    assert clock.search("at 9:30 Moscow time,").group() == "9:30 Moscow time"


def test_load_is_cached():
    # its cost shows in the start-up of `timeline build`, measured by benchmarks, not here
    first = ZoneResolver.load("en")
    assert ZoneResolver.load("en") is first


# -- places ----------------------------------------------------------------------------------
def test_find_places_offsets_and_fields():
    text = "Kim Jong-un arrived in Khasan, Russia, then went on to Vladivostok."
    places = find_places(text)
    assert [p.name for p in places] == ["Khasan", "Russia", "Vladivostok"]
    for place in places:
        assert text[place.start:place.end] == place.name
    assert places[0].zones == ("Asia/Vladivostok",) and places[0].country == "RU"
    assert places[0].kind == "landmark"
    assert places[1].kind == "country" and len(places[1].zones) > 5


@pytest.mark.parametrize("text", [
    "Mobile phones are cheap.", "Split the bill.", "Nice to meet you.", "Reading is fun.",
    "Of course.", "President Vladimir Putin spoke.", "Mr. Roy notes it.", "The New York Times said.",
    "Denny Roy, a specialist at the East-West Center.", "Boston Globe editors", "Paris Saint-Germain won.",
])
def test_find_places_false_friends(text):
    assert find_places(text) == []


def test_everyday_word_counts_when_qualified():
    assert [(p.name, p.country) for p in find_places("He lives in Reading, England.")] == [
        ("Reading", "GB"), ("England", "GB")]
    assert find_places("A storm hit Mobile, Alabama.")[0].zones == ("America/Chicago",)


def test_direction_narrows_a_country():
    east = find_places("in far eastern Russia")[0]
    assert east.narrowed_by == "far eastern"
    assert "Asia/Vladivostok" in east.zones and "Europe/Moscow" not in east.zones
    west = find_places("in western Russia")[0]
    assert "Europe/Moscow" in west.zones and "Asia/Vladivostok" not in west.zones
    assert find_places("in Russia")[0].zones[0] == "Europe/Moscow"  # the capital's clock


def test_localize_gap_and_fold_rules():
    gap = localize(datetime(2024, 3, 10, 2, 30), "America/New_York")
    assert (gap.hour, gap.minute, gap.utcoffset().total_seconds()) == (3, 30, -4 * 3600)
    fold = localize(datetime(2024, 11, 3, 1, 30), "America/New_York")
    assert fold.utcoffset().total_seconds() == -4 * 3600  # first occurrence: still EDT
    fixed = localize(datetime(2024, 1, 1, 12), "UTC+05:30")
    assert fixed.astimezone(timezone.utc).hour == 6


# -- the seed article ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed() -> Document:
    published = datetime(2023, 9, 13, 7, 0, tzinfo=ZoneInfo("America/Montreal"))
    return Document(text=SEED.read_text(encoding="utf-8"), published=published,
                    timezone="America/Montreal")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not mounted")
@pytest.mark.parametrize("needle", ["Wednesday morning (local time)", "early Wednesday (local time)"])
def test_seed_local_time_is_russian(resolver, seed, needle):
    start = seed.text.index(needle)
    choice = resolver.resolve(seed, start, start + len(needle), "(local time)")
    assert choice.zone == "Asia/Yakutsk", choice.reason
    assert "Vostochny Cosmodrome" in choice.reason
    # Wednesday morning there, as an instant: 06:00 local is 21:00Z on Tuesday
    morning = to_utc(datetime(2023, 9, 13, 6), choice.zone)
    assert morning == datetime(2023, 9, 12, 21, tzinfo=timezone.utc)
    noon = to_utc(datetime(2023, 9, 13, 12), choice.zone)
    assert noon <= datetime(2023, 9, 13, 12, tzinfo=timezone.utc)


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not mounted")
def test_seed_bare_times_stay_with_the_publisher(resolver, seed):
    start = seed.text.index("on Tuesday")
    choice = resolver.resolve(seed, start, start + 10, None)
    assert choice.zone == "America/Montreal"


def test_a_us_region_name_after_a_clock_is_its_zone():
    import timeline

    found = timeline.tag("Polls close at 7 p.m. Eastern; the rally starts at noon Central.",
                         published="2024-11-04T08:00:00-05:00", timezone="America/Los_Angeles")
    assert [(t.text, t.timezone) for t in found] == [("7 p.m. Eastern", "America/New_York"),
                                                     ("noon Central", "America/Chicago")]
    # not the first word of a name: "Central Park"
    found = timeline.tag("We walked at 3 p.m. Central Park was busy.", published="2024-11-04T08:00:00-05:00",
                         timezone="America/New_York")
    assert [t.text for t in found] == ["3 p.m."]
