"""The spec is true to real servers: raw JSON answers of 1.19.2 and 1.29.5 validate against the spec's schemas,
and carry no field the spec does not document."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from tests.conftest import at_least, serves
from tests.test_spec import SPEC
from tools.sandbox import Sandbox

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def response_schema(method: str, path: str, status: str = "200") -> dict[str, Any]:
    schema: dict[str, Any] = SPEC["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
    return schema


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def undocumented(instance: Any, schema: dict[str, Any], where: str = "$") -> Iterator[str]:
    """Paths of object fields the schema does not declare (validation itself is jsonschema's job)."""
    schema = resolve(schema)
    if isinstance(instance, dict):
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            if properties is not None and key in properties:
                yield from undocumented(value, properties[key], f"{where}.{key}")
            elif isinstance(extra, dict):
                yield from undocumented(value, extra, f"{where}[{key!r}]")
            else:
                yield f"{where}.{key}"
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(instance):
            yield from undocumented(item, schema["items"], f"{where}[{index}]")


def check(instance: Any, schema: dict[str, Any]) -> None:
    validator = Draft202012Validator({**schema, "components": SPEC["components"]})
    violations = [f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message}" for e in validator.iter_errors(instance)]
    assert violations == []
    assert list(undocumented(instance, schema)) == []


GETS = [
    ("/rest/system/version", {}),
    ("/rest/system/status", {}),
    ("/rest/system/discovery", {}),
    ("/rest/system/error", {}),
    ("/rest/system/log", {}),
    ("/rest/system/paths", {}),
    ("/rest/system/ping", {}),
    ("/rest/system/config/insync", {}),
    ("/rest/system/debug", {}),
    ("/rest/system/browse", {"current": "/"}),
    ("/rest/noauth/health", {}),
    ("/rest/svc/deviceid", {"id": "abc"}),
]


@pytest.mark.parametrize(("path", "params"), GETS, ids=[path for path, _ in GETS])
def test_get_answers_match_the_spec(syncthing: Sandbox, path: str, params: dict[str, str]) -> None:
    if not serves(syncthing, SPEC["paths"][path]["get"]["operationId"]):
        assert syncthing.request("GET", path, params=params).status_code == 404
        return
    check(syncthing.get(path, **params), response_schema("get", path))


def test_connections_of_a_pair_match_the_spec(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    answer = a.get("/rest/system/connections")
    assert answer["connections"][b.device_id]["connected"]
    check(answer, response_schema("get", "/rest/system/connections"))
    check(a.get("/rest/svc/deviceid", id=b.device_id), response_schema("get", "/rest/svc/deviceid"))
    check(a.get("/rest/system/status"), response_schema("get", "/rest/system/status"))


def test_the_strict_check_reports_an_undocumented_field() -> None:
    with pytest.raises(AssertionError, match="surprise"):
        check({"ping": "pong", "surprise": 1}, response_schema("get", "/rest/system/ping"))


def test_bearer_scheme_is_accepted_from_1_24(syncthing: Sandbox) -> None:
    bearer = httpx.get(
        f"{syncthing.url}/rest/system/ping", headers={"Authorization": f"Bearer {syncthing.api_key}"}, timeout=10
    )
    assert bearer.status_code == (200 if at_least(syncthing, "1.24.0") else 403)
