"""Printing the application list as it is shown: the filter's rows in the list's order, its visible columns.

“Print …” offers the printer (the system's print dialog), a print preview and a PDF file that opens in the
computer's PDF viewer. The rows are read off the GUI thread; above ``WARN_ROWS`` rows the clerk is asked
first, with the number of pages (the default answer is No).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QTableView, QWidget

from bwi_vouchers.services.listing import MONEY_COLUMNS, ApplicationRow, Column
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import FILES_KEY, open_path
from bwi_vouchers.ui.models.applications import ApplicationTableModel
from bwi_vouchers.ui.pages.common import allow
from bwi_vouchers.ui.table_print import (
    PrintColumn,
    PrintTable,
    landscape_printer,
    page_count,
    paint_table,
    print_to_pdf,
)
from bwi_vouchers.ui.widgets.menu_button import menu_button

WARN_ROWS = 2_000


class ListPrinting(QObject):
    """The list page's “Print …” button and what it does."""

    def __init__(self, context: UiContext, parent: QWidget, *, view: QTableView, model: ApplicationTableModel,
                 shown: Callable[[], Callable[[], list[ApplicationRow]]]) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.view = view
        self.model = model
        self.shown = shown
        self.last_pdf: Path | None = None
        self.preview: QPrintPreviewDialog | None = None
        menu = QMenu(parent)
        self.print_action = menu.addAction(self.tr("Print …"))
        self.preview_action = menu.addAction(self.tr("Print preview …"))
        self.pdf_action = menu.addAction(self.tr("Save as PDF and open …"))
        self.button = menu_button(self.tr("Print …"), menu)
        self.print_action.triggered.connect(lambda: self.start("print"))
        self.preview_action.triggered.connect(lambda: self.start("preview"))
        self.pdf_action.triggered.connect(lambda: self.start("pdf"))

    def update_state(self, shown: int) -> None:
        allow(self.button, shown > 0, self.tr("The list shows no applications; change the filters."))
        if shown:
            self.button.setToolTip(self.tr("Prints the %1 applications shown – with the filters, the order and the "
                                           "columns of the list – in landscape.").replace(
                "%1", self.context.formats.number(shown)))

    def columns(self) -> list[tuple[Column, PrintColumn]]:
        """The visible columns in the order the list shows them, with its widths and headers."""
        header = self.view.horizontalHeader()
        chosen = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            column = Column(logical)
            chosen.append((column, PrintColumn(str(self.model.headerData(logical, header.orientation())),
                                               max(header.sectionSize(logical), 40), column in MONEY_COLUMNS)))
        return chosen

    @Slot()
    def start(self, mode: str) -> None:
        """Read the rows shown, then print (``print``), preview (``preview``) or write a PDF (``pdf``)."""
        count = self.model.rowCount()
        if count > WARN_ROWS and not self._many_confirmed(count):
            return
        target: Path | None = None
        if mode == "pdf":
            target = self._ask_pdf()
            if target is None:
                return
        columns = self.columns()
        read_rows, display = self.shown(), self.model.display_text
        today = self.context.services.clock.today()
        title = self.tr("Applications (%1)")
        printed_on = self.tr("Printed on %1").replace("%1", self.context.formats.date(today))
        formats = self.context.formats

        def work(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> PrintTable:
            rows = read_rows()
            texts = [tuple(display(row, column) for column, _ in columns) for row in rows]
            return PrintTable(title.replace("%1", formats.number(len(texts))), [c for _, c in columns], texts,
                              printed_on)

        self.context.runner.start(
            work, on_done=lambda table: self._on_read(mode, table, target),
            on_error=lambda error: show_error(self.widget, error, self.context.language),
            title=self.tr("Print"), label=self.tr("Reading the applications shown …"), parent=self.widget)

    def _many_confirmed(self, count: int) -> bool:
        pages = page_count(landscape_printer(), PrintTable("", [c for _, c in self.columns()], [""] * count, ""))
        answer = QMessageBox.question(
            self.widget, self.tr("Print"),
            self.tr("The list shows %1 applications, about %2 pages. Print them all?\n\nA filter (status, year, "
                    "measure …) makes the list shorter.").replace("%1", self.context.formats.number(count)).replace(
                "%2", self.context.formats.number(pages)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_pdf(self) -> Path | None:
        folder = str(self.context.settings.value(FILES_KEY, "") or Path.home())
        today = self.context.services.clock.today()
        name = f"{self.tr('Applications')} {today:%Y-%m-%d}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save the list as PDF"), str(Path(folder) / name),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.context.settings.set_value(FILES_KEY, str(path.parent))
        return path

    def _on_read(self, mode: str, table: PrintTable, target: Path | None) -> None:
        try:
            if mode == "pdf" and target is not None:
                self.last_pdf = print_to_pdf(table, target)
                open_path(self.last_pdf)
            elif mode == "preview":
                self.preview = QPrintPreviewDialog(landscape_printer(), self.widget)
                self.preview.paintRequested.connect(lambda printer: paint_table(printer, table))
                self.preview.open()
            else:
                self._print(table)
        except OSError as error:  # the printer could not be started
            QMessageBox.warning(self.widget, self.tr("Print"), str(error))

    def _print(self, table: PrintTable) -> None:
        printer = landscape_printer()
        dialog = QPrintDialog(printer, self.widget)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, page_count(printer, table))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_table(printer, table)
