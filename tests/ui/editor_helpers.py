"""Driving the application editor like a clerk: open it, type into cells, wait for the checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from bwi_vouchers.ui.models.cost_items import CostColumn


def edit_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor, type the text, and move on (which commits it, as a clerk's click would)."""
    model = view.model()
    index = model.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    combos = [w for w in view.viewport().findChildren(QComboBox) if w.isVisible()]
    edits = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    target = combos[-1].lineEdit() if combos else edits[-1]
    target.selectAll()
    qtbot.keyClicks(target, text)
    other = CostColumn.DESCRIPTION if column != CostColumn.DESCRIPTION else CostColumn.CATEGORY
    view.setCurrentIndex(model.index(row, other))


def open_new_editor(qtbot, window):  # type: ignore[no-untyped-def]
    """Ctrl+N in the main window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editors.last
    assert editor is not None and editor.info is None
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def choose_company(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the company field and take the first match with Enter."""
    pick(qtbot, editor.form.company, text)


def choose_measure(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the measure field and take the first match with Enter."""
    pick(qtbot, editor.form.measure, text)


def pick(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.setFocus()
    picker.clear()
    qtbot.keyClicks(picker, text)
    with qtbot.waitSignal(picker.picked):
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.choice is not None, text


def choose(combo: QComboBox, value: object) -> None:
    position = combo.findData(value)
    assert position >= 0, value
    combo.setCurrentIndex(position)


def confirm_decision(qtbot, holder) -> None:  # type: ignore[no-untyped-def]
    """Take the step the open confirmation (editor or batch) shows, with a click on its step button."""
    dialog = holder.confirmation
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
