"""Writing letters from the desktop: choose a folder, write them in the background, show what was done.

The Berichte page (by status), the application list (the selection) and the editor (one application)
share this: ``LetterWriter.start`` asks for the folder, runs ``LetterService.write_many`` as an operation
with progress and cancel (the documents it records reach open editors as its ``Changes``) and shows a
``LetterSummary``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.documents.context import kind_for
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import Services
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import ask_letters_folder, open_path

if TYPE_CHECKING:
    from bwi_vouchers.services.letters import LetterBatch
    from bwi_vouchers.ui.letter_print import LetterPrinter

#: The statuses a letter exists for, in the order a clerk meets them.
LETTER_STATUSES = (Status.APPROVED, Status.PROOF_RECEIVED, Status.REJECTED, Status.PAID, Status.CLOSED,
                   Status.REVOKED)
#: What "all letters" means (as on the command line): decisions and payouts.
DEFAULT_STATUSES = (Status.APPROVED, Status.REJECTED, Status.PAID)


def pdf_available() -> bool:
    """LibreOffice is installed, so a PDF can be made beside each letter."""
    return bool(shutil.which("soffice") or shutil.which("libreoffice"))


def has_letter(status: Status) -> bool:
    return kind_for(status) is not None


def kind_text(kind: str) -> str:
    """A letter kind (``approval``, ``rejection``, ``payout``) in words."""
    return {"approval": QCoreApplication.translate("Letters", "Approval letter"),
            "rejection": QCoreApplication.translate("Letters", "Rejection letter"),
            "payout": QCoreApplication.translate("Letters", "Payout notice"),
            "reminder": QCoreApplication.translate("Letters", "Reminder"),
            "revocation": QCoreApplication.translate("Letters", "Revocation"),
            "amendment": QCoreApplication.translate("Letters", "Amendment letter")}.get(str(kind), str(kind))


def without_letter(services: Services, statuses: Iterable[Status], report: Callable[[int, int], None],
                   is_cancelled: Callable[[], bool]) -> list[str] | None:
    """The references in these statuses that lack the letter their status calls for; None when cancelled."""
    wanted = [(status, kind_for(status)) for status in statuses]
    candidates = [(reference, kind) for status, kind in wanted if kind is not None
                  for reference in services.letters.references([status])]
    missing = []
    for number, (reference, kind) in enumerate(candidates, start=1):
        if is_cancelled():
            return None
        kind = services.letters.due_kind(reference) or kind  # an amended approval calls for its amendment
        if not any(document.kind == kind.value for document in services.applications.documents(reference)):
            missing.append(reference)
        report(number, len(candidates))
    return missing


@dataclass(frozen=True)
class LetterRequest:
    references: tuple[str, ...] | None = None  # these applications; None: every one in ``statuses``
    statuses: tuple[Status, ...] = DEFAULT_STATUSES
    missing_only: bool = False  # by status: only those that do not have their letter yet
    pdf: bool = False
    reminder_days: int | None = None  # reminders for every proof of use overdue or due within these days


class LetterWriter(QObject):
    """Writes the letters of a request into a folder; ``finished`` gives the ``LetterBatch``."""

    finished = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget, *, summary: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.show_summary = summary
        self.summary: LetterSummary | None = None
        self.last: LetterBatch | None = None

    def start(self, request: LetterRequest, folder: Path | None = None) -> bool:
        """Ask for the folder (unless given) and start; False when the clerk cancelled the folder choice."""
        folder = folder or ask_letters_folder(self.widget, self.context.settings)
        if folder is None:
            return False
        services, login = self.context.services, self.context.user.login
        templates = Path(self.context.settings.templates_folder) if self.context.settings.templates_folder else None

        from bwi_vouchers.services.letters import LetterBatch  # with the letters' libraries, when first needed

        def work(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> LetterBatch:
            if request.reminder_days is not None:
                return services.letters.write_reminders(login, folder, days=request.reminder_days,
                                                        template_dir=templates, pdf=request.pdf, progress=report,
                                                        is_cancelled=is_cancelled)
            references: Iterable[str] | None = request.references
            if references is None and request.missing_only:
                references = without_letter(services, request.statuses, report, is_cancelled)
                if references is None:
                    return LetterBatch((), (), 0, cancelled=True)
            return services.letters.write_many(
                login, folder, references=references, statuses=None if references is not None else request.statuses,
                template_dir=templates, pdf=request.pdf, progress=report, is_cancelled=is_cancelled)

        self.context.perform(
            work, on_done=lambda batch: self._on_done(batch, folder), on_error=self._on_failed,
            title=self.tr("Write letters"),
            label=self.tr("Writing the letters into %1 …").replace("%1", str(folder)), parent=self.widget)
        return True

    def _on_done(self, batch: LetterBatch, folder: Path) -> None:
        self.last = batch
        if self.show_summary:
            from bwi_vouchers.ui.letter_print import LetterPrinter  # (it imports this module's kind_text)

            self.summary = LetterSummary(batch, folder, self.context.language, self.widget,
                                         printer=LetterPrinter(self.context, self.widget))
            self.summary.open()
        self.finished.emit(batch)

    def _on_failed(self, error: BaseException) -> None:
        show_error(self.widget, error, self.context.language)


class LetterSummary(QDialog):
    """What a letter run did: the letters written, and the applications that got none, with the reason."""

    def __init__(self, batch: LetterBatch, folder: Path, language: str, parent: QWidget | None = None, *,
                 printer: LetterPrinter | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.printer = printer
        self.setWindowTitle(self.tr("Letters"))
        self.resize(640, 420)
        self.written = sorted(letter.reference for letter in batch.written)
        self.failed = [(reference, error.message(language)) for reference, error in batch.failed]
        if batch.total == 0 and not batch.cancelled:
            text = self.tr("No letters were needed: every application in question has its letter already.")
        else:
            text = self.tr("Letters written: %1 of %2.").replace("%1", str(len(batch.written))).replace(
                "%2", str(batch.total))
        self.headline = QLabel(text)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        notes = []
        if batch.cancelled:
            notes.append(self.tr("Cancelled: the remaining applications got no letter."))
        if self.failed:
            notes.append(self.tr("No letter for %Ln applications (reasons below).", "", len(self.failed)))
        if batch.pdf_skipped:
            notes.append(BwiError("soffice_missing").message(language))
        if batch.pdf_error is not None:
            notes.append(batch.pdf_error.message(language))
        for note in notes:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for reference, message in self.failed:
            item = QListWidgetItem(self.tr("✗ %1 – no letter: %2").replace("%1", reference).replace("%2", message))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        for letter in sorted(batch.written, key=lambda w: w.reference):  # a parallel batch ends in any order
            name = letter.path.name + (f" + {letter.pdf.name}" if letter.pdf else "")
            self.list.addItem(self.tr("✓ %1 – %2: %3").replace("%1", letter.reference).replace(
                "%2", kind_text(letter.kind)).replace("%3", name))
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, letter.pdf or letter.path)
        layout.addWidget(self.list, 1)
        where = QLabel(self.tr("Folder: %1").replace("%1", str(folder)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = QPushButton(self.tr("Print letter …"))
        self.print_button.setToolTip(self.tr("Select a letter in the list to print it."))
        self.print_button.setEnabled(False)
        self.print_button.setVisible(printer is not None and bool(batch.written))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.list.currentItemChanged.connect(
            lambda item, _: self.print_button.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole)
                                                         is not None))
        buttons.rejected.connect(self.reject)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        layout.addWidget(buttons)

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        open_path(self.folder)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        item = self.list.currentItem()
        if self.printer is not None and item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.printer.print_letter(Path(item.data(Qt.ItemDataRole.UserRole)))
