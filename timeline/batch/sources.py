"""Read a batch INPUT as a stream of items, in input order, without loading it whole.

INPUT is one of
- a JSONL file: one ``{"id", "text", "published", "timezone"?, "place"?}`` object a line
  (blank lines are ignored; ``.jsonl``, ``.ndjson``, ``.json`` or ``-`` for stdin);
- a JSON file holding an array of such objects, or one (pretty-printed) object;
- a Parquet file (or a folder of ``.parquet`` files) with those columns;
- a folder of ``.txt`` files (each with a ``NAME.meta.json`` sidecar or the default
  ``--published``), ``.json`` documents and/or ``.tml`` TimeML files, taken in sorted name order.

Each item is a Document or, when the input itself is bad (malformed JSON, no date), an
ErrorRecord that is written in its place: one input document, one output record.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import InputError, TimelineError
from ..inputs import document_from_json, load_document
from ..models import Document
from .records import ErrorRecord, error_record

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FOLDER_SUFFIXES = {".txt", ".json", ".tml"}
SIDECAR = ".meta.json"  # metadata of the .txt beside it, no document of its own


@dataclass(frozen=True)
class Item:
    """One input document at `position` (0-based, over the whole input)."""

    position: int
    id: str
    payload: Document | ErrorRecord


@dataclass
class Source:
    path: str
    kind: str  # jsonl | json (one array or object) | parquet | folder
    published: str | None = None
    zone: str | None = None

    def count(self) -> int | None:
        """How many documents the input holds (cheap: no parsing), for the progress bar."""
        if self.kind == "jsonl" and self.path != "-":
            with open(self.path, "rb") as handle:
                return sum(1 for raw in handle if raw.strip())
        if self.kind == "parquet":
            import pyarrow.parquet as pq

            return sum(pq.ParquetFile(p).metadata.num_rows for p in _parquet_files(Path(self.path)))
        if self.kind == "folder":
            return len(_folder_files(Path(self.path)))
        return None

    def __iter__(self) -> Iterator[Item]:
        if self.kind == "jsonl":
            return _jsonl_items(self)
        if self.kind == "json":
            return _json_items(self)
        if self.kind == "parquet":
            return _parquet_items(self)
        return _folder_items(self)


def open_source(path: str, *, published: str | None = None, zone: str | None = None) -> Source:
    """Decide the kind of INPUT, or raise InputError with a one-line reason."""
    if path == "-":
        return Source(path, "jsonl", published, zone)
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file or folder: {path}")
    if p.is_dir():
        if _parquet_files(p):
            return Source(path, "parquet", published, zone)
        if not _folder_files(p):
            raise InputError(f"{path} holds no .txt, .json, .tml or .parquet files")
        return Source(path, "folder", published, zone)
    suffix = p.suffix.lower()
    if suffix == ".parquet":
        return Source(path, "parquet", published, zone)
    if suffix in JSONL_SUFFIXES:
        return Source(path, "json" if _is_whole_json(p) else "jsonl", published, zone)
    raise InputError(f"{path}: expected a .jsonl, .json or .parquet file, or a folder of .txt/.json/.tml files")


def _is_whole_json(path: Path) -> bool:
    """A JSON array of documents, or one pretty-printed document, rather than JSON Lines.

    Why: read line by line, an exported array (`[`, `{`, `"id": ...`) had become one
    'malformed JSON' record per line and not one document."""
    with open(path, "rb") as handle:
        for raw in handle:
            line = raw.strip()
            if line:
                return line.startswith(b"[") or line == b"{"
    return False


def _document(data: object, source: Source, fallback_id: str) -> Document | ErrorRecord:
    doc_id = str(data.get("id")) if isinstance(data, dict) and data.get("id") not in (None, "") else fallback_id
    try:
        return document_from_json(data, published=source.published, zone=source.zone, default_id=doc_id)
    except TimelineError as exc:
        return error_record(doc_id, exc)
    except Exception as exc:  # a value of the wrong type in a field, etc.
        return error_record(doc_id, InputError(f"bad document: {exc}"))


def _jsonl_items(source: Source) -> Iterator[Item]:
    handle = sys.stdin.buffer if source.path == "-" else open(source.path, "rb")
    try:
        position = 0
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            fallback = f"line-{lineno}"
            try:
                data = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "msg", None) or "not UTF-8"
                payload = error_record(fallback, InputError(f"malformed JSON on line {lineno}: {reason}"))
            else:
                payload = _document(data, source, fallback)
            yield Item(position, payload.id, payload)
            position += 1
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _json_items(source: Source) -> Iterator[Item]:
    try:
        data = json.loads(Path(source.path).read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        reason = getattr(exc, "msg", None) or "not UTF-8"
        yield Item(0, "document-0", error_record("document-0", InputError(f"malformed JSON in {source.path}: {reason}{where}")))
        return
    for position, document in enumerate(data if isinstance(data, list) else [data]):
        payload = _document(document, source, f"document-{position}")
        yield Item(position, payload.id, payload)


def _parquet_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(path.glob("*.parquet"))


def _parquet_items(source: Source) -> Iterator[Item]:
    import pyarrow.parquet as pq

    position = 0
    for file in _parquet_files(Path(source.path)):
        parquet = pq.ParquetFile(file)
        if "text" not in parquet.schema_arrow.names:
            raise InputError(f"{file} has no column 'text'")
        for batch in parquet.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                data = {k: v for k, v in row.items() if v is not None}
                if "published" in data and not isinstance(data["published"], str):
                    data["published"] = data["published"].isoformat()
                payload = _document(data, source, f"row-{position}")
                yield Item(position, payload.id, payload)
                position += 1


def _folder_files(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                  and not p.name.lower().endswith(SIDECAR))


def _folder_items(source: Source) -> Iterator[Item]:
    for position, file in enumerate(_folder_files(Path(source.path))):
        try:
            payload = load_document(file.read_bytes(), path=file, published=source.published, zone=source.zone)
        except TimelineError as exc:
            payload = error_record(file.stem, exc)
        except OSError as exc:
            payload = error_record(file.stem, InputError(f"cannot read {file}: {exc.strerror}"))
        yield Item(position, payload.id, payload)
