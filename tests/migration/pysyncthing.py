"""placeholder"""

from tests.migration import Library

LIBRARY = Library(name="pysyncthing", package="pysyncthing", is_async=False, rows=[], page="pysyncthing.md")
