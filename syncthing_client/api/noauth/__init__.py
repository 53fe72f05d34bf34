"""The ``noauth`` namespace: Syncthing's operations under ``/rest/noauth/``, sync and async."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ..._guard import require_body
from ..._send import AsyncSender, SyncSender, decode
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.health import Health
    from ...models.login_request import LoginRequest
    from .. import noauth as _endpoints
    from . import noauth_health, noauth_login, noauth_logout
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "noauth_health",
            "noauth_login",
            "noauth_logout",
        ),
    )


class NoauthApi:
    """Sync access to the operations under ``/rest/noauth/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def health(
        self,
    ) -> Health:
        """Check that the server is up, without an API key

        ``GET /rest/noauth/health`` (Syncthing 1.23.0+)

        Served by Syncthing 1.23.0 and later. Answers `{"status": "OK"}` with or without a key; for load
        balancers and container health checks.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["noauth_health"],
            _endpoints.noauth_health._get_kwargs(),
        )
        return cast("Health", decode(_endpoints.noauth_health._parse_response, PARSE_CONTEXT, response))

    def login(
        self,
        *,
        body: LoginRequest | Mapping[str, Any],
    ) -> None:
        """Log in to the GUI with a user name and password

        ``POST /rest/noauth/auth/password`` (Syncthing 1.26.0+)

        Served by Syncthing 1.26.0 and later.
        Starts a GUI session: on success answers 204 and sets a session cookie (`sessionid-<short device
        ID>`). Wrong credentials are answered with 403 after a short delay (and 1.19.2, which has no such
        route, answers 403 `CSRF Error` to a request without an API key); a malformed body with 400.
        Served only while GUI authentication is set up (a user and password, or LDAP); otherwise 404.

        Args:
            body (LoginRequest): GUI credentials, and whether the session outlives the browser
                session.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.login_request import LoginRequest

        sent = require_body(OPERATIONS["noauth_login"], body, (LoginRequest,))
        self._sender.send(
            OPERATIONS["noauth_login"],
            _endpoints.noauth_login._get_kwargs(
                body=sent,
            ),
        )

    def logout(
        self,
    ) -> None:
        """End the GUI session

        ``POST /rest/noauth/auth/logout`` (Syncthing 1.26.0+)

        Served by Syncthing 1.26.0 and later.
        Forgets the session named by the request's cookie and clears it; without one, does nothing. Always
        204.
        Served only while GUI authentication is set up (a user and password, or LDAP); otherwise 404.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["noauth_logout"],
            _endpoints.noauth_logout._get_kwargs(),
        )


class AsyncNoauthApi:
    """Async access to the operations under ``/rest/noauth/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def health(
        self,
    ) -> Health:
        """Check that the server is up, without an API key

        ``GET /rest/noauth/health`` (Syncthing 1.23.0+)

        Served by Syncthing 1.23.0 and later. Answers `{"status": "OK"}` with or without a key; for load
        balancers and container health checks.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Health",
            await self._sender.call(
                OPERATIONS["noauth_health"],
                _endpoints.noauth_health._get_kwargs(),
                _endpoints.noauth_health._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def login(
        self,
        *,
        body: LoginRequest | Mapping[str, Any],
    ) -> None:
        """Log in to the GUI with a user name and password

        ``POST /rest/noauth/auth/password`` (Syncthing 1.26.0+)

        Served by Syncthing 1.26.0 and later.
        Starts a GUI session: on success answers 204 and sets a session cookie (`sessionid-<short device
        ID>`). Wrong credentials are answered with 403 after a short delay (and 1.19.2, which has no such
        route, answers 403 `CSRF Error` to a request without an API key); a malformed body with 400.
        Served only while GUI authentication is set up (a user and password, or LDAP); otherwise 404.

        Args:
            body (LoginRequest): GUI credentials, and whether the session outlives the browser
                session.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.login_request import LoginRequest

        sent = require_body(OPERATIONS["noauth_login"], body, (LoginRequest,))
        await self._sender.send(
            OPERATIONS["noauth_login"],
            _endpoints.noauth_login._get_kwargs(
                body=sent,
            ),
        )

    async def logout(
        self,
    ) -> None:
        """End the GUI session

        ``POST /rest/noauth/auth/logout`` (Syncthing 1.26.0+)

        Served by Syncthing 1.26.0 and later.
        Forgets the session named by the request's cookie and clears it; without one, does nothing. Always
        204.
        Served only while GUI authentication is set up (a user and password, or LDAP); otherwise 404.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["noauth_logout"],
            _endpoints.noauth_logout._get_kwargs(),
        )


__all__ = ["AsyncNoauthApi", "NoauthApi"]
