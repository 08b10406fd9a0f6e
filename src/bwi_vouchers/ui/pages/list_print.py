"""Printing the application list as it is shown: the filter's rows in the list's order, its visible columns.

“Print …” offers the printer (the system's print dialog), a print preview and a PDF file that opens in the
computer's PDF viewer. The rows are read off the GUI thread; above ``WARN_ROWS`` rows the clerk is asked
first, with the number of pages (the default answer is No).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
        self.choice: PrintChoice | None = None
        # A dialog rather than a drop-down menu: a menu's own event loop would hold up everything behind it.
        self.button = QPushButton(self.tr("Print …"))
        self.button.clicked.connect(self._on_button_clicked)

    @Slot()
    def _on_button_clicked(self) -> None:
        self.choice = PrintChoice(self.widget)
        self.choice.chosen.connect(self.start)
        self.choice.open()

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
                # the dialog does not own its printer: kept here, or Python frees it under the dialog (a crash)
                self.preview_printer = landscape_printer()
                self.preview = QPrintPreviewDialog(self.preview_printer, self.widget)
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


class PrintChoice(QDialog):
    """How to print the list: on a printer, as a preview first, or as a PDF file that opens in the viewer."""

    chosen = Signal(str)  # print, preview or pdf

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        text = QLabel(self.tr("Print the applications shown – with the filters, the order and the columns of the "
                              "list – in landscape:"))
        text.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print …"))
        self.preview_button = QPushButton(self.tr("Print preview …"))
        self.pdf_button = QPushButton(self.tr("Save as PDF and open …"))
        cancel = QPushButton(self.tr("Cancel"))
        row = QHBoxLayout()
        for button, mode in ((self.print_button, "print"), (self.preview_button, "preview"), (self.pdf_button, "pdf")):
            button.clicked.connect(lambda _=False, m=mode: self._choose(m))
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(cancel)
        cancel.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)

    def _choose(self, mode: str) -> None:
        self.accept()
        self.chosen.emit(mode)
