"""Defects found by building whole articles written for the purpose (a hurricane landfall, a
market report, a summit): each sentence as it stood in its article, with every expression it
holds. Rows and helpers are those of test_tagger_unseen."""
from __future__ import annotations

from test_tagger_unseen import H, Probe, round_tests

LANDFALL_THURSDAY = ("2025-09-11T14:30", "America/Chicago")
SUMMIT_MONDAY = ("2025-03-17T21:00", "Asia/Tokyo")
CUP_SATURDAY = ("2025-04-26T21:30", "Europe/London")
EU_THURSDAY = ("2022-10-27T14:00", "Europe/Brussels")
FIRE_SUNDAY = ("2025-05-18T19:00", "America/Los_Angeles")
TRIAL_FEBRUARY = ("2013-02-21T17:45", "America/New_York")
FLOOD_AUGUST = ("2013-08-19T14:00", "Asia/Karachi")
MARKETS_MARCH = ("2013-03-14T15:20", "Asia/Tokyo")
SHOOTING_SUNDAY = ("2013-03-03T13:20", "Europe/London")
QUAKE_MONDAY = ("2014-03-17T08:30", "America/New_York")
MONSOON_MONDAY = ("2017-05-29T19:45", "Asia/Kolkata")
SUMMIT_FRIDAY = ("2013-02-08T17:10", "Europe/Brussels")
TYPHOON_WEDNESDAY = ("2013-10-16T13:30", "Asia/Tokyo")
GETAWAY_THURSDAY = ("2016-03-24T16:00", "Europe/London")
FOOTPRINTS_THURSDAY = ("2021-09-23T18:00", "America/New_York")
BANKS_TUESDAY = ("2013-03-26T19:30", "Asia/Nicosia")
STRIKE_FRIDAY = ("2019-04-12T15:00", "Europe/Paris")
TUNNEL_MONDAY = ("2016-07-25T12:00", "America/New_York")
BUSHFIRE_SATURDAY = ("2020-01-04T15:20", "Australia/Melbourne")
BRIDGE_ANNIVERSARY = ("2023-05-24T09:00", "America/New_York")
FOOTBALL_SATURDAY = ("2024-02-24T19:30", "Europe/London")
STORM_WEDNESDAY = ("2023-11-01T11:20", "Europe/London")
RUNOFF_WEDNESDAY = ("2022-11-09T16:30", "America/New_York")
SHOOTING_TUESDAY = ("2024-02-13T10:15", "America/Toronto")
VERDICT_THURSDAY = ("2024-11-07T17:45", "America/Chicago")
STRIKE_TUESDAY = ("2024-12-10T16:05", "Europe/London")
STORM_SATURDAY = ("2024-12-07T11:05", "Europe/London")
CRICKET_SUNDAY = ("2024-02-25T17:10", "Asia/Kolkata")
CLOCKS_FRIDAY = ("2024-10-25T14:00", "Europe/London")
WIRE_THURSDAY = ("2013-03-14T12:00", "America/New_York")
DEADLINE_WEDNESDAY = ("2023-02-01T08:30", "Europe/London")
ADVISORY_FRIDAY = ("2024-03-15T10:00", "Europe/London")
OBITUARY_TUESDAY = ("2025-11-18T14:30", "Europe/Paris")
APPEAL_MONDAY = ("2024-08-12T18:05", "America/Los_Angeles")
VOTE_TUESDAY = ("2025-11-04T09:15", "America/New_York")
FERRY_THURSDAY = ("2025-10-16T11:00", "Europe/Dublin")

PROBES = [
    # an "-ed" word after a linking verb is an adjective: the auxiliary before them says the tense
    Probe("remain_closed_until_weekday", LANDFALL_THURSDAY,
          "Schools in 12 parishes will remain closed until Monday.",
          [("Monday", "DATE", "2025-09-15", None)]),
    Probe("remained_closed_until_weekday", LANDFALL_THURSDAY,
          "Schools remained closed until Monday, officials said.",
          [("Monday", "DATE", "2025-09-08", None)]),
    # the clause "that" opens after the expression is the verb's object, not the expression's verb
    Probe("told_before_leaving_weekday_that", SUMMIT_MONDAY,
          "Lee told reporters before leaving Seoul on Sunday that the launches had made cooperation urgent.",
          [("Sunday", "DATE", "2025-03-16", None)]),
    Probe("said_weekday_that_future", SUMMIT_MONDAY,
          "The ministry said on Friday that the talks would resume.",
          [("Friday", "DATE", "2025-03-14", None)]),
    # "as early as" opens a date like "by" or "until" does, for the month that is also a modal
    Probe("as_early_as_may", SUMMIT_MONDAY,
          "Officials in Seoul said the visit could take place as early as May.",
          [("May", "DATE", "2025-05", None)]),
    # a clock in parentheses after the local one is left untagged (the TBAQ gold's habit): no year either
    Probe("parenthesized_gmt_clock_no_year", SUMMIT_MONDAY,
          "The talks began at 9 a.m. local time (1300 GMT).",
          [("9 a.m.", "TIME", "2025-03-17T09:00", None)]),
    # a match's half is no year's half
    Probe("match_half_no_year_half", CUP_SATURDAY,
          "City took the lead after 23 minutes through a penalty, but Rovers equalised early in the second half.",
          [("23 minutes", "DURATION", "PT23M", None)]),
    Probe("year_half_beside_figures", CUP_SATURDAY,
          "Sales failed to match forecasts in the second half, the retailer said.",
          [("the second half", "DATE", "2024-H2", None)]),  # failed: the last one
    # a baseline year ("2021 levels") is no time the story moves to; "compared" is no past tense
    Probe("later_after_baseline_year", EU_THURSDAY,
          "Under the deal, carmakers must cut emissions by 55% by 2030 compared with 2021 levels, "
          "and by 100% five years later.",
          [("2030", "DATE", "2030", None), ("2021", "DATE", "2021", None), ("five years later", "DATE", "2035", None)]),
    # a participle after a preposition or a determiner is an adjective, no past tense
    Probe("would_open_for_displaced_families", FIRE_SUNDAY,
          "Mayor Lisa Grant said the city would open a shelter for displaced families on Monday.",
          [("Monday", "DATE", "2025-05-19", None)]),
    # in January or February the winter began last year, but "this summer" is still this year's
    Probe("this_summer_in_february", TRIAL_FEBRUARY,
          "The county hopes to sell the cabin this summer.",
          [("this summer", "DATE", "2013-SU", None)]),
    Probe("last_summer_in_february", TRIAL_FEBRUARY,
          "The county sold a second cabin last summer.",
          [("last summer", "DATE", "2012-SU", None)]),
    # a month's part lying wholly against the tense is another year's
    Probe("began_in_late_month_before_it", FLOOD_AUGUST,
          "The rains, which began in late August, destroyed 460,000 homes.",
          [("late August", "DATE", "2012-08", "END")]),
    Probe("will_open_in_early_month_after_it", FLOOD_AUGUST,
          "The new dam will open in early August, officials said.",
          [("early August", "DATE", "2014-08", "START")]),
    # the year a company reports by its last month is a length, as "the year ended"
    Probe("the_year_to_month", MARKETS_MARCH,
          "Sony said it would return to profit in the year to March 2014.",
          [("the year", "DURATION", "P1Y", None), ("March 2014", "DATE", "2014-03", None)]),
    # the small hours are written TMO, as the corpora do, but run from midnight to dawn
    Probe("small_hours_of_sunday", SHOOTING_SUNDAY,
          "A man was shot in the leg in the early hours of Sunday, police said.",
          [("the early hours of Sunday", "TIME", "2013-03-03TMO", None)]),
    # a morning clock beside a night is after that night's midnight; an a.m. said is kept
    Probe("morning_clock_in_the_night", QUAKE_MONDAY,
          "Several aftershocks followed overnight, the strongest a magnitude-5.1 at 1:15 a.m.",
          [("overnight", "TIME", "2014-03-16TNI", None), ("1:15 a.m.", "TIME", "2014-03-17T01:15", None)]),
    Probe("weekday_night_at_small_hours", QUAKE_MONDAY,
          "The fire broke out Saturday night at 2 a.m. and was put out by dawn.",
          [("Saturday night at 2 a.m.", "TIME", "2014-03-16T02:00", None)]),
    Probe("weekday_night_at_late_clock", QUAKE_MONDAY,
          "The fire broke out Saturday night at 11 p.m.",
          [("Saturday night at 11 p.m.", "TIME", "2014-03-15T23:00", None)]),
    # months a hyphen joins into a span a noun labels are this year's, whatever the verb's tense
    Probe("hyphenated_month_span_label", MONSOON_MONDAY,
          "In April it had predicted rainfall at 103 per cent of the average for the June-September season.",
          [("April", "DATE", "2017-04", None), ("June", "DATE", "2017-06", None),
           ("September", "DATE", "2017-09", None)]),
    # a relative clause's day is its own event's, not the day a clock in the next sentence goes on
    Probe("clock_after_relative_clause_day", SUMMIT_FRIDAY,
          "Leaders agreed on Friday to cut the budget, ending a summit that began on Thursday afternoon. "
          "The deal was struck at about 15.30 CET.",
          [("Friday", "DATE", "2013-02-08", None), ("Thursday afternoon", "DATE", "2013-02-07TAF", None),
           ("15.30 CET", "TIME", "2013-02-08T15:30", None)]),
    # ... while "said that" opens the reported event, whose day a clock goes on with
    Probe("clock_after_reported_day", SUMMIT_FRIDAY,
          "Officials said on Thursday that the quake struck on Wednesday. It hit at 3 a.m.",
          [("Thursday", "DATE", "2013-02-07", None), ("Wednesday", "DATE", "2013-02-06", None),
           ("3 a.m.", "TIME", "2013-02-06T03:00", None)]),
    # a dotted clock after "at" in European copy
    Probe("dotted_clock_after_at", SUMMIT_FRIDAY,
          "\"This is a budget for the next seven years,\" he told reporters at 16.00.",
          [("the next seven years", "DURATION", "P7Y", None), ("16.00", "TIME", "2013-02-08T16:00", None)]),
    # a year mentioned last names no night: "overnight" is the publication's, and a text that
    # says "this morning" speaks of its own time (it had been read as a short history of 1991)
    Probe("overnight_after_a_year", TYPHOON_WEDNESDAY,
          "It was the most rain since records began in 1991. Workers pumped rainwater out overnight.",
          [("1991", "DATE", "1991", None), ("overnight", "TIME", "2013-10-15TNI", None)]),
    Probe("this_morning_after_a_year", TYPHOON_WEDNESDAY,
          "It was the worst storm since 1991. Workers pumped rainwater out this morning.",
          [("1991", "DATE", "1991", None), ("this morning", "TIME", "2013-10-16TMO", None)]),
    # a holiday naming its season is the nearest one, whatever the verb's tense
    Probe("holiday_getaway_past_verb", GETAWAY_THURSDAY,
          "Millions of motorists began the Easter getaway on Thursday.",
          [("Easter", "DATE", "2016-03-27", None), ("Thursday", "DATE", "2016-03-24", None)]),
    Probe("holiday_itself_past_verb", GETAWAY_THURSDAY,
          "Last Easter, snow closed roads across northern England.",
          [("Last Easter", "DATE", "2015-04-05", None)]),
    # a year before the calendar's first is written as TIMEX3 writes years BC (it was dropped)
    Probe("years_ago_before_the_era", FOOTPRINTS_THURSDAY,
          "The footprints were left 23,000 years ago, researchers reported on Thursday.",
          [("23,000 years ago", "DATE", "BC20980", None), ("Thursday", "DATE", "2021-09-23", None)]),
    Probe("years_ago_bc_year", FOOTPRINTS_THURSDAY,
          "The temple was built about 2,500 years ago.",
          [("about 2,500 years ago", "DATE", "BC0480", "APPROX")]),
    # a headline's "to" + verb says "will"
    Probe("headline_to_verb_is_future", BANKS_TUESDAY,
          "Cyprus banks to stay closed until Thursday\n\nNICOSIA, Cyprus (AP) \u2014 The banks will remain shut.",
          [("Thursday", "DATE", "2013-03-28", None)]),
    Probe("headline_past_participle_stays_past", BANKS_TUESDAY,
          "Banks closed until Thursday\n\nNICOSIA, Cyprus (AP) \u2014 The banks were shut last week.",
          [("Thursday", "DATE", "2013-03-21", None), ("last week", "DATE", "2013-W12", None)]),
    # a clock ahead on today's weekday, already gone, is next week's
    Probe("future_clock_on_todays_weekday_gone", STRIKE_FRIDAY,
          "The strike is due to begin at 6 a.m. on Tuesday and end at 6 a.m. on Friday.",
          [("6 a.m. on Tuesday", "TIME", "2019-04-16T06:00", None), ("6 a.m. on Friday", "TIME", "2019-04-19T06:00", None)]),
    Probe("future_clock_on_todays_weekday_ahead", STRIKE_FRIDAY,
          "The match kicks off at 8 p.m. on Friday.",
          [("8 p.m. on Friday", "TIME", "2019-04-12T20:00", None)]),
    # "the evening" after a year or a month told last is an evening of some day of it
    Probe("evening_after_a_year", TUNNEL_MONDAY,
          "The tunnel opened in 1924. Crowds walked through it into the evening.",
          [("1924", "DATE", "1924", None), ("the evening", "TIME", "1924-XX-XXTEV", None)]),
    Probe("on_nights_and_weekends", TUNNEL_MONDAY,
          "Service will continue on nights and weekends until the closure begins.",
          [("nights", "SET", "XXXX-XX-XXTNI", None), ("weekends", "SET", "XXXX-WXX-WE", None)]),
    # a part of a day told right before the day it is of is that day's, not the day told before
    Probe("part_of_day_on_the_day_after_it", BUSHFIRE_SATURDAY,
          "Evacuation orders were issued on Thursday. Residents described a sky that turned black "
          "by mid-afternoon on Friday.",
          [("Thursday", "DATE", "2020-01-02", None), ("mid-afternoon", "TIME", "2020-01-03TAF", "MID"),
           ("Friday", "DATE", "2020-01-03", None)]),
    Probe("part_of_day_of_the_day", BUSHFIRE_SATURDAY,
          "Shelling resumed on the evening of Wednesday, a day after the ceasefire.",
          [("the evening", "TIME", "2020-01-01TEV", None), ("Wednesday", "DATE", "2020-01-01", None),
           ("a day", "DURATION", "P1D", None)]),
    # "at least" between a date-moving verb's "until" and the day keeps it a deadline ahead
    Probe("extended_until_at_least_weekday", BUSHFIRE_SATURDAY,
          "Evacuation orders issued Thursday for the coast were extended until at least Wednesday.",
          [("Thursday", "DATE", "2020-01-02", None), ("Wednesday", "DATE", "2020-01-08", None)]),
    # a clock told right before "the following day" is of that day; a stopped service and a
    # likely weather run ahead ("cancelled ... until", "is likely over the weekend")
    Probe("clock_of_the_following_day", STORM_WEDNESDAY,
          "Winds will arrive late on Wednesday, forecasters said, with an amber warning in force "
          "from 9 p.m. until 3 p.m. the following day.",
          [("Wednesday", "DATE", "2023-11-01", None), ("9 p.m.", "TIME", "2023-11-01T21:00", None),
           ("3 p.m.", "TIME", "2023-11-02T15:00", None), ("the following day", "DATE", "2023-11-02", None)]),
    Probe("cancelled_until_a_day_ahead", STORM_WEDNESDAY,
          "Schools will be closed on Thursday, and the ferry company cancelled all crossings until Friday morning.",
          [("Thursday", "DATE", "2023-11-02", None), ("Friday morning", "DATE", "2023-11-03TMO", None)]),
    Probe("likely_over_the_weekend", STORM_WEDNESDAY,
          "Conditions should ease by Thursday evening, but a further band of rain is likely over the weekend.",
          [("Thursday evening", "DATE", "2023-11-02TEV", None), ("the weekend", "DATE", "2023-W44-WE", None)]),
    # a weekday counted from a holiday is one day; a rank counts within a span, whatever the tense
    Probe("the_monday_after_thanksgiving", RUNOFF_WEDNESDAY,
          "Early voting could begin as soon as Nov. 28, the Monday after Thanksgiving, though a 2021 "
          "state law shortened the runoff period from nine weeks to four.",
          [("Nov. 28", "DATE", "2022-11-28", None), ("the Monday after Thanksgiving", "DATE", "2022-11-28", None),
           ("2021", "DATE", "2021", None), ("nine weeks", "DURATION", "P9W", None)]),
    Probe("second_runoff_in_two_years", RUNOFF_WEDNESDAY,
          "It will be the state's second Senate runoff in two years.",
          [("two years", "DURATION", "P2Y", None)]),
    # the day a report was made is not the day a next sentence's clock goes on with
    Probe("clock_after_a_report_s_day", SHOOTING_TUESDAY,
          "A man has been charged after a shooting outside a nightclub early Sunday left one man dead, "
          "police said Monday. Officers were called to the club at about 2:15 a.m. after reports of gunfire.",
          [("early Sunday", "DATE", "2024-02-11", "START"), ("Monday", "DATE", "2024-02-12", None),
           ("2:15 a.m.", "TIME", "2024-02-11T02:15", "APPROX")]),
    # the Monday holidays had fixed days before 1971, Thanksgiving was the last Thursday until 1941
    Probe("memorial_day_before_the_monday_holidays", BRIDGE_ANNIVERSARY,
          "The bridge opened on May 24, 1883. Six days later, on Memorial Day, a stampede killed twelve people.",
          [("May 24, 1883", "DATE", "1883-05-24", None), ("Six days later", "DATE", "1883-05-30", None),
           ("Memorial Day", "DATE", "1883-05-30", None)], domain=H),
    Probe("thanksgiving_on_the_last_thursday", BRIDGE_ANNIVERSARY,
          "The store first opened in 1934. That Thanksgiving the queue ran around the block.",
          [("1934", "DATE", "1934", None), ("Thanksgiving", "DATE", "1934-11-29", None)], domain=H),
    # a match's halves are no halves of a year: the match kicked off, its minutes counted
    Probe("second_half_of_a_match_that_kicked_off", FOOTBALL_SATURDAY,
          "The match kicked off 15 minutes late, and the second half was halted for eight minutes.",
          [("15 minutes", "DURATION", "PT15M", None), ("eight minutes", "DURATION", "PT8M", None)]),
    # the sentence's sports word may stand further back than a clause
    Probe("second_half_long_after_the_kick_off", FOOTBALL_SATURDAY,
          "The match kicked off 15 minutes late because of crowd congestion at the turnstiles, "
          "and the second half was halted for eight minutes while a supporter received attention.",
          [("15 minutes", "DURATION", "PT15M", None), ("eight minutes", "DURATION", "PT8M", None)]),
    Probe("second_half_after_the_89th_minute", FOOTBALL_SATURDAY,
          "Carr came on in the 70th minute and settled the second half with a header.",
          []),
    Probe("columbus_day_on_its_date", BRIDGE_ANNIVERSARY,
          "The statue was unveiled in 1957. On Columbus Day a crowd of 5,000 watched.",
          [("1957", "DATE", "1957", None), ("Columbus Day", "DATE", "1957-10-12", None)], domain=H),
    # "the following spring" counts from the time told, in news as in a history
    Probe("following_season_after_told_month", VERDICT_THURSDAY,
          "Hart resigned in October 2022, two days after FBI agents searched his home. He was indicted the following spring.",
          [("October 2022", "DATE", "2022-10", None), ("two days", "DURATION", "P2D", None),
           ("the following spring", "DATE", "2023-SP", None)]),
    Probe("following_season_after_told_year", VERDICT_THURSDAY,
          "She moved to Paris in 2015 and married the following summer.",
          [("2015", "DATE", "2015", None), ("the following summer", "DATE", "2016-SU", None)]),
    Probe("previous_winter_before_told_month", VERDICT_THURSDAY,
          "He was fired in May 2020; the previous winter he had been warned twice.",
          [("May 2020", "DATE", "2020-05", None), ("the previous winter", "DATE", "2019-WI", None)]),
    Probe("following_month_after_told_month", VERDICT_THURSDAY,
          "The plant closed in June 2019 and the following March it was sold.",
          [("June 2019", "DATE", "2019-06", None), ("the following March", "DATE", "2020-03", None)]),
    # a past verb right before the month's preposition dates it, though the month is weeks ahead
    Probe("past_verb_before_month_weeks_ahead", VERDICT_THURSDAY,
          "The talks collapsed in January.",
          [("January", "DATE", "2024-01", None)]),
    Probe("said_in_month_weeks_ahead", VERDICT_THURSDAY,
          "The company said in January it would cut 500 jobs.",
          [("January", "DATE", "2024-01", None)]),
    Probe("future_month_after_reporting_verb", VERDICT_THURSDAY,
          "The company said it expects to close the plant in January.",
          [("January", "DATE", "2025-01", None)]),
    # "the first weekend of October": the weekend of the month's first Saturday
    Probe("nth_weekend_of_month_past", STRIKE_TUESDAY,
          "The previous walkout, on the first weekend of October, cancelled about 9,000 trains.",
          [("the first weekend of October", "DATE", "2024-W40-WE", None)]),
    Probe("nth_weekend_of_month_ahead", STRIKE_TUESDAY,
          "The union will hold a second ballot on the last weekend in January.",
          [("the last weekend in January", "DATE", "2025-W04-WE", None)]),
    # "Met" before a name is the Met Office, not the past of "meet"; a headline's present moves a
    # date ahead as its participle does
    Probe("met_office_extends_to_weekday", STORM_SATURDAY,
          "Met Office extends amber warning to Sunday",
          [("Sunday", "DATE", "2024-12-08", None)]),
    Probe("agreed_to_extend_until_weekday", STORM_SATURDAY,
          "The two sides agreed to extend the ceasefire until Friday.",
          [("Friday", "DATE", "2024-12-13", None)]),
    Probe("met_the_minister_stays_past", STORM_SATURDAY,
          "He met the minister on Sunday.",
          [("Sunday", "DATE", "2024-12-01", None)]),
    # a live report's entry stamp is the entry's own time, on the publication's day
    Probe("live_entry_stamp_before_a_named_day", STORM_SATURDAY,
          "Storm live\n\n10:42 GMT: The Met Office has extended its amber wind warning until 06:00 on Sunday.",
          [("10:42 GMT", "TIME", "2024-12-07T10:42", None), ("06:00 on Sunday", "TIME", "2024-12-08T06:00", None)]),
    # a cricket score's wickets are no hour: "219 for seven", then the morning
    Probe("score_for_wickets_before_the_morning", CRICKET_SUNDAY,
          "Resuming on 219 for seven in the morning, India were bowled out for 307 just before lunch.",
          [("the morning", "TIME", "2024-02-25TMO", None)]),
    # a present warning or plea looks ahead; the night "into Sunday" is Saturday's
    Probe("warn_of_rain_overnight_into_weekday", CLOCKS_FRIDAY,
          "Forecasters warn of heavy rain overnight into Sunday.",
          [("overnight", "TIME", "2024-10-26TNI", None), ("Sunday", "DATE", "2024-10-27", None)]),
    Probe("urge_drivers_to_avoid_on_weekday", CLOCKS_FRIDAY,
          "Police urge drivers to avoid the M6 on Sunday.",
          [("Sunday", "DATE", "2024-10-27", None)]),
    Probe("small_hours_of_weekday_and_date", CLOCKS_FRIDAY,
          "Frosts are likely in the small hours of Monday 4 November.",
          [("the small hours of Monday 4 November", "TIME", "2024-11-04TMO", None)]),
    # the owned thing's own future verb looks ahead, past a nearer "is" or "are"
    Probe("owned_subject_is_expected_to", WIRE_THURSDAY,
          "Tuesday's vote is expected to be close.",
          [("Tuesday", "DATE", "2013-03-19", None)]),
    Probe("owned_subject_are_likely_to", WIRE_THURSDAY,
          "Friday's talks are likely to fail.",
          [("Friday", "DATE", "2013-03-15", None)]),
    # a bare clock goes on with the story's day, moved on by "a day later" in the sentence before
    Probe("bare_clock_after_a_day_later", DEADLINE_WEDNESDAY,
          "Talks had stalled on Monday night, but resumed a day later after Benfica lowered its demands. "
          "The paperwork was submitted to the Premier League at 10:58pm.",
          [("Monday night", "DATE", "2023-01-30TNI", None), ("a day", "DURATION", "P1D", None),
           ("10:58pm", "TIME", "2023-01-31T22:58", None)]),
    Probe("bare_clock_after_a_named_day", DEADLINE_WEDNESDAY,
          "Talks stalled on Monday. The paperwork was submitted at 10:58pm.",
          [("Monday", "DATE", "2023-01-30", None), ("10:58pm", "TIME", "2023-01-30T22:58", None)]),
    # a clock "on" a weekday with its date in British order is a clock of that date
    Probe("clock_on_weekday_day_month", ADVISORY_FRIDAY,
          "Network Rail will close the line from 23:00 on Thursday 28 March to 05:00 on Tuesday 2 April.",
          [("23:00", "TIME", "2024-03-28T23:00", None), ("Thursday 28 March", "DATE", "2024-03-28", None),
           ("05:00", "TIME", "2024-04-02T05:00", None), ("Tuesday 2 April", "DATE", "2024-04-02", None)]),
    # a range's second day needs a month's name before the first, not a word that begins like one
    Probe("junction_numbers_after_a_date", ADVISORY_FRIDAY,
          "It reopens on 2 April. The M4 will be shut between junctions 14 and 15.",
          [("2 April", "DATE", "2024-04-02", None)]),
    # a participle after an adverb of degree is a state, no past event
    Probe("fully_booked_holidays_ahead", ADVISORY_FRIDAY,
          "Sailings between Dover and Calais are fully booked from Good Friday to Easter Monday.",
          [("Good Friday", "DATE", "2024-03-29", None), ("Easter Monday", "DATE", "2024-04-01", None)]),
    # a past verb cannot reach into the part of the publication's month still ahead: the month told
    Probe("end_of_the_month_told_in_the_past", OBITUARY_TUESDAY,
          "Her break came in January 1955. By the end of the month Life magazine had run twelve of her pictures.",
          [("January 1955", "DATE", "1955-01", None), ("the end of the month", "DATE", "1955-01", "END")]),
    Probe("end_of_the_year_told_in_the_past", MARKETS_MARCH,
          "Sales slumped in May 2009. By the end of the year the plant had closed.",
          [("May 2009", "DATE", "2009-05", None), ("the end of the year", "DATE", "2009", "END")]),
    Probe("end_of_the_month_ahead_stays", OBITUARY_TUESDAY,
          "The fund was set up in 2019. It will close by the end of the month.",
          [("2019", "DATE", "2019", None), ("the end of the month", "DATE", "2025-11", "END")]),
    Probe("beginning_of_the_month_gone_by_stays", OBITUARY_TUESDAY,
          "Prices were cut in 2019. They rose again at the beginning of the month.",
          [("2019", "DATE", "2019", None), ("the beginning of the month", "DATE", "2025-11", "START")]),
    # "the weekend" after a day its paragraph told years back is the weekend that day goes on to
    Probe("weekend_after_a_told_day", APPEAL_MONDAY,
          "The company notified officials on July 9, 2019. Crews worked through the weekend and into the next week.",
          [("July 9, 2019", "DATE", "2019-07-09", None), ("the weekend", "DATE", "2019-W28-WE", None),
           ("the next week", "DATE", "2019-W29", None)]),
    Probe("weekend_after_a_recent_day", APPEAL_MONDAY,
          "Shares fell on Thursday. Traders stayed away over the weekend.",
          [("Thursday", "DATE", "2024-08-08", None), ("the weekend", "DATE", "2024-W32-WE", None)]),
    # a bare clock in a sentence that names an old year or month is of some day of it
    Probe("clock_in_a_year_gone_by", VOTE_TUESDAY,
          "Four years ago, the race was called shortly before midnight.",
          [("Four years ago", "DATE", "2021", None), ("midnight", "TIME", "2021-XX-XXT24", None)]),
    Probe("clock_in_a_month_gone_by", VOTE_TUESDAY,
          "In March 2019, the plant shut at 4 p.m.",
          [("March 2019", "DATE", "2019-03", None), ("4 p.m.", "TIME", "2019-03-XXT16:00", None)]),
    Probe("clock_after_a_sentence_of_another_year", VOTE_TUESDAY,
          "Turnout rose 5 percent in 2021. Polls close at 7 p.m.",
          [("2021", "DATE", "2021", None), ("7 p.m.", "TIME", "2025-11-04T19:00", None)]),
    Probe("clock_in_this_year", VOTE_TUESDAY,
          "This year the polls close at 7 p.m.",
          [("This year", "DATE", "2025", None), ("7 p.m.", "TIME", "2025-11-04T19:00", None)]),
    Probe("clock_in_a_year_gone_by_after_a_day", VOTE_TUESDAY,
          "Talks stalled on Monday. Four years ago, the race was called shortly before midnight.",
          [("Monday", "DATE", "2025-11-03", None), ("Four years ago", "DATE", "2021", None),
           ("midnight", "TIME", "2021-XX-XXT24", None)]),
    # a clock in a sentence of recurring days is a timetable's, of no one day
    Probe("timetable_clocks", FERRY_THURSDAY,
          "The operator said on Thursday it would cut sailings. Crossings will run on Mondays, Wednesdays and "
          "Fridays, leaving Rossaveal at 10:30 and returning at 16:00.",
          [("Thursday", "DATE", "2025-10-16", None), ("Mondays", "SET", "XXXX-WXX-1", None),
           ("Wednesdays", "SET", "XXXX-WXX-3", None), ("Fridays", "SET", "XXXX-WXX-5", None),
           ("10:30", "TIME", "XXXX-XX-XXT10:30", None), ("16:00", "TIME", "XXXX-XX-XXT16:00", None)]),
    Probe("clock_after_recurring_days_in_the_sentence_before", FERRY_THURSDAY,
          "The market opens on Saturdays. On Thursday it opened at 9 a.m.",
          [("Saturdays", "SET", "XXXX-WXX-6", None), ("Thursday", "DATE", "2025-10-16", None),
           ("9 a.m.", "TIME", "2025-10-16T09:00", None)]),
    Probe("weekend_in_a_new_paragraph", APPEAL_MONDAY,
          "The company notified officials on July 9, 2019.\n\nVolunteers cleaned the beach over the weekend.",
          [("July 9, 2019", "DATE", "2019-07-09", None), ("the weekend", "DATE", "2024-W32-WE", None)]),
]

NEGATIVES = [
    "The find pushes back the origin of flowering plants by 50 million years.",
    "Officials said the visit may take place soon.",
    "The striker scored twice in the second half.",
]

test_article_sentence, test_article_negative, _ = round_tests(PROBES, NEGATIVES, [], SUMMIT_MONDAY)


def test_the_small_hours_run_from_midnight_to_dawn():
    from datetime import datetime, timezone

    import timeline

    found = timeline.tag("Officers were called in the early hours of Sunday after shots were fired at 2.40am.",
                         published="2013-03-03T13:20", timezone="Europe/London")
    hours = next(t for t in found if t.text == "the early hours of Sunday")
    assert hours.value == "2013-03-03TMO"
    assert hours.interval.start == datetime(2013, 3, 3, 0, tzinfo=timezone.utc)
    assert hours.interval.end == datetime(2013, 3, 3, 6, tzinfo=timezone.utc)


OBITUARY = ("PARIS (Reuters) - Marguerite Delaunay, the photographer whose pictures of the 1955 floods were "
            "printed around the world, died on Monday at her home, her family said on Tuesday.\n\n"
            "Born in Lyon in 1931, she moved to Paris four years later. She photographed Simone de Beauvoir "
            "in 1964 and spent most of 1968 in the Latin Quarter. She stopped working in 2009. A funeral "
            "will be held on Friday.")


def test_a_datelined_story_of_old_years_is_news():
    """An obituary tells old years from its own day: its dateline makes it news, so "died on
    Monday" is the Monday before publication (read as a history it had been the next one)."""
    import timeline

    found = {t.text: t.value for t in timeline.tag(OBITUARY, published="2025-11-18T14:30", timezone="Europe/Paris")}
    assert (found["Monday"], found["Tuesday"], found["Friday"]) == ("2025-11-17", "2025-11-18", "2025-11-21")


def test_a_capitalized_name_opening_a_history_is_no_dateline():
    from timeline.models import Document, Domain
    from timeline.tagger import Tagger

    history = ("NATO, founded in 1949, grew from twelve members. In 1952 Greece and Turkey joined, and West "
               "Germany followed in 1955. On Tuesday of that week the treaty was signed in Paris.")
    document = Document(text=history, published="2025-11-18T14:30:00+01:00", timezone="Europe/Paris")
    assert Tagger.load().domain_for(document) is Domain.NARRATIVE
