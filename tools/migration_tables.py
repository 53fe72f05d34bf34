"""The tables of the migration guides (docs/migration/*.md), rendered from the rows tests/test_migration.py runs
(tests/migration/): each page holds its table between two marker comments, so the guide shows only tested calls.

    python -m tools.migration_tables --write   # rewrite the tables in the pages
    python -m tools.migration_tables --check   # fail (exit 1) when a page's table is not the rendering
    python -m tools.migration_tables --count   # peer names mapped and not mapped, per library
"""

from __future__ import annotations

import argparse
import ast
import difflib
import sys
from pathlib import Path

from tests.migration import EXAMPLE_NAMES, Library, Row
from tests.migration.aiosyncthing import LIBRARY as AIOSYNCTHING
from tests.migration.pysyncthing import LIBRARY as PYSYNCTHING
from tests.migration.python_syncthing import LIBRARY as PYTHON_SYNCTHING
from tools.sandbox import VERSIONS

LIBRARIES = [PYTHON_SYNCTHING, AIOSYNCTHING, PYSYNCTHING]
PAGES = Path(__file__).resolve().parent.parent / "docs" / "migration"
START = "<!-- migration-table:start (tools/migration_tables.py --write) -->"
END = "<!-- migration-table:end -->"


class TableError(Exception):
    """A page without its markers, or a row that cannot be shown in a table cell."""


def cell(text: str) -> str:
    if "|" in text or "\n" in text:
        raise TableError(f"a table cell cannot hold '|' or a line break: {text!r}")
    return text


def render_row(row: Row) -> str:
    if not row.mapped:
        ours = "— (none)"
    elif row.raises is not None:
        ours = f"`{row.ours}` raises `{row.raises.__name__}`"
    else:
        ours = f"`{row.ours}`"
    return f"| {cell(row.peer)} | {cell(ours)} | {cell(row.note)} |"


def snippet_names(row: Row) -> set[str]:
    """The names a row's snippet uses."""
    return {node.id for node in ast.walk(ast.parse(row.ours, mode="eval")) if isinstance(node, ast.Name)}


def render(library: Library) -> str:
    """The generated part of a library's page: the count, the names the snippets use, one table per section."""
    mapped, unmapped = counts(library)
    client = "AsyncSyncthing" if library.is_async else "Syncthing"
    used = set().union(*(snippet_names(row) for row in library.rows if row.mapped))
    names = "; ".join(f"`{name}` {meaning}" for name, meaning in EXAMPLE_NAMES.items() if name in used - {"st"})
    have = (
        f"all {mapped} have a call here"
        if not unmapped
        else f"{mapped} have a call here, {unmapped} none (the notes say why)"
    )
    article = "an" if client[0] in "AEIOU" else "a"
    lines = [
        f"{library.name} documents {len(library.rows)} names (classes, methods, attributes, exceptions); {have}. "
        f"Each call is run as shown against Syncthing {' and '.join(VERSIONS)} by `tests/test_migration.py`.",
        "",
        f"In the calls, `st` is {article} `{client}`; {names}. Models come from `syncthing_client.models`, errors "
        "from `syncthing_client`.",
    ]
    sections = list(dict.fromkeys(row.section for row in library.rows))
    for section in sections:
        lines += ["", f"### {section}", "", f"| {library.name} | syncthing-client | notes |", "|---|---|---|"]
        lines += [render_row(row) for row in library.rows if row.section == section]
    return "\n".join(lines)


def page_path(library: Library) -> Path:
    return PAGES / library.page


def rendered_page(library: Library, text: str) -> str:
    """The page's text with its table region replaced by the rendering."""
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise TableError(f"{library.page} needs one {START!r} line and, after it, one {END!r} line")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{render(library)}\n{END}{tail}"


def stale_pages() -> list[tuple[Library, str, str]]:
    """(library, current text, rendered text) of every page whose table differs from the rendering."""
    stale = []
    for library in LIBRARIES:
        text = page_path(library).read_text(encoding="utf-8")
        wanted = rendered_page(library, text)
        if wanted != text:
            stale.append((library, text, wanted))
    return stale


def counts(library: Library) -> tuple[int, int]:
    """(mapped, not mapped) rows of a library."""
    mapped = sum(row.mapped for row in library.rows)
    return mapped, len(library.rows) - mapped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="rewrite the tables in docs/migration/*.md")
    action.add_argument("--check", action="store_true", help="exit 1 when a page's table is stale")
    action.add_argument("--count", action="store_true", help="print the rows mapped and not mapped per library")
    args = parser.parse_args(argv)
    if args.count:
        for library in LIBRARIES:
            mapped, unmapped = counts(library)
            print(f"{library.name}: {len(library.rows)} documented names, {mapped} mapped, {unmapped} not mapped")
            for row in library.rows:
                if not row.mapped:
                    print(f"  not mapped: {row.peer}: {row.note}")
        return 0
    stale = stale_pages()
    if args.write:
        for library, _, wanted in stale:
            page_path(library).write_text(wanted, encoding="utf-8")
            print(f"rewrote {page_path(library)}")
        return 0
    for library, text, wanted in stale:
        name = f"docs/migration/{library.page}"
        sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), wanted.splitlines(True), name, name))
    if stale:
        print("migration tables are stale: python -m tools.migration_tables --write")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
