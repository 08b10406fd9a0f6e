"""Loading the demo: read what the database has, generate, write everything in one transaction."""

from __future__ import annotations

from datetime import date

from bwi_vouchers.errors import BwiError, ValidationError, present
from bwi_vouchers.services.base import Service, programmes, roles_of
from bwi_vouchers.services.demo.generator import Generator, generate
from bwi_vouchers.services.demo.model import (
    GENERATE_SHARE,
    MAX_APPLICATIONS,
    PROGRESS_TOTAL,
    Cancelled,
    ClusterRef,
    DemoCancelled,
    DemoReference,
    DemoRows,
    DemoSummary,
    Progress,
    gc_paused,
)
from bwi_vouchers.storage import bulk
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import BudgetLine


def read_reference(uow: UnitOfWork, today: date, actor: str, *, reserve: bool = True) -> DemoReference:
    """What the generator needs; its ``ids`` reserve ids in ``uow``'s transaction (``reserve``: taken from the
    database for writing; without, counted on from the highest ids, for rows that are not written)."""
    clusters = tuple(ClusterRef(c.id, c.name, c.state_owned, tuple(sorted(t.code for t in c.themes)))
                     for c in sorted(uow.clusters(), key=lambda c: c.id) if c.active)
    session = uow.session
    return DemoReference(
        today=today,
        programmes=tuple(programmes(uow)),
        themes=tuple(t.code for t in uow.themes() if t.active),
        clusters=clusters,
        users={u.login: roles_of(u) for u in uow.users()},
        ids=lambda name, count: bulk.reserve_ids(session, name, count, reserve=reserve),
        measure_codes=tuple(sorted(bulk.measure_codes(session))),
        counters=bulk.reference_counters(session),
        budget_lines={(line.year, line.source): (line.id, line.amount) for line in uow.budget_lines()},
        actor=actor,
    )


class DemoService(Service):
    def load(self, actor: str, *, applications: int = 1000, seed: int = 1, progress: Progress | None = None,
             is_cancelled: Cancelled | None = None) -> DemoSummary:
        """Fill a database without applications with demo data, in one transaction (cancel: nothing written)."""
        check_count(applications)
        cancelled = is_cancelled or (lambda: False)
        report = progress or (lambda done, total: None)
        with gc_paused(), self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor)
            existing = uow.application_count()
            if existing:
                raise BwiError("demo_not_empty", count=existing)
            reference = read_reference(uow, self.clock.today(), actor)

            def generating(done: int, total: int) -> None:
                # the drafts (first half of ``done``) take GENERATE_SHARE, the rows written as they come the rest
                half = max(total // 2, 1)
                if done < half:
                    report(GENERATE_SHARE * done // half, PROGRESS_TOTAL)
                else:
                    report(GENERATE_SHARE + (PROGRESS_TOTAL - GENERATE_SHARE) * (done - half) // half,
                           PROGRESS_TOTAL)

            generator = Generator(reference, seed, generating, cancelled)
            try:
                with bulk.large_cache(uow.session), bulk.deferred_indexes(uow.session):
                    for batch in generator.stream(applications):
                        bulk.insert(uow.session, batch, is_cancelled=cancelled, release=True)
            except bulk.Interrupted:
                raise DemoCancelled() from None
            bulk.set_reference_counters(uow.session, generator.counters)
            for line_id, amount in generator.budget_amounts.items():
                line = present(uow.get(BudgetLine, line_id), f"die Budgetzeile {line_id}")
                line.amount = amount
            if cancelled():
                raise DemoCancelled()
            report(PROGRESS_TOTAL, PROGRESS_TOTAL)
            return generator.summary

    def rows(self, actor: str, *, applications: int = 1000, seed: int = 1) -> DemoRows:
        """The rows ``load`` would write into this database, without writing them (benchmarks, tests)."""
        check_count(applications)
        with self.db.unit_of_work() as uow:
            self._actor(uow, actor)
            reference = read_reference(uow, self.clock.today(), actor, reserve=False)
            return generate(reference, applications=applications, seed=seed)


def check_count(applications: int) -> None:
    if not 0 <= applications <= MAX_APPLICATIONS:
        raise ValidationError("applications", "out_of_range", value=applications)
