"""The timeline as Markdown tables: entries (local time beside UTC), time expressions, conflicts."""
from __future__ import annotations

import re

from rich.cells import cell_len  # display width: a CJK or emoji character takes two columns

from ..models import Timeline
from .table import conflict_rows, entry_rows, guesses_note, published_text, timex_rows

_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def cell(text: object) -> str:
    """A value made safe for a table cell: no line breaks, Markdown and HTML characters escaped."""
    flat = " ".join(str(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", flat) or " "


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    """A pipe table whose columns line up in the source too: a .md file is read raw in editors
    and terminals as often as rendered (ragged pipes had made the rows hard to follow there)."""
    cells = [list(header)] + [[cell(value) for value in row] for row in rows]
    widths = [max(3, *(cell_len(r[i]) for r in cells)) for i in range(len(header))]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v + " " * (w - cell_len(v)) for v, w in zip(values, widths)) + " |"

    return [line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in cells[1:]]


def render(timeline: Timeline) -> str:
    info = timeline.document
    out = [f"# Timeline of {cell(info.id)}", "",
           f"Published {cell(published_text(timeline))}."
           + (f" Place: {cell(info.place)}." if info.place else ""), ""]

    out += ["## Timeline", ""]
    rows = entry_rows(timeline)
    if rows:
        out += _table(["#", "Local time", "Zone", "UTC", "What", "Events"],
                      [[r.position, r.local, r.zone, r.utc, r.label, r.events] for r in rows])
    else:
        out.append("No events could be placed on the time line.")
    out.append("")

    out += ["## Time expressions", ""]
    timexes = timex_rows(timeline)
    if timexes:
        out += _table(["Text", "Type", "Value", "Local time", "Zone", "UTC"],
                      [[r.text, r.type, r.value, r.local, r.zone, r.utc] for r in timexes])
    else:
        out.append("No time expressions found.")
    out.append("")

    conflicts = conflict_rows(timeline)
    if conflicts:
        out += ["## Conflicts", ""]
        out += _table(["Rejected relation", "Why", "Contradicts"], [list(row) for row in conflicts])
        out.append("")
    if note := guesses_note(timeline):
        out += [note, ""]
    return "\n".join(out)
