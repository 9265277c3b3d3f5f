"""Character-span helpers shared by the tagger, the zone finder and the event links."""
from __future__ import annotations

import re

# a blank line (Windows line ends too) ends a block: the headline, a paragraph
BLOCK_BREAK = re.compile(r"\n[ \t\r]*\n")
# why: a headline is short and ends without a full stop; a dateline block ("NAIROBI, Kenya (AP) _")
# ends in a dash or underscore and names no event, so it never matches
_HEADLINE_MAX_WORDS = 20


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span [start, end) of `text` without its leading and trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def headline_span(text: str) -> tuple[int, int] | None:
    """Character span of the headline: a first block of at most 20 words with no closing
    punctuation, followed by more text; None when the text starts with its body."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    brk = BLOCK_BREAK.search(text, start)
    if brk is None:
        return None
    block = text[start:brk.start()].rstrip()
    if not block or "\n" in block.strip() or block[-1] in ".!?\"'”’:;_-–—" \
            or len(block.split()) > _HEADLINE_MAX_WORDS or not text[brk.end():].strip():
        return None
    return start, start + len(block)
