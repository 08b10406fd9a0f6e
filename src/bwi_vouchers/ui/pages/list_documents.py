"""The application list's files: export exactly the rows shown, and write the letters of the selected rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.services.listing import ApplicationRow, Selection, selection_of
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import FileSavedDialog, ask_save_workbook
from bwi_vouchers.ui.letters import LetterRequest, LetterWriter, has_letter
from bwi_vouchers.ui.pages.common import allow

if TYPE_CHECKING:
    from bwi_vouchers.services.reports import WrittenSheet  # imported when a sheet is written


class ListDocuments(QObject):
    """Two buttons for the list page: “Export …” (the rows shown) and “Write letters …” (the selection)."""

    def __init__(self, context: UiContext, parent: QWidget, *, shown: Callable[[], Callable[[], list[ApplicationRow]]],
                 selected: Callable[[], Selection | list[tuple[str, Status]]]) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.shown = shown
        self.selected = selected
        self.saved: FileSavedDialog | None = None
        self.export_button = QPushButton(self.tr("Export …"))
        self.export_button.clicked.connect(self.export_shown)
        self.letters_button = QPushButton(self.tr("Write letters …"))
        self.letters_button.clicked.connect(self.write_letters)
        self.writer = LetterWriter(context, parent)

    def update_state(self, shown: int) -> None:
        """Enable the buttons for what the list shows and what is selected, or say why not."""
        allow(self.export_button, shown > 0, self.tr("The list shows no applications; change the filters."))
        if self.export_button.isEnabled():
            self.export_button.setToolTip(self.tr("Saves the %Ln applications shown – with the filters and the "
                                                  "order of the list – as an Excel table.", "", shown))
        chosen = selection_of(self.selected())
        able = chosen.count(has_letter)
        if not {Role.CLERK, Role.APPROVER} & self.context.user.roles:
            reason = self.tr("Only clerks and approvers write letters.")
        elif not chosen:
            reason = self.tr("Select approved, rejected or paid applications in the list first.")
        elif not able:
            reason = self.tr("None of the selected applications is approved, rejected, paid or closed: there is no "
                             "letter to write.")
        else:
            reason = ""
        allow(self.letters_button, not reason, reason)
        if not reason:
            self.letters_button.setToolTip(self.tr("Writes the letters of %1 of the %2 selected applications into a "
                                                   "folder you choose.").replace("%1", str(able)).replace(
                "%2", str(len(chosen))))

    @Slot()
    def export_shown(self) -> None:
        read_rows = self.shown()  # reads the rows shown, in the list's order, on the worker
        today = self.context.services.clock.today()
        target = ask_save_workbook(self.widget, self.context.settings, self.tr("Export the applications shown"),
                                   f"{self.tr('Applications')} {today:%Y-%m-%d}.xlsx")
        if target is None:
            return
        reports = self.context.services.reports

        def done(written: WrittenSheet) -> None:
            text = self.tr("%Ln applications exported.", "", written.rows)
            self.saved = FileSavedDialog(self.tr("Export"), text, written.path, self.widget)
            self.saved.open()

        self.context.runner.start(
            lambda report, is_cancelled: reports.export_applications(target, rows=read_rows(),
                                                                     is_cancelled=is_cancelled),
            on_done=done,
            on_error=lambda error: show_error(self.widget, error, self.context.language), title=self.tr("Export"),
            label=self.tr("Writing %1 …").replace("%1", target.name), parent=self.widget)

    @Slot()
    def write_letters(self) -> None:
        chosen = selection_of(self.selected())
        if len(chosen):
            references = self.context.services.listing.references(chosen)  # select all: one query
            self.writer.start(LetterRequest(references=tuple(references)))
