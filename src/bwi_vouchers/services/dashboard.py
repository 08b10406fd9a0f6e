"""The overview: counts, proofs of use coming due and recent activity — aggregated in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.audit import AuditRow, audit_rows
from bwi_vouchers.services.base import Service


@dataclass(frozen=True)
class DueProof:
    reference: str
    company: str
    due_date: date
    days_left: int  # negative: overdue by that many days


@dataclass(frozen=True)
class DueProofs:
    rows: tuple[DueProof, ...]
    total: int  # all that are due, also beyond the rows returned


class DashboardService(Service):
    def status_counts(self) -> dict[Status, int]:
        """Applications per status; every status is present (0 where none)."""
        with self.db.unit_of_work() as uow:
            counts = uow.status_counts()
        return {status: counts.get(status.value, 0) for status in Status}

    def due_proofs(self, within_days: int = 30, *, limit: int = 500) -> DueProofs:
        """Approved applications whose proof of use is overdue or due within the days, earliest first."""
        today = self.clock.today()
        with self.db.unit_of_work() as uow:
            rows, total = uow.proofs_due(
                status=Status.APPROVED.value, until=today + timedelta(days=within_days), limit=limit
            )
        return DueProofs(tuple(DueProof(ref, company, due, (due - today).days) for ref, company, due in rows), total)

    def recent_events(self, limit: int = 12) -> list[AuditRow]:
        with self.db.unit_of_work() as uow:
            return audit_rows(uow, uow.audit_events(limit=limit))
