"""JSON: round-trips through the models, and matches its own JSON Schema."""
from __future__ import annotations

import json

import pytest

try:
    from test_export_view import seed_timeline
except ImportError:  # tests collected as a package
    from tests.test_export_view import seed_timeline

from timeline.export import json_out, render
from timeline.models import Timeline


def test_rendered_json_round_trips_through_the_model():
    tl = seed_timeline()
    back = Timeline.model_validate_json(json_out.render(tl))
    assert back == tl.model_copy(update={"text": ""})  # the text is not serialized
    assert back.events[3].when == tl.events[3].when
    assert back.timexes[0].interval.start == tl.timexes[0].interval.start


def test_the_json_contract_fields_are_there():
    data = json.loads(render(seed_timeline(), "json"))
    assert {"schema_version", "document", "timexes", "events", "relations", "timeline", "conflicts"} <= set(data)
    assert "text" not in data
    assert data["document"]["published"] == "2023-09-13T06:00:00-04:00"
    timex = data["timexes"][0]
    assert {"id", "text", "start", "end", "type", "value", "mod", "timezone", "interval"} <= set(timex)
    event = data["events"][0]
    assert event["class"] == "OCCURRENCE" and "event_class" not in event
    assert set(event["when"]) == {"earliest_start", "latest_start", "earliest_end", "latest_end"}


def _resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _check(schema: dict, node: dict, value, path: str = "$") -> None:
    """A small structural check: types, required keys, no unknown keys (enough without jsonschema)."""
    node = _resolve(schema, node)
    if "anyOf" in node:
        errors = []
        for option in node["anyOf"]:
            try:
                return _check(schema, option, value, path)
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{path}: no option fits: {errors}")
    kind = node.get("type")
    python = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
              "boolean": bool, "null": type(None)}
    if kind:
        assert isinstance(value, python[kind]), f"{path}: {value!r} is not {kind}"
    if "enum" in node:
        assert value in node["enum"], f"{path}: {value!r} not in {node['enum']}"
    if kind == "object":
        props = node.get("properties", {})
        assert set(node.get("required", [])) <= set(value), f"{path}: missing {set(node['required']) - set(value)}"
        assert set(value) <= set(props), f"{path}: unknown keys {set(value) - set(props)}"
        for key, item in value.items():
            _check(schema, props[key], item, f"{path}.{key}")
    if kind == "array":
        for i, item in enumerate(value):
            _check(schema, node.get("items", {}), item, f"{path}[{i}]")


def test_rendered_json_validates_against_the_schema():
    schema = json.loads(json_out.json_schema())
    data = json.loads(json_out.render(seed_timeline()))
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    if jsonschema is not None:
        jsonschema.validate(data, schema)
    _check(schema, schema, data)


def test_the_structural_check_catches_a_broken_document():
    schema = json.loads(json_out.json_schema())
    data = json.loads(json_out.render(seed_timeline()))
    del data["events"][0]["when"]["latest_end"]  # optional: fine
    _check(schema, schema, data)
    data["timexes"][0]["type"] = "WEEKDAY"
    with pytest.raises(AssertionError):
        _check(schema, schema, data)


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "ical", "timeml", "timelinejs"])
def test_a_stored_result_renders_again_with_its_text(fmt: str):
    """The README's recipe: the JSON holds no text; given it back, every format renders the same."""
    tl = seed_timeline()
    back = Timeline.model_validate_json(render(tl, "json")).model_copy(update={"text": tl.text})
    assert render(back, fmt) == render(tl, fmt)
