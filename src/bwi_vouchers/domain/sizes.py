"""A number of bytes that says it is one: the text layer writes it as ``4,0 MB`` in the reader's language."""

from __future__ import annotations


class FileSize(int):
    """An ``int`` of bytes; in an error's parameters it reads ``12,3 KB`` (``formats.size``), not ``12595``."""

    __slots__ = ()
