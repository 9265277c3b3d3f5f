"""The TempEval-3 entity scorers (task A, time expressions; task B, events), as pure functions.

Definitions (those of the official TempEval-3 toolkit, see ../shared/data/README.md):

- a system span and a gold span match *relaxed* when they share at least one character, and
  *strict* when their spans are identical; matching is one-to-one (a span counts once);
- P = matches / system spans, R = matches / gold spans, F1 their harmonic mean, for both;
- an attribute (value, type, class) is scored on the relaxed matches only:
  attribute accuracy = share of relaxed matches whose attribute is identical (exact strings),
  attribute F1 = relaxed F1 x attribute accuracy. A gold attribute that is missing or empty is
  never matched;
- totals are micro averages: the counts of every document are added, then P/R/F1 computed.

The inputs are plain `Span`s so the scorers can be pinned on small hand-made cases.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

TIMEX_ATTRIBUTES = ("value", "type")
EVENT_ATTRIBUTES = ("class", "tense", "aspect")


@dataclass(frozen=True)
class Span:
    """An annotated stretch of text: [start, end) character offsets and its attributes."""

    start: int
    end: int
    attrs: Mapping[str, str] = field(default_factory=dict)
    id: str = ""
    text: str = ""

    def overlap(self, other: "Span") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True)
class Pair:
    """A one-to-one match of a gold span with a system span."""

    gold: Span
    system: Span

    @property
    def strict(self) -> bool:
        return self.gold.start == self.system.start and self.gold.end == self.system.end

    def agrees(self, attribute: str) -> bool:
        """Identical attribute strings; an empty or missing gold attribute never agrees."""
        expected = self.gold.attrs.get(attribute, "")
        return expected != "" and expected == self.system.attrs.get(attribute, "")


@dataclass(frozen=True)
class Alignment:
    """The outcome of matching one document: pairs, missed gold spans, spurious system spans."""

    pairs: tuple[Pair, ...]
    missed: tuple[Span, ...]
    spurious: tuple[Span, ...]


def _valid(spans: Iterable[Span]) -> list[Span]:
    return [s for s in spans if s.end > s.start]


def align(gold: Sequence[Span], system: Sequence[Span]) -> Alignment:
    """Match system spans to gold spans one-to-one.

    Identical spans are paired first; the remaining spans are paired by decreasing overlap
    (ties broken by position), so a system span that touches two gold spans takes the one it
    covers most, and the other gold span may still find another system span.
    """
    gold, system = _valid(gold), _valid(system)
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        by_span.setdefault((s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        candidates = [j for j in by_span.get((g.start, g.end), []) if j not in used_system]
        if candidates:
            used_gold.add(i)
            used_system.add(candidates[0])
            pairs.append((i, candidates[0]))
    loose = sorted(
        ((g.overlap(s), i, j) for i, g in enumerate(gold) if i not in used_gold
         for j, s in enumerate(system) if j not in used_system and g.overlap(s) > 0),
        key=lambda t: (-t[0], gold[t[1]].start, system[t[2]].start, t[1], t[2]),
    )
    for _, i, j in loose:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((i, j))
    pairs.sort(key=lambda p: (gold[p[0]].start, gold[p[0]].end, p[0]))
    return Alignment(
        pairs=tuple(Pair(gold[i], system[j]) for i, j in pairs),
        missed=tuple(g for i, g in enumerate(gold) if i not in used_gold),
        spurious=tuple(s for j, s in enumerate(system) if j not in used_system),
    )


def _prf(matches: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = matches / system if system else 0.0
    recall = matches / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(frozen=True)
class Counts:
    """What a score is computed from; counts of several documents add up (micro average)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    correct: Mapping[str, int] = field(default_factory=dict)  # attribute -> agreeing matches

    def __add__(self, other: "Counts") -> "Counts":
        names = list(dict.fromkeys([*self.correct, *other.correct]))
        return Counts(
            gold=self.gold + other.gold,
            system=self.system + other.system,
            strict=self.strict + other.strict,
            relaxed=self.relaxed + other.relaxed,
            correct={n: self.correct.get(n, 0) + other.correct.get(n, 0) for n in names},
        )

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return _prf(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return _prf(self.relaxed, self.system, self.gold)

    def accuracy(self, attribute: str) -> float:
        """Share of relaxed matches whose attribute is identical (0 when nothing matched)."""
        return self.correct.get(attribute, 0) / self.relaxed if self.relaxed else 0.0

    def attribute_f1(self, attribute: str) -> float:
        """Relaxed F1 x attribute accuracy, the TempEval-3 attribute F1."""
        return self.relaxed_prf[2] * self.accuracy(attribute)


def count(alignment: Alignment, attributes: Sequence[str]) -> Counts:
    pairs = alignment.pairs
    return Counts(
        gold=len(pairs) + len(alignment.missed),
        system=len(pairs) + len(alignment.spurious),
        strict=sum(1 for p in pairs if p.strict),
        relaxed=len(pairs),
        correct={a: sum(1 for p in pairs if p.agrees(a)) for a in attributes},
    )


def total(counts: Iterable[Counts]) -> Counts:
    result = Counts()
    for c in counts:
        result = result + c
    return result


def score_timexes(gold: Sequence[Span], system: Sequence[Span]) -> Counts:
    """Task A: spans with attrs `value` and `type`."""
    return count(align(gold, system), TIMEX_ATTRIBUTES)


def score_events(gold: Sequence[Span], system: Sequence[Span]) -> Counts:
    """Task B: spans with attrs `class`, `tense`, `aspect` (gold tense/aspect from MAKEINSTANCE)."""
    return count(align(gold, system), EVENT_ATTRIBUTES)
