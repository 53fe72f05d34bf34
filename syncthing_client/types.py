"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``, the one value saying "not in the answer" / "do not send". Generated code tests it by
    identity (``x is not UNSET``), so copying and pickling hand back ``UNSET`` itself: a model copied with
    ``copy.deepcopy`` or sent through ``pickle`` keeps its unset fields unset. (syncthing-client: the stock
    class made a new, different instance on every deep copy.)"""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return UNSET

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return UNSET

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by reference to the module's UNSET


UNSET: Unset = Unset()


class ReadableResponse(Protocol):
    """What a generated ``_parse_response`` reads of an answer (syncthing-client): an ``httpx.Response`` has it, and so
    has the lighter answer the async client decodes a plain success from, without making an ``httpx.Response``."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...

    def json(self, **kwargs: Any) -> Any: ...


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
