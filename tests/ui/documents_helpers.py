"""What the reports, letters and import tests share: decided applications and the dialogs outside the program."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services


def decide(services: Services, reference: str, target: Status) -> None:
    """Put an application in review (clerk) and approve or reject it (approver)."""
    services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    services.lifecycle.move("approver", reference, target, reason="Nicht förderfähig." if target is Status.REJECTED
                            else None)


class Outside:
    """The file dialogs, message boxes and the desktop's “open” — the only things the tests replace."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_as: Path | None = None
        self.open_file: Path | None = None
        self.folder: Path | None = None
        self.opened: list[Path] = []
        self.warnings: list[str] = []
        self.asked: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)
        monkeypatch.setattr(QDesktopServices, "openUrl", self._open_url)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)

    def _save(self, parent, title, start, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.asked.append(start)
        return (str(self.save_as) if self.save_as else "", "")

    def _open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return (str(self.open_file) if self.open_file else "", "")

    def _folder(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return str(self.folder) if self.folder else ""

    def _open_url(self, url: QUrl) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return True

    def _warning(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok
