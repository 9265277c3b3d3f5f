"""Read a candidate's matched groups into an underspecified expression (no reference date)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import era
from .extract import Candidate
from .ruleset import Lexicon


@dataclass
class Spec:
    """What an expression says, before it is anchored: fields, offsets, directions."""

    type: str
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    part: str | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    holiday: str | None = None
    num: float | str | None = None
    unit: str | None = None
    rel: int | None = None
    dir: int | None = None
    dayrel: int | None = None
    ref: str | None = None
    mod: str | None = None
    freq: str | None = None
    fixed_value: str | None = None
    anaphoric: bool = False
    same: bool = False
    latest: bool = False
    year_ago: str | None = None
    period_told: bool = False  # "year-earlier results", "the 1988 period": no unit, the period being told
    the_quarter: bool = False  # "the quarter" alone: the one a report tells
    dirword: str | None = None
    half_of_unit: bool = False
    ambiguous_slash: tuple[int, int] | None = None
    zone_text: str | None = None
    year_end: bool = False
    weekend: bool = False
    week_of: bool = False  # "the week of March 6": the week containing the day
    weekend_of: bool = False  # "the weekend of 25-26 April": the weekend containing the day
    day_shift: int = 0  # "the day before last Tuesday": -1
    week_shift: int = 0  # "the week after Thanksgiving": +1
    beside_day: tuple[int, int] | None = None  # "the Monday after Thanksgiving": (1, +1)
    nth_of_month: tuple[int, int, int] | None = None  # "the last Friday of next month": (-1, 5, +1)
    rel_year: bool = False
    day_of_reference_month: bool = False
    anaphoric_year: bool = False
    year_shift: int = 0  # "August of the following year": +1 from the year last mentioned
    in_offset: bool = False
    century_turn: bool = False  # "the turn of the century": the nearest hundredth year
    new_year: bool = False  # "the new year": the coming one late in a year, else the current
    past_midnight: bool = False  # "Saturday night at 2 a.m.": the clock is on the next day
    night_by_tense: bool = False  # "overnight": last night in a past clause, else tonight
    end_of_day: bool = False  # "midnight Friday": the end of the named day, T24
    deadline_midnight: bool = False  # "until midnight", "by midnight": the day's end whatever the tense
    ago_grain: str | None = None  # "25 years ago today": the day (or week) that far back
    ago_day: int | None = None  # "a week ago yesterday": -1, the day counted from
    ago_weekday: int | None = None  # "a week ago Friday": the last Friday, counted from
    range_end: bool = False  # a bare day closing a range ("April 6-[7]"): month from the first
    bc_year: int | None = None
    bc_century: int | None = None  # "the 4th century BC": 3, the hundreds before the era
    millennium: int | None = None  # "the 3rd millennium BC": 2, the thousands (before the era if bc_millennium)
    bc_millennium: bool = False
    short_year: bool = False  # "in '89": the century is the story's (news: 1940-2039)
    winter_pair: bool = False  # "the winter of 1941-42": the year is the one it ends in


# a length and a smaller one after it ("four years and three months"): how many of the smaller
# make one of the larger
_SMALLER_IN = {("YEAR", "MONTH"): 12, ("WEEK", "DAY"): 7, ("DAY", "HOUR"): 24, ("HOUR", "MINUTE"): 60,
               ("MINUTE", "SECOND"): 60}


def _add_smaller_length(spec: "Spec", extra, extra_unit: str | None) -> None:
    """Count "four years and three months later" as 51 months; a length alone keeps the larger
    unit with a fraction, which its value writes in both ("2 hours 15 minutes" PT2H15M, as
    TBAQ's PT5H30M); other pairs keep the first length."""
    factor = _SMALLER_IN.get((spec.unit, extra_unit))
    if factor and isinstance(spec.num, (int, float)) and isinstance(extra, (int, float)):
        if spec.type == "DURATION":
            spec.num = spec.num + extra / factor
        else:
            spec.num, spec.unit = spec.num * factor + extra, extra_unit


def parse_number(text: str, lexicon: Lexicon) -> float | str | None:
    """'three' -> 3, 'twenty-four' -> 24, '1.5' -> 1.5, 'several' -> 'X'."""
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):  # "1,200"
        text = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    fraction = re.fullmatch(r"(\d+)\s+1/2", text)
    if fraction:
        return float(fraction.group(1)) + 0.5
    whole = lexicon.lookup("number", text)
    if whole is not None:
        return whole if isinstance(whole, str) else float(whole)
    extra = 0.0
    if re.sub(r"-", " ", text).endswith("and a half"):  # "two and a half", "five-and-a-half"
        extra, text = 0.5, text[: -len("and a half")].strip(" -")
    total = 0.0
    for word in re.split(r"[\s-]+", text):
        value = lexicon.lookup("number", word)
        if value is None or isinstance(value, str):
            return value if isinstance(value, str) else None
        total = total * value if value in (100, 1000) and total else total + value
    return total + extra


def _ordinal(text: str, lexicon: Lexicon) -> int | None:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    value = lexicon.lookup("ordinal", text)
    return int(value) if value is not None else None


def parse_year_words(text: str, lexicon: Lexicon) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:]), lexicon) if words[2:] else 0
        return 2000 + int(rest or 0) if not isinstance(rest, str) else None
    if words and words[0] == "nineteen":
        rest = [w for w in words[1:] if w not in ("hundred", "oh")]
        value = parse_number(" ".join(rest), lexicon) if rest else 0
        return 1900 + int(value or 0) if not isinstance(value, str) else None
    return None


def _clock(text: str, spec: "Spec", lexicon: Lexicon) -> None:
    """Fill hour/minute from a clock text such as '10 p.m.', '23:15', 'noon'."""
    lowered = text.lower()
    word_hour = lexicon.lookup("clockword", lowered)
    if word_hour is not None:
        spec.hour, spec.minute = int(word_hour), 0
        spec.end_of_day = lowered == "midnight"  # of a named day: its end (TimeBank T24)
        return
    match = re.match(r"(\d{1,2})(?:[:.]?(\d\d))?\s*([ap])?", lowered)  # "7:35", "0735 GMT"
    if not match:
        return
    hour, minute, ampm = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if hour == 24 and minute == 0 and not ampm:  # "at 24:00": the day's end, as midnight of a named day
        spec.hour, spec.minute, spec.end_of_day, spec.deadline_midnight = 0, 0, True, True
        return
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    spec.hour, spec.minute = hour, minute


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:  # '98 -> 1998, '05 -> 2005
        value += 1900 if value >= 40 else 2000
    return value


# the minutes a clock told in words names ("half past six", "twenty to nine")
_CLOCK_WORD_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


# "the following March", "the previous summer": counted from the time last told
_TOLD_REL = re.compile(r"the\s+(?:following|previous)\b", re.IGNORECASE)


# the unit an anniversary names: "25 years ago [today]", "on [this day] in 1969", "this month"
_ANNIVERSARY_GRAIN = {"today": "DAY", "time": "DAY", "day": "DAY", "date": "DAY", "week": "WEEK", "month": "MONTH"}


def interpret(cand: Candidate, lexicon: Lexicon) -> Spec:
    spec = Spec(type=cand.rule.type, rule=cand.rule.name)
    opts = cand.rule.options
    spec.anaphoric = bool(opts.get("anaphoric"))
    spec.same = bool(opts.get("same"))
    spec.half_of_unit = bool(opts.get("half"))
    spec.fixed_value = opts.get("fixed_value")
    if opts.get("part_code"):
        spec.part = opts["part_code"]
    g = {re.sub(r"\d+$", "", k): v for k, v in sorted(cand.groups.items(), reverse=True)}
    if "year" in g:
        spec.year = _year(g["year"])
    if "yearwords" in g:
        spec.year = parse_year_words(g["yearwords"], lexicon)
    if "decadeword" in g:
        spec.decade = 190 + int(lexicon.lookup("decadeword", g["decadeword"]))
    if "clock" in g:
        _clock(g["clock"], spec, lexicon)
    if "zone_inside" in g:
        spec.zone_text = g["zone_inside"]
    if "utc_mark" in g:  # "2024-06-14T14:05:00Z"
        spec.zone_text = "UTC"
    spec.year_end = bool(opts.get("year_end"))
    spec.deadline_midnight = bool(opts.get("deadline_midnight"))
    spec.weekend = bool(opts.get("weekend"))
    spec.week_of = bool(opts.get("week_of"))
    spec.weekend_of = bool(opts.get("weekend_of"))
    if g.get("ago_anchor"):  # "ago today", "ago this week", "this day in 1969"
        spec.ago_grain = _ANNIVERSARY_GRAIN[g["ago_anchor"].lower().split()[-1]]
    spec.rel_year = bool(opts.get("month_of_rel_year"))
    if g.get("day_year_rel"):  # "1 April [next year]": the year phrase after the day names its year
        spec.rel, spec.rel_year = int(lexicon.lookup("rel", g["day_year_rel"].lower())), True
    spec.day_of_reference_month = bool(opts.get("day_of_reference_month"))
    spec.anaphoric_year = bool(opts.get("anaphoric_year"))
    spec.in_offset = bool(opts.get("in_offset"))
    spec.range_end = bool(opts.get("range_end"))
    spec.new_year = bool(opts.get("new_year"))
    if opts.get("century_turn"):
        spec.century_turn, spec.mod = True, "APPROX"
    spec.night_by_tense = bool(opts.get("night_by_tense"))
    if "bcyear" in g:  # a year BC the calendar can carry is a stand-in year (era)
        bc_year = int(g["bcyear"])
        if era.carried(bc_year):
            spec.year = era.stand_in(bc_year)
        else:
            spec.bc_year = bc_year
    if "winter_end" in g and spec.year is not None and int(g["winter_end"]) % 100 == (spec.year + 1) % 100:
        spec.year, spec.winter_pair = spec.year + 1, True
    if "yy" in g:
        spec.year, spec.short_year = _year(g["yy"]), True
    if "adyear" in g:
        spec.year = int(g["adyear"])
    spec.year_shift = 1 if "year_after" in g else -1 if "year_before" in g else 0
    if "yearend" in g:  # "1915-17": the century of the range's first year
        spec.year = int(g["century"]) * 100 + int(g["yearend"])
    if "month" in g:
        spec.month = int(lexicon.lookup("month", g["month"]))
    if "month_num" in g:
        spec.month = int(g["month_num"])
    if "first" in g and "second_num" in g:
        spec.ambiguous_slash = (int(g["first"]), int(g["second_num"]))
    if "day" in g:
        spec.day = int(g["day"])
    if "ord" in g:
        spec.day = _ordinal(g["ord"], lexicon)
    if "weekday" in g:
        spec.weekday = int(lexicon.lookup("weekday", g["weekday"]))
    if "hour" in g:
        hour = g["hour"]
        spec.hour = int(hour) if hour.isdigit() else int(parse_number(hour, lexicon) or 0)
        spec.minute = int(g.get("minute") or 0)
        if g.get("second"):
            spec.second = int(g["second"])
    if "clock_past" in g and spec.hour is not None:  # "a quarter to nine": 8:45
        minutes = _CLOCK_WORD_MINUTES[g["clock_past"].lower().split()[-1]]
        if g["clock_dir"].lower() == "to":
            spec.hour, minutes = (spec.hour - 1) % 12 or 12, 60 - minutes
        spec.minute = minutes
    if "ampm" in g:
        ampm = lexicon.lookup("ampm", g["ampm"]) or ("PM" if "p" in g["ampm"].lower() else "AM")
        if spec.hour is not None:
            spec.hour = spec.hour % 12 + (12 if ampm == "PM" else 0)
    if "clockword" in g:
        spec.hour, spec.minute = int(lexicon.lookup("clockword", g["clockword"])), 0
        spec.end_of_day = spec.hour == 0  # a bare midnight: the anchor decides which end
    if "part" in g:
        part = lexicon.lookup("part", g["part"])
        if spec.hour is not None:  # "4 in the morning", "9 o'clock in the evening"
            # why: an a.m./p.m. said is kept ("Saturday night at 2 a.m." had been 14:00), and a
            # night's small hours stay morning ones ("at 2 in the night")
            small_hours = part == "NI" and spec.hour < 6
            if part in ("AF", "EV", "NI") and spec.hour < 12 and "ampm" not in g and not small_hours:
                spec.hour += 12
            spec.past_midnight = small_hours
        else:
            spec.part = part
    if "season" in g:
        spec.season = lexicon.lookup("season", g["season"])
    if "quarter" in g:
        spec.quarter = int(g["quarter"])
    if "quarter_month" in g:  # "the September quarter" ends in September: the third
        spec.quarter = (int(lexicon.lookup("month", g["quarter_month"])) - 1) // 3 + 1
    if "quarter_ord" in g:
        spec.quarter = _ordinal(g["quarter_ord"], lexicon)
    if "quarter_late" in g:  # "the final quarter": a year's fourth
        spec.quarter = 4
    if "half_ord" in g:
        spec.half = _ordinal(g["half_ord"], lexicon)
    if "half_late" in g:  # "the latter half"
        spec.half = 2
    if "decade" in g:
        spec.decade = int(g["decade"])
    if "decade_tail" in g:  # "the 1860s and [70s]": the century of the decade before
        spec.decade = int(g["decade_century"]) * 10 + int(g["decade_tail"])
    if "decade_short" in g:
        spec.decade = 190 + int(g["decade_short"])
    if "hundreds" in g:  # "the 1800s" is the century of the years 1800 to 1899
        spec.century = int(g["hundreds"])
    if "century_ord" in g:
        spec.century = (_ordinal(g["century_ord"], lexicon) or 1) - 1
    if "bccentury" in g:
        spec.bc_century = (_ordinal(g["bccentury"], lexicon) or 1) - 1
    if "millennium_ord" in g:
        spec.millennium = (_ordinal(g["millennium_ord"], lexicon) or 1) - 1
        spec.bc_millennium = "bc" in g
    if "decade_of_century" in g and spec.century is not None:  # "the last decade of the 18th century": the 1790s
        spec.decade = spec.century * 10 + (0 if g["decade_of_century"].lower() == "first" else 9)
        spec.century = None
    if "holiday" in g:
        spec.holiday = lexicon.lookup("holiday", g["holiday"])
    if opts.get("orthodox") and spec.holiday and spec.holiday.startswith("EASTER"):
        spec.holiday = "ORTHODOX_" + spec.holiday  # the Julian Easter's day
    if "nth" in g and spec.weekday and spec.month:  # "the first Saturday in May": a holiday's rule
        spec.holiday = f"NTH {lexicon.lookup('nth_of_month', g['nth'])} {spec.weekday} {spec.month}"
    elif "nth" in g and spec.weekend_of and spec.month:  # "the first weekend of October": its first Saturday's
        spec.holiday = f"NTH {lexicon.lookup('nth_of_month', g['nth'])} 6 {spec.month}"
    elif "nth" in g and spec.weekday and "month_shift" in g:  # "the last Friday of the month"
        spec.nth_of_month = (int(lexicon.lookup("nth_of_month", g["nth"])), spec.weekday,
                             {"next": 1, "last": -1}.get(g["month_shift"].split()[0].lower(), 0))
    if "num" in g:
        spec.num = parse_number(g["num"], lexicon)
        if "and_half" in g and isinstance(spec.num, (int, float)):  # "a minute [and a half]"
            spec.num += 0.5
        spec.mod = spec.mod or lexicon.lookup("approximate_number", g["num"])  # "a couple of years"
    if "every_other" in g:  # "every other week": one in two
        spec.num = 2 * (spec.num if isinstance(spec.num, (int, float)) else 1)
    if "unit" in g and "num" not in g and spec.type == "DURATION" and not lexicon.is_plural_unit(g["unit"]):
        spec.num = 1.0  # "an additional year"
    if "unit" in g:
        spec.unit = (lexicon.lookup("unit", g["unit"]) or lexicon.lookup("unit_glued", g["unit"])
                     or lexicon.lookup("part", g["unit"]) and "DAY")
        if lexicon.lookup("part", g["unit"]):
            spec.part = lexicon.lookup("part", g["unit"])
    if "plus_num" in g and "plus_unit" in g:
        _add_smaller_length(spec, parse_number(g["plus_num"], lexicon), lexicon.lookup("unit", g["plus_unit"]))
    if "rel" in g:
        rel_text = g["rel"].lower().split()[-1]
        spec.rel = int(lexicon.lookup("rel", rel_text) if lexicon.lookup("rel", rel_text) is not None else -1)
        if g["rel"].lower().startswith("this past"):
            spec.rel = -1
        if ("month" in g or "season" in g) and _TOLD_REL.match(g["rel"]):
            # why: "resigned in October 2022 ... indicted the following spring" counts from the
            # time told, in news as in a history (it had been the spring after publication)
            spec.anaphoric = True
    if "dir" in g and "num" not in g and "unit" in g and lexicon.is_plural_unit(g["unit"]):
        spec.num = "X"  # "days later"
    if "dir" in g:
        spec.dir = int(lexicon.lookup("direction", g["dir"]) or -1)
    if "twice" in g:  # "the week before last": two weeks back
        spec.rel = -2 if g["twice"].lower().startswith("before") else 2
    if "ago_day" in g:  # "a week ago yesterday", "a week ago Friday": counted from that day
        spec.ago_grain = "DAY"
        spec.ago_day = lexicon.lookup("dayrel", g["ago_day"]) if g["ago_day"].lower() == "yesterday" else None
        spec.ago_weekday = None if spec.ago_day is not None else int(lexicon.lookup("weekday", g["ago_day"]))
    if opts.get("night_before") and spec.weekday:  # "overnight into Sunday": Saturday's night
        spec.weekday = (spec.weekday - 2) % 7 + 1
    if "dayshift" in g:
        spec.day_shift = int(lexicon.lookup("direction", g["dayshift"]))
    if "week_on" in g:  # "on Tuesday week": a week after the coming Tuesday
        spec.rel, spec.day_shift = 1, 7
    if "beside_day" in g:
        spec.beside_day = (int(lexicon.lookup("weekday", g["beside_day"])),
                           int(lexicon.lookup("direction", g["beside_dir"])))
    if "weekshift" in g:
        spec.week_shift = int(lexicon.lookup("direction", g["weekshift"]))
    if "month_edge" in g and spec.month:  # "the last day of February": the day before 1 March
        spec.day = 1
        if g["month_edge"].lower() == "last":
            spec.month, spec.day_shift = spec.month % 12 + 1, -1
            if spec.year and spec.month == 1:
                spec.year += 1
    if "dayrel" in g:
        spec.dayrel = int(lexicon.lookup("dayrel", g["dayrel"]))
    if "ref" in g:
        spec.ref = lexicon.lookup("reference", g["ref"])
    if "mod" in g:
        spec.mod = lexicon.lookup("mod", g["mod"].rstrip("-")) or lexicon.lookup("mod", g["mod"])
    if "freq" in g:
        spec.freq = lexicon.lookup("frequency", g["freq"])
    if "latest" in g:
        spec.latest = True
        spec.the_quarter = "latest2" in cand.groups
        spec.unit = "QUARTER"
    if "yago_unit" in g or cand.rule.name == "year_ago_quarter":
        spec.year_ago = lexicon.lookup("report_period", g.get("yago_unit") or "") or "QUARTER"
    if spec.latest or spec.year_ago:
        spec.period_told = (g.get("yago_unit") or g.get("latest") or "period").lower() == "period"
    if "dirword" in g:
        spec.dirword = g["dirword"].lower()
        if spec.num is None and lexicon.is_plural_unit(g.get("unit", "")) and not cand.groups.get("dirword2"):
            spec.num = "X"  # "the past years"
        if cand.groups.get("dirword2"):
            spec.num = 1.0
    return spec
