"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from __future__ import annotations

from builtins import type as _type  # checks.jinja's name for it: a parameter may be called `type`
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ..._check import Invalid as _Invalid
from ..._check import bad_item as _bad_item
from ..._check import bool_types as _bool_types
from ..._check import float_types as _float_types
from ..._check import int_types as _int_types
from ..._check import invalid as _invalid
from ..._check import model_decoders as _model_decoders
from ..._check import only_bool as _only_bool
from ..._check import only_float as _only_float
from ..._check import only_int as _only_int
from ..._check import only_str as _only_str
from ..._check import str_types as _str_types
from ..._check import tagged as _tagged
from ...client import AuthenticatedClient, Client
from ...models.filesystem_type import FilesystemType
from ...types import UNSET, ReadableResponse, Unset


def _get_kwargs(
    *,
    current: str | Unset = UNSET,
    filesystem: FilesystemType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["current"] = current

    json_filesystem: str | Unset = UNSET
    if not isinstance(filesystem, Unset):
        json_filesystem = filesystem

    params["filesystem"] = json_filesystem

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/system/browse",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: ReadableResponse) -> list[str] | str | None:
    if response.status_code == 200:
        _json = response.json()
        response_200 = _json
        if _type(response_200) is not list or not _only_str(map(_type, response_200)):
            raise _bad_item("a string", _str_types, response_200, None, _json)

        return cast("list[str]", response_200)

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
