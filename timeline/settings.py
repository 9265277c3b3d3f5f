"""One typed settings object; a domain maps to an anchoring strategy, not scattered flags."""
from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict

from .models.document import Domain


class DateOrder(str, Enum):
    """How an ambiguous numeric date like 4/5/2023 is read."""

    MDY = "MDY"
    DMY = "DMY"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    language: str = "en"
    domain: Domain | None = None  # None: chosen per document (see tagger.anchor.choose_domain)
    date_order: DateOrder = DateOrder.MDY
    events: bool = True  # detect events (needs the spaCy model)
