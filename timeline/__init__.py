"""timeline: event-timeline reconstruction from news and narrative text.

    import timeline
    result = timeline.reconstruct(text, published="2023-09-13T06:00-04:00", timezone="America/Montreal")
    print(timeline.render(result, "table"))

Heavy libraries (spaCy, dateparser, Dask) load lazily, on first use; so do the names below
(`import timeline` alone costs next to nothing: `python -m timeline --help` stays quick).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# public name -> the private module (in this package) that defines it
_EXPORTS = {
    "Engine": "api", "make_document": "api", "reconstruct": "api", "tag": "api",
    "DateError": "errors", "InputError": "errors", "ResourceError": "errors",
    "TimelineError": "errors", "ZoneError": "errors",
    "render": "export",
    "SCHEMA_VERSION": "models", "Conflict": "models", "Document": "models", "Domain": "models",
    "Event": "models", "Interval": "models", "Relation": "models", "Timeline": "models",
    "TimelineEntry": "models", "Timex": "models", "When": "models",
    "Settings": "settings",
    # the streaming batch API pulls in multiprocessing machinery
    "reconstruct_many": "batch", "ErrorRecord": "batch",
}

__all__ = [
    "SCHEMA_VERSION", "Conflict", "DateError", "Document", "Domain", "Engine", "ErrorRecord", "Event",
    "InputError",
    "Interval", "Relation", "ResourceError", "Settings", "Timeline", "TimelineEntry", "TimelineError",
    "Timex", "When", "ZoneError", "__version__", "make_document", "reconstruct", "reconstruct_many",
    "render", "tag",
]

if TYPE_CHECKING:  # for type checkers and IDEs; at run time the names load on first use
    from .api import Engine, make_document, reconstruct, tag
    from .batch import ErrorRecord, reconstruct_many
    from .errors import DateError, InputError, ResourceError, TimelineError, ZoneError
    from .export import render
    from .models import (
        SCHEMA_VERSION, Conflict, Document, Domain, Event, Interval, Relation, Timeline,
        TimelineEntry, Timex, When,
    )
    from .settings import Settings


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    if name != "reconstruct_many":  # as before: looked up in timeline.batch each time
        globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
