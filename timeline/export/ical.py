"""iCalendar (RFC 5545) through the icalendar library: one VEVENT per dated event.

An event is dated when its bounds (or, failing them, its anchor time expression) place it
within one day of its own zone:
- a whole local day (or whole days whose first day is certain) -> an all-day VEVENT,
  DTSTART;VALUE=DATE and DTEND the day after the last day;
- a span of clock time -> DTSTART/DTEND with the TZID of the event's zone, and a VTIMEZONE
  for every zone used; an instant (said at the publication moment) -> DTSTART alone, since
  RFC 5545 wants DTEND later than DTSTART (calendars had refused the zero-length events).
An event not known to the day ("1955", "before Tue 2025-11-18 14:30") gets no VEVENT; the
calendar's X-WR-CALDESC names each one left out with what is known of its time.
Nothing reads the clock: DTSTAMP is the publication moment in UTC, and UIDs derive from the
document id and the event id, so two runs on one input give the same calendar.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone as dt_timezone
from typing import TYPE_CHECKING

from ..models import Event, Timeline
from .table import (
    clean, event_label, event_span, event_zone, grain, in_utc, left_out_note, timex_by_id, zone_info,
)

if TYPE_CHECKING:
    from icalendar import Calendar, Event as VEvent

PRODID = "-//timeline//event timeline reconstruction//EN"
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:timeline:export:ical")
LONGEST_DAY = timedelta(hours=25)  # a local day across a DST change


def event_uid(document_id: str, event_id: str) -> str:
    """A UID that stays the same across runs for one event of one document."""
    return f"{uuid.uuid5(UID_NAMESPACE, f'{document_id}/{event_id}')}@timeline"


def _within_a_day(start: datetime, end: datetime) -> bool:
    return timedelta(0) <= end - start <= LONGEST_DAY


def _start_certain_to_the_day(event: Event, zone: str) -> bool:
    first, last = event.when.earliest_start, event.when.latest_start
    if first is None or last is None or last < first:
        return False
    g = grain(first, last, zone)
    return g.start.date() == (g.end - timedelta(microseconds=1)).date() or first == last


def _dates_of(start: datetime | None, end: datetime | None, zone: str,
              event: Event | None) -> tuple[date, date] | tuple[datetime, datetime] | None:
    if start is None or end is None or end < start:
        return None
    g = grain(start, end, zone)
    if g.name == "day" and (_within_a_day(start, end) or (event and _start_certain_to_the_day(event, zone))):
        return g.start.date(), g.end.date()
    if g.name == "minute" and _within_a_day(start, end):
        return g.start, g.end
    return None


def calendar_dates(timeline: Timeline, event: Event) -> tuple[date, date] | tuple[datetime, datetime] | None:
    """(DTSTART, DTEND) of an event: dates for an all-day event, zone-aware datetimes in the
    event's zone for a timed one; None when the event is not known to the day."""
    zone = event_zone(timeline, event)
    start, end = event_span(timeline, event)
    dates = _dates_of(start, end, zone, event)
    if dates is None:
        anchor = timex_by_id(timeline).get(event.anchor or "")
        if anchor is not None and anchor.interval is not None:
            dates = _dates_of(anchor.interval.start, anchor.interval.end, zone, None)
    return dates


def _vevent(timeline: Timeline, event: Event, dates, stamp: datetime) -> VEvent:
    from icalendar import Event as VEvent

    vevent = VEvent()
    vevent.add("uid", event_uid(timeline.document.id, event.id))
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", dates[0])
    if dates[1] > dates[0]:  # RFC 5545: DTEND is later than DTSTART; an instant has none
        vevent.add("dtend", dates[1])
    vevent.add("summary", event_label(timeline, event))
    vevent.add("description", clean(event.sentence or event.text))
    if isinstance(dates[0], datetime):
        vevent.add("comment", f"UTC: {in_utc(dates[0], dates[1])}")
    vevent.add("categories", [event.event_class])
    vevent.add("x-timeline-event-id", event.id)
    return vevent


def _order(timeline: Timeline) -> list[Event]:
    """Events in timeline order, then the rest in text order."""
    position = {}
    for entry in timeline.timeline:
        for event_id in entry.events:
            position.setdefault(event_id, entry.position)
    return sorted(timeline.events, key=lambda e: (position.get(e.id, 1 << 30), e.start, e.id))


def build_calendar(timeline: Timeline) -> Calendar:
    from icalendar import Calendar  # imported here: timelinejs needs this module, not icalendar

    info = timeline.document
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Timeline of {info.id}")
    stamp = info.published.astimezone(dt_timezone.utc)
    days, undated = [], []
    for event in _order(timeline):
        dates = calendar_dates(timeline, event)
        if dates is None:
            undated.append(event)
            continue
        calendar.add_component(_vevent(timeline, event, dates, stamp))
        days += [d.date() if isinstance(d, datetime) else d for d in dates]
    if note := left_out_note(timeline, undated, "no day is known for them"):
        calendar.add("x-wr-caldesc", note)  # the calendar's description in Apple and Google calendars
    if days:  # VTIMEZONE for the zones used, with the transitions around the events only
        calendar.add_missing_timezones(first_date=min(days) - timedelta(days=366),
                                       last_date=max(days) + timedelta(days=366))
        # icalendar adds them in set order, which changes from run to run: sort by TZID
        zones = sorted((c for c in calendar.subcomponents if c.name == "VTIMEZONE"), key=lambda c: str(c["TZID"]))
        calendar.subcomponents[:] = zones + [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    return calendar


def render(timeline: Timeline) -> str:
    return build_calendar(timeline).to_ical().decode("utf-8")


__all__ = ["build_calendar", "calendar_dates", "event_uid", "render", "zone_info"]
