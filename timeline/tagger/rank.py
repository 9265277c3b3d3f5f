"""Choose among overlapping candidates: longest span, then rule priority, then position."""
from __future__ import annotations

from .extract import Candidate


def rank_key(candidate: Candidate) -> tuple:
    return (-(candidate.end - candidate.start), -candidate.rule.priority, candidate.start)


def select(candidates: list[Candidate]) -> list[Candidate]:
    """A non-overlapping subset, chosen greedily by rank_key; returned in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=rank_key):
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    chosen.sort(key=lambda c: c.start)
    return chosen
