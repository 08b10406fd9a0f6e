"""Reminders, revocations with repayment, amendments and reopened rejections — through the real services, the
letters read back with python-docx, the ledger and the audit trail looked at."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bwi_vouchers.documents.context import LetterKind
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError, PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import World
from tests.documents.helpers import Cases
from tests.documents.test_letters import text_of

pytestmark = pytest.mark.both_engines


def _available(world: World) -> Decimal:
    line = next(t for t in world.services.budget.totals() if t.year == 2026 and t.source == "Landesmittel")
    return line.available


def _events(world: World, reference: str) -> list[tuple[str, dict[str, list[object]]]]:
    with world.database.unit_of_work() as uow:
        return [(e.action, dict(e.changes)) for e in uow.audit_events(entity="application", entity_id=reference)]


# reminders --------------------------------------------------------------------------------------------------
def test_reminders_go_to_proofs_due_within_the_days_and_say_when_overdue(world: World, cases: Cases,
                                                                          out: Path) -> None:
    letters = world.services.letters
    assert letters.reminder_references(30) == []  # due 08.11.2026, today 11.05.2026
    world.clock.advance(160)  # 18.10.2026: three approved ones due within 30 days (the paid one is not)
    due = letters.reminder_references(30)
    assert set(due) == {cases.approved, cases.efre, cases.formula}
    assert letters.reminder_references(10) == []

    batch = letters.write_reminders("clerk", out, days=30)
    assert {w.kind for w in batch.written} == {LetterKind.REMINDER} and not batch.failed
    letter = next(w for w in batch.written if w.reference == cases.approved)
    assert letter.path.name == f"{cases.approved}_Erinnerung.docx"
    text = text_of(letter.path)
    assert "bis zum 08.11.2026" in text and "noch 21 Tage" in text and "abgelaufen" not in text
    assert "18.10.2026" in text  # the letter's date is the day it is written
    assert "2.700,00 €" in text

    world.clock.advance(30)  # 17.11.2026: nine days overdue
    text = text_of(letters.write("clerk", cases.approved, out, kind=LetterKind.REMINDER).path)
    assert "seit 9 Tagen abgelaufen" in text and "08.11.2026" in text
    documents = world.services.applications.documents(cases.approved)
    assert [d.kind for d in documents].count("reminder") == 2  # each letter recorded with its hash
    assert all(len(d.sha256) == 64 for d in documents)


def test_no_reminder_for_an_application_that_is_not_approved(world: World, cases: Cases, out: Path) -> None:
    with pytest.raises(BwiError) as refused:
        world.services.letters.write("clerk", cases.paid, out, kind=LetterKind.REMINDER)
    assert refused.value.code == "no_letter_for_status"


# revocation -------------------------------------------------------------------------------------------------
def test_revoking_a_paid_voucher_names_the_amount_to_repay(world: World, cases: Cases, out: Path) -> None:
    s = world.services
    before = _available(world)
    s.lifecycle.move("approver2", cases.paid, "revoked", reason="Die Maßnahme fand ohne das Unternehmen statt.")
    assert _available(world) == before + Decimal("2000.00")  # the recovery books the payout back
    letter = s.letters.write("clerk", cases.paid, out)  # the letter the status calls for
    assert letter.kind is LetterKind.REVOCATION
    assert letter.path.name == f"{cases.paid}_Widerruf.docx"
    text = text_of(letter.path)
    assert "Sehr geehrte Frau Dr. Weber," in text
    assert "Rückforderung" in text and "Zu erstattender Betrag" in text
    assert "Bitte überweisen Sie 2.000,00 €" in text
    assert "Die Maßnahme fand ohne das Unternehmen statt." in text
    assert ("document:revocation", ) == tuple(a for a, _ in _events(world, cases.paid)[:1])


def test_revoking_before_payout_asks_nothing_back(world: World, cases: Cases, out: Path) -> None:
    s = world.services
    s.lifecycle.move("approver", cases.approved, "revoked", reason="Teilnahme abgesagt.")
    text = text_of(s.letters.write("clerk", cases.approved, out).path)
    assert "eine Rückforderung entfällt" in text and "Zu erstattender Betrag" not in text
    assert "Teilnahme abgesagt." in text


# amendment --------------------------------------------------------------------------------------------------
def test_amend_lowers_the_amount_releases_the_difference_and_writes_its_letter(world: World, cases: Cases,
                                                                                out: Path) -> None:
    s = world.services
    before = _available(world)
    done = s.amendments.amend("approver", cases.approved, "1234,56", "Die Standfläche wurde verkleinert.")
    assert (done.previous, done.amount, done.released) == (Decimal("2700.00"), Decimal("1234.56"),
                                                           Decimal("1465.44"))
    assert s.applications.get(cases.approved).approved_amount == Decimal("1234.56")
    assert _available(world) == before + Decimal("1465.44")
    with world.database.unit_of_work() as uow:
        app = uow.lock_application(cases.approved)
        assert app is not None
        release = [(e.amount, e.note or "") for e in uow.ledger_of_application(app.id) if e.kind == "release"]
    assert [amount for amount, _ in release] == [Decimal("1465.44")]
    assert "Änderungsbescheid" in release[0][1] and "1.465,44 € freigegeben" in release[0][1]
    action, changes = _events(world, cases.approved)[0]
    assert action == "amend"
    assert changes["approved_amount"] == ["2700.00", "1234.56"]
    assert changes["reason"] == [None, "Die Standfläche wurde verkleinert."]

    letter = s.letters.write("clerk", cases.approved, out)  # the latest decision: the amendment
    assert letter.kind is LetterKind.AMENDMENT
    assert letter.path.name == f"{cases.approved}_Änderungsbescheid.docx"
    text = text_of(letter.path)
    assert "2.700,00 €" in text and "1.234,56 €" in text and "1.465,44 €" in text
    assert "Die Standfläche wurde verkleinert." in text
    assert "Änderungsbescheid" in text
    # the amount stays what later steps work with: the payout is capped at the amended amount
    s.lifecycle.move("clerk", cases.approved, "proof_received", costs="5400.00")
    assert s.applications.get(cases.approved).payout_amount == Decimal("1234.00")


@pytest.mark.parametrize(("amount", "code"), [("2700,00", "amend_not_lower"), ("3000", "amend_not_lower"),
                                              ("0", "amend_not_positive"), ("-5", "money_negative")])
def test_amend_refuses_anything_but_a_lower_amount(world: World, cases: Cases, amount: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        world.services.amendments.amend("approver", cases.approved, amount, "Grund")
    assert refused.value.code == code
    assert str(refused.value)  # a German sentence
    assert world.services.applications.get(cases.approved).approved_amount == Decimal("2700.00")


def test_amend_needs_a_reason_an_approval_and_an_approver(world: World, cases: Cases) -> None:
    s = world.services
    with pytest.raises(ValidationError) as no_reason:
        s.amendments.amend("approver", cases.approved, "100", "  ")
    assert no_reason.value.code == "amend_reason_required"
    with pytest.raises(TransitionRefused):
        s.amendments.amend("approver", cases.paid, "100", "Grund")
    with pytest.raises(PermissionDenied):
        s.amendments.amend("clerk", cases.approved, "100", "Grund")
    with pytest.raises(BwiError) as no_letter:
        s.letters.write("clerk", cases.efre, Path("/tmp"), kind=LetterKind.AMENDMENT)
    assert no_letter.value.code == "no_amendment"


# reopening --------------------------------------------------------------------------------------------------
def test_reopening_needs_a_reason_and_is_audited(world: World, cases: Cases) -> None:
    s = world.services
    with pytest.raises(ValidationError) as no_reason:
        s.lifecycle.move("clerk2", cases.rejected, "in_review", reason="  ")
    assert no_reason.value.code == "reason_required"
    info = s.lifecycle.move("clerk2", cases.rejected, "in_review", reason="Einwendung vom 10.03.: neue Zahlen.")
    assert info.status is Status.IN_REVIEW and info.in_review_by == "clerk2"
    action, changes = _events(world, cases.rejected)[0]
    assert action == "status:in_review"
    assert changes["reason"] == [None, "Einwendung vom 10.03.: neue Zahlen."]
    assert changes["status"] == ["rejected", "in_review"]


def test_a_reopened_rejection_is_approved_by_another_person_not_the_reopener(world: World, cases: Cases) -> None:
    s = world.services
    ref = cases.received  # eligible: rejected first, then reopened after the objection and approved
    s.lifecycle.move("clerk", ref, "in_review")
    s.lifecycle.move("approver", ref, "rejected", reason="Unterlagen fehlten.")
    s.lifecycle.move("admin", ref, "in_review", reason="Einwendung: Unterlagen nachgereicht.")
    with pytest.raises(PermissionDenied) as barred:  # who reopened it put it in review: four eyes
        s.lifecycle.move("admin", ref, "approved")
    assert barred.value.code == "four_eyes_decision"
    info = s.lifecycle.move("approver", ref, "approved")  # the one who rejected it may approve it now
    assert info.status is Status.APPROVED and info.approved_amount == Decimal("1000.00")
    actions = [action for action, _ in _events(world, ref)][:3]
    assert actions == ["status:approved", "status:in_review", "status:rejected"]


def test_an_amended_approval_lacks_its_letter_until_the_amendment_is_written(world: World, cases: Cases,
                                                                            out: Path) -> None:
    from bwi_vouchers.ui.letters import without_letter  # what the reports page's "only missing letters" runs

    s = world.services
    s.letters.write("clerk", cases.approved, out)  # the approval letter
    assert s.letters.due_kind(cases.approved) is LetterKind.APPROVAL
    assert cases.approved not in without_letter(s, [Status.APPROVED], lambda *_: None, lambda: False)
    s.amendments.amend("approver", cases.approved, "1000", "Die Messe wurde verkürzt.")
    assert s.letters.due_kind(cases.approved) is LetterKind.AMENDMENT
    assert cases.approved in without_letter(s, [Status.APPROVED], lambda *_: None, lambda: False)
    s.letters.write("clerk", cases.approved, out)  # now the Änderungsbescheid
    assert cases.approved not in without_letter(s, [Status.APPROVED], lambda *_: None, lambda: False)
