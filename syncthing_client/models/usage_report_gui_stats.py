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


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportGUIStats)", src_dict, None, src_dict)
        try:
            enabled = src_dict.get("enabled", UNSET)
            if not _type(enabled) is int and enabled is not UNSET:
                raise _invalid("an integer", enabled, "enabled", src_dict)

            use_tls = src_dict.get("useTLS", UNSET)
            if not _type(use_tls) is int and use_tls is not UNSET:
                raise _invalid("an integer", use_tls, "useTLS", src_dict)

            use_auth = src_dict.get("useAuth", UNSET)
            if not _type(use_auth) is int and use_auth is not UNSET:
                raise _invalid("an integer", use_auth, "useAuth", src_dict)

            insecure_admin_access = src_dict.get("insecureAdminAccess", UNSET)
            if not _type(insecure_admin_access) is int and insecure_admin_access is not UNSET:
                raise _invalid("an integer", insecure_admin_access, "insecureAdminAccess", src_dict)

            debugging = src_dict.get("debugging", UNSET)
            if not _type(debugging) is int and debugging is not UNSET:
                raise _invalid("an integer", debugging, "debugging", src_dict)

            insecure_skip_host_check = src_dict.get("insecureSkipHostCheck", UNSET)
            if not _type(insecure_skip_host_check) is int and insecure_skip_host_check is not UNSET:
                raise _invalid("an integer", insecure_skip_host_check, "insecureSkipHostCheck", src_dict)

            insecure_allow_frame_loading = src_dict.get("insecureAllowFrameLoading", UNSET)
            if not _type(insecure_allow_frame_loading) is int and insecure_allow_frame_loading is not UNSET:
                raise _invalid("an integer", insecure_allow_frame_loading, "insecureAllowFrameLoading", src_dict)

            listen_local = src_dict.get("listenLocal", UNSET)
            if not _type(listen_local) is int and listen_local is not UNSET:
                raise _invalid("an integer", listen_local, "listenLocal", src_dict)

            listen_unspecified = src_dict.get("listenUnspecified", UNSET)
            if not _type(listen_unspecified) is int and listen_unspecified is not UNSET:
                raise _invalid("an integer", listen_unspecified, "listenUnspecified", src_dict)

            theme = src_dict.get("theme", UNSET)
            if theme is not UNSET:
                try:
                    theme = UsageReportGUIStatsTheme.from_dict(theme)
                except _Invalid as _e:
                    raise _e.within("theme", None, src_dict) from None

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
                usage_report_gui_stats.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_gui_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.usage_report_gui_stats_theme import UsageReportGUIStatsTheme  # noqa: E402
