"""The spec is true to real servers: raw JSON answers of 1.19.2 and 1.29.5 validate against the spec's schemas,
and carry no field the spec does not document."""

import httpx
import pytest

from tests.conftest import at_least, serves
from tools.conformance import operations, response_schema, violations
from tools.sandbox import Sandbox


def operation_id(method: str, path: str) -> str:
    return next(op_id for op_id, (m, p, _) in operations().items() if (m, p) == (method, path))


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
    op_id = operation_id("get", path)
    if not serves(syncthing, op_id):
        assert syncthing.request("GET", path, params=params).status_code == 404
        return
    assert violations(syncthing.get(path, **params), response_schema(op_id)) == []


def test_connections_of_a_pair_match_the_spec(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    answer = a.get("/rest/system/connections")
    assert answer["connections"][b.device_id]["connected"]
    assert violations(answer, response_schema("system_connections")) == []
    assert violations(a.get("/rest/svc/deviceid", id=b.device_id), response_schema("svc_deviceid")) == []
    assert violations(a.get("/rest/system/status"), response_schema("system_status")) == []


def test_the_strict_check_reports_an_undocumented_field() -> None:
    assert violations({"ping": "pong", "surprise": 1}, response_schema("system_ping")) == [
        "$.surprise: not in the spec"
    ]
    assert sorted(violations({"ping": 1}, response_schema("system_ping"))) == [
        "ping: 1 is not of type 'string'",
        "ping: 1 is not one of ['pong']",
    ]


def test_bearer_scheme_is_accepted_from_1_24(syncthing: Sandbox) -> None:
    bearer = httpx.get(
        f"{syncthing.url}/rest/system/ping", headers={"Authorization": f"Bearer {syncthing.api_key}"}, timeout=10
    )
    assert bearer.status_code == (200 if at_least(syncthing, "1.24.0") else 403)
