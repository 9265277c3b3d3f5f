"""Relation scoring: temporal awareness on TBAQ, start-point order on MATRES, TimeBank-Dense labels.

Temporal awareness (UzZaman & Allen 2011): P = share of the system's links that the gold closure
supports, R = share of the gold links the system closure supports; DURING counts as
SIMULTANEOUS. Closure is the point-algebra closure of the solver's network (qualitative only on
both sides, so metric knowledge does not favour the system). Both graphs are reduced before
counting (`_reduced`: each link the remaining links entail is dropped), as the definition asks,
so a dense but redundant set of links weighs no more than the few links it follows from.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from ..models import Document, Domain, Event, Relation, Timex
from ..models.event import REL_TYPES
from ..events.aspectual import is_aspectual
from ..events.pairs import matres_pairs
from ..solver.dct_day import DCT, INVERSE, day_links, day_relations, entailed_instant_relations, publication_day
from .timeml import TimeMLDocument, read_corpus

TASKS = ("relations", "matres", "tbdense")
# why this order: equal intervals also satisfy INCLUDES and IS_INCLUDED (non-strict bounds), so
# SIMULTANEOUS is asked before them ("today" and "today" were labelled i)
TBD_LABELS = {"b": "BEFORE", "a": "AFTER", "s": "SIMULTANEOUS", "i": "INCLUDES", "ii": "IS_INCLUDED"}
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?$")


def _docs(gold_dir: Path) -> list[TimeMLDocument]:
    gold_dir = Path(gold_dir)
    if any(gold_dir.glob("*.tml")):
        return read_corpus(gold_dir)
    return [d for sub in sorted(p for p in gold_dir.iterdir() if p.is_dir()) for d in read_corpus(sub)]


def _data_root(gold_dir: Path) -> Path:
    for parent in [Path(gold_dir), *Path(gold_dir).resolve().parents]:
        if (parent / "matres").is_dir():
            return parent
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def _interval(value: str):
    """The UTC span of a TIMEX3 calendar value (year, month, day or minute), or None.

    Tried: spans for the gold's quarters, weeks, seasons, parts of day and decades too (about 300
    TBAQ expressions): awareness gold entities 0.3727 -> 0.3708 (AQUAINT 0.3999 -> 0.4020,
    TimeBank 0.3528 -> 0.3477, most of it time-time links TimeBank does not annotate; without
    those links 0.3734 against 0.3747 with the time-time links written last)
    """
    m = _VALUE.match(value or "")
    if not m:
        return None
    y, mo, d, hh, mm = (int(g) if g else None for g in m.groups())
    start = datetime(y, mo or 1, d or 1, hh or 0, mm or 0, tzinfo=timezone.utc)
    if hh is not None:
        end = start.replace(minute=mm) if False else datetime.fromtimestamp(start.timestamp() + 60, timezone.utc)
    elif d is not None:
        end = datetime.fromtimestamp(start.timestamp() + 86400, timezone.utc)
    elif mo is not None:
        end = datetime(y + (mo == 12), mo % 12 + 1, 1, tzinfo=timezone.utc)
    else:
        end = datetime(y + 1, 1, 1, tzinfo=timezone.utc)
    return {"start": start, "end": end}


def document_of(doc: TimeMLDocument) -> Document:
    span = _interval(doc.dct[:10]) if doc.dct else None
    published = span["start"] if span else datetime(2000, 1, 1, tzinfo=timezone.utc)
    return Document(id=doc.docid, text=doc.text, published=published, timezone="UTC")


def gold_entities(doc: TimeMLDocument, parsed) -> tuple[list[Event], list[Timex]]:
    """The gold EVENT and TIMEX3 spans as engine objects, ids kept (e12, t3)."""
    inst = {}
    for i in doc.instances:
        inst.setdefault(i.get("eventID"), i)
    events = []
    for tag in doc.events:
        i = inst.get(tag.attrs.get("eid"), {})
        events.append(Event(id=tag.attrs["eid"], text=tag.text, start=tag.start, end=tag.end,
                            event_class=tag.attrs.get("class", "OCCURRENCE"), tense=i.get("tense", "NONE"),
                            aspect=i.get("aspect", "NONE"), polarity=i.get("polarity", "POS"),
                            modality=i.get("modality")))
    timexes = []
    for tag in doc.timexes:
        kind = tag.attrs.get("type", "DATE")
        timexes.append(Timex(id=tag.attrs["tid"], text=tag.text, start=tag.start, end=tag.end,
                             type=kind if kind in ("DATE", "TIME", "DURATION", "SET") else "DATE",
                             value=tag.attrs.get("value", ""),
                             interval=_interval(tag.attrs.get("value", "")) if kind in ("DATE", "TIME") else None))
    return events, timexes


def run_system(doc: TimeMLDocument, parsed, engine, use_gold: bool, pair_model=None, tlink_model=None):
    """(solution, alias): alias maps gold ids (eid, tid, t0) to the system's entity ids.

    pair_model: the event-pair order model to use (None: none); evaluate_relations passes one
    trained on the other TBAQ part, so no document is scored by a model trained on it.
    """
    from ..events import detect_events
    from ..events.links import propose_links
    from ..solver import solve
    from ..temporal.duration_windows import anchored_windows

    document = document_of(doc)
    if use_gold:
        events, timexes = gold_entities(doc, parsed)
        # the gold's anchored durations get the window the tagger gives its own
        timexes = anchored_windows(document, timexes, news=engine.tagger.domain_for(document) is Domain.NEWS)
    else:
        timexes = engine.tag(document, parsed=parsed)
        events = detect_events(document, parsed, timexes)
    relations = propose_links(document, parsed, events, timexes, pair_model=pair_model, tlink_model=tlink_model)
    solution = solve(document, events, timexes, relations)
    # why: the gold's t0 is the publication day, the solver's DCT the instant
    names = [t.id for t in timexes] + [e.id for e in events]
    bounds = {n: solution.graph.bounds(n) for n in names}
    day = publication_day(document.published, document.timezone)
    to_instant = entailed_instant_relations(solution.graph, names)
    links = day_links(solution.events, timexes, solution.relations, day, bounds, to_instant)
    # TimeBank-Dense asks every entity's relation to t0, not only the linked ones'
    solution = replace(solution, relations=links, day=day_relations(names, bounds, day, to_instant))
    alias = {"t0": "t0"}
    if use_gold:
        alias.update({e.id: e.id for e in events} | {t.id: t.id for t in timexes})
    else:
        for gold, system, key in ((doc.events, events, "eid"), (doc.timexes, timexes, "tid")):
            for g in gold:
                hit = next((s for s in system if s.start < g.end and g.start < s.end), None)
                if hit is not None and key in g.attrs:
                    alias[g.attrs[key]] = hit.id
    return solution, alias


def _norm(rel_type: str) -> str:
    return {"DURING": "SIMULTANEOUS", "DURING_INV": "SIMULTANEOUS", "IDENTITY": "SIMULTANEOUS"}.get(rel_type, rel_type)


def gold_links(doc: TimeMLDocument) -> list[Relation]:
    eid = {i["eiid"]: i.get("eventID") for i in doc.instances}
    out = []
    for link in doc.tlinks:
        src = link.get("timeID") or eid.get(link.get("eventInstanceID", ""))
        tgt = link.get("relatedToTime") or eid.get(link.get("relatedToEventInstance", ""))
        if src and tgt and link.get("relType") and src != tgt:
            out.append(Relation(source=src, target=tgt, type=_norm(link["relType"]), origin="gold"))
    return out


def _graph(names, relations):
    from ..solver import TemporalGraph
    from ..solver.network import Contradiction

    graph = TemporalGraph()
    for n in names:
        graph.add_entity(n)
    for tag, r in enumerate(relations):
        try:
            graph.add_relation(r, tag)
        except (Contradiction, KeyError):
            pass
    return graph


def _entailed_without(net, a: int, b: int, strict: bool, skip: set[int]) -> bool:
    """Is a <= b (a < b) entailed by the edges whose tags are not in skip?"""
    seen, stack = {(a, False)}, [(a, False)]
    while stack:
        node, st = stack.pop()
        for nxt, s, tag in net.out[node]:
            if tag in skip:
                continue
            state = (nxt, st or s)
            if nxt == b and (state[1] or not strict):
                return True
            if state not in seen:
                seen.add(state)
                stack.append(state)
    return False


def _reduced(graph, relations) -> list[Relation]:
    """The links left after dropping, one at a time, each link the remaining ones entail.

    graph holds relations under tags 0..n-1 (as _graph builds it); the closure of what is left
    equals the closure of all, so a redundant link (A<B, B<C, A<C) is counted once, not twice.
    """
    from ..solver.algebra import point_constraints

    dropped: set[int] = set()
    for tag, r in enumerate(relations):
        if r.source not in graph.points or r.target not in graph.points:
            continue
        cons = point_constraints(r.type, graph.points[r.source], graph.points[r.target])
        if all(_entailed_without(graph.net, x, y, st, dropped | {tag}) for x, y, st in cons):
            dropped.add(tag)
    return [r for tag, r in enumerate(relations) if tag not in dropped]


def _awareness(doc, solution, alias) -> tuple[int, int, int, int]:
    back = {v: k for k, v in alias.items()}
    # why: only what the TimeML export writes as TLINKs reaches the official scorer (aspectual
    # links are ALINKs there)
    sys_links = [Relation(source=back[r.source], target=back[r.target], type=_norm(r.type), origin=r.origin)
                 for r in solution.relations if r.source in back and r.target in back and r.type in REL_TYPES
                 and not is_aspectual(r)]
    gold = gold_links(doc)
    names = {"t0"} | {t.attrs.get("tid") for t in doc.timexes} | {e.attrs.get("eid") for e in doc.events}
    names |= {r.source for r in gold + sys_links} | {r.target for r in gold + sys_links}
    g_graph, s_graph = _graph(names, gold), _graph(names, sys_links)
    sys_links, gold = _reduced(s_graph, sys_links), _reduced(g_graph, gold)
    p_ok = sum(g_graph.supports(r) for r in sys_links)
    r_ok = sum(s_graph.supports(r) for r in gold)
    return p_ok, len(sys_links), r_ok, len(gold)


def _f(p, r):
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _pair_label(graph, alias, a, b, day_rel: dict[str, str] | None = None) -> str:
    """TimeBank-Dense label of a vs b from the solved network: b a i ii s or v.

    day_rel: each entity's relation to the publication day (a pair with t0 is read from it).
    """
    if a not in alias or b not in alias:
        return "v"
    a, b = alias[a], alias[b]
    if day_rel is not None and DCT in (a, b) and a != b:
        rel = day_rel.get(a) if b == DCT else INVERSE.get(day_rel.get(b, ""))
        return next((short for short, r in TBD_LABELS.items() if r == rel), "v")
    for short, rel in TBD_LABELS.items():
        if graph.supports(Relation(source=a, target=b, type=rel, origin="query")):
            return short
    return "v"


def _tbaq_root(gold_dir: Path) -> Path:
    for parent in [Path(gold_dir), *Path(gold_dir).resolve().parents]:
        if (parent / "TimeBank").is_dir() and (parent / "AQUAINT").is_dir():
            return parent
    return _data_root(gold_dir) / "tempeval3" / "TBAQ-cleaned"


def evaluate_relations(gold_dir: Path, task: str, engine, gold_entities: bool, pairs: bool = True,
                       folds: int = 0) -> dict:
    """Scores on TBAQ; pairs=True uses the learned pair order and the learned TLINKs, held out by
    TBAQ part (documents of TimeBank are scored with models trained on AQUAINT's MATRES pairs
    and TLINKs, and the reverse) or, with folds=k, by k-fold over all TBAQ; pairs=False leaves
    them out."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; one of {', '.join(TASKS)}")
    from ..events.corpus import parse_cached

    docs = _docs(gold_dir)
    if task == "matres":
        docs = [d for d in docs if d.docid in matres_pairs(_data_root(gold_dir))]
    elif task == "tbdense":
        docs = [d for d in docs if d.docid in _tbdense_pairs(_data_root(gold_dir))]
    parses = parse_cached(engine.nlp, docs)
    models = {}
    if pairs:
        from ..events.pairs import heldout_pair_models

        from ..events.tlinks import heldout_tlink_models

        models = heldout_pair_models(engine.nlp, _tbaq_root(gold_dir), _data_root(gold_dir), folds)
        tlink_models = heldout_tlink_models(engine.nlp, _tbaq_root(gold_dir), folds)
    else:
        tlink_models = {}
    results = [(d, *run_system(d, p, engine, gold_entities, models.get(d.docid), tlink_models.get(d.docid)))
               for d, p in zip(docs, parses)]
    mode = "gold entities" if gold_entities else "raw text"
    if pairs:
        mode += f", {folds}-fold TBAQ models" if folds else ", models from the other TBAQ part"
    if task == "relations":
        return _score_awareness(results, mode)
    if task == "matres":
        return _score_matres(results, matres_pairs(_data_root(gold_dir)), mode)
    return _score_tbdense(results, _tbdense_pairs(_data_root(gold_dir)), mode)


def _score_awareness(results, mode) -> dict:
    tot = [0, 0, 0, 0]
    for doc, solution, alias in results:
        tot = [x + y for x, y in zip(tot, _awareness(doc, solution, alias))]
    p, r = tot[0] / max(tot[1], 1), tot[2] / max(tot[3], 1)
    conflicts = sum(len(s.conflicts) for _, s, _ in results)
    return {"task": "relations", "mode": mode, "documents": len(results), "system_links": tot[1],
            "gold_links": tot[3], "P": round(p, 4), "R": round(r, 4), "F1": _f(p, r),
            "rejected_conflicts": conflicts}




def _score_matres(results, pairs, mode) -> dict:
    confusion = Counter()
    for doc, solution, alias in results:
        eid = {i["eiid"].lstrip("ei"): i.get("eventID") for i in doc.instances}
        for a, b, gold in pairs[doc.docid]:
            ea, eb = eid.get(a), eid.get(b)
            pred = "VAGUE"
            if ea in alias and eb in alias:
                order = solution.graph.order(alias[ea], alias[eb])
                pred = {"<": "BEFORE", ">": "AFTER", "=": "EQUAL"}.get(order, "VAGUE")
            confusion[(gold, pred)] += 1
    total = sum(confusion.values())
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    hits = sum(n for (g, p), n in confusion.items() if g == p and g != "VAGUE")
    sys_n = sum(n for (_, p), n in confusion.items() if p != "VAGUE")
    gold_n = sum(n for (g, _), n in confusion.items() if g != "VAGUE")
    p, r = hits / max(sys_n, 1), hits / max(gold_n, 1)
    return {"task": "matres", "mode": mode, "documents": len(results), "pairs": total,
            "accuracy": round(correct / max(total, 1), 4), "P": round(p, 4), "R": round(r, 4), "F1": _f(p, r),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())}}


def _tbdense_pairs(root: Path) -> dict[str, list[tuple[str, str, str]]]:
    out = defaultdict(list)
    path = root / "timebank-dense" / "TimebankDense.full.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if len(cols) >= 4:
                out[cols[0]].append((cols[1], cols[2], cols[3]))
    return out


def _kind(a: str, b: str) -> str:
    k = lambda x: "D" if x == "t0" else x[0].upper()  # noqa: E731
    return "-".join(sorted((k(a), k(b)), key="EDT".index)).replace("D-T", "T-D")


def _score_tbdense(results, pairs, mode) -> dict:
    per = defaultdict(Counter)
    for doc, solution, alias in results:
        for a, b, gold in pairs[doc.docid]:
            pred = _pair_label(solution.graph, alias, a, b, solution.day)
            kind = _kind(a, b)
            per[kind]["pairs"] += 1
            per[kind]["correct"] += pred == gold
            per[kind]["predicted"] += pred != "v"
            per[kind]["correct_non_vague"] += pred == gold != "v"
    out = {"task": "tbdense", "mode": mode, "documents": len(results), "per_kind": {}}
    total = Counter()
    for kind, c in sorted(per.items()):
        total.update(c)
        out["per_kind"][kind] = {"pairs": c["pairs"], "accuracy": round(c["correct"] / c["pairs"], 4),
                                 "predicted_non_vague": c["predicted"]}
    out["accuracy"] = round(total["correct"] / max(total["pairs"], 1), 4)
    out["pairs"] = total["pairs"]
    return out
