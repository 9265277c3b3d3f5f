"""The solver: accepted order, rejected contradictions with their chain, metric bounds."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from timeline.models import Document, Event, Interval, Relation, Timex
from timeline.solver import solve

PUB = datetime(2023, 9, 13, 12, tzinfo=timezone.utc)
DOC = Document(text="", published=PUB, timezone="UTC")


def ev(i):
    return Event(id=f"e{i}", text=f"w{i}", start=i, end=i + 1)


def day(tid, d):
    start = datetime(2023, 9, d, tzinfo=timezone.utc)
    return Timex(id=tid, text="d", start=0, end=1, type="DATE", value=start.date().isoformat(),
                 interval=Interval(start=start, end=start + timedelta(days=1)))


def rel(s, t, ty, c=0.5):
    return Relation(source=s, target=t, type=ty, origin="test", confidence=c)


def test_cycle_is_rejected_with_chain():
    sol = solve(DOC, [ev(1), ev(2), ev(3)], [], [rel("e1", "e2", "BEFORE", .9), rel("e2", "e3", "BEFORE", .8),
                                                rel("e3", "e1", "BEFORE", .1)])
    assert len(sol.relations) == 2 and len(sol.conflicts) == 1
    conflict = sol.conflicts[0]
    assert conflict.relation.source == "e3"
    assert {(r.source, r.target) for r in conflict.chain} == {("e1", "e2"), ("e2", "e3")}


def test_confidence_order_decides_which_link_survives():
    sol = solve(DOC, [ev(1), ev(2)], [], [rel("e1", "e2", "AFTER", .2), rel("e1", "e2", "BEFORE", .9)])
    assert [r.type for r in sol.relations] == ["BEFORE"]
    assert sol.conflicts[0].relation.type == "AFTER"


def test_bounds_from_anchors_and_metric_conflict():
    events = [ev(1), ev(2)]
    timexes = [day("t1", 10), day("t2", 12)]
    sol = solve(DOC, events, timexes, [rel("e1", "t2", "IS_INCLUDED", .9), rel("e2", "t1", "IS_INCLUDED", .9),
                                      rel("e1", "e2", "BEFORE", .3)])
    assert sol.conflicts and sol.conflicts[0].reason.startswith("contradicts the dates")
    e1 = next(e for e in sol.events if e.id == "e1")
    assert e1.when.earliest_start == datetime(2023, 9, 12, tzinfo=timezone.utc)
    assert e1.when.latest_end == datetime(2023, 9, 13, tzinfo=timezone.utc)
    assert e1.anchor == "t2"


def test_linearization_shares_positions_only_when_unordered():
    events = [ev(i) for i in range(1, 5)]
    sol = solve(DOC, events, [], [rel("e1", "e2", "BEFORE"), rel("e1", "e3", "BEFORE"), rel("e3", "e4", "BEFORE")])
    pos = {e: entry.position for entry in sol.entries for e in entry.events}
    assert pos["e1"] < pos["e2"] and pos["e1"] < pos["e3"] < pos["e4"]
    assert sorted(pos) == ["e1", "e2", "e3", "e4"]


def test_an_event_bounded_only_above_still_comes_before_its_successor():
    # "shares rose (on the 10th) following the announcement": the announcement has no earliest
    # start and a latest start after the rise's earliest, yet the relation puts it first
    events = [ev(1), ev(2)]
    sol = solve(DOC, events, [day("t1", 10)], [rel("e2", "t1", "IS_INCLUDED", .9), rel("e2", "e1", "AFTER", .8)])
    pos = {e: entry.position for entry in sol.entries for e in entry.events}
    assert pos["e1"] < pos["e2"]


def test_dct_before_and_a_200_event_chain():
    # the time it takes is measured by benchmarks/solver_scaling.py, not here
    events = [ev(i) for i in range(1, 201)]
    rels = [rel(f"e{i}", "t0", "BEFORE") for i in range(1, 201)]
    rels += [rel(f"e{i}", f"e{i + 1}", "BEFORE") for i in range(1, 200)]
    sol = solve(DOC, events, [], rels)
    assert all(e.when.latest_end <= PUB for e in sol.events)
    assert len(sol.entries) == 200


def test_start_point_order_constrains_starts_only():
    from timeline.solver.algebra import INVERSE

    sol = solve(DOC, [ev(1), ev(2)], [], [rel("e1", "e2", "STARTS_BEFORE", .3)])
    assert sol.graph.order("e1", "e2") == "<"
    assert not sol.graph.supports(rel("e1", "e2", "BEFORE"))  # the first may still be going on
    assert INVERSE["STARTS_BEFORE"] == "STARTS_AFTER"
    sol = solve(DOC, [ev(1), ev(2)], [], [rel("e2", "e1", "BEFORE", .8), rel("e1", "e2", "STARTS_BEFORE", .3)])
    assert len(sol.conflicts) == 1 and sol.conflicts[0].relation.type == "STARTS_BEFORE"


def test_a_deadline_bounds_the_end_with_the_day_included():
    # "completed by the 12th": done on the 12th at the latest, not before it starts
    sol = solve(DOC, [ev(1)], [day("t1", 12)], [rel("e1", "t1", "ENDS_ON_OR_BEFORE", .9)])
    e1 = sol.events[0]
    assert e1.when.latest_end == datetime(2023, 9, 13, tzinfo=timezone.utc)
    assert e1.when.earliest_start is None


def test_by_a_date_is_a_deadline_in_the_timeline():
    import timeline

    result = timeline.reconstruct("Analysts expect the bank to raise rates by the end of the year.",
                                  published="2024-03-19T15:00:00+00:00")
    raise_ = next(e for e in result.events if e.text == "raise")
    assert raise_.when.latest_end == datetime(2025, 1, 1, tzinfo=timezone.utc)


# -- metric distances (a simple temporal network) ------------------------------------------
DAY_S = 86400.0
INF_ = float("inf")


def test_a_distance_carries_a_date_forward_and_back():
    from timeline.solver.network import PointNetwork

    net = PointNetwork()
    monday = datetime(2024, 3, 18, tzinfo=timezone.utc).timestamp()
    a, b = net.add_point(monday, monday + DAY_S), net.add_point()
    net.add([], 1, [(a, b, 2 * DAY_S, 3 * DAY_S)])  # b starts 2 to 3 days after a
    assert (net.lo[b], net.hi[b]) == (monday + 2 * DAY_S, monday + 4 * DAY_S)
    c = net.add_point(monday + 2 * DAY_S, monday + 2 * DAY_S)
    net.add([(c, b, False), (b, c, False)], 2)  # b pinned: a's window shrinks to one instant
    assert (net.lo[a], net.hi[a]) == (monday, monday)


def test_an_exact_distance_both_ways_is_consistent():
    from timeline.solver.network import PointNetwork

    net = PointNetwork()
    a, b = net.add_point(), net.add_point()
    net.add([(a, b, True)], 1, [(a, b, DAY_S, DAY_S)])
    assert net.at_least(a, b, DAY_S) and net.at_least(b, a, -DAY_S)
    assert not net.at_least(a, b, DAY_S, strict=True)
    assert net.before(a, b, True) and not net.before(b, a, False)


def test_a_metric_cycle_is_rejected_with_its_chain_and_leaves_no_trace():
    from timeline.solver.network import Contradiction, PointNetwork

    net = PointNetwork()
    a, b, c = net.add_point(), net.add_point(), net.add_point()
    net.add([], 1, [(a, b, 2 * DAY_S, INF_)])
    net.add([], 2, [(b, c, 2 * DAY_S, INF_)])
    try:
        net.add([], 3, [(a, c, 0.0, 3 * DAY_S)])  # c within 3 days of a, yet 4 days after it
    except Contradiction as exc:
        assert exc.reason == "distance cycle" and sorted(exc.chain) == [1, 2, 3]
    else:
        raise AssertionError("the cycle weighing +1 day was accepted")
    assert net.metric_edges == 2 and not net.at_least(c, a, -3 * DAY_S)
    net.add([], 4, [(a, c, 0.0, 5 * DAY_S)])  # a looser bound fits
    assert net.at_least(c, a, -5 * DAY_S)


def test_a_distance_against_fixed_dates_is_a_bounds_conflict():
    from timeline.solver.network import Contradiction, PointNetwork

    net = PointNetwork()
    monday = datetime(2024, 3, 18, tzinfo=timezone.utc).timestamp()
    a = net.add_point(monday, monday + DAY_S, tag=7)
    b = net.add_point(monday + 5 * DAY_S, monday + 6 * DAY_S, tag=8)
    before = (list(net.lo), list(net.hi))
    try:
        net.add([], 9, [(a, b, 2 * DAY_S, 3 * DAY_S)])
    except Contradiction as exc:
        assert exc.reason == "bounds" and set(exc.chain) == {7, 8, 9}
    else:
        raise AssertionError("five days apart accepted as two to three")
    assert (net.lo, net.hi) == before



def test_a_relation_offset_places_the_later_event():
    from timeline.models import Offset

    two_days = Offset(min_seconds=2 * DAY_S, max_seconds=3 * DAY_S, duration="P2D")
    later = rel("e2", "e1", "STARTS_AFTER", .8).model_copy(update={"offset": two_days})
    rels = [rel("e1", "t1", "IS_INCLUDED", .9), later]
    sol = solve(DOC, [ev(1), ev(2)], [day("t1", 4)], rels)
    e2 = next(e for e in sol.events if e.id == "e2")
    assert e2.when.earliest_start == datetime(2023, 9, 6, tzinfo=timezone.utc)
    assert e2.when.latest_start == datetime(2023, 9, 8, tzinfo=timezone.utc)
    assert sol.graph.supports(rels[1]) and not sol.conflicts
    # a date five days later contradicts the distance: the lower-confidence link is the one reported
    sol = solve(DOC, [ev(1), ev(2)], [day("t1", 4), day("t2", 9)], rels + [rel("e2", "t2", "IS_INCLUDED", .7)])
    assert [c.relation.target for c in sol.conflicts] == ["t2"]
    assert sol.conflicts[0].reason.startswith("contradicts the dates")
    assert {r.type for r in sol.conflicts[0].chain} >= {"STARTS_AFTER"}


def test_distances_that_do_not_add_up_are_reported_as_such():
    from timeline.models import Offset

    def after(s, t, lo_days, hi_days, c):
        off = Offset(min_seconds=lo_days * DAY_S, max_seconds=hi_days * DAY_S, duration="P2D")
        return rel(s, t, "STARTS_AFTER", c).model_copy(update={"offset": off})

    # e2 two days after e1, e3 two days after e2, yet e3 at most three days after e1
    sol = solve(DOC, [ev(1), ev(2), ev(3)], [], [after("e2", "e1", 2, 3, .9), after("e3", "e2", 2, 3, .8),
                                                after("e3", "e1", 0.5, 3, .7)])
    assert [c.relation.source + c.relation.target for c in sol.conflicts] == ["e3e1"]
    assert sol.conflicts[0].reason == "contradicts the order and distances already accepted"
    assert len(sol.conflicts[0].chain) == 2


def test_what_falls_within_a_duration_stays_within_its_length():
    # "during the three days": both events inside a span of about three days, one on the 4th
    three_days = Timex(id="t2", text="three days", start=0, end=1, type="DURATION", value="P3D")
    rels = [rel("e1", "t1", "IS_INCLUDED", .9), rel("e1", "t2", "IS_INCLUDED", .8), rel("e2", "t2", "IS_INCLUDED", .8)]
    from timeline.solver.lengths import span_seconds

    sol = solve(DOC, [ev(1), ev(2)], [day("t1", 4), three_days], rels)
    e2 = next(e for e in sol.events if e.id == "e2")
    longest = timedelta(seconds=span_seconds("P3D")[1])
    assert longest == timedelta(hours=3.5 * 25)  # three days rounded, each up to 25 h (DST)
    assert e2.when.earliest_start == datetime(2023, 9, 4, tzinfo=timezone.utc) - longest
    assert e2.when.latest_end == datetime(2023, 9, 5, tzinfo=timezone.utc) + longest
    assert not sol.conflicts


def test_order_queries_see_paths_through_distances_only_when_they_weigh_enough():
    from timeline.solver.network import PointNetwork

    net = PointNetwork()
    a, b, c, d = (net.add_point() for _ in range(4))
    net.add([(a, b, False)], 1)
    net.add([], 2, [(c, d, -INF_, DAY_S)])  # d at most a day after c: says nothing of their order
    assert not net.before(c, d, False) and not net.before(d, c, False)
    net.add([], 3, [(b, c, DAY_S, INF_)])  # c at least a day after b
    assert net.before(a, c, True) and net.path(a, c, True) == [1, 3]
    assert not net.before(a, d, False)  # d is only bounded above by c
    net.add([(c, d, False)], 4)
    assert net.before(a, d, True)


def _month(tid, m):
    start = datetime(2023, m, 1, tzinfo=timezone.utc)
    end = datetime(2023, m + 1, 1, tzinfo=timezone.utc)
    return Timex(id=tid, text="m", start=0, end=1, type="DATE", value=f"2023-{m:02d}",
                 interval=Interval(start=start, end=end))


def test_a_strict_order_through_two_times_at_one_instant_still_binds():
    """The 1st of September starts as September does; e1 is over before it, e2 lies within
    September, so e2 cannot come before e1. The strictness runs through the two times' shared
    start, which their bounds alone do not keep (time-time edges are left out only where the
    bounds order the points strictly)."""
    links = [rel("t1", "t2", "BEGINS", 1.0), rel("e1", "t1", "BEFORE", .9), rel("e2", "t2", "IS_INCLUDED", .8),
             rel("e2", "e1", "BEFORE", .1)]
    sol = solve(DOC, [ev(1), ev(2)], [day("t1", 1), _month("t2", 9)], links)
    assert [(c.relation.source, c.relation.target) for c in sol.conflicts] == [("e2", "e1")]


def test_many_dated_times_are_ordered_by_their_bounds():
    times = [day(f"t{d}", d) for d in range(1, 29)]
    links = [rel(f"t{a}", f"t{b}", "BEFORE", 1.0) for a in range(1, 29) for b in range(a + 1, 29)]
    links += [rel("e1", "t3", "BEFORE", .9), rel("t20", "e2", "BEFORE", .8), rel("e2", "e1", "BEFORE", .5)]
    sol = solve(DOC, [ev(1), ev(2)], times, links)
    assert [c.relation.source for c in sol.conflicts] == ["e2"]
    assert len(sol.relations) == len(links) - 1
