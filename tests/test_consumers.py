"""The spec's types as a user's type checker sees them: mypy on user code written against the generated models.

The TypeScript side (openapi-typescript, tsc --strict over tests/ts/consumer.ts) is `make ts-consumer`.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy", reason="mypy is in the dev dependency group only, not beside the other httpx releases")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing_samples" / "folder_type.py"
REJECTED = re.compile(r"#\s*rejected:\s*([\w-]+)")
ERROR = re.compile(r"^[^:]+:(\d+): error: .*\[([\w-]+)\]$")


def marked_rejections(path: Path) -> set[tuple[int, str]]:
    """The (line, mypy error code) pairs the sample marks `# rejected: <code>`."""
    lines = path.read_text().splitlines()
    return {(number, match[1]) for number, line in enumerate(lines, 1) if (match := REJECTED.search(line))}


def test_mypy_rejects_a_misspelt_folder_type_and_accepts_the_rest() -> None:
    # The pinned mypy of the running interpreter, with the project's settings (pyproject: strict); its cache in the
    # checkout makes a run after `make typecheck` take well under a second.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    reported = {(int(m[1]), m[2]) for line in result.stdout.splitlines() if (m := ERROR.match(line))}
    unparsed = [line for line in result.stdout.splitlines() if line and not ERROR.match(line) and ": note:" not in line]
    assert not unparsed, result.stdout
    expected = marked_rejections(SAMPLE)
    assert expected, "the sample marks no rejected line"
    assert reported == expected, result.stdout
