"""The solver: one point network per document, links accepted in order of confidence."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..models import Conflict, Document, Event, Relation, TimelineEntry, Timex, When
from .algebra import point_constraints
from .lengths import span_seconds
from .network import INF, Contradiction, PointNetwork
from .order import linearize

__all__ = ["Solution", "TemporalGraph", "WINDOW_FREE_SUFFIX", "solve"]
DCT = "t0"


@dataclass
class Solution:
    events: list[Event]
    relations: list[Relation]
    entries: list[TimelineEntry]
    conflicts: list[Conflict]
    graph: "TemporalGraph | None" = field(default=None, repr=False)
    # entity id -> its TimeML relation to the publication day t0 (dct_day), when asked for
    day: dict[str, str] = field(default_factory=dict, repr=False)


def _seconds(moment: datetime) -> float:
    return moment.timestamp()


def _moment(value: float) -> datetime | None:
    return None if value in (INF, -INF) else datetime.fromtimestamp(value, tz=timezone.utc)


class TemporalGraph:
    """Entities (events, times, the DCT) as start/end points of a PointNetwork."""

    def __init__(self):
        self.net = PointNetwork()
        self.points: dict[str, dict[str, int]] = {}

    def add_entity(self, name: str, lo: float = -INF, hi: float = INF,
                   length: tuple[float, float] | None = None) -> None:
        """An interval [s, e] with s <= e; a known span fixes s = lo and e = hi, a known
        length (seconds) bounds e - s."""
        if name in self.points:
            return
        if lo > -INF and hi < INF:
            s, e = self.net.add_point(lo, lo), self.net.add_point(hi, hi)
        else:
            s, e = self.net.add_point(), self.net.add_point()
        self.net.add([(s, e, False)], -1, [(s, e, *length)] if length else ())
        self.points[name] = {"s": s, "e": e}

    def add_relation(self, rel: Relation, tag: int, known_consistent: bool = False) -> None:
        """Raises Contradiction (and changes nothing) when rel contradicts what is accepted."""
        src, tgt = self.points[rel.source], self.points[rel.target]
        constraints = point_constraints(rel.type, src, tgt)
        if rel.offset is None and all(self._fixed(a) and self._fixed(b) for a, b, _ in constraints) \
                and all(self._held_by_bounds(a, b, strict) for a, b, strict in constraints):
            # why: two dated times ("Tuesday" before "March") are ordered by their own bounds; an
            # edge between them tells the network nothing its bounds do not, and the thousands of
            # such pairs in a long document made every later search crawl (a 27,000-character
            # text: 40,627 of its 43,829 links)
            return
        self.net.add(constraints, tag, self._metric(rel), known_consistent)

    def _fixed(self, point: int) -> bool:
        return self.net.lo[point] == self.net.hi[point]

    def _held_by_bounds(self, a: int, b: int, strict: bool) -> bool:
        """b after a by their bounds alone. Why not also b at a: a strict order can run through
        two points at the same instant (e <= t1 start = t2 start < f), which only an edge keeps."""
        return self.net.lo[b] - self.net.hi[a] > 0

    def _metric(self, rel: Relation) -> list[tuple[int, int, float, float]]:
        """The offset as a distance from the target's start to the source's start."""
        off = rel.offset
        if off is None:
            return []
        lo = -INF if off.min_seconds is None else off.min_seconds
        hi = INF if off.max_seconds is None else off.max_seconds
        return [(self.points[rel.target]["s"], self.points[rel.source]["s"], lo, hi)]

    def order(self, a: str, b: str, x: str = "s", y: str = "s") -> str:
        """'<', '=', '>' or '' (unknown) between point x of a and point y of b."""
        p, q = self.points[a][x], self.points[b][y]
        if self.net.before(p, q, True):
            return "<"
        if self.net.before(q, p, True):
            return ">"
        if self.net.before(p, q, False) and self.net.before(q, p, False):
            return "="
        return ""

    def supports(self, rel: Relation) -> bool:
        """Is rel entailed by the network (every point constraint of it)?"""
        if rel.source not in self.points or rel.target not in self.points:
            return False
        cons = point_constraints(rel.type, self.points[rel.source], self.points[rel.target])
        if not all(self.net.before(a, b, strict) for a, b, strict in cons):
            return False
        return all((lo == -INF or self.net.at_least(a, b, lo)) and (hi == INF or self.net.at_least(b, a, -hi))
                   for a, b, lo, hi in self._metric(rel))

    def bounds(self, name: str) -> When:
        s, e = self.points[name]["s"], self.points[name]["e"]
        lo, hi = self.net.lo, self.net.hi
        return When(earliest_start=_moment(lo[s]), latest_start=_moment(hi[s]),
                    earliest_end=_moment(lo[e]), latest_end=_moment(hi[e]))


def build_graph(document: Document, events: list[Event], timexes: list[Timex]) -> TemporalGraph:
    graph = TemporalGraph()
    if document is not None:
        instant = _seconds(document.published)
        graph.add_entity(DCT, instant, instant)  # the publication instant
    for t in timexes:
        if t.interval is not None:
            graph.add_entity(t.id, _seconds(t.interval.start), _seconds(t.interval.end))
        else:  # "for three days": a span of unknown place, at most that long
            span = span_seconds(t.value, t.mod) if t.type == "DURATION" else None
            graph.add_entity(t.id, length=(0.0, span[1]) if span else None)
    # why no least length: links that put events before or after a duration ("e AFTER two
    # days") pushed them apart by its length (awareness 0.3508 -> 0.3507, recall 0.3652 ->
    # 0.3648); the longest length only holds together what is linked into the span (awareness
    # unchanged, TB-Dense 0.5058 -> 0.5065, MATRES 0.7035 -> 0.7036)
    for e in events:
        graph.add_entity(e.id)
    return graph


# a link whose origin ends so orders its two entities but bounds neither's window: the learned
# order between the story's undated now and a dated background sentence ("Last June, 300 died.
# Services are expected to resume by Wednesday"), which had shown the expectation from June 2023
# (events/learned_links.py, now_apart_from_backstory). The evaluations read the full network (graph)
WINDOW_FREE_SUFFIX = ":background"


def _window_graph(document: Document, events: list[Event], timexes: list[Timex],
                  relations: list[Relation]) -> TemporalGraph:
    """The network of `relations` (accepted ones, so consistent) the shown windows come from."""
    graph = build_graph(document, events, timexes)
    for tag, rel in enumerate(relations):
        graph.add_relation(rel, tag, known_consistent=True)
    return graph


# rules that bound one end of an event only; for all "by" deadlines too, awareness 0.3658 -> 0.3653
ONE_END_ORIGINS = frozenset({"event-time:signal:range", "event-time:signal:from"})


def solve(document: Document, events: list[Event], timexes: list[Timex],
          relations: list[Relation]) -> Solution:
    graph = build_graph(document, events, timexes)
    ranked = sorted(relations, key=lambda r: -r.confidence)  # stable: proposal order breaks ties
    accepted: list[Relation] = []
    conflicts: list[Conflict] = []
    loose: set[frozenset] = set()
    for tag, rel in enumerate(ranked):
        if rel.source not in graph.points or rel.target not in graph.points or rel.source == rel.target:
            continue
        pair = frozenset((rel.source, rel.target))
        if pair in loose and ":learned" in rel.origin:
            # why: a rule that bounds one end only ("between 2016 and 2021", "from 2035") says
            # what the text says; a learned guess would pin the event inside one end. Any
            # other rule's pair keeps its learned second opinion: skipping those too cost
            # TimeBank-Dense 0.5072 -> 0.5061 and awareness 0.3658 -> 0.3655
            continue
        try:
            graph.add_relation(rel, tag)
            accepted.append(rel)
            if rel.origin in ONE_END_ORIGINS:
                loose.add(pair)
        except Contradiction as exc:
            chain = [ranked[t] for t in dict.fromkeys(exc.chain) if 0 <= t < len(ranked) and t != tag]
            conflicts.append(Conflict(relation=rel, reason=_reason(exc.reason, chain), chain=chain))
    timex_ids = {t.id for t in timexes} | {DCT}
    anchors: dict[str, str] = {}
    for rel in accepted:  # highest confidence first
        if rel.target in timex_ids and rel.target != DCT and rel.type in ("IS_INCLUDED", "DURING", "SIMULTANEOUS"):
            anchors.setdefault(rel.source, rel.target)
    shown = [r for r in accepted if not r.origin.endswith(WINDOW_FREE_SUFFIX)]
    view = graph if len(shown) == len(accepted) else _window_graph(document, events, timexes, shown)
    placed = [e.model_copy(update={"when": view.bounds(e.id), "anchor": anchors.get(e.id)}) for e in events]
    return Solution(placed, accepted, linearize(view, placed, shown), conflicts, graph)


def _reason(kind: str, chain: list[Relation]) -> str:
    if kind == "bounds":
        return "contradicts the dates of the time expressions" + (" through the accepted chain" if chain else "")
    if kind == "distance cycle":
        return "contradicts the order and distances already accepted"
    return "contradicts the order already accepted"
