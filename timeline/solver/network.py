"""A point network: qualitative order (<, <=) between time points plus metric bounds (UTC seconds).

Every constraint is `a <= b` or `a < b` between two points; equality is two constraints. Bounds
lo/hi of each point are shortest paths from/to the time origin of a simple temporal network whose
edges all have weight 0, so propagating bounds along edges is complete: the network is
inconsistent iff some lo > hi, or a cycle of <= edges holds a strict one. Each addition is
checked before it is committed, so rejected constraints leave no trace.
"""
from __future__ import annotations

import math

INF = math.inf


class Contradiction(Exception):
    def __init__(self, reason: str, chain: list[int]):
        super().__init__(reason)
        self.reason, self.chain = reason, chain


class PointNetwork:
    def __init__(self):
        self.out: list[list[tuple[int, bool, int]]] = []  # a -> [(b, strict, tag)] means a <= b
        self.inc: list[list[tuple[int, bool, int]]] = []
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.lo_src: list[tuple[int, int] | None] = []  # (previous point, tag) that raised lo
        self.hi_src: list[tuple[int, int] | None] = []

    def add_point(self, lo: float = -INF, hi: float = INF, tag: int = -1) -> int:
        self.out.append([]), self.inc.append([])
        self.lo.append(lo), self.hi.append(hi)
        self.lo_src.append((-1, tag) if lo > -INF else None)
        self.hi_src.append((-1, tag) if hi < INF else None)
        return len(self.lo) - 1

    # -- queries ----------------------------------------------------------------------------
    def path(self, src: int, dst: int, need_strict: bool) -> list[int] | None:
        """Tags of a <=-path src ->* dst (with a strict edge when need_strict), else None."""
        if src == dst and not need_strict:
            return []
        start = (src, False)
        parent: dict = {start: None}
        stack = [start]
        bound = self.hi[dst]
        while stack:
            node, strict = stack.pop()
            for nxt, s, tag in self.out[node]:
                # why: a point whose lower bound exceeds dst's upper bound cannot precede dst
                if self.lo[nxt] > bound:
                    continue
                state = (nxt, strict or s)
                if state in parent:
                    continue
                parent[state] = ((node, strict), tag)
                if nxt == dst and (state[1] or not need_strict):
                    tags, cur = [], state
                    while parent[cur] is not None:
                        cur, t = parent[cur]
                        tags.append(t)
                    return tags[::-1]
                stack.append(state)
        return None

    def before(self, a: int, b: int, strict: bool) -> bool:
        """Is a < b (strict) or a <= b entailed, qualitatively or by the bounds?"""
        if strict and self.hi[a] < self.lo[b]:
            return True
        if not strict and self.hi[a] <= self.lo[b]:
            return True
        return self.path(a, b, strict) is not None

    # -- updates ----------------------------------------------------------------------------
    def add(self, constraints: list[tuple[int, int, bool]], tag: int) -> None:
        """Add a <= b / a < b constraints together; raise Contradiction and roll back on conflict."""
        added: list[tuple[int, int, bool]] = []
        log: list[tuple[str, int, float, object]] = []
        try:
            for a, b, strict in constraints:
                back = self.path(b, a, not strict)
                if back is not None or (a == b and strict):
                    raise Contradiction("order cycle", (back or []) + [tag])
                self.out[a].append((b, strict, tag)), self.inc[b].append((a, strict, tag))
                added.append((a, b, strict))
                self._propagate(a, b, tag, log)
        except Contradiction:
            for a, b, strict in reversed(added):
                self.out[a].pop(), self.inc[b].pop()
            for kind, p, value, src in reversed(log):
                if kind == "lo":
                    self.lo[p], self.lo_src[p] = value, src
                else:
                    self.hi[p], self.hi_src[p] = value, src
            raise

    def _propagate(self, a: int, b: int, tag: int, log: list) -> None:
        todo = [(a, b, tag)]
        while todo:  # lower bounds flow forward along <= edges
            x, y, t = todo.pop()
            if self.lo[x] > self.lo[y]:
                log.append(("lo", y, self.lo[y], self.lo_src[y]))
                self.lo[y], self.lo_src[y] = self.lo[x], (x, t)
                if self.lo[y] > self.hi[y]:
                    raise Contradiction("bounds", self.trace(y, "lo") + self.trace(y, "hi"))
                todo.extend((y, z, tz) for z, _, tz in self.out[y])
        todo = [(a, b, tag)]
        while todo:  # upper bounds flow backward
            x, y, t = todo.pop()
            if self.hi[y] < self.hi[x]:
                log.append(("hi", x, self.hi[x], self.hi_src[x]))
                self.hi[x], self.hi_src[x] = self.hi[y], (y, t)
                if self.lo[x] > self.hi[x]:
                    raise Contradiction("bounds", self.trace(x, "lo") + self.trace(x, "hi"))
                todo.extend((w, x, tw) for w, _, tw in self.inc[x])

    def trace(self, point: int, kind: str) -> list[int]:
        """Tags of the constraints that carried point's lo (or hi) bound to it."""
        src = self.lo_src if kind == "lo" else self.hi_src
        tags, seen = [], set()
        cur = src[point]
        while cur is not None and point not in seen:
            seen.add(point)
            prev, tag = cur
            tags.append(tag)
            if prev < 0:
                break
            point, cur = prev, src[prev]
        return tags

    # -- ranks for display ------------------------------------------------------------------
    def ranks(self) -> list[int]:
        """Longest path counting strict edges (a topological level consistent with the order)."""
        n = len(self.lo)
        indeg = [0] * n
        for a in range(n):
            for b, _, _ in self.out[a]:
                indeg[b] += 1
        rank = [0] * n
        queue = [p for p in range(n) if indeg[p] == 0]
        while queue:
            a = queue.pop()
            for b, strict, _ in self.out[a]:
                rank[b] = max(rank[b], rank[a] + strict)
                indeg[b] -= 1
                if indeg[b] == 0:
                    queue.append(b)
        return rank  # points on <=-cycles (equalities) keep a partial rank; fine for display
