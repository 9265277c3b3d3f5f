"""What a batch writes for one document: the JSON contract, or an error record; flat rows.

The JSON line of a document is exactly ``Timeline.model_dump(mode="json", by_alias=True)``
(compact, keys in model order). A document that could not be reconstructed becomes an
:class:`ErrorRecord` ``{"id", "error": {"kind", "message"}}`` in the same position.
For Parquet, each record is also flattened into rows of four tables keyed by document id.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from ..errors import TimelineError
from ..models import Timeline


class ErrorInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str
    message: str


class ErrorRecord(BaseModel):
    """A document the batch could not reconstruct; yielded and written in its place."""

    model_config = ConfigDict(frozen=True)

    id: str
    error: ErrorInfo

    @property
    def kind(self) -> str:
        return self.error.kind

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)


class DocumentTimeout(Exception):
    """Raised inside a worker when a document exceeds its time budget."""


def error_record(doc_id: str, exc: BaseException) -> ErrorRecord:
    """The error record of an exception: a TimelineError keeps its kind, a timeout is 'timeout',
    anything else is 'internal' (a bug of the engine, reported with its type)."""
    if isinstance(exc, TimelineError):
        kind, message = exc.kind, str(exc)
    elif isinstance(exc, DocumentTimeout):
        kind, message = "timeout", str(exc)
    elif isinstance(exc, MemoryError):
        kind, message = "memory", "out of memory while reconstructing the document"
    else:
        kind, message = "internal", f"{type(exc).__name__}: {exc}"
    return ErrorRecord(id=doc_id, error=ErrorInfo(kind=kind, message=message or kind))


Result = Timeline | ErrorRecord


@dataclass(frozen=True)
class Encoded:
    """A result ready to write: its JSON line (no newline) and, for Parquet, its flat rows."""

    id: str
    ok: bool
    line: str
    rows: dict[str, Any] | None = None


def to_line(result: Result) -> str:
    if isinstance(result, ErrorRecord):
        data = result.model_dump(mode="json")
    else:
        data = result.model_dump(mode="json", by_alias=True)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def result_id(result: Result) -> str:
    return result.id if isinstance(result, ErrorRecord) else result.document.id


def encode(result: Result, flat: bool = False) -> Encoded:
    line = to_line(result)
    rows = flat_rows(result, line) if flat else None
    return Encoded(id=result_id(result), ok=not isinstance(result, ErrorRecord), line=line, rows=rows)


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()


def flat_rows(result: Result, line: str) -> dict[str, Any]:
    """One row for the documents table and lists of rows for timexes, events, relations."""
    if isinstance(result, ErrorRecord):
        document = {"id": result.id, "ok": False, "error_kind": result.error.kind,
                    "error_message": result.error.message, "published": None, "timezone": None,
                    "domain": None, "n_timexes": 0, "n_events": 0, "n_relations": 0,
                    "n_conflicts": 0, "json": line}
        return {"documents": document, "timexes": [], "events": [], "relations": []}
    doc_id = result.document.id
    document = {"id": doc_id, "ok": True, "error_kind": None, "error_message": None,
                "published": _iso(result.document.published), "timezone": result.document.timezone,
                "domain": result.document.domain, "n_timexes": len(result.timexes),
                "n_events": len(result.events), "n_relations": len(result.relations),
                "n_conflicts": len(result.conflicts), "json": line}
    timexes = [{"doc_id": doc_id, "id": t.id, "text": t.text, "start": t.start, "end": t.end,
                "type": t.type, "value": t.value, "mod": t.mod, "timezone": t.timezone,
                "interval_start": _iso(t.interval.start) if t.interval else None,
                "interval_end": _iso(t.interval.end) if t.interval else None,
                "anchor": t.anchor, "rule": t.rule} for t in result.timexes]
    events = [{"doc_id": doc_id, "id": e.id, "text": e.text, "start": e.start, "end": e.end,
               "class": e.event_class, "tense": e.tense, "aspect": e.aspect, "polarity": e.polarity,
               "modality": e.modality, "pos": e.pos, "earliest_start": _iso(e.when.earliest_start),
               "latest_start": _iso(e.when.latest_start), "earliest_end": _iso(e.when.earliest_end),
               "latest_end": _iso(e.when.latest_end), "anchor": e.anchor} for e in result.events]
    relations = [{"doc_id": doc_id, "source": r.source, "target": r.target, "type": r.type,
                  "origin": r.origin, "confidence": r.confidence} for r in result.relations]
    return {"documents": document, "timexes": timexes, "events": events, "relations": relations}


def error_kind(result: "Encoded") -> str | None:
    """The error kind of an encoded result (None when it succeeded)."""
    if result.ok:
        return None
    if result.rows is not None:
        return result.rows["documents"]["error_kind"]
    return json.loads(result.line)["error"]["kind"]
