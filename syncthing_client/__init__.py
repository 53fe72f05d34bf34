"""Typed client for Syncthing's REST API, generated from the project's OpenAPI description.

    from syncthing_client import Syncthing

    with Syncthing("http://127.0.0.1:8384", api_key="...") as st:
        print(st.system.version().version)

``AsyncSyncthing`` offers the same namespaces with ``await``. Response and request models live in
``syncthing_client.models``; the exceptions in ``syncthing_client.errors`` are re-exported here.
``openapi_spec()`` returns the OpenAPI description the client was generated from (dict, YAML or JSON).
``__version__`` is the package's version (docs/versions.md: how it relates to Syncthing's).
"""

from ._client import AsyncSyncthing, Syncthing
from ._compat import ResetResult, RestartResult, ShutdownResult
from ._spec import openapi_spec
from ._version import __version__
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

__all__ = [
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
    "UnsupportedOperationError",
    "__version__",
    "openapi_spec",
]
