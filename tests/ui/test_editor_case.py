"""The editor's attachments and comments: files dropped in are listed, opened and saved; comments are shown
with their author; the form has no notes box any more."""

from __future__ import annotations

from pathlib import Path

import app_data
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.ui.editor import attachments_pane
from bwi_vouchers.ui.models.attachments import Column


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def drop(widget, urls: list[QUrl]) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag ``urls`` onto the widget and drop them; whether the drag and the drop were accepted."""
    mime = QMimeData()
    mime.setUrls(urls)
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    event = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return enter.isAccepted(), event.isAccepted()


def test_a_dropped_file_is_listed_with_kind_size_and_who(qtbot, make_window, sample, ui_services,
                                                         tmp_path: Path) -> None:
    receipt = tmp_path / "Beleg <Hotel> & Flug.pdf"
    receipt.write_bytes(b"%PDF-1.4 hotel")
    window = make_window("clerk")
    editor = window.editors.open(sample["alpha"].reference)
    pane = editor.case.attachments
    editor.tabs.setCurrentWidget(pane)
    pane.kind.setCurrentIndex(pane.kind.findData(AttachmentKind.RECEIPT))
    assert drop(pane, [QUrl.fromLocalFile(str(receipt))]) == (True, True)
    model = pane.model
    assert model.rowCount() == 1
    cells = [model.index(0, column).data() for column in Column]
    assert cells[Column.NAME] == "Beleg <Hotel> & Flug.pdf"
    assert cells[Column.KIND:Column.WHEN] == ["Receipt", "14 Byte", "Anna Müller"]
    assert cells[Column.WHEN] == "02.03.2026"
    assert "09:00" in model.index(0, Column.WHEN).data(Qt.ItemDataRole.ToolTipRole)
    [stored] = ui_services.attachments.list(sample["alpha"].reference)
    assert stored.kind is AttachmentKind.RECEIPT and stored.added_by == "clerk"
    assert editor.history.index(0, 2).data() == "File attached"  # the history shows it at once
    # A link from a web page is no file: not accepted.
    assert drop(pane, [QUrl("https://example.org/rechnung.pdf")]) == (False, False)
    assert model.rowCount() == 1


def test_open_and_save_as_write_the_file(qtbot, make_window, sample, tmp_path: Path, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(attachments_pane, "open_path", lambda path: opened.append(path) or True)
    source = tmp_path / "../Antrag unterschrieben.pdf"
    source.write_bytes(b"signed")
    window = make_window("clerk")
    editor = window.editors.open(sample["beta"].reference)
    pane = editor.case.attachments
    pane.add_files([source])
    pane.view.selectRow(0)
    assert pane.open_button.isEnabled()
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].name == "Antrag unterschrieben.pdf" and opened[0].read_bytes() == b"signed"
    target = tmp_path / "kopie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"signed"
    pane.cleanup()
    assert not opened[0].exists()


def test_an_approver_cannot_drop_and_a_new_application_has_no_attachments(qtbot, make_window, sample,
                                                                          tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"x")
    window = make_window("approver")
    editor = window.editors.open(sample["gamma"].reference)
    pane = editor.case.attachments
    assert drop(pane, [QUrl.fromLocalFile(str(path))]) == (False, False)
    assert not pane.add_button.isEnabled() and pane.model.rowCount() == 0
    assert "clerks" in pane.hint.text()


def test_a_comment_is_added_and_shown_with_its_author(qtbot, make_window, sample, ui_services) -> None:
    window = make_window("clerk")
    editor = window.editors.open(sample["alpha"].reference)
    pane = editor.case.comments
    editor.tabs.setCurrentWidget(pane)
    assert not pane.add_button.isEnabled()
    qtbot.keyClicks(pane.text, "Rueckfrage <b>Reisekosten</b> & Hotel")
    assert pane.add_button.isEnabled()
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    shown = pane.view.toPlainText()
    assert "Anna Müller" in shown and "02.03.2026 09:00" in shown
    assert "Rueckfrage <b>Reisekosten</b> & Hotel" in shown  # plain text, never markup
    assert pane.text.toPlainText() == ""
    [comment] = ui_services.comments.thread(sample["alpha"].reference)
    assert (comment.author, comment.text) == ("clerk", "Rueckfrage <b>Reisekosten</b> & Hotel")
    assert editor.history.index(0, 2).data() == "Comment"
    # A comment by a colleague arrives through the changes of its operation.
    ui_services.perform(lambda: ui_services.comments.add("approver", sample["alpha"].reference, "Erledigt."))
    window.context.events.announce(ui_services.perform(
        lambda: ui_services.comments.add("approver", sample["alpha"].reference, "Danke.")).changes)
    assert "Eva Fischer" in pane.view.toPlainText() and "Danke." in pane.view.toPlainText()


def test_the_form_has_no_notes_box_any_more(qtbot, make_window, sample) -> None:
    window = make_window("clerk")
    editor = window.editors.open(sample["alpha"].reference)
    assert not hasattr(editor.form, "notes")
    assert "notes" not in editor.form.boxes


def test_replace_and_mark_as_mistake_keep_the_old_files(qtbot, make_window, sample, ui_services, tmp_path: Path,
                                                        monkeypatch) -> None:
    first, second, stray = tmp_path / "scan.pdf", tmp_path / "scan-besser.pdf", tmp_path / "fremd.pdf"
    for path in (first, second, stray):
        path.write_bytes(path.name.encode())
    window = make_window("clerk")
    editor = window.editors.open(sample["alpha"].reference)
    pane = editor.case.attachments
    pane.add_files([first, stray])
    pane.view.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(second), ""))
    pane.replace_selected()
    pane.view.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kwargs: ("gehört zu einem anderen Antrag", True))
    pane.withdraw_selected()
    rows = ui_services.attachments.list(sample["alpha"].reference)
    assert [(r.file_name, r.current) for r in rows] == [("scan.pdf", False), ("fremd.pdf", False),
                                                        ("scan-besser.pdf", True)]
    assert rows[0].superseded_by == rows[2].id and rows[1].superseded_reason == "gehört zu einem anderen Antrag"
    model = pane.model
    assert model.rowCount() == 3
    assert "fremd.pdf" in model.index(1, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "gehört zu einem anderen Antrag" in model.index(1, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert editor.history.index(0, 2).data() == "Attachment marked as a mistake"
