"""A point network: order (<, <=) and metric distances between time points, with UTC bounds.

Every constraint is `a <= b`, `a < b` (weight 0) or `b - a >= w` (a metric edge of weight w;
an upper bound `b - a <= d` is the edge b -> a of weight -d). Bounds lo/hi of each point are
longest paths from/to the time origin of this simple temporal network; propagating them along
edges is complete for it: the network is inconsistent iff some lo > hi, or a cycle weighs more
than 0 (or 0 with a strict edge). Each addition is checked before it is committed, so rejected
constraints leave no trace. Metric edges are kept apart from the order edges: documents without
them (nearly all) keep the plain depth-first search, which their pruning needs.
"""
from __future__ import annotations

import math
from collections import deque

INF = math.inf
ZERO = (0.0, False)  # a path's value: (total weight, holds a strict edge)


class Contradiction(Exception):
    def __init__(self, reason: str, chain: list[int]):
        super().__init__(reason)
        self.reason, self.chain = reason, chain


class PointNetwork:
    def __init__(self):
        self.out: list[list[tuple[int, bool, int]]] = []  # a -> [(b, strict, tag)] means a <= b
        self.inc: list[list[tuple[int, bool, int]]] = []
        self.wout: list[list[tuple[int, float, int]]] = []  # a -> [(b, w, tag)] means b - a >= w
        self.win: list[list[tuple[int, float, int]]] = []
        self.metric_edges = 0
        self.positive_edges = 0  # metric edges of weight > 0: only they can make a path weigh more
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.lo_src: list[tuple[int, int] | None] = []  # (previous point, tag) that raised lo
        self.hi_src: list[tuple[int, int] | None] = []
        # bit k of to_positive[p] (from_positive[p]): p may reach the tail of the k-th positive edge
        # (be reached from its head) by any edges. Why: a path weighing 0 or more that is not all
        # order edges runs through a positive edge, so the weighted search, which otherwise
        # explores all a point reaches, is needed only when src and dst share a bit
        self.to_positive: list[int] = []
        self.from_positive: list[int] = []
        # a level of each point along order edges: rank[b] >= rank[a] (+1 if strict) for each
        # a -> b (undone with a rejected link, like the bounds)
        self.rank: list[int] = []

    def add_point(self, lo: float = -INF, hi: float = INF, tag: int = -1) -> int:
        self.out.append([]), self.inc.append([]), self.wout.append([]), self.win.append([])
        self.lo.append(lo), self.hi.append(hi), self.rank.append(0)
        self.to_positive.append(0), self.from_positive.append(0)
        self.lo_src.append((-1, tag) if lo > -INF else None)
        self.hi_src.append((-1, tag) if hi < INF else None)
        return len(self.lo) - 1

    def _edges(self, node: int):
        """(next, weight, strict, tag) of every edge leaving node. Why metric edges are never
        strict: b - a >= 2 days and a - b >= -2 days is exactly two days, not a contradiction."""
        for nxt, s, tag in self.out[node]:
            yield nxt, 0.0, s, tag
        for nxt, w, tag in self.wout[node]:
            yield nxt, w, False, tag

    # -- queries ----------------------------------------------------------------------------
    def path(self, src: int, dst: int, need_strict: bool, need: float = 0.0) -> list[int] | None:
        """Tags of a path src ->* dst weighing at least `need` (more, or as much through a strict
        edge, when need_strict): a proof that dst - src >= need (> need). None when there is none."""
        if src == dst and (need, need_strict) <= ZERO:
            return []
        if need == 0:
            tags = self._order_path(src, dst, need_strict)
            # why: a path that is not all order edges yet weighs 0 or more holds an edge of
            # positive weight (a least distance), and leaves the order edges at the tail of a
            # metric edge; most documents have none ("for two days" only bounds a span above)
            if tags is not None or not self.positive_edges or not self.to_positive[src] & self.from_positive[dst] \
                    or not self._leaves_order_edges(src, dst):
                return tags
        return self._longest(src, dst, (need, need_strict))

    def _order_path(self, src: int, dst: int, need_strict: bool) -> list[int] | None:
        """A path of order edges only (weight 0), by depth-first search."""
        start = (src, False)
        parent: dict = {start: None}
        stack = [start]
        lo, hi = self.lo, self.hi
        lo_dst, hi_dst = lo[dst], hi[dst]
        rank, rank_dst = self.rank, self.rank[dst]
        if rank[src] > rank_dst:
            return None
        while stack:
            node, strict = stack.pop()
            for nxt, s, tag in self.out[node]:
                # why: bounds and ranks never fall along an order edge, so a point with a higher
                # one than dst cannot precede it. Cutting such points leaves the path found as it
                # was (no point that can precede dst is first reached from one that cannot); the
                # order searches of a 100,000-character text took 4.6 s with the cut at dst's
                # upper bound only, 0.9 s with both bounds, 0.2 s with ranks too
                if lo[nxt] > lo_dst or hi[nxt] > hi_dst or rank[nxt] > rank_dst:
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

    def _leaves_order_edges(self, src: int, dst: int) -> bool:
        """Does a point that src reaches by order edges (not past dst's upper bound) have a
        metric edge out?"""
        seen, stack = {src}, [src]
        while stack:
            node = stack.pop()
            if self.wout[node]:
                return True
            for nxt, _, _ in self.out[node]:
                if nxt not in seen and self.lo[nxt] <= self.hi[dst]:
                    seen.add(nxt)
                    stack.append(nxt)
        return False

    def _longest(self, src: int, dst: int, need: tuple[float, bool]) -> list[int] | None:
        """Label-correcting longest paths from src (they exist: no cycle weighs more than 0),
        stopped at the first that reaches dst weighing `need` or more."""
        best: dict[int, tuple[float, bool]] = {src: ZERO}
        parent: dict[int, tuple[int, int]] = {}
        queue = deque([src])  # why first-in first-out: a stack can relabel a node exponentially often
        bound = self.hi[dst]
        while queue:
            node = queue.popleft()
            w0, s0 = best[node]
            for nxt, w, s, tag in self._edges(node):
                value = (w0 + w, s0 or s)
                # why: dst - nxt <= hi[dst] - lo[nxt], so a path that cannot weigh enough is cut
                if value[0] + (bound - self.lo[nxt]) < need[0] or value <= best.get(nxt, (-INF, False)):
                    continue
                best[nxt], parent[nxt] = value, (node, tag)
                if nxt == dst and value >= need:
                    return self._tags(parent, src, dst)
                queue.append(nxt)
        return None

    @staticmethod
    def _tags(parent: dict[int, tuple[int, int]], src: int, dst: int) -> list[int]:
        tags, cur, seen = [], dst, set()
        while cur != src and cur not in seen:
            seen.add(cur)
            cur, tag = parent[cur]
            tags.append(tag)
        return tags[::-1]

    def before(self, a: int, b: int, strict: bool) -> bool:
        """Is a < b (strict) or a <= b entailed, qualitatively or by the bounds?"""
        return self.at_least(a, b, 0.0, strict)

    def at_least(self, a: int, b: int, w: float, strict: bool = False) -> bool:
        """Is b - a >= w (> w when strict) entailed, by the bounds or by a path?"""
        gap = self.lo[b] - self.hi[a]
        if gap > w or (gap == w and not strict):
            return True
        return self.path(a, b, strict, w) is not None

    # -- updates ----------------------------------------------------------------------------
    def add(self, constraints: list[tuple[int, int, bool]], tag: int,
            metric: list[tuple[int, int, float, float]] = (), known_consistent: bool = False) -> None:
        """Add a <= b / a < b constraints and metric ones (a, b, dmin, dmax: b - a in
        [dmin, dmax]) together; raise Contradiction and roll back on conflict. known_consistent:
        the constraints belong to a set already found consistent (a subset of accepted links), so
        no cycle can close and its searches are skipped (half the solving time of a
        100,000-character text went to such re-checks)."""
        edges = [(a, b, 0.0, strict) for a, b, strict in constraints]
        for a, b, dmin, dmax in metric:
            edges += [(a, b, dmin, False)] if dmin > -INF else []
            edges += [(b, a, -dmax, False)] if dmax < INF else []
        added: list[tuple[int, int, float]] = []
        log: list[tuple[list, int, object]] = []  # (array, index, old value) of every change
        try:
            for a, b, w, strict in edges:
                back = None if known_consistent else self.path(b, a, not strict, -w)
                if back is not None or (a == b and (strict or w > 0)):
                    plain = w == 0 and (not self.metric_edges or self._order_path(b, a, not strict) is not None)
                    kind = "order cycle" if plain else "distance cycle"
                    raise Contradiction(kind, (back or []) + [tag])
                self._link(a, b, w, strict, tag, log)
                added.append((a, b, w))
                self._propagate(a, b, w, tag, log)
        except Contradiction:
            for a, b, w in reversed(added):
                self._unlink(a, b, w)
            for array, p, value in reversed(log):
                array[p] = value
            raise

    def _link(self, a: int, b: int, w: float, strict: bool, tag: int, log: list) -> None:
        if w == 0:
            self.out[a].append((b, strict, tag)), self.inc[b].append((a, strict, tag))
            self._raise_ranks(b, self.rank[a] + strict, log)
        else:
            self.wout[a].append((b, w, tag)), self.win[b].append((a, w, tag))
            self.metric_edges += 1
        if w > 0:  # its bit is the count before it: links are undone last first, so that bit is free
            bit = 1 << self.positive_edges
            self.positive_edges += 1
            self._spread(a, bit, self.to_positive, log, self.inc, self.win)
            self._spread(b, bit, self.from_positive, log, self.out, self.wout)
        self._spread(a, self.to_positive[b], self.to_positive, log, self.inc, self.win)
        self._spread(b, self.from_positive[a], self.from_positive, log, self.out, self.wout)

    def _raise_ranks(self, point: int, rank: int, log: list) -> None:
        ranks, todo = self.rank, [(point, rank)]
        while todo:
            node, r = todo.pop()
            if r > ranks[node]:
                log.append((ranks, node, ranks[node]))
                ranks[node] = r
                todo += [(nxt, r + s) for nxt, s, _ in self.out[node] if r + s > ranks[nxt]]

    @staticmethod
    def _spread(point: int, bits: int, masks: list[int], log: list, *edge_lists) -> None:
        """Set bits in the masks of point and all it reaches along edge_lists (stopping where
        they are set already: a point takes each bit once over the whole document)."""
        stack = [point]
        while stack:
            node = stack.pop()
            if bits & ~masks[node]:
                log.append((masks, node, masks[node]))
                masks[node] |= bits
                for edges in edge_lists:
                    stack.extend(nxt for nxt, _, _ in edges[node])

    def _unlink(self, a: int, b: int, w: float) -> None:
        if w == 0:
            self.out[a].pop(), self.inc[b].pop()
        else:
            self.wout[a].pop(), self.win[b].pop()
            self.metric_edges -= 1
            self.positive_edges -= w > 0

    def _propagate(self, a: int, b: int, w: float, tag: int, log: list) -> None:
        todo = [(a, b, w, tag)]
        while todo:  # lower bounds flow forward: lo[y] >= lo[x] + w
            x, y, wx, t = todo.pop()
            if self.lo[x] + wx > self.lo[y]:
                log += [(self.lo, y, self.lo[y]), (self.lo_src, y, self.lo_src[y])]
                self.lo[y], self.lo_src[y] = self.lo[x] + wx, (x, t)
                if self.lo[y] > self.hi[y]:
                    raise Contradiction("bounds", self.trace(y, "lo") + self.trace(y, "hi"))
                todo.extend((y, z, 0.0, tz) for z, _, tz in self.out[y])
                if self.wout[y]:
                    todo.extend((y, z, wz, tz) for z, wz, tz in self.wout[y])
        todo = [(a, b, w, tag)]
        while todo:  # upper bounds flow backward: hi[x] <= hi[y] - w
            x, y, wx, t = todo.pop()
            if self.hi[y] - wx < self.hi[x]:
                log += [(self.hi, x, self.hi[x]), (self.hi_src, x, self.hi_src[x])]
                self.hi[x], self.hi_src[x] = self.hi[y] - wx, (y, t)
                if self.lo[x] > self.hi[x]:
                    raise Contradiction("bounds", self.trace(x, "lo") + self.trace(x, "hi"))
                todo.extend((v, x, 0.0, tv) for v, _, tv in self.inc[x])
                if self.win[x]:
                    todo.extend((v, x, wv, tv) for v, wv, tv in self.win[x])

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
