"""Checking real answers against the spec: schema violations and fields the spec does not document.

Owns the strict comparison used by the conformance tests and by ``make drift``: an answer conforms when it
validates against the operation's response schema (JSON Schema 2020-12) *and* every object field it carries is
declared by that schema (a property, or a key of a typed map).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
CONSTRAINING = {"type", "properties", "additionalProperties", "items", "anyOf", "oneOf", "allOf", "const", "enum"}


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId → (method, path, operation object)."""
    return {
        operation["operationId"]: (method, path, operation)
        for path, item in spec()["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def response_schema(operation_id: str, status: str = "200", media_type: str = "application/json") -> dict[str, Any]:
    _, _, operation = operations()[operation_id]
    schema: dict[str, Any] = operation["responses"][status]["content"][media_type]["schema"]
    return schema


def schema_named(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with local ``$ref``s followed (``#/components/schemas/X``, ``#/components/parameters/Y``, …)."""
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def undocumented(instance: Any, schema: dict[str, Any], where: str = "$") -> Iterator[str]:
    """Paths of object fields the schema does not declare (type errors are the validator's job)."""
    schema = resolve(schema)
    for member in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        if _matches(instance, member):
            yield from undocumented(instance, member, where)
            return
    if not CONSTRAINING.intersection(schema):
        return  # an unconstrained value (any JSON), e.g. the data of an event of unknown type
    if isinstance(instance, dict):
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            if properties is not None and key in properties:
                yield from undocumented(value, properties[key], f"{where}.{key}")
            elif isinstance(extra, dict):
                yield from undocumented(value, extra, f"{where}[{key!r}]")
            elif properties is not None or extra is None:
                yield f"{where}.{key}"
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(instance):
            yield from undocumented(item, schema["items"], f"{where}[{index}]")


def _matches(instance: Any, schema: dict[str, Any]) -> bool:
    return not any(_validator(schema).iter_errors(instance))


def _validator(schema: dict[str, Any]) -> Any:
    return Draft202012Validator({**schema, "components": spec()["components"]})


def violations(instance: Any, schema: dict[str, Any]) -> list[str]:
    """Every schema violation and every undocumented field of ``instance``, as readable lines; empty if it conforms."""
    found = [
        f"{'/'.join(map(str, error.absolute_path)) or '$'}: {error.message}"
        for error in _validator(schema).iter_errors(instance)
    ]
    found += [f"{path}: not in the spec" for path in undocumented(instance, schema)]
    return found
