"""The input: a text with the moment and place it was published."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Domain(str, Enum):
    """How relative expressions are anchored."""

    NEWS = "news"  # against the publication date
    NARRATIVE = "narrative"  # against the last mentioned time


class Document(BaseModel):
    """A text to reconstruct, with its publication moment (zone-aware) and publisher's zone."""

    model_config = ConfigDict(frozen=True)

    id: str = "document"
    text: str
    published: datetime
    timezone: str = Field(description="IANA zone of the publisher, e.g. America/Montreal")
    place: str | None = Field(default=None, description="where the story happens, if known")

    @field_validator("published")
    @classmethod
    def _must_be_aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("published must carry a time zone")
        return value
