"""MkDocs hooks of ``make docs`` (mkdocs.yml ``hooks:``): the spec's Redoc page joins the site.

``tools/build_docs.py`` builds ``build/docs/reference.html`` (one self-contained page: Redoc and the spec inlined);
this hook adds it to the site as ``reference/openapi.html``, so the nav and the pages link to it and ``mkdocs build
--strict`` checks those links like any other.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
# make docs builds it first; SYNCTHING_DOCS_REFERENCE names another copy.
REFERENCE = Path(os.environ.get("SYNCTHING_DOCS_REFERENCE", ROOT / "build" / "docs" / "reference.html"))
SITE_PATH = "reference/openapi.html"


def on_files(files: Files, config: Any) -> Files:
    if not REFERENCE.is_file():
        raise PluginError(f"{REFERENCE} is missing: build it first (python -m tools.build_docs), or run make docs")
    files.append(File.generated(config, SITE_PATH, abs_src_path=str(REFERENCE)))
    return files
