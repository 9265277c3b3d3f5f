"""The same batch on a Dask distributed cluster, partition by partition.

The client reads INPUT and cuts it into the same partitions as the local engine (positions
[k*P, (k+1)*P)); each partition is one task. A task runs on a worker with the engine cached
in that worker process (loaded once, by the first task, see work.cached_engine), parses its
chunks with nlp.pipe and, for a partitioned OUTPUT, writes the partition itself (the folder
must be reachable from every worker: a shared or network file system); for a single JSONL
file the task returns its lines and the client appends them in order. At most two tasks per
worker thread are in flight, so the client's memory stays flat on any corpus size.

Doc timeouts on Dask are cooperative: the exception is injected into the task's thread and
stops Python code between bytecodes; a long call inside C returns first.
"""
from __future__ import annotations

import threading
import uuid
from typing import Iterator

from ..errors import ResourceError
from ..settings import Settings
from .records import Encoded, ErrorRecord, encode, error_kind, error_record
from .sinks import write_partition
from .work import EngineFactory, cached_engine, process_chunk


_LOCK = threading.Lock()


def process_partition(k: int, positions: list[int], payloads: list, settings_json: str,
                      budget: float | None, fmt: str, chunk_size: int, partition_size: int,
                      factory: EngineFactory, folder: str | None):
    """A Dask task: reconstruct one partition; write it (folder) or return its lines."""
    engine = cached_engine(factory, Settings.model_validate_json(settings_json))
    results: list[Encoded] = []
    start = 0
    with _LOCK:  # one engine per worker process; several threads take turns on it
        while start < len(payloads):  # the same chunks as the local engine
            key = (positions[start] % partition_size) // chunk_size
            end = start
            while end < len(payloads) and (positions[end] % partition_size) // chunk_size == key:
                end += 1
            for result in process_chunk(engine, payloads[start:end], budget):
                results.append(encode(result, flat=(fmt == "parquet")))
            start = end
    if folder is not None:
        write_partition(folder, fmt, k, positions, results)
        return k, [(r.id, r.ok, error_kind(r)) for r in results], None
    return k, [(r.id, r.ok, error_kind(r)) for r in results], [r.line for r in results]



def _failed_partition(k, positions, ids, exc, fmt, folder):
    """Error records for every document of a partition whose task failed on the cluster."""
    reason = RuntimeError(f"the partition's task failed on the cluster ({type(exc).__name__}: {exc})")
    records = [p if isinstance(p, ErrorRecord) else error_record(p, reason) for p in ids]
    results = [encode(record, flat=(fmt == "parquet")) for record in records]
    outcomes = [(r.id, False, record.kind) for r, record in zip(results, records)]
    if folder is not None:
        write_partition(folder, fmt, k, positions, results)
        return outcomes, None
    return outcomes, [r.line for r in results]


def _partitions(items, partition_size: int):
    """(k, positions, payloads) for each partition of the pending items."""
    k, positions, payloads = None, [], []
    for item in items:
        item_k = item.position // partition_size
        if k is not None and item_k != k:
            yield k, positions, payloads
            positions, payloads = [], []
        k = item_k
        positions.append(item.position)
        payloads.append(item.payload)
    if positions:
        yield k, positions, payloads


def connect(scheduler: str | None, workers: int):
    """A Client on `scheduler` (address or scheduler file), or on a new loopback LocalCluster."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        if scheduler.endswith(".json"):
            return Client(scheduler_file=scheduler), None
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def run_on_dask(items, sink, *, scheduler: str | None, workers: int, settings: Settings,
                budget: float | None, fmt: str, partition_size: int, chunk_size: int,
                factory: EngineFactory, client=None) -> Iterator[Encoded]:
    """Yield one light outcome per document (for the summary) as partitions complete, in order."""
    from dask.distributed import as_completed

    own = client is None
    cluster = None
    if own:
        client, cluster = connect(scheduler, workers)
    folder = str(sink.folder.resolve()) if sink.partitioned else None
    try:
        threads = max(1, sum(client.nthreads().values()))
        limit = 2 * threads
        partitions = _partitions(items, partition_size)
        settings_json = settings.model_dump_json()
        futures = as_completed()
        in_flight = 0
        done: dict[int, tuple] = {}
        meta: dict[str, tuple] = {}
        order: list[int] = []  # partition ids in submission order
        exhausted = False
        while True:
            while not exhausted and in_flight < limit:
                try:
                    k, positions, payloads = next(partitions)
                except StopIteration:
                    exhausted = True
                    break
                future = client.submit(process_partition, k, positions, payloads, settings_json,
                                       budget, fmt, chunk_size, partition_size, factory, folder,
                                       pure=False, key=f"timeline-partition-{k}-{uuid.uuid4().hex}")
                futures.add(future)
                meta[future.key] = (k, positions, [p if isinstance(p, ErrorRecord) else p.id for p in payloads])
                order.append(k)
                in_flight += 1
            while order and order[0] in done:  # yield in input order
                k = order.pop(0)
                positions_outcomes, lines = done.pop(k)
                for index, (doc_id, ok, kind) in enumerate(positions_outcomes):
                    if lines is not None:
                        sink.write(k, Encoded(doc_id, ok, lines[index]))
                    yield Encoded(doc_id, ok, "", {"documents": {"error_kind": kind}} if kind else None)
            if exhausted and in_flight == 0 and not order:
                return
            future = next(futures)
            k, positions, ids = meta.pop(future.key)
            try:
                _, outcomes, lines = future.result()
            except ResourceError:
                raise  # the engine cannot load at all: stop the batch
            except Exception as exc:  # the task failed (a worker died on it): settle its documents
                outcomes, lines = _failed_partition(k, positions, ids, exc, fmt, folder)
            future.release()
            in_flight -= 1
            done[k] = (outcomes, lines)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
