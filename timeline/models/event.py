"""Events reported by a text and the temporal relations between things."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

EVENT_CLASSES = (
    "OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION",
)
REL_TYPES = (
    "BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING", "DURING_INV", "SIMULTANEOUS",
    "IAFTER", "IBEFORE", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY",
)


class When(BaseModel):
    """Bounds on an event's start and end points (UTC, ISO 8601); null means unbounded."""

    model_config = ConfigDict(frozen=True)

    earliest_start: datetime | None = None
    latest_start: datetime | None = None
    earliest_end: datetime | None = None
    latest_end: datetime | None = None


class Event(BaseModel):
    """A TimeML EVENT with its attributes and its place on the time line."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    id: str
    text: str
    start: int
    end: int
    event_class: str = Field(alias="class", default="OCCURRENCE")
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str = "POS"
    modality: str | None = None
    pos: str = "VERB"
    sentence: str = Field(default="", description="the source sentence")
    when: When = Field(default_factory=When)
    anchor: str | None = Field(default=None, description="id of the governing timex")


class Offset(BaseModel):
    """How far apart the two starts are: source's start minus target's start, in seconds.

    Negative when the source starts first ("closed a week before the strike"); null bounds are
    open ("more than two days after"). The solver holds it as a metric constraint."""

    model_config = ConfigDict(frozen=True)

    min_seconds: float | None = Field(description="the least distance; null: unbounded below")
    max_seconds: float | None = Field(description="the greatest distance; null: unbounded above")
    duration: str = Field(description="the distance the text states, a TIMEX3 value such as P2D")
    timex: str | None = Field(default=None, description="id of the time expression that states it")


class Relation(BaseModel):
    """A TLINK: source relType target, with the rule or step that proposed it."""

    model_config = ConfigDict(frozen=True)

    source: str
    target: str
    type: str = Field(description="a TimeML relType (BEFORE, IS_INCLUDED, ...), or one that orders two "
                      "points only: STARTS_BEFORE / STARTS_AFTER (the starts, as MATRES), "
                      "ENDS_ON_OR_BEFORE / ENDS_ON_OR_AFTER (the ends: a deadline, \"by Friday\"), "
                      "STARTS_ON_OR_AFTER / STARTS_ON_OR_BEFORE (the starts: a range's first end, "
                      "\"between 2016 and 2021\")")
    origin: str
    confidence: float = 1.0
    offset: Offset | None = Field(default=None, description="the distance between the starts, when "
                                  "the text states one (\"two days after\")")


class Conflict(BaseModel):
    """A relation the solver rejected, with the accepted chain it contradicts."""

    model_config = ConfigDict(frozen=True)

    relation: Relation
    reason: str
    chain: list[Relation] = Field(default_factory=list)
