"""What the generated ``from_dict`` methods raise when an answer does not fit its model, and where.

The checks themselves are inline in the generated code (``type(x) is not str`` and the like, folded into the reads,
so a good answer pays a few nanoseconds a field); this module holds what runs once something failed: ``Invalid``
and the helpers that build it. ``_send.decode()`` and the event stream turn an ``Invalid`` into
``errors.ResponseValidationError``. It also holds ``tagged``, the one decoder of a tagged union (an event by its
``type``), shared by the generated operations and the event stream, and ``model_decoders``, its table of models
imported when first needed.

The path is built on the way out: the innermost ``from_dict`` names the field, each enclosing one prefixes its own
field (and, for a list or a map, the index or key of the item, found by identity: the exception carries the value
the failing ``from_dict`` was given). Messages name types, never values: a value may be a secret.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

_Model = TypeVar("_Model")
_Decoded_co = TypeVar("_Decoded_co", covariant=True)

__all__ = [
    "Decoders",
    "Invalid",
    "bad_item",
    "bool_types",
    "float_types",
    "int_types",
    "invalid",
    "missing",
    "model_decoders",
    "only_bool",
    "only_float",
    "only_int",
    "only_str",
    "str_types",
    "tagged",
    "type_name",
]


def type_name(value: Any) -> str:
    """The JSON name of ``value``'s type, as messages show it."""
    if value is None:
        return "null"
    if type(value) is bool:
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Invalid(ValueError):
    """A value that does not fit the model.

    Attributes:
        path: where, outermost first: field names (as the JSON spells them), list indexes, map keys.
        expected: what the model wanted (``"a string"``, ``"an object"``, ``"present"``...).
        got: what it got, as a type name (``"a list"``); never the value itself.
        node: the value the innermost ``from_dict`` still on the path was given (to find list indexes by identity).
    """

    def __init__(self, expected: str, got: str, path: list[str | int], node: Any) -> None:
        self.expected = expected
        self.got = got
        self.path = path
        self.node = node
        super().__init__()

    @property
    def where(self) -> str:
        """The path as text: ``folders[3].devices[0].deviceID``; empty for the whole value."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def __str__(self) -> str:
        return f"{self.where or '(the whole value)'}: expected {self.expected}, got {self.got}"

    def within(self, name: str | None, container: Any, node: Any) -> Invalid:
        """This error, seen from the model that read field ``name`` of ``node``; ``container`` (a list or a map
        whose item failed, else None) gives the index or key in between."""
        if container is not None:
            items: Iterable[tuple[Any, Any]] = (
                container.items() if isinstance(container, dict) else enumerate(container)
            )
            for key, item in items:
                if item is self.node:
                    self.path.insert(0, key)
                    break
        if name is not None:
            self.path.insert(0, name)
        self.node = node
        return self


def invalid(expected: str, value: Any, name: str | None, node: Any) -> Invalid:
    """The error for field ``name`` of ``node`` holding ``value`` where ``expected`` was wanted (``name`` None:
    ``node`` itself is not what a model is read from)."""
    return Invalid(expected, type_name(value), [] if name is None else [name], node)


def missing(error: KeyError, node: Any) -> Invalid:
    """The error for a required field missing from ``node`` (the ``KeyError`` its read raised)."""
    name = error.args[0] if error.args and isinstance(error.args[0], str) else "?"
    return Invalid("a value (required field is missing)", "nothing", [name], node)


def bad_item(expected: str, allowed: tuple[type, ...], items: Any, name: str | None, node: Any) -> Invalid:
    """The error for a list field ``name`` of ``node``: either not a list, or an item whose type is not in
    ``allowed`` (bool never counts as int). ``name`` None: ``items`` is the whole answer (a bare list)."""
    if type(items) is not list:
        return invalid("a list", items, name, node)
    path: list[str | int] = [] if name is None else [name]
    for index, item in enumerate(items):
        if type(item) not in allowed:
            return Invalid(expected, type_name(item), [*path, index], node)
    return Invalid(expected, "?", path, node)  # not reached: called only when an item failed


# The types a list's items may have, and a C-level test that all of them do: ``only_str(map(type, items))``.
str_types: tuple[type, ...] = (str,)
int_types: tuple[type, ...] = (int,)
float_types: tuple[type, ...] = (int, float)
bool_types: tuple[type, ...] = (bool,)
only_str = frozenset(str_types).issuperset
only_int = frozenset(int_types).issuperset
only_float = frozenset(float_types).issuperset
only_bool = frozenset(bool_types).issuperset


class Decoders(Protocol[_Decoded_co]):
    """What ``tagged`` looks a tag up in: a ``dict`` of decoders, or ``model_decoders``'s table."""

    def get(self, tag: str, /) -> Callable[[Any], _Decoded_co] | None: ...


class _ModelDecoders:
    """Tag → the ``from_dict`` of a model of ``syncthing_client.models``, each model imported when its tag first
    comes (see ``model_decoders``)."""

    __slots__ = ("_decoders", "_names")

    def __init__(self, table: tuple[tuple[str, str], ...]) -> None:
        self._names = dict(table)
        self._decoders: dict[str, Callable[[Any], Any]] = {}

    def get(self, tag: str, /) -> Callable[[Any], Any] | None:
        decoder = self._decoders.get(tag)
        if decoder is None:
            name = self._names.get(tag)
            if name is None:
                return None
            # Imported here: syncthing_client.models imports this module.
            decoder = self._decoders[tag] = getattr(importlib.import_module("syncthing_client.models"), name).from_dict
        return decoder


_MODEL_DECODERS: dict[int, tuple[tuple[tuple[str, str], ...], _ModelDecoders]] = {}


def model_decoders(table: tuple[tuple[str, str], ...]) -> Decoders[Any]:
    """``tagged``'s decoders for ``table``, pairs of a tag and the name of its model in ``syncthing_client.models``.
    A model is imported when its tag first comes: a module that names thirty event models loads none of them until
    an event of that type arrives. Kept per table, by identity: the generated code passes the same constant tuple
    on every call (the table is held here too, so its identity is never reused)."""
    kept = _MODEL_DECODERS.get(id(table))
    if kept is None:
        kept = _MODEL_DECODERS[id(table)] = (table, _ModelDecoders(table))
    return kept[1]


def tagged(value: Any, key: str, decoders: Decoders[_Model], default: Callable[[Any], _Model]) -> _Model:
    """``value`` decoded by the model its ``key`` field names in ``decoders``; by ``default`` when the table does not
    name one, or the named model does not take the value (a newer Syncthing changed that type's shape).

    Raises:
        Invalid: ``default`` does not take the value either.
    """
    if type(value) is dict:
        tag = value.get(key)
        decoder = decoders.get(tag) if type(tag) is str else None
        if decoder is not None:
            try:
                return decoder(value)
            except Invalid:
                pass
    return default(value)
