from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._check import Invalid as _Invalid
from .._check import bad_item as _bad_item
from .._check import bool_types as _bool_types
from .._check import float_types as _float_types
from .._check import int_types as _int_types
from .._check import invalid as _invalid
from .._check import missing as _missing
from .._check import model_decoders as _model_decoders
from .._check import only_bool as _only_bool
from .._check import only_float as _only_float
from .._check import only_int as _only_int
from .._check import only_str as _only_str
from .._check import str_types as _str_types
from .._check import tagged as _tagged
from .._repr import extras_in_repr as _extras_in_repr
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


@_extras_in_repr
@_attrs_define
class DeviceConfiguration:
    """A remote device's settings (the local device is listed too).

    Attributes:
        device_id (str): The device ID.
        name (str): A friendly name for the device.
        addresses (list[str]): Where to connect: `dynamic` (discovery) or URLs like `tcp://host:22000`.
        compression (Compression): What is compressed on the wire to a device. Syncthing reads an unknown value as
            `metadata`.
        cert_name (str): The common name of the device's certificate, when it is not the default `syncthing`.
        introducer (bool): Accept the devices this device shares folders with.
        skip_introduction_removals (bool): Follow this introducer's introductions but not its removals.
        introduced_by (str): The device that introduced this one; empty if none. Used to follow de-introductions.
        paused (bool): Synchronization with this device is paused.
        allowed_networks (list[str]): Networks connections to this device are restricted to; no restriction when empty.
        auto_accept_folders (bool): Add folders this device offers without asking.
        max_send_kbps (int): Send rate limit for this device, in KiB/s despite the name.
        max_recv_kbps (int): Receive rate limit for this device, in KiB/s despite the name.
        ignored_folders (list[ObservedFolder]): Folder offers from this device that were declined.
        max_request_kib (int): Most data (KiB) to have outstanding in requests to this device.
        untrusted (bool): Folders shared with it are sent encrypted.
        remote_gui_port (int): When positive, the GUI links to this port on the address used to sync with the device.
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
    max_request_kib: int
    untrusted: bool
    remote_gui_port: int
    num_connections: int | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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

        max_request_kib = self.max_request_kib

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
                "maxRequestKiB": max_request_kib,
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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (DeviceConfiguration)", src_dict, None, src_dict)
        try:
            device_id = src_dict["deviceID"]
            if not _type(device_id) is str:
                raise _invalid("a string", device_id, "deviceID", src_dict)

            name = src_dict["name"]
            if not _type(name) is str:
                raise _invalid("a string", name, "name", src_dict)

            addresses = src_dict["addresses"]
            if _type(addresses) is not list or not _only_str(map(_type, addresses)):
                raise _bad_item("a string", _str_types, addresses, "addresses", src_dict)

            compression: Compression = src_dict["compression"]
            if not _type(compression) is str:
                raise _invalid("a string", compression, "compression", src_dict)

            cert_name = src_dict["certName"]
            if not _type(cert_name) is str:
                raise _invalid("a string", cert_name, "certName", src_dict)

            introducer = src_dict["introducer"]
            if not _type(introducer) is bool:
                raise _invalid("a boolean", introducer, "introducer", src_dict)

            skip_introduction_removals = src_dict["skipIntroductionRemovals"]
            if not _type(skip_introduction_removals) is bool:
                raise _invalid("a boolean", skip_introduction_removals, "skipIntroductionRemovals", src_dict)

            introduced_by = src_dict["introducedBy"]
            if not _type(introduced_by) is str:
                raise _invalid("a string", introduced_by, "introducedBy", src_dict)

            paused = src_dict["paused"]
            if not _type(paused) is bool:
                raise _invalid("a boolean", paused, "paused", src_dict)

            allowed_networks = src_dict["allowedNetworks"]
            if _type(allowed_networks) is not list or not _only_str(map(_type, allowed_networks)):
                raise _bad_item("a string", _str_types, allowed_networks, "allowedNetworks", src_dict)

            auto_accept_folders = src_dict["autoAcceptFolders"]
            if not _type(auto_accept_folders) is bool:
                raise _invalid("a boolean", auto_accept_folders, "autoAcceptFolders", src_dict)

            max_send_kbps = src_dict["maxSendKbps"]
            if not _type(max_send_kbps) is int:
                raise _invalid("an integer", max_send_kbps, "maxSendKbps", src_dict)

            max_recv_kbps = src_dict["maxRecvKbps"]
            if not _type(max_recv_kbps) is int:
                raise _invalid("an integer", max_recv_kbps, "maxRecvKbps", src_dict)

            ignored_folders = src_dict["ignoredFolders"]
            if _type(ignored_folders) is not list:
                raise _invalid("a list", ignored_folders, "ignoredFolders", src_dict)
            try:
                ignored_folders = [ObservedFolder.from_dict(_item) for _item in ignored_folders]
            except _Invalid as _e:
                raise _e.within("ignoredFolders", src_dict["ignoredFolders"], src_dict) from None

            max_request_kib = src_dict["maxRequestKiB"]
            if not _type(max_request_kib) is int:
                raise _invalid("an integer", max_request_kib, "maxRequestKiB", src_dict)

            untrusted = src_dict["untrusted"]
            if not _type(untrusted) is bool:
                raise _invalid("a boolean", untrusted, "untrusted", src_dict)

            remote_gui_port = src_dict["remoteGUIPort"]
            if not _type(remote_gui_port) is int:
                raise _invalid("an integer", remote_gui_port, "remoteGUIPort", src_dict)

            num_connections = src_dict.get("numConnections", UNSET)
            if not _type(num_connections) is int and num_connections is not UNSET:
                raise _invalid("an integer", num_connections, "numConnections", src_dict)

            group = src_dict.get("group", UNSET)
            if not _type(group) is str and group is not UNSET:
                raise _invalid("a string", group, "group", src_dict)

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
                max_request_kib,
                untrusted,
                remote_gui_port,
                num_connections,
                group,
            )
            if len(src_dict) != 19 - (
                num_connections,
                group,
            ).count(UNSET):
                device_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return device_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.observed_folder import ObservedFolder  # noqa: E402
