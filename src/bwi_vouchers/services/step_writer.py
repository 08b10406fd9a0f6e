"""The one place where a lifecycle ``StepPlan`` becomes stored data: the application's columns, its ledger
entries and the audit event's changes.

``record_step`` computes the three from a plan and the application's current values; ``write_step`` puts
them into the ORM row and the unit of work (the lifecycle service); the demo loader appends the same
records to its bulk rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.enums import Outcome
from bwi_vouchers.domain.step_plan import StepPlan
from bwi_vouchers.services.base import jsonable
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, LedgerEntry

# Enum.value and isinstance chains are slow where the demo loader writes hundreds of thousands of steps.
_OUTCOME = {outcome: outcome.value for outcome in Outcome}
_TEXT: dict[type, Callable[[Any], str]] = {date: date.isoformat, datetime: datetime.isoformat, Decimal: str}


@dataclass(frozen=True)
class StepRecord:
    values: dict[str, Any]  # application column -> new value
    ledger: tuple[dict[str, Any], ...]  # ledger_entry rows
    changes: dict[str, list[Any]]  # the audit event's changes: field -> [old, new], then ledger and checks


def record_step(plan: StepPlan, old: Callable[[str], Any], *, application_id: int,
                booked_at: datetime) -> StepRecord:
    """What writing ``plan`` stores; ``old(column)`` gives the application's value before the step."""
    target = plan.target.value
    values: dict[str, Any] = {}
    changes: dict[str, list[Any]] = {}
    for name, value in (("status", target), *plan.fields.items()):
        values[name] = value
        before, after = _plain(old(name)), _plain(value)
        if before != after:
            changes[name] = [before, after]
    values["budget_line_id"] = plan.budget_line
    ledger: tuple[dict[str, Any], ...] = ()
    if plan.bookings:
        ledger = tuple({"budget_line_id": plan.budget_line, "application_id": application_id, "kind": b.kind.value,
                        "amount": b.amount, "booked_on": plan.day, "booked_at": booked_at, "booked_by": plan.actor,
                        "note": f"{plan.reference} {target}"} for b in plan.bookings)
        changes["ledger"] = [None, plan.booking_texts()]
    if plan.note:
        changes["reason"] = [None, plan.note]
    if plan.checks:
        changes["checks"] = [None, {c.rule: _OUTCOME[c.outcome] for c in plan.checks}]
    return StepRecord(values, ledger, changes)


def _plain(value: Any) -> Any:
    """The value as the audit trail stores it (``jsonable``), with short ways for what steps set most."""
    if value is None or type(value) is str:
        return value
    convert = _TEXT.get(type(value))
    return convert(value) if convert is not None else jsonable(value)


def write_step(uow: UnitOfWork, app: Application, plan: StepPlan, *, at: datetime) -> dict[str, list[Any]]:
    """Write the plan to the application's row and its ledger entries; return the audit event's changes."""
    record = record_step(plan, lambda name: getattr(app, name), application_id=app.id, booked_at=at)
    for name, value in record.values.items():
        setattr(app, name, value)
    for row in record.ledger:
        uow.add(LedgerEntry(**row))
    return record.changes
