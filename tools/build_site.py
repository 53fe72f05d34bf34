"""Check the documentation site that ``make docs`` builds (``mkdocs build --strict`` into ``build/site``), and look
at it offline (``make docs-screenshot``).

``mkdocs build --strict`` already fails on a broken link or anchor between pages (mkdocs.yml's ``validation``).
``check(site)`` then reads every built HTML file and reports what would need the network or is broken:

- any resource from elsewhere: a ``src=``, a ``<link href=>`` (stylesheets, fonts, icons), a CSS ``url()`` or
  ``@import`` that is not relative to the site (``https://``, ``http://``, ``//host``). Plain ``<a href>`` links
  to other sites (syncthing.net) are navigation, not resources, and stay;
- a relative ``href`` or ``src`` to a file the site does not have (this covers the Redoc page the hooks add, which
  mkdocs does not read);
- a list that rendered as text: Python-Markdown, unlike GitHub, starts a list only after a blank line, so items
  written right under a paragraph become ``- `` lines inside it.

``screenshot(site, out)`` renders pages with headless Chromium under ``tools/build_docs.py``'s offline flags: every
request goes to a dead proxy, no host name resolves.

Usage: ``python -m tools.build_site check [SITE]`` | ``python -m tools.build_site screenshot [SITE] [OUT_DIR]``
(defaults ``build/site`` and ``build/site-screenshots``).
"""

from __future__ import annotations

import argparse
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"
SCREENSHOTS = ROOT / "build" / "site-screenshots"
# What make docs-screenshot renders: the home page, a guide with code blocks and tables, an API reference page.
PAGES = ("index.html", "guides/configuration.html", "reference/namespaces/system.html")

EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
# A numbered list meant as one starts at "1."; a wrapped line of prose may well begin "65536. ".
LIST_AS_TEXT = re.compile(r"\n\s*(?:[-*+]|1\.) ")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""", re.I)


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.resources: list[str] = []  # loaded by the browser
        self.links: list[str] = []  # followed by the reader
        self.ids: set[str] = set()
        self._style = False
        self.css: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        for name in ("src", "srcset", "poster", "data"):
            if name in values:
                self.resources.append(values[name])
        if "href" in values:
            (self.resources if tag in ("link", "script", "use", "image") else self.links).append(values["href"])
        if "style" in values:
            self.css.append(values["style"])
        self._style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._style = False

    def handle_data(self, data: str) -> None:
        if self._style:
            self.css.append(data)


def _css_refs(text: str) -> list[str]:
    return [url or imported for url, imported in CSS_URL.findall(text)]


def _target(page: Path, ref: str, site: Path) -> Path | None:
    """The file a relative reference of ``page`` names, or None for one that names no file (a fragment, a data:
    URL, mailto:)."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() else target


def check(site: Path = SITE) -> list[str]:
    """Every external resource and every relative reference to a missing file in the built site, as messages."""
    problems: list[str] = []
    pages = sorted(site.rglob("*.html"))
    if not pages:
        return [f"{site} holds no HTML: run make docs"]
    for page in pages:
        name = page.relative_to(site).as_posix()
        text = page.read_text(encoding="utf-8")
        refs = _Refs()
        refs.feed(text)
        problems += [
            f"{name}: a list rendered as text (a blank line before it is missing): {paragraph[:60]!r}"
            for paragraph in PARAGRAPH.findall(text)
            if LIST_AS_TEXT.search(paragraph)
        ]
        resources = [
            item.strip().split(" ")[0]
            for ref in refs.resources + [ref for css in refs.css for ref in _css_refs(css)]
            for item in (ref.split(",") if " " in ref.strip() else [ref])  # srcset: "a.png 1x, b.png 2x"
        ]
        problems += [f"{name}: loads {url} from the network" for url in resources if EXTERNAL.match(url)]
        for ref in resources + refs.links:
            target = _target(page, ref, site)
            if target is not None and not target.is_file():
                problems.append(f"{name}: {ref} names a file the site lacks")
    for stylesheet in sorted(site.rglob("*.css")):
        for ref in _css_refs(stylesheet.read_text(encoding="utf-8")):
            if EXTERNAL.match(ref.strip()):
                problems.append(f"{stylesheet.relative_to(site).as_posix()}: loads {ref} from the network")
    return problems


def screenshot(site: Path = SITE, out: Path = SCREENSHOTS, chromium: str = "chromium") -> list[Path]:
    from tools.build_docs import render

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in PAGES:
        png = out / (name.replace("/", "-").removesuffix(".html") + ".png")
        render(site / name, chromium, screenshot=png, window=(1280, 1000), budget_ms=3000)
        written.append(png)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("check", "screenshot"))
    parser.add_argument("site", type=Path, nargs="?", default=SITE)
    parser.add_argument("out", type=Path, nargs="?", default=SCREENSHOTS)
    parser.add_argument("--chromium", default="chromium")
    args = parser.parse_args()
    if args.action == "check":
        problems = check(args.site)
        for problem in problems:
            print(problem, file=sys.stderr)
        pages = len(list(args.site.rglob("*.html")))
        print(f"{args.site}: {pages} pages, {len(problems)} problems")
        return 1 if problems else 0
    for png in screenshot(args.site, args.out, args.chromium):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
