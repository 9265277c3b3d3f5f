"""Temporal awareness pieces on a hand-made TimeML document."""
from __future__ import annotations

from timeline.corpora.relations_eval import _awareness, _interval, gold_links
from timeline.corpora.timeml import parse_timeml
from timeline.models import Relation

TML = """<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-13"/></DCT>
<TEXT>He <EVENT eid="e1" class="OCCURRENCE">left</EVENT> and <EVENT eid="e2" class="OCCURRENCE">arrived</EVENT>
 on <TIMEX3 tid="t1" type="DATE" value="2023-09-12">Tuesday</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType="DURING" eventInstanceID="ei2" relatedToTime="t1"/>
</TimeML>"""


class FakeSolution:
    def __init__(self, relations):
        self.relations = relations


def test_gold_links_map_instances_and_during():
    links = gold_links(parse_timeml(TML))
    assert [(r.source, r.type, r.target) for r in links] == [("e1", "BEFORE", "e2"), ("e2", "SIMULTANEOUS", "t1")]


def test_awareness_counts_closure_support():
    doc = parse_timeml(TML)
    alias = {"e1": "e1", "e2": "e2", "t1": "t1", "t0": "t0"}
    # the system says e1 before t1 and e2 during t1: gold closure cannot support the first
    sol = FakeSolution([Relation(source="e1", target="e2", type="BEFORE", origin="x"),
                        Relation(source="e2", target="t1", type="IS_INCLUDED", origin="x")])
    p_ok, p_n, r_ok, r_n = _awareness(doc, sol, alias)
    assert (p_n, r_n) == (2, 2)
    assert p_ok == 2  # SIMULTANEOUS in gold entails IS_INCLUDED
    assert r_ok == 1  # IS_INCLUDED does not entail SIMULTANEOUS


def test_interval_of_values():
    span = _interval("2023-09")
    assert span["start"].day == 1 and span["end"].month == 10
    assert _interval("PRESENT_REF") is None


def test_reduced_graph_counts_a_redundant_link_once():
    from timeline.corpora.relations_eval import _graph, _reduced

    links = [Relation(source="a", target="b", type="BEFORE", origin="x"),
             Relation(source="b", target="c", type="BEFORE", origin="x"),
             Relation(source="a", target="c", type="BEFORE", origin="x"),
             Relation(source="a", target="b", type="BEFORE", origin="x")]
    kept = _reduced(_graph({"a", "b", "c"}, links), links)
    assert [(r.source, r.target) for r in kept] == [("b", "c"), ("a", "b")]


def test_awareness_ignores_links_timeml_cannot_export():
    doc = parse_timeml(TML)
    alias = {"e1": "e1", "e2": "e2", "t1": "t1", "t0": "t0"}
    sol = FakeSolution([Relation(source="e1", target="e2", type="STARTS_BEFORE", origin="x")])
    assert _awareness(doc, sol, alias)[1] == 0


def test_tbdense_label_of_two_mentions_of_one_day_is_simultaneous():
    """Equal intervals also satisfy INCLUDES; the label must still be s, not i."""
    from timeline.corpora.relations_eval import _pair_label, document_of, gold_entities
    from timeline.solver import solve

    doc = parse_timeml(TML.replace('Tuesday</TIMEX3>.', 'Tuesday</TIMEX3>, <TIMEX3 tid="t2" type="DATE" '
                                   'value="2023-09-12">that day</TIMEX3>.'))
    events, timexes = gold_entities(doc, None)
    solution = solve(document_of(doc), events, timexes, [])
    alias = {x: x for x in ("t0", "t1", "t2", "e1", "e2")}
    assert _pair_label(solution.graph, alias, "t1", "t2") == "s"


def _parts(n_timebank: int, n_aquaint: int) -> dict[str, list]:
    from types import SimpleNamespace

    return {"TimeBank": [(SimpleNamespace(docid=f"tb{i}"), None) for i in range(n_timebank)],
            "AQUAINT": [(SimpleNamespace(docid=f"aq{i}"), None) for i in range(n_aquaint)]}


def _trained_on(pairs) -> frozenset[str]:
    """A stand-in model: the set of documents it was trained on."""
    return frozenset(doc.docid for doc, _ in pairs)


def test_heldout_by_part_scores_each_corpus_with_the_other():
    from timeline.events.corpus import heldout

    models = heldout(_parts(3, 2), _trained_on)
    assert models["tb0"] == {"aq0", "aq1"}
    assert models["aq1"] == {"tb0", "tb1", "tb2"}


def test_heldout_folds_never_train_on_the_scored_document_and_mix_both_parts():
    from timeline.events.corpus import heldout

    models = heldout(_parts(6, 4), _trained_on, folds=5)
    assert set(models) == {f"tb{i}" for i in range(6)} | {f"aq{i}" for i in range(4)}
    for docid, seen in models.items():
        assert docid not in seen
        assert len(seen) == 8  # 10 documents, 2 per fold
        assert any(d.startswith("tb") for d in seen) and any(d.startswith("aq") for d in seen)
