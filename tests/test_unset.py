"""Less `Unset` noise: a Go nil slice or map (`type: [array, "null"]` / `[object, "null"]` in the spec) decodes to an
empty container and is typed without `| None`."""

from __future__ import annotations

import sys
import typing

import attrs
import pytest
import yaml

pytest.importorskip("openapi_python_client", reason="the generator is in the generate group, not beside other httpx")
from generator.generate import ROOT, null_as_empty
from syncthing_client import models
from syncthing_client.types import UNSET

SPEC = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
NULL_AS_EMPTY = null_as_empty(SPEC)


def _python_name(cls: type, json_name: str) -> str:
    """The attrs field of ``cls`` that holds the JSON key ``json_name`` (read off the generated to_dict)."""
    fields = [field.name for field in attrs.fields(cls) if field.name != "additional_properties"]
    for name in fields:
        if name.replace("_", "").lower() == json_name.replace("_", "").lower():
            return str(name)
    raise AssertionError(f"{cls.__name__} has no field for {json_name}")


def test_the_spec_has_nullable_containers() -> None:
    assert NULL_AS_EMPTY["SystemErrors.errors"] == "[]"
    assert NULL_AS_EMPTY["ListenURL.User"] == "{}"


@pytest.mark.parametrize("where", sorted(NULL_AS_EMPTY))
def test_nullable_containers_are_typed_without_none(where: str) -> None:
    schema, json_name = where.split(".")
    cls = getattr(models, schema)
    name = _python_name(cls, json_name)
    hint = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))[name]
    assert type(None) not in typing.get_args(hint), f"{where}: {hint}"


@pytest.mark.parametrize(
    ("cls", "answer", "field", "empty"),
    [
        (models.SystemErrors, {"errors": None}, "errors", []),
        (models.LogLines, {"messages": None}, "messages", []),
        (models.ListenerStatus, {"error": None, "lanAddresses": None, "wanAddresses": None}, "lan_addresses", []),
        (models.Ignores, {"ignore": None, "expanded": None, "error": None}, "expanded", []),
        (models.DebugFacilities, {"enabled": None, "facilities": {}}, "enabled", []),
    ],
)
def test_null_decodes_to_an_empty_list(cls: type, answer: dict[str, object], field: str, empty: object) -> None:
    decoded = cls.from_dict(answer)  # type: ignore[attr-defined]
    assert getattr(decoded, field) == empty
    assert decoded.to_dict()[next(k for k in answer if _python_name(cls, k) == field)] == empty


def test_null_decodes_to_an_empty_map() -> None:
    url = models.ListenURL.from_dict({"Scheme": "tcp", "User": None})
    assert isinstance(url.user, models.ListenURLUser)
    assert dict(url.user) == {}


def test_absent_optional_list_stays_unset() -> None:
    """Absent is not empty: an optional field a release does not send stays UNSET (and is not sent back)."""
    decoded = models.PendingDevicesChangedEventData.from_dict({})
    assert decoded.added is UNSET
    assert decoded.to_dict() == {}


def test_a_list_is_still_checked() -> None:
    with pytest.raises(Exception, match="errors"):
        models.SystemErrors.from_dict({"errors": "not a list"})


def test_repr_shows_unset_and_leaves_out_empty_additional_properties() -> None:
    assert repr(models.PendingDevicesChangedEventData.from_dict({})) == (
        "PendingDevicesChangedEventData(added=UNSET, removed=UNSET)"
    )
    assert repr(models.SystemErrors.from_dict({"errors": None})) == "SystemErrors(errors=[])"
    assert "additional_properties" not in repr(models.ListenURL.from_dict({"Scheme": "tcp"}))
    assert (
        repr(models.SystemErrors.from_dict({"errors": None, "new": 1}))
        == "SystemErrors(errors=[], additional_properties={'new': 1})"
    )
    assert repr(models.LogLevelMap.from_dict({})) == "LogLevelMap()"
    assert repr(models.LogLevelMap.from_dict({"db": "DEBUG"})) == "LogLevelMap(additional_properties={'db': 'DEBUG'})"
    assert "0x" not in repr(models.ListenURL.from_dict({}))


def test_a_model_with_fields_is_not_a_mapping() -> None:
    """`"errors" in answer` and `answer["errors"]` used to look only at the unnamed keys (False, KeyError): now a
    model with declared fields has no mapping methods at all, so both are type errors and fail loudly."""
    answer = models.SystemErrors.from_dict({"errors": None, "new": 1})
    with pytest.raises(TypeError):
        "errors" in answer  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        answer["errors"]  # type: ignore[index]
    assert answer.errors == [] and answer.additional_properties == {"new": 1}


def test_a_map_model_still_reads_like_a_dict() -> None:
    levels = models.LogLevelMap.from_dict({"db": "DEBUG"})
    assert "db" in levels and levels["db"] == "DEBUG" and dict(levels.items()) == {"db": "DEBUG"}


def test_unset_is_importable_from_the_package() -> None:
    import syncthing_client
    from syncthing_client.types import Unset

    assert (syncthing_client.UNSET, syncthing_client.Unset) == (UNSET, Unset)
    assert {"UNSET", "Unset"} <= set(syncthing_client.__all__)
