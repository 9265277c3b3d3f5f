"""Round 12 link rules on short news articles, built end to end: an undated event of the story's
now is not tied by a learned order to the old date of a background sentence, deep in the story too."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from test_links_round11 import _build, _event, _utc, engine  # noqa: F401  (engine: the shared fixture)


def _unbounded_by_the_past(event, published: datetime) -> bool:
    """Neither end of the event is bounded by a date more than a month before publication."""
    cutoff = published - timedelta(days=31)
    w = event.when
    return all(m is None or m >= cutoff for m in (w.earliest_start, w.latest_start, w.latest_end))


RATECUT = (
    "Bank of England cuts rates for first time since 2020\n\n"
    "LONDON, Aug 1 (Reuters) - The Bank of England cut interest rates on Thursday for the first time in more "
    "than four years, lowering Bank Rate to 5.0% from 5.25%, a 16-year high it had held since August last year.\n\n"
    "The Monetary Policy Committee voted 5-4 for the cut. Governor Andrew Bailey said the bank would need to "
    "be careful not to cut too quickly or by too much.\n\n"
    "Inflation fell to the bank's 2% target in May and stayed there in June, but the bank expects it to rise "
    "to about 2.75% in the second half of this year as last year's falls in energy prices drop out of the "
    "annual comparison.\n\n"
    "The bank last cut rates in March 2020, at the start of the COVID-19 pandemic. It then raised them 14 "
    "times in a row from December 2021.\n\n"
    "Sterling fell half a cent against the dollar after the decision. The next rate announcement is due on "
    "Sept. 19.")

DERAIL = (
    "At least 17 killed as express train derails in eastern India\n\n"
    "NEW DELHI, June 17 (Reuters) - At least 17 people were killed and dozens injured when a goods train "
    "rammed into a stationary passenger express in India's West Bengal state on Monday morning, officials said.\n\n"
    "The collision happened at about 8:55 a.m. (0325 GMT) near New Jalpaiguri station, derailing three rear "
    "coaches of the Kanchanjunga Express, which was travelling from Agartala to Sealdah in Kolkata.\n\n"
    "Rescue workers cut through the mangled carriages for more than seven hours before the last injured "
    "passenger was freed in the afternoon. Railway Minister Ashwini Vaishnaw reached the site by road later "
    "on Monday.\n\n"
    "The automatic signalling system on the stretch had been faulty since early Monday, and the goods train's "
    "driver had been given written permission to pass red signals, a railway official said on Tuesday.\n\n"
    "Last June, nearly 300 people died in Odisha state when a passenger train hit a stationary freight train, "
    "India's worst rail crash in more than two decades. Services on the line are expected to resume by "
    "Wednesday evening.")

VOLCANO = (
    "Iceland volcano erupts again, forcing evacuation of Blue Lagoon\n\n"
    "REYKJAVIK, Iceland (Reuters) - A volcano on Iceland's Reykjanes peninsula erupted late on Wednesday for "
    "the seventh time since December, spewing lava up to 50 metres into the air and forcing the evacuation of "
    "the Blue Lagoon spa and the fishing town of Grindavik.\n\n"
    "The eruption began at 10:15 p.m. local time (2215 GMT) after a swarm of earthquakes that started about "
    "an hour earlier, the Icelandic Met Office said. By early Thursday the fissure had grown to about 3 km.\n\n"
    "Keflavik airport remained open and flights were operating normally, the airport operator said on "
    "Thursday morning.\n\n"
    "Grindavik's 3,800 residents were first evacuated in November 2023, when magma moving under the town "
    "opened deep cracks in its streets. Most have not returned.\n\n"
    "Scientists say the eruptions could continue for years, or even decades. The peninsula had been quiet "
    "for about 800 years before a first eruption in 2021.")

VERDICT = (
    "Jury convicts former mayor of bribery after two-day deliberation\n\n"
    "SPRINGFIELD, Ill. (AP) — A federal jury on Thursday convicted former Springfield Mayor Daniel Hart of "
    "accepting bribes from a waste-hauling contractor, ending a trial that began three weeks ago.\n\n"
    "Jurors deliberated for about 11 hours over two days before returning the verdict shortly after 2 p.m. "
    "Hart, 61, showed no emotion as it was read.\n\n"
    "Prosecutors said Hart took more than $400,000 in cash and gifts between 2017 and 2021 in exchange for "
    "steering a city contract worth $30 million to the company. The contractor's owner pleaded guilty in "
    "March and testified against him last week.\n\n"
    "Hart resigned in October 2022, two days after FBI agents searched his home. He was indicted the "
    "following spring.\n\n"
    "U.S. District Judge Maria Lopez set sentencing for Feb. 14. Hart faces up to 20 years in prison on the "
    "most serious count. His lawyer said he would appeal.")


# -- the articles' rows ------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, zone, utc, word, context", [
    (RATECUT, "2024-08-01T13:10", "Europe/London", _utc(2024, 8, 1, 12, 10), "fell", "Sterling fell"),
    (RATECUT, "2024-08-01T13:10", "Europe/London", _utc(2024, 8, 1, 12, 10), "voted", "voted 5-4"),
    (DERAIL, "2024-06-18T11:40", "Asia/Kolkata", _utc(2024, 6, 18, 6, 10), "given", "driver had been given"),
    (DERAIL, "2024-06-18T11:40", "Asia/Kolkata", _utc(2024, 6, 18, 6, 10), "expected", "Services on the line"),
    (VOLCANO, "2024-08-22T09:20", "Atlantic/Reykjavik", _utc(2024, 8, 22, 9, 20), "remained", "Keflavik"),
    (VERDICT, "2024-11-07T17:45", "America/Chicago", _utc(2024, 11, 7, 23, 45), "set", "set sentencing"),
    (VERDICT, "2024-11-07T17:45", "America/Chicago", _utc(2024, 11, 7, 23, 45), "faces", "Hart faces"),
    (VERDICT, "2024-11-07T17:45", "America/Chicago", _utc(2024, 11, 7, 23, 45), "said", "His lawyer said"),
])
def test_the_story_now_is_not_tied_to_a_background_date(engine, text, published, zone, utc, word, context):
    tl = _build(engine, text, published, zone)
    assert _unbounded_by_the_past(_event(tl, word, context), utc)


def test_the_background_sentence_keeps_its_own_order(engine):
    # what the rule leaves alone: within the background sentence the signal and the date still order
    tl = _build(engine, DERAIL, "2024-06-18T11:40", "Asia/Kolkata")
    assert _event(tl, "hit", "passenger train hit").when.latest_end <= _utc(2023, 6, 30, 18, 30)
    assert _event(tl, "died", "300 people died").when.earliest_start == _utc(2023, 5, 31, 18, 30)


def test_the_learned_order_stays_a_relation(engine):
    # only the windows leave it out: the relations (and the evaluations) keep the order
    tl = _build(engine, DERAIL, "2024-06-18T11:40", "Asia/Kolkata")
    ids = {e.id: e.text for e in tl.events}
    kept = {(ids[r.source], ids[r.target]) for r in tl.relations if r.origin.endswith(":background")}
    assert ("died", "expected") in kept


# -- short variants of our own --------------------------------------------------------------------
LEDE = ("Flooding shuts valley roads\n\nHeavy rain flooded the valley on Tuesday, officials said. "
        "Police closed three roads and a school.\n\n")


@pytest.mark.parametrize("text, word, context", [
    # a "last March" comparison before the story's forecast
    (LEDE + "Last March, floods killed 40 people in the region when the river burst its banks. Roads are "
     "expected to reopen by Friday.", "expected", "Roads are"),
    # a "from" span's start before the story's happening
    (LEDE + "The council raised the flood levy five times from January 2022. Shop owners demanded help "
     "after the closures.", "demanded", "Shop owners demanded"),
    # the story's happening told before a background sentence with its own old date
    (LEDE + "The main bridge remained open, the council said. The bridge was rebuilt in May 2019, when "
     "engineers raising its deck added new piers.", "remained", "bridge remained"),
    # a "since" span in the sentence before
    (LEDE + "The valley has had no flood defences since the spring of 2021. The mayor visited the school "
     "after the closures.", "visited", "mayor visited"),
])
def test_an_undated_event_deep_in_the_story_keeps_to_its_tense(engine, text, word, context):
    tl = _build(engine, text, "2024-03-05T10:00", "America/New_York")
    event = _event(tl, word, context)
    assert _unbounded_by_the_past(event, _utc(2024, 3, 5, 15))


def test_a_sentence_with_an_old_date_keeps_its_undated_events_back(engine):
    # the opposite side: an undated event in the background sentence stays with that sentence's date
    tl = _build(engine, LEDE + "Last March, floods killed 40 people in the region when the river burst its "
                "banks. Roads are expected to reopen by Friday.", "2024-03-05T10:00", "America/New_York")
    burst = _event(tl, "burst", "river burst")
    assert burst.when.latest_end is not None and burst.when.latest_end <= _utc(2023, 4, 1, 5)
