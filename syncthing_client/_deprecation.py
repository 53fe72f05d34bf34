"""``deprecated``: the decorator that marks the facade methods of operations Syncthing deprecates.

Type checkers read ``typing_extensions.deprecated`` (PEP 702; mypy and pyright ship its stub, so nothing is
installed for them) and flag each call. At run time, from Python 3.13, ``warnings.deprecated``; before it, a copy of
its behaviour for functions, so the package needs no ``typing_extensions``: every call emits ``DeprecationWarning``
pointing at the caller's line, and the method gets ``__deprecated__``. An async method warns when called, not when
awaited.
"""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import deprecated
elif sys.version_info >= (3, 13):
    from warnings import deprecated
else:
    import functools
    import inspect
    import warnings

    class deprecated:  # lower case: the name of warnings.deprecated
        """``warnings.deprecated`` of Python 3.13, for functions."""

        def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
            self.message = message
            self.category = category
            self.stacklevel = stacklevel

        def __call__(self, function):
            message, category, stacklevel = self.message, self.category, self.stacklevel

            @functools.wraps(function)
            def wrapper(*args, **kwargs):
                warnings.warn(message, category=category, stacklevel=stacklevel + 1)
                return function(*args, **kwargs)

            if inspect.iscoroutinefunction(function) and hasattr(inspect, "markcoroutinefunction"):  # 3.12+
                inspect.markcoroutinefunction(wrapper)
            wrapper.__deprecated__ = function.__deprecated__ = message
            return wrapper


__all__ = ["deprecated"]
