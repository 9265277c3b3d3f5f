"""Link rules on small texts: governing timex with signals, tense to the DCT, signals between events."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from timeline.models import Document, Timex


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def _links(nlp, text, timexes=()):
    from timeline.events import detect_events
    from timeline.events.links import propose_links

    doc = Document(text=text, published=datetime(2023, 9, 13, tzinfo=timezone.utc), timezone="UTC")
    parsed = nlp(text)
    events = detect_events(doc, parsed, list(timexes))
    return events, propose_links(doc, parsed, events, list(timexes))


def _timex(text, word, tid="t1", value="2023-09-12"):
    i = text.index(word)
    return Timex(id=tid, text=word, start=i, end=i + len(word), type="DATE", value=value)


def test_event_time_on_signal(nlp):
    text = "Kim arrived in Russia on Tuesday."
    events, links = _links(nlp, text, [_timex(text, "Tuesday")])
    arrived = next(e for e in events if e.text == "arrived")
    assert any(r.source == arrived.id and r.target == "t1" and r.type == "IS_INCLUDED" for r in links)
    assert any(r.source == arrived.id and r.target == "t0" and r.type == "BEFORE" for r in links)


def test_event_time_before_signal(nlp):
    text = "The talks collapsed before Friday."
    events, links = _links(nlp, text, [_timex(text, "Friday")])
    assert any(r.target == "t1" and r.type == "BEFORE" and "before" in r.origin for r in links)


def test_event_event_after_signal(nlp):
    events, links = _links(nlp, "He resigned after the scandal broke.")
    ids = {e.text: e.id for e in events}
    assert any(r.source == ids["resigned"] and r.target == ids["broke"] and r.type == "AFTER" for r in links)


def test_future_after_dct(nlp):
    events, links = _links(nlp, "The leaders will meet next week.")
    meet = next(e for e in events if e.text == "meet")
    assert any(r.source == meet.id and r.target == "t0" and r.type == "AFTER" for r in links)


def test_learned_pair_order_is_start_points_below_rules(nlp):
    text = "The troops crossed the border on Sunday. They attacked the town and seized the bridge."
    events, links = _links(nlp, text)
    learned = [r for r in links if r.origin == "event-event:learned-order"]
    assert learned and all(r.type in ("STARTS_BEFORE", "STARTS_AFTER", "BEFORE", "AFTER") for r in learned)
    # interval BEFORE/AFTER only for confident pairs inside one sentence
    sent = {e.id: e.sentence for e in events}
    assert all(sent[r.source] == sent[r.target] for r in learned if not r.type.startswith("STARTS_"))
    rules = [r.confidence for r in links if r.origin != "event-event:learned-order" and ":learned" not in r.origin]
    assert max(r.confidence for r in learned) < min(rules)
    ids = {e.text: e.id for e in events}
    assert any(r.source == ids["crossed"] and r.target == ids["attacked"] and r.type == "STARTS_BEFORE"
               for r in learned)


def test_pair_model_can_be_switched_off(nlp):
    from timeline.events.links import propose_links

    text = "The troops crossed the border. They attacked the town."
    doc = Document(text=text, published=datetime(2023, 9, 13, tzinfo=timezone.utc), timezone="UTC")
    parsed = nlp(text)
    from timeline.events import detect_events

    events = detect_events(doc, parsed, [])
    assert not any(r.origin == "event-event:learned-order" for r in propose_links(doc, parsed, events, [], None))


def test_present_tense_against_dct(nlp):
    events, links = _links(nlp, "The company says the plant employs 300 workers.")
    ids = {e.text: e.id for e in events}
    dct = {r.source: r.type for r in links if r.target == "t0" and r.origin.startswith("event-dct:tense")}
    assert dct.get(ids["says"]) == "IS_INCLUDED"
    assert dct.get(ids["employs"]) == "INCLUDES"


def test_date_deeper_in_clause_dates_nearest_event_above(nlp):
    text = "The minister announced the plan in a speech on Monday."
    events, links = _links(nlp, text, [_timex(text, "Monday")])
    assert any(r.target == "t1" and r.type == "IS_INCLUDED" for r in links)


def test_learned_tlinks_are_typed_and_switchable(nlp):
    from timeline.events import detect_events
    from timeline.events.learned_links import TLINK_CONF
    from timeline.events.links import propose_links
    from timeline.events.tlinks import candidates

    text = "The minister arrived in Moscow on Tuesday and said the talks would begin soon."
    timexes = [_timex(text, "Tuesday")]
    doc = Document(text=text, published=datetime(2023, 9, 13, tzinfo=timezone.utc), timezone="UTC")
    parsed = nlp(text)
    events = detect_events(doc, parsed, timexes)
    kinds = {c[0] for c in candidates(parsed, events, timexes, "2023-09-13")}
    assert kinds == {"dct", "time", "ee"}
    links = propose_links(doc, parsed, events, timexes)
    learned = [r for r in links if r.origin.endswith(":learned")]
    assert learned and all(r.type in ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS") for r in learned)
    top = max(base + span for base, span, _, _ in TLINK_CONF.values())
    assert all(r.confidence <= top for r in learned)
    ids = {e.text: e.id for e in events}
    assert any(r.source == ids["arrived"] and r.target == "t1" and r.type == "IS_INCLUDED" for r in links)
    off = propose_links(doc, parsed, events, timexes, tlink_model=None)
    assert not any(r.origin.endswith(":learned") for r in off)


def test_present_past_and_future_references_against_dct(nlp):
    text = "Prices are high now, lower than in the past, and the future looks bright."
    timexes = [_timex(text, "now", "t1", "PRESENT_REF"), _timex(text, "past", "t2", "PAST_REF"),
               _timex(text, "future", "t3", "FUTURE_REF")]
    _, links = _links(nlp, text, timexes)
    found = {(r.source, r.type) for r in links if r.target == "t0" and r.origin == "time-dct:reference"}
    assert found == {("t1", "INCLUDES"), ("t2", "BEFORE"), ("t3", "AFTER")}


def test_when_clause_event_comes_first(nlp):
    events, links = _links(nlp, "The crowd cheered when the team scored.")
    by_id = {e.id: e.text for e in events}
    found = [(by_id[r.source], r.type, by_id[r.target]) for r in links if r.origin == "event-event:signal:when"]
    assert found == [("cheered", "AFTER", "scored")]


def test_tenseless_adverbial_clause_shares_a_past_clause_frame(nlp):
    events, links = _links(nlp, "Before joining the firm, she ran a bank. He will retire after selling the house.")
    ids = {e.text: e.id for e in events}
    inherited = {r.source for r in links if r.origin == "event-dct:inherited:past"}
    assert ids["joining"] in inherited
    assert ids["selling"] not in inherited  # a future clause's gerund is not sent back


def test_a_clock_time_the_parser_splits_still_dates_its_verb(nlp):
    # the parser makes "time" of "p.m. local time" a root of its own
    text = ("The quake hit at 11:47 p.m. local time on Friday in the Jajarkot district, about "
            "400 kilometres west of Kathmandu, according to the monitoring centre.")
    clock = Timex(id="t1", text="11:47 p.m. local time on Friday", start=text.index("11:47"),
                  end=text.index("11:47") + len("11:47 p.m. local time on Friday"), type="TIME",
                  value="2026-01-16T23:47")
    events, links = _links(nlp, text, [clock])
    hit = next(e for e in events if e.text == "hit")
    assert any(r.source == hit.id and r.target == "t1" and r.type == "IS_INCLUDED" for r in links)


def test_a_definite_noun_names_what_an_earlier_verb_told(nlp):
    text = "Talks between the two governments collapsed on Monday. The ministers had met months before the collapse."
    events, links = _links(nlp, text, [_timex(text, "Monday")])
    ids = {e.text: e.id for e in events}
    assert any(r.source == ids["collapse"] and r.target == ids["collapsed"] and r.type == "IDENTITY"
               for r in links)
    # a verb is never the later mention, and a noun with no article does not reach back to a verb
    events, links = _links(nlp, "Prices rose sharply. Analysts expect a rise in rates.")
    assert not any(r.type == "IDENTITY" for r in links)


def test_a_date_after_for_frames_the_event(nlp):
    text = "The vote is scheduled for Saturday."
    events, links = _links(nlp, text, [_timex(text, "Saturday", value="2023-09-16")])
    ids = {e.text: e.id for e in events}
    # the date is the scheduled thing's; the scheduling comes before it
    assert any(r.source == ids["vote"] and r.target == "t1" and r.type == "IS_INCLUDED" for r in links)
    assert any(r.source == ids["scheduled"] and r.target == "t1" and r.type == "BEFORE" for r in links)
    text = "The workers struck for two weeks."
    i = text.index("two weeks")
    weeks = Timex(id="t1", text="two weeks", start=i, end=i + 9, type="DURATION", value="P2W")
    events, links = _links(nlp, text, [weeks])
    assert any(r.target == "t1" and r.type == "SIMULTANEOUS" and r.origin.endswith(":for") for r in links)


def test_causal_as_is_no_temporal_signal(nlp):
    events, links = _links(nlp, "Stocks fell as interest rates rose.")
    assert {e.text for e in events} >= {"fell", "rose"}
    assert not any(r.origin.startswith("event-event:signal") for r in links)
    events, links = _links(nlp, "Stocks fell while interest rates rose.")
    assert any(r.origin == "event-event:signal:while" for r in links)


def test_a_plural_mention_is_not_the_earlier_single_happening(nlp):
    text = "The bombing killed twelve people. Police said the bombings were planned for months."
    events, links = _links(nlp, text)
    assert not any(r.origin == "event-event:coreference" for r in links)
    text = "The bombing killed twelve people. Police said the bombing was planned for months."
    events, links = _links(nlp, text)
    assert any(r.origin == "event-event:coreference" for r in links)


def _linked(events, links, source: str, target: str, rel: str, origin: str) -> bool:
    """Is there a link source rel target (events named by their words) from the origin?"""
    ids = {e.text: e.id for e in events}
    return any(r.source == ids[source] and r.target == ids[target] and r.type == rel and r.origin == origin
               for r in links)


def test_only_a_report_follows_the_past_clause_it_governs(nlp):
    events, links = _links(nlp, "The company said that sales fell sharply.")
    assert _linked(events, links, "said", "fell", "AFTER", "event-event:complement:reporting")
    events, links = _links(nlp, "The data showed that sales fell sharply.")
    assert {e.text for e in events} >= {"showed", "fell"}
    assert not any(r.origin.startswith("event-event:complement") for r in links)


def test_light_verb_and_its_event_noun_are_one_happening(nlp):
    # the TBAQ gold links 'made ... offer' SIMULTANEOUS; 'criticized ... offer' is no light verb
    events, links = _links(nlp, "The company made a tender offer for the shares. Analysts criticized the offer.")
    ids = {(e.text, e.start): e.id for e in events}
    made = next(i for (t, _), i in ids.items() if t == "made")
    offers = [i for (t, _), i in ids.items() if t == "offer"]
    light = [r for r in links if r.origin == "event-event:light-verb"]
    assert [(r.source, r.target, r.type) for r in light] == [(made, offers[0], "SIMULTANEOUS")]


def test_to_infinitive_purpose_follows_its_governor(nlp):
    events, links = _links(nlp, "The relatives filed a lawsuit to overturn the decision.")
    assert _linked(events, links, "filed", "overturn", "BEFORE", "event-event:complement:purpose")
    # an aspectual verb's complement is not its purpose
    events, links = _links(nlp, "Prices began to rise.")
    assert not any(r.origin == "event-event:complement:purpose" for r in links)


def test_participle_of_a_light_verb_and_a_copula_name_one_happening(nlp):
    events, links = _links(nlp, "He denied the accusations made by his brother.")
    assert _linked(events, links, "made", "accusations", "SIMULTANEOUS", "event-event:light-verb")
    events, links = _links(nlp, "The dispute is a battle between two families.")
    assert _linked(events, links, "dispute", "battle", "SIMULTANEOUS", "event-event:copula")


def test_an_event_noun_in_a_past_happening_is_past(nlp):
    events, links = _links(nlp, "Three people were killed in the attack.")
    attack = next(e for e in events if e.text == "attack")
    assert any(r.source == attack.id and r.target == "t0" and r.type == "BEFORE"
               and r.origin == "event-dct:inherited:past" for r in links)
    # an intention's object is not past: 'approved the merger' tells nothing of when it happens
    events, links = _links(nlp, "Shareholders approved the merger.")
    assert not any(r.origin == "event-dct:inherited:past" for r in links)


def test_an_event_in_an_event_noun_is_included_in_it(nlp):
    events, links = _links(nlp, "Three people were killed in the attack.")
    assert _linked(events, links, "killed", "attack", "IS_INCLUDED", "event-event:signal:in")


def test_two_word_prepositions_are_signals(nlp):
    events, links = _links(nlp, "He resigned prior to the merger.")
    assert _linked(events, links, "resigned", "merger", "BEFORE", "event-event:signal:prior to")
    events, links = _links(nlp, "Shares fell ahead of the election.")
    assert _linked(events, links, "fell", "election", "BEFORE", "event-event:signal:ahead of")


def test_a_bare_participle_after_its_clause_happens_within_it(nlp):
    events, links = _links(nlp, "The bomb exploded near the embassy, killing twelve people.")
    assert _linked(events, links, "killing", "exploded", "IS_INCLUDED", "event-event:participle")
    # a participle after a preposition is no bare adjunct ('after killing'): the signal decides
    events, links = _links(nlp, "The gunman fled after killing twelve people.")
    assert not any(r.origin == "event-event:participle" for r in links)
