"""Held-out-style probes, round six: relative phrases of issue 6 ("the week before last", "a
week ago Friday", "the last century", a bare clock after a sentence with a subordinate clause's
days, a plan told in the past) and genres no earlier round covered: science and space,
entertainment and box office, local government, US school calendars, holidays of several
faiths and the daylight-saving changeover. All written for these tests. Rows and helpers are
those of test_tagger_unseen: each row says the whole set of expressions of its sentence (span,
type, value, mod) as the TimeML guidelines have them, or where they leave a choice, as the TBAQ
gold does most often (noted on the row).
"""
from __future__ import annotations

from test_tagger_unseen import PROBES as FIRST_ROUND
from test_tagger_unseen import Probe, round_tests
from test_tagger_unseen2 import PROBES as SECOND_ROUND
from test_tagger_unseen3 import PROBES as THIRD_ROUND
from test_tagger_unseen4 import PROBES as FOURTH_ROUND

# publication moments, local wall time in their zone
LAUNCH_FRIDAY = ("2025-01-31T09:30", "America/New_York")  # 2025-W05
BUDGET_WEDNESDAY = ("2025-01-29T09:30", "America/New_York")  # 2025-W05
BOX_OFFICE_SUNDAY = ("2019-04-28T15:00", "America/Los_Angeles")  # 2019-W17, its last day
COUNCIL_TUESDAY = ("2022-03-08T21:00", "America/Chicago")  # 2022-W10
SCHOOL_MONDAY = ("2023-08-14T07:00", "America/New_York")  # 2023-W33
FESTIVAL_THURSDAY = ("2024-02-08T10:00", "America/New_York")  # 2024-W06
CLOCKS_FRIDAY = ("2024-03-08T09:00", "America/New_York")  # two days before the changeover
HOLIDAY_TUESDAY = ("2023-12-05T09:00", "America/New_York")  # 2023-W49
ATHENS_TUESDAY = ("2024-04-30T09:00", "Europe/Athens")  # Orthodox Holy Week
LONDON_WEDNESDAY = ("2024-10-30T09:00", "Europe/London")  # three days after the clocks went back
AUTUMN_FRIDAY = ("2023-11-10T09:30", "America/New_York")  # two weeks before Thanksgiving
EMMYS_FRIDAY = ("2024-09-20T09:30", "America/New_York")  # 2024-W38

S, W, B, G, K, F = LAUNCH_FRIDAY, BUDGET_WEDNESDAY, BOX_OFFICE_SUNDAY, COUNCIL_TUESDAY, SCHOOL_MONDAY, FESTIVAL_THURSDAY

PROBES = [
    # ---- two units back or ahead, a day counted back from a named one
    Probe("the_week_before_last", S, "The plant closed the week before last.",
          [("the week before last", "DATE", "2025-W03", None)]),
    Probe("the_month_after_next", S, "The test flight is planned for the month after next.",
          [("the month after next", "DATE", "2025-03", None)]),
    Probe("the_year_before_last", S, "Sales peaked the year before last.",
          [("the year before last", "DATE", "2023", None)]),
    Probe("a_week_ago_friday", W, "Officials met a week ago Friday to discuss the budget.",
          [("a week ago Friday", "DATE", "2025-01-17", None)]),  # last Friday (24th), a week back
    Probe("a_week_ago_yesterday", W, "The storm hit a week ago yesterday.",
          [("a week ago yesterday", "DATE", "2025-01-21", None)]),
    Probe("a_year_ago_this_month_prices", S, "Home prices were lower a year ago this month.",
          [("a year ago this month", "DATE", "2024-01", None)]),
    # ---- centuries counted from the publication
    Probe("the_last_century_news", S, "The bridge was built in the last century.",
          [("the last century", "DATE", "19", None)]),
    Probe("the_next_century_news", S, "Sea levels could rise by a meter in the next century.",
          [("the next century", "DATE", "21", None)]),
    Probe("since_the_turn_of_the_century", S, "Home ownership has fallen since the turn of the century.",
          [("the turn of the century", "DATE", "2000", "APPROX")]),
    Probe("turn_of_the_century_label", S, "They restored a turn-of-the-century mansion.", []),
    # ---- a bare clock takes the main clause's day of the sentence before, not an "after" clause's
    Probe("bare_clock_after_subordinate_days", S,
          "A SpaceX Falcon 9 rocket lifted off from Florida early on Friday, after launch attempts on Tuesday "
          "and Wednesday were called off because of high winds. The rocket left the pad at 1:05 a.m. EST (0605 GMT).",
          [("Friday", "DATE", "2025-01-31", None), ("Tuesday", "DATE", "2025-01-28", None),
           ("Wednesday", "DATE", "2025-01-29", None), ("1:05 a.m. EST", "TIME", "2025-01-31T01:05", None)]),
    Probe("bare_clock_after_when_clause", W,
          "The tanker ran aground on Tuesday, two days after the crew reported an engine fault on Sunday. "
          "Rescuers reached it at 4:40 a.m.",
          [("Tuesday", "DATE", "2025-01-28", None), ("two days", "DURATION", "P2D", None),
           ("Sunday", "DATE", "2025-01-26", None), ("4:40 a.m.", "TIME", "2025-01-28T04:40", None)]),
    Probe("clock_before_an_after_clause_day", S,
          "The rocket left the pad at 1:05 a.m., two days after a launch attempt on Wednesday was scrubbed.",
          [("1:05 a.m.", "TIME", "2025-01-31T01:05", None), ("two days", "DURATION", "P2D", None),
           ("Wednesday", "DATE", "2025-01-29", None)]),
    Probe("clock_with_a_when_clause_day", S, "Trading resumed at 9:30 a.m. when the exchange reopened on Thursday.",
          [("9:30 a.m.", "TIME", "2025-01-30T09:30", None), ("Thursday", "DATE", "2025-01-30", None)]),
    # ---- a plan told in the past: the nearest such day (TBAQ has none after "was"; its
    # "had been due to expire Friday evening" on a Monday is the nearest, behind)
    Probe("was_planned_to_open_monday", W, "The summit, which was planned to open on Monday, was postponed.",
          [("Monday", "DATE", "2025-01-27", None)]),
    Probe("was_planned_monday_said_friday", S, "The summit, which was planned to open on Monday, was postponed.",
          [("Monday", "DATE", "2025-02-03", None)]),
    Probe("were_scheduled_in_relative_clause", W, "The talks, which were scheduled to begin Monday, were called off.",
          [("Monday", "DATE", "2025-01-27", None)]),
    Probe("were_scheduled_to_resume_monday", F, "The talks were scheduled to resume Monday but were called off.",
          [("Monday", "DATE", "2024-02-05", None)]),
    Probe("was_to_take_place_tuesday", S, "The vote was to take place on Tuesday.",
          [("Tuesday", "DATE", "2025-01-28", None)]),
    Probe("was_expected_to_land_sunday", F, "The capsule was expected to land Sunday.",
          [("Sunday", "DATE", "2024-02-11", None)]),
    # ---- science and space
    Probe("probe_reaches_in_month_year", S, "The probe will reach Jupiter's moon Europa in April 2030.",
          [("April 2030", "DATE", "2030-04", None)]),
    Probe("telescope_past_three_years", S, "The telescope has been observing the galaxy for the past three years.",
          [("the past three years", "DURATION", "P3Y", None)]),
    Probe("six_months_aboard", S, "Astronauts will spend six months aboard the space station.",
          [("six months", "DURATION", "P6M", None)]),
    Probe("comet_seen_and_returns", S, "The comet was last seen from Earth in 1986 and returns in 2061.",
          [("1986", "DATE", "1986", None), ("2061", "DATE", "2061", None)]),
    Probe("eclipse_about_four_minutes", S, "The eclipse will be visible for about four minutes.",
          [("four minutes", "DURATION", "PT4M", "APPROX")]),  # TBAQ: "about" outside the span, 4 of 6
    Probe("launch_window_opens_thursday", S, "The launch window opens at 10:32 p.m. Thursday.",
          [("10:32 p.m. Thursday", "TIME", "2025-02-06T22:32", None)]),
    Probe("closest_approach_date_ahead", S, "The spacecraft will make its closest approach to the sun on Dec. 24.",
          [("Dec. 24", "DATE", "2025-12-24", None)]),  # a future clause: not the Dec. 24 38 days gone
    Probe("liftoff_clock_zone_weekday", S, "Liftoff is scheduled for 6:45 a.m. EST Saturday.",
          [("6:45 a.m. EST Saturday", "TIME", "2025-02-01T06:45", None)]),
    Probe("mission_launched_year_now", S, "The mission, launched in 1977, is now more than 15 billion miles from Earth.",
          [("1977", "DATE", "1977", None), ("now", "DATE", "PRESENT_REF", None)]),
    # ---- entertainment and box office
    Probe("box_office_over_the_weekend", B, "The movie took in $1.2 billion worldwide over the weekend.",
          [("the weekend", "DATE", "2019-W17-WE", None)]),
    Probe("sequel_opens_weekday_date", B, "The sequel opens in theaters on Friday, May 3.",
          [("Friday, May 3", "DATE", "2019-05-03", None)]),
    Probe("charts_weeks_in_year", B, "The album topped the charts for 11 weeks in 1998.",
          [("11 weeks", "DURATION", "P11W", None), ("1998", "DATE", "1998", None)]),
    Probe("show_ended_in_year", B, "The show ended in 2015 after a long run.", [("2015", "DATE", "2015", None)]),
    Probe("film_opened_friday", B, "The film opened Friday in 4,600 theaters.", [("Friday", "DATE", "2019-04-26", None)]),
    Probe("three_day_debut_last_year", B, "Its three-day debut of $350 million beat the record set last year.",
          [("three-day", "DURATION", "P3D", None), ("last year", "DATE", "2018", None)]),
    Probe("tour_kicks_off_date", B, "The concert tour kicks off in Chicago on June 1.", [("June 1", "DATE", "2019-06-01", None)]),
    Probe("worst_summer_since_year", EMMYS_FRIDAY, "The box office had its worst summer since 2020.",
          [("summer", "DATE", "2024-SU", None), ("2020", "DATE", "2020", None)]),
    Probe("awards_sunday_night", EMMYS_FRIDAY, "The Emmy Awards were handed out Sunday night in Los Angeles.",
          [("Sunday night", None, "2024-09-15TNI", None)]),
    Probe("series_finale_airs_date", B, "The series finale airs May 19 on HBO.", [("May 19", "DATE", "2019-05-19", None)]),
    Probe("tour_beginning_in_month", B, "The band announced a 20-city tour beginning in September.",
          [("September", "DATE", "2019-09", None)],
          left='"beginning in" is no cue of its own: the past "announced" sends September back, 2018-09'),
    # ---- local government
    Probe("next_meeting_on_date", G, "Aldermen will take up the proposal at their next meeting on March 23.",
          [("March 23", "DATE", "2022-03-23", None)]),
    Probe("fiscal_year_that_begins", G, "The budget covers the fiscal year that begins July 1.",
          [("July 1", "DATE", "2022-07-01", None)]),
    Probe("until_date_to_comment", G, "Residents have until April 15 to comment on the plan.",
          [("April 15", "DATE", "2022-04-15", None)]),
    Probe("term_expires_month_year", G, "The mayor's term expires in January 2027.", [("January 2027", "DATE", "2027-01", None)]),
    Probe("council_voted_tuesday_night", G, "The city council voted 7-2 on Tuesday night to approve the budget.",
          [("Tuesday night", None, "2022-03-08TNI", None)]),
    Probe("hearing_at_clock_date", G, "The board will hold a public hearing at 6 p.m. March 22.",
          [("6 p.m. March 22", "TIME", "2022-03-22T18:00", None)]),
    Probe("ordinance_takes_effect", G, "The ordinance takes effect July 1.", [("July 1", "DATE", "2022-07-01", None)]),
    Probe("november_ballot", G, "The measure will appear on the November ballot.", [("November", "DATE", "2022-11", None)]),
    # ---- school calendars
    Probe("classes_begin_date", K, "Classes begin Aug. 28 for students in the district.",
          [("Aug. 28", "DATE", "2023-08-28", None)]),
    Probe("sat_offered_date", K, "The SAT will be offered on Oct. 7.", [("Oct. 7", "DATE", "2023-10-07", None)]),
    Probe("school_year_ends_early_june", K, "The school year ends in early June.",
          [("early June", "DATE", "2024-06", "START")]),
    Probe("schools_closed_labor_day", K, "Schools are closed on Labor Day.", [("Labor Day", "DATE", "2023-09-04", None)]),
    Probe("exams_week_of_date", K, "Final exams are scheduled for the week of Dec. 11.",
          [("the week of Dec. 11", "DATE", "2023-W50", None)]),
    Probe("graduation_set_for_full_date", K, "Graduation is set for June 7, 2024.", [("June 7, 2024", "DATE", "2024-06-07", None)]),
    # ---- science and space, continued
    Probe("days_in_orbit_before_landing", S, "The spacecraft spent 200 days in orbit before landing on Tuesday.",
          [("200 days", "DURATION", "P200D", None), ("Tuesday", "DATE", "2025-01-28", None)]),
    Probe("asteroid_pass_full_date", S, "Scientists expect the asteroid to pass Earth on Dec. 22, 2032.",
          [("Dec. 22, 2032", "DATE", "2032-12-22", None)]),
    Probe("rover_since_year", S, "The rover has operated on Mars since 2012.", [("2012", "DATE", "2012", None)]),
    # ---- holidays of several faiths, the clock changeover
    Probe("lunar_new_year_falls_on", F, "Lunar New Year falls on Saturday.",
          [("Lunar New Year", "DATE", "2024-02-10", None), ("Saturday", "DATE", "2024-02-10", None)]),
    Probe("chinese_new_year_fifteen_days", F, "Chinese New Year celebrations last 15 days.",
          [("Chinese New Year", "DATE", "2024-02-10", None), ("15 days", "DURATION", "P15D", None)]),
    Probe("hanukkah_thursday_evening", HOLIDAY_TUESDAY, "Hanukkah begins Thursday evening.",
          [("Hanukkah", "DATE", "2023-12-08", None), ("Thursday evening", None, "2023-12-07TEV", None)]),  # 25 Kislev
    Probe("markets_closed_yom_kippur", EMMYS_FRIDAY, "Markets will be closed for Yom Kippur.",
          [("Yom Kippur", "DATE", "2024-10-12", None)]),
    Probe("rosh_hashanah_last_year", EMMYS_FRIDAY, "The family gathered for Rosh Hashanah last year.",
          [("Rosh Hashanah", "DATE", "2023-09-16", None), ("last year", "DATE", "2023", None)]),
    Probe("ash_wednesday_falls_on", F, "Ash Wednesday falls on Feb. 14 this year.",
          [("Ash Wednesday", "DATE", "2024-02-14", None), ("Feb. 14", "DATE", "2024-02-14", None),
           ("this year", "DATE", "2024", None)]),
    Probe("orthodox_easter_falls_on", ATHENS_TUESDAY, "Orthodox Easter falls on May 5 this year.",
          [("Orthodox Easter", "DATE", "2024-05-05", None), ("May 5", "DATE", "2024-05-05", None),
           ("this year", "DATE", "2024", None)]),
    Probe("orthodox_christians_easter_sunday", ATHENS_TUESDAY, "Orthodox Christians will celebrate Easter on Sunday.",
          [("Easter", "DATE", "2024-05-05", None), ("Sunday", "DATE", "2024-05-05", None)]),
    Probe("thanksgiving_eve", AUTUMN_FRIDAY, "The museum will stay open late on Thanksgiving eve.",
          [("Thanksgiving eve", "DATE", "2023-11-22", None)]),
    Probe("black_friday_sales", AUTUMN_FRIDAY, "Retailers expect record sales on Black Friday.",
          [("Black Friday", "DATE", "2023-11-24", None)]),
    Probe("passover_at_sundown_on_date", ("2024-03-29T09:30", "America/New_York"), "Passover begins at sundown on April 22.",
          [("Passover", "DATE", "2024-04-23", None), ("April 22", "DATE", "2024-04-22", None)]),  # its first day, 15 Nisan
    Probe("clocks_went_back_sunday", LONDON_WEDNESDAY, "Clocks went back an hour at 2 a.m. on Sunday.",
          [("an hour", "DURATION", "PT1H", None), ("2 a.m. on Sunday", "TIME", "2024-10-27T02:00", None)]),
    Probe("summer_time_ended_sunday", LONDON_WEDNESDAY, "British Summer Time ended on Sunday.",
          [("Sunday", "DATE", "2024-10-27", None)]),
    Probe("four_day_weekend_thanksgiving", K, "Students have a four-day weekend for Thanksgiving.",
          [("four-day", "DURATION", "P4D", None), ("Thanksgiving", "DATE", "2023-11-23", None)]),
    Probe("diwali_on_sunday", AUTUMN_FRIDAY, "Hindus celebrate Diwali, the festival of lights, on Sunday.",
          [("Diwali", "DATE", "2023-11-12", None), ("Sunday", "DATE", "2023-11-12", None)],
          left="Diwali is not tagged: its day follows the Hindu lunisolar calendar's new moon (tithi), not computed"),
    Probe("lose_an_hour_early_sunday", CLOCKS_FRIDAY, "Most of the country will lose an hour of sleep early Sunday.",
          [("an hour", "DURATION", "PT1H", None), ("early Sunday", "DATE", "2024-03-10", "START")]),
    Probe("clocks_jump_ahead_at_clock", CLOCKS_FRIDAY, "At 2 a.m. Sunday, clocks will jump ahead to 3 a.m.",
          [("2 a.m. Sunday", "TIME", "2024-03-10T02:00", None), ("3 a.m.", "TIME", "2024-03-10T03:00", None)]),
    Probe("clocks_spring_forward_sunday", CLOCKS_FRIDAY, "Clocks spring forward on Sunday as daylight saving time begins.",
          [("Sunday", "DATE", "2024-03-10", None)]),
    Probe("clocks_fall_back_an_hour", CLOCKS_FRIDAY, "Daylight saving time ends on Nov. 3, when clocks fall back an hour.",
          [("Nov. 3", "DATE", "2024-11-03", None), ("an hour", "DURATION", "PT1H", None)]),
]

NEGATIVES = [
    "The Falcon 9 booster landed on the drone ship.",
    "The film was rated PG-13.",
    "Students in grades 9 through 12 take the exam.",
    "The spring-loaded latch failed.",
    "Clocks spring forward.",
    "The shuttle Discovery flew 39 missions.",
    "Apollo 11 landed on the moon.",
    "The council meets in Room 201 of City Hall.",
    "The asteroid 2024 YR4 has a small chance of hitting Earth.",  # a provisional designation
    "Students must score 1200 on the SAT.",
    "The comet is named C/2023 A3.",
    "Fahrenheit 451 was adapted for television.",
    "The crowd sang along to Blink-182.",
    "Ocean's Eleven topped the box office.",
    "The band Matchbox Twenty reunited.",
    "The telescope orbits at the second Lagrange point.",
    "The Summer Olympics drew record crowds.",
]

# negatives the tagger still tags, with why (strict expected failures)
NEGATIVES_LEFT: list[tuple[str, str]] = [
    ("The film 2001: A Space Odyssey was restored.", "a year opening a title is read as the year"),
    ("The Fall Out Boy concert sold out.", 'a capitalized word after a season does not make it a name: WikiWars tags "[Spring] Offensive"'),
    ("The Winter Soldier opened to strong reviews.", "as above, a film's title"),
    ("The Mars 2020 rover collected samples.", "a mission named by its year"),
]


test_unseen_sentence, test_unseen_negative, test_the_probe_names_are_new = round_tests(
    PROBES, NEGATIVES, NEGATIVES_LEFT, LAUNCH_FRIDAY, earlier=(FIRST_ROUND, SECOND_ROUND, THIRD_ROUND, FOURTH_ROUND))


def test_the_round_is_large_enough():
    assert len(PROBES) >= 70 and len(NEGATIVES) + len(NEGATIVES_LEFT) >= 20
