"""Typed client for Syncthing's REST API, generated from the project's OpenAPI description.

    from syncthing_client import Syncthing

    with Syncthing("http://127.0.0.1:8384", api_key="...") as st:
        print(st.system.version().version)

``AsyncSyncthing`` offers the same namespaces with ``await``. Response and request models live in
``syncthing_client.models``; the exceptions in ``syncthing_client.errors`` are re-exported here.
``openapi_spec()`` returns the OpenAPI description the client was generated from (dict, YAML or JSON).
``UNSET`` (of type ``Unset``, falsy) is a model field the answer did not hold, or a field not to send.
``__version__`` is the package's version (docs/versions.md: how it relates to Syncthing's).

Importing the package loads none of these modules: each loads when one of its names is first used.
"""

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncSyncthing, Syncthing
    from ._compat import ResetResult, RestartResult, ShutdownResult
    from ._spec import openapi_spec
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        CredentialsInURLError,
        DeviceNotFoundError,
        EventLoopMismatchError,
        FolderNotFoundError,
        InvalidAPIKeyError,
        InvalidBodyError,
        InvalidURLError,
        NotFoundError,
        OperationFailedError,
        RedirectError,
        RequestRefusedError,
        ResponseTooLargeError,
        ResponseValidationError,
        ServerError,
        SyncthingError,
        TLSConfigurationError,
        UnexpectedStatus,
        UnsupportedOperationError,
    )
    from .types import UNSET, Unset
else:
    from ._lazy import lazy_attributes

    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {
            "AsyncSyncthing": "._client",
            "Syncthing": "._client",
            "ResetResult": "._compat",
            "RestartResult": "._compat",
            "ShutdownResult": "._compat",
            "openapi_spec": "._spec",
            "APIConnectionError": ".errors",
            "APIStatusError": ".errors",
            "APITimeoutError": ".errors",
            "AuthenticationError": ".errors",
            "BadRequestError": ".errors",
            "ConfigurationError": ".errors",
            "CredentialsInURLError": ".errors",
            "DeviceNotFoundError": ".errors",
            "EventLoopMismatchError": ".errors",
            "FolderNotFoundError": ".errors",
            "InvalidAPIKeyError": ".errors",
            "InvalidBodyError": ".errors",
            "InvalidURLError": ".errors",
            "NotFoundError": ".errors",
            "OperationFailedError": ".errors",
            "RedirectError": ".errors",
            "RequestRefusedError": ".errors",
            "ResponseTooLargeError": ".errors",
            "ResponseValidationError": ".errors",
            "ServerError": ".errors",
            "SyncthingError": ".errors",
            "TLSConfigurationError": ".errors",
            "UnexpectedStatus": ".errors",
            "UnsupportedOperationError": ".errors",
            "UNSET": ".types",
            "Unset": ".types",
        },
        # The public submodules, attributes of the package as when it imported them all.
        ("api", "client", "errors", "events", "models", "pagination", "types"),
    )

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSyncthing",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "CredentialsInURLError",
    "DeviceNotFoundError",
    "EventLoopMismatchError",
    "FolderNotFoundError",
    "InvalidAPIKeyError",
    "InvalidBodyError",
    "InvalidURLError",
    "NotFoundError",
    "OperationFailedError",
    "RedirectError",
    "RequestRefusedError",
    "ResetResult",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RestartResult",
    "ServerError",
    "ShutdownResult",
    "Syncthing",
    "SyncthingError",
    "TLSConfigurationError",
    "UnexpectedStatus",
    "Unset",
    "UnsupportedOperationError",
    "__version__",
    "openapi_spec",
]
