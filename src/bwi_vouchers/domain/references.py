"""Application references ``IG-YYYY-NNNN``: per year, consecutive, never reused."""

from __future__ import annotations

import re

_PATTERN = re.compile(r"^IG-(\d{4})-(\d{4,})$")


def format_reference(year: int, number: int) -> str:
    return f"IG-{year:04d}-{number:04d}"


def parse_reference(text: str) -> tuple[int, int] | None:
    """(year, number) of a well-formed reference, else None."""
    match = _PATTERN.match(text.strip().upper())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
