"""Fixtures running real, loopback-only Syncthing servers (tools/sandbox.py), once per supported version.

- `syncthing`: one running server per version for the whole session; for tests that change nothing lasting.
- `debug_syncthing`: the same with `gui@debugging` on, for /rest/debug/*.
- `throwaway`: a fresh server per test; for restart, shutdown, reset, config changes.
- `pair`: two fresh servers of the same version per test, connected to each other (no folder yet;
  use `tools.sandbox.share_folder`).

Every fixture stops its servers and removes their directories at teardown, also when the test fails. Should the
run be interrupted (Ctrl-C), tools/sandbox.py stops whatever is left at interpreter exit; if the Python process
is killed outright, the servers get SIGTERM from the kernel (parent-death signal).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.sandbox import VERSIONS, Sandbox, pair


def _version_id(version: str) -> str:
    return f"st{version}"


@pytest.fixture(scope="session", params=VERSIONS, ids=_version_id)
def syncthing(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running Syncthing shared by the whole session: do not change its state for good."""
    with Sandbox.start(request.param) as sandbox:
        yield sandbox


@pytest.fixture(scope="session", params=VERSIONS, ids=_version_id)
def debug_syncthing(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running Syncthing with debugging enabled, shared by the whole session."""
    with Sandbox.start(request.param, debugging=True) as sandbox:
        yield sandbox


@pytest.fixture(params=VERSIONS, ids=_version_id)
def throwaway(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A fresh Syncthing for this test alone."""
    with Sandbox.start(request.param) as sandbox:
        yield sandbox


@pytest.fixture(name="pair", params=VERSIONS, ids=_version_id)
def connected_pair(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, Sandbox]]:
    """Two fresh Syncthings of the same version that know each other and are connected."""
    with Sandbox.start(request.param) as a, Sandbox.start(request.param) as b:
        pair(a, b)
        yield a, b
