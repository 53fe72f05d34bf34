from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Paths")


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
        d = dict(src_dict)
        audit_log = d.pop("auditLog", UNSET)

        base_dir_config = d.pop("baseDir-config", UNSET)

        base_dir_data = d.pop("baseDir-data", UNSET)

        base_dir_user_home = d.pop("baseDir-userHome", UNSET)

        cert_file = d.pop("certFile", UNSET)

        config = d.pop("config", UNSET)

        csrf_tokens = d.pop("csrfTokens", UNSET)

        database = d.pop("database", UNSET)

        def_folder = d.pop("defFolder", UNSET)

        gui_assets = d.pop("guiAssets", UNSET)

        https_cert_file = d.pop("httpsCertFile", UNSET)

        https_key_file = d.pop("httpsKeyFile", UNSET)

        key_file = d.pop("keyFile", UNSET)

        lock_file = d.pop("lockFile", UNSET)

        log_file = d.pop("logFile", UNSET)

        panic_log = d.pop("panicLog", UNSET)

        paths = cls(
            audit_log=audit_log,
            base_dir_config=base_dir_config,
            base_dir_data=base_dir_data,
            base_dir_user_home=base_dir_user_home,
            cert_file=cert_file,
            config=config,
            csrf_tokens=csrf_tokens,
            database=database,
            def_folder=def_folder,
            gui_assets=gui_assets,
            https_cert_file=https_cert_file,
            https_key_file=https_key_file,
            key_file=key_file,
            lock_file=lock_file,
            log_file=log_file,
            panic_log=panic_log,
        )

        paths.additional_properties = d
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
