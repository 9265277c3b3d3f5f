"""Held-out-style probes, round fifteen: texts of kinds the earlier rounds had little of (earnings
releases and market reports, sports results and previews, weather and disaster bulletins, court
and crime reports, government statements, science and space, profiles with history, obituaries,
timetables), published over 1989-1999, 2013 and 2021-2026, each compared with HeidelTime and
decided by the TBAQ gold's habit. Rows pin the cases fixed in this round and a fair sample of
those already right; the negatives are things that are not times.

Fixed this round:
- "1 April next year", "Nov. 20 last year": the year phrase after a day stands alone (TBAQ tags
  "April" alone before "next year") but names the day's year (it had been this year's 1 April).
- "Rain delayed play on Thursday", "Bad light stopped play on Wednesday": a schedule verb's bare
  form ("play") after a regular past verb is its object, a noun (it had read a present schedule
  and sent Thursday a week ahead); "those who qualified play on Thursday" keeps the verb.
- "hears arguments on Tuesday and Wednesday" said on a Tuesday: two bare weekdays joined run
  forward in the week (Wednesday had been last week's); also fixes round twelve's "has called for
  protests on Friday and Saturday".
- "Lines began forming on Friday. The justices will meet later in the week" said on a Tuesday:
  a future clause is not told from a day gone by that the sentence before named (it had been
  Friday's week).
- "opened the border late Thursday. Thousands crossed overnight": after a day's late hours
  ("late Thursday", "Thursday evening") the night is that day's, not the one before it (after a
  whole "Thursday" it stays the night before, TimeBank wsj_0586's habit).
- "four ballots a day", "60 flights a week": a count of things then "a day" is a rate, SET (TBAQ:
  "interviews a day", "CDs a year"), no length; "per day" after such a count stays untagged, as
  WikiWars leaves "500,000 tons per month".

- "rose in January compared with December, and were higher than a year before": the time a
  figure is compared with ("compared with", "against", or "from" right behind another time) is
  no time the story moves to (the year before had been December's, 1995).
- "They travel to Porto on Tuesday", "Ministers fly to Brussels on Monday": "travel to" and "fly
  to" are schedule verbs as "travels" was (Tuesday had been last week's); "travel" alone stays a
  possible noun.
- "Temperatures will rise by midweek" said from Thursday on: next week's middle.

- "Depositors queued over the weekend. The minister flew to Moscow later in the day": a week or
  a weekend names no day; "later in the day", "that day" take the day last told (else the
  publication's), not the weekend's Saturday.
- "The law takes effect Jan. 1" said in March: "takes effect", "comes into force", "goes into
  effect" are schedule verbs (it had been the 1 January gone by).
- "the fiscal first half": "fiscal" is part of the span, as in TBAQ's fiscal quarters.
- "its first home game of the new year": after "of", the year about to begin (it had been
  1 January, the holiday).

- "The museum is open daily from 10 a.m. to 5:30 p.m.": a clock after an adverb of every day
  ("daily", "every day") is a timetable's, of no one day (XXXX-XX-XXT10:00, HeidelTime's reading;
  it had been the publication's day); "the daily briefing was held at 3 p.m." stays one day's.
- "opened at 6 p.m. On Monday it ...": a capital "On" after the clock opens the next sentence
  (it had been one time, "6 p.m. On Monday").

- "Sales fell on March 3", "The strike ended March 3" said in January: a past verb right before
  the day (or its "on") tells a day gone by when the nearest one is more than two weeks ahead (it
  had been taken); days only ahead stay the nearest ("was held March 12" stamped 6 March, round
  thirteen); "will redeem Series H preferred shares on Oct. 31" has no past verb there (TimeBank
  wsj_0798).

Left: "Snow will fall heavily overnight" after "a warning is in effect ... until noon Saturday",
said early on Friday, is read as Saturday's night (the span's end moves the story's reference;
not moving it broke "closed until Tuesday. Later in the week"); "Attorneys spent the morning
questioning jurors" after "The trial last year lasted months" is 1995-XX-XXTMO (an absolute year
told last, "opened in 1924 ... into the evening", pins that reading).

Ages ("at 19", "in her 20s", "aged 34", "a 19-year-old") are no times: TBAQ tags none of its 32
"-year-old" and leaves "in his 30s" out.
Rows and helpers are those of test_tagger_unseen.
"""
from __future__ import annotations

from test_tagger_found_in_articles import PROBES as ARTICLE_ROUND
from test_tagger_unseen import PROBES as FIRST_ROUND
from test_tagger_unseen import Probe, round_tests
from test_tagger_unseen2 import PROBES as SECOND_ROUND
from test_tagger_unseen3 import PROBES as THIRD_ROUND
from test_tagger_unseen4 import PROBES as FOURTH_ROUND
from test_tagger_unseen5 import PROBES as SIXTH_ROUND
from test_tagger_unseen6 import PROBES as SEVENTH_ROUND
from test_tagger_unseen7 import PROBES as EIGHTH_ROUND
from test_tagger_unseen8 import PROBES as NINTH_ROUND
from test_tagger_unseen9 import PROBES as TENTH_ROUND
from test_tagger_unseen10 import PROBES as ELEVENTH_ROUND
from test_tagger_unseen11 import PROBES as TWELFTH_ROUND
from test_tagger_unseen12 import PROBES as THIRTEENTH_ROUND
from test_tagger_unseen13 import PROBES as FOURTEENTH_ROUND

# publication moments, local wall time in their zone
APRIL_SUNDAY_1994 = ('1994-04-10T08:00', 'America/Los_Angeles')
APRIL_TUESDAY_2025 = ('2025-04-22T12:00', 'Europe/Rome')
APRIL_WEDNESDAY_2013 = ('2013-04-24T16:30', 'America/New_York')
AUGUST_MONDAY_1992 = ('1992-08-24T11:00', 'America/New_York')
AUGUST_SUNDAY_2013 = ('2013-08-11T08:00', 'America/New_York')
AUGUST_SUNDAY_2021 = ('2021-08-01T12:00', 'Asia/Tokyo')
DECEMBER_WEDNESDAY_2021 = ('2021-12-15T09:00', 'Asia/Tokyo')
FEBRUARY_FRIDAY_1993 = ('1993-02-05T10:00', 'America/New_York')
FEBRUARY_MONDAY_2023 = ('2023-02-06T08:00', 'Europe/Istanbul')
FEBRUARY_TUESDAY_2026 = ('2026-02-10T14:00', 'Australia/Sydney')
JANUARY_FRIDAY_2021 = ('2021-01-08T12:00', 'Europe/London')
JANUARY_FRIDAY_2024 = ('2024-01-12T05:00', 'America/Chicago')
JANUARY_FRIDAY_2025 = ('2025-01-31T16:00', 'America/New_York')
JANUARY_SUNDAY_2013 = ('2013-01-27T10:00', 'Europe/Berlin')
JULY_FRIDAY_1999 = ('1999-07-23T10:00', 'America/New_York')
JULY_FRIDAY_2024 = ('2024-07-05T06:00', 'Europe/London')
JULY_SATURDAY_2025 = ('2025-07-05T09:00', 'America/Chicago')
JULY_THURSDAY_1991 = ('1991-07-18T09:00', 'America/New_York')
JULY_TUESDAY_2013 = ('2013-07-02T12:00', 'America/New_York')
JUNE_FRIDAY_2013 = ('2013-06-14T17:00', 'America/New_York')
JUNE_MONDAY_2022 = ('2022-06-20T08:00', 'Europe/London')
JUNE_SUNDAY_1995 = ('1995-06-25T21:00', 'Africa/Johannesburg')
MARCH_FRIDAY_2013 = ('2013-03-08T09:00', 'Asia/Seoul')
MARCH_FRIDAY_KOLKATA_2013 = ('2013-03-29T12:00', 'Asia/Kolkata')
MARCH_MONDAY_2013 = ('2013-03-18T12:00', 'America/New_York')
MARCH_MONDAY_2022 = ('2022-03-28T10:00', 'Europe/London')
MARCH_SATURDAY_2013 = ('2013-03-30T12:00', 'Asia/Seoul')
MARCH_THURSDAY_2013 = ('2013-03-21T14:00', 'America/New_York')
MARCH_THURSDAY_2026 = ('2026-03-19T10:00', 'Europe/Berlin')
MARCH_TUESDAY_2013 = ('2013-03-26T09:00', 'America/New_York')
MARCH_TUESDAY_NY_2013 = ('2013-03-05T16:00', 'America/New_York')
MARCH_WEDNESDAY_2013 = ('2013-03-27T11:00', 'Africa/Johannesburg')
MAY_FRIDAY_2026 = ('2026-05-29T08:00', 'Europe/Paris')
MAY_THURSDAY_2013 = ('2013-05-02T12:00', 'Europe/London')
MAY_WEDNESDAY_2024 = ('2024-05-15T09:00', 'Europe/London')
NOVEMBER_FRIDAY_1989 = ('1989-11-10T12:00', 'Europe/Berlin')
NOVEMBER_MONDAY_2013 = ('2013-11-18T19:00', 'America/New_York')
NOVEMBER_THURSDAY_2013 = ('2013-11-14T15:00', 'America/New_York')
NOVEMBER_WEDNESDAY_2024 = ('2024-11-06T07:00', 'Europe/London')
OCTOBER_FRIDAY_1998 = ('1998-10-09T18:00', 'America/New_York')
OCTOBER_THURSDAY_1996 = ('1996-10-03T12:00', 'America/Los_Angeles')
OCTOBER_THURSDAY_2023 = ('2023-10-19T12:00', 'America/Chicago')
OCTOBER_TUESDAY_2013 = ('2013-10-01T09:00', 'America/New_York')
SEPTEMBER_FRIDAY_2026 = ('2026-09-04T10:00', 'America/New_York')
SEPTEMBER_SATURDAY_1997 = ('1997-09-06T12:00', 'Europe/London')
SEPTEMBER_SUNDAY_2013 = ('2013-09-22T20:00', 'Europe/London')
SEPTEMBER_WEDNESDAY_2025 = ('2025-09-10T18:00', 'America/Los_Angeles')
FEBRUARY_FRIDAY_1997 = ('1997-02-14T09:00', 'Europe/London')
MARCH_FRIDAY_2024 = ('2024-03-08T18:00', 'Europe/London')
DECEMBER_FRIDAY_2022 = ('2022-12-16T06:00', 'America/New_York')
DECEMBER_TUESDAY_2022 = ('2022-12-13T06:00', 'America/New_York')
JULY_MONDAY_1997 = ('1997-07-14T09:00', 'Europe/London')
MARCH_TUESDAY_NICOSIA_2013 = ('2013-03-19T15:00', 'Europe/Nicosia')
MARCH_WEDNESDAY_NY_2013 = ('2013-03-20T10:00', 'America/New_York')
OCTOBER_WEDNESDAY_1989 = ('1989-10-25T10:00', 'America/New_York')
NOVEMBER_FRIDAY_2025 = ('2025-11-14T18:00', 'Europe/London')

PROBES = [
    Probe('earnings_fiscal_quarter_ended', APRIL_WEDNESDAY_2013, 'Net income for the fiscal first quarter ended March 31 rose 12 percent.',
          [('the fiscal first quarter', 'DATE', '2013-Q1', None), ('March 31', 'DATE', '2013-03-31', None)]),
    Probe('earnings_year_earlier_period', APRIL_WEDNESDAY_2013, 'Revenue for the quarter rose. In the year-earlier period the company earned $36.6 million.',
          [('the quarter', 'DATE', '2013-Q1', None), ('the year-earlier period', 'DATE', '2012-Q1', None)]),
    Probe('earnings_first_nine_months_fiscal_year', APRIL_WEDNESDAY_2013, 'For the first nine months of fiscal 2013, sales were up 8 percent.',
          [('the first nine months', 'DURATION', 'P9M', None), ('fiscal 2013', 'DATE', '2013', None)]),
    Probe('earnings_second_quarter_adjective', APRIL_WEDNESDAY_2013, 'The company expects second-quarter earnings to be flat.',
          [('second-quarter', 'DATE', '2013-Q2', None)]),
    Probe('earnings_loss_a_year_earlier', JULY_THURSDAY_1991, 'The bank reported a second-quarter loss, compared with a profit of $8.1 million a year earlier.',
          [('second-quarter', 'DATE', '1991-Q2', None), ('a year earlier', 'DATE', '1990-Q2', None)]),
    Probe('earnings_first_half_lost', JULY_THURSDAY_1991, 'For the first half, the bank lost $20 million.',
          [('the first half', 'DATE', '1991-H1', None)]),
    Probe('earnings_narrow_third_quarter', JULY_THURSDAY_1991, 'Analysts had expected the loss to narrow in the third quarter.',
          [('the third quarter', 'DATE', '1991-Q3', None)]),
    Probe('earnings_past_three_months', JULY_THURSDAY_1991, 'Its nonperforming loans rose in the past three months.',
          [('the past three months', 'DURATION', 'P3M', None)]),
    Probe('earnings_dividend_on_day', JULY_THURSDAY_1991, 'It will pay its quarterly dividend on Aug. 15.',
          [('Aug. 15', 'DATE', '1991-08-15', None)]),
    Probe('earnings_six_months_to', NOVEMBER_WEDNESDAY_2024, 'Pre-tax profit for the six months to September 30 fell to 210 million pounds.',
          [('the six months', 'DURATION', 'P6M', None), ('September 30', 'DATE', '2024-09-30', None)]),
    Probe('earnings_trading_fourth_quarter', NOVEMBER_WEDNESDAY_2024, 'The group expects trading in the fourth quarter to improve.',
          [('the fourth quarter', 'DATE', '2024-Q4', None)]),
    Probe('earnings_interim_dividend_january', NOVEMBER_WEDNESDAY_2024, 'The interim dividend will be paid on 10 January.',
          [('10 January', 'DATE', '2025-01-10', None)]),
    Probe('earnings_past_five_years', NOVEMBER_WEDNESDAY_2024, 'Over the past five years the shares have lost a third of their value.',
          [('the past five years', 'DURATION', 'P5Y', None)]),
    Probe('market_friday_ending_week', JUNE_FRIDAY_2013, 'Stocks fell on Friday, ending the week lower.',
          [('Friday', 'DATE', '2013-06-14', None), ('the week', 'DATE', '2013-W24', None)]),
    Probe('market_for_the_week', JUNE_FRIDAY_2013, 'For the week, the index fell 1.2 percent, its second weekly drop in three weeks.',
          [('the week', 'DATE', '2013-W24', None), ('weekly', 'SET', 'P1W', None), ('three weeks', 'DURATION', 'P3W', None)]),
    Probe('market_lowest_since_early_month', JUNE_FRIDAY_2013, 'Trading volume was the lowest since early May.',
          [('early May', 'DATE', '2013-05', 'START')]),
    Probe('market_two_day_loss_years', OCTOBER_FRIDAY_1998, 'The dollar plunged against the yen on Thursday and Friday, its worst two-day loss in 25 years.',
          [('Thursday', 'DATE', '1998-10-08', None), ('Friday', 'DATE', '1998-10-09', None), ('two-day', 'DURATION', 'P2D', None), ('25 years', 'DURATION', 'P25Y', None)]),
    Probe('market_since_august_fallen', OCTOBER_FRIDAY_1998, 'Since August, the dollar has fallen more than 15 percent.',
          [('August', 'DATE', '1998-08', None)]),
    Probe('market_earlier_this_week_low', OCTOBER_FRIDAY_1998, 'The Nikkei closed at a 12-year low earlier this week.',
          [('12-year', 'DURATION', 'P12Y', None), ('earlier this week', 'DATE', '1998-W41', 'START')]),
    Probe('market_ended_january', JANUARY_FRIDAY_2025, 'The S&P 500 ended January up 2.7 percent.',
          [('January', 'DATE', '2025-01', None)]),
    Probe('market_next_weeks_jobs_report', JANUARY_FRIDAY_2025, "Investors now look to next week's jobs report.",
          [('now', 'DATE', 'PRESENT_REF', None), ('next week', 'DATE', '2025-W06', None)]),
    Probe('market_held_rates_wednesday', JANUARY_FRIDAY_2025, 'The central bank held rates steady on Wednesday.',
          [('Wednesday', 'DATE', '2025-01-29', None)]),
    Probe('market_record_high_previous_peak', MARCH_TUESDAY_NY_2013, 'The Dow closed at a record high on Tuesday, surpassing its previous peak set in October 2007.',
          [('Tuesday', 'DATE', '2013-03-05', None), ('October 2007', 'DATE', '2007-10', None)]),
    Probe('market_lost_half_by_march', MARCH_TUESDAY_NY_2013, 'It had lost more than half its value by March 2009.',
          [('March 2009', 'DATE', '2009-03', None)]),
    Probe('sport_beat_on_sunday', SEPTEMBER_SUNDAY_2013, 'Manchester City beat Manchester United 4-1 on Sunday.',
          [('Sunday', 'DATE', '2013-09-22', None)]),
    Probe('sport_biggest_win_since_year', SEPTEMBER_SUNDAY_2013, "It was City's biggest derby win since 2011.",
          [('2011', 'DATE', '2011', None)]),
    Probe('sport_meet_again_in_march', SEPTEMBER_SUNDAY_2013, 'The teams meet again in March.',
          [('March', 'DATE', '2014-03', None)]),
    Probe('sport_play_tuesday_night', SEPTEMBER_SUNDAY_2013, 'City play Viktoria Plzen in the Champions League on Tuesday night.',
          [('Tuesday night', 'DATE', '2013-09-24TNI', None)]),
    Probe('sport_won_cup_saturday', JUNE_SUNDAY_1995, 'South Africa won the Rugby World Cup on Saturday, beating New Zealand in extra time.',
          [('Saturday', 'DATE', '1995-06-24', None)]),
    Probe('sport_minutes_left', JUNE_SUNDAY_1995, 'Stransky kicked the winning drop goal with eight minutes left.',
          [('eight minutes', 'DURATION', 'PT8M', None)]),
    Probe('sport_not_played_until_year', JUNE_SUNDAY_1995, 'The Springboks had not played a test until 1992.',
          [('1992', 'DATE', '1992', None)]),
    Probe('sport_second_round_continues', MAY_FRIDAY_2026, 'The second round continues on Friday.',
          [('Friday', 'DATE', '2026-05-29', None)]),
    Probe('sport_turned_age_last_month', MAY_FRIDAY_2026, 'The top seed, who turned 22 last month, has not dropped a set this week.',
          [('last month', 'DATE', '2026-04', None), ('this week', 'DATE', '2026-W22', None)]),
    Probe('sport_rain_delayed_play_on_day', MAY_FRIDAY_2026, 'Rain delayed play for almost three hours on Thursday.',
          [('almost three hours', 'DURATION', 'PT3H', 'LESS_THAN'), ('Thursday', 'DATE', '2026-05-28', None)]),
    Probe('sport_bad_light_stopped_play', MAY_FRIDAY_2026, 'Bad light stopped play on Wednesday.',
          [('Wednesday', 'DATE', '2026-05-27', None)]),
    Probe('sport_rain_halted_play', MAY_FRIDAY_2026, 'Rain halted play early on Thursday.',
          [('Thursday', 'DATE', '2026-05-28', None)]),
    Probe('sport_final_following_day', MAY_FRIDAY_2026, "The women's final is on June 6 and the men's final the following day.",
          [('June 6', 'DATE', '2026-06-06', None), ('the following day', 'DATE', '2026-06-07', None)]),
    Probe('sport_final_clock_on_day', AUGUST_SUNDAY_2021, "The men's 100 metres final will be run at 9:50 p.m. on Sunday.",
          [('9:50 p.m. on Sunday', 'TIME', '2021-08-01T21:50', None)]),
    Probe('sport_heats_saturday_morning', AUGUST_SUNDAY_2021, 'The heats were held on Saturday morning.',
          [('Saturday morning', 'DATE', '2021-07-31TMO', None)]),
    Probe('sport_relay_heats_begin', AUGUST_SUNDAY_2021, 'The relay heats begin on Thursday.',
          [('Thursday', 'DATE', '2021-08-05', None)]),
    Probe('sport_teams_play_on_day', AUGUST_SUNDAY_2021, 'The two teams play on Wednesday.',
          [('Wednesday', 'DATE', '2021-08-04', None)]),
    Probe('sport_won_title_in_year', MARCH_MONDAY_2013, 'Louisville last won the title in 1986.',
          [('1986', 'DATE', '1986', None)]),
    Probe('sport_tournament_starts_tuesday', MARCH_MONDAY_2013, 'The tournament starts on Tuesday with the First Four in Dayton.',
          [('Tuesday', 'DATE', '2013-03-19', None)]),
    Probe('weather_warning_from_clock_until_noon', JANUARY_FRIDAY_2024, 'A blizzard warning is in effect from 6 a.m. CST Friday until noon Saturday.',
          [('6 a.m. CST Friday', 'TIME', '2024-01-12T06:00', None), ('noon Saturday', 'TIME', '2024-01-13T12:00', None)]),
    Probe('weather_below_freezing_until_day', JANUARY_FRIDAY_2024, 'Temperatures will stay below freezing until Tuesday.',
          [('Tuesday', 'DATE', '2024-01-16', None)]),
    Probe('weather_wind_chills_through_weekend', JANUARY_FRIDAY_2024, 'Wind chills could drop to 30 below zero through the weekend.',
          [('the weekend', 'DATE', '2024-W02-WE', None)]),
    Probe('weather_hurricane_early_monday', AUGUST_MONDAY_1992, 'Hurricane Andrew struck south Florida early Monday.',
          [('early Monday', 'DATE', '1992-08-24', 'START')]),
    Probe('weather_landfall_about_clock_zone', AUGUST_MONDAY_1992, 'The storm made landfall near Homestead at about 5 a.m. EDT.',
          [('5 a.m. EDT', 'TIME', '1992-08-24T05:00', 'APPROX')]),
    Probe('weather_by_tonight', AUGUST_MONDAY_1992, 'The hurricane is expected to reach the Gulf of Mexico by tonight.',
          [('tonight', 'TIME', '1992-08-24TNI', None)]),
    Probe('weather_could_hit_on_day', AUGUST_MONDAY_1992, 'Forecasters said it could hit Louisiana on Wednesday.',
          [('Wednesday', 'DATE', '1992-08-26', None)]),
    Probe('weather_flooding_overnight', JULY_SATURDAY_2025, 'Flash flooding overnight along the river killed at least 24 people.',
          [('overnight', 'TIME', '2025-07-04TNI', None)]),
    Probe('weather_watch_through_sunday_evening', JULY_SATURDAY_2025, 'A flood watch remains in effect through Sunday evening.',
          [('Sunday evening', 'DATE', '2025-07-06TEV', None)]),
    Probe('weather_worked_through_morning', JULY_SATURDAY_2025, 'Rescue teams worked through the morning.',
          [('the morning', 'TIME', '2025-07-05TMO', None)]),
    Probe('weather_next_48_hours', JULY_SATURDAY_2025, 'More rain is expected over the next 48 hours.',
          [('the next 48 hours', 'DURATION', 'PT48H', None)]),
    Probe('quake_local_time_on_monday', FEBRUARY_MONDAY_2023, 'A magnitude 7.8 earthquake struck at 04:17 local time on Monday.',
          [('04:17 local time on Monday', 'TIME', '2023-02-06T04:17', None)]),
    Probe('quake_about_hours_later', FEBRUARY_MONDAY_2023, 'A second quake hit about nine hours later.',
          [('nine hours', 'DURATION', 'PT9H', 'APPROX')]),
    Probe('quake_strongest_since_year', FEBRUARY_MONDAY_2023, 'It was the strongest earthquake in the country since 1939.',
          [('1939', 'DATE', '1939', None)]),
    Probe('court_sentenced_thursday_years', NOVEMBER_THURSDAY_2013, 'A federal judge on Thursday sentenced a former trader to 10 years in prison.',
          [('Thursday', 'DATE', '2013-11-14', None), ('10 years', 'DURATION', 'P10Y', None)]),
    Probe('court_convicted_in_month_trial', NOVEMBER_THURSDAY_2013, 'He was convicted in March after a four-week trial.',
          [('March', 'DATE', '2013-03', None), ('four-week', 'DURATION', 'P4W', None)]),
    Probe('court_scheme_from_to', NOVEMBER_THURSDAY_2013, 'Prosecutors said the scheme ran from 2007 to 2011.',
          [('2007', 'DATE', '2007', None), ('2011', 'DATE', '2011', None)]),
    Probe('court_report_by_january', NOVEMBER_THURSDAY_2013, 'He must report to prison by Jan. 6.',
          [('Jan. 6', 'DATE', '2014-01-06', None)]),
    Probe('court_appeal_within_days', NOVEMBER_THURSDAY_2013, 'His lawyer said he would appeal within 14 days.',
          [('14 days', 'DURATION', 'P14D', None)]),
    Probe('court_resumed_after_break', OCTOBER_THURSDAY_1996, 'Jury selection resumed Thursday after a two-day break.',
          [('Thursday', 'DATE', '1996-10-03', None), ('two-day', 'DURATION', 'P2D', None)]),
    Probe('court_as_early_as', OCTOBER_THURSDAY_1996, 'The judge said opening statements could begin as early as Oct. 22.',
          [('Oct. 22', 'DATE', '1996-10-22', None)]),
    Probe('court_more_than_months', OCTOBER_THURSDAY_1996, 'The criminal trial last year lasted more than eight months.',
          [('last year', 'DATE', '1995', None), ('more than eight months', 'DURATION', 'P8M', 'MORE_THAN')]),
    Probe('court_not_sit_on_fridays', OCTOBER_THURSDAY_1996, 'The court will not sit on Fridays.',
          [('Fridays', 'SET', 'XXXX-WXX-5', None)]),
    Probe('court_hears_two_weekdays', MARCH_TUESDAY_2013, 'The Supreme Court hears arguments on Tuesday and Wednesday.',
          [('Tuesday', 'DATE', '2013-03-26', None), ('Wednesday', 'DATE', '2013-03-27', None)]),
    Probe('court_ruling_by_end_of_month', MARCH_TUESDAY_2013, 'A ruling is expected by the end of June.',
          [('the end of June', 'DATE', '2013-06', 'END')]),
    Probe('court_later_in_week_after_past_day', MARCH_TUESDAY_2013, 'Lines outside the court began forming on Friday. The justices will meet privately later in the week.',
          [('Friday', 'DATE', '2013-03-22', None), ('later in the week', 'DATE', '2013-W13', 'END')]),
    Probe('court_later_this_week_after_past_day', MARCH_TUESDAY_2013, 'Protesters gathered on Saturday. The judge will rule later in the week.',
          [('Saturday', 'DATE', '2013-03-23', None), ('later in the week', 'DATE', '2013-W13', 'END')]),
    Probe('crime_late_on_saturday_night', MARCH_MONDAY_2022, 'A man was stabbed in the town centre late on Saturday night.',
          [('Saturday night', 'DATE', '2022-03-26TNI', None)]),
    Probe('crime_found_at_about_clock', MARCH_MONDAY_2022, 'The victim was found at about 11.45pm on Saturday.',
          [('11.45pm on Saturday', 'TIME', '2022-03-26T23:45', None)]),
    Probe('crime_arrested_sunday_morning', MARCH_MONDAY_2022, 'A 19-year-old man was arrested on Sunday morning.',
          [('Sunday morning', 'DATE', '2022-03-27TMO', None)]),
    Probe('crime_bail_until_april', MARCH_MONDAY_2022, 'He has been released on bail until April.',
          [('April', 'DATE', '2022-04', None)]),
    Probe('crime_coming_weeks', MARCH_MONDAY_2022, 'Officers will patrol the area over the coming weeks.',
          [('the coming weeks', 'DATE', 'FUTURE_REF', None)]),
    Probe('crime_over_the_past_month', FEBRUARY_TUESDAY_2026, 'A man has been charged over a series of break-ins over the past month.',
          [('the past month', 'DATE', '2026-01', None)]),
    Probe('crime_clock_on_weekday', FEBRUARY_TUESDAY_2026, 'Detectives arrested the man at 6am on Tuesday.',
          [('6am on Tuesday', 'TIME', '2026-02-10T06:00', None)]),
    Probe('crime_court_tomorrow', FEBRUARY_TUESDAY_2026, 'He will appear in court tomorrow.',
          [('tomorrow', 'DATE', '2026-02-11', None)]),
    Probe('crime_began_early_january', FEBRUARY_TUESDAY_2026, 'Police believe the burglaries began in early January.',
          [('early January', 'DATE', '2026-01', 'START')]),
    Probe('gov_halve_deficit_by_year', MAY_THURSDAY_2013, 'The government said on Thursday that it would cut the deficit by half by 2015.',
          [('Thursday', 'DATE', '2013-05-02', None), ('2015', 'DATE', '2015', None)]),
    Probe('gov_budget_next_month', MAY_THURSDAY_2013, 'The finance minister will present the budget next month.',
          [('next month', 'DATE', '2013-06', None)]),
    Probe('gov_frozen_next_three_years', MAY_THURSDAY_2013, 'Spending on defence will be frozen for the next three years.',
          [('the next three years', 'DURATION', 'P3Y', None)]),
    Probe('gov_day_month_next_year', MAY_THURSDAY_2013, 'The measures take effect on 1 April next year.',
          [('1 April', 'DATE', '2014-04-01', None), ('next year', 'DATE', '2014', None)]),
    Probe('gov_month_day_next_year', MAY_THURSDAY_2013, 'The plant will close on March 3 next year.',
          [('March 3', 'DATE', '2014-03-03', None), ('next year', 'DATE', '2014', None)]),
    Probe('gov_day_month_last_year', MAY_THURSDAY_2013, 'The law came into force on 1 October last year.',
          [('1 October', 'DATE', '2012-10-01', None), ('last year', 'DATE', '2012', None)]),
    Probe('gov_month_day_last_year', MAY_THURSDAY_2013, 'The treaty was signed on Nov. 20 last year.',
          [('Nov. 20', 'DATE', '2012-11-20', None), ('last year', 'DATE', '2012', None)]),
    Probe('gov_met_weekly_since', MAY_THURSDAY_2013, 'Ministers have met weekly since the election.',
          [('weekly', 'SET', 'P1W', None)]),
    Probe('gov_late_thursday_then_overnight', NOVEMBER_FRIDAY_1989, 'Authorities opened the border crossings late Thursday. Thousands crossed into West Berlin overnight.',
          [('late Thursday', 'DATE', '1989-11-09', 'END'), ('overnight', 'TIME', '1989-11-09TNI', None)]),
    Probe('gov_evening_then_overnight', NOVEMBER_FRIDAY_1989, 'The crowds arrived on Thursday evening. Overnight, the guards stood aside.',
          [('Thursday evening', 'DATE', '1989-11-09TEV', None), ('Overnight', 'TIME', '1989-11-09TNI', None)]),
    Probe('gov_day_then_overnight', NOVEMBER_FRIDAY_1989, 'The crowds arrived on Thursday. Overnight, the guards stood aside.',
          [('Thursday', 'DATE', '1989-11-09', None), ('Overnight', 'TIME', '1989-11-08TNI', None)]),
    Probe('gov_first_time_in_years', NOVEMBER_FRIDAY_1989, 'Citizens could travel freely for the first time in 28 years.',
          [('28 years', 'DURATION', 'P28Y', None)]),
    Probe('gov_stood_since_month_year', NOVEMBER_FRIDAY_1989, 'Officials said the wall had stood since August 1961.',
          [('August 1961', 'DATE', '1961-08', None)]),
    Probe('gov_passed_by_end_of_year', DECEMBER_WEDNESDAY_2021, 'The package is to be passed by the end of the year.',
          [('the end of the year', 'DATE', '2021', 'END')]),
    Probe('gov_return_in_the_spring', DECEMBER_WEDNESDAY_2021, 'The prime minister said the economy would return to normal in the spring.',
          [('the spring', 'DATE', '2022-SP', None)]),
    Probe('gov_review_every_six_months', DECEMBER_WEDNESDAY_2021, 'The ministry will review the measures every six months.',
          [('every six months', 'SET', 'P6M', None)]),
    Probe('space_lifted_off_clock_zone_day', NOVEMBER_MONDAY_2013, 'The spacecraft lifted off at 1:28 p.m. EST on Monday.',
          [('1:28 p.m. EST on Monday', 'TIME', '2013-11-18T13:28', None)]),
    Probe('space_reach_mars_month_year', NOVEMBER_MONDAY_2013, 'It will reach Mars in September 2014 after a 10-month journey.',
          [('September 2014', 'DATE', '2014-09', None), ('10-month', 'DURATION', 'P10M', None)]),
    Probe('space_window_closes', NOVEMBER_MONDAY_2013, 'The launch window closes on Dec. 7.',
          [('Dec. 7', 'DATE', '2013-12-07', None)]),
    Probe('space_after_midnight_on_day', JULY_FRIDAY_1999, 'The shuttle lifted off shortly after midnight on Friday.',
          [('midnight on Friday', 'TIME', '1999-07-23T00:00', None)]),
    Probe('space_scrubbed_this_week', JULY_FRIDAY_1999, 'The launch had been scrubbed twice this week.',
          [('this week', 'DATE', '1999-W29', None)]),
    Probe('space_mission_due_to_end', JULY_FRIDAY_1999, 'The five-day mission is due to end on Tuesday.',
          [('five-day', 'DURATION', 'P5D', None), ('Tuesday', 'DATE', '1999-07-27', None)]),
    Probe('space_at_least_years', JULY_FRIDAY_1999, 'The telescope is expected to operate for at least five years.',
          [('at least five years', 'DURATION', 'P5Y', 'EQUAL_OR_MORE')]),
    Probe('science_said_wednesday', MARCH_THURSDAY_2026, 'Researchers said on Wednesday that the ice is 1.2 million years old.',
          [('Wednesday', 'DATE', '2026-03-18', None)]),
    Probe('science_publish_next_spring', MARCH_THURSDAY_2026, 'The team plans to publish the full results next spring.',
          [('next spring', 'DATE', '2027-SP', None)]),
    Probe('profile_late_decade', AUGUST_SUNDAY_2013, 'By the late 1990s she had three restaurants in Manhattan.',
          [('the late 1990s', 'DATE', '199', 'END')]),
    Probe('profile_decade_grandfather', AUGUST_SUNDAY_2013, 'Her grandfather had come to New York in the 1920s.',
          [('the 1920s', 'DATE', '192', None)]),
    Probe('profile_retire_within_years', AUGUST_SUNDAY_2013, 'She plans to retire within five years.',
          [('five years', 'DURATION', 'P5Y', None)]),
    Probe('profile_century_built', JUNE_MONDAY_2022, 'The cathedral was built in the 13th century and restored in the 1870s.',
          [('the 13th century', 'DATE', '12', None), ('the 1870s', 'DATE', '187', None)]),
    Probe('profile_much_of_century', JUNE_MONDAY_2022, 'For much of the 20th century the west front was covered in scaffolding.',
          [('the 20th century', 'DATE', '19', None)]),
    Probe('profile_every_summer', JUNE_MONDAY_2022, 'Every summer the choir tours Europe.',
          [('Every summer', 'SET', 'XXXX-SU', None)]),
    Probe('profile_mid_decade_moved', APRIL_SUNDAY_1994, 'In the mid-1970s he moved to Los Angeles.',
          [('the mid-1970s', 'DATE', '197', 'MID')]),
    Probe('profile_two_decades', APRIL_SUNDAY_1994, 'For two decades he wrote music for television.',
          [('two decades', 'DURATION', 'P20Y', None)]),
    Probe('profile_turned_last_week', APRIL_SUNDAY_1994, 'He turned 60 last week.',
          [('last week', 'DATE', '1994-W13', None)]),
    Probe('obit_died_sunday', JULY_TUESDAY_2013, 'The engineer died on Sunday at his home in Palo Alto.',
          [('Sunday', 'DATE', '2013-06-30', None)]),
    Probe('obit_born_in_year', JULY_TUESDAY_2013, 'Born in 1925 in Oregon, he served in the Navy.',
          [('1925', 'DATE', '1925', None)]),
    Probe('obit_wife_of_years', JULY_TUESDAY_2013, 'He is survived by his wife of 62 years.',
          [('62 years', 'DURATION', 'P62Y', None)]),
    Probe('obit_died_yesterday', SEPTEMBER_SATURDAY_1997, 'The singer, who died yesterday, first performed on stage in the 1930s.',
          [('yesterday', 'DATE', '1997-09-05', None), ('the 1930s', 'DATE', '193', None)]),
    Probe('obit_toured_for_decade', SEPTEMBER_SATURDAY_1997, 'After the war she toured for a decade.',
          [('a decade', 'DURATION', 'P10Y', None)]),
    Probe('obit_funeral_next_friday', SEPTEMBER_SATURDAY_1997, 'A funeral will be held next Friday.',
          [('next Friday', 'DATE', '1997-09-12', None)]),
    Probe('obit_day_after_easter', APRIL_TUESDAY_2025, 'He died early on Monday, a day after Easter.',
          [('Monday', 'DATE', '2025-04-21', None), ('a day', 'DURATION', 'P1D', None), ('Easter', 'DATE', '2025-04-20', None)]),
    Probe('obit_in_hospital_days_months', APRIL_TUESDAY_2025, 'He had been in hospital for 38 days in February and March.',
          [('38 days', 'DURATION', 'P38D', None), ('February', 'DATE', '2025-02', None), ('March', 'DATE', '2025-03', None)]),
    Probe('obit_funeral_saturday_morning', APRIL_TUESDAY_2025, 'The funeral will take place on Saturday morning.',
          [('Saturday morning', 'DATE', '2025-04-26TMO', None)]),
    Probe('obit_mourning_began', APRIL_TUESDAY_2025, 'Nine days of mourning began on Tuesday.',
          [('Nine days', 'DURATION', 'P9D', None), ('Tuesday', 'DATE', '2025-04-22', None)]),
    Probe('history_years_ago_today', JANUARY_SUNDAY_2013, 'Sixty-eight years ago today, Soviet troops reached the camp.',
          [('Sixty-eight years ago today', 'DATE', '1945-01-27', None)]),
    Probe('history_between_years', JANUARY_SUNDAY_2013, 'Between 1940 and 1945, more than a million people were killed there.',
          [('1940', 'DATE', '1940', None), ('1945', 'DATE', '1945', None)]),
    Probe('history_this_afternoon', JANUARY_SUNDAY_2013, 'Survivors will attend a ceremony this afternoon.',
          [('this afternoon', 'TIME', '2013-01-27TAF', None)]),
    Probe('travel_from_day_every_minutes', MAY_WEDNESDAY_2024, 'From June 2, trains will run every 30 minutes.',
          [('June 2', 'DATE', '2024-06-02', None), ('every 30 minutes', 'SET', 'PT30M', None)]),
    Probe('travel_journey_hours', MAY_WEDNESDAY_2024, 'Journey times will fall to four hours.',
          [('four hours', 'DURATION', 'PT4H', None)]),
    Probe('travel_on_sundays', MAY_WEDNESDAY_2024, 'On Sundays, services start two hours later.',
          [('Sundays', 'SET', 'XXXX-WXX-7', None), ('two hours', 'DURATION', 'PT2H', None)]),
    Probe('travel_open_daily', OCTOBER_TUESDAY_2013, 'The museum is open daily.',
          [('daily', 'SET', 'P1D', None)]),
    Probe('travel_closed_holidays', OCTOBER_TUESDAY_2013, 'It is closed on Thanksgiving Day and Christmas Day.',
          [('Thanksgiving Day', 'DATE', '2013-11-28', None), ('Christmas Day', 'DATE', '2013-12-25', None)]),
    Probe('travel_tours_hourly', OCTOBER_TUESDAY_2013, 'Guided tours run hourly.',
          [('hourly', 'SET', 'PT1H', None)]),
    Probe('travel_sailings_a_day', OCTOBER_TUESDAY_2013, 'In winter there are four sailings a day.',
          [('winter', 'DATE', '2013-WI', None), ('a day', 'SET', 'P1D', None)]),
    Probe('travel_flights_a_week', OCTOBER_TUESDAY_2013, 'The airline runs 60 flights a week to Dubai.',
          [('a week', 'SET', 'P1W', None)]),
    Probe('travel_ballots_a_day', MARCH_TUESDAY_2013, 'Cardinals may hold up to four ballots a day.',
          [('a day', 'SET', 'P1D', None)]),
    Probe('travel_check_in_minutes', OCTOBER_TUESDAY_2013, 'Passengers should check in at least 45 minutes before departure.',
          [('at least 45 minutes', 'DURATION', 'PT45M', 'EQUAL_OR_MORE')]),
    Probe('health_past_24_hours', JANUARY_FRIDAY_2021, 'More than 1,000 deaths were recorded in the past 24 hours.',
          [('the past 24 hours', 'DURATION', 'PT24H', None)]),
    Probe('health_until_at_least_mid_month', JANUARY_FRIDAY_2021, 'The lockdown will remain in place until at least mid-February.',
          [('mid-February', 'DATE', '2021-02', 'MID')]),
    Probe('health_middle_of_next_month', JANUARY_FRIDAY_2021, 'The government aims to vaccinate 13 million people by the middle of next month.',
          [('the middle of next month', 'DATE', '2021-02', 'MID')]),
    Probe('health_peaked_late_december', MARCH_MONDAY_2013, 'Flu activity peaked in late December and has been declining for eight weeks.',
          [('late December', 'DATE', '2012-12', 'END'), ('eight weeks', 'DURATION', 'P8W', None)]),
    Probe('energy_record_in_september', OCTOBER_THURSDAY_2023, 'Crude output hit a record in September, the agency said.',
          [('September', 'DATE', '2023-09', None)]),
    Probe('energy_through_next_year', OCTOBER_THURSDAY_2023, 'Production is forecast to rise in the fourth quarter and through 2024.',
          [('the fourth quarter', 'DATE', '2023-Q4', None), ('2024', 'DATE', '2024', None)]),
    Probe('labor_rate_fell_months', FEBRUARY_FRIDAY_1993, 'The unemployment rate fell to 7.1 percent in January from 7.3 percent in December.',
          [('January', 'DATE', '1993-01', None), ('December', 'DATE', '1992-12', None)]),
    Probe('labor_added_last_month', FEBRUARY_FRIDAY_1993, 'Employers added 106,000 jobs last month.',
          [('last month', 'DATE', '1993-01', None)]),
    Probe('labor_rest_of_the_year', FEBRUARY_FRIDAY_1993, 'Economists expect the rate to stay above 7 percent for the rest of the year.',
          [('the rest of the year', 'DATE', '1993', None)]),
    Probe('labor_fed_meets_range', SEPTEMBER_FRIDAY_2026, 'The Fed meets on Sept. 15-16.',
          [('Sept. 15', 'DATE', '2026-09-15', None), ('16', 'DATE', '2026-09-16', None)]),
    Probe('tech_unveiled_tuesday', SEPTEMBER_WEDNESDAY_2025, 'The company unveiled its new phones on Tuesday.',
          [('Tuesday', 'DATE', '2025-09-09', None)]),
    Probe('tech_preorders_day_at_clock', SEPTEMBER_WEDNESDAY_2025, 'Pre-orders open Friday at 5 a.m. Pacific.',
          [('Friday at 5 a.m.', 'TIME', '2025-09-12T05:00', None)]),
    Probe('tech_released_two_years_ago', SEPTEMBER_WEDNESDAY_2025, 'The previous model, released two years ago, sold well.',
          [('two years ago', 'DATE', '2023', None)]),
    Probe('election_thursdays_election_years', JULY_FRIDAY_2024, "Labour won a landslide in Thursday's general election, ending 14 years of Conservative rule.",
          [('Thursday', 'DATE', '2024-07-04', None), ('14 years', 'DURATION', 'P14Y', None)]),
    Probe('election_polls_closed_before_midnight', JULY_FRIDAY_2024, 'Polls closed at 10pm on Thursday and the first results came in just before midnight.',
          [('10pm on Thursday', 'TIME', '2024-07-04T22:00', None), ('midnight', 'TIME', '2024-07-04T24', None)]),
    Probe('election_parliament_returns', JULY_FRIDAY_2024, 'Parliament returns on July 9.',
          [('July 9', 'DATE', '2024-07-09', None)]),
    Probe('wire_vote_friday_two_days_before', MARCH_THURSDAY_2013, 'Lawmakers will vote on a new plan on Friday, two days before a deadline.',
          [('Friday', 'DATE', '2013-03-22', None), ('two days', 'DURATION', 'P2D', None)]),
    Probe('wire_shut_since_closed_until', MARCH_THURSDAY_2013, 'Banks have been shut since March 16 and will stay closed until Tuesday.',
          [('March 16', 'DATE', '2013-03-16', None), ('Tuesday', 'DATE', '2013-03-26', None)]),
    Probe('wire_tuesday_night_rejected', MARCH_THURSDAY_2013, 'On Tuesday night the parliament rejected a levy on deposits.',
          [('Tuesday night', 'DATE', '2013-03-19TNI', None)]),
    Probe('wire_has_until_monday', MARCH_THURSDAY_2013, 'The island has until Monday to raise 5.8 billion euros.',
          [('Monday', 'DATE', '2013-03-25', None)]),
    Probe('wire_armistice_effective', MARCH_FRIDAY_2013, 'North Korea said on Friday it was scrapping the armistice, effective March 11.',
          [('Friday', 'DATE', '2013-03-08', None), ('March 11', 'DATE', '2013-03-11', None)]),
    Probe('wire_drills_through_end_of_april', MARCH_FRIDAY_2013, 'The drills will run through the end of April.',
          [('the end of April', 'DATE', '2013-04', 'END')]),
    Probe('wire_third_since_year', MARCH_FRIDAY_2013, 'The North last tested a nuclear device on Feb. 12, its third since 2006.',
          [('Feb. 12', 'DATE', '2013-02-12', None), ('2006', 'DATE', '2006', None)]),
    Probe('wire_admitted_late_wednesday', MARCH_WEDNESDAY_2013, 'Mandela was admitted to hospital late on Wednesday.',
          [('Wednesday', 'DATE', '2013-03-27', None)]),
    Probe('wire_third_stay_since_december', MARCH_WEDNESDAY_2013, 'It was his third hospital stay since December.',
          [('December', 'DATE', '2012-12', None)]),
    Probe('wire_monsoon_around_june', MARCH_FRIDAY_KOLKATA_2013, 'The monsoon is expected to arrive in Kerala around June 1.',
          [('June 1', 'DATE', '2013-06-01', None)]),
    Probe('wire_entering_war_saturday', MARCH_SATURDAY_2013, 'North Korea said on Saturday it was entering a state of war.',
          [('Saturday', 'DATE', '2013-03-30', None)]),
    Probe('wire_due_to_continue_until', MARCH_SATURDAY_2013, 'The drills are due to continue until April 30.',
          [('April 30', 'DATE', '2013-04-30', None)]),
    Probe('wire_fell_during_the_week', MARCH_SATURDAY_2013, "Seoul's stock market fell 0.3 percent during the week.",
          [('the week', 'DATE', '2013-W13', None)]),
    # ---- round fifteen, second batch
    Probe('report_compared_with_month_then_year_before', FEBRUARY_FRIDAY_1997, 'Retail sales rose 1.2 percent in January compared with December, and were 4.5 percent higher than a year before.',
          [('January', 'DATE', '1997-01', None), ('December', 'DATE', '1996-12', None), ('a year before', 'DATE', '1996', None)]),
    Probe('report_from_month_then_year_earlier', FEBRUARY_FRIDAY_1997, 'Sales rose in January from December and were 4.5 percent higher than a year earlier.',
          [('January', 'DATE', '1997-01', None), ('December', 'DATE', '1996-12', None), ('a year earlier', 'DATE', '1996', None)]),
    Probe('report_against_month_then_the_month', JULY_MONDAY_1997, 'Prices fell in May against April. In the month, output rose.',
          [('May', 'DATE', '1997-05', None), ('April', 'DATE', '1997-04', None), ('the month', 'DATE', '1997-05', None)]),
    Probe('report_from_month_then_the_month', JULY_MONDAY_1997, 'Prices fell in May from April. In the month, sales rose.',
          [('May', 'DATE', '1997-05', None), ('April', 'DATE', '1997-04', None), ('the month', 'DATE', '1997-05', None)]),
    Probe('report_from_month_alone_moves', JULY_MONDAY_1997, 'Prices have risen steadily from April. In the month, sales fell.',
          [('April', 'DATE', '1997-04', None), ('the month', 'DATE', '1997-04', None)]),
    Probe('report_three_months_to_month', FEBRUARY_FRIDAY_1997, 'In the three months to January, sales grew 1.8 percent on the previous three months.',
          [('the three months', 'DURATION', 'P3M', None), ('January', 'DATE', '1997-01', None), ('the previous three months', 'DURATION', 'P3M', None)]),
    Probe('report_meets_thursday_and_friday_next_week', FEBRUARY_FRIDAY_1997, 'The central bank meets on Thursday and Friday next week.',
          [('Thursday', 'DATE', '1997-02-20', None), ('Friday', 'DATE', '1997-02-21', None), ('next week', 'DATE', '1997-W08', None)]),
    Probe('sport_travel_to_for_leg_on_day', MARCH_FRIDAY_2024, 'They travel to Porto for the second leg on Tuesday.',
          [('Tuesday', 'DATE', '2024-03-12', None)]),
    Probe('sport_fly_to_on_day', MARCH_FRIDAY_2024, 'Ministers fly to Brussels on Monday.',
          [('Monday', 'DATE', '2024-03-11', None)]),
    Probe('sport_travel_noun_stays_past', MARCH_FRIDAY_2024, 'Their travel to Porto on Tuesday was delayed.',
          [('Tuesday', 'DATE', '2024-03-05', None)]),
    Probe('sport_host_on_saturday_evening', MARCH_FRIDAY_2024, 'Arsenal host Brentford on Saturday evening.',
          [('Saturday evening', 'DATE', '2024-03-09TEV', None)]),
    Probe('weather_rise_by_midweek_said_friday', DECEMBER_FRIDAY_2022, 'Temperatures will rise by midweek.',
          [('midweek', 'DATE', '2022-W51', 'MID')]),
    Probe('weather_rise_by_midweek_said_tuesday', DECEMBER_TUESDAY_2022, 'Temperatures will rise by midweek.',
          [('midweek', 'DATE', '2022-W50', 'MID')]),
    Probe('weather_rose_until_midweek_said_friday', DECEMBER_FRIDAY_2022, 'Temperatures rose until midweek.',
          [('midweek', 'DATE', '2022-W50', 'MID')]),
    Probe('weather_later_this_week_into_weekend', DECEMBER_FRIDAY_2022, 'Forecasters expect drier weather later this week and into the weekend.',
          [('later this week', 'DATE', '2022-W50', 'END'), ('the weekend', 'DATE', '2022-W50-WE', None)]),
    Probe('weather_over_the_weekend_said_monday', MARCH_MONDAY_2013, 'The storm that swept the coast over the weekend killed at least 12 people.',
          [('the weekend', 'DATE', '2013-W11-WE', None)]),
    Probe('court_until_end_of_next_week', JUNE_FRIDAY_2013, 'The judge gave prosecutors until the end of next week to respond.',
          [('the end of next week', 'DATE', '2013-W25', 'END')]),
    Probe('court_on_or_before', JUNE_FRIDAY_2013, 'The defendant must file his response on or before July 15.',
          [('July 15', 'DATE', '2013-07-15', None)]),
    Probe('court_adjourned_until_clock_on_day', JUNE_FRIDAY_2013, 'The hearing was adjourned until 9:30 a.m. on Monday.',
          [('9:30 a.m. on Monday', 'TIME', '2013-06-17T09:30', None)]),
    Probe('profile_summer_of_year', MAY_WEDNESDAY_2024, 'She wrote her first novel in the summer of 1969.',
          [('the summer of 1969', 'DATE', '1969-SU', None)]),
    Probe('profile_late_century', MAY_WEDNESDAY_2024, 'In the late 19th century her family ran a mill in Yorkshire.',
          [('the late 19th century', 'DATE', '18', 'END')]),
    Probe('profile_every_other_year', MAY_WEDNESDAY_2024, 'She published a book every other year until 2010.',
          [('every other year', 'SET', 'P2Y', None), ('2010', 'DATE', '2010', None)]),
    Probe('wire_day_comma_date', MARCH_TUESDAY_2013, 'The bank will release its results on Thursday, 28 March.',
          [('Thursday, 28 March', 'DATE', '2013-03-28', None)]),
    Probe('wire_second_half_of_year', JANUARY_FRIDAY_2025, 'The new terminal will open in the second half of 2026.',
          [('the second half of 2026', 'DATE', '2026-H2', None)]),
    Probe('wire_end_of_the_decade', JANUARY_FRIDAY_2025, 'The airport expects 70 million passengers by the end of the decade.',
          [('the end of the decade', 'DATE', '202', 'END')]),
    # ---- round fifteen, third batch
    Probe('weekend_then_later_in_the_day', MARCH_TUESDAY_NICOSIA_2013, 'Parliament rejected the deal on Tuesday evening. Depositors queued at cash machines over the weekend. The finance minister flew to Moscow later in the day.',
          [('Tuesday evening', 'DATE', '2013-03-19TEV', None), ('the weekend', 'DATE', '2013-W11-WE', None), ('later in the day', 'DATE', '2013-03-19', 'END')]),
    Probe('weekend_then_later_in_the_day_no_day_told', MARCH_TUESDAY_NICOSIA_2013, 'Depositors queued at cash machines over the weekend. The finance minister flew to Moscow later in the day.',
          [('the weekend', 'DATE', '2013-W11-WE', None), ('later in the day', 'DATE', '2013-03-19', 'END')]),
    Probe('week_then_later_that_day', MARCH_TUESDAY_NICOSIA_2013, 'Talks began on Monday. Protests grew last week. Later that day, the banks closed.',
          [('Monday', 'DATE', '2013-03-18', None), ('last week', 'DATE', '2013-W11', None), ('Later that day', 'DATE', '2013-03-18', None)]),
    Probe('law_takes_effect_day', MARCH_WEDNESDAY_NY_2013, 'The law takes effect Jan. 1.',
          [('Jan. 1', 'DATE', '2014-01-01', None)]),
    Probe('rules_come_into_force_on', MARCH_WEDNESDAY_NY_2013, 'The new rules come into force on 1 July.',
          [('1 July', 'DATE', '2013-07-01', None)]),
    Probe('ban_took_effect_on', MARCH_WEDNESDAY_NY_2013, 'The ban took effect on Jan. 1.',
          [('Jan. 1', 'DATE', '2013-01-01', None)]),
    Probe('tariffs_which_take_effect_on', MARCH_WEDNESDAY_NY_2013, 'The tariffs, which take effect on Friday, will hit imports.',
          [('Friday', 'DATE', '2013-03-22', None)]),
    Probe('law_went_into_effect', MARCH_WEDNESDAY_NY_2013, 'The law went into effect Jan. 1.',
          [('Jan. 1', 'DATE', '2013-01-01', None)]),
    Probe('fiscal_first_half_ended', OCTOBER_WEDNESDAY_1989, 'Sales for the fiscal first half ended Sept. 30 rose 7%.',
          [('the fiscal first half', 'DATE', '1989-H1', None), ('Sept. 30', 'DATE', '1989-09-30', None)]),
    Probe('fiscal_second_quarter_net', OCTOBER_WEDNESDAY_1989, 'Net income for the fiscal second quarter rose.',
          [('the fiscal second quarter', 'DATE', '1989-Q2', None)]),
    Probe('offer_expires_midnight_date', OCTOBER_WEDNESDAY_1989, 'The offer expires at midnight Nov. 9.',
          [('midnight Nov. 9', 'TIME', '1989-11-09T24', None)]),
    Probe('fiscal_year_ends_date', OCTOBER_WEDNESDAY_1989, "The company's fiscal year ends June 30.",
          [('June 30', 'DATE', '1990-06-30', None)]),
    Probe('net_fell_a_year_earlier_quarter', OCTOBER_WEDNESDAY_1989, 'Third-quarter net fell 12% to $45 million, or 90 cents a share, from $51 million a year earlier.',
          [('Third-quarter', 'DATE', '1989-Q3', None), ('a year earlier', 'DATE', '1988-Q3', None)]),
    Probe('merger_by_year_end', OCTOBER_WEDNESDAY_1989, 'The merger is expected to be completed by year end.',
          [('year end', 'DATE', '1989', 'END')]),
    Probe('last_fridays_drop', OCTOBER_WEDNESDAY_1989, "Last Friday's 190-point drop rattled investors.",
          [('Last Friday', 'DATE', '1989-10-20', None)]),
    Probe('first_game_of_the_new_year', NOVEMBER_FRIDAY_2025, 'The club will play its first home game of the new year on January 3.',
          [('the new year', 'DATE', '2026', None), ('January 3', 'DATE', '2026-01-03', None)]),
    Probe('face_on_saturday_afternoon', NOVEMBER_FRIDAY_2025, 'England face Wales at Twickenham on Saturday afternoon.',
          [('Saturday afternoon', 'DATE', '2025-11-15TAF', None)]),
    Probe('warning_from_clock_day_until_clock_day', NOVEMBER_FRIDAY_2025, 'A weather warning is in place from 9pm on Saturday until 6am on Sunday.',
          [('9pm on Saturday', 'TIME', '2025-11-15T21:00', None), ('6am on Sunday', 'TIME', '2025-11-16T06:00', None)]),
    Probe('transfer_window_opens', NOVEMBER_FRIDAY_2025, 'The transfer window opens on 1 January.',
          [('1 January', 'DATE', '2026-01-01', None)]),
    Probe('first_sunday_in_month', NOVEMBER_FRIDAY_2025, 'The marathon is held on the first Sunday in November.',
          [('the first Sunday in November', 'DATE', '2025-11-02', None)]),
    Probe('weekend_of_day_range', NOVEMBER_FRIDAY_2025, 'The final is on the weekend of 6-7 December.',
          [('the weekend of 6-7 December', 'DATE', '2025-W49-WE', None)]),
    # ---- round fifteen, fourth batch: timetables
    Probe('timetable_open_daily_from_to', OCTOBER_TUESDAY_2013, 'The museum is open daily from 10 a.m. to 5:30 p.m.',
          [('daily', 'SET', 'P1D', None), ('10 a.m.', 'TIME', 'XXXX-XX-XXT10:00', None), ('5:30 p.m.', 'TIME', 'XXXX-XX-XXT17:30', None)]),
    Probe('timetable_daily_and_fridays_until', OCTOBER_TUESDAY_2013, 'The museum is open daily from 10 a.m. to 5:30 p.m., and until 9 p.m. on Fridays.',
          [('daily', 'SET', 'P1D', None), ('10 a.m.', 'TIME', 'XXXX-XX-XXT10:00', None), ('5:30 p.m.', 'TIME', 'XXXX-XX-XXT17:30', None), ('9 p.m.', 'TIME', 'XXXX-XX-XXT21:00', None), ('Fridays', 'SET', 'XXXX-WXX-5', None)]),
    Probe('timetable_every_day_at_clock', OCTOBER_TUESDAY_2013, 'The ferry leaves every day at 9 a.m.',
          [('every day', 'SET', 'P1D', None), ('9 a.m.', 'TIME', 'XXXX-XX-XXT09:00', None)]),
    Probe('daily_briefing_is_one_briefing', OCTOBER_TUESDAY_2013, 'The daily briefing was held at 3 p.m.',
          [('daily', 'SET', 'P1D', None), ('3 p.m.', 'TIME', '2013-09-30T15:00', None)]),
    Probe('clock_then_capital_on_next_sentence', OCTOBER_TUESDAY_2013, 'The shelter opened at 6 p.m. On Monday it opened at 4 p.m.',
          [('6 p.m.', 'TIME', '2013-09-30T18:00', None), ('Monday', 'DATE', '2013-09-30', None), ('4 p.m.', 'TIME', '2013-09-30T16:00', None)]),
    Probe('clock_on_weekday_lower_case', OCTOBER_TUESDAY_2013, 'The polls close at 8 p.m. on Friday.',
          [('8 p.m. on Friday', 'TIME', '2013-10-04T20:00', None)]),
    # ---- round fifteen, fifth batch: a past verb right before a day's 'on'
    Probe('past_verb_on_day_weeks_ahead', JANUARY_FRIDAY_2024, 'Sales fell on March 3.',
          [('March 3', 'DATE', '2023-03-03', None)]),
    Probe('past_ended_on_day_weeks_ahead', JANUARY_FRIDAY_2024, 'The strike ended on March 3.',
          [('March 3', 'DATE', '2023-03-03', None)]),
    Probe('said_on_day_weeks_ahead', JANUARY_FRIDAY_2024, 'The company said on Feb. 3 that sales fell.',
          [('Feb. 3', 'DATE', '2023-02-03', None)]),
    Probe('would_rise_on_day_ahead', JANUARY_FRIDAY_2024, 'The company said sales would rise on Feb. 3.',
          [('Feb. 3', 'DATE', '2024-02-03', None)]),
    Probe('preferred_shares_on_day_no_past', JANUARY_FRIDAY_2024, 'It will redeem 9.5 million Series H preferred shares on Jan. 31.',
          [('Jan. 31', 'DATE', '2024-01-31', None)]),
    Probe("past_verb_takes_day_weeks_ahead", JANUARY_FRIDAY_2024, "The strike ended March 3.",
          [("March 3", "DATE", "2023-03-03", None)]),
    # days only ahead of the stamp stay the nearest (a story's clock running past it)
    Probe("past_verb_on_day_days_ahead", JANUARY_FRIDAY_2024, "The hearing was held on Jan. 18.",
          [("Jan. 18", "DATE", "2024-01-18", None)]),
    Probe("closed_until_then_later_in_the_week", JANUARY_FRIDAY_2024, "Banks will stay closed until Tuesday. Later in the week, they will reopen.",
          [("Tuesday", "DATE", "2024-01-16", None), ("Later in the week", "DATE", "2024-W03", "END")]),
]

NEGATIVES = [
    'She left school at 16 and opened her first restaurant at 19.',
    'In her 20s she cooked in Paris and Lyon.',
    'The dean, in his 60s, arrived from Durham.',
    'Survivors in their late 80s and 90s gathered at the gate.',
    'A 19-year-old man was arrested.',
    'The victim, aged 34, was taken to hospital.',
    'He began playing piano at the age of five.',
    'Sergio Aguero scored twice in the first half.',
    'The Cardinals trailed by 16 points early in the second half.',
    'Oil climbed for a fourth straight session.',
    'The scheme cost investors millions.',
    'Talks went on late into the night.',
    'The river rose 26 feet before dawn.',
    'The central bank left its overnight lending rate unchanged.',
    'The Evening Standard reported the story.',
    'Rain stopped play.',
    'The teams play in the Champions League.',
    'The magnitude 7.8 earthquake was followed by dozens of aftershocks.',
    'He was found dead at his home in Ascot.',
    'Joel Stransky kicked the winning drop goal.',
    'The 100 metres final was the fastest ever.',
    'Its shares have gained 14 percent.',
    "He has scored 12 goals this season.",
    "Jurors will be sequestered for the duration of the trial.",
    "The index rose for a sixth straight week.",
]

NEGATIVES_LEFT: list[tuple[str, str]] = []

test_unseen_sentence, test_unseen_negative, test_the_probe_names_are_new = round_tests(
    PROBES, NEGATIVES, NEGATIVES_LEFT, MARCH_TUESDAY_2013,
    earlier=(FIRST_ROUND, SECOND_ROUND, THIRD_ROUND, FOURTH_ROUND, SIXTH_ROUND, SEVENTH_ROUND, EIGHTH_ROUND,
             NINTH_ROUND, TENTH_ROUND, ELEVENTH_ROUND, TWELFTH_ROUND, THIRTEENTH_ROUND, FOURTEENTH_ROUND,
             ARTICLE_ROUND))


def test_the_probe_set_is_large_enough():
    assert len(PROBES) >= 150 and len(NEGATIVES) >= 20
