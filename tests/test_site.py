"""The documentation site (``make docs``, which ``make test`` runs first): built offline, every namespace, error
class and model in its API reference, the spec's Redoc page included; and the checker that fails the build on a
resource from the network, a link to a missing file or a list left as text (``tools/build_site.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import syncthing_client
from syncthing_client import errors, models
from syncthing_client.api import SyncthingApi
from tools import build_site

SITE = build_site.SITE
built = pytest.mark.skipif(not (SITE / "index.html").is_file(), reason="the site is not built: make docs")


@built
def test_site_needs_no_network_and_has_no_broken_links() -> None:
    assert build_site.check(SITE) == []


@built
def test_reference_has_every_namespace_error_and_model() -> None:
    tags = [name for name in vars(SyncthingApi) if not name.startswith("_")]
    assert len(tags) == 12
    client = syncthing_client.Syncthing("http://127.0.0.1:9", api_key="offline")  # nothing is sent
    for tag in tags:
        page = (SITE / "reference" / "namespaces" / f"{tag}.html").read_text(encoding="utf-8")
        # Every method of the namespace a client hands out, inherited ones included, has its heading.
        namespace = type(getattr(client, tag))
        methods = [name for name in dir(namespace) if not name.startswith("_") and callable(getattr(namespace, name))]
        missing = [name for name in methods if f'id="{namespace.__module__}.{namespace.__name__}.{name}"' not in page]
        assert not missing, f"st.{tag}: {missing}"
    models_page = (SITE / "reference" / "models.html").read_text(encoding="utf-8")
    classes = [name for name in models.__all__ if isinstance(getattr(models, name), type)]
    assert len(classes) > 150
    assert [name for name in classes if f'id="syncthing_client.models.{name}"' not in models_page] == []
    errors_page = (SITE / "reference" / "errors.html").read_text(encoding="utf-8")
    assert [name for name in errors.__all__ if f'id="syncthing_client.errors.{name}"' not in errors_page] == []


@built
def test_site_includes_the_spec_reference() -> None:
    redoc = (SITE / "reference" / "openapi.html").read_text(encoding="utf-8")
    assert '<script id="openapi" type="application/json">' in redoc and "Redoc.init(" in redoc
    index = (SITE / "index.html").read_text(encoding="utf-8")
    assert 'href="reference/openapi.html"' in index


def test_checker_finds_network_resources_missing_files_and_lists_left_as_text(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "style.css").write_text("@import 'https://fonts.googleapis.com/css?family=Roboto';")
    (tmp_path / "index.html").write_text(
        '<html><head><link rel="stylesheet" href="//cdn.example/x.css"><script src="assets/here.js"></script>'
        '<style>body { background: url("http://example.com/a.png") }</style></head><body>'
        '<a href="https://syncthing.net">fine: a link</a><a href="guide.html#top">missing page</a>'
        '<a href="#local">fine: a fragment</a><img src="assets/here.png" srcset="a.png 1x, https://x.example/b.png 2x">'
        "<p>Refused for:\n- an ID\n- a path</p><p>fine: a dash - inside a line\nand a second line</p>"
        "<p>fine: taken as\n65536. Then</p>"
        "<ul><li>fine: a list</li></ul></body></html>"
    )
    (tmp_path / "assets" / "here.js").write_text("")
    (tmp_path / "assets" / "here.png").write_bytes(b"")
    problems = build_site.check(tmp_path)
    assert sorted(problems) == [
        "assets/style.css: loads https://fonts.googleapis.com/css?family=Roboto from the network",
        "index.html: a list rendered as text (a blank line before it is missing): 'Refused for:\\n- an ID\\n- a path'",
        "index.html: a.png names a file the site lacks",
        "index.html: guide.html#top names a file the site lacks",
        "index.html: loads //cdn.example/x.css from the network",
        "index.html: loads http://example.com/a.png from the network",
        "index.html: loads https://x.example/b.png from the network",
    ]
