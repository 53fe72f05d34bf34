"""``make dist``'s last step: the built wheel, installed alone in fresh virtual environments, against a real Syncthing.

Usage: ``python -m tools.dist_check WHEEL [--python PYTHON]...`` (default: the interpreter running this).

This script runs in the dev venv: it starts one throwaway Syncthing (``tools/sandbox.py``), then for each interpreter
makes an empty venv in a temporary directory, installs the wheel there with pip, without extras, and runs ``CLIENT``
in it (isolated mode, from the temporary directory: neither this checkout nor the dev venv is importable), handing it
the server's URL and key in the environment. Then it installs ``WHEEL[aiohttp]`` into the same venv and runs
``CLIENT`` again. Dependencies come from the package index through pip's cache.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.sandbox import VERSIONS, Sandbox

# Run by the fresh venv's python; argv[1] is "plain" or "aiohttp", the server in $SYNCTHING_URL / $SYNCTHING_API_KEY.
CLIENT = r"""
import asyncio, importlib.metadata, importlib.util, os, sys, sysconfig

import syncthing_client
from syncthing_client import AsyncSyncthing, Syncthing, openapi_spec

extra = sys.argv[1]
site = sysconfig.get_paths()["purelib"]
assert syncthing_client.__file__.startswith(site), f"imported from {syncthing_client.__file__}, not {site}"

meta = importlib.metadata.metadata("syncthing-client")
assert syncthing_client.__version__ == meta["Version"], (syncthing_client.__version__, meta["Version"])
assert meta.get_all("Provides-Extra") == ["aiohttp"], meta.get_all("Provides-Extra")
assert meta["License-Expression"] == "MPL-2.0", meta["License-Expression"]
assert "Typing :: Typed" in meta.get_all("Classifier"), meta.get_all("Classifier")
files = {str(path) for path in importlib.metadata.files("syncthing-client") or []}
licence = next(path for path in files if path.endswith(".dist-info/licenses/LICENSE"))
text = importlib.metadata.distribution("syncthing-client").locate_file(licence).read_text()
assert text.startswith("Mozilla Public License Version 2.0") and "Exhibit B" in text, "LICENSE is not the MPL-2.0"
assert "syncthing_client/py.typed" in files, "py.typed is missing"
assert openapi_spec()["info"]["version"], "the packaged spec does not load"

has_aiohttp = importlib.util.find_spec("aiohttp") is not None
assert has_aiohttp == (extra == "aiohttp"), f"aiohttp importable: {has_aiohttp}, extra: {extra}"

with Syncthing() as st:
    version = st.system.version().version
    st.system.log_levels()  # a renamed operation: asks the server's release, then picks the route
    print(f"  Python {sys.version.split()[0]}, sync {version} (server_version() {st.server_version()}), log levels")


async def main(backend: str | None) -> str:
    # No backend named: the package's own HTTP/1.1 for http://, whether aiohttp is installed or not.
    async with AsyncSyncthing(backend=backend) as ast:
        answer = (await ast.system.version()).version
        await ast.system.log_levels()
        return answer


async_version = asyncio.run(main(None))
assert async_version == version, (async_version, version)
assert "syncthing_client._asyncio" in sys.modules and "aiohttp" not in sys.modules, "not the stdlib async transport"
print(f"  Python {sys.version.split()[0]}, async {async_version} over asyncio")
if extra == "aiohttp":
    assert asyncio.run(main("aiohttp")) == version
    assert "syncthing_client._aiohttp" in sys.modules, "backend='aiohttp' did not use aiohttp"
    print(f"  Python {sys.version.split()[0]}, async {async_version} over aiohttp")
"""


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    subprocess.run(args, check=True, cwd=cwd, env=env)


def check(wheel: Path, python: str, sandbox: Sandbox, scratch: Path) -> None:
    venv = scratch / "venv"
    # No pip inside: the dev venv's pip installs into it (pip --python), which saves ensurepip's few seconds.
    run(python, "-m", "venv", "--without-pip", str(venv))
    target = str(venv / "bin" / "python")
    env = {**os.environ, "SYNCTHING_URL": sandbox.url, "SYNCTHING_API_KEY": sandbox.api_key}
    for name in ("SYNCTHING_ASYNC_BACKEND", "SYNCTHING_SYNC_BACKEND", "PYTHONPATH"):
        env.pop(name, None)
    for extra, requirement in (("plain", str(wheel)), ("aiohttp", f"{wheel}[aiohttp]")):
        started = time.monotonic()
        run(sys.executable, "-m", "pip", "--python", target, "install", "-q", requirement)
        how = "[aiohttp]" if extra == "aiohttp" else "alone, no extras"
        print(f"{wheel.name} {how}: installed with {python} in {time.monotonic() - started:.1f} s")
        run(target, "-I", "-c", CLIENT, extra, cwd=scratch, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path)
    parser.add_argument("--python", action="append", help="interpreter(s) to make the fresh venvs with")
    args = parser.parse_args()
    wheel = args.wheel.resolve()
    with Sandbox.start(VERSIONS[-1]) as sandbox:
        for python in args.python or [sys.executable]:
            with tempfile.TemporaryDirectory(prefix="syncthing-client-dist-") as scratch:
                check(wheel, python, sandbox, Path(scratch))
    print("dist check passed")


if __name__ == "__main__":
    main()
