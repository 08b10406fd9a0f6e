"""The demo generator: every part put together, pure (reference data in, rows out) and deterministic.

``Generator.stream`` hands the rows over in batches, parents before children, so that a million applications
never sit in memory at once: first the staff, measures, budget lines and the companies (with what hangs on
them), ``BATCH`` companies at a time, then the applications in order of receipt, about ``BATCH`` at a time, each
batch with its cost items and with the ledger entries and audit events up to the next batch (both tables stay
in the order of time). What waits for its turn — the drafts until all are drawn and numbered, the companies'
rows until the drafts have given each its creation day, audit events and ledger entries later than the batch
being made — waits in a temporary file (``spill``), memory keeping a handle and a packed sort key for each.
``generate`` collects the batches into one ``DemoRows`` (tests, benchmarks, small sizes).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from bwi_vouchers.services.demo.applications import ApplicationMaker
from bwi_vouchers.services.demo.companies import CompanyMaker
from bwi_vouchers.services.demo.drafts import Drafts
from bwi_vouchers.services.demo.measures import MeasureMaker
from bwi_vouchers.services.demo.model import Cancelled, DemoReference, DemoRows, DemoSummary, Progress, gc_paused
from bwi_vouchers.services.demo.rows import RowMaker

#: Applications per written batch.
BATCH = 10_000

Batch = dict[str, list[dict[str, Any]]]


def generate(reference: DemoReference, *, applications: int, seed: int, progress: Progress | None = None,
             is_cancelled: Cancelled | None = None) -> DemoRows:
    """All demo rows for ``applications`` applications; the same inputs always give the same rows."""
    with gc_paused():
        generator = Generator(reference, seed, progress, is_cancelled)
        tables: dict[str, list[dict[str, Any]]] = {}
        for batch in generator.stream(applications):
            for name, rows in batch.items():
                tables.setdefault(name, []).extend(rows)
        return DemoRows(tables, generator.counters, generator.budget_amounts, generator.summary)


class Generator(CompanyMaker, MeasureMaker, ApplicationMaker, RowMaker):
    """All parts of the generator; ``stream`` makes the rows for a number of applications.

    ``progress(done, 2 * count)``: the drafts are the first half, the rows the second. Once the stream is
    exhausted, ``counters``, ``budget_amounts`` and ``summary`` hold the rest of the result."""

    counters: dict[int, int]
    budget_amounts: dict[int, Any]
    summary: DemoSummary

    def stream(self, count: int, batch: int = BATCH) -> Iterator[Batch]:
        self.ledger_count = self.event_count = 0
        try:
            self._users()
            companies = self._companies(max(20, count // 4))
            measures = self._measures(max(12, count // 40))
            drafts = Drafts(self.spill, self.programmes)
            for app in self._applications(count, companies, measures):
                drafts.keep(app)
            order = self._number(drafts)
            lines = self._budget_lines(drafts.years)
            self._needs(drafts.needs, lines)
            self._company_rows(companies)
            self._measure_rows(measures)
            self.budget_amounts = self._budget_rows(lines)
            self._finish_users(date.fromordinal(order.receipts[0]) if count else None)
            users = len(self.tables["app_user"])
            first: Batch | None = self.tables
            self.tables = {}
            for rows in self._company_batches(len(companies), batch):
                if first is not None:  # staff, measures, budget lines and the first companies
                    rows.update(first)
                    first = None
                yield rows
            yield from self._application_rows(drafts, order, companies, measures, lines, batch)
            self.summary = DemoSummary(
                users=users, companies=len(companies), measures=len(measures), applications=count,
                by_status=drafts.by_status, budget_lines=len(lines), ledger_entries=self.ledger_count,
                audit_events=self.event_count)
        finally:
            self.spill.close()
