"""Which zone's clock a time expression reads: the decision order of issue 3.

1. a zone the expression names itself (offset, abbreviation, name, "<Place> time");
2. "local time": the place where the event happens (sentence, paragraph, lead, dateline,
   the document's place, the document's other "local time", its most-named country);
3. otherwise the story's clock: a datelined story ("TOKYO, March 7 -") or one whose place is
   given keeps its times in that place's zone, as wire style writes them; without either, a
   story whose "local time"s all read one clock keeps its bare clock times on it;
4. otherwise the publisher's zone: a bare "at 3 p.m." stays on the publisher's clock even in
   a sentence about Tokyo; only "local time" moves it.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .choice import ZoneChoice
from .clock import offset_zone, tzinfo_for
from .gazetteer import read_zone_tab
from .lexicon import Explicit, ZoneLexicon
from .locate import Locator
from .stated_offset import offset_on, stated_offset


class ZoneResolver:
    """Loaded once per language; `resolve` is a pure function of its arguments."""

    def __init__(self, lexicon: ZoneLexicon, language: str = "en"):
        self.lexicon = lexicon
        self.language = language
        self.zone_pattern: str = lexicon.pattern
        self._local = re.compile("|".join(re.escape(p).replace(r"\ ", r"\s+")
                                          for p in lexicon.local_phrases), re.IGNORECASE)

    @classmethod
    def load(cls, language: str = "en") -> "ZoneResolver":
        """The resolver of a language; the gazetteer itself loads on first use of a place."""
        return _load(cls, language)

    def resolve(self, document, start: int, end: int, zone_text: str | None,
                 grain: str | None = None) -> ZoneChoice:
        """`grain`: "clock" when the expression reads a clock ("at 3 p.m."), else None."""
        choice = self._resolve(document, start, end, zone_text, grain)
        offset = stated_offset(document.text, start, end, self._abbreviation_offset(document)) \
            if grain == "clock" else None
        if offset is None or offset_on(choice.zone, document.published) == offset:
            return choice
        # why: the GMT reading beside the clock says which clock it is ("11:15 a.m. local time
        # (1015 GMT)" in a Geneva story whose paragraph names Tehran)
        locator = self._locator(document)
        story = locator.story_clock(start, end)
        if story is not None and offset_on(story.zone, document.published) == offset:
            return ZoneChoice(story.zone, _with(story.zone, choice.candidates),
                              f"the GMT reading beside it fits the story's clock -> {story.zone}")
        # "8pm local time (1pm BST)" in a story from London about Singapore: the place the story
        # names whose clock shows that offset
        fitting = next((p for p in locator.places for zone in p.zones[:1]
                        if offset_on(zone, document.published) == offset), None)
        if fitting is not None:
            zone = fitting.zones[0]
            return ZoneChoice(zone, _with(zone, choice.candidates),
                              f"the other clock beside it fits {fitting.description}, named in the story -> {zone}")
        zone = offset_zone(offset)
        return ZoneChoice(zone, _with(zone, choice.candidates),
                          f"the GMT reading beside it fits no place found: its offset -> {zone}")

    def _abbreviation_offset(self, document):
        """label -> minutes east of UTC of a zone abbreviation's first zone at publication."""
        def offset(label: str) -> int | None:
            zones = self.lexicon.abbreviations.get(label)
            return offset_on(zones[0], document.published) if zones else None
        return offset

    def _resolve(self, document, start: int, end: int, zone_text: str | None, grain: str | None) -> ZoneChoice:
        explicit = self.lexicon.explicit(zone_text) if zone_text else None
        if explicit is None and _WHERE_IT_WAS.search(document.text, max(0, start - 30), start):
            explicit = self.lexicon.explicit(self.lexicon.local_phrases[0])
        if explicit is None:
            locator = self._locator(document)
            return locator.story_clock(start, end, self._local if grain == "clock" else None) \
                or self._publisher(document, "no zone named: the publisher's zone")
        if explicit.kind == "local":
            return self._locator(document).local_time(start, end, self._local) \
                or self._publisher(document, "local time, but no place found: the publisher's zone")
        if explicit.kind == "place":
            return self._place_clock(document, explicit)
        return self._explicit(document, explicit)

    # -- named zones -------------------------------------------------------------------
    def _explicit(self, document, explicit: Explicit) -> ZoneChoice:
        label, candidates = explicit.label, explicit.candidates
        if explicit.kind == "offset":
            return ZoneChoice(candidates[0], candidates, f"offset {label} -> {candidates[0]}")
        if not explicit.fixed and explicit.kind == "abbreviation" \
                and label in abbreviations_of(document.timezone, document.published.year):
            return ZoneChoice(document.timezone, _with(document.timezone, candidates),
                              f"{label} is the publisher's own clock -> {document.timezone}")
        if len(candidates) == 1:
            return ZoneChoice(candidates[0], candidates, f"{label} -> {candidates[0]}")
        return self._settle(document, explicit)

    def _settle(self, document, explicit: Explicit) -> ZoneChoice:
        """An ambiguous abbreviation: the publisher's country, then the text's countries."""
        label, candidates = explicit.label, explicit.candidates
        home = zone_countries().get(document.timezone, ())
        for zone in candidates:
            if set(zone_countries().get(zone, ())) & set(home):
                return ZoneChoice(zone, candidates,
                                  f"{label} is ambiguous; the publisher's country -> {zone}")
        counts = self._locator(document).country_counts()
        scored = [(max((counts.get(c, 0) for c in zone_countries().get(z, ())), default=0), z)
                  for z in candidates]
        best = max(scored, key=lambda item: item[0])
        if best[0] > 0:
            return ZoneChoice(best[1], candidates,
                              f"{label} is ambiguous; the text names its country -> {best[1]}")
        return ZoneChoice(candidates[0], candidates,
                          f"{label} is ambiguous and nothing settles it; default -> {candidates[0]}")

    def _place_clock(self, document, explicit: Explicit) -> ZoneChoice:
        place = self._locator(document).lookup(explicit.label)
        if place is None:
            return self._publisher(document, f"unknown zone name '{explicit.label} time': "
                                             "the publisher's zone")
        return ZoneChoice(place.zones[0], place.zones,
                          f"{explicit.label} time: the clock of {place.description} -> {place.zones[0]}")

    # -- the rest ----------------------------------------------------------------------
    def _publisher(self, document, reason: str) -> ZoneChoice:
        return ZoneChoice(document.timezone, (document.timezone,), f"{reason} -> {document.timezone}")

    def _locator(self, document) -> Locator:
        return _locator(self.language, document.text, document.place)


# "in Sao Paulo, where it was 5:30 a.m.": the clock of the place the clause is about, as
# "local time" says it
_WHERE_IT_WAS = re.compile(r"\bwhere it (?:was|is|will be)\s+(?:already\s+|only\s+)?$", re.IGNORECASE)


def _with(zone: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    return (zone,) + tuple(c for c in candidates if c != zone)


_RESOLVERS: dict[str, ZoneResolver] = {}


def _load(cls, language: str) -> ZoneResolver:
    if language not in _RESOLVERS:
        _RESOLVERS[language] = cls(ZoneLexicon.load(language), language)
    return _RESOLVERS[language]


@lru_cache(maxsize=64)
def _locator(language: str, text: str, place: str | None) -> Locator:
    return Locator(text, place, language)


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, tuple[str, ...]]:
    """IANA zone -> the countries (ISO codes) zone.tab lists it for."""
    table: dict[str, list[str]] = {}
    for country, points in read_zone_tab().items():
        for point in points:
            table.setdefault(point.zone, []).append(country)
    return {zone: tuple(countries) for zone, countries in table.items()}


@lru_cache(maxsize=1024)
def abbreviations_of(zone: str, year: int) -> frozenset[str]:
    """The abbreviations a zone's clock shows in a year (winter and summer)."""
    try:
        tz = tzinfo_for(zone)
    except Exception:  # an unknown zone names nothing
        return frozenset()
    return frozenset(filter(None, (datetime(year, month, 15, 12, tzinfo=tz).tzname()
                                   for month in (1, 7))))
