"""The display order keeps two mentions of one happening in one entry."""
from __future__ import annotations

from test_solver import DOC, day, ev, rel

from timeline.solver import solve


def test_an_identity_waits_for_its_partners_predecessor():
    # e1 = the headline's "diverted", e3 = the lead's, e2 = "received a warning" before e3 only
    events = [ev(1), ev(2), ev(3)]
    relations = [rel("e1", "t1", "IS_INCLUDED", .9), rel("e3", "t1", "IS_INCLUDED", .9),
                 rel("e1", "e3", "IDENTITY", .75), rel("e3", "e2", "AFTER", .8)]
    sol = solve(DOC, events, [day("t1", 12)], relations)
    pos = {e: entry.position for entry in sol.entries for e in entry.events}
    assert pos["e2"] < pos["e1"] == pos["e3"]


def test_without_the_identity_the_unordered_mention_stays_apart():
    events = [ev(1), ev(2), ev(3)]
    relations = [rel("e1", "t1", "IS_INCLUDED", .9), rel("e3", "t1", "IS_INCLUDED", .9), rel("e3", "e2", "AFTER", .8)]
    sol = solve(DOC, events, [day("t1", 12)], relations)
    pos = {e: entry.position for entry in sol.entries for e in entry.events}
    assert pos["e2"] < pos["e3"] and pos["e1"] != pos["e3"]
