"""Time expressions found in a text, anchored on the time line."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimexMod = Literal[
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
]


class Interval(BaseModel):
    """A half-open span [start, end) of real time; both bounds zone-aware."""

    model_config = ConfigDict(frozen=True)

    start: datetime
    end: datetime

    @field_validator("start", "end")
    @classmethod
    def _must_be_aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("interval bounds must carry a time zone")
        return value

    def contains(self, other: "Interval") -> bool:
        return self.start <= other.start and other.end <= self.end


class Timex(BaseModel):
    """A TIMEX3: where it is in the text, its value, and the real-time span it denotes."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    start: int = Field(description="character offset of the first character")
    end: int = Field(description="character offset after the last character")
    type: TimexType
    value: str = Field(description="TIMEX3 value, e.g. 2023-09-12, P3Y, PRESENT_REF")
    mod: TimexMod | None = None
    timezone: str | None = Field(
        default=None, description="IANA zone whose local time the expression is in"
    )
    timezone_candidates: list[str] = Field(
        default_factory=list, description="all zones considered when the place spans several"
    )
    timezone_reason: str | None = Field(default=None, description="why this zone was chosen")
    interval: Interval | None = Field(
        default=None, description="the span denoted; null for durations, sets, unresolvable"
    )
    anchor: str | None = Field(default=None, description="id of the time it was anchored on")
    rule: str | None = Field(default=None, description="the rule that found it")
