from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Paths")

_KNOWN_KEYS = frozenset(
    (
        "auditLog",
        "baseDir-config",
        "baseDir-data",
        "baseDir-userHome",
        "certFile",
        "config",
        "csrfTokens",
        "database",
        "defFolder",
        "guiAssets",
        "httpsCertFile",
        "httpsKeyFile",
        "keyFile",
        "lockFile",
        "logFile",
        "panicLog",
    )
)


@_attrs_define
class Paths:
    """Paths Syncthing reads and writes; `%{timestamp}` stands for the time of writing.

    Attributes:
        audit_log (str | Unset): Audit log file pattern.
        base_dir_config (str | Unset): Configuration directory.
        base_dir_data (str | Unset): Data (database) directory.
        base_dir_user_home (str | Unset): The user's home directory.
        cert_file (str | Unset): The device certificate.
        config (str | Unset): config.xml.
        csrf_tokens (str | Unset): CSRF token store (releases that keep one).
        database (str | Unset): The index database.
        def_folder (str | Unset): Default location of new folders.
        gui_assets (str | Unset): Directory of overriding GUI assets.
        https_cert_file (str | Unset): The GUI's TLS certificate.
        https_key_file (str | Unset): The GUI's TLS key.
        key_file (str | Unset): The device key.
        lock_file (str | Unset): The lock file held while running.
        log_file (str | Unset): The log file; `-` for standard output.
        panic_log (str | Unset): Panic log file pattern.
    """

    audit_log: str | Unset = UNSET
    base_dir_config: str | Unset = UNSET
    base_dir_data: str | Unset = UNSET
    base_dir_user_home: str | Unset = UNSET
    cert_file: str | Unset = UNSET
    config: str | Unset = UNSET
    csrf_tokens: str | Unset = UNSET
    database: str | Unset = UNSET
    def_folder: str | Unset = UNSET
    gui_assets: str | Unset = UNSET
    https_cert_file: str | Unset = UNSET
    https_key_file: str | Unset = UNSET
    key_file: str | Unset = UNSET
    lock_file: str | Unset = UNSET
    log_file: str | Unset = UNSET
    panic_log: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_log = self.audit_log

        base_dir_config = self.base_dir_config

        base_dir_data = self.base_dir_data

        base_dir_user_home = self.base_dir_user_home

        cert_file = self.cert_file

        config = self.config

        csrf_tokens = self.csrf_tokens

        database = self.database

        def_folder = self.def_folder

        gui_assets = self.gui_assets

        https_cert_file = self.https_cert_file

        https_key_file = self.https_key_file

        key_file = self.key_file

        lock_file = self.lock_file

        log_file = self.log_file

        panic_log = self.panic_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_log is not UNSET:
            field_dict["auditLog"] = audit_log
        if base_dir_config is not UNSET:
            field_dict["baseDir-config"] = base_dir_config
        if base_dir_data is not UNSET:
            field_dict["baseDir-data"] = base_dir_data
        if base_dir_user_home is not UNSET:
            field_dict["baseDir-userHome"] = base_dir_user_home
        if cert_file is not UNSET:
            field_dict["certFile"] = cert_file
        if config is not UNSET:
            field_dict["config"] = config
        if csrf_tokens is not UNSET:
            field_dict["csrfTokens"] = csrf_tokens
        if database is not UNSET:
            field_dict["database"] = database
        if def_folder is not UNSET:
            field_dict["defFolder"] = def_folder
        if gui_assets is not UNSET:
            field_dict["guiAssets"] = gui_assets
        if https_cert_file is not UNSET:
            field_dict["httpsCertFile"] = https_cert_file
        if https_key_file is not UNSET:
            field_dict["httpsKeyFile"] = https_key_file
        if key_file is not UNSET:
            field_dict["keyFile"] = key_file
        if lock_file is not UNSET:
            field_dict["lockFile"] = lock_file
        if log_file is not UNSET:
            field_dict["logFile"] = log_file
        if panic_log is not UNSET:
            field_dict["panicLog"] = panic_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        audit_log = src_dict.get("auditLog", UNSET)

        base_dir_config = src_dict.get("baseDir-config", UNSET)

        base_dir_data = src_dict.get("baseDir-data", UNSET)

        base_dir_user_home = src_dict.get("baseDir-userHome", UNSET)

        cert_file = src_dict.get("certFile", UNSET)

        config = src_dict.get("config", UNSET)

        csrf_tokens = src_dict.get("csrfTokens", UNSET)

        database = src_dict.get("database", UNSET)

        def_folder = src_dict.get("defFolder", UNSET)

        gui_assets = src_dict.get("guiAssets", UNSET)

        https_cert_file = src_dict.get("httpsCertFile", UNSET)

        https_key_file = src_dict.get("httpsKeyFile", UNSET)

        key_file = src_dict.get("keyFile", UNSET)

        lock_file = src_dict.get("lockFile", UNSET)

        log_file = src_dict.get("logFile", UNSET)

        panic_log = src_dict.get("panicLog", UNSET)

        paths = cls(
            audit_log,
            base_dir_config,
            base_dir_data,
            base_dir_user_home,
            cert_file,
            config,
            csrf_tokens,
            database,
            def_folder,
            gui_assets,
            https_cert_file,
            https_key_file,
            key_file,
            lock_file,
            log_file,
            panic_log,
        )

        if len(src_dict) != 16 - (
            audit_log,
            base_dir_config,
            base_dir_data,
            base_dir_user_home,
            cert_file,
            config,
            csrf_tokens,
            database,
            def_folder,
            gui_assets,
            https_cert_file,
            https_key_file,
            key_file,
            lock_file,
            log_file,
            panic_log,
        ).count(UNSET):
            paths.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return paths

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
