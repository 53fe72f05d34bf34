"""Every configuration operation on real 1.19.2 and 1.29.5 servers, each answer checked strictly against the spec.

Writes go to one throwaway server per version; they never touch the settings that keep it on loopback (listen
addresses, discovery, relays), and GUI changes wait for the listener to come back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from syncthing_client import BadRequestError, NotFoundError, RequestRefusedError, Syncthing
from syncthing_client.models import (
    DefaultIgnores,
    PartialDeviceConfiguration,
    PartialFolderConfiguration,
    PartialFolderDeviceConfiguration,
    PartialGUIConfiguration,
    PartialLDAPConfiguration,
    PartialOptionsConfiguration,
    PartialVersioningConfiguration,
    Size,
    VersioningParams,
)
from tests.conftest import Recorder, at_least
from tools.sandbox import VERSIONS, Sandbox

# A valid device ID that none of the servers has; its address is a closed loopback port.
OTHER_DEVICE = "SK2JFAL-P55NCBW-NL3CNXC-OKIZLIT-BKIJQA6-H5DOCUM-JDNJMQG-IMSIMQO"


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def server(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    with Sandbox.start(request.param) as sandbox:
        yield sandbox


@pytest.fixture
def recorder(server: Sandbox) -> Iterator[Recorder]:
    with Recorder(server) as recorder:
        yield recorder


def loopback_options(server: Sandbox) -> dict[str, Any]:
    options: dict[str, Any] = server.get("/rest/config/options")
    return {key: options[key] for key in ("listenAddresses", "globalAnnounceEnabled", "relaysEnabled", "natEnabled")}


def test_full_configuration_and_its_old_name(recorder: Recorder, server: Sandbox) -> None:
    config = recorder.client.config.full()
    recorder.check("config_full")
    assert config.gui.api_key == server.api_key
    with pytest.deprecated_call():
        recorder.client.system.config()
    assert recorder.check("system_config") == server.get("/rest/config")


def test_restart_required_and_insync(recorder: Recorder) -> None:
    config = recorder.client.config
    assert config.restart_required().requires_restart is False
    recorder.check("config_restart_required")
    with pytest.deprecated_call():
        assert config.insync().config_in_sync is True
    recorder.check("config_insync")
    # Database tuning takes effect only after a restart (both releases tested here are 1.x).
    tuning = config.options().database_tuning
    config.update_options(body=PartialOptionsConfiguration(database_tuning="large" if tuning != "large" else "small"))
    assert config.restart_required().requires_restart is True
    with pytest.deprecated_call():
        assert config.insync().config_in_sync is False


def test_folder_lifecycle(recorder: Recorder, server: Sandbox) -> None:
    config = recorder.client.config
    path = server.root / "folders" / "photos"
    path.mkdir(parents=True, exist_ok=True)
    config.add_folder(
        body=PartialFolderConfiguration(
            id="photos",
            label="Photos",
            path=str(path),
            min_disk_free=Size(value=5, unit="%"),
            versioning=PartialVersioningConfiguration(type="simple", params=VersioningParams.from_dict({"keep": "3"})),
        )
    )
    folder = config.folder("photos")
    answer = recorder.check("config_folder")
    assert (folder.label, folder.min_disk_free.value, folder.versioning.type) == ("Photos", 5, "simple")
    assert answer["versioning"]["params"] == {"keep": "3"}
    assert [entry.id for entry in config.folders()] == ["photos"]
    recorder.check("config_folders")
    config.update_folder("photos", body=PartialFolderConfiguration(paused=True))
    assert config.folder("photos").paused is True
    # A replace takes the whole folder, as read and changed: what it does not change stays.
    config.replace_folder("photos", body=attrs.evolve(config.folder("photos"), label="Pictures", paused=False))
    replaced = config.folder("photos")
    assert (replaced.label, replaced.paused, replaced.versioning.type) == ("Pictures", False, "simple")
    other = server.root / "folders" / "other"
    other.mkdir(exist_ok=True)
    # Entries replace those with the same ID or are added; folders the list leaves out stay.
    template = config.default_folder()
    config.add_folders(
        body=[
            attrs.evolve(template, id="other", path=str(other)),
            attrs.evolve(template, id="photos", label="Photos again", path=str(path)),
        ]
    )
    assert sorted((entry.id, entry.label) for entry in config.folders()) == [("other", ""), ("photos", "Photos again")]
    config.delete_folder("other")
    config.delete_folder("photos")
    assert config.folders() == []
    config.delete_folder("photos")  # not configured: nothing changes, no error
    with pytest.raises(NotFoundError, match="No folder with given ID"):
        config.folder("photos")
    with pytest.raises(NotFoundError):
        config.update_folder("photos", body=PartialFolderConfiguration(paused=True))


def test_patch_with_whole_entries_changes_only_what_it_names(recorder: Recorder, server: Sandbox) -> None:
    # The guard makes a PATCH give whole device entries and versioning's cleanupIntervalS (tests/test_guard.py);
    # given whole, each device keeps its own password although the entry lands where another device's was.
    third_device = "PEBGTG7-EFSFI43-RX3XNCQ-C4TFC7G-UGWIWFN-IMJ65RV-FU3NESC-A3ERIQ6"
    for device in (OTHER_DEVICE, third_device):
        server.post("/rest/config/devices", {"deviceID": device, "addresses": ["tcp://127.0.0.1:1"]})
    path = server.root / "folders" / "shared"
    path.mkdir(parents=True, exist_ok=True)
    server.post(
        "/rest/config/folders",
        {
            "id": "shared",
            "path": str(path),
            "devices": [
                {"deviceID": OTHER_DEVICE, "encryptionPassword": "password of the other"},
                {"deviceID": third_device, "encryptionPassword": "password of the third"},
            ],
            "versioning": {"type": "staggered", "params": {"maxAge": "100"}, "cleanupIntervalS": 99},
        },
    )
    config = recorder.client.config
    try:
        kept = next(entry for entry in config.folder("shared").devices if entry.device_id == third_device)
        versioning = config.folder("shared").versioning
        config.update_folder(
            "shared",
            body=PartialFolderConfiguration(
                devices=[
                    PartialFolderDeviceConfiguration(
                        device_id=kept.device_id,
                        introduced_by=kept.introduced_by,
                        encryption_password=kept.encryption_password,
                    )
                ],
                versioning=PartialVersioningConfiguration(
                    params=VersioningParams.from_dict({"maxAge": "200"}),
                    cleanup_interval_s=versioning.cleanup_interval_s,
                ),
            ),
        )
        written = server.get("/rest/config/folders/shared")
        passwords = {entry["deviceID"]: entry["encryptionPassword"] for entry in written["devices"]}
        assert passwords == {server.device_id: "", third_device: "password of the third"}
        assert (written["versioning"]["type"], written["versioning"]["cleanupIntervalS"]) == ("staggered", 99)
        assert written["versioning"]["params"] == {"maxAge": "200"}
    finally:
        server.request("DELETE", "/rest/config/folders/shared").raise_for_status()
        for device in (OTHER_DEVICE, third_device):
            server.request("DELETE", f"/rest/config/devices/{device}").raise_for_status()


def test_device_lifecycle(recorder: Recorder, server: Sandbox) -> None:
    config = recorder.client.config
    config.add_device(body=PartialDeviceConfiguration(device_id=OTHER_DEVICE, addresses=["tcp://127.0.0.1:1"]))
    device = config.device(OTHER_DEVICE)
    recorder.check("config_device")
    assert device.addresses == ["tcp://127.0.0.1:1"]
    assert {entry.device_id for entry in config.devices()} == {server.device_id, OTHER_DEVICE}
    recorder.check("config_devices")
    config.update_device(OTHER_DEVICE, body=PartialDeviceConfiguration(name="laptop"))
    assert config.device(OTHER_DEVICE).name == "laptop"
    config.replace_device(OTHER_DEVICE, body=attrs.evolve(config.device(OTHER_DEVICE), addresses=["tcp://127.0.0.1:2"]))
    assert (config.device(OTHER_DEVICE).name, config.device(OTHER_DEVICE).addresses) == (
        "laptop",
        ["tcp://127.0.0.1:2"],
    )
    config.add_devices(body=[attrs.evolve(config.default_device(), device_id=OTHER_DEVICE, name="again")])
    assert config.device(OTHER_DEVICE).name == "again"
    assert len(config.devices()) == 2
    config.delete_device(OTHER_DEVICE)
    assert [entry.device_id for entry in config.devices()] == [server.device_id]
    with pytest.raises(NotFoundError, match="No device with given ID"):
        config.device(OTHER_DEVICE)
    with pytest.raises(BadRequestError, match="device ID invalid"):
        config.device("nope")
    assert loopback_options(server)["listenAddresses"] == [f"tcp://127.0.0.1:{server.listen_port}"]


def test_defaults(recorder: Recorder) -> None:
    config = recorder.client.config
    config.default_folder()
    recorder.check("config_default_folder")
    config.update_default_folder(body=PartialFolderConfiguration(rescan_interval_s=600))
    assert config.default_folder().rescan_interval_s == 600
    config.replace_default_folder(body=attrs.evolve(config.default_folder(), label="template"))
    assert (config.default_folder().label, config.default_folder().rescan_interval_s) == ("template", 600)
    config.default_device()
    recorder.check("config_default_device")
    config.update_default_device(body=PartialDeviceConfiguration(compression="always"))
    assert config.default_device().compression == "always"
    config.replace_default_device(body=attrs.evolve(config.default_device(), compression="metadata"))
    assert config.default_device().compression == "metadata"
    assert config.default_ignores().lines == []
    recorder.check("config_default_ignores")
    config.replace_default_ignores(body=DefaultIgnores(lines=["*.tmp", "(?d).DS_Store"]))
    assert config.default_ignores().lines == ["*.tmp", "(?d).DS_Store"]


def test_options_changed_without_loosening_loopback(recorder: Recorder, server: Sandbox) -> None:
    config = recorder.client.config
    before = loopback_options(server)
    options = config.options()
    recorder.check("config_options")
    config.update_options(body=PartialOptionsConfiguration(max_send_kbps=1000))
    assert config.options().max_send_kbps == 1000
    config.replace_options(body=options)
    assert config.options().max_send_kbps == 0
    assert loopback_options(server) == before


def test_ldap(recorder: Recorder) -> None:
    config = recorder.client.config
    config.ldap()
    recorder.check("config_ldap")
    config.update_ldap(body=PartialLDAPConfiguration(address="ldap.invalid:636", transport="tls"))
    assert (config.ldap().address, config.ldap().transport) == ("ldap.invalid:636", "tls")
    config.replace_ldap(body=attrs.evolve(config.ldap(), address=""))
    assert (config.ldap().address, config.ldap().transport) == ("", "tls")


def test_gui_changes_restart_the_listener(recorder: Recorder, server: Sandbox) -> None:
    config = recorder.client.config
    gui = config.gui()
    recorder.check("config_gui")
    config.update_gui(body=PartialGUIConfiguration(theme="dark"))
    server.wait_until_ready()
    assert config.gui().theme == "dark"
    config.replace_gui(body=gui)
    server.wait_until_ready()
    assert config.gui().theme == gui.theme


def test_a_replaced_gui_keeps_its_password(throwaway: Sandbox) -> None:
    # Releases before 1.25.0 hash the stored hash a PUT sends back again: the client refuses that PUT there.
    with Syncthing(throwaway.url, throwaway.api_key) as st:
        st.config.update_gui(body=PartialGUIConfiguration(user="admin", password="secret"))
        throwaway.wait_until_ready()
        stored = st.config.gui()
        assert stored.password.startswith("$2")
        changed = attrs.evolve(stored, theme="dark")
        if at_least(throwaway, "1.25.0"):
            st.config.replace_gui(body=changed)
        else:
            with pytest.raises(RequestRefusedError, match=r"before 1\.25\.0") as refused:
                st.config.replace_gui(body=changed)
            assert refused.value.field == "body.password"
            assert throwaway.get("/rest/config/gui") == stored.to_dict()  # nothing was sent
            st.config.update_gui(body=PartialGUIConfiguration(theme="dark"))  # the way the refusal gives
        throwaway.wait_until_ready()
        assert (st.config.gui().theme, st.config.gui().password) == ("dark", stored.password)
        # A plain-text password is hashed by every release, as meant.
        st.config.replace_gui(body=attrs.evolve(changed, password="another secret"))
        throwaway.wait_until_ready()
        assert st.config.gui().password not in ("another secret", stored.password)


def test_whole_configuration_round_trip_keeps_every_field(recorder: Recorder, server: Sandbox) -> None:
    config = recorder.client.config
    before = server.get("/rest/config")
    typed = config.full()
    typed.options.max_recv_kbps = 77
    config.replace_full(body=typed)
    after = server.get("/rest/config")
    assert after["options"].pop("maxRecvKbps") == 77
    before["options"].pop("maxRecvKbps")
    assert after == before
    typed.options.max_recv_kbps = 0
    with pytest.deprecated_call():
        recorder.client.system.set_config(body=typed)
    assert server.get("/rest/config/options")["maxRecvKbps"] == 0


def test_a_malformed_body_is_a_bad_request(recorder: Recorder) -> None:
    with pytest.raises(BadRequestError):
        recorder.client.config.update_options(body=PartialOptionsConfiguration(max_send_kbps="fast"))  # type: ignore[arg-type]
