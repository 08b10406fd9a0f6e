"""The lifecycle of an application (DESIGN §6): which steps exist, who may take them, what they book.

``plan_step`` is pure: it takes the application's state and the step asked for, checks the guards and
returns the new values and ledger bookings — or raises a typed error. The service applies the plan in
one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind, Role, Status
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.domain.rules import Assessment
from bwi_vouchers.errors import PermissionDenied, TransitionRefused, ValidationError

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.IN_REVIEW, Status.WITHDRAWN}),
    Status.IN_REVIEW: frozenset({Status.APPROVED, Status.REJECTED, Status.WITHDRAWN}),
    Status.APPROVED: frozenset({Status.PROOF_RECEIVED, Status.EXPIRED, Status.REVOKED}),
    Status.PROOF_RECEIVED: frozenset({Status.PAID, Status.REVOKED}),
    # A paid voucher can still be revoked (the payout is recovered) until the file is closed.
    Status.PAID: frozenset({Status.CLOSED, Status.REVOKED}),
}

REQUIRED_ROLE: dict[Status, Role] = {
    Status.IN_REVIEW: Role.CLERK,
    Status.WITHDRAWN: Role.CLERK,
    Status.APPROVED: Role.APPROVER,
    Status.REJECTED: Role.APPROVER,
    Status.PROOF_RECEIVED: Role.CLERK,
    Status.PAID: Role.APPROVER,
    Status.CLOSED: Role.CLERK,
    Status.EXPIRED: Role.CLERK,
    Status.REVOKED: Role.APPROVER,
}

NEEDS_REASON = frozenset({Status.REVOKED})


def allowed_targets(status: Status) -> frozenset[Status]:
    return TRANSITIONS.get(status, frozenset())


@dataclass(frozen=True)
class ApplicationState:
    """What the guards look at."""

    reference: str
    status: Status
    in_review_by: str | None
    proof_recorded_by: str | None
    approved_amount: Decimal | None
    payout_amount: Decimal | None
    open_commitment: Decimal
    proof_due_date: date | None
    measure_end: date


@dataclass(frozen=True)
class Booking:
    kind: LedgerKind
    amount: Decimal


@dataclass(frozen=True)
class StepPlan:
    target: Status
    changes: dict[str, object] = field(default_factory=dict)
    bookings: tuple[Booking, ...] = ()


def check_allowed(state: ApplicationState, target: Status, *, actor: str, roles: frozenset[Role]) -> None:
    """Raise unless the drawn lifecycle, the actor's role and the four-eyes principle allow the step."""
    if target not in allowed_targets(state.status):
        raise TransitionRefused("transition_not_allowed", reference=state.reference,
                                status=state.status.value, target=target.value)
    role = REQUIRED_ROLE[target]
    if role not in roles:
        raise PermissionDenied("role_missing", user=actor, role=role.value, target=target.value)
    if target in (Status.APPROVED, Status.REJECTED) and state.in_review_by == actor:
        raise PermissionDenied("four_eyes_decision", user=actor, reference=state.reference)
    if target is Status.PAID and state.proof_recorded_by == actor:
        raise PermissionDenied("four_eyes_payout", user=actor, reference=state.reference)


def plan_step(
    state: ApplicationState,
    target: Status,
    *,
    actor: str,
    roles: frozenset[Role],
    today: date,
    programme: Programme,
    assessment: Assessment | None = None,
    actual_costs: Decimal | None = None,
    reason: str | None = None,
) -> StepPlan:
    """Check the guards of one step and say what it changes and books."""
    check_allowed(state, target, actor=actor, roles=roles)
    reason = (reason or "").strip() or None
    if target in NEEDS_REASON and not reason:
        raise ValidationError("reason", "reason_required", target=target.value)
    if target is not Status.PROOF_RECEIVED and actual_costs is not None:
        raise ValidationError("costs", "costs_only_with_proof")

    if target is Status.IN_REVIEW:
        return StepPlan(target, {"in_review_by": actor, "in_review_at": today})
    if target is Status.WITHDRAWN:
        return StepPlan(target, {"decided_by": actor, "decision_date": today, "decision_reason": reason})
    if target is Status.REJECTED:
        if assessment is None:
            raise ValueError("a rejection needs the assessment")
        if not reason and assessment.eligible:
            raise ValidationError("reason", "reason_required", target=target.value)
        return StepPlan(target, {"decided_by": actor, "decision_date": today, "decision_reason": reason})
    if target is Status.APPROVED:
        if assessment is None:
            raise ValueError("an approval needs the assessment")
        if not assessment.eligible:
            raise TransitionRefused("rules_failed", reference=state.reference,
                                    rules=", ".join(c.rule for c in assessment.failed))
        amount = assessment.amount
        if amount <= 0:
            raise TransitionRefused("nothing_to_approve", reference=state.reference)
        return StepPlan(
            target,
            {"approved_amount": amount, "approval_date": today, "decided_by": actor, "decision_date": today,
             "decision_reason": reason, "proof_due_date": programme.proof_due(state.measure_end)},
            (Booking(LedgerKind.COMMITMENT, amount),),
        )
    if target is Status.PROOF_RECEIVED:
        if actual_costs is None:
            raise ValidationError("costs", "costs_required")
        if actual_costs < 0:
            raise ValidationError("costs", "negative", value=actual_costs)
        approved = state.approved_amount or Decimal(0)
        payout = programme.payout_amount(approved, actual_costs)
        return StepPlan(target, {"actual_costs": actual_costs, "proof_received_date": today,
                                 "proof_recorded_by": actor, "payout_amount": payout})
    if target is Status.PAID:
        approved = state.approved_amount or Decimal(0)
        if state.payout_amount is None:
            raise TransitionRefused("proof_missing", reference=state.reference)
        payout = state.payout_amount
        if payout > approved:
            raise TransitionRefused("payout_above_approved", reference=state.reference)
        bookings = [Booking(LedgerKind.PAYOUT, payout)] if payout > 0 else []
        rest = state.open_commitment - payout
        if rest > 0:
            bookings.append(Booking(LedgerKind.RELEASE, rest))
        return StepPlan(target, {"paid_by": actor, "payout_date": today}, tuple(bookings))
    if target is Status.CLOSED:
        return StepPlan(target, {"closed_by": actor, "closed_date": today})
    if target is Status.EXPIRED:
        if state.proof_due_date is not None and today <= state.proof_due_date:
            raise TransitionRefused("not_yet_due", reference=state.reference,
                                    due=state.proof_due_date.isoformat())
        release = (Booking(LedgerKind.RELEASE, state.open_commitment),) if state.open_commitment > 0 else ()
        return StepPlan(target, {"decided_by": actor, "decision_date": today}, release)
    if target is Status.REVOKED:
        bookings_list: list[Booking] = []
        if state.open_commitment > 0:
            bookings_list.append(Booking(LedgerKind.RELEASE, state.open_commitment))
        if state.status is Status.PAID and state.payout_amount:
            bookings_list.append(Booking(LedgerKind.RECOVERY, state.payout_amount))
        return StepPlan(target, {"decided_by": actor, "decision_date": today, "decision_reason": reason},
                        tuple(bookings_list))
    raise AssertionError(f"unplanned target {target}")  # pragma: no cover - TRANSITIONS guards this
