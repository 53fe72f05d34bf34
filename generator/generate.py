"""Generate the typed client in ``syncthing_client/`` from ``spec/openapi.yaml``.

This wraps the pinned openapi-python-client instead of calling its CLI for one reason: templates need the spec's
vendor extensions (``x-syncthing-since``, ``x-syncthing-removed``, ``x-syncthing-error-field``) and
``deprecated``, which the generator's parser drops. Templates get them as the global ``operations`` (operationId →
facts) and the function ``facts_for(endpoint)``; the filter ``python_literal`` writes a value as Python source.
Everything else is the stock pipeline with our config and templates,
and, like the CLI's ``--fail-on-warning``, any warning fails the run.

Usage: ``python generator/generate.py [--spec SPEC] [OUTPUT_DIR]`` (defaults: ``spec/openapi.yaml``,
``syncthing_client``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import _get_project_for_url_or_path
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The per-operation facts templates need, keyed by ``"METHOD /path"`` as the parser spells them."""
    facts: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            facts[f"{method} {path}"] = {
                "id": operation["operationId"],
                "method": method.upper(),
                "path": path,
                "since": operation.get("x-syncthing-since"),
                "removed": operation.get("x-syncthing-removed"),
                "deprecated": bool(operation.get("deprecated", False)),
                "error_field": operation.get("x-syncthing-error-field"),
            }
    return facts


def generate(spec: Path, output: Path) -> list[GeneratorError]:
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"),
        MetaType.NONE,
        spec,
        "utf-8",
        True,
        output.resolve(),
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=HERE / "templates")
    if isinstance(project, GeneratorError):
        return [project]
    facts = operation_facts(yaml.safe_load(spec.read_text(encoding="utf-8")))
    project.env.globals["operations"] = {fact["id"]: fact for fact in facts.values()}
    project.env.globals["facts_for"] = lambda endpoint: facts[
        f"{endpoint.method} {endpoint.path.get_untrusted_value()}"
    ]
    project.env.filters["python_literal"] = repr
    return list(project.build())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml")
    parser.add_argument("output", type=Path, nargs="?", default=ROOT / "syncthing_client")
    args = parser.parse_args()
    problems = generate(args.spec, args.output)
    for problem in problems:
        print(f"{problem.level.value}: {problem.header}\n{problem.detail or ''}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
