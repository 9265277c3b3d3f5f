"""TBAQ documents with their spaCy parses, cached on disk so training and evaluation re-use them."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..corpora.timeml import TimeMLDocument, read_corpus
from ..nlp import PIPELINE_VERSION

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
TBAQ = SHARED / "tempeval3" / "TBAQ-cleaned"
PARTS = ("TimeBank", "AQUAINT")


def cache_dir() -> Path:
    # why: parsing 256 documents takes minutes on a shared 2-core machine; a parse changes only
    # with the pipeline (PIPELINE_VERSION is part of its key)
    return Path(os.environ.get("TIMELINE_PARSE_CACHE", "/tmp/timeline-parse-cache"))


def parse_cached(nlp, docs: list[TimeMLDocument]) -> list:
    """spaCy Docs for the documents' texts, read from / written to the cache directory."""
    from spacy.tokens import DocBin

    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    out, todo = [None] * len(docs), []
    for i, doc in enumerate(docs):
        path = folder / (hashlib.sha1((PIPELINE_VERSION + doc.text).encode()).hexdigest() + ".spacy")
        if path.exists():
            out[i] = next(iter(DocBin().from_disk(path).get_docs(nlp.vocab)))
        else:
            todo.append((i, path))
    for (i, path), parsed in zip(todo, nlp.pipe([docs[i].text for i, _ in todo], batch_size=4)):
        DocBin(docs=[parsed], store_user_data=False).to_disk(path)
        out[i] = parsed
    return out


def heldout(parts: dict[str, list], train, folds: int = 0) -> dict[str, object]:
    """docid -> a model from train(pairs) that never saw the document.

    folds=0: trained on the other TBAQ part (TimeBank documents scored by an AQUAINT model and the
    reverse: each model meets the other corpus's annotation habits). folds=k: k-fold over all
    TBAQ, documents interleaved by index so every fold mixes both sources, as the shipped models
    (trained on both) do.
    """
    if folds:
        every = [p for part in PARTS for p in parts[part]]
        out = {}
        for k in range(folds):
            model = train([p for i, p in enumerate(every) if i % folds != k])
            out.update({doc.docid: model for i, (doc, _) in enumerate(every) if i % folds == k})
        return out
    models = {part: train(parts[part]) for part in PARTS}
    return {doc.docid: models[other] for part, other in zip(PARTS, reversed(PARTS)) for doc, _ in parts[part]}


def load_part(part: str, nlp=None, root: Path = TBAQ) -> list[tuple[TimeMLDocument, object]]:
    """(gold document, parse) pairs of one TBAQ part; parse is None when nlp is None."""
    docs = read_corpus(root / part)
    if nlp is None:
        return [(d, None) for d in docs]
    return list(zip(docs, parse_cached(nlp, docs)))
