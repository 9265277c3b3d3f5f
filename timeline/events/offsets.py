"""Distances the text states between two events: "fighting resumed two days after the talks
collapsed", "the plant closed a week before the strike", "The talks collapsed on Monday. Two
days later, fighting resumed."

A counted DURATION ("two days", "three months"; "a few days", "several weeks" as one to ten
units) before after/before + an event, or before later/earlier (then the event it counts from
is the one the clause follows: the event it is coordinated with, else the previous sentence's
main event) gives a start-point distance. In the
narrative domain the tagger already resolves "Two days later" to a DATE; only DURATIONs are read
here, so a distance is never counted twice.
"""
from __future__ import annotations

import math
from datetime import datetime

from ..models import Event, Offset, Relation, Timex
from ..solver.lengths import MODS, amount, counted_seconds, vague_grain, vague_seconds
from ..temporal.calendar import Grain, shift_by

# signal word -> +1 when the event placed comes after the one counted from, -1 before
SIGNALS = {"after": 1, "following": 1, "before": -1}
# adverbs that count from the event told before: "Two days later, ..."
ADVERBS = {"later": 1, "afterwards": 1, "afterward": 1, "after": 1, "earlier": -1, "before": -1}
# why: with these a duration measures the event itself ("fighting lasted two days after the
# ceasefire", "continued for weeks after"), not a distance between two starts
DURATIVE = frozenset({"last", "continue", "persist", "remain", "stay"})
INF = math.inf
CONFIDENCE = 0.85  # an explicit count and signal: as sure as a time expression's direct governor
ANCHORED_CONFIDENCE = 0.8  # also rests on the link that dates the event counted from


def cell_distance(anchor: Timex, count: int, grain: Grain) -> tuple[float, float] | None:
    """Bounds on an event's start minus the anchor's start when the event is `count` grains
    (negative: before) from an anchor that is exactly one grain long (a day for days): the
    event starts in the cell that many cells away ("two days after Monday" is Wednesday)."""
    if anchor.interval is None:
        return None
    start, end = anchor.interval.start, anchor.interval.end
    if shift_by(start, 1, grain) != end:
        return None
    return _seconds(shift_by(start, count, grain), start), _seconds(shift_by(end, count, grain), start)


def _seconds(a: datetime, b: datetime) -> float:
    return a.timestamp() - b.timestamp()  # why not a - b: in one zone that is wall-clock time


def _signal(parsed, t: Timex):
    """The word right after the duration ("two days [after]"), or None. Why not after a
    preposition's object: "deliberated over two days before returning" measures the event."""
    span = parsed.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.end >= len(parsed) or span.root.dep_ == "pobj":
        return None
    return parsed[span.end]


def _counted_pair(signal, by_token, main_roots) -> tuple[Event, Event, int] | None:
    """(event placed, event counted from, +1 after / -1 before) around the signal word. Why the
    word must follow the duration: in "two days of talks after the vote" nothing is counted."""
    word, head = signal.lower_, signal.head
    if signal.dep_ == "prep" and word in SIGNALS:  # "signed the accord three months after the summit"
        obj = next((c for c in signal.children if c.dep_ in ("pobj", "pcomp")), None)
        placed, counted = head, obj
    elif signal.dep_ == "mark" and word in SIGNALS and head.dep_ == "advcl":  # "two days after the talks collapsed"
        placed, counted = head.head, head
    elif signal.dep_ == "advmod" and word in ADVERBS and not any(c.dep_ == "prep" for c in signal.children):
        placed = head  # "Two days later, fighting resumed"; not "later than planned"
        if head.dep_ == "conj":
            counted = head.head
        elif head.dep_ in ("relcl", "acl") or (head.dep_ == "advcl" and not any(c.dep_ == "mark" for c in head.children)):
            # "arrived from Dili, where he had met the president a day earlier"; "The dam,
            # finished only months earlier, began leaking": the verb the clause hangs from
            counted = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.i in by_token), None)
        else:
            counted = main_roots.get(head.sent.start - 1)
    else:
        return None
    if placed.i not in by_token and placed.dep_ in ("nsubj", "nsubjpass") and placed.head.i in by_token:
        # why: "A second try two days later was scrubbed": the count dates the subject's verb
        placed = placed.head
    if placed.lemma_ in DURATIVE or counted is None or placed.i not in by_token or counted.i not in by_token:
        return None
    sign = SIGNALS[word] if signal.dep_ != "advmod" else ADVERBS[word]
    return (by_token[placed.i], by_token[counted.i], sign) if placed.i != counted.i else None


def _main_tokens(parsed, by_token) -> dict:
    """Index of each sentence's last token -> its root, when the root names an event."""
    return {s.end - 1: s.root for s in parsed.sents if s.root.i in by_token}


def _offset(lo: float, hi: float, t: Timex) -> Offset:
    return Offset(min_seconds=None if lo == -INF else lo, max_seconds=None if hi == INF else hi,
                  duration=t.value, timex=t.id)


def _certain(event: Event) -> bool:
    """Why: "should have arrived 72 hours after", "must wait 30 days before": a distance
    between a hypothetical and a real event places neither."""
    return event.modality is None and event.polarity == "POS"


def _dates(timexes: list[Timex], time_links: list[Relation]) -> dict[str, tuple[Timex, float]]:
    """Event id -> the date or time a direct link puts it in, with that link's confidence."""
    by_id = {t.id: t for t in timexes}
    out: dict[str, tuple[Timex, float]] = {}
    for r in sorted(time_links, key=lambda r: -r.confidence):
        t = by_id.get(r.target)
        if r.type == "IS_INCLUDED" and t is not None and t.type in ("DATE", "TIME") and r.source not in out:
            out[r.source] = (t, r.confidence)
    return out


def offset_links(parsed, by_token: dict[int, Event], timexes: list[Timex],
                 time_links: list[Relation]) -> list[Relation]:
    """Start-point links with a distance for every counted duration between two certain events;
    time_links: the event-time links, whose dates the distance is also counted from."""
    main_roots, anchors = _main_tokens(parsed, by_token), _dates(timexes, time_links)
    out = []
    for t in timexes:
        count = amount(t.value) if t.type == "DURATION" and t.mod in MODS else None
        vague = vague_grain(t.value) if t.type == "DURATION" and t.mod is None and count is None else None
        signal = _signal(parsed, t) if count is not None or vague is not None else None
        pair = _counted_pair(signal, by_token, main_roots) if signal is not None else None
        if pair is None or not (_certain(pair[0]) and _certain(pair[1])):
            continue
        if count is not None:
            out += _distance_links(t, *count, *pair, anchors)
        else:  # "A few days later, fighting resumed": at least a day, at most ten
            out.append(_start_link(t, vague_seconds(vague), *pair))
    return out


def _start_link(t: Timex, bounds: tuple[float, float], placed: Event, counted: Event, sign: int) -> Relation:
    """placed's start `bounds` seconds after (sign +1) or before (-1) counted's start."""
    lo, hi = bounds
    offset = _offset(lo, hi, t) if sign > 0 else _offset(-hi, -lo, t)
    return Relation(source=placed.id, target=counted.id, type=_kind(sign), offset=offset,
                    origin="event-event:offset", confidence=CONFIDENCE)


def _distance_links(t: Timex, count: int, grain: Grain, placed: Event, counted: Event, sign: int,
                    anchors: dict[str, tuple[Timex, float]]) -> list[Relation]:
    """placed's start against counted's start; and when an exact count meets an event dated by a
    one-grain expression, the other event against that date's cell ("two days after Monday")."""
    # the rounded count, for the starts' distance
    out = [_start_link(t, counted_seconds(count, grain, t.mod), placed, counted, sign)]
    sides = [(placed, counted, sign * count), (counted, placed, -sign * count)]
    # why only the surer date when both events have one: a guessed date of the placed event (a
    # learned link, a relative clause's inherited day) would move the counted event off its own
    event, dated, steps = max(sides, key=lambda side: anchors.get(side[1].id, (None, 0.0))[1])
    anchor, sure = anchors.get(dated.id, (None, 0.0))
    cell = cell_distance(anchor, steps, grain) if anchor is not None and t.mod is None else None
    if cell is not None:  # why min: no surer than the date link it rests on
        out.append(Relation(source=event.id, target=anchor.id, type=_kind(steps), offset=_offset(*cell, t),
                            origin="event-time:offset", confidence=min(ANCHORED_CONFIDENCE, sure)))
    return out


def _kind(sign: int) -> str:
    return "STARTS_AFTER" if sign > 0 else "STARTS_BEFORE"
