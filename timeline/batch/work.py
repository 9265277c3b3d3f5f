"""The per-document work, shared by every engine (in-process, local workers, Dask tasks).

A chunk of documents is parsed with one ``nlp.pipe`` call, then each document is
reconstructed from its parse under a time budget. A document over budget, or one that
raises, becomes an ErrorRecord; the chunk goes on. Chunks are cut from the input at fixed
positions, so a document is parsed in the same company whatever the number of workers.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, Sequence

from ..errors import InputError
from ..models import Document
from ..settings import Settings
from .records import DocumentTimeout, ErrorRecord, Result, error_record

EngineFactory = Callable[[Settings], object]  # returns an object like api.Engine


def default_engine_factory(settings: Settings):
    from ..api import Engine

    return Engine(settings)


@contextmanager
def deadline(seconds: float | None, what: str = "document"):
    """Raise DocumentTimeout in this thread when the block runs longer than `seconds`.

    In a process's main thread this is a SIGALRM timer; elsewhere (a Dask task thread) a
    watchdog injects the exception asynchronously. Both act between Python bytecodes: a long
    C call is only stopped when it returns (the local engine then kills the worker).
    """
    if not seconds or seconds <= 0:
        yield
        return
    message = f"{what} exceeded its time budget of {seconds:g} s"
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise DocumentTimeout(message)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    target = threading.get_ident()
    done = threading.Event()

    def watchdog():
        if not done.wait(seconds):
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                       ctypes.py_object(DocumentTimeout))

    guard = threading.Thread(target=watchdog, daemon=True)
    guard.start()
    try:
        yield
    except DocumentTimeout:
        raise DocumentTimeout(message) from None
    finally:
        done.set()
        guard.join()


def _needs_parse(engine) -> bool:
    settings = getattr(engine, "settings", None)
    return bool(getattr(settings, "events", True)) and hasattr(engine, "nlp")


def _parse_all(engine, documents: Sequence[Document], budget: float | None) -> list:
    """spaCy parses of the documents (None where a document is not parsed here)."""
    parsed: list = [None] * len(documents)
    if not documents or not _needs_parse(engine):
        return parsed
    nlp = engine.nlp
    limit = getattr(nlp, "max_length", 10**9)
    todo = [i for i, d in enumerate(documents) if d.text.strip() and len(d.text) <= limit]
    if not todo:
        return parsed
    try:
        with deadline(budget * len(todo) if budget else None, "parsing the chunk"):
            docs = list(nlp.pipe([documents[i].text for i in todo], batch_size=len(todo)))
    except DocumentTimeout:
        return parsed  # each document is then parsed on its own, under its own budget
    for i, doc in zip(todo, docs):
        parsed[i] = doc
    return parsed


def reconstruct_one(engine, document: Document, parsed, budget: float | None) -> Result:
    if parsed is None and _needs_parse(engine) and len(document.text) > getattr(engine.nlp, "max_length", 10**9):
        return error_record(document.id, InputError(
            f"the document has {len(document.text):,} characters, over the parser's limit of "
            f"{engine.nlp.max_length:,}: split it (or run with events off: time expressions only)"))
    try:
        with deadline(budget):
            return engine.reconstruct(document, parsed=parsed)
    except Exception as exc:  # errors are values: one record per document, the batch goes on
        return error_record(document.id, exc)


def process_chunk(engine, payloads: Sequence[Document | ErrorRecord], budget: float | None,
                  on_start: Callable[[int], None] | None = None, solo: bool = False) -> Iterator[Result]:
    """Results of a chunk, in order. ErrorRecords from reading the input pass through.

    `on_start(i)` is called before document i (and with -1 before the shared parse); `solo`
    skips the shared parse: each document is then parsed by the engine inside its own budget.
    """
    documents = [p for p in payloads if isinstance(p, Document)]
    if solo:
        parses = iter([None] * len(documents))
    else:
        if on_start is not None and documents:
            on_start(-1)
        parses = iter(_parse_all(engine, documents, budget))
    for index, payload in enumerate(payloads):
        if isinstance(payload, ErrorRecord):
            yield payload
            continue
        if on_start is not None:
            on_start(index)
        yield reconstruct_one(engine, payload, next(parses), budget)


_ENGINES: dict = {}


def cached_engine(factory: EngineFactory, settings: Settings):
    """One engine (and so one spaCy pipeline) per process, per factory and settings."""
    key = (factory, settings.model_dump_json())
    engine = _ENGINES.get(key)
    if engine is None:
        engine = _ENGINES[key] = factory(settings)
        if _needs_parse(engine):
            engine.nlp  # load the pipeline now, not inside the first document's budget
        getattr(engine, "tagger", None)  # and the rules: a broken rule file stops the batch
        _warm_up(engine)
    return engine


def _warm_up(engine) -> None:
    """Reconstruct one short document so that every lazily loaded part (event model, lexicons)
    is loaded before the first real document's time budget starts."""
    from datetime import datetime, timezone

    warm = Document(id="warm-up", text="The committee met on Monday and will vote next week.",
                    published=datetime(2000, 1, 5, tzinfo=timezone.utc), timezone="UTC")
    try:
        engine.reconstruct(warm)
    except Exception:
        pass  # a real document will report it
