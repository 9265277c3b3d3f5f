"""Event detection: TimeML EVENTs (head words) with class, tense, aspect, polarity, modality."""
from __future__ import annotations

import re

from pydantic import Field

from ..models import Document, Event, Timex
from .attributes import modality, polarity, timeml_pos
from .label import event_label
from .model import default_model

__all__ = ["DetectedEvent", "detect_events", "events_from_tokens"]


class DetectedEvent(Event):
    """An Event with a display label for the timeline; the label is not part of the JSON contract."""

    label: str = Field(default="", exclude=True)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def source_sentence(token) -> str:
    """The token's sentence, cut at paragraph breaks: the parser sometimes runs a heading or a
    bullet without a full stop into the next paragraph."""
    sent = token.sent
    text, offset = sent.text, token.idx - sent.start_char
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if brk.end() <= offset:
            start = brk.end()
        elif brk.start() >= offset:
            return " ".join(text[start:brk.start()].split())
    return " ".join(text[start:].split())


def events_from_tokens(tagged, timex_spans: list[tuple[int, int]] = ()) -> list[Event]:
    """Events in text order, ids e1, e2, ...; tagged holds (token, class, tense, aspect)."""
    events = []
    for n, (token, cls, tense, aspect) in enumerate(sorted(tagged, key=lambda x: x[0].idx), 1):
        events.append(DetectedEvent(
            id=f"e{n}", text=token.text, start=token.idx, end=token.idx + len(token),
            event_class=cls, tense=tense, aspect=aspect, polarity=polarity(token),
            modality=modality(token), pos=timeml_pos(token), sentence=source_sentence(token), label=event_label(token, timex_spans),
        ))
    return events


def detect_events(document: Document, parsed, timexes: list[Timex]) -> list[Event]:
    """The events of a parsed document; tokens inside time expressions are never events."""
    spans = [(t.start, t.end) for t in timexes]
    return events_from_tokens(default_model().tag(parsed, spans), spans)
