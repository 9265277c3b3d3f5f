"""TimelineJS3 JSON: a title slide from the document and one slide per event with a date.

Dates are the event's local time in its own zone, given only as precisely as they are known
(a year, a month, a day, or a day with hour and minute); `display_date` spells the span in
local time and in UTC. TimelineJS renders `text` fields as HTML, so they are escaped.
"""
from __future__ import annotations

import json
from datetime import datetime
from html import escape

from ..models import Event, Timeline
from .ical import _order
from .table import DAY, clean, describe, event_label, event_span, event_zone, grain, in_utc, published_text, zone_label

_FIELDS = {"year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day"),
           "minute": ("year", "month", "day", "hour", "minute")}


def _date(moment: datetime, fields: tuple[str, ...]) -> dict[str, int]:
    return {name: getattr(moment, name) for name in fields}


def slide(timeline: Timeline, event: Event) -> dict | None:
    """The TimelineJS event for one event, or None when nothing dates it."""
    zone = event_zone(timeline, event)
    start, end = event_span(timeline, event)
    g = grain(start, end, zone)
    if g.start is None:
        return None
    fields = _FIELDS.get(g.name, _FIELDS["day"])
    local = describe(start, end, zone)
    shown = f"{local} ({zone_label(zone, start)})"
    if g.name == "minute":
        shown += f"; {in_utc(start, end)} UTC"
    item = {
        "unique_id": f"event-{event.id}",
        "start_date": {**_date(g.start, fields), "display_date": shown},
        "text": {"headline": escape(event_label(timeline, event)),
                 "text": f"<p>{escape(clean(event.sentence or event.text))}</p>"
                         f"<p><small>{escape(shown)}</small></p>"},
        "group": event.event_class.replace("_", " ").title(),
    }
    if g.name == "minute" and g.end != g.start:
        item["end_date"] = _date(g.end, fields)
    elif g.name == "day" and (g.end - DAY).date() != g.start.date():
        item["end_date"] = _date(g.end - DAY, fields)  # TimelineJS end days are inclusive
    return item


def timelinejs(timeline: Timeline) -> dict:
    """The TimelineJS3 data object."""
    info = timeline.document
    title = {"text": {"headline": escape(f"Timeline of {info.id}"),
                      "text": f"<p>Published {escape(published_text(timeline))}</p>"}}
    events = [item for item in (slide(timeline, e) for e in _order(timeline)) if item is not None]
    return {"title": title, "events": events, "scale": "human"}


def render(timeline: Timeline) -> str:
    return json.dumps(timelinejs(timeline), indent=2, ensure_ascii=False)
