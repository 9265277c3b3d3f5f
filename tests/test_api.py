"""The public Python API: the names it exports and the contract of reconstruct() and tag()."""
from __future__ import annotations

import json

import pytest

import timeline

EXPECTED_ALL = sorted([
    "SCHEMA_VERSION", "Conflict", "DateError", "Document", "Domain", "Engine", "ErrorRecord", "Event", "InputError",
    "Interval", "Relation", "ResourceError", "Settings", "Timeline", "TimelineEntry", "TimelineError",
    "Timex", "When", "ZoneError", "__version__", "make_document", "reconstruct", "reconstruct_many",
    "render", "tag",
])

TEXT = ("North Korean leader Kim Jong-un, who left Pyongyang on Sunday aboard an armored train, "
        "crossed the border on Tuesday. The pandemic started three years ago.")
PUBLISHED = "2023-09-13T06:00:00-04:00"


def test_all_is_the_curated_list() -> None:
    # a change here is a change of the public API: update this list on purpose, not by accident
    assert sorted(timeline.__all__) == EXPECTED_ALL
    assert len(set(timeline.__all__)) == len(timeline.__all__)


@pytest.mark.parametrize("name", EXPECTED_ALL)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(timeline, name) is not None


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        timeline.no_such_name  # noqa: B018


def test_error_hierarchy() -> None:
    for error in (timeline.InputError, timeline.DateError, timeline.ZoneError, timeline.ResourceError):
        assert issubclass(error, timeline.TimelineError)


@pytest.fixture(scope="module")
def result() -> timeline.Timeline:
    return timeline.reconstruct(TEXT, published=PUBLISHED, timezone="America/Montreal")


def test_reconstruct_returns_a_timeline(result) -> None:
    assert isinstance(result, timeline.Timeline)
    assert result.events, "the main verbs should be events"


def test_reconstruct_json_contract(result) -> None:
    data = json.loads(result.model_dump_json())
    assert data["schema_version"] == timeline.SCHEMA_VERSION
    assert data["document"]["published"] == PUBLISHED
    assert data["document"]["timezone"] == "America/Montreal"
    assert data["timexes"]
    for timex in data["timexes"]:
        assert TEXT[timex["start"]:timex["end"]] == timex["text"]
        assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
    values = {t["text"]: t["value"] for t in data["timexes"]}
    assert values["Sunday"] == "2023-09-10"
    assert values["Tuesday"] == "2023-09-12"
    assert values["three years ago"] == "2020"
    for event in data["events"]:
        assert TEXT[event["start"]:event["end"]] == event["text"]
    for key in ("relations", "timeline", "conflicts"):
        assert isinstance(data[key], list)


def test_render_json_matches_the_model(result) -> None:
    rendered = json.loads(timeline.render(result, "json"))
    assert rendered["schema_version"] == timeline.SCHEMA_VERSION
    assert [t["value"] for t in rendered["timexes"]] == [t.value for t in result.timexes]


def test_tag_returns_timexes_with_offsets() -> None:
    timexes = timeline.tag(TEXT, published=PUBLISHED, timezone="America/Montreal")
    assert timexes and all(isinstance(t, timeline.Timex) for t in timexes)
    for timex in timexes:
        assert TEXT[timex.start:timex.end] == timex.text


def test_naive_published_is_taken_in_the_zone() -> None:
    result = timeline.reconstruct("", published="2023-09-13T07:00:00", timezone="America/Montreal")
    data = json.loads(result.model_dump_json())
    assert data["document"]["published"] == "2023-09-13T07:00:00-04:00"
    assert data["timexes"] == [] and data["events"] == []


def test_tag_without_published_raises_date_error() -> None:
    # the engine never reads the clock
    with pytest.raises(timeline.DateError):
        timeline.tag("Kim arrived on Tuesday.")
    with pytest.raises(timeline.DateError):
        timeline.reconstruct("Kim arrived on Tuesday.")


def test_unknown_zone_raises_zone_error() -> None:
    with pytest.raises(timeline.ZoneError):
        timeline.tag("Kim arrived on Tuesday.", published=PUBLISHED, timezone="Mars/Olympus")
    with pytest.raises(timeline.ZoneError):
        timeline.reconstruct("Kim arrived on Tuesday.", published="2023-09-13", timezone="Mars/Olympus")


def test_unparseable_published_raises_date_error() -> None:
    with pytest.raises(timeline.DateError):
        timeline.tag("Kim arrived on Tuesday.", published="not a date at all")


def test_same_input_same_output() -> None:
    first = timeline.reconstruct(TEXT, published=PUBLISHED, timezone="America/Montreal")
    second = timeline.reconstruct(TEXT, published=PUBLISHED, timezone="America/Montreal")
    assert first.model_dump_json() == second.model_dump_json()
