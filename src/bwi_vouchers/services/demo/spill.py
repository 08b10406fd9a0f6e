"""Where the demo generator keeps what it made but does not write yet: a temporary file, read back by handle.

A million applications make drafts, companies' rows and future audit events and ledger entries that all wait
for their turn (the order of receipt, the order of time). Held as Python objects they took ~3 GB; here each is
one record in a temporary file (deleted when closed), and memory keeps only its handle: one int with the
record's offset and length (``offset << 32 | length``). Records are bytes (``marshal`` or ``pickle``, as the
caller chooses); the file only grows, and goes as a whole at ``close``.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timedelta

LENGTH_BITS = 32
LENGTH_MASK = (1 << LENGTH_BITS) - 1


class Spill:
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 — kept open for the whole run, closed by close()
        self._fd = self._file.fileno()
        self._write = self._file.write
        self._size = 0
        self._flushed = 0
        self._pread = getattr(os, "pread", None)

    def put(self, record: bytes) -> int:
        """Store ``record``; its handle."""
        length = len(record)
        if length > LENGTH_MASK:
            raise ValueError("demo spill: record too long")
        handle = self._size << LENGTH_BITS | length
        self._write(record)
        self._size += length
        return handle

    def get(self, handle: int) -> bytes:
        """The record stored under ``handle``."""
        if self._flushed < self._size:
            self._file.flush()
            self._flushed = self._size
        offset, length = handle >> LENGTH_BITS, handle & LENGTH_MASK
        if self._pread is not None:
            return self._pread(self._fd, length, offset)
        self._file.seek(offset)  # Windows: no pread; the writer goes on at the end
        data = self._file.read(length)
        self._file.seek(0, os.SEEK_END)
        return data

    @property
    def size(self) -> int:
        return self._size

    def close(self) -> None:
        self._file.close()


_EPOCH_DAY = 86_400 * 1_000_000


def moment_key(moment: datetime) -> int:
    """A (naive) datetime as whole microseconds since 0001-01-01: an int that sorts as the datetime does."""
    return ((moment.toordinal() * 86_400 + moment.hour * 3600 + moment.minute * 60 + moment.second) * 1_000_000
            + moment.microsecond)


def key_moment(key: int) -> datetime:
    days, micros = divmod(key, _EPOCH_DAY)
    return datetime.fromordinal(days) + timedelta(microseconds=micros)
