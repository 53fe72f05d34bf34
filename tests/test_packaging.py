"""What pyproject.toml promises about the package, checked against the source (make dist checks the built wheel)."""

import ast
import re
import sys
import tomllib
from pathlib import Path

import yaml

import syncthing_client
from syncthing_client import openapi_spec

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PROJECT = PYPROJECT["project"]
# Modules imported only when the extra is installed (syncthing_client._client imports _aiohttp lazily).
EXTRA_MODULES = {"aiohttp": {"_aiohttp.py"}}


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return match.group().lower().replace("_", "-")


def _imports(path: Path) -> set[str]:
    """Top-level names of the modules ``path`` imports at run time (not under ``if TYPE_CHECKING:``)."""
    tree = ast.parse(path.read_text())
    skipped = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for statement in node.body
        for child in ast.walk(statement)
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"__future__", "syncthing_client"}


def test_every_import_is_declared_where_it_is_needed() -> None:
    core = {_name(requirement) for requirement in PROJECT["dependencies"]}
    for path in sorted((ROOT / "syncthing_client").rglob("*.py")):
        extra = next((name for name, modules in EXTRA_MODULES.items() if path.name in modules), None)
        declared = core | {_name(requirement) for requirement in PROJECT["optional-dependencies"].get(extra, [])}
        missing = {name.replace("_", "-") for name in _imports(path)} - declared
        assert not missing, f"{path.relative_to(ROOT)} imports {missing}, not declared in {extra or 'the core'}"


def test_only_the_aiohttp_extra_is_published() -> None:
    assert set(PROJECT["optional-dependencies"]) == {"aiohttp"}
    assert {"generate", "test", "dev", "bench", "dist"} <= set(PYPROJECT["dependency-groups"])
    assert all(re.search(r"==\d", requirement) for requirement in PYPROJECT["dependency-groups"]["dist"])


def test_classifiers() -> None:
    classifiers = PROJECT["classifiers"]
    assert "Typing :: Typed" in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")], "PyPI refuses them beside License-Expression"
    lowest = re.fullmatch(r">=3\.(\d+)", PROJECT["requires-python"])
    assert lowest
    minors = sorted(int(c.rsplit(".", 1)[1]) for c in classifiers if re.fullmatch(r"Programming.*:: 3\.\d+", c))
    assert minors[0] == int(lowest.group(1))
    assert minors == list(range(minors[0], minors[-1] + 1))
    assert (ROOT / "syncthing_client" / "py.typed").exists()


def test_licence_is_the_complete_mpl_2_0() -> None:
    assert PROJECT["license"] == "MPL-2.0"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("Mozilla Public License Version 2.0\n")
    assert text.rstrip().endswith("defined by the Mozilla Public License, v. 2.0.")
    assert 'Exhibit B - "Incompatible With Secondary Licenses" Notice' in text


def test_one_version_everywhere() -> None:
    """docs/versions.md: the spec's info.version is the version of the package that ships it."""
    assert PROJECT["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "syncthing_client/_version.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", syncthing_client.__version__)
    assert openapi_spec()["info"]["version"] == syncthing_client.__version__
    assert (
        yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())["info"]["version"] == syncthing_client.__version__
    )
