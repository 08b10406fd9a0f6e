"""Import a workbook: check every row first (a dry run), show the report, and import only when confirmed.

``ImportFlow`` runs ``ImportService.run`` through the task runner twice: first as a dry run (nothing is
changed), then — after the clerk pressed “Import” in the ``ImportReportDialog`` — for real, in one
transaction. A cancelled run changes nothing; a file that cannot be read is refused with the service's
message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers import formats
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.importing import ImportReport, RowResult, RowState
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import ask_open_workbook
from bwi_vouchers.ui.geometry import available_area, fitted, keep_geometry
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.common import table

FIT_ROWS = 2000
COLOURS = {RowState.IMPORTED: QColor("#1b5e20"), RowState.ALREADY: QColor("#616161"),
           RowState.REFUSED: QColor("#b71c1c")}


#: The import report's first size (fitted to the screen); the page remembers what the user makes of it.
REPORT_SIZE = QSize(960, 560)


class ImportReportDialog(QDialog):
    """Per row: sheet, row number, result, and the reference given or the column and reason it was refused."""

    def __init__(self, report: ImportReport, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.language = language
        self.setWindowTitle((self.tr("Check the import: %1") if report.dry_run else self.tr("Import done: %1"))
                            .replace("%1", report.path.name))
        self.resize(fitted(REPORT_SIZE, available_area(self)))
        self.headline = QLabel(self.summary())
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.hint = QLabel(self._hint())
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #37474f;")
        self.model: RowsModel[RowResult] = RowsModel([
            Column(self.tr("Sheet"), lambda r: r.sheet),
            Column(self.tr("Row"), lambda r: str(r.row), key=lambda r: (r.sheet, r.row), right=True),
            Column(self.tr("Result"), self.result_text, colour=lambda r: COLOURS[r.state]),
            Column(self.tr("Reference or reason"), self.details, tooltip=lambda r: self.details(r, "\n")),
        ], self)
        self.model.set_rows(report.rows)
        self.view = table(self.model, self, sortable=False)
        self.view.setWordWrap(True)  # a reason is read whole, not cut off
        self.model.modelReset.connect(self._fit_rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setMinimumSectionSize(26)
        self._fit_rows()
        self.refused_only = QCheckBox(self.tr("Show refused rows only"))
        self.refused_only.setEnabled(report.refused > 0)
        self.refused_only.toggled.connect(self._on_refused_only_toggled)
        buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        if report.dry_run:
            self.import_button = QPushButton(self.tr("Import now"))
            self.import_button.setDefault(True)
            able = report.count(RowState.IMPORTED) > 0
            self.import_button.setEnabled(able)
            self.import_button.setToolTip(
                self.tr("Imports the rows marked “will be imported”, all in one go; refused rows are left out.")
                if able else self.tr("There is nothing to import."))
            buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setToolTip(self.tr("Import nothing."))
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.refused_only)
        layout.addWidget(buttons)

    def summary(self) -> str:
        report = self.report
        read = len(report.rows)

        def number(value: int) -> str:
            return formats.number(value, self.language)

        if report.dry_run:
            text = self.tr("%Ln rows read: %2 will be imported, %3 already imported, %4 refused.", "", read)
        else:
            text = self.tr("%Ln rows read: %2 imported, %3 already imported, %4 refused.", "", read)
        return (text.replace("%2", number(report.count(RowState.IMPORTED)))
                .replace("%3", number(report.count(RowState.ALREADY))).replace("%4", number(report.refused)))

    def _hint(self) -> str:
        if not self.report.dry_run:
            return self.tr("The new applications are in the list now; their checklists say whether they are "
                           "eligible.")
        if self.report.refused:
            return self.tr("Nothing has been changed yet. Refused rows are left out when you import; correct them "
                           "in the workbook and import it again later (rows already imported are recognised).")
        return self.tr("Nothing has been changed yet. “Import now” takes the rows over, all in one go.")

    def result_text(self, row: RowResult) -> str:
        if row.state is RowState.REFUSED:
            return self.tr("refused")
        if row.state is RowState.ALREADY:
            return self.tr("already imported")
        return self.tr("will be imported") if self.report.dry_run else self.tr("imported")

    def details(self, row: RowResult, separator: str = "; ") -> str:
        if row.state is not RowState.REFUSED:
            return row.key or ""
        parts = []
        for problem in row.problems:
            message = problem.message(self.language)
            parts.append(self.tr("Column “%1”: %2").replace("%1", problem.column).replace("%2", message)
                         if problem.column else message)
        return separator.join(parts)

    @Slot()
    def _fit_rows(self) -> None:
        if self.model.rowCount() <= FIT_ROWS:  # measuring every row's text costs time on very long reports
            self.view.resizeRowsToContents()

    @Slot(bool)
    def _on_refused_only_toggled(self, only: bool) -> None:
        rows = self.report.rows
        self.model.set_rows([r for r in rows if r.state is RowState.REFUSED] if only else rows)


class ImportFlow(QObject):
    """Pick a workbook → dry run → report → on “Import” the real run; ``message`` says how it ended."""

    message = Signal(str)
    imported = Signal(object)  # the ImportReport of the real run

    def __init__(self, context: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.dialog: ImportReportDialog | None = None

    def start(self) -> None:
        path = ask_open_workbook(self.widget, self.context.settings, self.tr("Import a workbook"))
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        self._run(path, dry_run=True, title=self.tr("Check the workbook"),
                  label=self.tr("Reading and checking every row of %1 – nothing is changed yet …").replace(
                      "%1", path.name))

    def _run(self, path: Path, *, dry_run: bool, title: str, label: str) -> None:
        importing, login = self.context.services.importing, self.context.user.login

        def work(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> ImportReport:
            return importing.run(login, path, dry_run=dry_run, progress=report, is_cancelled=is_cancelled)

        self.context.perform(work, on_done=self._on_done, on_error=self._on_failed, title=title, label=label,
                             parent=self.widget)

    def _on_done(self, report: ImportReport) -> None:
        old, self.dialog = self.dialog, ImportReportDialog(report, self.context.language, self.widget)
        keep_geometry(self.dialog, self.context.settings, "import/geometry", REPORT_SIZE)  # remembered
        if old is not None:
            old.deleteLater()  # the dry run's report, closed by now
        if report.dry_run:
            self.dialog.accepted.connect(lambda: self._on_confirmed(report.path))
            self.dialog.rejected.connect(lambda: self.message.emit(self.tr("Import cancelled; nothing was changed.")))
        else:
            self.message.emit(self.dialog.summary())
            self.imported.emit(report)
        self.dialog.open()

    def _on_confirmed(self, path: Path) -> None:
        self._run(path, dry_run=False, title=self.tr("Import"),
                  label=self.tr("Importing %1 …").replace("%1", path.name))

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, BwiError) and error.code == "import_cancelled":
            self.message.emit(error.message(self.context.language))
            return
        if isinstance(error, BwiError):
            self.message.emit(error.message(self.context.language))
        show_error(self.widget, error, self.context.language)
