"""Answers the client cannot decode raise one ResponseValidationError, naming the operation, field, status, content
type and a masked excerpt, on the default transports of both flavours; never a KeyError, JSONDecodeError..."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
import yaml

from syncthing_client import ResponseValidationError, models
from syncthing_client._check import Invalid
from tests.fakes import VERSION_1_29_5, FakeServer, Received, http_answer, json_answer
from tests.harness import FLAVOURS, assert_no_key, failure, fresh_key
from tools.sandbox import PROJECT

DEFAULTS = FLAVOURS  # the four transports and a caller's own httpx client of each flavour


def _raw(status: int, body: bytes, headers: str) -> bytes:
    return f"HTTP/1.1 {status} X\r\n{headers}Content-Length: {len(body)}\r\n\r\n".encode() + body


def _version_with(**changes: Any) -> dict[str, Any]:
    return {**VERSION_1_29_5, **changes}


BAD_ANSWERS: dict[str, tuple[bytes, str]] = {
    "not JSON": (http_answer(200, "pong?", "application/json"), ""),
    "truncated": (http_answer(200, '{"version": "v1.29', "application/json"), ""),
    "empty": (http_answer(200, b"", "application/json"), ""),
    "null": (json_answer(None), ""),
    "a list for an object": (json_answer([1, 2]), ""),
    "missing required field": (json_answer({k: v for k, v in VERSION_1_29_5.items() if k != "os"}), "os"),
    "string for a list": (json_answer(_version_with(tags="not-a-list")), "tags"),
    "int in a list of str": (json_answer(_version_with(tags=["a", 3])), "tags[1]"),
    "bool for a string": (json_answer(_version_with(os=True)), "os"),
    "int for a bool": (json_answer(_version_with(isBeta=1)), "isBeta"),
    "deep nesting": (http_answer(200, "[" * 100_000 + "]" * 100_000, "application/json"), ""),
    "5,000-digit integer": (http_answer(200, '{"version": ' + "9" * 5000 + "}", "application/json"), ""),
    "HTML login page": (http_answer(200, "<html><body>Please log in</body></html>", "text/html"), ""),
    "bad gzip": (
        _raw(200, b"\x1f\x8bnot gzip at all", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n"),
        "",
    ),
}


@pytest.mark.parametrize("flavour", DEFAULTS)
@pytest.mark.parametrize("case", list(BAD_ANSWERS))
def test_an_undecodable_answer_raises_one_typed_error(
    flavour: str, case: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    answer, field = BAD_ANSWERS[case]
    key = fresh_key()
    with FakeServer(lambda request: answer) as server:
        exc = failure(flavour, server.url, key, lambda client: client.system.version())
    assert type(exc) is ResponseValidationError, repr(exc)
    assert exc.operation == "system_version"
    assert exc.status_code == 200
    assert exc.field == field
    assert exc.__cause__ is None and exc.__context__ is None
    assert len(exc.excerpt) <= 203
    assert "system_version" in str(exc)
    assert_no_key(exc, key, debug_logs)


def test_the_excerpt_masks_the_key_and_secrets(debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()

    def answer(request: Received) -> bytes:
        # A configuration whose version is of the wrong type, holding the key in the clear.
        return json_answer({"version": "37", "gui": {"apiKey": key, "password": "hunter2"}, "echo": key})

    with FakeServer(answer) as server:
        for flavour in DEFAULTS:
            exc = failure(flavour, server.url, key, lambda client: client.config.full())
            assert type(exc) is ResponseValidationError
            assert exc.field == "version"
            assert "hunter2" not in exc.excerpt and key not in exc.excerpt
            assert_no_key(exc, key, debug_logs)


def test_from_dict_reports_the_path_of_a_wrong_field() -> None:
    event = {"id": 1, "globalID": 1, "time": "2025-01-01T00:00:00Z", "type": "FolderSummary"}
    with pytest.raises(Invalid) as caught:
        models.FolderSummaryEvent.from_dict({**event, "data": {"folder": "a", "summary": {"globalFiles": "1"}}})
    assert caught.value.where.startswith("data.summary")
    with pytest.raises(Invalid, match="time: expected a date-time"):
        models.FolderSummaryEvent.from_dict({**event, "time": "yesterday", "data": {}})


def test_good_gzip_still_decodes() -> None:
    body = gzip.compress(json.dumps(VERSION_1_29_5).encode())
    answer = _raw(200, body, "Content-Type: application/json\r\nContent-Encoding: gzip\r\n")
    with FakeServer(lambda request: answer) as server:
        from tests.harness import outcomes

        for flavour in DEFAULTS:
            [version] = outcomes(flavour, server.url, fresh_key(), lambda c: [c.system.version])
            assert version.version == "v1.29.5"


FOLDER: dict[str, Any] = yaml.safe_load((PROJECT / "spec" / "openapi.yaml").read_text())["paths"][
    "/rest/config/folders/{id}"
]["get"]["responses"]["200"]["content"]["application/json"]["example"]

# Answers typed as a bare list are checked like a model's list fields: the index of the first wrong item, or the
# whole answer when it is not a list at all.
BARE_LIST_ANSWERS: dict[str, tuple[str, Any, str, str]] = {
    "ints for list[str]": ("system_browse", [1, 2], "[0]", "expected a string, got an integer"),
    "a later int for list[str]": ("system_browse", ["/a", "/b", 3], "[2]", "expected a string, got an integer"),
    "an object for list[str]": ("system_browse", {"a": 1}, "", "expected a list, got an object"),
    "a string for list[str]": ("system_browse", "/home", "", "expected a list, got a string"),
    "null for list[str]": ("system_browse", None, "", "expected a list, got null"),
    "an object for a list of models": ("config_folders", {"a": 1}, "", "expected a list, got an object"),
    "a string in a list of models": ("config_folders", ["x"], "[0]", "got a string"),
    "a model with a field of the wrong type": (
        "config_folders",
        [{**FOLDER, "id": 5}],
        "[0].id",
        "expected a string, got an integer",
    ),
    "a model without a required field": (
        "config_folders",
        [{key: value for key, value in FOLDER.items() if key != "label"}],
        "[0].label",
        "missing",
    ),
}


def _bare_list_call(operation: str) -> Any:
    if operation == "system_browse":
        return lambda client: client.system.browse(current="/")
    return lambda client: client.config.folders()


@pytest.mark.parametrize("flavour", DEFAULTS)
@pytest.mark.parametrize("case", list(BARE_LIST_ANSWERS))
def test_a_bare_list_answer_is_checked_too(flavour: str, case: str, debug_logs: pytest.LogCaptureFixture) -> None:
    operation, body, field, reason = BARE_LIST_ANSWERS[case]
    key = fresh_key()

    def answer(request: Received) -> bytes:
        return json_answer(VERSION_1_29_5 if request.target == "/rest/system/version" else body)

    with FakeServer(answer) as server:
        exc = failure(flavour, server.url, key, _bare_list_call(operation))
    assert type(exc) is ResponseValidationError, repr(exc)
    assert exc.operation == operation
    assert exc.field == field
    assert reason in exc.reason
    assert exc.__cause__ is None and exc.__context__ is None
    assert_no_key(exc, key, debug_logs)


def test_good_bare_lists_still_decode() -> None:
    from tests.harness import outcomes

    def answer(request: Received) -> bytes:
        if request.target == "/rest/system/version":
            return json_answer(VERSION_1_29_5)
        return json_answer(["/a/", "/b/"] if request.target.startswith("/rest/system/browse") else [])

    with FakeServer(answer) as server:
        for flavour in DEFAULTS:
            browsed, folders = outcomes(
                flavour,
                server.url,
                fresh_key(),
                lambda c: [lambda: c.system.browse(current="/"), c.config.folders],
            )
            assert browsed == ["/a/", "/b/"] and folders == []


@pytest.mark.parametrize("flavour", DEFAULTS)
@pytest.mark.parametrize(
    ("body", "field"), [({"a": 1}, "version"), ({"version": 129}, "version"), ([1], ""), ("<html>", "")]
)
def test_an_undecodable_version_probe_raises_one_typed_error(flavour: str, body: Any, field: str) -> None:
    # config.folders() first asks the server's release (version-gated operations); that answer is checked too.
    with FakeServer(lambda request: json_answer(body)) as server:
        exc = failure(flavour, server.url, fresh_key(), lambda client: client.config.folders())
    assert type(exc) is ResponseValidationError, repr(exc)
    assert exc.operation == "system_version" and exc.field == field
