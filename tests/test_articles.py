"""Key facts of the sample articles' timelines (samples/README.md), read as a newsroom user
would: which event lands on which instant or day, and in which order. The articles were
written for the project and never tuned on; expected instants worked out by hand."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from test_seed_timeline import _event, _position

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _build(name: str):
    from timeline.api import Engine
    from timeline.inputs import read_input

    return Engine().reconstruct(read_input(str(SAMPLES / f"{name}.txt")))


@pytest.fixture(scope="module")
def nepal():
    return _build("nepal-earthquake")


@pytest.fixture(scope="module")
def tour():
    return _build("asean-tour")


@pytest.fixture(scope="module")
def final():
    return _build("melbourne-final")


@pytest.fixture(scope="module")
def mill():
    return _build("hamilton-mill")


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def _starts_at(event, *args) -> bool:
    return event.when.earliest_start == _utc(*args)


def _within(event, start: tuple, end: tuple) -> bool:
    """The event's bounds lie inside [start, end] (UTC)."""
    return (event.when.earliest_start is not None and event.when.latest_end is not None
            and _utc(*start) <= event.when.earliest_start and event.when.latest_end <= _utc(*end))


# -- a quake in Nepal reported from London: Kathmandu's UTC+05:45 clock -------------------
def test_the_quake_hit_at_1802_utc_on_friday(nepal):
    hit = _event(nepal, "hit", "The quake hit")
    assert _starts_at(hit, 2026, 1, 16, 18, 2)
    timex = next(t for t in nepal.timexes if t.text.startswith("11:47 p.m."))
    assert timex.timezone == "Asia/Kathmandu"


def test_bare_clock_times_read_nepal_s_clock(nepal):
    # "the strongest of magnitude 5.2 at 3:05 a.m. on Saturday": Kathmandu's 3:05 is 21:20Z Friday
    aftershocks = _event(nepal, "followed", "aftershocks")
    assert _starts_at(aftershocks, 2026, 1, 16, 21, 20)
    landed = _event(nepal, "landed", "helicopters")
    assert _starts_at(landed, 2026, 1, 17, 3, 45)


def test_nepal_order_from_2015_to_next_week(nepal):
    earlier = _event(nepal, "killed", "April 2015")
    smaller = _event(nepal, "struck", "November 2023")
    hit = _event(nepal, "hit", "The quake hit")
    aftershocks = _event(nepal, "followed", "aftershocks")
    landed = _event(nepal, "landed", "helicopters")
    visit = _event(nepal, "visit", "home minister")
    session = _event(nepal, "hold", "special session")
    pos = lambda e: _position(nepal, e)  # noqa: E731
    assert pos(earlier) < pos(smaller) < pos(hit) < pos(aftershocks) < pos(landed) < pos(visit) \
        < pos(session)
    assert _within(earlier, (2015, 3, 31), (2015, 5, 1))
    assert _within(smaller, (2023, 10, 31), (2023, 12, 1))


def test_the_gmt_reading_is_the_same_instant(nepal):
    recorded = _event(nepal, "recorded", "18:02 GMT")
    assert _starts_at(recorded, 2026, 1, 16, 18, 2)


# -- a five-day tour: Hanoi, Jakarta, Manila, home to Tokyo -------------------------------
def test_tour_days_in_order(tour):
    began = _event(tour, "began", "Hanoi on Monday")
    laid = _event(tour, "laid", "wreath")
    arrived = _event(tour, "arrived", "Jakarta")
    flew = _event(tour, "flew", "Manila that night")
    signed = _event(tour, "signed", "Malacañang")
    landed = _event(tour, "landed", "Haneda")
    brief = _event(tour, "brief", "cabinet")
    pos = lambda e: _position(tour, e)  # noqa: E731
    assert pos(began) < pos(laid) < pos(arrived) < pos(flew) < pos(signed) < pos(landed) < pos(brief)


def test_tour_dates_on_tokyo_s_calendar(tour):
    began = _event(tour, "began", "Hanoi on Monday")
    assert _within(began, (2026, 1, 11, 15), (2026, 1, 12, 15))  # Monday 12 January, Tokyo
    signed = _event(tour, "signed", "Malacañang")
    assert _within(signed, (2026, 1, 16, 3), (2026, 1, 16, 9))  # Friday afternoon
    landed = _event(tour, "landed", "Haneda")
    assert _starts_at(landed, 2026, 1, 17, 2, 20)  # 11:20 a.m. in Tokyo
    reopens = _event(tour, "reopens", "Jan. 23")
    assert _within(reopens, (2026, 1, 22, 15), (2026, 1, 23, 15))


# -- a final in Melbourne reported from New York ------------------------------------------
def test_the_final_began_at_0830_utc(final):
    began = _event(final, "began", "7:30 p.m. local time")
    assert _starts_at(began, 2026, 2, 1, 8, 30)


def test_sao_paulo_watched_the_same_instant(final):
    watched = _event(final, "watched", "Sao Paulo")
    assert _starts_at(watched, 2026, 2, 1, 8, 30)


def test_the_latest_finish_was_melbourne_s_3_42(final):
    finished = _event(final, "finished", "3:42 a.m.")
    assert _starts_at(finished, 2026, 1, 20, 16, 42)


def test_final_order(final):
    kuerten = _event(final, "won", "Kuerten")
    finished = _event(final, "finished", "3:42 a.m.")
    quarter = _event(final, "beat", "quarterfinals")
    began = _event(final, "began", "7:30 p.m. local time")
    season = _event(final, "begins", "Buenos Aires")
    pos = lambda e: _position(final, e)  # noqa: E731
    assert pos(kuerten) < pos(finished) < pos(quarter) < pos(began) < pos(season)


# -- twenty years of a mill's site -------------------------------------------------------
def test_mill_years_in_order(mill):
    called = _event(mill, "called", "February 2006")
    poured = _event(mill, "poured", "March 17")
    bankruptcy = _event(mill, "went", "bankruptcy")
    sale = _event(mill, "approved", "sale of the land")
    abandoned = _event(mill, "abandoned", "2012")
    bought = _event(mill, "bought", "former mill site")
    voted = _event(mill, "voted", "June last year")
    opens = _event(mill, "open", "2029")
    pos = lambda e: _position(mill, e)  # noqa: E731
    assert pos(called) < pos(poured) < pos(bankruptcy) < pos(sale) < pos(abandoned) < pos(bought) \
        < pos(voted) < pos(opens)


def test_mill_dates(mill):
    poured = _event(mill, "poured", "March 17")
    assert _within(poured, (2006, 3, 17, 5), (2006, 3, 18, 5))  # Hamilton's day, EST
    voted = _event(mill, "voted", "June last year")
    assert _within(voted, (2025, 6, 1, 4), (2025, 7, 1, 4))


# -- headlines: the lead told again in the present --------------------------------------
def test_headline_verb_is_the_leads_event(nepal, final, tour):
    for tl, head, lead in ((nepal, ("strikes", "western Nepal, killing"), ("struck", "shortly before midnight")),
                           (final, ("beats", "in five sets"), ("won", "first Grand Slam")),
                           (tour, ("ends", "Southeast Asia tour"), ("ended", "defence agreement"))):
        told, happened = _event(tl, *head), _event(tl, *lead)
        assert _position(tl, told) == _position(tl, happened), head


def test_headline_present_is_not_read_as_ongoing(nepal):
    strikes = _event(nepal, "strikes", "western Nepal, killing")
    assert strikes.when.latest_end is not None and strikes.when.latest_end < _utc(2026, 1, 17, 14, 30)


# -- nuclear talks datelined GENEVA (not Geneva, Illinois), a GMT reading beside "local time" ----
@pytest.fixture(scope="module")
def talks():
    return _build("iran-talks-geneva")


def test_the_talks_read_geneva_s_clock(talks):
    # "told reporters at 11:15 a.m. local time (1015 GMT)": Geneva's CET, on the Friday of publication
    told = _event(talks, "told", "11:15 a.m. local time")
    assert _starts_at(told, 2013, 2, 22, 10, 15)
    timex = next(t for t in talks.timexes if t.text.startswith("11:15"))
    assert timex.timezone == "Europe/Zurich"
    assert all(t.timezone in (None, "Europe/Zurich") for t in talks.timexes)  # the headline's too


def test_the_talks_in_order_from_moscow_to_kazakhstan(talks):
    moscow = _event(talks, "ended", "Moscow in June 2012")
    ended = _event(talks, "ended", "late on Thursday night")
    experts = _event(talks, "meet", "Istanbul on March 18")
    kazakhstan = _event(talks, "hold", "Kazakhstan on April 5-6")
    pos = lambda e: _position(talks, e)  # noqa: E731
    assert pos(moscow) < pos(ended) < pos(experts) < pos(kazakhstan)
    assert _within(ended, (2013, 2, 21, 19), (2013, 2, 22, 5))  # Thursday night, Geneva's
    assert _within(experts, (2013, 3, 17, 23), (2013, 3, 18, 23))
    assert _within(kazakhstan, (2013, 4, 4, 22), (2013, 4, 6, 22))


# -- a quake in Chile reported from New York: Santiago's UTC-3 clock, a night's small hours ------
@pytest.fixture(scope="module")
def chile():
    return _build("chile-quake")


def test_the_chile_quake_and_its_aftershocks(chile):
    hit = _event(chile, "hit", "11:32 p.m.")
    assert _starts_at(hit, 2014, 3, 17, 2, 32)  # 23:32 on Sunday in Santiago, 02:32 GMT Monday
    aftershocks = _event(chile, "followed", "aftershocks")
    assert _starts_at(aftershocks, 2014, 3, 17, 4, 15)  # 1:15 a.m. after the night's midnight
    schools = _event(chile, "open", "Schools in Valparaiso")
    assert _within(schools, (2014, 3, 18, 3), (2014, 3, 19, 3))
    earlier = _event(chile, "hit", "February 2010")
    pos = lambda e: _position(chile, e)  # noqa: E731
    assert pos(earlier) < pos(hit) < pos(aftershocks) < pos(schools)
