"""HTML: one self-contained page; text escaped; marks at the right character offsets."""
from __future__ import annotations

import re
from html.parser import HTMLParser

try:
    from test_export_view import seed_timeline
except ImportError:  # tests collected as a package
    from tests.test_export_view import seed_timeline

from timeline.export import html, render
from timeline.models import Event, Timex


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self._mark: list[str] | None = None
        self._class = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark, self._class = [], dict(attrs).get("class", "")

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._class, "".join(self._mark)))
            self._mark = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark.append(data)


def _parse(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    return parser


def test_the_page_is_self_contained():
    page = render(seed_timeline(), "html")
    assert page.startswith("<!DOCTYPE html>")
    tags = _parse(page).tags
    assert not [t for t, a in tags if t in {"script", "link", "img", "iframe"}]
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "url(" not in page


def test_the_timeline_shows_local_time_beside_utc_in_order():
    page = html.render(seed_timeline())
    timeline = page.split('id="timeline"', 1)[1].split("</section>", 1)[0]
    assert timeline.index("Kim leaves Pyongyang") < timeline.index("Kim crosses") < timeline.index("Summit meeting")
    assert "Wed 2023-09-13 06:00-12:00" in timeline
    assert "UTC: Tue 2023-09-12 21:00 to Wed 2023-09-13 03:00" in timeline
    assert "Asia/Yakutsk UTC+09" in timeline


def test_time_expressions_and_events_are_marked_at_their_offsets():
    tl = seed_timeline()
    article = html.render(tl).split('class="article"', 1)[1]
    marks = _parse(article).marks
    assert ("tx", "Wednesday morning (local time)") in marks
    assert ("tx", "three years ago") in marks
    assert ("ev", "left") in marks and ("ev", "materialized") in marks
    assert len([m for m in marks if m[0] == "ev"]) == len(tl.events)
    assert 'id="e2"' in html.render(tl) and 'href="#e2"' in html.render(tl)


def test_overlapping_spans_are_split_not_nested_wrongly():
    tl = seed_timeline()
    start = tl.text.index("three years ago")
    extra = Event(id="e99", text="years ago", start=start + 6, end=start + 15)
    marks = _parse(html.render(tl.model_copy(update={"events": [*tl.events, extra]}))).marks
    assert ("tx", "three ") in marks and ("ev tx", "years ago") in marks


def test_everything_is_escaped():
    text = 'Officials said <script>alert("x")</script> & more on Tuesday.'
    start = text.index("Tuesday")
    tl = seed_timeline()
    timex = Timex(id="t1", text="Tuesday", start=start, end=start + 7, type="DATE", value="<2023>")
    event = Event(id="e1", text="said", start=10, end=14, sentence=text)
    doc = tl.document.model_copy(update={"id": "<doc & co>"})
    entry = tl.timeline[0].model_copy(update={"label": "<b>label</b>", "events": ["e1"]})
    page = html.render(tl.model_copy(update={"text": text, "timexes": [timex], "events": [event],
                                             "document": doc, "timeline": [entry], "conflicts": []}))
    assert "<script>" not in page and "<b>label" not in page and "<doc" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in page
    assert "&lt;b&gt;label&lt;/b&gt;" in page and "&lt;doc &amp; co&gt;" in page
    assert "<code>&lt;2023&gt;</code>" in page


def test_spans_outside_the_text_are_ignored_and_conflicts_listed():
    tl = seed_timeline()
    page = html.render(tl.model_copy(update={"text": tl.text[:100]}))
    assert page.count('<mark class="tx"') == 1  # only "Wednesday morning (local time)" fits
    assert "&quot;arrived&quot; e4 BEFORE &quot;left&quot; e2 [tense]" in page
    assert "contradicts &quot;left&quot; e2 BEFORE &quot;crossed&quot; e3" in page
    assert "1 conflict</p>" in page


def test_every_link_has_its_target_when_spans_start_together():
    from datetime import datetime, timezone

    from timeline.models import DocumentInfo, Timeline, TimelineEntry

    text = "Tuesday talks ended."
    timex = Timex(id="t1", text="Tuesday talks", start=0, end=13, type="DATE", value="2024-03-05")
    events = [Event(id="e1", text="Tuesday", start=0, end=7, sentence=text),
              Event(id="e2", text="ended", start=14, end=19, sentence=text)]
    tl = Timeline(document=DocumentInfo(id="d", published=datetime(2024, 3, 6, tzinfo=timezone.utc), timezone="UTC"),
                  text=text, timexes=[timex], events=events,
                  timeline=[TimelineEntry(position=1, events=["e1", "e2"], label="talks")])
    page = html.render(tl)
    targets = set(re.findall(r'\sid="([^"]+)"', page))
    assert {"t1", "e1", "e2"} <= targets  # e1 starts where t1 does
    assert set(re.findall(r'href="#([^"]+)"', page)) <= targets
    seed = render(seed_timeline(), "html")
    assert set(re.findall(r'href="#([^"]+)"', seed)) <= set(re.findall(r'\sid="([^"]+)"', seed))
