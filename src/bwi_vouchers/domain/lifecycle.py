"""The lifecycle of an application (DESIGN §6): which steps exist, who may take them, what they book.

One engine serves the service, the demo loader and the editor's buttons:

- ``why_not`` says why a step is not allowed now (a ``Refusal`` with a code and parameters), or ``None``;
- ``plan_step`` asks ``why_not``, checks the step's inputs and returns a typed ``StepPlan`` — or raises;
- ``apply`` gives the state after a plan, purely; ``services.step_writer`` writes the same plan to storage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind, Outcome, Role, Status
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.domain.rules import Assessment, Check
from bwi_vouchers.domain.step_plan import Booking, StepFields, StepPlan
from bwi_vouchers.errors import BwiError, PermissionDenied, TransitionRefused, ValidationError

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.IN_REVIEW, Status.WITHDRAWN}),
    Status.IN_REVIEW: frozenset({Status.APPROVED, Status.REJECTED, Status.WITHDRAWN}),
    # Reopened after an objection (Einwendung): the reason is required; who reopens it may not decide it.
    Status.REJECTED: frozenset({Status.IN_REVIEW}),
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


def needs_reason(source: Status, target: Status) -> bool:
    """Whether the step from ``source`` to ``target`` must state its reason (a revocation, a reopening)."""
    return target in NEEDS_REASON or is_reopening(source, target)


def is_reopening(source: Status | None, target: Status) -> bool:
    """A rejection taken back into review after an objection."""
    return source is Status.REJECTED and target is Status.IN_REVIEW


def allowed_targets(status: Status) -> frozenset[Status]:
    return TRANSITIONS.get(status, frozenset())


@dataclass(frozen=True)
class Standing:
    """What the guards look at: where the application stands and who took its steps."""

    reference: str
    status: Status
    in_review_by: str | None
    proof_recorded_by: str | None
    approved_amount: Decimal | None
    payout_amount: Decimal | None
    proof_due_date: date | None
    #: Who changed the application's facts while it was in review (DESIGN §6): barred from deciding it.
    facts_changed_by: frozenset[str] = field(default=frozenset(), kw_only=True)

    def changed_facts(self, actor: str) -> bool:
        """Whether ``actor`` changed the facts in review (logins compared case-insensitively)."""
        login = actor.casefold()
        return any(other.casefold() == login for other in self.facts_changed_by)


@dataclass(frozen=True)
class ApplicationState(Standing):
    """The standing plus what a step needs to plan its bookings."""

    open_commitment: Decimal  # committed, neither paid nor released
    measure_end: date
    budget_line: int | None  # the line its commitment is booked on, once approved


@dataclass(frozen=True)
class Refusal:
    """Why a step is not allowed: a code and parameters that ``bwi_vouchers.texts`` turns into words."""

    code: str
    params: Mapping[str, str]
    denied: bool = False  # the user may not (role, four eyes), rather than the application cannot

    def error(self) -> BwiError:
        kind = PermissionDenied if self.denied else TransitionRefused
        return kind(self.code, **self.params)


def why_not(state: Standing, target: Status, *, actor: str, roles: frozenset[Role], today: date,
            assessment: Assessment | None = None) -> Refusal | None:
    """Why ``actor`` may not take the step to ``target`` now, or ``None`` when the step is allowed.

    The drawn transitions, the role, the four-eyes principle (who put it in review or changed its facts in
    review may not decide it; who recorded the proof may not release the payout) and what the application's
    state allows.
    The eligibility rules are looked at only when an ``assessment`` is given (approve).
    """
    reference = state.reference
    if target not in allowed_targets(state.status):
        return Refusal("transition_not_allowed", {"reference": reference, "status": state.status.value,
                                                  "target": target.value})
    role = REQUIRED_ROLE[target]
    if role not in roles:
        return Refusal("role_missing", {"user": actor, "role": role.value, "target": target.value}, denied=True)
    if target in (Status.APPROVED, Status.REJECTED) and state.in_review_by == actor:
        return Refusal("four_eyes_decision", {"user": actor, "reference": reference}, denied=True)
    if target in (Status.APPROVED, Status.REJECTED) and state.changed_facts(actor):
        return Refusal("four_eyes_changed_facts", {"user": actor, "reference": reference}, denied=True)
    if target is Status.PAID and state.proof_recorded_by == actor:
        return Refusal("four_eyes_payout", {"user": actor, "reference": reference}, denied=True)
    if target is Status.APPROVED and assessment is not None:
        if not assessment.eligible:
            return Refusal("rules_failed", {"reference": reference,
                                            "rules": ", ".join(c.rule for c in assessment.failed)})
        if assessment.amount <= 0:
            return Refusal("nothing_to_approve", {"reference": reference})
    if target is Status.PAID:
        if state.payout_amount is None:
            return Refusal("proof_missing", {"reference": reference})
        if state.payout_amount > (state.approved_amount or Decimal(0)):
            return Refusal("payout_above_approved", {"reference": reference})
    if target is Status.EXPIRED and state.proof_due_date is not None and today <= state.proof_due_date:
        return Refusal("not_yet_due", {"reference": reference, "due": state.proof_due_date.isoformat()})
    return None


def check_proof_received(received: date, *, measure_end: date, today: date) -> date:
    """The day a proof of use came in, or a ValidationError on field ``received``: never before the measure's
    end (DESIGN §6), never in the future."""
    if received > today:
        raise ValidationError("received", "proof_received_in_future", date=received.isoformat())
    if received < measure_end:
        raise ValidationError("received", "proof_received_before_end", date=received.isoformat(),
                              end=measure_end.isoformat())
    return received


def accepted_cluster(assessment: Assessment) -> int | None:
    """The cluster whose membership R02 accepted (None when R02 did not pass or names none)."""
    check = next((c for c in assessment.checks if c.rule == "R02"), None)
    cluster = check.params.get("cluster_id") if check is not None and check.outcome is Outcome.PASS else None
    return int(cluster) if cluster else None


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
    budget_line: int | None = None,
    received: date | None = None,
) -> StepPlan:
    """Check one step and say what it sets and books; refused steps raise a typed error.

    ``assessment``: the eligibility check, needed to approve or reject. ``budget_line``: the line an approval
    commits on. ``actual_costs`` and ``received`` (default: today): the proof of use's costs and the day it
    came in, for that step only.
    """
    refusal = why_not(state, target, actor=actor, roles=roles, today=today, assessment=assessment)
    if refusal is not None:
        raise refusal.error()
    reason = (reason or "").strip() or None
    if needs_reason(state.status, target) and not reason:
        raise ValidationError("reason", "reason_required", target=target.value)
    if target is not Status.PROOF_RECEIVED and actual_costs is not None:
        raise ValidationError("costs", "costs_only_with_proof")
    if target is not Status.PROOF_RECEIVED and received is not None:
        raise ValidationError("received", "received_only_with_proof")
    line = state.budget_line
    checks: tuple[Check, ...] = ()
    bookings: list[Booking] = []
    if target is Status.IN_REVIEW:
        values = StepFields(in_review_by=actor, in_review_at=today)
    elif target in (Status.WITHDRAWN, Status.REJECTED):
        if target is Status.REJECTED:
            if assessment is None:
                raise ValueError("a rejection needs the assessment")
            if not reason and assessment.eligible:
                raise ValidationError("reason", "reason_required", target=target.value)
        values = StepFields(decided_by=actor, decision_date=today, decision_reason=reason)
    elif target is Status.APPROVED:
        if assessment is None:
            raise ValueError("an approval needs the assessment")
        if budget_line is None:  # R12 fails without a line, so the assessment refuses first; kept as a guard
            raise TransitionRefused("rules_failed", reference=state.reference, rules="R12")
        line = budget_line
        values = StepFields(approved_amount=assessment.amount, approval_date=today, decided_by=actor,
                            decision_date=today, decision_reason=reason, cluster_id=accepted_cluster(assessment),
                            proof_due_date=programme.proof_due(state.measure_end))
        bookings.append(Booking(LedgerKind.COMMITMENT, assessment.amount))
    elif target is Status.PROOF_RECEIVED:
        if actual_costs is None:
            raise ValidationError("costs", "costs_required")
        if actual_costs < 0:
            raise ValidationError("costs", "negative", value=actual_costs)
        day = check_proof_received(received or today, measure_end=state.measure_end, today=today)
        payout = programme.payout_amount(state.approved_amount or Decimal(0), actual_costs)
        values = StepFields(actual_costs=actual_costs, proof_received_date=day, proof_recorded_by=actor,
                            payout_amount=payout)
    elif target is Status.PAID:
        payout = state.payout_amount or Decimal(0)  # why_not refused a step without a recorded payout
        if payout > 0:
            bookings.append(Booking(LedgerKind.PAYOUT, payout))
        if state.open_commitment - payout > 0:
            bookings.append(Booking(LedgerKind.RELEASE, state.open_commitment - payout))
        values = StepFields(paid_by=actor, payout_date=today)
    elif target is Status.CLOSED:
        values = StepFields(closed_by=actor, closed_date=today)
    else:  # EXPIRED, REVOKED: the open commitment is released, a payout recovered
        if state.open_commitment > 0:
            bookings.append(Booking(LedgerKind.RELEASE, state.open_commitment))
        if target is Status.REVOKED and state.status is Status.PAID and state.payout_amount:
            bookings.append(Booking(LedgerKind.RECOVERY, state.payout_amount))
        # An expiry keeps the approval's reason; a revocation states its own.
        values = StepFields(decided_by=actor, decision_date=today,
                            decision_reason=reason if target is Status.REVOKED else None)
    if target in (Status.APPROVED, Status.REJECTED) and assessment is not None:
        checks = assessment.checks
    return StepPlan(reference=state.reference, source=state.status, target=target, actor=actor, day=today,
                    fields=values, budget_line=line, bookings=tuple(bookings), checks=checks,
                    note=reason if is_reopening(state.status, target) else None)


def apply(state: ApplicationState, plan: StepPlan) -> ApplicationState:
    """The state after the plan: what a step leaves behind for the next one to look at."""
    if plan.reference != state.reference or plan.source is not state.status:
        raise ValueError(f"the plan for {plan.reference} ({plan.source}) does not fit {state.reference} "
                         f"({state.status})")
    values = plan.fields
    # Written out rather than dataclasses.replace: the demo loader applies some 3 plans per application.
    return ApplicationState(
        reference=state.reference, status=plan.target,
        in_review_by=values.in_review_by or state.in_review_by,
        proof_recorded_by=values.proof_recorded_by or state.proof_recorded_by,
        approved_amount=values.approved_amount if values.approved_amount is not None else state.approved_amount,
        payout_amount=values.payout_amount if values.payout_amount is not None else state.payout_amount,
        proof_due_date=values.proof_due_date or state.proof_due_date,
        open_commitment=state.open_commitment + plan.ledger_change() if plan.bookings else state.open_commitment,
        measure_end=state.measure_end,
        budget_line=plan.budget_line,
        # Entering the review starts a new one: changes made before it (or in an earlier one) bar nobody.
        facts_changed_by=frozenset() if plan.target is Status.IN_REVIEW else state.facts_changed_by,
    )
