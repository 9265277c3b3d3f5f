"""A headline tells in the present what the story reports in the past.

"Strong earthquake strikes western Nepal, killing at least 38" is the story's lead said again:
its events are the lead's events ("struck"), and a headline verb in the simple present happened
before publication, not around it (news headlines use the present for what has just happened).
Without this, a headline verb was read as a present state ("strikes" INCLUDES publication) and
stood as its own row of the timeline beside the lead's event.
"""
from __future__ import annotations


from ..models import Relation
from ..solver.dct_day import DCT
from ..spans import BLOCK_BREAK, headline_span
# how far into the story the headline's events are looked for: the lead and the next paragraphs
_BODY_PARAGRAPHS = 3


def _body_end(text: str, after: int) -> int:
    pos = after
    for _ in range(_BODY_PARAGRAPHS + 1):
        brk = BLOCK_BREAK.search(text, pos)
        if brk is None:
            return len(text)
        pos = brk.end()
    return pos


def headline_events(text: str, parsed, by_token) -> dict[int, object]:
    """Token index -> event for the events inside the headline."""
    span = headline_span(text)
    if span is None:
        return {}
    return {i: e for i, e in by_token.items() if span[0] <= parsed[i].idx < span[1]}


def _told_as_done(event) -> bool:
    """A headline's simple present ("Quake strikes") or bare participle ("Hundreds evacuated",
    "Two hurt in crash"): news headlines tell what has just happened that way."""
    return event.modality is None and ((event.tense == "PRESENT" and event.aspect == "NONE")
                                       or event.tense == "PASTPART")


def headline_links(text: str, parsed, by_token, heads: dict[int, object]) -> list[Relation]:
    """Each headline event is the same happening as the first body event of its lemma (and
    part of speech) in the story's opening paragraphs; a headline verb in the simple present or
    a bare participle with none there is placed before publication."""
    if not heads:
        return []
    end = _body_end(text, max(parsed[i].idx for i in heads))
    body = [(i, e) for i, e in sorted(by_token.items()) if i not in heads and parsed[i].idx < end]
    out = []
    for i, event in heads.items():
        tok = parsed[i]
        same = next((e for j, e in body if parsed[j].lemma_.lower() == tok.lemma_.lower()
                     and (parsed[j].pos_ == "VERB") == (tok.pos_ == "VERB")), None)
        if same is not None:
            out.append(Relation(source=event.id, target=same.id, type="IDENTITY",
                                origin="event-event:headline", confidence=0.75))
        elif _told_as_done(event):
            out.append(Relation(source=event.id, target=DCT, type="BEFORE",
                                origin="event-dct:headline", confidence=0.5))
    return out

