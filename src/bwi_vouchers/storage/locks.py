"""Locks that a decision takes before it reads what it checks: the application, the company (R08, R10), the
budget line (R12) and the year's reference counter.

On PostgreSQL these are row locks (``SELECT … FOR UPDATE``) held until the transaction ends, taken in one order
— application, company, budget line; company, reference counter — so two decisions wait for each other instead of
deadlocking. On SQLite a writing unit of work holds the database's one write lock from its start
(``BEGIN IMMEDIATE``, see ``storage.engine``), so check-then-write is serialized there already; the statements
below are plain reads on it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from bwi_vouchers.storage.models import Application, Base, BudgetLine, Company, ReferenceCounter

T = TypeVar("T", bound=Base)
#: The key of PostgreSQL's advisory lock that serializes the first login of a fresh database.
FIRST_USER_LOCK = 0x62776931


class Locks:
    _s: Session

    def _locked(self, model: type[T], *where: ColumnElement[bool]) -> T | None:
        """The row, read anew and locked until the transaction ends (``SELECT … FOR UPDATE`` on PostgreSQL;
        SQLite's writing unit of work holds the one write lock of the database already, from its start)."""
        return self._s.scalar(select(model).where(*where).with_for_update(of=model)
                              .execution_options(populate_existing=True))

    def lock_application(self, reference: str) -> Application | None:
        return self._locked(Application, Application.reference == reference.strip().upper())

    def lock_company(self, company_id: int) -> Company | None:
        """The company, locked: its counts and sums (R08, R10) stay as read until this transaction ends."""
        return self._locked(Company, Company.id == company_id)

    def lock_budget_line(self, line_id: int) -> BudgetLine | None:
        """The budget line, locked: what is available on it (R12) stays as read until this transaction ends."""
        return self._locked(BudgetLine, BudgetLine.id == line_id)

    def lock_first_user(self) -> None:
        """Serialize the creation of a fresh database's first user (PostgreSQL: a transaction-level advisory lock;
        SQLite: the write lock is held already)."""
        if self._s.get_bind().dialect.name == "postgresql":
            self._s.execute(select(func.pg_advisory_xact_lock(FIRST_USER_LOCK)))

    def lock_reference_counter(self, year: int) -> ReferenceCounter:
        """The year's reference counter, created when missing and locked until the transaction ends.

        Two transactions that both start a year both insert "if missing" (the later one waits for the earlier
        and inserts nothing), then lock the one row: the second gets the next number, never the same one and
        never a unique-key error."""
        insert = _insert_ignoring_conflicts(self._s)
        if insert is not None:
            self._s.execute(insert(ReferenceCounter).values(year=year, last_number=0).on_conflict_do_nothing())
        counter = self._locked(ReferenceCounter, ReferenceCounter.year == year)
        if counter is None:  # another engine: the plain way
            counter = ReferenceCounter(year=year, last_number=0)
            self._s.add(counter)
        return counter

    def next_reference_number(self, year: int) -> int:
        """Take the next number of the year; rolled back with the transaction, so no gaps arise."""
        counter = self.lock_reference_counter(year)
        counter.last_number += 1
        self._s.flush()
        return counter.last_number


def _insert_ignoring_conflicts(session: Session) -> Any:
    """The dialect's ``insert`` that knows ``on_conflict_do_nothing`` (None for another engine)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
        return insert
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert
        return sqlite_insert
    return None
