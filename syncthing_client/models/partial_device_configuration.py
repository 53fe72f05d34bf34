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

T = TypeVar("T", bound="PartialDeviceConfiguration")

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
class PartialDeviceConfiguration:
    """Any subset of the fields of `DeviceConfiguration`: on POST the missing ones take their defaults, on PATCH they keep
    their values. Replacing (PUT) takes the whole object.

        Attributes:
            device_id (str | Unset): The device ID.
            name (str | Unset): A friendly name for the device.
            addresses (list[str] | Unset): Where to connect: `dynamic` (discovery) or URLs like `tcp://host:22000`.
            compression (Compression | Unset): What is compressed on the wire to a device. Syncthing reads an unknown value
                as `metadata`.
            cert_name (str | Unset): The common name of the device's certificate, when it is not the default `syncthing`.
            introducer (bool | Unset): Accept the devices this device shares folders with.
            skip_introduction_removals (bool | Unset): Follow this introducer's introductions but not its removals.
            introduced_by (str | Unset): The device that introduced this one; empty if none. Used to follow de-
                introductions.
            paused (bool | Unset): Synchronization with this device is paused.
            allowed_networks (list[str] | Unset): Networks connections to this device are restricted to; no restriction when
                empty.
            auto_accept_folders (bool | Unset): Add folders this device offers without asking.
            max_send_kbps (int | Unset): Send rate limit for this device, in KiB/s despite the name.
            max_recv_kbps (int | Unset): Receive rate limit for this device, in KiB/s despite the name.
            ignored_folders (list[ObservedFolder] | Unset): Folder offers from this device that were declined.
            max_request_kib (int | Unset): Most data (KiB) to have outstanding in requests to this device.
            untrusted (bool | Unset): Folders shared with it are sent encrypted.
            remote_gui_port (int | Unset): When positive, the GUI links to this port on the address used to sync with the
                device.
            num_connections (int | Unset): Parallel connections to open (1.29.5 and later; 0 = default).
            group (str | Unset): A free-form group name (2.1 and later).
    """

    device_id: str | Unset = UNSET
    name: str | Unset = UNSET
    addresses: list[str] | Unset = UNSET
    compression: Compression | Unset = UNSET
    cert_name: str | Unset = UNSET
    introducer: bool | Unset = UNSET
    skip_introduction_removals: bool | Unset = UNSET
    introduced_by: str | Unset = UNSET
    paused: bool | Unset = UNSET
    allowed_networks: list[str] | Unset = UNSET
    auto_accept_folders: bool | Unset = UNSET
    max_send_kbps: int | Unset = UNSET
    max_recv_kbps: int | Unset = UNSET
    ignored_folders: list[ObservedFolder] | Unset = UNSET
    max_request_kib: int | Unset = UNSET
    untrusted: bool | Unset = UNSET
    remote_gui_port: int | Unset = UNSET
    num_connections: int | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        name = self.name

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        compression: str | Unset = UNSET
        if not isinstance(self.compression, Unset):
            compression = self.compression

        cert_name = self.cert_name

        introducer = self.introducer

        skip_introduction_removals = self.skip_introduction_removals

        introduced_by = self.introduced_by

        paused = self.paused

        allowed_networks: list[str] | Unset = UNSET
        if not isinstance(self.allowed_networks, Unset):
            allowed_networks = self.allowed_networks

        auto_accept_folders = self.auto_accept_folders

        max_send_kbps = self.max_send_kbps

        max_recv_kbps = self.max_recv_kbps

        ignored_folders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ignored_folders, Unset):
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
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["deviceID"] = device_id
        if name is not UNSET:
            field_dict["name"] = name
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if compression is not UNSET:
            field_dict["compression"] = compression
        if cert_name is not UNSET:
            field_dict["certName"] = cert_name
        if introducer is not UNSET:
            field_dict["introducer"] = introducer
        if skip_introduction_removals is not UNSET:
            field_dict["skipIntroductionRemovals"] = skip_introduction_removals
        if introduced_by is not UNSET:
            field_dict["introducedBy"] = introduced_by
        if paused is not UNSET:
            field_dict["paused"] = paused
        if allowed_networks is not UNSET:
            field_dict["allowedNetworks"] = allowed_networks
        if auto_accept_folders is not UNSET:
            field_dict["autoAcceptFolders"] = auto_accept_folders
        if max_send_kbps is not UNSET:
            field_dict["maxSendKbps"] = max_send_kbps
        if max_recv_kbps is not UNSET:
            field_dict["maxRecvKbps"] = max_recv_kbps
        if ignored_folders is not UNSET:
            field_dict["ignoredFolders"] = ignored_folders
        if max_request_kib is not UNSET:
            field_dict["maxRequestKiB"] = max_request_kib
        if untrusted is not UNSET:
            field_dict["untrusted"] = untrusted
        if remote_gui_port is not UNSET:
            field_dict["remoteGUIPort"] = remote_gui_port
        if num_connections is not UNSET:
            field_dict["numConnections"] = num_connections
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PartialDeviceConfiguration)", src_dict, None, src_dict)
        try:
            device_id = src_dict.get("deviceID", UNSET)
            if not _type(device_id) is str and device_id is not UNSET:
                raise _invalid("a string", device_id, "deviceID", src_dict)

            name = src_dict.get("name", UNSET)
            if not _type(name) is str and name is not UNSET:
                raise _invalid("a string", name, "name", src_dict)

            addresses = src_dict.get("addresses", UNSET)
            if addresses is not UNSET:
                if _type(addresses) is not list or not _only_str(map(_type, addresses)):
                    raise _bad_item("a string", _str_types, addresses, "addresses", src_dict)

            compression: Compression | Unset = src_dict.get("compression", UNSET)
            if not _type(compression) is str and compression is not UNSET:
                raise _invalid("a string", compression, "compression", src_dict)

            cert_name = src_dict.get("certName", UNSET)
            if not _type(cert_name) is str and cert_name is not UNSET:
                raise _invalid("a string", cert_name, "certName", src_dict)

            introducer = src_dict.get("introducer", UNSET)
            if not _type(introducer) is bool and introducer is not UNSET:
                raise _invalid("a boolean", introducer, "introducer", src_dict)

            skip_introduction_removals = src_dict.get("skipIntroductionRemovals", UNSET)
            if not _type(skip_introduction_removals) is bool and skip_introduction_removals is not UNSET:
                raise _invalid("a boolean", skip_introduction_removals, "skipIntroductionRemovals", src_dict)

            introduced_by = src_dict.get("introducedBy", UNSET)
            if not _type(introduced_by) is str and introduced_by is not UNSET:
                raise _invalid("a string", introduced_by, "introducedBy", src_dict)

            paused = src_dict.get("paused", UNSET)
            if not _type(paused) is bool and paused is not UNSET:
                raise _invalid("a boolean", paused, "paused", src_dict)

            allowed_networks = src_dict.get("allowedNetworks", UNSET)
            if allowed_networks is not UNSET:
                if _type(allowed_networks) is not list or not _only_str(map(_type, allowed_networks)):
                    raise _bad_item("a string", _str_types, allowed_networks, "allowedNetworks", src_dict)

            auto_accept_folders = src_dict.get("autoAcceptFolders", UNSET)
            if not _type(auto_accept_folders) is bool and auto_accept_folders is not UNSET:
                raise _invalid("a boolean", auto_accept_folders, "autoAcceptFolders", src_dict)

            max_send_kbps = src_dict.get("maxSendKbps", UNSET)
            if not _type(max_send_kbps) is int and max_send_kbps is not UNSET:
                raise _invalid("an integer", max_send_kbps, "maxSendKbps", src_dict)

            max_recv_kbps = src_dict.get("maxRecvKbps", UNSET)
            if not _type(max_recv_kbps) is int and max_recv_kbps is not UNSET:
                raise _invalid("an integer", max_recv_kbps, "maxRecvKbps", src_dict)

            ignored_folders = src_dict.get("ignoredFolders", UNSET)
            if ignored_folders is not UNSET:
                if _type(ignored_folders) is not list:
                    raise _invalid("a list", ignored_folders, "ignoredFolders", src_dict)
                try:
                    ignored_folders = [ObservedFolder.from_dict(_item) for _item in ignored_folders]
                except _Invalid as _e:
                    raise _e.within("ignoredFolders", ignored_folders, src_dict) from None

            max_request_kib = src_dict.get("maxRequestKiB", UNSET)
            if not _type(max_request_kib) is int and max_request_kib is not UNSET:
                raise _invalid("an integer", max_request_kib, "maxRequestKiB", src_dict)

            untrusted = src_dict.get("untrusted", UNSET)
            if not _type(untrusted) is bool and untrusted is not UNSET:
                raise _invalid("a boolean", untrusted, "untrusted", src_dict)

            remote_gui_port = src_dict.get("remoteGUIPort", UNSET)
            if not _type(remote_gui_port) is int and remote_gui_port is not UNSET:
                raise _invalid("an integer", remote_gui_port, "remoteGUIPort", src_dict)

            num_connections = src_dict.get("numConnections", UNSET)
            if not _type(num_connections) is int and num_connections is not UNSET:
                raise _invalid("an integer", num_connections, "numConnections", src_dict)

            group = src_dict.get("group", UNSET)
            if not _type(group) is str and group is not UNSET:
                raise _invalid("a string", group, "group", src_dict)

            partial_device_configuration = cls(
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
            ).count(UNSET):
                partial_device_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return partial_device_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.observed_folder import ObservedFolder  # noqa: E402
