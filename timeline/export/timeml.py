"""TimeML output that the official TempEval-3 toolkit reads.

The <TEXT> content is the input text, escaped as the TempEval-3 gold is (&amp; &lt; &gt;), so
that with the tags stripped it is character-identical to the gold's. Time expressions and events
are written inline at their character offsets; the DCT is `t0`; MAKEINSTANCE, TLINK and ALINK
(an aspectual verb and the event it begins or ends) follow </TEXT>. Ids are renumbered (`t1`..,
`e1`.., `ei1`.., `l1`.., `la1`..) in text order whatever the model ids are, and every attribute
value is one the TimeML schema allows: the toolkit rejects a whole run for one invalid value, so
an unknown value is replaced by the schema's neutral one.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..events.aspectual import alink_type, is_aspectual
from ..models import Event, Timeline, Timex
from ..models.event import EVENT_CLASSES, REL_TYPES
from ..solver.dct_day import day_links, publication_day

DCT_ID = "t0"
DCT_ALIASES = frozenset({DCT_ID, "dct", "DCT"})  # ids by which relations may name the DCT

TENSES = ("FUTURE", "INFINITIVE", "PAST", "PASTPART", "PRESENT", "PRESPART", "NONE")
ASPECTS = ("PROGRESSIVE", "PERFECTIVE", "PERFECTIVE_PROGRESSIVE", "NONE")
POLARITIES = ("POS", "NEG")
POS_TAGS = ("ADJECTIVE", "NOUN", "VERB", "PREPOSITION", "OTHER")
# spaCy's universal tags, should the events stage pass them through
_UPOS = {"ADJ": "ADJECTIVE", "NOUN": "NOUN", "PROPN": "NOUN", "VERB": "VERB", "AUX": "VERB",
         "ADP": "PREPOSITION"}

HEADER = ('<?xml version="1.0" ?>\n'
          '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n')


def escape_text(text: str) -> str:
    """Character data escaped as in the TempEval-3 gold (a bare CR is kept as a reference)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(value: str) -> str:
    return escape_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _attrs(pairs: list[tuple[str, str]]) -> str:
    return " ".join(f'{name}="{escape_attr(value)}"' for name, value in pairs)


def _pick(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    value = (value or "").upper()
    return value if value in allowed else default


def _pos(value: str | None) -> str:
    value = (value or "").upper()
    return value if value in POS_TAGS else _UPOS.get(value, "OTHER")


@dataclass(frozen=True)
class _Placed:
    start: int
    end: int
    open_tag: str
    close_tag: str


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _select(items, length: int, taken: list[tuple[int, int]]):
    """Items inside the text, in text order, overlapping nothing taken before (longest wins a tie)."""
    kept = []
    for item in sorted(items, key=lambda x: (x.start, -(x.end - x.start))):
        if not (0 <= item.start < item.end <= length):
            continue
        if any(_overlaps(item.start, item.end, s, e) for s, e in taken):
            continue
        taken.append((item.start, item.end))
        kept.append(item)
    return kept


def _layout(timeline: Timeline) -> tuple[list[Timex], list[Event]]:
    """The tags that can be written inline: timexes first; an event overlapping a timex is dropped."""
    taken: list[tuple[int, int]] = []
    timexes = _select(timeline.timexes, len(timeline.text), taken)
    events = _select(timeline.events, len(timeline.text), taken)
    return timexes, events


def _inline(text: str, placed: list[_Placed]) -> str:
    parts, cursor = [], 0
    for p in sorted(placed, key=lambda p: p.start):
        parts += [escape_text(text[cursor:p.start]), p.open_tag, escape_text(text[p.start:p.end]), p.close_tag]
        cursor = p.end
    parts.append(escape_text(text[cursor:]))
    return "".join(parts)


def _timex_tag(timex: Timex, tid: str) -> _Placed:
    pairs = [("tid", tid), ("type", timex.type), ("value", timex.value)]
    if timex.mod:
        pairs.append(("mod", timex.mod))
    return _Placed(timex.start, timex.end, f"<TIMEX3 {_attrs(pairs)}>", "</TIMEX3>")


def _event_tag(event: Event, eid: str) -> _Placed:
    pairs = [("eid", eid), ("class", _pick(event.event_class, EVENT_CLASSES, "OCCURRENCE"))]
    return _Placed(event.start, event.end, f"<EVENT {_attrs(pairs)}>", "</EVENT>")


def _instance(event: Event, eid: str, eiid: str) -> str:
    pairs = [("eiid", eiid), ("eventID", eid), ("tense", _pick(event.tense, TENSES, "NONE")),
             ("aspect", _pick(event.aspect, ASPECTS, "NONE")),
             ("polarity", _pick(event.polarity, POLARITIES, "POS")), ("pos", _pos(event.pos))]
    if event.modality:
        pairs.append(("modality", event.modality))
    return f"<MAKEINSTANCE {_attrs(pairs)} />"


def _tlinks(timeline: Timeline, times: dict[str, str], instances: dict[str, str]) -> list[str]:
    """TLINKs between written tags (or the DCT); links to anything dropped are left out."""

    def endpoint(model_id: str, as_source: bool) -> tuple[str, str] | None:
        if model_id in DCT_ALIASES:
            return ("timeID" if as_source else "relatedToTime"), DCT_ID
        if model_id in instances:
            return ("eventInstanceID" if as_source else "relatedToEventInstance"), instances[model_id]
        if model_id in times:
            return ("timeID" if as_source else "relatedToTime"), times[model_id]
        return None

    # why: the solver's DCT is the publication instant, TimeML's t0 the publication day
    day = publication_day(timeline.document.published, timeline.document.timezone)
    named = [r.model_copy(update={"source": DCT_ID if r.source in DCT_ALIASES else r.source,
                                  "target": DCT_ID if r.target in DCT_ALIASES else r.target})
             for r in timeline.relations]
    lines, seen, count = [], set(), {"TLINK": 0, "ALINK": 0}
    for rel in day_links(timeline.events, timeline.timexes, named, day):
        aspectual = is_aspectual(rel)
        rel_type = alink_type(rel) if aspectual else rel.type.upper()
        source, target = endpoint(rel.source, True), endpoint(rel.target, False)
        if (not aspectual and rel_type not in REL_TYPES) or source is None or target is None \
                or source[1] == target[1] or (aspectual and source[0] != "eventInstanceID"):
            continue
        key = (source[1], target[1], rel_type)
        if key in seen:
            continue
        seen.add(key)
        tag = "ALINK" if aspectual else "TLINK"
        count[tag] += 1
        lid = f"{'la' if aspectual else 'l'}{count[tag]}"
        lines.append(f"<{tag} {_attrs([('lid', lid), ('relType', rel_type), source, target])} />")
    return lines


def render(timeline: Timeline) -> str:
    """The timeline as one TimeML document (TempEval-3 toolkit form)."""
    text = timeline.text
    timexes, events = _layout(timeline)
    # relations name tags by model id; should two tags share one, the first keeps it
    times: dict[str, str] = {}
    instances: dict[str, str] = {}
    for n, t in enumerate(timexes, 1):
        times.setdefault(t.id, f"t{n}")
    for n, e in enumerate(events, 1):
        instances.setdefault(e.id, f"ei{n}")
    placed = [_timex_tag(t, f"t{n}") for n, t in enumerate(timexes, 1)]
    placed += [_event_tag(e, f"e{n}") for n, e in enumerate(events, 1)]
    # the publisher's date, as the TLINKs to t0 read it: the UTC date had put a Saturday-noon
    # Auckland article on Friday
    day = publication_day(timeline.document.published, timeline.document.timezone)[0].date().isoformat()
    dct = _attrs([("tid", DCT_ID), ("type", "DATE"), ("value", day), ("temporalFunction", "false"),
                  ("functionInDocument", "CREATION_TIME")])
    out = [HEADER, "\n",
           f"<DOCID>{escape_text(timeline.document.id)}</DOCID>\n\n",
           f"<DCT><TIMEX3 {dct}>{day}</TIMEX3></DCT>\n\n",
           f"<TEXT>{_inline(text, placed)}</TEXT>\n\n"]
    out += [_instance(e, f"e{n}", f"ei{n}") + "\n" for n, e in enumerate(events, 1)]
    out += [line + "\n" for line in _tlinks(timeline, times, instances)]
    out.append("\n</TimeML>\n")
    return "".join(out)
