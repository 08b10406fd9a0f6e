"""Races between real processes over one database: the tests (a few trials) and ``scripts/race_trials.py`` (many).

Each trial prepares its records in this process, then starts one process per contender (``fork``: the program is
imported and its statements compiled already, so a contender is ready in milliseconds). Every contender makes its
own connections to the same database, connects, waits at a barrier with the others and then runs one real service
call at the same moment. The trial then looks at the database: a *violation* breaks what the decision must keep
(the budget line overcommitted, the de-minimis ceiling exceeded, two references alike, two first users); an
*error* is an outcome no user may see (a crash, a message with the driver's text, a refusal where both had to
succeed).
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.storage.database import Database

CONTEXT = multiprocessing.get_context("fork")
TODAY = date(2026, 3, 2)
#: The receipt years of the first-of-year race run from here; its contenders' clock stands at the end of LAST_YEAR.
FIRST_YEAR, LAST_YEAR = 2030, 2199
#: Words of database drivers and of SQL that a user's message must never contain.
DRIVER_WORDS = ("psycopg", "sqlite", "sqlalchemy", "duplicate key", "unique constraint", "violates", "deadlock",
                "could not", "serializ", "database is locked", "constraint failed", "background on this error",
                "operationalerror", "integrityerror", "server closed", "connection", "insert into", "update ",
                "select ", "transaction", "lock timeout")

Job = Callable[[Services], Any]
#: ("ok", repr of the value, "") | ("refused", code, German message) | ("crash", type, text)
Result = tuple[str, str, str]


def driver_text(message: str) -> bool:
    lowered = message.lower()
    return any(word in lowered for word in DRIVER_WORDS)


def _contender(database: Database, today: date, job: Job, barrier: Any, queue: Any, index: int) -> None:
    # The parent's Database, inherited through fork with its compiled statements (SQLAlchemy's advice for forked
    # children): its pool is given up without closing the parent's connections; this process connects anew.
    database.engine.dispose(close=False)
    result: Result
    try:
        services = Services.build(database, FixedClock(today))
        with database.unit_of_work() as uow:
            uow.user_count()  # connected (and the schema read) before the start
        barrier.wait(timeout=60)
        try:
            result = ("ok", repr(job(services)), "")
        except BwiError as error:
            result = ("refused", error.code, str(error))
        except Exception as error:  # noqa: BLE001 - what no user may see is exactly what the trial counts
            result = ("crash", type(error).__name__, "".join(traceback.format_exception(error))[-2000:])
    except Exception as error:  # noqa: BLE001
        result = ("crash", type(error).__name__, "".join(traceback.format_exception(error))[-2000:])
    finally:
        database.dispose()
    queue.put((index, result))


def race(database: Database, jobs: Sequence[Job], *, today: date = TODAY, timeout: float = 120) -> list[Result]:
    """Run the jobs at the same moment, each in a process of its own; their results in the jobs' order."""
    database.engine.dispose()  # no pooled connection is shared with the children
    barrier = CONTEXT.Barrier(len(jobs))
    queue = CONTEXT.Queue()
    processes = [CONTEXT.Process(target=_contender, args=(database, today, job, barrier, queue, index))
                 for index, job in enumerate(jobs)]
    for process in processes:
        process.start()
    results: dict[int, Result] = {}
    try:
        for _ in processes:
            index, result = queue.get(timeout=timeout)
            results[index] = result
    finally:
        for process in processes:
            process.join(timeout=timeout)
            if process.is_alive():
                process.kill()
    return [results.get(i, ("crash", "Timeout", "no result")) for i in range(len(jobs))]


@dataclass
class Tally:
    """What the trials of one race found."""

    race: str
    engine: str
    trials: int = 0
    violations: int = 0
    errors: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def note(self, results: Sequence[Result], *, violation: bool, expected_ok: int | None = None) -> None:
        """Count one trial: ``expected_ok`` contenders had to succeed (None: any number may)."""
        self.trials += 1
        self.violations += violation
        bad = [r for r in results if r[0] == "crash" or (r[0] == "refused" and driver_text(r[2]))]
        oks = sum(1 for r in results if r[0] == "ok")
        if expected_ok is not None and oks != expected_ok and not violation:
            bad.append(("wrong", f"{oks} succeeded, {expected_ok} expected", str(results)))
        self.errors += bool(bad)
        for kind, code, _ in results:
            self.outcomes[f"{kind}:{code}" if kind != "ok" else "ok"] += 1
        if (bad or violation) and len(self.examples) < 5:
            self.examples.append(str(bad or results))

    def row(self) -> str:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return f"| {self.race} | {self.engine} | {self.trials} | {self.violations} | {self.errors} | {outcomes} |"


class Races:
    """The races over one database that has the test users (``tests.conftest.USERS``); a trial at a time."""

    def __init__(self, database: Database, engine: str) -> None:
        from tests.conftest import World

        self.clock = FixedClock(TODAY)
        self.world = World(Services.build(database, self.clock), self.clock, database)
        self.engine = engine
        self._measure: str | None = None
        self._second: str | None = None
        self._year = FIRST_YEAR

    @property
    def services(self) -> Services:
        return self.world.services

    def measure(self, *, second: bool = False) -> str:
        """The race's measure (or a second one, for a company's second application)."""
        if second:
            if self._second is None:  # a year later: its applications book on another budget line
                self._second = self.world.measure(f"M-2027-{900 + self.world._next('race_measure'):03d}",
                                                  start=date(2027, 5, 3), end=date(2027, 5, 7))
            return self._second
        if self._measure is None:
            self._measure = self.world.measure(f"M-2026-{900 + self.world._next('race_measure'):03d}")
        return self._measure

    def in_review(self, *, costs: str = "8000.00") -> str:
        """A new company's application (voucher 3,000 €), put in review by ``clerk``."""
        app = self.world.application(self.world.company(), self.measure(), costs=costs)
        self.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
        return app.reference

    def room_for(self, amount: Decimal, year: int = 2026, source: str = "Landesmittel") -> None:
        """Set the budget line so that exactly ``amount`` is still available."""
        try:
            line = self.services.budget.line(year, source)
            used = line.committed + line.paid
        except BwiError:
            used = Decimal("0.00")
        self.services.budget.set_line("budget", year, source, used + amount)

    # the races ---------------------------------------------------------------------------------------------
    def approve_approve(self, tally: Tally) -> None:
        """Two approvers approve two applications of different companies; the line has room for one."""
        first, second = self.in_review(), self.in_review()
        self.room_for(Decimal("3000.00"))
        results = race(self.world.database, [
            lambda s: s.lifecycle.move("approver", first, Status.APPROVED).status,
            lambda s: s.lifecycle.move("approver2", second, Status.APPROVED).status])
        line = self.services.budget.line(2026, "Landesmittel")
        tally.note(results, violation=line.available < 0, expected_ok=1)

    def same_company(self, tally: Tally) -> None:
        """Two approvers approve two applications of one company whose de-minimis headroom holds one voucher
        (R10); the applications book on different budget lines, so only the company's lock keeps them apart."""
        company = self.world.company()
        self.services.companies.add_deminimis("clerk", company, granting_body="Land Baden-Württemberg",
                                              grant_date=date(2025, 6, 1), amount="297000.00")
        references = []
        for measure in (self.measure(), self.measure(second=True)):
            app = self.world.application(company, measure, costs="8000.00")
            self.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
            references.append(app.reference)
        self.room_for(Decimal("100000.00"))
        self.room_for(Decimal("100000.00"), year=2027)  # two lines: only the company's lock is shared
        results = race(self.world.database, [
            lambda s: s.lifecycle.move("approver", references[0], Status.APPROVED).status,
            lambda s: s.lifecycle.move("approver2", references[1], Status.APPROVED).status])
        aid = self.services.companies.deminimis(company)
        tally.note(results, violation=aid.total > aid.ceiling, expected_ok=1)

    def approve_reject(self, tally: Tally) -> None:
        """One application: one approver approves it while the other rejects it."""
        reference = self.in_review()
        self.room_for(Decimal("100000.00"))
        results = race(self.world.database, [
            lambda s: s.lifecycle.move("approver", reference, Status.APPROVED).status,
            lambda s: s.lifecycle.move("approver2", reference, Status.REJECTED, reason="Nicht förderfähig").status])
        info = self.services.applications.get(reference)
        with self.world.database.unit_of_work() as uow:
            from bwi_vouchers.services.lifecycle import open_commitment

            committed = open_commitment(uow, info.id)
        consistent = (info.status is Status.APPROVED and committed == info.approved_amount) or \
            (info.status is Status.REJECTED and committed == 0)
        tally.note(results, violation=not consistent, expected_ok=1)

    def first_of_year(self, tally: Tally) -> None:
        """Two clerks record the first two applications of a receipt year at the same moment."""
        year = self._year
        self._year += 1
        companies = [self.world.company(), self.world.company()]
        measure = self.measure()

        def create(actor: str, company: int) -> Job:
            data = ApplicationInput(company_id=company, measure_code=measure, theme_code=6,
                                    receipt_date=date(year, 6, 1),
                                    cost_items=(CostItemInfo("Teilnahmegebühr", Decimal("4000.00")),),
                                    cluster_id=self.world.cluster_id())
            return lambda s: s.applications.create(actor, data).reference

        results = race(self.world.database, [create("clerk", companies[0]), create("clerk2", companies[1])],
                       today=date(LAST_YEAR, 12, 31))
        made = sorted(r[1].strip("'") for r in results if r[0] == "ok")
        tally.note(results, violation=len(set(made)) != len(made), expected_ok=2)

    def import_while_moving(self, tally: Tally, folder: Path) -> None:
        """One clerk imports five applications while an approver approves one and a clerk records another."""
        from tests.exchange.helpers import GOOD, workbook

        reference = self.in_review()
        self.room_for(Decimal("100000.00"))
        company, measure = self.world.company(), self.measure()
        number = self.world._next("race_import")
        rows = [{**GOOD, "Unternehmen": f"Import {number}-{i} GmbH", "Maßnahme": measure,
                 "Registernummer": f"Ulm HRB {900000 + number * 10 + i}"} for i in range(5)]
        path = workbook(folder / f"import-{number}.xlsx", applications=rows)

        def imported(s: Services) -> int:
            report = s.importing.run("clerk", path)
            if report.refused:
                raise RuntimeError(f"{report.refused} rows refused: {report.rows}")
            return len(report.rows)

        def moving(s: Services) -> str:
            s.lifecycle.move("approver", reference, Status.APPROVED)
            return s.applications.create("clerk2", ApplicationInput(
                company_id=company, measure_code=measure, theme_code=6, receipt_date=TODAY,
                cost_items=(CostItemInfo("Teilnahmegebühr", Decimal("4000.00")),),
                cluster_id=self.world.cluster_id())).reference

        results = race(self.world.database, [imported, moving])
        with self.world.database.unit_of_work() as uow:
            numbers = sorted(n for (n,) in uow.session.execute(_numbers_of_year(2026)))
        gapless = numbers == list(range(1, len(numbers) + 1))
        tally.note(results, violation=not gapless, expected_ok=2)


def _numbers_of_year(year: int) -> Any:
    from sqlalchemy import select

    from bwi_vouchers.storage.models import Application

    return select(Application.ref_number).where(Application.ref_year == year)


def first_logins(database: Database, tally: Tally) -> None:
    """Two people start the program on a fresh database at the same moment: one becomes its first user."""
    from sqlalchemy import delete

    from bwi_vouchers.storage.models import User

    with database.unit_of_work(write=True) as uow:
        uow.session.execute(delete(User))
    results = race(database, [lambda s: s.users.acting("anna").login, lambda s: s.users.acting("bernd").login])
    with database.unit_of_work() as uow:
        logins = sorted(u.login for u in uow.users())
    tally.note(results, violation=len(logins) != 1, expected_ok=1)


RACES = ("approve_approve", "same_company", "approve_reject", "first_of_year", "import_while_moving", "first_logins")


def run(name: str, races: Races | None, fresh: Database | None, tally: Tally, folder: Path) -> None:
    """One trial of the race ``name`` (``fresh``: a database without users, for ``first_logins``)."""
    if name == "first_logins":
        assert fresh is not None
        first_logins(fresh, tally)
    elif name == "import_while_moving":
        assert races is not None
        races.import_while_moving(tally, folder)
    else:
        assert races is not None
        getattr(races, name)(tally)
