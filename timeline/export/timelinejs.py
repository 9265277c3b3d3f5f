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
from .table import (
    DAY, clean, describe, event_label, event_span, event_zone, grain, in_utc, left_out_note, published_text,
    zone_label,
)

_FIELDS = {"year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day"),
           "minute": ("year", "month", "day", "hour", "minute")}


def _date(moment: datetime, fields: tuple[str, ...]) -> dict[str, int]:
    return {name: getattr(moment, name) for name in fields}


def _own_fields(moment: datetime) -> tuple[str, ...]:
    """The fields one end of a clock-time span is known to: a bound at midnight on 1 January is
    a year, not 00:00 ("from 2025 to Tue 2026-02-10 17:30" had started at "2025-01-01 00:00")."""
    if (moment.hour, moment.minute, moment.second, moment.microsecond) != (0, 0, 0, 0):
        return _FIELDS["minute"]
    if moment.day != 1:
        return _FIELDS["day"]
    return _FIELDS["year"] if moment.month == 1 else _FIELDS["month"]


def _end_date(g) -> dict[str, int] | None:
    """A span's inclusive last moment, as precisely as it is known (None for a single unit)."""
    if g.name == "minute":
        if g.end == g.start:
            return None
        if _own_fields(g.end) == _FIELDS["minute"]:
            return _date(g.end, _FIELDS["minute"])
        return _date(g.end - DAY, _FIELDS["day"])  # an end at midnight closes the day before
    if g.name == "day" and (g.end - DAY).date() != g.start.date():
        return _date(g.end - DAY, _FIELDS["day"])  # TimelineJS end days are inclusive
    return None


def slide(timeline: Timeline, event: Event) -> dict | None:
    """The TimelineJS event for one event, or None when nothing dates its start."""
    zone = event_zone(timeline, event)
    start, end = event_span(timeline, event)
    g = grain(start, end, zone)
    if g.start is None:
        return None
    fields = _own_fields(g.start) if g.name == "minute" else _FIELDS.get(g.name, _FIELDS["day"])
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
    if (end_date := _end_date(g)) is not None:
        item["end_date"] = end_date
    return item


def timelinejs(timeline: Timeline) -> dict:
    """The TimelineJS3 data object."""
    info = timeline.document
    title = {"text": {"headline": escape(f"Timeline of {info.id}"),
                      "text": f"<p>Published {escape(published_text(timeline))}</p>"}}
    events, undated = [], []
    for event in _order(timeline):
        item = slide(timeline, event)
        events.append(item) if item is not None else undated.append(event)
    if note := left_out_note(timeline, undated, "nothing dates their start"):
        title["text"]["text"] += f"<p>{escape(note)}</p>"  # a "before X" has no date to invent
    return {"title": title, "events": events, "scale": "human"}


def render(timeline: Timeline) -> str:
    return json.dumps(timelinejs(timeline), indent=2, ensure_ascii=False)
