"""The editor's “Write letter …” button: the letter the application's status calls for, into a chosen folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services.dto import ApplicationInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.letters import LetterRequest, LetterWriter, has_letter, kind_text

if TYPE_CHECKING:  # the letter service (jinja2, docxtpl, worker processes) is imported when a letter is written
    from bwi_vouchers.services.letters import LetterBatch


class LetterButton(QPushButton):
    """Shown for approved, rejected, paid and closed applications; ``written`` says what was made."""

    written = Signal(str)  # a sentence for the editor's message line

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Write letter …"))
        self.context = context
        self.reference = ""
        self.writer = LetterWriter(context, self, summary=False)
        self.writer.finished.connect(self._on_writer_finished)
        self.clicked.connect(self._on_clicked)
        self.hide()

    def update_for(self, info: ApplicationInfo | None, *, dirty: bool, busy: bool) -> None:
        self.reference = info.reference if info is not None else ""
        self.setVisible(info is not None and has_letter(info.status))
        if busy:
            reason = self.tr("Please wait until the current step is done.")
        elif dirty:
            reason = self.tr("Save or undo your changes first.")
        elif not {Role.CLERK, Role.APPROVER} & self.context.user.roles:
            reason = self.tr("Only clerks and approvers write letters.")
        else:
            reason = ""
        self.setEnabled(not reason)
        self.setToolTip(reason or self.tr("Writes the letter this application's status calls for (approval, "
                                          "rejection or payout) as a Word file, and records it under Documents."))

    @Slot()
    def _on_clicked(self) -> None:
        if self.reference:
            self.writer.start(LetterRequest(references=(self.reference,)))

    @Slot(object)
    def _on_writer_finished(self, batch: LetterBatch) -> None:
        for _reference, error in batch.failed:
            show_error(self.window(), error, self.context.language)
        if batch.pdf_error is not None:
            show_error(self.window(), batch.pdf_error, self.context.language)
        for letter in batch.written:
            names = letter.path.name + (f", {letter.pdf.name}" if letter.pdf else "")
            self.written.emit(self.tr("%1 written: %2").replace("%1", kind_text(letter.kind)).replace("%2", names))
