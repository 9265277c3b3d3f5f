"""run_batch: INPUT -> OUTPUT over local worker processes or a Dask cluster."""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..errors import InputError
from ..settings import Settings
from .records import Encoded, error_kind
from .sinks import format_for, open_sink
from .sources import Item, open_source
from .work import EngineFactory, default_engine_factory

DEFAULT_PARTITION_SIZE = 1000
DEFAULT_CHUNK_SIZE = 25  # documents parsed by one nlp.pipe call


@dataclass
class BatchSummary:
    """read == written + failed, always: a document is counted once its record is written."""

    read: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0  # already in OUTPUT (--resume)
    interrupted: bool = False
    seconds: float = 0.0
    characters: int = 0
    failures: dict = field(default_factory=dict)  # error kind -> count
    peak_rss_mb: list = field(default_factory=list)  # per local worker process
    startup_seconds: float | None = None  # local workers: until all had loaded the engine
    cpu_seconds: list = field(default_factory=list)  # per local worker process

    def add(self, result: Encoded, kind: str | None = None) -> None:
        self.read += 1
        if result.ok:
            self.written += 1
        else:
            self.failed += 1
            self.failures[kind or "error"] = self.failures.get(kind or "error", 0) + 1

    def line(self) -> str:
        text = f"read {self.read}, written {self.written}, failed {self.failed}"
        if self.seconds > 0:
            text += f" in {self.seconds:.1f} s ({self.read / self.seconds:.1f} docs/s)"
        if self.failures:
            text += " [" + ", ".join(f"{k}: {v}" for k, v in sorted(self.failures.items())) + "]"
        if self.skipped:
            text += f"; skipped {self.skipped} already in OUTPUT"
        if self.interrupted:
            text += "; interrupted: run again with --resume to finish"
        return text


def chunked(items: Iterable[Item], chunk_size: int, partition_size: int) -> Iterator[list[Item]]:
    """Consecutive items cut at fixed input positions (never across a partition boundary)."""
    chunk: list[Item] = []
    key = None
    for item in items:
        item_key = (item.position // partition_size, (item.position % partition_size) // chunk_size)
        if chunk and item_key != key:
            yield chunk
            chunk = []
        key = item_key
        chunk.append(item)
    if chunk:
        yield chunk


@contextmanager
def _sigterm_as_interrupt():
    """SIGTERM stops a batch like Ctrl-C: records written so far stay valid."""
    def on_term(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Progress:
    """A rich progress bar on stderr: documents, docs/s, ETA, failures."""

    def __init__(self, enabled: bool, total: int | None):
        self.bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.bar = Progress(TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]} docs/s"), TextColumn("ETA"),
                            TimeRemainingColumn(), TimeElapsedColumn(),
                            TextColumn("failed {task.fields[failed]}"),
                            console=Console(stderr=True), transient=False, refresh_per_second=4)
        self.bar.start()
        self.task = self.bar.add_task("batch", total=total, rate="-", failed=0)
        self.start = time.monotonic()
        self.done = 0

    def advance(self, summary: BatchSummary) -> None:
        if self.bar is None:
            return
        self.done += 1
        elapsed = time.monotonic() - self.start
        rate = f"{self.done / elapsed:.1f}" if elapsed > 0 else "-"
        self.bar.update(self.task, advance=1, rate=rate, failed=summary.failed)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def run_batch(input: str, output: str, workers: int | None = None, fmt: str | None = None,
              resume: bool = False, doc_timeout: float | None = None, engine: str = "local",
              scheduler: str | None = None, published_default: str | None = None,
              progress: bool = True, *, timezone: str | None = None,
              settings: Settings | None = None, partition_size: int = DEFAULT_PARTITION_SIZE,
              chunk_size: int = DEFAULT_CHUNK_SIZE,
              engine_factory: EngineFactory = default_engine_factory) -> BatchSummary:
    """Reconstruct every document of INPUT into OUTPUT; see timeline/batch/__init__.py."""
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r} (local or dask)")
    if partition_size < 1 or chunk_size < 1:
        raise InputError("partition and chunk sizes must be positive")
    if timezone is not None:
        from ..inputs import check_zone

        check_zone(timezone)
    if published_default:
        from ..inputs import parse_published

        # why: a default no one can read had failed only the documents that needed it, one
        # 'date' record each, and the batch ended with status 0
        parse_published(published_default, timezone)
    settings = settings or Settings()
    workers = workers or os.cpu_count() or 1
    source = open_source(input, published=published_default, zone=timezone)
    fmt = fmt or format_for(output)
    sink = open_sink(output, fmt, resume, partition_size)
    summary = BatchSummary()
    total = source.count() if progress else None
    if total is not None and sink.partitioned:
        total -= sum(min(partition_size, max(0, total - k * partition_size)) for k in sink.done)
    elif total is not None:
        total = max(0, total - sum(sink.done.values()))

    def pending_items() -> Iterator[Item]:
        for item in source:
            if sink.skip(item):
                summary.skipped += 1
                continue
            summary.characters += len(getattr(item.payload, "text", ""))
            yield item

    bar = _Progress(progress, total)
    started = time.monotonic()
    complete = False
    results = None
    try:
        with _sigterm_as_interrupt():
            if engine == "dask":
                from .dask_engine import run_on_dask

                results = run_on_dask(pending_items(), sink, scheduler=scheduler, workers=workers,
                                      settings=settings, budget=doc_timeout, fmt=fmt,
                                      partition_size=partition_size, chunk_size=chunk_size,
                                      factory=engine_factory)
            else:
                results = _run_local(pending_items(), sink, workers, settings, doc_timeout, fmt,
                                     partition_size, chunk_size, engine_factory, summary)
            for result in results:
                summary.add(result, error_kind(result))
                bar.advance(summary)
            complete = True
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if results is not None:
            results.close()  # stop the workers (or the Dask client) now, not at garbage collection
        sink.close(complete=complete)
        bar.stop()
        summary.seconds = time.monotonic() - started
    return summary



def _run_local(items, sink, workers, settings, budget, fmt, partition_size, chunk_size, factory,
               summary) -> Iterator[Encoded]:
    from .pool import LocalPool

    in_flight: deque[Item] = deque()

    def payload_chunks():
        for chunk in chunked(items, chunk_size, partition_size):
            in_flight.extend(chunk)
            yield [item.payload for item in chunk]

    mode = "flat" if fmt == "parquet" else "line"
    pool = LocalPool(workers, factory, settings, budget=budget, mode=mode)
    with pool:
        for result in pool.map(payload_chunks()):
            item = in_flight.popleft()
            sink.write(item.position, result)
            yield result
    summary.peak_rss_mb = pool.peak_rss_mb
    summary.startup_seconds = pool.startup_seconds
    summary.cpu_seconds = pool.cpu_seconds
