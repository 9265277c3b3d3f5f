"""The TempEval-3 scorer pinned on small cases computed by hand."""
from __future__ import annotations

import pytest

from timeline.corpora.scoring import Counts, Span, align, score_events, score_timexes, total


def T(start, end, value="", type_="DATE"):
    return Span(start, end, {"value": value, "type": type_})


def E(start, end, cls="OCCURRENCE", tense="PAST", aspect="NONE"):
    return Span(start, end, {"class": cls, "tense": tense, "aspect": aspect})


def test_strict_relaxed_value_type_by_hand():
    gold = [T(0, 5, "2020"), T(10, 20, "P1Y", "DURATION"), T(30, 35, "2021")]
    system = [T(0, 5, "2020"), T(12, 20, "P2Y", "DURATION"), T(40, 45, "2022")]
    c = score_timexes(gold, system)
    assert (c.gold, c.system, c.strict, c.relaxed) == (3, 3, 1, 2)
    assert c.strict_prf == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert c.relaxed_prf == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert c.accuracy("value") == pytest.approx(0.5)
    assert c.attribute_f1("value") == pytest.approx(1 / 3)  # 2/3 x 1/2
    assert c.attribute_f1("type") == pytest.approx(2 / 3)  # 2/3 x 2/2


def test_precision_and_recall_differ():
    # 1 gold, 2 system, one relaxed (not strict) match: P 1/2, R 1, F1 2/3; strict all zero
    c = score_timexes([T(0, 10, "2020")], [T(0, 4, "2020"), T(20, 25, "2021")])
    assert c.relaxed_prf == pytest.approx((0.5, 1.0, 2 / 3))
    assert c.strict_prf == (0.0, 0.0, 0.0)
    assert c.attribute_f1("value") == pytest.approx(2 / 3)


def test_matching_is_one_to_one():
    # one long system span over two gold spans matches only one of them
    c = score_timexes([T(0, 4, "a"), T(6, 10, "b")], [T(0, 10, "a")])
    assert (c.gold, c.system, c.relaxed, c.strict) == (2, 1, 1, 0)
    assert c.relaxed_prf == pytest.approx((1.0, 0.5, 2 / 3))
    # two system spans inside one gold span: one match, one spurious
    c = score_timexes([T(0, 10, "a")], [T(0, 4, "a"), T(6, 10, "a")])
    assert (c.relaxed, c.system) == (1, 2)


def test_largest_overlap_wins_and_leaves_room():
    gold = [T(0, 4, "A"), T(5, 10, "B")]
    system = [T(3, 6, "A"), T(6, 9, "B")]  # X touches A and B by one char; Y covers B by 3
    a = align(gold, system)
    assert [(p.gold.attrs["value"], p.system.start) for p in a.pairs] == [("A", 3), ("B", 6)]
    assert not a.missed and not a.spurious


def test_identical_span_is_preferred_to_a_bigger_overlap():
    gold = [T(0, 10, "A")]
    system = [T(0, 9, "x"), T(0, 10, "A")]
    a = align(gold, system)
    assert len(a.pairs) == 1 and a.pairs[0].strict
    assert [s.start for s in a.spurious] == [0]


def test_empty_gold_value_is_never_matched():
    c = score_timexes([T(0, 4, "")], [T(0, 4, "")])
    assert c.relaxed == 1 and c.correct["value"] == 0 and c.correct["type"] == 1
    assert c.attribute_f1("value") == 0.0


def test_empty_inputs_score_zero_without_dividing_by_zero():
    c = score_timexes([], [])
    assert c.relaxed_prf == (0.0, 0.0, 0.0) and c.accuracy("value") == 0.0
    c = score_timexes([T(0, 3, "x")], [])
    assert c.relaxed_prf == (0.0, 0.0, 0.0) and c.gold == 1
    # zero-width spans are ignored
    assert score_timexes([T(3, 3, "x")], [T(3, 3, "x")]).gold == 0


def test_totals_are_micro_averages():
    d1 = score_timexes([T(0, 4, "a")], [T(0, 4, "a")])  # 1/1
    d2 = score_timexes([T(0, 4, "a"), T(5, 9, "b"), T(10, 14, "c")], [])  # 0/3
    t = total([d1, d2])
    assert (t.gold, t.system, t.relaxed, t.strict) == (4, 1, 1, 1)
    assert t.relaxed_prf == pytest.approx((1.0, 0.25, 0.4))  # a macro average would give 0.5
    assert t.correct == {"value": 1, "type": 1}
    assert d1 + Counts() == d1


def test_event_scores_by_hand():
    gold = [E(0, 5, "OCCURRENCE", "PAST"), E(10, 15, "REPORTING", "PRESENT", "PROGRESSIVE"),
            E(20, 25, "STATE", "NONE"), E(30, 35)]
    system = [E(0, 5, "OCCURRENCE", "PAST"), E(10, 13, "OCCURRENCE", "PRESENT", "NONE"),
              E(20, 25, "STATE", "PAST")]
    c = score_events(gold, system)
    assert (c.gold, c.system, c.strict, c.relaxed) == (4, 3, 2, 3)
    p, r, f = c.relaxed_prf
    assert (p, r) == pytest.approx((1.0, 0.75)) and f == pytest.approx(6 / 7)
    assert c.strict_prf == pytest.approx((2 / 3, 0.5, 4 / 7))
    assert c.accuracy("class") == pytest.approx(2 / 3)
    assert c.attribute_f1("class") == pytest.approx(6 / 7 * 2 / 3)
    assert c.accuracy("tense") == pytest.approx(2 / 3)
    assert c.accuracy("aspect") == pytest.approx(2 / 3)
