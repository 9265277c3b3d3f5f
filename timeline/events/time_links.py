"""Links between events and time expressions read off the dependency parse: the event a time
expression governs through a signal or directly ("arrived on Tuesday", "the parade in July",
"between 2016 and 2021", "set sentencing for Feb. 12"), and the events that share its time."""
from __future__ import annotations

import re
from datetime import timedelta

from ..models import Event, Relation, Timex
from ..spans import BLOCK_BREAK

SPAN_SIGNALS = ("since", "until", "till")


def _timex_root(parsed, t: Timex):
    span = parsed.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    outside = [tok for tok in span if not span.start <= tok.head.i < span.end]
    if root.dep_ == "punct" and any(tok.dep_ != "punct" for tok in outside):
        # why: a word the parser took for punctuation ("at 2:10 [a.m.]" hung from the sentence's
        # root as punct) is not what the expression dates; the preposition's object is
        return next(tok for tok in outside if tok.dep_ != "punct")
    if root.head.i == root.i:
        # why: the parser sometimes ends a sentence inside the expression ("hit at 11:47 p.m.
        # [local time] on Friday" with "time" a root); the token that hangs from outside it
        # still says which verb it dates
        return outside[0] if outside else root
    return root


def _after_superlative(signal) -> bool:
    """The signal word closes a noun phrase a superlative or an ordinal picks out ("the highest
    level since", "their first FA Cup final since", "the most since"), whatever the parser hung
    the signal on."""
    for tok in reversed(signal.doc[max(0, signal.i - 8):signal.i]):
        if tok.text in ("-", "\u2010", "\u2011"):
            continue  # the hyphen of "its biggest one-day drop since April"
        if tok.pos_ in ("VERB", "AUX", "PUNCT") and tok.lower_ != "most":
            return False  # why not at a preposition: "its first win over City in the league since"
        if tok.tag_ in ("JJS", "RBS") or tok.lower_ in ("first", "last", "only"):
            return True
    return False


def _signal_relation(root, t: Timex, lexicon) -> tuple[str, str | None]:
    """The signal word that links the expression to its governor ("" when none) and the relType
    it gives."""
    signal = ""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        signal = root.head.lower_
    elif any(c.lower_ == "ago" for c in root.subtree) or root.lower_ == "ago":
        signal = "ago"
    rel = lexicon.time_signals.get(signal)
    if signal == "since" and _after_superlative(root.head):
        rel = "AFTER"  # "rose to their highest level since November": after it, not from it
    if signal == "for" and t.type in ("DATE", "TIME"):
        # why: "for" measures an event by a duration ("for two years") but frames it by a
        # date ("scheduled for Saturday", "profit for the third quarter"): of such links the
        # TBAQ gold closure held 14 IS_INCLUDED against 4 SIMULTANEOUS (awareness gold
        # entities +0.0006)
        rel = "IS_INCLUDED"
    return signal, rel


def _governor(root, signal: str, rel: str | None, by_token):
    """The token the expression dates and the relType, climbing out of a noun phrase ("the
    parade in July") or a verb's modifier by at most two steps."""
    gov = root.head.head if signal and signal != "ago" else root.head
    if not signal and _distance_word(root) is not None and root.head.dep_ == "advcl":
        # why: "[a month] after Qantas suspended flights" measures the clause's event off the verb
        # the clause hangs on; the date is that verb's, not the clause's
        return root.head.head, rel
    for _ in range(2):
        if gov.i in by_token or gov.head == gov:
            break
        if signal in SPAN_SIGNALS:
            # why: a span hung on a noun measures the noun ("the worst drought since 1988"),
            # not the verb above it, which only comes after the date
            if signal != "since":
                break
            rel = "AFTER"
        measured = root.dep_ == "npadvmod" and root.head.i == gov.i
        if gov.dep_ == "prep" and gov.lower_ in _CROSSED_SIGNALS and signal != gov.lower_ and not measured:
            # why: the date is the object's, which the signal orders the verb against ("had
            # governed since independence in 1966": from 1966 on, not within it); not when the
            # date measures the signal ("separated [a month] after her birth", resolved to the
            # month it names: within it)
            rel = _CROSSED_SIGNALS[gov.lower_]
        if gov.dep_ in ("prep", "pobj", "npadvmod", "nmod", "compound"):
            gov = gov.head
    return gov, rel


# a signal between the verb and a noun the date is in: the verb's start or end against the date
_CROSSED_SIGNALS = {"since": "STARTS_ON_OR_AFTER", "after": "STARTS_ON_OR_AFTER", "following": "STARTS_ON_OR_AFTER",
                    "before": "ENDS_ON_OR_BEFORE", "until": "ENDS_ON_OR_BEFORE", "till": "ENDS_ON_OR_BEFORE"}


_DISTANCE_WORDS = {"after": "BEFORE", "following": "BEFORE", "before": "AFTER"}


def _bounds_a_time(root, timexes) -> bool:
    """The date ends or starts another time expression ("the fiscal third quarter [ended] Feb.
    28", "the year [ending] June 30"): it dates the period, not the event above it."""
    verb = root.head
    if verb.lemma_.lower() not in ("end", "begin", "start") or verb.dep_ != "acl":
        return False
    return any(t.start <= verb.head.idx < t.end for t in timexes)


def _distance_word(root):
    """The 'after' or 'before' an expression measures ("a month [after] her birth", "ten days
    [before] the shooting", "a week [after] Qantas suspended flights"), or None."""
    if root.dep_ != "npadvmod":
        return None
    head = root.head
    if head.dep_ == "prep" and head.lower_ in _DISTANCE_WORDS and head.i > root.i:
        return head
    return next((c for c in head.children if c.dep_ == "mark" and c.lower_ in _DISTANCE_WORDS and c.i > root.i), None)


def measured_anchor_links(governed, by_token) -> list[Relation]:
    """The event a date is counted from, against the date: "separated [a month] after her birth"
    resolved to January 1816 puts the birth BEFORE January (TBAQ gold: "a week after the
    anniversary", "the day after his death", "10 days before the murder" are linked so)."""
    out = []
    for t, root, *_ in governed:
        word = _distance_word(root) if t.type in ("DATE", "TIME") else None
        if word is None:
            continue
        anchor = root.head if word.dep_ == "mark" else next((c for c in word.children if c.dep_ == "pobj"), None)
        if anchor is not None and anchor.i in by_token:
            out.append(Relation(source=by_token[anchor.i].id, target=t.id, type=_DISTANCE_WORDS[word.lower_],
                                origin="event-time:measured-from", confidence=0.85))
    return out


def _fronted_clause(root, gov, by_token):
    """The fronted participle clause a date stands in, when the parser hung the date on the main
    verb ("Born in Toledo on March 3, 1931, Hale graduated in 1952": 'Born', not 'graduated')."""
    if root.i > gov.i:
        return gov
    subject = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < root.i:
        return gov
    fronted = [c for c in gov.children if c.dep_ == "advcl" and c.i < root.i and c.i in by_token
               and c.tag_ in ("VBN", "VBG")]
    return fronted[-1] if fronted else gov


# verbs whose object is the event's own length ("spent five years in Paris", "took three hours")
_LENGTH_OBJECT_VERBS = frozenset({"spend", "take", "last", "wait", "serve", "span", "run"})


def _length_as_object(root, t: Timex, gov) -> bool:
    """A length that is what the verb is about, not when it happens: "faces up to 20 years in
    prison", "offers 12 months of free service" (it had put the facing in a 20-year window)."""
    return t.type == "DURATION" and root.dep_ == "dobj" and gov.lemma_.lower() not in _LENGTH_OBJECT_VERBS


def _report_of_its_object(gov, signal: str, by_token):
    """The report whose object the parser hung an 'on' day on: "reported a 40% rise in
    first-quarter profit on [Tuesday]" tells on Tuesday of a rise in the quarter (the rise had
    been put on Tuesday, and its quarter rejected)."""
    head = gov.head
    if (signal == "on" and gov.dep_ == "dobj" and gov.pos_ == "NOUN" and head.i in by_token
            and by_token[head.i].event_class == "REPORTING"):
        return head
    return gov


# words that put a figure against an earlier one: the date after them is the earlier figure's
_COMPARING = frozenset({"compared", "than", "versus", "vs", "vs."})
# words a relative date ends in when it names the comparison point ("from a year earlier")
_RELATIVE_POINT = frozenset({"earlier", "ago", "before"})
# the units of a figure a comparison point may hang on ("from $294 [million] a year earlier")
_FIGURE_UNITS = frozenset({"million", "billion", "trillion", "thousand", "%", "percent", "cents", "points"})


def _comparison_point(root, gov) -> bool:
    """A date that tells when the figure compared with was, not when the event was: "rose to $412
    million, from $294 million [a year earlier]", "fell 5% from [a year ago]", "compared with
    $3 billion [last year]" (the rise had been dated in last year and in this quarter at once)."""
    path, tok = [], root.head
    while tok.i != gov.i and tok.head.i != tok.i and len(path) < 6:
        path.append(tok)
        tok = tok.head
    words = {p.lower_ for p in path}
    figure = any(p.pos_ == "NUM" or (p.pos_ == "NOUN" and any(c.tag_ == "CD" for c in p.children)
                                     and p.lower_ in _FIGURE_UNITS) for p in path)
    relative = any(c.lower_ in _RELATIVE_POINT for c in root.subtree)
    return bool(words & _COMPARING) or ("from" in words and (figure or relative))


def not_placing(governed, by_token) -> set[tuple[str, str]]:
    """(event, timex) pairs where the date does not place the event, for the learned links too: a
    comparison point and the event whose figure it compares with, a date of a noun a signal
    orders the event against ("stayed shut until repairs in late May")."""
    crossed = set(_CROSSED_SIGNALS.values())
    return {(by_token[gov.i].id, t.id) for t, root, signal, rel, gov, _ in governed
            if gov.i in by_token and (_comparison_point(root, gov) or (
                rel in crossed and signal not in _CROSSED_SIGNALS and signal not in ("from", "by")))}


def lengths_as_objects(parsed, events: list[Event], timexes: list[Timex]) -> set[tuple[str, str]]:
    """(event id, timex id) of each length that is its verb's object, for the learned links too."""
    at = {e.start: e.id for e in events}
    pairs = set()
    for t in timexes:
        root = _timex_root(parsed, t) if t.type == "DURATION" else None
        if root is not None and _length_as_object(root, t, root.head) and root.head.idx in at:
            pairs.add((at[root.head.idx], t.id))
    return pairs


def governed_times(parsed, by_token, timexes, lexicon) -> list[tuple]:
    """(timex, its root token, signal, relType, the token it dates, the verb the date was moved
    off or None) of each expression the parse holds: read once per document by
    event_time_links, told_of, not_placing and dates_moved_off."""
    out = []
    for t in timexes:
        root = _timex_root(parsed, t)
        if root is not None:
            out.append((t, root, *_dated_token(parsed, root, t, by_token, lexicon)))
    return out


def event_time_links(parsed, by_token, timexes, lexicon, governed=None) -> list[Relation]:
    """The event that governs a time expression in the parse, through a signal or directly
    (governed: governed_times of the same expressions, when the caller has it)."""
    out = []
    if governed is None:
        governed = governed_times(parsed, by_token, timexes, lexicon)
    lists = date_lists(governed)
    listed = {m.id for members in lists.values() for m in members}
    for t, root, signal, rel, gov, _ in governed:
        if _length_as_object(root, t, gov) or _comparison_point(root, gov):
            continue
        if t.type == "DURATION" and _distance_word(root) is not None:
            continue  # a length between two events: gap_links state it
        gov = _report_of_its_object(gov, signal, by_token)
        event = by_token.get(gov.i)
        span_end = _range_end_of(parsed, t, root) if t.type in ("DATE", "TIME") else None
        if t.id in listed:
            # why: "won the title in 2020, 2022, 2023 and 2024" tells one kind of happening again
            # and again: within the first and the last (dated in each, all but the first had
            # been rejected as conflicts)
            ranged = (event or _event_above(root, by_token)) if t.id in lists else None
            if ranged is not None:
                out += [_range_link(ranged.id, t.id, "first", 0.9),
                        _range_link(ranged.id, lists[t.id][-1].id, "second", 0.9)]
        elif span_end is not None:
            # why: each end of a range bounds one end of the event ("between 2016 and 2021",
            # "from March to June"); read as one date, the first end contradicted the second
            ranged = event or _event_above(root, by_token)
            if ranged is not None:
                out.append(_range_link(ranged.id, t.id, span_end, 0.9))
        elif event is None and t.type in ("DATE", "TIME") and signal in _WITHIN_SIGNALS \
                and not _bounds_a_time(root, timexes):
            # why: a date deeper in the clause ("in a speech on Monday") still dates the nearest
            # event above it; the TBAQ gold links such pairs IS_INCLUDED
            event = _event_above(root, by_token)
            if event is not None:
                out.append(Relation(source=event.id, target=t.id, type="IS_INCLUDED", origin="event-time:ancestor",
                                    confidence=0.5))
        elif event is not None and _schedules(signal, gov, lexicon):
            out += _scheduled_links(gov, event, t, by_token)
        elif event is not None and _forecast_period(signal, gov, t, lexicon):
            out += _forecast_links(gov, t, by_token)
        elif event is not None and rel is not None and root.i != gov.i:
            out.append(Relation(source=event.id, target=t.id, type=rel, origin=f"event-time:signal:{signal or 'direct'}",
                                confidence=0.9 if signal else 0.85))
    return _hyphen_ranges(parsed.text, timexes, _nearest_first(_about_periods(out, timexes), timexes, by_token))


# why: of two dates a broken parse hangs on one event ("will more than double tariffs ... on
# Friday, the office said on Wednesday": both on 'said'), the one next to it is its own; the
# farther one enters a little later, so the solver rejects it rather than the nearer one
_FARTHER_BY = 0.01


def _nearest_first(links: list[Relation], timexes: list[Timex], by_token) -> list[Relation]:
    """An event's several signal links to dates and times: the nearest date's first."""
    by_id = {t.id: t for t in timexes}
    at = {event.id: event.start for event in by_token.values()}
    placing = [r for r in links if r.origin in _PLACING and r.type == "IS_INCLUDED" and r.source in at
               and by_id[r.target].type in ("DATE", "TIME")]
    nearest = {}
    for r in placing:
        distance = abs(by_id[r.target].start - at[r.source])
        if r.source not in nearest or distance < nearest[r.source][0]:
            nearest[r.source] = (distance, r.target)
    farther = {r for r in placing if nearest[r.source][1] != r.target}
    return [r.model_copy(update={"confidence": round(r.confidence - _FARTHER_BY, 4)}) if r in farther else r
            for r in links]


def _about_periods(links: list[Relation], timexes: list[Timex]) -> list[Relation]:
    """Without the 'for' links of events another date places: "reported a profit for [the third
    quarter] on [Thursday]" reports on Thursday about the quarter."""
    by_id = {t.id: t for t in timexes}
    dated = {r.source for r in links if r.origin in _PLACING and by_id[r.target].type in ("DATE", "TIME")}
    return [r for r in links if not (r.origin == "event-time:signal:for" and r.source in dated
                                     and by_id[r.target].type in ("DATE", "TIME"))]


_PLACING = frozenset(f"event-time:signal:{s}" for s in ("on", "at", "direct"))


def _hyphen_ranges(text: str, timexes: list[Timex], links: list[Relation]) -> list[Relation]:
    """An event dated by one end of "[July]-[September]" lies within both: its start on or after
    the first, its end on or before the second (one link to the first end alone put "revenue in
    the July-September period rose" in July)."""
    ordered = sorted((t for t in timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    ends = {}
    for first, second in zip(ordered, ordered[1:]):
        if _RANGE_DASH.fullmatch(text[first.end:second.start]):
            ends[first.id] = ends[second.id] = (first, second)
    if not ends:
        return links
    out = []
    for r in links:
        if r.target not in ends or r.type != "IS_INCLUDED":
            out.append(r)
            continue
        first, second = ends[r.target]
        out += [_range_link(r.source, first.id, "first", r.confidence),
                _range_link(r.source, second.id, "second", r.confidence)]
    return out


def _range_link(event: str, end: str, which: str, confidence: float) -> Relation:
    """An event against one end of a range: it starts on or after the first, ends by the second."""
    return Relation(source=event, target=end, origin="event-time:signal:range", confidence=confidence,
                    type="STARTS_ON_OR_AFTER" if which == "first" else "ENDS_ON_OR_BEFORE")


_RANGE_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


NOMINAL_DEPS = frozenset({"appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr"})
RANGE_OPENERS = ("between", "from")
RANGE_CLOSERS = ("to", "through")


def _event_above(root, by_token) -> Event | None:
    """The nearest event above the expression in the parse."""
    anc = root.head
    while anc.i not in by_token and anc.head != anc and not (anc.pos_ == "ADJ" and anc.dep_ not in NOMINAL_DEPS):
        # why: an adjective holds its own date ("the jobs report, due on Friday"), unless it
        # stands for a noun ("aftershocks followed the quake, the strongest at 3:05 a.m.")
        if anc.dep_ == "relcl":
            # why: a relative clause's time is its own ("hear from anyone who was in the area
            # between 2am and 3am" had dated 'hear', the main verb, at 3am)
            return None
        anc = anc.head
    return by_token.get(anc.i) if anc.i != root.i else None


def _range_end(root) -> str | None:
    """'first' or 'second' when the expression is an end of a range its preposition opens
    ("between [2016] and [2021]", "from [March] to [June]"), else None."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in RANGE_OPENERS:
        closed = any(c.dep_ == "conj" for c in root.children) or (prep.lower_ == "from" and any(
            p.dep_ == "prep" and p.lower_ in RANGE_CLOSERS + ("until", "till") for p in prep.head.children))
        return "first" if closed else None
    if root.dep_ == "conj" and prep.dep_ == "pobj" and prep.head.lower_ in RANGE_OPENERS:
        return "second"
    # "until" keeps its own reading (the event ends then, ENDED_BY)
    if root.dep_ == "pobj" and prep.lower_ in RANGE_CLOSERS:
        return "second" if any(p.dep_ == "prep" and p.lower_ == "from" for p in prep.head.children) else None
    return None


def _range_end_of(parsed, t: Timex, root) -> str | None:
    """_range_end of the expression's root or, failing that, of another of its words the parse
    hangs outside it: "between March and [May last year]" ends in 'May', rooted at 'year'."""
    end = _range_end(root)
    span = parsed.char_span(t.start, t.end, alignment_mode="expand") if end is None else None
    for tok in span if span is not None else ():
        if tok.i != root.i and not span.start <= tok.head.i < span.end:
            end = end or _range_end(tok)
    return end


# the signals of a date that places its event within it
_WITHIN_SIGNALS = ("", "in", "on", "at", "during")


def date_lists(governed) -> dict[str, list[Timex]]:
    """The first date of each list of two or more dates under one placing signal, in order and
    apart ("in 2020, 2022 and 2024", "on Friday and Saturday") -> the list's dates; not a date
    told again in other words ("on Tuesday, March 3", the same day)."""
    at = {root.i: (t, signal, root) for t, root, signal, *_ in governed if t.type in ("DATE", "TIME")}
    lists = {}
    for t, signal, tok in at.values():
        if signal not in _WITHIN_SIGNALS or (tok.dep_ in ("conj", "appos") and tok.head.i in at):
            continue
        members = [t]
        while (tok := next((c for c in tok.children if c.dep_ in ("conj", "appos") and c.i in at), None)) is not None:
            members.append(at[tok.i][0])
        if len(members) > 1 and all(a.interval is not None and b.interval is not None
                                    and a.interval.end <= b.interval.start for a, b in zip(members, members[1:])):
            lists[t.id] = members
    return lists


# words for a share of a time ("most of 1968", "much of the year", "all of last week")
_PORTIONS = frozenset({"most", "much", "part", "all", "rest", "half", "remainder", "bulk", "majority"})


def _dated_token(parsed, root, t: Timex, by_token, lexicon):
    """(signal, relType, token, perfect) of the expression: the word it dates through its signal,
    and the present perfect the parser had hung it on when that is not the word (else None)."""
    signal, rel = _signal_relation(root, t, lexicon)
    portion = root.head.head if signal == "of" else None
    if portion is not None and portion.lower_ in _PORTIONS and t.type in ("DATE", "TIME"):
        # why: "spent most of 1968 in the Latin Quarter" falls within 1968; the share word, not
        # an event, had stopped the climb to the verb
        return signal, "IS_INCLUDED", portion.head, None
    first = parsed.char_span(t.start, t.end, alignment_mode="expand")[0]
    mark = parsed[first.i - 1] if first.i > 0 else None
    if mark is not None and mark.dep_ == "mark" and mark.lower_ in lexicon.time_signals and time_then_clause(
            mark.head, mark, frozenset(range(first.i, root.i + 1))):
        # "sounded shortly after midnight and the all-clear was given": 'after midnight' dates 'sounded'
        return mark.lower_, lexicon.time_signals[mark.lower_], mark.head.head, None
    gov, rel = _governor(root, signal, rel, by_token)
    if gov.i not in by_token and gov.pos_ in ("VERB", "AUX"):
        # why: "In March, the rocket had to be destroyed": a verb that is no event ('had to',
        # 'used to') passes its date to the event it governs
        gov = next((c for c in gov.children if c.dep_ == "xcomp" and c.i in by_token), gov)
    if gov.i not in by_token and gov.lemma_ == "be":
        # why: "It was Arsenal's first win over City since 2015": the copula passes the date to
        # the happening it names (the learned link had put the win in 2015)
        gov = next((c for c in gov.children if c.dep_ == "attr" and c.i in by_token), gov)
    clause = _clause_before_a_perfect(root, signal, gov, by_token) or _subjects_clause(root, gov, by_token)
    moved_off = gov if clause is not None else None
    return signal, rel, _fronted_clause(root, clause or gov, by_token), moved_off


def time_then_clause(clause, mark, times: frozenset[int]) -> bool:
    """A clause the parser opened with the preposition of a time (times: the time's tokens):
    "sounded shortly [after] midnight and the all-clear was given" read as 'after midnight and the
    all-clear were given'; the preposition takes the time, the clause is the next action told."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and mark.i + 1 in times and subjects[0].i in times and (
        len(subjects) > 1 or any(c.dep_ in ("cc", "conj") for c in subjects[0].children))


def _clause_before_a_perfect(root, signal: str, gov, by_token):
    """The relative clause a date stands in when the parser hung it on a present perfect after
    it: a present perfect takes no past date ("cases linked to an outbreak that began in late
    January have climbed to 412": the beginning is in January)."""
    if signal not in ("in", "on", "at") or root.i > gov.i or not _present_perfect(gov):
        return None
    clause = [tok for tok in gov.doc[gov.sent.start:root.i] if tok.i in by_token and tok.dep_ in ("relcl", "acl")]
    return clause[-1] if clause else None


def _subjects_clause(root, gov, by_token):
    """The relative clause on the verb's subject a date ends when the parser hung the date on the
    verb after it: "Two contractors who pleaded guilty [last year] testified", "officers injured
    [last week] returned to work" (the testifying had been put in last year). A comma between
    the clause and the date ("The company, which makes chips, on Monday said") leaves it alone."""
    if root.i > gov.i:
        return None
    subject = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None)
    clause = [c for c in subject.children if c.dep_ in ("relcl", "acl") and c.i < root.i and c.i in by_token] \
        if subject is not None else []
    if not clause or any(tok.is_punct for tok in gov.doc[clause[-1].i:root.i]):
        return None
    return clause[-1]


def dates_moved_off(governed, by_token) -> set[tuple[str, str]]:
    """(event, date) pairs whose date went to a relative clause before the event (a present
    perfect's, a subject's): the learned links would put the date back on the event."""
    return {(by_token[moved.i].id, t.id) for t, _, _, _, _, moved in governed
            if moved is not None and moved.i in by_token}


def _present_perfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                                      for c in verb.children)


def _forecast_period(signal: str, verb, t: Timex, lexicon) -> bool:
    """'forecast sales of $2 billion for fiscal 2014': the date is the period the figure is about."""
    return signal == "for" and t.type in ("DATE", "TIME") and verb.lemma_.lower() in lexicon.forecasting_verbs


def _forecast_links(verb, t: Timex, by_token) -> list[Relation]:
    """The forecast figure's happening ('sales', 'deliveries') lies in the period; the forecast
    itself keeps its own time (its tense: a forecast made before publication)."""
    return [Relation(source=by_token[c.i].id, target=t.id, type="IS_INCLUDED",
                     origin="event-time:signal:forecast-for", confidence=0.9)
            for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i in by_token]


# what a forecast tells of: its complement or its object
_TOLD_DEPS = frozenset({"xcomp", "ccomp", "dobj"})


def told_of(parsed, by_token, governed, links: list[Relation], lexicon) -> set[tuple[str, str]]:
    """(event, what it tells of) pairs whose learned links hang the teller on the told: the
    period of a forecast figure ("forecast sales for fiscal 2014"), the date of a forecast's
    complement ("Temperatures were forecast to reach 44 degrees on Sunday": Sunday is the
    reaching's), a forecast figure itself ("More rain is forecast for Tuesday": the
    learned order had put the rain before the forecast). A learned event-time link had put the
    forecast on Sunday, or in 2014."""
    out = set()
    for t, _, signal, _, gov, _ in governed:
        if gov.i in by_token and _forecast_period(signal, gov, t, lexicon):
            out.add((by_token[gov.i].id, t.id))
    token_of = {e.id: i for i, e in by_token.items()}
    own = {(r.source, r.target) for r in links}
    for r in links:
        tok = parsed[token_of[r.source]] if r.source in token_of else None
        if tok is not None and r.origin == "event-time:signal:forecast-for" and tok.head.i in by_token:
            out |= {(by_token[tok.head.i].id, r.source), (r.source, by_token[tok.head.i].id)}
        for _ in range(2):
            if tok is None or tok.dep_ not in _TOLD_DEPS:
                break
            tok = tok.head
            teller = by_token.get(tok.i)
            # why a forecast's only: with any report's or intention's complement still to come
            # ("said the storm would hit on Sunday") awareness 5-fold 0.4179 -> 0.4177, with every
            # complement ("said the bank closed on Monday", often told that day) 0.4174 -> 0.4171
            if teller is not None and (teller.id, r.target) not in own \
                    and tok.lemma_.lower() in lexicon.forecasting_verbs:
                out.add((teller.id, r.target))
    return out


def _schedules(signal: str, verb, lexicon) -> bool:
    """'set sentencing for Feb. 12', 'postponed the vote until March': the date is what the
    verb schedules or moves, not the verb's own."""
    lemma = verb.lemma_.lower()
    return (signal == "for" and lemma in lexicon.scheduling_verbs) or (
        signal in ("to", "until") and lemma in lexicon.moving_verbs)


def _scheduled_links(verb, event: Event, t: Timex, by_token) -> list[Relation]:
    """'set sentencing for Feb. 12', 'the vote, scheduled for Saturday': the date is the
    scheduled thing's; the scheduling comes before it."""
    out = [Relation(source=event.id, target=t.id, type="BEFORE", origin="event-time:signal:scheduled-for",
                    confidence=0.9)]
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        things.append(verb.head)
    for thing in things:
        if thing.i in by_token:
            out.append(Relation(source=by_token[thing.i].id, target=t.id, type="IS_INCLUDED",
                                origin="event-time:signal:scheduled-for", confidence=0.9))
    return out


INHERIT_DEPS = ("xcomp", "dobj", "nsubj", "nsubjpass")
# why: "for" + a date on a forecast's object names the period the figure is about ("forecast
# sales of $2 billion for fiscal 2014"), not the day of the forecast. Tried: under every verb
# ("approved funding for 2015"): awareness 5-fold 0.4172 -> 0.4171
_ABOUT_ORIGINS = frozenset({"event-time:signal:for", "event-time:signal:forecast-for"})


def _has_subject(tok) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _still_ahead_of(event: Event, anchored: Event | None, tok) -> bool:
    """A conjoined verb told as still to come after a dated one told as done: "stopped production
    on [Monday] and would restart it once inspectors approved" (the restart had been put on Monday)."""
    return (tok.dep_ == "conj" and anchored is not None and told_as_past(anchored)
            and (event.modality is not None or event.tense == "FUTURE"))


def _dependents(tok):
    """Events that happen in the time of `tok`: purpose clauses, objects, subjects, 'where'
    clauses, a verb conjoined without a subject of its own."""
    for child in tok.children:
        if child.dep_ in INHERIT_DEPS:
            yield child
        elif child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and not _has_subject(child):
            # why: a second verb sharing the first's subject shares its day ("on Tuesday
            # condemned the bombings and offered condolences"); with its own subject it may
            # be another day's (awareness gold entities 0.3805 -> 0.3807, 5-fold 0.4175 -> 0.4179;
            # every conjoined verb: 0.3806 / 0.4177)
            yield child
        elif child.dep_ == "advcl" and any(c.lower_ == "to" for c in child.children):
            yield child
        elif child.dep_ == "prep":
            for rel in child.subtree:
                if rel.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in rel.children):
                    yield rel


def told_as_past(e: Event) -> bool:
    """The past tense or the present perfect ('has left'): told as done before publication."""
    return e.tense == "PAST" or (e.tense == "PRESENT" and e.aspect == "PERFECTIVE")


def wholly_ahead(t: Timex, published) -> bool:
    """The time starts on a day after the publication's. Why not merely after the instant: a
    publication given as a date (TBAQ's DCTs, at midnight) may tell that day's evening as done ("The
    men appeared in the store around [7:15 p.m.]"; "in a rally [Saturday]" on a Saturday's paper)."""
    if published is None or t.interval is None:
        return False
    next_day = published.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    return t.interval.start >= next_day


def _not_the_verbs(verb: Event, t: Timex, published) -> bool:
    """A date of the object that is not the verb's: one still ahead of a verb told as done ("has
    scheduled talks on [Aug. 28]"), or a period a report tells about ("reported a rise in
    [first-quarter] profit": the report follows the quarter)."""
    if t.interval is None:
        return False
    ahead = wholly_ahead(t, published) and told_as_past(verb)
    period = verb.event_class == "REPORTING" and t.interval.end - t.interval.start > timedelta(days=1)
    return ahead or period


def inherited_time_links(parsed, by_token, direct: list[Relation], timexes: list[Timex],
                         forecasting: frozenset[str] = frozenset(), published=None) -> list[Relation]:
    """'sent in July to attend a parade': the purpose, object and setting share the anchor;
    forecasting: the verbs whose object's 'for' period is not theirs."""
    anchored = {r.source for r in direct}
    starts = {t.id: t.start for t in timexes}
    by_id = {t.id: t for t in timexes}
    out = []
    for r in direct:
        if r.type != "IS_INCLUDED":
            continue
        tok = next(parsed[i] for i, e in by_token.items() if e.id == r.source)
        verb = tok.head
        if (tok.dep_ == "dobj" and tok.pos_ == "NOUN" and verb.i in by_token and by_token[verb.i].id not in anchored
                and starts[r.target] > tok.idx
                and not (r.origin in _ABOUT_ORIGINS and verb.lemma_.lower() in forecasting)
                and not _not_the_verbs(by_token[verb.i], by_id[r.target], published)):
            # why: a date the parser hung on the object ("ordered the evacuation of the
            # parishes on Tuesday") dates the verb as well; not one that names which object
            # it is ("link the 2019 data breach to a contractor")
            anchored.add(by_token[verb.i].id)
            out.append(Relation(source=by_token[verb.i].id, target=r.target, type="IS_INCLUDED",
                                origin="event-time:inherited:object-of", confidence=0.45))
        frontier = [tok]
        source = by_token.get(tok.i)
        for _ in range(2):
            nxt = []
            for t in frontier:
                for d in _dependents(t):
                    ev = by_token.get(d.i)
                    if ev is not None and ev.id not in anchored and not _still_ahead_of(ev, source, d):
                        anchored.add(ev.id)
                        nxt.append(d)
                        out.append(Relation(source=ev.id, target=r.target, type="IS_INCLUDED",
                                            origin=f"event-time:inherited:{d.dep_}", confidence=0.5))
            frontier = nxt
    return out


# why under the offset's own link (0.85) and the dates': the gap's ends are TimeML's reading of
# the count (the TBAQ gold links "blocked" BEGINS and "resumed" ENDS "nearly two months" in
# "resumed work nearly two months after his team was blocked"), the distance is the offset's
GAP_CONFIDENCE = 0.5


def gap_links(offsets: list[Relation]) -> list[Relation]:
    """A counted gap between two events as TimeML tells it: "resumed work two months after the
    team was blocked": the event counted from BEGINS the duration, the event placed ENDS it."""
    out = []
    for r in offsets:
        if r.origin != "event-event:offset" or r.offset is None or r.offset.timex is None:
            continue
        later, earlier = (r.source, r.target) if r.type == "STARTS_AFTER" else (r.target, r.source)
        out += [Relation(source=earlier, target=r.offset.timex, type="BEGINS", origin="event-time:gap",
                         confidence=GAP_CONFIDENCE),
                Relation(source=later, target=r.offset.timex, type="ENDS", origin="event-time:gap",
                         confidence=GAP_CONFIDENCE)]
    return out


# what may follow a live blog's time stamp before the entry's first sentence
_STAMP_TAIL = re.compile(r"[ \t]*(?:[-\u2013\u2014:|.][ \t]*)?(?=[A-Z\"\u201c])")


def stamp_links(text: str, by_token, timexes: list[Timex]) -> list[Relation]:
    """A time that opens a paragraph and stands before its first sentence is a live blog's stamp
    ("9:10 p.m. The Associated Press called the race ..."): what the entry tells as done ended by
    then, what it tells in the present holds then ("10:20 p.m. Georgia remains too close to
    call"). Without it the entries' past tenses were only 'before publication'."""
    starts = [0] + [m.end() for m in BLOCK_BREAK.finditer(text)]
    ends = starts[1:] + [len(text)]
    out = []
    for t in timexes:
        block = next(((a, b) for a, b in zip(starts, ends) if a <= t.start < b), None)
        if t.type != "TIME" or block is None or text[block[0]:t.start].strip() or not _STAMP_TAIL.match(text, t.end):
            continue
        for event in by_token.values():
            if not block[0] <= event.start < block[1] or event.modality is not None:
                continue
            if told_as_past(event):
                out.append(Relation(source=event.id, target=t.id, type="ENDS_ON_OR_BEFORE",
                                    origin="event-time:stamp", confidence=0.7))
            elif event.tense == "PRESENT" and event.aspect == "NONE":
                out.append(Relation(source=event.id, target=t.id, type="INCLUDES", origin="event-time:stamp",
                                    confidence=0.7))
    return out
