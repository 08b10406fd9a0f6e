"""What one lifecycle step does, as plain frozen values: the new status, the fields it sets, the bookings.

``plan_step`` (in ``domain.lifecycle``) makes a ``StepPlan``; the service and the demo loader write it
through the one writer in ``services.step_writer``. Nothing here knows about storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from bwi_vouchers.domain.enums import LedgerKind, Status
from bwi_vouchers.domain.rules import Check


@dataclass(frozen=True)
class Booking:
    """One ledger entry a step books on the plan's budget line; the amount is positive, the kind the direction."""

    kind: LedgerKind
    amount: Decimal


class StepFields(NamedTuple):
    """The application's fields a step sets, named as stored. ``None`` leaves a field as it is: no step clears one.

    The order of declaration is the order in which the audit event lists the changes. A named tuple rather than a
    frozen dataclass: as immutable and typed, and made several times faster (the demo loader makes some 200,000).
    """

    in_review_by: str | None = None
    in_review_at: date | None = None
    approved_amount: Decimal | None = None
    approval_date: date | None = None
    decided_by: str | None = None
    decision_date: date | None = None
    decision_reason: str | None = None
    cluster_id: int | None = None  # the cluster R02 accepted, stored at the approval
    proof_due_date: date | None = None
    actual_costs: Decimal | None = None
    proof_received_date: date | None = None
    proof_recorded_by: str | None = None
    payout_amount: Decimal | None = None
    paid_by: str | None = None
    payout_date: date | None = None
    closed_by: str | None = None
    closed_date: date | None = None

    def items(self) -> list[tuple[str, object]]:
        """(field, value) of what the step sets, in declaration order."""
        return [(name, value) for name, value in zip(self._fields, self, strict=True) if value is not None]


@dataclass(frozen=True)
class StepPlan:
    """One allowed step of one application: who takes it when, what it sets and books, what the audit records."""

    reference: str
    source: Status
    target: Status
    actor: str
    day: date
    fields: StepFields
    #: The application's budget line after the step: the one an approval commits on, else the one it had.
    budget_line: int | None
    bookings: tuple[Booking, ...] = ()
    #: The check of every rule, recorded with a decision (approve, reject); empty for other steps.
    checks: tuple[Check, ...] = ()
    #: Why the step was taken when no field holds it (a reopening's objection); the audit event records it.
    note: str | None = None

    @property
    def action(self) -> str:
        """The audit event's action."""
        return f"status:{self.target.value}"

    def booking_texts(self) -> list[str]:
        """The bookings as the audit event lists them: ``commitment 1500.00``."""
        return [f"{b.kind.value} {b.amount}" for b in self.bookings]

    def ledger_change(self) -> Decimal:
        """How the step changes the application's open commitment (committed, neither paid nor released)."""
        change = Decimal(0)
        for booking in self.bookings:
            if booking.kind is LedgerKind.COMMITMENT:
                change += booking.amount
            elif booking.kind is not LedgerKind.RECOVERY:
                change -= booking.amount
        return change
