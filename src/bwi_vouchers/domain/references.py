"""Application references ``IG-YYYY-NNNN``: per year, consecutive, never reused."""

from __future__ import annotations

import re

_PATTERN = re.compile(r"^IG-(\d{4})-(\d{4,})$")
#: Every character a reference is written with (``format_reference``, the only way one is made).
CHARACTERS = frozenset("IG-0123456789")


def format_reference(year: int, number: int) -> str:
    return f"IG-{year:04d}-{number:04d}"


def parse_reference(text: str) -> tuple[int, int] | None:
    """(year, number) of a well-formed reference, else None."""
    match = _PATTERN.match(text.strip().upper())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))


def could_be_in_reference(text: str) -> bool:
    """Whether ``text`` (ignoring case) could be part of some reference: a text with any other character than a
    reference is written with is not, and a search for it needs to look at company names only."""
    return all(char in CHARACTERS for char in text.upper())
