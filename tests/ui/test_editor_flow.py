"""A clerk records a new company and application, the checklist reacts, review; an approver approves."""

from __future__ import annotations

from decimal import Decimal

import app_data
from editor_helpers import choose_measure, confirm_decision, edit_cell, open_new_editor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from bwi_vouchers.domain.enums import Outcome, Status
from bwi_vouchers.ui.models.cost_items import CostColumn


def test_clerk_records_and_approver_approves(qtbot, make_window, ui_services) -> None:
    app_data.budget(ui_services)
    app_data.measure(ui_services, "M-2026-001", title="Markterkundung USA Photonik")
    window = make_window("clerk")
    editor = open_new_editor(qtbot, window)

    # A new company through the small dialog.
    qtbot.mouseClick(editor.form.new_company, Qt.MouseButton.LeftButton)
    dialog = editor.company_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Neu & Co. <Optik> GmbH")
    qtbot.keyClicks(dialog.postcode, "70173")
    qtbot.keyClicks(dialog.city, "Stuttgart")
    qtbot.keyClicks(dialog.awu, "12,5")
    qtbot.keyClicks(dialog.turnover, "1.200.000,00")
    qtbot.keyClicks(dialog.balance, "800.000")
    dialog.cluster.setCurrentIndex(dialog.cluster.findText("Photonics BW"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.form.company_id() == dialog.company.id
    assert editor.form.company.text() == "Neu & Co. <Optik> GmbH (Stuttgart)"

    # Measure (the target field follows it), then costs below the minimum: R07 fails.
    choose_measure(qtbot, editor, "M-2026-001")
    assert editor.form.theme.currentData() == 6
    edit_cell(qtbot, editor.form.costs.view, 0, CostColumn.CATEGORY, "Standmiete")
    edit_cell(qtbot, editor.form.costs.view, 0, CostColumn.AMOUNT, "400")
    qtbot.waitUntil(lambda: editor.checklist.outcome("R07") is Outcome.FAIL)
    assert "500,00 €" in editor.checklist.texts["R07"].text()
    assert editor.checklist.outcome("R02") is Outcome.PASS
    edit_cell(qtbot, editor.form.costs.view, 0, CostColumn.AMOUNT, "4.000,00")
    qtbot.waitUntil(lambda: editor.checklist.outcome("R07") is Outcome.PASS)
    assert "2.000,00 €" in editor.checklist.amount.text()
    assert editor.report.assessment.eligible

    # Ctrl+S saves; then "put in review".
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.info is not None and editor.info.reference == "IG-2026-0001"
    assert not editor.dirty
    review = editor.steps.buttons[Status.IN_REVIEW]
    assert review.isVisible() and review.isEnabled()
    qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    assert editor.info.status is Status.IN_REVIEW
    assert editor.header.chip.text() == "in Prüfung"
    approve = editor.steps.buttons[Status.APPROVED]
    assert approve.isVisible() and not approve.isEnabled()
    assert "Bewilligung/Freigabe" in approve.toolTip()  # the clerk lacks the approver role
    whats = [editor.history.index(row, 2).data() for row in range(editor.history.rowCount())]
    assert whats == ["Status → in Prüfung", "Recorded"]

    # The approver, in a window of their own, opens it from the list and approves it.
    second = make_window("approver")
    second.show_page("applications")
    page = second.pages["applications"]
    assert page.model.rowCount() == 1
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    approving = second.editors.last
    assert approving.info.reference == "IG-2026-0001"
    button = approving.steps.buttons[Status.APPROVED]
    assert button.isEnabled(), button.toolTip()
    with qtbot.waitSignal(second.context.events.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        confirm_decision(qtbot, approving)
    assert approving.info.status is Status.APPROVED
    assert approving.info.approved_amount == Decimal("2000.00")
    assert not approving.form.measure.isEnabled()  # decided: no longer editable
    assert ui_services.budget.line(2026, "Landesmittel").committed == Decimal("2000.00")
    assert page.model.row_at(0).status is Status.APPROVED  # the list refreshed by event


def test_approve_is_disabled_with_four_eyes_tooltip_for_who_put_it_in_review(qtbot, make_window, ui_services) -> None:
    sample = app_data.sample(ui_services)
    window = make_window("admin")  # admin holds every role, approver included
    editor = window.editors.open(sample["alpha"].reference)
    qtbot.mouseClick(editor.steps.buttons[Status.IN_REVIEW], Qt.MouseButton.LeftButton)
    approve = editor.steps.buttons[Status.APPROVED]
    assert approve.isVisible() and not approve.isEnabled()
    assert "Vier-Augen-Prinzip" in approve.toolTip()
    assert "Vier-Augen-Prinzip" in editor.steps.buttons[Status.REJECTED].toolTip()


def test_failing_rule_disables_approve_and_rejection_quotes_it(qtbot, make_window, ui_services, monkeypatch) -> None:
    sample = app_data.sample(ui_services)
    delta = sample["delta"].reference  # 350 € of costs
    ui_services.lifecycle.move("clerk", delta, Status.IN_REVIEW)
    window = make_window("approver")
    editor = window.editors.open(delta)
    approve = editor.steps.buttons[Status.APPROVED]
    assert not approve.isEnabled()
    assert "R07" in approve.toolTip() and "Mindestbetrag" in approve.toolTip()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", True))  # failed rules suffice
    qtbot.mouseClick(editor.steps.buttons[Status.REJECTED], Qt.MouseButton.LeftButton)
    confirm_decision(qtbot, editor)
    assert editor.info.status is Status.REJECTED


def test_proof_of_use_asks_for_the_actual_costs(qtbot, make_window, ui_services) -> None:
    sample = app_data.sample(ui_services)
    alpha = sample["alpha"].reference
    ui_services.lifecycle.move("clerk", alpha, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", alpha, Status.APPROVED)
    ui_services.clock.advance(70)  # after the measure's end (8 May)
    window = make_window("clerk")
    editor = window.editors.open(alpha)
    qtbot.mouseClick(editor.steps.buttons[Status.PROOF_RECEIVED], Qt.MouseButton.LeftButton)
    dialog = editor.proof_dialog  # the proof-of-use dialog (tests/ui/test_proof_dialog.py drives it in full)
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.CATEGORY, "Reisekosten")
    edit_cell(qtbot, dialog.costs.view, 0, CostColumn.AMOUNT, "3.000,00")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.info.status is Status.PROOF_RECEIVED
    assert editor.info.payout_amount == Decimal("1500.00")
    assert "1.500,00 €" in editor.header.facts.text()
    pay = editor.steps.buttons[Status.PAID]
    assert not pay.isEnabled()  # the clerk has no approver role; and four-eyes would apply
