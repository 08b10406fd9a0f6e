"""The desktop's reopening of a rejection, amendment of an approval, reminders from the overview and the
revocation letter after revoking — real widgets, real database, the letters read back."""

from __future__ import annotations

from decimal import Decimal

import app_data
import pytest
from documents_helpers import Outside, decide
from docx import Document
from editor_helpers import confirm_decision
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from bwi_vouchers.domain.enums import Status


@pytest.fixture
def outside(monkeypatch):  # type: ignore[no-untyped-def]
    return Outside(monkeypatch)


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def answer(monkeypatch, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The reason dialog answers ``text``; returns the labels it was shown with."""
    asked: list[str] = []

    def reply(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(f"{title}: {label}")
        return text, True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", reply)
    return asked


def test_reopening_a_rejection_asks_for_the_objection(qtbot, make_window, ui_services, sample, monkeypatch) -> None:
    alpha = sample["alpha"].reference
    decide(ui_services, alpha, Status.REJECTED)
    window = make_window("admin")
    editor = window.editors.open(alpha)
    button = editor.steps.buttons[Status.IN_REVIEW]
    assert button.isVisible() and button.isEnabled() and button.text() == "Reopen (objection) …"
    asked = answer(monkeypatch, "Einwendung vom 10.03.2026")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Reopen the rejection")
    assert editor.info.status is Status.IN_REVIEW and editor.info.in_review_by == "admin"
    approve = editor.steps.buttons[Status.APPROVED]
    assert approve.isVisible() and not approve.isEnabled()  # who reopened it may not decide it
    assert ui_services.lifecycle.move("approver", alpha, "approved").status is Status.APPROVED


def test_amend_from_the_editor_shows_the_release_and_lowers_the_amount(qtbot, make_window, ui_services, sample,
                                                                      outside, tmp_path) -> None:
    alpha = sample["alpha"].reference
    decide(ui_services, alpha, Status.APPROVED)  # 2.000,00 €
    window = make_window("approver")
    editor = window.editors.open(alpha)
    assert editor.amend.isVisibleTo(editor) and editor.amend.isEnabled()
    qtbot.mouseClick(editor.amend, Qt.MouseButton.LeftButton)
    dialog = editor.amend.dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.new_amount, "2500")
    assert "must be lower than the approved 2.000,00 €" in dialog.released.text() and not ok.isEnabled()
    dialog.new_amount.clear()
    qtbot.keyClicks(dialog.new_amount, "1234,56")
    assert dialog.released.text() == "765,44 € go back to the budget line." and not ok.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason, "Kleinere Standflaeche")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert editor.info.approved_amount == Decimal("1234.56")
    assert "765,44 € released" in editor.message.text()
    assert editor.history.index(0, 2).data() == "Approval amended"
    outside.folder = tmp_path
    qtbot.mouseClick(editor.letter, Qt.MouseButton.LeftButton)  # the latest decision's letter: the amendment
    text = text_of(tmp_path / f"{alpha}_Änderungsbescheid.docx")
    assert "1.234,56 €" in text and "2.000,00 €" in text and "765,44 €" in text and "Kleinere Standflaeche" in text


def test_clerks_see_amend_greyed_out(make_window, ui_services, sample) -> None:
    alpha = sample["alpha"].reference
    decide(ui_services, alpha, Status.APPROVED)
    editor = make_window("clerk").editors.open(alpha)
    assert editor.amend.isVisibleTo(editor) and not editor.amend.isEnabled()


def test_reminders_from_the_overview(qtbot, make_window, ui_services, sample, outside, tmp_path) -> None:
    decide(ui_services, sample["alpha"].reference, Status.APPROVED)
    decide(ui_services, sample["beta"].reference, Status.APPROVED)
    ui_services.clock.advance(250)  # into November 2026: both proofs due within 30 days or overdue
    window = make_window("clerk")
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.due_model.rowCount() == 2)
    assert page.reminders_button.isEnabled()
    outside.folder = tmp_path / "erinnerungen"
    qtbot.mouseClick(page.reminders_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in outside.folder.iterdir())
    assert names == sorted(f"{sample[k].reference}_Erinnerung.docx" for k in ("alpha", "beta"))
    assert "Verwendungsnachweis" in text_of(outside.folder / names[0])
    assert [d.kind for d in ui_services.applications.documents(sample["alpha"].reference)] == ["reminder"]


def test_revocation_letter_from_the_editor_after_revoking(qtbot, make_window, ui_services, sample, outside,
                                                          tmp_path, monkeypatch) -> None:
    alpha = sample["alpha"].reference
    decide(ui_services, alpha, Status.APPROVED)
    window = make_window("approver")
    editor = window.editors.open(alpha)
    answer(monkeypatch, "Teilnahme abgesagt")
    qtbot.mouseClick(editor.steps.buttons[Status.REVOKED], Qt.MouseButton.LeftButton)
    confirm_decision(qtbot, editor)  # what is released, confirmed
    assert editor.info.status is Status.REVOKED
    assert editor.letter.isVisibleTo(editor) and editor.letter.isEnabled()
    outside.folder = tmp_path
    qtbot.mouseClick(editor.letter, Qt.MouseButton.LeftButton)
    text = text_of(tmp_path / f"{alpha}_Widerruf.docx")
    assert "Teilnahme abgesagt" in text and "eine Rückforderung entfällt" in text
