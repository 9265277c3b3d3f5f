"""The one object every exporter sees."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from .event import Conflict, Event, Relation
from .timex import Timex

SCHEMA_VERSION = "1.0"


class DocumentInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    published: datetime
    timezone: str
    place: str | None = None
    domain: str = "news"


class TimelineEntry(BaseModel):
    """One position of the ordered timeline; events that cannot be ordered share it."""

    model_config = ConfigDict(frozen=True)

    position: int
    events: list[str]
    earliest: datetime | None = None
    latest: datetime | None = None
    label: str


class Timeline(BaseModel):
    """Everything reconstructed from one document."""

    model_config = ConfigDict(frozen=True)

    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    text: str = Field(default="", exclude=True, description="the input text (not serialized)")
    timexes: list[Timex] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True)
