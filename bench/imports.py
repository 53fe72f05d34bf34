"""What ``import syncthing_client`` costs a fresh interpreter, against ``import httpx``; and, as a figure beside the
target, what importing the clients themselves costs (``from syncthing_client import Syncthing, AsyncSyncthing``:
the package loads its names on first use, so this is where httpx, attrs and the send path come in).

Each import runs in a fresh interpreter of the same Python (``sys.executable -c``, the project first on the path),
which times the import alone and counts the modules it added to ``sys.modules``. The two take turns over ``ROUNDS``
rounds in an order rotated every round (``bench.in_turn``); the figures are medians.

Installed packages import from bytecode caches, so both are timed with them: the interpreters write and read their
caches in a temporary directory of their own (``PYTHONPYCACHEPREFIX``, even when ``PYTHONDONTWRITEBYTECODE`` is
set here), filled by one untimed run each, so neither the checkout nor site-packages is written to.

Run alone: ``.venv/bin/python -m bench.imports``; ``rows()`` gives the printable lines and the target.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

from bench import Target, in_turn
from tools.sandbox import PROJECT

ROUNDS = 11
TARGET_RATIO = 1.5
OURS, CLIENTS, BASELINE = (
    "import syncthing_client",
    "from syncthing_client import Syncthing, AsyncSyncthing",
    "import httpx",
)
# Run by the fresh interpreter: milliseconds for the import statement, and the modules it added.
_TIME_IMPORT = """
import json, sys, time
before = len(sys.modules)
started = time.perf_counter()
exec(sys.argv[1])
print(json.dumps([(time.perf_counter() - started) * 1e3, len(sys.modules) - before]))
"""


def time_import(statement: str, bytecode_caches: str) -> tuple[float, int]:
    """(milliseconds, modules added) of running the import ``statement`` in a fresh interpreter that keeps its
    bytecode caches under ``bytecode_caches``."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    python_path = os.pathsep.join(filter(None, [str(PROJECT), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _TIME_IMPORT, statement],
        env={**environment, "PYTHONPATH": python_path, "PYTHONPYCACHEPREFIX": bytecode_caches},
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    milliseconds, modules = json.loads(done.stdout)
    return milliseconds, modules


def rows() -> tuple[list[str], list[Target]]:
    names = [OURS, CLIENTS, BASELINE]
    samples: dict[str, list[float]] = {name: [] for name in names}
    modules: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as bytecode_caches:
        for name in names:
            time_import(name, bytecode_caches)  # untimed: writes the bytecode caches
        for round_number in range(ROUNDS):
            for name in in_turn(names, round_number):
                milliseconds, modules[name] = time_import(name, bytecode_caches)
                samples[name].append(milliseconds)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    target = Target(f"{OURS} ÷ {BASELINE}", medians[OURS] / medians[BASELINE], TARGET_RATIO)
    lines = [f"import in a fresh interpreter, median of {ROUNDS} interleaved rounds"]
    lines += [
        f"  {name:<56} {medians[name]:>7.1f} ms {modules[name]:>5} modules"
        f"  {medians[name] / medians[BASELINE]:>5.2f}x {BASELINE}"
        for name in names
    ]
    return [*lines, target.line()], [target]


if __name__ == "__main__":
    print("\n".join(rows()[0]))
