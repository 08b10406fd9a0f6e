"""Four eyes, precisely (DESIGN §6), through the real services: who changed the facts in review may not decide."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.errors import PermissionDenied
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.dto import ApplicationInfo
from tests.conftest import World

from .test_services import Office

D = Decimal
DECISIONS = (Status.APPROVED, Status.REJECTED)


@pytest.fixture
def office(world: World) -> Office:
    """A budgeted office with a company, a measure and klein, who is clerk and approver at once."""
    office = Office(**{f.name: getattr(world, f.name) for f in fields(World)})
    office.budget("250000.00")
    office.company_id = office.company("Photonik Müller GmbH")
    office.measure_code = office.measure("M-2026-001")
    office.services.users.add("admin", "klein", roles=frozenset({Role.CLERK, Role.APPROVER}))
    return office


def change(office: Office, actor: str, reference: str, *, requested: object = None) -> ApplicationInfo:
    """Save the application as ``actor`` with a new requested amount, everything else kept."""
    info = office.services.applications.get(reference)
    data = ApplicationInput(
        company_id=info.company_id, measure_code=info.measure_code, theme_code=info.theme_code,
        receipt_date=info.receipt_date, cost_items=info.cost_items, cluster_id=info.cluster_id,
        requested_amount=requested if requested is not None else info.requested_amount,
        early_start_consent=info.early_start_consent, funding_source=info.budget_source)
    return office.services.applications.update(actor, reference, info.version, data)


def decide(office: Office, actor: str, reference: str, target: Status) -> ApplicationInfo:
    reason = "Angaben unvollständig" if target is Status.REJECTED else None
    return office.services.lifecycle.move(actor, reference, target, reason=reason)


@pytest.mark.parametrize("target", DECISIONS)
def test_who_changed_the_request_in_review_may_not_decide_and_someone_else_may(office: Office,
                                                                               target: Status) -> None:
    reference = office.new().reference
    office.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    changed = change(office, "klein", reference, requested="1200.00")
    assert changed.requested_amount == D("1200.00")
    assert changed.facts_changed_by == frozenset({"klein"})
    with pytest.raises(PermissionDenied) as info:
        decide(office, "klein", reference, target)
    assert (info.value.code, info.value.params) == ("four_eyes_changed_facts",
                                                    {"user": "klein", "reference": reference})
    assert office.services.applications.get(reference).status is Status.IN_REVIEW  # nothing was written
    assert decide(office, "approver", reference, target).status is target


def test_the_change_is_in_the_audit_trail(office: Office) -> None:
    reference = office.new().reference
    office.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    change(office, "klein", reference, requested="1200.00")
    newest = office.services.applications.history(reference)[0]
    assert (newest["user"], newest["action"]) == ("klein", "changed")
    assert newest["changes"] == {"requested_amount": [None, "1200.00"]}


def test_a_change_before_the_review_bars_nobody(office: Office) -> None:
    reference = office.new().reference
    change(office, "klein", reference, requested="1200.00")
    office.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    assert office.services.applications.get(reference).facts_changed_by == frozenset()
    assert decide(office, "klein", reference, Status.APPROVED).approved_amount == D("1200.00")


def test_a_change_before_the_review_by_who_put_it_in_review_still_bars_them(office: Office) -> None:
    reference = office.new().reference
    change(office, "klein", reference, requested="1200.00")
    office.services.lifecycle.move("klein", reference, Status.IN_REVIEW)
    with pytest.raises(PermissionDenied) as info:
        decide(office, "klein", reference, Status.APPROVED)
    assert info.value.code == "four_eyes_decision"


def test_a_change_by_the_preparer_does_not_bar_another_approver(office: Office) -> None:
    reference = office.new().reference
    office.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    change(office, "clerk", reference, requested="1500.00")
    assert office.services.applications.get(reference).facts_changed_by == frozenset({"clerk"})
    assert decide(office, "klein", reference, Status.APPROVED).approved_amount == D("1500.00")


def test_a_comment_is_not_a_fact(office: Office) -> None:
    reference = office.new().reference
    office.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    office.services.comments.add("klein", reference, "Rückruf am Montag")
    assert office.services.applications.get(reference).facts_changed_by == frozenset()
    assert decide(office, "klein", reference, Status.APPROVED).status is Status.APPROVED


def test_a_batch_refuses_the_barred_row_and_decides_the_others(office: Office) -> None:
    touched = office.new().reference
    untouched = office.application(office.company("Beta Sensorik AG"), office.measure_code).reference
    for reference in (touched, untouched):
        office.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    change(office, "klein", touched, requested="1000.00")
    results = office.services.lifecycle.move_many("klein", [touched, untouched], Status.APPROVED)
    outcome = {r.reference: (r.ok, getattr(r.error, "code", None)) for r in results}
    assert outcome == {touched: (False, "four_eyes_changed_facts"), untouched: (True, None)}
