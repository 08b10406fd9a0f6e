"""The typed step plan of every drawn transition, ``apply``, and ``why_not`` agreeing with ``plan_step``."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import LedgerKind, Outcome, Role, Status
from bwi_vouchers.domain.lifecycle import ApplicationState, Refusal, apply, plan_step, why_not
from bwi_vouchers.domain.step_plan import Booking, StepFields, StepPlan
from bwi_vouchers.errors import BwiError, PermissionDenied, TransitionRefused

from .programmes import DEFAULT
from .test_lifecycle import DRAWN, DUE, ELIGIBLE, LINE, TODAY, assessment, state, step

D = Decimal
ALL_PASS = ELIGIBLE.checks

# For each drawn transition, taken by "boss" on TODAY from the plausible state of ``state()``, the whole plan:
# (fields set, budget line after the step, bookings, checks recorded). Written out by hand from DESIGN §6.
EXPECTED: dict[tuple[Status, Status], tuple[StepFields, int | None, tuple[Booking, ...], tuple[object, ...]]] = {
    (Status.RECEIVED, Status.IN_REVIEW): (StepFields(in_review_by="boss", in_review_at=TODAY), None, (), ()),
    (Status.RECEIVED, Status.WITHDRAWN): (StepFields(decided_by="boss", decision_date=TODAY), None, (), ()),
    (Status.IN_REVIEW, Status.WITHDRAWN): (StepFields(decided_by="boss", decision_date=TODAY), None, (), ()),
    (Status.IN_REVIEW, Status.REJECTED): (
        StepFields(decided_by="boss", decision_date=TODAY, decision_reason="Fördervoraussetzungen entfallen"),
        None, (), ALL_PASS),
    (Status.IN_REVIEW, Status.APPROVED): (
        StepFields(approved_amount=D("2000.00"), approval_date=TODAY, decided_by="boss", decision_date=TODAY,
                   proof_due_date=DUE),
        LINE, (Booking(LedgerKind.COMMITMENT, D("2000.00")),), ALL_PASS),
    (Status.APPROVED, Status.PROOF_RECEIVED): (
        StepFields(actual_costs=D("3000.00"), proof_received_date=TODAY, proof_recorded_by="boss",
                   payout_amount=D("1500.00")), LINE, (), ()),
    (Status.APPROVED, Status.EXPIRED): (
        StepFields(decided_by="boss", decision_date=TODAY), LINE, (Booking(LedgerKind.RELEASE, D("2000.00")),), ()),
    (Status.APPROVED, Status.REVOKED): (
        StepFields(decided_by="boss", decision_date=TODAY, decision_reason="Fördervoraussetzungen entfallen"),
        LINE, (Booking(LedgerKind.RELEASE, D("2000.00")),), ()),
    (Status.PROOF_RECEIVED, Status.PAID): (
        StepFields(paid_by="boss", payout_date=TODAY), LINE,
        (Booking(LedgerKind.PAYOUT, D("1500.00")), Booking(LedgerKind.RELEASE, D("500.00"))), ()),
    (Status.PROOF_RECEIVED, Status.REVOKED): (
        StepFields(decided_by="boss", decision_date=TODAY, decision_reason="Fördervoraussetzungen entfallen"),
        LINE, (Booking(LedgerKind.RELEASE, D("2000.00")),), ()),
    (Status.PAID, Status.CLOSED): (StepFields(closed_by="boss", closed_date=TODAY), LINE, (), ()),
    # reopened after an objection: in review again, by whoever reopened it; the objection goes into the audit
    (Status.REJECTED, Status.IN_REVIEW): (StepFields(in_review_by="boss", in_review_at=TODAY), None, (), ()),
    (Status.PAID, Status.REVOKED): (
        StepFields(decided_by="boss", decision_date=TODAY, decision_reason="Fördervoraussetzungen entfallen"),
        LINE, (Booking(LedgerKind.RECOVERY, D("1500.00")),), ()),
}


def test_every_drawn_transition_has_its_expected_plan() -> None:
    assert set(EXPECTED) == DRAWN


@pytest.mark.parametrize(("source", "target"), sorted(EXPECTED))
def test_the_plan_of_each_transition(source: Status, target: Status) -> None:
    values, line, bookings, checks = EXPECTED[(source, target)]
    plan = step(state(source), target)
    note = "Fördervoraussetzungen entfallen" if source is Status.REJECTED else None
    assert plan == StepPlan(reference="IG-2026-0001", source=source, target=target, actor="boss", day=TODAY,
                            fields=values, budget_line=line, bookings=bookings, checks=checks,  # type: ignore[arg-type]
                            note=note)
    assert plan.action == f"status:{target.value}"


def test_the_fields_list_what_is_set_in_the_order_of_the_audit() -> None:
    plan = step(state(Status.IN_REVIEW), Status.APPROVED)
    assert plan.fields.items() == [("approved_amount", D("2000.00")), ("approval_date", TODAY),
                                   ("decided_by", "boss"), ("decision_date", TODAY), ("proof_due_date", DUE)]
    assert plan.booking_texts() == ["commitment 2000.00"]


def test_a_plan_is_frozen() -> None:
    plan = step(state(Status.RECEIVED), Status.IN_REVIEW)
    with pytest.raises(AttributeError):
        plan.target = Status.APPROVED  # type: ignore[misc]
    with pytest.raises(AttributeError):
        plan.fields.in_review_by = "someone"  # type: ignore[misc]


def test_a_rejection_records_the_failed_rule() -> None:
    plan = step(state(Status.IN_REVIEW), Status.REJECTED, assess=assessment("R07"), reason=None)
    assert [c.rule for c in plan.checks if c.outcome is Outcome.FAIL] == ["R07"]
    assert plan.fields.decision_reason is None


# apply -----------------------------------------------------------------------------------------------------------

def test_apply_walks_an_application_from_receipt_to_closing() -> None:
    current = state(Status.RECEIVED)
    for target, actor in ((Status.IN_REVIEW, "clerk"), (Status.APPROVED, "boss"), (Status.PROOF_RECEIVED, "clerk"),
                          (Status.PAID, "boss"), (Status.CLOSED, "clerk")):
        current = apply(current, step(current, target, actor=actor))
        assert current.status is target
    assert current == ApplicationState(
        reference="IG-2026-0001", status=Status.CLOSED, in_review_by="clerk", proof_recorded_by="clerk",
        approved_amount=D("2000.00"), payout_amount=D("1500.00"), proof_due_date=DUE, open_commitment=D("0.00"),
        measure_end=current.measure_end, budget_line=LINE)


def test_apply_refuses_a_plan_made_for_another_state() -> None:
    plan = step(state(Status.RECEIVED), Status.IN_REVIEW)
    with pytest.raises(ValueError):
        apply(state(Status.IN_REVIEW), plan)


# why_not agrees with plan_step -----------------------------------------------------------------------------------

ROLE_SETS = [frozenset(), *(frozenset({r}) for r in Role), frozenset({Role.CLERK, Role.APPROVER}), frozenset(Role)]
# Four eyes: the actor is the one who moved it to review, recorded the proof, both, or neither.
FOUR_EYES = [(False, False), (True, False), (False, True), (True, True)]


def combinations() -> list[tuple[Status, Status, frozenset[Role], tuple[bool, bool]]]:
    return list(itertools.product(Status, Status, ROLE_SETS, FOUR_EYES))


@pytest.mark.parametrize("due_passed", [False, True])
@pytest.mark.parametrize("failing", [(), ("R07",)])
def test_why_not_agrees_with_plan_step_for_every_status_role_and_four_eyes(due_passed: bool,
                                                                           failing: tuple[str, ...]) -> None:
    judged = assessment(*failing) if failing else ELIGIBLE
    today = DUE + timedelta(days=1) if due_passed else TODAY
    allowed = refused = 0
    for source, target, roles, (reviewed, recorded) in combinations():
        current = replace(state(source), in_review_by="boss" if reviewed else "clerk",
                          proof_recorded_by="boss" if recorded else "clerk")
        refusal = why_not(current, target, actor="boss", roles=roles, today=today, assessment=judged)
        try:
            plan = step(current, target, roles=roles, today=today, assess=judged)
        except BwiError as error:
            refused += 1
            assert isinstance(refusal, Refusal), (source, target, roles, reviewed, recorded, error.code)
            assert (error.code, error.params) == (refusal.code, dict(refusal.params))
            assert isinstance(error, PermissionDenied if refusal.denied else TransitionRefused)
        else:
            allowed += 1
            assert refusal is None, (source, target, roles, reviewed, recorded, refusal)
            assert plan.target is target
    assert allowed and refused


def test_why_not_without_an_assessment_leaves_the_rules_to_the_approval() -> None:
    current = state(Status.IN_REVIEW)
    assert why_not(current, Status.APPROVED, actor="boss", roles=frozenset(Role), today=TODAY) is None
    refusal = why_not(current, Status.APPROVED, actor="boss", roles=frozenset(Role), today=TODAY,
                      assessment=assessment("R03", "R12"))
    assert refusal == Refusal("rules_failed", {"reference": "IG-2026-0001", "rules": "R03, R12"})


@pytest.mark.parametrize(("source", "target", "changes", "code"), [
    (Status.PROOF_RECEIVED, Status.PAID, {"payout_amount": None}, "proof_missing"),
    (Status.PROOF_RECEIVED, Status.PAID, {"payout_amount": D("2000.01")}, "payout_above_approved"),
    (Status.APPROVED, Status.EXPIRED, {}, "not_yet_due"),
    (Status.IN_REVIEW, Status.APPROVED, {"in_review_by": "boss"}, "four_eyes_decision"),
    (Status.PROOF_RECEIVED, Status.PAID, {"proof_recorded_by": "boss"}, "four_eyes_payout"),
    (Status.IN_REVIEW, Status.REJECTED, {"facts_changed_by": frozenset({"boss"})}, "four_eyes_changed_facts"),
])
def test_why_not_names_what_the_state_does_not_allow(source: Status, target: Status, changes: dict[str, object],
                                                     code: str) -> None:
    refusal = why_not(replace(state(source), **changes), target, actor="boss",  # type: ignore[arg-type]
                      roles=frozenset(Role), today=DUE, assessment=ELIGIBLE)
    assert refusal is not None and refusal.code == code
    assert refusal.params["reference"] == "IG-2026-0001"


def test_plan_step_asks_why_not_first() -> None:
    """A refused step raises the refusal's error, whatever the inputs."""
    with pytest.raises(PermissionDenied) as info:
        plan_step(state(Status.IN_REVIEW), Status.APPROVED, actor="clerk", roles=frozenset({Role.CLERK}),
                  today=TODAY, programme=DEFAULT, assessment=ELIGIBLE, budget_line=LINE)
    assert info.value.code == "role_missing"
