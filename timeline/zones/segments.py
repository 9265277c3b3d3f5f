"""Sentence, paragraph and dateline spans of a text, cheaply (no parser needed).

The resolver only needs "which sentence / paragraph holds this offset", so a regex
splitter is enough and keeps zone resolution independent of spaCy.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..spans import strip_span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n\s*")  # \r: Windows line ends
# A sentence ends at . ! ? (with closing quotes) before whitespace, or at a line break
# (bullets and captions have no final period).
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s)|\n")
# "SEOUL, Sept. 13 -", "TOKYO (Reuters) -", "WASHINGTON \u2014": upper-case words opening a
# paragraph, then a comma, parenthesis or dash.
# why the Latin-1 capitals: "SÃO PAULO —", "BOGOTÁ, Colombia —", "ZÜRICH (Reuters) -"
_UPPER = "A-ZÀ-ÖØ-Þ"
_DATELINE = re.compile(rf"([{_UPPER}][{_UPPER}'.\-]+(?: [{_UPPER}][{_UPPER}'.\-]+){{0,3}})(, [A-Z][A-Za-z.]+)?\s*"
                       r"(?=,|\(|\u2014|\u2013|-)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph: blocks separated by blank lines."""
    spans, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if brk.start() > start:
            spans.append((start, brk.start()))
        start = brk.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str, abbreviations: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """[start, end) of each sentence; a period after a known abbreviation ends none."""
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        stop = end.end()
        if end.group().startswith(".") and any(
                text.endswith(a, 0, end.start() + 1) for a in abbreviations):
            continue
        if text[start:stop].strip():
            spans.append(strip_span(text, start, stop))
        start = stop
    if text[start:].strip():
        spans.append(strip_span(text, start, len(text)))
    return spans


def containing(spans: list[tuple[int, int]], offset: int) -> int | None:
    """Index of the span holding `offset` (spans sorted and disjoint), else None."""
    index = bisect_right([s for s, _ in spans], offset) - 1
    if index >= 0 and spans[index][0] <= offset <= spans[index][1]:
        return index
    return None


def dateline(text: str, start: int) -> tuple[str, int] | None:
    """The upper-case place opening a paragraph ("SEOUL, Sept. 13 -"), with its offset."""
    match = _DATELINE.match(text, start)
    if match is None or len(match.group(1)) < 3:
        return None
    # the state or country after the place comes along: it tells "PEORIA, Ill." from Arizona's
    return match.group(1) + (match.group(2) or ""), match.start(1)
