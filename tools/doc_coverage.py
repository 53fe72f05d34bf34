"""How much of the generated client's API reference has text: the share of documented parameters and attributes.

Usage: ``python -m tools.doc_coverage [PACKAGE_DIR]`` (default: ``syncthing_client``).

This module owns the counting, which ``tests/test_doc_coverage.py`` reuses for its floors. It reads the generated
source with ``ast`` (nothing is imported, so it also works on a scratch generation):

- parameters: every public method of every class in ``api/<tag>/__init__.py`` (the sync and async namespaces, so each
  operation counts twice); each entry of its docstring's ``Args:`` section is one parameter, documented when
  something is left after the colon once the generator's own ``Default: ...`` / ``Example: ...`` notes are removed;
- attributes: every field declared in the body of every class in ``models/*.py`` (``additional_properties`` aside,
  which every model with a map has); it is documented when the class docstring's ``Attributes:`` section has an
  entry for it with text, by the same rule.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# "name (type): text" (the generator's form) or "name: text"; the type may itself hold parentheses and colons.
_ENTRY = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?: \((?P<type>.*?)\))?:(?P<text>.*)$")
_GENERATED_NOTES = re.compile(r"\s*(Default|Example): .*?\.(?=\s|$)")


@dataclass
class Tally:
    """Entries seen and entries with text, and the names of those without (``"Class.method.arg"``)."""

    total: int = 0
    described: int = 0
    missing: list[str] = field(default_factory=list)

    def add(self, where: str, text: str | None) -> None:
        self.total += 1
        if text:
            self.described += 1
        else:
            self.missing.append(where)

    @property
    def share(self) -> float:
        """Documented entries, in percent (100 when there are none)."""
        return 100.0 * self.described / self.total if self.total else 100.0


def section(docstring: str, title: str) -> dict[str, str]:
    """The entries of a Google-style section (``Args:``, ``Attributes:``): name → its text, generated notes removed.

    An entry starts on a line indented one level below the title; deeper lines continue it.
    """
    entries: dict[str, str] = {}
    lines = docstring.expandtabs().splitlines()
    inside = False
    entry_indent = -1
    current: str | None = None
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if not inside:
            if stripped == f"{title}:":
                inside, title_indent, entry_indent = True, indent, -1
            continue
        if not stripped:
            continue
        if indent <= title_indent:
            break
        if entry_indent < 0:
            entry_indent = indent
        if indent == entry_indent:
            match = _ENTRY.match(stripped)
            current = match["name"] if match else None
            if current is not None and match is not None:
                entries[current] = match["text"].strip()
        elif current is not None:
            entries[current] = f"{entries[current]} {stripped}".strip()
    return {name: _GENERATED_NOTES.sub("", text).strip() for name, text in entries.items()}


def _classes(path: Path) -> list[ast.ClassDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node for node in tree.body if isinstance(node, ast.ClassDef)]


def parameters(package: Path) -> Tally:
    """The ``Args:`` entries of the facade methods (``api/<tag>/__init__.py``)."""
    tally = Tally()
    for module in sorted(package.glob("api/*/__init__.py")):
        for cls in _classes(module):
            for node in cls.body:
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name.startswith("_"):
                    continue
                for name, text in section(ast.get_docstring(node) or "", "Args").items():
                    tally.add(f"{cls.name}.{node.name}.{name}", text)
    return tally


def attributes(package: Path) -> Tally:
    """The declared fields of the models (``models/*.py``) against their class docstring's ``Attributes:``."""
    tally = Tally()
    for module in sorted(package.glob("models/*.py")):
        for cls in _classes(module):
            documented = section(ast.get_docstring(cls) or "", "Attributes")
            for node in cls.body:
                if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
                    continue
                name = node.target.id
                if name != "additional_properties":
                    tally.add(f"{cls.name}.{name}", documented.get(name))
    return tally


def main(argv: list[str]) -> int:
    package = Path(argv[0]) if argv else ROOT / "syncthing_client"
    for label, tally in (("Args: entries", parameters(package)), ("model attributes", attributes(package))):
        print(f"{label}: {tally.described}/{tally.total} described ({tally.share:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
