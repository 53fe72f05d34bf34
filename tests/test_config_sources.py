"""Where a client finds its address and key besides its arguments: Syncthing's own ``STGUIADDRESS`` /
``STGUIAPIKEY`` (after ``SYNCTHING_URL`` / ``SYNCTHING_API_KEY``) and a Syncthing home's ``config.xml``
(``from_home``), checked against real sandboxes and copies of their homes."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest

from syncthing_client import AsyncSyncthing, ConfigurationError, InvalidURLError, Syncthing
from syncthing_client._client import _home_kwargs
from tests.harness import assert_no_key, fresh_key
from tools.sandbox import Sandbox

CLIENTS = [Syncthing, AsyncSyncthing]


# --- Syncthing's own environment variables ------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SYNCTHING_URL", "SYNCTHING_API_KEY", "STGUIADDRESS", "STGUIAPIKEY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("address", "url"),
    [
        ("127.0.0.1:8385", "http://127.0.0.1:8385"),
        ("0.0.0.0:8385", "http://127.0.0.1:8385"),
        ("[::]:8385", "http://[::1]:8385"),
        (":8385", "http://127.0.0.1:8385"),
        ("https://0.0.0.0:8385", "https://127.0.0.1:8385"),
        ("http://localhost:8385", "http://localhost:8385"),
    ],
)
def test_stguiaddress_is_read_as_a_listen_address(
    client: Any, address: str, url: str, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("STGUIADDRESS", address)
    assert client(api_key="k").base_url == url


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("address", ["unix:///run/syncthing.sock", "/run/syncthing.sock"])
def test_a_unix_socket_gui_address_is_refused(client: Any, address: str, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("STGUIADDRESS", address)
    with pytest.raises(InvalidURLError, match="unix socket"):
        client(api_key="k")


@pytest.mark.parametrize("client", CLIENTS)
def test_precedence_arguments_then_syncthing_then_st(client: Any, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("STGUIADDRESS", "127.0.0.1:1111")
    clean_env.setenv("STGUIAPIKEY", "st-key")
    assert client().base_url == "http://127.0.0.1:1111"
    assert client()._sender._api_key == "st-key"
    clean_env.setenv("SYNCTHING_URL", "http://127.0.0.1:2222")
    clean_env.setenv("SYNCTHING_API_KEY", "syncthing-key")
    assert client().base_url == "http://127.0.0.1:2222"
    assert client()._sender._api_key == "syncthing-key"
    made = client("http://127.0.0.1:3333", "given-key")
    assert made.base_url == "http://127.0.0.1:3333" and made._sender._api_key == "given-key"


def test_st_variables_reach_a_real_server(syncthing: Sandbox, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("STGUIADDRESS", syncthing.url.removeprefix("http://"))
    clean_env.setenv("STGUIAPIKEY", syncthing.api_key)
    with Syncthing() as st:
        assert st.system.ping().ping == "pong"


def test_an_empty_st_key_says_where_keys_come_from(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="from_home"):
        Syncthing("http://127.0.0.1:8384")


# --- from_home ----------------------------------------------------------------------------------------------------


def test_from_home_on_a_real_sandbox(syncthing: Sandbox, clean_env: pytest.MonkeyPatch) -> None:
    with Syncthing.from_home(syncthing.home) as st:
        assert st.base_url == syncthing.url
        assert st.system.ping().ping == "pong"

    async def scenario() -> str:
        async with AsyncSyncthing.from_home(syncthing.home / "config.xml", max_retries=0) as ast:
            return (await ast.system.version()).version

    assert asyncio.run(scenario()).startswith(f"v{syncthing.version}")


def _home_copy(sandbox: Sandbox, target: Path, *, address: str, tls: bool) -> Path:
    config = (sandbox.home / "config.xml").read_text()
    gui_address = f"127.0.0.1:{sandbox.gui_port}"
    assert gui_address in config
    config = config.replace(f"<address>{gui_address}</address>", f"<address>{address}</address>")
    if tls:
        config = config.replace('tls="false"', 'tls="true"', 1)
    target.mkdir()
    (target / "config.xml").write_text(config)
    shutil.copy(sandbox.home / "https-cert.pem", target / "https-cert.pem")
    return target


def test_from_home_with_tls_verifies_against_the_gui_certificate(syncthing: Sandbox, tmp_path: Path) -> None:
    """A home whose GUI is on TLS and every interface: https on the loopback address, the home's certificate for
    verify= (a real TLS server is not shown: the sandbox's --gui-address forces plain HTTP)."""
    home = _home_copy(syncthing, tmp_path / "home", address=f"0.0.0.0:{syncthing.gui_port}", tls=True)
    st = Syncthing.from_home(home)
    assert st.base_url == f"https://127.0.0.1:{syncthing.gui_port}"
    kwargs = _home_kwargs(home, {})
    assert kwargs["verify"] == home / "https-cert.pem"
    assert kwargs["api_key"] == syncthing.api_key
    assert _home_kwargs(home, {"verify": False})["verify"] is False


def test_from_home_without_tls_and_on_ipv6(syncthing: Sandbox, tmp_path: Path) -> None:
    home = _home_copy(syncthing, tmp_path / "home", address=f"[::]:{syncthing.gui_port}", tls=False)
    assert Syncthing.from_home(home).base_url == f"http://[::1]:{syncthing.gui_port}"


def test_from_home_failures(syncthing: Sandbox, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="does not exist"):
        Syncthing.from_home(tmp_path)
    home = _home_copy(syncthing, tmp_path / "home", address="unix:///run/st.sock", tls=False)
    with pytest.raises(InvalidURLError, match="unix socket"):
        Syncthing.from_home(home)
    (home / "config.xml").write_text("<configuration><gui></gui></configuration>")
    with pytest.raises(ConfigurationError, match="no GUI address"):
        Syncthing.from_home(home)
    (home / "config.xml").write_text("<configuration")
    with pytest.raises(ConfigurationError, match="cannot be read"):
        Syncthing.from_home(home)


_GUI = '<configuration><gui tls="{tls}"><address>{address}</address><apikey>{key}</apikey></gui></configuration>'


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("config", "raises", "says"),
    [
        (_GUI.format(tls="true", address="[::1", key="{key}"), InvalidURLError, "config.xml cannot be read"),
        (_GUI.format(tls="true", address="xn--zz:8384", key="{key}"), InvalidURLError, "internationalised"),
        (_GUI.format(tls="false", address="unix:///run/st.sock", key="{key}"), InvalidURLError, "unix socket"),
        ('<?xml version="1.0" encoding="x-bogus"?><configuration/>', ConfigurationError, "unknown encoding"),
        ('<?xml version="1.0" encoding="utf-7"?><configuration/>', ConfigurationError, "cannot be read"),
    ],
)
def test_from_home_on_a_broken_config(
    client: Any, config: str, raises: type[Exception], says: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A GUI address or an XML declaration the client cannot use: a ConfigurationError naming the file, and the
    key (the file's) in no message and no frame of ours."""
    key = fresh_key()
    (tmp_path / "config.xml").write_text(config.format(key=key))
    (tmp_path / "https-cert.pem").write_text("")  # Syncthing always writes one
    with pytest.raises(raises, match=says) as caught:
        client.from_home(tmp_path)
    assert str(tmp_path / "config.xml") in str(caught.value)
    assert_no_key(caught.value, key, caplog)


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("address", ["127.0.0.1:8384", "[::1"])
def test_from_home_keeps_a_key_given_out_of_its_frames(
    client: Any, address: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A key given to from_home, when the file's address or another argument (here the timeout) is refused."""
    (tmp_path / "config.xml").write_text(_GUI.format(tls="true", address=address, key="the-file-key"))
    key = fresh_key()
    with pytest.raises(ConfigurationError) as caught:
        client.from_home(tmp_path, api_key=key, timeout=float("nan"))
    assert_no_key(caught.value, key, caplog)


def test_a_base_url_given_wins_over_an_unusable_gui_address(tmp_path: Path) -> None:
    (tmp_path / "config.xml").write_text(_GUI.format(tls="true", address="[::1", key="the-key"))
    (tmp_path / "https-cert.pem").write_text("")
    kwargs = _home_kwargs(tmp_path, {"base_url": "https://127.0.0.1:8384"})
    assert kwargs == {"base_url": "https://127.0.0.1:8384", "api_key": "the-key", "verify": tmp_path / "https-cert.pem"}


def test_from_home_of_a_user_who_does_not_exist() -> None:
    with pytest.raises(ConfigurationError, match="~nosuchuser-b6a0e4"):
        Syncthing.from_home("~nosuchuser-b6a0e4/.local/state/syncthing")
