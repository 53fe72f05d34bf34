from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (Paths)", src_dict, None, src_dict)
        try:
            audit_log = src_dict.get("auditLog", UNSET)
            if not _type(audit_log) is str and audit_log is not UNSET:
                raise _invalid("a string", audit_log, "auditLog", src_dict)

            base_dir_config = src_dict.get("baseDir-config", UNSET)
            if not _type(base_dir_config) is str and base_dir_config is not UNSET:
                raise _invalid("a string", base_dir_config, "baseDir-config", src_dict)

            base_dir_data = src_dict.get("baseDir-data", UNSET)
            if not _type(base_dir_data) is str and base_dir_data is not UNSET:
                raise _invalid("a string", base_dir_data, "baseDir-data", src_dict)

            base_dir_user_home = src_dict.get("baseDir-userHome", UNSET)
            if not _type(base_dir_user_home) is str and base_dir_user_home is not UNSET:
                raise _invalid("a string", base_dir_user_home, "baseDir-userHome", src_dict)

            cert_file = src_dict.get("certFile", UNSET)
            if not _type(cert_file) is str and cert_file is not UNSET:
                raise _invalid("a string", cert_file, "certFile", src_dict)

            config = src_dict.get("config", UNSET)
            if not _type(config) is str and config is not UNSET:
                raise _invalid("a string", config, "config", src_dict)

            csrf_tokens = src_dict.get("csrfTokens", UNSET)
            if not _type(csrf_tokens) is str and csrf_tokens is not UNSET:
                raise _invalid("a string", csrf_tokens, "csrfTokens", src_dict)

            database = src_dict.get("database", UNSET)
            if not _type(database) is str and database is not UNSET:
                raise _invalid("a string", database, "database", src_dict)

            def_folder = src_dict.get("defFolder", UNSET)
            if not _type(def_folder) is str and def_folder is not UNSET:
                raise _invalid("a string", def_folder, "defFolder", src_dict)

            gui_assets = src_dict.get("guiAssets", UNSET)
            if not _type(gui_assets) is str and gui_assets is not UNSET:
                raise _invalid("a string", gui_assets, "guiAssets", src_dict)

            https_cert_file = src_dict.get("httpsCertFile", UNSET)
            if not _type(https_cert_file) is str and https_cert_file is not UNSET:
                raise _invalid("a string", https_cert_file, "httpsCertFile", src_dict)

            https_key_file = src_dict.get("httpsKeyFile", UNSET)
            if not _type(https_key_file) is str and https_key_file is not UNSET:
                raise _invalid("a string", https_key_file, "httpsKeyFile", src_dict)

            key_file = src_dict.get("keyFile", UNSET)
            if not _type(key_file) is str and key_file is not UNSET:
                raise _invalid("a string", key_file, "keyFile", src_dict)

            lock_file = src_dict.get("lockFile", UNSET)
            if not _type(lock_file) is str and lock_file is not UNSET:
                raise _invalid("a string", lock_file, "lockFile", src_dict)

            log_file = src_dict.get("logFile", UNSET)
            if not _type(log_file) is str and log_file is not UNSET:
                raise _invalid("a string", log_file, "logFile", src_dict)

            panic_log = src_dict.get("panicLog", UNSET)
            if not _type(panic_log) is str and panic_log is not UNSET:
                raise _invalid("a string", panic_log, "panicLog", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return paths

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
