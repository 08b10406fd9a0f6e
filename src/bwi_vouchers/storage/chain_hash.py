"""The hash of one audit event in the hash chain: SHA-256 over the previous event's hash and the row's content.

Standard library only, and never to be changed: every stored hash (and the migration that filled the hashes
of events written before the chain existed, which imports this module for that reason) depends on it.

The content is every column of the row except ``id``, ``prev_hash`` and ``hash``, as canonical JSON: keys
sorted, no spaces, UTF-8, datetimes and dates as ISO text, Decimals as their text. A column whose value is
None is left out, so that a nullable column added later (None in every older row) keeps the old hashes valid.
The first event chains onto :data:`GENESIS`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

#: The "previous hash" of the first event.
GENESIS = "0" * 64
#: The columns that are not content: the row's number and the chain itself.
NOT_CONTENT = frozenset({"id", "prev_hash", "hash"})


def _plain(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"not part of an audit event's content: {type(value).__name__}")


def canonical(prev_hash: str, content: Mapping[str, Any]) -> bytes:
    """The bytes that are hashed: ``[prev_hash, {column: value}]`` as canonical JSON."""
    row = {name: value for name, value in content.items() if value is not None and name not in NOT_CONTENT}
    return json.dumps([prev_hash, row], sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_plain).encode("utf-8")


def event_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    """The hex SHA-256 of an event whose predecessor's hash is ``prev_hash``."""
    return hashlib.sha256(canonical(prev_hash, content)).hexdigest()


def chain(prev_hash: str, contents: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(prev_hash, hash) of each of the events that follow an event with hash ``prev_hash``, in order."""
    links = []
    for content in contents:
        current = event_hash(prev_hash, content)
        links.append((prev_hash, current))
        prev_hash = current
    return links
