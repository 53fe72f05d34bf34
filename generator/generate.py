"""Generate the typed client in ``syncthing_client/`` from ``spec/openapi.yaml``.

This wraps the pinned openapi-python-client instead of calling its CLI for one reason: templates need the spec's
vendor extensions (``x-syncthing-since``, ``x-syncthing-removed``, ``x-syncthing-error-field``) and
``deprecated``, which the generator's parser drops. Templates get them as the global ``operations`` (operationId →
facts) and the function ``facts_for(endpoint)``; the filter ``python_literal`` writes a value as Python source.

Two changes to the spec the generator reads (``python_view``). A ``oneOf`` whose ``discriminator`` names a default
(``x-syncthing-default-mapping``, the events) gets that default as one more member, so the Python type says what a
consumer must do with an unknown ``type`` (keep the generic ``Event``). The generator itself would decode such a union
by trying each member in turn; ``checks.jinja`` decodes it by its type table instead (``tagged_union``). And a
property typed ``[array, "null"]`` or ``[object, "null"]`` (a Go nil slice or map: ``null`` means empty) is read as
a plain list or map, ``null`` decoded to ``[]`` / ``{}`` (``null_as_empty``, the template global ``empty_for``).

Everything else is the stock pipeline with our config and templates,
and, like the CLI's ``--fail-on-warning``, any warning fails the run.

It also publishes the spec inside the package: ``<output>/spec/openapi.yaml`` (a byte copy) and
``<output>/spec/openapi.json`` (the same document as JSON, see ``spec_json``), which ``syncthing_client._spec``
serves; ``make check-generated`` compares them like the generated code.

Usage: ``python generator/generate.py [--spec SPEC] [OUTPUT_DIR]`` (defaults: ``spec/openapi.yaml``,
``syncthing_client``).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import yaml
from openapi_python_client import _get_project_for_url_or_path, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with a local ``$ref`` followed (``#/components/...``)."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


_VALUE_CONSTRAINTS = ("enum", "minLength", "minimum", "maximum", "x-syncthing-patch-required")


def value_constraints(spec: dict[str, Any], schema: dict[str, Any], seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """``schema`` pruned to what constrains values a client may send (``enum``, ``minLength``, ``minimum``,
    ``maximum``, ``x-syncthing-patch-required``) and the ``properties`` / ``items`` / ``additionalProperties`` that
    lead there; ``{}`` when nothing does. References are followed (a schema met again on its own path is not
    entered twice)."""
    ref = schema.get("$ref")
    if ref in seen:
        return {}
    schema = _resolve(spec, schema)
    seen = (*seen, ref) if ref else seen
    pruned: dict[str, Any] = {key: schema[key] for key in _VALUE_CONSTRAINTS if key in schema}
    if "const" in schema:
        pruned["enum"] = [schema["const"]]
    properties = {
        name: rules
        for name, sub in schema.get("properties", {}).items()
        if (rules := value_constraints(spec, sub, seen))
    }
    if properties:
        pruned["properties"] = properties
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict) and (rules := value_constraints(spec, schema[key], seen)):
            pruned[key] = rules
    return pruned


def request_rules(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """What the spec lets a request of ``operation`` carry (see ``RequestRules``), or None when it sets nothing."""
    parameters = [_resolve(spec, parameter) for parameter in operation.get("parameters", [])]
    path_patterns = {
        p["name"]: p["schema"]["pattern"] for p in parameters if p["in"] == "path" and "pattern" in p.get("schema", {})
    }
    bounds = {
        p["name"]: (p["schema"].get("minimum"), p["schema"].get("maximum"))
        for p in parameters
        if p["in"] == "query" and {"minimum", "maximum"} & p.get("schema", {}).keys()
    }
    min_lengths = {
        p["name"]: p["schema"]["minLength"]
        for p in parameters
        if p["in"] == "query" and "minLength" in p.get("schema", {})
    }
    body_schema = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    body = value_constraints(spec, body_schema) if body_schema else {}
    body_id = operation.get("x-syncthing-body-id")
    if body_id and len([p for p in parameters if p["in"] == "path"]) != 1:
        raise ValueError(f"{operation['operationId']}: x-syncthing-body-id needs exactly one path parameter")
    refused_before = operation.get("x-syncthing-refused-before")
    if not (path_patterns or bounds or min_lengths or body or body_id or refused_before):
        return None
    return {
        "path_patterns": path_patterns,
        "bounds": bounds,
        "min_lengths": min_lengths,
        "body": body or None,
        "body_id": body_id,
        "refused_before": refused_before,
    }


def secret_properties(spec: dict[str, Any]) -> set[str]:
    """``"Schema.property"`` of every property the spec marks ``format: password``: models mask them in repr()."""
    return {
        f"{name}.{property_name}"
        for name, schema in spec["components"]["schemas"].items()
        for property_name, property_schema in schema.get("properties", {}).items()
        if property_schema.get("format") == "password"
    }


def one_line(text: str | None) -> str:
    """``text`` with its line breaks and runs of spaces made single spaces (a docstring entry is one paragraph)."""
    return " ".join((text or "").split())


def first_sentence(text: str | None) -> str:
    """The first sentence of ``text`` (up to the first ``. `` outside backticks), on one line."""
    text = one_line(text)
    in_code = False
    for index, char in enumerate(text):
        if char == "`":
            in_code = not in_code
        elif char == "." and not in_code and (index + 1 == len(text) or text[index + 1] == " "):
            return text[: index + 1]
    return text


def parameter_descriptions(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, str]:
    """Parameter name → its description, for an operation's docstring ``Args:``; ``body`` for a request body.

    The generator takes a parameter's description from its schema, but the spec puts it on the parameter (where
    OpenAPI has it). A body is described by the ``requestBody``, else by its schema (for a list, its items').
    """
    parameters = [_resolve(spec, parameter) for parameter in operation.get("parameters", [])]
    names = [parameter["name"] for parameter in parameters]
    if len(set(names)) != len(names):
        raise ValueError(f"{operation['operationId']}: two parameters share a name; Args: could not tell them apart")
    descriptions = {p["name"]: one_line(p.get("description")) for p in parameters if p.get("description")}
    body = operation.get("requestBody")
    if body is not None:
        body = _resolve(spec, body)
        text = body.get("description")
        for media in body.get("content", {}).values():
            schema = _resolve(spec, media.get("schema", {}))
            if not text and schema.get("type") == "array" and isinstance(schema.get("items"), dict):
                item = first_sentence(_resolve(spec, schema["items"]).get("description"))
                text = f"Each item: {item}" if item else None
            text = text or schema.get("description")
        if text:
            descriptions["body"] = one_line(text)
    return descriptions


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The per-operation facts templates need, keyed by ``"METHOD /path"`` as the parser spells them."""
    facts: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = [_resolve(spec, parameter) for parameter in operation.get("parameters", [])]
            facts[f"{method} {path}"] = {
                "id": operation["operationId"],
                "method": method.upper(),
                "path": path,
                "since": operation.get("x-syncthing-since"),
                "removed": operation.get("x-syncthing-removed"),
                "deprecated": bool(operation.get("deprecated", False)),
                "description": operation.get("description"),
                "error_field": operation.get("x-syncthing-error-field"),
                "names": {p["name"]: p["x-syncthing-names"] for p in parameters if "x-syncthing-names" in p},
                "comma_lists": [
                    p["name"]
                    for p in parameters
                    if p["in"] == "query" and p.get("explode") is False and p["schema"].get("type") == "array"
                ],
                "rules": request_rules(spec, operation),
                "descriptions": parameter_descriptions(spec, operation),
            }
    return facts


_KINDS = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "AnyProperty": "any",
    "NoneProperty": "none",
    "DateTimeProperty": "datetime",
    "LiteralEnumProperty": "enum",
    "ModelProperty": "model",
    "ListProperty": "list",
    "UnionProperty": "union",
    "ConstProperty": "const",
}


@dataclass(frozen=True)
class TaggedUnion:
    """A ``oneOf`` with a ``discriminator`` and a default: decoded by a table from the tag's value to a model."""

    key: str  # the discriminating property, as sent
    models: dict[str, str]  # tag value → model class name
    default: str  # the model class for a value the table does not hold


def _schema_name(ref: str) -> str:
    return ref.removeprefix("#/components/schemas/")


def tagged_unions(spec: dict[str, Any]) -> dict[frozenset[str], TaggedUnion]:
    """Every discriminated union with a default, keyed by its members' class names (defaults included), which is
    all a generated ``UnionProperty`` still knows of where it came from."""
    found: dict[frozenset[str], TaggedUnion] = {}
    for schema in spec["components"]["schemas"].values():
        discriminator = schema.get("discriminator", {})
        if "oneOf" not in schema or "x-syncthing-default-mapping" not in discriminator:
            continue
        models = {value: _schema_name(ref) for value, ref in discriminator["mapping"].items()}
        default = _schema_name(discriminator["x-syncthing-default-mapping"]["$ref"])
        found[frozenset([*models.values(), default])] = TaggedUnion(discriminator["propertyName"], models, default)
    return found


_EMPTY = {"array": "[]", "object": "{}"}


def _nullable_container(schema: Any) -> str | None:
    """``"array"`` or ``"object"`` for a schema typed ``[array, "null"]`` / ``[object, "null"]``, else None."""
    kinds = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kinds, list) and "null" in kinds and len(kinds) == 2:
        (kind,) = (k for k in kinds if k != "null")
        return kind if kind in _EMPTY else None
    return None


def null_as_empty(spec: dict[str, Any]) -> dict[str, str]:
    """``"Schema.property"`` → ``"[]"`` / ``"{}"`` for every property typed ``[array, "null"]`` or ``[object, "null"]``:
    a Go nil slice or nil map, which Syncthing sends as ``null`` for empty. Python decodes that ``null`` to an empty
    container and types the field as a plain list / map (``python_view`` drops the ``"null"``), so no consumer has
    to tell ``None`` from ``[]``. Such a schema anywhere but directly under a component's ``properties`` fails the run
    (its generated class would have another name, and the decoder would reject ``null``)."""
    found: dict[str, str] = {}
    for name, schema in spec["components"]["schemas"].items():
        for property_name, property_schema in schema.get("properties", {}).items():
            if kind := _nullable_container(property_schema):
                found[f"{name}.{property_name}"] = _EMPTY[kind]

    def walk(node: Any, path: str, top: bool) -> None:
        if isinstance(node, dict):
            if _nullable_container(node) and not top:
                raise ValueError(f"{path}: a nullable list or map outside a component's properties: see null_as_empty")
            for key, value in node.items():
                walk(value, f"{path}/{key}", False)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}/{index}", False)

    for name, schema in spec["components"]["schemas"].items():
        for property_name, property_schema in schema.get("properties", {}).items():
            walk(property_schema, f"#/components/schemas/{name}/properties/{property_name}", True)
        walk({k: v for k, v in schema.items() if k != "properties"}, f"#/components/schemas/{name}", False)
    walk(spec["paths"], "#/paths", False)
    return found


def python_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator reads it: each tagged union's default is one more ``oneOf`` member, and a property
    typed ``[array, "null"]`` / ``[object, "null"]`` is a plain ``array`` / ``object`` (see ``null_as_empty``)."""
    view = copy.deepcopy(spec)
    for schema in view["components"]["schemas"].values():
        default = schema.get("discriminator", {}).get("x-syncthing-default-mapping")
        if "oneOf" in schema and default is not None:
            schema["oneOf"].append(default)
        for property_schema in schema.get("properties", {}).values():
            if kind := _nullable_container(property_schema):
                property_schema["type"] = kind
    return view


_TAGGED: dict[frozenset[str], TaggedUnion] = {}


def tagged_union(prop: Any) -> TaggedUnion | None:
    """The type table of a union property generated from a tagged union, if it is one."""
    members = frozenset(getattr(inner, "class_info", inner).name for inner in prop.inner_properties)
    return _TAGGED.get(members)


def lazily_decoded_models(endpoint: Any) -> set[str]:
    """The models an endpoint's answers name only as members of a tagged union (its default aside), a union or a
    list of one: ``_check.model_decoders`` imports them when their tag first comes, so the endpoint module imports
    them for type checkers only."""
    found: set[str] = set()
    for response in endpoint.responses.patterns:
        prop = response.prop
        union_prop = getattr(prop, "inner_property", prop)
        union = tagged_union(union_prop) if hasattr(union_prop, "inner_properties") else None
        if union is not None:
            found.update(model for model in union.models.values() if model != union.default)
    return found


def kind_of(prop: Any) -> str:
    """What ``checks.jinja`` checks a property's value against: ``str``, ``int``, ``model``, ``union``, ``tagged``..."""
    name = type(prop).__name__
    if name not in _KINDS:
        raise ValueError(f"no decoding check for {name} ({prop.name}): add one to generator/templates/checks.jinja")
    if name == "UnionProperty" and tagged_union(prop) is not None:
        return "tagged"
    return _KINDS[name]


def unsupported(what: str) -> str:
    """Fail the run: ``checks.jinja`` has no check for ``what``."""
    raise ValueError(f"no decoding check for {what}: add one to generator/templates/checks.jinja")


def described(prop: Any, description: str | None, first: bool = False) -> Any:
    """``prop`` with ``description`` (for ``to_docstring()``): when it has none of its own, or before its own with
    ``first`` (a parameter's description, where the generator has its schema's)."""
    if not description or (prop.description and not first):
        return prop
    return attrs.evolve(prop, description=description)


def referenced_description(spec: dict[str, Any], prop: Any) -> str:
    """For a model attribute the spec leaves undescribed: the first sentence of the description of the schema it
    refers to (a model, an enum; for a list, its items' schema, as "Each item: ..."), or ``""``."""
    class_info = getattr(prop, "class_info", None)
    prefix = ""
    if class_info is None and type(prop).__name__ == "ListProperty":
        class_info = getattr(prop.inner_property, "class_info", None)
        prefix = "Each item: "
    if class_info is None:
        return ""
    # a component schema's class has its name; an inline object's class (no schema of that name) is left as it is
    schema: dict[str, Any] = spec["components"]["schemas"].get(class_info.name, {})
    sentence = first_sentence(schema.get("description"))
    return f"{prefix}{sentence}" if sentence else ""


@dataclass(frozen=True)
class JsonBody:
    """What a facade method takes as a JSON body: ``models[0]`` (the spec's) or ``models[1]`` (for a ``Partial*``
    model, the full model of which it is a subset), or a ``Mapping`` decoded into ``models[0]``; ``many``: a list
    of them."""

    models: tuple[str, ...]
    many: bool
    imports: tuple[str, ...]  # the import lines of models the endpoint's own imports may lack

    @property
    def annotation(self) -> str:
        item = " | ".join((*self.models, "Mapping[str, Any]"))
        return f"Sequence[{item}]" if self.many else item


def json_body(endpoint: Any, models: dict[str, str]) -> JsonBody | None:
    """The JSON body ``endpoint`` takes, or None; ``models`` maps each model class name to its module."""
    if len(endpoint.bodies) != 1 or endpoint.bodies[0].body_type != "json":
        return None
    prop = endpoint.bodies[0].prop
    many = type(prop).__name__ == "ListProperty"
    inner = prop.inner_property if many else prop
    if type(inner).__name__ != "ModelProperty":
        raise ValueError(f"{endpoint.name}: a JSON body that is not a model or a list of models")
    name = inner.class_info.name
    full = name.removeprefix("Partial")
    names = (name, full) if name != full and full in models else (name,)
    return JsonBody(names, many, tuple(f"from ...models.{models[model]} import {model}" for model in names))


_NAMED_OPERATION = re.compile(r"`(GET|PUT|POST|PATCH|DELETE) (/[^`\s]*)`")


def deprecation_message(facts: dict[str, Any], by_route: dict[str, dict[str, Any]]) -> str:
    """What a deprecated operation's ``DeprecationWarning`` says: the route, and the facade method to call instead
    when the operation's description names its replacement (``Replaced by `GET /rest/config/restart-required```,
    ``The same as `PUT /rest/config```)."""
    message = f"{facts['method']} {facts['path']} is deprecated by Syncthing"
    for method, path in _NAMED_OPERATION.findall(facts.get("description") or ""):
        replacement = by_route.get(f"{method.lower()} {path}")
        if replacement is not None and not replacement["deprecated"]:
            tag, _, action = replacement["id"].partition("_")
            return f"{message}; call {tag}.{action}() instead"
    return message


def spec_json(text: str) -> str:
    """The spec's YAML ``text`` as JSON: keys in the YAML's order, two-space indents, UTF-8 kept as is, one final
    newline, so the published JSON is deterministic and diffs line by line like the YAML. A value JSON cannot hold
    (an unquoted YAML date or time, NaN) fails here rather than reaching consumers in two different forms."""
    try:
        return json.dumps(yaml.safe_load(text), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except (TypeError, ValueError) as error:
        raise ValueError(f"the spec holds a value JSON cannot: quote it in the YAML ({error})") from error


def publish_spec(spec: Path, output: Path) -> None:
    """Write the package's copies of the spec: ``output/spec/openapi.yaml`` and ``output/spec/openapi.json``."""
    text = spec.read_text(encoding="utf-8")
    folder = output / "spec"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "openapi.yaml").write_bytes(spec.read_bytes())
    (folder / "openapi.json").write_text(spec_json(text), encoding="utf-8", newline="\n")


# Words the generator's ``split_words`` cuts apart: it splits before every capital, so ``pullerMaxPendingKiB`` became
# ``puller_max_pending_ki_b`` and ``unackedNotificationIDs`` ``unacked_notification_i_ds``. Each is rewritten as one
# capitalised word before the split (``Kib``, ``Ids``), which only changes Python names: the JSON keys stay the spec's.
WHOLE_WORDS = {"KiB": "Kib", "MiB": "Mib", "GiB": "Gib", "IDs": "Ids", "SQLite": "Sqlite"}
_WHOLE_WORD = re.compile("|".join(WHOLE_WORDS))
_STOCK_SPLIT_WORDS = strings.split_words
_STOCK_RESERVED_WORDS = frozenset(strings.RESERVED_WORDS)


def split_words(value: str) -> list[str]:
    """The generator's ``strings.split_words`` with ``WHOLE_WORDS`` kept whole (``snake_case`` and ``pascal_case``
    look it up in their module at each call, so ``generate`` installs this one there)."""
    return _STOCK_SPLIT_WORDS(_WHOLE_WORD.sub(lambda match: WHOLE_WORDS[match.group()], value))


# Builtins the generator would suffix with ``_`` (``type_``, ``next_``) that read better as Syncthing names them, as
# openai-python's ``type`` fields do. Keywords (``from_``, ``global_``) keep their suffix: they cannot be attribute
# names. model.py.jinja and checks.jinja reach the builtin ``type`` as ``_type``, since these names hide it.
BUILTIN_NAMES_KEPT = frozenset({"type", "next"})


def generate(spec: Path, output: Path) -> list[GeneratorError]:
    strings.split_words = split_words  # type: ignore[assignment]
    strings.RESERVED_WORDS = _STOCK_RESERVED_WORDS - BUILTIN_NAMES_KEPT
    spec_document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    _TAGGED.clear()
    _TAGGED.update(tagged_unions(spec_document))
    with tempfile.TemporaryDirectory() as scratch:
        view = Path(scratch) / "openapi.yaml"
        view.write_text(yaml.safe_dump(python_view(spec_document), sort_keys=False), encoding="utf-8")
        config = Config.from_sources(
            ConfigFile.load_from_path(HERE / "config.yaml"),
            MetaType.NONE,
            view,
            "utf-8",
            True,
            output.resolve(),
        )
        project = _get_project_for_url_or_path(config=config, custom_template_path=HERE / "templates")
    if isinstance(project, GeneratorError):
        return [project]
    facts = operation_facts(spec_document)
    project.env.globals["operations"] = {fact["id"]: fact for fact in facts.values()}
    project.env.globals["facts_for"] = lambda endpoint: facts[
        f"{endpoint.method} {endpoint.path.get_untrusted_value()}"
    ]
    models = {model.class_info.name: model.class_info.module_name for model in project.openapi.models}
    project.env.globals["json_body"] = lambda endpoint: json_body(endpoint, models)
    project.env.globals["deprecation_message"] = lambda endpoint: deprecation_message(
        facts[f"{endpoint.method} {endpoint.path.get_untrusted_value()}"], facts
    )
    project.env.globals["not_found_texts"] = spec_document["components"]["x-syncthing-not-found"]
    secrets = secret_properties(spec_document)
    project.env.globals["is_secret"] = lambda model, prop: (
        f"{model.class_info.name}.{prop.name.get_untrusted_value()}" in secrets
    )
    project.env.globals["described"] = described
    project.env.globals["referenced_description"] = lambda prop: referenced_description(spec_document, prop)
    empties = null_as_empty(spec_document)
    project.env.globals["empty_for"] = lambda model, prop: empties.get(
        f"{model.class_info.name}.{prop.name.get_untrusted_value()}", ""
    )
    project.env.filters["python_literal"] = repr
    project.env.globals["kind_of"] = kind_of
    project.env.filters["kind_of_filter"] = kind_of
    project.env.globals["tagged_union"] = tagged_union
    project.env.globals["lazily_decoded_models"] = lazily_decoded_models
    project.env.globals["unsupported"] = unsupported
    return list(project.build())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml")
    parser.add_argument("output", type=Path, nargs="?", default=ROOT / "syncthing_client")
    args = parser.parse_args()
    problems = generate(args.spec, args.output)
    if not problems:
        publish_spec(args.spec, args.output)
    for problem in problems:
        print(f"{problem.level.value}: {problem.header}\n{problem.detail or ''}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
