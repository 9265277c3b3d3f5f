"""TimeML relTypes as constraints between the start (s) and end (e) points of two intervals."""
from __future__ import annotations

# each entry: (point of source, point of target, strict) meaning source.x <= / < target.y;
# a "ge" is written by swapping sides. Why points: the point algebra is tractable (closure in
# polynomial time) while the full interval algebra is not.
LE, LT = False, True


def _rel(*items):
    return tuple(items)


POINT_RELATIONS: dict[str, tuple] = {
    "BEFORE": _rel(("e", "s", LT, False)),
    "AFTER": _rel(("s", "e", LT, True)),
    "IBEFORE": _rel(("e", "s", LE, False), ("e", "s", LE, True)),
    "IAFTER": _rel(("s", "e", LE, False), ("s", "e", LE, True)),
    "INCLUDES": _rel(("s", "s", LE, False), ("e", "e", LE, True)),
    "IS_INCLUDED": _rel(("s", "s", LE, True), ("e", "e", LE, False)),
    "DURING": _rel(("s", "s", LE, True), ("e", "e", LE, False)),
    "DURING_INV": _rel(("s", "s", LE, False), ("e", "e", LE, True)),
    "SIMULTANEOUS": _rel(("s", "s", LE, False), ("s", "s", LE, True), ("e", "e", LE, False), ("e", "e", LE, True)),
    "IDENTITY": _rel(("s", "s", LE, False), ("s", "s", LE, True), ("e", "e", LE, False), ("e", "e", LE, True)),
    "BEGINS": _rel(("s", "s", LE, False), ("s", "s", LE, True), ("e", "e", LE, False)),
    "BEGUN_BY": _rel(("s", "s", LE, False), ("s", "s", LE, True), ("e", "e", LE, True)),
    "ENDS": _rel(("e", "e", LE, False), ("e", "e", LE, True), ("s", "s", LE, True)),
    "ENDED_BY": _rel(("e", "e", LE, False), ("e", "e", LE, True), ("s", "s", LE, False)),
    # not TimeML: start-point order only (MATRES), what the learned pair model predicts; the
    # TimeML export leaves them out, the solver and the display order use them
    "STARTS_BEFORE": _rel(("s", "s", LT, False)),
    "STARTS_AFTER": _rel(("s", "s", LT, True)),
    # not TimeML: a deadline ("completed by Friday", "by the end of the year") bounds the end
    # only, the day itself included; the TimeML export leaves them out like the start orders
    "ENDS_ON_OR_BEFORE": _rel(("e", "e", LE, False)),
    "ENDS_ON_OR_AFTER": _rel(("e", "e", LE, True)),
    # not TimeML: the first end of a range bounds the start only ("between 2016 and 2021")
    "STARTS_ON_OR_AFTER": _rel(("s", "s", LE, True)),
    "STARTS_ON_OR_BEFORE": _rel(("s", "s", LE, False)),
}
# (x of source, y of target, strict, swapped): swapped=False means source.x <= target.y,
# swapped=True means target.y <= source.x.

INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
           "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "DURING": "DURING_INV",
           "DURING_INV": "DURING", "SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "IDENTITY",
           "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
           "STARTS_BEFORE": "STARTS_AFTER", "STARTS_AFTER": "STARTS_BEFORE",
           "ENDS_ON_OR_BEFORE": "ENDS_ON_OR_AFTER", "ENDS_ON_OR_AFTER": "ENDS_ON_OR_BEFORE",
           "STARTS_ON_OR_AFTER": "STARTS_ON_OR_BEFORE", "STARTS_ON_OR_BEFORE": "STARTS_ON_OR_AFTER"}


def point_constraints(rel_type: str, src: dict[str, int], tgt: dict[str, int]) -> list[tuple[int, int, bool]]:
    """(a, b, strict) triples, meaning point a <= b (or a < b), for `src rel_type tgt`."""
    out = []
    for x, y, strict, swapped in POINT_RELATIONS[rel_type]:
        a, b = src[x], tgt[y]
        out.append((b, a, strict) if swapped else (a, b, strict))
    return out
