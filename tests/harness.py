"""Calling the client on every way it can send, and looking for the API key wherever a failure could show it.

Flavours: the five transports (``sync-stdlib``, ``sync-httpx``, ``async-stdlib``, ``async-aiohttp``,
``async-httpx``) and a caller's own httpx client of each flavour made with ``follow_redirects=True``
(``sync-own-client``, ``async-own-client``).
``outcomes`` runs calls on a fresh client of one flavour and returns what each returned or raised;
``assert_no_key`` walks everything reachable from an exception (and the log records) for the key.
"""

from __future__ import annotations

import asyncio
import inspect
import secrets
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import syncthing_client
from syncthing_client import AsyncSyncthing, Syncthing

TRANSPORTS = ["sync-stdlib", "sync-httpx", "async-stdlib", "async-aiohttp", "async-httpx"]
FLAVOURS = [*TRANSPORTS, "sync-own-client", "async-own-client"]
PACKAGE = str(Path(syncthing_client.__file__).resolve().parent)

# Calls to make on a client: a function of the client giving the calls, each returning a value or an awaitable.
Calls = Callable[[Any], list[Callable[[], Any]]]


def fresh_key() -> str:
    return "sEcReT-" + secrets.token_hex(12)


def outcomes(flavour: str, url: str, key: str, calls: Calls, *, timeout: float = 5.0) -> list[Any]:
    """What each of ``calls(client)`` returned or raised, in order, on a fresh client of ``flavour``."""
    kind, _, backend = flavour.partition("-")
    if kind == "sync":
        own = httpx.Client(timeout=timeout, follow_redirects=True) if backend == "own-client" else None
        try:
            with Syncthing(url, key, timeout=timeout, backend=None if own else backend, http_client=own) as st:  # type: ignore[arg-type]
                results = []
                for call in calls(st):
                    try:
                        results.append(call())
                    except Exception as exc:
                        results.append(exc)
                return results
        finally:
            if own is not None:
                own.close()

    async def scenario() -> list[Any]:
        own = httpx.AsyncClient(timeout=timeout, follow_redirects=True) if backend == "own-client" else None
        try:
            async with AsyncSyncthing(
                url,
                key,
                timeout=timeout,
                backend=None if own else backend,
                http_client=own,  # type: ignore[arg-type]
            ) as ast:
                results = []
                for call in calls(ast):
                    try:
                        result = call()
                        results.append(await result if inspect.isawaitable(result) else result)
                    except Exception as exc:
                        results.append(exc)
                return results
        finally:
            if own is not None:
                await own.aclose()

    return asyncio.run(scenario())


def failure(flavour: str, url: str, key: str, call: Callable[[Any], Any], *, timeout: float = 5.0) -> BaseException:
    """What ``call(client)`` raises on a client of ``flavour`` (a test fails if it raises nothing)."""
    [outcome] = outcomes(flavour, url, key, lambda client: [lambda: call(client)], timeout=timeout)
    if not isinstance(outcome, BaseException):
        raise AssertionError(f"{flavour}: nothing was raised, the call returned {outcome!r}")
    return outcome


def _safe(show: Callable[[Any], str], value: Any) -> str:
    try:
        return show(value)
    except Exception as exc:  # e.g. the repr of a client whose construction failed half-way
        return f"<{show.__name__} failed: {type(exc).__name__}>"


def request_of(exc: BaseException) -> httpx.Request | None:
    try:
        request = getattr(exc, "request", None)
    except RuntimeError:  # httpx: "The .request property has not been set."
        return None
    return request if isinstance(request, httpx.Request) else None


def assert_no_key(exc: BaseException, key: str, caplog: pytest.LogCaptureFixture) -> None:
    """The key, as given or escaped in a repr, shows nowhere reachable from ``exc`` nor in any log record: its
    ``str``/``repr``, its attributes, its chained causes and contexts, their requests' headers, and the locals of
    every traceback frame of ours along the chain."""
    assert key
    forms = {key, repr(key)[1:-1], repr(key.encode())[2:-1]}

    def clean(text: str, where: str) -> None:
        for form in forms:
            assert form not in text, f"the key shows in {where}: {text[:300]}"

    seen: set[int] = set()

    def walk(error: BaseException | None, where: str) -> None:
        if error is None or id(error) in seen:
            return
        seen.add(id(error))
        clean(_safe(str, error), f"str({where})")
        clean(_safe(repr, error), f"repr({where})")
        for name, value in vars(error).items():
            clean(_safe(repr, value), f"{where}.{name}")
            clean(_safe(str, value), f"str({where}.{name})")
        request = request_of(error)
        if request is not None:
            clean(repr(request.headers), f"{where}.request.headers")
        for frame, _ in traceback.walk_tb(error.__traceback__):
            if not frame.f_code.co_filename.startswith(PACKAGE):
                continue
            for name, value in frame.f_locals.items():
                clean(_safe(repr, value), f"{where}: local {name} of {frame.f_code.co_name}")
        walk(error.__cause__, f"{where}.__cause__")
        walk(error.__context__, f"{where}.__context__")

    walk(exc, "the exception")
    for record in caplog.records:
        clean(record.getMessage(), f"log record {record.name}")
        clean(_safe(repr, record.args), f"log record {record.name} args")
        clean(_safe(repr, vars(record)), f"log record {record.name}")
    clean(caplog.text, "the log")
