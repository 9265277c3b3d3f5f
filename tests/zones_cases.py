"""Zone cases written by hand: a sentence, the time expression in it, its zone text, the local
wall clock it reads, and the zone and exact UTC instant it must come to.

UTC instants were worked out from the zones' published rules (offsets, DST dates), not from
the code under test.
"""
from __future__ import annotations

from dataclasses import dataclass

NEUTRAL = "Pacific/Tahiti"  # a publisher whose clock abbreviates to nothing ("-10")


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expr: str  # the time expression, located by its first occurrence in text
    zone_text: str | None
    wall: str  # local wall clock, "YYYY-MM-DD HH:MM"
    zone: str  # the zone the resolver must choose
    utc: str  # the exact instant, "YYYY-MM-DDTHH:MMZ"
    publisher: str = NEUTRAL
    published: str = "2024-07-15T09:00"
    place: str | None = None
    candidates: tuple[str, ...] = ()  # must be among the candidates considered
    not_candidates: tuple[str, ...] = ()  # must not be


def _abbreviation(abbr: str, zone: str, utc: str) -> Case:
    return Case(f"abbr-{abbr}", f"Polls closed at 12:00 {abbr} on Monday.", f"12:00 {abbr}", abbr,
                "2024-07-15 12:00", zone, f"2024-07-15T{utc}Z")


# Every abbreviation of resources/en/zones.toml, at noon on 2024-07-15 (northern summer,
# southern winter); a publisher in Tahiti settles nothing, so ambiguous ones take the default.
ABBREVIATIONS = [
    _abbreviation("UTC", "UTC", "12:00"),
    _abbreviation("Z", "UTC", "12:00"),
    _abbreviation("GMT", "Etc/GMT", "12:00"),
    _abbreviation("ET", "America/New_York", "16:00"),
    _abbreviation("EST", "America/New_York", "16:00"),  # "EST" in July means New York's clock
    _abbreviation("EDT", "America/New_York", "16:00"),
    _abbreviation("CT", "America/Chicago", "17:00"),
    _abbreviation("CST", "America/Chicago", "17:00"),
    _abbreviation("CDT", "America/Chicago", "17:00"),
    _abbreviation("MT", "America/Denver", "18:00"),
    _abbreviation("MST", "America/Denver", "18:00"),
    _abbreviation("MDT", "America/Denver", "18:00"),
    _abbreviation("PT", "America/Los_Angeles", "19:00"),
    _abbreviation("PST", "America/Los_Angeles", "19:00"),
    _abbreviation("PDT", "America/Los_Angeles", "19:00"),
    _abbreviation("AKST", "America/Anchorage", "20:00"),
    _abbreviation("AKDT", "America/Anchorage", "20:00"),
    _abbreviation("HST", "Pacific/Honolulu", "22:00"),
    _abbreviation("AST", "America/Halifax", "15:00"),
    _abbreviation("ADT", "America/Halifax", "15:00"),
    _abbreviation("NST", "America/St_Johns", "14:30"),
    _abbreviation("NDT", "America/St_Johns", "14:30"),
    _abbreviation("BST", "Europe/London", "11:00"),
    _abbreviation("IST", "Asia/Kolkata", "06:30"),
    _abbreviation("IDT", "Asia/Jerusalem", "09:00"),
    _abbreviation("WET", "Europe/Lisbon", "11:00"),
    _abbreviation("WEST", "Europe/Lisbon", "11:00"),
    _abbreviation("CET", "Europe/Berlin", "10:00"),
    _abbreviation("CEST", "Europe/Berlin", "10:00"),
    _abbreviation("EET", "Europe/Athens", "09:00"),
    _abbreviation("EEST", "Europe/Athens", "09:00"),
    _abbreviation("MSK", "Europe/Moscow", "09:00"),
    _abbreviation("GST", "Asia/Dubai", "08:00"),
    _abbreviation("PKT", "Asia/Karachi", "07:00"),
    _abbreviation("NPT", "Asia/Kathmandu", "06:15"),
    _abbreviation("ICT", "Asia/Bangkok", "05:00"),
    _abbreviation("WIB", "Asia/Jakarta", "05:00"),
    _abbreviation("SGT", "Asia/Singapore", "04:00"),
    _abbreviation("HKT", "Asia/Hong_Kong", "04:00"),
    _abbreviation("PHT", "Asia/Manila", "04:00"),
    _abbreviation("KST", "Asia/Seoul", "03:00"),
    _abbreviation("JST", "Asia/Tokyo", "03:00"),
    _abbreviation("AWST", "Australia/Perth", "04:00"),
    _abbreviation("ACST", "Australia/Adelaide", "02:30"),
    _abbreviation("ACDT", "Australia/Adelaide", "02:30"),  # written in July: Adelaide's clock
    _abbreviation("AEST", "Australia/Sydney", "02:00"),
    _abbreviation("AEDT", "Australia/Sydney", "02:00"),
    _abbreviation("NZST", "Pacific/Auckland", "00:00"),
    _abbreviation("NZDT", "Pacific/Auckland", "00:00"),
    _abbreviation("SAST", "Africa/Johannesburg", "10:00"),
    _abbreviation("EAT", "Africa/Nairobi", "09:00"),
    _abbreviation("WAT", "Africa/Lagos", "11:00"),
    _abbreviation("CAT", "Africa/Maputo", "10:00"),
    _abbreviation("ART", "America/Argentina/Buenos_Aires", "15:00"),
    _abbreviation("BRT", "America/Sao_Paulo", "15:00"),
    _abbreviation("CLT", "America/Santiago", "16:00"),  # Chile's winter: UTC-4
    _abbreviation("CLST", "America/Santiago", "16:00"),
]


def _offset(label: str, zone: str, utc: str) -> Case:
    return Case(f"offset-{label}", f"The satellite was launched at 12:00 {label}.", f"12:00 {label}",
                label, "2024-07-15 12:00", zone, utc)


OFFSETS = [
    _offset("UTC+9", "Etc/GMT-9", "2024-07-15T03:00Z"),
    _offset("GMT-5", "Etc/GMT+5", "2024-07-15T17:00Z"),
    _offset("+0900", "Etc/GMT-9", "2024-07-15T03:00Z"),
    _offset("-05:00", "Etc/GMT+5", "2024-07-15T17:00Z"),
    _offset("UTC+05:30", "UTC+05:30", "2024-07-15T06:30Z"),
    _offset("UTC\u22123", "Etc/GMT+3", "2024-07-15T15:00Z"),
    _offset("GMT+5:45", "UTC+05:45", "2024-07-15T06:15Z"),
    _offset("UTC+14", "Etc/GMT-14", "2024-07-14T22:00Z"),
    _offset("UTC+0", "UTC", "2024-07-15T12:00Z"),
]


def _name(label: str, zone: str, utc: str, wall: str = "2024-07-15 12:00", **kw) -> Case:
    return Case(f"name-{label}", f"Trading resumes at 12:00 {label}, the exchange said.",
                f"12:00 {label}", label, wall, zone, utc, **kw)


NAMES = [
    _name("Eastern time", "America/New_York", "2024-07-15T16:00Z"),
    _name("Eastern Standard Time", "America/New_York", "2024-01-15T17:00Z", "2024-01-15 12:00"),
    _name("Central time", "America/Chicago", "2024-07-15T17:00Z"),
    _name("Mountain time", "America/Denver", "2024-07-15T18:00Z"),
    _name("Pacific Daylight Time", "America/Los_Angeles", "2024-07-15T19:00Z"),
    _name("Greenwich Mean Time", "Etc/GMT", "2024-07-15T12:00Z"),
    _name("Coordinated Universal Time", "UTC", "2024-07-15T12:00Z"),
    _name("British Summer Time", "Europe/London", "2024-07-15T11:00Z"),
    _name("Central European Time", "Europe/Berlin", "2024-01-15T11:00Z", "2024-01-15 12:00"),
    _name("Japan Standard Time", "Asia/Tokyo", "2024-07-15T03:00Z"),
    _name("Moscow time", "Europe/Moscow", "2024-07-15T09:00Z"),
    _name("Pyongyang time", "Asia/Pyongyang", "2024-07-15T03:00Z"),
    _name("Beijing time", "Asia/Shanghai", "2024-07-15T04:00Z"),
    _name("Tokyo time", "Asia/Tokyo", "2024-07-15T03:00Z"),
    _name("Kyiv time", "Europe/Kyiv", "2024-07-15T09:00Z"),
    _name("Kiev time", "Europe/Kyiv", "2024-07-15T09:00Z"),
    _name("Vladivostok time", "Asia/Vladivostok", "2024-07-15T02:00Z"),
    # a name nobody knows: honest fallback to the publisher's clock
    _name("Gotham time", NEUTRAL, "2024-07-15T22:00Z"),
]

# DST edges and calendar edges: the zone comes from the publisher (no zone text) or an
# abbreviation; the point is the wall clock -> UTC arithmetic in gaps and folds.
NY, BERLIN, LONDON = "America/New_York", "Europe/Berlin", "Europe/London"
SYDNEY, SANTIAGO = "Australia/Sydney", "America/Santiago"


def _clock(cid: str, wall: str, zone: str, utc: str, zone_text: str | None = None) -> Case:
    label = f" {zone_text}" if zone_text else ""
    return Case(f"dst-{cid}", f"The alarm sounded at {wall[11:]}{label}.", f"{wall[11:]}{label}",
                zone_text, wall, zone, utc, publisher=zone, published=wall.replace(" ", "T"))


CLOCKS = [
    # US spring forward 2024-03-10 02:00 EST -> 03:00 EDT
    _clock("us-before-gap", "2024-03-10 01:59", NY, "2024-03-10T06:59Z"),
    _clock("us-in-gap", "2024-03-10 02:30", NY, "2024-03-10T07:30Z"),  # -> 03:30 EDT
    _clock("us-after-gap", "2024-03-10 03:00", NY, "2024-03-10T07:00Z"),
    # US fall back 2024-11-03 02:00 EDT -> 01:00 EST: 01:30 happens twice, the first counts
    _clock("us-fold", "2024-11-03 01:30", NY, "2024-11-03T05:30Z"),
    _clock("us-after-fold", "2024-11-03 02:00", NY, "2024-11-03T07:00Z"),
    _clock("us-chicago-gap", "2024-03-10 02:15", "America/Chicago", "2024-03-10T08:15Z", "CDT"),
    # EU: last Sunday of March (2024-03-31, 01:00Z) and of October (2024-10-27, 01:00Z)
    _clock("eu-before-gap", "2024-03-31 01:59", BERLIN, "2024-03-31T00:59Z"),
    _clock("eu-in-gap", "2024-03-31 02:30", BERLIN, "2024-03-31T01:30Z"),  # -> 03:30 CEST = 01:30Z
    _clock("eu-after-gap", "2024-03-31 03:00", BERLIN, "2024-03-31T01:00Z"),
    _clock("eu-fold", "2024-10-27 02:30", BERLIN, "2024-10-27T00:30Z"),
    _clock("eu-after-fold", "2024-10-27 03:00", BERLIN, "2024-10-27T02:00Z"),
    _clock("uk-gap", "2024-03-31 01:30", LONDON, "2024-03-31T01:30Z"),  # -> 02:30 BST
    _clock("uk-fold", "2024-10-27 01:30", LONDON, "2024-10-27T00:30Z"),
    # Sydney: DST ends 2024-04-07 03:00 AEDT -> 02:00 AEST; starts 2024-10-06 02:00 -> 03:00
    _clock("au-fold", "2024-04-07 02:30", SYDNEY, "2024-04-06T15:30Z"),
    _clock("au-after-fold", "2024-04-07 03:00", SYDNEY, "2024-04-06T17:00Z"),
    _clock("au-gap", "2024-10-06 02:30", SYDNEY, "2024-10-05T16:30Z"),  # -> 03:30 AEDT
    # Chile: DST ends 2024-04-07 00:00 -03 -> 04-06 23:00 -04; starts 2024-09-08 00:00 -> 01:00
    _clock("cl-fold", "2024-04-06 23:30", SANTIAGO, "2024-04-07T02:30Z"),
    _clock("cl-gap-midnight", "2024-09-08 00:30", SANTIAGO, "2024-09-08T04:30Z"),  # -> 01:30 -03
    # history, leap day, year ends, midnight crossings
    _clock("edt-1969", "1969-07-20 22:56", NY, "1969-07-21T02:56Z", "EDT"),
    _clock("est-1969-winter", "1969-01-20 12:00", NY, "1969-01-20T17:00Z", "EST"),
    _clock("leap-day", "2024-02-29 23:30", "Asia/Tokyo", "2024-02-29T14:30Z", "JST"),
    _clock("year-end", "2023-12-31 23:30", "America/Los_Angeles", "2024-01-01T07:30Z", "PST"),
    _clock("new-year-tokyo", "2024-01-01 00:30", "Asia/Tokyo", "2023-12-31T15:30Z", "JST"),
    _clock("late-edt", "2024-09-10 23:30", NY, "2024-09-11T03:30Z", "EDT"),
    _clock("kathmandu", "2024-07-15 00:10", "Asia/Kathmandu", "2024-07-14T18:25Z", "NPT"),
    _clock("pyongyang-2016", "2016-08-15 12:00", "Asia/Pyongyang", "2016-08-15T03:30Z"),
    _clock("moscow-2013", "2013-07-15 12:00", "Europe/Moscow", "2013-07-15T08:00Z", "MSK"),
]

SEED_MONTREAL = dict(publisher="America/Montreal", published="2023-09-13T07:00")

PLACES = [
    Case("city-tokyo", "The quake struck at 7:40 a.m. local time on Thursday in Tokyo.",
         "7:40 a.m. local time on Thursday", "local time", "2024-01-11 07:40", "Asia/Tokyo",
         "2024-01-10T22:40Z", published="2024-01-11T10:00"),
    Case("city-vladivostok", "Kim arrived at 10 a.m. local time in Vladivostok.",
         "10 a.m. local time", "local time", "2023-09-12 10:00", "Asia/Vladivostok",
         "2023-09-12T00:00Z", **SEED_MONTREAL),
    Case("village-khasan", "He crossed the border at 6 a.m. (local time) in Khasan, Russia.",
         "6 a.m. (local time)", "(local time)", "2023-09-12 06:00", "Asia/Vladivostok",
         "2023-09-11T20:00Z", **SEED_MONTREAL),
    Case("landmark-vostochny", "He arrived early Wednesday (local time) at the Vostochny "
         "Cosmodrome in eastern Russia.", "early Wednesday (local time)", "(local time)",
         "2023-09-13 06:00", "Asia/Yakutsk", "2023-09-12T21:00Z", **SEED_MONTREAL),
    Case("landmark-typo", "He arrived early Wednesday (local time) at the Vostochny Cosmodome in "
         "eastern Russia.", "early Wednesday (local time)", "(local time)", "2023-09-13 06:00",
         "Asia/Yakutsk", "2023-09-12T21:00Z", **SEED_MONTREAL),
    Case("region-amur", "The rocket lifted off at 9:00 local time in Amur Oblast.",
         "9:00 local time", "local time", "2023-09-13 09:00", "Asia/Yakutsk", "2023-09-13T00:00Z"),
    Case("region-texas", "Polls closed at 7 p.m. local time in Texas.", "7 p.m. local time",
         "local time", "2024-11-05 19:00", "America/Chicago", "2024-11-06T01:00Z",
         candidates=("America/Chicago", "America/Denver")),
    Case("region-eastern-russia", "Sirens sounded at 8 a.m. local time in eastern Russia.",
         "8 a.m. local time", "local time", "2024-07-15 08:00", "Asia/Vladivostok",
         "2024-07-14T22:00Z", candidates=("Asia/Vladivostok", "Asia/Yakutsk", "Asia/Kamchatka"),
         not_candidates=("Europe/Moscow", "Europe/Kaliningrad")),
    Case("country-russia", "Sirens sounded at 8 a.m. local time in Russia.", "8 a.m. local time",
         "local time", "2024-07-15 08:00", "Europe/Moscow", "2024-07-15T05:00Z",
         candidates=("Europe/Moscow", "Asia/Vladivostok", "Europe/Kaliningrad")),
    Case("country-japan", "Voting began at 7 a.m. local time across Japan.", "7 a.m. local time",
         "local time", "2024-10-27 07:00", "Asia/Tokyo", "2024-10-26T22:00Z"),
    Case("country-chile", "The polls opened at 8 a.m. local time in Chile.", "8 a.m. local time",
         "local time", "2024-10-27 08:00", "America/Santiago", "2024-10-27T11:00Z"),
    Case("country-usa-eastern", "Polls closed at 8 p.m. local time in the eastern United States.",
         "8 p.m. local time", "local time", "2024-11-05 20:00", "America/New_York",
         "2024-11-06T01:00Z", not_candidates=("America/Los_Angeles", "Pacific/Honolulu")),
    Case("homonym-paris-texas", "A storm hit at 4 p.m. local time in Paris, Texas.",
         "4 p.m. local time", "local time", "2024-05-01 16:00", "America/Chicago",
         "2024-05-01T21:00Z"),
    Case("homonym-paris", "A storm hit at 4 p.m. local time in Paris.", "4 p.m. local time",
         "local time", "2024-05-01 16:00", "Europe/Paris", "2024-05-01T14:00Z"),
    Case("homonym-london", "The blast was heard at 9 p.m. local time in London.",
         "9 p.m. local time", "local time", "2024-05-01 21:00", "Europe/London",
         "2024-05-01T20:00Z", publisher="America/Toronto"),
    Case("homonym-santiago", "Fires spread at 3 p.m. local time in Santiago.", "3 p.m. local time",
         "local time", "2024-02-03 15:00", "America/Santiago", "2024-02-03T18:00Z"),
    Case("southern-sydney", "Fireworks began at midnight local time in Sydney.",
         "midnight local time", "local time", "2024-01-01 00:00", "Australia/Sydney",
         "2023-12-31T13:00Z"),
    Case("accent-montreal", "The fire started at 11 p.m. local time in Montreal.",
         "11 p.m. local time", "local time", "2024-07-15 23:00", "America/Toronto",
         "2024-07-16T03:00Z"),
    Case("place-first", "In Kathmandu, the shaking began at 11:56 a.m. local time.",
         "11:56 a.m. local time", "local time", "2015-04-25 11:56", "Asia/Kathmandu",
         "2015-04-25T06:11Z"),
    Case("possessive", "Seoul's markets opened at 9 a.m. local time.", "9 a.m. local time",
         "local time", "2024-07-15 09:00", "Asia/Seoul", "2024-07-15T00:00Z"),
    Case("paragraph", "Rescuers reached Kathmandu on Saturday. The first shock came at 11:56 "
         "local time.", "11:56 local time", "local time", "2015-04-25 11:56", "Asia/Kathmandu",
         "2015-04-25T06:11Z"),
    Case("relative-clause", "The summit opened at 10 a.m. local time in Hanoi, which is far from "
         "Washington.", "10 a.m. local time", "local time", "2019-02-27 10:00", "Asia/Ho_Chi_Minh",
         "2019-02-27T03:00Z", publisher="America/New_York"),
    Case("dateline-seoul", "SEOUL, Sept. 13 - The missile was fired at 6:40 a.m. local time.",
         "6:40 a.m. local time", "local time", "2023-09-13 06:40", "Asia/Seoul",
         "2023-09-12T21:40Z", **SEED_MONTREAL),
    Case("dateline-reuters", "TOKYO (Reuters) - Trading halted at 1 p.m. local time.",
         "1 p.m. local time", "local time", "2024-07-15 13:00", "Asia/Tokyo", "2024-07-15T04:00Z"),
    Case("dateline-dash", "WASHINGTON \u2014 The vote ended at 2 p.m. local time.",
         "2 p.m. local time", "local time", "2024-07-15 14:00", "America/New_York",
         "2024-07-15T18:00Z", publisher="Europe/London"),
    Case("document-place", "The ferry left at 5 a.m. local time.", "5 a.m. local time",
         "local time", "2024-07-15 05:00", "Asia/Manila", "2024-07-14T21:00Z", place="Manila"),
    Case("other-local-time", "The talks began at 9 a.m. local time.\n\nDelegates had landed at "
         "7 a.m. local time in Doha.", "9 a.m. local time", "local time", "2024-07-15 09:00",
         "Asia/Qatar", "2024-07-15T06:00Z"),
    Case("no-place", "The talks began at 9 a.m. local time.", "9 a.m. local time", "local time",
         "2024-07-15 09:00", "Europe/Paris", "2024-07-15T07:00Z", publisher="Europe/Paris"),
    Case("no-zone-text-stays-home", "The quake struck at 7:40 a.m. on Thursday in Tokyo.",
         "7:40 a.m.", None, "2024-01-11 07:40", "America/New_York", "2024-01-11T12:40Z",
         publisher="America/New_York"),
    Case("common-word-nice", "Nice weather helped: the race started at 3 p.m. local time.",
         "3 p.m. local time", "local time", "2024-07-15 15:00", "Europe/Berlin",
         "2024-07-15T13:00Z", publisher="Europe/Berlin"),
    Case("person-not-place", "Vladimir Putin spoke at 10 a.m. local time, Mr. Roy said.",
         "10 a.m. local time", "local time", "2024-07-15 10:00", "America/Chicago",
         "2024-07-15T15:00Z", publisher="America/Chicago"),
    Case("organisation-not-place", "The New York Times reported it at 10 a.m. local time.",
         "10 a.m. local time", "local time", "2024-07-15 10:00", "Europe/London",
         "2024-07-15T09:00Z", publisher="Europe/London"),
    # ambiguous abbreviations settled by the document's region
    Case("ist-india", "Results were due at 8 p.m. IST.", "8 p.m. IST", "IST", "2024-06-04 20:00",
         "Asia/Kolkata", "2024-06-04T14:30Z", publisher="Asia/Kolkata"),
    Case("ist-ireland", "The count resumes at 9 a.m. IST.", "9 a.m. IST", "IST", "2024-06-10 09:00",
         "Europe/Dublin", "2024-06-10T08:00Z", publisher="Europe/Dublin"),
    Case("ist-israel-text", "Sirens sounded in Tel Aviv at 9 a.m. IST.", "9 a.m. IST", "IST",
         "2024-01-10 09:00", "Asia/Jerusalem", "2024-01-10T07:00Z", publisher="UTC"),
    Case("cst-china", "Markets in Beijing closed at 3 p.m. CST.", "3 p.m. CST", "CST",
         "2024-07-15 15:00", "Asia/Shanghai", "2024-07-15T07:00Z", publisher="UTC"),
    Case("cst-publisher-china", "Markets closed at 3 p.m. CST.", "3 p.m. CST", "CST",
         "2024-07-15 15:00", "Asia/Shanghai", "2024-07-15T07:00Z", publisher="Asia/Shanghai"),
    Case("bst-bangladesh", "Polls in Dhaka closed at 4 p.m. BST.", "4 p.m. BST", "BST",
         "2024-01-07 16:00", "Asia/Dhaka", "2024-01-07T10:00Z", publisher="UTC"),
    Case("ast-arabia", "Prayers in Riyadh began at 12:30 AST.", "12:30 AST", "AST",
         "2024-07-15 12:30", "Asia/Riyadh", "2024-07-15T09:30Z", publisher="UTC"),
    Case("kst-north-2016", "Pyongyang announced the test at 12:00 KST.", "12:00 KST", "KST",
         "2016-08-15 12:00", "Asia/Pyongyang", "2016-08-15T03:30Z", publisher="UTC"),
    Case("edt-publisher-own", "The storm made landfall at 2 a.m. EDT.", "2 a.m. EDT", "EDT",
         "2023-09-16 02:00", "America/Montreal", "2023-09-16T06:00Z", **SEED_MONTREAL),
    Case("gmt-in-london-summer", "Trading opens at 11:00 GMT.", "11:00 GMT", "GMT",
         "2024-07-15 11:00", "Etc/GMT", "2024-07-15T11:00Z", publisher=LONDON),
    Case("cst-winnipeg-publisher", "Schools close at 3 p.m. CST.", "3 p.m. CST", "CST",
         "2024-01-15 15:00", "America/Winnipeg", "2024-01-15T21:00Z", publisher="America/Winnipeg"),
]

CASES = ABBREVIATIONS + OFFSETS + NAMES + CLOCKS + PLACES
