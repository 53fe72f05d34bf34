from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compression import Compression
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "deviceID",
        "name",
        "addresses",
        "compression",
        "certName",
        "introducer",
        "skipIntroductionRemovals",
        "introducedBy",
        "paused",
        "allowedNetworks",
        "autoAcceptFolders",
        "maxSendKbps",
        "maxRecvKbps",
        "ignoredFolders",
        "maxRequestKiB",
        "untrusted",
        "remoteGUIPort",
        "numConnections",
        "group",
    )
)


@_attrs_define
class DeviceConfiguration:
    """A remote device's settings (the local device is listed too).

    Attributes:
        device_id (str): The device ID.
        name (str):
        addresses (list[str]): Where to connect: `dynamic` (discovery) or URLs like `tcp://host:22000`.
        compression (Compression): What is compressed on the wire to a device. Syncthing reads an unknown value as
            `metadata`.
        cert_name (str):
        introducer (bool): Accept the devices this device shares folders with.
        skip_introduction_removals (bool):
        introduced_by (str):
        paused (bool):
        allowed_networks (list[str]):
        auto_accept_folders (bool): Add folders this device offers without asking.
        max_send_kbps (int):
        max_recv_kbps (int):
        ignored_folders (list[ObservedFolder]): Folder offers from this device that were declined.
        max_request_ki_b (int):
        untrusted (bool): Folders shared with it are sent encrypted.
        remote_gui_port (int):
        num_connections (int | Unset): Parallel connections to open (1.29.5 and later; 0 = default).
        group (str | Unset): A free-form group name (2.1 and later).
    """

    device_id: str
    name: str
    addresses: list[str]
    compression: Compression
    cert_name: str
    introducer: bool
    skip_introduction_removals: bool
    introduced_by: str
    paused: bool
    allowed_networks: list[str]
    auto_accept_folders: bool
    max_send_kbps: int
    max_recv_kbps: int
    ignored_folders: list[ObservedFolder]
    max_request_ki_b: int
    untrusted: bool
    remote_gui_port: int
    num_connections: int | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        name = self.name

        addresses = self.addresses

        compression: str = self.compression

        cert_name = self.cert_name

        introducer = self.introducer

        skip_introduction_removals = self.skip_introduction_removals

        introduced_by = self.introduced_by

        paused = self.paused

        allowed_networks = self.allowed_networks

        auto_accept_folders = self.auto_accept_folders

        max_send_kbps = self.max_send_kbps

        max_recv_kbps = self.max_recv_kbps

        ignored_folders = []
        for ignored_folders_item_data in self.ignored_folders:
            ignored_folders_item = ignored_folders_item_data.to_dict()
            ignored_folders.append(ignored_folders_item)

        max_request_ki_b = self.max_request_ki_b

        untrusted = self.untrusted

        remote_gui_port = self.remote_gui_port

        num_connections = self.num_connections

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceID": device_id,
                "name": name,
                "addresses": addresses,
                "compression": compression,
                "certName": cert_name,
                "introducer": introducer,
                "skipIntroductionRemovals": skip_introduction_removals,
                "introducedBy": introduced_by,
                "paused": paused,
                "allowedNetworks": allowed_networks,
                "autoAcceptFolders": auto_accept_folders,
                "maxSendKbps": max_send_kbps,
                "maxRecvKbps": max_recv_kbps,
                "ignoredFolders": ignored_folders,
                "maxRequestKiB": max_request_ki_b,
                "untrusted": untrusted,
                "remoteGUIPort": remote_gui_port,
            }
        )
        if num_connections is not UNSET:
            field_dict["numConnections"] = num_connections
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        device_id = src_dict["deviceID"]

        name = src_dict["name"]

        addresses = cast(list[str], src_dict["addresses"])

        compression = src_dict["compression"]

        cert_name = src_dict["certName"]

        introducer = src_dict["introducer"]

        skip_introduction_removals = src_dict["skipIntroductionRemovals"]

        introduced_by = src_dict["introducedBy"]

        paused = src_dict["paused"]

        allowed_networks = cast(list[str], src_dict["allowedNetworks"])

        auto_accept_folders = src_dict["autoAcceptFolders"]

        max_send_kbps = src_dict["maxSendKbps"]

        max_recv_kbps = src_dict["maxRecvKbps"]

        _ignored_folders = src_dict["ignoredFolders"]
        ignored_folders = [
            ObservedFolder.from_dict(ignored_folders_item_data) for ignored_folders_item_data in _ignored_folders
        ]

        max_request_ki_b = src_dict["maxRequestKiB"]

        untrusted = src_dict["untrusted"]

        remote_gui_port = src_dict["remoteGUIPort"]

        num_connections = src_dict.get("numConnections", UNSET)

        group = src_dict.get("group", UNSET)

        device_configuration = cls(
            device_id,
            name,
            addresses,
            compression,
            cert_name,
            introducer,
            skip_introduction_removals,
            introduced_by,
            paused,
            allowed_networks,
            auto_accept_folders,
            max_send_kbps,
            max_recv_kbps,
            ignored_folders,
            max_request_ki_b,
            untrusted,
            remote_gui_port,
            num_connections,
            group,
        )

        if len(src_dict) != 19 - (
            num_connections,
            group,
        ).count(UNSET):
            device_configuration.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return device_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.observed_folder import ObservedFolder  # noqa: E402
