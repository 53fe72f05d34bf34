"""Closed sets are enums in the spec and Literal types in Python, and an answer carrying a value a newer Syncthing
added still decodes, keeping the value: every enum value in every example answer of the spec is replaced by one no
release sends, and the operation's generated decoder must hand it back unchanged."""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest

from tests.test_spec import OPERATIONS, json_examples
from tools.conformance import resolve, spec, violations

ENUMS = {name for name, schema in spec()["components"]["schemas"].items() if "enum" in schema}


class Newer:
    """Replaces enum values by new ones, remembering which enum schemas it met."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.enums: set[str] = set()

    def replace(self, instance: Any, schema: dict[str, Any]) -> Any:
        name = schema.get("$ref", "").rpartition("/")[2]
        schema = resolve(schema)
        if "enum" in schema and instance in schema["enum"]:
            self.enums.add(name)
            value: Any = 1000 + len(self.values) if type(instance) is int else f"newer-{len(self.values)}"
            self.values.append(value)
            return value
        for member in schema.get("anyOf", []) + schema.get("oneOf", []):
            if not violations(instance, member):
                return self.replace(instance, member)
        if isinstance(instance, dict):
            properties, extra = schema.get("properties", {}), schema.get("additionalProperties")
            return {
                key: self.replace(value, properties[key])
                if key in properties
                else (self.replace(value, extra) if isinstance(extra, dict) else value)
                for key, value in instance.items()
            }
        if isinstance(instance, list) and isinstance(schema.get("items"), dict):
            return [self.replace(item, schema["items"]) for item in instance]
        return instance


def _parser(where: str) -> Any:
    method, path = where.split(" ")[:2]
    operation = next(op for m, p, op in OPERATIONS if m.upper() == method and p == path)
    tag = operation["tags"][0]
    module = importlib.import_module(f"syncthing_client.api.{tag}.{operation['operationId']}")
    return module._parse_response


def _plain(decoded: Any) -> Any:
    if isinstance(decoded, list):
        return [_plain(item) for item in decoded]
    return decoded.to_dict() if hasattr(decoded, "to_dict") else decoded


def _holds_enum(example: Any, schema: dict[str, Any]) -> bool:
    newer = Newer()
    newer.replace(example, schema)
    return bool(newer.values)


SUCCESSES = [(where, example, schema) for where, example, schema in json_examples() if where.split(" ")[2] == "200"]
EXAMPLES = [(where, example, schema) for where, example, schema in SUCCESSES if _holds_enum(example, schema)]


@pytest.mark.parametrize(("where", "example", "schema"), EXAMPLES, ids=[where for where, _, _ in EXAMPLES])
def test_a_value_a_newer_syncthing_adds_decodes_and_is_kept(where: str, example: Any, schema: dict[str, Any]) -> None:
    newer = Newer()
    answer = newer.replace(example, schema)
    client = httpx.Client()  # only read for raise_on_unexpected_status, which a 200 never reaches
    decoded = _parser(where)(client=client, response=httpx.Response(200, json=answer))
    kept = json.dumps(_plain(decoded), default=str)
    for value in newer.values:
        assert json.dumps(value) in kept, (value, where)


def test_the_examples_exercise_every_enum() -> None:
    newer = Newer()
    for _, example, schema in EXAMPLES:
        newer.replace(example, schema)
    # EventType is in no answer as an enum (an event's type is any string, for types to come); the events tests
    # decode an unknown type (test_events_stream).
    assert ENUMS - newer.enums == {"EventType"}
