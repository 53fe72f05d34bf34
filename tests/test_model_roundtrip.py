"""Every generated model survives its own round trips: ``from_dict(to_dict(m)) == m`` (unknown fields kept in
``additional_properties`` included), and ``copy.deepcopy(m)`` / ``pickle`` give an equal model that serialises
identically. Instances come from hypothesis strategies derived from each class's attrs fields and type hints (str,
int, float, bool, date-times with nanoseconds, lists, nested models, maps, literal enums, UNSET for optional fields).
Then the real thing: a deep-copied and an unpickled folder configuration PUT back to a Syncthing change nothing."""

from __future__ import annotations

import copy
import datetime
import pickle
import types
import typing
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncthing_client import Syncthing, models
from syncthing_client._timestamps import Timestamp
from syncthing_client.types import UNSET, Unset
from tools.sandbox import Sandbox

MAX_DEPTH = 3
# Every model by name (vars(models) would hold only those loaded so far), and what their annotations name besides.
MODEL_NAMES = {name: getattr(models, name) for name in models.__all__}
NAMESPACE = {**MODEL_NAMES, "Unset": Unset, "datetime": datetime, "Any": Any, "Literal": typing.Literal}

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=8))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=6,
)
# UTC date-times, some with nanoseconds past the microsecond (Syncthing's own precision)
times = st.builds(
    lambda moment, nanos: (
        Timestamp(*moment.timetuple()[:6], moment.microsecond, tzinfo=datetime.UTC, nanosecond=nanos)
        if nanos
        else moment
    ),
    st.datetimes(
        min_value=datetime.datetime(1970, 1, 2),
        max_value=datetime.datetime(2200, 1, 1),
        timezones=st.just(datetime.UTC),
    ),
    st.integers(0, 999),
)


def strategy_for(hint: Any, depth: int) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    if hint is Unset:
        return st.just(UNSET)
    if hint is type(None) or hint is None:
        return st.none()
    if hint is str:
        return st.text(max_size=8)
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(2**53), 2**53)
    if hint is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if hint is datetime.datetime:
        return times
    if hint is Any:
        return json_values
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(hint))
    if origin in (typing.Union, types.UnionType):
        if depth >= MAX_DEPTH and Unset in typing.get_args(hint):
            return st.just(UNSET)  # deep enough: optional fields stop the recursion (trees of BrowseEntry)
        return st.one_of([strategy_for(arg, depth) for arg in typing.get_args(hint)])
    if origin is list:
        (item,) = typing.get_args(hint)
        return st.just([]) if depth >= MAX_DEPTH else st.lists(strategy_for(item, depth + 1), max_size=2)
    if origin is dict:
        _, value = typing.get_args(hint)
        if depth >= MAX_DEPTH:
            return st.just({})
        return st.dictionaries(st.text(max_size=5), strategy_for(value, depth + 1), max_size=2)
    if isinstance(hint, type) and attrs.has(hint):
        return model_strategy(hint, depth + 1)
    raise AssertionError(f"no strategy for {hint!r}")


def model_strategy(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls, globalns=NAMESPACE)
    fields = {
        f.name: strategy_for(hints[f.name], depth) for f in attrs.fields(cls) if f.name != "additional_properties"
    }
    known = {f.name for f in attrs.fields(cls)}
    extra: st.SearchStrategy[dict[str, Any]] = st.just({})
    if "additional_properties" in known:
        (_, value) = typing.get_args(hints["additional_properties"])
        keys = st.text(max_size=5).map(lambda key: "x-unknown-" + key)  # never a field the schema names
        if not any(f.name != "additional_properties" for f in attrs.fields(cls)):
            keys = st.text(max_size=8)  # a pure map: every key is its own
        if depth < MAX_DEPTH:
            extra = st.dictionaries(keys, strategy_for(value, depth + 1), max_size=2)

    def build(values: dict[str, Any], more: dict[str, Any]) -> Any:
        instance = cls(**values)
        if more:
            instance.additional_properties = more
        return instance

    return st.builds(build, st.fixed_dictionaries(fields), extra)


MODELS = [model for model in MODEL_NAMES.values() if attrs.has(model)]


def test_every_model_is_covered() -> None:
    assert len(MODELS) > 150


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_round_trips(cls: type) -> None:
    @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(model_strategy(cls))
    def check(model: Any) -> None:
        serialised = model.to_dict()
        assert cls.from_dict(serialised) == model  # type: ignore[attr-defined]
        assert cls.from_dict(serialised).to_dict() == serialised  # type: ignore[attr-defined]
        for other in (copy.deepcopy(model), pickle.loads(pickle.dumps(model)), copy.copy(model)):
            assert other == model
            assert other.to_dict() == serialised

    check()


def test_a_deep_copied_or_unpickled_folder_is_put_back_unchanged(throwaway: Sandbox, tmp_path: Any) -> None:
    with Syncthing(throwaway.url, throwaway.api_key) as client:
        folder = client.config.default_folder()
        folder.id, folder.label, folder.path = "roundtrip", "Round trip", str(tmp_path / "roundtrip")
        client.config.add_folder(body=folder)
        before = client.config.full().to_dict()
        original = client.config.folder("roundtrip")
        for copied in (copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
            client.config.replace_folder("roundtrip", body=copied)
            assert client.config.folder("roundtrip") == original
        after = client.config.full().to_dict()
        assert after == before
