"""Merge a drafted section into ``spec/openapi.yaml``, one writer at a time, and regenerate the client.

Owns the only way parallel spec authors change the spec: each drafts one section (its tags, paths and component
schemas) in a file of its own, then merges it here. The merge holds a lock on the spec for the whole
write → check → generate sequence, so two authors never interleave. A section lives in the spec between
``# region <name> <block>`` / ``# endregion <name> <block>`` comments; merging again replaces it. If the
merged spec is not valid YAML, repeats a key, or fails to generate, the previous spec is restored.

Draft format (plain YAML, top-level keys optional)::

    tags:        # list, as in the spec
    paths:       # mapping, as in the spec
    schemas:     # mapping, goes under components.schemas
    parameters:  # mapping, goes under components.parameters
    responses:   # mapping, goes under components.responses

Usage: ``python -m tools.spec_section NAME DRAFT [--commit MESSAGE]``
"""

from __future__ import annotations

import argparse
import fcntl
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
LOCK = ROOT / ".cache" / "spec.lock"

# draft key → (line that opens the spec's block, indentation of the block's entries)
BLOCKS = {
    "tags": ("tags:", 2),
    "paths": ("paths:", 2),
    "parameters": ("  parameters:", 4),
    "responses": ("  responses:", 4),
    "schemas": ("  schemas:", 4),
}


class UniqueKeyLoader(yaml.SafeLoader):
    """A loader that refuses repeated mapping keys, which PyYAML otherwise lets the last one win."""


def _construct_mapping(loader: UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"repeated key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def draft_blocks(text: str) -> dict[str, list[str]]:
    """The draft's top-level blocks, as their indented body lines."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            key = line.split(":", 1)[0]
            if key not in BLOCKS or line.split(":", 1)[1].strip():
                raise SystemExit(f"draft: unexpected top-level line {line!r} (allowed: {', '.join(BLOCKS)})")
            current = blocks.setdefault(key, [])
        elif current is not None:
            current.append(line)
    return blocks


def block_end(lines: list[str], opener: str, indent: int) -> int:
    """Index just past the last line belonging to the spec block opened by ``opener``."""
    start = lines.index(opener)
    end = start + 1
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        if len(line) - len(line.lstrip()) < indent:
            break
        end = index + 1
    return end


def merge(spec_text: str, name: str, blocks: dict[str, list[str]]) -> str:
    lines = spec_text.splitlines()
    for key, (opener, indent) in BLOCKS.items():
        begin_marker = " " * indent + f"# region {name} {key}"
        end_marker = " " * indent + f"# endregion {name} {key}"
        if begin_marker in lines:
            first = lines.index(begin_marker)
            last = lines.index(end_marker)
            del lines[first : last + 1]
        body = blocks.get(key)
        if not body:
            continue
        shift = " " * (indent - 2)
        region = [begin_marker, *[shift + line if line.strip() else "" for line in body], end_marker]
        while region[-2] == "":
            del region[-2]
        at = block_end(lines, opener, indent)
        lines[at:at] = region
    return "\n".join(lines) + "\n"


def _generator_env() -> dict[str, str]:
    """The generator's post-hooks call ``ruff`` by name: the venv's pinned one must come first."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="section name, e.g. config")
    parser.add_argument("draft", type=Path)
    parser.add_argument("--commit", metavar="MESSAGE", help="commit the spec and the generated code afterwards")
    args = parser.parse_args()
    draft_text = args.draft.read_text(encoding="utf-8")
    yaml.load(draft_text, Loader=UniqueKeyLoader)
    blocks = draft_blocks(draft_text)
    LOCK.parent.mkdir(exist_ok=True)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        before = SPEC.read_text(encoding="utf-8")
        after = merge(before, args.name, blocks)
        SPEC.write_text(after, encoding="utf-8")
        try:
            yaml.load(after, Loader=UniqueKeyLoader)
            subprocess.run([sys.executable, "generator/generate.py"], cwd=ROOT, check=True, env=_generator_env())
        except (yaml.YAMLError, subprocess.CalledProcessError) as error:
            SPEC.write_text(before, encoding="utf-8")
            subprocess.run(
                [sys.executable, "generator/generate.py"],
                cwd=ROOT,
                check=False,
                capture_output=True,
                env=_generator_env(),
            )
            print(f"merge of section {args.name!r} refused, spec restored: {error}", file=sys.stderr)
            return 1
        if args.commit:
            subprocess.run(["git", "add", "-A", "spec/openapi.yaml", "syncthing_client"], cwd=ROOT, check=True)
            subprocess.run(
                ["git", "commit", "-q", "-m", args.commit, "--", "spec/openapi.yaml", "syncthing_client"],
                cwd=ROOT,
                check=True,
            )
    print(f"section {args.name!r} merged; client regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
