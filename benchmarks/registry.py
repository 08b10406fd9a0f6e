"""The benchmark registry: each row of the table is a function registered with ``@bench``.

A row lives in its own module ``benchmarks/bench_<topic>.py``; ``run.py`` imports every such module, so adding
a row (list sorting, letters, report, import …) means adding one file::

    from registry import Context, Result, bench, timed

    @bench(40, "re-sort the list by company", bar=0.300, unit="ms")
    def list_sort(ctx: Context) -> Result:
        services = ctx.services()          # real services over the demo database (FixedClock at ctx.today)
        ours = timed(lambda: ...)          # seconds
        raw = timed(lambda: ...)           # the same work done the plain way, or None
        return Result(ours.wall, raw.wall, note="…")

``ctx.ensure_demo()`` makes sure the database holds the demo data (built once, reused by later rows).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # seconds of this process (SQLite runs inside it too)
    value: Any = None


def timed(work: Callable[[], Any]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    value = work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu, value)


@dataclass(frozen=True)
class Result:
    ours: float | None  # seconds
    raw: float | None = None  # seconds
    note: str = ""
    skipped: str | None = None
    bar: float | None = None  # overrides the row's bar (e.g. a different bar at 1,000,000 applications)


@dataclass(frozen=True)
class Bench:
    order: int
    what: str  # may use {n}: the number of applications, formatted 100,000
    func: Callable[[Context], Result]
    bar: float | None = None  # seconds, the DESIGN §12 bar where one exists
    unit: str = "s"  # how to print: "s", "ms" or "MB" (then ours, raw and bar are megabytes)


BENCHES: list[Bench] = []


def bench(order: int, what: str, *, bar: float | None = None, unit: str = "s") -> Callable[..., Any]:
    def register(func: Callable[[Context], Result]) -> Callable[[Context], Result]:
        BENCHES.append(Bench(order, what, func, bar, unit))
        return func
    return register


@dataclass
class Context:
    """What every row shares: the demo database (ours), a scratch folder, the size and the fixed day."""

    applications: int
    seed: int
    db_path: Path
    workdir: Path
    today: date
    actor: str = "admin"
    runs: int = 3  # fresh processes per side where a row starts processes
    quick: bool = False  # --quick: a smoke run, every row at a small size
    _services: Any = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return "sqlite:///" + str(self.db_path)

    def services(self) -> Any:
        """The real services over the demo database (opened once)."""
        if self._services is None:
            from bwi_vouchers.services import Services
            from bwi_vouchers.services.clock import FixedClock
            from bwi_vouchers.storage.database import Database

            self._services = Services.build(Database.open(self.url), FixedClock(self.today))
            self._services.users.acting(self.actor)
        return self._services

    def application_count(self) -> int:
        if not self.db_path.exists():
            return 0
        con = sqlite3.connect(str(self.db_path))
        try:
            return con.execute("SELECT count(*) FROM application").fetchone()[0]
        except sqlite3.OperationalError:
            return 0
        finally:
            con.close()

    def ensure_demo(self) -> None:
        """Load the demo data (untimed) unless the database holds applications already."""
        if self.application_count() == 0:
            self.services().demo.load(self.actor, applications=self.applications, seed=self.seed)

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the demo database, as a hand-written program would open it."""
        con = sqlite3.connect(str(self.db_path))
        con.execute("PRAGMA foreign_keys = ON")
        return con

    def close(self) -> None:
        if self._services is not None:
            self._services.database.dispose()
            self._services = None
