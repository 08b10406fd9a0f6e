"""The services over a real, migrated database (SQLite and PostgreSQL): users, budget, applications, the lifecycle
and its ledger."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Outcome, Role, Status
from bwi_vouchers.errors import (
    BwiError,
    ConflictError,
    NotFoundError,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo
from bwi_vouchers.storage.database import Database
from tests.conftest import World

TODAY = date(2026, 3, 2)  # the fixed clock of the shared fixtures

D = Decimal

pytestmark = pytest.mark.both_engines


def snapshot(world: World, reference: str) -> tuple[object, ...]:
    """What a refused step must leave as it was: the application row, the ledger, the audit trail, the checks."""
    with world.raw() as raw:
        row = raw.execute("SELECT * FROM application WHERE reference = ?", (reference,)).fetchone()
        ledger = raw.execute("SELECT * FROM ledger_entry ORDER BY id").fetchall()
        audit = raw.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0]
        checks = raw.execute("SELECT COUNT(*) FROM eligibility_check").fetchone()[0]
    return row, ledger, audit, checks


def ledger_rows(world: World) -> list[tuple[str, int]]:
    with world.raw() as raw:
        return raw.execute("SELECT kind, amount FROM ledger_entry ORDER BY id").fetchall()


def totals(services: Services) -> tuple[Decimal, Decimal, Decimal]:
    line = services.budget.line(2026, "Landesmittel")
    return line.committed, line.paid, line.available


@dataclass
class Office(World):
    """A world with a 250,000 € budget line for 2026, one company and one measure (4–8 May 2026)."""

    company_id: int = 0
    measure_code: str = ""

    def new(self, **changes: object) -> ApplicationInfo:
        """A received application of the company for the measure."""
        return self.application(self.company_id, self.measure_code, **changes)  # type: ignore[arg-type]


@pytest.fixture
def ready(world: World) -> Office:
    office = Office(**{f.name: getattr(world, f.name) for f in fields(World)})
    office.budget("250000.00")
    office.company_id = office.company("Photonik Müller GmbH")
    office.measure_code = office.measure("M-2026-001")
    return office


def approved(office: Office, costs: str = "4000.00") -> str:
    """An application taken to 'approved' the proper way: clerk prepares, approver decides."""
    app = office.new(costs=costs)
    office.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
    office.services.lifecycle.move("approver", app.reference, Status.APPROVED)
    return app.reference


# users -----------------------------------------------------------------------------------------------------------

def test_the_first_user_gets_every_role_and_later_logins_must_exist(empty_url: str) -> None:
    database = Database.open(empty_url)
    try:
        services = Services.build(database, FixedClock(TODAY))
        first = services.users.acting("ersteller")
        assert first.roles == frozenset(Role)
        with pytest.raises(PermissionDenied) as info:
            services.users.acting("zweiter")
        assert info.value.code == "unknown_user"
        assert [u.login for u in services.users.list()] == ["ersteller"]
    finally:
        database.dispose()


def test_only_an_admin_adds_users(services: Services) -> None:
    with pytest.raises(PermissionDenied) as info:
        services.users.add("clerk", "neu", roles=frozenset({Role.CLERK}))
    assert info.value.code == "role_missing_action"
    assert services.users.get("neu") is None
    added = services.users.add("admin", "neu", roles=frozenset({Role.CLERK, Role.BUDGET}), display_name="Neu")
    assert added.roles == frozenset({Role.CLERK, Role.BUDGET})
    assert services.users.get("neu") == added


def test_a_login_is_added_once(services: Services) -> None:
    with pytest.raises(ConflictError):
        services.users.add("admin", "clerk", roles=frozenset({Role.ADMIN}))
    assert services.users.get("clerk").roles == frozenset({Role.CLERK})  # type: ignore[union-attr]


def test_the_standard_users_have_their_roles(services: Services) -> None:
    roles = {u.login: u.roles for u in services.users.list()}
    assert roles["admin"] == frozenset(Role)
    assert roles["clerk"] == frozenset({Role.CLERK})
    assert roles["approver"] == roles["approver2"] == frozenset({Role.APPROVER})


def test_an_unknown_user_is_refused_everywhere(ready: Office) -> None:
    services = ready.services
    reference = ready.new().reference
    with pytest.raises(PermissionDenied) as info:
        ready.new(actor="ghost")
    assert info.value.code == "unknown_user"
    with pytest.raises(PermissionDenied):
        services.lifecycle.move("ghost", reference, Status.IN_REVIEW)
    with pytest.raises(PermissionDenied):
        services.budget.set_line("ghost", 2026, "EFRE", "1.00")
    with pytest.raises(PermissionDenied):
        services.users.add("ghost", "x", roles=frozenset({Role.CLERK}))
    assert services.applications.get(reference).status is Status.RECEIVED


# budget ----------------------------------------------------------------------------------------------------------

def test_budget_lines_are_set_and_shown(services: Services) -> None:
    line = services.budget.set_line("budget", 2026, "Landesmittel", "250000")
    assert (line.budget, line.committed, line.paid, line.available) == (D("250000.00"), 0, 0, D("250000.00"))
    services.budget.set_line("budget", "2026", "efre", D("100000.50"))
    services.budget.set_line("budget", 2027, "Landesmittel", "1.00")
    shown = [(t.year, t.source, t.budget, t.available) for t in services.budget.totals(2026)]
    assert shown == [(2026, "EFRE", D("100000.50"), D("100000.50")),
                     (2026, "Landesmittel", D("250000.00"), D("250000.00"))]
    assert len(services.budget.totals()) == 3
    changed = services.budget.set_line("admin", 2026, "Landesmittel", "300000.00")
    assert changed.available == D("300000.00")


@pytest.mark.parametrize(("actor", "year", "source", "amount", "error", "code"), [
    ("clerk", 2026, "Landesmittel", "1.00", PermissionDenied, "role_missing_action"),
    ("budget", 2026, "Lottomittel", "1.00", ValidationError, "unknown_source"),
    ("budget", 1999, "Landesmittel", "1.00", ValidationError, "year_out_of_range"),
    ("budget", "zwanzig", "Landesmittel", "1.00", ValidationError, "not_a_year"),
    ("budget", 2026, "Landesmittel", 1.5, ValidationError, "money_not_a_number"),
    ("budget", 2026, "Landesmittel", "-1.00", ValidationError, "money_negative"),
    ("budget", 2026, "Landesmittel", "1e6", ValidationError, "money_not_a_number"),
])
def test_bad_budget_input_is_refused_and_changes_nothing(services: Services, actor: str, year: object, source: str,
                                                         amount: object, error: type[BwiError], code: str) -> None:
    with pytest.raises(error) as info:
        services.budget.set_line(actor, year, source, amount)
    assert info.value.code == code
    assert services.budget.totals() == []


def test_a_budget_may_not_drop_below_what_is_committed_and_paid(ready: Office) -> None:
    approved(ready)
    with pytest.raises(ValidationError) as info:
        ready.services.budget.set_line("budget", 2026, "Landesmittel", "1999.99")
    assert info.value.code == "budget_below_used"
    assert ready.services.budget.set_line("budget", 2026, "Landesmittel", "2000.00").available == 0


# companies, measures, applications, references -------------------------------------------------------------------

def test_references_are_consecutive_per_year(ready: Office) -> None:
    refs = [ready.new().reference for _ in range(3)]
    assert refs == ["IG-2026-0001", "IG-2026-0002", "IG-2026-0003"]
    older = ready.new(receipt=date(2025, 12, 30))
    assert older.reference == "IG-2025-0001"


def test_a_refused_create_leaves_no_gap(ready: Office) -> None:
    services = ready.services
    first = ready.new()
    good = ApplicationInput(company_id=ready.company_id, measure_code=ready.measure_code, theme_code=6,
                            receipt_date=TODAY, cost_items=(CostItemInfo("Teilnahmegebühr", D("4000.00")),))
    refusals: list[tuple[ApplicationInput, str]] = [
        (replace(good, measure_code="M-NOPE"), "unknown_measure"),
        (replace(good, company_id=9999), "unknown_company"),
        (replace(good, theme_code=19), "unknown_theme"),
        (replace(good, receipt_date=TODAY + timedelta(days=1)), "date_out_of_range"),
        (replace(good, cost_items=(CostItemInfo("Reise", "-1.00"),)), "money_negative"),  # type: ignore[arg-type]
        (replace(good, cost_items=(CostItemInfo("Reise", 12.5),)), "money_not_a_number"),  # type: ignore[arg-type]
        (replace(good, requested_amount="1e3"), "money_not_a_number"),
        (replace(good, funding_source="Lotto"), "unknown_source"),
    ]
    for data, code in refusals:
        with pytest.raises(ValidationError) as info:
            services.applications.create("clerk", data)
        assert info.value.code == code
    with pytest.raises(PermissionDenied):
        services.applications.create("approver", good)
    second = services.applications.create("clerk", good)
    assert (first.reference, second.reference) == ("IG-2026-0001", "IG-2026-0002")
    with ready.raw() as raw:
        assert raw.execute("SELECT COUNT(*) FROM application").fetchone()[0] == 2


def test_an_application_records_its_facts_and_voucher_amount(ready: Office) -> None:
    app = ready.services.applications.create("clerk", ApplicationInput(
        company_id=ready.company_id, measure_code="m-2026-001", theme_code=6, receipt_date=date(2026, 2, 27),
        cost_items=(CostItemInfo("Teilnahmegebühr", D("1500.00")), CostItemInfo("Reise", D("501.99"), "Flug")),
        cluster_id=ready.cluster_id(), requested_amount="900.00"))
    assert app.status is Status.RECEIVED
    assert app.eligible_costs == D("2001.99")
    assert app.voucher_amount == D("1000.00")
    assert app.requested_amount == D("900.00")
    assert app.measure_code == "M-2026-001"
    assert app.created_by == "clerk"
    assert [i.amount for i in app.cost_items] == [D("1500.00"), D("501.99")]
    assert ready.services.applications.get(app.reference) == app
    report = ready.services.applications.check(app.reference)
    assert report.assessment.eligible, report.assessment.failed
    assert report.assessment.amount == D("900.00")


def test_the_check_sees_the_database_facts(ready: Office) -> None:
    services = ready.services
    reference = ready.new().reference
    assert services.applications.check(reference).assessment.eligible
    services.catalogue.set_theme_active("admin", 6, False)
    r01 = services.applications.check(reference).assessment.by_rule("R01")
    assert (r01.outcome, r01.reason) == (Outcome.FAIL, "theme_inactive")
    r12 = services.applications.check(reference).assessment.by_rule("R12")
    assert (r12.outcome, r12.reason) == (Outcome.PASS, "budget_ok")


def test_vouchers_approved_here_count_as_de_minimis_aid(ready: Office) -> None:
    services = ready.services
    services.companies.add_deminimis("clerk", ready.company_id, granting_body="L-Bank", grant_date=None,
                                     amount="296000.01")
    approved(ready)
    second = ready.measure("M-2026-002", start=date(2026, 6, 1), end=date(2026, 6, 5))
    reference = ready.application(ready.company_id, second).reference
    r10 = services.applications.check(reference).assessment.by_rule("R10")
    assert (r10.outcome, r10.reason) == (Outcome.FAIL, "deminimis_exceeded")
    assert r10.params["total"] == "298000.01"


def test_a_duplicate_application_is_caught_by_r09(ready: Office) -> None:
    first = ready.new().reference
    second = ready.new().reference
    r09 = ready.services.applications.check(second).assessment.by_rule("R09")
    assert (r09.outcome, r09.reason, r09.params["reference"]) == (Outcome.FAIL, "duplicate", first)
    ready.services.lifecycle.move("clerk", first, Status.WITHDRAWN)
    r09 = ready.services.applications.check(second).assessment.by_rule("R09")
    assert (r09.outcome, r09.reason) == (Outcome.PASS, "no_duplicate")


# the lifecycle through the services ------------------------------------------------------------------------------

def test_full_lifecycle_moves_the_budget_exactly(ready: Office) -> None:
    services = ready.services
    app = ready.new()
    reference = app.reference
    assert totals(services) == (0, 0, D("250000.00"))

    review = services.lifecycle.move("clerk", reference, "in_review")
    assert (review.status, review.in_review_by) == (Status.IN_REVIEW, "clerk")

    decision = services.lifecycle.move("approver", reference, Status.APPROVED)
    assert decision.status is Status.APPROVED
    assert (decision.approved_amount, decision.approval_date, decision.decided_by) == (D("2000.00"), TODAY, "approver")
    assert decision.proof_due_date == date(2026, 11, 8)
    assert (decision.budget_year, decision.budget_source) == (2026, "Landesmittel")
    assert totals(services) == (D("2000.00"), 0, D("248000.00"))
    with ready.raw() as raw:
        stored = raw.execute("SELECT rule, outcome FROM eligibility_check ORDER BY rule").fetchall()
    assert [rule for rule, _ in stored] == [f"R{n:02d}" for n in range(1, 13)]
    assert {outcome for _, outcome in stored} == {"pass"}

    ready.clock.advance(70)
    proof = services.lifecycle.move("clerk", reference, Status.PROOF_RECEIVED, costs="3001.99")
    assert (proof.actual_costs, proof.payout_amount, proof.proof_recorded_by) == (D("3001.99"), D("1500.00"), "clerk")
    assert totals(services) == (D("2000.00"), 0, D("248000.00"))

    with pytest.raises(PermissionDenied):
        services.lifecycle.move("clerk", reference, Status.PAID)
    paid = services.lifecycle.move("approver2", reference, Status.PAID)
    assert (paid.status, paid.paid_by, paid.payout_date) == (Status.PAID, "approver2", ready.clock.today())
    assert totals(services) == (0, D("1500.00"), D("248500.00"))
    assert ledger_rows(ready) == [("commitment", 200000), ("payout", 150000), ("release", 50000)]

    closed = services.lifecycle.move("clerk", reference, Status.CLOSED)
    assert closed.status is Status.CLOSED
    assert totals(services) == (0, D("1500.00"), D("248500.00"))

    history = services.applications.history(reference)
    statuses = [h["changes"]["status"] for h in reversed(history) if "status" in h["changes"]]  # type: ignore[operator,index]
    assert statuses == [[None, "received"], ["received", "in_review"], ["in_review", "approved"],
                        ["approved", "proof_received"], ["proof_received", "paid"], ["paid", "closed"]]
    ledger = services.budget.ledger(2026, "Landesmittel")
    assert [(e.kind, e.amount, e.reference) for e in ledger] == [
        ("commitment", D("2000.00"), reference), ("payout", D("1500.00"), reference),
        ("release", D("500.00"), reference)]


def test_the_cluster_r02_accepted_is_stored_at_the_approval(ready: Office) -> None:
    services = ready.services
    app = services.applications.create("clerk", ApplicationInput(
        company_id=ready.company_id, measure_code=ready.measure_code, theme_code=6, receipt_date=ready.clock.today(),
        cost_items=(CostItemInfo("Teilnahmegebühr", D("4000.00")),), cluster_id=None))
    assert app.cluster_id is None  # the clerk named no cluster: R02 looks at the company's memberships
    services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
    decided = services.lifecycle.move("approver", app.reference, Status.APPROVED)
    assert decided.cluster_id == ready.cluster_id("Photonics BW")
    step = services.applications.history(app.reference)[0]
    assert step["changes"]["cluster_id"] == [None, ready.cluster_id("Photonics BW")]  # type: ignore[index]


def test_a_lower_request_is_what_gets_committed(ready: Office) -> None:
    app = ready.new(requested="1200.00")
    ready.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
    decision = ready.services.lifecycle.move("approver", app.reference, Status.APPROVED)
    assert decision.approved_amount == D("1200.00")
    assert totals(ready.services) == (D("1200.00"), 0, D("248800.00"))


def test_the_preparer_may_not_decide_and_the_proof_recorder_may_not_pay(ready: Office) -> None:
    services = ready.services
    reference = ready.new().reference
    services.lifecycle.move("admin", reference, Status.IN_REVIEW)
    with pytest.raises(PermissionDenied) as info:
        services.lifecycle.move("admin", reference, Status.APPROVED)
    assert info.value.code == "four_eyes_decision"
    services.lifecycle.move("approver", reference, Status.APPROVED)
    ready.clock.advance(70)  # after the measure's end
    services.lifecycle.move("admin", reference, Status.PROOF_RECEIVED, costs="4000.00")
    with pytest.raises(PermissionDenied) as info:
        services.lifecycle.move("admin", reference, Status.PAID)
    assert info.value.code == "four_eyes_payout"
    assert services.lifecycle.move("approver", reference, Status.PAID).status is Status.PAID


def test_approval_is_refused_when_the_budget_is_short(ready: Office) -> None:
    services = ready.services
    services.budget.set_line("budget", 2026, "Landesmittel", "1999.99")
    reference = ready.new().reference
    services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    before = snapshot(ready, reference)
    with pytest.raises(TransitionRefused) as info:
        services.lifecycle.move("approver", reference, Status.APPROVED)
    assert (info.value.code, info.value.params["rules"]) == ("rules_failed", "R12")
    assert snapshot(ready, reference) == before


def test_expire_only_after_the_due_date_and_it_releases_the_commitment(ready: Office) -> None:
    services = ready.services
    reference = approved(ready)
    assert totals(services) == (D("2000.00"), 0, D("248000.00"))
    ready.clock.advance((date(2026, 11, 8) - TODAY).days)  # to the due date itself
    before = snapshot(ready, reference)
    with pytest.raises(TransitionRefused) as info:
        services.lifecycle.move("clerk", reference, Status.EXPIRED)
    assert info.value.code == "not_yet_due"
    assert snapshot(ready, reference) == before
    ready.clock.advance(1)
    assert services.lifecycle.move("clerk", reference, Status.EXPIRED).status is Status.EXPIRED
    assert totals(services) == (0, 0, D("250000.00"))
    assert ledger_rows(ready) == [("commitment", 200000), ("release", 200000)]


def test_revoke_after_payment_books_a_recovery(ready: Office) -> None:
    services = ready.services
    reference = approved(ready)
    ready.clock.advance(70)  # after the measure's end
    services.lifecycle.move("clerk", reference, Status.PROOF_RECEIVED, costs="5000.00")
    services.lifecycle.move("approver", reference, Status.PAID)
    assert totals(services) == (0, D("2000.00"), D("248000.00"))
    with pytest.raises(ValidationError):
        services.lifecycle.move("approver", reference, Status.REVOKED)
    with pytest.raises(PermissionDenied):
        services.lifecycle.move("clerk", reference, Status.REVOKED, reason="Zweckverfehlung")
    revoked = services.lifecycle.move("approver2", reference, Status.REVOKED, reason="Zweckverfehlung")
    assert (revoked.status, revoked.decision_reason) == (Status.REVOKED, "Zweckverfehlung")
    assert totals(services) == (0, 0, D("250000.00"))
    assert ledger_rows(ready) == [("commitment", 200000), ("payout", 200000), ("recovery", 200000)]


def test_revoke_before_payment_releases_the_commitment(ready: Office) -> None:
    reference = approved(ready)
    ready.services.lifecycle.move("approver2", reference, Status.REVOKED, reason="Maßnahme abgesagt")
    assert totals(ready.services) == (0, 0, D("250000.00"))
    assert ledger_rows(ready) == [("commitment", 200000), ("release", 200000)]


def test_reject_needs_a_reason_when_the_application_is_eligible(ready: Office) -> None:
    services = ready.services
    reference = ready.new().reference
    services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    with pytest.raises(ValidationError) as info:
        services.lifecycle.move("approver", reference, Status.REJECTED)
    assert info.value.code == "reason_required"
    rejected = services.lifecycle.move("approver", reference, Status.REJECTED, reason="Kein Auslandsbezug")
    assert (rejected.status, rejected.decision_reason) == (Status.REJECTED, "Kein Auslandsbezug")
    assert ledger_rows(ready) == []


def test_an_ineligible_application_is_rejected_with_its_failed_rules_stored(ready: Office) -> None:
    services = ready.services
    reference = ready.new(costs="499.99").reference
    services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    services.lifecycle.move("approver", reference, Status.REJECTED)
    with ready.raw() as raw:
        failed = raw.execute("SELECT rule, reason FROM eligibility_check WHERE outcome = 'fail'").fetchall()
    assert failed == [("R07", "below_minimum")]


@pytest.mark.parametrize("attempt", [
    pytest.param(lambda s, r: s.lifecycle.move("approver", r, Status.PAID), id="undrawn"),
    pytest.param(lambda s, r: s.lifecycle.move("clerk", r, Status.APPROVED), id="role"),
    pytest.param(lambda s, r: s.lifecycle.move("admin", r, Status.APPROVED), id="four-eyes"),
    pytest.param(lambda s, r: s.lifecycle.move("approver2", r, Status.REJECTED), id="reason"),
    pytest.param(lambda s, r: s.lifecycle.move("approver2", r, "genehmigt"), id="status-word"),
    pytest.param(lambda s, r: s.lifecycle.move("approver2", r, Status.APPROVED, costs="10.00"), id="costs"),
    pytest.param(lambda s, r: s.lifecycle.move("ghost", r, Status.APPROVED), id="unknown-user"),
])
def test_a_refused_step_changes_nothing(ready: Office, attempt: Callable[[Services, str], object]) -> None:
    services = ready.services
    reference = ready.new().reference
    services.lifecycle.move("admin", reference, Status.IN_REVIEW)  # admin holds every role but prepared it
    before = snapshot(ready, reference)
    version = services.applications.get(reference).version
    with pytest.raises((TransitionRefused, PermissionDenied, ValidationError)):
        attempt(services, reference)
    assert snapshot(ready, reference) == before
    assert services.applications.get(reference).version == version
    assert services.applications.get(reference).status is Status.IN_REVIEW


@pytest.mark.parametrize(("costs", "code"), [
    ("-5.00", "money_negative"), ("1e3", "money_not_a_number"), (1500.0, "money_not_a_number"),
    ("12.345", "money_too_many_decimals"), ("viel", "money_not_a_number"), ("1" + "0" * 30, "money_too_large"),
])
def test_bad_proof_costs_are_refused_and_change_nothing(ready: Office, costs: object, code: str) -> None:
    reference = approved(ready)
    before = snapshot(ready, reference)
    with pytest.raises(ValidationError) as info:
        ready.services.lifecycle.move("clerk", reference, Status.PROOF_RECEIVED, costs=costs)
    assert (info.value.field, info.value.code) == ("costs", code)
    assert snapshot(ready, reference) == before


def test_an_unknown_status_word_is_refused(ready: Office) -> None:
    reference = ready.new().reference
    before = snapshot(ready, reference)
    with pytest.raises(ValidationError) as info:
        ready.services.lifecycle.move("clerk", reference, "bezahlt")
    assert (info.value.field, info.value.code) == ("status", "unknown_status")
    assert snapshot(ready, reference) == before


def test_an_unknown_reference_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.lifecycle.move("clerk", "IG-2026-0999", Status.IN_REVIEW)
    with pytest.raises(NotFoundError):
        services.applications.get("IG-2026-0999")


def test_move_many_reports_each_references_own_outcome(ready: Office) -> None:
    services = ready.services
    first = ready.new().reference
    second = ready.new().reference
    third = ready.new().reference
    services.lifecycle.move("clerk", second, Status.IN_REVIEW)
    progress: list[tuple[int, int]] = []
    results = services.lifecycle.move_many("clerk", [first, second, "IG-2026-0999", third], Status.IN_REVIEW,
                                           progress=lambda done, total: progress.append((done, total)))
    assert [(r.reference, r.ok, r.status) for r in results] == [
        (first, True, Status.IN_REVIEW), (second, False, None), ("IG-2026-0999", False, None),
        (third, True, Status.IN_REVIEW)]
    assert isinstance(results[1].error, TransitionRefused)
    assert isinstance(results[2].error, NotFoundError)
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [services.applications.get(r).status for r in (first, second, third)] == [Status.IN_REVIEW] * 3


def test_move_many_stops_when_cancelled(ready: Office) -> None:
    services = ready.services
    refs = [ready.new().reference for _ in range(3)]
    done: list[int] = []
    results = services.lifecycle.move_many("clerk", refs, Status.IN_REVIEW, progress=lambda n, total: done.append(n),
                                           is_cancelled=lambda: len(done) >= 2)
    assert [r.reference for r in results] == refs[:2]
    assert services.applications.get(refs[2]).status is Status.RECEIVED


# concurrency and the audit trail ---------------------------------------------------------------------------------

def test_saving_with_a_stale_version_is_a_conflict(ready: Office) -> None:
    services = ready.services
    app = ready.new()
    data = ApplicationInput(company_id=app.company_id, measure_code=app.measure_code, theme_code=6,
                            receipt_date=app.receipt_date, cost_items=(CostItemInfo("Teilnahmegebühr", D("5000.00")),))
    saved = services.applications.update("clerk", app.reference, app.version, data)
    assert saved.version == app.version + 1
    assert (saved.eligible_costs, saved.voucher_amount) == (D("5000.00"), D("2500.00"))
    stale = replace(data, cost_items=(CostItemInfo("Teilnahmegebühr", D("1000.00")),))
    with pytest.raises(ConflictError) as info:
        services.applications.update("clerk2", app.reference, app.version, stale)
    assert info.value.code == "changed_meanwhile"
    now = services.applications.get(app.reference)
    assert (now.eligible_costs, now.version) == (D("5000.00"), saved.version)


def test_a_stale_save_is_a_conflict_even_when_only_the_cost_items_changed(ready: Office) -> None:
    services = ready.services
    app = ready.new()
    mine = ApplicationInput(company_id=app.company_id, measure_code=app.measure_code, theme_code=6,
                            receipt_date=app.receipt_date, cluster_id=app.cluster_id,
                            cost_items=(CostItemInfo("Standmiete", D("4000.00")),))  # same total, other item
    saved = services.applications.update("clerk", app.reference, app.version, mine)
    assert saved.version == app.version + 1
    theirs = replace(mine, cost_items=(CostItemInfo("Reisekosten", D("4000.00")),))
    with pytest.raises(ConflictError):
        services.applications.update("clerk2", app.reference, app.version, theirs)
    assert [i.category for i in services.applications.get(app.reference).cost_items] == ["Standmiete"]
    # Saving the same form again changes nothing and keeps the version.
    assert services.applications.update("clerk", app.reference, saved.version, mine).version == saved.version


def test_a_decided_application_cannot_be_edited(ready: Office) -> None:
    reference = approved(ready)
    app = ready.services.applications.get(reference)
    data = ApplicationInput(company_id=app.company_id, measure_code=app.measure_code, theme_code=6,
                            receipt_date=app.receipt_date, cost_items=(CostItemInfo("Teilnahmegebühr", D("9000.00")),))
    with pytest.raises(TransitionRefused):
        ready.services.applications.update("clerk", reference, app.version, data)
    assert ready.services.applications.get(reference).eligible_costs == D("4000.00")


@pytest.mark.both_engines
@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET user_login = 'mallory'",
    "DELETE FROM audit_event",
    "UPDATE ledger_entry SET amount = 1",
    "DELETE FROM ledger_entry",
])
def test_audit_events_and_ledger_entries_are_append_only(ready: Office, statement: str) -> None:
    approved(ready)
    before = snapshot(ready, "IG-2026-0001")
    assert before[1] and before[2]  # there is a ledger and an audit trail to protect
    raw = ready.raw()
    try:
        with pytest.raises(raw.Error, match="append-only"):
            raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    assert snapshot(ready, "IG-2026-0001") == before


def test_every_change_leaves_an_audit_event_with_who_and_what(ready: Office) -> None:
    reference = approved(ready)
    history = ready.services.applications.history(reference)
    actions = [(h["user"], h["action"]) for h in reversed(history)]
    assert actions == [("clerk", "created"), ("clerk", "status:in_review"), ("approver", "status:approved")]
    approval = history[0]["changes"]
    assert approval["approved_amount"] == [None, "2000.00"]  # type: ignore[index]
    assert approval["ledger"] == [None, ["commitment 2000.00"]]  # type: ignore[index]
