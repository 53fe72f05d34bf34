"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, FileTypes, ReadableResponse


def _get_kwargs(
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/system/error",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/plain; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: ReadableResponse) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
