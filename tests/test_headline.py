"""Headline detection and the parser's paragraph breaks, on real article openings."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline.events.headline import headline_span

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.parametrize("text, headline", [
    ("Strong earthquake strikes western Nepal, killing at least 38\n\nA magnitude 6.4 earthquake struck.",
     "Strong earthquake strikes western Nepal, killing at least 38"),
    ("\n  Moreira beats Sinner in five sets\n \nLucas Moreira won his first title.", "Moreira beats Sinner in five sets"),
])
def test_headline_is_the_short_first_block(text, headline):
    span = headline_span(text)
    assert span is not None and text[span[0]:span[1]] == headline


@pytest.mark.parametrize("text", [
    "NAIROBI, Kenya (AP) _\n\nThe embassy was bombed on Friday.",           # a dateline, not a headline
    "The quake hit at 11:47 p.m. on Friday.\n\nRescue teams arrived at dawn.",  # the body from line one
    "Fighting resumed on Monday in the north of the country",                # one block, nothing after it
    "Talks resume\nin Geneva\n\nDelegates met on Monday.",                    # two lines: not one headline
    " ".join(["word"] * 21) + "\n\nBody follows.",                            # too long for a headline
])
def test_no_headline(text):
    assert headline_span(text) is None


def test_the_headline_is_a_sentence_of_its_own():
    from timeline.nlp import load_pipeline

    text = (SAMPLES / "asean-tour.txt").read_text(encoding="utf-8")
    first = next(iter(load_pipeline()(text).sents))
    assert first.text.strip() == "Japanese prime minister ends Southeast Asia tour with security pact in Manila"
