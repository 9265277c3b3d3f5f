"""A display order: events sorted by the bounds the solver gives their starts.

Events with the same start bounds share a position (nothing orders them) unless an accepted
relation puts one first; a layering by longest path instead put events of very different dates
into one row whenever a chain of weak links made them equally deep.
"""
from __future__ import annotations

import heapq
from bisect import bisect_left
from functools import reduce
from operator import or_

from ..models import Event, Relation, TimelineEntry
from .network import INF

STARTS_BEFORE = {"BEFORE", "IBEFORE", "INCLUDES", "DURING_INV", "ENDED_BY"}  # strict only for the first two
STRICT = {"BEFORE", "IBEFORE"}
# why not STARTS_BEFORE/AFTER: the learned pair order is the weakest evidence; in the seed it
# split "crossed the border" from "arrived in Russia", both dated Tuesday, into two positions


def _key(graph, event: Event, index: int):
    s = graph.points[event.id]["s"]
    lo, hi = graph.net.lo[s], graph.net.hi[s]
    # why: an event known only to precede the publication sits just before it, not at -inf
    return (lo if lo > -INF else (hi if hi < INF else INF), hi, index)


def _predecessors(graph, events: list[Event], relations: list[Relation]) -> tuple[dict[str, int], dict[str, int]]:
    """Each event's predecessors as a bit mask, with the bit of each event. Why masks: the metric
    predecessors of an event are all events of latest start before its earliest start, a prefix
    of the events sorted by latest start; with bits given in that order the prefix is one number,
    where sets of ids held every such pair (2,169 events of a 100,000-character text: 512,712)."""
    lo = {e.id: graph.net.lo[graph.points[e.id]["s"]] for e in events}
    hi = {e.id: graph.net.hi[graph.points[e.id]["s"]] for e in events}
    by_hi = sorted((e for e in events if hi[e.id] < INF), key=lambda e: hi[e.id])
    his = [hi[e.id] for e in by_hi]
    bit = {eid: 1 << n for n, eid in enumerate(dict.fromkeys([e.id for e in by_hi] + [e.id for e in events]))}
    preds = {e.id: (1 << bisect_left(his, lo[e.id])) - 1 if lo[e.id] > -INF else 0 for e in events}
    for r in relations:
        if r.source in preds and r.target in preds:
            if r.type in STRICT:
                preds[r.target] |= bit[r.source]
            elif r.type in ("AFTER", "IAFTER"):
                preds[r.source] |= bit[r.target]
    return _shared_by_equals(preds, bit, relations), bit


EQUAL = {"IDENTITY", "SIMULTANEOUS"}


def _shared_by_equals(preds: dict[str, int], bit: dict[str, int], relations) -> dict[str, int]:
    """Events told to be one happening, or simultaneous, wait for each other's predecessors.

    Why: a headline's "diverted" (IDENTITY with the lead's) had no predecessor while the lead's
    waited for "received an engine warning", so an entry fell between the two mentions."""
    root = {e: e for e in preds}

    def find(e: str) -> str:
        while root[e] != e:
            root[e] = root[root[e]]
            e = root[e]
        return e

    for r in relations:
        if r.type in EQUAL and r.source in root and r.target in root:
            root[find(r.source)] = find(r.target)
    members: dict[str, list[str]] = {}
    for e in preds:
        members.setdefault(find(e), []).append(e)
    for group in members.values():
        if len(group) > 1:
            shared = reduce(or_, (preds[e] for e in group)) & ~reduce(or_, (bit[e] for e in group))
            for e in group:
                preds[e] = shared
    return preds


def _respecting(preds: dict[str, int], bit: dict[str, int], ranked: list[tuple[int, Event]]) -> list[Event]:
    """The ranked events, each moved after its predecessors. Why: an event bounded only above
    ("the announcement", before Tuesday) ranks by that bound and could land after an event the
    text puts after it ("shares rose following the announcement").

    The next event is the best-ranked whose predecessors are all placed. One found waiting leaves
    the heap until a predecessor it still waits for is placed (then it is checked again), so no
    list of successors over every pair is built."""
    rank = {e.id: n for n, (_, e) in enumerate(ranked)}
    by_id = {e.id: e for _, e in ranked}
    id_of = {b: eid for eid, b in bit.items()}
    heap = [(n, e.id) for n, (_, e) in enumerate(ranked)]  # sorted, so already a heap
    waiting_on: dict[str, list[str]] = {}
    placed, out = 0, []
    while heap:
        _, eid = heapq.heappop(heap)
        missing = preds[eid] & ~placed
        if missing:
            waiting_on.setdefault(id_of[missing & -missing], []).append(eid)
            continue
        out.append(by_id[eid])
        placed |= bit[eid]
        for other in waiting_on.pop(eid, ()):
            heapq.heappush(heap, (rank[other], other))
    done = {e.id for e in out}
    # a cycle (not expected from a consistent network) keeps the bound order for what is left
    return out + [e for _, e in ranked if e.id not in done]


def linearize(graph, events: list[Event], relations: list[Relation] = ()) -> list[TimelineEntry]:
    """Events in the order of their start bounds; events with the same bounds share a position
    unless a relation orders them. Sorting by the propagated bounds respects every accepted
    order (a start known to come first has a lower or equal lower bound and upper bound)."""
    if not events:
        return []
    preds, bit = _predecessors(graph, events, list(relations))
    ordered = _respecting(preds, bit, sorted(enumerate(events), key=lambda ie: _key(graph, ie[1], ie[0])))
    groups: list[list[Event]] = []
    last_key, in_group = None, 0
    for e in ordered:
        key = _key(graph, e, 0)[:2]
        if groups and key == last_key and not preds[e.id] & in_group:
            groups[-1].append(e)
            in_group |= bit[e.id]
        else:
            groups.append([e])
            in_group = bit[e.id]
        last_key = key
    return [_entry(pos, group) for pos, group in enumerate(groups, 1)]


def _entry(position: int, group: list[Event]) -> TimelineEntry:
    starts = [e.when.earliest_start for e in group if e.when.earliest_start is not None]
    ends = [e.when.latest_end for e in group if e.when.latest_end is not None]
    label = "; ".join(dict.fromkeys(getattr(e, "label", "") or e.text for e in group[:3]))
    if len(group) > 3:
        label += f" (+{len(group) - 3})"
    return TimelineEntry(position=position, events=[e.id for e in group],
                         earliest=min(starts) if starts else None,
                         latest=max(ends) if ends else None, label=label)
