"""The crash dialog: an unexpected error is logged with its traceback and shown to the user; the program goes on.

``CrashHandler.install()`` replaces ``sys.excepthook`` (errors in slots and event handlers) and
``threading.excepthook`` (errors in other threads). Whatever thread the error happened on, the handler
logs it at once and hands the text to the GUI thread through a queued signal, where the dialog is shown.
While one dialog is open, further errors are logged and counted in it instead of opening more dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.logs import log_path, mask_secrets
from bwi_vouchers.ui.about import folder_link, versions_text

log = logging.getLogger(__name__)
HANDLER_NAME = "bwi-crash-handler"


def traceback_text(error: BaseException, tb: TracebackType | None = None) -> str:
    """The traceback of an error (a background task's is kept as text, taken on its own thread)."""
    kept = getattr(error, "__traceback_text__", None)
    if kept:
        return str(kept)
    return "".join(traceback.format_exception(type(error), error, tb or error.__traceback__))


def summary_text(error: BaseException) -> str:
    message = str(error).strip()
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


class CrashDialog(QDialog):
    """Something went wrong: the error, the log file, "Details kopieren", the details folded away."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash")
        self.setWindowTitle(self.tr("Error"))  # the platform adds " — bwi-vouchers"
        self.details = details
        self.further = 0
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = QLabel("<b>" + self.tr("Something went wrong.") + "</b>")
        explanation = QLabel(self.tr(
            "The program carries on, but what you just did may not have been finished. Please check it. "
            "If the error comes back, send the details and the log file to your IT support."))
        explanation.setWordWrap(True)
        self.error_label = QLabel(summary)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("QLabel { background: #fdecea; padding: 6px; border-radius: 3px; }")
        path = log_path()
        self.log_label = QLabel(self.tr("Log file: %1").replace("%1", folder_link(path.parent, str(path))))
        self.log_label.setOpenExternalLinks(True)
        self.log_label.setWordWrap(True)
        self.log_label.setToolTip(self.tr("Opens the log folder"))
        self.further_label = QLabel()
        self.further_label.hide()
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumHeight(220)
        self.details_view.hide()

        self.toggle_button = QPushButton(self.tr("Show details"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.quit_button = QPushButton(self.tr("Quit program"))
        self.quit_button.setToolTip(self.tr("Closes all windows; unsaved changes are asked about"))
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()  # details on the left, the decision on the right
        for button in (self.toggle_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.continue_button)

        text = QVBoxLayout()
        for widget in (headline, explanation, self.error_label, self.log_label, self.further_label):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def add_further(self) -> None:
        """Another error arrived while this dialog was open (it is in the log file)."""
        self.further += 1
        self.further_label.setText(
            self.tr("Further errors since then: %1 (see the log file).").replace("%1", str(self.further)))
        self.further_label.show()

    @Slot(bool)
    def _on_toggle_button_toggled(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))

    @Slot()
    def _on_quit_button_clicked(self) -> None:
        self.accept()
        QApplication.closeAllWindows()


class CrashHandler(QObject):
    """Logs unexpected errors from any thread and shows them in a ``CrashDialog`` on the GUI thread."""

    _crashed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(HANDLER_NAME)
        self.dialog: CrashDialog | None = None
        self._previous: tuple[Callable[..., object], Callable[..., object]] | None = None
        self._crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def of(app: QCoreApplication | None = None) -> CrashHandler:
        """The application's handler, made on first use (a child of the QApplication, so never two)."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication is needed to show a crash dialog")
        for child in app.children():
            if isinstance(child, CrashHandler):
                return child
        return CrashHandler(app)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._on_exception
            threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def report(self, error: BaseException, tb: TracebackType | None = None, *, where: str = "") -> None:
        """Log the error with its traceback and show it (from any thread; the dialog opens on the GUI thread)."""
        text = traceback_text(error, tb)
        log.error("Unexpected error%s\n%s", f" ({where})" if where else "", text.rstrip())
        details = mask_secrets("\n".join([
            f"{datetime.now().isoformat(timespec='seconds')}" + (f" – {where}" if where else ""),
            versions_text(), f"Log: {log_path()}", "", text]))
        self._crashed.emit(mask_secrets(summary_text(error)), details)

    def _on_exception(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)
            return
        self.report(error, tb)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, args.exc_traceback, where=f"thread {name}")

    @Slot(str, str)
    def _on_crashed(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_further()
            return
        try:
            parent = QApplication.activeWindow()
            dialog = CrashDialog(summary, details, None if isinstance(parent, CrashDialog) else parent)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.finished.connect(lambda _result, shown=dialog: self._on_dialog_finished(shown))
            self.dialog = dialog
            dialog.show()
        except Exception:  # noqa: BLE001 - the dialog itself failed: never recurse into the hook
            print(details, file=sys.stderr)
            log.exception("The crash dialog could not be shown")

    def _on_dialog_finished(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
