"""Issue 2 + 4 acceptance on the seed article: the order of its main events."""
from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "russia-north-korea-summit.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed absent")


@pytest.fixture(scope="module")
def timeline():
    from timeline.api import Engine, make_document

    doc = make_document(SEED.read_text(encoding="utf-8"), published="2023-09-13", timezone="America/Montreal")
    return Engine().reconstruct(doc)


def _event(tl, word: str, context: str):
    """The event whose text is `word` in the sentence containing `context`."""
    hits = [e for e in tl.events if e.text == word and context in e.sentence]
    assert hits, f"no event {word!r} near {context!r}"
    return hits[0]


def _position(tl, event) -> int:
    return next(entry.position for entry in tl.timeline if event.id in entry.events)


def test_kim_journey_in_order(timeline):
    left = _event(timeline, "left", "Pyongyang on Sunday")
    crossed = _event(timeline, "crossed", "the border")
    arrived_russia = _event(timeline, "arrived", "arrived in Russia on Tuesday")
    arrived_vostochny = _event(timeline, "arrived", "Vostochny")
    handshake = _event(timeline, "exchanged", "handshake")
    pos = lambda e: _position(timeline, e)  # noqa: E731
    assert pos(left) < pos(crossed) == pos(arrived_russia) < pos(arrived_vostochny)
    assert pos(crossed) < pos(handshake)


def test_parade_letters_summit(timeline):
    parade = _event(timeline, "parade", "July")
    letters = _event(timeline, "exchanged", "letters")
    summit = _event(timeline, "meeting", "materialized")
    accused = _event(timeline, "accused", "2022")
    pos = lambda e: _position(timeline, e)  # noqa: E731
    assert pos(accused) < pos(parade) < pos(letters) < pos(summit)


def test_pandemic_start_in_2020(timeline):
    start = _event(timeline, "start", "pandemic")
    assert start.when.earliest_start.year == 2020 and start.when.latest_end.year <= 2021
    assert start.anchor is not None


def test_bounds_of_the_meeting(timeline):
    """Wednesday morning in Yakutsk is Tuesday evening in UTC."""
    arrived = _event(timeline, "arrived", "Vostochny")
    assert arrived.when.earliest_start.isoformat().startswith("2023-09-12T15")
    assert arrived.when.latest_end.isoformat() <= "2023-09-13T04:00:00+00:00"
