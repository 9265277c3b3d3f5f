"""Event-event links, round 9: which same-sentence pairs become TLINKs (sentences written for the tests)."""
from __future__ import annotations

from datetime import datetime, timezone

from test_links import nlp  # noqa: F401  (the module's parser fixture)

from timeline.models import Document


def _parse(nlp, text):
    from timeline.events import detect_events

    doc = Document(text=text, published=datetime(2023, 9, 13, tzinfo=timezone.utc), timezone="UTC")
    parsed = nlp(text)
    return doc, parsed, detect_events(doc, parsed, [])


def _links(nlp, text, **models):
    from timeline.events.links import propose_links

    doc, parsed, events = _parse(nlp, text)
    return events, propose_links(doc, parsed, events, [], **models)


def _ordered(events, links, source, target):
    ids = {e.text: e.id for e in events}
    return {r.type for r in links if r.origin == "event-event:learned-order"
            and r.source == ids[source] and r.target == ids[target]}


TEXT = "Investors who bought the shares lost money as the market crashed."


def test_a_pair_the_gold_would_leave_unlinked_stays_a_start_order(nlp):
    from timeline.events.learned_links import PAIR_LINKED_MIN, linked_score
    from timeline.events.links import _token_index
    from timeline.events.tlinks import default_tlink_model

    doc, parsed, events = _parse(nlp, TEXT)
    by_token = _token_index(parsed, events)
    tok = {e.text: (i, e) for i, e in by_token.items()}
    linked = linked_score(default_tlink_model(), parsed, by_token)
    (ib, bought), (ic, crashed) = tok["bought"], tok["crashed"]
    # a relative clause's verb and a clause the main verb governs: no TLINK in the annotators' habit
    assert linked(parsed[ib], parsed[ic], bought, crashed) < PAIR_LINKED_MIN
    events, links = _links(nlp, TEXT)
    assert _ordered(events, links, "bought", "crashed") == {"STARTS_BEFORE"}
    # without the TLINK model the confident order is an interval link
    events, links = _links(nlp, TEXT, tlink_model=None)
    assert _ordered(events, links, "bought", "crashed") == {"BEFORE"}


def test_an_ordering_word_between_keeps_the_interval_order(nlp):
    events, links = _links(nlp, TEXT.replace(" as ", " when "))
    assert _ordered(events, links, "bought", "crashed") == {"BEFORE"}
