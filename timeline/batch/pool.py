"""A local pool of worker processes that keeps input order and enforces a hard time budget.

Each worker process loads the engine (and its spaCy pipeline) once, then takes chunks of
documents and streams back one result per document. The parent keeps results in input order,
bounds the chunks in flight (flat memory on any corpus size), and watches every worker: a
document whose worker does not answer within its budget (plus a grace period) is written as a
timeout error, the worker is killed and replaced, and the rest of its chunk goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Iterable, Iterator, Sequence

from ..settings import Settings
from .records import DocumentTimeout, ErrorRecord, encode, error_record
from .work import EngineFactory, cached_engine, process_chunk

GRACE_SECONDS = 5.0
# A worker is replaced by a fresh process after this many documents: spaCy's vocabulary
# (StringStore) only grows with new words, so a long-lived process would creep up in memory.
RECYCLE_AFTER = 20_000


def _usage() -> tuple[float, float]:
    """(peak RSS in MB, CPU seconds) of this process."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime  # ru_maxrss: KiB on Linux


def worker_main(conn, factory: EngineFactory, settings_json: str, budget: float | None,
                mode: str) -> None:
    """The loop of one worker process: (chunk_id, start, payloads, solo) in, results out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a batch stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        engine = cached_engine(factory, Settings.model_validate_json(settings_json))
    except Exception as exc:  # no model, bad resources: the whole batch cannot run
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            conn.send(("bye", *_usage()))
            return
        chunk_id, start, payloads, solo = message

        def on_start(index: int) -> None:
            n = len(payloads) if index < 0 else 1
            conn.send(("begin", chunk_id, start + max(index, 0), (budget or 0) * n))

        try:
            results = process_chunk(engine, payloads, budget, on_start=on_start, solo=solo)
            for offset, result in enumerate(results):
                out = encode(result, flat=(mode == "flat")) if mode != "object" else result
                conn.send(("done", chunk_id, start + offset, out))
        except (BrokenPipeError, EOFError, OSError):
            return


@dataclass
class _Worker:
    process: mp.Process
    conn: object
    ready: bool = False
    chunk: int | None = None  # chunk id being processed
    deadline: float | None = None
    index: int = -1  # the document of the chunk in progress (-1: parsing the chunk)
    documents: int = 0  # documents sent to this process so far


@dataclass
class _Chunk:
    payloads: Sequence
    results: list = field(default_factory=list)
    solo: bool = False

    def __post_init__(self):
        self.results = [None] * len(self.payloads)


class LocalPool:
    """Ordered map of chunks over `workers` processes. Use as a context manager."""

    def __init__(self, workers: int, factory: EngineFactory, settings: Settings,
                 budget: float | None = None, mode: str = "line", max_chunks: int | None = None,
                 recycle_after: int = RECYCLE_AFTER):
        self.size = max(1, int(workers))
        self.recycle_after = recycle_after
        self.factory, self.settings, self.budget, self.mode = factory, settings, budget, mode
        self.max_chunks = max_chunks or 2 * self.size + 1
        self.context = mp.get_context("spawn")
        self.workers: list[_Worker] = []
        self.peak_rss_mb: list[float] = []  # per worker process, reported when it stops
        self.cpu_seconds: list[float] = []  # likewise: CPU time (user + system) of each worker
        self.restarts = 0
        self.startup_seconds: float | None = None  # until every first worker had its engine

    def __enter__(self) -> "LocalPool":
        self._entered = time.monotonic()
        for _ in range(self.size):
            self.workers.append(self._start())
        return self

    def __exit__(self, *exc) -> None:
        self.close(graceful=exc[0] is None)

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=worker_main, daemon=True, name="timeline-batch-worker",
            args=(child, self.factory, self.settings.model_dump_json(), self.budget, self.mode))
        process.start()
        child.close()
        return _Worker(process, parent)

    def close(self, graceful: bool = True) -> None:
        for worker in self.workers:
            self._retire(worker, graceful)
        self.workers = []

    def _retire(self, worker: _Worker, graceful: bool = True) -> None:
        """Stop a worker; an idle one reports its peak memory and CPU time first."""
        if graceful and worker.process.is_alive() and worker.chunk is None:
            try:
                worker.conn.send(None)
                deadline = time.monotonic() + 30
                while worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    message = worker.conn.recv()
                    if message and message[0] == "bye":
                        self.peak_rss_mb.append(message[1])
                        self.cpu_seconds.append(message[2])
                        break
            except (OSError, EOFError):
                pass
        worker.process.join(timeout=5 if graceful else 0.1)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def map(self, chunks: Iterable[Sequence]) -> Iterator:
        """Results of every payload of every chunk, in order (Encoded, or objects in 'object' mode)."""
        source = iter(chunks)
        exhausted = False
        pending: dict[int, _Chunk] = {}  # chunk id -> chunk, until yielded
        queue: list[tuple[int, int, bool]] = []  # (chunk id, start, solo) waiting for a worker
        next_id = 0
        head, head_index = 0, 0
        while True:
            while not exhausted and len(pending) < self.max_chunks and len(queue) < self.size:
                try:
                    payloads = list(next(source))
                except StopIteration:
                    exhausted = True
                    break
                pending[next_id] = _Chunk(payloads)
                queue.append((next_id, 0, False))
                next_id += 1
            for position, worker in enumerate(self.workers):
                if worker.ready and worker.chunk is None and queue:
                    if self.recycle_after and worker.documents >= self.recycle_after:
                        self._retire(worker)
                        self.workers[position] = self._start()
                        continue
                    chunk_id, start, solo = queue.pop(0)
                    chunk = pending[chunk_id]
                    worker.chunk, worker.index, worker.deadline = chunk_id, start, None
                    worker.documents += len(chunk.payloads) - start
                    worker.conn.send((chunk_id, start, chunk.payloads[start:], solo))
            while head in pending and head_index < len(pending[head].results) \
                    and pending[head].results[head_index] is not None:
                yield pending[head].results[head_index]
                head_index += 1
            if head in pending and head_index >= len(pending[head].results):
                del pending[head]
                head, head_index = head + 1, 0
                continue
            if exhausted and not pending:
                return
            self._wait(pending, queue)

    def _wait(self, pending: dict, queue: list) -> None:
        deadlines = [w.deadline for w in self.workers if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else 1.0
        ready = wait([w.conn for w in self.workers], timeout=min(timeout, 1.0))
        for worker in list(self.workers):
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    self._replace(worker, pending, queue, "crash")
                    continue
                self._handle(worker, message, pending)
            elif worker.deadline is not None and time.monotonic() > worker.deadline:
                self._replace(worker, pending, queue, "timeout")
            elif not worker.process.is_alive() and not worker.conn.poll():
                self._replace(worker, pending, queue, "crash")

    def _handle(self, worker: _Worker, message: tuple, pending: dict) -> None:
        tag = message[0]
        if tag == "ready":
            worker.ready = True
            if self.startup_seconds is None and all(w.ready for w in self.workers):
                self.startup_seconds = time.monotonic() - self._entered
        elif tag == "fatal":
            from ..errors import ResourceError

            raise ResourceError(f"a batch worker could not load the engine: {message[1]}")
        elif tag == "begin":
            _, chunk_id, index, budget = message
            worker.index = index if budget == (self.budget or 0) else -1
            worker.deadline = time.monotonic() + budget + GRACE_SECONDS if budget else None
        elif tag == "done":
            _, chunk_id, index, result = message
            chunk = pending[chunk_id]
            chunk.results[index] = result
            worker.deadline = None
            if index == len(chunk.results) - 1:
                worker.chunk = None

    def _replace(self, worker: _Worker, pending: dict, queue: list, why: str) -> None:
        """Kill a stuck or dead worker, settle the document it was on, requeue the rest."""
        if worker.process.is_alive() and why == "timeout":
            worker.process.kill()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        code = worker.process.exitcode
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._start()
        self.restarts += 1
        if worker.chunk is None:
            if not worker.ready:
                from ..errors import ResourceError

                raise ResourceError(f"a batch worker died while loading the engine (exit code {code})")
            return
        chunk = pending[worker.chunk]
        first = next(i for i, r in enumerate(chunk.results) if r is None)
        if why == "timeout" and worker.deadline is not None and worker.index < 0 and not chunk.solo:
            chunk.solo = True  # the shared parse hung: parse each document on its own
            queue.insert(0, (worker.chunk, first, True))
            return
        payload = chunk.payloads[first]
        budget = self.budget or 0
        if why == "timeout":
            exc: BaseException = DocumentTimeout(f"document exceeded its time budget of {budget:g} s "
                                                 "(its worker was stopped)")
        else:
            exc = RuntimeError(f"the worker process died (exit code {code})")
        record = error_record(getattr(payload, "id", "document"), exc)
        chunk.results[first] = encode(record, flat=(self.mode == "flat")) if self.mode != "object" else record
        if first + 1 < len(chunk.results):
            queue.insert(0, (worker.chunk, first + 1, chunk.solo))
