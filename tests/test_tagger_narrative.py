"""Narrative anchoring: which mentioned times move the story's reference, on real sentences."""
from datetime import datetime
from zoneinfo import ZoneInfo

from timeline.models import Document, Domain
from timeline.settings import Settings
from timeline.tagger import Tagger

TAGGER = Tagger.load(Settings(domain=Domain.NARRATIVE))
PUBLISHED = datetime(2009, 12, 19, 12, 0, tzinfo=ZoneInfo("UTC"))


def _values(text: str) -> dict[str, str]:
    timexes = TAGGER.tag(Document(id="story", text=text, published=PUBLISHED, timezone="UTC"))
    return {t.text: t.value for t in timexes}


def test_a_planned_future_year_does_not_move_the_story():
    values = _values("On 10 March 1975, the offensive began. The road would lie open for a campaign "
                     "planned in 1976. The town fell on 11 March.")
    assert values["1976"] == "1976"
    assert values["11 March"] == "1975-03-11"


def test_a_year_told_in_the_past_moves_the_story():
    values = _values("On 10 March 1975, the offensive began. The army regrouped in 1976. "
                     "The town fell on 11 March.")
    assert values["11 March"] == "1976-03-11"


def test_a_month_long_before_the_one_told_is_the_next_years():
    values = _values("The armies met in December 1941. In January, the allies signed a pact. "
                     "In March 1942 the offensive stalled; by November it had failed.")
    assert values["January"] == "1942-01"
    assert values["November"] == "1942-11"


def test_years_before_the_common_era_anchor_a_story():
    text = ("The army gathered in the autumn of 481 BC; the following year it marched. In 480 BC it "
            "crossed into Europe; in August it reached the pass, and over the winter it waited.")
    timexes = TAGGER.tag(Document(id="story", text=text, published=PUBLISHED, timezone="UTC"))
    values = {t.text: t.value for t in timexes}
    assert values == {"the autumn of 481 BC": "BC0481-FA", "the following year": "BC0480", "480 BC": "BC0480",
                      "August": "BC0480-08", "the winter": "BC0480-WI"}
    assert all(t.interval is None for t in timexes)  # no place on the real time line


def test_a_winter_told_by_its_year_is_the_one_beginning_in_december():
    assert _values("The campaign of 1905 opened. With the onset of the winter the armies halted.")[
        "the winter"] == "1905-WI"


def test_a_news_story_about_old_times_that_says_this_week_stays_news():
    from timeline.tagger import choose_domain

    text = ("He was jailed in 1959 and freed in 1979; his brother left in 1962 and the family "
            "split in 1966. Until this week he lived quietly. " + "The exiles argued. " * 60)
    document = Document(id="news", text=text, published=datetime(2000, 2, 24, 12, tzinfo=ZoneInfo("UTC")),
                        timezone="UTC")
    assert choose_domain(document, Tagger.load()._deictic) is Domain.NEWS


def test_a_short_history_naming_its_year_once_is_narrative():
    tagger = Tagger.load()
    published = datetime(2024, 3, 1, 12, tzinfo=ZoneInfo("Europe/Malta"))
    text = ("The Great Siege of Malta began on 18 May 1565, when an Ottoman fleet anchored off the island. "
            "The fort held out for almost a month and fell on 23 June.")
    document = Document(id="history", text=text, published=published, timezone="Europe/Malta")
    assert tagger.domain_for(document) is Domain.NARRATIVE
    assert {t.text: t.value for t in tagger.tag(document)}["23 June"] == "1565-06-23"
    # one old year, but the text speaks of its own time: news
    text = "The plant, built in 1965, closed last year and is now being torn down."
    document = Document(id="news", text=text, published=published, timezone="Europe/Malta")
    assert tagger.domain_for(document) is Domain.NEWS


def test_days_after_a_year_are_some_day_of_that_year():
    values = _values("The offensive opened in 1915. Four days later the allies joined the attack.")
    assert values["Four days later"] == "1915-XX-XX"
    assert _values("In March 1980 the talks failed. Three days later the border closed.")[
        "Three days later"] == "1980-03-XX"


def test_that_same_day_of_a_year_is_some_day_of_it():
    assert _values("The battle was fought in 479 BC. The fleet won at Mycale that same day.")[
        "that same day"] == "BC0479-XX-XX"
    assert _values("Trading collapsed in 1987; brokers lost heavily on trades made that day.")[
        "that day"] == "1987-XX-XX"


def test_the_next_day_after_a_month_is_some_day_of_it():
    assert _values("The siege began in March 1981. The city fell the next day.")["the next day"] == "1981-03-XX"


def test_a_storys_past_year_is_a_length_of_time():
    assert _values("By 1917 the army had lost half its men over the past year.")["the past year"] == "P1Y"


def test_a_date_that_labels_a_thing_does_not_move_the_story():
    values = _values("On 2 June 1793 the deputies were arrested. Danton, the leader of the August 1792 "
                     "uprising, was removed. Meanwhile, on 24 June, the Convention adopted a constitution.")
    assert values["24 June"] == "1793-06-24"


def test_a_parenthesized_year_does_not_move_the_story():
    values = _values("The region revolted in 1793 against the Civil Constitution of the Clergy (1790). "
                     "On 17 August, the Convention voted for conscription.")
    assert values["17 August"] == "1793-08-17"


def test_a_distance_from_an_event_is_a_date_reckoned_from_the_last_mentioned_time():
    values = _values("Tarragona fell on 14 January 1939 and Girona on 5 February. Five days after the fall "
                     "of Girona, the last resistance in Catalonia was broken.")
    assert values["Five days"] == "1939-02-10"


def test_a_distance_that_says_how_long_stays_a_duration():
    values = _values("In 1917 each battalion held its sector for about a week before moving back. "
                     "Two days after that, the line broke.")
    assert values["a week"] == "P1W"
    assert "Two days" not in values or values["Two days"] == "P2D"


def test_a_stamp_before_the_story_does_not_make_its_first_years_asides():
    story = ("HISTORY ARTICLE 2009-12-19T17:00:00\n\nIn May 1776, Turgot was dismissed. The next year, Necker "
             "was appointed. " + " ".join(f"In {year} the estates met." for year in range(1787, 1800)))
    assert _values(story)["The next year"] == "1777"


def test_a_storys_winter_is_named_by_the_year_it_ends_in():
    values = _values("On 25 December 1776 Washington crossed the Delaware. Throughout the winter the "
                     "British retreated. In the winter of 1779 the army starved.")
    assert values["the winter"] == "1777-WI"
    assert values["the winter of 1779"] == "1779-WI"


def test_a_history_told_by_weekdays_is_narrative_and_its_weekdays_move_the_story():
    tagger = Tagger.load()
    published = datetime(2021, 10, 8, 9, tzinfo=ZoneInfo("America/Chicago"))
    text = ("The fire started shortly after midnight on Sunday, 8 October 1871, in a barn on DeKoven Street. "
            "On Tuesday the flames reached the north side. The wind dropped that night, and rain fell. "
            "Rebuilding took two decades; a new courthouse opened in 1885 and a water tower, completed "
            "in 1869, still stands.")
    document = Document(id="fire", text=text, published=published, timezone="America/Chicago")
    assert tagger.domain_for(document) is Domain.NARRATIVE
    values = {t.text: t.value for t in tagger.tag(document)}
    assert values["midnight"] == "1871-10-08T00:00"  # the first minute of that Sunday, not its end
    assert values["Tuesday"] == "1871-10-10"
    assert values["that night"] == "1871-10-10TNI"
    # the same story saying "this week" speaks of its own days: news
    document = Document(id="news", text=text + " Crowds gathered this week to remember it.",
                        published=published, timezone="America/Chicago")
    assert tagger.domain_for(document) is Domain.NEWS
