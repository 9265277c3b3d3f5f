"""The events lexicons of resources/en/events.toml, loaded once."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


@dataclass(frozen=True)
class EventLexicon:
    eventive_nouns: frozenset[str]
    classes: dict[str, frozenset[str]]  # TimeML class -> lemmas
    reporting_signals: frozenset[str]
    time_signals: dict[str, str]  # word -> relType of event to time
    event_signals: dict[str, str]  # word -> relType of event to event
    coreference: tuple[frozenset[str], ...]
    light_verbs: frozenset[str] = frozenset()  # 'made an offer': the verb is its object's happening
    scheduling_verbs: frozenset[str] = frozenset()  # 'set sentencing for Feb. 12': the date is the object's
    moving_verbs: frozenset[str] = frozenset()  # 'postponed until March': the date is the thing moved's
    time_clause_marks: frozenset[str] = frozenset()  # 'once the winds eased' under 'would begin'
    forecasting_verbs: frozenset[str] = frozenset()  # 'forecast sales for 2014': the date is the figure's
    reason_verbs: frozenset[str] = frozenset()  # 'sentenced for taking bribes': the taking came first
    negation: dict[str, frozenset[str]] = field(default_factory=dict)  # polarity NEG cues by role
    semi_modals: frozenset[str] = frozenset()  # 'used to grow', 'have got to act': not events
    phase_words: frozenset[str] = frozenset()  # 'talks resumed', 'the end of the war': ASPECTUAL

    def class_hints(self, lemma: str) -> list[str]:
        return [name for name, words in self.classes.items() if lemma in words]


@lru_cache(maxsize=4)
def load_lexicon(language: str = "en") -> EventLexicon:
    data = tomllib.loads((RESOURCES / language / "events.toml").read_text(encoding="utf-8"))
    return EventLexicon(
        eventive_nouns=frozenset(data["eventive_nouns"]["words"]),
        classes={k: frozenset(v) for k, v in data["classes"].items()},
        reporting_signals=frozenset(data["reporting_signals"]["words"]),
        time_signals=dict(data["signals"]["time"]),
        event_signals=dict(data["signals"]["event"]),
        coreference=tuple(frozenset(g) for g in data["coreference"]["groups"]),
        light_verbs=frozenset(data.get("light_verbs", {}).get("words", ())),
        scheduling_verbs=frozenset(data.get("scheduling_verbs", {}).get("words", ())),
        moving_verbs=frozenset(data.get("moving_verbs", {}).get("words", ())),
        time_clause_marks=frozenset(data.get("time_clause_marks", {}).get("words", ())),
        forecasting_verbs=frozenset(data.get("forecasting_verbs", {}).get("words", ())),
        reason_verbs=frozenset(data.get("reason_verbs", {}).get("words", ())),
        negation={k: frozenset(v) for k, v in data.get("negation", {}).items()},
        semi_modals=frozenset(data.get("semi_modals", {}).get("words", ())),
        phase_words=frozenset(data.get("phase_words", {}).get("words", ())),
    )
