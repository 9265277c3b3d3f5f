"""reconstruct_many: a stream of documents in, a stream of results out, in the same order."""
from __future__ import annotations

from typing import Iterable, Iterator

from ..errors import InputError, TimelineError
from ..inputs import document_from_json
from ..models import Document, Timeline
from ..settings import Settings
from .records import ErrorRecord, error_record
from .work import EngineFactory, cached_engine, default_engine_factory, process_chunk

DEFAULT_CHUNK_SIZE = 25


def _as_payload(value: object, index: int) -> Document | ErrorRecord:
    if isinstance(value, Document):
        return value
    fallback = f"document-{index}"
    if isinstance(value, dict):
        doc_id = str(value.get("id") or fallback)
        try:
            return document_from_json(value, default_id=doc_id)
        except TimelineError as exc:
            return error_record(doc_id, exc)
    return error_record(fallback, InputError(f"expected a Document or a dict, got {type(value).__name__}"))


def _chunks(documents: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for index, value in enumerate(documents):
        chunk.append(_as_payload(value, index))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def reconstruct_many(documents: Iterable[Document | dict], workers: int = 0, *,
                     settings: Settings | None = None, doc_timeout: float | None = None,
                     chunk_size: int = DEFAULT_CHUNK_SIZE,
                     engine_factory: EngineFactory = default_engine_factory,
                     ) -> Iterator[Timeline | ErrorRecord]:
    """Yield, for each input document and in input order, its Timeline or an ErrorRecord.

    `documents` may be any iterable (a generator over a huge corpus is fine: it is read as
    results are consumed). `workers=0` works in this process (the engine is cached, loaded
    once); `workers=N` uses N worker processes, each loading the spaCy pipeline once and
    parsing `chunk_size` documents per nlp.pipe call. Errors never stop the stream: a bad
    document, an engine failure or a document over `doc_timeout` seconds yields an
    ErrorRecord (`.id`, `.error.kind`, `.error.message`) in its place.
    """
    settings = settings or Settings()
    if workers <= 0:
        engine = cached_engine(engine_factory, settings)
        for chunk in _chunks(documents, chunk_size):
            yield from process_chunk(engine, chunk, doc_timeout)
        return
    from .pool import LocalPool

    texts: list = []

    def remembered(chunks):
        for chunk in chunks:
            texts.extend(chunk)
            yield chunk

    with LocalPool(workers, engine_factory, settings, budget=doc_timeout, mode="object") as pool:
        for index, result in enumerate(pool.map(remembered(_chunks(documents, chunk_size)))):
            payload = texts[index]
            texts[index] = None
            if isinstance(result, Timeline) and isinstance(payload, Document):
                result = result.model_copy(update={"text": payload.text}) if not result.text else result
            yield result
