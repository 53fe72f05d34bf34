"""A user program against the client (tests/typing_samples/user_program.py) passes mypy --strict and pyright in
strict mode with no cast and no test against the unset marker: reading status, changing the configuration from a
dict and from a model, events by isinstance, pagination. Every Python block of the README and docs/ passes mypy
--strict too, as a user copies it. Both checkers are the pinned ones of the dev group."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy", reason="mypy is in the dev dependency group only, not beside the other httpx releases")
pytest.importorskip(
    "pyright", reason="pyright is in the dev dependency group only, not beside the other httpx releases"
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing_samples" / "user_program.py"


def test_the_sample_has_no_cast_and_no_unset_test() -> None:
    code = SAMPLE.read_text(encoding="utf-8")
    assert not re.search(r"\bcast\(|\bUnset\b|\bUNSET\b|type:\s*ignore|pyright:\s*ignore", code)
    assert "# pyright: strict" in code


def test_mypy_strict_accepts_the_user_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_strict_accepts_the_user_program(tmp_path: Path) -> None:
    # The pinned pyright wheel carries its own JavaScript and runs on the system's node: nothing is downloaded at run
    # time, which the unreachable proxy and the empty HOME (no cache) make sure of.
    config = tmp_path / "pyrightconfig.json"
    config.write_text(json.dumps({"extraPaths": [str(ROOT)], "typeCheckingMode": "strict", "pythonVersion": "3.11"}))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "--pythonpath",
            sys.executable,
            "-p",
            str(config),
            str(SAMPLE),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
        env={
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(tmp_path),
            "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1",
            **dict.fromkeys(["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"], "http://127.0.0.1:9"),
        },
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2 and above: pyright itself failed
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == 1, report["summary"]
    problems = [f"{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]]
    assert problems == [], "\n".join(problems)


def test_mypy_strict_accepts_every_python_block_of_the_docs(tmp_path: Path) -> None:
    from tests.test_readme import SOURCE_BLOCKS

    files = []
    for name, index, code in SOURCE_BLOCKS:
        file = tmp_path / f"{re.sub(r'[^A-Za-z0-9]', '_', name)}_{index}.py"
        file.write_text(f"# {name}, Python block {index}\n{code}", encoding="utf-8")
        files.append(str(file))
    assert len(files) > 10
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
