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
from .._redact import masked as _masked
from .._repr import extras_in_repr as _extras_in_repr
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


@_extras_in_repr
@_attrs_define
class PartialGUIConfiguration:
    """Any subset of the fields of `GUIConfiguration`: on POST the missing ones take their defaults, on PATCH they keep
    their values. Replacing (PUT) takes the whole object.

        Attributes:
            enabled (bool | Unset): Run the GUI and the REST API.
            address (str | Unset): Listen address (`host:port` or a Unix socket path).
            unix_socket_permissions (str | Unset): Octal permissions of the Unix socket, when `address` is one.
            user (str | Unset): The GUI user name; when set, authentication is required.
            password (str | Unset): The bcrypt hash of the GUI password; a plain text written here is hashed.
            auth_mode (AuthMode | Unset): How GUI users are checked: `static` (the configured user and password) or `ldap`.
                Syncthing reads an unknown value as `static`.
            use_tls (bool | Unset): Serve HTTPS.
            api_key (str | Unset): The REST API key. Never empty: an empty one makes Syncthing generate a new key.
            insecure_admin_access (bool | Unset): Allow access from other hosts than localhost without authentication.
            theme (str | Unset): GUI theme name.
            debugging (bool | Unset): Serve `/rest/debug/*` (1.x only).
            insecure_skip_hostcheck (bool | Unset): Skip the check that the `Host` header is localhost when bound to
                localhost.
            insecure_allow_frame_loading (bool | Unset): Allow the GUI inside a frame (no `X-Frame-Options: SAMEORIGIN`
                header).
            send_basic_auth_prompt (bool | Unset): Answer unauthenticated requests with a 401 prompting for Basic
                Authorization. 1.29.5 and later.
            metrics_without_auth (bool | Unset): Serve `/metrics` without authentication (2.1 and later).
            session_cookie_duration_s (int | Unset): Seconds a login lasts when "stay logged in" is checked. Sent by 2.1.3
                only.
            session_cookie_path (str | Unset): Path of the session cookie. Sent by 2.1.3 only.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PartialGUIConfiguration)", src_dict, None, src_dict)
        try:
            enabled = src_dict.get("enabled", UNSET)
            if not _type(enabled) is bool and enabled is not UNSET:
                raise _invalid("a boolean", enabled, "enabled", src_dict)

            address = src_dict.get("address", UNSET)
            if not _type(address) is str and address is not UNSET:
                raise _invalid("a string", address, "address", src_dict)

            unix_socket_permissions = src_dict.get("unixSocketPermissions", UNSET)
            if not _type(unix_socket_permissions) is str and unix_socket_permissions is not UNSET:
                raise _invalid("a string", unix_socket_permissions, "unixSocketPermissions", src_dict)

            user = src_dict.get("user", UNSET)
            if not _type(user) is str and user is not UNSET:
                raise _invalid("a string", user, "user", src_dict)

            password = src_dict.get("password", UNSET)
            if not _type(password) is str and password is not UNSET:
                raise _invalid("a string", password, "password", src_dict)

            auth_mode: AuthMode | Unset = src_dict.get("authMode", UNSET)
            if not _type(auth_mode) is str and auth_mode is not UNSET:
                raise _invalid("a string", auth_mode, "authMode", src_dict)

            use_tls = src_dict.get("useTLS", UNSET)
            if not _type(use_tls) is bool and use_tls is not UNSET:
                raise _invalid("a boolean", use_tls, "useTLS", src_dict)

            api_key = src_dict.get("apiKey", UNSET)
            if not _type(api_key) is str and api_key is not UNSET:
                raise _invalid("a string", api_key, "apiKey", src_dict)

            insecure_admin_access = src_dict.get("insecureAdminAccess", UNSET)
            if not _type(insecure_admin_access) is bool and insecure_admin_access is not UNSET:
                raise _invalid("a boolean", insecure_admin_access, "insecureAdminAccess", src_dict)

            theme = src_dict.get("theme", UNSET)
            if not _type(theme) is str and theme is not UNSET:
                raise _invalid("a string", theme, "theme", src_dict)

            debugging = src_dict.get("debugging", UNSET)
            if not _type(debugging) is bool and debugging is not UNSET:
                raise _invalid("a boolean", debugging, "debugging", src_dict)

            insecure_skip_hostcheck = src_dict.get("insecureSkipHostcheck", UNSET)
            if not _type(insecure_skip_hostcheck) is bool and insecure_skip_hostcheck is not UNSET:
                raise _invalid("a boolean", insecure_skip_hostcheck, "insecureSkipHostcheck", src_dict)

            insecure_allow_frame_loading = src_dict.get("insecureAllowFrameLoading", UNSET)
            if not _type(insecure_allow_frame_loading) is bool and insecure_allow_frame_loading is not UNSET:
                raise _invalid("a boolean", insecure_allow_frame_loading, "insecureAllowFrameLoading", src_dict)

            send_basic_auth_prompt = src_dict.get("sendBasicAuthPrompt", UNSET)
            if not _type(send_basic_auth_prompt) is bool and send_basic_auth_prompt is not UNSET:
                raise _invalid("a boolean", send_basic_auth_prompt, "sendBasicAuthPrompt", src_dict)

            metrics_without_auth = src_dict.get("metricsWithoutAuth", UNSET)
            if not _type(metrics_without_auth) is bool and metrics_without_auth is not UNSET:
                raise _invalid("a boolean", metrics_without_auth, "metricsWithoutAuth", src_dict)

            session_cookie_duration_s = src_dict.get("sessionCookieDurationS", UNSET)
            if not _type(session_cookie_duration_s) is int and session_cookie_duration_s is not UNSET:
                raise _invalid("an integer", session_cookie_duration_s, "sessionCookieDurationS", src_dict)

            session_cookie_path = src_dict.get("sessionCookiePath", UNSET)
            if not _type(session_cookie_path) is str and session_cookie_path is not UNSET:
                raise _invalid("a string", session_cookie_path, "sessionCookiePath", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return partial_gui_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
