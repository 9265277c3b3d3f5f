"""Anchor an underspecified expression on the time line: a TIMEX3 value and a calendar Point.

News anchors deictic expressions on the publication moment and picks past or future by the
clause's tense; narrative anchors them on the last mentioned time and reads forward.
Anaphoric expressions ("two days later", "that day") always use the last mentioned time.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..temporal.calendar import (
    END_OF_DAY, Grain, Point, add_months, point_containing, season_across_new_year, season_of, season_start_month,
    shift, shift_by,
)
from . import era, hebrew, islamic
from .interpret import Spec
from .lunar import new_moon_day_from

UNIT_CODES = {
    "YEAR": "Y", "MONTH": "M", "WEEK": "W", "DAY": "D", "HOUR": "H", "MINUTE": "M", "SECOND": "S",
    "DECADE": "DE", "CENTURY": "CE", "MILLENNIUM": "ML", "QUARTER": "Q", "WEEKEND": "WE",
    "SEASON": "S", "FORTNIGHT": "W", "HALF": "H",
}
TIME_UNITS = {"HOUR", "MINUTE", "SECOND"}
# counted units written in a base unit, as the TimeBank annotators do: two decades is P20Y
MULTIPLES = {"FORTNIGHT": ("WEEK", 2), "DECADE": ("YEAR", 10), "CENTURY": ("YEAR", 100),
             "QUARTER": ("MONTH", 3), "MILLENNIUM": ("YEAR", 1000)}
# why: "decades" is PXY, in years as "two decades" P20Y is (TBAQ writes decades in years 4 times
# of 5); an unknown count of quarters or centuries keeps its unit (TBAQ "several quarters" PXQ)
VAGUE_IN_BASE_UNIT = {"DECADE"}
# a fraction of a unit is written in the next smaller one: half a year is P6M
SMALLER = {"YEAR": ("MONTH", 12), "DAY": ("HOUR", 24), "HOUR": ("MINUTE", 60), "WEEK": ("DAY", 7),
           "MINUTE": ("SECOND", 60), "DECADE": ("YEAR", 10), "CENTURY": ("YEAR", 100), "MONTH": ("DAY", 30)}


@dataclass(frozen=True)
class Context:
    """What anchoring sees: the publication moment and the last mentioned time, both local."""

    dct: datetime  # naive wall time of the publication, in the expression's zone
    reference: Point  # last mentioned time (or the publication day)
    tense: str | None  # PAST, FUTURE, or None when the clause does not say
    narrative: bool = False
    day_anchor: Point | None = None  # a day named in the same sentence, for bare clock times
    day_anchor_in_sentence: bool = False  # the day_anchor is the clock's own sentence's, not the one before
    day_first: bool = False  # numeric dates read day/month
    reference_is_mention: bool = False  # the reference was named in the text, not the DCT
    tense_of_verb: bool = False  # the tense is the governing verb's (a parse), not a nearby cue's
    dct_has_time: bool = False  # the publication moment is known to the minute, not a date at noon
    report_quarter: Point | None = None  # the quarter an earnings report tells (report_periods)
    reference_is_stretch: bool = False  # the reference is a report's year-to-date stretch ("the nine months")
    southern: bool = False  # the seasons of the southern hemisphere (summer from December)
    period_in_sentence: Point | None = None  # a year or month of the sentence, publication's not
    clock_of_a_set: bool = False  # the sentence tells a recurring day ("on Mondays ... at 10:30")


@dataclass(frozen=True)
class Resolution:
    value: str
    point: Point | None = None
    type: str | None = None  # overrides the rule's type when set


def grain_of(unit: str) -> Grain:
    if unit == "FORTNIGHT":
        return Grain.WEEK
    return Grain[unit]


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _exact_in_smaller(num: float, unit: str) -> bool:
    """Whether a fraction is a whole count of the next smaller unit: 2.5 years is 30 months, but
    8.3 years stays P8.3Y (TBAQ "22.8 years" P22.8Y) and 14.2 months P14.2M (a month has no
    fixed number of days)."""
    smaller, factor = SMALLER[unit]
    rest = round((num - int(num)) * factor, 6)
    return float(rest).is_integer() and not (unit == "MONTH" and int(num))


def duration_value(num: float | str | None, unit: str) -> str:
    """P3Y, PT40M, PXW; a fraction moves to the next smaller unit (half a year -> P6M)."""
    if num is None:
        num = 1.0
    if isinstance(num, float) and not num.is_integer() and unit in SMALLER and _exact_in_smaller(num, unit):
        smaller, factor = SMALLER[unit]
        whole, rest = int(num), round((num - int(num)) * factor, 6)
        if whole and (not (unit in TIME_UNITS) == (smaller in TIME_UNITS) or MULTIPLES.get(unit, ("",))[0] == smaller):
            # P1DT12H is legal but rarely written, and 1.5 decades is P15Y: keep one unit
            num, unit = num * factor, smaller
        elif whole:  # 5 1/2 hours -> PT5H30M, 2 1/2 years -> P2Y6M
            first = duration_value(float(whole), unit)
            return first + duration_value(rest, smaller)[len("PT" if smaller in TIME_UNITS else "P"):]
        else:
            num, unit = num * factor, smaller
    if unit in MULTIPLES and (not isinstance(num, str) or unit in VAGUE_IN_BASE_UNIT):
        unit, factor = MULTIPLES[unit]
        num = num if isinstance(num, str) else num * factor
    text = num if isinstance(num, str) else _fmt_number(num)
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{text}{UNIT_CODES.get(unit, 'D')}"


_MONTH_AHEAD_DAYS = 92
# how far ahead of publication a day a past verb governs may lie and still be the nearest one
_PAST_DAY_AHEAD_DAYS = 14
_FUTURE_BEHIND_DAYS = 30
MONTHS_BACK = 6


def narrow(start: datetime, end: datetime, mod: str | None, grain: Grain) -> tuple[datetime, datetime]:
    """START/MID/END keep a part of the span: halves of a day, thirds of longer units, each
    widened out to whole days, months or years ("late 2023" is September to December, not from
    1 September 08:00)."""
    if mod not in ("START", "MID", "END"):
        return start, end
    if grain in _WHOLE_MONTHS:  # a year's thirds are four months, a quarter's one each
        part = (end.year * 12 + end.month - start.year * 12 - start.month) // 3
        return {"START": (start, add_months(start, part)), "END": (add_months(end, -part), end),
                "MID": (add_months(start, part), add_months(end, -part))}[mod]
    parts = 2 if grain is Grain.DAY else 3
    step = (end - start) / parts
    if mod == "START":
        return start, _cut(start + step, grain, up=True)
    if mod == "END":
        return _cut(end - step, grain, up=False), end
    if parts == 2:
        return start + step / 2, end - step / 2
    return _cut(start + step, grain, up=False), _cut(end - step, grain, up=True)


_WHOLE_MONTHS = (Grain.YEAR, Grain.HALF, Grain.QUARTER, Grain.SEASON)


def _cut(moment: datetime, grain: Grain, up: bool) -> datetime:
    """The moment moved out to the boundary of the unit a part of `grain` is told in: years for
    decades and longer, days for months and weeks."""
    if grain.value >= Grain.DAY.value:
        return moment
    if grain.value <= Grain.DECADE.value:
        floor = datetime(moment.year, 1, 1)
        return floor if not up or floor == moment else datetime(moment.year + 1, 1, 1)
    floor = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return floor if not up or floor == moment else floor + timedelta(days=1)


def _choose(candidates: list[Point], base: datetime, tense: str | None) -> Point:
    """Pick among occurrences: past -> latest starting on or before base; future -> earliest
    ending after base; otherwise the closest (a tie goes to the past)."""
    candidates = sorted(candidates, key=lambda p: p.start)
    tense = None if tense == "NONE" else tense
    if tense == "PAST":
        past = [p for p in candidates if p.start <= base]
        if past:
            return past[-1]
    if tense == "FUTURE":
        future = [p for p in candidates if p.end > base]
        if future:
            return future[0]

    def distance(p: Point) -> tuple:
        if p.start <= base < p.end:
            return (timedelta(0), 0)
        return (p.start - base, 1) if p.start > base else (base - p.end, 0)

    return min(candidates, key=distance)


def _part_against_tense(point: Point, points: list[Point], mod: str | None, base: datetime,
                        tense: str | None) -> Point:
    """A month's part that lies wholly against the tense is another year's: "began in late
    August" said on 19 August is last year's, "will open in early May" said on 20 May next year's."""
    if mod not in ("START", "END") or tense not in ("PAST", "FUTURE"):
        return point
    start, end = narrow(point.start, point.end, mod, point.grain)
    step = -1 if tense == "PAST" and start > base else 1 if tense == "FUTURE" and end <= base else 0
    if not step:
        return point
    others = [p for p in points if p.start.year == point.start.year + step]
    return others[0] if others else point


def _month_points(base: datetime, month: int, day: int | None) -> list[Point]:
    points = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            start = datetime(year, month, day or 1)
        except ValueError:
            continue
        points.append(Point(Grain.DAY if day else Grain.MONTH, start))
    return points


def _month_of_no_tense(base: datetime, month: int) -> Point:
    """A bare month in a clause with no tense is this year's, except the month next to this one
    across the turn of a year: "takes effect in January" written in December is the January just
    ahead, "sales in December" written in January the one just gone (further off, a past story
    about "January" told in October stays this year's: AQUAINT)."""
    year = base.year
    if abs(month - base.month) == 11:
        year += 1 if month < base.month else -1
    return Point(Grain.MONTH, datetime(year, month, 1))


def _weekend_next_to(day: datetime) -> datetime:
    """The Saturday of the weekend a holiday names ("Memorial Day weekend"): the one before a
    holiday from Monday to Wednesday, else the one after (Thanksgiving's, a Thursday)."""
    weekday = day.weekday()
    return day - timedelta(days=weekday + 2) if weekday <= 2 else day + timedelta(days=5 - weekday)


def _week_beside(day: datetime, direction: int, weekend: bool) -> Point:
    """The week (or weekend) just before (-1) or after (+1) the one holding `day`; for a
    weekend, the first whole one on that side of the day."""
    if not weekend:
        return shift(point_containing(day, Grain.WEEK), direction)
    step = day
    while step.weekday() >= 5:  # out of the holiday's own weekend (Christmas on a Sunday)
        step += timedelta(days=direction)
    while step.weekday() < 5:  # to the nearest Saturday or Sunday on that side
        step += timedelta(days=direction)
    return point_containing(step, Grain.WEEKEND)


def _weekday_points(base: datetime, weekday: int) -> list[Point]:
    day = base.replace(hour=0, minute=0, second=0, microsecond=0)
    offset = (weekday - 1 - day.weekday()) % 7
    nxt = day + timedelta(days=offset)
    return [Point(Grain.DAY, nxt - timedelta(days=7)), Point(Grain.DAY, nxt)]


def holiday_date(rule: str, year: int) -> date | None:
    """The day of a holiday rule in a year: 'MM-DD', 'NTH n weekday month', 'EASTER offset',
    'NEWMOON month day offset', 'HEBREW holiday offset', 'ISLAMIC month offset', 'ORTHODOX_EASTER
    offset'; 'RULE | YEAR OLDER_RULE' gives the rule years before YEAR kept (Memorial Day was 30
    May until 1970)."""
    if "|" in rule:
        rule, older = (part.strip() for part in rule.split("|", 1))
        since, older_rule = older.split(None, 1)
        if year < int(since):
            return holiday_date(older_rule, year)
    parts = rule.split()
    if parts[0] == "NEWMOON":  # NEWMOON month day utc-offset: the first new moon from that day
        month, day, offset = (int(x) for x in parts[1:4])
        return new_moon_day_from(date(year, month, day), offset)
    if parts[0] == "EASTER":
        return _easter(year) + timedelta(days=int(parts[1]))
    if parts[0] == "HEBREW":  # HEBREW holiday offset: a day the Hebrew calendar fixes
        return _HEBREW_DAYS[parts[1]](year) + timedelta(days=int(parts[2]))
    if parts[0] == "ISLAMIC":  # ISLAMIC month offset: a day the Islamic calendar fixes
        return islamic.month_start(parts[1], year) + timedelta(days=int(parts[2]))
    if parts[0] == "ORTHODOX_EASTER":
        return _orthodox_easter(year) + timedelta(days=int(parts[1]))
    if parts[0] == "NTH":  # NTH n weekday month [days after]
        n, weekday, month = (int(x) for x in parts[1:4])
        after = timedelta(days=int(parts[4])) if len(parts) > 4 else timedelta(0)
        if n > 0:
            first = date(year, month, 1)
            offset = (weekday - 1 - first.weekday()) % 7
            return first + timedelta(days=offset + 7 * (n - 1)) + after
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - (weekday - 1)) % 7) + after
    month, day = (int(x) for x in rule.split("-"))
    return date(year, month, day)


_HEBREW_DAYS = {"rosh_hashanah": hebrew.rosh_hashanah, "hanukkah": hebrew.hanukkah, "passover": hebrew.passover}


def _orthodox_easter(year: int) -> date:
    """Easter of the Orthodox churches: the Julian computus (Meeus), moved to the Gregorian
    calendar by the calendars' gap in that century (13 days from 1900 to 2099)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    gap = year // 100 - year // 400 - 2
    return date(year, month, day + 1) + timedelta(days=gap)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


# a story's stamp is often its first filing, updated within the hour: a past clock up to an hour
# after it stays on the stamp's day
_STAMP_MARGIN = timedelta(hours=1)
# a story updated through the day keeps its first filing's "will" for a clock already gone by
# ("will speak at 9 a.m.", stamped 10:30; "results are due at 0700 GMT", stamped 14:00 GMT): only
# from Thursday on, the middle of the week is gone by
_PAST_MIDWEEK = 4
# a clock half a day gone by is the next day's
_STALE_FUTURE_MARGIN = timedelta(hours=12)


def _with_time(point: Point, spec: Spec) -> Point:
    """Refine a day with a clock time or a part of day."""
    if spec.end_of_day:  # "midnight March 27" ends the 27th: the next day's first instant
        return Point(Grain.MINUTE, point.start.replace(hour=0, minute=0) + timedelta(days=1), END_OF_DAY)
    if spec.hour is not None:
        moment = point.start.replace(hour=spec.hour % 24, minute=spec.minute or 0, second=spec.second or 0)
        moment += timedelta(days=int(spec.past_midnight))
        return Point(Grain.SECOND if spec.second is not None else Grain.MINUTE, moment)
    if spec.part:
        return point_containing(point.start, Grain.PART_OF_DAY, spec.part)
    return point


def some_day_of(point: Point) -> Resolution:
    """An unknown day of a mentioned month or year: 1915-XX-XX, 1980-03-XX (BC0479-XX-XX)."""
    value = point.value + ("-XX" if point.grain is Grain.MONTH else "-XX-XX")
    if era.is_stand_in(point.start.year):
        value = era.bc_value(value)
    return Resolution(value, point, "DATE")


def _named_season(year: int, season: str, by_end: bool, southern: bool = False) -> Point:
    """The season a year names. A story names a winter by the year it ends in ("the winter of
    1791" is December 1790 to February 1791); otherwise it is the one beginning in December."""
    start_year = year - 1 if by_end and season == season_across_new_year(southern) else year
    return Point(Grain.SEASON, datetime(start_year, season_start_month(season, southern), 1), season)


def _winter_ahead(spec: Spec, ctx: Context) -> int:
    """1 when a story's "that winter" follows a month past February: after "November 1941" it
    is the winter ending in 1942, which a story names by that year."""
    told = ctx.reference
    later_month = told.grain.value >= Grain.SEASON.value and told.start.month >= 3
    return int(ctx.narrative and spec.season == "WI" and later_month)


def _story_value(point: Point) -> str:
    """A story's winter is named by the year it ends in: the one from December 1776 to
    February 1777 is 1777-WI (WikiWars 10 of 10), as histories date a winter campaign."""
    if point.grain is Grain.SEASON and point.code == "WI":
        return f"{point.start.year + 1:04d}-WI"
    return point.value


class Anchorer:
    """Resolves Specs; one per document, carrying no state between calls."""

    def resolve(self, spec: Spec, ctx: Context) -> Resolution | None:
        if spec.fixed_value:
            return Resolution(spec.fixed_value)
        if spec.in_offset and ctx.tense == "FUTURE" and not isinstance(spec.num, str):
            # "will return in two weeks": a date that far ahead, not a length of time
            ahead = replace(spec, type="DATE", dir=1, in_offset=False)
            point = self._offset(ahead, ctx, ctx.dct)
            if isinstance(point, Point):
                return Resolution(point.value, point, "TIME" if point.grain.is_time else "DATE")
        if spec.type == "DURATION":
            return self._duration(spec)
        if spec.type == "SET":
            return self._set(spec)
        if spec.ref:
            return Resolution(spec.ref)
        if spec.bc_year is not None:  # too old for the stand-in calendar (era): a value only
            return Resolution(f"BC{spec.bc_year:04d}")
        if spec.bc_century is not None:
            return Resolution(f"BC{spec.bc_century:02d}")
        if spec.millennium is not None:  # a value only, as a century BC: no point of a calendar
            return Resolution(f"{'BC' if spec.bc_millennium else ''}{spec.millennium}")
        point = self._point(spec, ctx)
        if point is None or isinstance(point, Resolution):
            return point
        if isinstance(point, str):
            return Resolution(point)
        # clock times are TIME; a part of a day is what its rule says ("Wednesday night" is
        # a DATE in the corpora, "this morning" a TIME)
        kind = "TIME" if point.grain.value > Grain.PART_OF_DAY.value else "DATE"
        if point.grain is Grain.PART_OF_DAY:
            kind = spec.type
        value = _story_value(point) if ctx.narrative else point.value
        if era.is_stand_in(point.start.year):  # a decade BC does not count backwards: its year
            value = era.bc_value(value) or era.bc_value(f"{point.start.year:04d}")
        return Resolution(value, point, kind)

    # -- durations and sets -------------------------------------------------------------
    def _duration(self, spec: Spec) -> Resolution | None:
        if not spec.unit:
            return None
        num = spec.num
        if spec.half_of_unit:
            num = 0.5
        if num is None and spec.dirword is None:
            num = "X"
        if num is None and spec.unit and spec.dirword:
            num = 1.0
        return Resolution(duration_value(num, spec.unit))

    def _set(self, spec: Spec) -> Resolution | None:
        if spec.freq:
            return Resolution(spec.freq)
        if spec.weekday:  # "on Saturday nights", "every Wednesday at noon": the part or the clock too
            clock = f"T{spec.hour % 24:02d}:{spec.minute or 0:02d}" if spec.hour is not None else ""
            return Resolution(f"XXXX-WXX-{spec.weekday}" + (f"T{spec.part}" if spec.part else clock))
        if spec.quarter:  # "usually in the second and fourth quarters"
            return Resolution(f"XXXX-Q{spec.quarter}")
        if spec.month:  # "each July", "each Dec. 31"
            return Resolution(f"XXXX-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else ""))
        if spec.season:  # "every summer"
            return Resolution(f"XXXX-{spec.season}")
        if spec.part:
            return Resolution(f"XXXX-XX-XXT{spec.part}")
        if spec.unit:
            return Resolution(duration_value(spec.num if spec.num is not None else 1.0, spec.unit))
        return None

    # -- points -------------------------------------------------------------------------
    def _point(self, spec: Spec, ctx: Context) -> Point | Resolution | str | None:
        point = self._named_point(spec, ctx)
        if not isinstance(point, Point):
            return point
        if spec.week_shift:  # "the week after Thanksgiving", "the weekend before Christmas"
            point = _week_beside(point.start, spec.week_shift, weekend=spec.weekend_of)
        elif spec.week_of or spec.weekend_of:  # "the week of March 6", "the weekend of 25-26 April"
            start = _weekend_next_to(point.start) if spec.weekend_of and spec.holiday else point.start
            point = point_containing(start, Grain.WEEKEND if spec.weekend_of else Grain.WEEK)
        if spec.beside_day:  # "the Monday after Thanksgiving": the first Monday past it
            weekday, direction = spec.beside_day
            day = shift(point_containing(point.start, Grain.DAY), direction)
            while day.start.isoweekday() != weekday:
                day = shift(day, direction)
            point = day
        if spec.day_shift:  # "the day before last Tuesday"
            point = shift(point_containing(point.start, Grain.DAY), spec.day_shift)
        return point

    def _named_point(self, spec: Spec, ctx: Context) -> Point | Resolution | str | None:
        if spec.night_by_tense and not ctx.narrative and ctx.reference.grain.value < Grain.DAY.value:
            # why: "overnight" is the night of the day being told; a year or a month mentioned
            # last names no day ("the most since records began in 1991. Workers pumped water
            # out overnight" had been the night before 1991): the publication's is meant
            spec = replace(spec, anaphoric=False)
        deictic = ctx.reference if (spec.anaphoric or ctx.narrative) else point_containing(ctx.dct, Grain.DAY)
        base = deictic.start if (spec.anaphoric or ctx.narrative) else ctx.dct
        tense = "FUTURE" if (ctx.narrative and not spec.anaphoric) or ctx.tense == "SCHEDULE" else ctx.tense
        if spec.ago_grain and spec.year is not None:  # "on this day in 1969": today's date that year
            try:
                return point_containing(ctx.dct.replace(year=spec.year), Grain[spec.ago_grain])
            except ValueError:  # 29 February in a common year
                return None
        if spec.holiday:  # "last Thanksgiving" is the one before, whatever the clause's tense
            day = self._holiday(spec, base, {-1: "PAST", 1: "FUTURE"}.get(spec.rel, tense))
            return _with_time(day, spec) if day is not None and spec.part else day  # "the early hours of New Year's Day"
        if spec.nth_of_month:  # "the last Friday of the month": this month's, or the one named
            n, weekday, months = spec.nth_of_month
            month = add_months(base.replace(day=1), months)
            day = holiday_date(f"NTH {n} {weekday} {month.month}", month.year)
            return Point(Grain.DAY, datetime(day.year, day.month, day.day))
        if spec.day_of_reference_month:  # "on the 20th" of the month being told
            month = ctx.reference.start
            try:
                return Point(Grain.DAY, datetime(month.year, month.month, spec.day))
            except ValueError:
                return None
        if spec.short_year and ctx.narrative:  # "the Club of '89" in a story of the 1780s is 1789
            spec.year = min(((base.year // 100 + k) * 100 + spec.year % 100 for k in (-1, 0, 1)),
                            key=lambda year: abs(year - base.year))
        if spec.anaphoric_year:  # "August of that year": the year last mentioned
            spec.year = ctx.reference.start.year + spec.year_shift + _winter_ahead(spec, ctx)
        if spec.rel_year and spec.rel is not None:
            spec.year, spec.rel = ctx.dct.year + spec.rel, None
        if spec.century_turn:
            turn = spec.century * 100 if spec.century is not None else round(base.year / 100) * 100
            return Point(Grain.YEAR, datetime(max(turn, 1), 1, 1))
        if spec.new_year:  # said from July on, "the new year" is the one ahead, unless told as past
            return Point(Grain.YEAR, datetime(base.year + (base.month >= 7 and tense != "PAST"), 1, 1))
        if spec.year_end:
            spec.mod = spec.mod or "END"
            grain = grain_of(spec.unit or "YEAR")
            unit = point_containing(base, grain)
            if (tense == "PAST" and not (ctx.narrative or spec.anaphoric) and ctx.reference_is_mention
                    and ctx.reference.grain.value >= grain.value and ctx.reference.start < ctx.dct
                    and narrow(unit.start, unit.end, spec.mod, grain)[0] > ctx.dct):
                # why: "by the end of the month she had sold twelve" cannot be a part of the
                # publication's month still ahead: it is the month the story is telling
                return point_containing(ctx.reference.start, grain)
            return unit
        if spec.weekend:
            weekends = [shift(point_containing(base, Grain.WEEKEND), k) for k in (-1, 0)]
            if spec.anaphoric and ctx.reference_is_mention:  # the weekend a told day goes on to
                return next(w for w in weekends if w.end > base)
            return _choose(weekends, base, tense or "PAST")
        if spec.night_by_tense:  # news tells a night gone by unless the clause looks ahead
            back = 0 if tense in ("FUTURE", None) else -1
            return _with_time(shift(point_containing(base, Grain.DAY), back), spec)
        if spec.dayrel is not None:
            day = point_containing(base, Grain.DAY)
            return _with_time(shift(day, spec.dayrel), spec)
        if ctx.reference_is_stretch and spec.period_told and (spec.year_ago or spec.latest and spec.year is not None):
            # "For the nine months, it lost $9 million, compared with [year-earlier] net of $4
            # million", "... in [the 1988 period]": some months of that year, in years
            year = spec.year if spec.year is not None else ctx.reference.start.year - 1
            return Point(Grain.YEAR, datetime(year, 1, 1))
        if spec.year_ago:
            return self._year_ago(spec, base, tense)
        if spec.latest:
            return self._reported_quarter(spec, ctx, base)
        if spec.dir is not None and spec.unit:
            return self._offset(spec, ctx, base)
        if spec.rel is not None or spec.same:
            relative = self._relative(spec, base, tense, ctx)
            if relative is not None:
                return relative
        return self._calendar(spec, base, tense, ctx)

    def _year_ago(self, spec: Spec, base: datetime, tense: str | None) -> Point:
        """'the year-ago quarter': the latest reported period a year back; 'the year-earlier
        third quarter' names its quarter, the one a report of this year's third is about."""
        unit = Grain[spec.year_ago]
        if spec.quarter:
            latest = self._quarter_or_half(spec, base, tense)
        else:
            latest = point_containing(base, unit)
            if unit is Grain.QUARTER:  # the year-ago quarter is the one before the latest report
                latest = shift(latest, -1)
        return Point(unit, shift_by(latest.start, -1, Grain.YEAR))

    @staticmethod
    def _reported_quarter(spec: Spec, ctx: Context, base: datetime) -> Point:
        """'the latest quarter': the one before the current; 'the latest period' the quarter last
        told; 'the quarter' the one the report tells (else the latest); 'the 1988 period' that
        quarter in 1988."""
        if spec.year is None:
            if spec.period_told and ctx.reference_is_mention and ctx.reference.grain is Grain.QUARTER:
                # why: "[the latest period]" is the quarter the report tells (a fiscal fourth
                # quarter too), where "the latest quarter" is the last one of the calendar
                return ctx.reference
            if spec.the_quarter and ctx.report_quarter is not None:
                return ctx.report_quarter  # "earned $5 million in the fiscal first quarter ... for [the quarter]"
            return shift(point_containing(base, Grain.QUARTER), -1)
        # why: the report's own quarter, not an aside ("After a flat second quarter, ... In [the
        # 1989 period]"): TimeBank wsj_0292, wsj_0928
        told = ctx.report_quarter or (ctx.reference if ctx.reference.grain is Grain.QUARTER
                                      else shift(point_containing(ctx.dct, Grain.QUARTER), -1))
        return Point(Grain.QUARTER, told.start.replace(year=spec.year))

    def _holiday(self, spec: Spec, base: datetime, tense: str | None) -> Point | None:
        years = [spec.year] if spec.year else [base.year - 1, base.year, base.year + 1]
        points = []
        for year in years:
            day = holiday_date(spec.holiday, year)
            if day:
                points.append(Point(Grain.DAY, datetime(day.year, day.month, day.day)))
        if spec.week_of:  # "as Easter week began": the week is chosen, not the day
            points = [point_containing(p.start, Grain.WEEK) for p in points]
        return _choose(points, base, tense) if points else None

    def _offset(self, spec: Spec, ctx: Context, base: datetime) -> Point | str:
        """'three years ago', 'two days later': shift, then keep the unit's grain."""
        if isinstance(spec.num, str) or spec.num is None and spec.unit is None:
            return "PAST_REF" if spec.dir < 0 else "FUTURE_REF"
        num = spec.num if spec.num is not None else 1.0
        unit = spec.unit
        if not float(num).is_integer() and unit in SMALLER:
            smaller, factor = SMALLER[unit]
            num, unit = num * factor, smaller
        grain = grain_of(unit)
        report_period = ctx.reference.grain in (Grain.QUARTER, Grain.HALF)
        steps = int(num) * (2 if unit == "FORTNIGHT" else 1) * spec.dir
        if report_period and grain is Grain.YEAR and ctx.reference_is_mention and not spec.anaphoric:
            base = ctx.reference.start
        if (spec.anaphoric and ctx.narrative and ctx.reference_is_mention and grain is Grain.DAY
                and ctx.reference.grain in (Grain.YEAR, Grain.MONTH)):
            # "four days later" than "1915" is some day of that year, not 5 January
            return some_day_of(ctx.reference)
        if spec.ago_day is not None:
            base = shift(point_containing(base, Grain.DAY), int(spec.ago_day)).start
        if spec.ago_weekday is not None and base.isoweekday() == spec.ago_weekday:
            base = point_containing(base, Grain.DAY).start  # "fifty years ago Wednesday" said on a Wednesday: today's
        elif spec.ago_weekday is not None:  # "a week ago Friday" the last one, "a week from Friday" the coming one
            base = _relative_weekday(base, spec.ago_weekday, -1 if spec.dir < 0 else 1).start
        moved = shift_by(base, steps, grain if grain is not Grain.WEEKEND else Grain.WEEK)
        if spec.part and grain is Grain.DAY:  # "the night before": that day's night, not the day
            return point_containing(moved, Grain.PART_OF_DAY, spec.part)
        # "a year earlier" than a reported quarter is that quarter a year before
        if ctx.reference_is_mention and report_period and grain is Grain.YEAR:
            grain = ctx.reference.grain  # "a year earlier" than a quarter is a quarter
        if spec.ago_grain:  # "50 years ago this week": that week, 50 years back; "a century ago
            # this month" that month
            grain = Grain[spec.ago_grain]
        return point_containing(moved, grain, ctx.reference.code if grain is Grain.PART_OF_DAY else None)

    def _relative(self, spec: Spec, base: datetime, tense: str | None, ctx: Context) -> Point | Resolution | None:
        rel = 0 if spec.same else spec.rel
        if spec.weekday:
            day = _relative_weekday(base, spec.weekday, rel)
            # "last Thursday afternoon": that day's part
            return point_containing(day.start, Grain.PART_OF_DAY, spec.part) if spec.part else day
        if spec.month:
            points = _month_points(base, spec.month, spec.day)
            if rel and (ctx.narrative or spec.anaphoric) and ctx.reference.grain.value <= Grain.YEAR.value:
                # "elected in 1860 ... the following March": a story told by the year moves a year
                return Point(points[0].grain, points[0].start.replace(year=ctx.reference.start.year + rel))
            current = point_containing(base, Grain.MONTH)
            if rel < 0:  # "last February" said in March means a year before
                earlier = [p for p in points if p.start < add_months(current.start, -1)]
                return earlier[-1] if earlier else None
            if rel > 0:
                later = [p for p in points if p.start >= current.end]
                return later[0] if later else None
            return Point(points[0].grain, points[0].start.replace(year=base.year))
        if spec.season and rel and (ctx.narrative or spec.anaphoric) and ctx.reference.grain.value <= Grain.YEAR.value:
            # "In 1857 ... the following summer": a story told by the year moves a year; the
            # winter before 1857 is the one ending in it, which a story names 1857
            shift_years = 0 if spec.season == "WI" and rel < 0 else rel
            return _named_season(ctx.reference.start.year + shift_years, spec.season, True, ctx.southern)
        if spec.season:
            year, code = season_of(base, ctx.southern)
            start = datetime(year, season_start_month(spec.season, ctx.southern), 1)
            across = season_across_new_year(ctx.southern)
            if spec.season != across or code != across:
                # why: in January or February the winter began last year, but "this summer"
                # is still this year's (was last year's, a past season for a future plan)
                start = start.replace(year=base.year)
            this = Point(Grain.SEASON, start, spec.season)
            current = point_containing(base, Grain.SEASON, southern=ctx.southern)
            if rel < 0:
                return this if this.start < current.start else shift(this, -1)
            if rel > 0:
                return this if this.start > current.start else shift(this, 1)
            return this
        if spec.unit:
            grain = grain_of(spec.unit)
            if (spec.part and grain is Grain.DAY and spec.anaphoric and ctx.reference_is_mention
                    and ctx.reference.grain.value < Grain.DAY.value):
                # why: "the evening" after "in 1924" is an evening of some day of that year, not
                # 1 January's (the reference's first day had been taken)
                year = ctx.reference.start.year
                month = f"{ctx.reference.start.month:02d}" if ctx.reference.grain is Grain.MONTH else "XX"
                value = f"{year:04d}-{month}-XXT{spec.part}"
                return Resolution(era.bc_value(value) if era.is_stand_in(year) else value, None, "TIME")
            if spec.part and grain is Grain.DAY:
                day = shift(point_containing(base, Grain.DAY), rel)
                return point_containing(day.start, Grain.PART_OF_DAY, spec.part)
            if (spec.anaphoric and ctx.reference_is_mention and grain is Grain.DAY
                    and ctx.reference.grain in (Grain.MONTH, Grain.YEAR)):
                # "that same day", "the next day" after "in October": some day of that month
                return some_day_of(ctx.reference)
            anchor_point = ctx.reference if spec.anaphoric and spec.same else None
            if anchor_point is not None:  # "that year" of a mentioned day is the day's year
                anchor_point = point_containing(anchor_point.start, grain)
            unit = shift(anchor_point or point_containing(base, grain), rel)
            if grain is Grain.WEEKEND and rel == 0 and tense == "PAST" and unit.start > base and anchor_point is None:
                unit = shift(unit, -1)  # "snow fell this weekend" said on a Monday: the one just gone
            if (grain is Grain.WEEK and spec.mod == "MID" and rel == 0 and tense == "FUTURE" and anchor_point is None
                    and base.isoweekday() >= _PAST_MIDWEEK):
                unit = shift(unit, 1)  # "will rise by midweek" said on a Friday: next week's middle
            if spec.day and grain is Grain.MONTH:  # "the 15th of next month"
                try:
                    return Point(Grain.DAY, unit.start.replace(day=spec.day))
                except ValueError:
                    return None
            return unit
        if spec.part:
            day = point_containing(base, Grain.DAY)
            if rel and rel < 0 and spec.part == "NI":
                day = shift(day, -1)
            return point_containing(day.start, Grain.PART_OF_DAY, spec.part)
        return None

    def _calendar(self, spec: Spec, base: datetime, tense: str | None, ctx: Context) -> Point | None:
        if spec.century is not None:
            return Point(Grain.CENTURY, datetime(max(spec.century * 100, 1), 1, 1))
        if spec.decade is not None:
            return Point(Grain.DECADE, datetime(spec.decade * 10, 1, 1))
        if spec.quarter or spec.half:
            return self._quarter_or_half(spec, base, tense)
        if spec.season:
            if spec.year:
                return _named_season(spec.year, spec.season, ctx.narrative or spec.winter_pair, ctx.southern)
            if ctx.narrative and ctx.reference.grain.value <= Grain.YEAR.value:
                # "the winter" of a story told by the year is that year's
                return _named_season(base.year, spec.season, True, ctx.southern)
            this = self._relative(Spec(type="DATE", rule=spec.rule, season=spec.season, rel=0), base, tense, ctx)
            if this is None:
                return None
            if ctx.narrative:  # a story moves on: "the summer" after December is the next one
                return shift(this, 1) if this.end <= base else this
            # news: "will reopen in the spring" said on New Year's Day is the coming one
            return _choose([shift(this, -1), this, shift(this, 1)], base, tense)
        if spec.ambiguous_slash:
            a, b = spec.ambiguous_slash
            month, day = (b, a) if (a > 12 or (ctx.day_first and b <= 12)) else (a, b)
            if month > 12:
                return None
            spec.month, spec.day = month, day
        if spec.month:
            if spec.year:
                try:
                    start = datetime(spec.year, spec.month, spec.day or 1)
                except ValueError:
                    return None
                point = Point(Grain.DAY if spec.day else Grain.MONTH, start)
            elif ctx.narrative:  # a story names the month of the year it is telling
                year = base.year
                if ctx.reference.grain.value >= Grain.MONTH.value and spec.month <= base.month - MONTHS_BACK:
                    # after "December 1941", "in January" is the next one; six months off either
                    # way, a story moves on ("December 1777 ... In June": 1778; WikiWars unchanged)
                    year += 1
                try:
                    point = Point(Grain.DAY if spec.day else Grain.MONTH, datetime(year, spec.month, spec.day or 1))
                except ValueError:
                    return None
            elif tense == "NONE" and not spec.day:  # a bare month with no tense: this year's
                point = _month_of_no_tense(base, spec.month)
            else:
                points = _month_points(base, spec.month, spec.day)
                if not points:
                    return None
                point = _choose(points, base, None if tense == "NONE" else tense)
                point = _part_against_tense(point, points, spec.mod, base, tense)
                if not spec.day and tense == "PAST" and not ctx.tense_of_verb:
                    # a past cue rarely sends a month that is weeks ahead a year back: the
                    # cue usually belongs to the reporting verb ("said it expects ... in January")
                    ahead = [p for p in points if p.start > base and (p.start - base).days <= _MONTH_AHEAD_DAYS]
                    if ahead:
                        point = ahead[0]
                if spec.day:
                    # a day of the month is the nearest one unless that is months away against
                    # the tense (news rarely names a date far off without its year)
                    nearest = _choose(points, base, None)
                    # why: a future clause's day a month gone is next year's ("will make its
                    # closest approach on Dec. 24" said on 31 January); a deadline just gone
                    # keeps its plan's tense ("to repatriate the child by [Jan. 14]" on the 15th)
                    behind_a_future = tense == "FUTURE" and (base - nearest.end).days >= _FUTURE_BEHIND_DAYS
                    # ... and a past verb governing the day tells a day gone by ("Sales fell on
                    # [March 3]" said in January had been the March 3 ahead), unless the day is
                    # only days ahead, a story's clock running past its stamp ("His arraignment
                    # was held [March 12]" stamped 6 March)
                    ahead_of_its_past = (tense == "PAST" and ctx.tense_of_verb
                                         and (nearest.start - base).days > _PAST_DAY_AHEAD_DAYS)
                    if abs((nearest.start - base).days) <= 90 and not behind_a_future and not ahead_of_its_past:
                        point = nearest
            return _with_time(point, spec) if spec.day else point
        if spec.weekday:  # news reports the past unless the clause says otherwise; a clock
            # time on a weekday with no tense cue is a schedule ("kicks off at 6:30 p.m. on
            # Sunday"): the nearest such day; a weekday in a present clause ("Game 7 is on
            # Sunday") is the next one (a day gone by would be told in the past)
            weekday_tense = tense
            if tense == "NONE":
                weekday_tense = None if spec.hour is not None else "PAST"
            elif tense is None:
                weekday_tense = "FUTURE"
            elif tense == "PLAN":  # "was planned to open on Monday": the nearest Monday
                weekday_tense = None
            point = _with_time(_choose(_weekday_points(base, spec.weekday), base, weekday_tense), spec)
            if weekday_tense == "FUTURE" and spec.hour is not None and point.start < base:
                # why: a clock ahead on today's weekday already gone is next week's ("the strike
                # will end at 6 a.m. on Friday", said on a Friday afternoon)
                point = _with_time(shift(point_containing(point.start, Grain.DAY), 7), spec)
            return point
        if spec.year:
            return Point(Grain.YEAR, datetime(spec.year, 1, 1))
        if spec.hour is not None or spec.part:
            if (ctx.day_anchor is not None and not ctx.narrative and not ctx.day_anchor_in_sentence
                    and _against_tense(ctx.day_anchor, ctx.dct, tense)):
                # why: the day a sentence before named is not a clock's when the tense says
                # otherwise ("meet in Istanbul on March 18. ... told reporters at 11:15 a.m."); the
                # day its own sentence names is ("happened at 3 a.m. on [March 5]")
                ctx = replace(ctx, day_anchor=None)
            if not ctx.day_anchor_in_sentence and spec.hour is not None and (ctx.period_in_sentence or ctx.clock_of_a_set):
                return _clock_of_some_day(ctx.period_in_sentence, spec)
            day = ctx.day_anchor or point_containing(ctx.dct if not ctx.narrative else base, Grain.DAY)
            if (day.grain is Grain.PART_OF_DAY and day.code == "NI" and spec.hour is not None
                    and spec.hour < 12 and not spec.end_of_day):
                # why: a morning clock in a night named beside it is after midnight ("aftershocks
                # followed overnight, the strongest at 1:15 a.m.": the next day's 1:15)
                day = point_containing(day.start + timedelta(days=1), Grain.DAY)
            if spec.end_of_day and ctx.day_anchor is None and tense != "FUTURE" and not spec.deadline_midnight:
                # "struck just after midnight": the day's start; "will start at midnight" with
                # no day named is tonight's, the day's end; with a day named in the sentence
                # ("the talks on Wednesday ended shortly after midnight") that day's end, as
                # "midnight Wednesday" is (TimeBank "midnight Friday" ...T24)
                spec = replace(spec, end_of_day=False)
            point = _with_time(point_containing(day.start, Grain.DAY), spec)
            if (ctx.dct_has_time and ctx.day_anchor is None and not ctx.narrative and tense == "PAST"
                    and point.start > ctx.dct + _STAMP_MARGIN):
                # why: a clock of the past later than the publication on its day is the day
                # before's ("the race ended shortly after 11:30 p.m.", published at 00:15)
                point = _with_time(point_containing(day.start - timedelta(days=1), Grain.DAY), spec)
            elif (ctx.dct_has_time and ctx.day_anchor is None and not ctx.narrative and tense == "FUTURE"
                    and point.start < ctx.dct - _STALE_FUTURE_MARGIN):
                # why: a clock of the future long before the publication on its day is the next
                # day's ("the result will be announced at 5 a.m.", published at 22:00)
                point = _with_time(point_containing(day.start + timedelta(days=1), Grain.DAY), spec)
            return point
        return None

    def _quarter_or_half(self, spec: Spec, base: datetime, tense: str | None) -> Point:
        grain, n, months = (Grain.QUARTER, spec.quarter, 3) if spec.quarter else (Grain.HALF, spec.half, 6)
        if spec.year:
            year = spec.year
        else:
            current = (base.month - 1) // months + 1
            year = base.year if (n <= current or tense == "FUTURE") else base.year - 1
        return Point(grain, datetime(year, (n - 1) * months + 1, 1))


def _clock_of_some_day(period: Point | None, spec: Spec) -> Resolution:
    """"Four years ago, the race was called shortly before midnight": a clock of some day of
    the year (or month) its sentence names, not of the publication's day; without one (a
    timetable: "on Mondays, leaving at 10:30"), of any day."""
    clock = _with_time(point_containing(datetime(2000, 1, 1), Grain.DAY), spec).value.split("T", 1)[1]
    if period is None:
        return Resolution(f"XXXX-XX-XXT{clock}", None, "TIME")
    month = f"{period.start.month:02d}" if period.grain is Grain.MONTH else "XX"
    return Resolution(f"{period.start.year:04d}-{month}-XXT{clock}", None, "TIME")


def _against_tense(day: Point, dct: datetime, tense: str | None) -> bool:
    """A day wholly after publication for a past clause, or wholly before it for a future one."""
    return (tense == "PAST" and day.start > dct) or (tense == "FUTURE" and day.end <= dct)


def _relative_weekday(base: datetime, weekday: int, rel: int) -> Point:
    """'this Friday' (rel 0): that day of base's week; 'last' / 'next' (rel -1 / 1): the
    nearest such day before / after base's day, never base's day itself."""
    if rel == 0:
        week = point_containing(base, Grain.WEEK)
        return Point(Grain.DAY, week.start + timedelta(days=weekday - 1))
    candidate = point_containing(base, Grain.DAY)
    while True:
        candidate = shift(candidate, 1 if rel > 0 else -1)
        if candidate.start.isoweekday() == weekday:
            # "Friday after next" (rel 2): a week past the nearest
            return shift(candidate, 7 * (rel - 1 if rel > 0 else rel + 1))
