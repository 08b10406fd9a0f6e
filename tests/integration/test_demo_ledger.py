"""The demo's ledger is what the lifecycle service would have booked: the same engine, the same writer."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Status

from .test_demo import Demo, open_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = open_demo(tmp_path_factory.mktemp("demo_ledger") / "demo.db", applications=600, seed=4)
    yield made
    made.services.database.dispose()


def implied(status: str, approved: int | None, payout: int | None, paid: bool) -> list[tuple[str, int]]:
    """The bookings DESIGN §6 implies for an application's status and amounts (in cents), in booking order."""
    if status in ("received", "in_review", "rejected", "withdrawn"):
        return []
    assert approved is not None
    entries = [("commitment", approved)]
    if paid:  # paid, closed, or revoked after the payout
        entries += [("payout", payout)] if payout else []
        entries += [("release", approved - payout)] if approved - (payout or 0) else []
        if status == "revoked" and payout:
            entries.append(("recovery", payout))
    elif status in ("expired", "revoked"):
        entries.append(("release", approved))
    return entries


def test_every_application_booked_what_its_status_and_amounts_imply(demo: Demo) -> None:
    booked: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for app_id, kind, amount in demo.rows("SELECT application_id, kind, amount FROM ledger_entry ORDER BY id"):
        booked[app_id].append((kind, amount))
    by_status: dict[str, Counter[str]] = defaultdict(Counter)
    implied_by_status: dict[str, Counter[str]] = defaultdict(Counter)
    rows = demo.rows("SELECT id, status, approved_amount, payout_amount, payout_date FROM application")
    for app_id, status, approved, payout, payout_date in rows:
        expected = implied(status, approved, payout, payout_date is not None)
        assert Counter(booked.get(app_id, [])) == Counter(expected), (app_id, status)
        for kind, amount in booked.get(app_id, []):
            by_status[status][kind] += amount
        for kind, amount in expected:
            implied_by_status[status][kind] += amount
    assert by_status == implied_by_status
    assert set(by_status) == {s.value for s in Status} - {"received", "in_review", "rejected", "withdrawn"}


def test_each_booking_belongs_to_the_audited_step_that_booked_it(demo: Demo) -> None:
    """Who and when of a ledger entry are those of the step's audit event, which lists the same bookings."""
    events: dict[tuple[str, str], tuple[str, str, list[str]]] = {}
    for user, at, reference, action, changes in demo.rows(
            "SELECT user_login, at, entity_id, action, changes FROM audit_event WHERE entity = 'application'"):
        ledger = json.loads(changes).get("ledger")
        if ledger is not None:
            events[(reference, action.removeprefix("status:"))] = (user, at, ledger[1])
    listed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for note, user, at, kind, amount in demo.rows(
            "SELECT note, booked_by, booked_at, kind, amount FROM ledger_entry ORDER BY id"):
        reference, target = note.split(" ")
        event_user, event_at, _ = events[(reference, target)]
        assert (user, at) == (event_user, event_at)
        listed[(reference, target)].append(f"{kind} {Decimal(amount) / 100:.2f}")
    assert {key: sorted(texts) for key, texts in listed.items()} == {
        key: sorted(texts) for key, (_, _, texts) in events.items()}


def test_the_service_books_like_the_demo(demo: Demo) -> None:
    """Approve a demo application through the lifecycle service: its ledger entry looks like the demo's."""
    columns = "budget_line_id, kind, amount, booked_on, booked_by, note"
    reference, reviewer = demo.rows(
        "SELECT reference, in_review_by FROM application WHERE status = 'in_review' ORDER BY id")[0]
    approver = next(login for (login,) in demo.rows("SELECT login FROM app_user WHERE roles LIKE '%approver%'")
                    if login != reviewer)
    if not demo.services.applications.check(reference).assessment.eligible:
        pytest.skip("the first application in review is not eligible")
    info = demo.services.lifecycle.move(approver, reference, Status.APPROVED)
    app_id, line_id, approved, decided = demo.rows(
        "SELECT id, budget_line_id, approved_amount, decision_date FROM application WHERE reference = ?", reference)[0]
    service_rows = demo.rows(f"SELECT {columns} FROM ledger_entry WHERE application_id = ?", app_id)
    assert service_rows == [(line_id, "commitment", approved, decided, approver, f"{reference} approved")]
    assert info.status is Status.APPROVED
    # A demo approval of the same budget line looks the same, column for column.
    demo_row = demo.rows(
        "SELECT l.budget_line_id, l.kind, l.amount, l.booked_on, l.booked_by, l.note, a.reference, a.decided_by, "
        "a.decision_date, a.approved_amount FROM ledger_entry l "
        "JOIN application a ON a.id = l.application_id WHERE l.kind = 'commitment' AND l.budget_line_id = ? "
        "AND a.id != ? AND a.status IN ('approved', 'proof_received', 'paid', 'closed') LIMIT 1", line_id, app_id)[0]
    line, kind, amount, booked_on, booked_by, note, ref, decided_by, decision_date, approved_amount = demo_row
    assert (line, kind, amount, booked_on, booked_by, note) == (
        line_id, "commitment", approved_amount, decision_date, decided_by, f"{ref} approved")
