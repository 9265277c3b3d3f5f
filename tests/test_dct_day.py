"""The publication date as a day (dct_day): what TimeML's t0 links say of real sentences."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from timeline.corpora.timeml import parse_timeml
from timeline.models import When
from timeline.solver.dct_day import day_relation, publication_day


@pytest.fixture(scope="module")
def engine():
    from timeline.api import Engine

    return Engine()


def _t0_links(engine, text: str, published: str, zone: str) -> set[tuple[str, str]]:
    """(word, relType) of each exported TLINK with t0, read back from the TimeML."""
    from timeline.api import make_document
    from timeline.export import render

    back = parse_timeml(render(engine.reconstruct(make_document(text, published=published, timezone=zone)),
                               "timeml"))
    words = {t.attrs["tid"]: t.text for t in back.timexes}
    eids = {t.attrs["eid"]: t.text for t in back.events}
    words |= {i["eiid"]: eids[i["eventID"]] for i in back.instances}
    out = set()
    for link in back.tlinks:
        a = link.get("eventInstanceID") or link.get("timeID")
        b = link.get("relatedToTime") or link.get("relatedToEventInstance")
        if b == "t0":
            out.add((words[a], link["relType"]))
    return out


def test_today_is_the_day_and_its_report_lies_in_it(engine):
    links = _t0_links(engine, "Police said today that the suspect was arrested in Boston.",
                      "1998-01-08T15:00:00-05:00", "America/New_York")
    # "said" is before the 3 pm instant, yet inside the publication day; the undated arrest
    # keeps the news default, before the day
    assert {("today", "SIMULTANEOUS"), ("said", "IS_INCLUDED"), ("arrested", "BEFORE")} <= links


def test_earlier_dates_and_the_future_stay_outside_the_day(engine):
    links = _t0_links(engine, "The company reported on Monday that its profit fell. "
                              "It says sales will rise next year.", "1998-01-08T15:00:00-05:00", "America/New_York")
    assert {("Monday", "BEFORE"), ("reported", "BEFORE"), ("next year", "AFTER"), ("rise", "AFTER"),
            ("says", "IS_INCLUDED")} <= links


def test_the_day_is_the_publishers_date():
    # 02:00 UTC on the 9th is still the evening of the 8th in Montreal
    start, end = publication_day(datetime(1998, 1, 9, 2, tzinfo=timezone.utc), "America/Montreal")
    assert (start.isoformat(), end.isoformat()) == ("1998-01-08T00:00:00-05:00", "1998-01-09T00:00:00-05:00")


def test_an_instant_at_midnight_keeps_before_apart_from_at():
    """Corpus DCTs are days, so the scoring puts the instant at midnight, where bounds blur."""
    midnight = datetime(1998, 1, 8, tzinfo=timezone.utc)
    day = publication_day(midnight, "UTC")
    at_instant = When(earliest_start=midnight, latest_start=midnight, earliest_end=midnight, latest_end=midnight)
    assert day_relation(at_instant, day, "IS_INCLUDED") == "IS_INCLUDED"  # "says": in the day
    assert day_relation(at_instant, day, "BEFORE") == "BEFORE"  # squeezed, yet before the instant
    assert day_relation(When(latest_end=midnight), day, "BEFORE") == "BEFORE"
    assert day_relation(When(), day, "INCLUDES") == "INCLUDES"  # a state over the instant


def test_tbdense_reads_the_day_for_t0_pairs(engine):
    from timeline.corpora.relations_eval import _pair_label, run_system

    tml = """<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-13"/></DCT>
<TEXT>He <EVENT eid="e1" class="REPORTING">says</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-09-13">today</TIMEX3>
 that he had <EVENT eid="e2" class="OCCURRENCE">arrived</EVENT> on <TIMEX3 tid="t2" type="DATE" value="2023-09-12">Tuesday</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="PERFECTIVE" polarity="POS" pos="VERB"/>
</TimeML>"""
    doc = parse_timeml(tml)
    solution, alias = run_system(doc, engine.nlp(doc.text), engine, True, None, None)
    labels = {x: _pair_label(solution.graph, alias, x, "t0", solution.day) for x in ("t1", "t2", "e1", "e2")}
    assert labels == {"t1": "s", "t2": "b", "e1": "ii", "e2": "b"}
    assert _pair_label(solution.graph, alias, "t0", "t1", solution.day) == "s"
    # the scored links say the same: today is the day, not a span that includes an instant
    assert ("t1", "SIMULTANEOUS") in {(r.source, r.type) for r in solution.relations if r.target == "t0"}
