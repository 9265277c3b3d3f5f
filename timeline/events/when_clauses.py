"""A "when" clause that follows a time expression tells what happened then ("in January 1955,
when the river rose"; "in 1968 when the Soviets invaded"): its event falls within that time.
Such a clause describes the date, not the main verb, so it sets no order against the main verb
(the "A when B" signal rule would put the main event after it)."""
from __future__ import annotations

import re

from ..models import Event, Relation, Timex

# the time expression, an optional comma, then "when" opening the clause
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _clause_event(parsed, when_token, by_token) -> Event | None:
    """The event of the clause "when" opens: the verb it modifies, or that verb's head noun."""
    head = when_token.head
    return by_token.get(head.i) if head.i != when_token.i else None


def when_clause_links(parsed, by_token: dict[int, Event], timexes: list[Timex]) -> tuple[list[Relation], set[str]]:
    """(IS_INCLUDED links from each "when" clause's event to the date it follows, the ids of
    those clause events: their "when" order against the main verb is not the text's)."""
    links, described = [], set()
    text = parsed.text  # why once: a Doc joins its tokens anew each time its text is read
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        match = _WHEN_AFTER.match(text, t.end)
        if match is None:
            continue
        span = parsed.char_span(match.end() - 4, match.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        event = _clause_event(parsed, span[0], by_token)
        if event is None:
            continue
        described.add(event.id)
        links.append(Relation(source=event.id, target=t.id, type="IS_INCLUDED",
                              origin="event-time:when-clause", confidence=0.85))
    return links, described
