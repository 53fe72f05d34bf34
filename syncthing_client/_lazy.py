"""Names a package offers before it imports the modules that define them (PEP 562).

The package ``__init__`` and ``syncthing_client.models`` (both generated) name everything in ``__all__`` and, for
type checkers and IDEs, import it all under ``if TYPE_CHECKING:``. At run time they call ``lazy_attributes`` instead,
so ``import syncthing_client`` loads no model, endpoint, transport or httpx: a name's module is imported when the
name is first looked up, and the value is then stored on the package, so later lookups are plain attribute reads.
Submodules (``syncthing_client.models``, ``syncthing_client.errors``...) are reachable as attributes the same way,
as they were when the package imported them all.
"""

import importlib
import sys
from collections.abc import Callable, Collection, Mapping


def lazy_attributes(
    package: str, module_of: Mapping[str, str], submodules: Collection[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, which offers each name of ``module_of`` from the module
    it maps to (relative to ``package``, such as ``".errors"``), and each of ``submodules`` (``"errors"``)."""

    def __getattr__(name: str) -> object:
        if name in submodules:
            return importlib.import_module(f".{name}", package)  # which also sets it on the package
        try:
            module = module_of[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *module_of, *submodules})

    return __getattr__, __dir__
