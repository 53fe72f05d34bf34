# Every target installs what it needs first, so each works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The generator's post-hooks call `ruff` by name: the pinned one must come first on PATH.
export PATH := $(CURDIR)/$(BIN):$(PATH)

# Written by generator/generate.py from spec/openapi.yaml: the code, and the spec's copies the package ships (spec/).
GENERATED := api models __init__.py client.py errors.py types.py spec
HAND_WRITTEN := syncthing_client/_*.py syncthing_client/pagination.py syncthing_client/events.py syncthing_client/tasks.py tools tests generator bench docs/recipes/btsync

.PHONY: help venv httpx-venvs syncthing dist generate check-generated lint typecheck spec-check spec-lint ts-consumer docs docs-screenshot test demo bench drift clean

help:
	@echo "make demo   start a throwaway loopback Syncthing and tour it through the client"
	@echo "make test   lint, type-check, check generated code, run the suite against real Syncthing 1.19.2 and 1.29.5"
	@echo "make drift  compare the spec with the Syncthing at SYNCTHING_URL (SYNCTHING_API_KEY): undocumented fields, missing operations"
	@echo "make docs   build/site: the documentation site (guides, API reference, the spec's reference), built offline and link-checked"
	@echo "make docs-screenshot  PNGs of the spec's reference and of site pages, rendered by headless Chromium with no network"
	@echo "make dist   build the sdist and wheel into dist/, twine check them, install the wheel alone in a fresh venv and call a throwaway Syncthing"
	@echo "make generate | check-generated | lint | spec-lint | ts-consumer | bench | syncthing"

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 needed (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[aiohttp]' --group dev --group bench
	touch $@

venv: $(VENV)/.installed

# The package beside the lowest and the newest httpx it allows, with only what the suite needs: its fast path uses a
# few httpx internals (syncthing_client/_internals.py), and the generator the dev venv holds pins httpx below 0.29.
HTTPX_LOWEST := 0.27.0
.venv-httpx-lowest/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-httpx-lowest
	.venv-httpx-lowest/bin/python -m pip install -q --upgrade pip
	.venv-httpx-lowest/bin/python -m pip install -q -e '.[aiohttp]' --group test 'httpx==$(HTTPX_LOWEST)'
	touch $@

.venv-httpx-newest/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-httpx-newest
	.venv-httpx-newest/bin/python -m pip install -q --upgrade pip
	.venv-httpx-newest/bin/python -m pip install -q --upgrade -e '.[aiohttp]' --group test httpx
	touch $@

httpx-venvs: .venv-httpx-lowest/.installed .venv-httpx-newest/.installed

syncthing:
	bash tools/install-syncthing.sh

# The build and upload checkers, pinned (the dist dependency group), apart from the dev venv.
.venv-dist/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-dist
	.venv-dist/bin/python -m pip install -q --upgrade pip
	.venv-dist/bin/python -m pip install -q --group dist
	touch $@

# The sdist, then the wheel built from it (python -m build), into dist/; twine's strict check of both; then the wheel
# installed alone in a fresh venv of each DIST_PYTHONS, without extras and then with [aiohttp], calling a throwaway
# Syncthing sync and async (tools/dist_check.py).
DIST_PYTHONS ?= $(PYTHON)
dist: venv syncthing .venv-dist/.installed
	rm -rf dist
	.venv-dist/bin/python -m build --outdir dist .
	.venv-dist/bin/twine check --strict dist/*
	$(PY) -m tools.dist_check dist/*.whl $(foreach python,$(DIST_PYTHONS),--python $(python))

generate: venv
	$(PY) generator/generate.py

# Regenerates into a scratch folder and fails on any difference from the committed generated files.
check-generated: venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) generator/generate.py "$$tmp/syncthing_client" >/dev/null && \
	status=0 && for item in $(GENERATED); do \
	  diff -r -x __pycache__ "$$tmp/syncthing_client/$$item" "syncthing_client/$$item" || status=1; \
	done; \
	if [ $$status -ne 0 ]; then echo "generated code is stale: run 'make generate' and commit"; fi; exit $$status

spec-check: venv
	$(PY) -c 'import yaml; from openapi_spec_validator import validate; validate(yaml.safe_load(open("spec/openapi.yaml")))'

# SCARF_ANALYTICS: @scarf/scarf (a dependency of Spectral's CLI) would report the install.
node_modules/.installed: package.json package-lock.json
	SCARF_ANALYTICS=false npm ci --silent --no-audit --no-fund
	touch $@

# Redocly's recommended rules (redocly.yaml); the findings kept on purpose are in .redocly.lint-ignore.yaml.
# Spectral's recommended OpenAPI rules (.spectral.yaml), failing on warnings as well: its exceptions are overrides
# in .spectral.yaml, each with its reason.
spec-lint: node_modules/.installed
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly lint spec/openapi.yaml --format=stylish
	node_modules/.bin/spectral lint spec/openapi.yaml --ruleset .spectral.yaml --fail-severity=warn --quiet

# A TypeScript consumer of the spec: types generated by openapi-typescript (into build/, not committed), and
# tests/ts/consumer.ts type-checked against them (tsc --strict). SPEC=<file> checks another copy of the spec.
SPEC = spec/openapi.yaml
ts-consumer: node_modules/.installed
	node_modules/.bin/openapi-typescript $(SPEC) --redocly tests/ts/redocly.yaml --output build/ts/syncthing.d.ts
	node_modules/.bin/tsc --project tests/ts/tsconfig.json

# The pinned site builder (the docs dependency group), apart from the dev venv.
.venv-docs/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-docs
	.venv-docs/bin/python -m pip install -q --upgrade pip
	.venv-docs/bin/python -m pip install -q --group docs
	touch $@

# The documentation site, offline, into build/site (mkdocs.yml). First the spec's reference as one HTML page with
# Redoc's standalone bundle (pinned in package.json) and the spec the package ships inlined: no request leaves the
# page; it refuses a spec newer than the package's copy (make generate). The site includes it (tools/mkdocs_hooks.py);
# --strict fails on a broken link or anchor; tools/build_site.py fails on any resource from the network and any
# link to a file the site lacks.
DOCS := build/docs/reference.html
docs: venv node_modules/.installed .venv-docs/.installed
	$(PY) -m tools.build_docs $(DOCS)
	NO_MKDOCS_2_WARNING=1 .venv-docs/bin/python -m mkdocs build --strict --quiet
	$(PY) -m tools.build_site check build/site

# Chromium renders the pages with every request sent to a dead proxy and every host name unresolvable: the spec's
# reference into build/docs/reference.png, the site's home, a guide and a reference page into build/site-screenshots/.
CHROMIUM ?= chromium
docs-screenshot: docs
	@command -v $(CHROMIUM) >/dev/null || { echo "$(CHROMIUM) not found: apt-get install chromium (or CHROMIUM=<path>)"; exit 1; }
	$(PY) -m tools.build_docs --screenshot build/docs/reference.png --chromium $(CHROMIUM) $(DOCS)
	$(PY) -m tools.build_site screenshot build/site build/site-screenshots --chromium $(CHROMIUM)

lint: venv
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)

typecheck: venv
	$(BIN)/mypy --strict syncthing_client tools docs/recipes/btsync

# The suite runs on the default transports (HTTP/1.1 of its own, async and sync), in 4 workers: it mostly waits on
# servers, timeouts and retries. The tests that use the default transports run again on httpx's own transports
# beside the lowest httpx allowed (those naming a transport, "sync-"/"async-" in their IDs, ran already), and the
# send path's tests once more beside the newest.
PYTEST := pytest -q -n 4 -p no:cacheprovider
test: venv syncthing lint typecheck spec-check spec-lint ts-consumer check-generated docs httpx-venvs dist
	$(PY) -m $(PYTEST)
	SYNCTHING_ASYNC_BACKEND=httpx SYNCTHING_SYNC_BACKEND=httpx .venv-httpx-lowest/bin/python -m $(PYTEST) \
	  -k "(async or test_system or test_events_stream or test_transport or test_internals) and not sync-"
	.venv-httpx-newest/bin/python -m $(PYTEST) \
	  tests/test_internals.py tests/test_client_offline.py tests/test_transport.py tests/test_decoding.py

demo: venv syncthing
	$(PY) -m tools.demo

bench: venv syncthing
	$(PY) -m bench

# Compares the spec with the Syncthing at $$SYNCTHING_URL (key in $$SYNCTHING_API_KEY); SYNCTHING_SOURCE=<checkout>
# [SYNCTHING_REF=<tag>] adds every route that source registers to the candidates.
drift: venv
	$(PY) -m tools.drift $(if $(SYNCTHING_SOURCE),--source $(SYNCTHING_SOURCE)) $(if $(SYNCTHING_REF),--ref $(SYNCTHING_REF))

clean:
	rm -rf $(VENV) .venv-httpx-lowest .venv-httpx-newest .venv-dist .venv-docs dist .cache .mypy_cache .ruff_cache .pytest_cache node_modules
