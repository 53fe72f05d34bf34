"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import UNSET, ReadableResponse, Unset

if TYPE_CHECKING:
    from ...models.local_change_detected_event import LocalChangeDetectedEvent
    from ...models.remote_change_detected_event import RemoteChangeDetectedEvent


from builtins import type as _type  # checks.jinja's name for it: a parameter may be called `type`

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


def _get_kwargs(
    *,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/events/disk",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ReadableResponse
) -> list[Event | LocalChangeDetectedEvent | RemoteChangeDetectedEvent] | str | None:
    if response.status_code == 200:
        _json = response.json()
        response_200 = _json
        if _type(response_200) is not list:
            raise _invalid("a list", response_200, None, _json)
        _table = _model_decoders(
            (
                ("LocalChangeDetected", "LocalChangeDetectedEvent"),
                ("RemoteChangeDetected", "RemoteChangeDetectedEvent"),
            )
        )
        try:
            response_200 = [_tagged(_item, "type", _table, Event.from_dict) for _item in response_200]
        except _Invalid as _e:
            raise _e.within(None, _json, _json) from None

        return cast("list[Event | LocalChangeDetectedEvent | RemoteChangeDetectedEvent]", response_200)

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
