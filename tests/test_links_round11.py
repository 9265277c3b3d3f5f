"""Round 11 link rules on short news articles written for the purpose, built end to end: where
the timeline puts an event, read as a newsroom user would."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from test_links_round10 import _proposed, nlp  # noqa: F401  (nlp: the shared parser fixture)


@pytest.fixture(scope="module")
def engine():
    from timeline.api import Engine

    return Engine()


def _build(engine, text: str, published: str, zone: str):
    from timeline.api import make_document

    return engine.reconstruct(make_document(text, published=published, timezone=zone))


def _event(tl, word: str, context: str):
    hits = [e for e in tl.events if e.text == word and context in e.sentence]
    assert hits, f"no event {word!r} near {context!r}"
    return hits[0]


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# -- 1. an undated event told in the simple past stays near publication -----------------------
# The learned start order across sentences had put it before the past date of the next sentence.
@pytest.mark.parametrize("text, word, context", [
    ("Acme to buy Beta for $5 billion\n\nAcme Corp agreed to buy rival Beta Inc for $5 billion in cash, the "
     "companies said. Shares of Beta jumped 20% in early trading. The two firms first discussed a deal in "
     "2021, and talks resumed last month.", "jumped", "Shares of Beta"),
    ("Acme to buy Beta for $5 billion\n\nAcme Corp agreed to buy rival Beta Inc for $5 billion in cash, the "
     "companies said. Shares of Beta jumped 20% in early trading. The two firms first discussed a deal in "
     "2021, and talks resumed last month.", "agreed", "Acme Corp agreed"),
    ("Chipmaker bought\n\nThe chipmaker agreed to sell its memory unit to a rival. Its shares rose 8% in "
     "New York. The unit was spun off from its parent in 2016.", "agreed", "chipmaker agreed"),
    ("Bridge closed\n\nEngineers closed the old bridge after they found cracks in its main span. Traffic "
     "backed up for miles. The bridge opened in 1965 and was last repaired in 2008.", "found", "found cracks"),
    ("Airline merger\n\nThe two airlines agreed to merge. Their shares soared in early trading. They first "
     "held talks in 2019, but the pandemic ended them.", "agreed", "airlines agreed"),
])
def test_an_undated_past_event_is_not_pulled_back_to_an_older_date(engine, text, word, context):
    tl = _build(engine, text, "2024-03-05T10:00", "America/New_York")
    event = _event(tl, word, context)
    # before publication (its tense), and nothing in the text puts it back in the older year
    assert event.when.latest_end == _utc(2024, 3, 5, 15)


def test_an_undated_present_progressive_is_not_started_before_an_older_date(engine):
    tl = _build(engine, "Carmaker recalls 500,000 vehicles\n\nThe carmaker is recalling 500,000 vehicles because of "
                "a faulty brake part, it said on Tuesday. The fault caused at least 12 crashes last year.",
                "2024-05-22T09:00", "America/Detroit")
    recalling = _event(tl, "recalling", "is recalling")
    assert recalling.when.latest_start == _utc(2024, 5, 22, 13)  # began by publication, not by last year


def test_a_past_perfect_may_still_look_back(engine):
    # what the rule leaves alone: the past perfect tells what came before, the date says when
    tl = _build(engine, "Deal agreed\n\nThe two firms agreed a merger. They had first discussed a deal in 2021.",
                "2024-03-05T10:00", "America/New_York")
    discussed = _event(tl, "discussed", "first discussed")
    assert discussed.when.latest_end == _utc(2022, 1, 1, 5)


# -- 2. a report or a forecast is not placed on its complement's date ------------------------
@pytest.mark.parametrize("text, teller, told", [
    ("Heatwave grips Spain\n\nTemperatures were forecast to reach 44 degrees on Sunday, the weather agency "
     "said. Hospitals prepared extra beds.", "forecast", "reach"),
    ("Storm heads for coast\n\nThe weather agency said the storm would hit the coast on Sunday.", "said", "hit"),
    ("Heat warning\n\nForecasters warned that temperatures could reach 44C on Sunday.", "warned", "reach"),
])
def test_the_date_of_a_complement_is_not_the_reports(engine, text, teller, told):
    tl = _build(engine, text, "2024-03-08T10:00", "Europe/Madrid")  # a Friday
    sunday_starts = _utc(2024, 3, 9, 23)
    assert _event(tl, told, teller).when.earliest_start == sunday_starts
    assert _event(tl, teller, teller).when.latest_end <= _utc(2024, 3, 8, 9)


# -- 3. a forecast for a period is made before publication, the figure lies in the period ----
@pytest.mark.parametrize("text, verb, figure", [
    ("Acme raises outlook\n\nThe company forecast sales of $2 billion for fiscal 2014. Analysts had "
     "expected $1.8 billion.", "forecast", "sales"),
    ("Carmaker sets target\n\nThe carmaker said it expects deliveries of 500,000 vehicles for 2014.",
     "expects", "deliveries"),
    ("Miner trims guidance\n\nThe miner predicted output of 300,000 tonnes for next year. It also "
     "projected costs of $40 a tonne for 2014.", "projected", None),
])
def test_a_forecast_is_not_placed_in_the_period_it_forecasts(engine, text, verb, figure):
    tl = _build(engine, text, "2013-10-08T10:00", "America/New_York")
    forecast = _event(tl, verb, verb)
    assert forecast.when.earliest_start is None or forecast.when.earliest_start < _utc(2013, 10, 8, 14)
    assert forecast.when.latest_end is None or forecast.when.latest_end <= _utc(2013, 10, 8, 14)
    if figure:
        assert _event(tl, figure, verb).when.earliest_start >= _utc(2014, 1, 1)


def test_rain_forecast_for_a_day_ahead_is_forecast_now(engine):
    tl = _build(engine, "Floods kill dozens in Brazil\n\nFloods killed at least 40 people in southern Brazil, "
                "officials said on Sunday. Heavy rain began on Thursday and swept away bridges and roads. More "
                "rain is forecast for Tuesday.", "2024-05-05T20:00", "America/Sao_Paulo")  # a Sunday
    more_rain = _event(tl, "rain", "More rain")
    assert more_rain.when.earliest_start == _utc(2024, 5, 7, 3)  # Tuesday, not Thursday's rain
    forecast = _event(tl, "forecast", "More rain")
    assert forecast.when.earliest_start is None or forecast.when.earliest_start < _utc(2024, 5, 7, 3)


# -- 4. a headline's relative time gives way to the story's day -------------------------------
# The tagger reads the headline's "overnight" against the publication instant (the night before
# it); the story's first date tells another day.
def test_a_headline_shooting_is_the_ledes_shooting_early_sunday(engine):
    tl = _build(engine, "Three dead after overnight shooting in Chicago\n\nThree people were killed and four "
                "wounded in a shooting on the city's South Side early Sunday, police said. The gunman fled on "
                "foot.", "2024-03-11T09:00", "America/Chicago")  # a Monday
    headline = _event(tl, "shooting", "overnight shooting")
    assert headline.when.earliest_start == _utc(2024, 3, 10, 6)  # early Sunday, Chicago
    assert headline.when.latest_end == _utc(2024, 3, 10, 17)


@pytest.mark.parametrize("text, published, zone, word, wrong_night_starts", [
    ("Hundreds evacuated after overnight blaze\n\nFirefighters battled a blaze at a chemical plant early "
     "Saturday, forcing hundreds of residents from their homes. No one was hurt.", "2024-03-11T09:00",
     "America/Chicago", "evacuated", _utc(2024, 3, 11, 1)),
    ("Overnight storms leave thousands without power\n\nStorms tore through the county late Saturday, downing "
     "trees and power lines. About 12,000 homes were still without electricity on Sunday morning, the "
     "utility said.", "2024-06-10T08:00", "America/Chicago", "leave", _utc(2024, 6, 10, 1)),
    ("Two hurt in overnight crash on motorway\n\nTwo people were injured when a lorry hit a car on the M6 "
     "early on Tuesday, police said. The motorway reopened at 9am.", "2024-06-13T08:00", "Europe/London",
     "hurt", _utc(2024, 6, 12, 19)),
])
def test_a_headline_event_is_not_put_in_the_night_before_publication(engine, text, published, zone, word,
                                                                     wrong_night_starts):
    tl = _build(engine, text, published, zone)
    event = _event(tl, word, word)
    assert event.when.earliest_start is None or event.when.earliest_start < wrong_night_starts
    assert event.when.latest_end is not None  # a headline participle happened before publication


# -- what a sanction, a blame or a praise answers came before it -----------------------------
@pytest.mark.parametrize("text, verb, reason", [
    ("A former mayor was sentenced to six years in prison for taking bribes.", "sentenced", "taking"),
    ("Police arrested a man for stealing a car.", "arrested", "stealing"),
    ("The company was fined $2 million for polluting the river.", "fined", "polluting"),
    ("The firefighter was praised for rescuing a child.", "praised", "rescuing"),
])
def test_what_a_sanction_or_a_praise_answers_came_first(nlp, text, verb, reason):
    ids, links = _proposed(nlp, text, [])
    assert any(r.source == ids[reason] and r.target == ids[verb] and r.type == "BEFORE"
               and r.origin == "event-event:reason-for" for r in links)


def test_for_under_another_verb_gives_no_reason(nlp):
    ids, links = _proposed(nlp, "The union campaigned for raising the minimum wage.", [])
    assert not any(r.origin == "event-event:reason-for" for r in links)


def test_a_headline_date_the_story_agrees_with_still_dates_the_headline(nlp):
    from timeline.models import Timex

    text = ("Three dead after Sunday shooting in Chicago\n\nThree people were killed in a shooting on the "
            "city's South Side early Sunday, police said.")
    sunday = _utc(2024, 3, 10, 6), _utc(2024, 3, 11, 5)
    timexes = [Timex(id="t1", text="Sunday", start=text.index("Sunday"), end=text.index("Sunday") + 6, type="DATE",
                     value="2024-03-10", interval={"start": sunday[0], "end": sunday[1]}),
               Timex(id="t2", text="early Sunday", start=text.index("early Sunday"),
                     end=text.index("early Sunday") + 12, type="DATE", value="2024-03-10",
                     interval={"start": sunday[0], "end": _utc(2024, 3, 10, 17)})]
    _, links = _proposed(nlp, text, timexes)
    # t1 is the headline's "Sunday": only the headline's shooting hangs on it
    assert any(r.target == "t1" and r.origin == "event-time:signal:direct" for r in links)
