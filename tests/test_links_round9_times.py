"""Links that involve a time expression or the publication date, read from the exported TimeML."""
from __future__ import annotations

import pytest

from timeline.corpora.relations_eval import _graph, _reduced, gold_links
from timeline.corpora.timeml import parse_timeml


@pytest.fixture(scope="module")
def engine():
    from timeline.api import Engine

    return Engine()


def _exported(engine, text: str, published: str):
    from timeline.api import make_document
    from timeline.export import render

    doc = make_document(text, published=published, timezone="Europe/Lisbon")
    return parse_timeml(render(engine.reconstruct(doc), "timeml"))


def test_two_mentions_of_the_day_keep_their_link_after_reduction(engine):
    back = _exported(engine, "Rain fell today across the valley. Today the school stayed shut.",
                     "2021-05-10T09:00:00+01:00")
    todays = [t.attrs["tid"] for t in back.timexes if t.text.lower() == "today"]
    assert len(todays) == 2
    links = gold_links(back)  # the exported TLINKs, read as the scorer reads a file
    names = {"t0"} | {r.source for r in links} | {r.target for r in links}
    kept = {(r.source, r.target, r.type) for r in _reduced(_graph(names, links), links)}
    # the two mentions stay linked to each other; only one of them keeps its link to the DCT
    assert {(todays[0], todays[1], "SIMULTANEOUS"), (todays[1], todays[0], "SIMULTANEOUS")} & kept
    assert sum(1 for a, b, _ in kept if {a, b} & set(todays) and "t0" in (a, b)) == 1


def test_time_time_links_are_written_after_the_others(engine):
    back = _exported(engine, "Ferries stopped on Monday after the storm. On Wednesday the harbour reopened.",
                     "2021-05-14T09:00:00+01:00")
    tids = {t.attrs["tid"] for t in back.timexes} | {"t0"}
    kinds = [r.source in tids and r.target in tids and "t0" not in (r.source, r.target) for r in gold_links(back)]
    assert True in kinds and False in kinds
    assert kinds == sorted(kinds)  # no event link after the first link between two time expressions
