"""TimelineJS3 JSON: a title slide, then dated events at the precision they are known."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

try:
    from test_export_view import seed_timeline
except ImportError:  # tests collected as a package
    from tests.test_export_view import seed_timeline

from timeline.export import render, timelinejs
from timeline.models import When


def _slides(tl=None) -> dict[str, dict]:
    data = json.loads(render(tl or seed_timeline(), "timelinejs"))
    return {item["unique_id"]: item for item in data["events"]}


def test_title_slide_comes_from_the_document():
    data = json.loads(timelinejs.render(seed_timeline()))
    assert data["title"]["text"]["headline"] == "Timeline of russia-north-korea-summit"
    assert "2023-09-13 06:00 America/Montreal EDT" in data["title"]["text"]["text"]


def test_dates_are_local_to_the_event_and_as_precise_as_known():
    slides = _slides()
    assert slides["event-e7"]["start_date"] == {"year": 2022, "display_date": "2022 (America/Montreal EST)"}
    assert {k: v for k, v in slides["event-e8"]["start_date"].items() if k != "display_date"} == \
        {"year": 2023, "month": 7}
    left = slides["event-e2"]["start_date"]
    assert (left["year"], left["month"], left["day"]) == (2023, 9, 10) and "hour" not in left
    meeting = slides["event-e1"]
    # 06:00 at Vostochny, not 17:00 Montreal time of the day before
    assert {k: v for k, v in meeting["start_date"].items() if k != "display_date"} == \
        {"year": 2023, "month": 9, "day": 13, "hour": 6, "minute": 0}
    assert meeting["end_date"] == {"year": 2023, "month": 9, "day": 13, "hour": 12, "minute": 0}
    assert "Tue 2023-09-12 21:00" in meeting["start_date"]["display_date"]  # UTC shown too


def test_events_follow_the_timeline_and_undated_ones_are_left_out():
    data = json.loads(timelinejs.render(seed_timeline()))
    ids = [item["unique_id"] for item in data["events"]]
    assert ids == ["event-e6", "event-e7", "event-e8", "event-e9", "event-e2", "event-e3",
                   "event-e4", "event-e5", "event-e1"]


def test_text_is_escaped_html():
    tl = seed_timeline()
    event = tl.events[1].model_copy(update={"sentence": "Kim <b>left</b> & went"})
    slides = _slides(tl.model_copy(update={"events": [tl.events[0], event, *tl.events[2:]]}))
    assert slides["event-e2"]["text"]["text"].startswith("<p>Kim &lt;b&gt;left&lt;/b&gt; &amp; went</p>")


def test_several_days_get_an_inclusive_end_day():
    tl = seed_timeline()
    zone = ZoneInfo("Asia/Pyongyang")
    start, end = datetime(2023, 9, 10, tzinfo=zone), datetime(2023, 9, 13, tzinfo=zone)
    event = tl.events[1].model_copy(update={"when": When(earliest_start=start, latest_end=end)})
    slide = timelinejs.slide(tl, event)
    assert slide["end_date"] == {"year": 2023, "month": 9, "day": 12}
    assert end - start == timedelta(days=3)
