# ruff: noqa: E501
"""Apply the drafts of spec-drafts/request-truth.md to spec/openapi.yaml (line edits anchored on operationIds and
schema names, so that they survive other edits of the same descriptions). Idempotent: a change already made is
skipped. Usage: ``python spec-drafts/request_truth_apply.py [SPEC]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(sys.argv[1] if len(sys.argv) > 1 else "spec/openapi.yaml")
lines = SPEC.read_text(encoding="utf-8").split("\n")


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def block_end(start: int) -> int:
    """The index after the block opened by ``lines[start]`` (lines indented deeper, or blank)."""
    base = indent(lines[start])
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or indent(lines[end]) > base):
        end += 1
    return end


def operation(operation_id: str) -> tuple[int, int]:
    """(first, end) line indices of the operation object holding ``operationId: <operation_id>``."""
    [at] = [i for i, line in enumerate(lines) if line.strip() == f"operationId: {operation_id}"]
    start = at - 1  # the `get:` / `post:` line
    assert re.fullmatch(r"    (get|put|post|patch|delete):", lines[start]), lines[start]
    return start, block_end(start)


def schema(name: str, section: str = "schemas") -> tuple[int, int]:
    header = [i for i, line in enumerate(lines) if line == f"  {section}:"]
    [begin] = header
    [at] = [i for i in range(begin, block_end(begin)) if lines[i] == f"    {name}:"]
    return at, block_end(at)


def key_line(first: int, end: int, key: str, level: int) -> int | None:
    for i in range(first, end):
        if indent(lines[i]) == level and lines[i].lstrip().startswith(f"{key}:"):
            return i
    return None


def dump_scalar(text: str) -> str:
    return yaml.safe_dump(text, default_style='"', width=10**6, allow_unicode=True).strip()


def plain_or_quoted(value: Any) -> str:
    if isinstance(value, str):
        return value if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", value) else dump_scalar(value)
    return str(value)


def set_description(first: int, end: int, level: int, change: Any) -> None:
    """Rewrite the ``description`` at ``level`` within [first, end) as ``change(old) -> new`` (a literal block)."""
    at = key_line(first, end, "description", level)
    assert at is not None, lines[first]
    stop = block_end(at)
    old = yaml.safe_load("\n".join(line[level:] for line in lines[at:stop]))["description"]
    new = change(old.rstrip("\n"))
    if new == old.rstrip("\n"):
        return
    body = [" " * (level + 2) + part if part else "" for part in new.split("\n")]
    lines[at:stop] = [" " * level + "description: |", *body]


def append(operation_id: str, sentence: str) -> None:
    first, end = operation(operation_id)
    set_description(first, end, 6, lambda old: old if sentence in old else f"{old} {sentence}")


def replace_in(operation_id: str, old_text: str, new_text: str) -> None:
    first, end = operation(operation_id)

    def change(old: str) -> str:
        if new_text in old:
            return old
        assert old_text in old, (operation_id, old_text, old)
        return old.replace(old_text, new_text)

    set_description(first, end, 6, change)


def add_response(operation_id: str, code: str, description: str) -> None:
    first, end = operation(operation_id)
    at = key_line(first, end, "responses", 6)
    assert at is not None
    stop = block_end(at)
    codes = [(i, lines[i].strip()[1:4]) for i in range(at + 1, stop) if indent(lines[i]) == 8]
    if any(existing == code for _, existing in codes):
        return
    entry = f'        "{code}": {{description: {dump_scalar(description)}, content: {{text/plain: {{schema: {{type: string}}}}}}}}'
    after = [i for i, existing in codes if existing < code]
    where = block_end(after[-1]) if after else at + 1
    lines.insert(where, entry)


def set_property(schema_name: str, prop: str, change: Any) -> None:
    first, end = schema(schema_name)
    props = key_line(first, end, "properties", 6)
    assert props is not None
    at = key_line(props, block_end(props), prop, 8)
    assert at is not None, (schema_name, prop)
    value = yaml.safe_load(lines[at].strip())[prop]
    new = change(dict(value))
    if new != value:
        flow = ", ".join(f"{key}: {plain_or_quoted(v)}" for key, v in new.items())
        lines[at] = f"        {prop}: {{{flow}}}"


def describe_property(schema_name: str, prop: str, sentence: str) -> None:
    def change(value: dict[str, Any]) -> dict[str, Any]:
        old = value.get("description", "")
        if sentence not in old:
            value["description"] = f"{old} {sentence}".strip()
        return value

    set_property(schema_name, prop, change)


def set_required(schema_name: str, required: list[str]) -> None:
    first, end = schema(schema_name)
    at = key_line(first, end, "required", 6)
    assert at is not None
    lines[at] = f"      required: [{', '.join(required)}]"


def set_schema_description(schema_name: str, text: str) -> None:
    first, end = schema(schema_name)
    set_description(first, end, 6, lambda old: text)


# --- 404 where a release does not serve the operation ---------------------------------------------------------------
NOT_SERVED = {
    "system_debug": "2.0.0 and later: the route is gone (replaced by `/rest/system/loglevels`), `404 page not found`.",
    "system_set_debug": "2.0.0 and later: the route is gone (replaced by `/rest/system/loglevels`), `404 page not found`.",
    "system_loglevels": "Releases before 2.0.0 have no such route: `404 page not found` (1.19.2 and 1.29.5 checked).",
    "system_set_loglevels": "Releases before 2.0.0 have no such route: `404 page not found` (1.19.2 and 1.29.5 checked).",
    "system_paths": "Releases before 1.21.0 have no such route: `404 page not found` (1.19.2 checked).",
    "noauth_health": "Releases before 1.23.0 have no such route: `404 page not found` with an API key (1.19.2 checked).",
    "noauth_login": "While GUI authentication is not set up, and on releases before 1.26.0: `404 page not found` (1.19.2 and 1.29.5 checked).",
    "noauth_logout": "While GUI authentication is not set up, and on releases before 1.26.0: `404 page not found` (1.19.2 and 1.29.5 checked).",
    "metrics_prometheus": "Releases before 1.24.0 have no such route: `404 page not found`, with or without a key (1.19.2 checked).",
    "debug_http_metrics": "2.0.0 and later: the route is gone, `404 page not found`.",
    "debug_peer_completion": "2.0.0 and later: the route is gone, `404 page not found`.",
}
for operation_id, reason in NOT_SERVED.items():
    add_response(operation_id, "404", reason)
KEY_FIRST = (
    "1.19.2 checks the API key before it routes, `/rest/noauth/` included: without a key it answers `CSRF Error`"
    " (later releases let `/rest/noauth/` through)."
)
add_response("noauth_health", "403", KEY_FIRST)
add_response("noauth_logout", "403", KEY_FIRST)
replace_in(
    "noauth_login",
    "Wrong credentials are answered with 403 after a short delay;",
    "Wrong credentials are answered with 403 after a short delay (and 1.19.2, which has no such route, answers"
    " 403 `CSRF Error` to a request without an API key);",
)

# --- db/ignores of an unknown folder on 1.19.2 ----------------------------------------------------------------------
add_response(
    "db_ignores",
    "500",
    "1.19.2: the lines could not be read for a reason other than a pattern that does not parse; an unknown folder"
    " is answered `folder <id> does not exist`. 1.29.5 and later answer these with 200 and `error`.",
)

# --- fields the server needs ----------------------------------------------------------------------------------------
append(
    "config_add_folder",
    "`id` is needed: a body without one (or with an empty one) is answered with 500 `folder has empty ID` and"
    " nothing is stored. A body without `path` gets the template's, `~` (the home directory of the user running"
    " Syncthing) unless changed.",
)
append(
    "config_add_folders",
    "An entry without `id` (or with an empty one) is answered with 500 `folder has empty ID` and nothing is stored.",
)
replace_in(
    "config_replace_folder",
    "a body without one is answered with 500.",
    "a body without one (or with an empty one) is answered with 500 `folder has empty ID`. Left out, `label` becomes"
    " empty, `paused` false and `rescanIntervalS` the template's (3600 unless changed).",
)
append(
    "config_add_device",
    "`deviceID` is needed: a body without one is answered with 200 and nothing is stored.",
)
append(
    "config_add_devices",
    "An entry without `deviceID` is answered with 200 and not stored.",
)
replace_in(
    "config_replace_device",
    "a body without one is answered with 500.",
    "a body without one is answered with 200 and nothing is stored, whatever the path names (the path's ID is"
    ' never read, not even checked). Left out, `name` becomes empty, `addresses` `["dynamic"]` and'
    " `compression` `metadata` (unless the template was changed).",
)
append(
    "cluster_dismiss_pending_device",
    "Without `device` the request is answered with 200 and removes nothing.",
)

# --- what PUT fills in ----------------------------------------------------------------------------------------------
for operation_id in ("config_replace_default_folder", "config_replace_default_device"):
    replace_in(
        operation_id,
        "fields left out would take the built-in defaults.",
        "fields left out would take the built-in defaults, not the template's current values"
        + (
            " (`path` `~`, `rescanIntervalS` 3600, this device in `devices`)."
            if operation_id.endswith("folder")
            else ' (`addresses` `["dynamic"]`, `compression` `metadata`).'
        ),
    )
RESTART = (
    "Any change except to `debugging` restarts the listener: wait until it answers again (with the new key, if it"
    " changed)."
)
RESTART_NEW = (
    "Any change except to `debugging` restarts the listener, a change of `theme` too (a value written unchanged"
    " restarts nothing): kept-alive connections are closed and new ones refused for a few milliseconds (on"
    " loopback); retry a request that fails that way, with the new key if it changed."
)
replace_in("config_replace_gui", RESTART, RESTART_NEW)
replace_in("config_update_gui", RESTART, RESTART_NEW)
replace_in(
    "config_replace_gui",
    "(the API key among them: Syncthing generates a new one)",
    "(the API key among them: Syncthing generates a new random 32-character one, and the old key is answered"
    " with 403 `CSRF Error` from then on)",
)

# --- unknown values and numbers below their floor -------------------------------------------------------------------
for name in ("FolderConfiguration", "PartialFolderConfiguration"):
    describe_property(name, "rescanIntervalS", "A negative value is stored as 0.")
    describe_property(name, "fsWatcherDelayS", "0 or less is stored as 10.")
    describe_property(name, "maxConcurrentWrites", "0 or less is stored as 2.")
for name in ("OptionsConfiguration", "PartialOptionsConfiguration"):
    describe_property(
        name, "reconnectionIntervalS", "Seconds between connection attempts; a value below 5 is stored as 5."
    )
    describe_property(name, "connectionLimitEnough", "A negative value is stored as 0.")
    describe_property(name, "connectionLimitMax", "A negative value is stored as 0.")

# --- the requests of Syncthing's own GUI and CLI --------------------------------------------------------------------
set_required("FolderDeviceConfiguration", ["deviceID"])
set_schema_description(
    "FolderDeviceConfiguration",
    "A device a folder is shared with. Syncthing always sends all three fields; a request may leave out"
    " `introducedBy` and `encryptionPassword` (the GUI does), which are then empty: not introduced, trusted.",
)
set_required("VersioningConfiguration", ["type"])
set_schema_description(
    "VersioningConfiguration",
    "How replaced and deleted files are archived. Syncthing always sends all five fields; a request may send only"
    ' `type` (the GUI sends `{"type": ""}` for no versioning, and a type with `params` and `cleanupIntervalS`'
    " otherwise): the rest come from the folder template.",
)
WHOLE = (
    "Each folder and device entry starts from the body's `defaults` (the built-in ones if it has none), so fields"
    " left out take those; the GUI's writes (folder devices without `encryptionPassword`, `versioning` with only"
    " some fields) are valid here. Syncthing's CLI (`syncthing cli config`, through `POST /rest/system/config`)"
    " sends `null` for the empty lists and maps of an entry it adds (device `addresses`, `allowedNetworks`,"
    " `ignoredFolders`; folder `devices`, `versioning.params`, `xattrFilter.entries`) and no Content-Type:"
    ' Syncthing reads that `null` as empty (`addresses` then `["dynamic"]`, `devices` this device). The schema'
    " does not allow `null` there: send `[]` and `{}`."
)
append("config_replace_full", WHOLE)
append("system_set_config", WHOLE)

# --- how Syncthing authenticates: the GUI's CSRF token ----------------------------------------------------------------
first, end = schema("BearerAuth", "securitySchemes")
if not any(line == "    CsrfToken:" for line in lines):
    lines[end:end] = [
        "    CsrfToken:",
        "      type: apiKey",
        "      in: header",
        '      name: "X-CSRF-Token-<ID>"',
        "      description: |",
        "        How Syncthing's own GUI authenticates `/rest/` instead of the API key. `GET /` (the GUI page) sets a",
        "        cookie `CSRF-Token-<ID>` holding a token; the token sent in the header `X-CSRF-Token-<ID>` is accepted",
        "        like the key (Syncthing checks it against the tokens it handed out; the cookie need not come back).",
        "        `<ID>` is the start of the device ID: 5 characters on 1.19.2, 7 (the short device ID) on 1.29.5, so",
        "        the header's name differs per device and `name` here stands for it. A wrong token, or the cookie",
        "        alone, is answered with 403 `CSRF Error`. Checked on 1.19.2 and 1.29.5 with GUI authentication off.",
    ]
[security] = [i for i, line in enumerate(lines) if line == "security:"]
if "  - CsrfToken: []" not in lines[security : block_end(security)]:
    lines.insert(block_end(security), "  - CsrfToken: []")

# --- the info description: writing the configuration, and the CSRF token ---------------------------------------------
[info] = [i for i, line in enumerate(lines) if line == "info:"]
WRITING = (
    "**Writing the configuration.** PUT takes a whole object: a field left out takes a default, never the current"
    " value: a folder or device entry the template's (`/rest/config/defaults/folder`, `.../device`), the templates"
    " themselves and the GUI, LDAP and options sections the built-in defaults. PATCH changes the fields given. A"
    " body of `null` is read as `{}` (PUT resets the section, PATCH changes nothing); an empty body is answered"
    " with 400 `unexpected end of JSON input`. An unknown value of a closed set is stored as the set's default"
    " (each enum says which); numbers below a floor are raised to it (each field says so) and other negative"
    " numbers are stored as sent. Syncthing does not read `Content-Type`."
)
set_description(
    info,
    block_end(info),
    2,
    lambda old: (
        old
        if "**Writing the configuration.**" in old
        else old.replace(
            "Operations under `/rest/noauth/` need no key.",
            "Operations under `/rest/noauth/` need no key. Syncthing's GUI sends a CSRF token instead of the key"
            " (`CsrfToken`).",
        )
        + "\n\n"
        + WRITING
    ),
)

SPEC.write_text("\n".join(lines), encoding="utf-8")
