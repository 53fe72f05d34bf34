"""Every Python block of README.md and of the docs site's pages (docs/**/*.md), run verbatim against a real
throwaway Syncthing 1.29.5, then checked.

The blocks read the server's address and key from ``SYNCTHING_URL`` / ``SYNCTHING_API_KEY``, as the README says,
and run in a temporary working directory (they create folders and files there). Each block has a check that looks
at what it did: what it printed, or the configuration read back with plain httpx. A docs page shows README's blocks
by including them (``--8<-- "README.md:<section>"``, pymdownx.snippets), so they run once, as README's.

A ```python block holding nothing but includes of whole files (``--8<-- "docs/recipes/btsync/get_speed.py"``) shows
examples that need more than one server: their own tests run them (tests/test_recipes.py, on a pair of servers),
not this file, which checks that each file included so is one of those.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from syncthing_client._timestamps import parse as parse_timestamp
from tests.test_recipes import RUN_BY_TESTS
from tools.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SOURCES = [README, *sorted((ROOT / "docs").rglob("*.md"))]
INCLUDE = re.compile(r'^--8<-- "README\.md:([\w-]+)"\s*$', re.M)
FENCE = re.compile(r"^```(\S*)\s*$")
LANGUAGES = {"python", "sh", "text"}  # a block in any other (```py, no language at all) would hide from this file
# A block that only includes whole files (no ":<section>"): what it shows is run by another test.
FILES_ONLY = re.compile(r'\A(?:--8<-- "[^":]+"\n)+\Z')
INCLUDED_FILE = re.compile(r'^--8<-- "([^":]+)"$', re.M)


def fenced_blocks(text: str, name: str = "README.md") -> list[tuple[str, str]]:
    """Every fenced block of a Markdown text, in order, as (language, code)."""
    blocks: list[tuple[str, str]] = []
    language: str | None = None
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        match = FENCE.match(line)
        if language is None:
            if match:
                language, lines = match.group(1), []
        elif match and not match.group(1):
            blocks.append((language, "".join(lines)))
            language = None
        else:
            lines.append(line)
    assert language is None, f"a ```{language} block of {name} is never closed"
    return blocks


def source_name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


README_TEXT = README.read_text(encoding="utf-8")
TEXTS = {source_name(path): path.read_text(encoding="utf-8") for path in SOURCES}
# (file, index within the file, code) of every Python block, README's first.
ALL_PYTHON_BLOCKS = [
    (name, index, code)
    for name, text in TEXTS.items()
    for index, code in enumerate(code for language, code in fenced_blocks(text, name) if language == "python")
]
SOURCE_BLOCKS = [(name, index, code) for name, index, code in ALL_PYTHON_BLOCKS if not FILES_ONLY.match(code)]
INCLUDED_FILES = {
    (name, file)
    for name, _, code in ALL_PYTHON_BLOCKS
    if FILES_ONLY.match(code)
    for file in INCLUDED_FILE.findall(code)
}
PYTHON_BLOCKS = [code for _, _, code in SOURCE_BLOCKS]


@dataclass(frozen=True)
class Ran:
    """What a block left behind: its output, the variables it defined, the server and the working directory."""

    stdout: str
    namespace: dict[str, Any]
    server: Sandbox
    cwd: Path


# Each check names a phrase found in exactly one block; it runs after that block.
CHECKS: dict[str, Callable[[Ran], None]] = {}


def check(phrase: str) -> Callable[[Callable[[Ran], None]], Callable[[Ran], None]]:
    def register(function: Callable[[Ran], None]) -> Callable[[Ran], None]:
        CHECKS[phrase] = function
        return function

    return register


def checks_of(code: str) -> list[Callable[[Ran], None]]:
    return [function for phrase, function in CHECKS.items() if phrase in code]


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox.start("1.29.5") as sandbox:
        yield sandbox


def run_block(
    name: str, index: int, code: str, server: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Ran:
    namespace: dict[str, Any] = {"__name__": "__main__"}
    capsys.readouterr()
    exec(compile(code, f"{name}, Python block {index}", "exec"), namespace)
    return Ran(capsys.readouterr().out, namespace, server, tmp_path)


def block_id(name: str, index: int, code: str) -> str:
    """`README.md-3-from syncthing_client import Syncthing`: the file, the block's index there and its first line."""
    lines = code.strip().splitlines()
    return f"{name}-{index}-{lines[0][:60] if lines else '(empty)'}"


CASES = [pytest.param(name, index, code, id=block_id(name, index, code)) for name, index, code in SOURCE_BLOCKS]


@pytest.mark.timeout(90)
@pytest.mark.parametrize(("name", "index", "code"), CASES)
def test_readme_block_runs_verbatim(
    name: str,
    index: int,
    code: str,
    server: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    checks = checks_of(code)
    assert len(checks) == 1, f"{name} block {index} needs exactly one check in tests/test_readme.py"
    monkeypatch.setenv("SYNCTHING_URL", server.url)
    monkeypatch.setenv("SYNCTHING_API_KEY", server.api_key)
    monkeypatch.chdir(tmp_path)
    checks[0](run_block(name, index, code, server, tmp_path, capsys))


@pytest.mark.parametrize("name", TEXTS)
def test_every_python_block_is_run(name: str) -> None:
    """Each ```python block of the file is a case of the test above; no block hides under another language or none
    (in the docs: nor indented under an admonition or a tab, where the fence would not start its line)."""
    text = TEXTS[name]
    opening_fences = re.findall(r"^\s*```(\S+)\s*$", text, re.M)
    languages = [language for language, _ in fenced_blocks(text, name)]
    assert sorted(set(languages) - LANGUAGES) == [], "use ```python for code that runs, ```sh or ```text otherwise"
    assert opening_fences == languages, (
        "every block opens with a language at the line's start, closes with a bare fence"
    )
    assert len([case for case in ALL_PYTHON_BLOCKS if case[0] == name]) == languages.count("python")


def test_included_files_are_run_by_their_own_tests() -> None:
    """A block that only includes files is not run here: each file it includes must be run by another test."""
    assert INCLUDED_FILES, "no docs page includes a tested example file"
    missing = sorted(f"{name}: {file}" for name, file in INCLUDED_FILES if file not in RUN_BY_TESTS)
    assert missing == [], "included, but run by no test (tests/test_recipes.py RUN_BY_TESTS)"
    assert all((ROOT / file).is_file() for _, file in INCLUDED_FILES)


def test_docs_include_readme_sections_that_exist() -> None:
    """A docs page's ``--8<-- "README.md:<name>"`` shows the README block between that section's markers."""
    sections = set(re.findall(r"^<!-- --8<-- \[start:([\w-]+)\] -->$", README_TEXT, re.M))
    ends = set(re.findall(r"^<!-- --8<-- \[end:([\w-]+)\] -->$", README_TEXT, re.M))
    assert sections == ends
    included = {section for name, text in TEXTS.items() if name != "README.md" for section in INCLUDE.findall(text)}
    assert included and included <= sections, sorted(included - sections)
    assert len(CASES) == len(PYTHON_BLOCKS) > len(fenced_blocks(README_TEXT)) // 2


def test_every_check_meets_exactly_one_block() -> None:
    for phrase in CHECKS:
        blocks = [index for index, code in enumerate(PYTHON_BLOCKS) if phrase in code]
        assert len(blocks) == 1, f"the check for {phrase!r} meets blocks {[CASES[i].id for i in blocks]}"


LAPTOP = "SK2JFAL-P55NCBW-NL3CNXC-OKIZLIT-BKIJQA6-H5DOCUM-JDNJMQG-IMSIMQO"


@check('print("device", status.my_id')
def quickstart_prints_the_device(ran: Ran) -> None:
    assert ran.stdout.startswith(f"device {ran.server.device_id} up for ")


@check("asyncio.gather(st.system.version()")
def async_quickstart_prints_version_and_device(ran: Ran) -> None:
    version = ran.server.get("/rest/system/version")["version"]
    assert ran.stdout == f"{version} {ran.server.device_id}\n"


@check('print("this device:"')
def status_lists_version_and_device(ran: Ran) -> None:
    lines = ran.stdout.splitlines()
    assert lines[0] == ran.server.get("/rest/system/version")["longVersion"]
    assert lines[1] == f"this device: {ran.server.device_id}"
    own_device = [line for line in lines if line.startswith(ran.server.device_id[:7])]
    assert len(own_device) == 1


@check("st.system.log(since=last.when)")
def log_time_goes_back_with_its_nanoseconds(ran: Ran) -> None:
    printed = ran.stdout.split()[0]
    raw = [line["when"] for line in ran.server.get("/rest/system/log")["messages"]]
    assert printed in [parse_timestamp(when).isoformat() for when in raw]
    assert ran.stdout.rstrip().endswith(" newer lines")


@check("update_device(LAPTOP")
def folder_shared_device_paused_upload_capped(ran: Ran) -> None:
    folder = ran.server.get("/rest/config/folders/photos")
    assert (folder["label"], folder["path"]) == ("Photos", str(ran.cwd / "photos"))
    assert {device["deviceID"] for device in folder["devices"]} == {ran.server.device_id, LAPTOP}
    device = ran.server.get(f"/rest/config/devices/{LAPTOP}")
    assert (device["name"], device["paused"], device["addresses"]) == ("laptop", True, ["dynamic"])
    assert ran.server.get("/rest/config/options")["maxSendKbps"] == 1000


@check('replace_folder("music"')
def full_models_written_back_keep_the_rest(ran: Ran) -> None:
    folder = ran.server.get("/rest/config/folders/music")
    assert (folder["label"], folder["rescanIntervalS"], folder["fsWatcherEnabled"]) == ("Music", 600, False)
    assert folder["path"] == str(ran.cwd / "music")
    options = ran.server.get("/rest/config/options")
    assert options["maxRecvKbps"] == 2000
    assert options["listenAddresses"] == [f"tcp://127.0.0.1:{ran.server.listen_port}"]  # the rest kept
    assert ran.stdout == "600 2000\n"


@check("except FolderNotFoundError")
def errors_are_typed(ran: Ran) -> None:
    assert ran.stdout.splitlines() == ["not configured: no-such-folder 404", "refused: 403 CSRF Error"]


@check("events.position.to_dict()")
def events_seen_and_position_saved(ran: Ran) -> None:
    assert "notes ['todo.txt']" in ran.stdout.splitlines()
    position = json.loads((ran.cwd / "events-position.json").read_text())
    assert position["last_id"] > 0


@check('iter_localchanged("inbox"')
def locally_changed_file_listed(ran: Ran) -> None:
    assert ran.stdout.splitlines() == ["changed here: ['draft.txt']"]


@check("except UnsupportedOperationError")
def versions_printed_and_refusal_as_shown(ran: Ran) -> None:
    shown = [code for language, code in fenced_blocks(README_TEXT) if language == "text"]
    assert ran.stdout.splitlines() == ["Syncthing 1.29.5", "model logs at INFO", *"".join(shown).splitlines()]


@check('openapi_spec("yaml")')
def spec_in_three_forms(ran: Ran) -> None:
    spec = ran.namespace["spec"]
    assert ran.stdout == f"{spec['info']['version']} {len(spec['paths'])}\n"
    assert json.loads(ran.namespace["json_text"]) == spec


@check("iter_localchanged(folder.id)")
def async_pagination_walks_every_folder(ran: Ran) -> None:
    folders = [folder["id"] for folder in ran.server.get("/rest/config/folders")]
    printed = [line.split()[0] for line in ran.stdout.splitlines()]
    assert printed == folders and all(line.endswith(" changed here") for line in ran.stdout.splitlines())


@check('verify="no-such-https-cert.pem"')
def tls_bad_certificate_path_refused(ran: Ran) -> None:
    assert ran.stdout.startswith("refused: verify='no-such-https-cert.pem' ")


@check("st.tasks.transfer_rates(interval=1.0)")
def transfer_rates_in_total_and_per_device(ran: Ran) -> None:
    first, *devices = ran.stdout.splitlines()
    match = re.fullmatch(r"in \d+ B/s, out \d+ B/s over (\d+\.\d) s", first)
    assert match is not None and float(match[1]) >= 1.0, first
    configured = ran.server.get("/rest/system/connections")["connections"]
    assert sorted(line.split()[0] for line in devices) == sorted(device[:7] for device in configured)


NAS = "GSIBHWR-LDQ6CZR-MEEG2I2-FEJRPZQ-2PB63W6-TLLD6A4-3FIM2OI-L735EQ4"


@check('share_encrypted("camera"')
def camera_shared_encrypted_ignores_kept(ran: Ran) -> None:
    sharing = {
        entry["deviceID"]: entry["encryptionPassword"]
        for entry in ran.server.get("/rest/config/folders/camera")["devices"]
    }
    assert sharing[NAS] == "correct horse battery staple"
    assert ran.server.get(f"/rest/config/devices/{NAS}")["untrusted"] is True  # camera is all it gets
    ignores = ran.server.get("/rest/db/ignores", folder="camera")["ignore"]
    completion = ran.server.get("/rest/db/completion", folder="camera", device=NAS)["completion"]
    assert ran.stdout.splitlines() == [str(ignores), f"nas not connected {completion:.0f} % encrypted"]


@check('st.tasks.reset_folder("scratch")')
def scratch_reset_after_a_restart(ran: Ran) -> None:
    assert ran.server.get("/rest/system/status")["startTime"] != ran.server.start_time  # the reset restarted it
    paused = ran.server.get("/rest/config/folders/scratch")["paused"]
    assert ran.stdout == f"scratch paused: {paused}\n" and paused is False


@check("st.tasks.folder_peers(folder.id) for folder in folders")
def every_folders_peers_and_the_rates_side_by_side(ran: Ran) -> None:
    folders = ran.server.get("/rest/config/folders")
    peers = sum(len(folder["devices"]) - 1 for folder in folders)
    assert re.fullmatch(rf"{len(folders)} folders, {peers} peers in all; \d+ B/s out\n", ran.stdout), ran.stdout


@check("def folders_shared_with(")
def a_task_of_ones_own_runs_on_the_sync_client(ran: Ran) -> None:
    folders = ran.server.get("/rest/config/folders")
    shared = [folder["id"] for folder in folders if NAS in {entry["deviceID"] for entry in folder["devices"]}]
    assert ran.stdout == f"{shared}\n"
