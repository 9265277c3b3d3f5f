"""Markdown: the same tables as the rich rendering, with cells that cannot break the table."""
from __future__ import annotations

try:
    from test_export_view import PUBLISHED, seed_timeline
except ImportError:  # tests collected as a package
    from tests.test_export_view import PUBLISHED, seed_timeline

from timeline.export import markdown, render
from timeline.models import DocumentInfo, Timeline


def _table(out: str, heading: str) -> list[list[str]]:
    lines = out.split(heading, 1)[1].strip().splitlines()
    rows = []
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split(" | ")])
    return rows


def test_entries_table_has_local_zone_and_utc_columns_in_order():
    out = render(seed_timeline(), "markdown")
    header = next(line for line in out.splitlines() if line.startswith("| #"))
    assert [c.strip() for c in header.strip("|").split("|")] == ["#", "Local time", "Zone", "UTC", "What", "Events"]
    rows = _table(out, "## Timeline")
    assert [r[0] for r in rows] == [str(i) for i in range(1, 9)]
    summit = rows[-1]
    assert summit[1:4] == ["Wed 2023-09-13 06:00-12:00", "Asia/Yakutsk UTC+09",
                           "Tue 2023-09-12 21:00 to Wed 2023-09-13 03:00"]


def test_every_row_has_as_many_cells_as_the_header():
    out = markdown.render(seed_timeline())
    for line in out.splitlines():
        if line.startswith("| Text"):
            width = line.count(" | ")
    rows = _table(out, "## Time expressions")
    assert len(rows) == 9
    assert all(len(r) == width + 1 for r in rows)


def test_cells_escape_pipes_newlines_and_html():
    assert markdown.cell("a | b\nc") == r"a \| b c"
    assert markdown.cell("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert markdown.cell("*bold* [link]") == r"\*bold\* \[link\]"
    assert markdown.cell("") == " "


def test_a_label_with_a_pipe_does_not_add_a_column():
    tl = seed_timeline()
    entry = tl.timeline[0].model_copy(update={"label": "pandemic | lockdown"})
    out = markdown.render(tl.model_copy(update={"timeline": [entry, *tl.timeline[1:]]}))
    assert r"pandemic \| lockdown" in out


def test_conflicts_section_only_when_there_are_conflicts():
    assert "## Conflicts" in markdown.render(seed_timeline())
    empty = Timeline(document=DocumentInfo(id="empty", published=PUBLISHED, timezone="America/Montreal"))
    out = markdown.render(empty)
    assert "## Conflicts" not in out
    assert "No events could be placed" in out and "No time expressions found" in out
