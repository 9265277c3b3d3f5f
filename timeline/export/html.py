"""One self-contained HTML page: a vertical timeline (local time beside UTC), the article with
its time expressions and events highlighted, the time expressions, and the conflicts.

Inline CSS only: no scripts, fonts or images from elsewhere. Every piece of text is escaped.
"""
from __future__ import annotations

import re
from html import escape

from ..models import Timeline
from .table import (
    clean, conflict_rows, describe, entry_rows, event_by_id, event_span, event_zone, guesses_note, in_utc,
    published_text, timex_rows, timex_zone, zone_label,
)

CSS = """
:root { --ink:#1d232b; --muted:#5b6573; --line:#d5dbe3; --accent:#2f6db5; --tx:#fff0b3; --ev:#d7ecff;
        --bad:#b3261e; --paper:#ffffff; --bg:#f4f6f9; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
       font:15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { background:var(--ink); color:#fff; padding:20px 32px; }
header h1 { margin:0 0 4px; font-size:22px; }
header p { margin:0; color:#c9d1dc; }
main { max-width:1100px; margin:0 auto; padding:16px 24px 48px; }
section { background:var(--paper); border:1px solid var(--line); border-radius:8px; padding:16px 24px;
          margin:16px 0; }
h2 { font-size:18px; margin:0 0 12px; }
ol.timeline { list-style:none; margin:0; padding:0 0 0 28px; position:relative; }
ol.timeline::before { content:""; position:absolute; left:9px; top:6px; bottom:6px; width:2px;
                      background:var(--line); }
ol.timeline li { position:relative; margin:0 0 18px; }
ol.timeline li::before { content:attr(data-pos); position:absolute; left:-28px; top:2px; width:20px;
  height:20px; border-radius:50%; background:var(--accent); color:#fff; font-size:11px; font-weight:600;
  text-align:center; line-height:20px; }
.when { display:flex; flex-wrap:wrap; gap:4px 18px; }
.local { font-weight:600; }
.zone, .utc, .muted { color:var(--muted); font-size:13px; }
.label { font-size:16px; margin:2px 0; }
.chips a { display:inline-block; margin:2px 6px 2px 0; padding:0 8px; border-radius:10px; background:var(--ev);
           color:var(--ink); font-size:13px; text-decoration:none; }
.article { white-space:pre-wrap; max-height:none; }
mark { border-radius:3px; padding:0 1px; color:inherit; }
mark.tx { background:var(--tx); border-bottom:2px solid #d9a400; }
mark.ev { background:var(--ev); border-bottom:2px solid var(--accent); }
mark.tx.ev { background:linear-gradient(var(--tx), var(--ev)); }
.legend mark { margin-right:8px; }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { text-align:left; vertical-align:top; padding:6px 8px; border-bottom:1px solid var(--line); }
th { color:var(--muted); font-weight:600; }
td small { color:var(--muted); }
.conflict { border-left:4px solid var(--bad); padding:4px 12px; margin:8px 0; }
.empty { color:var(--muted); font-style:italic; }
"""


CHIPS_SHOWN = 16  # events linked per entry; the rest are counted
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _header(timeline: Timeline) -> str:
    info = timeline.document
    place = f" · place: {_e(info.place)}" if info.place else ""
    return (f"<header><h1>Timeline of {_e(info.id)}</h1>"
            f"<p>Published {_e(published_text(timeline))}{place} · {_plural(len(timeline.events), 'event')}, "
            f"{_plural(len(timeline.timexes), 'time expression')}, "
            f"{_plural(len(conflict_rows(timeline)), 'conflict')}</p></header>")


def _timeline(timeline: Timeline) -> str:
    events = event_by_id(timeline)
    items = []
    for entry, row in zip(timeline.timeline, entry_rows(timeline)):
        known = [event_id for event_id in entry.events if event_id in events]
        chips = "".join(f'<a href="#{_e(event_id)}" title="{_e(clean(events[event_id].sentence))}">'
                        f"{_e(events[event_id].text)}</a>" for event_id in known[:CHIPS_SHOWN])
        if len(known) > CHIPS_SHOWN:
            chips += f'<span class="muted">+{len(known) - CHIPS_SHOWN} more</span>'

        items.append(
            f'<li data-pos="{_e(row.position)}"><div class="when"><span class="local">{_e(row.local)}</span>'
            f'<span class="zone">{_e(row.zone)}</span><span class="utc">UTC: {_e(row.utc)}</span></div>'
            f'<div class="label">{_e(row.label)}</div><div class="chips">{chips}</div></li>')
    body = f'<ol class="timeline">{"".join(items)}</ol>' if items else \
        '<p class="empty">No events could be placed on the time line.</p>'
    return f'<section id="timeline"><h2>Timeline</h2>{body}</section>'


def _annotations(timeline: Timeline) -> list[tuple[int, int, str, str, str]]:
    """(start, end, css class, anchor id, tooltip) for every span that fits in the text."""
    size = len(timeline.text)
    spans = []
    for timex in timeline.timexes:
        interval = timex.interval
        where = (f"{describe(interval.start, interval.end, timex_zone(timeline, timex))} "
                 f"({zone_label(timex_zone(timeline, timex), interval.start)}); UTC {in_utc(interval.start, interval.end)}"
                 if interval else "no interval")
        spans.append((timex.start, timex.end, "tx", timex.id, f"{timex.type} {timex.value}: {where}"))
    for event in timeline.events:
        start, end = event_span(timeline, event)
        zone = event_zone(timeline, event)
        spans.append((event.start, event.end, "ev", event.id,
                      f"{event.event_class} {event.tense}: {describe(start, end, zone)} "
                      f"({zone_label(zone, start or end)}); UTC {in_utc(start, end)}"))
    return [s for s in spans if 0 <= s[0] < s[1] <= size]


def highlight(timeline: Timeline) -> str:
    """The text, escaped, with <mark>s around time expressions and events (overlaps allowed)."""
    text = timeline.text
    spans = _annotations(timeline)
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    named: set[str] = set()
    out = []
    for left, right in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= left and right <= s[1]]
        piece = _e(text[left:right])
        if not covering:
            out.append(_BLANK_LINES.sub("\n\n", piece))
            continue
        classes = " ".join(sorted({s[2] for s in covering}))
        title = " | ".join(s[4] for s in covering)
        ids = [s[3] for s in covering if s[0] == left and s[3] not in named]
        named.update(ids)
        anchor = f' id="{_e(ids[0])}"' if ids else ""
        # spans starting together (a timex and the event inside it) each keep a link target:
        # the second id had been dropped and the timeline's link to it led nowhere
        out.extend(f'<span id="{_e(extra)}"></span>' for extra in ids[1:])
        out.append(f'<mark class="{classes}"{anchor} title="{_e(title)}">{piece}</mark>')
    return "".join(out)


def _article(timeline: Timeline) -> str:
    if not timeline.text:
        return '<section id="text"><h2>Text</h2><p class="empty">The text is not available.</p></section>'
    legend = ('<p class="legend muted"><mark class="tx">time expression</mark><mark class="ev">event</mark>'
              "hover a mark for its value, local time and UTC</p>")
    return f'<section id="text"><h2>Text</h2>{legend}<div class="article">{highlight(timeline)}</div></section>'


def _timexes(timeline: Timeline) -> str:
    rows = "".join(
        f"<tr><td>{_e(r.text)}</td><td>{_e(r.type)}</td><td><code>{_e(r.value)}</code></td>"
        f"<td>{_e(r.local)}<br><small>{_e(r.zone)}</small></td><td>{_e(r.utc)}</td></tr>"
        for r in timex_rows(timeline))
    body = (f"<table><thead><tr><th>Text</th><th>Type</th><th>Value</th><th>Local time</th><th>UTC</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>") if rows else '<p class="empty">No time expressions found.</p>'
    return f'<section id="timexes"><h2>Time expressions</h2>{body}</section>'


def _conflicts(timeline: Timeline) -> str:
    items = "".join(f'<div class="conflict"><strong>{_e(rejected)}</strong> rejected: {_e(reason)}'
                    + (f'<br><span class="muted">contradicts {_e(chain)}</span>' if chain else "") + "</div>"
                    for rejected, reason, chain in conflict_rows(timeline))
    body = items or '<p class="empty">No conflicts: every relation the text states fits.</p>'
    if note := guesses_note(timeline):
        body += f'<p class="muted">{_e(note)}</p>'
    return f'<section id="conflicts"><h2>Conflicts</h2>{body}</section>'


def render(timeline: Timeline) -> str:
    title = _e(f"Timeline of {timeline.document.id}")
    return ("<!DOCTYPE html>\n"
            f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{title}</title>'
            f"<style>{CSS}</style></head><body>{_header(timeline)}<main>"
            f"{_timeline(timeline)}{_article(timeline)}{_timexes(timeline)}{_conflicts(timeline)}"
            "</main></body></html>\n")
