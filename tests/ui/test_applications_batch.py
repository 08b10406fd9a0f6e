"""Batch steps in the list: each application judged on its own, a summary of what was done and refused."""

from __future__ import annotations

import app_data
import pytest
from editor_helpers import confirm_decision
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bwi_vouchers.domain.enums import Status


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def open_list(make_window, login: str):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("applications")
    return window.pages["applications"]


def select_all(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def statuses(services, sample) -> dict[str, Status]:  # type: ignore[no-untyped-def]
    return {key: services.applications.get(info.reference).status for key, info in sample.items()}


def test_clerk_puts_the_selection_in_review(qtbot, make_window, ui_services, sample) -> None:
    page = open_list(make_window, "clerk")
    assert not page.batch.buttons[Status.IN_REVIEW].isEnabled()  # nothing selected yet
    select_all(qtbot, page)
    assert page.count_label.text().endswith("5 selected")
    qtbot.mouseClick(page.batch.buttons[Status.IN_REVIEW], Qt.MouseButton.LeftButton)
    assert "5 of 5" in page.batch.confirmation.headline.text()
    confirm_decision(qtbot, page.batch)
    summary = page.batch.summary
    assert summary is not None and summary.isVisible()
    assert len(summary.done_references) == 5 and summary.refused == []
    assert set(statuses(ui_services, sample).values()) == {Status.IN_REVIEW}
    assert {page.model.row_at(r).status for r in range(5)} == {Status.IN_REVIEW}  # the list reloaded
    assert not summary.letters_button.isVisible()  # putting in review writes no letter


def test_clerk_may_not_approve_and_the_button_says_why(qtbot, make_window, sample) -> None:
    page = open_list(make_window, "clerk")
    select_all(qtbot, page)
    approve = page.batch.buttons[Status.APPROVED]
    assert not approve.isEnabled()
    assert "Anna Müller" in approve.toolTip() and "Bewilligung/Freigabe" in approve.toolTip()


def test_batch_approve_with_one_refused_shows_the_reason(qtbot, make_window, ui_services, sample) -> None:
    for info in sample.values():
        ui_services.lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    page = open_list(make_window, "approver")
    select_all(qtbot, page)
    approve = page.batch.buttons[Status.APPROVED]
    assert approve.isEnabled()
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.context.events.changed):
        confirm_decision(qtbot, page.batch)
    summary = page.batch.summary
    delta = sample["delta"].reference
    assert [reference for reference, _ in summary.refused] == [delta]
    reason = summary.refused[0][1]
    assert "R07" in reason and "bewilligt" in reason  # "… kann nicht bewilligt werden: Regel(n) R07 …"
    assert "Mindestkosten" in reason and "350,00 €" in reason  # and why, in the rule's own words
    assert len(summary.done_references) == 4
    texts = [summary.list.item(i).text() for i in range(summary.list.count())]
    assert any(delta in text and "R07" in text for text in texts)
    now = statuses(ui_services, sample)
    assert now["delta"] is Status.IN_REVIEW and now["alpha"] is Status.APPROVED
    assert ui_services.budget.line(2026, "Landesmittel").committed > 0


def test_a_step_that_fits_no_selected_status_is_disabled(qtbot, make_window, sample) -> None:
    page = open_list(make_window, "approver")
    select_all(qtbot, page)  # all "received": approving needs "in review" first
    approve = page.batch.buttons[Status.APPROVED]
    assert not approve.isEnabled()
    assert "eingegangen" not in approve.toolTip() and "bewilligt" in approve.toolTip()


def test_batch_reject_asks_for_the_reason(qtbot, make_window, ui_services, sample, monkeypatch) -> None:
    ui_services.lifecycle.move("clerk", sample["beta"].reference, Status.IN_REVIEW)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Unterlagen unvollständig", True))
    page = open_list(make_window, "approver")
    qtbot.keyClicks(page.search, "beta")
    select_all(qtbot, page)
    qtbot.mouseClick(page.batch.buttons[Status.REJECTED], Qt.MouseButton.LeftButton)
    confirm_decision(qtbot, page.batch)
    info = ui_services.applications.get(sample["beta"].reference)
    assert info.status is Status.REJECTED and info.decision_reason == "Unterlagen unvollständig"


def test_cancel_on_the_confirmation_changes_nothing(qtbot, make_window, ui_services, sample) -> None:
    page = open_list(make_window, "clerk")
    select_all(qtbot, page)
    qtbot.mouseClick(page.batch.buttons[Status.WITHDRAWN], Qt.MouseButton.LeftButton)
    dialog = page.batch.confirmation
    assert dialog.cancel_button.isDefault() and not dialog.confirm_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter takes the safe default
    assert not dialog.isVisible()
    assert set(statuses(ui_services, sample).values()) == {Status.RECEIVED}
    assert page.batch.summary is None
