"""What a decision would do, before it is taken: how many applications can take the step, the total amount,
the budget line(s) it commits on and what it releases, pays or recovers — for the desktop's confirmation (one
application in the editor, a selection in the list) and for the command line alike.

It plans each step exactly as the step itself will (``lifecycle.plan_in``, the same engine and rules), only
without locks and without writing anything; a step that would be refused is counted with its refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind, Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.base import Service, money, optional_text
from bwi_vouchers.services.budget import available_on
from bwi_vouchers.services.lifecycle import parse_status, plan_in
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, BudgetLine

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LineEffect:
    """What the step does to one budget line, summed over the applications booked on it."""

    year: int
    source: str
    available: Decimal  # available now
    committed: Decimal = ZERO
    released: Decimal = ZERO
    paid: Decimal = ZERO
    recovered: Decimal = ZERO

    @property
    def label(self) -> str:
        return f"{self.year} {self.source}"

    @property
    def available_after(self) -> Decimal:
        """Available once the step is taken: a commitment takes from it, a release or a recovery gives back."""
        return self.available - self.committed + self.released + self.recovered


@dataclass(frozen=True)
class DecisionSummary:
    """The preview of one step for one or many applications."""

    target: Status
    asked: int
    able: tuple[str, ...]  # references that can take the step now
    refused: tuple[tuple[str, BwiError], ...]  # the others, with the reason
    amount: Decimal  # the total amount the step is about (see ``step_amount``)
    lines: tuple[LineEffect, ...] = field(default=())
    cancelled: bool = False

    def total(self, kind: LedgerKind) -> Decimal:
        attribute = {LedgerKind.COMMITMENT: "committed", LedgerKind.RELEASE: "released", LedgerKind.PAYOUT: "paid",
                     LedgerKind.RECOVERY: "recovered"}[kind]
        return sum((getattr(line, attribute) for line in self.lines), ZERO)


def step_amount(app: Application, target: Status, booked: dict[LedgerKind, Decimal]) -> Decimal:
    """The amount a step is about: the commitment of an approval, the payout of a payment (or of the file that
    is closed), the approved amount of a revocation or an expiry, else the voucher amount in question."""
    if target is Status.APPROVED:
        return booked.get(LedgerKind.COMMITMENT, ZERO)
    if target in (Status.PAID, Status.CLOSED):
        return app.payout_amount or ZERO
    if app.approved_amount is not None:
        return app.approved_amount
    return app.voucher_amount or ZERO


class DecisionSummaryService(Service):
    def preview(self, actor: str, references: Iterable[str], target: Status | str, *, costs: object = None,
                reason: str | None = None, progress: Callable[[int, int], None] | None = None,
                is_cancelled: Callable[[], bool] | None = None) -> DecisionSummary:
        """What moving these applications to ``target`` would do now, for ``actor``; nothing is written."""
        status = parse_status(target)
        actual = money("costs", costs, allow_none=True)
        reason = optional_text("reason", reason, max_length=4000, multiline=True)
        refs = list(references)
        able: list[str] = []
        refused: list[tuple[str, BwiError]] = []
        amount = ZERO
        sums: dict[int, dict[LedgerKind, Decimal]] = {}
        cancelled = False
        with self.db.unit_of_work() as uow:
            user = self._actor(uow, actor)
            today = self.clock.today()
            for index, reference in enumerate(refs):
                if is_cancelled is not None and is_cancelled():
                    cancelled = True
                    break
                try:
                    step = plan_in(uow, user, reference, status, today=today, actual=actual, reason=reason,
                                   lock=False)
                except BwiError as error:
                    refused.append((reference, error))
                else:
                    booked: dict[LedgerKind, Decimal] = {}
                    for booking in step.plan.bookings:
                        booked[booking.kind] = booked.get(booking.kind, ZERO) + booking.amount
                    if step.plan.budget_line is not None and booked:
                        line = sums.setdefault(step.plan.budget_line, {})
                        for kind, value in booked.items():
                            line[kind] = line.get(kind, ZERO) + value
                    amount += step_amount(step.app, status, booked)
                    able.append(step.app.reference)
                if progress is not None:
                    progress(index + 1, len(refs))
            lines = tuple(sorted((_effect(uow, line_id, booked) for line_id, booked in sums.items()),
                                 key=lambda effect: (effect.year, effect.source)))
        return DecisionSummary(status, len(refs), tuple(able), tuple(refused), amount, lines, cancelled)


def _effect(uow: UnitOfWork, line_id: int, booked: dict[LedgerKind, Decimal]) -> LineEffect:
    line = uow.get(BudgetLine, line_id)
    if line is None:  # the step's own check found it a moment ago
        return LineEffect(0, "?", ZERO)
    return LineEffect(line.year, line.source, available_on(uow, line) or ZERO,
                      committed=booked.get(LedgerKind.COMMITMENT, ZERO), released=booked.get(LedgerKind.RELEASE, ZERO),
                      paid=booked.get(LedgerKind.PAYOUT, ZERO), recovered=booked.get(LedgerKind.RECOVERY, ZERO))
