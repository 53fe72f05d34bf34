"""The spec's own rules: valid OpenAPI 3.1, and the naming and versioning conventions the facade is built on."""

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from tools.conformance import HTTP_METHODS, resolve, spec, violations

SPEC = spec()
VERSION = re.compile(r"^\d+\.\d+\.\d+$")
OPERATIONS = [
    (method, path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
]
IDS = [f"{method.upper()} {path}" for method, path, _ in OPERATIONS]


def expected_tag(path: str) -> str:
    parts = path.strip("/").split("/")
    return parts[1] if parts[0] == "rest" else parts[0]


def test_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_operation_follows_conventions(method: str, path: str, operation: dict[str, Any]) -> None:
    tag = expected_tag(path)
    assert operation["tags"] == [tag]
    assert operation["operationId"].startswith(f"{tag}_")
    assert re.fullmatch(r"[a-z][a-z0-9_]*", operation["operationId"])
    assert operation.get("summary", "").strip()
    assert VERSION.match(operation["x-syncthing-since"])
    if "x-syncthing-removed" in operation:
        assert VERSION.match(operation["x-syncthing-removed"])
    assert any(code.startswith("2") for code in operation["responses"])


def test_operation_ids_are_unique() -> None:
    ids = [operation["operationId"] for _, _, operation in OPERATIONS]
    assert len(ids) == len(set(ids))


def test_every_tag_is_declared_with_a_description() -> None:
    declared = {tag["name"]: tag for tag in SPEC["tags"]}
    used = {operation["tags"][0] for _, _, operation in OPERATIONS}
    assert used <= set(declared)
    assert all(declared[name].get("description") for name in used)


def test_both_security_schemes_are_offered() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["ApiKeyHeader"] == {**schemes["ApiKeyHeader"], "type": "apiKey", "in": "header", "name": "X-API-Key"}
    assert schemes["BearerAuth"]["type"] == "http"
    assert schemes["BearerAuth"]["scheme"] == "bearer"
    assert {"ApiKeyHeader": []} in SPEC["security"]
    assert {"BearerAuth": []} in SPEC["security"]


def json_bodies() -> list[tuple[str, dict[str, Any]]]:
    bodies = []
    for method, path, operation in OPERATIONS:
        where = f"{method.upper()} {path}"
        request = operation.get("requestBody", {}).get("content", {})
        if "application/json" in request:
            bodies.append((f"{where} request", request["application/json"]["schema"]))
        for code, response in operation["responses"].items():
            content = response.get("content", {})
            if "application/json" in content:
                bodies.append((f"{where} {code}", content["application/json"]["schema"]))
    return bodies


def walk(schema: Any) -> list[dict[str, Any]]:
    """Every dict below ``schema``, examples left out (they are data, not schemas)."""
    found = []
    if isinstance(schema, dict):
        found.append(schema)
        for key, value in schema.items():
            if key not in ("example", "examples"):
                found.extend(walk(value))
    elif isinstance(schema, list):
        for value in schema:
            found.extend(walk(value))
    return found


@pytest.mark.parametrize(("where", "schema"), json_bodies(), ids=[where for where, _ in json_bodies()])
def test_json_bodies_have_named_schemas(where: str, schema: dict[str, Any]) -> None:
    target = schema.get("items", schema)
    assert "$ref" in target or "additionalProperties" in target, f"{where}: body schema must be a named $ref or map"


def test_no_untyped_objects_or_closed_config() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        for node in walk(schema):
            kinds = node.get("type")
            if kinds == "object" or (isinstance(kinds, list) and "object" in kinds):
                assert "properties" in node or "additionalProperties" in node, f"{name}: bare object"
            for keyword in ("additionalProperties", "items"):
                assert node.get(keyword) is not False, f"{name}: {keyword}: false"
                assert node.get(keyword) != {}, f"{name}: {keyword}: {{}} is untyped"


def test_no_key_without_a_value() -> None:
    """An unquoted comma in a flow mapping (`{description: a, b}`) silently makes a key `b` with no value."""
    empty = [
        key for node in walk(SPEC) for key, value in node.items() if value is None and key not in ("example", "default")
    ]
    assert empty == []


def json_examples() -> list[tuple[str, Any, dict[str, Any]]]:
    """(where, example, schema) of every example given for a JSON answer, on the media type or its schema."""
    found = []
    for method, path, operation in OPERATIONS:
        for code, response in operation["responses"].items():
            media = response.get("content", {}).get("application/json")
            if media is None:
                continue
            schema = media["schema"]
            where = f"{method.upper()} {path} {code}"
            named = resolve(schema)
            if "example" in media:
                found.append((where, media["example"], schema))
            for name, example in media.get("examples", {}).items():
                found.append((f"{where} {name}", example["value"], schema))
            if "example" in named and "example" not in media:
                found.append((where, named["example"], schema))
    return found


def test_every_json_answer_of_a_success_has_an_example() -> None:
    with_examples = {where.split(" ")[0] + " " + where.split(" ")[1] for where, _, _ in json_examples()}
    lacking = [
        f"{method.upper()} {path}"
        for method, path, operation in OPERATIONS
        for code, response in operation["responses"].items()
        if code.startswith("2")
        and "application/json" in response.get("content", {})
        and f"{method.upper()} {path}" not in with_examples
    ]
    assert lacking == []


@pytest.mark.parametrize(("where", "example", "schema"), json_examples(), ids=[w for w, _, _ in json_examples()])
def test_examples_conform_to_their_schema_strictly(where: str, example: Any, schema: dict[str, Any]) -> None:
    assert violations(example, schema) == []


def test_every_parameter_has_a_type_and_a_meaning() -> None:
    parameters = [
        (operation["operationId"], parameter)
        for _, _, operation in OPERATIONS
        for parameter in operation.get("parameters", [])
        if "$ref" not in parameter
    ] + [("components", parameter) for parameter in SPEC["components"].get("parameters", {}).values()]
    vague = [
        f"{where}: {parameter['name']}"
        for where, parameter in parameters
        if not parameter.get("description", "").strip() or "type" not in resolve(parameter.get("schema", {}))
    ]
    assert vague == []


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = SPEC["components"]["schemas"]
    return schemas


def test_events_answer_a_discriminated_union_of_every_event_type() -> None:
    """Every ``<Type>Event`` schema is a member, mapped by its ``type`` const; the enum lists the same types; an
    unknown type falls back to the generic ``Event`` (``x-syncthing-default-mapping``)."""
    schemas = _schemas()
    typed = {s["x-syncthing-event-type"]: name for name, s in schemas.items() if "x-syncthing-event-type" in s}
    for union, expected in [
        ("AnyEvent", set(typed)),
        ("AnyDiskEvent", {"LocalChangeDetected", "RemoteChangeDetected"}),
    ]:
        schema = schemas[union]
        discriminator = schema["discriminator"]
        assert discriminator["propertyName"] == "type"
        assert set(discriminator["mapping"]) == expected, union
        refs = [member["$ref"] for member in schema["oneOf"]]
        assert sorted(refs) == sorted(discriminator["mapping"].values()), union
        for value, ref in discriminator["mapping"].items():
            assert resolve({"$ref": ref})["properties"]["type"]["const"] == value
        assert discriminator["x-syncthing-default-mapping"] == {"$ref": "#/components/schemas/Event"}
    assert set(schemas["EventType"]["enum"]) == set(typed)
    answers = {
        op["operationId"]: op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        for op in (SPEC["paths"]["/rest/events"]["get"], SPEC["paths"]["/rest/events/disk"]["get"])
    }
    assert answers == {
        "events_poll": "#/components/schemas/EventList",
        "events_disk": "#/components/schemas/DiskEventList",
    }
    assert schemas["EventList"]["items"] == {"$ref": "#/components/schemas/AnyEvent"}
    assert schemas["DiskEventList"]["items"] == {"$ref": "#/components/schemas/AnyDiskEvent"}


COVERED = ("1.19.2", "1.29.5", "2.1.3")
RELEASE = r"\d+\.\d+\.\d+"


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS])
def test_an_operation_not_every_release_serves_says_so_where_tools_show_it(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    """Generators and Redoc drop x-syncthing-since/removed: the description and a Redoc badge carry them."""
    since, removed = operation["x-syncthing-since"], operation.get("x-syncthing-removed")
    description = operation.get("description", "")
    badges = [badge["name"] for badge in operation.get("x-badges", [])]
    if removed:
        assert f"Served by Syncthing before {removed} only" in description
        assert badges == [f"removed in {removed}"]
    elif _release(since) > _release(COVERED[0]):
        assert f"Served by Syncthing {since} and later." in description
        assert badges == [f"since {since}"]
    else:
        assert "Served by Syncthing" not in description and badges == []


def _properties() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{name}.{prop}", schema)
        for name, holder in _schemas().items()
        for prop, schema in (holder.get("properties") or {}).items()
    ]


@pytest.mark.parametrize(("where", "schema"), _properties(), ids=[where for where, _ in _properties()])
def test_a_field_not_every_release_sends_says_so_in_prose_and_extension_alike(
    where: str, schema: dict[str, Any]
) -> None:
    """``x-syncthing-since`` (first release sending it) or ``x-syncthing-sent-by`` (the covered releases sending
    it) on a field, and the same in its description, which is what generators and Redoc show; neither without the
    other."""
    description = schema.get("description", "")
    since, sent_by = schema.get("x-syncthing-since"), schema.get("x-syncthing-sent-by")
    claimed_since = [
        found for found in re.findall(rf"({RELEASE}) and later", description) if _release(found) > _release(COVERED[0])
    ]
    claimed_sent_by = re.findall(rf"[Ss]ent by ((?:{RELEASE})(?: and {RELEASE})*) only", description)
    if since is not None:
        assert _release(since) > _release(COVERED[0]), "every covered release sends it: no extension"
        assert claimed_since == [since]
    else:
        assert claimed_since == []
    if sent_by is not None:
        assert sent_by == [release for release in COVERED if release in sent_by] and set(sent_by) < set(COVERED)
        assert claimed_sent_by == [" and ".join(sent_by)]
    else:
        assert claimed_sent_by == []
