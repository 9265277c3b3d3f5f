"""Regression floors on TBAQ, set just under the measured figures.

Events: trained on TimeBank, tested on AQUAINT (never the same documents); measured 0.871 F1,
0.726 class F1, tense accuracy 0.857 (5-fold over TBAQ: 0.873 F1, 0.740 class F1; 0.868, 0.721,
0.855 and 0.871, 0.737 before the WordNet features). With the O/EVENT boundary shifted by one
weight unit (EVENT_BIAS): 0.873 F1, 0.727 class F1, tense 0.855; AQUAINT->TimeBank 0.823, 0.656;
5-fold 0.874, 0.740.
Relations with gold entities on all of TBAQ, the learned pair-order and TLINK models held out
by part (TimeBank documents served by models trained on AQUAINT, and the reverse): awareness F1
0.3503 (0.329 before the learned TLINKs, 0.3486 before same-sentence event-event links were
ranked above the tense defaults, 0.3493 before only the most confident pair orders became
TLINKs), MATRES start-point F1 0.7015 (0.7053 / 0.7001 before those two changes),
TimeBank-Dense accuracy 0.5007, per link kind E-E 0.509, E-T 0.533, E-D 0.385, T-D 0.684,
T-T 0.539 (0.545 before the ranking). With 5-fold models over all TBAQ: awareness 0.3953
(0.3807 / 0.3926 before the two changes). Raw-text awareness 0.3513 (5-fold 0.3727).
Session 5 (metric distances, DURATION spans bounded by their length, verb-to-noun coreference):
awareness 0.3508 (5-fold 0.3966), raw text 0.3510 (5-fold 0.3720), MATRES 0.7037,
TimeBank-Dense 0.5071, per kind E-E 0.517, E-T 0.539, E-D 0.386, T-D 0.684, T-T 0.545.
Session 6 (link rules checked against the TBAQ gold closure: 'for' + date, no 'as' signal,
complements only under reports, no plural/singular coreference): awareness 0.3532 (5-fold
0.3987), raw text 0.3533 (5-fold 0.3739), MATRES 0.7052, TimeBank-Dense 0.5070, per kind
E-E 0.5169, E-T 0.541, E-D 0.382 (the coreference guard and 'as' cost E-D 0.004), T-D 0.684,
T-T 0.5445. Merged with the headline and aspectual links (main, session 6's end): awareness
0.3532 (5-fold 0.3989), raw text 0.3535 (5-fold 0.3742), MATRES 0.7049, TimeBank-Dense 0.5072,
per kind E-E 0.5178, E-T 0.5401, E-D 0.3797, T-D 0.6838, T-T 0.5445; events TimeBank->AQUAINT
0.8727 F1, 0.7272 class F1, AQUAINT->TimeBank 0.8193 / 0.6529, 5-fold 0.8734 / 0.7403.
Session 7 (syntactic event-event rules checked against the TBAQ gold closure: light verbs and
their event nouns, to-infinitive purposes, 'in' / 'at' + an event noun, a bare participle after
an occurrence, event nouns taking part in a past happening, the learned event-timex
SIMULTANEOUS written IS_INCLUDED): awareness 0.3659 (5-fold 0.4024), raw text 0.3626 (5-fold
0.3803), MATRES 0.7059, TimeBank-Dense 0.5072, per kind E-E 0.5173, E-T 0.5368 (the new
event-event links put about eight of 2,429 event-timex pairs the dense gold calls vague),
E-D 0.3867, T-D 0.6838, T-T 0.5445. Merged with the lead's rules from new articles (ranges,
'from' + date, scheduling verbs, fronted clauses, 'since' after a superlative): awareness 0.3657
(5-fold 0.4021), raw text 0.3623 (5-fold 0.3798), MATRES 0.7063, TimeBank-Dense 0.5075, per
kind E-E 0.5173, E-T 0.5385, E-D 0.3867, T-D 0.6838, T-T 0.5445. Session 8 (anchored duration
windows, a report of a present state without a complement link, negated past events before
publication entering last, 'for' + period giving way to 'on' + date): awareness 0.3727 (5-fold
0.4072), raw text 0.3645 (5-fold 0.3822), MATRES 0.7071, TimeBank-Dense 0.5081, per kind E-E
0.5159, E-T 0.5426, E-D 0.3855, T-D 0.6838, T-T 0.6073. Session 9 (time-time links written
last for the reduction, confident learned orders the TLINK model says the gold leaves unlinked
kept as start orders, contrasted mentions, a timetable's present, journeys' ends): awareness
0.3780 (5-fold 0.4154), raw text 0.3666, MATRES 0.7084, TimeBank-Dense 0.5078, per kind E-E
0.5149, E-T 0.5447, E-D 0.3843, T-D 0.6877, T-T 0.6073. Session 10 (a present happening written
SIMULTANEOUS with the publication day, counted gaps as BEGINS / ENDS of their duration, a conjoined
verb sharing its partner's date): awareness 0.3807 (5-fold 0.4179), raw text 0.3692, MATRES 0.7086,
TimeBank-Dense 0.5077, per kind E-E 0.5148, E-T 0.5443, E-D 0.3843, T-D 0.6877, T-T 0.6073.
Session 12 (links round 13, the lead's rules from new articles, events found in unseen text):
awareness 0.3816 (5-fold 0.4187), raw text 0.3705, MATRES 0.7095, TimeBank-Dense 0.5103, per kind
E-E 0.5178, E-T 0.5476, E-D 0.3849, T-D 0.6877, T-T 0.6073; events TimeBank->AQUAINT 0.8745 F1,
0.7289 class F1, AQUAINT->TimeBank 0.8238 / 0.6558, 5-fold 0.8741 / 0.7406.
Session 13 (links round 14, the lead's rules from new articles, fiscal calendars, phase words as
ASPECTUAL): awareness 0.3820 (5-fold 0.4190), raw text 0.3709 (5-fold 0.3900), MATRES 0.7098,
TimeBank-Dense 0.5107, per kind E-E 0.5182, E-T 0.5480, E-D 0.3849, T-D 0.6877, T-T 0.6073;
events TimeBank->AQUAINT 0.8745 F1, 0.7294 class F1, AQUAINT->TimeBank 0.8238 / 0.6599, 5-fold
0.8741 / 0.7408.
The pair classifier alone, TimeBank->AQUAINT: F1 0.701.
The TLINK classifiers alone, TimeBank->AQUAINT (link and relType right): event-timex F1 0.509,
event-DCT 0.211, same-sentence event-event 0.149.
Runtime about two minutes with a warm parse cache (TIMELINE_PARSE_CACHE, default
/tmp/timeline-parse-cache).
"""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TBAQ = DATA / "tempeval3" / "TBAQ-cleaned"
pytestmark = pytest.mark.skipif(not TBAQ.exists(), reason="shared corpora absent")


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def test_event_floors_timebank_to_aquaint(nlp):
    from timeline.events.corpus import load_part
    from timeline.events.evaluate import score_events
    from timeline.events.train import train

    model = train(load_part("TimeBank", nlp, TBAQ))
    scores = score_events(load_part("AQUAINT", nlp, TBAQ), model)
    assert scores["relaxed"]["F1"] >= 0.874
    assert scores["class_F1"] >= 0.728
    assert scores["tense_accuracy"] >= 0.85


@pytest.fixture(scope="module")
def engine():
    from timeline.api import Engine

    return Engine()


def test_pair_order_floor_timebank_to_aquaint(nlp):
    from timeline.events.corpus import SHARED, load_part
    from timeline.events.pairs import PairModel, matres_pairs, pair_samples, score_pairs

    matres = matres_pairs(SHARED)
    model = PairModel.train(pair_samples(load_part("TimeBank", nlp, TBAQ), matres))
    assert score_pairs(model, pair_samples(load_part("AQUAINT", nlp, TBAQ), matres))["F1"] >= 0.69


def test_tlink_floor_timebank_to_aquaint(nlp):
    from timeline.events.corpus import load_part
    from timeline.events.tlinks import TlinkModel, samples_for, score_tlinks

    model = TlinkModel.train(samples_for(load_part("TimeBank", nlp, TBAQ)))
    scores = score_tlinks(model, samples_for(load_part("AQUAINT", nlp, TBAQ)))
    assert scores["time"]["F1"] >= 0.49
    assert scores["dct"]["F1"] >= 0.19
    assert scores["ee"]["F1"] >= 0.13


@pytest.fixture(scope="module")
def relation_scores(engine):
    """(task, folds) -> evaluate_relations with gold entities, each computed once."""
    from timeline.corpora.relations_eval import evaluate_relations

    cache = {}

    def score(task, folds=0):
        if (task, folds) not in cache:
            cache[task, folds] = evaluate_relations(TBAQ, task, engine, gold_entities=True, folds=folds)
        return cache[task, folds]

    return score


@pytest.mark.parametrize("task,key,floor", [("relations", "F1", 0.381), ("matres", "F1", 0.709),
                                             ("tbdense", "accuracy", 0.510)])
def test_relation_floors_gold_entities(relation_scores, task, key, floor):
    assert relation_scores(task)[key] >= floor


def test_awareness_floor_with_five_fold_models(relation_scores):
    # models trained on both corpora, as the shipped ones are (measured 0.4072, session 8; 0.4154,
    # session 9; 0.4179, session 10; 0.4187, session 12)
    assert relation_scores("relations", folds=5)["F1"] >= 0.418


def test_tbdense_reported_per_link_kind(relation_scores):
    scores = relation_scores("tbdense")
    per_kind = scores["per_kind"]
    assert set(per_kind) == {"E-E", "E-T", "E-D", "T-D", "T-T"}
    assert sum(k["pairs"] for k in per_kind.values()) == scores["pairs"]
    # E-D 0.385 -> 0.378: aspectual links and the coreference / "as" rules of session 6 moved about
    # ten of 1,712 event-DCT pairs (E-E, E-T, MATRES and awareness rose with them); E-T 0.540 ->
    # 0.5368: session 7's event-event rules moved about eight of 2,429 event-timex pairs (E-D
    # rose 0.380 -> 0.3867, awareness 0.3532 -> 0.3659); session 8: anchored duration windows
    # raised E-T 0.5385 -> 0.5434 and T-T 0.5445 -> 0.6073; negated past events placed before
    # publication (entering last) moved E-E 0.5172 -> 0.5159 and E-D 0.3867 -> 0.3855 while
    # awareness rose 0.3668 -> 0.3727 (measured: E-E 0.5159, E-T 0.5426, E-D 0.3855, T-D 0.6838,
    # T-T 0.6073); session 9: a confident learned order the TLINK model says the gold leaves
    # unlinked stays a start order (awareness 0.3727 -> 0.3759, MATRES 0.7071 -> 0.7086) and moved
    # E-E 0.5159 -> 0.5148, E-D 0.3855 -> 0.3849; measured at the end: E-E 0.5149, E-T 0.5447,
    # E-D 0.3843, T-D 0.6877, T-T 0.6073 (TimeBank-Dense 0.5078)
    # session 12 (links round 13, the lead's article rules): E-E 0.5178, E-T 0.5476
    floors = {"E-E": 0.517, "E-T": 0.547, "E-D": 0.384, "T-D": 0.687, "T-T": 0.607}
    assert all(per_kind[kind]["accuracy"] >= floor for kind, floor in floors.items())
