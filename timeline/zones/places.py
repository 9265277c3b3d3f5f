"""Place names in a text, with their zones: `find_places(text)`.

A name counts only as written in the gazetteer (capitalised, accents optional), and not
when it is a piece of a longer name ("Vladimir Putin", "New York Times", "Mr. Roy") or an
everyday word ("Mobile", "Nice") unless qualified ("Nice, France").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Entry, GazetteerData, gazetteer_data

MAX_WORDS = 5
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019\-]*(?:\.(?:[^\W\d_][\w'\u2019\-]*)?)*")
_POSSESSIVE = re.compile(r"['\u2019]s$")


@dataclass(frozen=True)
class Place:
    """A place named in a text: [start, end), its zones (most likely first), its country."""

    name: str
    start: int
    end: int
    zones: tuple[str, ...]
    country: str  # ISO 3166 alpha-2
    kind: str = "city"  # landmark | city | region | country
    description: str = ""  # "Vostochny Cosmodrome (Amur Oblast, Russia)"
    narrowed_by: str | None = None  # the direction word that narrowed the zones

    @property
    def rank(self) -> int:
        """Smaller is more specific: a landmark tells more than a country."""
        return {"landmark": 0, "city": 1, "region": 2, "country": 3}[self.kind]


WORLD_CITY = 1_000_000


def find_places(text: str, prefer: frozenset[str] = frozenset(), language: str = "en",
                directions: dict | None = None) -> list[Place]:
    """Places named in `text`, in text order.

    `prefer`: countries (ISO codes) to favour when a name is shared ("Paris" in a text
    about Texas); countries named in the text itself are favoured too.
    `directions`: direction words -> (axis, band) narrowing multi-zone countries;
    defaults to the language's zone lexicon.
    """
    data = gazetteer_data(language)
    if directions is None:
        directions = _lexicon(language).directions
    tokens = list(_TOKEN.finditer(text))
    matches = _matches(text, tokens, data)
    named = frozenset(e.country for _, _, entries, _ in matches for e in entries
                      if e.kind == "country" and len(entries) == 1)
    # why: two states of one country named plainly name it too ("at 7 p.m. in Georgia and
    # Virginia" after Indiana and Kentucky is the US state, not the Caucasus country)
    regions: dict[str, set[str]] = {}
    for start, end, entries, _ in matches:
        if len(entries) == 1 and entries[0].kind == "region":
            regions.setdefault(entries[0].country, set()).add(text[start:end])
    named |= frozenset(country for country, names in regions.items() if len(names) >= 2)
    places = []
    for start, end, entries, qualifier in matches:
        entry = _choose(entries, data, qualifier, named | prefer)
        if entry is None:
            continue
        zones = data.zones_of(entry)
        if not zones:
            continue
        word = None
        if entry.kind == "country" and len(zones) > 1:
            zones, word = _narrow(text, start, zones, data, entry, directions)
        places.append(Place(text[start:end], start, end, zones, entry.country, entry.kind,
                            data.describe(entry), word))
    return places


_LEXICONS: dict = {}


def _lexicon(language: str):
    from .lexicon import ZoneLexicon

    if language not in _LEXICONS:
        _LEXICONS[language] = ZoneLexicon.load(language)
    return _LEXICONS[language]


def _matches(text: str, tokens: list, data: GazetteerData):
    """(start, end, entries, qualifier entries) of every longest gazetteer name."""
    found, i = [], 0
    while i < len(tokens):
        hit = _longest(text, tokens, i, data) if tokens[i].group()[0].isupper() else None
        if hit is None:
            i += 1
            continue
        j, end, entries = hit
        single = j == i
        if _inside_longer_name(text, tokens, i, j, data):
            i = j + 1
            continue
        qualifier = _qualifier(text, tokens, j, data)
        if single and tokens[i].group().rstrip(".") in data.stop_names and not qualifier:
            i = j + 1
            continue
        found.append((tokens[i].start(), end, entries, qualifier))
        i = j + 1
    return found


def _longest(text: str, tokens: list, i: int, data: GazetteerData):
    """The longest run of tokens from i that the gazetteer knows: (last index, end, entries)."""
    for j in range(min(len(tokens), i + MAX_WORDS) - 1, i - 1, -1):
        if j > i and not _joined(text, tokens, i, j):
            continue
        start = tokens[i].start()
        for end in _ends(tokens[j]):
            entries = data.index.get(_key(text[start:end]))
            if entries:
                return j, end, entries
    return None


def _key(span: str) -> str:
    from .gazetteer import fold

    return fold(span)


def _ends(token) -> list[int]:
    """Where a name may end inside its last token: as is, without "." or "'s"."""
    ends = [token.end()]
    word = token.group()
    if word.endswith("."):
        ends.append(token.end() - 1)
    possessive = _POSSESSIVE.search(word)
    if possessive:
        ends.append(token.start() + possessive.start())
    return ends


def _joined(text: str, tokens: list, i: int, j: int) -> bool:
    """Tokens i..j are separated by single spaces only (one name, not a list)."""
    return all(text[tokens[k].end():tokens[k + 1].start()] == " " for k in range(i, j))


def _capitalised_neighbour(token, data: GazetteerData) -> bool:
    word = token.group()
    neighbours = data.name_neighbours
    return word[0].isupper() and word not in neighbours and word.rstrip(".,") not in neighbours


def _inside_longer_name(text: str, tokens: list, i: int, j: int, data: GazetteerData) -> bool:
    before = tokens[i - 1] if i > 0 else None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if before is not None and text[before.end():tokens[i].start()] == " " \
            and _capitalised_neighbour(before, data):
        return True
    if after is not None and text[tokens[j].end():after.start()] == " " \
            and not tokens[j].group().endswith(".") and _capitalised_neighbour(after, data):
        return True
    return False


def _qualifier(text: str, tokens: list, j: int, data: GazetteerData) -> list[Entry]:
    """The country or state after a comma: "Khasan, Russia", "Paris, Texas"."""
    k = j + 1
    if k >= len(tokens) or text[tokens[j].end():tokens[k].start()] != ", ":
        return []
    hit = _longest(text, tokens, k, data)
    if hit is None:
        return []
    return [e for e in hit[2] if e.kind in ("country", "region")]


def _choose(entries: list[Entry], data: GazetteerData, qualifier: list[Entry],
            prefer: frozenset[str]) -> Entry | None:
    if qualifier:
        countries = {q.country for q in qualifier}
        states = {q.name for q in qualifier if q.kind == "region"}
        fitting = [e for e in entries if e.country in countries
                   and (not states or e.kind != "city" or _in_state(e, states, data))]
        entries = fitting or entries
    chosen = min(entries, key=lambda e: (e.country not in prefer, _kind_rank(e), -e.population))
    # why: a world city outweighs a town in a country the text happens to name ("Melbourne"
    # in a story that mentions the U.S. Open is still Australia's)
    biggest = max(entries, key=lambda e: e.population)
    if biggest.population >= WORLD_CITY and biggest.population >= 20 * max(chosen.population, 1) \
            and chosen.kind == biggest.kind:
        return biggest
    return chosen


def _in_state(entry: Entry, states: set[str], data: GazetteerData) -> bool:
    return entry.within in {data.state_codes.get(name) for name in states}


def _kind_rank(entry: Entry) -> int:
    from .gazetteer import KIND_RANK

    return KIND_RANK[entry.kind]


def _narrow(text: str, start: int, zones: tuple[str, ...], data: GazetteerData, entry: Entry,
            directions: dict) -> tuple[tuple[str, ...], str | None]:
    """Keep the zones in the band a direction word names: "eastern Russia", "far east"."""
    before = text[max(0, start - 30):start].lower().split()
    for size in (2, 1):
        word = " ".join(before[-size:]) if len(before) >= size else None
        if word is None or word not in directions:
            continue
        axis, (low, high) = directions[word]
        points = {p.zone: (p.lat if axis == "lat" else p.lon)
                  for p in data.country_zones.get(entry.country, ())}
        values = sorted(points[z] for z in zones if z in points)
        if len(values) < 2:
            return zones, None
        kept = tuple(z for z in zones if z in points
                     and _in_band(points[z], values, low, high))
        return (kept or zones), word
    return zones, None


def _in_band(value: float, values: list[float], low: float, high: float) -> bool:
    """In the band both by position (degrees) and by rank among the country's zones: the
    rank keeps "eastern United States" from reaching Los Angeles (Alaska and Hawaii stretch
    the degrees), the degrees keep "eastern Russia" east of Siberia's many zones."""
    lo, hi = values[0], values[-1]
    by_degrees = (value - lo) / ((hi - lo) or 1)
    by_rank = values.index(value) / (len(values) - 1)
    return low <= by_degrees <= high and low <= by_rank <= high
