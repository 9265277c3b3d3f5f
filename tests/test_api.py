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


# --- publication moments as newsrooms write them ---------------------------------------------

@pytest.mark.parametrize("written, instant", [
    # an RSS pubDate (RFC 2822): the offset had been dropped and 07:00 read as UTC
    ("Wed, 13 Sep 2023 07:00:00 -0400", "2023-09-13T11:00:00+00:00"),
    ("Wed, 13 Sep 2023 07:00:00 GMT", "2023-09-13T07:00:00+00:00"),
    ("Sept. 13, 2023 7:00 a.m. EDT", "2023-09-13T11:00:00+00:00"),
    ("13 September 2023 08:30 BST", "2023-09-13T07:30:00+00:00"),
    ("13 Sep 2023 07:00 +0530", "2023-09-13T01:30:00+00:00"),
])
def test_a_loose_date_keeps_the_offset_it_names(written: str, instant: str) -> None:
    from datetime import timezone

    result = timeline.reconstruct("", published=written)
    assert result.document.published.astimezone(timezone.utc).isoformat() == instant


@pytest.mark.parametrize("published, zone, today", [
    # 03:00 in Delhi is still the 12th in UTC: the zone had fallen back to UTC
    ("2023-09-13T03:00:00+05:30", "Asia/Kolkata", "2023-09-13"),
    ("2023-09-13T04:00:00+05:45", "Asia/Kathmandu", "2023-09-13"),
    ("2024-01-12T22:00:00-03:30", "America/St_Johns", "2024-01-12"),  # 01:30 UTC on the 13th
    ("2023-07-13T08:00:00+09:30", "Australia/Darwin", "2023-07-13"),  # no daylight saving
    ("2024-01-13T08:00:00+10:30", "Australia/Adelaide", "2024-01-13"),  # summer time there
])
def test_an_offset_of_no_whole_hour_keeps_its_clock(published: str, zone: str, today: str) -> None:
    result = timeline.reconstruct("Talks resumed today.", published=published)
    assert result.document.timezone == zone
    assert result.document.published.isoformat() == published
    assert [t.value for t in result.timexes] == [today]


@pytest.mark.parametrize("written", ["Sept. 13, 2023", "13 September 2023", "2023-09-13", "13.09.2023"])
def test_a_date_without_a_time_is_noon_however_it_is_written(written: str) -> None:
    result = timeline.reconstruct("", published=written, timezone="America/Los_Angeles")
    assert result.document.published.isoformat() == "2023-09-13T12:00:00-07:00"


@pytest.mark.parametrize("written, clock", [
    ("Sept. 13, 2023 7:00 a.m.", "07:00"), ("13.09.2023 07.30", "07:30"),
    ("2023-09-13T00:00", "00:00"), ("Sept. 13, 2023 at midnight", "00:00"),
])
def test_a_written_time_is_kept(written: str, clock: str) -> None:
    result = timeline.reconstruct("", published=written, timezone="UTC")
    assert result.document.published.strftime("%H:%M") == clock


def test_a_date_object_is_a_day_at_noon() -> None:
    from datetime import date

    result = timeline.reconstruct("They met today.", published=date(2023, 9, 13), timezone="Asia/Tokyo")
    assert result.document.published.isoformat() == "2023-09-13T12:00:00+09:00"
    assert [t.value for t in result.timexes] == ["2023-09-13"]


@pytest.mark.parametrize("published", [20230913, 1694592000.0, ["2023-09-13"]])
def test_a_published_of_another_type_is_a_date_error(published) -> None:
    with pytest.raises(timeline.DateError, match="ISO 8601 string, a date or a datetime"):
        timeline.tag("Kim arrived on Tuesday.", published=published)


@pytest.mark.parametrize("typed, hint", [
    ("utc", "did you mean UTC?"), ("europe/paris", "did you mean Europe/Paris?"),
    ("Europe/Pari", "did you mean Europe/Paris?"), ("America/New_Yrok", "did you mean America/New_York?"),
    ("PST", "give an IANA name such as America/Los_Angeles"), ("edt", "such as America/New_York"),
    ("Mars/Olympus", "expected an IANA name such as Europe/Paris"),
])
def test_an_unknown_zone_names_the_zone_meant(typed: str, hint: str) -> None:
    with pytest.raises(timeline.ZoneError) as caught:
        timeline.tag("Kim arrived on Tuesday.", published=PUBLISHED, timezone=typed)
    assert hint in str(caught.value) and repr(typed) in str(caught.value)


def test_render_takes_a_format_in_any_case() -> None:
    result = timeline.reconstruct("", published=PUBLISHED)
    assert timeline.render(result, "JSON") == timeline.render(result, "json")
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        timeline.render(result, "pdf")
