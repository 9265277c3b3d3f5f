"""JSON output and its JSON Schema, both generated from the pydantic models."""
from __future__ import annotations

import json

from ..models import Timeline


def render(timeline: Timeline) -> str:
    return timeline.to_json(indent=2)


def json_schema() -> str:
    schema = Timeline.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "timeline output"
    return json.dumps(schema, indent=2)
