"""Link rules found by building the lead's session-13 articles (a biography, a court verdict, a
football report), with variants: a length counted between two events, the dates of the event a
signal orders another against, an aspectual verb's date, a copula's date, and the labels."""
from __future__ import annotations

import pytest
from test_links_round11 import _build, _event, _utc, engine  # noqa: F401  (engine: the shared fixture)


def _links(tl, a_id: str, b_id: str) -> list:
    return [r for r in tl.relations if {r.source, r.target} == {a_id, b_id}]


def _timex(tl, text: str):
    hits = [t for t in tl.timexes if t.text == text]
    assert hits, f"no time expression {text!r}"
    return hits[0]


# -- a length counted between two events --------------------------------------------------------
# TBAQ writes it as TimeML does: the earlier event BEGINS the duration, the later ENDS it; the
# parse had also hung it on one of them as a date ("suspended IS_INCLUDED a month").
@pytest.mark.parametrize("text, length, earlier, later", [
    ("The move comes barely a month after Qantas suspended flights to the island.", "a month", "suspended", "comes"),
    ("A neighbour spotted the car ten days before the shooting.", "ten days", "spotted", "shooting"),
    ("Inspectors resumed work in Iraq nearly two months after their team was blocked.", "nearly two months",
     "blocked", "resumed"),
    ("The talks resumed two days after the election.", "two days", "election", "resumed"),
])
def test_a_counted_length_begins_and_ends_at_its_two_events(engine, text, length, earlier, later):
    tl = _build(engine, text, "1998-11-05T10:00", "America/New_York")
    t = _timex(tl, length)
    first, second = _event(tl, earlier, earlier), _event(tl, later, later)
    assert {(r.type, r.origin) for r in _links(tl, first.id, t.id)} == {("BEGINS", "event-time:gap")}
    assert {(r.type, r.origin) for r in _links(tl, second.id, t.id)} == {("ENDS", "event-time:gap")}


BIO = ("Ada Lovelace was born on 10 December 1815 in London. Her parents separated a month after her birth, "
       "and four months later her father left England for good.")


def test_a_length_resolved_to_a_date_holds_the_event_and_follows_the_one_counted_from(engine):
    # narrative text: "a month" after December 1815 is January 1816
    tl = _build(engine, BIO, "2015-12-10T09:00", "Europe/London")
    month = _timex(tl, "a month")
    assert month.value == "1816-01"
    separated, birth = _event(tl, "separated", "separated"), _event(tl, "birth", "birth")
    assert {r.type for r in _links(tl, separated.id, month.id)} == {"IS_INCLUDED"}
    assert [(r.source, r.type) for r in _links(tl, birth.id, month.id)] == [(birth.id, "BEFORE")]
    assert separated.when.earliest_start >= _utc(1816, 1, 1) and separated.when.latest_end <= _utc(1816, 2, 1, 1)
    assert birth.when.latest_end <= _utc(1816, 1, 1, 1)


# -- the date of the other event a signal orders this one against --------------------------------
@pytest.mark.parametrize("text, word, date", [
    ("Jurors deliberated for three days before reaching their verdict shortly after 2 p.m. Pacific time.",
     "deliberated", "2 p.m. Pacific time"),
    ("The crew waited on the runway for hours before taking off shortly after 9 p.m.", "waited", "9 p.m."),
    ("Rescuers searched the rubble until the rain stopped on Tuesday evening.", "searched", "Tuesday evening"),
])
def test_a_date_across_before_or_after_is_not_learned_for_the_other_event(engine, text, word, date):
    tl = _build(engine, text, "2024-04-12T19:30", "America/Los_Angeles")
    event, t = _event(tl, word, word), _timex(tl, date)
    assert not [r for r in _links(tl, event.id, t.id) if r.origin.endswith(":learned")]


def test_the_date_of_a_beginning_is_not_the_whole_events(engine):
    text = ("SAN FRANCISCO (Reuters) - A federal jury on Friday found a former executive guilty of fraud, ending a "
            "trial that began in early March and featured more than 30 witnesses.")
    tl = _build(engine, text, "2024-04-12T19:30", "America/Los_Angeles")
    trial, began = _event(tl, "trial", "ending a trial"), _event(tl, "began", "began")
    march = _timex(tl, "early March")
    assert {r.type for r in _links(tl, began.id, march.id)} == {"IS_INCLUDED"}
    assert not _links(tl, trial.id, march.id)
    assert trial.when.latest_end > _utc(2024, 3, 12)  # the trial runs on to the verdict


# -- a copula passes its date to the happening it names ------------------------------------------
@pytest.mark.parametrize("text, word, year", [
    ("It was Arsenal's first home win over City in the league since 2015.", "win", 2015),
    ("It was the biggest protest in the capital since 1989, organisers said.", "protest", 1989),
    ("It was the party's worst defeat in a national election since 1949.", "defeat", 1949),
])
def test_first_since_after_a_copula_is_after_the_year(engine, text, word, year):
    tl = _build(engine, text, "2025-03-30T19:45", "Europe/London")
    event = _event(tl, word, word)
    assert event.when.earliest_start >= _utc(year, 12, 31)  # after the year, not within it


def test_a_label_does_not_start_with_the_last_sentences_closing_quote(engine):
    text = ('LONDON (AP) - Arsenal beat Manchester City 2-1 at the Emirates Stadium on Sunday, moving three points '
            'clear at the top of the Premier League with eight games left.\n'
            'City manager Pep Guardiola, whose side had won four straight titles before last season, said his '
            'players "were not good enough today."\n'
            'Arsenal visit Brighton on Saturday, while City host Liverpool a day later.')
    tl = _build(engine, text, "2025-03-30T19:45", "Europe/London")
    labels = [row.label for row in tl.timeline]
    assert any(label.startswith("Arsenal visit Brighton") for label in labels), labels
    assert not any(label[:1] in '"\u201d\'' for label in labels), labels
