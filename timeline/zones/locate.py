"""Where "local time" is: the place an event happens, searched outward from the expression.

Order: the sentence, the other sentences of its paragraph (nearest first; not one that reads
its time on a named clock), the story's lead paragraph, a dateline,
the document's `place`, the document's other "local time" with a place, the country the
document names most. A place counts in its sentence when a locative word governs it
("in", "at the", "in eastern"), or when it is the sentence's only country; places inside
a relative clause that is not the expression's own ("..., which is concerned about the
conflict in Ukraine") are left out.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache

from .choice import ZoneChoice
from .gazetteer import gazetteer_data
from .lexicon import ZoneLexicon
from .places import Place, _lexicon, find_places
from ..spans import headline_span
from .segments import containing, dateline, paragraphs, sentences

_WORD = re.compile(r"[\w'\u2019]+")
# a clock time (and its day) right before "in <place>": "7 a.m. in", "1:04 a.m. on Friday in"
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}|noon|midnight)"
_THEN_IN = r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?,?\s+in\s+(?:the\s+)?"
_AFTER_CLOCK = re.compile(_CLOCK + _THEN_IN + "$")
_JUST_IN = re.compile(_THEN_IN)
# "6:30 a.m. Beijing time": the place names another clock, not where the sentence's event is
_NAMES_A_CLOCK = re.compile(r"\s+time\b")
_LEAD_MIN_CHARS = 120


class Locator:
    """One document's places and segments, computed once."""

    def __init__(self, text: str, place: str | None, language: str = "en"):
        self.text = text
        self.place = place
        self.language = language
        self.lexicon: ZoneLexicon = _lexicon(language)
        self._local_places: list[Place] | None = None

    @cached_property
    def places(self) -> list[Place]:
        return find_places(self.text, language=self.language)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentences(self.text, self.lexicon.sentence_abbreviations)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraphs(self.text)

    def country_counts(self) -> Counter:
        return Counter(p.country for p in self.places)

    def lookup(self, name: str, text_countries: bool = True) -> Place | None:
        """A place by name alone ("Moscow", "SEOUL", "Vostochny Cosmodrome"); with
        `text_countries`, one in a country the text names is preferred."""
        prefer = frozenset(self.country_counts()) if text_countries else frozenset()
        for variant in (name, name.title()):
            found = [p for p in find_places(variant, prefer, self.language)
                     if p.start == 0 and (p.end == len(variant) or variant.startswith(", ", p.end))]
            if found:
                return found[0]
        return None

    @cached_property
    def _datelines(self) -> list[tuple[int, Place, str]]:
        """(paragraph start, place, name as written) of every paragraph opening with a dateline
        the gazetteer knows, in text order; read once, asked for every expression."""
        out = []
        for p_start, _ in self.paragraphs:
            found = dateline(self.text, p_start)
            # why: wire style gives a lesser town its state or country ("GENEVA, Ill."), so
            # a bare dateline is the best-known place of its name, whatever countries the story
            # names ("GENEVA (Reuters)" in a story naming the U.S. had been Geneva, Illinois)
            if found and (place := self.lookup(found[0], text_countries=False)):
                out.append((p_start, place, found[0]))
        return out

    def dateline_zone(self) -> str | None:
        """The zone of the story's first dateline ("NEW YORK (AP) _"), if it has one."""
        return self._datelines[0][1].zones[0] if self._datelines else None

    # -- the search --------------------------------------------------------------------
    def local_time(self, start: int, end: int, local: re.Pattern) -> ZoneChoice | None:
        for step in (self._in_sentence, self._in_paragraph, self._lead, self._headline, self._dateline,
                     self._document_place):
            found = step(start, end)
            if found is not None:
                return _choice(*found)
        found = self._other_local_time(start, end, local)
        if found is not None:
            return _choice(*found)
        return self._most_named()

    def story_clock(self, start: int, end: int, local: re.Pattern | None = None) -> ZoneChoice | None:
        """The clock of a datelined story (or one whose place is given): news times and days
        without a zone are the dateline's, as wire style writes them. Without either, a story
        whose "local time"s all name one clock reads its other clock times (`local` given) on
        it (a quake abroad reported from London: "hit at 11:47 p.m. local time ... an
        aftershock at 3:05 a.m."); its days stay the publisher's."""
        if local is not None and (place := self._place_after(end)) is not None:
            # why: a clock said to be "in" a place reads that place's clock ("the statement at
            # 2:00 pm in Washington" in a story datelined Tokyo)
            return ZoneChoice(place.zones[0], place.zones,
                              f"no zone named; the clock is said to be in {place.description} -> {place.zones[0]}")
        for step in (self._dateline, self._document_place):
            found = step(start, end)
            if found is not None:
                place, how = found
                return ZoneChoice(place.zones[0], place.zones,
                                  f"no zone named; {how}: the story's clock -> {place.zones[0]}")
        if local is None:
            return None
        place = self._one_local_clock(local)
        if place is not None:
            return ZoneChoice(place.zones[0], place.zones, f"no zone named; the story's 'local time' "
                                                           f"is at {place.description} -> {place.zones[0]}")
        # why: a story whose clocks are in several places ("left Sydney at 11:50 a.m. local time
        # ... landed at 1:40 a.m. local time" in Hawaii) reads a bare clock where its sentence
        # puts the event ("a replacement aircraft that left Honolulu at 3:15 p.m.")
        found = self._in_sentence(start, end) if len(self._local_places) > 1 else None
        if found is None:
            return None
        place = found[0]
        return ZoneChoice(place.zones[0], place.zones, f"no zone named; the story's clocks are in several "
                                                       f"places, this one's sentence is at {place.description}"
                                                       f" -> {place.zones[0]}")

    def _one_local_clock(self, local: re.Pattern) -> Place | None:
        """The place of the document's "local time"s when they all read one clock."""
        if self._local_places is None:
            places = [found[0] for m in local.finditer(self.text)
                      if (found := self._in_sentence(m.start(), m.end())
                          or self._in_paragraph(m.start(), m.end()))]
            self._local_places = places
        clocks = {p.zones for p in self._local_places}
        one = len(clocks) == 1 and len(next(iter(clocks))) == 1
        return self._local_places[0] if one else None

    def _place_after(self, end: int) -> Place | None:
        """The place an expression is said to be "in" right after it ("... on Friday in Paris")."""
        for place in self.places:
            if place.start >= end and _JUST_IN.fullmatch(self.text, end, place.start):
                return place
        return None

    @cached_property
    def _clock_claimed(self) -> frozenset[int]:
        """Starts of places that give another time its clock ("..., or 1:04 a.m. in Paris"):
        not where a 'local time' in the same sentence happens."""
        return frozenset(p.start for p in self.places
                         if _AFTER_CLOCK.search(self.text, max(0, p.start - 40), p.start))

    def _in_sentence(self, start: int, end: int):
        index = containing(self.sentences, start)
        if index is None:
            return None
        s_start, s_end = self.sentences[index]
        place = self._event_place(s_start, s_end, start, end)
        return (place, "in its sentence") if place else None

    def _in_paragraph(self, start: int, end: int):
        index = containing(self.paragraphs, start)
        if index is None:
            return None
        p_start, p_end = self.paragraphs[index]
        others = [s for s in self.sentences if p_start <= s[0] < p_end and not s[0] <= start <= s[1]
                  and not self._reads_another_clock(*s)]
        for s_start, s_end in sorted(others, key=lambda s: abs(s[0] - start)):
            place = self._event_place(s_start, s_end, start, end)
            if place:
                return place, "in its paragraph"
        return None

    def _reads_another_clock(self, s_start: int, s_end: int) -> bool:
        """A sentence that reads its time on a named clock ("A ground station in Australia
        picked it up at 00:51 GMT") says nothing of where the paragraph's local time is."""
        named = (self.lexicon.explicit(m.group())
                 for m in _zone_regex(self.language).finditer(self.text, s_start, s_end))
        return any(zone is not None and zone.kind != "local" for zone in named)

    def _lead(self, start: int, end: int):
        """The story's first paragraph of prose, which says where the story happens ("lifted off
        from Kourou in French Guiana"): a reporter in Paris writing "local time" means there."""
        lead = next((p for p in self.paragraphs if _is_prose(self.text[p[0]:p[1]])), None)
        if lead is None or lead[0] <= start < lead[1]:
            return None  # its own paragraph was searched already
        for s_start, s_end in (s for s in self.sentences if lead[0] <= s[0] < lead[1]):
            place = self._event_place(s_start, s_end, s_start, s_start)
            if place:
                return place, "in the story's lead"
        return None

    def _headline(self, start: int, end: int):
        """The headline's place when the lead names none ("Norris wins in Singapore" above a
        lead that says only "Marina Bay"): a headline says where the story happens."""
        span = headline_span(self.text)
        if span is None or span[0] <= start < span[1]:
            return None
        place = self._event_place(span[0], span[1], span[0], span[0])
        return (place, "in the headline") if place else None

    def _dateline(self, start: int, end: int):
        """The nearest dateline at or before the expression's paragraph."""
        for p_start, place, name in reversed(self._datelines):
            if p_start <= start:
                return place, f"from the dateline {name}"
        if self._datelines and self._datelines[0][0] == self._second_paragraph_start:
            # a headline above the story's first dateline is that story's
            return self._datelines[0][1], f"from the dateline {self._datelines[0][2]} below the headline"
        return None

    @cached_property
    def _second_paragraph_start(self) -> int | None:
        return self.paragraphs[1][0] if len(self.paragraphs) > 1 else None

    def _document_place(self, start: int, end: int):
        if self.place and (place := self.lookup(self.place, text_countries=False)):
            return place, "the document's place"
        return None

    def _other_local_time(self, start: int, end: int, local: re.Pattern):
        others = [m for m in local.finditer(self.text) if not (m.start() <= start < m.end()
                                                               or start <= m.start() < end)]
        for match in sorted(others, key=lambda m: abs(m.start() - start)):
            found = self._in_sentence(match.start(), match.end())
            if found:
                return found[0], f"as the document's other 'local time' near {found[0].name}"
        return None

    def _most_named(self) -> ZoneChoice | None:
        counts = self.country_counts().most_common(2)
        if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
            return None
        country = counts[0][0]
        data = gazetteer_data(self.language)
        entry = data.best(data.country_names.get(country, ""), {country})
        if entry is None:
            return None
        zones = data.zones_of(entry)
        return ZoneChoice(zones[0], zones, f"local time, no place near it; the document names "
                                           f"{entry.name} most -> {zones[0]}")

    # -- one sentence ------------------------------------------------------------------
    def _event_place(self, s_start: int, s_end: int, start: int, end: int) -> Place | None:
        """The place a sentence says the event happens at, nearest the expression."""
        spans = self._own_clause(s_start, s_end, start, end)
        inside = [p for p in self.places if any(a <= p.start and p.end <= b for a, b in spans)
                  and (p.start not in self._clock_claimed or self._place_after(end) is p)
                  and not self.lexicon.destination.search(self.text, max(s_start, p.start - 40), p.start)
                  and not _NAMES_A_CLOCK.match(self.text, p.end)]
        governed = [p for p in inside if self._governed(p, s_start)]
        pool = governed or (inside if len({p.country for p in inside}) == 1 else [])
        if not pool:
            return None
        return min(pool, key=lambda p: (p.rank, _distance(p, start, end)))

    def _own_clause(self, s_start: int, s_end: int, start: int, end: int):
        """The sentence minus relative clauses the expression is not part of."""
        spans, cut_end = [], s_end
        sentence = self.text[s_start:s_end]
        inside = self._relative_clause_around(sentence, s_start, start, end)
        if inside:  # "Kim, who left Pyongyang on Sunday, crossed ...": that clause alone
            return [inside]
        for opener in self.lexicon.relative_openers:
            at = sentence.find(opener, max(0, end - s_start))
            if at >= 0:
                cut_end = min(cut_end, s_start + at)
        cursor = s_start
        for opener in self.lexicon.relative_openers:
            at = sentence.find(opener)
            if 0 <= at and s_start + at < start:
                close = sentence.find(",", at + len(opener))
                if 0 <= close and s_start + close < start:
                    spans.append((cursor, s_start + at))
                    cursor = s_start + close
        spans.append((cursor, cut_end))
        return spans

    def _relative_clause_around(self, sentence: str, s_start: int, start: int, end: int):
        """The span of a relative clause (", who ... ,") that holds the expression, if any."""
        for opener in self.lexicon.relative_openers:
            if not opener.startswith(","):
                continue
            at = sentence.rfind(opener, 0, max(0, start - s_start))
            close = sentence.find(",", end - s_start) if at >= 0 else -1
            if at >= 0 and close >= 0 and "," not in sentence[at + 1:start - s_start]:
                return s_start + at, s_start + close
        return None

    def _governed(self, place: Place, s_start: int) -> bool:
        """A locative word before the place, past fillers: "in", "at the", "in eastern"."""
        words = _WORD.findall(self.text[s_start:place.start])
        for word in reversed(words):
            lowered = word.lower()
            if lowered in self.lexicon.locative:
                return True
            if lowered not in self.lexicon.filler:
                return False
        return False


@lru_cache(maxsize=4)
def _zone_regex(language: str) -> re.Pattern:
    return re.compile(_lexicon(language).pattern)


def _is_prose(paragraph: str) -> bool:
    """A paragraph of sentences, not a headline, caption or bullet."""
    return len(paragraph) >= _LEAD_MIN_CHARS and paragraph.rstrip().endswith((".", "\u201d", '"'))


def _distance(place: Place, start: int, end: int) -> int:
    return start - place.end if place.end <= start else max(0, place.start - end)


def _choice(place: Place, how: str) -> ZoneChoice:
    zones = place.zones
    where = place.description
    if place.narrowed_by:
        where += f", {place.narrowed_by}: {len(zones)} zone{'s' if len(zones) > 1 else ''}"
    return ZoneChoice(zones[0], zones, f"local time at {where}, {how} -> {zones[0]}")
