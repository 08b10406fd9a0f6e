"""Budget: lines per year and funding source (budget, committed, paid, available), their ledger and a chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import LedgerKind, Role
from bwi_vouchers.domain.ledger import BudgetTotals
from bwi_vouchers.services.budget import LEDGER_ORDER
from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.dto import LedgerEntryInfo, UserInfo
from bwi_vouchers.ui.audit_words import ledger_kind_text, ledger_note_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.models.paged import PagedRowsModel
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import allow, has_role, heading, load, reader_of, section, table
from bwi_vouchers.ui.widgets.budget_chart import BudgetChart
from bwi_vouchers.ui.widgets.form_dialog import FormDialog


class BudgetPage(Page):
    key = "budget"
    watched = frozenset({Kind.BUDGET, Kind.PROGRAMME})  # lines, ledger; the funding sources

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        f = context.formats
        self.sources: list[str] = []
        self.user_names: dict[str, str] = {}
        self.dialog: FormDialog | None = None
        self.lines: RowsModel[BudgetTotals] = RowsModel(
            [
                Column(self.tr("Year"), lambda r: str(r.year), key=lambda r: r.year),
                Column(self.tr("Funding source"), lambda r: r.source),
                Column(self.tr("Budget"), lambda r: f.money(r.budget), key=lambda r: r.budget, right=True),
                Column(self.tr("Committed"), lambda r: f.money(r.committed), key=lambda r: r.committed, right=True),
                Column(self.tr("Paid"), lambda r: f.money(r.paid), key=lambda r: r.paid, right=True),
                Column(self.tr("Available"), lambda r: f.money(r.available), key=lambda r: r.available, right=True),
                Column(
                    self.tr("Used"),
                    self._used_text,
                    key=lambda r: (r.budget - r.available) / r.budget if r.budget else 0,
                    right=True,
                ),
            ],
            self,
        )
        self.lines_table = table(self.lines)
        self.lines_table.selectionModel().selectionChanged.connect(self._on_lines_selection_changed)
        budget = context.services.budget
        self.shown_line: tuple[int, str] | None = None  # (year, source) whose ledger the ledger table shows
        self._ledger_started: tuple[int, str] | None = None  # a reload read this line's ledger again already
        self._selecting = False
        kind_rank = {kind.value: n for n, kind in enumerate(sorted(LedgerKind, key=ledger_kind_text))}

        def fetch_ids(line: tuple[int, str] | None, column: int, descending: bool) -> list[int]:
            if line is None:
                return []
            names = self.user_names  # replaced whole on each load, never changed in place
            user_rank = {login: n for n, login in enumerate(sorted(names, key=lambda x: names[x].casefold()))}
            return budget.ledger_ids(*line, LEDGER_ORDER[column], descending, kind_rank=kind_rank,
                                     user_rank=user_rank)

        def fetch_rows(ids: Sequence[int]) -> list[LedgerEntryInfo]:
            line: tuple[int, str] | None = self.ledger.query
            if line is None or not ids:
                return []
            year, source = line
            return budget.ledger_entries(year, source, ids)

        self.ledger: PagedRowsModel[LedgerEntryInfo] = PagedRowsModel(
            [
                Column(self.tr("Booked on"), lambda r: f.date(r.booked_on), key=lambda r: (r.booked_on, r.id)),
                Column(self.tr("Kind"), lambda r: ledger_kind_text(r.kind)),
                Column(self.tr("Application"), lambda r: r.reference or "—"),
                Column(self.tr("Amount"), lambda r: f.money(r.amount), key=lambda r: r.amount, right=True),
                Column(self.tr("Booked by"), lambda r: self.user_names.get(r.booked_by, r.booked_by)),
                Column(self.tr("Note"), lambda r: ledger_note_text(r.note, f.language)),
            ],
            reader_of(self),
            fetch_ids=fetch_ids,
            fetch_rows=fetch_rows,
            parent=self,
        )
        self.ledger.loaded.connect(self._on_ledger_loaded)
        self.ledger_table = table(self.ledger, long=True)
        self.ledger_table.doubleClicked.connect(self._on_ledger_double_clicked)
        self.ledger_title = section(self.tr("Ledger"))
        self.chart = BudgetChart(f)
        self.set_button = QPushButton(self.tr("Set budget line…"))
        self.set_button.clicked.connect(self.open_line_dialog)
        allow(
            self.set_button, has_role(self, Role.BUDGET), self.tr("Only users with the budget role set budget lines.")
        )
        hint = QLabel(
            self.tr(
                "Available = budget − open commitments − payouts. The ledger is the record; "
                "the totals are derived from it."
            )
        )
        hint.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Budget")))
        top.addStretch(1)
        top.addWidget(self.set_button)
        ledger = QWidget()
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.addWidget(self.ledger_title)
        ledger_layout.addWidget(self.ledger_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(ledger, self.tr("Ledger"))
        self.tabs.addTab(self.chart, self.tr("Chart"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lines_table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Budget")

    def reload(self) -> None:
        budget = self.context.services.budget
        users = self.context.services.users
        self._ledger_started = self.shown_line
        if self.shown_line is not None:  # its ledger read beside the totals, not after them
            self.ledger.reload(self.shown_line)
        load(self, lambda: (budget.totals(), budget.sources(), users.list()), self._show)

    def _show(self, result: tuple[list[BudgetTotals], list[str], list[UserInfo]]) -> None:
        chosen = self.selected_line()
        lines, self.sources, users = result
        self.user_names = {u.login: u.display_name for u in users}
        self.lines.set_rows(lines)
        self.chart.set_lines(lines)
        self.lines_table.resizeColumnsToContents()
        rows = self.lines.rows()
        keep = next(
            (n for n, r in enumerate(rows) if chosen and (r.year, r.source) == (chosen.year, chosen.source)), None
        )
        if keep is None and rows:
            year = self.context.services.clock.today().year
            this_year = [n for n, r in enumerate(rows) if r.year == year] or list(range(len(rows)))
            keep = max(this_year, key=lambda n: rows[n].budget - rows[n].available)
        if keep is not None:
            self._selecting = True  # the ledger is read once, below
            try:
                self.lines_table.selectRow(keep)
            finally:
                self._selecting = False
            self._load_ledger()
        else:
            self.ledger.reload(None)

    def selected_line(self) -> BudgetTotals | None:
        rows = self.lines_table.selectionModel().selectedRows() if self.lines_table.selectionModel() else []
        return self.lines.row_at(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _on_lines_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if not self._selecting:
            self._load_ledger()

    def _load_ledger(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        self.ledger_title.setText(self.tr("Ledger of %1").replace("%1", f"{line.year} {line.source}"))
        chosen = (line.year, line.source)
        started, self._ledger_started = self._ledger_started, None
        self.shown_line = chosen
        if started != chosen:  # (else the reload is reading this line's ledger again already)
            self.ledger.reload(chosen)

    @Slot(int)
    def _on_ledger_loaded(self, position: int) -> None:
        self.ledger_table.resizeColumnsToContents()

    def open_line_dialog(self) -> None:
        """A dialog to set or change a line (prefilled with the selected one); refusals show at the field."""
        f = self.context.formats
        line = self.selected_line()
        dialog = FormDialog(
            self.tr("Set budget line"),
            f.language,
            self,
            intro=self.tr("A budget may not drop below what is already committed and paid on its line."),
        )
        year = dialog.add("year", self.tr("Year"), QSpinBox())
        year.setRange(2000, 2100)
        year.setValue(line.year if line else self.context.services.clock.today().year)
        source = dialog.add("source", self.tr("Funding source"), QComboBox())
        source.addItems(self.sources)
        if line is not None:
            source.setCurrentText(line.source)
        amount = dialog.add("amount", self.tr("Budget (€)"), QLineEdit())
        amount.setPlaceholderText(f.money(Decimal(250000)))
        if line is not None:
            amount.setText(f.money(line.budget).replace(" €", "").replace("€", ""))

        def submit() -> Callable[[], BudgetTotals]:
            ctx, values = self.context, (year.value(), source.currentText(), dialog.money("amount", amount.text()))
            return lambda: ctx.services.budget.set_line(ctx.user.login, *values)

        dialog.on_submit(submit, self.context)
        self.dialog = dialog
        dialog.open()

    def _used_text(self, line: BudgetTotals) -> str:
        if not line.budget:
            return "—"
        return self.context.formats.percent((line.budget - line.available) / line.budget, places=1)

    @Slot()
    def _on_ledger_double_clicked(self) -> None:
        rows = self.ledger_table.selectionModel().selectedRows()
        if rows and self.ledger.row_at(rows[0].row()).reference:
            self.context.events.application_open_requested.emit(self.ledger.row_at(rows[0].row()).reference or "")
