from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    *,
    duration: str | Unset = "30s",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["duration"] = duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/debug/cpuprof",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    duration: str | Unset = "30s",
) -> Response[File | str]:
    """Record a CPU profile

     Profiles the CPU for `duration` and answers with the Go pprof file (gzip-compressed protobuf) as an
    attachment.

    Args:
        duration (str | Unset):  Default: '30s'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs(
        duration=duration,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    duration: str | Unset = "30s",
) -> File | str | None:
    """Record a CPU profile

     Profiles the CPU for `duration` and answers with the Go pprof file (gzip-compressed protobuf) as an
    attachment.

    Args:
        duration (str | Unset):  Default: '30s'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | str
    """

    return sync_detailed(
        client=client,
        duration=duration,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    duration: str | Unset = "30s",
) -> Response[File | str]:
    """Record a CPU profile

     Profiles the CPU for `duration` and answers with the Go pprof file (gzip-compressed protobuf) as an
    attachment.

    Args:
        duration (str | Unset):  Default: '30s'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs(
        duration=duration,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    duration: str | Unset = "30s",
) -> File | str | None:
    """Record a CPU profile

     Profiles the CPU for `duration` and answers with the Go pprof file (gzip-compressed protobuf) as an
    attachment.

    Args:
        duration (str | Unset):  Default: '30s'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | str
    """

    return (
        await asyncio_detailed(
            client=client,
            duration=duration,
        )
    ).parsed
