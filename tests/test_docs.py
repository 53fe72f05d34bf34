"""The offline HTML reference of the spec (``make docs``, ``tools/build_docs.py``): self-contained, and, where
Chromium is installed, drawn in full by headless Chromium with no network."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from syncthing_client import openapi_spec
from tools import build_docs

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
CHROMIUM = shutil.which("chromium")
needs_redoc = pytest.mark.skipif(
    not (build_docs.REDOC / "bundles" / "redoc.standalone.js").is_file(), reason="redoc not installed: npm ci"
)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")


@needs_redoc
def test_docs_page_is_self_contained(tmp_path: Path) -> None:
    page = build_docs.build(tmp_path / "reference.html").read_text(encoding="utf-8")
    skeleton = page.replace(page[page.index("<script>") : page.rindex("</script>")], "")
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href)\s*=", skeleton, re.I)
    assert "<link" not in skeleton and "@import" not in skeleton
    inline = re.search(r'<script id="openapi" type="application/json">(.*?)</script>', page, re.S)
    assert inline is not None and json.loads(inline.group(1)) == openapi_spec()
    version = json.loads((build_docs.REDOC / "package.json").read_text(encoding="utf-8"))["version"]
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]["redoc"]
    assert version == pinned, "node_modules holds another redoc than package.json pins: npm ci"


@needs_redoc
def test_docs_refuse_a_spec_newer_than_the_package_copy(tmp_path: Path) -> None:
    newer = tmp_path / "openapi.yaml"
    newer.write_text(SPEC.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    with pytest.raises(build_docs.StaleSpecError, match="make generate"):
        build_docs.build(tmp_path / "reference.html", spec=newer)


@needs_redoc
@needs_chromium
def test_docs_render_every_operation_offline(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    dom = build_docs.render(build_docs.build(tmp_path / "reference.html"), CHROMIUM)
    drawn = re.sub(r"<script\b.*?</script>", "", dom, flags=re.S | re.I)  # the inlined spec is not what was drawn
    headings = [
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", heading)).split())
        for heading in re.findall(r"<h2\b[^>]*>(.*?)</h2>", drawn, re.S)
    ]
    spec = openapi_spec()
    operations = [item[m] for item in spec["paths"].values() for m in HTTP_METHODS if m in item]
    missing = [op["summary"] for op in operations if not any(op["summary"] in h for h in headings)]
    assert not missing, f"operations Redoc did not draw offline: {missing[:5]}"
    # An operation not every release serves shows it as a badge before its title.
    badged = [f"{op['x-badges'][0]['name']} {op['summary']}" for op in operations if "x-badges" in op]
    assert len(badged) == 11 and all(any(h.startswith(b) for h in headings) for b in badged), headings
    assert spec["info"]["title"] in drawn
    # Versions are visible: each operation shows its x-syncthing-since (Redoc drops the "x-").
    assert drawn.count("syncthing-since") >= len(operations)
    assert "Something went wrong" not in drawn


@needs_redoc
@needs_chromium
def test_docs_show_x_badges(tmp_path: Path) -> None:
    """Badges the spec may carry (x-badges on an operation) are drawn by the pinned Redoc."""
    assert CHROMIUM is not None
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Probe", "version": "1"},
        "paths": {
            "/rest/probe": {
                "get": {
                    "operationId": "probe",
                    "summary": "Probe operation",
                    "x-badges": [{"name": "Badge from the spec", "color": "purple"}],
                    "x-syncthing-since": "9.9.9",
                    "responses": {"200": {"description": "Done."}},
                }
            }
        },
    }
    bundle = (build_docs.REDOC / "bundles" / "redoc.standalone.js").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(build_docs.page(json.dumps(spec), bundle, "pinned"), encoding="utf-8")
    drawn = re.sub(r"<script\b.*?</script>", "", build_docs.render(probe, CHROMIUM), flags=re.S | re.I)
    assert "Probe operation" in drawn
    assert "Badge from the spec" in drawn
    assert "9.9.9" in drawn


@needs_chromium
def test_chromium_runs_without_network(tmp_path: Path) -> None:
    """The control: under the same flags a page that fetches a script from the network gets an error."""
    assert CHROMIUM is not None
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<!DOCTYPE html><html><body data-net="waiting">'
        '<script src="https://cdn.jsdelivr.net/npm/redoc@2.5.4/bundles/redoc.standalone.js"'
        " onload=\"document.body.dataset.net='loaded'\" onerror=\"document.body.dataset.net='blocked'\"></script>"
        "</body></html>",
        encoding="utf-8",
    )
    assert 'data-net="blocked"' in build_docs.render(probe, CHROMIUM, budget_ms=5000)
