from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder: str | Unset = UNSET,
    sub: list[str] | Unset = UNSET,
    next_: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    json_sub: list[str] | Unset = UNSET
    if not isinstance(sub, Unset):
        json_sub = sub

    params["sub"] = json_sub

    params["next"] = next_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/db/scan",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    sub: list[str] | Unset = UNSET,
    next_: int | Unset = UNSET,
) -> Response[Any | str]:
    """Rescan one folder, some of its paths, or every folder

     Returns when the scan is done. Without `folder`, scans every folder. An unknown folder is answered
    with 500 `no such folder`.

    Args:
        folder (str | Unset):
        sub (list[str] | Unset):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        sub=sub,
        next_=next_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    sub: list[str] | Unset = UNSET,
    next_: int | Unset = UNSET,
) -> Any | str | None:
    """Rescan one folder, some of its paths, or every folder

     Returns when the scan is done. Without `folder`, scans every folder. An unknown folder is answered
    with 500 `no such folder`.

    Args:
        folder (str | Unset):
        sub (list[str] | Unset):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
        sub=sub,
        next_=next_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    sub: list[str] | Unset = UNSET,
    next_: int | Unset = UNSET,
) -> Response[Any | str]:
    """Rescan one folder, some of its paths, or every folder

     Returns when the scan is done. Without `folder`, scans every folder. An unknown folder is answered
    with 500 `no such folder`.

    Args:
        folder (str | Unset):
        sub (list[str] | Unset):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        sub=sub,
        next_=next_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    sub: list[str] | Unset = UNSET,
    next_: int | Unset = UNSET,
) -> Any | str | None:
    """Rescan one folder, some of its paths, or every folder

     Returns when the scan is done. Without `folder`, scans every folder. An unknown folder is answered
    with 500 `no such folder`.

    Args:
        folder (str | Unset):
        sub (list[str] | Unset):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            sub=sub,
            next_=next_,
        )
    ).parsed
