"""The generated API reference keeps its text: floors on the share of facade ``Args:`` entries and model attributes
that have a description, counted by ``tools/doc_coverage.py`` (``python -m tools.doc_coverage`` prints them)."""

from __future__ import annotations

from pathlib import Path

from tools.doc_coverage import attributes, parameters, section

PACKAGE = Path(__file__).resolve().parent.parent / "syncthing_client"


def test_every_facade_parameter_is_described() -> None:
    tally = parameters(PACKAGE)
    assert tally.total >= 200
    assert tally.share >= 100.0, f"Args: entries without a description: {tally.missing}"


def test_model_attributes_are_described() -> None:
    tally = attributes(PACKAGE)
    assert tally.total >= 1000
    assert tally.share >= 81.5, f"{tally.share:.1f} % described; missing: {tally.missing}"


def test_section_reads_google_style_entries() -> None:
    docstring = """Summary.

    Args:
        folder (str): The folder ID.
        levels (int | Unset):  Default: -1.
        prefix (str | Unset): A directory inside the folder to start from; the
            folder's root when unset. Default: ''.

    Raises:
        SyncthingError: a subclass for each failure.
    """
    assert section(docstring, "Args") == {
        "folder": "The folder ID.",
        "levels": "",
        "prefix": "A directory inside the folder to start from; the folder's root when unset.",
    }
