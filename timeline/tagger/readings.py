"""Second readings of a day, settled once every expression of a text is resolved: a clock time
given again on another clock, a speaker's own "today" inside a quotation, the first end of a
range of months, the second of two weekdays joined, the second end of a range of clock times over
midnight, and "the day" of a year its clause names."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from ..temporal.calendar import Grain, Point
from .anchor import some_day_of
from .tense import CLOCK_SENTENCE_END

# a full stop after a one-letter token ("U.S.") ends no sentence; after "a.m." only before a
# word that is no day, month or clock's name
SENTENCE_BREAK = re.compile(r"(?<![.\s][A-Za-z])[.!?](?:''|[”’\"'])?\s+(?=[A-Z“\"(`])|" + CLOCK_SENTENCE_END + r"|\n\s*\n")
_ALTERNATIVE = re.compile(r",\s*or\b")
_QUOTE_CLOSE = re.compile(r"''|[”\"]")
_SPEECH_GAP = 40  # characters between a closing quote and the day of its reporting verb


def on_other_clock(gap: str) -> bool:
    """Whether a day after a clock time lies in a second reading of the same moment on another
    clock (", or 1:04 a.m. on Friday in Paris", "(0104 GMT Friday)"), not after one that has
    closed ("at 10:35 a.m. (0735 GMT) Friday": the day is both readings')."""
    return bool(_ALTERNATIVE.search(gap)) or gap.count("(") > gap.count(")")


def inside_quote(text: str, position: int) -> bool:
    """Whether a position lies inside a quotation opened in its sentence."""
    # the bound reaches one past the position, as in tense._sentence (a sentence it opens)
    starts = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, position - 400), position + 1)]
    before = text[starts[-1] if starts else max(0, position - 400):position]
    return (before.count("``") > before.count("''") or before.count("“") > before.count("”")
            or before.replace("``", "").replace("''", "").count('"') % 2 == 1)


def _moved(entry: tuple, start: datetime) -> tuple:
    """A resolved entry (resolution, zone choice, zone) whose point now starts at `start`."""
    result = entry[0]
    point = replace(result.point, start=start)
    return (replace(result, value=point.value, point=point), *entry[1:])


def other_clock_days(text: str, chosen: list, specs: list, resolved: dict) -> None:
    """A second reading on another clock that names its own weekday ("10:15 p.m. local time
    (0115 GMT Saturday) on Friday") is the same moment: its day is the one of that weekday next
    to the main reading's day, not the one the clause's tense picks (a story filed at the start
    of Friday would put that Saturday a week back). The main reading's day is known only once
    bare clocks have taken their day, hence a second pass."""
    for first, second in zip(range(len(chosen)), range(1, len(chosen))):
        if first not in resolved or second not in resolved:
            continue
        main, other = resolved[first][0], resolved[second][0]
        if (specs[first].hour is None or specs[second].hour is None or not specs[second].weekday
                or main.point is None or other.point is None
                or not on_other_clock(text[chosen[first].end:chosen[second].start])):
            continue
        main_day = main.point.start.date()
        day = min((main_day + timedelta(days=k) for k in range(-3, 4)
                   if (main_day + timedelta(days=k)).isoweekday() == specs[second].weekday),
                  key=lambda d: abs((d - main_day).days))
        resolved[second] = _moved(resolved[second], datetime.combine(day, other.point.start.time()))


_ON_THE_DAY = re.compile(r"\s+(?:on|of)\s+$")
_DAY_OF_ITS_OWN = re.compile(r"(?i)(?:this|tomorrow|yesterday|last|next)\b")  # "this morning" is today's
_NEXT_DAY = re.compile(r"(?i)the\s+(?:following|next)\s+(?:day|morning)|the\s+day\s+after")


def _is_part_before_its_day(text: str, first, second, spec, point: Point) -> bool:
    """"by mid-afternoon on Friday", "the evening of May 3"."""
    return (spec.part is not None and spec.hour is None and point.grain is Grain.PART_OF_DAY
            and not _DAY_OF_ITS_OWN.match(text, first.start) and bool(_ON_THE_DAY.fullmatch(text, first.end, second.start)))


def _is_clock_before_next_day(text: str, first, second, spec) -> bool:
    """"until 3 p.m. the following day": the clock is of the day that follows it."""
    return (spec.hour is not None and not text[first.end:second.start].strip()
            and bool(_NEXT_DAY.fullmatch(text, second.start, second.end)))


def parts_of_named_days(text: str, chosen: list, specs: list, resolved: dict) -> None:
    """A part of a day or a clock time that names no day, told right before the day it is of
    ("by mid-afternoon on Friday", "until 3 p.m. the following day"), is that day's, not the
    one of the sentence before (the day comes second, so it was unknown when the first was
    anchored)."""
    for first, second in zip(range(len(chosen)), range(1, len(chosen))):
        if first not in resolved or second not in resolved:
            continue
        part, day = resolved[first][0], resolved[second][0]
        spec = specs[first]
        if (spec.weekday or spec.day or spec.rel is not None or spec.dayrel is not None
                or part.point is None or day.point is None or day.point.grain is not Grain.DAY):
            continue
        if (_is_part_before_its_day(text, chosen[first], chosen[second], spec, part.point)
                or _is_clock_before_next_day(text, chosen[first], chosen[second], spec)):
            resolved[first] = _moved(resolved[first], datetime.combine(day.point.start.date(), part.point.start.time()))


_SPAN_CONNECTORS = {"-", "–", "to", "through", "thru", "until", "till", "into"}


def _joined(text: str, chosen: list, resolved: dict, connectors: set[str]):
    """(first, second, first point, second point) of neighbouring resolved expressions that a
    connector of `connectors` alone joins ("January [through] March", "Tuesday [and] Wednesday")."""
    for first, second in zip(range(len(chosen)), range(1, len(chosen))):
        if first not in resolved or second not in resolved:
            continue
        start, end = resolved[first][0].point, resolved[second][0].point
        if start is not None and end is not None \
                and text[chosen[first].end:chosen[second].start].strip().lower() in connectors:
            yield first, second, start, end


def month_ranges(text: str, chosen: list, specs: list, resolved: dict) -> None:
    """"January through March", "from Oct. 1 to Jan. 5": a range runs forward, so a first end
    the clause's tense put after the second ("will be released" sent January a year ahead) is
    moved to the last such date before it. Only ends that name no year."""
    for first, second, start, end in _joined(text, chosen, resolved, _SPAN_CONNECTORS):
        if not specs[first].month or not specs[second].month or specs[first].year or start.start <= end.start:
            continue
        year = end.start.year - (start.start.replace(year=end.start.year) > end.start)
        try:
            resolved[first] = _moved(resolved[first], start.start.replace(year=year))
        except ValueError:  # 29 February
            continue


def weekday_pairs(text: str, chosen: list, specs: list, resolved: dict) -> None:
    """"hears arguments on Tuesday and [Wednesday]" said on a Tuesday: two weekdays joined in one
    clause run forward in the week, so a second one the tense sent back behind the first (a
    present with no cue had made it last Wednesday) is the one after the first. Only bare
    weekdays, in week order ("Friday and Monday" may span a weekend either way)."""
    for first, second, start, end in _joined(text, chosen, resolved, _PAIR_CONNECTORS):
        if (not _bare_weekday(specs[first]) or not _bare_weekday(specs[second])
                or end.start >= start.start or specs[second].weekday <= specs[first].weekday):
            continue
        resolved[second] = _moved(resolved[second], end.start + timedelta(days=7))


# "Tuesday and Wednesday", "Tuesday or Wednesday", "Tuesday to Thursday"
_PAIR_CONNECTORS = _SPAN_CONNECTORS | {"and", "or"}


def _bare_weekday(spec) -> bool:
    return bool(spec.weekday) and spec.rel is None and not (spec.day or spec.month or spec.year)


def _names_no_day(spec) -> bool:
    return spec.hour is not None and not (spec.weekday or spec.day or spec.month or spec.year or spec.dayrel is not None)


def overnight_clock_ranges(text: str, chosen: list, specs: list, resolved: dict) -> None:
    """"a curfew from 9 p.m. to [6 a.m.]": a range of clock times runs forward, so a second end
    earlier in the day than the first, neither naming its day, falls on the next day."""
    for first, second, start, end in _joined(text, chosen, resolved, _SPAN_CONNECTORS):
        if (not _names_no_day(specs[first]) or not _names_no_day(specs[second])
                or start.start.date() != end.start.date() or end.start >= start.start):
            continue
        resolved[second] = _moved(resolved[second], end.start + timedelta(days=1))


_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
_THE_DAY = re.compile(r"(?i)the\s+(?:very\s+)?day$")
_CLAUSE_REACH = 60  # characters from "the day" to the year its clause names


def days_of_named_years(text: str, chosen: list, specs: list, resolved: dict) -> None:
    """"since [the day] it was lit in 1958": a bare "the day" whose own clause names a year is
    some day of that year, not of the month last mentioned."""
    for i in range(len(chosen) - 1):
        if i not in resolved or not _THE_DAY.match(text[chosen[i].start:chosen[i].end]) or not specs[i].same:
            continue
        j = i + 1
        gap = text[chosen[i].end:chosen[j].start]
        point = resolved[j][0].point if j in resolved else None
        if (point is None or point.grain is not Grain.YEAR or len(gap) > _CLAUSE_REACH
                or _CLAUSE_BREAK.search(gap)):
            continue
        result = some_day_of(point)
        resolved[i] = (result, *resolved[i][1:])


def quoted_days(text: str, chosen: list, specs: list, resolved: dict, published: Point,
                reporting: set[str]) -> None:
    """"We will strike tonight," the commander said on Thursday: a word of the speaker's own day
    ("today", "tonight", "tomorrow") inside a quotation counts from the day the speech was made
    when the reporting clause names it, not from the publication day."""
    for i in resolved:
        result = resolved[i][0]
        if specs[i].dayrel is None or result.point is None or not inside_quote(text, chosen[i].start):
            continue
        speech_day = _speech_day(text, chosen, resolved, i, reporting)
        if speech_day is not None and speech_day != published:
            resolved[i] = _moved(resolved[i], result.point.start + (speech_day.start - published.start))


def _speech_day(text: str, chosen: list, resolved: dict, quoted: int, reporting: set[str]) -> Point | None:
    """The day named right after the quotation's reporting verb ('," he said [Thursday]')."""
    close = _QUOTE_CLOSE.search(text, chosen[quoted].end)
    if close is None:
        return None
    for j in range(quoted + 1, len(chosen)):
        if chosen[j].start < close.end() or j not in resolved:
            continue
        between = text[close.end():chosen[j].start]
        point = resolved[j][0].point
        if (SENTENCE_BREAK.search(between) or len(between) > _SPEECH_GAP or point is None
                or point.grain is not Grain.DAY or not set(re.findall(r"[a-z]+", between.lower())) & reporting):
            return None
        return point
    return None
