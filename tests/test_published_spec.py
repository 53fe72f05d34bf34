"""The spec as the package publishes it: the copies inside ``syncthing_client/spec/`` (``openapi_spec()``), the
README's snippet, and spec/README.md naming every extension a consumer in another language meets."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import syncthing_client
from syncthing_client import openapi_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [item[method] for item in spec["paths"].values() for method in HTTP_METHODS if method in item]


def test_packaged_yaml_is_the_spec_byte_for_byte() -> None:
    assert openapi_spec("yaml") == SPEC.read_text(encoding="utf-8"), "stale copy: run 'make generate'"
    assert (ROOT / "syncthing_client" / "spec" / "openapi.yaml").read_bytes() == SPEC.read_bytes()


def test_packaged_json_is_the_spec_in_json() -> None:
    # The exact text generator/generate.py's spec_json writes: the YAML's key order, two-space indents, UTF-8.
    expected = json.dumps(yaml.safe_load(SPEC.read_text(encoding="utf-8")), indent=2, ensure_ascii=False) + "\n"
    assert openapi_spec("json") == expected, "stale copy: run 'make generate'"


def test_openapi_spec_as_dict() -> None:
    spec = openapi_spec()
    assert spec == yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")
    assert len(_operations(spec)) >= 100
    spec["paths"].clear()  # each call parses anew: a caller's changes stay its own
    assert openapi_spec("dict")["paths"]
    assert "openapi_spec" in syncthing_client.__all__


def test_readme_snippet_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The OpenAPI spec") :]
    snippet = re.search(r"```python\n(.*?)```", section, re.S)
    assert snippet is not None
    namespace: dict[str, Any] = {}
    exec(compile(snippet.group(1), "README.md (The OpenAPI spec)", "exec"), namespace)
    assert namespace["yaml_text"] == SPEC.read_text(encoding="utf-8")
    assert json.loads(namespace["json_text"]) == namespace["spec"]


def test_spec_readme_names_every_extension_the_spec_uses() -> None:
    """A consumer in another language learns every x-syncthing-* key from spec/README.md."""
    used: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            used.update(key for key in node if isinstance(key, str) and key.startswith("x-syncthing-"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(openapi_spec())
    readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    assert used, "no x-syncthing-* extension found"
    assert not sorted(name for name in used if f"`{name}" not in readme), "document them in spec/README.md"


def test_openapi_spec_refuses_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="format"):
        openapi_spec("toml")  # type: ignore[call-overload]
