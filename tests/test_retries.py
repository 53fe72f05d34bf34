"""Retries (syncthing_client/_retry.py): what is tried again and what never is, on every way of sending, against fake
servers that count what they receive and real servers that restart; the backoff schedule as plain arithmetic.

Fake-server tests shorten the delays (``fast_retries``): what they check is which attempts are made, not how long the
waits are. No test asserts on elapsed time: the machines are noisy.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from syncthing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSyncthing,
    ServerError,
    Syncthing,
    SyncthingError,
    _retry,
)
from syncthing_client._retry import Retries, backoff, retry_after
from tests.fakes import CLOSE, FakeServer, Received, http_answer, json_answer, syncthing_answer
from tests.harness import FLAVOURS, TRANSPORTS, assert_no_key, failure, fresh_key, outcomes
from tests.test_transport import closed_port
from tools.sandbox import Sandbox

PING = {"ping": "pong"}


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry, "INITIAL_DELAY", 0.01)
    monkeypatch.setattr(_retry, "MAX_DELAY", 0.02)


def answering(*answers: bytes, then: bytes = json_answer(PING)) -> Callable[[Received], bytes]:
    """An answer function giving ``answers`` in turn to the requests that are not for the server's version, then
    ``then`` for good."""
    queue = list(answers)

    def answer(request: Received) -> bytes:
        if request.target == "/rest/system/version":
            return syncthing_answer(request)
        return queue.pop(0) if queue else then

    return answer


def sent(server: FakeServer, method: str) -> list[Received]:
    return [request for request in server.received if request.method == method]


# The schedule: pure arithmetic.


def test_backoff_doubles_from_one_second_up_to_the_cap_plus_at_most_a_quarter() -> None:
    assert [backoff(n, draw=lambda: 0.0) for n in range(6)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert [backoff(n, draw=lambda: 1.0) for n in range(5)] == [1.25, 2.5, 5.0, 10.0, 10.0]
    draws = random.Random(7)
    for n in range(8):
        base = min(2.0**n, 8.0)
        for _ in range(500):
            assert base <= backoff(n, draw=draws.random) < base * 1.25


def test_the_default_retries_outlast_a_restart() -> None:
    """Two retries wait at least 3 s in all: a restarting Syncthing refuses connections for about 2.5 s."""
    assert sum(backoff(n, draw=lambda: 0.0) for n in range(_retry.DEFAULT_MAX_RETRIES)) >= 3.0


def response(status: int, headers: dict[str, str], method: str = "GET") -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request(method, "http://127.0.0.1:8384/rest/x"))


def test_retry_after_in_seconds_or_as_a_date_within_bounds() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 7, usegmt=True)
    assert retry_after(response(503, {"Retry-After": "3"})) == 3.0
    assert retry_after(response(503, {"Retry-After": " 0.5 "})) == 0.5
    assert retry_after(response(503, {"Retry-After": date}), now=lambda: now) == pytest.approx(7.0)
    assert retry_after(response(503, {})) is None
    for unusable in ("61", "-1", "nan", "soon", "Mon, 99 Foo 2024"):
        assert retry_after(response(503, {"Retry-After": unusable})) is None, unusable


def test_retries_stop_at_the_count(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="syncthing_client")
    request = httpx.Request("GET", "http://127.0.0.1:8384/rest/system/status")
    retries = Retries(2)
    assert retries.delay(request, "refused", server_asked=0.25) == 0.25
    assert 2.0 <= (retries.delay(request, "refused") or 0) < 2.5  # the second retry's delay
    assert retries.delay(request, "refused") is None
    assert [record.levelname for record in caplog.records] == ["INFO", "INFO"]
    assert "retry 1 of 2" in caplog.records[0].getMessage()
    assert Retries(0).delay(request, "refused") is None


# What is retried, on every way of sending (fake servers).


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_write_that_may_have_reached_the_server_is_never_sent_again(
    flavour: str, fast_retries: None, debug_logs: pytest.LogCaptureFixture
) -> None:
    """The server reads the whole POST, then closes the connection without answering: one request, one error."""
    key = fresh_key()
    with FakeServer(answering(then=CLOSE)) as server:
        error = failure(flavour, server.url, key, lambda client: client.system.ping_post())
    assert type(error) is APIConnectionError
    assert len(sent(server, "POST")) == 1
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_get_whose_connection_was_lost_is_sent_again(
    flavour: str, fast_retries: None, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    with FakeServer(answering(CLOSE, CLOSE)) as server:
        [pong] = outcomes(flavour, server.url, key, lambda client: [client.system.ping])
    assert pong.ping == "pong"
    assert len(sent(server, "GET")) == 3
    retries = [record for record in debug_logs.records if record.getMessage().startswith("retrying GET")]
    assert len(retries) == 2 and all(record.levelno == logging.INFO for record in retries)
    assert_no_key(SyncthingError("none"), key, debug_logs)  # and the logs hold no key


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_get_lost_every_time_fails_after_max_retries(
    flavour: str, fast_retries: None, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    with FakeServer(answering(then=CLOSE)) as server:
        error = failure(flavour, server.url, key, lambda client: client.system.ping())
    assert type(error) is APIConnectionError
    assert len(sent(server, "GET")) == 1 + _retry.DEFAULT_MAX_RETRIES
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("status", [502, 503, 504])
@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_proxys_gateway_errors_are_retried_for_get_not_for_post(
    flavour: str, status: int, fast_retries: None, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    gateway = http_answer(status, "from a proxy\n")
    with FakeServer(answering(gateway)) as server:
        [pong] = outcomes(flavour, server.url, key, lambda client: [client.system.ping])
    assert pong.ping == "pong" and len(sent(server, "GET")) == 2

    with FakeServer(answering(then=gateway)) as server:
        error = failure(flavour, server.url, key, lambda client: client.system.ping_post())
    assert type(error) is ServerError and error.status_code == status
    assert len(sent(server, "POST")) == 1
    assert_no_key(error, key, debug_logs)

    with FakeServer(answering(then=gateway)) as server:
        error = failure(flavour, server.url, key, lambda client: client.system.ping())
    assert type(error) is ServerError and error.status_code == status
    assert len(sent(server, "GET")) == 1 + _retry.DEFAULT_MAX_RETRIES


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_syncthings_own_upgrade_unsupported_is_not_retried(flavour: str, fast_retries: None) -> None:
    """1.19.2 answers GET /rest/system/upgrade with 503 "upgrade unsupported" for good."""
    with FakeServer(answering(then=http_answer(503, "upgrade unsupported\n"))) as server:
        error = failure(flavour, server.url, fresh_key(), lambda client: client.system.upgrade())
    assert type(error) is ServerError and error.status_code == 503
    assert len(sent(server, "GET")) == 1


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_retry_after_is_obeyed(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    """Delays are the full second without ``fast_retries``: the answer's Retry-After: 0.05 is what is waited."""
    busy = http_answer(503, "busy\n", headers="Retry-After: 0.05\r\n")
    with FakeServer(answering(busy)) as server:
        [pong] = outcomes(flavour, server.url, fresh_key(), lambda client: [client.system.ping])
    assert pong.ping == "pong" and len(sent(server, "GET")) == 2
    [retry] = [record.getMessage() for record in debug_logs.records if record.getMessage().startswith("retrying")]
    assert " in 0.05 s " in retry


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_an_unsent_request_is_retried_whatever_its_method(
    flavour: str, fast_retries: None, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    error = failure(flavour, f"http://127.0.0.1:{closed_port()}", key, lambda client: client.system.ping_post())
    assert type(error) is APIConnectionError
    retries = [record for record in debug_logs.records if record.getMessage().startswith("retrying POST")]
    assert len(retries) == _retry.DEFAULT_MAX_RETRIES
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_max_retries_0_turns_retries_off(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    with FakeServer(answering(CLOSE)) as server:
        [error] = outcomes(flavour, server.url, key, lambda client: [client.with_options(max_retries=0).system.ping])
    assert type(error) is APIConnectionError
    assert len(sent(server, "GET")) == 1
    assert not [record for record in debug_logs.records if record.getMessage().startswith("retrying")]
    assert_no_key(error, key, debug_logs)


def test_with_options_shares_the_connections_and_checks_its_value() -> None:
    with FakeServer() as server:
        st = Syncthing(server.url, fresh_key())
        quick = st.with_options(max_retries=0)
        assert (st.max_retries, quick.max_retries) == (2, 0)
        assert quick._sender.http is st._sender.http and quick.base_url == st.base_url
        quick.close()  # the copy does not own the connections
        assert not st._sender.http.is_closed
        st.close()
        assert st.with_options()._sender is st._sender
    for wrong in (-1, 1.5, True, "2"):
        with pytest.raises(SyncthingError, match="max_retries"):
            Syncthing("http://127.0.0.1:8384", "key", max_retries=wrong)  # type: ignore[arg-type]
        with pytest.raises(SyncthingError, match="max_retries"):
            AsyncSyncthing("http://127.0.0.1:8384", "key").with_options(max_retries=wrong)  # type: ignore[arg-type]


# wait_until_ready


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_wait_until_ready_times_out_with_a_typed_error(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    error = failure(flavour, f"http://127.0.0.1:{closed_port()}", key, lambda client: client.wait_until_ready(0.5))
    assert type(error) is APITimeoutError
    assert "did not answer within 0.5 s" in str(error)
    assert isinstance(error.__cause__, APIConnectionError)  # refused, or the last try cut short by the deadline
    assert_no_key(error, key, debug_logs)


# Real servers that restart.


def _spanning_restart(sandbox: Sandbox, flavour: str, *, max_retries: int) -> list[Any]:
    """What each GET /rest/system/status of a loop spanning one restart returned or raised, until the new run
    answers (after a failure, ``wait_until_ready`` waits for the server before the loop goes on)."""
    kind, _, backend = flavour.partition("-")
    before = sandbox.get("/rest/system/status")["startTime"]
    deadline = time.monotonic() + 30
    results: list[Any] = []

    def restarted(first_start: Any) -> bool:
        last = results[-1]
        return not isinstance(last, BaseException) and last.start_time != first_start

    if kind == "sync":
        with Syncthing(sandbox.url, sandbox.api_key, backend=backend, max_retries=max_retries) as st:  # type: ignore[arg-type]
            first_start = st.system.status().start_time
            st.system.restart()
            while time.monotonic() < deadline:
                try:
                    results.append(st.system.status())
                except SyncthingError as error:
                    results.append(error)
                    st.wait_until_ready(30)
                if restarted(first_start):
                    break
    else:

        async def scenario() -> None:
            async with AsyncSyncthing(
                sandbox.url,
                sandbox.api_key,
                backend=backend,  # type: ignore[arg-type]
                max_retries=max_retries,
            ) as ast:
                first_start = (await ast.system.status()).start_time
                await ast.system.restart()
                while time.monotonic() < deadline:
                    try:
                        results.append(await ast.system.status())
                    except SyncthingError as error:
                        results.append(error)
                        await ast.wait_until_ready(30)
                    if restarted(first_start):
                        break

        asyncio.run(scenario())
    sandbox.wait_restarted(before)
    assert restarted(None), "the loop ended before the new run answered"
    return results


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_gets_spanning_a_real_restart_succeed_with_retries_and_fail_without(
    throwaway: Sandbox, flavour: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with_retries = _spanning_restart(throwaway, flavour, max_retries=_retry.DEFAULT_MAX_RETRIES)
    assert not [result for result in with_retries if isinstance(result, BaseException)]
    assert any(record.getMessage().startswith("retrying GET") for record in debug_logs.records)

    without = _spanning_restart(throwaway, flavour, max_retries=0)
    errors = [result for result in without if isinstance(result, BaseException)]
    assert errors and all(type(error) is APIConnectionError for error in errors)
    for error in errors:
        assert_no_key(error, throwaway.api_key, debug_logs)
