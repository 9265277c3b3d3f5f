"""Times without a zone in a datelined story read the dateline's clock (wire style)."""
from datetime import datetime, timezone

import timeline

PUBLISHED = "2024-03-07T09:15:00-05:00"


def _utc(text, **kwargs):
    found = timeline.tag(text, published=PUBLISHED, timezone="America/New_York", **kwargs)
    return {t.text: t.interval.start.astimezone(timezone.utc) for t in found if t.interval}


def test_dateline_sets_the_clock_of_bare_times():
    text = "TOKYO, March 7 - Bullet trains resumed at 10:45 a.m. after the quake."
    assert _utc(text)["10:45 a.m."] == datetime(2024, 3, 7, 1, 45, tzinfo=timezone.utc)


def test_an_accented_dateline_sets_the_clock():
    text = "SÃO PAULO \u2014 Polls will close at 5 p.m. in the runoff."
    assert _utc(text)["5 p.m."] == datetime(2024, 3, 7, 20, tzinfo=timezone.utc)  # São Paulo is UTC-3
    text = "BOGOTÁ, Colombia \u2014 The talks resumed at 9 a.m."
    assert _utc(text)["9 a.m."] == datetime(2024, 3, 7, 14, tzinfo=timezone.utc)  # Bogotá is UTC-5


def test_document_place_sets_the_clock_without_a_dateline():
    text = "Bullet trains resumed at 10:45 a.m. after the quake."
    assert _utc(text, place="Tokyo")["10:45 a.m."] == datetime(2024, 3, 7, 1, 45, tzinfo=timezone.utc)


def test_without_dateline_or_place_the_publisher_clock_stays():
    text = "Bullet trains resumed at 10:45 a.m. after the quake in Tokyo."
    # New York's 10:45 (a past one, later than the 9:15 stamp: the day before's)
    assert _utc(text)["10:45 a.m."] == datetime(2024, 3, 6, 15, 45, tzinfo=timezone.utc)


def test_a_named_zone_beats_the_dateline():
    text = "TOKYO, March 7 - The markets in New York open at 9:30 a.m. EST."
    assert _utc(text)["9:30 a.m. EST"] == datetime(2024, 3, 7, 14, 30, tzinfo=timezone.utc)


def test_a_clock_said_to_be_in_a_place_reads_that_place_s_clock():
    text = 'TOKYO, March 7 - "All eyes are on the statement at 2 p.m. in London," a trader said.'
    assert _utc(text)["2 p.m."] == datetime(2024, 3, 7, 14, tzinfo=timezone.utc)  # London is UTC+0
    text = "TOKYO, March 7 - Trading closed at 3 p.m. in a quiet session."
    assert _utc(text)["3 p.m."] == datetime(2024, 3, 7, 6, tzinfo=timezone.utc)  # no place: Tokyo's


def test_the_gmt_reading_beside_a_clock_settles_its_zone():
    # the paragraph names Tehran, but 11:15 local being 10:15 GMT is Geneva's clock (UTC+1)
    text = ("GENEVA (Reuters) - Talks ended on Thursday.\n\n\"We made progress,\" Ashton told reporters at "
            "11:15 a.m. local time (1015 GMT). Iran's negotiator said Tehran would consider it.")
    assert _utc(text)["11:15 a.m."] == datetime(2024, 3, 7, 10, 15, tzinfo=timezone.utc)
    # no place at all: the offset itself (UTC+7)
    text = "The ship sank at 4:30 pm (0930 GMT), the coastguard said."
    found = timeline.tag(text, published=PUBLISHED, timezone="America/New_York")
    assert found[0].timezone == "Etc/GMT-7"


def test_a_bare_dateline_is_the_best_known_place_of_its_name():
    # the story names the U.S., but a bare "GENEVA" dateline is Switzerland's, not Illinois's;
    # the headline above it reads the same clock
    text = ("Powers agree to meet next month\n\nGENEVA (Reuters) - Iran and the powers, the U.S. among them, "
            "agreed to meet again. The talks ended at 6 p.m.")
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/New_York")}
    assert found["6 p.m."].timezone == "Europe/Zurich"
    assert found["next month"].timezone == "Europe/Zurich"


def test_a_dateline_s_state_or_country_tells_places_of_one_name_apart():
    # AP style abbreviates the state: Peoria, Illinois (UTC-6), not Peoria, Arizona (UTC-7)
    text = "PEORIA, Ill. (AP) \u2014 The company said it would open the plant at 9 a.m."
    assert _utc(text)["9 a.m."] == datetime(2024, 3, 7, 15, tzinfo=timezone.utc)
    text = "PARIS, Texas (AP) \u2014 The parade starts at 9 a.m."
    assert _utc(text)["9 a.m."] == datetime(2024, 3, 7, 15, tzinfo=timezone.utc)
    text = "ATHENS, Greece (AP) \u2014 The strike starts at 9 a.m."
    assert _utc(text)["9 a.m."] == datetime(2024, 3, 7, 7, tzinfo=timezone.utc)


def test_local_time_is_not_the_clock_of_a_journey_s_destination():
    # the flight left Kuala Lumpur (UTC+8 like Beijing, so Sydney stands in for the destination)
    text = ("KUALA LUMPUR, Malaysia (AP) \u2014 The flight took off at 9:40 a.m. local time bound for Sydney, "
            "where it was due to land at 7:30 p.m. Sydney time.")
    assert _utc(text)["9:40 a.m."] == datetime(2024, 3, 7, 1, 40, tzinfo=timezone.utc)
    assert _utc(text)["7:30 p.m. Sydney time"] == datetime(2024, 3, 7, 8, 30, tzinfo=timezone.utc)


def test_georgia_beside_other_states_is_the_state():
    text = ("WASHINGTON \u2014 Polls closed at 6 p.m. in Indiana and Kentucky. Voting ends at 7 p.m. "
            "in Georgia and Virginia.")
    found = {t.text: t for t in timeline.tag(text, published="2018-11-06T18:30:00-05:00",
                                             timezone="America/New_York")}
    assert found["7 p.m."].timezone == "America/New_York"  # not Tbilisi's clock
    assert found["7 p.m."].value == "2018-11-06T19:00"


def test_a_bare_clock_time_keeps_the_day_the_previous_sentence_named():
    # published 09:00 in New York is already Friday 02:00 in Auckland; the quake struck on the
    # Thursday the story named, not on the Friday after publication
    text = ("WELLINGTON - A strong earthquake struck early Thursday (local time). "
            "It hit at 3:12 a.m., officials said.")
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/New_York")}
    assert found["3:12 a.m."].value == "2024-03-07T03:12"
    assert found["3:12 a.m."].interval.start.astimezone(timezone.utc) == datetime(2024, 3, 6, 14, 12, tzinfo=timezone.utc)


def test_a_part_of_day_alone_stays_on_the_publication_day():
    text = "WELLINGTON - Parliament sat on Tuesday. Ministers meet this morning."
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/New_York")}
    assert found["this morning"].value.startswith("2024-03-08")


# -- a day with no clock keeps the story's clock (see zones/README.md) --------------------
def _tagged(text, published=PUBLISHED, zone="America/New_York", **kwargs):
    return {t.text: t for t in timeline.tag(text, published=published, timezone=zone, **kwargs)}


def test_a_day_keeps_the_story_clock_beside_a_place():
    text = ("North Korean leader Kim Jong-un, who left Pyongyang on Sunday aboard an armored train, "
            "crossed the border on Tuesday.")
    found = _tagged(text, published="2023-09-13T06:00:00-04:00", zone="America/Montreal")
    assert found["Sunday"].timezone == "America/Montreal"
    assert found["Sunday"].value == "2023-09-10"


def test_the_dateline_sets_the_clock_of_its_own_date():
    text = ("LONDON, May 12 - Rhenwerk, the German chemicals maker, agreed on Monday to buy Calder "
            "Materials of Houston for 14 billion dollars in cash.")
    found = _tagged(text, published="2025-05-12T17:45:00+01:00", zone="Europe/London")
    assert found["May 12"].timezone == found["Monday"].timezone == "Europe/London"


def test_bare_clock_times_follow_the_story_s_one_local_time():
    # published in London with no dateline: the reporter's "local time" is Nepal's, and so is
    # the aftershock's bare clock; the days stay the publisher's
    text = ("The quake hit at 11:47 p.m. local time on Friday in the Jajarkot district of western "
            "Nepal. At least 11 aftershocks followed, the strongest at 3:05 a.m. on Saturday.")
    found = _tagged(text, published="2026-01-17T14:30:00+00:00", zone="Europe/London")
    assert found["3:05 a.m. on Saturday"].timezone == "Asia/Kathmandu"
    assert found["3:05 a.m. on Saturday"].interval.start.astimezone(timezone.utc) == \
        datetime(2026, 1, 16, 21, 20, tzinfo=timezone.utc)


def test_a_place_that_gives_another_clock_is_not_where_local_time_is():
    text = ("An Ariane 6 rocket lifted off from Kourou in French Guiana on Thursday evening. "
            "It left the pad at 9:04 p.m. local time, or 1:04 a.m. on Friday in Paris.")
    found = _tagged(text, published="2025-12-05T07:30:00+01:00", zone="Europe/Paris")
    local = next(t for t in found.values() if t.text.startswith("9:04"))
    assert local.timezone == "America/Cayenne", local.timezone_reason


def test_where_it_was_reads_the_clock_of_the_place():
    text = ("In Sao Paulo, hundreds of fans watched the final on a giant screen on Avenida "
            "Paulista, where it was 5:30 a.m. on Sunday when play started.")
    found = _tagged(text, published="2026-02-01T09:00:00-05:00")
    assert found["5:30 a.m. on Sunday"].timezone == "America/Sao_Paulo"
    assert found["5:30 a.m. on Sunday"].interval.start.astimezone(timezone.utc) == \
        datetime(2026, 2, 1, 8, 30, tzinfo=timezone.utc)


def test_local_time_without_a_place_near_it_is_the_lead_s_place():
    # datelined PARIS, but the lead says where the story happens; the GMT sentence beside the
    # launch time is about another clock and another place
    text = ("PARIS - A European Ariane 6 rocket lifted off from Kourou in French Guiana on Thursday "
            "evening and placed a new weather satellite into orbit, two days after a faulty valve "
            "forced controllers to halt the countdown.\n\n"
            "The rocket left the launch pad at 9:04 p.m. local time, or 1:04 a.m. on Friday in "
            "Paris. A ground station in Australia picked up its first signal at 00:51 GMT on "
            "Friday.\n\n"
            "The first attempt, on Tuesday, was stopped at 9:03 p.m. local time when sensors "
            "showed an unexpected pressure drop.")
    found = _tagged(text, published="2025-12-05T07:30:00+01:00", zone="Europe/Paris")
    for clock in ("9:04 p.m.", "9:03 p.m."):
        local = next(t for t in found.values() if t.text.startswith(clock))
        assert local.timezone == "America/Cayenne", local.timezone_reason


FLIGHT = ("Flight QF11 left Sydney at 11:50 a.m. local time on Tuesday. The crew turned toward Hawaii, "
          "where the aircraft landed safely at 1:40 a.m. local time on Tuesday. Passengers were flown on "
          "in a replacement aircraft that left Honolulu at 3:15 p.m. on Wednesday.")


def test_with_local_clocks_in_several_places_a_bare_clock_reads_its_sentences_place():
    found = {t.text: t for t in timeline.tag(FLIGHT, published="2025-03-06T09:00:00+11:00",
                                             timezone="Australia/Sydney")}
    left = found["3:15 p.m. on Wednesday"]
    assert left.timezone == "Pacific/Honolulu"
    assert left.interval.start.astimezone(timezone.utc) == datetime(2025, 3, 6, 1, 15, tzinfo=timezone.utc)


def test_with_local_clocks_in_several_places_a_sentence_without_one_keeps_the_publishers():
    text = FLIGHT.replace("that left Honolulu at 3:15 p.m.", "at 3:15 p.m.")
    found = {t.text: t for t in timeline.tag(text, published="2025-03-06T09:00:00+11:00",
                                             timezone="Australia/Sydney")}
    assert found["3:15 p.m. on Wednesday"].timezone == "Australia/Sydney"


def test_windows_line_ends_keep_the_dateline_and_the_headline():
    text = "Bridge to reopen\r\n\r\nBOSTON (AP) \u2014 The mayor said on Monday\r\nthat the bridge will reopen on Friday at 6 a.m.\r\n"
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/Chicago")}
    assert found["Friday at 6 a.m."].timezone == "America/New_York"  # Boston's clock, not the publisher's
    assert found["Friday at 6 a.m."].interval.start == datetime(2024, 3, 8, 11, tzinfo=timezone.utc)


def test_a_country_s_adjective_before_time_is_its_clock():
    text = "ROME - The women were handed over at the border at about 9 p.m. Syrian time."
    assert _utc(text)["9 p.m. Syrian time"].hour == 18  # Damascus, UTC+3 since 2022, not Rome's UTC+1
    text = "BAGHDAD - The curfew starts at 10 p.m. Iraqi time."
    assert _utc(text)["10 p.m. Iraqi time"].hour == 19  # Baghdad is UTC+3


def test_a_weekday_between_a_clock_and_its_place_is_the_clock_s_day():
    text = "ROME - The officials crossed at 9 p.m. Wednesday Damascus time, the ministry said."
    found = {t.text: t for t in timeline.tag(text, published=PUBLISHED, timezone="America/New_York")}
    clock = found["9 p.m. Wednesday"]
    assert clock.value == "2024-03-06T21:00"
    assert clock.interval.start.astimezone(timezone.utc) == datetime(2024, 3, 6, 18, tzinfo=timezone.utc)


def test_the_gmt_reading_beside_a_bare_clock_rules_out_a_flashback_s_day():
    text = ("ROME - Two aid workers landed in Rome early Friday.\n\nThey were kidnapped near Aleppo on "
            "the night of July 31. Their plane touched down at 4:10 a.m. local time (0310 GMT).")
    found = {t.text: t for t in timeline.tag(text, published="2015-01-16T10:30:00+01:00", timezone="Europe/Rome")}
    # UTC+1 is Rome's winter clock: the landing's Friday, not 1 August (UTC+2) after the July night
    assert found["4:10 a.m."].value == "2015-01-16T04:10"
    assert found["4:10 a.m."].interval.start.astimezone(timezone.utc) == datetime(2015, 1, 16, 3, 10, tzinfo=timezone.utc)
    without_reading = {t.text: t for t in timeline.tag(text.replace(" (0310 GMT)", ""),
                                                         published="2015-01-16T10:30:00+01:00", timezone="Europe/Rome")}
    assert without_reading["4:10 a.m."].value == "2014-08-01T04:10"  # the day the sentence before told
