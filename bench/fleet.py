"""A fleet: one client process following and polling 20 live Syncthing servers, ours against aiosyncthing.

``SERVERS`` loopback Syncthing 1.29.5 servers are started (``tools.sandbox.Sandbox``, locked down as the tests'),
each with one empty folder so that ``/rest/db/completion`` has something to answer. Then, one after another, fresh
processes run ``bench/fleet_client.py`` (what each does is said there) for ``FLEET_SECONDS``, in the order
``ORDER``: ours, aiosyncthing, ours, aiosyncthing, so that drift in a shared machine falls on both. Each reports
its own CPU seconds and peak memory; the figures are means over its runs, and the targets their ratios to
aiosyncthing's. Every server is stopped at the end, also when something failed.

Every client process finds the bytecode of what it imports already compiled, as it would for installed packages:
the processes share a bytecode cache of their own (``PYTHONPYCACHEPREFIX``, written even where
``PYTHONDONTWRITEBYTECODE`` is set), filled by one short uncounted run of each client first. Without it, whichever
client's modules had no cached bytecode on the machine would pay for compiling them in every run.

``FLEET_SECONDS`` can be set in the environment for a quick trial (``FLEET_SECONDS=5``).
Run alone: ``.venv/bin/python -m bench.fleet``; ``rows()`` gives the printable lines and the targets.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Any

from bench import Target
from tools.sandbox import PROJECT, Sandbox, folder_idle, wait_for

SERVERS = 20
FLEET_SECONDS = int(os.environ.get("FLEET_SECONDS", "60"))
FOLDER = "fleet"
CLIENTS = {"ours": "syncthing-client AsyncSyncthing", "aiosyncthing": "aiosyncthing 0.7.1"}
ORDER = ("ours", "aiosyncthing", "ours", "aiosyncthing")
WORKER = Path(__file__).resolve().parent / "fleet_client.py"
TARGET_RATIO = 1.0
WARM_UP_SECONDS = 2


def start_fleet(stack: ExitStack) -> list[Sandbox]:
    """``SERVERS`` running 1.29.5 sandboxes, each with the idle folder ``FOLDER``; ``stack`` stops them."""
    sandboxes = [stack.enter_context(Sandbox.start("1.29.5")) for _ in range(SERVERS)]
    for sandbox in sandboxes:
        path = sandbox.root / "folders" / FOLDER
        path.mkdir(parents=True)
        sandbox.post("/rest/config/folders", {"id": FOLDER, "label": FOLDER, "path": str(path)})
    for sandbox in sandboxes:
        wait_for(f"folder {FOLDER!r} idle on {sandbox!r}", partial(folder_idle, sandbox, FOLDER))
    return sandboxes


def run_client(client: str, sandboxes: list[Sandbox], bytecode: Path, seconds: int = FLEET_SECONDS) -> dict[str, Any]:
    """One fresh process of ``bench/fleet_client.py`` doing the fleet's work with ``client`` for ``seconds``, its
    bytecode cached under ``bytecode``; what it reported."""
    job = {
        "seconds": seconds,
        "folder": FOLDER,
        "servers": [{"url": sandbox.url, "api_key": sandbox.api_key} for sandbox in sandboxes],
    }
    python_path = os.pathsep.join(filter(None, [str(PROJECT), os.environ.get("PYTHONPATH")]))
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-P", str(WORKER), client],
        input=json.dumps(job),
        env={**environment, "PYTHONPATH": python_path, "PYTHONPYCACHEPREFIX": str(bytecode)},
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    sys.stderr.write(done.stderr)  # warnings (an unclosed session would show here) and any traceback
    done.check_returncode()
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def rows() -> tuple[list[str], list[Target]]:
    runs: dict[str, list[dict[str, Any]]] = {client: [] for client in CLIENTS}
    with ExitStack() as stack:
        sandboxes = start_fleet(stack)
        bytecode = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="fleet-bytecode-")))
        for client in CLIENTS:
            run_client(client, sandboxes, bytecode, WARM_UP_SECONDS)
        for client in ORDER:
            runs[client].append(run_client(client, sandboxes, bytecode))
    means = {
        client: {key: statistics.mean(run[key] for run in reports) for key in reports[0]}
        for client, reports in runs.items()
    }
    lines = [
        f"fleet: {SERVERS} live servers followed (event streams) and polled (system.status + db.completion each "
        f"second) for {FLEET_SECONDS} s by one process; runs in the order {', '.join(ORDER)}",
        f"  {'client':<32} {'CPU s':>6} {'of it working':>14} {'peak RSS MB':>12} {'calls':>6} {'events':>7} "
        f"{'failed':>7}",
    ]
    for client, reports in runs.items():
        for report in reports:
            lines.append(
                f"  {CLIENTS[client]:<32} {report['cpu_seconds']:>6.2f} {report['work_cpu_seconds']:>14.2f} "
                f"{report['peak_rss_mb']:>12.1f} {report['calls']:>6} {report['events']:>7} {report['failed']:>7}"
            )
    ours, peer = means["ours"], means["aiosyncthing"]
    targets = [
        Target("fleet, CPU seconds ÷ aiosyncthing", ours["cpu_seconds"] / peer["cpu_seconds"], TARGET_RATIO),
        Target("fleet, peak memory ÷ aiosyncthing", ours["peak_rss_mb"] / peer["peak_rss_mb"], TARGET_RATIO),
    ]
    lines.append(
        f"  means: CPU {ours['cpu_seconds']:.2f} s against {peer['cpu_seconds']:.2f} s (working alone "
        f"{ours['work_cpu_seconds']:.2f} against {peer['work_cpu_seconds']:.2f}), peak RSS "
        f"{ours['peak_rss_mb']:.1f} MB against {peer['peak_rss_mb']:.1f} MB"
    )
    return [*lines, *(target.line() for target in targets)], targets


if __name__ == "__main__":
    print("\n".join(rows()[0]))
