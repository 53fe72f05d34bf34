"""Build the spec's reference as one self-contained HTML page (``make docs``) and look at it offline
(``make docs-screenshot``).

The page holds everything it needs: Redoc's standalone bundle (the exact ``redoc`` version pinned in
``package.json``) and the spec the package ships (``syncthing_client.openapi_spec("json")``), both inlined, so it
loads no script, style or font from anywhere and works from a file, offline. Redoc shows each operation's
``x-syncthing-*`` extensions (the releases that serve it) and any ``x-badges``; the page's title carries the spec's
``info.version``. A spec newer than the package's copy is refused: ``make generate`` first, so the page shows what
the package ships.

``render(page, chromium, ...)`` runs headless Chromium with every request sent to a dead proxy and every host name
unresolvable, and returns the DOM after the scripts ran (``--dump-dom``) or writes a screenshot; the suite uses it
to check that the operations are drawn offline, not only the intro.

Usage: ``python -m tools.build_docs [--screenshot PNG] [--chromium PATH] [OUTPUT]`` (default
``build/docs/reference.html``).
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
REDOC = ROOT / "node_modules" / "redoc"
DEFAULT_OUTPUT = ROOT / "build" / "docs" / "reference.html"

# Redoc's options (https://redocly.com/docs/redoc/config): vendor extensions are shown where they stand, so every
# operation lists x-syncthing-since / -removed and the other x-syncthing-* facts; the 200 answer is open.
REDOC_OPTIONS: dict[str, Any] = {
    "showExtensions": True,
    "expandResponses": "200",
    "jsonSampleExpandLevel": 3,
    "hideHostname": False,
    "sortTagsAlphabetically": False,
}

# Chromium with no way out: requests go to a proxy on the discard port, which nothing answers, and no host name
# resolves; background services that would phone home are off.
OFFLINE_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--hide-scrollbars",
)


class StaleSpecError(RuntimeError):
    """spec/openapi.yaml differs from the package's copy: ``make generate``."""


def _script_text(source: str) -> str:
    """``source`` made safe inside a ``<script>`` element: ``</script`` would end it early. In JavaScript ``<\\/``
    means ``</`` wherever it can occur (strings, templates, regular expressions, comments)."""
    out = []
    position = 0
    lowered = source.lower()
    while (found := lowered.find("</script", position)) != -1:
        out.append(source[position:found])
        out.append("<\\/")
        position = found + 2
    out.append(source[position:])
    return "".join(out)


def page(spec_json: str, redoc_js: str, redoc_version: str) -> str:
    """The HTML page: the spec as an inert JSON block, Redoc's bundle, and the call that draws one from the other."""
    spec = json.loads(spec_json)
    info = spec.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')} reference".replace("  ", " ")
    # "<" only ever occurs inside JSON strings, where \u003c is the same character: nothing can close the block.
    data = json.dumps(spec, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    options = json.dumps(REDOC_OPTIONS, sort_keys=True)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tools/build_docs.py with Redoc {html.escape(redoc_version)}">
<title>{html.escape(title)}</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<noscript>This reference is drawn by JavaScript; the spec itself is in this file's "openapi" script block.</noscript>
<div id="redoc"></div>
<script id="openapi" type="application/json">{data}</script>
<script>{_script_text(redoc_js)}</script>
<script>
Redoc.init(JSON.parse(document.getElementById("openapi").textContent), {options}, document.getElementById("redoc"));
</script>
</body>
</html>
"""


def build(output: Path = DEFAULT_OUTPUT, redoc: Path = REDOC, spec: Path = SPEC) -> Path:
    """Write the page to ``output`` from the package's copy of the spec; refuse one older than ``spec``."""
    from syncthing_client import openapi_spec

    if openapi_spec("yaml") != spec.read_text(encoding="utf-8"):
        raise StaleSpecError(f"{spec} differs from the package's copy: run 'make generate' first")
    bundle = redoc / "bundles" / "redoc.standalone.js"
    if not bundle.is_file():
        raise FileNotFoundError(f"{bundle} is missing: run 'npm ci' (make docs does)")
    version = json.loads((redoc / "package.json").read_text(encoding="utf-8"))["version"]
    text = page(openapi_spec("json"), bundle.read_text(encoding="utf-8"), version)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    return output


def render(
    html_file: Path,
    chromium: str = "chromium",
    *,
    screenshot: Path | None = None,
    window: tuple[int, int] = (1400, 2000),
    budget_ms: int = 20_000,
    timeout: float = 120,
) -> str:
    """Open ``html_file`` in headless Chromium with no network; return the DOM once its scripts ran (virtual time
    ``budget_ms``), or write a PNG to ``screenshot`` and return ``""``."""
    with tempfile.TemporaryDirectory(prefix="docs-chromium-") as profile:
        action = [f"--screenshot={screenshot.resolve()}"] if screenshot else ["--dump-dom"]
        command = [
            chromium,
            *OFFLINE_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={window[0]},{window[1]}",
            f"--virtual-time-budget={budget_ms}",
            *action,
            html_file.resolve().as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{chromium} exited with {result.returncode}: {result.stderr[-2000:]}")
    return "" if screenshot else result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, nargs="?", default=DEFAULT_OUTPUT)
    parser.add_argument("--screenshot", type=Path, help="also render the page offline into this PNG")
    parser.add_argument("--chromium", default="chromium", help="the Chromium to run (default: chromium)")
    args = parser.parse_args()
    try:
        output = build(args.output)
    except (StaleSpecError, FileNotFoundError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{output} ({output.stat().st_size:,} bytes)")
    if args.screenshot:
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        render(output, args.chromium, screenshot=args.screenshot)
        print(args.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
