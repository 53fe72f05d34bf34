"""What the client refuses to send. Every check runs before anything leaves; the senders raise the
``RequestRefusedError`` that ``refusal`` gives, and nothing is sent.

Refused, each from a fact of the spec (``Operation.rules``):

- a path parameter Syncthing cannot route (``pattern``): its router decodes the path, then resolves ``.`` and
  ``..`` and splits at ``/``, so ``config.replace_folder("..")`` would replace the whole configuration;
- a size above what the server survives (``maximum``): ``perpage=1000000000`` makes Syncthing run out of memory;
- an empty folder or device ID in the query (``minLength``): Syncthing reads it as the parameter left out, so
  ``system.reset(folder="")`` would reset every folder;
- a value outside a closed set, or an empty required text, in a JSON body (``enum``, ``minLength``): an unknown
  versioning type panics 1.19.2, a GUI section without an API key makes Syncthing generate a new one;
- a PATCH body holding an object without the fields Syncthing does not keep for it
  (``x-syncthing-patch-required``): a folder's ``devices`` entry is written over whichever entry was at its place,
  so one without its ``encryptionPassword`` would take another device's;
- a body that names another entry than the path does (``x-syncthing-body-id``): Syncthing writes the body's;
- on releases before some version, a body they mishandle (``x-syncthing-refused-before``, ``release_refusal``):
  1.19.2 hashes the stored password hash of ``config.replace_gui`` again, and the GUI password stops working;
- a missing body, or one that is neither a model the operation takes nor a mapping; a mapping is decoded into the
  model, and one that does not fit it raises ``InvalidBodyError`` (the facade calls ``require_body``);
- text that UTF-8 cannot carry, or JSON that cannot hold a value (``unencodable``, ``path_segment``): a lone
  surrogate, as ``os.fsdecode`` makes of a file name that is not UTF-8, or NaN in a body.
"""

import re
from collections.abc import Mapping
from functools import cache
from typing import Any
from urllib.parse import quote

import attrs

from ._check import Invalid
from ._operations import Operation
from .errors import InvalidBodyError, RequestRefusedError

# Values shown in messages are cut to this many characters: an ID may be 10 kB long.
SHOWN_CHARACTERS = 60


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 4] + "...'"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _same_entry(kind: str | None, first: object, second: object) -> bool:
    if kind == "device" and isinstance(first, str) and isinstance(second, str):
        # Syncthing reads device IDs without dashes or spaces, in any case.
        return re.sub(r"[-\s]", "", first).upper() == re.sub(r"[-\s]", "", second).upper()
    return first == second


def _violation(value: Any, rules: Mapping[str, Any], where: str, *, patch: bool) -> str | None:
    """What is wrong with ``value`` by ``rules`` (a pruned JSON schema), or None; ``patch``: the body of a PATCH."""
    allowed = rules.get("enum")
    if allowed is not None and value not in allowed:
        return f"{where} is {_shown(value)}, which Syncthing does not know; it takes one of {allowed}"
    if "minLength" in rules and (value is None or (isinstance(value, str) and len(value) < rules["minLength"])):
        return f"{where} must not be empty, but is {_shown(value)}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "maximum" in rules and value > rules["maximum"]:
            return f"{where} is {value}, above the largest value Syncthing takes safely ({rules['maximum']})"
        if "minimum" in rules and value < rules["minimum"]:
            return f"{where} is {value}, below the smallest value Syncthing takes ({rules['minimum']})"
    properties: Mapping[str, Any] = rules.get("properties", {})
    if isinstance(value, dict):
        required_on_patch = rules.get("x-syncthing-patch-required")
        if patch and required_on_patch and (missing := [k for k in required_on_patch["properties"] if k not in value]):
            return (
                f"{where} leaves out {', '.join(missing)}, which a PATCH does not keep: {required_on_patch['reason']}; "
                "give them as they are now (read them first)"
            )
        for name, field_rules in properties.items():
            if name in value and (problem := _violation(value[name], field_rules, f"{where}.{name}", patch=patch)):
                return problem
        if "additionalProperties" in rules:
            for key, item in value.items():
                if key not in properties and (
                    problem := _violation(item, rules["additionalProperties"], f"{where}[{key!r}]", patch=patch)
                ):
                    return problem
    if isinstance(value, list) and "items" in rules:
        for index, item in enumerate(value):
            if problem := _violation(item, rules["items"], f"{where}[{index}]", patch=patch):
                return problem
    return None


def _check_bounds(operation_id: str, name: str, value: object, bounds: tuple[int | None, int | None]) -> None:
    minimum, maximum = bounds
    if not isinstance(value, int) or isinstance(value, bool):
        raise RequestRefusedError(operation_id, name, f"{name} must be a whole number, not {_shown(value)}")
    if maximum is not None and value > maximum:
        raise RequestRefusedError(
            operation_id, name, f"{name}={value} is above {maximum}, the most Syncthing takes without harm"
        )
    if minimum is not None and value < minimum:
        raise RequestRefusedError(
            operation_id, name, f"{name}={value} is below {minimum}; Syncthing would read it as its default"
        )


def unencodable(operation_id: str, field: str, error: ValueError) -> RequestRefusedError:
    """The refusal of a request whose ``field`` cannot be encoded: ``error`` is the ``UnicodeEncodeError`` of a lone
    surrogate, or the ``ValueError`` of NaN or infinity in JSON. Syncthing's names are UTF-8 text, so a file name
    that is not UTF-8 (which ``os.fsdecode`` turns into surrogates) cannot be in its index."""
    return RequestRefusedError(operation_id, field, f"the {field} cannot be encoded ({error})")


def path_segment(operation_id: str, name: str, value: object) -> str:
    """``value`` as one percent-encoded path segment, as the generated request builders write path parameters;
    ``RequestRefusedError`` for text UTF-8 cannot carry."""
    try:
        return quote(str(value), safe="")
    except UnicodeEncodeError as error:
        refused = unencodable(operation_id, name, error)
    raise refused


def refusal(operation: Operation, request_args: Mapping[str, Any]) -> RequestRefusedError | None:
    """The ``RequestRefusedError`` for the request ``request_args`` (from an operation's generated ``_get_kwargs``)
    if it breaks a rule of ``operation``, or None if it may be sent. Returned, not raised: the caller raises it from a
    frame that no longer holds the body (a whole configuration holds the API key)."""
    try:
        _check(operation, request_args)
    except RequestRefusedError as refused:
        return refused.with_traceback(None)
    return None


def release_refusal(operation: Operation, request_args: Mapping[str, Any]) -> tuple[str, RequestRefusedError] | None:
    """The release before which the request ``request_args`` must not be sent, and the error to raise there, if the
    operation's ``refused_before`` rule matches its body; else None. Only the server's version tells whether it
    applies, which the sender asks once the request is built."""
    rule = operation.rules.refused_before if operation.rules is not None else None
    body = request_args.get("json")
    if rule is None or not isinstance(body, dict):
        return None
    value = body.get(rule["field"])
    if not isinstance(value, str) or _compiled(rule["pattern"]).search(value) is None:
        return None
    return rule["release"], RequestRefusedError(operation.id, f"body.{rule['field']}", rule["reason"])


def _check(operation: Operation, request_args: Mapping[str, Any]) -> None:
    rules = operation.rules
    if rules is None:
        return
    path_values = operation.path_arguments(request_args["url"]) if rules.path_patterns or rules.body_id else {}
    for name, pattern in rules.path_patterns.items():
        value = path_values[name]
        if _compiled(pattern).search(value) is None:
            what = operation.names.get(name, "value")
            raise RequestRefusedError(
                operation.id,
                name,
                f"the {what} ID {_shown(value)} cannot be named in {operation.path}: Syncthing decodes the path, "
                "then resolves '.' and '..' and splits at '/', so the request would reach another resource"
                + (
                    f"; reach such a {what} through the whole list (config.{what}s(), config.add_{what}s())"
                    if what in ("folder", "device")
                    else ""
                ),
            )
    params: Mapping[str, Any] = request_args.get("params") or {}
    for name in rules.bounds.keys() & params.keys():
        _check_bounds(operation.id, name, params[name], rules.bounds[name])
    for name in rules.min_lengths.keys() & params.keys():
        if len(str(params[name])) < rules.min_lengths[name]:
            what = operation.names.get(name, "value")
            raise RequestRefusedError(
                operation.id,
                name,
                f"{name}={_shown(params[name])} names no {what}: Syncthing reads an empty {name}= as {name} left "
                f"out, which can mean every {what}; leave the argument out for that, or name one",
            )
    body = request_args.get("json")
    if (
        rules.body is not None
        and body is not None
        and (problem := _violation(body, rules.body, "body", patch=operation.method == "PATCH"))
    ):
        raise RequestRefusedError(operation.id, "body", problem)
    if rules.body_id and isinstance(body, dict) and rules.body_id in body:
        [(name, value)] = path_values.items()
        kind = operation.names.get(name)
        if not _same_entry(kind, body[rules.body_id], value):
            raise RequestRefusedError(
                operation.id,
                f"body.{rules.body_id}",
                f"the body names {kind or 'entry'} {_shown(body[rules.body_id])} but the path names {_shown(value)}; "
                f"Syncthing would write {_shown(body[rules.body_id])}",
            )


def require_body(operation: Operation, body: object, models: tuple[type[Any], ...], *, many: bool = False) -> Any:
    """``body`` as the generated code sends it: each item a model of ``models`` (the operation's body model first,
    then the full model a ``Partial*`` one is a subset of), a ``Mapping`` decoded into the first by its ``from_dict``
    (which checks every field's type), or, for an operation that takes a list (``many``), a list or tuple of them.

    Raises:
        InvalidBodyError: a ``Mapping`` that does not fit the model (``field`` names where, ``body.versioning.type``),
            or one that spells a field by its Python name (``max_send_kbps`` for ``maxSendKbps``).
        RequestRefusedError: no body (``None`` would go out as ``null``, which makes Syncthing reset the section to
            its defaults), or something that is neither a model of ``models`` nor a ``Mapping``.
    """
    if many:
        if not isinstance(body, list | tuple):
            raise RequestRefusedError(
                operation.id, "body", f"the body must be a list of {models[0].__name__}, not {type(body).__name__}"
            )
        return [_item(operation, item, models, f"body[{index}]") for index, item in enumerate(body)]
    return _item(operation, body, models, "body")


def _item(operation: Operation, item: object, models: tuple[type[Any], ...], where: str) -> Any:
    if isinstance(item, models):
        return item
    if not isinstance(item, Mapping) or hasattr(item, "to_dict"):
        accepted = ", ".join(model.__name__ for model in models)
        raise RequestRefusedError(
            operation.id,
            where,
            f"{where} must be a {accepted} or a mapping (a dict with the JSON keys), not {type(item).__name__}",
        )
    model = models[0]
    try:
        decoded = model.from_dict(item)
    except Invalid as invalid:
        problem: tuple[str, str] | None = (invalid.where, f"expected {invalid.expected}, got {invalid.got}")
    except RecursionError:
        problem = ("", "it is nested too deep")
    else:
        problem = _python_name_used(decoded, model)
    if problem is not None:
        # Raised outside the except blocks, so the exception does not chain an Invalid that holds the body.
        field, reason = problem
        field = f"{where}.{field}" if field and not field.startswith("[") else f"{where}{field}"
        raise InvalidBodyError(operation.id, field, f"{field} does not fit {model.__name__}: {reason}")
    return decoded


def _python_name_used(decoded: Any, model: type[Any]) -> tuple[str, str] | None:
    """A key of the mapping that is the Python name of a field, not its JSON key (kept as an unknown field, it would
    be sent and ignored by Syncthing): the field and why, or None."""
    extra = getattr(decoded, "additional_properties", None)
    if not extra or not attrs.has(model):
        return None
    for field in attrs.fields(model):
        if field.name in extra and field.name != "additional_properties":
            return field.name, f"{field.name!r} is the Python name of a field; the mapping takes Syncthing's JSON keys"
    return None
