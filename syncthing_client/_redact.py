"""What a model's ``repr()`` never shows: fields the spec marks ``format: password`` (the GUI's API key and
password, a device's encryption password). A configuration read and printed, or kept as a local of a frame a
traceback shows, must not hand the key on. The value itself stays as it is: ``to_dict()`` sends it.
"""


def masked(value: object) -> str:
    """The ``repr()`` of a secret field: ``'***'`` for a value that is set, the plain repr of an empty one or UNSET
    (whether a secret is set is worth seeing)."""
    return "'***'" if isinstance(value, str) and value else repr(value)
