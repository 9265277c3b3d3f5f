"""News anchoring: which mentioned times a report's later expressions are measured from."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.models import Document, Domain
from timeline.settings import Settings
from timeline.tagger import Tagger

TAGGER = Tagger.load(Settings(domain=Domain.NEWS))
PUBLISHED = datetime(1989, 10, 26, 12, 0, tzinfo=ZoneInfo("UTC"))  # a Thursday


def _tag(text: str):
    return TAGGER.tag(Document(id="report", text=text, published=PUBLISHED, timezone="UTC"))


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in _tag(text)}


def test_a_second_year_back_comparison_is_not_two_years_back():
    timexes = _tag("Net income rose 20% in the third quarter. It earned $4 million a year earlier. "
                   "Revenue rose 27% to $715.1 million from $560 million a year earlier.")
    assert [t.value for t in timexes if t.text == "a year earlier"] == ["1988-Q3", "1988-Q3"]


def test_a_year_ago_comparison_leaves_the_year_being_told():
    values = _values("Profit rose in the third quarter from a year ago. Sales were delayed earlier "
                     "in the year by heavy rains.")
    assert values["earlier in the year"] == "1989"


def test_a_later_time_after_a_year_back_comparison_still_counts_from_it_when_not_a_year():
    values = _values("The plant closed three years ago. Two years later, it reopened.")
    assert values["Two years later"] == "1988"


def test_a_distance_shorter_than_a_year_before_later_is_how_long_in_news():
    # "[Three days] later": TimeBank and AQUAINT mark the length, not the day it leads to
    values = _values("The shares fell on Monday. Three days later, they recovered. A few days later, "
                     "they fell again.")
    assert values["Three days"] == "P3D" and values["A few days"] == "PXD"
    assert "Three days later" not in values


def test_a_years_period_in_a_report_is_the_reported_quarter_of_that_year():
    values = _values("Net rose in the third quarter. In the 1988 period, the company lost $3 million.")
    assert values["the 1988 period"] == "1988-Q3"


def test_a_goal_year_told_in_the_past_does_not_become_the_year_talked_about():
    values = _values("Kellogg had said that by 1992 it intended to lead the market. The chairman "
                     "forecast an earnings increase for the full year.")
    assert values["the full year"] == "1989"


def test_a_year_ahead_in_a_future_clause_still_becomes_the_year_talked_about():
    values = _values("The plant will open in 1992. Later that year, it will hire 300 workers.")
    assert values["Later that year"] == "1992"


def test_a_weekday_that_owns_something_is_behind_even_in_a_clause_that_looks_ahead():
    values = _values("The notes are convertible at a premium over Saturday's closing price.")
    assert values["Saturday"] == "1989-10-21"
    assert _values("They said they would get around Saturday's ruling.")["Saturday"] == "1989-10-21"


def test_todays_generation_is_the_present_age_not_a_day():
    # "today's youth", "today's personal computers": the present age, no day to mark
    values = _values("The museum wants to reach today's teenagers. Many of today's home computers "
                     "lack the port. Today's auction raised $2 million.")
    assert values == {"Today": "1989-10-26"}


def test_a_past_with_the_form_of_a_present_does_not_send_a_weekday_ahead():
    # the parser may read "cost" as a present; its form says nothing, so the clause's cues decide
    from timeline.nlp import load_pipeline

    text = "The storms cost insurers dearly on Sunday."
    document = Document(id="report", text=text, published=PUBLISHED, timezone="UTC")
    values = {t.text: t.value for t in TAGGER.tag(document, parsed=load_pipeline()(text))}
    assert values == {"Sunday": "1989-10-22"}


def test_an_unknown_count_of_decades_is_written_in_years_as_a_known_one_is():
    values = _values("The border dispute, decades-long, outlived two decades of talks. Quarrels "
                     "went on for several quarters.")
    assert values["decades-long"] == "PXY" and values["two decades"] == "P20Y"
    assert values["several quarters"] == "PXQ"


def test_the_nth_day_of_an_event_said_to_be_today_is_the_day_of_the_report():
    values = _values("It is the fifth day of the dock strike. The first day of the strike was calm.")
    assert values == {"the fifth day": "1989-10-26"}


def test_the_early_hours_are_a_time_of_night_not_a_length():
    values = _values("Guards seized the ship in the early hours of Monday morning. Talks dragged on "
                     "into the late hours. Divers searched for hours.")
    assert values == {"Monday morning": "1989-10-23TMO", "hours": "PTXH"}



# an earnings report's periods: (text, expression, value), published 1989-10-26
REPORT_PERIODS = [
    # after "the nine months", a comparison a year back is some months of that year: the year
    ("Profit fell in the third quarter. For the nine months, the brewer earned $40 million, compared with "
     "$52 million a year earlier.", "a year earlier", "1988"),
    ("Through the first nine months, the maker lost $8 million, against a profit of $3 million in the 1988 "
     "period. Year-earlier results included a tax gain.", "the 1988 period", "1988"),
    ("Through the first nine months, the maker lost $8 million, against a profit of $3 million in the 1988 "
     "period. Year-earlier results included a tax gain.", "Year-earlier", "1988"),
    # a length of nine months is no stretch of the report
    ("Sales rose in the third quarter. The strike lasted nine months. Net rose 5% from a year earlier.",
     "a year earlier", "1988-Q3"),
    # the day a quarter ended leaves the quarter as the time told; a day named for itself does not
    ("The maker earned $4 million in its second quarter ended Sept. 30. It lost $1 million a year ago.",
     "a year ago", "1988-Q2"),
    ("The maker earned $4 million in the quarter. It paid a dividend on Sept. 30. A year ago, it paid none.",
     "A year ago", "1988"),
    # "the latest period" is the quarter told, "the latest quarter" the calendar's
    ("The maker reported lower fiscal fourth-quarter earnings. Sales in the latest period were flat, and its "
     "rival's sales in the latest quarter rose.", "the latest period", "1989-Q4"),
    ("The maker reported lower fiscal fourth-quarter earnings. Sales in the latest period were flat, and its "
     "rival's sales in the latest quarter rose.", "the latest quarter", "1989-Q3"),
    ("Sales in the latest period were flat.", "the latest period", "1989-Q3"),
    # "the quarter" and "the 1988 period" are the report's quarter: the first ended one it names
    ("The toolmaker earned $3 million in the fiscal first quarter. Sales for the quarter rose 9%.",
     "the quarter", "1989-Q1"),
    ("The toolmaker earned $3 million in the fiscal first quarter. In the 1988 period, it lost $1 million.",
     "the 1988 period", "1988-Q1"),
    ("The mill posted higher third-quarter profit. After a weak second quarter, prices rose. In the 1989 "
     "period, costs fell.", "the 1989 period", "1989-Q3"),
    # a quarter ahead or long ago is not the report's
    ("The maker expects a fourth-quarter charge. Sales in the quarter were flat.", "the quarter", "1989-Q3"),
    ("Profit peaked in the third quarter of 1984. Sales in the quarter were flat.", "the quarter", "1989-Q3"),
]


@pytest.mark.parametrize("text,expression,value", REPORT_PERIODS)
def test_the_periods_an_earnings_report_tells(text, expression, value):
    assert _values(text)[expression] == value
