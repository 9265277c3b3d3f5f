"""Times without a zone in a datelined story read the dateline's clock (wire style)."""
from datetime import datetime, timezone

import timeline

PUBLISHED = "2024-03-07T09:15:00-05:00"


def _utc(text, **kwargs):
    found = timeline.tag(text, published=PUBLISHED, timezone="America/New_York", **kwargs)
    return {t.text: t.interval.start.astimezone(timezone.utc) for t in found if t.interval}


def test_dateline_sets_the_clock_of_bare_times():
    text = "TOKYO, March 7 - Bullet trains resumed at 10:45 a.m. after the quake."
    assert _utc(text)["10:45 a.m."] == datetime(2024, 3, 7, 1, 45, tzinfo=timezone.utc)


def test_document_place_sets_the_clock_without_a_dateline():
    text = "Bullet trains resumed at 10:45 a.m. after the quake."
    assert _utc(text, place="Tokyo")["10:45 a.m."] == datetime(2024, 3, 7, 1, 45, tzinfo=timezone.utc)


def test_without_dateline_or_place_the_publisher_clock_stays():
    text = "Bullet trains resumed at 10:45 a.m. after the quake in Tokyo."
    assert _utc(text)["10:45 a.m."] == datetime(2024, 3, 7, 15, 45, tzinfo=timezone.utc)


def test_a_named_zone_beats_the_dateline():
    text = "TOKYO, March 7 - The markets in New York open at 9:30 a.m. EST."
    assert _utc(text)["9:30 a.m. EST"] == datetime(2024, 3, 7, 14, 30, tzinfo=timezone.utc)


def test_a_bare_clock_time_keeps_the_day_the_previous_sentence_named():
    # published 09:00 in New York is already Friday 02:00 in Auckland; the quake struck on the
    # Thursday the story named, not on the Friday after publication
    text = ("WELLINGTON - A strong earthquake struck early Thursday (local time). "
            "It hit at 3:12 a.m., officials said.")
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/New_York")}
    assert found["3:12 a.m."].value == "2024-03-07T03:12"
    assert found["3:12 a.m."].interval.start.astimezone(timezone.utc) == datetime(2024, 3, 6, 14, 12, tzinfo=timezone.utc)


def test_a_part_of_day_alone_stays_on_the_publication_day():
    text = "WELLINGTON - Parliament sat on Tuesday. Ministers meet this morning."
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/New_York")}
    assert found["this morning"].value.startswith("2024-03-08")
