"""Link defects found by building whole articles written for the purpose (a hurricane landfall, a
market report): each sentence as it stood in its article."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from timeline.api import reconstruct

MARKET = ("U.S. stocks fell on Tuesday as Treasury yields rose to their highest level since November, "
          "while shares of Acme Corp slid 9% after the retailer cut its full-year forecast.")
LANDFALL = "Gov. Ann Marsh had ordered the evacuation of low-lying parishes on Tuesday."


def _named(result, words):
    names = {e.id: e.text for e in result.events} | {t.id: t.text for t in result.timexes}
    return [(names.get(r.source), r.type, names.get(r.target), r.origin) for r in result.relations
            if names.get(r.source) in words or names.get(r.target) in words]


def test_since_after_a_superlative_does_not_start_the_verb():
    result = reconstruct(MARKET, published="2025-02-04T17:05:00-05:00", timezone="America/New_York")
    rose = [link for link in _named(result, {"rose"}) if link[2] == "November"]
    assert [link[1] for link in rose if ":signal:" in link[3]] == ["AFTER"], rose


def test_a_date_on_the_object_dates_the_verb():
    result = reconstruct(LANDFALL, published="2025-09-11T14:30:00-05:00", timezone="America/Chicago")
    links = _named(result, {"ordered"})
    assert ("ordered", "IS_INCLUDED", "Tuesday", "event-time:inherited:object-of") in links, links
    ordered = next(e for e in result.events if e.text == "ordered")
    assert ordered.when.latest_end is not None and ordered.when.latest_end.day == 10  # Tue 24:00 CDT = Wed 05:00 UTC


def test_an_adjective_keeps_its_own_date():
    text = ("Investors are now waiting for the Labor Department's monthly jobs report, due on Friday, "
            "and for the Federal Reserve's next policy meeting in March.")
    result = reconstruct(text, published="2025-02-04T17:05:00-05:00", timezone="America/New_York")
    assert not [link for link in _named(result, {"waiting"}) if link[2] == "Friday"]


COURT = ("The jury deliberated for about nine hours over two days before returning its verdict shortly after 3 p.m. "
         "Prosecutors said Kell accepted cash between 2016 and 2021 in exchange for zoning changes. "
         "U.S. District Judge Maria Lopez set sentencing for Feb. 12.")


def _court():
    return reconstruct(COURT, published="2025-11-05T18:40:00-06:00", timezone="America/Chicago")


def test_a_duration_after_a_preposition_counts_no_distance():
    links = _named(_court(), {"deliberated"})
    assert not [link for link in links if link[3] == "event-event:offset"], links


def test_scheduling_comes_before_the_date_it_sets():
    result = _court()
    links = _named(result, {"set"})
    assert ("set", "BEFORE", "Feb. 12", "event-time:signal:scheduled-for") in links, links
    assert not [c for c in result.conflicts if c.relation.source in {e.id for e in result.events if e.text == "set"}]


def test_each_end_of_a_range_bounds_one_end_of_the_event():
    result = _court()
    links = _named(result, {"accepted"})
    assert ("accepted", "STARTS_ON_OR_AFTER", "2016", "event-time:signal:range") in links, links
    assert ("accepted", "ENDS_ON_OR_BEFORE", "2021", "event-time:signal:range") in links, links
    accepted = next(e for e in result.events if e.text == "accepted")
    assert accepted.when.earliest_start.year == 2016 and accepted.when.latest_end.year == 2022  # 2021 ends at 06:00 UTC


def test_a_first_since_leaves_the_day_to_date_the_event():
    text = ("Blackburn Rovers reached their first FA Cup final since 1960 on Saturday evening, "
            "beating Manchester City 2-1 at Wembley.")
    result = reconstruct(text, published="2025-04-26T21:30:00+01:00", timezone="Europe/London")
    links = _named(result, {"reached"})
    assert ("reached", "AFTER", "1960", "event-time:signal:since") in links, links
    assert ("reached", "IS_INCLUDED", "Saturday evening", "event-time:signal:on") in links, links


def test_a_date_in_a_fronted_participle_clause_dates_that_clause():
    text = "Born in Toledo, Ohio, on March 3, 1931, Dr. Hale graduated from Radcliffe College in 1952."
    result = reconstruct(text, published="2025-10-28T10:00:00-04:00", timezone="America/New_York")
    links = _named(result, {"Born", "graduated"})
    assert ("Born", "IS_INCLUDED", "March 3, 1931", "event-time:signal:on") in links, links
    assert ("graduated", "IS_INCLUDED", "1952", "event-time:signal:in") in links, links


def test_from_a_date_starts_the_event_then_or_later():
    text = ("European Union negotiators agreed early on Thursday to ban the sale of new petrol and diesel cars "
            "from 2035, after talks that ran through the night.")
    result = reconstruct(text, published="2022-10-27T14:00:00+02:00", timezone="Europe/Brussels")
    links = _named(result, {"ban"})
    assert ("ban", "STARTS_ON_OR_AFTER", "2035", "event-time:signal:from") in links, links
    ban = next(e for e in result.events if e.text == "ban")
    assert ban.when.earliest_start >= datetime(2034, 12, 31, 23, tzinfo=timezone.utc)  # 2035 in Brussels


def test_a_distance_in_a_relative_clause_counts_from_the_clause_it_modifies():
    text = ("Pope Leo celebrated an open-air Mass in Jakarta on Thursday evening. The pontiff arrived in "
            "Indonesia on Tuesday from Dili, where he had met President Jose Ramos-Horta a day earlier.")
    result = reconstruct(text, published="2026-09-10T14:00:00+00:00", timezone="Asia/Jakarta")
    links = _named(result, {"met"})
    assert ("met", "STARTS_BEFORE", "arrived", "event-event:offset") in links, links
    met = next(e for e in result.events if e.text == "met")
    # Monday in Jakarta: 2026-09-06 17:00 to 2026-09-07 17:00 UTC, not Tuesday the arrival's day
    assert met.when.earliest_start == datetime(2026, 9, 6, 17, tzinfo=timezone.utc), met.when
    assert met.when.latest_start == datetime(2026, 9, 7, 17, tzinfo=timezone.utc), met.when


def test_a_date_naming_the_object_does_not_date_the_verb():
    text = "Investigators link 2019 data breach to contractor, report says"
    result = reconstruct(text, published="2026-11-19T10:00:00-05:00", timezone="America/New_York")
    assert not [link for link in _named(result, {"link"}) if link[3] == "event-time:inherited:object-of"]


EARNINGS = ("Nordwind Airlines reported a net profit of 412 million euros for the third quarter on Thursday, "
            "reversing a loss a year earlier. Revenue in the July-September period rose 18% to 4.1 billion euros.")


def test_a_period_after_for_is_what_a_dated_report_is_about():
    result = reconstruct(EARNINGS, published="2025-10-30T09:40:00+01:00", timezone="Europe/Berlin")
    links = _named(result, {"reported"})
    assert ("reported", "IS_INCLUDED", "Thursday", "event-time:signal:on") in links, links
    assert not [link for link in links if link[2] == "the third quarter" and ":signal:" in link[3]], links
    assert not [c for c in result.conflicts if "signal" in (c.relation.origin or "")]


def test_an_event_dated_by_a_hyphenated_range_lies_within_both_ends():
    result = reconstruct(EARNINGS, published="2025-10-30T09:40:00+01:00", timezone="Europe/Berlin")
    links = _named(result, {"rose"})
    assert ("rose", "STARTS_ON_OR_AFTER", "July", "event-time:signal:range") in links, links
    assert ("rose", "ENDS_ON_OR_BEFORE", "September", "event-time:signal:range") in links, links
    rose = next(e for e in result.events if e.text == "rose")
    assert rose.when.latest_end == datetime(2025, 9, 30, 22, tzinfo=timezone.utc)  # end of September in Berlin


def test_a_last_and_a_next_meeting_are_two_meetings():
    text = ("Asian markets fell after minutes of the Federal Reserve's last meeting revived fears. "
            "The Fed's next policy meeting ends on Wednesday.")
    result = reconstruct(text, published="2013-03-14T15:20:00+09:00", timezone="Asia/Tokyo")
    assert not [link for link in _named(result, {"meeting"}) if link[3] == "event-event:coreference"]
    meetings = [e for e in result.events if e.text == "meeting"]
    assert meetings[0].when.latest_end <= datetime(2013, 3, 14, 6, 20, tzinfo=timezone.utc)  # before publication


def test_a_timetable_s_present_is_no_conflict():
    # "begins Aug. 26": a present tense a date places ahead states no INCLUDES the publication
    text = "The U.S. Open begins Aug. 26. Quarterly earnings are due on Oct. 23."
    result = reconstruct(text, published="2013-07-07T20:30:00+01:00", timezone="Europe/London")
    assert not result.conflicts
    begins = next(e for e in result.events if e.text == "begins")
    assert begins.when.earliest_start >= datetime(2013, 8, 25, 23, tzinfo=timezone.utc)


def test_a_relative_clause_keeps_its_own_time():
    text = 'Police said: "We want to hear from anyone who was in the area between 2am and 3am."'
    result = reconstruct(text, published="2013-03-03T13:20:00+00:00", timezone="Europe/London")
    assert not [link for link in _named(result, {"hear"}) if link[2] in ("2am", "3am")]


def test_what_happened_at_a_journey_s_end_follows_it():
    text = "Kara Mustafa fled to Belgrade, where he was executed on 25 December."
    result = reconstruct(text, published="2020-05-01T12:00:00+00:00", timezone="UTC")
    assert ("fled", "BEFORE", "executed", "event-event:destination") in _named(result, {"fled"})
    text = "He moved to Paris, where he had lived as a child."  # the clause looks back
    result = reconstruct(text, published="2020-05-01T12:00:00+00:00", timezone="UTC")
    assert not [link for link in _named(result, {"moved"}) if link[3] == "event-event:destination"]


def test_of_two_dates_a_parse_hangs_on_one_event_the_nearer_is_its_own():
    text = ("The United States will more than double tariffs on $200 billion of Chinese goods at 12:01 a.m. "
            "EDT (0401 GMT) on Friday, the U.S. Trade Representative's office said on Wednesday.")
    result = reconstruct(text, published="2019-05-08T18:30:00-04:00", timezone="America/New_York")
    said = next(e for e in result.events if e.text == "said")
    assert said.when.earliest_start.day == 8 and said.when.latest_end.day == 9  # Wednesday 8 May (EDT), not Friday
    rejected = [(c.relation.source, c.relation.target) for c in result.conflicts]
    friday = next(t for t in result.timexes if t.text == "Friday")
    assert (said.id, friday.id) in rejected


SENTENCE = "Hart faces up to 20 years in prison on the most serious count. He spent five years in Paris."


def test_a_length_that_is_the_verbs_object_does_not_time_it():
    # the 20 years are what Hart faces, not when: no link of any origin, and no 40-year window
    result = reconstruct(SENTENCE, published="2024-11-07T17:45:00-06:00", timezone="America/Chicago")
    assert not _named(result, {"up to 20 years"}), _named(result, {"up to 20 years"})
    faces = next(e for e in result.events if e.text == "faces")
    assert faces.when.earliest_start is None or faces.when.earliest_start.year >= 2024


def test_a_length_spent_still_times_its_verb():
    result = reconstruct(SENTENCE, published="2024-11-07T17:45:00-06:00", timezone="America/Chicago")
    assert [link for link in _named(result, {"five years"}) if link[0] == "spent"]


def test_a_when_clause_after_a_date_happens_then():
    """ "in January 1955, when the river rose": the clause tells what happened in January 1955;
    it neither comes before the main verb nor floats free of the date."""
    text = ("Born in Lyon in 1931, she moved to Paris four years later. Her break came in January 1955, "
            "when the river rose more than six metres in three days.")
    result = reconstruct(text, published="2025-11-18T14:30:00+01:00", timezone="Europe/Paris")
    links = _named(result, {"rose"})
    assert ("rose", "IS_INCLUDED", "January 1955", "event-time:when-clause") in links, links
    assert not [link for link in links if link[3] == "event-event:signal:when"], links
    rose = next(e for e in result.events if e.text == "rose")
    assert rose.when.earliest_start.year == 1954 and rose.when.latest_end.year == 1955  # Paris is UTC+1


def test_a_when_clause_without_a_date_keeps_its_order():
    text = "When the police arrived, the crowd fled."
    result = reconstruct(text, published="2025-11-18T14:30:00+01:00", timezone="Europe/Paris")
    assert ("fled", "AFTER", "arrived", "event-event:signal:when") in _named(result, {"fled"})


def test_most_of_a_year_dates_the_verb():
    text = "She photographed the poet in 1964 and spent most of 1968 in the Latin Quarter."
    result = reconstruct(text, published="2025-11-18T14:30:00+01:00", timezone="Europe/Paris")
    links = _named(result, {"spent"})
    assert ("spent", "IS_INCLUDED", "1968", "event-time:signal:of") in links, links
    assert not [link for link in links if link[2] == "1964"], links


def test_through_a_day_ends_the_event_there():
    text = "Schools in Leon County will be closed through Friday."
    result = reconstruct(text, published="2025-09-24T12:30:00-04:00", timezone="America/New_York")
    links = _named(result, {"closed"})
    assert ("closed", "ENDED_BY", "Friday", "event-time:signal:through") in links, links
    assert not [link for link in links if link[2] == "Friday" and link[1] == "IS_INCLUDED"], links
    closed = next(e for e in result.events if e.text == "closed")
    assert closed.when.earliest_start.day == 24  # from publication, not from Friday's start


def test_a_date_on_a_verb_that_is_no_event_dates_its_complement():
    text = "In March, its new H3 rocket had to be destroyed shortly after launch."
    result = reconstruct(text, published="2023-09-05T15:20:00+09:00", timezone="Asia/Tokyo")
    assert ("destroyed", "IS_INCLUDED", "March", "event-time:signal:in") in _named(result, {"destroyed"})


def test_a_count_after_a_subject_dates_its_verb():
    text = ("The first attempt, on Aug. 28, was called off less than an hour before liftoff. "
            "A second try two days later was scrubbed as well.")
    result = reconstruct(text, published="2023-09-05T15:20:00+09:00", timezone="Asia/Tokyo")
    links = _named(result, {"scrubbed"})
    assert [link for link in links if link[3] == "event-event:offset" and link[2] == "called"], links
    scrubbed = next(e for e in result.events if e.text == "scrubbed")
    assert scrubbed.when.earliest_start.day >= 28 and scrubbed.when.latest_end.day <= 31


def test_a_count_in_a_reduced_clause_counts_from_the_verb_it_hangs_from():
    text = ("On Friday, survivors gathered at the tabernacle. The earthen dam, finished only months earlier, "
            "began leaking on June 4, 1976.")
    result = reconstruct(text, published="2026-06-06T16:00:00-06:00", timezone="America/Boise")
    assert [link for link in _named(result, {"finished"}) if link[3] == "event-event:offset" and link[2] == "began"]
    finished = next(e for e in result.events if e.text == "finished")
    assert finished.when.latest_end.year == 1976


def test_a_past_date_before_a_present_perfect_is_the_relative_clause_s():
    text = ("Measles cases linked to an outbreak that began in West Texas in late January have climbed to 412, "
            "health officials said Friday.")
    result = reconstruct(text, published="2025-03-21T16:00:00-04:00", timezone="America/New_York")
    links = _named(result, {"climbed", "began"})
    assert ("began", "IS_INCLUDED", "late January", "event-time:signal:in") in links, links
    assert not [link for link in links if link[0] == "climbed" and link[2] == "late January"], links


def test_a_present_perfect_with_its_own_date_keeps_it():
    text = "The company has cut 500 jobs in March, its chief executive said on Friday."
    result = reconstruct(text, published="2025-04-11T16:00:00-04:00", timezone="America/New_York")
    assert ("cut", "IS_INCLUDED", "March", "event-time:signal:in") in _named(result, {"cut"})


@pytest.mark.parametrize("text, verb, date", [
    ("VERITAS, another probe, has slipped to the early 2030s.", "slipped", "the early 2030s"),
    ("The council postponed the vote until March.", "postponed", "March"),
])
def test_a_date_a_verb_moves_something_to_is_not_the_verb_s(text, verb, date):
    result = reconstruct(text, published="2026-02-10T17:30:00-05:00", timezone="America/New_York")
    links = _named(result, {verb})
    assert (verb, "BEFORE", date, "event-time:signal:scheduled-for") in links, links
    assert not [link for link in links if link[2] == date and link[1] == "IS_INCLUDED"], links


def test_since_after_a_hyphenated_superlative_does_not_start_the_verb():
    text = "The Nasdaq suffered its biggest one-day drop since April on Thursday."
    result = reconstruct(text, published="2023-10-19T16:45:00-04:00", timezone="America/New_York")
    since = [link for link in _named(result, {"suffered"}) if link[2] == "April" and ":signal:" in link[3]]
    assert [link[1] for link in since] == ["AFTER"], since
