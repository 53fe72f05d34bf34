"""How much of the generated client's model surface is typed ``X | Unset``.

Counts the declared fields (``additional_properties`` left out) of every model class in ``syncthing_client.models``
and the share whose type admits ``Unset``, over all models and over the response-only models: those no request
body of any operation reaches (a body is the ``body`` parameter of an endpoint module's ``_get_kwargs``; a model is
reached through its fields' types, lists and unions included). Also counts the list and map fields (a map: a
``dict`` or a model with no declared fields) that can come back ``None`` or ``UNSET`` instead of empty.

Usage: ``python -m tools.unset_share [--json]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import types
import typing
from dataclasses import dataclass

import attrs

import syncthing_client.api
import syncthing_client.models
from syncthing_client.types import Unset


@dataclass(frozen=True)
class Share:
    """Fields and how many of them are typed ``X | Unset`` (and, of the lists and maps, ``| None`` / ``| Unset``)."""

    models: int
    fields: int
    unset: int
    containers: int
    empty_means_missing: int  # list/dict fields typed ``| None`` or ``| Unset``

    @property
    def percent(self) -> float:
        return 100.0 * self.unset / self.fields if self.fields else 0.0


def model_classes() -> dict[str, type]:
    """Every attrs class the models package exports, by name."""
    return {
        name: value
        for name in dir(syncthing_client.models)
        if isinstance(value := getattr(syncthing_client.models, name), type) and attrs.has(value)
    }


def _members(annotation: object) -> list[object]:
    """The alternatives of a union annotation, or the annotation itself."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def _mentioned(annotation: object) -> set[type]:
    """The classes an annotation names anywhere inside (list items, union members, dict values)."""
    found: set[type] = set()
    stack = [annotation]
    while stack:
        item = stack.pop()
        if isinstance(item, type) and attrs.has(item):
            found.add(item)
        stack.extend(typing.get_args(item))
    return found


def field_types(cls: type) -> dict[str, object]:
    """The resolved annotations of a model's declared fields."""
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    return {field.name: hints[field.name] for field in attrs.fields(cls) if field.name != "additional_properties"}


def request_models() -> set[type]:
    """The models some request body reaches (the body's class and everything its fields name, transitively)."""
    roots: set[type] = set()
    for module_info in pkgutil.walk_packages(syncthing_client.api.__path__, "syncthing_client.api."):
        module = importlib.import_module(module_info.name)
        get_kwargs = getattr(module, "_get_kwargs", None)
        if get_kwargs is None:
            continue
        hints = typing.get_type_hints(get_kwargs, vars(module))
        if "body" in hints:
            roots |= _mentioned(hints["body"])
    reached: set[type] = set()
    stack = list(roots)
    while stack:
        cls = stack.pop()
        if cls in reached:
            continue
        reached.add(cls)
        for annotation in field_types(cls).values():
            stack.extend(_mentioned(annotation) - reached)
    return reached


def _is_container(annotation: object) -> bool:
    """A list, a dict, or a model that is only a map (no declared fields: device ID → entry)."""
    if typing.get_origin(annotation) in (list, dict):
        return True
    return isinstance(annotation, type) and attrs.has(annotation) and not field_types(annotation)


def share(classes: list[type]) -> Share:
    fields = unset = containers = loose = 0
    for cls in classes:
        for annotation in field_types(cls).values():
            members = _members(annotation)
            fields += 1
            unset += Unset in members
            if any(_is_container(member) for member in members):
                containers += 1
                loose += Unset in members or type(None) in members
    return Share(len(classes), fields, unset, containers, loose)


def measure() -> dict[str, Share]:
    classes = model_classes()
    requests = request_models()
    return {
        "all models": share(list(classes.values())),
        "response-only models": share([cls for cls in classes.values() if cls not in requests]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure()
    if args.json:
        print(json.dumps({key: {**vars(value), "percent": round(value.percent, 1)} for key, value in figures.items()}))
        return 0
    for key, value in figures.items():
        print(
            f"{key}: {value.unset}/{value.fields} fields typed X | Unset ({value.percent:.1f} %) in {value.models} "
            f"models; {value.empty_means_missing}/{value.containers} list/map fields can be None or UNSET"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
