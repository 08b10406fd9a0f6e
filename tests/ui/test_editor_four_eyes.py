"""Four eyes in the editor: who changed the facts in review sees approve and reject greyed out, with the reason."""

from __future__ import annotations

import app_data
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Role, Status


def test_who_changed_the_request_in_review_cannot_decide_it_but_another_approver_can(qtbot, make_window,
                                                                                    ui_services) -> None:
    sample = app_data.sample(ui_services)
    reference = sample["alpha"].reference
    ui_services.users.add("admin", "klein", roles=frozenset({Role.CLERK, Role.APPROVER}))
    ui_services.lifecycle.move("clerk", reference, Status.IN_REVIEW)

    window = make_window("klein")
    editor = window.editors.open(reference)
    approve, reject = editor.steps.buttons[Status.APPROVED], editor.steps.buttons[Status.REJECTED]
    assert approve.isEnabled(), approve.toolTip()  # nothing changed yet: klein may decide

    editor.form.requested.clear()
    qtbot.keyClicks(editor.form.requested, "1.200,00")
    assert editor.dirty
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    assert editor.info.facts_changed_by == frozenset({"klein"})

    for button in (approve, reject):
        assert button.isVisible() and not button.isEnabled()
        assert "Vier-Augen-Prinzip" in button.toolTip()
        assert "während der Prüfung geändert" in button.toolTip()

    other = make_window("approver").editors.open(reference)
    assert other.steps.buttons[Status.APPROVED].isEnabled(), other.steps.buttons[Status.APPROVED].toolTip()
