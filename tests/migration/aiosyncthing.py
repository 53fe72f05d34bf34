"""placeholder"""

from tests.migration import Library

LIBRARY = Library(name="aiosyncthing", package="aiosyncthing", is_async=False, rows=[], page="aiosyncthing.md")
