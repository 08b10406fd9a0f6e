"""The demo generator: every part put together, pure (reference data in, rows out) and deterministic."""

from __future__ import annotations

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.demo.applications import ApplicationMaker
from bwi_vouchers.services.demo.companies import CompanyMaker
from bwi_vouchers.services.demo.measures import MeasureMaker
from bwi_vouchers.services.demo.model import VALUE, Cancelled, DemoReference, DemoRows, DemoSummary, Progress, gc_paused
from bwi_vouchers.services.demo.rows import RowMaker


def generate(reference: DemoReference, *, applications: int, seed: int, progress: Progress | None = None,
             is_cancelled: Cancelled | None = None) -> DemoRows:
    """All demo rows for ``applications`` applications; the same inputs always give the same rows."""
    with gc_paused():
        return Generator(reference, seed, progress, is_cancelled).run(applications)


class Generator(CompanyMaker, MeasureMaker, ApplicationMaker, RowMaker):
    """All parts of the generator; ``run`` makes the rows for a number of applications."""

    def run(self, count: int) -> DemoRows:
        self._users()
        companies = self._companies(max(20, count // 4))
        measures = self._measures(max(12, count // 40))
        apps = self._applications(count, companies, measures)
        self._number(apps)
        lines = self._budget_lines(apps)
        self._application_rows(apps, lines)
        self._company_rows(companies)
        self._measure_rows(measures)
        counters = self._counters(apps)
        budget_amounts = self._budget_rows(lines)
        self._finish_users(apps)
        self.audit.sort(key=lambda item: (item[0], item[1]))
        self.tables["audit_event"] = [row for _, _, row in self.audit]
        self.tables["ledger_entry"].sort(key=lambda row: (row["booked_at"], row["application_id"]))
        by_status = {s.value: 0 for s in Status}
        for app in apps:
            by_status[VALUE[app.status]] += 1
        summary = DemoSummary(
            users=len(self.tables["app_user"]), companies=len(companies), measures=len(measures),
            applications=len(apps), by_status=by_status, budget_lines=len(lines),
            ledger_entries=len(self.tables["ledger_entry"]), audit_events=len(self.tables["audit_event"]))
        return DemoRows(self.tables, counters, budget_amounts, summary)
