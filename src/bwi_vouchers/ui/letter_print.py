"""Printing a letter: a PDF copy made with LibreOffice, opened in the computer's PDF viewer to print from.

The copy is made in a folder of its own under the temporary folder, never beside the recorded letters (a
letter folder holds only what was recorded). Without LibreOffice the clerk is told so and the Word file itself
opens, to be printed from Word or LibreOffice.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QWidget

from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import open_path
from bwi_vouchers.ui.models.history import ROW_ROLE

PRINT_FOLDER = "bwi-vouchers-drucken"


def soffice_path() -> str | None:
    """LibreOffice's program, if installed (``documents.pdf``, imported when asked: it brings the letter
    renderer, which opening an editor does not need)."""
    from bwi_vouchers.documents import pdf

    return pdf.soffice_path()


def pdf_copy(letter: Path) -> Path:
    """A PDF of the letter in the print folder (made by LibreOffice; raises ``BwiError`` when it cannot be)."""
    from bwi_vouchers.documents.pdf import convert_to_pdf

    folder = Path(tempfile.gettempdir()) / PRINT_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="brief-", dir=folder))
    copy = work / letter.name
    shutil.copyfile(letter, copy)
    made = convert_to_pdf([copy])[0].path
    copy.unlink(missing_ok=True)  # only the PDF stays, for the viewer to open
    return made


class LetterPrinter(QObject):
    """``print_letter(path)``: a .pdf opens as it is; a .docx becomes a PDF (off the GUI thread) that opens."""

    opened = Signal(object)  # the Path handed to the viewer

    def __init__(self, context: UiContext, parent: QWidget, *, opener: Callable[[Path], bool] = open_path) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.opener = opener

    def print_letter(self, letter: Path) -> None:
        if not letter.is_file():
            QMessageBox.warning(self.widget, self.tr("Print letter"),
                                self.tr("The file %1 is no longer there.").replace("%1", str(letter)))
            return
        if letter.suffix.lower() == ".pdf":
            self._open(letter)
            return
        if soffice_path() is None:
            QMessageBox.information(
                self.widget, self.tr("Print letter"),
                self.tr("LibreOffice is not installed, so no PDF can be made of the letter here. The Word file opens "
                        "instead: print it from there (File → Print)."))
            self._open(letter)
            return
        self.context.runner.start(
            lambda report, is_cancelled: pdf_copy(letter), on_done=self._open,
            on_error=lambda error: show_error(self.widget, error, self.context.language),
            title=self.tr("Print letter"), label=self.tr("Making a PDF of %1 …").replace("%1", letter.name),
            parent=self.widget)

    def _open(self, path: Path) -> None:
        self.opener(path)
        self.opened.emit(path)


class LetterPrintButton(QPushButton):
    """“Print …” beside the editor's Documents: prints the selected letter, or else the newest one."""

    def __init__(self, context: UiContext, view: QTableView, parent: QWidget) -> None:
        super().__init__(parent)
        self.setText(self.tr("Print letter …"))
        self.view = view
        self.printer = LetterPrinter(context, parent)
        self.clicked.connect(self._on_clicked)
        view.selectionModel().currentChanged.connect(lambda *_: self.update_state())
        self.update_state()

    def chosen(self) -> Path | None:
        """The letter to print: the selected row's file, else the newest letter; None without letters."""
        model = self.view.model()
        rows = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
        rows = [r for r in rows if r is not None]
        if not rows:
            return None
        index = self.view.currentIndex()
        row = model.data(model.index(index.row(), 0), ROW_ROLE) if index.isValid() else None
        return Path((row or max(rows, key=lambda r: r.created_at)).file_name)

    def update_state(self) -> None:
        letter = self.chosen()
        self.setEnabled(letter is not None)
        self.setToolTip(self.tr("No letter has been written for this application yet.") if letter is None else
                        self.tr("Opens %1 as a PDF to print (made with LibreOffice; else the Word file opens).")
                        .replace("%1", letter.name))

    @Slot()
    def _on_clicked(self) -> None:
        letter = self.chosen()
        if letter is not None:
            self.printer.print_letter(letter)
