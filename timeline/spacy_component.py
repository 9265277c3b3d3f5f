"""The spaCy pipeline component ``timeline``: ``nlp.add_pipe("timeline")``.

It fills, for each Doc:
- ``doc._.timexes``: the time expressions (``timeline.models.Timex``),
- ``doc._.events``: the events (``timeline.models.Event``),
- ``doc._.timeline``: the whole ``Timeline`` (relations, order, conflicts);
and the span groups ``doc.spans["timexes"]`` / ``doc.spans["events"]`` (labels: TIMEX3 type,
event class). The publication moment comes from ``doc._.published`` (an ISO 8601 string or
an aware datetime, set by the user before the component runs) or else from the ``published``
config value; ``doc._.timezone`` and ``doc._.doc_id`` likewise override the config. The engine
never reads the clock: a Doc without either raises a DateError.

When the pipeline already parses (a dependency parse is present), the component reuses that
parse; otherwise the engine parses with its own English pipeline.

    import spacy, timeline
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("timeline", config={"timezone": "America/New_York"})
    doc = nlp.make_doc("...")  # or set doc._.published on docs from nlp.pipe(..., as_tuples)
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .errors import DateError
from .settings import Settings

EXTENSIONS = ("published", "timezone", "doc_id", "timexes", "events", "timeline")


def _register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class TimelineComponent:
    def __init__(self, nlp: Language, name: str, published: Optional[str], timezone: Optional[str],
                 events: bool, domain: Optional[str]):
        from .api import Engine
        from .models import Domain

        _register_extensions()
        self.name = name
        self.published = published
        self.timezone = timezone
        self.engine = Engine(Settings(events=events, domain=Domain(domain) if domain else None))

    def __call__(self, doc: Doc) -> Doc:
        from .api import make_document

        published = doc._.published or self.published
        if published is None:
            raise DateError("set doc._.published (or the component's 'published' config): "
                            "the engine never reads the clock")
        document = make_document(doc.text, published, doc._.timezone or self.timezone,
                                 id=str(doc._.doc_id or "document"))
        parsed = doc if doc.has_annotation("DEP") else None
        result = self.engine.reconstruct(document, parsed=parsed)
        doc._.timeline = result
        doc._.timexes = list(result.timexes)
        doc._.events = list(result.events)
        doc.spans["timexes"] = _spans(doc, result.timexes, lambda t: t.type)
        doc.spans["events"] = _spans(doc, result.events, lambda e: e.event_class)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _spans(doc: Doc, items, label) -> list:
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label(item), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


@Language.factory(
    "timeline",
    default_config={"published": None, "timezone": None, "events": True, "domain": None},
    assigns=[f"doc._.{name}" for name in ("timexes", "events", "timeline")],
)
def make_timeline_component(nlp: Language, name: str, published: Optional[str] = None,
                            timezone: Optional[str] = None, events: bool = True,
                            domain: Optional[str] = None) -> TimelineComponent:
    """The 'timeline' factory (also declared as a spacy_factories entry point)."""
    return TimelineComponent(nlp, name, published, timezone, events, domain)
