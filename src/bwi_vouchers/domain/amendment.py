"""An amendment of an approval (Änderungsbescheid, DESIGN §6): a lower amount only; the difference is released."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind, Role, Status
from bwi_vouchers.domain.step_plan import Booking
from bwi_vouchers.errors import PermissionDenied, TransitionRefused, ValidationError

#: The role that amends an approval (the one that approves).
AMEND_ROLE = Role.APPROVER


@dataclass(frozen=True)
class AmendmentPlan:
    """What an amendment changes: the approved amount from ``previous`` to ``amount``, ``released`` booked back."""

    reference: str
    previous: Decimal
    amount: Decimal
    reason: str
    actor: str
    day: date

    @property
    def released(self) -> Decimal:
        return self.previous - self.amount

    @property
    def booking(self) -> Booking:
        return Booking(LedgerKind.RELEASE, self.released)


def plan_amendment(*, reference: str, status: Status, approved: Decimal | None, amount: Decimal, reason: str | None,
                   actor: str, roles: frozenset[Role], today: date) -> AmendmentPlan:
    """Check an amendment; refused ones raise a typed error (German words in ``texts``)."""
    if status is not Status.APPROVED or approved is None:
        raise TransitionRefused("amend_not_approved", reference=reference, status=status.value)
    if AMEND_ROLE not in roles:
        raise PermissionDenied("role_missing_action", user=actor, role=AMEND_ROLE.value)
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", "amend_reason_required", reference=reference)
    if amount <= 0:
        raise ValidationError("amount", "amend_not_positive", reference=reference, amount=amount)
    if amount >= approved:
        raise ValidationError("amount", "amend_not_lower", reference=reference, amount=amount, maximum=approved)
    return AmendmentPlan(reference, approved, amount, text, actor, today)
