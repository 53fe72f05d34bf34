"""The OpenAPI description this client was generated from, as shipped inside the package.

Owns ``openapi_spec()``: the package's copies of ``spec/openapi.yaml`` in ``syncthing_client/spec/`` (the YAML byte
for byte, and the same document as JSON), read with ``importlib.resources`` so they are found in a wheel, a zip or
a source checkout alike. The copies are written by ``make generate`` (``generator/generate.py``) and compared
with the spec by ``make check-generated``; never edit them by hand. The dictionary form is parsed from the JSON
copy, so reading the spec needs nothing beyond the standard library.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Literal, overload

__all__ = ["openapi_spec"]

_FILES = {"yaml": "openapi.yaml", "json": "openapi.json"}


def _read(name: str) -> str:
    return resources.files(__package__ or "syncthing_client").joinpath("spec", name).read_text(encoding="utf-8")


@overload
def openapi_spec(format: Literal["dict"] = "dict") -> dict[str, Any]: ...
@overload
def openapi_spec(format: Literal["yaml", "json"]) -> str: ...
def openapi_spec(format: Literal["dict", "yaml", "json"] = "dict") -> dict[str, Any] | str:
    """The OpenAPI 3.1 description of Syncthing's REST API that this release of the client was generated from.

    ``"dict"`` (the default): the document parsed, a new ``dict`` on every call (change it freely).
    ``"yaml"``: the text of ``spec/openapi.yaml`` exactly as maintained, comments included.
    ``"json"``: the same document as JSON text (keys in the YAML's order).

    >>> spec = openapi_spec()
    >>> spec["openapi"]
    '3.1.0'
    """
    if format == "dict":
        document: dict[str, Any] = json.loads(_read(_FILES["json"]))
        return document
    if format not in _FILES:
        raise ValueError(f"format must be 'dict', 'yaml' or 'json', not {format!r}")
    return _read(_FILES[format])
