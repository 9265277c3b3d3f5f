"""The public API: compose the stages of the data path (README.md, "Python")."""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from .inputs import check_zone, parse_published
from .models import Document, DocumentInfo, Timeline, Timex
from .settings import Settings


class Engine:
    """Everything the stages need, loaded once and passed in: rules, zones, the parser."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._tagger = None
        self._nlp = None

    @property
    def tagger(self):
        if self._tagger is None:
            from .tagger import Tagger

            self._tagger = Tagger.load(self.settings)
        return self._tagger

    @property
    def nlp(self):
        if self._nlp is None:
            from .nlp import load_pipeline

            self._nlp = load_pipeline()
        return self._nlp

    def tag(self, document: Document, parsed=None) -> list[Timex]:
        return self.tagger.tag(document, parsed=parsed)

    def reconstruct(self, document: Document, parsed=None) -> Timeline:
        """The full data path; `parsed` is a spaCy Doc of document.text when one exists already."""
        info = DocumentInfo(id=document.id, published=document.published, timezone=document.timezone,
                            place=document.place, domain=self.tagger.domain_for(document).value)
        if not document.text.strip():
            return Timeline(document=info, text=document.text)
        if not self.settings.events:
            return Timeline(document=info, text=document.text, timexes=self.tag(document))
        from .events import detect_events
        from .events.links import propose_links
        from .solver import solve

        if parsed is None:
            parsed = self.nlp(document.text)
        timexes = self.tag(document, parsed=parsed)
        events = detect_events(document, parsed, timexes)
        relations = propose_links(document, parsed, events, timexes)
        solution = solve(document, events, timexes, relations)
        return Timeline(document=info, text=document.text, timexes=timexes, events=solution.events,
                        relations=solution.relations, timeline=solution.entries,
                        conflicts=solution.conflicts)


@lru_cache(maxsize=8)
def default_engine(settings: Settings | None = None) -> Engine:
    return Engine(settings)


def make_document(text: str | Document, published: str | date | datetime | None = None,
                  timezone: str | None = None, place: str | None = None, id: str = "document") -> Document:
    """A Document from its parts; `published` is required: ISO 8601 (or a date string), a date
    (taken at noon) or a datetime (a naive one is read in `timezone`, else UTC)."""
    if isinstance(text, Document):
        return text
    if published is None:
        from .errors import DateError

        raise DateError("published is required: the engine never reads the clock")
    if timezone is not None:
        check_zone(timezone)
    moment, zone = parse_published(published, timezone)
    return Document(id=id, text=text, published=moment, timezone=zone, place=place)


def tag(text: str | Document, published: str | date | datetime | None = None, timezone: str | None = None,
        place: str | None = None, settings: Settings | None = None) -> list[Timex]:
    """The time expressions of a text, resolved against its publication moment."""
    return default_engine(settings).tag(make_document(text, published, timezone, place))


def reconstruct(text: str | Document, published: str | date | datetime | None = None,
                timezone: str | None = None, place: str | None = None,
                settings: Settings | None = None) -> Timeline:
    """The full timeline of a text: time expressions, events, relations, order, conflicts."""
    return default_engine(settings).reconstruct(make_document(text, published, timezone, place))
