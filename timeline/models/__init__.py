"""pydantic models that cross stage boundaries."""
from .document import Document, Domain
from .event import Conflict, Event, Offset, Relation, When
from .timeline import SCHEMA_VERSION, DocumentInfo, Timeline, TimelineEntry
from .timex import Interval, Timex

__all__ = [
    "SCHEMA_VERSION", "Conflict", "Document", "DocumentInfo", "Domain", "Event", "Interval",
    "Offset", "Relation", "Timeline", "TimelineEntry", "Timex", "When",
]
