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

T = TypeVar("T", bound="ListenURL")

_KNOWN_KEYS = frozenset(
    (
        "Scheme",
        "Opaque",
        "User",
        "Host",
        "Path",
        "RawPath",
        "OmitHost",
        "ForceQuery",
        "RawQuery",
        "Fragment",
        "RawFragment",
    )
)


@_extras_in_repr
@_attrs_define
class ListenURL:
    """An address as Go's `net/url.URL` serializes it.

    Attributes:
        scheme (str | Unset):
        opaque (str | Unset):
        user (ListenURLUser | Unset):
        host (str | Unset):
        path (str | Unset):
        raw_path (str | Unset):
        omit_host (bool | Unset): Not sent by 1.19.2 builds with older Go.
        force_query (bool | Unset):
        raw_query (str | Unset):
        fragment (str | Unset):
        raw_fragment (str | Unset):
    """

    scheme: str | Unset = UNSET
    opaque: str | Unset = UNSET
    user: ListenURLUser | Unset = UNSET
    host: str | Unset = UNSET
    path: str | Unset = UNSET
    raw_path: str | Unset = UNSET
    omit_host: bool | Unset = UNSET
    force_query: bool | Unset = UNSET
    raw_query: str | Unset = UNSET
    fragment: str | Unset = UNSET
    raw_fragment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        scheme = self.scheme

        opaque = self.opaque

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        host = self.host

        path = self.path

        raw_path = self.raw_path

        omit_host = self.omit_host

        force_query = self.force_query

        raw_query = self.raw_query

        fragment = self.fragment

        raw_fragment = self.raw_fragment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheme is not UNSET:
            field_dict["Scheme"] = scheme
        if opaque is not UNSET:
            field_dict["Opaque"] = opaque
        if user is not UNSET:
            field_dict["User"] = user
        if host is not UNSET:
            field_dict["Host"] = host
        if path is not UNSET:
            field_dict["Path"] = path
        if raw_path is not UNSET:
            field_dict["RawPath"] = raw_path
        if omit_host is not UNSET:
            field_dict["OmitHost"] = omit_host
        if force_query is not UNSET:
            field_dict["ForceQuery"] = force_query
        if raw_query is not UNSET:
            field_dict["RawQuery"] = raw_query
        if fragment is not UNSET:
            field_dict["Fragment"] = fragment
        if raw_fragment is not UNSET:
            field_dict["RawFragment"] = raw_fragment

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ListenURL)", src_dict, None, src_dict)
        try:
            scheme = src_dict.get("Scheme", UNSET)
            if not _type(scheme) is str and scheme is not UNSET:
                raise _invalid("a string", scheme, "Scheme", src_dict)

            opaque = src_dict.get("Opaque", UNSET)
            if not _type(opaque) is str and opaque is not UNSET:
                raise _invalid("a string", opaque, "Opaque", src_dict)

            user = src_dict.get("User", UNSET)
            if user is None:
                user = {}
            if user is not UNSET:
                try:
                    user = ListenURLUser.from_dict(user)
                except _Invalid as _e:
                    raise _e.within("User", None, src_dict) from None

            host = src_dict.get("Host", UNSET)
            if not _type(host) is str and host is not UNSET:
                raise _invalid("a string", host, "Host", src_dict)

            path = src_dict.get("Path", UNSET)
            if not _type(path) is str and path is not UNSET:
                raise _invalid("a string", path, "Path", src_dict)

            raw_path = src_dict.get("RawPath", UNSET)
            if not _type(raw_path) is str and raw_path is not UNSET:
                raise _invalid("a string", raw_path, "RawPath", src_dict)

            omit_host = src_dict.get("OmitHost", UNSET)
            if not _type(omit_host) is bool and omit_host is not UNSET:
                raise _invalid("a boolean", omit_host, "OmitHost", src_dict)

            force_query = src_dict.get("ForceQuery", UNSET)
            if not _type(force_query) is bool and force_query is not UNSET:
                raise _invalid("a boolean", force_query, "ForceQuery", src_dict)

            raw_query = src_dict.get("RawQuery", UNSET)
            if not _type(raw_query) is str and raw_query is not UNSET:
                raise _invalid("a string", raw_query, "RawQuery", src_dict)

            fragment = src_dict.get("Fragment", UNSET)
            if not _type(fragment) is str and fragment is not UNSET:
                raise _invalid("a string", fragment, "Fragment", src_dict)

            raw_fragment = src_dict.get("RawFragment", UNSET)
            if not _type(raw_fragment) is str and raw_fragment is not UNSET:
                raise _invalid("a string", raw_fragment, "RawFragment", src_dict)

            listen_url = cls(
                scheme,
                opaque,
                user,
                host,
                path,
                raw_path,
                omit_host,
                force_query,
                raw_query,
                fragment,
                raw_fragment,
            )
            if len(src_dict) != 11 - (
                scheme,
                opaque,
                user,
                host,
                path,
                raw_path,
                omit_host,
                force_query,
                raw_query,
                fragment,
                raw_fragment,
            ).count(UNSET):
                listen_url.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return listen_url

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.listen_url_user import ListenURLUser  # noqa: E402
