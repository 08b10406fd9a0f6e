"""The editor for someone who may not change it, the target field following the measure, the overdue mark, safe
default buttons, and the confirmation that shows what a decision does (editor and batch, with letters after)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import app_data
import pytest
from documents_helpers import Outside
from editor_helpers import choose_measure, confirm_decision, open_new_editor
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.measures import MeasureInput


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def measure(services, code: str, themes: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    services.measures.create("admin", MeasureInput(
        code=code, title=f"Reise {code}", type="market_research_trip", country="US", start_date=date(2027, 3, 12),
        end_date=date(2027, 3, 16), city="Boston", themes=themes))


def test_an_approver_sees_the_form_read_only_and_why(qtbot, make_window, ui_services, sample) -> None:
    reference = sample["alpha"].reference
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    editor = make_window("approver").editors.open(reference)
    assert not editor.editable
    assert not editor.save_button.isEnabled()
    for field in (editor.form.company, editor.form.measure, editor.form.theme, editor.form.requested):
        assert not field.isEnabled()
    hint = editor.header.read_only
    assert hint.isVisible() and "clerk role" in hint.text()
    assert editor.save_button.toolTip() == hint.text()
    assert editor.steps.buttons[Status.APPROVED].isEnabled()  # deciding is the approver's work
    # The same user and application as a clerk: editable, no hint.
    clerk = make_window("clerk").editors.open(reference)
    assert clerk.editable and clerk.save_button.isEnabled() and not clerk.header.read_only.isVisible()


def test_a_decided_application_says_it_is_decided_and_shows_no_consent_day(qtbot, make_window, ui_services,
                                                                           sample) -> None:
    reference = sample["beta"].reference
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", reference, Status.APPROVED)
    editor = make_window("clerk").editors.open(reference)
    assert not editor.editable and not editor.save_button.isEnabled()
    assert "Eva Fischer" in editor.header.read_only.text() and "02.03.2026" in editor.header.read_only.text()
    assert editor.form.consent_date.text() == "—"  # not today's date: no consent was recorded
    assert not editor.header.overdue.isVisible()  # due only after the measure


def test_an_overdue_proof_is_marked_in_red(qtbot, make_window, ui_services) -> None:
    app_data.budget(ui_services, year=2025)
    app_data.measure(ui_services, "M-2025-001", start=date(2025, 5, 4))
    company = app_data.company(ui_services, "Omega Optik GmbH")
    reference = app_data.application(ui_services, company, "M-2025-001", receipt=date(2025, 4, 1)).reference
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", reference, Status.APPROVED)  # due 8 Nov 2025; today is 2 Mar 2026
    editor = make_window("clerk").editors.open(reference)
    assert editor.header.overdue.isVisible()
    assert editor.header.overdue.text() == "Proof of use overdue since 08.11.2025"
    assert "#c62828" in editor.header.overdue.styleSheet()


def test_the_target_field_follows_the_measure(qtbot, make_window, ui_services) -> None:
    app_data.budget(ui_services)
    measure(ui_services, "M-2027-049", (15,))
    measure(ui_services, "M-2027-050", (6,))
    measure(ui_services, "M-2027-051", (1, 10))
    editor = open_new_editor(qtbot, make_window("clerk"))
    choose_measure(qtbot, editor, "M-2027-049")
    assert editor.form.theme.currentData() == 15
    choose_measure(qtbot, editor, "M-2027-050")
    assert editor.form.theme.currentData() == 6  # was kept at 15 before
    assert not editor.form.theme_hint.isVisible()
    choose_measure(qtbot, editor, "M-2027-051")
    assert editor.form.theme.currentData() is None  # 6 is not one of its fields: the clerk chooses
    assert editor.form.theme_hint.isVisible() and "1 –" in editor.form.theme_hint.text()
    assert "10 –" in editor.form.theme_hint.text()


def test_enter_on_the_discard_prompt_keeps_the_editor(qtbot, make_window, sample) -> None:
    editor = make_window("clerk").editors.open(sample["gamma"].reference)
    qtbot.keyClicks(editor.form.requested, "1")
    assert editor.dirty
    pressed: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not shown yet
            QTimer.singleShot(10, press_enter)
            return
        pressed.append(box.windowTitle())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    editor.close()  # Esc/Close ask, with the real message box
    assert pressed == ["Unsaved changes"]
    assert editor.isVisible() and editor.dirty and editor.form.requested.text() == "1"


def test_the_confirmation_shows_total_and_budget_line_and_cancel_changes_nothing(qtbot, make_window, ui_services,
                                                                               sample) -> None:
    reference = sample["alpha"].reference  # 4,000 € of costs: 2,000 € voucher
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    editor = make_window("approver").editors.open(reference)
    qtbot.mouseClick(editor.steps.buttons[Status.APPROVED], Qt.MouseButton.LeftButton)
    dialog = editor.confirmation
    assert dialog is not None and dialog.isVisible()
    assert dialog.amount.text() == "2.000,00 €"
    assert dialog.lines.text() == "2026 Landesmittel: 2.000,00 € committed; available 250.000,00 € → 248.000,00 €"
    assert dialog.released.text() == "nothing"
    assert dialog.cancel_button.isDefault()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ui_services.applications.get(reference).status is Status.IN_REVIEW
    assert editor.info.status is Status.IN_REVIEW
    assert ui_services.budget.line(2026, "Landesmittel").committed == Decimal("0.00")
    # Confirmed, it happens.
    qtbot.mouseClick(editor.steps.buttons[Status.APPROVED], Qt.MouseButton.LeftButton)
    confirm_decision(qtbot, editor)
    assert editor.info.status is Status.APPROVED
    assert ui_services.budget.line(2026, "Landesmittel").committed == Decimal("2000.00")


def test_a_withdrawal_confirmation_names_what_is_released(qtbot, make_window, ui_services, sample) -> None:
    reference = sample["alpha"].reference
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    ui_services.lifecycle.move("approver", reference, Status.APPROVED)
    ui_services.clock.advance(280)  # 7 Dec 2026: after the proof's due date (8 Nov 2026)
    editor = make_window("clerk").editors.open(reference)
    qtbot.mouseClick(editor.steps.buttons[Status.EXPIRED], Qt.MouseButton.LeftButton)
    dialog = editor.confirmation
    assert dialog.released.text() == "2.000,00 € from the commitment"
    assert "2.000,00 € released" in dialog.lines.text()


def test_after_a_batch_approval_the_letters_of_exactly_those_are_offered(qtbot, make_window, ui_services, sample,
                                                                          monkeypatch, tmp_path) -> None:
    for info in sample.values():
        ui_services.lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    outside = Outside(monkeypatch)
    outside.folder = tmp_path / "Bescheide"
    window = make_window("approver")
    window.show_page("applications")
    page = window.pages["applications"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.batch.buttons[Status.APPROVED], Qt.MouseButton.LeftButton)
    dialog = page.batch.confirmation
    assert "4 of 5" in dialog.headline.text()
    assert dialog.amount.text() == "6.750,00 €"  # 2,000 + 3,000 (cap) + 450 + 1,300; delta refused (R07)
    assert [reference for reference, _ in dialog.summary.refused] == [sample["delta"].reference]
    confirm_decision(qtbot, page.batch)
    summary = page.batch.summary
    done = sorted(summary.done_references)
    assert len(done) == 4
    assert summary.letters_button.isVisible() and "4" in summary.letters_button.text()
    qtbot.mouseClick(summary.letters_button, Qt.MouseButton.LeftButton)
    written = page.batch.letters.last
    assert written is not None and sorted(letter.reference for letter in written.written) == done
    assert sorted(path.name.split("_")[0] for path in outside.folder.glob("*.docx")) == done
