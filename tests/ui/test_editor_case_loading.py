"""Opening an editor never waits for its application, attachments and comments (issue 10): the window shows at
once and says that it is loading, the application and the panes' rows are read off the GUI thread (the real task
runner, a worker thread) and shown once read; a late answer for a closed editor is dropped."""

from __future__ import annotations

from pathlib import Path

import app_data

from bwi_vouchers.ui.models.attachments import Column
from bwi_vouchers.ui.tasks import TaskRunner


def test_attachments_and_comments_are_shown_after_the_background_read(qtbot, ui_services, ui_settings,
                                                                       tmp_path: Path) -> None:
    from bwi_vouchers.ui.main import build_window

    alpha = app_data.sample(ui_services)["alpha"]
    receipt = tmp_path / "Hotelrechnung.pdf"
    receipt.write_bytes(b"%PDF-1.4 hotel")
    ui_services.attachments.attach("clerk", alpha.reference, [receipt])
    ui_services.comments.add("clerk", alpha.reference, "Rechnung <b>nachgereicht</b>")
    runner = TaskRunner()
    window = build_window(ui_services, "clerk", settings=ui_settings, runner=runner)
    qtbot.addWidget(window)

    window.editors.prepare()  # (the program does so once the window has had a moment)
    qtbot.waitUntil(lambda: window.editors.ready)
    editor = window.editors.open(alpha.reference)
    assert editor is not None and editor.isVisible() and not editor.opened  # the window at once, saying what …
    assert editor.header.title.text() == f"Loading application {alpha.reference} …"  # … it loads …
    assert editor.checklist.hint.text() == "Checking …" and not editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.shown):  # … the application once read, and its check
        pass
    assert editor.form.measure.code() == "M-2026-001" and editor.checklist.report is not None
    assert editor.header.title.text().startswith(f"Application {alpha.reference}")
    assert editor.save_button.isEnabled()
    attachments, comments = editor.case.attachments, editor.case.comments
    qtbot.waitUntil(lambda: attachments.loaded and comments.loaded)  # the case tabs once read
    assert attachments.model.rowCount() == 1
    assert attachments.model.index(0, Column.NAME).data() == "Hotelrechnung.pdf"
    assert attachments.model.index(0, Column.BY).data() == "Anna Müller"  # the user's name, not the login
    thread = comments.view.toPlainText()
    assert "Anna Müller" in thread and "Rechnung <b>nachgereicht</b>" in thread  # plain text, never HTML
    assert attachments.add_button.isEnabled()

    attachments.reload()
    comments.reload()
    editor.close()  # the answers arrive for a closed editor: dropped, no error
    qtbot.waitUntil(lambda: not runner.busy)
    runner.wait()


def test_an_older_read_does_not_overwrite_a_newer_one(qtbot, ui_services, ui_settings, tmp_path: Path) -> None:
    """A file attached while the first read is under way: the newer read's answer stays shown, whichever
    answer comes last."""
    from bwi_vouchers.ui.main import build_window

    alpha = app_data.sample(ui_services)["alpha"]
    runner = TaskRunner()
    window = build_window(ui_services, "clerk", settings=ui_settings, runner=runner)
    qtbot.addWidget(window)
    assert window.editors.open(alpha.reference) is None  # the first open: the editor is prepared first …
    qtbot.waitUntil(lambda: window.editors.last is not None)  # … then shown
    editor = window.editors.last
    qtbot.waitUntil(lambda: editor.opened)
    pane = editor.case.attachments
    first = pane._reads
    receipt = tmp_path / "Flug.pdf"
    receipt.write_bytes(b"%PDF-1.4 flight")
    ui_services.attachments.attach("clerk", alpha.reference, [receipt])
    pane.reload()
    assert pane._reads == first + 1
    qtbot.waitUntil(lambda: pane.loaded and not runner.busy)
    assert [row.file_name for row in pane.model.rows] == ["Flug.pdf"]
    pane._on_read(first, [])  # the first read's answer, arriving late (the worker was slow): dropped
    assert [row.file_name for row in pane.model.rows] == ["Flug.pdf"]
    editor.close()
    runner.wait()
