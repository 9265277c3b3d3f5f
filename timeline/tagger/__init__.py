"""The temporal tagger: extract -> rank -> interpret -> anchor, with zones for local time."""
from __future__ import annotations

import re
import statistics
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ..models import Document, Domain, Interval, Timex
from ..inputs import DATE_ONLY_HOUR
from ..spans import BLOCK_BREAK, headline_span
from ..zones.hemisphere import is_southern
from ..settings import DateOrder, Settings
from ..temporal.calendar import Grain, Point, point_containing, shift, shift_by
from . import era
from .anchor import Anchorer, Context, Resolution, narrow
from .extract import extract
from .interpret import Spec, interpret
from .rank import select
from .readings import SENTENCE_BREAK as _SENTENCE_BREAK
from .readings import on_other_clock as _on_other_clock
from .readings import (days_of_named_years, month_ranges, other_clock_days, overnight_clock_ranges,
                       parts_of_named_days, quoted_days, weekday_pairs)
from .report_periods import is_report_quarter, is_report_stretch, stretch_year
from .stated_day import day_fitting_stated_offset
from .ruleset import RuleSet, load_ruleset
from .tense import TenseCues, is_possessive, names_a_reported_month
from .verb_tense import VerbTense
from ..zones import tzinfo_for

_YEAR = re.compile(r"(?<![\d$.,#])(1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d)")
_STORY_MARGIN = 5  # years


def _is_year_back_comparison(spec: Spec) -> bool:
    """"a year ago", "a year earlier", "year-earlier": a report compares its period with the
    same period a year before. The comparison is not a new time the report moves to, so a
    second "a year earlier" still means a year before the reported period, not two."""
    one_year_back = spec.dir is not None and spec.dir < 0 and spec.unit == "YEAR" and spec.num in (None, 1, 1.0)
    return one_year_back or spec.year_ago is not None


# a clause that puts its event before or after the main one ("..., after leaving port on Monday")
_SEQUENCE_CLAUSE = re.compile(r"\b(?:after|before|since|until)\b", re.IGNORECASE)
# a participle set off by commas ("The spacecraft, launched on [Nov. 5], fired ..."): its day is
# the aside's event's, not the main clause's clock's
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+\s+)?\w+(?:ed|en|wn)\b[^,;]*$")
# a relative clause's opening ("a summit that began", "which"), and the verbs whose "that" opens
# their object instead ("said that")
_RELATIVE_OPENING = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+that"
                               r"|\b(?:which|who|whose))\b[^,;:()]*$", re.IGNORECASE)
_THAT_AFTER_VERB = {"said", "says", "say", "told", "tells", "announced", "reported", "added", "stated", "confirmed",
                    "believe", "believed", "believes", "thought", "think", "knew", "know", "showed", "shows", "found",
                    "warned", "noted", "claimed", "insisted", "agreed", "ruled", "decided", "feared", "hoped",
                    "expected", "learned", "realized", "suggested", "argued", "explained", "admitted", "denied",
                    "so", "such", "now", "than"}
# a subordinate clause's opening word, with no clause break between it and a day
_SUBORDINATE_OPENING = re.compile(r"\b(?:after|before|when|while|as|since|until)\b[^,;:()]*$", re.IGNORECASE)
# "Thursday's closing price", "would get around Wednesday's ruling": a weekday that owns
# something (tense.is_possessive) names one gone by or today, whatever the clause's tense
# (TimeBank and AQUAINT 17 of 17, "before Friday's purchases" among them), unless the clause
# looks toward it ("ahead of Tuesday's election", "tickets for Friday's match"): then the
# clause's own tense decides, as for a bare weekday
_LOOKS_TOWARD = re.compile(r"\b(?:ahead\s+of|run-up\s+to|until|till|in\s+time\s+for|for)\s+$", re.IGNORECASE)
# ... or a future verb (with a particle and a preposition) right before it takes a happening the
# weekday owns (TenseCues.owns_a_happening): "will miss [Wednesday]'s match", "is set to play in
# [Sunday]'s final", "will turn out in [Thursday]'s referendum"
_FUTURE_VERB_BEFORE = re.compile(r"\b(?:will|'ll|shall|(?:is|are)\s+(?:due|set|expected|scheduled|likely)\s+to)"
                                 r"\s+(?:not\s+)?(?:be\s+)?(?:[a-z]+\s+){1,2}?(?:(?:in|for|at|to|on)\s+)?$", re.IGNORECASE)
# ... or the owned thing is the subject of a future verb ("Sunday's election will decide", "Saturday's
# final will be played in Madrid"): the coming day, as the bare weekday of that clause would be
_OWNED_SUBJECT_OF_FUTURE = re.compile(r"['’]s\s+(?:[a-z-]+\s+){1,3}?(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|likely)\s+to)\b")
# a monthly report comes out within a couple of months of the month it covers
_REPORT_LAG_MONTHS = 2
# a bare "before" a weekday ends a past span as often ("was arrested before Friday prayers")
# ... as does a span said to start on the day ("declared three days of mourning starting [Wednesday]")
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|run-up\s+to|lead-up\s+to|(?:starting|beginning)(?:\s+on)?)\s+$", re.IGNORECASE)
# the units of "the week", "the year" a news story tells as its own
_STORY_UNITS = {"WEEK", "MONTH", "YEAR"}
# "(1790)" after a name; "the August 1792 uprising", "the 1790 law": a date that labels a thing
_PARENTHESIZED = re.compile(r"\(\s*$")
_LABEL_BEFORE = re.compile(r"\b(?:the|its|his|her|their)\s+$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"[\s-]+(?-i:[a-z]{3,})")
# "Hitler's 1930s aggressions": a decade before a noun labels it; "the 1950s the town grew" is
# followed by its clause
_DECADE_LABEL_AFTER = re.compile(r"[\s-]+(?!(?:the|and|but|his|her|its|their|was|were|had|saw|when|for|with|from|they|she)\b)(?-i:[a-z]{3,})")


# "the June-September season", "the April-June period": months joined by a hyphen that name a
# span a noun labels; they are this year's, whatever the clause's tense says of its verb
_SPAN_LABEL_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][a-z]+\.?\s*[-\u2013]\s*)?$")
_SPAN_LABEL_AFTER = re.compile(r"(?:\s*[-\u2013]\s*[A-Z][a-z]+\.?)?\s+(?:season|period|months|window|term|semester)\b")
# "the Easter getaway", "Christmas shopping": a holiday naming its season
_HOLIDAY_SEASON_AFTER = re.compile(r"\s+(?:getaway|rush|shopping|travel|exodus|break|recess|season|holidays?|"
                                   r"weekend|week|period|sales?|spending|traffic|run-up|lead-up)\b", re.IGNORECASE)
# "cut emissions by 55% by 2030 compared with 2021 levels, and by 100% five years later": a year
# that names a baseline to measure against is no time the story moves to
_BASELINE_AFTER = re.compile(r"[\s-]+(?:levels?|figures|prices|baselines?)\b")
# "rose in January compared with [December], and were higher than a year before": the time a
# figure is compared with is no time the story moves to (the year before had been December's)
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.)\s+$", re.IGNORECASE)
# ... nor the one right after another's "from" ("fell in January [from] December")
_FROM_BETWEEN = re.compile(r"\s+from\s+")
_PERIOD_END_BEFORE = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)


def _ends_the_period_told(text: str, start: int, mentioned: Point | None) -> bool:
    """A day that ends the period a report just told ("the fiscal first quarter ended [Sept. 30]"):
    the period stays the time told, so "a year ago" after it is that quarter a year back (TimeBank,
    after "the quarter ended <day>": 4 of 6 year-back comparisons a quarter, 2 a day, none the year)."""
    return (mentioned is not None and mentioned.grain in (Grain.QUARTER, Grain.HALF, Grain.YEAR)
            and bool(_PERIOD_END_BEFORE.search(text, max(0, start - 10), start)))


def _within_story(mentioned: Point | None, story_years: tuple[int, int]) -> bool:
    """Whether the story has reached its own years: a first mention outside them (the
    collection stamp atop a history article, a prologue year) does not make a later one an
    aside, so "In May 1776 ... The next year" still reads 1777 before the story's 1789."""
    return mentioned is not None and story_years[0] <= mentioned.start.year <= story_years[1]


def _is_aside(text: str, start: int, end: int) -> bool:
    """A date in parentheses, or one that labels a thing, names when that thing was; a story
    told around it does not move there."""
    if _PARENTHESIZED.search(text[max(0, start - 3):start]) and text[end:end + 1] == ")":
        return True
    return bool(_LABEL_BEFORE.search(text[max(0, start - 8):start]) and _LABEL_AFTER.match(text, end))


def choose_domain(document: Document, deictic: re.Pattern | None = None,
                  own_time: re.Pattern | None = None) -> Domain:
    """Narrative when the text's explicit years lie mostly a decade or more before publication
    and the text hardly speaks of its own days ("Tuesday", "yesterday": under one per 1,000
    words); news otherwise. With one or two such years, narrative only when the text never
    speaks of its own days or time (`own_time`: "now", "last year")."""
    years = [int(y) for y in _YEAR.findall(document.text)]
    if not years or statistics.median(years) > document.published.year - 10:
        return Domain.NEWS
    if _WIRE_DATELINE.search(document.text[:_DATELINE_REACH]):
        return Domain.NEWS  # an obituary or anniversary piece tells old years, but from its own day
    if len(years) < 3:
        silent = all(p is not None and p.search(document.text) is None for p in (deictic, own_time))
        return Domain.NARRATIVE if silent else Domain.NEWS
    if deictic is not None:
        words = max(1, len(document.text.split()))
        found = deictic.findall(document.text)
        if len(found) * 1000 / words >= 1 and not _history_of_weekdays(document, years, found, own_time):
            return Domain.NEWS
    return Domain.NARRATIVE


# a paragraph opening with an upper-case place and an agency or a dash ("PARIS (Reuters) -",
# "NEW YORK, March 3 (AP) _", "KYIV —"): a wire story, whatever its years; looked for in the
# first lines only, where a dateline stands
_UP = "A-ZÀ-ÖØ-Þ"
_WIRE_DATELINE = re.compile(rf"(?m)^[{_UP}][{_UP}'.\-]+(?: [{_UP}][{_UP}'.\-]+){{0,3}}(?:, [A-Z][A-Za-z.]+)?"
                            r"(?:, [A-Z][a-z]{2,}\.? \d{1,2})?\s*(?:\([A-Za-z .&-]{2,24}\)\s*)?[-_—–]{1,2}\s")
_DATELINE_REACH = 600


_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)


def _history_of_weekdays(document: Document, years: list[int], deictic_words: list[str],
                         own_time: re.Pattern | None) -> bool:
    """A history that tells its days by weekday ("On Tuesday the flames crossed the city wall"
    after "Sunday, 2 September 1666"): its own-day words are all weekdays ("this week" is none),
    no year lies within a decade of publication and no word tells the text's own time ("now",
    "ago", "last year", "today"), so its weekdays are the story's."""
    recent = any(year > document.published.year - 10 for year in years)
    return (not recent and all(_WEEKDAY_NAME.fullmatch(word) for word in deictic_words)
            and own_time is not None and own_time.search(document.text) is None)


def has_time_of_day(document: Document) -> bool:
    """Whether the publication moment was given to the minute: a date alone is read at noon
    (inputs.DATE_ONLY_HOUR), and a noon exactly is taken for one (the safe side: rules that need
    the hour then stay off)."""
    local = document.published.astimezone(tzinfo_for(document.timezone)) if document.timezone else document.published
    return (local.hour, local.minute, local.second) != (DATE_ONLY_HOUR, 0, 0)


def _deictic_pattern(ruleset: RuleSet) -> re.Pattern:
    """Words by which a news text places things relative to its own day: weekdays, today..."""
    lexicon = ruleset.lexicon.tables
    words = ([w for w in lexicon.get("weekday", {}) if len(w) > 4] + list(lexicon.get("dayrel", {}))
             + list(lexicon.get("own_days", {}).get("words", ())))
    return _word_pattern(words)


def _word_pattern(words) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                         for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def localize(moment: datetime, zone: str) -> datetime:
    try:
        from ..zones import localize as zone_localize
    except ImportError:
        return moment.replace(tzinfo=ZoneInfo(zone))
    return zone_localize(moment, zone)


_YEARS_IN = {"YEAR": 1, "DECADE": 10, "CENTURY": 100, "MILLENNIUM": 1000}


def _years_before_the_era(spec: Spec, year: int) -> Resolution | None:
    """'23,000 years ago', '2,500 years ago': a year before the calendar's first, written as
    TIMEX3 writes years BC (BC20979), with no interval; it had been dropped untagged."""
    if spec.dir is None or spec.dir > 0 or spec.unit not in _YEARS_IN or isinstance(spec.num, str) \
            or spec.num is None or spec.anaphoric:
        return None
    back = int(spec.num * _YEARS_IN[spec.unit])
    if back < year:  # within the calendar: not this case
        return None
    return Resolution(f"BC{back - year + 1:04d}", None, "DATE")


# a headline's "to" + verb says "will" ("Banks to stay closed until Thursday")
_HEADLINE_TO = re.compile(r"\b(?:to|set\s+to)\s+[a-z]+\b")


# a live report's entry stamp: a clock opening its line, set off by a colon or a dash ("10:42 GMT:
# The Met Office has extended its warning until 06:00 on Sunday"): the entry's time, on the day of
# the latest such moment up to publication, not the day the entry's sentence goes on to name
_LIVE_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*(?::|[-–—|])\s")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _live_stamp(text: str, position: int) -> bool:
    return bool(_LIVE_STAMP.match(text, position)) and bool(_LINE_START.search(text[max(0, position - 40):position]))


# "Talks stalled on Monday night, but resumed a day later. The papers were filed at 10:58pm":
# the story's day moved on by the count, so the next sentence's bare clock is Tuesday's
_DAYS_LATER = re.compile(r"\b(a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+later\b", re.IGNORECASE)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _moved_on(text: str, start: int, end: int, day: Point) -> Point:
    """The day named at `start`, moved on by a count of days later in its sentence (to `end`)."""
    later = _DAYS_LATER.search(text, start, end)
    if later is None:
        return day
    word = later.group(1).lower()
    count = int(word) if word.isdigit() else _DAY_COUNTS[word]
    return shift(point_containing(day.start, Grain.DAY), count)


def _in_headline_after_to(text: str, start: int) -> bool:
    """The expression sits in the headline after a 'to' + verb that stands for 'will'."""
    headline = headline_span(text)
    return (headline is not None and headline[0] <= start < headline[1]
            and bool(_HEADLINE_TO.search(text, headline[0], start)))


def _labels_a_span(text: str, start: int, end: int) -> bool:
    """A month at one end of a hyphenated pair a noun labels ("the [June]-September season")."""
    before = _SPAN_LABEL_BEFORE.search(text, max(0, start - 20), start)
    after = _SPAN_LABEL_AFTER.match(text, end)
    return bool(before and after) and any(dash in text[before.start():after.end()] for dash in ("-", "\u2013"))


class Tagger:
    def __init__(self, settings: Settings, ruleset: RuleSet, zones=None):
        self.settings = settings
        self.ruleset = ruleset
        self.zones = zones
        self.tense = TenseCues(ruleset.tense)
        self.verb_tense = VerbTense(ruleset.tense)
        self.anchorer = Anchorer()
        self._deictic = _deictic_pattern(ruleset)
        self._own_time = _word_pattern(ruleset.lexicon.tables.get("own_time", {}).get("words", ["now"]))
        self._range_connectors = frozenset(
            w.lower() for w in ruleset.lexicon.tables.get("range_connector", {}).get("words", ()))
        pattern = getattr(zones, "zone_pattern", None)
        self._zone_after = re.compile(r"\s*[(,]?\s*((?-i:" + pattern + r"))\s*\)?", re.IGNORECASE) if pattern else None

    @classmethod
    def load(cls, settings: Settings | None = None) -> "Tagger":
        settings = settings or Settings()
        try:
            from ..zones import ZoneResolver

            zones = ZoneResolver.load(settings.language)
        except ImportError:
            zones = None
        pattern = getattr(zones, "zone_pattern", None)
        return cls(settings, load_ruleset(settings.language, f"(?-i:{pattern})" if pattern else None), zones)

    def domain_for(self, document: Document) -> Domain:
        return self.settings.domain or choose_domain(document, self._deictic, self._own_time)

    def _zone_text(self, text: str, end: int) -> str | None:
        if self._zone_after is None:
            return None
        match = self._zone_after.match(text, end)
        return match.group(1) if match else None

    def tag(self, document: Document, parsed=None) -> list[Timex]:
        text = document.text
        domain = self.domain_for(document)
        chosen = select(extract(self.ruleset, text, domain.value))
        narrative = domain is Domain.NARRATIVE
        specs = [interpret(c, self.ruleset.lexicon) for c in chosen]
        self._share_range_years(text, chosen, specs)
        # bare clock times take the day named in their sentence, so resolve them last
        order = sorted(range(len(chosen)), key=lambda i: self._is_bare_clock(specs[i]))
        resolved: dict[int, tuple] = {}
        story_years = self._story_years(specs)
        days: list[tuple[int, Point]] = []
        reference = point_containing(document.published.astimezone(ZoneInfo(document.timezone)).replace(tzinfo=None), Grain.DAY)
        last_by_position: list[tuple[int, Point]] = []
        stretches: list[tuple[int, Point]] = []  # the report stretches among them
        report_quarter = None
        dct_has_time = has_time_of_day(document)
        for i in order:
            cand, spec = chosen[i], specs[i]
            if spec.end_of_day and _EARLY_HOURS_OF_A_DAY.search(text, max(0, cand.start - 12), cand.end + 5):
                # why: "shortly after midnight on Sunday" is Sunday's first hour, where "midnight
                # on Sunday" alone ends Sunday (TimeBank's T24)
                spec = replace(spec, end_of_day=False)
            if spec.end_of_day and _AFTER_MIDNIGHT.search(text, max(0, cand.start - 12), cand.end) \
                    and _named_its_early_hours(text, cand.start):
                # why: after "early Sunday" or "Sunday morning" the sentence before named, "shortly
                # after midnight" goes on within that day's first hours: its start, not its end
                spec = replace(spec, end_of_day=False)
            zone_choice = self._zone_for(document, cand.start, cand.end, spec)
            zone = zone_choice.zone if zone_choice else document.timezone
            dct_local = document.published.astimezone(tzinfo_for(zone)).replace(tzinfo=None)
            mentioned = self._last_before(last_by_position, cand.start)
            tense, of_verb = self._tense(text, parsed, cand.start, cand.end, narrative)
            if not narrative and tense == "PAST" and mentioned is not None and mentioned.start > reference.start:
                # "meets next Tuesday. Earlier in [the week], the Nasdaq hit...": a past clause
                # is not told from a time still ahead of the publication
                mentioned = None
            if (not narrative and mentioned is not None and spec.anaphoric and spec.same
                    and spec.unit in _STORY_UNITS and mentioned.grain.value > Grain[spec.unit].value
                    and ((tense == "FUTURE" and mentioned.end <= reference.start)
                         or mentioned.start.year < dct_local.year - 1)
                    and self._mentioned_in_earlier_sentence(text, last_by_position, cand.start)):
                # why: news tells its own week and year; a day or a month long past that the sentence
                # before named is an aside ("hit by a tornado on May 3, 1999. Forecasters warned of
                # more severe weather later in [the week]": this week, had been 1999's), and so is
                # a day gone by that the sentence before told, for a future clause ("Lines began
                # forming on Friday. The justices will meet later in [the week]", said on a Tuesday:
                # this week, had been Friday's); a year so named is the one meant ("In 1987, net
                # income ... For [the year], ...", "Sales fell in 2011. It said it would recover
                # later in [the year]")
                mentioned = None
            if (not narrative and tense == "PAST" and spec.unit == "MONTH" and spec.mod in ("END", "LATE")
                    and (spec.anaphoric or spec.year_end)
                    and mentioned is not None and point_containing(mentioned.start, Grain.MONTH).end > dct_local):
                # why: a past clause does not tell a month still under way's end ("Sales fell in August,
                # the company said on [Monday]. At the end of [the month], it cut jobs", said on 3
                # September, is August's): the last month named that is over, when there is one
                mentioned = _last_month_over(last_by_position, cand.start, dct_local) or mentioned
            if (not narrative and spec.anaphoric and spec.same and spec.unit == "DAY" and mentioned is not None
                    and mentioned.grain in (Grain.WEEK, Grain.WEEKEND)):
                # why: a week or a weekend names no day ("Depositors queued over the weekend. The
                # minister flew to Moscow later in [the day]" had been the weekend's Saturday): the
                # day last told is meant, else the publication's
                told = [day for day in days if day[0] < cand.start]
                mentioned = max(told, key=lambda day: day[0])[1] if told else None
            ref = mentioned or reference
            if spec.night_by_tense and not narrative and mentioned is not None \
                    and _told_late_in_its_day(chosen, specs, last_by_position, cand.start):
                # why: after a day's late hours ("opened the border late Thursday. Thousands
                # crossed overnight") the night goes on from them: that day's night, not the one before
                tense = None
            if spec.weekday and is_possessive(text, cand.end):
                if tense != "PAST" and _OWNED_SUBJECT_OF_FUTURE.match(text, cand.end):
                    # why: the future verb is the owned thing's own ("Tuesday's vote is expected to
                    # be close"), whatever nearer cue ("is") the clause's tense had been read from; a
                    # past report keeps the day gone by ("Analysts said Monday's sell-off will continue")
                    tense = "FUTURE"
                elif (tense == "FUTURE" and _FUTURE_VERB_BEFORE.search(text, max(0, cand.start - 40), cand.start)
                      and self.tense.owns_a_happening(text, cand.end)):
                    # why: "will miss [Wednesday]'s match" said on a Sunday looks toward the match: the
                    # nearest day, not the gold's habit of the one gone by ("will long remember
                    # Saturday's match" said on Sunday is yesterday's); a result stays the one gone by
                    # ("will appeal Friday's ruling"), as does a "would" ("would look for ways to get
                    # around Wednesday's ruling", AQUAINT)
                    tense = "PLAN"
                elif not _LOOKS_TOWARD.search(text, max(0, cand.start - 20), cand.start):
                    tense = "PAST"
            if spec.weekday and tense in ("PAST", "NONE") and self.tense.fixes_a_happening(text, cand.start):
                tense = "PLAN"  # "has called for a strike on [Friday]": a plan made, the nearest day
            if (spec.month and spec.day is None and spec.year is None and spec.rel is None
                    and (dct_local.month - spec.month) % 12 <= _REPORT_LAG_MONTHS
                    and names_a_reported_month(text, cand.start, cand.end)):
                tense = "PAST"  # "data for October will be released" in November: the October gone by
            if spec.holiday and tense == "PAST" and self.tense.bounds_before(text, cand.start):
                tense = None  # "rose before Christmas": the holiday is the nearest one
            if spec.holiday and spec.rel is None and not spec.year and _HOLIDAY_SEASON_AFTER.match(text, cand.end):
                # why: a holiday naming its season ("began the Easter getaway on Thursday",
                # "Christmas shopping") is the nearest one, whatever the verb's tense
                tense = None
            if spec.month and not (spec.year or spec.day) and _labels_a_span(text, cand.start, cand.end):
                tense = "NONE"
            if spec.weekend and spec.rel is None and tense == "PAST" and not narrative and mentioned is not None \
                    and _goes_on_from_a_told_day(text, last_by_position, cand.start, reference):
                spec = replace(spec, anaphoric=True)
            if spec.weekday and tense == "PAST" and _AHEAD_OF.search(text, max(0, cand.start - 24), cand.start):
                # "campaigning ended ahead of Sunday's vote": the clause's event comes before the
                # day, which may be still ahead: the nearest one, as a past plan's day is
                tense = "PLAN"
            day_anchor, day_named_here = self._day_in_sentence(
                text, days, cand.start, spec.hour is not None or bool(cand.rule.options.get("day_before")))
            ctx = Context(dct=dct_local, reference=ref, tense=tense, tense_of_verb=of_verb, dct_has_time=dct_has_time,
                          narrative=narrative, day_anchor=day_anchor, day_anchor_in_sentence=day_named_here,
                          day_first=self.settings.date_order is DateOrder.DMY,
                          reference_is_mention=mentioned is not None,
                          report_quarter=report_quarter, southern=not narrative and is_southern(zone),
                          reference_is_stretch=mentioned is not None and mentioned is self._last_before(stretches, cand.start),
                          period_in_sentence=None if narrative or not self._is_bare_clock(spec)
                          else _period_in_sentence(text, last_by_position, cand.start, dct_local),
                          clock_of_a_set=not narrative and self._is_bare_clock(spec)
                          and _set_day_in_sentence(text, chosen, specs, cand.start))
            try:
                result = self.anchorer.resolve(spec, ctx)
            except (ValueError, OverflowError):  # beyond the calendar ("10000 years ago"): unresolved
                result = None
            if result is None:
                result = _years_before_the_era(spec, dct_local.year)
            if result is None:
                continue
            if self._is_bare_clock(spec):
                result = day_fitting_stated_offset(self.anchorer, text, cand.start, cand.end, spec, ctx, result, zone, days)
            resolved[i] = (result, zone_choice, zone)
            if report_quarter is None and not narrative and is_report_quarter(result.point, dct_local):
                report_quarter = result.point
            if result.point is not None and result.point.grain.value >= Grain.DAY.value:
                # a night stays a night: a morning clock beside it is after its midnight
                night = result.point.grain is Grain.PART_OF_DAY and result.point.code == "NI"
                days.append((cand.start, result.point if night else point_containing(result.point.start, Grain.DAY)))
            if (result.point is not None and not (narrative and _is_aside(text, cand.start, cand.end))
                    and not _BASELINE_AFTER.match(text, cand.end)
                    and not _compared_with(text, chosen, i)
                    and not (spec.decade is not None and _DECADE_LABEL_AFTER.match(text, cand.end))
                    and not (ctx.reference_is_stretch and spec.period_told)  # a comparison: the stretch goes on
                    and not (not narrative and _ends_the_period_told(text, cand.start, mentioned))
                    # "shut since [March 16], when ...": in news a span's start is behind the story,
                    # whose "later in the day" is still the reported day's
                    and not (not narrative and self.tense.looks_back(text, cand.start))
                    and self._moves_reference(spec, result.point, ctx, mentioned, story_years,
                                              _within_story(mentioned, story_years))):
                last_by_position.append((cand.start, result.point))
                last_by_position.sort(key=lambda item: item[0])
            elif not narrative and is_report_stretch(spec, text[cand.start:cand.end]):
                stretch = stretch_year(dct_local, mentioned)
                stretches.append((cand.start, stretch))
                last_by_position.append((cand.start, stretch))
                last_by_position.sort(key=lambda item: item[0])
        other_clock_days(text, chosen, specs, resolved)
        parts_of_named_days(text, chosen, specs, resolved)
        month_ranges(text, chosen, specs, resolved)
        weekday_pairs(text, chosen, specs, resolved)
        overnight_clock_ranges(text, chosen, specs, resolved)
        days_of_named_years(text, chosen, specs, resolved)
        if not narrative:
            quoted_days(text, chosen, specs, resolved, reference, self.tense.reporting)
        timexes = [self._timex(document, chosen[i], specs[i], *resolved[i], n)
                   for n, i in enumerate(sorted(resolved), start=1)]
        from ..temporal.duration_windows import anchored_windows  # lazy: it reads the solver's lengths

        return anchored_windows(document, timexes, news=not narrative)

    def _tense(self, text: str, parsed, start: int, end: int, narrative: bool = False) -> tuple[str | None, bool]:
        """The governing verb's tense when a parse is at hand and says it; else the cues'.
        The flag says which of the two decided. In news a deadline ("until Tuesday", "as early as
        Thursday") is not sent back, whether the clause is past or has no tense cue (a story
        reads forward anyway, and there a future clause does not move the story)."""
        found, of_verb = None, False
        if self.tense.looks_back(text, start):
            return "PAST", True  # "has met weekly since [March]": firmly behind, whatever the verb
        if not narrative and _in_headline_after_to(text, start):
            return "FUTURE", True  # "Cyprus banks to stay closed until [Thursday]": headline style for "will"
        if not narrative and self.tense.in_appositive_ahead(text, start):
            return "FUTURE", True  # "its results, due after the close on [Wednesday]": the appositive's own
        if parsed is not None:
            found = self.verb_tense.tense_at(parsed, start, end)
            of_verb = found is not None
            if found == "PRESENT":
                found = None
        if not of_verb:
            found = self.tense.tense_at(text, start, end)
            # "In [January], the company brought in a new chief": the verb after the comma
            # governs it as a parse would say, so a month weeks ahead is not taken instead
            of_verb = found == "PAST" and (self.tense.opens_sentence(text, start, end)
                                           or self.tense.past_verb_governs(text, start))
        if found in ("PAST", "NONE") and not narrative and self.tense.looks_ahead(text, start, end):
            return "FUTURE", of_verb
        if found is None and not narrative and self.tense.ends_span_under_way(text, start, end):
            return "FUTURE", of_verb
        return found, of_verb

    def _share_range_years(self, text: str, chosen: list, specs: list[Spec]) -> None:
        """'between March and April 1918', '(19 March - 30 April 2003)': the first end of a
        range takes the year named by the second (the year before when its month is later);
        a bare day closing a range ('April 6-7') takes the month and year of the first; a
        season before another of a year ('the spring and summer of 1862') takes that year."""
        connectors = self._range_connectors
        for i in range(len(chosen) - 1):
            first, second = specs[i], specs[i + 1]
            if second.range_end and first.month is not None:  # "April 6-[7]", "May 4 and [5]"
                second.month, second.year = first.month, second.year or first.year
            if (first.season and second.season and first.year is None and second.year is not None
                    and first.rel is None and text[chosen[i].end:chosen[i + 1].start].strip().lower() in connectors):
                first.year = second.year
            if (first.month is None or first.year is not None or second.month is None
                    or second.year is None or first.rel is not None or first.anaphoric
                    or first.ambiguous_slash or first.holiday):
                continue
            gap = text[chosen[i].end:chosen[i + 1].start].strip().lower()
            if gap not in connectors:
                continue
            later = (first.month, first.day or 1) > (second.month, second.day or 1)
            first.year = second.year - 1 if later else second.year

    @staticmethod
    def _story_years(specs: list[Spec]) -> tuple[int, int]:
        """The years a story is told in: the middle 80% of the years it names, widened by a few
        years. A year outside them, once the story has a time, is an aside ("documents found in
        2004 proved...") and does not move it."""
        years = sorted(spec.year for spec in specs if spec.year is not None)
        if len(years) < 5:
            return (-10**6, 10**6)
        low, high = years[len(years) // 10], years[(len(years) * 9) // 10]
        return (low - _STORY_MARGIN, high + _STORY_MARGIN)

    def _moves_reference(self, spec: Spec, point: Point, ctx: Context, mentioned: Point | None,
                         story_years: tuple[int, int], story_started: bool) -> bool:
        """Whether a resolved expression becomes the 'last mentioned time'. In a story an aside
        does not: a year outside the story's years, or a time ahead of the story named in a
        future clause ("the push planned for 1976")."""
        if not self._sets_reference(spec, ctx.narrative):
            return False
        if not ctx.narrative:  # "it aimed to lead by 1992": a goal told in the past is an aside
            return not (spec.year is not None and point.start.year > ctx.dct.year and ctx.tense != "FUTURE")
        if story_started and spec.year is not None and not story_years[0] <= spec.year <= story_years[1]:
            return False
        return not (mentioned is not None and ctx.tense == "FUTURE" and point.start >= mentioned.end)

    @staticmethod
    def _sets_reference(spec: Spec, narrative: bool) -> bool:
        """Which resolved expressions move the 'last mentioned time'. In a story only those
        that name their year (or are placed in it by month and day) do: a relative one
        ("the previous year") looks back without moving the story."""
        if spec.same:
            return False
        if not narrative:
            return not _is_year_back_comparison(spec)
        # a decade sets it too ("In the early 1950s ... By [the end of the decade]"), unless it
        # labels a thing ("Hitler's 1930s aggressions": the caller checks)
        return (spec.year is not None or spec.decade is not None or (spec.month is not None and spec.day is not None)
                or spec.weekday is not None)

    @staticmethod
    def _is_bare_clock(spec: Spec) -> bool:
        return spec.hour is not None and spec.day is None and spec.weekday is None and spec.dayrel is None

    @staticmethod
    def _mentioned_in_earlier_sentence(text: str, points: list[tuple[int, Point]], position: int) -> bool:
        """Whether the time last mentioned before `position` stands in an earlier sentence."""
        last = _told_before(points, position)
        return last is not None and _SENTENCE_BREAK.search(text, last[0], position) is not None

    @staticmethod
    def _last_before(points: list[tuple[int, Point]], position: int) -> Point | None:
        told = _told_before(points, position)
        return told[1] if told else None

    def _day_in_sentence(self, text: str, days: list[tuple[int, Point]], position: int,
                         clock: bool = False) -> tuple[Point | None, bool]:
        """The day a clock time belongs to, and whether its own sentence named it."""
        if clock and _live_stamp(text, position):
            return None, False  # the publication's day, by the stamp's own clock
        best = None
        for start, day in days:
            lo, hi = sorted((start, position))
            if _SENTENCE_BREAK.search(text, lo, hi):
                continue
            if start > position and _on_other_clock(text[lo:hi]):
                continue  # "9:04 p.m. local time, or 1:04 a.m. on Friday in Paris": another clock's day
            if start > position and clock and _SEQUENCE_CLAUSE.search(text, lo, hi):
                continue  # "docked at 6 p.m., after leaving port on Monday": another event's day
            if (start < position and clock and "," in text[start:position]
                    and _PARTICIPLE_ASIDE.search(text[max(0, start - 60):start])):
                continue  # "The spacecraft, launched on Nov. 5, fired ... at 2 a.m.": the aside's day
            if best is None or abs(start - position) < best[0]:
                best = (abs(start - position), day)
        if best or not clock:
            return (best[1], True) if best else (None, False)
        # why: a clock time with no day in its sentence belongs to the day the previous
        # sentence named ("The quake struck early Wednesday. It hit at 3:12 a.m."); a part of
        # day alone ("this morning") is the publication day's
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, position)]
        if not breaks:
            return None, False
        lo = breaks[-2] if len(breaks) > 1 else 0
        earlier = [(start, day) for start, day in days if lo <= start < breaks[-1]]
        # why: a day of an "after ..." or "when ..." clause is not the main event's ("lifted off
        # early on Friday, after attempts on Tuesday and Wednesday were called off")
        main = [(start, day) for start, day in earlier if not _in_subordinate_clause(text, lo, start)]
        # why: the day a report was made ("..., police said Monday") is not the day of what it
        # tells, the one the next sentence's clock goes on with ("at about 2:15 a.m.")
        main = self._days_of_what_is_told(text, main) or self._days_of_what_is_told(text, earlier) or main
        if not earlier:
            return None, False
        start, day = max(main or earlier, key=lambda item: item[0])
        return _moved_on(text, start, breaks[-1], day), False

    def _days_of_what_is_told(self, text: str, days: list[tuple[int, Point]]) -> list[tuple[int, Point]]:
        """The days that are not a report's own ("police said [Monday]")."""
        told = []
        for start, day in days:
            word = _LAST_WORDS.search(text, max(0, start - 20), start)
            if not (word and word.group(1).lower() in self.tense.reporting):
                told.append((start, day))
        return told

    def _zone_for(self, document: Document, start: int, end: int, spec: Spec):
        if self.zones is None or spec.type in ("DURATION", "SET"):
            return None
        zone_text = spec.zone_text or self._zone_text(document.text, end)
        return self.zones.resolve(document, start, end, zone_text,
                                  grain="clock" if spec.hour is not None else None)

    def _timex(self, document: Document, cand, spec: Spec, result, zone_choice, zone: str, n: int) -> Timex:
        interval = None
        timex_type = result.type or cand.rule.type
        if result.point is not None and not era.is_stand_in(result.point.start.year):
            start, end = narrow(result.point.start, result.point.end, spec.mod, result.point.grain)
            start, end = _up_to_now(document, cand, result.point, zone, (start, end))
            try:
                interval = Interval(start=localize(start, zone), end=localize(end, zone))
            except (OverflowError, ValueError):
                interval = None
        has_zone = interval is not None
        return Timex(
            id=f"t{n}", text=document.text[cand.start:cand.end], start=cand.start, end=cand.end,
            type=timex_type, value=result.value, mod=spec.mod, rule=cand.rule.name,
            timezone=zone if has_zone else None,
            timezone_candidates=list(zone_choice.candidates) if (zone_choice and has_zone) else [],
            timezone_reason=zone_choice.reason if (zone_choice and has_zone) else None,
            interval=interval,
        )


def _compared_with(text: str, chosen: list, index: int) -> bool:
    """Whether the expression at `index` names what a figure is compared with: after "compared
    with" or "against", or after "from" right behind another expression ("in January from
    [December]")."""
    start = chosen[index].start
    if _COMPARED_WITH_BEFORE.search(text, max(0, start - 20), start):
        return True
    if not text[max(0, start - 12):start].rstrip().lower().endswith(" from"):
        return False
    ends = [cand.end for cand in chosen if cand.end <= start]
    return bool(ends) and _FROM_BETWEEN.fullmatch(text, max(ends), start) is not None


def _told_late_in_its_day(chosen: list, specs: list, told: list[tuple[int, Point]], position: int) -> bool:
    """Whether the time last told before `position` is a day's late hours: "late Thursday",
    "Thursday evening", "Thursday night"."""
    last = _told_before(told, position)
    index = next((k for k, cand in enumerate(chosen) if last and cand.start == last[0]), None)
    if index is None:
        return False
    spec = specs[index]
    return bool(spec.weekday or spec.day) and (spec.mod == "END" or spec.part in ("EV", "NI"))


def _told_before(told: list[tuple[int, Point]], position: int) -> tuple[int, Point] | None:
    """(offset, time) of the last time told before `position` (`told` in text order)."""
    found = None
    for at, point in told:
        if at >= position:
            break
        found = (at, point)
    return found


def _period_in_sentence(text: str, told: list[tuple[int, Point]], start: int, dct_local: datetime) -> Point | None:
    """The year or month told last in the clock's own sentence, when it is not the
    publication's: the clock is of some day of it."""
    last = _told_before(told, start)
    if last is None:
        return None
    at, point = last
    if (point.grain not in (Grain.YEAR, Grain.MONTH) or point.start <= dct_local < point.end
            or _SENTENCE_BREAK.search(text, at, start)):
        return None
    return point


def _set_day_in_sentence(text: str, chosen, specs, start: int) -> bool:
    """Whether the clock's sentence told recurring days before it ("Crossings run on Mondays
    and Fridays, leaving at 10:30"): the clock is a timetable's, of no one day."""
    return any(spec.type == "SET" and cand.end <= start
               and (spec.weekday or spec.part or _every_day(text, cand.end, spec))
               and not _SENTENCE_BREAK.search(text, cand.end, start)
               for cand, spec in zip(chosen, specs))


# "open daily from 10 a.m.", "runs every day at 9": a day's recurrence telling how, not a thing's
# kind ("the daily briefing at 3 p.m." is one briefing)
_NOT_A_NOUN_AFTER = re.compile(r"\s+(?!(?:from|at|until|till|between|to|and|except|including|on)\b)[a-z]")


def _every_day(text: str, end: int, spec) -> bool:
    """Whether a set of days ("daily", "every day") stands as an adverb, not before a noun."""
    return (spec.freq == "P1D" or spec.unit == "DAY") and not _NOT_A_NOUN_AFTER.match(text, end)


# how far before publication a day told in the paragraph must lie for "the weekend" after it to
# be that day's, not the one just gone
_TOLD_DAY_BACK = timedelta(days=14)


def _goes_on_from_a_told_day(text: str, told: list[tuple[int, Point]], start: int, reference: Point) -> bool:
    """Whether the time last told before `start` is a day of its paragraph well before
    publication: "notified officials the following day [July 9, 2019]. Crews worked through the
    weekend" is that week's weekend, not the one before publication."""
    last = _told_before(told, start)
    if last is None:
        return False
    at, point = last
    return (point.grain.value >= Grain.DAY.value and BLOCK_BREAK.search(text, at, start) is None
            and reference.start - point.start > _TOLD_DAY_BACK)


_EARLIER_OR_LATER = re.compile(r"(earlier|later)\b", re.IGNORECASE)
_THE_PAST_UNIT = re.compile(r"the\s+(?:past|last)\s+(?:week|month|year)\b(?!\s+of\b)", re.IGNORECASE)


def _up_to_now(document: Document, cand, point: Point, zone: str, span: tuple[datetime, datetime]):
    """"earlier this year" said in September runs from January to publication, "later this
    week" from publication to the week's end: the part of the unit on one side of now, not its
    first or last third (the value keeps the TimeML START / END)."""
    now = document.published.astimezone(tzinfo_for(zone)).replace(tzinfo=None)
    past = _THE_PAST_UNIT.match(document.text, cand.start)
    if past is not None and point.grain in (Grain.WEEK, Grain.MONTH, Grain.YEAR):
        # "27 new infections in the past week": the seven days up to publication (the value
        # keeps the calendar week before, as the TBAQ gold writes "the past year")
        return shift_by(now, -1, point.grain), now
    said = _EARLIER_OR_LATER.match(document.text, cand.start)
    if said is None:
        return span
    if not point.start < now < point.end:
        return span
    return (point.start, now) if said.group(1).lower() == "earlier" else (now, point.end)


_EARLY_HOURS_OF_A_DAY = re.compile(r"\b(?:after|past)\s+midnight\s+on\b", re.IGNORECASE)
_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past)\s+midnight\b", re.IGNORECASE)


def _last_month_over(mentions: list[tuple[int, Point]], position: int, now: datetime) -> Point | None:
    """The last month named before `position` that ended before `now`."""
    months = [point for start, point in mentions
              if start < position and point.grain is Grain.MONTH and point.end <= now]
    return months[-1] if months else None


# a weekday named as its early hours ("early Sunday", "early on Sunday", "in the early hours of
# Sunday", "Sunday morning")
_EARLY_HOURS_BEFORE = re.compile(r"\bearly\s+(?:on\s+|hours\s+of\s+)?$", re.IGNORECASE)
_MORNING_AFTER = re.compile(r"\s+morning\b", re.IGNORECASE)


def _named_its_early_hours(text: str, position: int) -> bool:
    """Whether the last weekday named in the 300 characters before `position` was named as its
    early hours ("Early Sunday the police arrived. Shortly after [midnight], ...")."""
    lo = max(0, position - 300)
    last = None
    for last in _WEEKDAY_NAME.finditer(text, lo, position):
        pass
    return last is not None and bool(_EARLY_HOURS_BEFORE.search(text, max(0, last.start() - 20), last.start())
                                     or _MORNING_AFTER.match(text, last.end()))


_LAST_WORDS = re.compile(r"([A-Za-z]+)\s+(?:on\s+)?$")


def _in_subordinate_clause(text: str, sentence_start: int, position: int) -> bool:
    """Whether the words from the clause's last break up to `position` open with a
    subordinating word ("after launch attempts on [Tuesday]")."""
    if _SUBORDINATE_OPENING.search(text, sentence_start, position):
        return True
    # why: a relative clause's day is its own event's ("ending a summit that began on Thursday
    # afternoon"), but "said that ..." opens the reported event, the one a clock goes on with
    relative = _RELATIVE_OPENING.search(text, sentence_start, position)
    return bool(relative) and (relative.group(1) or "").lower() not in _THAT_AFTER_VERB
