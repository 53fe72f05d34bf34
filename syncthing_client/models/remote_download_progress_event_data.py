from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteDownloadProgressEventData")

_KNOWN_KEYS = frozenset(
    (
        "device",
        "folder",
        "state",
    )
)


@_attrs_define
class RemoteDownloadProgressEventData:
    """A device reported how far it got with files it pulls.

    Attributes:
        device (str):
        folder (str):
        state (RemoteDownloadProgressEventDataState): Blocks done by file name.
    """

    device: str
    folder: str
    state: RemoteDownloadProgressEventDataState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        folder = self.folder

        state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
                "folder": folder,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        device = src_dict["device"]

        folder = src_dict["folder"]

        state = RemoteDownloadProgressEventDataState.from_dict(src_dict["state"])

        remote_download_progress_event_data = cls(
            device,
            folder,
            state,
        )

        if len(src_dict) != 3:
            remote_download_progress_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return remote_download_progress_event_data

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


from ..models.remote_download_progress_event_data_state import RemoteDownloadProgressEventDataState  # noqa: E402
