"""The crash dialog: an error in a slot or another thread is logged with its traceback and shown; work goes on."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from bwi_vouchers.app import open_database
from bwi_vouchers.logs import setup_logging, stop_logging
from bwi_vouchers.ui.crash import CrashDialog, CrashHandler
from bwi_vouchers.ui.errors import show_error

pytestmark = pytest.mark.qt_no_exception_capture  # the handler under test is the one that catches


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(folder=tmp_path / "log")
    assert path is not None
    yield path
    stop_logging()


@pytest.fixture
def crashes(qapp: QApplication) -> Iterator[CrashHandler]:
    handler = CrashHandler.of(qapp)
    handler.install()
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()  # finished: the handler forgets and deletes it


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def _shown(crashes: CrashHandler) -> CrashDialog:
    dialog = crashes.dialog
    assert dialog is not None
    return dialog


def test_error_in_a_slot_shows_the_dialog_with_the_log_path_and_logs_the_traceback(
        qtbot, crashes: CrashHandler, log_file: Path) -> None:
    button = QPushButton("Absturz")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: {}["Kennziffer-4711"])
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crashes.dialog is not None and crashes.dialog.isVisible())
    dialog = _shown(crashes)
    assert "KeyError" in dialog.error_label.text() and "Kennziffer-4711" in dialog.error_label.text()
    assert str(log_file) in dialog.log_label.text()
    assert dialog.details_view.isHidden()
    dialog.toggle_button.click()
    assert dialog.details_view.isVisible()
    assert "Traceback" in dialog.details_view.toPlainText() and "PySide6" in dialog.details_view.toPlainText()
    _flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "KeyError: 'Kennziffer-4711'" in logged
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: crashes.dialog is None)
    assert button.isVisible()  # the program goes on


def test_copy_details_puts_traceback_and_versions_on_the_clipboard(
        qtbot, crashes: CrashHandler, log_file: Path) -> None:
    crashes.report(ZeroDivisionError("division by zero"))
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    dialog = _shown(crashes)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError: division by zero" in copied
    assert "SQLAlchemy:" in copied and "Python:" in copied and str(log_file) in copied


def test_error_in_another_thread_is_shown_on_the_gui_thread(qtbot, crashes: CrashHandler, log_file: Path) -> None:
    worker = threading.Thread(target=lambda: 1 / 0, name="Hintergrund")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    dialog = _shown(crashes)
    assert dialog.thread() is QApplication.instance().thread()
    assert "ZeroDivisionError" in dialog.error_label.text()
    _flush()
    assert "thread Hintergrund" in log_file.read_text(encoding="utf-8")


def test_further_errors_are_counted_in_the_open_dialog(qtbot, crashes: CrashHandler, log_file: Path) -> None:
    crashes.report(ValueError("first"))
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    first = _shown(crashes)
    crashes.report(ValueError("second"))
    crashes.report(ValueError("third"))
    qtbot.waitUntil(lambda: first.further == 2)
    assert crashes.dialog is first and first.further_label.isVisible()
    assert "first" in first.error_label.text()


def test_password_of_a_database_url_is_masked_in_dialog_and_log(qtbot, crashes: CrashHandler, log_file: Path) -> None:
    crashes.report(RuntimeError("cannot connect to postgresql+psycopg://anna:Geheim123@db.example/bwi"))
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    dialog = _shown(crashes)
    assert "Geheim123" not in dialog.error_label.text() and "Geheim123" not in dialog.details
    assert "anna:***@db.example" in dialog.error_label.text()
    _flush()
    assert "Geheim123" not in log_file.read_text(encoding="utf-8")


def test_background_task_error_goes_through_the_crash_dialog(qtbot, crashes: CrashHandler, log_file: Path) -> None:
    """An unexpected error handed to show_error (as TaskRunner's on_error callers do) opens the same dialog."""
    from bwi_vouchers.ui.tasks import TaskRunner

    runner = TaskRunner()
    failed: list[BaseException] = []

    def work(report, is_cancelled):  # type: ignore[no-untyped-def]
        raise LookupError("Budgetzeile 2026 fehlt")

    runner.start(work, on_done=lambda result: None, on_error=lambda error: (failed.append(error),
                                                                            show_error(None, error)))
    qtbot.waitUntil(lambda: crashes.dialog is not None, timeout=5000)
    assert "LookupError: Budgetzeile 2026 fehlt" in _shown(crashes).error_label.text()
    _flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "in work" in logged and "LookupError" in logged  # the worker thread's traceback


def test_quit_closes_every_window(qtbot, crashes: CrashHandler, log_file: Path) -> None:
    button = QPushButton("Hauptfenster")
    qtbot.addWidget(button)
    button.show()
    crashes.report(ValueError("kaputt"))
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    _shown(crashes).quit_button.click()
    assert not button.isVisible()


def test_a_bug_at_start_shows_the_dialog_and_ends_cleanly(
        qtbot, qapp: QApplication, monkeypatch, tmp_path: Path) -> None:
    """No main window can be built: the crash dialog is the only window; closing it ends the program (status 1)."""
    from PySide6.QtCore import QTimer

    import bwi_vouchers.ui.main as main

    monkeypatch.setenv("BWI_VOUCHERS_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(main.i18n, "install", lambda app, language: [])  # keep the test app's language

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AttributeError("'NoneType' object has no attribute 'roles'")

    monkeypatch.setattr(main, "build_window", broken)
    seen: list[str] = []

    def close_dialog() -> None:
        handler = CrashHandler.of(qapp)
        if handler.dialog is None:
            QTimer.singleShot(50, close_dialog)
            return
        seen.append(handler.dialog.error_label.text())
        handler.dialog.continue_button.click()

    QTimer.singleShot(0, close_dialog)
    try:
        assert main.run(lambda: open_database(str(tmp_path / "start.db")), "admin") == 1
    finally:
        stop_logging()
    assert seen == ["AttributeError: 'NoneType' object has no attribute 'roles'"]
    assert sys.excepthook != CrashHandler.of(qapp)._on_exception  # uninstalled again
    assert "'NoneType' object has no attribute 'roles'" in (tmp_path / "log" / "bwi-vouchers.log").read_text("utf-8")
