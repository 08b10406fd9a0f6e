"""The proof-of-use dialog: the payout is shown live as cost items are typed, a wrong date received is refused
where it is typed (nothing written), and confirming records the items and attaches the receipts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import app_data
import pytest
from editor_helpers import edit_cell
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.ui.models.cost_items import CostColumn

AFTER_THE_MEASURE = date(2026, 6, 1)  # the sample's measure M-2026-001 ends on 8 May 2026


@pytest.fixture
def approved(ui_services) -> str:  # type: ignore[no-untyped-def]
    """Alpha (4,000 € of costs) approved for 2,000 €; the clock stands after the measure's end."""
    reference = app_data.sample(ui_services)["alpha"].reference
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", reference, Status.APPROVED)
    ui_services.clock.advance((AFTER_THE_MEASURE - ui_services.clock.today()).days)
    return reference


def open_dialog(qtbot, make_window, reference: str):  # type: ignore[no-untyped-def]
    window = make_window("clerk")
    editor = window.editors.open(reference)
    button = editor.steps.buttons[Status.PROOF_RECEIVED]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.proof_dialog
    assert dialog is not None and dialog.isVisible()
    return editor, dialog


def add_item(qtbot, dialog, category: str) -> None:  # type: ignore[no-untyped-def]
    """“Add item”, which opens the new row's category at once, and type the category into it."""
    qtbot.mouseClick(dialog.costs.add_button, Qt.MouseButton.LeftButton)
    combos = [w for w in dialog.costs.view.viewport().findChildren(QComboBox) if w.isVisible()]
    qtbot.keyClicks(combos[-1].lineEdit(), category)


def test_the_payout_is_previewed_as_the_items_are_typed(qtbot, make_window, approved) -> None:  # type: ignore[no-untyped-def]
    _, dialog = open_dialog(qtbot, make_window, approved)
    assert dialog.received.date() == QDate(2026, 6, 1)  # today by default
    assert dialog.approved.text() == "2.000,00 €"
    assert dialog.payout.text() == "0,00 €"
    assert not dialog.confirm_button.isEnabled()  # no cost item yet
    view = dialog.costs.view
    edit_cell(qtbot, view, 0, CostColumn.CATEGORY, "Reisekosten")
    edit_cell(qtbot, view, 0, CostColumn.AMOUNT, "1.200,50")
    assert dialog.actual.text() == "1.200,50 €"
    assert dialog.rate.text() == "50 %"
    assert dialog.payout.text() == "600,00 €"  # 50 % of 1,200.50 €, down to whole euros
    assert dialog.released.text() == "1.400,00 €"
    assert dialog.confirm_button.isEnabled()
    add_item(qtbot, dialog, "Standmiete")
    edit_cell(qtbot, view, 1, CostColumn.AMOUNT, "3.500")
    assert dialog.actual.text() == "4.700,50 €"
    assert dialog.costs.total.text() in ("Total actual costs: 4.700,50 €",  # the proof's costs, not the
                                         "Tatsächliche Kosten gesamt: 4.700,50 €")  # application's eligible ones
    assert dialog.payout.text() == "2.000,00 €"  # never more than approved
    assert dialog.released.text() == "0,00 €"


@pytest.mark.parametrize(("day", "words"), [
    (QDate(2026, 5, 7), "vor dem Ende der Maßnahme (08.05.2026)"),
    (QDate(2026, 6, 2), "liegt in der Zukunft"),
])
def test_a_wrong_date_received_is_refused_and_nothing_is_written(qtbot, make_window, approved, ui_services,
                                                                  day: QDate, words: str) -> None:
    editor, dialog = open_dialog(qtbot, make_window, approved)
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.CATEGORY, "Reisekosten")
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.AMOUNT, "1000")
    assert dialog.confirm_button.isEnabled()
    dialog.received.setDate(day)
    message = dialog.received_box.message()
    assert message.startswith("Eingang des Verwendungsnachweises:") and words in message
    assert dialog.received_box.error.isVisible()
    assert not dialog.confirm_button.isEnabled()
    dialog.confirm()  # Enter or a stray click: refused all the same
    assert dialog.isVisible()
    stored = ui_services.applications.get(approved)
    assert (stored.status, stored.actual_costs) == (Status.APPROVED, None)
    assert ui_services.proof.recorded(approved).items == ()
    assert editor.info.status is Status.APPROVED


def test_confirming_records_the_items_and_attaches_the_receipts(qtbot, make_window, approved, ui_services,
                                                                tmp_path: Path, monkeypatch) -> None:
    hotel = tmp_path / "Hotel Boston.pdf"
    hotel.write_bytes(b"%PDF-1.4 hotel")
    flight = tmp_path / "Flug.pdf"
    flight.write_bytes(b"%PDF-1.4 flight")
    editor, dialog = open_dialog(qtbot, make_window, approved)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(hotel), str(flight)], ""))
    qtbot.mouseClick(dialog.add_receipts_button, Qt.MouseButton.LeftButton)
    assert [dialog.receipts.item(row).text() for row in range(dialog.receipts.count())] == [
        "Hotel Boston.pdf", "Flug.pdf"]
    dialog.received.setDate(QDate(2026, 5, 20))
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.CATEGORY, "Reisekosten")
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.AMOUNT, "1.200,50")
    add_item(qtbot, dialog, "Standmiete")
    edit_cell(qtbot, dialog.costs.view, 1, CostColumn.AMOUNT, "1.000")
    assert dialog.payout.text() == "1.100,00 €"
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.info.status is Status.PROOF_RECEIVED
    assert (editor.info.actual_costs, editor.info.payout_amount) == (Decimal("2200.50"), Decimal("1100.00"))
    assert editor.info.proof_received_date == date(2026, 5, 20)
    proof = ui_services.proof.recorded(approved)
    assert proof.items == (CostItemInfo("Reisekosten", Decimal("1200.50")),
                           CostItemInfo("Standmiete", Decimal("1000.00")))
    receipts = ui_services.attachments.list(approved)
    assert [(a.file_name, a.kind) for a in receipts] == [("Hotel Boston.pdf", AttachmentKind.RECEIPT),
                                                          ("Flug.pdf", AttachmentKind.RECEIPT)]
    assert editor.case.attachments.model.rowCount() == 2  # shown in the attachments pane


def test_a_receipt_that_cannot_be_read_records_nothing(qtbot, make_window, approved, ui_services,
                                                       tmp_path: Path) -> None:
    _, dialog = open_dialog(qtbot, make_window, approved)
    dialog.add_receipts([tmp_path / "gibt es nicht.pdf"])
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.CATEGORY, "Reisekosten")
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.AMOUNT, "1000")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Nichts wurde gespeichert" in dialog.message.text() or "Nothing was recorded" in dialog.message.text()
    assert "gibt es nicht.pdf" in dialog.message.text()
    assert ui_services.applications.get(approved).status is Status.APPROVED
    assert ui_services.attachments.list(approved) == []
