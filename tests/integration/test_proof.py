"""The proof of use through the real services (both engines): the payout preview from the cost items, the date
received refused before the measure's end and in the future, the items stored and audited, the receipts attached
in the same transaction — and nothing written when anything is refused."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from decimal import Decimal

import pytest

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError, ValidationError
from bwi_vouchers.services.attachments import NewFile
from bwi_vouchers.services.dto import CostItemInfo
from tests.conftest import World

pytestmark = pytest.mark.both_engines

D = Decimal
MEASURE_END = date(2026, 5, 8)  # World.measure's default
ITEMS = (CostItemInfo("Reisekosten", D("1200.50"), "Flug Stuttgart–Boston"), CostItemInfo("Standmiete", D("1000.00")))


@pytest.fixture
def approved(world: World) -> str:
    """One application approved for 2,000 € (4,000 € of costs); the clock stands on 1 June 2026."""
    world.budget()
    info = world.application(world.company(), world.measure())
    world.services.lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", info.reference, Status.APPROVED)
    world.clock.advance((date(2026, 6, 1) - world.clock.today()).days)
    return info.reference


def state(world: World, reference: str) -> tuple[object, ...]:
    """What a refused proof must leave as it was: the application, its items, attachments, audit events."""
    with closing(world.raw()) as raw:
        app = raw.execute("SELECT status, actual_costs, proof_received_date, payout_amount, version FROM application "
                          "WHERE reference = ?", (reference,)).fetchall()
        counts = [raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                  for table in ("proof_cost_item", "attachment", "attachment_content", "audit_event", "ledger_entry")]
    return ([tuple(row) for row in app], counts)


def test_the_preview_computes_the_payout_by_the_programme_rules(world: World, approved: str) -> None:
    basis = world.services.proof.basis(approved)
    assert (basis.approved, basis.open_commitment, basis.measure_end) == (D("2000.00"), D("2000.00"), MEASURE_END)
    preview = basis.preview(ITEMS)
    assert (preview.actual_costs, preview.rate, preview.payout, preview.released) == (
        D("2200.50"), D("0.50"), D("1100.00"), D("900.00"))  # 50 % of 2,200.50 €, down to whole euros
    assert preview.received == date(2026, 6, 1) and preview.problem is None
    capped = basis.preview([CostItemInfo("Standmiete", D("9999.99"))])
    assert (capped.payout, capped.released) == (D("2000.00"), D("0.00"))  # never more than approved
    early = basis.preview(ITEMS, date(2026, 5, 7))
    assert early.problem is not None and early.problem.field == "received"
    assert "vor dem Ende der Maßnahme (08.05.2026)" in str(early.problem)
    assert basis.preview(ITEMS, MEASURE_END).problem is None  # on the last day of the measure: fine
    future = basis.preview(ITEMS, date(2026, 6, 2))
    assert future.problem is not None and "Zukunft" in str(future.problem)


def test_recording_stores_the_items_the_date_and_the_receipts_and_audits_them(world: World, approved: str) -> None:
    services = world.services
    receipts = [NewFile("Hotel <Boston> & Co.pdf", b"%PDF hotel"), NewFile("Flug.pdf", b"%PDF flight")]
    info = services.proof.record("clerk", approved, received=date(2026, 5, 20), items=ITEMS, receipts=receipts)
    assert info.status is Status.PROOF_RECEIVED
    assert (info.actual_costs, info.payout_amount) == (D("2200.50"), D("1100.00"))
    assert (info.proof_received_date, info.proof_recorded_by) == (date(2026, 5, 20), "clerk")
    proof = services.proof.recorded(approved)
    assert proof.items == ITEMS and proof.received == date(2026, 5, 20)
    attached = services.attachments.list(approved)
    assert [(a.file_name, a.kind, a.added_by) for a in attached] == [
        ("Hotel <Boston> & Co.pdf", AttachmentKind.RECEIPT, "clerk"), ("Flug.pdf", AttachmentKind.RECEIPT, "clerk")]
    events = {e["action"]: e for e in services.applications.history(approved)}
    step = events["status:proof_received"]["changes"]
    assert step["proof_received_date"] == [None, "2026-05-20"]
    assert step["actual_costs"] == [None, "2200.50"]
    assert step["actual_cost_items"] == [None, ["Reisekosten: 1200.50 (Flug Stuttgart–Boston)", "Standmiete: 1000.00"]]
    assert events["attached"]["changes"]["kind"] == [None, "receipt"]
    # the payout then pays what was previewed and releases the rest
    paid = services.lifecycle.move("approver", approved, Status.PAID)
    assert paid.payout_amount == D("1100.00")
    with closing(world.raw()) as raw:
        ledger = raw.execute("SELECT kind, amount FROM ledger_entry ORDER BY id").fetchall()
    assert [tuple(row) for row in ledger] == [("commitment", 200000), ("payout", 110000), ("release", 90000)]


@pytest.mark.parametrize(("received", "code"), [
    (date(2026, 5, 7), "proof_received_before_end"), (date(2026, 6, 2), "proof_received_in_future")])
def test_a_wrong_date_received_is_refused_and_nothing_is_written(world: World, approved: str, received: date,
                                                                 code: str) -> None:
    before = state(world, approved)
    with pytest.raises(ValidationError) as refused:
        world.services.proof.record("clerk", approved, received=received, items=ITEMS,
                                    receipts=[NewFile("Beleg.pdf", b"%PDF")])
    assert (refused.value.field, refused.value.code) == ("received", code)
    assert str(refused.value).startswith("Eingang des Verwendungsnachweises: ")
    assert state(world, approved) == before


def test_the_old_total_still_works_and_defaults_to_today(world: World, approved: str) -> None:
    info = world.services.lifecycle.move("clerk", approved, Status.PROOF_RECEIVED, costs="3001.99")
    assert (info.actual_costs, info.payout_amount, info.proof_received_date) == (
        D("3001.99"), D("1500.00"), date(2026, 6, 1))
    assert world.services.proof.recorded(approved).items == ()


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"items": ITEMS, "costs": "100.00"}, "costs_or_items"),
    ({"items": ()}, "costs_required"),
    ({"items": (CostItemInfo("", D("10.00")),)}, "required"),
    ({"items": (CostItemInfo("Reisekosten", D("-1.00")),)}, "money_negative"),
    ({"items": ITEMS, "receipts": [NewFile("leer.pdf", b"")]}, "attachment_empty"),
])
def test_bad_items_or_receipts_are_refused_as_a_whole(world: World, approved: str, kwargs: dict[str, object],
                                                      code: str) -> None:
    before = state(world, approved)
    with pytest.raises(BwiError) as refused:
        world.services.proof.record("clerk", approved, **kwargs)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert state(world, approved) == before


def test_the_items_cannot_be_changed_or_deleted_afterwards(world: World, approved: str) -> None:
    world.services.proof.record("clerk", approved, items=ITEMS)
    for statement in ("UPDATE proof_cost_item SET amount = 1", "DELETE FROM proof_cost_item"):
        with pytest.raises(Exception, match="append-only"), world.raw() as raw:  # noqa: PT011 - either driver's
            raw.execute(statement)
    assert world.services.proof.recorded(approved).items == ITEMS


def test_a_proof_is_refused_before_the_approval_and_for_a_non_clerk(world: World) -> None:
    world.budget()
    reference = world.application(world.company(), world.measure()).reference
    world.clock.advance(91)
    with pytest.raises(BwiError) as refused:
        world.services.proof.record("clerk", reference, items=ITEMS)
    assert refused.value.code == "transition_not_allowed"
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", reference, Status.APPROVED)
    with pytest.raises(BwiError) as denied:
        world.services.proof.record("budget", reference, items=ITEMS)
    assert denied.value.code == "role_missing"
    assert world.services.proof.recorded(reference).items == ()
