"""The rendered outputs read as their consumers read them: a calendar app (icalendar), a browser
(lxml.html), TimelineJS (its JSON contract), the TempEval-3 toolkit (TimeML as XML) and a person
reading Markdown or the terminal table raw. Real builds of short articles written for these
tests; assertions on the parsed output, so they hold whatever the engine decides about each event."""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import lxml.etree
import lxml.html
import pytest
from rich.cells import cell_len

from timeline.export import render
from timeline.export.table import describe, entry_rows, event_label, event_span, event_zone, timex_rows
from timeline.models import DocumentInfo, Event, Timeline, Timex
from timeline.models.event import When
from timeline.models.document import Document

OUTAGE = """AT&T & Verizon restore service after "<major>" outage

NEW YORK (AP) \u2014 AT&T said on Tuesday that service was fully restored after an outage that began at 9 a.m. \
on Monday and ended at 4:30 p.m., leaving some 40,000 customers without a signal. The company will publish a \
report before March, a spokesperson said.

Engineers had warned about the fault. \u201cWe are sorry,\u201d he says.
"""
QUAKE = ("A magnitude 6.1 earthquake struck off New Zealand's North Island at 10:52 a.m. on Saturday, "
         "the GeoNet agency said. No damage was reported. Officials will review building codes next year.\n")
BRIDGE = ("The Kelso bridge opened in 1931 and closed for repairs in March 1995. It reopened on 4 June 1996, "
          "and the council said on Monday that it will close again in May.\n")


def _build(doc_id: str, text: str, published: str, zone: str) -> Timeline:
    from timeline.api import Engine

    return Engine().reconstruct(Document(id=doc_id, text=text, published=datetime.fromisoformat(published),
                                         timezone=zone))


@pytest.fixture(scope="module")
def articles() -> list[Timeline]:
    return [_build("outage", OUTAGE, "2025-02-04T18:00:00-05:00", "America/New_York"),
            # published at Saturday noon in Auckland, still Friday in UTC
            _build("quake", QUAKE, "2025-03-14T23:30:00+00:00", "Pacific/Auckland"),
            _build("bridge", BRIDGE, "2024-03-05T10:00:00+00:00", "Europe/London")]


@pytest.fixture(scope="module")
def outage(articles) -> Timeline:
    return articles[0]


# --- iCal -------------------------------------------------------------------------------------

def _calendar(timeline: Timeline) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(render(timeline, "ical"))


def test_every_vevent_has_dates_a_calendar_accepts(articles):
    for timeline in articles:
        calendar = _calendar(timeline)
        zones = {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")}
        for vevent in calendar.walk("VEVENT"):
            start = vevent.decoded("dtstart")
            end = vevent.decoded("dtend") if "dtend" in vevent else None
            if isinstance(start, datetime):  # timed: in the event's zone, with its VTIMEZONE
                assert start.tzinfo is not None and str(vevent["dtstart"].params["TZID"]) in zones
                assert end is None or end > start
            else:  # all-day: whole dates, the end exclusive
                assert isinstance(start, date) and isinstance(end, date) and end > start


def test_a_timed_event_sits_at_its_local_clock_time_in_its_zone(articles):
    quake = _calendar(articles[1])
    struck = [v for v in quake.walk("VEVENT") if isinstance(v.decoded("dtstart"), datetime)
              and v.decoded("dtstart").strftime("%H:%M") == "10:52"]
    assert struck and all(str(v["dtstart"].params["TZID"]) == "Pacific/Auckland" for v in struck)


def test_every_event_is_in_the_calendar_or_named_in_its_description(articles):
    for timeline in articles:
        calendar = _calendar(timeline)
        shown = {str(v["x-timeline-event-id"]) for v in calendar.walk("VEVENT")}
        left_out = [e for e in timeline.events if e.id not in shown]
        if not left_out:
            assert "x-wr-caldesc" not in calendar
            continue
        description = str(calendar["x-wr-caldesc"])
        assert description.startswith(f"{len(left_out)} event")
        for event in left_out:  # each with what is known of its time ("before ...", "1931")
            span = describe(*event_span(timeline, event), event_zone(timeline, event))
            assert f"{event_label(timeline, event)} ({'no time known' if span == '?' else span})" in description


def test_a_before_bound_event_is_no_calendar_entry_but_says_before(outage):
    calendar = _calendar(outage)
    shown = {str(v["x-timeline-event-id"]) for v in calendar.walk("VEVENT")}
    open_ended = [e for e in outage.events if event_span(outage, e)[0] is None and event_span(outage, e)[1]]
    assert open_ended and not shown & {e.id for e in open_ended}
    assert "(before Tue 2025-02-04 18:00)" in str(calendar["x-wr-caldesc"])


def test_summaries_read_as_words(articles):
    for timeline in articles:
        for vevent in _calendar(timeline).walk("VEVENT"):
            summary = str(vevent["summary"])
            assert summary[:1].isupper() or summary[:1].isdigit(), summary
            assert not re.search(r"[,;:(\u201c\"]\u2026?$", summary), summary  # no dangling mark
            assert not summary.endswith(".") or summary.endswith(("a.m.", "p.m.")), summary


# --- labels (the calendar summary and the TimelineJS headline) ---------------------------------

PUBLISHED = datetime.fromisoformat("2025-02-04T18:00:00-05:00")


def _label(text: str, word: str, occurrence: int = 0) -> str:
    start = [m.start() for m in re.finditer(re.escape(word), text)][occurrence]
    event = Event(id="e1", text=word, start=start, end=start + len(word))
    timeline = Timeline(document=DocumentInfo(id="d", published=PUBLISHED, timezone="America/New_York"),
                        text=text, events=[event])
    return event_label(timeline, event)


@pytest.mark.parametrize("text, word, label", [
    # an event that ends its clause is led by who did it: a calendar of bare "Said" tells nothing
    ("Prices rose sharply, officials said.", "said", "Officials said"),
    ("\u201cWe are sorry,\u201d he says.\n\nsource site-63", "says", "He says"),
    ("The title race is open with six races left.", "left", "Open with six races left"),
    ("It is over, said Mr. Colinna. Others disagree.", "said", "Said Mr. Colinna"),
    # a full stop before a line break ends the label, whatever opens the next line
    ("Kim met his counterpart Vladimir Putin.\n  \u2022 Analysts believe", "met",
     "Met his counterpart Vladimir Putin"),
    # a thousands separator is no clause mark
    ("The fleet arrived carrying some 40,000 men, the chronicle says.", "carrying", "Carrying some 40,000 men"),
    ("Voters cast 1,234,567 ballots.", "cast", "Cast 1,234,567 ballots"),
    # a cut label loses a dangling colon before its ellipsis
    ("The count may take days if the margin is narrow: officials expect a result Friday.", "take",
     "Take days if the margin is narrow\u2026"),
    # nor on a function word
    ("Talks began at 9 a.m. on Monday and ended at noon.", "began", "Began at 9 a.m. on Monday\u2026"),
    ("They will ask the full court to rehear the case.", "ask", "Ask the full court to rehear\u2026"),
    ("A judge in Sacramento was wrong to dismiss it.", "judge", "Judge in Sacramento was wrong to dismiss\u2026"),
])
def test_labels(text: str, word: str, label: str):
    assert _label(text, word) == label


def test_an_entry_label_is_capitalized_in_a_summary():
    text = "The family said she died on Monday."
    event = Event(id="e1", text="said", start=text.index("said"), end=text.index("said") + 4)
    from timeline.models import TimelineEntry

    timeline = Timeline(document=DocumentInfo(id="d", published=PUBLISHED, timezone="America/New_York"),
                        text=text, events=[event],
                        timeline=[TimelineEntry(position=1, events=["e1"], label="family said")])
    assert event_label(timeline, event) == "Family said"


# --- HTML --------------------------------------------------------------------------------------

def test_the_page_parses_is_self_contained_and_keeps_the_text_intact(articles):
    for timeline in articles:
        page = render(timeline, "html")
        root = lxml.html.document_fromstring(page)
        links = [v for el in root.iter() for a in ("src", "href") if (v := el.get(a))]
        assert all(link.startswith("#") for link in links)
        anchors = {el.get("id") for el in root.iter() if el.get("id")}
        assert {link[1:] for link in links} <= anchors  # every chip leads somewhere
        assert {e.id for e in timeline.events} <= anchors  # every event is marked in the text
        article = root.get_element_by_id("text").find_class("article")[0]
        assert article.text_content() == timeline.text  # quotes, & and <major> escaped, not lost
        items = root.get_element_by_id("timeline").findall(".//li")
        assert len(items) == len(timeline.timeline)


def test_quotes_ampersands_and_angle_brackets_are_text_not_markup(outage):
    page = render(outage, "html")
    root = lxml.html.document_fromstring(page)
    assert not root.findall(".//major")
    assert "AT&amp;T &amp; Verizon" in page and "&lt;major&gt;" in page
    titles = [el.get("title") for el in root.iter() if el.get("title")]
    assert any("\u201cWe are sorry,\u201d he says." in t for t in titles)


def test_open_bounds_read_as_before_or_after(articles):
    open_rows = 0
    for timeline in articles:
        root = lxml.html.document_fromstring(render(timeline, "html"))
        shown = [span.text_content() for span in root.get_element_by_id("timeline").find_class("local")]
        rows = entry_rows(timeline)
        assert shown == [row.local for row in rows]
        open_rows += sum(row.local.startswith(("before ", "after ", "began by ")) for row in rows)
    assert open_rows  # the articles do have events known on one side only


# --- TimelineJS ----------------------------------------------------------------------------------

_ORDER = ("year", "month", "day", "hour", "minute")


def _moment(d: dict) -> tuple[int, ...]:
    return tuple(d.get(name, 1 if name in ("month", "day") else 0) for name in _ORDER)


def test_slides_have_the_dates_and_headlines_timelinejs_needs(articles):
    for timeline in articles:
        data = json.loads(render(timeline, "timelinejs"))
        assert data["title"]["text"]["headline"]
        for item in data["events"]:
            start = item["start_date"]
            assert isinstance(start["year"], int) and item["text"]["headline"]
            assert [k for k in _ORDER if k in start] == list(_ORDER[:len([k for k in _ORDER if k in start])])
            if "end_date" in item:
                assert _moment(item["end_date"]) >= _moment(start)


def test_no_event_is_dropped_without_a_word(articles):
    for timeline in articles:
        data = json.loads(render(timeline, "timelinejs"))
        shown = {item["unique_id"] for item in data["events"]}
        dropped = [e for e in timeline.events if f"event-{e.id}" not in shown]
        title = data["title"]["text"]["text"]
        assert (f"{len(dropped)} event" in title) == bool(dropped)
        for event in dropped:  # a "before X" keeps no invented date: it is named, not placed
            assert event_span(timeline, event)[0] is None


def test_a_span_from_a_year_start_is_given_as_a_year_not_midnight(outage):
    data = json.loads(render(outage, "timelinejs"))
    report = [item for item in data["events"]
              if item["start_date"]["display_date"].startswith("2025-02-04 18:00 to 2025-03-01 00:00")]
    assert report
    for item in report:  # "before March", from publication: ends on the last day of February
        assert item["end_date"] == {"year": 2025, "month": 2, "day": 28}
        assert item["start_date"]["hour"] == 18


def test_each_end_of_a_clock_span_keeps_its_own_precision():
    ny = ZoneInfo("America/New_York")
    text = "The mission was planned last year."
    planned = Event(id="e1", text="planned", start=text.index("planned"), end=text.index("planned") + 7,
                    when=When(earliest_start=datetime(2025, 1, 1, tzinfo=ny), latest_end=PUBLISHED))
    timeline = Timeline(document=DocumentInfo(id="d", published=PUBLISHED, timezone="America/New_York"),
                        text=text, events=[planned])
    (item,) = json.loads(render(timeline, "timelinejs"))["events"]
    assert {k: v for k, v in item["start_date"].items() if k != "display_date"} == {"year": 2025}
    assert item["end_date"] == {"year": 2025, "month": 2, "day": 4, "hour": 18, "minute": 0}


# --- TimeML ----------------------------------------------------------------------------------------

def test_timeml_is_well_formed_and_its_text_is_the_input(articles):
    for timeline in articles:
        root = lxml.etree.fromstring(render(timeline, "timeml").encode("utf-8"))
        assert "".join(root.find("TEXT").itertext()) == timeline.text
        eids = {e.get("eid") for e in root.iter("EVENT")}
        instances = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
        assert set(instances.values()) == eids and len(instances) == len(eids)
        tids = {t.get("tid") for t in root.iter("TIMEX3")}
        for link in root.iter("TLINK"):
            source = link.get("eventInstanceID") or link.get("timeID")
            target = link.get("relatedToEventInstance") or link.get("relatedToTime")
            assert source in instances or source in tids
            assert target in instances or target in tids


def test_the_dct_is_the_publishers_date_not_the_utc_one(articles):
    root = lxml.etree.fromstring(render(articles[1], "timeml").encode("utf-8"))
    dct = root.find("DCT/TIMEX3")
    assert dct.get("value") == dct.text == "2025-03-15"  # Sat 12:30 in Auckland, Fri 23:30 in UTC


# --- Markdown and the terminal table ------------------------------------------------------------------

def test_markdown_columns_line_up_in_the_source(articles):
    for timeline in articles:
        lines = render(timeline, "markdown").splitlines()
        tables, current = [], []
        for line in lines + [""]:
            if line.startswith("|"):
                current.append(line)
            elif current:
                tables.append(current)
                current = []
        assert tables
        for table in tables:
            pipes = {tuple(i for i, ch in enumerate(row) if ch == "|" and row[i - 1:i] != "\\") for row in table}
            assert len(pipes) == 1 and len({cell_len(row) for row in table}) == 1


def test_a_duration_has_no_zone_beside_its_dash():
    text = "The talks lasted three hours on Tuesday."
    hours = Timex(id="t1", text="three hours", type="DURATION", value="PT3H", start=16, end=27)
    timeline = Timeline(document=DocumentInfo(id="d", published=PUBLISHED, timezone="America/New_York"),
                        text=text, timexes=[hours])
    (row,) = timex_rows(timeline)
    assert (row.local, row.zone, row.utc) == ("-", "", "-")
    assert "| three hours | DURATION | PT3H  | -          |      | -   |" in render(timeline, "markdown")


def test_the_table_wraps_between_words(articles):
    for timeline in articles:
        out = render(timeline, "table")
        words = set(out.split())
        for entry in timeline.timeline:
            for word in entry.label.split():
                assert word in words, word  # rich wraps at spaces: no word is cut in two
