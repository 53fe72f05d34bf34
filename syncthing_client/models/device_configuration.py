from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observed_folder import ObservedFolder


T = TypeVar("T", bound="DeviceConfiguration")


@_attrs_define
class DeviceConfiguration:
    """A remote device's settings (the local device is listed too).

    Attributes:
        device_id (str): The device ID.
        name (str):
        addresses (list[str]): Where to connect: `dynamic` (discovery) or URLs like `tcp://host:22000`.
        compression (str): `metadata`, `always` or `never`.
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
    compression: str
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
        from ..models.observed_folder import ObservedFolder  # noqa: PLC0415

        device_id = self.device_id

        name = self.name

        addresses = self.addresses

        compression = self.compression

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
        from ..models.observed_folder import ObservedFolder  # noqa: PLC0415

        d = dict(src_dict)
        device_id = d.pop("deviceID")

        name = d.pop("name")

        addresses = cast(list[str], d.pop("addresses"))

        compression = d.pop("compression")

        cert_name = d.pop("certName")

        introducer = d.pop("introducer")

        skip_introduction_removals = d.pop("skipIntroductionRemovals")

        introduced_by = d.pop("introducedBy")

        paused = d.pop("paused")

        allowed_networks = cast(list[str], d.pop("allowedNetworks"))

        auto_accept_folders = d.pop("autoAcceptFolders")

        max_send_kbps = d.pop("maxSendKbps")

        max_recv_kbps = d.pop("maxRecvKbps")

        ignored_folders = []
        _ignored_folders = d.pop("ignoredFolders")
        for ignored_folders_item_data in _ignored_folders:
            ignored_folders_item = ObservedFolder.from_dict(ignored_folders_item_data)

            ignored_folders.append(ignored_folders_item)

        max_request_ki_b = d.pop("maxRequestKiB")

        untrusted = d.pop("untrusted")

        remote_gui_port = d.pop("remoteGUIPort")

        num_connections = d.pop("numConnections", UNSET)

        group = d.pop("group", UNSET)

        device_configuration = cls(
            device_id=device_id,
            name=name,
            addresses=addresses,
            compression=compression,
            cert_name=cert_name,
            introducer=introducer,
            skip_introduction_removals=skip_introduction_removals,
            introduced_by=introduced_by,
            paused=paused,
            allowed_networks=allowed_networks,
            auto_accept_folders=auto_accept_folders,
            max_send_kbps=max_send_kbps,
            max_recv_kbps=max_recv_kbps,
            ignored_folders=ignored_folders,
            max_request_ki_b=max_request_ki_b,
            untrusted=untrusted,
            remote_gui_port=remote_gui_port,
            num_connections=num_connections,
            group=group,
        )

        device_configuration.additional_properties = d
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
