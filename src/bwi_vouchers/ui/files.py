"""Choosing files and folders, and telling the clerk where a file was written (open it, or its folder).

The dialogs start in the folder used last (remembered in the settings) and always hand back a ``Path``
with the right ending; ``None`` means the clerk cancelled. Opening goes through ``QDesktopServices``, so
the file opens in whatever program the computer uses for it (Excel, LibreOffice, Word …).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from bwi_vouchers.ui.settings import Settings

FILES_KEY = "files/folder"
LETTERS_KEY = "letters/folder"


def _start(settings: Settings, key: str) -> Path:
    remembered = str(settings.value(key, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def workbook_filter() -> str:
    return QCoreApplication.translate("Files", "Excel workbooks (*.xlsx)")


def ask_save_workbook(parent: QWidget | None, settings: Settings, title: str, name: str) -> Path | None:
    """Where to save a new .xlsx (the ending is added when the clerk left it out)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(_start(settings, FILES_KEY) / name), workbook_filter())
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.set_value(FILES_KEY, str(path.parent))
    return path


def ask_open_workbook(parent: QWidget | None, settings: Settings, title: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(_start(settings, FILES_KEY)), workbook_filter())
    if not chosen:
        return None
    path = Path(chosen)
    settings.set_value(FILES_KEY, str(path.parent))
    return path


def ask_letters_folder(parent: QWidget | None, settings: Settings) -> Path | None:
    title = QCoreApplication.translate("Files", "Folder for the letters")
    chosen = QFileDialog.getExistingDirectory(parent, title, str(_start(settings, LETTERS_KEY)))
    if not chosen:
        return None
    settings.set_value(LETTERS_KEY, chosen)
    return Path(chosen)


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the computer uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class FileSavedDialog(QDialog):
    """A file was written: what and where, with buttons to open the file or the folder it is in."""

    def __init__(self, title: str, text: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.headline = QLabel(text)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 14px; font-weight: 600;")
        where = QLabel(str(path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: #37474f;")
        buttons = QDialogButtonBox()
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        buttons.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_file_button.clicked.connect(self._on_open_file_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(where)
        layout.addWidget(buttons)

    @Slot()
    def _on_open_file_clicked(self) -> None:
        open_path(self.path)
        self.accept()

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        open_path(self.path.parent)
        self.accept()
