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
from array import array
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


SEQ_BITS = 46  # a sequence number in a Waiting key
_DAY_SECONDS = 86_400


class Waiting:
    """Items waiting for their time: (moment, sequence number, payload int) kept as two 8-byte ints per item in
    arrays per day, not as Python objects (~50 bytes each; a million applications have a million and more events
    and ledger entries waiting at a time). Moments are whole seconds; ``take`` gives the items of the days before
    a midnight in the order of (moment, sequence)."""

    def __init__(self) -> None:
        self._days: dict[int, tuple[array[int], array[int]]] = {}

    def __len__(self) -> int:
        return sum(len(keys) for keys, _ in self._days.values())

    def push(self, moment: datetime, seq: int, payload: int) -> None:
        if moment.microsecond or moment.tzinfo is not None or not 0 <= seq < 1 << SEQ_BITS:
            raise ValueError(f"demo: cannot wait for {moment!r} (#{seq})")
        day = moment.toordinal()
        bucket = self._days.get(day)
        if bucket is None:
            bucket = self._days[day] = (array("Q"), array("Q"))
        bucket[0].append((moment.hour * 3600 + moment.minute * 60 + moment.second) << SEQ_BITS | seq)
        bucket[1].append(payload)

    def take(self, until: datetime | None) -> list[tuple[int, int]]:
        """(key, payload) of every item before ``until`` (a midnight; None: all), sorted by key, taken out.
        ``key`` is ``second_key(moment) << SEQ_BITS | seq``."""
        if until is not None and (until.hour or until.minute or until.second or until.microsecond):
            raise ValueError(f"demo: {until!r} is not a midnight")
        limit = None if until is None else until.toordinal()
        taken: list[tuple[int, int]] = []
        for day in sorted(day for day in self._days if limit is None or day < limit):
            keys, payloads = self._days.pop(day)
            base = day * _DAY_SECONDS << SEQ_BITS
            taken += sorted(zip([base + key for key in keys], payloads, strict=True))
        return taken


def second_key(moment: datetime) -> int:
    """A whole-second (naive) moment as seconds since 0001-01-01."""
    return moment.toordinal() * _DAY_SECONDS + moment.hour * 3600 + moment.minute * 60 + moment.second


def key_second(key: int) -> datetime:
    days, seconds = divmod(key, _DAY_SECONDS)
    return datetime.fromordinal(days) + timedelta(seconds=seconds)
