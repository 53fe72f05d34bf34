"""Mistakes made when the client is made fail there, with a typed error that says what to do (and never repeats
what may be the API key); an AsyncSyncthing used from a second event loop says so."""

from __future__ import annotations

import asyncio
import traceback
from pathlib import Path
from typing import Any

import pytest

from syncthing_client import (
    AsyncSyncthing,
    ConfigurationError,
    CredentialsInURLError,
    EventLoopMismatchError,
    InvalidAPIKeyError,
    InvalidURLError,
    Syncthing,
    TLSConfigurationError,
)
from tests.fakes import FakeServer
from tests.harness import PACKAGE, assert_no_key, fresh_key

CLIENTS = [Syncthing, AsyncSyncthing]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("127.0.0.1:8384", "did you mean 'http://127.0.0.1:8384'"),
        ("localhost:8384", "did you mean 'http://localhost:8384'"),
        ("syncthing.lan", "no http:// or https:// scheme"),
        ("unix:///run/syncthing.sock", "uds=PATH"),
        ("ftp://127.0.0.1:8384", "is ftp://"),
        ("ws://127.0.0.1:8384", "is ws://"),
        ("http://127.0.0.1:8384/?x=1", "query string or a fragment"),
        ("http://127.0.0.1:8384?", "query string or a fragment"),
        ("http://127.0.0.1:8384/#gui", "query string or a fragment"),
        ("http://", "names no host"),
        ("http://xn--zz:8384", "no valid internationalised (xn--) name"),
    ],
)
def test_unusable_base_urls_fail_at_construction(client: Any, url: str, says: str) -> None:
    with pytest.raises(InvalidURLError, match="base URL") as caught:
        client(url, "key")
    assert says in str(caught.value)
    assert isinstance(caught.value, ConfigurationError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("url", "says"),
    [("127.0.0.1:8384", "has no scheme"), ("http://xn--zz:8384", "has a host that is no valid internationalised")],
)
def test_a_bad_url_from_the_environment_is_named_as_such(
    client: Any, url: str, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SYNCTHING_URL", url)
    with pytest.raises(InvalidURLError, match=rf"\$SYNCTHING_URL {says}"):
        client(api_key="key")


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("url", ["http://127.0.0.1:8384", "127.0.0.1:8384", "https://localhost:8384/", "localhost"])
def test_the_key_first_order_of_the_peers_is_recognised(
    client: Any, url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """python-syncthing and aiosyncthing take (api_key, url): the key never shows in the error or its frames."""
    key = fresh_key()
    with pytest.raises(InvalidURLError, match="takes the URL first") as caught:
        client(key, url)
    assert_no_key(caught.value, key, caplog)


@pytest.mark.parametrize("client", CLIENTS)
def test_a_key_given_alone_is_not_repeated(client: Any, caplog: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    with pytest.raises(InvalidURLError, match="not repeated here") as caught:
        client(key)
    assert_no_key(caught.value, key, caplog)


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("url", "key", "raises", "says"),
    [
        (b"http://127.0.0.1:8384", str, InvalidURLError, "base_url must be a str, not bytes"),
        ("http://127.0.0.1:8384", bytes, InvalidAPIKeyError, "api_key must be a str, not bytes"),
    ],
)
def test_a_url_or_key_that_is_not_text_is_refused(
    client: Any, url: Any, key: type, raises: type[Exception], says: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A URL or key read from a file in binary mode: refused, the key in no message and no frame of ours."""
    text = fresh_key()
    with pytest.raises(raises, match=says) as caught:
        client(url, text.encode() if key is bytes else text)
    assert_no_key(caught.value, text, caplog)


@pytest.mark.parametrize("client", CLIENTS)
def test_a_failed_construction_can_be_shown_with_its_locals(client: Any) -> None:
    """A traceback formatter that shows locals (``capture_locals=True``) can show the half-made client's frame, and
    the key is in none of ours."""
    key = fresh_key()
    with pytest.raises(InvalidURLError) as caught:
        client("ftp://127.0.0.1:8384", key)
    shown = traceback.TracebackException.from_exception(caught.value, capture_locals=True)
    ours = [frame for frame in shown.stack if frame.filename.startswith(PACKAGE)]
    assert ours and all(frame.locals is not None for frame in ours)
    assert [frame.locals["self"] for frame in ours if frame.name == "__init__"] == [f"{client.__name__}(base_url=None)"]
    assert not [frame for frame in ours for value in (frame.locals or {}).values() if key in value]


@pytest.mark.parametrize("client", CLIENTS)
def test_well_formed_urls_still_work(client: Any) -> None:
    for url in ("http://127.0.0.1:8384", " https://[::1]:8384/ ", "http://syncthing.lan/proxy/path", "HTTP://host:1"):
        assert client(url, "key").base_url == url.strip()
    with pytest.raises(CredentialsInURLError):
        client("http://user:pw@127.0.0.1:8384", "key")


@pytest.mark.parametrize("client", CLIENTS)
def test_verify_naming_no_usable_file_fails_at_construction(client: Any, tmp_path: Path) -> None:
    with pytest.raises(TLSConfigurationError, match="does not exist"):
        client("https://127.0.0.1:8384", "key", verify=tmp_path / "missing.pem")
    with pytest.raises(TLSConfigurationError, match="is a directory"):
        client("https://127.0.0.1:8384", "key", verify=str(tmp_path))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    with pytest.raises(TLSConfigurationError, match="holds no certificate"):
        client("https://127.0.0.1:8384", "key", verify=garbage)


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
def test_an_async_client_used_from_a_second_event_loop_says_so(
    backend: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    with FakeServer() as server:
        ast = AsyncSyncthing(server.url, key, backend=backend)  # type: ignore[arg-type]
        assert asyncio.run(ast.system.version()).version == "v1.29.5"
        with pytest.raises(EventLoopMismatchError, match="another event loop") as caught:
            asyncio.run(ast.system.version())
    assert isinstance(caught.value, RuntimeError)
    assert_no_key(caught.value, key, debug_logs)
