"""Berichte: the Excel budget report, the application list as Excel, the import of workbooks, and letters.

Each section says in a sentence what it makes; the work runs through the task runner with a progress
dialog (and Cancel where the service can stop), and a written file can be opened at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.listing import ApplicationFilter
from bwi_vouchers.services.reports import WrittenSheet
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import FileSavedDialog, ask_save_workbook
from bwi_vouchers.ui.letters import DEFAULT_STATUSES, LETTER_STATUSES, LetterRequest, LetterWriter, pdf_available
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import allow, heading, load
from bwi_vouchers.ui.pages.import_dialog import ImportFlow

CARD_STYLE = """
QFrame#card { background: white; border: 1px solid #d5dde7; border-radius: 8px; }
QFrame#card QLabel { border: none; background: transparent; }
"""


def _card(title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    label = QLabel(title)
    label.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f3a5f;")
    body = QLabel(text)
    body.setWordWrap(True)
    body.setStyleSheet("color: #37474f;")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    layout.addWidget(label)
    layout.addWidget(body)
    return card, layout


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6b7a;")
    return label


class ReportsPage(Page):
    key = "reports"
    watched = frozenset({Kind.BUDGET})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list_filter = ApplicationFilter()
        self.saved: FileSavedDialog | None = None
        self.setStyleSheet(CARD_STYLE)
        self.imports = ImportFlow(context, self)
        self.letters = LetterWriter(context, self)
        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(self._budget_card(), 0, 0)
        grid.addWidget(self._export_card(), 0, 1)
        grid.addWidget(self._import_card(), 1, 0)
        grid.addWidget(self._letters_card(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.title()))
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.imports.message.connect(self.import_note.setText)
        context.events.list_filter_changed.connect(self._on_list_filter_changed)
        shown = context.events.list_filter  # the list may have been filtered before this page was first built
        self._on_list_filter_changed(shown if isinstance(shown, ApplicationFilter) else self.list_filter)

    def title(self) -> str:
        return self.tr("Reports")

    # the sections ----------------------------------------------------------------------------------
    def _budget_card(self) -> QFrame:
        card, layout = _card(self.tr("Budget report (.xlsx)"), self.tr(
            "Budget, committed, paid and available per budget year and funding source; breakdowns by target "
            "field, region, measure type, destination country and company size; the de-minimis register extract "
            "and a chart. All sums come from the ledger."))
        self.year_combo = QComboBox()
        self.year_combo.addItem(self.tr("All budget years"), None)
        self.report_button = QPushButton(self.tr("Create report …"))
        self.report_button.clicked.connect(self.create_budget_report)
        layout.addLayout(_row(QLabel(self.tr("Budget year:")), self.year_combo, self.report_button))
        layout.addStretch(1)
        return card

    def _export_card(self) -> QFrame:
        card, layout = _card(self.tr("Export the application list (.xlsx)"), self.tr(
            "The applications as an Excel table (sheet “Anträge”): reference, company, measure, target field, "
            "receipt, status and the amounts. Tip: “Export …” on the Applications page exports exactly the rows "
            "shown there, in their order."))
        self.export_all = QRadioButton(self.tr("All applications"))
        self.export_filtered = QRadioButton()
        self.export_all.setChecked(True)
        group = QButtonGroup(card)
        group.addButton(self.export_all)
        group.addButton(self.export_filtered)
        self.export_button = QPushButton(self.tr("Export …"))
        self.export_button.clicked.connect(self.export_list)
        layout.addWidget(self.export_all)
        layout.addWidget(self.export_filtered)
        layout.addLayout(_row(self.export_button))
        layout.addStretch(1)
        return card

    def _import_card(self) -> QFrame:
        card, layout = _card(self.tr("Import applications from Excel"), self.tr(
            "Takes over applications – with new companies, measures and clusters – from a workbook laid out "
            "like the import template. Every row is checked first and you see a report; nothing is imported "
            "until you confirm. Importing the same file again imports nothing twice."))
        self.template_button = QPushButton(self.tr("Save the template …"))
        self.template_button.clicked.connect(self.save_template)
        self.import_button = QPushButton(self.tr("Import a workbook …"))
        self.import_button.clicked.connect(self.imports.start)
        allow(self.import_button, Role.CLERK in self.context.user.roles,
              self.tr("Only users with the clerk role import applications."))
        self.import_note = _note()
        layout.addLayout(_row(self.template_button, self.import_button))
        layout.addWidget(self.import_note)
        layout.addStretch(1)
        return card

    def _letters_card(self) -> QFrame:
        card, layout = _card(self.tr("Letters (.docx)"), self.tr(
            "Approval letters, rejection letters and payout notices as Word files in a folder of your choice; "
            "each letter is recorded with the application (file, checksum, who, when)."))
        language = self.context.language
        self.letter_choice = QComboBox()
        self.letter_choice.addItem(self.tr("approved, rejected and paid applications"), "")
        for status in LETTER_STATUSES:
            self.letter_choice.addItem(self.tr("status “%1”").replace("%1", status_text(status.value, language)),
                                       status.value)
        self.missing_only = QCheckBox(self.tr("Only applications that do not have their letter yet"))
        self.missing_only.setChecked(True)
        self.pdf = QCheckBox(self.tr("Also a PDF (LibreOffice)"))
        allow(self.pdf, pdf_available(), self.tr("LibreOffice (soffice) is not installed on this computer."))
        self.letters_button = QPushButton(self.tr("Write letters …"))
        self.letters_button.clicked.connect(self.write_letters)
        allow(self.letters_button, bool({Role.CLERK, Role.APPROVER} & self.context.user.roles),
              self.tr("Only clerks and approvers write letters."))
        folder = self.context.settings.templates_folder
        templates = _note()
        templates.setText(self.tr("Templates: your own, from %1").replace("%1", folder) if folder
                          else self.tr("Templates: the ones shipped with the program (Settings can name your own)."))
        layout.addLayout(_row(QLabel(self.tr("For:")), self.letter_choice))
        layout.addWidget(self.missing_only)
        layout.addWidget(self.pdf)
        layout.addLayout(_row(self.letters_button))
        layout.addWidget(templates)
        layout.addStretch(1)
        return card

    # loading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        budget = self.context.services.budget
        load(self, lambda: sorted({line.year for line in budget.totals()}, reverse=True), self._show_years)

    def _show_years(self, years: list[int]) -> None:
        chosen = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All budget years"), None)
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(chosen), 0) if chosen is not None else 0)

    @Slot(object)
    def _on_list_filter_changed(self, where: ApplicationFilter) -> None:
        self.list_filter = where
        self.export_filtered.setText(self.tr("As filtered in the application list: %1").replace(
            "%1", self.describe(where)))

    def describe(self, where: ApplicationFilter) -> str:
        """The list's filter in words, e.g. 'status approved · year 2026 · search “alpha”'."""
        language = self.context.language
        parts = []
        if where.statuses:
            parts.append(", ".join(sorted(status_text(s.value, language) for s in where.statuses)))
        if where.year is not None:
            parts.append(self.tr("year %1").replace("%1", str(where.year)))
        if where.theme_code is not None:
            parts.append(self.tr("target field %1").replace("%1", str(where.theme_code)))
        if where.measure_code:
            parts.append(where.measure_code)
        if where.cluster:
            parts.append(where.cluster)
        if where.text.strip():
            parts.append(self.tr("search “%1”").replace("%1", where.text.strip()))
        return " · ".join(parts) if parts else self.tr("no filter set")

    # doing -----------------------------------------------------------------------------------------
    def _write(self, title: str, target: Path, work: Callable[[Callable[[], bool]], object],
               done_text: Callable[[object], str]) -> None:
        """Run ``work(is_cancelled)`` in the background; Cancel in its progress dialog stops it, no file left."""
        def finished(result: object) -> None:
            self.saved = FileSavedDialog(title, done_text(result), target, self)
            self.saved.open()

        self.context.runner.start(lambda report, is_cancelled: work(is_cancelled), on_done=finished,
                                  on_error=lambda error: show_error(self, error, self.context.language),
                                  title=title, label=self.tr("Writing %1 …").replace("%1", target.name), parent=self)

    @Slot()
    def create_budget_report(self) -> None:
        year = self.year_combo.currentData()
        today = self.context.services.clock.today()
        which = str(year) if year else self.tr("all years")
        name = f"{self.tr('Budget report')} {which} {today:%Y-%m-%d}.xlsx"
        target = ask_save_workbook(self, self.context.settings, self.tr("Save the budget report"), name)
        if target is None:
            return
        reports = self.context.services.reports
        self._write(self.tr("Budget report"), target, lambda stop: reports.budget_report(target, year, stop),
                    lambda _: self.tr("The budget report has been written."))

    @Slot()
    def export_list(self) -> None:
        where = self.list_filter if self.export_filtered.isChecked() else None
        today = self.context.services.clock.today()
        name = f"{self.tr('Applications')} {today:%Y-%m-%d}.xlsx"
        target = ask_save_workbook(self, self.context.settings, self.tr("Export the application list"), name)
        if target is None:
            return
        reports = self.context.services.reports
        self._write(self.tr("Export"), target,
                    lambda stop: reports.export_applications(target, where, is_cancelled=stop),
                    lambda written: self.tr("%Ln applications exported.", "", _rows(written)))

    @Slot()
    def save_template(self) -> None:
        target = ask_save_workbook(self, self.context.settings, self.tr("Save the import template"),
                                   self.tr("Import template") + ".xlsx")
        if target is None:
            return
        importing = self.context.services.importing
        self._write(self.tr("Import template"), target, lambda _stop: importing.template(target),
                    lambda _: self.tr("The empty import template has been written. Fill in the sheet “Anträge” "
                                      "(the sheet “Anleitung” explains the columns) and import it here."))

    @Slot()
    def write_letters(self) -> None:
        chosen = self.letter_choice.currentData()
        statuses = (Status(chosen),) if chosen else DEFAULT_STATUSES
        self.letters.start(LetterRequest(statuses=statuses, missing_only=self.missing_only.isChecked(),
                                         pdf=self.pdf.isEnabled() and self.pdf.isChecked()))


def _rows(written: object) -> int:
    return written.rows if isinstance(written, WrittenSheet) else 0

