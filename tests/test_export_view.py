"""The seed article's timeline built by hand, and tests of the view the renderers share.

Other test_export_* modules import `seed_timeline` from here, so the renderers are tested on
one realistic Timeline without waiting for the tagger, events and solver.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from timeline.export import table as view
from timeline.models import (
    Conflict, DocumentInfo, Event, Interval, Relation, Timeline, TimelineEntry, Timex, When,
)

SEED = Path(__file__).resolve().parents[1] / "samples" / "russia-north-korea-summit.txt"
PUBLISHED = datetime(2023, 9, 13, 6, 0, tzinfo=ZoneInfo("America/Montreal"))
UTC = timezone.utc


def _local(zone: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone))


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _timex(text, tid, needle, type_, value, zone, start, end, after=0, mod=None):
    s, e = _span(text, needle, after)
    interval = Interval(start=start, end=end) if start is not None else None
    return Timex(id=tid, text=needle, start=s, end=e, type=type_, value=value, mod=mod,
                 timezone=zone, interval=interval)


def _event(text, eid, needle, anchor, start, end, after=0, klass="OCCURRENCE", tense="PAST"):
    s, e = _span(text, needle, after)
    sentence_start = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s) + 1) + 1
    sentence_end = text.find(".", e) + 1
    start_utc = start.astimezone(UTC) if start else None
    end_utc = end.astimezone(UTC) if end else None
    when = When(earliest_start=start_utc, latest_start=end_utc, earliest_end=start_utc, latest_end=end_utc)
    return Event(id=eid, text=needle, start=s, end=e, event_class=klass, tense=tense,
                 sentence=text[sentence_start:sentence_end].strip(), when=when, anchor=anchor)


def seed_timeline(text: str | None = None) -> Timeline:
    """What a correct engine should make of the seed article (see samples/README.md)."""
    text = SEED.read_text("utf-8") if text is None else text
    yak, vla, pyo, mtl = "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Pyongyang", "America/Montreal"
    wed_morning = (_local(yak, 2023, 9, 13, 6), _local(yak, 2023, 9, 13, 12))
    early_wed = (_local(yak, 2023, 9, 13, 0), _local(yak, 2023, 9, 13, 12))
    sunday = (_local(pyo, 2023, 9, 10), _local(pyo, 2023, 9, 11))
    tuesday = (_local(vla, 2023, 9, 12), _local(vla, 2023, 9, 13))
    y2020 = (_local(mtl, 2020, 1, 1), _local(mtl, 2021, 1, 1))
    y2022 = (_local(mtl, 2022, 1, 1), _local(mtl, 2023, 1, 1))
    july = (_local(mtl, 2023, 7, 1), _local(mtl, 2023, 8, 1))
    august = (_local(mtl, 2023, 8, 1), _local(mtl, 2023, 9, 1))
    crossed_at = text.index("crossed the border")
    timexes = [
        _timex(text, "t1", "Wednesday morning (local time)", "TIME", "2023-09-13TMO", yak, *wed_morning),
        _timex(text, "t2", "Tuesday", "DATE", "2023-09-12", vla, *tuesday),
        _timex(text, "t3", "Sunday", "DATE", "2023-09-10", pyo, *sunday),
        _timex(text, "t4", "Tuesday", "DATE", "2023-09-12", vla, *tuesday, after=crossed_at),
        _timex(text, "t5", "early Wednesday (local time)", "TIME", "2023-09-13", yak, *early_wed,
               mod="START"),
        _timex(text, "t6", "three years ago", "DATE", "2020", mtl, *y2020),
        _timex(text, "t7", "2022", "DATE", "2022", mtl, *y2022),
        _timex(text, "t8", "July", "DATE", "2023-07", mtl, *july),
        _timex(text, "t9", "August", "DATE", "2023-08", mtl, *august),
    ]
    events = [
        _event(text, "e1", "materialized", "t1", *wed_morning),
        _event(text, "e2", "left", "t3", *sunday),
        _event(text, "e3", "crossed", "t4", *tuesday),
        _event(text, "e4", "arrived", "t5", *early_wed, after=crossed_at),
        _event(text, "e5", "exchanged", "t5", *early_wed),
        _event(text, "e6", "pandemic", "t6", *y2020, klass="STATE", tense="NONE"),
        _event(text, "e7", "accused", "t7", *y2022),
        _event(text, "e8", "parade", "t8", *july),
        _event(text, "e9", "exchanged", "t9", *august, after=text.index("In August")),
        _event(text, "e10", "discuss", None, None, None, klass="I_ACTION", tense="FUTURE"),
    ]
    by_id = {e.id: e for e in events}
    order = [("e6", "COVID-19 pandemic begins"), ("e7", "Washington accuses North Korea"),
             ("e8", "Military parade in Pyongyang"), ("e9", "Russia and North Korea exchange letters"),
             ("e2", "Kim leaves Pyongyang by train"), ("e3", "Kim crosses the border into Russia"),
             ("e4 e5", "Kim arrives at Vostochny, handshake with Putin"),
             ("e1", "Summit meeting materializes")]
    entries = []
    for position, (ids, label) in enumerate(order, start=1):
        first = by_id[ids.split()[0]].when
        entries.append(TimelineEntry(position=position, events=ids.split(), label=label,
                                     earliest=first.earliest_start, latest=first.latest_end))
    relations = [Relation(source="e2", target="e3", type="BEFORE", origin="bounds"),
                 Relation(source="e3", target="e4", type="BEFORE", origin="bounds")]
    conflicts = [Conflict(relation=Relation(source="e4", target="e2", type="BEFORE", origin="tense"),
                          reason="e4 is on 2023-09-13 and e2 on 2023-09-10", chain=relations[:1])]
    info = DocumentInfo(id="russia-north-korea-summit", published=PUBLISHED, timezone="America/Montreal")
    return Timeline(document=info, text=text, timexes=timexes, events=events, relations=relations,
                    timeline=entries, conflicts=conflicts)


def test_the_seed_timeline_offsets_point_into_the_text():
    tl = seed_timeline()
    for item in [*tl.timexes, *tl.events]:
        assert tl.text[item.start:item.end] == item.text


def test_an_event_lives_in_its_anchor_zone_else_the_publishers():
    tl = seed_timeline()
    events = view.event_by_id(tl)
    assert view.event_zone(tl, events["e4"]) == "Asia/Yakutsk"
    assert view.event_zone(tl, events["e2"]) == "Asia/Pyongyang"
    assert view.event_zone(tl, events["e10"]) == "America/Montreal"


def test_a_local_day_reads_as_a_day_locally_and_as_hours_in_utc():
    start = _local("Asia/Pyongyang", 2023, 9, 10)
    end = start + timedelta(days=1)
    assert view.describe(start, end, "Asia/Pyongyang") == "Sun 2023-09-10"
    assert view.describe(start, end, "UTC") == "Sat 2023-09-09 15:00 to Sun 2023-09-10 15:00"


def test_spans_read_at_their_grain():
    mtl = "America/Montreal"
    assert view.describe(_local(mtl, 2022, 1, 1), _local(mtl, 2023, 1, 1), mtl) == "2022"
    assert view.describe(_local(mtl, 2020, 1, 1), _local(mtl, 2023, 1, 1), mtl) == "2020-2022"
    assert view.describe(_local(mtl, 2023, 7, 1), _local(mtl, 2023, 8, 1), mtl) == "2023-07"
    assert view.describe(_local(mtl, 2023, 9, 10), _local(mtl, 2023, 9, 13), mtl) == \
        "Sun 2023-09-10 to Tue 2023-09-12"
    yak = "Asia/Yakutsk"
    assert view.describe(_local(yak, 2023, 9, 13, 6), _local(yak, 2023, 9, 13, 12), yak) == \
        "Wed 2023-09-13 06:00-12:00"
    assert view.describe(_local(yak, 2023, 9, 13, 6), None, yak) == "after Wed 2023-09-13 06:00"
    assert view.describe(None, None, yak) == "?"
    ten = _local(yak, 2023, 9, 13, 10, 45)
    assert view.describe(ten, ten + timedelta(minutes=1), yak) == "Wed 2023-09-13 10:45"
    assert view.describe(ten, ten + timedelta(minutes=15), yak) == "Wed 2023-09-13 10:45-11:00"


def test_a_month_across_a_dst_change_is_still_a_month():
    mtl = "America/Montreal"  # clocks went back on 2023-11-05
    assert view.describe(_local(mtl, 2023, 11, 1), _local(mtl, 2023, 12, 1), mtl) == "2023-11"
    assert view.describe(_local(mtl, 2023, 11, 5), _local(mtl, 2023, 11, 6), mtl) == "Sun 2023-11-05"


def test_zone_labels_name_the_zone_and_the_offset_in_force():
    assert view.zone_label("America/Montreal", PUBLISHED) == "America/Montreal EDT"
    winter = _local("America/Montreal", 2023, 1, 5)
    assert view.zone_label("America/Montreal", winter) == "America/Montreal EST"
    assert view.zone_label("Asia/Yakutsk", PUBLISHED) == "Asia/Yakutsk UTC+09"
    assert view.zone_label("Etc/GMT", PUBLISHED) == "Etc/GMT"
    assert view.zone_label("UTC", PUBLISHED) == "UTC"


def test_entries_are_read_in_their_own_zone_and_in_utc():
    rows = view.entry_rows(seed_timeline())
    meeting = rows[6]
    assert meeting.local == "Wed 2023-09-13 00:00-12:00"
    assert meeting.zone == "Asia/Yakutsk UTC+09"
    assert meeting.utc == "Tue 2023-09-12 15:00 to Wed 2023-09-13 03:00"
    assert meeting.events == "arrived, exchanged"


def test_an_event_without_bounds_takes_its_anchor_interval():
    tl = seed_timeline()
    bare = tl.events[1].model_copy(update={"when": When()})
    assert view.event_span(tl, bare) == (tl.timexes[2].interval.start, tl.timexes[2].interval.end)


def test_bounds_clipped_at_odd_hours_inside_a_day_anchor_read_as_that_day():
    tl = seed_timeline()
    crossed = next(e for e in tl.events if e.id == "e3")  # anchored on Tuesday, Vladivostok
    tuesday = tl.timexes[3].interval
    clipped = crossed.model_copy(update={"when": When(
        earliest_start=tuesday.start, latest_end=tuesday.end - timedelta(hours=1))})
    assert view.event_span(tl, clipped) == (tuesday.start, tuesday.end)
    # clock-time bounds inside a day anchor are below the text's precision: the day is shown
    inside = crossed.model_copy(update={"when": When(
        earliest_start=tuesday.start + timedelta(hours=6), latest_end=tuesday.start + timedelta(hours=9))})
    assert view.event_span(tl, inside)[0] == tuesday.start  # still minute grain inside a day
    # an anchor that is itself clock time keeps the bounds
    morning = next(e for e in tl.events if e.id == "e1")
    assert view.event_span(tl, morning) == (morning.when.earliest_start, morning.when.latest_end)


def test_an_entry_clipped_inside_its_events_shared_day_reads_as_that_day():
    tl = seed_timeline()
    tuesday = tl.timexes[3].interval
    entry = tl.timeline[5]  # "crossed", anchored on Tuesday in Vladivostok
    clipped = entry.model_copy(update={"latest": tuesday.end - timedelta(hours=1)})
    assert view.entry_span(tl, clipped) == (tuesday.start, tuesday.end)
    row = view.entry_rows(tl.model_copy(update={"timeline": [clipped]}))[0]
    assert row.local == "Tue 2023-09-12"


def test_labels_keep_clock_times_whole():
    text = "The talks broke down shortly after 4:30 p.m. local time. Delegates left."
    event = Event(id="e1", text="broke", start=text.index("broke"), end=text.index("broke") + 5)
    tl = Timeline(document=DocumentInfo(id="d", published=PUBLISHED, timezone="Europe/Zurich"),
                  text=text, events=[event])
    assert view.event_label(tl, event) == "Broke down shortly after 4:30 p.m. local\u2026"
    end = text.index("left")
    last = Event(id="e2", text="left", start=end, end=end + 4)
    assert view.event_label(tl, last) == "Delegates left"  # who left, not a bare verb
