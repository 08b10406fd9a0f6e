"""Showing errors: typed errors as a clear message; anything else is a bug, logged and shown in the crash dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bwi_vouchers.errors import BwiError, WorkCancelled
from bwi_vouchers.ui.crash import CrashHandler


def show_error(parent: QWidget | None, error: BaseException, language: str = "de") -> None:
    """A BwiError as a warning in the user's words; anything else through the crash dialog (and the log).
    Work the user cancelled says nothing: they know, and nothing was written."""
    if isinstance(error, WorkCancelled):
        return
    if isinstance(error, BwiError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not possible"), error.message(language))
        return
    CrashHandler.of().report(error)
