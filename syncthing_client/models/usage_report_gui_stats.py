from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageReportGUIStats")

_KNOWN_KEYS = frozenset(
    (
        "enabled",
        "useTLS",
        "useAuth",
        "insecureAdminAccess",
        "debugging",
        "insecureSkipHostCheck",
        "insecureAllowFrameLoading",
        "listenLocal",
        "listenUnspecified",
        "theme",
    )
)


@_attrs_define
class UsageReportGUIStats:
    """
    Attributes:
        enabled (int | Unset):
        use_tls (int | Unset):
        use_auth (int | Unset):
        insecure_admin_access (int | Unset):
        debugging (int | Unset):
        insecure_skip_host_check (int | Unset):
        insecure_allow_frame_loading (int | Unset):
        listen_local (int | Unset):
        listen_unspecified (int | Unset):
        theme (UsageReportGUIStatsTheme | Unset):
    """

    enabled: int | Unset = UNSET
    use_tls: int | Unset = UNSET
    use_auth: int | Unset = UNSET
    insecure_admin_access: int | Unset = UNSET
    debugging: int | Unset = UNSET
    insecure_skip_host_check: int | Unset = UNSET
    insecure_allow_frame_loading: int | Unset = UNSET
    listen_local: int | Unset = UNSET
    listen_unspecified: int | Unset = UNSET
    theme: UsageReportGUIStatsTheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        use_tls = self.use_tls

        use_auth = self.use_auth

        insecure_admin_access = self.insecure_admin_access

        debugging = self.debugging

        insecure_skip_host_check = self.insecure_skip_host_check

        insecure_allow_frame_loading = self.insecure_allow_frame_loading

        listen_local = self.listen_local

        listen_unspecified = self.listen_unspecified

        theme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if use_tls is not UNSET:
            field_dict["useTLS"] = use_tls
        if use_auth is not UNSET:
            field_dict["useAuth"] = use_auth
        if insecure_admin_access is not UNSET:
            field_dict["insecureAdminAccess"] = insecure_admin_access
        if debugging is not UNSET:
            field_dict["debugging"] = debugging
        if insecure_skip_host_check is not UNSET:
            field_dict["insecureSkipHostCheck"] = insecure_skip_host_check
        if insecure_allow_frame_loading is not UNSET:
            field_dict["insecureAllowFrameLoading"] = insecure_allow_frame_loading
        if listen_local is not UNSET:
            field_dict["listenLocal"] = listen_local
        if listen_unspecified is not UNSET:
            field_dict["listenUnspecified"] = listen_unspecified
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict.get("enabled", UNSET)

        use_tls = src_dict.get("useTLS", UNSET)

        use_auth = src_dict.get("useAuth", UNSET)

        insecure_admin_access = src_dict.get("insecureAdminAccess", UNSET)

        debugging = src_dict.get("debugging", UNSET)

        insecure_skip_host_check = src_dict.get("insecureSkipHostCheck", UNSET)

        insecure_allow_frame_loading = src_dict.get("insecureAllowFrameLoading", UNSET)

        listen_local = src_dict.get("listenLocal", UNSET)

        listen_unspecified = src_dict.get("listenUnspecified", UNSET)

        _theme = src_dict.get("theme", UNSET)
        theme: UsageReportGUIStatsTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = UsageReportGUIStatsTheme.from_dict(_theme)

        usage_report_gui_stats = cls(
            enabled,
            use_tls,
            use_auth,
            insecure_admin_access,
            debugging,
            insecure_skip_host_check,
            insecure_allow_frame_loading,
            listen_local,
            listen_unspecified,
            theme,
        )

        if len(src_dict) != 10 - (
            enabled,
            use_tls,
            use_auth,
            insecure_admin_access,
            debugging,
            insecure_skip_host_check,
            insecure_allow_frame_loading,
            listen_local,
            listen_unspecified,
            theme,
        ).count(UNSET):
            usage_report_gui_stats.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return usage_report_gui_stats

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


from ..models.usage_report_gui_stats_theme import UsageReportGUIStatsTheme  # noqa: E402
