"""With a parse (timeline build), the verb a time expression hangs on decides its tense."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.models import Document
from timeline.tagger import Tagger

TAGGER = Tagger.load()
PUBLISHED = datetime(1998, 10, 25, 12, 0, tzinfo=ZoneInfo("America/New_York"))  # a Sunday


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline

    return load_pipeline()


def _values(nlp, text: str, parsed: bool = True) -> dict[str, str]:
    document = Document(id="news", text=text, published=PUBLISHED, timezone="America/New_York")
    return {t.text: t.value for t in TAGGER.tag(document, parsed=nlp(text) if parsed else None)}


def test_a_past_verb_keeps_a_bare_month_in_the_past(nlp):
    text = "In January, a week after the anniversary, a bomb killed a guard at a clinic."
    assert _values(nlp, text)["January"] == "1998-01"
    # the cues alone do too: a month opening its sentence takes the verb after the comma
    assert _values(nlp, text, parsed=False)["January"] == "1998-01"
    # ... and a future cue nearer than the reporting verb still sends it ahead
    assert _values(nlp, "The company said it would cut jobs in January.", parsed=False)["January"] == "1999-01"


def test_a_future_auxiliary_sends_a_weekday_ahead(nlp):
    assert _values(nlp, "Officials said the envoy will fly to Nairobi on Tuesday.")["Tuesday"] == "1998-10-27"


def test_a_deadline_is_left_to_the_cues(nlp):
    text = "The agency gave the company until mid-November to submit the data."
    assert _values(nlp, text)["mid-November"] == _values(nlp, text, parsed=False)["mid-November"]


def test_a_possessive_is_a_whole_clitic():
    """One check of "'s" for the tagger and the tense cues: "[Friday]'s storm" owns, "Friday'sx"
    (a typo's run-on word) does not, and a curly apostrophe counts."""
    from timeline.tagger.tense import is_possessive
    assert is_possessive("hit by Friday's storm", 13)
    assert is_possessive("hit by Friday’s storm", 13)
    assert not is_possessive("hit by Friday'sx storm", 13)
    assert not is_possessive("hit by Friday storm", 13)


def test_a_timetable_verb_sends_a_date_ahead_with_the_parse_too(nlp):
    # "begins" is a present of a schedule: the July ahead, not the nearer one gone by
    assert _values(nlp, "The state's fiscal year begins July 1.")["July 1"] == "1999-07-01"
    # a present of a span under way keeps the nearest
    assert _values(nlp, "The season runs from June 1 to Nov. 30.")["June 1"] == "1998-06-01"


def test_a_clause_of_time_under_a_verb_ahead_is_ahead(nlp):
    # "eased" is past only by sequence of tenses: the clause is when the crews "would begin"
    text = "Crews would begin restoring supply once the winds eased, probably late Monday, a spokeswoman said."
    assert _values(nlp, text)["late Monday"] == "1998-10-26"
    # the same clause under a past main verb stays in the past
    text = "Crews began restoring supply once the winds eased, late Monday, a spokeswoman said."
    assert _values(nlp, text)["late Monday"] == "1998-10-19"


def test_what_a_past_order_sets_comes_after_it(nlp):
    # the return the magistrate ordered is the June ahead, not the one gone by
    text = "The magistrate ordered the athlete to return to court on June 4."
    assert _values(nlp, text)["June 4"] == "1999-06-04"
    # an infinitive of purpose under a past verb keeps the past ("went to Paris to see ... in June")
    text = "She flew to Paris to see the show in June."
    assert _values(nlp, text)["June"] == "1998-06"
