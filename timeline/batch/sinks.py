"""Write batch OUTPUT so that an interrupt at any moment leaves it valid and resumable.

Two layouts:
- a single JSONL file (OUTPUT ends in .jsonl/.ndjson/.json): one line per input document, in
  input order, written and flushed line by line. ``--resume`` drops a partial last line,
  then skips the input documents whose id is already there (as many times as it is there).
- a partitioned folder (any other OUTPUT, and always for Parquet): partition k holds the
  input documents at positions [k*P, (k+1)*P), P the partition size. With JSONL it is
  ``part-00000k.jsonl``; with Parquet four datasets ``documents/``, ``timexes/``, ``events/``,
  ``relations/``, each of ``part-00000k.parquet`` files, keyed by ``doc_id`` (and
  ``doc_position``). A partition is written whole (temporary file, then rename; the
  ``documents`` part last, as the mark of completion), so ``--resume`` keeps the complete
  partitions and redoes the others. The local and the Dask engine write identical partitions.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from .records import Encoded

SINGLE_FILE_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TABLES = ("timexes", "events", "relations")


STDOUT = "-"  # -o -: JSON Lines on standard output, for a pipe (had made a folder named '-')


def format_for(output: str) -> str:
    """The format an OUTPUT's name asks for: parquet for *.parquet ("-o out.parquet" had been a
    folder of JSON Lines under that name), else jsonl."""
    return "parquet" if output.rstrip("/\\").lower().endswith(".parquet") else "jsonl"


def is_single_file(output: str, fmt: str) -> bool:
    return fmt == "jsonl" and (output == STDOUT or Path(output).suffix.lower() in SINGLE_FILE_SUFFIXES)


def part_name(k: int, fmt: str) -> str:
    return f"part-{k:06d}.{'jsonl' if fmt == 'jsonl' else 'parquet'}"


def _schemas():
    import pyarrow as pa

    s, i, b, f = pa.string(), pa.int64(), pa.bool_(), pa.float64()
    documents = pa.schema([("doc_position", i), ("id", s), ("ok", b), ("error_kind", s),
                           ("error_message", s), ("published", s), ("timezone", s), ("domain", s),
                           ("n_timexes", i), ("n_events", i), ("n_relations", i), ("n_conflicts", i),
                           ("json", s)])
    timexes = pa.schema([("doc_position", i), ("doc_id", s), ("id", s), ("text", s), ("start", i),
                         ("end", i), ("type", s), ("value", s), ("mod", s), ("timezone", s),
                         ("interval_start", s), ("interval_end", s), ("anchor", s), ("rule", s)])
    events = pa.schema([("doc_position", i), ("doc_id", s), ("id", s), ("text", s), ("start", i),
                        ("end", i), ("class", s), ("tense", s), ("aspect", s), ("polarity", s),
                        ("modality", s), ("pos", s), ("earliest_start", s), ("latest_start", s),
                        ("earliest_end", s), ("latest_end", s), ("anchor", s)])
    relations = pa.schema([("doc_position", i), ("doc_id", s), ("source", s), ("target", s),
                           ("type", s), ("origin", s), ("confidence", f)])
    return {"documents": documents, "timexes": timexes, "events": events, "relations": relations}


def write_partition(folder: str | Path, fmt: str, k: int, positions: Sequence[int],
                    results: Sequence[Encoded]) -> None:
    """Write partition k whole and atomically (used by both engines)."""
    folder = Path(folder)
    name = part_name(k, fmt)
    if fmt == "jsonl":
        _atomic_write(folder / name, "".join(r.line + "\n" for r in results).encode("utf-8"))
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas()
    rows: dict[str, list] = {t: [] for t in schemas}
    for position, result in zip(positions, results):
        rows["documents"].append({"doc_position": position, **result.rows["documents"]})
        for table in TABLES:
            rows[table].extend({"doc_position": position, **row} for row in result.rows[table])
    for table in (*TABLES, "documents"):  # documents last: it marks the partition complete
        target = folder / table / name
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name("." + name + ".tmp")
        pq.write_table(pa.Table.from_pylist(rows[table], schema=schemas[table]), tmp)
        os.replace(tmp, target)


def _atomic_write(target: Path, data: bytes) -> None:
    tmp = target.with_name("." + target.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def done_partitions(folder: str | Path, fmt: str) -> set[int]:
    """Indexes of the complete partitions of a partitioned OUTPUT."""
    marks = Path(folder) if fmt == "jsonl" else Path(folder) / "documents"
    if not marks.is_dir():
        return set()
    suffix = ".jsonl" if fmt == "jsonl" else ".parquet"
    return {int(p.name[5:-len(suffix)]) for p in marks.glob(f"part-*{suffix}")}


class JsonlFileSink:
    """One JSONL file, flushed after every line."""

    partitioned = False

    def __init__(self, path: str, resume: bool):
        self.path = Path(path)
        self.done: Counter = Counter()
        if path == STDOUT:
            if resume:
                raise InputError("--resume needs an OUTPUT file to read back, not standard output")
            self.handle = sys.stdout
            return
        if resume and self.path.exists():
            self.done = repair_and_count(self.path)
            mode = "a"
        else:
            if self.path.is_dir():
                raise InputError(f"{path} is a folder; give a .jsonl file or a folder without suffix")
            mode = "w"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, mode, encoding="utf-8")

    def skip(self, item) -> bool:
        if self.done[item.id] > 0:
            self.done[item.id] -= 1
            return True
        return False

    def write(self, position: int, result: Encoded) -> None:
        self.handle.write(result.line + "\n")
        self.handle.flush()

    def close(self, complete: bool = True) -> None:
        if self.handle is sys.stdout:
            self.handle.flush()
        else:
            self.handle.close()


def repair_and_count(path: Path) -> Counter:
    """Cut a partial last line (a write interrupted by a kill), then count the ids present."""
    with open(path, "rb+") as handle:
        data = handle.read()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):
            handle.truncate(keep)
    ids: Counter = Counter()
    for raw in data[:keep].splitlines():
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError:
            raise InputError(f"{path} is not a batch output (a line is not JSON); cannot resume") from None
        doc_id = record.get("id") if "error" in record else (record.get("document") or {}).get("id")
        ids[str(doc_id)] += 1
    return ids


class PartitionedSink:
    """A folder of partitions (see the module docstring); buffers one partition at a time."""

    partitioned = True

    def __init__(self, folder: str, fmt: str, partition_size: int, resume: bool):
        self.folder, self.fmt, self.size = Path(folder), fmt, partition_size
        if self.folder.exists() and not self.folder.is_dir():
            raise InputError(f"{folder} exists and is not a folder")
        self.folder.mkdir(parents=True, exist_ok=True)
        existing = done_partitions(self.folder, fmt)
        if existing and not resume:
            raise InputError(f"{folder} already holds a batch output; use --resume or another OUTPUT")
        self.done = existing
        self.k: int | None = None
        self.positions: list[int] = []
        self.results: list[Encoded] = []

    def skip(self, item) -> bool:
        return item.position // self.size in self.done

    def write(self, position: int, result: Encoded) -> None:
        k = position // self.size
        if self.k is not None and k != self.k:
            self._flush()
        self.k = k
        self.positions.append(position)
        self.results.append(result)

    def _flush(self) -> None:
        if self.k is not None and self.results:
            write_partition(self.folder, self.fmt, self.k, self.positions, self.results)
        self.k, self.positions, self.results = None, [], []

    def close(self, complete: bool = True) -> None:
        if complete:
            self._flush()  # an interrupted partition is left out: --resume redoes it


def open_sink(output: str, fmt: str, resume: bool, partition_size: int):
    if fmt not in ("jsonl", "parquet"):
        raise InputError(f"unknown batch format {fmt!r} (jsonl or parquet)")
    if is_single_file(output, fmt):
        return JsonlFileSink(output, resume)
    if output == STDOUT:
        raise InputError(f"standard output takes JSON Lines only; --format {fmt} writes a folder: give one")
    if Path(output).suffix.lower() in SINGLE_FILE_SUFFIXES:  # a folder named out.jsonl misleads
        raise InputError(f"{output} names a JSON Lines file, but --format {fmt} writes a folder: give a folder")
    return PartitionedSink(output, fmt, partition_size, resume)
