"""iCal: parses back with icalendar; all-day vs timed; stable UIDs; DTSTAMP from publication."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

try:
    from test_export_view import PUBLISHED, seed_timeline
except ImportError:  # tests collected as a package
    from tests.test_export_view import PUBLISHED, seed_timeline

from timeline.export import ical, render
from timeline.models import DocumentInfo, Event, Interval, Timeline, Timex, When


def _vevents(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(v["x-timeline-event-id"]): v for v in calendar.walk("VEVENT")}


def test_the_calendar_parses_back_with_one_vevent_per_dated_event():
    out = render(seed_timeline(), "ical")
    events = _vevents(out)
    # dated to the day or better: left, crossed, arrived, handshake, meeting;
    # the year, month and undated events are left out
    assert sorted(events) == ["e1", "e2", "e3", "e4", "e5"]


def test_an_event_known_to_the_day_is_all_day_in_its_own_zone():
    events = _vevents(ical.render(seed_timeline()))
    left = events["e2"]
    assert left.decoded("dtstart") == date(2023, 9, 10)
    assert left.decoded("dtend") == date(2023, 9, 11)
    assert "VALUE=DATE" in left.to_ical().decode()
    crossed = events["e3"]
    assert (crossed.decoded("dtstart"), crossed.decoded("dtend")) == (date(2023, 9, 12), date(2023, 9, 13))


def test_an_event_known_to_the_minute_is_timed_in_its_own_zone_with_a_vtimezone():
    out = ical.render(seed_timeline())
    meeting = _vevents(out)["e1"]
    start, end = meeting.decoded("dtstart"), meeting.decoded("dtend")
    assert start == datetime(2023, 9, 13, 6, tzinfo=ZoneInfo("Asia/Yakutsk"))
    assert end.astimezone(timezone.utc) == datetime(2023, 9, 13, 3, tzinfo=timezone.utc)
    assert "DTSTART;TZID=Asia/Yakutsk:20230913T060000" in out
    calendar = icalendar.Calendar.from_ical(out)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Yakutsk"]


def test_uids_are_stable_across_renders_and_differ_between_events_and_documents():
    first = _vevents(ical.render(seed_timeline()))
    second = _vevents(ical.render(seed_timeline()))
    assert {k: str(v["uid"]) for k, v in first.items()} == {k: str(v["uid"]) for k, v in second.items()}
    assert len({str(v["uid"]) for v in first.values()}) == len(first)
    assert ical.event_uid("doc-a", "e1") != ical.event_uid("doc-b", "e1")
    assert ical.render(seed_timeline()) == ical.render(seed_timeline())


def test_dtstamp_is_the_publication_moment_in_utc():
    for vevent in _vevents(ical.render(seed_timeline())).values():
        assert vevent.decoded("dtstamp") == PUBLISHED.astimezone(timezone.utc)
    assert "DTSTAMP:20230913T100000Z" in ical.render(seed_timeline())


def test_summary_is_a_short_label_and_description_the_source_sentence():
    tl = seed_timeline()
    events = _vevents(ical.render(tl))
    assert str(events["e2"]["summary"]) == "Kim leaves Pyongyang by train"
    assert str(events["e2"]["description"]).startswith("North Korean leader Kim Jong-un, who left Pyongyang")
    handshake = str(events["e5"]["summary"])  # shares its entry: labelled from its own words
    assert handshake.startswith("Exchanged a handshake") and len(handshake) < 80


def _one_event(zone: str, start: datetime, end: datetime, when: bool = True) -> Timeline:
    text = "The council will vote at 3 p.m. EDT on Friday."
    timex = Timex(id="t1", text="3 p.m. EDT on Friday", start=25, end=45, type="TIME",
                  value="2024-03-08T15:00", timezone=zone, interval=Interval(start=start, end=end))
    bounds = When(earliest_start=start, latest_start=start, earliest_end=start, latest_end=end) if when else When()
    event = Event(id="e1", text="vote", start=19, end=23, sentence=text, when=bounds, anchor="t1", tense="FUTURE")
    info = DocumentInfo(id="council", published=datetime(2024, 3, 6, 9, tzinfo=ZoneInfo(zone)), timezone=zone)
    return Timeline(document=info, text=text, timexes=[timex], events=[event])


def test_a_timed_event_across_a_dst_change_keeps_its_wall_clock_and_zone():
    zone = ZoneInfo("America/New_York")  # DST began 2024-03-10 at 02:00
    start = datetime(2024, 3, 10, 1, 30, tzinfo=zone)
    end = datetime(2024, 3, 10, 3, 30, tzinfo=zone)  # one real hour later
    out = ical.render(_one_event("America/New_York", start, end))
    vevent = _vevents(out)["e1"]
    assert "DTSTART;TZID=America/New_York:20240310T013000" in out
    assert vevent.decoded("dtend") - vevent.decoded("dtstart") == timedelta(hours=2)  # wall clock
    assert vevent.decoded("dtend").astimezone(timezone.utc) == datetime(2024, 3, 10, 7, 30, tzinfo=timezone.utc)
    calendar = icalendar.Calendar.from_ical(out)
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert vtimezone["tzid"] == "America/New_York"
    assert {c.name for c in vtimezone.subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_an_event_without_bounds_is_dated_by_its_anchor():
    zone = ZoneInfo("America/Montreal")
    start = datetime(2024, 3, 8, 15, tzinfo=zone)
    out = ical.render(_one_event("America/Montreal", start, start + timedelta(hours=1), when=False))
    vevent = _vevents(out)["e1"]
    assert vevent.decoded("dtstart") == start


def test_a_month_is_not_a_date_and_an_empty_timeline_is_an_empty_calendar():
    zone = ZoneInfo("America/Montreal")
    month = _one_event("America/Montreal", datetime(2024, 3, 1, tzinfo=zone), datetime(2024, 4, 1, tzinfo=zone))
    assert _vevents(ical.render(month)) == {}
    empty = Timeline(document=DocumentInfo(id="empty", published=PUBLISHED, timezone="America/Montreal"))
    calendar = icalendar.Calendar.from_ical(ical.render(empty))
    assert calendar.walk("VEVENT") == [] and str(calendar["version"]) == "2.0"


def test_several_whole_days_with_a_certain_first_day_span_several_all_day_dates():
    zone = ZoneInfo("Asia/Tokyo")
    monday = datetime(2024, 3, 4, tzinfo=zone)
    tl = _one_event("Asia/Tokyo", monday, monday + timedelta(days=3))
    event = tl.events[0].model_copy(update={"when": When(
        earliest_start=monday, latest_start=monday + timedelta(days=1),
        earliest_end=monday + timedelta(days=2), latest_end=monday + timedelta(days=3))})
    vevent = _vevents(ical.render(tl.model_copy(update={"events": [event]})))["e1"]
    assert (vevent.decoded("dtstart"), vevent.decoded("dtend")) == (date(2024, 3, 4), date(2024, 3, 7))
    # the same days, but a start that could be any of them: not dated
    vague = event.model_copy(update={"when": event.when.model_copy(
        update={"latest_start": monday + timedelta(days=3)})})
    assert _vevents(ical.render(tl.model_copy(update={"events": [vague]}))) == {}


def test_an_instant_has_no_dtend_and_every_dtend_is_later_than_its_dtstart():
    zone = ZoneInfo("America/New_York")
    noon = datetime(2024, 3, 8, 12, tzinfo=zone)
    out = ical.render(_one_event("America/New_York", noon, noon))
    vevent = _vevents(out)["e1"]
    assert vevent.decoded("dtstart") == noon and "dtend" not in vevent  # a DTEND equal to it is invalid
    calendar = icalendar.Calendar.from_ical(render(seed_timeline(), "ical"))
    for vevent in calendar.walk("VEVENT"):
        assert "dtend" not in vevent or vevent.decoded("dtend") > vevent.decoded("dtstart")
