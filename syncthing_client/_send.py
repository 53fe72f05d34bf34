"""The one path every facade call takes to the server, sync and async.

A sender owns the httpx client, the base URL and the API key. It turns the generated ``_get_kwargs`` of an
operation into a request, sends it, and hands back a successful response or raises the error from
``syncthing_client.errors``. Nothing else in the package sends requests.
"""

from typing import Any

import httpx

from ._operations import Operation
from .errors import connection_error, raise_for_response

API_KEY_HEADER = "X-API-Key"


class _Sender:
    __slots__ = ("_api_key", "_base_url", "_extensions")

    def __init__(self, base_url: str, api_key: str, tls_server_name: str | None) -> None:
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        # httpcore checks the server's certificate against sni_hostname instead of the URL's host.
        self._extensions = {"sni_hostname": tls_server_name} if tls_server_name else None

    def _build(self, http: httpx.Client | httpx.AsyncClient, request_args: dict[str, Any]) -> httpx.Request:
        headers: dict[str, str] = dict(request_args.get("headers") or {})
        headers[API_KEY_HEADER] = self._api_key
        content: Any = request_args.get("content")
        if hasattr(content, "read"):
            # Uploads arrive as files from the generated code; bytes go through sync and async clients alike.
            content = content.read()
        # The URL is joined here rather than through httpx's base_url so that a client handed in by the caller
        # works as it is.
        return http.build_request(
            request_args["method"],
            self._base_url + str(request_args["url"]),
            params=request_args.get("params"),
            json=request_args.get("json"),
            content=content,
            headers=headers,
            extensions=self._extensions,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"


class SyncSender(_Sender):
    """Sends requests through an ``httpx.Client``."""

    __slots__ = ("http",)

    def __init__(self, http: httpx.Client, *, base_url: str, api_key: str, tls_server_name: str | None = None) -> None:
        super().__init__(base_url, api_key, tls_server_name)
        self.http = http

    def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        request = self._build(self.http, request_args)
        try:
            response = self.http.send(request)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        raise_for_response(response, error_field=operation.error_field)
        return response


class AsyncSender(_Sender):
    """Sends requests through an ``httpx.AsyncClient``."""

    __slots__ = ("http",)

    def __init__(
        self, http: httpx.AsyncClient, *, base_url: str, api_key: str, tls_server_name: str | None = None
    ) -> None:
        super().__init__(base_url, api_key, tls_server_name)
        self.http = http

    async def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        request = self._build(self.http, request_args)
        try:
            response = await self.http.send(request)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        raise_for_response(response, error_field=operation.error_field)
        return response
