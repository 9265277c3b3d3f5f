"""The rest of a company's calendar in earnings news, once a quarter's end or the fiscal year's end
is told: the year-earlier quarter, the fiscal year, the year's first months and halves, and a
quarter whose results are still to come all lie on the company's calendar. Values as TBAQ writes
them: a quarter, half or fiscal year takes the year it ends in, a year-back quarter the told
quarter's value a year back, a counted stretch stays a duration."""
from __future__ import annotations

import pytest
from test_fiscal_quarters import _months, _tag, engine  # noqa: F401  (engine: the shared fixture)

LA, NY, CHICAGO = "America/Los_Angeles", "America/New_York", "America/Chicago"

# Nike: the fiscal year ends in May
NIKE_Q3 = ("Nike said revenue fell 9% to $11.3 billion in the fiscal third quarter ended Feb. 28, from $12.4 "
           "billion a year earlier. In the first nine months of fiscal 2025, revenue fell 8%. The fiscal year "
           "ends in May. Nike will report fourth-quarter results in June.", "2025-03-20T17:45", LA)
NIKE_Q2 = ("Nike said profit fell in the fiscal second quarter ended Nov. 30. The company will report "
           "third-quarter results in March and expects sales in the second half to improve.", "2024-12-19T16:20", LA)
NIKE_Q1 = ("Nike said revenue fell in the first quarter ended Aug. 31, from $12.9 billion a year earlier. For the "
           "first half, it expects revenue to fall. The full year will be difficult, it said.", "2024-10-01T16:20", LA)
# Oracle: the fiscal year ends in May
ORACLE_Q2 = ("Oracle said profit rose in its fiscal second quarter ended Nov. 30, up from the year-earlier quarter. "
             "For the first half, revenue rose 8%. It will report third-quarter results in March.",
             "2024-12-10T16:30", NY)
ORACLE_HALF = ("Oracle said profit in the first half ended Nov. 30 rose 12%. Revenue for the fiscal second quarter "
               "ended Nov. 30 rose 9% from a year earlier.", "2024-12-10T16:30", NY)
ORACLE_YEAR = ("Oracle's fiscal year ends in May. Revenue in fiscal 2025 will grow 10%, the company said.",
               "2024-09-09T16:30", NY)
# Apple: the fiscal year ends in late September
APPLE_Q4 = ("Apple posted record revenue for the fiscal fourth quarter ended Sept. 28, up 6% from the year-earlier "
            "quarter. For fiscal 2024, revenue was $391 billion.", "2024-10-31T16:30", NY)
APPLE_Q1 = ("Apple said revenue in the six months ended March 29 rose 3%. For the fiscal first quarter ended "
            "Dec. 28, revenue rose 4% from a year ago.", "2025-05-01T16:30", NY)
# Microsoft: the fiscal year ends in June
MICROSOFT_Q4 = ("Microsoft said revenue for the fiscal fourth quarter ended June 30 rose 15% from the same period "
                "last year. For the fiscal year ended June 30, revenue was $245 billion.", "2024-07-30T16:30", NY)
MICROSOFT_Q1 = ("Microsoft said revenue rose in the fiscal first quarter ended Sept. 30. It expects second-quarter "
                "revenue of $68 billion.", "2024-10-30T16:30", NY)
# Walmart: the fiscal year ends in January
WALMART_Q4 = ("Walmart said sales rose in the fourth quarter ended Jan. 31. For the full year, sales rose 5%.",
              "2025-02-20T07:00", CHICAGO)
WALMART_Q3 = ("Walmart's revenue rose 4% in the third quarter ended Oct. 31, compared with the same quarter a year "
              "ago. For the first nine months, sales rose 5%. Walmart will report fourth-quarter results in "
              "February.", "2024-11-19T07:00", CHICAGO)
# Procter & Gamble (June) and Accenture (August) tell the year that ended, not a quarter
PG_YEAR = ("Procter & Gamble said sales rose 2% in the year ended June 30. For fiscal 2025, it expects sales to "
           "grow 3%. Fourth-quarter sales were flat.", "2024-07-30T07:00", NY)
ACCENTURE_YEAR = ("Accenture reported revenue for the year ended Aug. 31 rose 1%. It expects first-quarter revenue "
                  "to rise.", "2024-09-26T07:00", NY)
NIKE_Q4 = ("Nike said revenue fell in the fiscal fourth quarter ended May 31. It will report first-quarter results "
           "in September.", "2024-06-27T16:20", LA)
# calendar-year companies
FORD_Q3 = ("Ford said profit rose in the third quarter ended Sept. 30, from a year earlier. For the first nine "
           "months, profit rose 4%. Fourth-quarter sales should rise.", "2024-10-28T16:30", NY)
PEPSI_Q2 = ("PepsiCo said revenue rose in the second quarter ended June 30. Profit in the year-ago quarter was "
            "lower, and year-ago results have been restated.", "2024-07-25T07:00", NY)


@pytest.mark.parametrize("story, expression, value, months", [
    # 1. the year-earlier quarter: the told quarter's months a year back
    (NIKE_Q3, "a year earlier", "2024-Q3", ("2023-12", "2024-02")),
    (NIKE_Q1, "a year earlier", "2023-Q1", ("2023-06", "2023-08")),
    (ORACLE_Q2, "the year-earlier quarter", "2023-Q2", ("2023-09", "2023-11")),
    (ORACLE_HALF, "a year earlier", "2023-Q2", ("2023-09", "2023-11")),
    (APPLE_Q4, "the year-earlier quarter", "2023-Q4", ("2023-06", "2023-09")),
    (APPLE_Q1, "a year ago", "2023-Q1", ("2023-09", "2023-12")),
    (MICROSOFT_Q4, "the same period last year", "2023-Q4", ("2023-04", "2023-06")),
    (WALMART_Q3, "the same quarter a year ago", "2023-Q3", ("2023-08", "2023-10")),
    (FORD_Q3, "a year earlier", "2023-Q3", ("2023-07", "2023-09")),
    (PEPSI_Q2, "the year-ago quarter", "2023-Q2", ("2023-04", "2023-06")),
    (PEPSI_Q2, "year-ago", "2023-Q2", ("2023-04", "2023-06")),  # one year back, not two
    # 2. the fiscal year, by its number or as the told quarter's
    (NIKE_Q3, "fiscal 2025", "2025", ("2024-06", "2025-05")),
    (NIKE_Q3, "The fiscal year", "2025", ("2024-06", "2025-05")),
    (NIKE_Q1, "The full year", "2025", ("2024-06", "2025-05")),
    (ORACLE_YEAR, "fiscal 2025", "2025", ("2024-06", "2025-05")),
    (APPLE_Q4, "fiscal 2024", "2024", ("2023-10", "2024-09")),
    (MICROSOFT_Q4, "the fiscal year", "P1Y", ("2023-07", "2024-06")),
    (WALMART_Q4, "the full year", "2025", ("2024-02", "2025-01")),
    # 3. the year's opening months and halves
    (NIKE_Q3, "the first nine months", "P9M", ("2024-06", "2025-02")),
    (WALMART_Q3, "the first nine months", "P9M", ("2024-02", "2024-10")),
    (FORD_Q3, "the first nine months", "P9M", ("2024-01", "2024-09")),
    (ORACLE_Q2, "the first half", "2024-H1", ("2024-06", "2024-11")),
    (NIKE_Q1, "the first half", "2024-H1", ("2024-06", "2024-11")),
    (NIKE_Q2, "the second half", "2025-H2", ("2024-12", "2025-05")),
    (APPLE_Q1, "the six months", "P6M", ("2024-09", "2025-03")),
    # 4. a quarter whose results are still to come: the told quarter's fiscal year
    (ORACLE_Q2, "third-quarter", "2025-Q3", ("2024-12", "2025-02")),
    (NIKE_Q2, "third-quarter", "2025-Q3", ("2024-12", "2025-02")),
    (NIKE_Q3, "fourth-quarter", "2025-Q4", ("2025-03", "2025-05")),
    (WALMART_Q3, "fourth-quarter", "2025-Q4", ("2024-11", "2025-01")),
    (MICROSOFT_Q1, "second-quarter", "2024-Q2", ("2024-10", "2024-12")),
    (FORD_Q3, "Fourth-quarter", "2024-Q4", ("2024-10", "2024-12")),  # the calendar's own quarters stay
    (ACCENTURE_YEAR, "first-quarter", "2024-Q1", ("2024-09", "2024-11")),  # the year after the told one
    (NIKE_Q4, "first-quarter", "2024-Q1", ("2024-06", "2024-08")),
    # a quarter of the told fiscal year that is over at publication, in a clause that does not look ahead
    (PG_YEAR, "Fourth-quarter", "2024-Q4", ("2024-04", "2024-06")),
    (PG_YEAR, "fiscal 2025", "2025", ("2024-07", "2025-06")),
])
def test_on_the_companys_calendar(engine, story, expression, value, months):
    text, published, zone = story
    t = _tag(engine, text, published, zone)[expression]
    assert (t.value, _months(t, zone)) == (value, months)


def test_a_quarter_told_as_ended_after_publication_sets_no_year(engine):
    """A quarter "ended" on a day after publication is a misread end (TBAQ wsj_0709: "the comparable
    year-ago quarter ... ended Oct. 31" read as this October): the quarter ahead keeps its year."""
    text = ("Acme said it will report third-quarter results in November. In the second quarter ended Oct. 31, "
            "profit rose.")
    t = _tag(engine, text, "1989-10-27T09:00", NY)["third-quarter"]
    assert t.value == "1989-Q3"


def test_a_past_quarter_of_another_company_keeps_its_year(engine):
    """Only a clause that looks ahead puts a bare quarter in the told quarter's fiscal year."""
    text = ("Nike said revenue fell in the fiscal second quarter ended Nov. 30. Separately, FedEx reported "
            "third-quarter profit rose 5% from a year earlier.")
    tagged = _tag(engine, text, "2024-12-19T16:20", LA)
    assert tagged["third-quarter"].value == "2024-Q3"
    # nor does its year-back quarter run from Nike's: it stays the tagger's
    assert tagged["a year earlier"].value == "2023-Q3"
