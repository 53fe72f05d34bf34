"""What a model's ``repr()`` shows besides its declared fields: ``additional_properties`` (the keys the spec does
not name) only when there are any, so the usual answer reads ``SystemErrors(errors=[])``, not
``SystemErrors(errors=[], additional_properties={})``. Unset fields show as ``UNSET`` (``types.Unset.__repr__``)."""

from typing import Any, TypeVar

T = TypeVar("T", bound=type)


def extras_in_repr(cls: T) -> T:
    """Wrap the ``__repr__`` attrs made for ``cls`` (``additional_properties`` declared ``repr=False``): append
    ``additional_properties=...`` when it is not empty."""
    fields_repr = cls.__dict__["__repr__"]  # the one attrs wrote (not type.__repr__)

    def __repr__(self: Any) -> str:
        text: str = fields_repr(self)
        extra = self.additional_properties
        if not extra:
            return text
        separator = "" if text.endswith("()") else ", "
        return f"{text[:-1]}{separator}additional_properties={extra!r})"

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    type.__setattr__(cls, "__repr__", __repr__)
    return cls
