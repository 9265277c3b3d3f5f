"""timeline: event-timeline reconstruction from news and narrative text.

    import timeline
    result = timeline.reconstruct(text, published="2023-09-13T06:00-04:00", timezone="America/Montreal")
    print(timeline.render(result, "table"))

Heavy libraries (spaCy, dateparser, Dask) load lazily, on first use.
"""
from .api import Engine, make_document, reconstruct, tag
from .errors import DateError, InputError, ResourceError, TimelineError, ZoneError
from .export import render
from .models import (
    SCHEMA_VERSION, Conflict, Document, Domain, Event, Interval, Relation, Timeline, TimelineEntry,
    Timex, When,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION", "Conflict", "DateError", "Document", "Domain", "Engine", "Event", "InputError",
    "Interval", "Relation", "ResourceError", "Settings", "Timeline", "TimelineEntry", "TimelineError",
    "Timex", "When", "ZoneError", "__version__", "make_document", "reconstruct", "reconstruct_many",
    "render", "tag",
]


def __getattr__(name: str):
    # the streaming batch API pulls in multiprocessing machinery; load it only when asked
    if name == "reconstruct_many":
        from .batch import reconstruct_many

        return reconstruct_many
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
