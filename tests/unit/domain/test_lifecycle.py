"""The lifecycle (DESIGN §6) as the pure ``plan_step``: drawn transitions, roles, four eyes, reasons, bookings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import LedgerKind, Outcome, Role, Status
from bwi_vouchers.domain.lifecycle import ApplicationState, allowed_targets, plan_step
from bwi_vouchers.domain.rules import RULES, Assessment, Check
from bwi_vouchers.domain.step_plan import Booking, StepFields, StepPlan
from bwi_vouchers.errors import PermissionDenied, TransitionRefused, ValidationError

from .programmes import DEFAULT

D = Decimal
TODAY = date(2026, 12, 1)
MEASURE_END = date(2026, 5, 8)
DUE = date(2026, 11, 8)  # measure end + 6 months
ALL_ROLES = frozenset(Role)
LINE = 7  # the budget line an approval commits on

# The drawing of DESIGN §6, written out independently of the code (plus paid → revoked: "recovery if paid").
DRAWN = {
    (Status.RECEIVED, Status.IN_REVIEW), (Status.RECEIVED, Status.WITHDRAWN),
    (Status.IN_REVIEW, Status.APPROVED), (Status.IN_REVIEW, Status.REJECTED), (Status.IN_REVIEW, Status.WITHDRAWN),
    (Status.APPROVED, Status.PROOF_RECEIVED), (Status.APPROVED, Status.EXPIRED), (Status.APPROVED, Status.REVOKED),
    (Status.PROOF_RECEIVED, Status.PAID), (Status.PROOF_RECEIVED, Status.REVOKED),
    (Status.PAID, Status.CLOSED), (Status.PAID, Status.REVOKED),
    (Status.REJECTED, Status.IN_REVIEW),  # reopened after an objection (DESIGN §6 "Reopen")
}
ROLE_FOR = {
    Status.IN_REVIEW: Role.CLERK, Status.WITHDRAWN: Role.CLERK, Status.PROOF_RECEIVED: Role.CLERK,
    Status.CLOSED: Role.CLERK, Status.EXPIRED: Role.CLERK,
    Status.APPROVED: Role.APPROVER, Status.REJECTED: Role.APPROVER, Status.PAID: Role.APPROVER,
    Status.REVOKED: Role.APPROVER,
}
UNDRAWN = [(a, b) for a in Status for b in Status if (a, b) not in DRAWN]


def assessment(*failing: str, amount: str = "2000.00", warn: str | None = None) -> Assessment:
    checks = []
    for rule in RULES:
        if rule in failing:
            checks.append(Check(rule, Outcome.FAIL, "x"))
        elif rule == warn:
            checks.append(Check(rule, Outcome.WARNING, "request_capped"))
        else:
            checks.append(Check(rule, Outcome.PASS, "ok"))
    return Assessment(tuple(checks), D("2000.00"), D(amount))


ELIGIBLE = assessment()
AUTO = "<a reason where one is needed>"


def state(status: Status, **changes: object) -> ApplicationState:
    """A plausible state for each status: who prepared it, what was approved, proven and is still open."""
    committed = status in (Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED)
    proven = status in (Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED)
    paid = status in (Status.PAID, Status.CLOSED)
    base = ApplicationState(
        reference="IG-2026-0001", status=status,
        in_review_by="clerk" if status is not Status.RECEIVED else None,
        proof_recorded_by="clerk" if proven else None,
        approved_amount=D("2000.00") if committed else None,
        payout_amount=D("1500.00") if proven else None,
        proof_due_date=DUE if committed else None,
        open_commitment=D("0.00") if paid else D("2000.00") if committed else D("0.00"),
        measure_end=MEASURE_END,
        budget_line=LINE if committed else None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def step(current: ApplicationState, target: Status, *, actor: str = "boss", roles: frozenset[Role] = ALL_ROLES,
         today: date = TODAY, assess: Assessment | None = ELIGIBLE, costs: Decimal | None = None,
         reason: str | None = AUTO) -> StepPlan:
    if target is Status.PROOF_RECEIVED and costs is None:
        costs = D("3000.00")
    if reason is AUTO:
        reason = ("Fördervoraussetzungen entfallen" if target in (Status.REVOKED, Status.REJECTED)
                  or current.status is Status.REJECTED else None)
    return plan_step(current, target, actor=actor, roles=roles, today=today, programme=DEFAULT,
                     assessment=assess, actual_costs=costs, reason=reason, budget_line=LINE)


# transitions -----------------------------------------------------------------------------------------------------

def test_the_code_draws_exactly_the_designed_transitions() -> None:
    assert {(a, b) for a in Status for b in allowed_targets(a)} == DRAWN


@pytest.mark.parametrize(("source", "target"), sorted(DRAWN))
def test_every_drawn_transition_is_allowed(source: Status, target: Status) -> None:
    plan = step(state(source), target)
    assert plan.target is target


@pytest.mark.parametrize(("source", "target"), UNDRAWN)
def test_every_undrawn_transition_is_refused(source: Status, target: Status) -> None:
    with pytest.raises(TransitionRefused) as info:
        step(state(source), target)
    assert info.value.code == "transition_not_allowed"
    assert info.value.params["status"] == source.value
    assert info.value.params["target"] == target.value


@pytest.mark.parametrize("final", [Status.WITHDRAWN, Status.CLOSED, Status.EXPIRED, Status.REVOKED])
def test_final_states_lead_nowhere(final: Status) -> None:
    assert allowed_targets(final) == frozenset()


# roles -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), sorted(DRAWN))
def test_a_step_needs_its_role(source: Status, target: Status) -> None:
    role = ROLE_FOR[target]
    with pytest.raises(PermissionDenied) as info:
        step(state(source), target, roles=ALL_ROLES - {role})
    assert info.value.code == "role_missing"
    assert info.value.params["role"] == role.value
    assert step(state(source), target, roles=frozenset({role})).target is target


def test_admin_and_budget_roles_alone_take_no_step() -> None:
    with pytest.raises(PermissionDenied):
        step(state(Status.RECEIVED), Status.IN_REVIEW, roles=frozenset({Role.ADMIN, Role.BUDGET}))


# four eyes -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("target", [Status.APPROVED, Status.REJECTED])
def test_who_moved_it_to_review_may_not_decide(target: Status) -> None:
    with pytest.raises(PermissionDenied) as info:
        step(state(Status.IN_REVIEW, in_review_by="boss"), target, actor="boss", reason="nein")
    assert info.value.code == "four_eyes_decision"
    assert step(state(Status.IN_REVIEW, in_review_by="clerk"), target, actor="boss", reason="nein").target is target


def test_who_recorded_the_proof_may_not_release_the_payout() -> None:
    with pytest.raises(PermissionDenied) as info:
        step(state(Status.PROOF_RECEIVED, proof_recorded_by="boss"), Status.PAID, actor="boss")
    assert info.value.code == "four_eyes_payout"


def test_who_prepared_the_decision_may_release_the_payout() -> None:
    current = state(Status.PROOF_RECEIVED, in_review_by="boss", proof_recorded_by="clerk")
    assert step(current, Status.PAID, actor="boss").target is Status.PAID


# reasons ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID])
@pytest.mark.parametrize("reason", ["", "   "])
def test_revoke_needs_a_reason(source: Status, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        step(state(source), Status.REVOKED, reason=reason)
    assert (info.value.field, info.value.code) == ("reason", "reason_required")


def test_revoke_stores_the_reason_stripped() -> None:
    plan = step(state(Status.APPROVED), Status.REVOKED, reason="  Maßnahme abgesagt ")
    assert plan.fields.decision_reason == "Maßnahme abgesagt"


@pytest.mark.parametrize("reason", [None, "", "  "])
def test_rejecting_an_eligible_application_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        step(state(Status.IN_REVIEW), Status.REJECTED, reason=reason)
    assert (info.value.field, info.value.code) == ("reason", "reason_required")


def test_rejecting_an_ineligible_application_quotes_the_failed_rules_without_a_reason() -> None:
    plan = step(state(Status.IN_REVIEW), Status.REJECTED, assess=assessment("R04"), reason=None)
    assert plan.target is Status.REJECTED
    assert plan.fields.decision_reason is None
    assert plan.bookings == ()


def test_rejecting_an_eligible_application_with_a_reason() -> None:
    plan = step(state(Status.IN_REVIEW), Status.REJECTED, reason="Maßnahme passt nicht")
    assert plan.fields.decision_reason == "Maßnahme passt nicht"
    assert plan.fields.decided_by == "boss"


# approve ---------------------------------------------------------------------------------------------------------

def test_approve_commits_the_granted_amount_and_sets_the_proof_deadline() -> None:
    plan = step(state(Status.IN_REVIEW), Status.APPROVED, assess=assessment(amount="1500.00"))
    assert plan.bookings == (Booking(LedgerKind.COMMITMENT, D("1500.00")),)
    assert plan.fields.approved_amount == D("1500.00")
    assert plan.fields.approval_date == TODAY
    assert plan.fields.proof_due_date == DUE
    assert plan.fields.decided_by == "boss"


def test_approve_with_a_warning_is_possible() -> None:
    plan = step(state(Status.IN_REVIEW), Status.APPROVED, assess=assessment(warn="R11"))
    assert plan.bookings == (Booking(LedgerKind.COMMITMENT, D("2000.00")),)


def test_approve_is_refused_when_a_rule_fails() -> None:
    with pytest.raises(TransitionRefused) as info:
        step(state(Status.IN_REVIEW), Status.APPROVED, assess=assessment("R03", "R12"))
    assert info.value.code == "rules_failed"
    assert info.value.params["rules"] == "R03, R12"


def test_approve_of_nothing_is_refused() -> None:
    with pytest.raises(TransitionRefused) as info:
        step(state(Status.IN_REVIEW), Status.APPROVED, assess=assessment(amount="0.00"))
    assert info.value.code == "nothing_to_approve"


# proof of use ----------------------------------------------------------------------------------------------------

def test_proof_records_costs_and_the_payout_without_booking() -> None:
    plan = step(state(Status.APPROVED), Status.PROOF_RECEIVED, costs=D("3001.99"), actor="clerk2")
    assert plan.bookings == ()
    assert plan.fields.actual_costs == D("3001.99")
    assert plan.fields.payout_amount == D("1500.00")
    assert plan.fields.proof_recorded_by == "clerk2"
    assert plan.fields.proof_received_date == TODAY


def test_proof_payout_never_exceeds_the_approved_amount() -> None:
    plan = step(state(Status.APPROVED), Status.PROOF_RECEIVED, costs=D("99999.00"))
    assert plan.fields.payout_amount == D("2000.00")


def test_proof_needs_costs() -> None:
    current = state(Status.APPROVED)
    with pytest.raises(ValidationError) as info:
        plan_step(current, Status.PROOF_RECEIVED, actor="boss", roles=ALL_ROLES, today=TODAY, programme=DEFAULT)
    assert (info.value.field, info.value.code) == ("costs", "costs_required")


def test_proof_refuses_negative_costs() -> None:
    with pytest.raises(ValidationError) as info:
        step(state(Status.APPROVED), Status.PROOF_RECEIVED, costs=D("-1.00"))
    assert (info.value.field, info.value.code) == ("costs", "negative")


@pytest.mark.parametrize(("source", "target"), [(s, t) for s, t in sorted(DRAWN) if t is not Status.PROOF_RECEIVED])
def test_costs_belong_to_the_proof_step_only(source: Status, target: Status) -> None:
    with pytest.raises(ValidationError) as info:
        step(state(source), target, costs=D("100.00"), reason="x")
    assert (info.value.field, info.value.code) == ("costs", "costs_only_with_proof")


# pay -------------------------------------------------------------------------------------------------------------

def test_pay_books_the_payout_and_releases_the_rest() -> None:
    plan = step(state(Status.PROOF_RECEIVED), Status.PAID)
    assert plan.bookings == (Booking(LedgerKind.PAYOUT, D("1500.00")), Booking(LedgerKind.RELEASE, D("500.00")))
    assert plan.fields == StepFields(paid_by="boss", payout_date=TODAY)


def test_pay_of_the_full_amount_releases_nothing() -> None:
    plan = step(state(Status.PROOF_RECEIVED, payout_amount=D("2000.00")), Status.PAID)
    assert plan.bookings == (Booking(LedgerKind.PAYOUT, D("2000.00")),)


def test_pay_of_nothing_releases_the_whole_commitment() -> None:
    plan = step(state(Status.PROOF_RECEIVED, payout_amount=D("0.00")), Status.PAID)
    assert plan.bookings == (Booking(LedgerKind.RELEASE, D("2000.00")),)


def test_pay_above_the_approved_amount_is_refused() -> None:
    with pytest.raises(TransitionRefused) as info:
        step(state(Status.PROOF_RECEIVED, payout_amount=D("2000.01")), Status.PAID)
    assert info.value.code == "payout_above_approved"


def test_pay_without_a_recorded_payout_is_refused() -> None:
    with pytest.raises(TransitionRefused) as info:
        step(state(Status.PROOF_RECEIVED, payout_amount=None), Status.PAID)
    assert info.value.code == "proof_missing"


# close, expire, revoke, withdraw ---------------------------------------------------------------------------------

def test_close_books_nothing() -> None:
    plan = step(state(Status.PAID), Status.CLOSED, actor="clerk")
    assert plan.bookings == ()
    assert plan.fields == StepFields(closed_by="clerk", closed_date=TODAY)


def test_expire_is_refused_up_to_and_on_the_due_date() -> None:
    with pytest.raises(TransitionRefused) as info:
        step(state(Status.APPROVED), Status.EXPIRED, today=DUE)
    assert info.value.code == "not_yet_due"
    assert info.value.params["due"] == DUE.isoformat()


def test_expire_the_day_after_the_due_date_releases_the_commitment() -> None:
    plan = step(state(Status.APPROVED), Status.EXPIRED, today=DUE + timedelta(days=1))
    assert plan.bookings == (Booking(LedgerKind.RELEASE, D("2000.00")),)


@pytest.mark.parametrize("source", [Status.APPROVED, Status.PROOF_RECEIVED])
def test_revoke_before_payment_releases_the_open_commitment(source: Status) -> None:
    plan = step(state(source), Status.REVOKED)
    assert plan.bookings == (Booking(LedgerKind.RELEASE, D("2000.00")),)


def test_revoke_after_payment_books_a_recovery_of_the_payout() -> None:
    plan = step(state(Status.PAID), Status.REVOKED)
    assert plan.bookings == (Booking(LedgerKind.RECOVERY, D("1500.00")),)


@pytest.mark.parametrize("source", [Status.RECEIVED, Status.IN_REVIEW])
def test_withdraw_books_nothing(source: Status) -> None:
    plan = step(state(source), Status.WITHDRAWN, actor="clerk", reason=None)
    assert plan.bookings == ()
    assert plan.fields.decided_by == "clerk"


def test_in_review_records_who_prepared_it() -> None:
    plan = step(state(Status.RECEIVED), Status.IN_REVIEW, actor="clerk")
    assert plan.bookings == ()
    assert plan.fields == StepFields(in_review_by="clerk", in_review_at=TODAY)
