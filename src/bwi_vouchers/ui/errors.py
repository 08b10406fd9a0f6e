"""Showing errors: typed errors as a clear message; anything else is a bug, logged and shown once."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bwi_vouchers.errors import BwiError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, language: str = "de") -> None:
    """A BwiError as a warning in the user's words; anything else as a crash dialog with details."""
    if isinstance(error, BwiError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not possible"), error.message(language))
        return
    text = getattr(error, "__traceback_text__", None) or "".join(traceback.format_exception(error))
    log.error("unexpected error\n%s", text)
    box = QMessageBox(QMessageBox.Icon.Critical, "bwi-vouchers",
                      QCoreApplication.translate(
                          "Errors", "An unexpected error occurred. Nothing was saved half; please report this:")
                      + f"\n\n{error!r}", parent=parent)
    box.setDetailedText(text)
    box.exec()
