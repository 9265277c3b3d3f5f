"""A rich table of the timeline, and the view of a timeline the other renderers share.

The view answers the questions every rendering asks: in which zone does an event live (its
anchor time expression's zone, else the publisher's), which span of real time does it or an
entry cover, and how does that span read in local time and in UTC ("Sun 2023-09-10",
"2023-07", "Wed 2023-09-13 06:00-12:00"). Spans are half-open [start, end) as in the models.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timedelta, timezone as dt_timezone
from io import StringIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..models import Event, Timeline, TimelineEntry, Timex

UTC = "UTC"
TABLE_WIDTH = 112
DAY = timedelta(days=1)
WEEK = timedelta(days=7)
MINUTE = timedelta(minutes=1)
EVENTS_SHOWN = 8  # events named per entry; the rest are counted


def zone_info(name: str | None) -> ZoneInfo:
    """The ZoneInfo for an IANA name; UTC when the name is missing or unknown."""
    try:
        return ZoneInfo(name or UTC)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(UTC)


def timex_by_id(timeline: Timeline) -> dict[str, Timex]:
    return {timex.id: timex for timex in timeline.timexes}


def event_by_id(timeline: Timeline) -> dict[str, Event]:
    return {event.id: event for event in timeline.events}


def timex_zone(timeline: Timeline, timex: Timex) -> str:
    """The zone a time expression's local time is in (the publisher's when it names none)."""
    return timex.timezone or timeline.document.timezone


def event_zone(timeline: Timeline, event: Event) -> str:
    """An event's own zone: its anchor time expression's zone, else the publisher's."""
    anchor = timex_by_id(timeline).get(event.anchor or "")
    if anchor is not None and anchor.timezone:
        return anchor.timezone
    return timeline.document.timezone


def entry_zone(timeline: Timeline, entry: TimelineEntry) -> str:
    """An entry's zone: that of its first event anchored on a zoned time expression, else the
    publisher's."""
    events, timexes = event_by_id(timeline), timex_by_id(timeline)
    for event_id in entry.events:
        anchor = timexes.get(events[event_id].anchor or "") if event_id in events else None
        if anchor is not None and anchor.timezone:
            return anchor.timezone
    return timeline.document.timezone


def entry_span(timeline: Timeline, entry: TimelineEntry) -> tuple[datetime | None, datetime | None]:
    """An entry's bounds, or the one interval all its anchored events share when the bounds
    lie inside it but cut it at clock times finer than the text's precision (see event_span)."""
    start, end = entry.earliest, entry.latest
    events, timexes = event_by_id(timeline), timex_by_id(timeline)
    anchors = {timexes[events[i].anchor].interval for i in entry.events
               if i in events and events[i].anchor in timexes}
    if start is None or end is None or len(anchors) != 1 or None in anchors:
        return start, end
    (interval,) = anchors
    zone = entry_zone(timeline, entry)
    if (interval.start <= start < end <= interval.end and grain(start, end, zone).name == "minute"
            and grain(interval.start, interval.end, zone).name != "minute"):
        return interval.start, interval.end
    return start, end


def clean(text: str) -> str:
    """Text on one line: runs of whitespace (line breaks of headings and lists) made one space."""
    return " ".join(text.split())


def event_span(timeline: Timeline, event: Event) -> tuple[datetime | None, datetime | None]:
    """The span an event may occupy: from its earliest start to its latest end.

    Without a latest end the latest start closes it. The anchor time expression's interval
    stands in when there are no bounds, and also when the bounds lie inside it but cut it at
    clock times finer than the text's own precision (a "Tuesday" clipped to 00:00-23:00 by
    another zone's bound reads as Tuesday).
    """
    when = event.when
    start = when.earliest_start
    end = when.latest_end or when.latest_start
    anchor = timex_by_id(timeline).get(event.anchor or "")
    interval = anchor.interval if anchor is not None else None
    if interval is None:
        return start, end
    if start is None and end is None:
        return interval.start, interval.end
    if start is None or end is None or not (interval.start <= start < end <= interval.end):
        return start, end
    zone = event_zone(timeline, event)
    if grain(start, end, zone).name == "minute" and grain(interval.start, interval.end, zone).name != "minute":
        return interval.start, interval.end
    return start, end


# a clause ends at these marks; a full stop or colon only before a space and a capital (or a
# quote or bracket opening the next sentence) or the end, so "4:30 p.m." and "10 a.m. local
# time" stay whole; nor after a title or other abbreviation ("notes Mr. Roy" had been the
# label "Notes Mr", and "he says.\n\u201cWe..." the label "Says."); one before a line break
# ends it too ("says.\n\nsource site" and "Putin.\n  \u2022 Analysts" had kept the stop); a
# comma between digits is no mark ("some 40,000 men" had been the label "Carrying some 40")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[;!?\n\u201c\u201d\"()]|[.:](?=\s+[\u201c\u2018\"'(\[]?[A-Z]|[ \t]*\n|\s*$)")
_LAST_WORD = re.compile(r"[^\s\"'(\[\u201c\u2018]+$")
LABEL_WORDS = 7
SUBJECT_WORDS = 4  # words kept before an event that ends its clause


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words whose full stop ends no sentence ("Mr.", "U.S."), from the zone lexicon's data."""
    from ..zones.lexicon import ZoneLexicon

    return frozenset(ZoneLexicon.load().sentence_abbreviations)


def _clause_marks(text: str):
    """The marks in `text` that end a clause (a title's full stop is none)."""
    for mark in _CLAUSE_END.finditer(text):
        word = _LAST_WORD.search(text, 0, mark.end())
        if mark.group() == "." and word is not None and word.group() in _abbreviations():
            continue
        yield mark


def _clause(rest: str) -> str:
    """`rest` up to the end of its clause."""
    for mark in _clause_marks(rest):
        return rest[:mark.start()]
    return rest


def _clause_before(before: str) -> list[str]:
    """The last words of `before` that are in the clause it ends with (at most SUBJECT_WORDS)."""
    start = 0
    for mark in _clause_marks(before):
        start = mark.end()
    return before[start:].split()[-SUBJECT_WORDS:]


def _capitalized(label: str) -> str:
    return label[:1].upper() + label[1:]


def event_label(timeline: Timeline, event: Event) -> str:
    """A short label: the label of the entry that holds only this event, else the words of the
    text from the event to the end of its clause (at most LABEL_WORDS), led by the few words
    before it in its clause when the event ends the clause ("officials said", "he says",
    "six races left": a calendar had shown a row of bare "Said")."""
    for entry in timeline.timeline:
        if entry.events == [event.id] and entry.label.strip():
            return _capitalized(entry.label.strip())
    rest = timeline.text[event.start:event.start + 200] if timeline.text else event.text
    clause = _clause(rest).split()
    words = clause[:LABEL_WORDS] or event.text.split()
    if len(words) == 1 and timeline.text:
        words = _clause_before(timeline.text[max(0, event.start - 200):event.start]) + words
    if len(clause) > LABEL_WORDS:
        # a cut label ends on a word that carries meaning: "on Monday and\u2026", "rehear the\u2026"
        # and "narrow:\u2026" had dangled (a short lower-case word is a function word here)
        while len(words) > 2 and words[-1].isalpha() and words[-1].islower() and len(words[-1]) <= 3:
            words = words[:-1]
        return _capitalized(" ".join(words).rstrip(",;:")) + "\u2026"
    return _capitalized(" ".join(words))


def left_out_note(timeline: Timeline, events: list[Event], why: str) -> str | None:
    """One line naming the events a rendering leaves out and what is known of their time
    ('2 events not shown, as no day is known for them: Made (before Tue 2025-11-18 14:30); ...'),
    or None: a calendar or slide show that drops events without a word reads as complete."""
    if not events:
        return None
    spans = [describe(*event_span(timeline, e), event_zone(timeline, e)) for e in events]
    items = [f"{event_label(timeline, e)} ({'no time known' if span == '?' else span})"
             for e, span in zip(events, spans)]
    count = f"{len(events)} event" + ("" if len(events) == 1 else "s")
    return f"{count} not shown, as {why}: " + "; ".join(items) + "."


@dataclass(frozen=True)
class Grain:
    """How precisely a span is known, read in one zone: year, month, day or minute."""

    name: str
    start: datetime | None  # local
    end: datetime | None  # local, exclusive


def _midnight(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)


def grain(start: datetime | None, end: datetime | None, zone: str) -> Grain:
    """The coarsest calendar unit whose boundaries both ends of [start, end) fall on, locally."""
    tz = zone_info(zone)
    local_start = start.astimezone(tz) if start is not None else None
    local_end = end.astimezone(tz) if end is not None else None
    if local_start is None or local_end is None:
        return Grain("open", local_start, local_end)
    if not (_midnight(local_start) and _midnight(local_end)) or local_end <= local_start:
        return Grain("minute", local_start, local_end)
    if (local_start.month, local_start.day, local_end.month, local_end.day) == (1, 1, 1, 1):
        return Grain("year", local_start, local_end)
    if local_start.day == 1 and local_end.day == 1:
        return Grain("month", local_start, local_end)
    return Grain("day", local_start, local_end)


def _day(moment: datetime, weekday: bool = True) -> str:
    return moment.strftime("%a %Y-%m-%d" if weekday else "%Y-%m-%d")


def _minute(moment: datetime, weekday: bool = True) -> str:
    return moment.strftime("%a %Y-%m-%d %H:%M" if weekday else "%Y-%m-%d %H:%M")


def describe(start: datetime | None, end: datetime | None, zone: str) -> str:
    """A span as a reader says it in `zone`: '2022', '2023-07', 'Sun 2023-09-10',
    'Wed 2023-09-13 06:00-12:00', 'after Sun 2023-09-10 00:00', or '?' when unbounded."""
    g = grain(start, end, zone)
    s, e = g.start, g.end
    if g.name == "open":
        if s is not None:
            return f"after {_minute(s)}"
        if e is not None:
            return f"before {_minute(e)}"
        return "?"
    if g.name == "year":
        last = e.year - 1
        return str(s.year) if last == s.year else f"{s.year}-{last}"
    if g.name == "month":
        last = (e - DAY).strftime("%Y-%m")
        first = s.strftime("%Y-%m")
        return first if first == last else f"{first} to {last}"
    weekday = e - s <= WEEK  # weekdays help over a few days, clutter over months
    if g.name == "day":
        last = e - DAY
        return _day(s) if last.date() == s.date() else f"{_day(s, weekday)} to {_day(last, weekday)}"
    if s == e or (e - s == MINUTE and s.second == s.microsecond == 0):
        return _minute(s)  # an instant, or a clock time read to the minute
    if (e - timedelta(microseconds=1)).date() == s.date():
        end_clock = "24:00" if _midnight(e) else e.strftime("%H:%M")
        return f"{_minute(s)}-{end_clock}"
    return f"{_minute(s, weekday)} to {_minute(e, weekday)}"


def zone_label(zone: str, moment: datetime | None) -> str:
    """'America/Montreal EDT', 'Asia/Yakutsk UTC+09': the IANA name and the offset in force."""
    if zone == UTC:
        return UTC
    if moment is None:
        return zone
    abbreviation = moment.astimezone(zone_info(zone)).tzname() or ""
    if abbreviation[:1] in "+-":
        abbreviation = "UTC" + abbreviation
    if abbreviation in (zone, zone.rsplit("/", 1)[-1]):
        return zone
    return f"{zone} {abbreviation}".strip()


def in_utc(start: datetime | None, end: datetime | None) -> str:
    return describe(start, end, UTC)


def timex_zone_text(timeline: Timeline, timex: Timex) -> str:
    """The zone of a time expression, with its candidates when the place spans several."""
    moment = timex.interval.start if timex.interval is not None else timeline.document.published
    label = zone_label(timex_zone(timeline, timex), moment)
    others = [zone for zone in timex.timezone_candidates if zone != timex.timezone]
    return f"{label} (or {', '.join(others)})" if others else label


def published_text(timeline: Timeline) -> str:
    """'Wed 2023-09-13 06:00 America/Montreal EDT (Wed 2023-09-13 10:00 UTC)'."""
    info = timeline.document
    local = info.published.astimezone(zone_info(info.timezone))
    utc = info.published.astimezone(dt_timezone.utc)
    return f"{_minute(local)} {zone_label(info.timezone, local)} ({_minute(utc)} UTC)"


@dataclass(frozen=True)
class EntryRow:
    position: int
    local: str
    zone: str
    utc: str
    label: str
    events: str


@dataclass(frozen=True)
class TimexRow:
    text: str
    type: str
    value: str
    local: str
    zone: str
    utc: str


def entry_rows(timeline: Timeline) -> list[EntryRow]:
    """The ordered entries, each read in its own zone and in UTC."""
    events = event_by_id(timeline)
    rows = []
    for entry in timeline.timeline:
        zone = entry_zone(timeline, entry)
        words = [events[i].text if i in events else i for i in entry.events]
        if len(words) > EVENTS_SHOWN:
            words = words[:EVENTS_SHOWN] + [f"(+{len(words) - EVENTS_SHOWN} more)"]
        start, end = entry_span(timeline, entry)
        local, utc = describe(start, end, zone), in_utc(start, end)
        began_by, still_on = _inner_bounds([events[i] for i in entry.events if i in events])
        if (start, end) == (None, None) and (began_by or still_on):
            # why: "?" would hide what is known of an open state ("circumvents sanctions": begun
            # before August, still so at publication)
            local, utc = _inner_text(began_by, still_on, zone), _inner_text(began_by, still_on, UTC)
        rows.append(EntryRow(entry.position, local, zone_label(zone, start or end or began_by or still_on),
                             utc, entry.label, ", ".join(words)))
    return rows


def _inner_bounds(events: list[Event]) -> tuple[datetime | None, datetime | None]:
    """By when every event of an entry has begun, and until when every one is still on."""
    starts = [e.when.latest_start if e.when else None for e in events]
    ends = [e.when.earliest_end if e.when else None for e in events]
    began_by = max(starts) if starts and None not in starts else None
    still_on = min(ends) if ends and None not in ends else None
    return began_by, still_on


def _inner_text(began_by: datetime | None, still_on: datetime | None, zone: str) -> str:
    """'began by Tue 2023-08-01 00:00, still on at Wed 2023-09-13 06:00' in `zone`; when the
    end may come before the latest start, nothing is known to be on at any moment, so the end
    bound is said as such ('began by Sat 2025-11-01 00:00, not over before Wed 2025-10-01 00:00')."""
    tz = zone_info(zone)
    overlap = began_by is None or still_on is None or began_by <= still_on
    parts = ([f"began by {_minute(began_by.astimezone(tz))}"] if began_by else []) + \
        ([f"{'still on at' if overlap else 'not over before'} {_minute(still_on.astimezone(tz))}"]
         if still_on else [])
    return ", ".join(parts)


def timex_rows(timeline: Timeline) -> list[TimexRow]:
    """The time expressions in text order, their interval in their zone and in UTC."""
    rows = []
    for timex in sorted(timeline.timexes, key=lambda t: (t.start, t.end)):
        start, end = (timex.interval.start, timex.interval.end) if timex.interval else (None, None)
        local = describe(start, end, timex_zone(timeline, timex)) if timex.interval else "-"
        utc = in_utc(start, end) if timex.interval else "-"
        value = timex.value + (f" ({timex.mod})" if timex.mod else "")
        # a duration or set is at no place on the clock: a zone beside its "-" had read as its time
        zone = timex_zone_text(timeline, timex) if timex.interval else ""
        rows.append(TimexRow(timex.text, timex.type, value, local, zone, utc))
    return rows


def conflict_rows(timeline: Timeline) -> list[tuple[str, str, str]]:
    """(rejected relation, reason, the accepted chain it contradicts), each entity named by its
    words and id ('"left" e4 BEFORE "crossed" e2'): ids alone sent the reader to the JSON."""
    words = {t.id: t.text for t in timeline.timexes} | {e.id: e.text for e in timeline.events}

    def name(entity: str) -> str:
        text = "publication" if entity in ("t0", "dct", "DCT") else words.get(entity)
        return f'"{text}" {entity}' if text else entity

    def show(relation) -> str:
        return f"{name(relation.source)} {relation.type} {name(relation.target)}"

    return [(show(c.relation) + f" [{c.relation.origin}]", c.reason, "; ".join(show(r) for r in c.chain))
            for c in timeline.conflicts if not is_guess(c)]


def is_guess(conflict) -> bool:
    """Whether the rejected relation was a learned model's guess ("event-event:learned-order"),
    not something the text says: a guess that does not fit is no contradiction of the text."""
    return ":learned" in (conflict.relation.origin or "")


def guesses_note(timeline: Timeline) -> str | None:
    """One line counting the rejected guesses that conflict_rows leaves out, or None."""
    count = sum(is_guess(c) for c in timeline.conflicts)
    if not count:
        return None
    what = "guess" if count == 1 else "guesses"
    return f"{count} {what} of the learned models did not fit what the text says and were dropped (listed in --format json)."


def _lines(span: str) -> str:
    """A long span on two lines, broken after "to" rather than inside a date."""
    return span.replace(" to ", " to\n") if len(span) > 26 else span


def render(timeline: Timeline, width: int = TABLE_WIDTH) -> str:
    """The timeline as plain-text rich tables, `width` columns wide."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=StringIO(), width=width, color_system=None, force_terminal=False,
                      highlight=False, emoji=False, markup=False)
    console.print(Text(f"Timeline of {timeline.document.id}", style="bold"))
    console.print(Text(f"published {published_text(timeline)}"))

    entries = Table(title="Timeline (local time and UTC)", box=box.SIMPLE_HEAD, title_justify="left",
                    expand=False, pad_edge=False)
    entries.add_column("#", justify="right", no_wrap=True)
    entries.add_column("Local time", ratio=3, min_width=24)
    entries.add_column("UTC", ratio=3, min_width=24)
    entries.add_column("What", ratio=4, min_width=16)
    entries.add_column("Events", ratio=2, min_width=8)
    for row in entry_rows(timeline):
        entries.add_row(str(row.position), Text(f"{_lines(row.local)}\n{row.zone}"), Text(_lines(row.utc)),
                        Text(row.label), Text(row.events))
    if not timeline.timeline:
        entries.add_row("", Text("(no events placed)"), "", "", "")
    if timeline.events or timeline.timeline:  # a tagging run has no events: no table for them
        console.print(entries)

    timexes = Table(title="Time expressions", box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    timexes.add_column("Text", ratio=3, min_width=10)
    timexes.add_column("Type", no_wrap=True)
    timexes.add_column("Value", ratio=2, min_width=10)
    timexes.add_column("Local (zone)", ratio=4, min_width=26)
    timexes.add_column("UTC", ratio=4, min_width=24)
    for row in timex_rows(timeline):
        local = row.local if row.local == "-" else f"{_lines(row.local)}\n{row.zone}"
        timexes.add_row(Text(row.text), row.type, Text(row.value), Text(local), Text(_lines(row.utc)))
    if not timeline.timexes:
        timexes.add_row(Text("(none found)"), "", "", "", "")
    console.print(timexes)

    rows = conflict_rows(timeline)
    if rows:
        conflicts = Table(title="Conflicts (rejected relations)", box=box.SIMPLE_HEAD,
                          title_justify="left", pad_edge=False)
        conflicts.add_column("Rejected", ratio=2)
        conflicts.add_column("Why", ratio=3)
        conflicts.add_column("Contradicts", ratio=2)
        for rejected, reason, chain in rows:
            conflicts.add_row(Text(rejected), Text(reason), Text(chain))
        console.print(conflicts)
    if note := guesses_note(timeline):
        console.print(Text(note))
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()) + "\n"
