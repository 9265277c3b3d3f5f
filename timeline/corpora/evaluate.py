"""Run the engine over a folder of gold TimeML documents and score it the TempEval-3 way.

Each gold document's <TEXT> content and DCT (the publisher's zone taken as UTC) become the
engine's input; the engine's time expressions (task `timex`) or events (task `events`) are
compared with the gold tags by `scoring`. The relation tasks (`relations`, `matres`, `tbdense`)
live in `relations_eval` and are loaded only when asked for.
"""
from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Callable, Optional, Sequence

from pydantic import BaseModel, Field

from ..errors import TimelineError
from ..models import Domain, Timeline
from . import scoring
from .scoring import Alignment, Counts, Span
from .timeml import TimeMLDocument, read_corpus

CONTEXT = 40  # characters of context shown on each side of an error


class Task(str, Enum):
    timex = "timex"
    events = "events"
    relations = "relations"
    matres = "matres"
    tbdense = "tbdense"


ENTITY_TASKS = (Task.timex, Task.events)
ATTRIBUTES = {Task.timex: scoring.TIMEX_ATTRIBUTES, Task.events: scoring.EVENT_ATTRIBUTES}


class AttributeScore(BaseModel):
    correct: int = Field(description="relaxed matches whose attribute is identical to the gold's")
    accuracy: float = Field(description="correct / relaxed matches")
    f1: float = Field(description="relaxed F1 x accuracy (the TempEval-3 attribute F1)")


class Score(BaseModel):
    gold: int
    system: int
    strict: int
    relaxed: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    attributes: dict[str, AttributeScore]

    @classmethod
    def of(cls, counts: Counts, attributes: Sequence[str]) -> "Score":
        sp, sr, sf = counts.strict_prf
        rp, rr, rf = counts.relaxed_prf
        return cls(
            gold=counts.gold, system=counts.system, strict=counts.strict, relaxed=counts.relaxed,
            strict_precision=sp, strict_recall=sr, strict_f1=sf,
            relaxed_precision=rp, relaxed_recall=rr, relaxed_f1=rf,
            attributes={a: AttributeScore(correct=counts.correct.get(a, 0), accuracy=counts.accuracy(a),
                                          f1=counts.attribute_f1(a)) for a in attributes},
        )


class DocumentScore(BaseModel):
    document: str
    characters: int
    score: Score


class ErrorItem(BaseModel):
    """One disagreement with the gold, shown in its context."""

    document: str
    kind: str = Field(description="missing | spurious | span | wrong_<attribute>")
    start: int
    end: int
    text: str
    gold: Optional[str] = Field(default=None, description="gold span text or attribute")
    system: Optional[str] = Field(default=None, description="system span text or attribute")
    left: str = ""
    right: str = ""


class EvalReport(BaseModel):
    task: str
    gold_dir: str
    domain: str
    attributes: list[str]
    documents: list[DocumentScore]
    total: Score
    errors: list[ErrorItem] = Field(default_factory=list)
    characters: int = 0
    seconds: float = 0.0


# ---------------------------------------------------------------- gold and system spans

def gold_timexes(gold: TimeMLDocument) -> list[Span]:
    """TIMEX3 inside <TEXT> (never the DCT); a missing value is "" and never matches."""
    return [Span(t.start, t.end, {"value": t.attrs.get("value", ""), "type": t.attrs.get("type", "")},
                 t.attrs.get("tid", ""), t.text) for t in gold.timexes]


def gold_events(gold: TimeMLDocument) -> list[Span]:
    """EVENTs with class from the tag and tense/aspect from their (first) MAKEINSTANCE."""
    instances: dict[str, dict[str, str]] = {}
    for inst in gold.instances:
        instances.setdefault(inst.get("eventID", ""), inst)
    spans = []
    for t in gold.events:
        inst = instances.get(t.attrs.get("eid", ""), {})
        attrs = {"class": t.attrs.get("class", ""),
                 "tense": inst.get("tense", t.attrs.get("tense", "")),
                 "aspect": inst.get("aspect", t.attrs.get("aspect", ""))}
        spans.append(Span(t.start, t.end, attrs, t.attrs.get("eid", ""), t.text))
    return spans


def system_timexes(timeline: Timeline) -> list[Span]:
    return timex_spans(timeline.timexes)


def timex_spans(timexes) -> list[Span]:
    return [Span(t.start, t.end, {"value": t.value, "type": t.type}, t.id, t.text) for t in timexes]


def system_events(timeline: Timeline) -> list[Span]:
    return [Span(e.start, e.end, {"class": e.event_class, "tense": e.tense, "aspect": e.aspect}, e.id, e.text)
            for e in timeline.events]


GOLD = {Task.timex: gold_timexes, Task.events: gold_events}
SYSTEM = {Task.timex: system_timexes, Task.events: system_events}


# ---------------------------------------------------------------- errors

def _context(text: str, start: int, end: int) -> tuple[str, str]:
    flat = lambda s: " ".join(s.split("\n"))  # noqa: E731 - keep one error on one line
    return flat(text[max(0, start - CONTEXT):start]), flat(text[end:end + CONTEXT])


def list_errors(docid: str, text: str, alignment: Alignment, attributes: Sequence[str]) -> list[ErrorItem]:
    """Every miss, spurious span, boundary difference and wrong attribute, in text order."""
    items: list[ErrorItem] = []

    def add(kind: str, span: Span, gold: str | None, system: str | None) -> None:
        left, right = _context(text, span.start, span.end)
        items.append(ErrorItem(document=docid, kind=kind, start=span.start, end=span.end,
                               text=text[span.start:span.end], gold=gold, system=system,
                               left=left, right=right))

    for g in alignment.missed:
        add("missing", g, "/".join(g.attrs.get(a, "") for a in attributes), None)
    for s in alignment.spurious:
        add("spurious", s, None, "/".join(s.attrs.get(a, "") for a in attributes))
    for pair in alignment.pairs:
        g, s = pair.gold, pair.system
        if not pair.strict:
            add("span", g, text[g.start:g.end], text[s.start:s.end])
        for a in attributes:
            if not pair.agrees(a):
                add(f"wrong_{a}", g, g.attrs.get(a, ""), s.attrs.get(a, ""))
    items.sort(key=lambda e: (e.start, e.end, e.kind))
    return items


# ---------------------------------------------------------------- running the engine

def document_for(gold: TimeMLDocument):
    """The engine's input for a gold file: its <TEXT> content, its DCT read on the dateline's
    clock (UTC without a dateline), as `timeline tag FILE.tml` reads it."""
    from ..inputs import document_from_timeml

    if gold.path is None:
        raise TimelineError(f"gold document {gold.docid} has no file to read")
    return document_from_timeml(gold.path.read_bytes(), default_id=gold.path.stem, path=gold.path)


def make_engine(task: Task, domain: Domain | None):
    from ..api import Engine
    from ..settings import Settings

    return Engine(Settings(domain=domain, events=task is not Task.timex))


Progress = Callable[[int, int, str], None]  # (index done, total, document id)


def evaluate(gold_dir: str | Path, task: Task | str = Task.timex, domain: Domain | None = None,
             engine=None, errors: bool = False, on_document: Progress | None = None,
             parse: bool = False) -> EvalReport:
    """Score the engine's time expressions or events on every .tml file of gold_dir. With
    `parse`, time expressions are tagged with the spaCy parse as `timeline build` tags them
    (parses cached on disk, see events.corpus)."""
    task = Task(task)
    if task not in ENTITY_TASKS:
        raise ValueError(f"evaluate() scores entities; use evaluate_relations for {task.value}")
    golds = read_corpus(gold_dir)
    if not golds:
        raise TimelineError(f"no .tml files in {gold_dir}")
    engine = engine or make_engine(task, domain)
    parses = None
    if parse and task is Task.timex:
        from ..events.corpus import parse_cached

        parses = parse_cached(engine.nlp, golds)
    attributes = ATTRIBUTES[task]
    rows: list[DocumentScore] = []
    counts: list[Counts] = []
    found_errors: list[ErrorItem] = []
    characters, seconds = 0, 0.0
    for index, gold in enumerate(golds):
        document = document_for(gold)
        began = time.perf_counter()
        if parses is not None:
            system = timex_spans(engine.tagger.tag(document, parsed=parses[index]))
        else:
            system = SYSTEM[task](engine.reconstruct(document))
        seconds += time.perf_counter() - began
        characters += len(gold.text)
        alignment = scoring.align(GOLD[task](gold), system)
        doc_counts = scoring.count(alignment, attributes)
        counts.append(doc_counts)
        name = gold.path.stem if gold.path is not None else gold.docid
        rows.append(DocumentScore(document=name, characters=len(gold.text), score=Score.of(doc_counts, attributes)))
        if errors:
            found_errors.extend(list_errors(name, gold.text, alignment, attributes))
        if on_document is not None:
            on_document(index + 1, len(golds), name)
    return EvalReport(task=task.value, gold_dir=str(gold_dir), domain=domain.value if domain else "auto",
                      attributes=list(attributes), documents=rows,
                      total=Score.of(scoring.total(counts), attributes), errors=found_errors,
                      characters=characters, seconds=round(seconds, 3))


def evaluate_relations(gold_dir: str | Path, task: Task | str, domain: Domain | None = None,
                       gold_entities: bool = False, engine=None, folds: int = 0) -> dict:
    """The relation tasks, implemented in relations_eval (loaded only when asked for); the learned
    links come from models that never saw the scored document (folds: see relations_eval)."""
    task = Task(task)
    try:
        from . import relations_eval
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.endswith("relations_eval"):
            raise TimelineError(f"task {task.value} is not available yet "
                                "(timeline/corpora/relations_eval.py is missing)") from None
        raise
    engine = engine or make_engine(task, domain)
    return relations_eval.evaluate_relations(Path(gold_dir), task.value, engine, gold_entities,
                                             folds=folds)


# ---------------------------------------------------------------- presentation

def _pct(x: float) -> str:
    return f"{100 * x:.2f}"


def report_table(report: EvalReport):
    """A rich Table: one row per document, then the micro-averaged total."""
    from rich.table import Table

    throughput = f", {report.characters / report.seconds:,.0f} chars/s" if report.seconds else ""
    table = Table(title=f"{report.task} on {report.gold_dir} (domain {report.domain}): "
                        f"{len(report.documents)} documents{throughput}")
    table.add_column("document")
    for name in ("gold", "sys", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
                 "relaxed F1"):
        table.add_column(name, justify="right")
    for attr in report.attributes:
        table.add_column(f"{attr} F1" if attr in ("value", "type", "class") else f"{attr} acc",
                         justify="right")

    def cells(score: Score) -> list[str]:
        return [str(score.gold), str(score.system), _pct(score.strict_precision), _pct(score.strict_recall),
                _pct(score.strict_f1), _pct(score.relaxed_precision), _pct(score.relaxed_recall),
                _pct(score.relaxed_f1)] + [
            _pct(score.attributes[a].f1 if a in ("value", "type", "class") else score.attributes[a].accuracy)
            for a in report.attributes]

    for row in report.documents:
        table.add_row(row.document, *cells(row.score))
    table.add_section()
    table.add_row("TOTAL (micro)", *cells(report.total), style="bold")
    return table


def error_lines(report: EvalReport) -> list[str]:
    """One line per error: document, offsets, kind, gold -> system, and the text in context."""
    lines = []
    for e in report.errors:
        what = f"gold={e.gold!r} system={e.system!r}"
        lines.append(f"{e.document}:{e.start}-{e.end} {e.kind:<14} {what}  ...{e.left}[{e.text}]{e.right}...")
    return lines


def relations_table(result: dict, task: str):
    """The relation tasks' figures (whatever relations_eval returns), flattened to key/value rows."""
    from rich.table import Table

    table = Table(title=f"{task}")
    table.add_column("measure")
    table.add_column("value", justify="right")

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, float):
            table.add_row(prefix, f"{value:.4f}")
        else:
            table.add_row(prefix, str(value))

    walk("", result)
    return table
