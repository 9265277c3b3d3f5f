"""The answer of the zone resolver."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ZoneChoice:
    """The zone an expression's local time is read in, the zones considered, and why."""

    zone: str  # IANA name (or "UTC+05:30" for an offset IANA cannot name)
    candidates: tuple[str, ...]  # all zones considered; more than one when a place spans several
    reason: str  # e.g. "local time at Vostochny Cosmodrome (Amur Oblast, Russia) -> Asia/Yakutsk"
