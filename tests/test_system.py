"""Every /rest/system, /rest/noauth and /rest/svc operation of the spec, through the facade, against real
Syncthing 1.19.2 and 1.29.5. An operation a version lacks must fail there with NotFoundError."""

import asyncio
import datetime
import re
import ssl
import time
from pathlib import Path
from typing import Any

import pytest

from syncthing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSyncthing,
    AuthenticationError,
    FolderNotFoundError,
    NotFoundError,
    OperationFailedError,
    RequestRefusedError,
    ResetResult,
    RestartResult,
    ServerError,
    ShutdownResult,
    Syncthing,
    UnsupportedOperationError,
    _compat,
)
from syncthing_client.models import LoginRequest, LogLevelMap, LogLine, PartialFolderConfiguration
from tests.conftest import Recorder, at_least, client_for, serves
from tools.sandbox import Sandbox, wait_for

# A valid device ID (right check digits) of a throwaway instance that no longer exists.
UNKNOWN_DEVICE = "K22UWM7-5G4CHWR-EQ66YSP-LONRXUC-CZNLTON-PE7NQOP-7OTYMP4-VWFWTQD"


def test_version(st: Syncthing, syncthing: Sandbox) -> None:
    version = st.system.version()
    assert version.version.startswith(f"v{syncthing.version}")
    assert version.os == "linux"
    assert f"v{syncthing.version}" in version.long_version
    assert isinstance(version.date, datetime.datetime)


def test_status_identifies_the_instance(st: Syncthing, syncthing: Sandbox) -> None:
    status = st.system.status()
    assert status.my_id == syncthing.device_id
    assert isinstance(status.start_time, datetime.datetime)
    assert status.uptime >= 0
    assert f"tcp://127.0.0.1:{syncthing.listen_port}" in status.connection_service_status
    assert status.gui_address_used == f"127.0.0.1:{syncthing.gui_port}"


def test_ping_answers_get_and_post(st: Syncthing) -> None:
    assert st.system.ping().ping == "pong"
    assert st.system.ping_post().ping == "pong"


def test_connections_show_the_paired_device(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    with client_for(a) as st:
        connections = st.system.connections()
    peer = connections.connections[b.device_id]
    assert b.device_id in list(connections.connections)
    assert len(connections.connections) == len(connections.connections.keys()) >= 1
    assert dict(connections.connections.items())[b.device_id] is peer
    assert connections.connections.get("no-such-device") is None
    assert peer.connected
    assert not peer.paused
    assert peer.address.startswith("127.0.0.1:")
    assert peer.client_version.startswith(f"v{b.version}")
    assert connections.total.in_bytes_total > 0


def test_discovery_cache_is_empty_with_discovery_off(st: Syncthing) -> None:
    cache = st.system.discovery()
    assert len(cache) == 0
    assert list(cache) == []


def test_error_list_round_trip(st: Syncthing) -> None:
    message = "backup job failed: ünïcode kept"
    st.system.add_error(body=message)
    errors = st.system.errors().errors
    assert errors and errors[-1].message == message
    assert isinstance(errors[-1].when, datetime.datetime)
    st.system.clear_errors()
    assert not st.system.errors().errors


def test_log_and_its_text_form(st: Syncthing, syncthing: Sandbox) -> None:
    messages = st.system.log().messages
    assert messages
    assert any(syncthing.device_id in line.message for line in messages)
    later = st.system.log(since=messages[-1].when + datetime.timedelta(seconds=1)).messages
    assert not later
    text = st.system.log_text()
    assert f"My ID: {syncthing.device_id}" in text


def test_log_since_the_last_line_leaves_it_out(throwaway: Sandbox) -> None:
    """`since=` a line's own time answers only later lines: the time goes back with the server's nanoseconds."""
    with client_for(throwaway) as st:
        raw_last = throwaway.get("/rest/system/log")["messages"][-1]
        last = LogLine.from_dict(raw_last)
        written = re.fullmatch(r"[^.]+(?:\.(\d+))?(?:Z|[+-]\d\d:\d\d)", raw_last["when"])
        assert written is not None, raw_last["when"]  # RFC 3339
        digits = written.group(1) or ""
        assert last.when.isoformat().partition(".")[2][: len(digits)] == digits  # every digit the server wrote

        def after(since: datetime.datetime) -> list[LogLine]:
            return st.system.log(since=since).messages or []  # the server answers null when there is none

        assert all(line.when > last.when for line in after(last.when))
        assert (last.when, last.message) not in [(line.when, line.message) for line in after(last.when)]
        if len(digits) > 6:  # the defect this guards against: cut to microseconds, the line came back every time
            cut = datetime.datetime.fromisoformat(raw_last["when"])
            assert (last.when, last.message) in [(line.when, line.message) for line in after(cut)]
        # A line logged afterwards is answered: adding a folder logs "Ready to synchronize ..." on every release.
        path = throwaway.root / "folders" / "nanos-probe"
        path.mkdir(parents=True, exist_ok=True)
        st.config.add_folder(body=PartialFolderConfiguration(id="nanos-probe", path=str(path)))
        logged = wait_for(
            "a log line about the new folder",
            lambda: [line for line in after(last.when) if "nanos-probe" in line.message] or None,
        )
        assert all(line.when > last.when for line in logged)
        newest = st.system.log().messages[-1]
        assert all(line.when > newest.when for line in after(newest.when))


def test_config_in_sync(st: Syncthing) -> None:
    assert st.system.config_insync().config_in_sync is True


def test_browse_lists_matching_directories(st: Syncthing, tmp_path: Path) -> None:
    for name in ("music", "movies", "notes.txt"):
        (tmp_path / name).mkdir() if "." not in name else (tmp_path / name).write_text("x")
    listed = [entry.rstrip("/") for entry in st.system.browse(current=f"{tmp_path}/m")]
    assert listed == [str(tmp_path / "movies"), str(tmp_path / "music")]


def test_debug_facilities_can_be_switched(st: Syncthing) -> None:
    facilities = st.system.debug()
    assert "model" in facilities.facilities.additional_properties
    st.system.set_debug(enable="model,db")
    assert {"model", "db"} <= set(st.system.debug().enabled)
    st.system.set_debug(disable="model,db")
    assert not {"model", "db"} & set(st.system.debug().enabled)


def test_loglevels_are_refused_before_2_0_without_a_request(syncthing: Sandbox) -> None:
    assert not serves(syncthing, "system_loglevels")
    assert serves(syncthing, "system_debug")
    levels = LogLevelMap()
    levels["model"] = "DEBUG"
    with Recorder(syncthing) as recorder:
        with pytest.raises(UnsupportedOperationError) as caught:
            recorder.client.system.loglevels()
        with pytest.raises(UnsupportedOperationError):
            recorder.client.system.set_loglevels(body=levels)
        assert [answer.request.url.path for answer in recorder.answers] == ["/rest/system/version"]
    assert caught.value.operation == "system_loglevels"
    # Debian's builds call themselves e.g. v1.19.2-ds1; the client keeps what the server says.
    assert caught.value.server_version.startswith(syncthing.version)
    assert str(caught.value) == (
        f"system_loglevels (GET /rest/system/loglevels) is not served by Syncthing {caught.value.server_version};"
        " it is served from 2.0.0 on"
    )
    # The refusal is true to the server: it has no such route.
    assert syncthing.request("GET", "/rest/system/loglevels").status_code == 404


def test_paths(st: Syncthing, syncthing: Sandbox) -> None:
    if not serves(syncthing, "system_paths"):
        with pytest.raises(UnsupportedOperationError, match=r"served from 1\.21\.0 on"):
            st.system.paths()
        assert syncthing.request("GET", "/rest/system/paths").status_code == 404
        return
    paths = st.system.paths()
    assert paths.config == str(syncthing.home / "config.xml")
    assert paths.https_cert_file == str(syncthing.home / "https-cert.pem")


def test_pause_and_resume_a_device(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    with client_for(a) as st:
        st.system.pause(device=b.device_id)
        assert st.system.connections().connections[b.device_id].paused
        st.system.resume(device=b.device_id)
        assert not st.system.connections().connections[b.device_id].paused
        st.system.pause()
        st.system.resume()
        with pytest.raises(ServerError, match="device ID invalid"):
            st.system.pause(device="not-a-device")
        with pytest.raises(NotFoundError, match="not found"):
            st.system.resume(device=UNKNOWN_DEVICE)


def test_upgrade_is_unsupported_on_debian_builds(st: Syncthing, syncthing: Sandbox) -> None:
    with pytest.raises(ServerError) as check:
        st.system.upgrade()
    assert check.value.status_code == (501 if at_least(syncthing, "1.23.0") else 503)
    assert check.value.message == "upgrade unsupported"
    with pytest.raises(ServerError) as perform:
        st.system.perform_upgrade()
    assert perform.value.status_code == (501 if at_least(syncthing, "1.23.0") else 500)


def test_restart_comes_back_with_a_new_start_time(throwaway: Sandbox) -> None:
    with client_for(throwaway) as st:
        before = st.system.status().start_time
        assert st.system.restart() == RestartResult(ok="restarting")
        throwaway.wait_restarted(throwaway.start_time)
        assert st.system.status().start_time > before


def test_restart_with_wait_returns_once_the_new_run_answers(throwaway: Sandbox) -> None:
    with client_for(throwaway) as st:
        before = st.system.status().start_time
        assert st.system.restart(wait=True, timeout=60) == RestartResult(ok="restarting")
        assert st.system.status().start_time > before  # no retry needed: the new run is up


def test_async_restart_with_wait(throwaway: Sandbox) -> None:
    async def scenario() -> tuple[Any, Any, Any]:
        async with AsyncSyncthing(throwaway.url, throwaway.api_key) as ast:
            before = (await ast.system.status()).start_time
            result = await ast.system.restart(wait=True)
            return before, result, (await ast.with_options(max_retries=0).system.status()).start_time

    before, result, after = asyncio.run(scenario())
    assert result == RestartResult(ok="restarting")
    assert after > before


def test_restart_wait_gives_up_with_a_typed_timeout(throwaway: Sandbox) -> None:
    """A server that never comes back (shut down instead): APITimeoutError after the wait's timeout."""
    with client_for(throwaway) as st:
        started = time.monotonic()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_compat._endpoints, "system_restart", _compat._endpoints.system_shutdown)
            with pytest.raises(APITimeoutError, match="did not answer as a new run within 3 s") as caught:
                st.system.restart(wait=True, timeout=3)
        assert 2.5 < time.monotonic() - started < 10
        assert isinstance(caught.value.__cause__, APIConnectionError)


def test_reset_rebuilds_and_restarts(throwaway: Sandbox) -> None:
    with client_for(throwaway) as st:
        with pytest.raises(FolderNotFoundError, match="Invalid folder ID"):
            st.system.reset(folder="no-such-folder")
        previous = throwaway.start_time
        assert st.system.reset() == ResetResult(ok="resetting database")
        throwaway.wait_restarted(previous)
        assert st.system.ping().ping == "pong"


def test_shutdown_stops_the_server(throwaway: Sandbox) -> None:
    with client_for(throwaway) as st:
        assert st.system.shutdown() == ShutdownResult(ok="shutting down")
        wait_for("the monitor to exit", lambda: throwaway.pids() == [] or None, timeout=20)
        with pytest.raises(APIConnectionError):
            st.system.ping()


def test_health_needs_no_key(st: Syncthing, syncthing: Sandbox) -> None:
    with Syncthing(syncthing.url, "not-the-key") as anonymous:
        if serves(syncthing, "noauth_health"):
            assert anonymous.noauth.health().status == "OK"
            return
        # Without the route, a keyless request is refused before routing; with the key it is unknown.
        with pytest.raises(AuthenticationError):
            anonymous.noauth.health()
    with pytest.raises(UnsupportedOperationError):
        st.noauth.health()
    assert syncthing.request("GET", "/rest/noauth/health").status_code == 404


def test_gui_login_and_logout(throwaway: Sandbox) -> None:
    assert serves(throwaway, "noauth_login") == serves(throwaway, "noauth_logout")
    if not serves(throwaway, "noauth_login"):
        with client_for(throwaway) as st:
            with pytest.raises(UnsupportedOperationError):
                st.noauth.login(body=LoginRequest(username="admin", password="secret"))
            with pytest.raises(UnsupportedOperationError):
                st.noauth.logout()
        assert throwaway.request("POST", "/rest/noauth/auth/logout").status_code == 404
        return
    with Syncthing(throwaway.url, "not-the-key") as anonymous:
        throwaway.request("PATCH", "/rest/config/gui", json={"user": "admin", "password": "secret"}).raise_for_status()
        throwaway.wait_until_ready()
        with pytest.raises(AuthenticationError):
            anonymous.noauth.login(body=LoginRequest(username="admin", password="wrong"))
        anonymous.noauth.login(body=LoginRequest(username="admin", password="secret", stay_logged_in=True))
        assert any(name.startswith("sessionid-") for name in anonymous._sender.http.cookies)
        assert not anonymous._sender._lean  # the session cookie goes back through the client
        anonymous.noauth.logout()


def test_device_id_is_normalised_or_reported_invalid(st: Syncthing, syncthing: Sandbox) -> None:
    assert st.svc.deviceid(id=syncthing.device_id.lower().replace("-", "")).id == syncthing.device_id
    with pytest.raises(OperationFailedError) as caught:
        st.svc.deviceid(id="abc")
    assert "device ID invalid" in caught.value.error
    assert caught.value.body == {"error": caught.value.error}


def test_a_wrong_key_is_an_authentication_error(syncthing: Sandbox) -> None:
    wrong_key = "definitely-wrong-key"
    with Syncthing(syncthing.url, wrong_key) as st, pytest.raises(AuthenticationError) as caught:
        st.system.status()
    assert caught.value.status_code == 403
    assert caught.value.message == "CSRF Error"
    assert "wrong or missing API key" in str(caught.value)  # Syncthing's own words point away from the key
    assert wrong_key not in str(caught.value) and wrong_key not in repr(caught.value)


def test_async_client_against_a_real_server(syncthing: Sandbox) -> None:
    async def tour() -> None:
        async with AsyncSyncthing(syncthing.url, syncthing.api_key) as ast:
            version, status = await asyncio.gather(ast.system.version(), ast.system.status())
            assert version.version.startswith(f"v{syncthing.version}")
            assert status.my_id == syncthing.device_id
            await ast.system.add_error(body="from asyncio")
            assert (await ast.system.errors()).errors[-1].message == "from asyncio"
            await ast.system.clear_errors()
            with pytest.raises(OperationFailedError):
                await ast.svc.deviceid(id="abc")
            with pytest.raises(UnsupportedOperationError):
                await ast.system.loglevels()
            assert (await ast.server_version()).startswith(syncthing.version)

    asyncio.run(tour())


def certificate_name(path: Path) -> str:
    decoded = ssl._ssl._test_decode_cert(str(path))  # type: ignore[attr-defined]
    return str(decoded["subjectAltName"][0][1])


def test_https_with_the_instances_own_certificate(throwaway: Sandbox) -> None:
    throwaway.request("PATCH", "/rest/config/gui", json={"useTLS": True}).raise_for_status()
    https_url = throwaway.url.replace("http://", "https://")
    certificate = throwaway.home / "https-cert.pem"
    name = certificate_name(certificate)

    def serving_https() -> bool | None:
        with Syncthing(https_url, throwaway.api_key, verify=certificate, tls_server_name=name) as st:
            try:
                return st.system.ping().ping == "pong"
            except APIConnectionError:
                return None

    assert wait_for("the GUI to serve HTTPS", serving_https, timeout=20)
    with Syncthing(https_url, throwaway.api_key) as untrusting, pytest.raises(APIConnectionError):
        untrusting.system.ping()
    with Syncthing(https_url, throwaway.api_key, verify=False) as unverified:
        assert unverified.system.ping().ping == "pong"


def test_log_levels_work_the_same_on_every_release(st: Syncthing) -> None:
    """Before 2.0.0 this goes through /rest/system/debug; the caller sees one shape either way."""
    levels = st.system.log_levels()
    assert "model" in levels.packages.additional_properties
    assert set(levels.levels.additional_properties.values()) <= {"DEBUG", "INFO"}
    st.system.set_log_levels({"model": "debug", "db": "DEBUG"})
    after = st.system.log_levels().levels
    assert (after["model"], after["db"]) == ("DEBUG", "DEBUG")
    st.system.set_log_levels({"model": "INFO", "db": "INFO"})
    after = st.system.log_levels().levels
    assert (after["model"], after["db"]) == ("INFO", "INFO")
    with pytest.raises(RequestRefusedError, match="only switches debug logging"):
        st.system.set_log_levels({"model": "WARN"})


def test_async_log_levels(syncthing: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncSyncthing(syncthing.url, syncthing.api_key) as ast:
            await ast.system.set_log_levels({"scanner": "DEBUG"})
            assert (await ast.system.log_levels()).levels["scanner"] == "DEBUG"
            await ast.system.set_log_levels({"scanner": "INFO"})
            assert (await ast.system.log_levels()).levels["scanner"] == "INFO"

    asyncio.run(scenario())
