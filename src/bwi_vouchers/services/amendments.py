"""Amend an approval (Änderungsbescheid): a lower approved amount, the difference released to the budget line.

One unit of work: the application's amount, the release in the ledger (with a German note) and the audit event
``amend`` (old and new amount, reason, booking), from which the amendment letter later takes its facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.amendment import plan_amendment
from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.domain.money import MoneyError, parse_german_money
from bwi_vouchers.errors import NotFoundError, ValidationError
from bwi_vouchers.formats import money as format_eur
from bwi_vouchers.services.base import Service, money, optional_text, roles_of
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import LedgerEntry

AMEND_ACTION = "amend"


@dataclass(frozen=True)
class Amendment:
    """One amendment as the audit trail holds it."""

    reference: str
    previous: Decimal
    amount: Decimal
    reason: str
    day: date
    by: str

    @property
    def released(self) -> Decimal:
        return self.previous - self.amount


class AmendmentService(Service):
    def amend(self, actor: str, reference: str, amount: object, reason: str | None) -> Amendment:
        """Lower the approved amount of an approved application; refused amendments raise and change nothing."""
        new = _amount(amount)
        text = optional_text("reason", reason, max_length=4000, multiline=True)
        return self.db.retrying(lambda uow: self._amend(uow, actor, reference, new, text))

    def latest(self, reference: str) -> Amendment | None:
        with self.db.unit_of_work() as uow:
            return latest_amendment(uow, reference.strip().upper())

    def _amend(self, uow: UnitOfWork, actor: str, reference: str, amount: Decimal, reason: str | None) -> Amendment:
        user = self._actor(uow, actor)
        app = uow.lock_application(reference)
        if app is None:
            raise NotFoundError("unknown_reference", reference=reference)
        if app.budget_line_id is not None:
            uow.lock_budget_line(app.budget_line_id)
        today, now = self.clock.today(), self.clock.now()
        plan = plan_amendment(reference=app.reference, status=Status(app.status), approved=app.approved_amount,
                              amount=amount, reason=reason, actor=user.login,
                              roles=frozenset(Role(r) for r in roles_of(user)), today=today)
        if app.budget_line_id is None:  # an approval always has its line; kept as a guard
            raise NotFoundError("no_budget_line", year=today.year, source=app.funding_source or "")
        app.approved_amount = plan.amount
        note = (f"{app.reference} Änderungsbescheid: {format_eur(plan.previous)} → {format_eur(plan.amount)}, "
                f"{format_eur(plan.released)} freigegeben")
        uow.add(LedgerEntry(budget_line_id=app.budget_line_id, application_id=app.id, kind=plan.booking.kind.value,
                            amount=plan.released, booked_on=today, booked_at=now, booked_by=user.login, note=note))
        uow.flush()
        self._audit(uow, user.login, "application", app.reference, AMEND_ACTION, {
            "approved_amount": [str(plan.previous), str(plan.amount)],
            "reason": [None, plan.reason],
            "ledger": [None, [f"{plan.booking.kind.value} {plan.released}"]],
        })
        return Amendment(app.reference, plan.previous, plan.amount, plan.reason, today, user.login)


def _amount(value: object) -> Decimal:
    """The new amount: German text (``1.234,56``) or plain (``1234.56``), a Decimal or an int."""
    if not isinstance(value, str) or not value.strip():
        return money("amount", value)
    try:
        return parse_german_money(value)
    except MoneyError as error:
        raise ValidationError("amount", f"money_{error.code}", value=value) from None


def latest_amendment(uow: UnitOfWork, reference: str) -> Amendment | None:
    """The newest amendment of the application, from its audit event; None when it was never amended."""
    for event in uow.audit_events(entity="application", entity_id=reference):
        if event.action != AMEND_ACTION:
            continue
        before, after = event.changes["approved_amount"]
        return Amendment(reference, Decimal(str(before)), Decimal(str(after)), str(event.changes["reason"][1]),
                         event.at.date(), event.user_login)
    return None
