from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import masked as _masked
from ..models.auth_mode import AuthMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialGUIConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "enabled",
        "address",
        "unixSocketPermissions",
        "user",
        "password",
        "authMode",
        "useTLS",
        "apiKey",
        "insecureAdminAccess",
        "theme",
        "debugging",
        "insecureSkipHostcheck",
        "insecureAllowFrameLoading",
        "sendBasicAuthPrompt",
        "metricsWithoutAuth",
        "sessionCookieDurationS",
        "sessionCookiePath",
    )
)


@_attrs_define
class PartialGUIConfiguration:
    """Any subset of the fields of `GUIConfiguration`: on POST the missing ones take their defaults, on PATCH they keep
    their values. Replacing (PUT) takes the whole object.

        Attributes:
            enabled (bool | Unset):
            address (str | Unset): Listen address (`host:port` or a Unix socket path).
            unix_socket_permissions (str | Unset):
            user (str | Unset):
            password (str | Unset): The bcrypt hash of the GUI password; a plain text written here is hashed.
            auth_mode (AuthMode | Unset): How GUI users are checked: `static` (the configured user and password) or `ldap`.
                Syncthing reads an unknown value as `static`.
            use_tls (bool | Unset): Serve HTTPS.
            api_key (str | Unset): The REST API key. Never empty: an empty one makes Syncthing generate a new key.
            insecure_admin_access (bool | Unset):
            theme (str | Unset): GUI theme name.
            debugging (bool | Unset): Serve `/rest/debug/*` (1.x only).
            insecure_skip_hostcheck (bool | Unset):
            insecure_allow_frame_loading (bool | Unset):
            send_basic_auth_prompt (bool | Unset): 1.29.5 and later.
            metrics_without_auth (bool | Unset): Serve `/metrics` without authentication (2.1 and later).
            session_cookie_duration_s (int | Unset): Sent by 2.1.3 only.
            session_cookie_path (str | Unset): Sent by 2.1.3 only.
    """

    enabled: bool | Unset = UNSET
    address: str | Unset = UNSET
    unix_socket_permissions: str | Unset = UNSET
    user: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    auth_mode: AuthMode | Unset = UNSET
    use_tls: bool | Unset = UNSET
    api_key: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    insecure_admin_access: bool | Unset = UNSET
    theme: str | Unset = UNSET
    debugging: bool | Unset = UNSET
    insecure_skip_hostcheck: bool | Unset = UNSET
    insecure_allow_frame_loading: bool | Unset = UNSET
    send_basic_auth_prompt: bool | Unset = UNSET
    metrics_without_auth: bool | Unset = UNSET
    session_cookie_duration_s: int | Unset = UNSET
    session_cookie_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        address = self.address

        unix_socket_permissions = self.unix_socket_permissions

        user = self.user

        password = self.password

        auth_mode: str | Unset = UNSET
        if not isinstance(self.auth_mode, Unset):
            auth_mode = self.auth_mode

        use_tls = self.use_tls

        api_key = self.api_key

        insecure_admin_access = self.insecure_admin_access

        theme = self.theme

        debugging = self.debugging

        insecure_skip_hostcheck = self.insecure_skip_hostcheck

        insecure_allow_frame_loading = self.insecure_allow_frame_loading

        send_basic_auth_prompt = self.send_basic_auth_prompt

        metrics_without_auth = self.metrics_without_auth

        session_cookie_duration_s = self.session_cookie_duration_s

        session_cookie_path = self.session_cookie_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if address is not UNSET:
            field_dict["address"] = address
        if unix_socket_permissions is not UNSET:
            field_dict["unixSocketPermissions"] = unix_socket_permissions
        if user is not UNSET:
            field_dict["user"] = user
        if password is not UNSET:
            field_dict["password"] = password
        if auth_mode is not UNSET:
            field_dict["authMode"] = auth_mode
        if use_tls is not UNSET:
            field_dict["useTLS"] = use_tls
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if insecure_admin_access is not UNSET:
            field_dict["insecureAdminAccess"] = insecure_admin_access
        if theme is not UNSET:
            field_dict["theme"] = theme
        if debugging is not UNSET:
            field_dict["debugging"] = debugging
        if insecure_skip_hostcheck is not UNSET:
            field_dict["insecureSkipHostcheck"] = insecure_skip_hostcheck
        if insecure_allow_frame_loading is not UNSET:
            field_dict["insecureAllowFrameLoading"] = insecure_allow_frame_loading
        if send_basic_auth_prompt is not UNSET:
            field_dict["sendBasicAuthPrompt"] = send_basic_auth_prompt
        if metrics_without_auth is not UNSET:
            field_dict["metricsWithoutAuth"] = metrics_without_auth
        if session_cookie_duration_s is not UNSET:
            field_dict["sessionCookieDurationS"] = session_cookie_duration_s
        if session_cookie_path is not UNSET:
            field_dict["sessionCookiePath"] = session_cookie_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict.get("enabled", UNSET)

        address = src_dict.get("address", UNSET)

        unix_socket_permissions = src_dict.get("unixSocketPermissions", UNSET)

        user = src_dict.get("user", UNSET)

        password = src_dict.get("password", UNSET)

        _auth_mode = src_dict.get("authMode", UNSET)
        auth_mode: AuthMode | Unset
        if isinstance(_auth_mode, Unset):
            auth_mode = UNSET
        else:
            auth_mode = _auth_mode

        use_tls = src_dict.get("useTLS", UNSET)

        api_key = src_dict.get("apiKey", UNSET)

        insecure_admin_access = src_dict.get("insecureAdminAccess", UNSET)

        theme = src_dict.get("theme", UNSET)

        debugging = src_dict.get("debugging", UNSET)

        insecure_skip_hostcheck = src_dict.get("insecureSkipHostcheck", UNSET)

        insecure_allow_frame_loading = src_dict.get("insecureAllowFrameLoading", UNSET)

        send_basic_auth_prompt = src_dict.get("sendBasicAuthPrompt", UNSET)

        metrics_without_auth = src_dict.get("metricsWithoutAuth", UNSET)

        session_cookie_duration_s = src_dict.get("sessionCookieDurationS", UNSET)

        session_cookie_path = src_dict.get("sessionCookiePath", UNSET)

        partial_gui_configuration = cls(
            enabled,
            address,
            unix_socket_permissions,
            user,
            password,
            auth_mode,
            use_tls,
            api_key,
            insecure_admin_access,
            theme,
            debugging,
            insecure_skip_hostcheck,
            insecure_allow_frame_loading,
            send_basic_auth_prompt,
            metrics_without_auth,
            session_cookie_duration_s,
            session_cookie_path,
        )

        if len(src_dict) != 17 - (
            enabled,
            address,
            unix_socket_permissions,
            user,
            password,
            auth_mode,
            use_tls,
            api_key,
            insecure_admin_access,
            theme,
            debugging,
            insecure_skip_hostcheck,
            insecure_allow_frame_loading,
            send_basic_auth_prompt,
            metrics_without_auth,
            session_cookie_duration_s,
            session_cookie_path,
        ).count(UNSET):
            partial_gui_configuration.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return partial_gui_configuration

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
