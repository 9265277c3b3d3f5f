"""Zone expressions as data: abbreviations, spelled-out names, offsets, "local time".

The lexicon lives in resources/<lang>/zones.toml; this module turns it into the regex
the tagger embeds (`pattern`) and reads a matched zone text back (`explicit`).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .clock import offset_zone

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
_MINUS = "\u2212"  # typographic minus, as in "UTC\u22123"
_DAY_NAMES = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
              "July|August|September|October|November|December)")


@dataclass(frozen=True)
class Explicit:
    """What a zone text says by itself: candidate zones, or that it asks for local time."""

    kind: str  # "offset" | "abbreviation" | "name" | "place" | "local"
    candidates: tuple[str, ...]
    label: str  # the zone text as read, e.g. "UTC+9", "EDT", "Moscow time"
    fixed: bool = False  # a fixed offset: the publisher's own zone never replaces it


class ZoneLexicon:
    """The zone words of one language, loaded once from its zones.toml."""

    def __init__(self, data: dict):
        self.abbreviations: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in data["abbreviations"].items() if k != "fixed"}
        self.fixed: frozenset[str] = frozenset(data["abbreviations"].get("fixed", ()))
        self.names = {k.lower(): tuple(v) for k, v in data["names"].items()}
        words = data["words"]
        self.time_word: str = words["time"]
        self.local_phrases = tuple(p.lower() for p in words["local"])
        self.offset_prefixes = tuple(words["offset_prefixes"])
        self.bare_names = tuple(n for n in words.get("bare_names", ()) if n.lower() in self.names)
        self.locative = frozenset(words["locative"])
        self.filler = frozenset(words["filler"])
        fillers = "|".join(re.escape(w) for w in sorted(self.filler))
        journeys = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in words.get("destination", ())) or "(?!)"
        self.destination = re.compile(rf"\b(?:{journeys})\s+(?:(?:{fillers})\s+)*$", re.IGNORECASE)
        self.directions = {k.lower(): (v["axis"], tuple(v["band"]))
                           for k, v in data["directions"].items()}
        self.sentence_abbreviations = tuple(data["sentences"]["abbreviations"])
        self.relative_openers = tuple(data["sentences"]["relative_openers"])
        self.pattern = self._pattern()
        self._full = re.compile(rf"(?:{self.pattern})\Z")
        self._offset = re.compile(self._offset_source())

    @classmethod
    def load(cls, language: str = "en") -> "ZoneLexicon":
        with open(RESOURCES / language / "zones.toml", "rb") as handle:
            return cls(tomllib.load(handle))

    # -- the regex ---------------------------------------------------------------------
    def _offset_source(self) -> str:
        prefixes = "|".join(map(re.escape, self.offset_prefixes))
        sign = f"[+\\-{_MINUS}]"
        # "UTC+9", "GMT-05:30", "UTC +10"; bare offsets need four digits: "+0900", "-05:00"
        return (rf"(?:(?:{prefixes}) ?{sign} ?\d{{1,2}}(?::?\d{{2}})?(?!\d)"
                rf"|{sign}\d{{2}}:?\d{{2}}(?!\d))")

    def _pattern(self) -> str:
        abbreviations = "|".join(map(re.escape, sorted(self.abbreviations, key=len, reverse=True)))
        time_word = re.escape(self.time_word)
        names = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                         for n in sorted(self.names, key=len, reverse=True))
        local = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in self.local_phrases)
        # "<Place> time": one to three capitalised words, resolved through the gazetteer.
        # why: a day named between ("9 p.m. Thursday Damascus time") is the clock's day, no place
        place = rf"(?!{_DAY_NAMES}\b)[A-Z][\w'\u2019.\-]*(?:\s[A-Z][\w'\u2019.\-]*){{0,2}}\s(?i:{time_word})"
        bare = "|".join(map(re.escape, self.bare_names)) or "(?!)"
        inner = (rf"{self._offset_source()}"
                 rf"|(?i:(?:{names})\s+{time_word})"
                 rf"|(?:{bare})(?![\w\-]|\s+[A-Z])"
                 rf"|(?i:{local})"
                 rf"|{place}"
                 rf"|(?<!\w)(?:{abbreviations})(?![\w+\-{_MINUS}])")
        return rf"(?:\((?:{inner})\)|(?:{inner}))"

    # -- reading a zone text back ------------------------------------------------------
    def explicit(self, zone_text: str) -> Explicit | None:
        """Candidates named by a zone text, or None when it is not a zone expression.

        A "<Place> time" text comes back as kind "place" with no candidates: the
        gazetteer, not the lexicon, knows places.
        """
        text = " ".join(zone_text.strip().strip("()").split())
        if not text:
            return None
        offset = self._read_offset(text)
        if offset is not None:
            return Explicit("offset", (offset_zone(offset),), text, fixed=True)
        if text in self.bare_names:  # "7 p.m. Eastern"
            return Explicit("name", self.names[text.lower()], text)
        if text in self.abbreviations:
            return Explicit("abbreviation", self.abbreviations[text], text, text in self.fixed)
        lowered = text.lower()
        if lowered in self.local_phrases:
            return Explicit("local", (), text)
        suffix = " " + self.time_word
        if lowered.endswith(suffix):
            head = lowered[: -len(suffix)]
            if head in self.names:
                zones = self.names[head]
                return Explicit("name", zones, text, fixed=zones[0] in ("UTC", "Etc/GMT"))
            return Explicit("place", (), text[: -len(suffix)])
        return None

    def _read_offset(self, text: str) -> int | None:
        if not self._offset.fullmatch(text):
            return None
        body = text.replace(_MINUS, "-")
        for prefix in self.offset_prefixes:
            body = body.removeprefix(prefix)
        body = body.replace(" ", "")
        sign = -1 if body[0] == "-" else 1
        digits = body[1:].replace(":", "")
        if len(digits) <= 2:
            hours, minutes = int(digits), 0
        else:
            hours, minutes = int(digits[:-2]), int(digits[-2:])
        if hours > 14 or minutes >= 60:
            return None
        return sign * (hours * 60 + minutes)
