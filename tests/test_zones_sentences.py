"""News sentences with clock times in named places: the exact UTC instant through the whole
tagger (timeline.tag), publication moment and zone given. Instants worked out by hand from
the zones' rules."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from timeline.api import tag

# (sentence, clock text inside the timex, published (local), publisher zone, expected UTC start)
SENTENCES = [
    ("The quake struck at 7:40 a.m. local time on Thursday in Tokyo.", "7:40 a.m.",
     "2024-01-12T09:00", "America/New_York", "2024-01-10T22:40"),
    ("Trading opened at 11:00 GMT on Monday.", "11:00", "2024-07-16T09:00", "Europe/London",
     "2024-07-15T11:00"),
    ("NASA will launch the probe at 3 p.m. EDT on Friday.", "3 p.m.", "2024-07-10T09:00",
     "Europe/Paris", "2024-07-12T19:00"),
    ("The talks began at 9:30 Moscow time on Tuesday.", "9:30", "2024-07-10T09:00", "Europe/Paris",
     "2024-07-09T06:30"),
    pytest.param("Polls close at 8 p.m. IST on Tuesday.", "8 p.m.", "2024-06-03T09:00",
                 "Asia/Kolkata", "2024-06-04T14:30"),
    ("In Kathmandu, the shaking began at 11:56 a.m. local time on April 25, 2015.", "11:56",
     "2015-04-26T09:00", "UTC", "2015-04-25T06:11"),
    ("The missile was fired at 6:40 a.m. local time on Sept. 13 from near Pyongyang.", "6:40",
     "2023-09-13T07:00", "America/Montreal", "2023-09-12T21:40"),
    ("SEOUL, Sept. 13 - The missile was fired at 6:40 a.m. local time.", "6:40",
     "2023-09-13T07:00", "America/Montreal", "2023-09-12T21:40"),
    ("Kim's train crossed the border at 6 a.m. local time on Tuesday in Khasan, Russia.", "6 a.m.",
     "2023-09-13T07:00", "America/Montreal", "2023-09-11T20:00"),
    ("The spacecraft docked at 2:15 p.m. UTC on March 4, 2024.", "2:15", "2024-03-05T09:00",
     "America/Chicago", "2024-03-04T14:15"),
    ("The first polls close at 7 p.m. ET on Nov. 5.", "7 p.m.", "2024-11-01T09:00",
     "America/Chicago", "2024-11-06T00:00"),
    ("The ceremony starts at 8 p.m. PST on Feb. 10.", "8 p.m.", "2024-02-01T09:00",
     "America/Los_Angeles", "2024-02-11T04:00"),
    pytest.param("The game kicks off at 6:30 p.m. PDT on Sunday.", "6:30", "2024-08-01T09:00",
                 "America/Los_Angeles", "2024-08-05T01:30"),
    ("The storm made landfall at 2 a.m. CDT on Aug. 25, 2024.", "2 a.m.", "2024-08-26T09:00",
     "America/New_York", "2024-08-25T07:00"),
    ("The bell rang at 9:30 a.m. EST on Dec. 2.", "9:30", "2024-12-03T09:00", "America/New_York",
     "2024-12-02T14:30"),
    ("The blackout began at 4:10 p.m. local time on Aug. 14, 2003, in Toronto.", "4:10",
     "2003-08-15T09:00", "Europe/London", "2003-08-14T20:10"),
    ("Fireworks began at 9 p.m. local time on Dec. 31, 2023, in Sydney.", "9 p.m.",
     "2024-01-01T09:00", "Europe/London", "2023-12-31T10:00"),
    ("The count started at 10 p.m. local time on Oct. 14, 2023, in Auckland.", "10 p.m.",
     "2023-10-15T09:00", "UTC", "2023-10-14T09:00"),
    ("The match began at 8 p.m. local time on July 4 in Santiago.", "8 p.m.", "2024-07-05T09:00",
     "UTC", "2024-07-05T00:00"),
    ("The earthquake struck at 3:34 a.m. local time on Feb. 27, 2010, in Chile.", "3:34",
     "2010-02-28T09:00", "UTC", "2010-02-27T06:34"),
    ("Markets in Frankfurt opened at 9 a.m. CET on Jan. 15.", "9 a.m.", "2024-01-16T09:00",
     "UTC", "2024-01-15T08:00"),
    ("The summit resumed at 10:00 CEST on June 14 in Brussels.", "10:00", "2024-06-15T09:00",
     "UTC", "2024-06-14T08:00"),
    ("The clocks went forward at 2:30 a.m. local time on March 31 in Berlin.", "2:30",
     "2024-04-01T09:00", "UTC", "2024-03-31T01:30"),  # in the gap: 03:30 CEST
    ("Officials said the shooting happened at 1:30 a.m. EDT on Nov. 3.", "1:30",
     "2024-11-04T09:00", "America/New_York", "2024-11-03T05:30"),  # the fold: first, EDT
    ("Trains stopped at 2:30 a.m. on March 10.", "2:30", "2024-03-11T09:00", "America/New_York",
     "2024-03-10T07:30"),  # the publisher's clock, in its gap
    ("The launch window opens at 10:05 JST on Feb. 17.", "10:05", "2024-02-15T09:00",
     "Asia/Tokyo", "2024-02-17T01:05"),
    ("Shares fell at 10 a.m. HKT on Monday.", "10 a.m.", "2024-03-13T09:00", "Asia/Hong_Kong",
     "2024-03-11T02:00"),
    ("The ferry sank at 8:50 a.m. KST on April 16, 2014.", "8:50", "2014-04-17T09:00",
     "Asia/Seoul", "2014-04-15T23:50"),
    ("Voting ended at 5 p.m. WIB on Feb. 14 in Jakarta.", "5 p.m.", "2024-02-15T09:00", "UTC",
     "2024-02-14T10:00"),
    ("The verdict was read at 11 a.m. SAST on Wednesday.", "11 a.m.", "2024-03-15T09:00",
     "Africa/Johannesburg", "2024-03-13T09:00"),
    ("The rally began at 3 p.m. local time on Saturday in Nairobi.", "3 p.m.", "2024-03-17T09:00",
     "Africa/Nairobi", "2024-03-16T12:00"),
    ("The blast happened at 6:07 p.m. local time on Aug. 4, 2020, in Beirut.", "6:07",
     "2020-08-05T09:00", "Europe/Paris", "2020-08-04T15:07"),
    ("The session will start at 9 a.m. UTC+9 on June 20.", "9 a.m.", "2024-06-01T09:00", "UTC",
     "2024-06-20T00:00"),
    ("The deadline is 17:00 GMT-5 on May 1.", "17:00", "2024-04-20T09:00", "UTC",
     "2024-05-01T22:00"),
    ("The satellite separated at 14:32 +0900 on Oct. 3.", "14:32", "2024-10-04T09:00", "UTC",
     "2024-10-03T05:32"),
    ("The plane landed at 23:45 local time on Dec. 31 in Dubai.", "23:45", "2024-01-01T09:00",
     "UTC", "2023-12-31T19:45"),
    ("The first baby of the year was born at 12:01 a.m. local time on Jan. 1, 2024, in Auckland.",
     "12:01", "2024-01-02T09:00", "Europe/London", "2023-12-31T11:01"),
    ("Police said the fire began at 11:30 p.m. local time on Tuesday in Vladivostok.", "11:30",
     "2023-09-13T07:00", "America/Montreal", "2023-09-12T13:30"),
    ("The train reached the capital at 9 p.m. Pyongyang time on Sunday.", "9 p.m.",
     "2023-09-13T07:00", "America/Montreal", "2023-09-10T12:00"),
    ("The clocks went back at 2:30 a.m. local time on April 7 in Sydney.", "2:30",
     "2024-04-08T09:00", "UTC", "2024-04-06T15:30"),  # the fold: first, AEDT
    ("The market closed at 4 p.m. Eastern time on Friday.", "4 p.m.", "2024-03-09T09:00",
     "America/Toronto", "2024-03-08T21:00"),
    ("The eclipse reached totality at 1:27 p.m. CDT on April 8 in Dallas.", "1:27",
     "2024-04-09T09:00", "UTC", "2024-04-08T18:27"),
    ("The capsule landed at 11:10 a.m. Beijing time on June 25.", "11:10", "2024-06-26T09:00",
     "UTC", "2024-06-25T03:10"),
    ("The count began at 7 a.m. local time on Thursday in Mumbai.", "7 a.m.", "2024-06-07T09:00",
     "UTC", "2024-06-06T01:30"),
    ("The fire broke out at 7:30 p.m. local time on May 3 in Paris, Texas.", "7:30",
     "2024-05-06T09:00", "UTC", "2024-05-04T00:30"),
    ("A quake hit at 1:30 a.m. local time on Monday in eastern Russia.", "1:30", "2024-07-17T09:00",
     "UTC", "2024-07-14T15:30"),
    # a world city beats a town in a country the text also names (the U.S. Open)
    ("The final began at 7:30 p.m. local time on Sunday in Melbourne; she won the U.S. Open in 2023.", "7:30",
     "2026-02-01T09:00", "America/New_York", "2026-02-01T08:30"),
    # a river-qualified city under its short name ("Frankfurt am Main")
    ("Vogt told analysts on a conference call at 2 p.m. Frankfurt time on Monday.", "2 p.m.",
     "2025-05-12T17:45", "Europe/London", "2025-05-12T12:00"),
    # an island group with its own clock, from zone.tab (UTC+13:45 in October)
    ("The first result, from the Chatham Islands, was declared at 7:55 p.m. local time on "
     "Saturday.", "7:55", "2026-10-11T09:00", "Pacific/Auckland", "2026-10-10T06:10"),
]


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize("sentence, clock, published, zone, expected", SENTENCES,
                         ids=[(s.values if hasattr(s, "values") else s)[0][:40] for s in SENTENCES])
def test_sentence_utc_instant(sentence, clock, published, zone, expected):
    timexes = tag(sentence, published=published, timezone=zone)
    found = [t for t in timexes if clock in t.text and t.interval is not None]
    assert found, [(t.text, t.value) for t in timexes]
    # compared in UTC: Python never finds a wall time inside a fold equal to another zone's
    # datetime (PEP 495), even when both name the same instant
    start = found[0].interval.start.astimezone(timezone.utc)
    assert start == _instant(expected), (found[0].text, found[0].value, found[0].timezone_reason)


def test_at_least_forty_sentences():
    assert len(SENTENCES) >= 40


SEED = Path("/work/shared/seed/russia-north-korea-summit.txt")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not mounted")
@pytest.mark.parametrize("needle", ["Wednesday morning (local time)", "early Wednesday (local time)"])
def test_seed_local_time_through_the_tagger(needle):
    text = SEED.read_text(encoding="utf-8")
    timexes = tag(text, published="2023-09-13T07:00:00", timezone="America/Montreal")
    at = text.index(needle)
    found = [t for t in timexes if t.start <= at + len(needle) and at < t.end]
    assert found, needle
    timex = found[0]
    assert timex.timezone == "Asia/Yakutsk", timex.timezone_reason
    assert timex.interval.end <= _instant("2023-09-13T12:00")
    assert timex.interval.start >= _instant("2023-09-12T15:00")
