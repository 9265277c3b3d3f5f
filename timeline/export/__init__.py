"""Renderers: each module turns a Timeline into one format. Only the Timeline is seen here."""
from __future__ import annotations

from importlib import import_module

from ..models import Timeline

# format name -> module (in this package) exposing render(timeline) -> str
FORMATS = {
    "json": "json_out",
    "table": "table",
    "markdown": "markdown",
    "ical": "ical",
    "timeml": "timeml",
    "html": "html",
    "timelinejs": "timelinejs",
}


def render(timeline: Timeline, fmt: str) -> str:
    """Render a timeline in a named format (see FORMATS)."""
    try:
        module = FORMATS[fmt.lower()]  # "JSON" and "HTML" as people write them
    except (KeyError, AttributeError):
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}") from None
    return import_module(f".{module}", __name__).render(timeline)
