from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_report_gui_stats_theme import UsageReportGUIStatsTheme


T = TypeVar("T", bound="UsageReportGUIStats")


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
        from ..models.usage_report_gui_stats_theme import UsageReportGUIStatsTheme  # noqa: PLC0415

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
        from ..models.usage_report_gui_stats_theme import UsageReportGUIStatsTheme  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        use_tls = d.pop("useTLS", UNSET)

        use_auth = d.pop("useAuth", UNSET)

        insecure_admin_access = d.pop("insecureAdminAccess", UNSET)

        debugging = d.pop("debugging", UNSET)

        insecure_skip_host_check = d.pop("insecureSkipHostCheck", UNSET)

        insecure_allow_frame_loading = d.pop("insecureAllowFrameLoading", UNSET)

        listen_local = d.pop("listenLocal", UNSET)

        listen_unspecified = d.pop("listenUnspecified", UNSET)

        _theme = d.pop("theme", UNSET)
        theme: UsageReportGUIStatsTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = UsageReportGUIStatsTheme.from_dict(_theme)

        usage_report_gui_stats = cls(
            enabled=enabled,
            use_tls=use_tls,
            use_auth=use_auth,
            insecure_admin_access=insecure_admin_access,
            debugging=debugging,
            insecure_skip_host_check=insecure_skip_host_check,
            insecure_allow_frame_loading=insecure_allow_frame_loading,
            listen_local=listen_local,
            listen_unspecified=listen_unspecified,
            theme=theme,
        )

        usage_report_gui_stats.additional_properties = d
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
