"""Fixtures running real, loopback-only Syncthing servers (tools/sandbox.py), once per supported version.

- `syncthing`: one running server per version for the whole session; for tests that change nothing lasting.
- `debug_syncthing`: the same with `gui@debugging` on, for /rest/debug/*.
- `throwaway`: a fresh server per test; for restart, shutdown, reset, config changes.
- `pair`: two fresh servers of the same version per test, connected to each other (no folder yet;
  use `tools.sandbox.share_folder`).
- `st`: the sync client on `syncthing`.
- `Recorder(sandbox)`: a sync client that keeps every raw answer, so a test can call the facade and then check
  what the server really sent against the spec (`recorder.check("db_status")`).

A full run also checks that every operation of the spec was sent to a real server at least once.

Every fixture stops its servers and removes their directories at teardown, also when the test fails. Should the
run be interrupted (Ctrl-C), tools/sandbox.py stops whatever is left at interpreter exit; if the Python process
is killed outright, the servers get SIGTERM from the kernel (parent-death signal).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from syncthing_client import Syncthing
from syncthing_client._operations import Operation, parse_version
from syncthing_client._send import AsyncSender, SyncSender
from syncthing_client.api import OPERATIONS
from tools.conformance import response_schema, violations
from tools.sandbox import VERSIONS, Sandbox, pair


def _version_id(version: str) -> str:
    return f"st{version}"


@pytest.fixture(scope="session", params=VERSIONS, ids=_version_id)
def syncthing(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running Syncthing shared by the whole session: do not change its state for good."""
    with Sandbox.start(request.param) as sandbox:
        yield sandbox


@pytest.fixture(scope="session", params=VERSIONS, ids=_version_id)
def debug_syncthing(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running Syncthing with debugging enabled, shared by the whole session."""
    with Sandbox.start(request.param, debugging=True) as sandbox:
        yield sandbox


@pytest.fixture(params=VERSIONS, ids=_version_id)
def throwaway(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A fresh Syncthing for this test alone."""
    with Sandbox.start(request.param) as sandbox:
        yield sandbox


@pytest.fixture(name="pair", params=VERSIONS, ids=_version_id)
def connected_pair(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, Sandbox]]:
    """Two fresh Syncthings of the same version that know each other and are connected."""
    with Sandbox.start(request.param) as a, Sandbox.start(request.param) as b:
        pair(a, b)
        yield a, b


@pytest.fixture
def st(syncthing: Sandbox) -> Iterator[Syncthing]:
    """The sync client on the shared server."""
    with Syncthing(syncthing.url, syncthing.api_key) as client:
        yield client


LOGGERS = ("httpx", "httpcore", "aiohttp", "syncthing_client")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def client_for(sandbox: Sandbox) -> Syncthing:
    """A sync client for any sandbox (close it, or use it in a `with` block)."""
    return Syncthing(sandbox.url, sandbox.api_key)


class Recorder:
    """The facade on `sandbox`, keeping the raw answers it gets so they can be checked against the spec."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.answers: list[httpx.Response] = []
        self._http = httpx.Client(timeout=60, event_hooks={"response": [self._keep]})
        self.client = Syncthing(sandbox.url, sandbox.api_key, http_client=self._http)

    def _keep(self, response: httpx.Response) -> None:
        response.read()
        self.answers.append(response)

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *_: object) -> None:
        self._http.close()

    def last_json(self) -> Any:
        return self.answers[-1].json()

    def check(self, operation_id: str, status: str = "200") -> Any:
        """Assert that the last raw answer validates against the operation's schema with no undocumented field."""
        answer = self.last_json()
        assert violations(answer, response_schema(operation_id, status)) == []
        return answer


def at_least(sandbox: Sandbox, version: str) -> bool:
    """Whether the sandbox runs `version` or newer."""
    return parse_version(sandbox.version) >= parse_version(version)


def serves(sandbox: Sandbox, operation_id: str) -> bool:
    """Whether the sandbox's release serves the operation, by the spec's x-syncthing-since / -removed."""
    return OPERATIONS[operation_id].served_by(parse_version(sandbox.version))


# Every operation in the spec must reach a real server in a full run: record what the senders send.
_sent: set[str] = set()


@pytest.fixture(autouse=True, scope="session")
def _record_operations() -> Iterator[None]:
    sync_send, async_send = SyncSender.send, AsyncSender.send

    def record_sync(self: SyncSender, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        _sent.add(operation.id)
        return sync_send(self, operation, request_args)

    async def record_async(self: AsyncSender, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        _sent.add(operation.id)
        return await async_send(self, operation, request_args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SyncSender, "send", record_sync)
        patch.setattr(AsyncSender, "send", record_async)
        yield


def pytest_testnodedown(node: Any, error: object) -> None:
    """Under pytest-xdist: what a worker sent counts for the whole run (``node.workeroutput`` is its report)."""
    _sent.update(getattr(node, "workeroutput", {}).get("sent", ()))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A full, passing run fails if some operation of the spec was never sent to a server."""
    config = session.config
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: report to the controller, which checks
        workeroutput["sent"] = sorted(_sent)
        return
    whole_suite = [Path(arg).resolve() for arg in config.args] in ([config.rootpath], [config.rootpath / "tests"])
    full_run = whole_suite and not config.option.keyword and not config.option.markexpr and not config.option.deselect
    if exitstatus != 0 or not full_run:
        return
    missing = sorted(set(OPERATIONS) - _sent)
    if missing:
        print(f"\nspec operations never sent to a real server: {', '.join(missing)}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
