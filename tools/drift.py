"""``make drift``: how far the spec is from a running Syncthing — the check to run when Syncthing releases.

Owns the comparison of the spec with one live server (``SYNCTHING_URL``, ``SYNCTHING_API_KEY``):

1. every GET operation the spec says this release serves and that can be called without side effects is called,
   and its raw JSON answer is checked strictly against the spec (``tools.conformance``): schema violations and
   fields the server sent that the spec does not declare;
2. routes the server has that the spec lacks, and operations the spec says this release serves that the server
   lacks. Candidate paths are the spec's, those the server's own GUI calls and, with ``--source``, every route
   registered in a Syncthing source tree (``lib/api``); the server tells which methods it serves for each path
   without running a handler (see ``served_methods``).

Exit status 0 when nothing drifted, 1 otherwise.

Usage: ``python -m tools.drift [--source SYNCTHING_CHECKOUT [--ref TAG]]``
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from syncthing_client._operations import parse_version
from syncthing_client.api import OPERATIONS
from tools.conformance import operations, resolve, violations

GUI_CALL = re.compile(r"urlbase\s*\+\s*['\"](/[A-Za-z0-9_./-]+)")
SCRIPT = re.compile(r'<script[^>]+src="([^"]+\.js)"')
ROUTE = re.compile(r'(?:restMux|c)\.(?:HandlerFunc|Handler|Handle)\(http\.Method(\w+),\s*(?:"([^"]+)"|path)')
DEBUG_ROUTE = re.compile(r'debugMux\.HandleFunc\("([^"]+)"')
PLAIN_ROUTE = re.compile(r'\bmux\.Handle(?:Func)?\("(/(?:qr/|metrics))"')
CONFIG_CALL = re.compile(r'configBuilder\.(register\w+)\("([^"]+)"\)')
CONFIG_FUNC = re.compile(r"func \(c \*configMuxBuilder\) (register\w+)\(path string\) \{(.*?)\n\}", re.S)


@dataclass
class Report:
    version: str
    checked: dict[str, list[str]] = field(default_factory=dict)
    not_called: dict[str, str] = field(default_factory=dict)
    missing_from_spec: list[str] = field(default_factory=list)
    missing_from_server: list[str] = field(default_factory=list)
    conditional: list[str] = field(default_factory=list)

    @property
    def drifted(self) -> bool:
        return any(self.checked.values()) or bool(self.missing_from_spec or self.missing_from_server)


class Server:
    def __init__(self, url: str, api_key: str) -> None:
        self.http = httpx.Client(base_url=url, headers={"X-API-Key": api_key}, timeout=30)

    def get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        return self.http.get(path, params=params)


def spec_route(path: str) -> str:
    return re.sub(r":(\w+)", r"{\1}", path)


def routes_from_source(checkout: Path, ref: str | None) -> set[tuple[str, str]]:
    """(METHOD, path) of every route lib/api registers in the checkout (at ``ref``, if given)."""

    def read(name: str) -> str:
        if ref is None:
            return (checkout / name).read_text(encoding="utf-8")
        return subprocess.run(
            ["git", "-C", str(checkout), "show", f"{ref}:{name}"], check=True, capture_output=True, text=True
        ).stdout

    api = read("lib/api/api.go")
    routes = {(method.upper(), spec_route(path)) for method, path in ROUTE.findall(api) if path and "*" not in path}
    routes |= {("GET", path) for path in DEBUG_ROUTE.findall(api)}
    routes |= {("GET", path) for path in PLAIN_ROUTE.findall(api)}
    builders = {
        name: re.findall(r"http\.Method(\w+)", body)
        for name, body in CONFIG_FUNC.findall(read("lib/api/confighandler.go"))
    }
    for builder, path in CONFIG_CALL.findall(api):
        routes |= {(method.upper(), spec_route(path)) for method in builders.get(builder, [])}
    return routes


def paths_from_gui(server: Server) -> set[str]:
    """REST paths the server's own web GUI calls."""
    page = server.get("/")
    found: set[str] = set()
    for script in SCRIPT.findall(page.text):
        found |= {"/rest" + path.rstrip("/") for path in GUI_CALL.findall(server.get("/" + script.lstrip("/")).text)}
    return found


def sample_ids(server: Server) -> dict[str, str]:
    """Values to fill required parameters with: a folder and one of its files, a device, this device."""
    status = server.get("/rest/system/status").json()
    config = server.get("/rest/config")
    if config.status_code == 404:
        config = server.get("/rest/system/config")
    body = config.json()
    folders = [folder["id"] for folder in body.get("folders", [])]
    devices = [device["deviceID"] for device in body.get("devices", []) if device["deviceID"] != status["myID"]]
    ids = {"own_device": status["myID"], "device": devices[0] if devices else status["myID"]}
    if folders:
        ids["folder"] = folders[0]
        entries = server.get("/rest/db/browse", {"folder": folders[0], "levels": 0}).json()
        files = [entry["name"] for entry in entries or [] if entry.get("type") == "FILE_INFO_TYPE_FILE"]
        if files:
            ids["file"] = files[0]
    return ids


def call_arguments(operation: dict[str, Any], path: str, ids: dict[str, str]) -> tuple[str, dict[str, Any]] | str:
    """The URL and query of a harmless call, or why there is none."""
    query: dict[str, Any] = {}
    for declared in operation.get("parameters", []):
        parameter = resolve(declared)
        name, where = parameter["name"], parameter["in"]
        if name == "timeout":
            query[name] = 0  # long polls answer at once
        if not parameter.get("required"):
            continue
        value = {
            "folder": ids.get("folder"),
            "device": ids["device"],
            "id": ids["own_device"],
            "text": "drift",
            "file": ids.get("file"),
        }.get(name)
        if where == "path" and name == "id":
            value = ids.get("folder") if "/folders/" in path else ids["device"]
        if value is None:
            return f"needs a value for {name!r}"
        if where == "path":
            path = path.replace("{" + name + "}", value)
        else:
            query[name] = value
    return path, query


def served_methods(server: Server, path: str) -> set[str]:
    """The methods the server serves ``path`` with, without running any handler.

    Syncthing's router answers a HEAD to a REST path it knows with 405 and an ``Allow`` header, and to an unknown
    one with 404; ``/qr/`` and ``/metrics`` live outside that router and answer HEAD like GET.
    """
    answer = server.http.head(re.sub(r"\{\w+\}", "x", path))
    if answer.status_code == 405:
        return {method.strip() for method in answer.headers.get("allow", "").split(",")} - {"HEAD", "OPTIONS", ""}
    return {"GET"} if answer.status_code < 400 else set()


def check(server: Server, source_routes: set[tuple[str, str]]) -> Report:
    version = str(server.get("/rest/system/version").json()["version"])
    release = parse_version(version)
    report = Report(version)
    ids = sample_ids(server)
    spec_routes = {(method.upper(), path) for method, path, _ in operations().values()}
    paths = {path for _, path in spec_routes | source_routes} | paths_from_gui(server)
    served = {(method, path) for path in sorted(paths) for method in served_methods(server, path)}
    report.missing_from_spec = [f"{method} {path}" for method, path in sorted(served - spec_routes)]
    for operation_id, (method, path, operation) in sorted(operations().items()):
        if not OPERATIONS[operation_id].served_by(release):
            continue
        if (method.upper(), path) not in served:
            condition = operation.get("x-syncthing-served-when")
            missing = report.conditional if condition else report.missing_from_server
            missing.append(
                f"{method.upper()} {path} ({operation_id})" + (f": only with {condition}" if condition else "")
            )
            continue
        if method != "get":
            continue
        content = operation["responses"].get("200", {}).get("content", {})
        if "application/json" not in content:
            # Profiles and bundles take long to make; their existence was checked above.
            report.not_called[operation_id] = "served; answers are not JSON"
            continue
        arguments = call_arguments(operation, path, ids)
        if isinstance(arguments, str):
            report.not_called[operation_id] = arguments
            continue
        url, query = arguments
        answer = server.get(url, query)
        if answer.status_code != 200:
            report.not_called[operation_id] = f"answered {answer.status_code}: served, answer not checked"
            continue
        report.checked[operation_id] = violations(answer.json(), content["application/json"]["schema"])
    return report


def render(report: Report, url: str) -> str:
    lines = [f"Syncthing {report.version} at {url}"]
    failing = {op: found for op, found in report.checked.items() if found}
    lines.append(f"\n{len(report.checked)} GET operations checked strictly; {len(failing)} differ from the spec")
    for operation_id, found in failing.items():
        lines.append(f"  {operation_id}:")
        lines += [f"    {line}" for line in found]
    lines.append(f"\nOn the server, not in the spec: {len(report.missing_from_spec)}")
    lines += [f"  {route}" for route in report.missing_from_spec]
    lines.append(f"\nIn the spec for this release, not on the server: {len(report.missing_from_server)}")
    lines += [f"  {route}" for route in report.missing_from_server]
    lines.append(f"\nNot served under this server's settings, as the spec says: {len(report.conditional)}")
    lines += [f"  {route}" for route in report.conditional]
    lines.append(f"\nNot called: {len(report.not_called)}")
    lines += [f"  {operation_id}: {why}" for operation_id, why in sorted(report.not_called.items())]
    lines.append("\nDRIFT FOUND" if report.drifted else "\nno drift")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a Syncthing source checkout, to list every route it registers")
    parser.add_argument("--ref", help="a tag or commit of --source (default: its work tree)")
    args = parser.parse_args()
    url = os.environ.get("SYNCTHING_URL", "http://127.0.0.1:8384")
    api_key = os.environ.get("SYNCTHING_API_KEY")
    if not api_key:
        print("set SYNCTHING_API_KEY (and SYNCTHING_URL if not http://127.0.0.1:8384)", file=sys.stderr)
        return 2
    source_routes = routes_from_source(args.source, args.ref) if args.source else set()
    report = check(Server(url, api_key), source_routes)
    print(render(report, url))
    return 1 if report.drifted else 0


if __name__ == "__main__":
    sys.exit(main())
