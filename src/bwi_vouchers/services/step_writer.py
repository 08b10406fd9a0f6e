"""The one place where a lifecycle ``StepPlan`` becomes stored data: the application's columns, its ledger
entries and the audit event's changes.

``record_step`` computes the three from a plan and the application's current values; ``write_step`` puts
them into the ORM row and the unit of work (the lifecycle service); the demo loader appends the same
records to its bulk rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bwi_vouchers.domain.step_plan import StepPlan
from bwi_vouchers.services.base import diff
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, LedgerEntry


@dataclass(frozen=True)
class StepRecord:
    values: dict[str, Any]  # application column -> new value
    ledger: tuple[dict[str, Any], ...]  # ledger_entry rows
    changes: dict[str, list[Any]]  # the audit event's changes: field -> [old, new], then ledger and checks


def record_step(plan: StepPlan, old: Callable[[str], Any], *, application_id: int,
                booked_at: datetime) -> StepRecord:
    """What writing ``plan`` stores; ``old(column)`` gives the application's value before the step."""
    fields = plan.fields.items()
    values: dict[str, Any] = {"status": plan.target.value, **dict(fields)}
    changes = diff({"status": old("status"), **{name: old(name) for name, _ in fields}}, values)
    values["budget_line_id"] = plan.budget_line
    ledger: tuple[dict[str, Any], ...] = ()
    if plan.bookings:
        ledger = tuple({"budget_line_id": plan.budget_line, "application_id": application_id, "kind": b.kind.value,
                        "amount": b.amount, "booked_on": plan.day, "booked_at": booked_at, "booked_by": plan.actor,
                        "note": f"{plan.reference} {plan.target.value}"} for b in plan.bookings)
        changes["ledger"] = [None, plan.booking_texts()]
    if plan.checks:
        changes["checks"] = [None, {rule: outcome.value for rule, outcome in plan.checks}]
    return StepRecord(values, ledger, changes)


def write_step(uow: UnitOfWork, app: Application, plan: StepPlan, *, at: datetime) -> dict[str, list[Any]]:
    """Write the plan to the application's row and its ledger entries; return the audit event's changes."""
    record = record_step(plan, lambda name: getattr(app, name), application_id=app.id, booked_at=at)
    for name, value in record.values.items():
        setattr(app, name, value)
    for row in record.ledger:
        uow.add(LedgerEntry(**row))
    return record.changes
