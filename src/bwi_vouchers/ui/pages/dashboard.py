"""Übersicht: applications per status, budget per year and source, proofs of use coming due, recent activity."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.ledger import BudgetTotals
from bwi_vouchers.services.audit import AuditRow
from bwi_vouchers.services.changes import Kind
from bwi_vouchers.services.dashboard import DueProof, DueProofs
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.audit_words import changes_text, sentence
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import heading, reader_of, section, table
from bwi_vouchers.ui.widgets.budget_chart import BudgetChart
from bwi_vouchers.ui.widgets.status_chip import COLOURS

DUE_WITHIN_DAYS = 30
RECENT = 12


@dataclass(frozen=True)
class Overview:
    counts: dict[Status, int]
    budget: list[BudgetTotals]
    due: DueProofs
    recent: list[AuditRow]


class StatusTile(QPushButton):
    """A status word under its count, on the status colour; a click opens the list filtered to it."""

    def __init__(self, word: str, background: str, text: str) -> None:
        super().__init__()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(76)
        self.setStyleSheet(
            f"QPushButton {{ background: {background}; border: none; border-radius: 6px; }}"
            f"QPushButton:hover {{ border: 2px solid {text}; }}"
        )
        self.count = QLabel("0")
        self.count.setStyleSheet(f"color: {text}; font-size: 22px; font-weight: 600; background: transparent;")
        self.word = QLabel(word)
        self.word.setWordWrap(True)
        self.word.setStyleSheet(f"color: {text}; font-size: 12px; background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        for label in (self.count, self.word):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)


class DashboardPage(Page):
    key = "dashboard"
    watched = frozenset({Kind.APPLICATIONS, Kind.BUDGET, Kind.PROGRAMME})  # counts, gauges, overdue proofs

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The budget totals (sums over the whole ledger) and the application figures are read side by side.
        self._read_budget, self._read_applications = reader_of(self), reader_of(self)
        self._generation = 0
        f = context.formats
        self.tiles: dict[Status, StatusTile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for number, status in enumerate(Status):
            tile = StatusTile(status_text(status.value, context.language), *COLOURS[status])
            tile.setToolTip(self.tr("Show these applications in the list"))
            tile.clicked.connect(lambda _=False, s=status: self._on_tile_clicked(s))
            tiles.addWidget(tile, number // 5, number % 5)
            self.tiles[status] = tile
        self.chart = BudgetChart(f)
        self.chart.setFixedHeight(320)
        self.due_model: RowsModel[DueProof] = RowsModel(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Due on"), lambda r: f.date(r.due_date), key=lambda r: r.due_date),
                Column(
                    self.tr("Days"),
                    self._days_text,
                    key=lambda r: r.days_left,
                    colour=lambda r: QColor("#b71c1c") if r.days_left < 0 else None,
                ),
                Column(self.tr("Company"), lambda r: r.company),
            ],
            self,
        )
        self.due_table = table(self.due_model, long=True)  # up to 500 proofs due
        self.due_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.due_table.setMinimumHeight(240)
        self.due_table.doubleClicked.connect(self._on_due_table_double_clicked)
        self.due_label = QLabel()
        self.reminders_button = QPushButton(self.tr("Write reminders …"))
        self.reminders_button.setToolTip(self.tr("A reminder letter (Erinnerung) for every proof of use overdue or "
                                                 "due within %1 days, into a folder you choose; each is recorded "
                                                 "under the application's documents.").replace(
                                                     "%1", str(DUE_WITHIN_DAYS)))
        self.reminders_button.setEnabled(False)
        self.reminders_button.clicked.connect(self._on_reminders_button_clicked)
        self.reminders: QObject | None = None  # the letter writer, made on first use
        due_footer = QWidget()
        footer = QHBoxLayout(due_footer)
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.due_label, 1)
        footer.addWidget(self.reminders_button)
        self.recent_model: RowsModel[AuditRow] = RowsModel(
            [
                Column(self.tr("When"), lambda r: f.moment(r.at), key=lambda r: (r.at, r.id)),
                Column(self.tr("Who"), lambda r: r.user_name),
                Column(
                    self.tr("What"),
                    lambda r: sentence(r, f),
                    tooltip=lambda r: changes_text(r.changes, f, separator="\n", names=r.names),
                ),
            ],
            self,
        )
        self.recent_table = table(self.recent_model, sortable=False)
        self.recent_table.setMinimumHeight(240)

        lower = QHBoxLayout()
        for title, view, extra in (
            (self.tr("Proofs of use overdue or due within 30 days"), self.due_table, due_footer),
            (self.tr("Recent activity"), self.recent_table, None),
        ):
            column = QVBoxLayout()
            column.addWidget(section(title))
            column.addWidget(view)
            if extra is not None:
                column.addWidget(extra)
            lower.addLayout(column, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Overview")))
        layout.addWidget(section(self.tr("Applications by status")))
        layout.addLayout(tiles)
        layout.addWidget(section(self.tr("Budget by year and funding source")))
        layout.addWidget(self.chart)
        layout.addLayout(lower, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Overview")

    def reload(self) -> None:
        services = self.context.services
        year = services.clock.today().year

        def budget() -> list[BudgetTotals]:
            return [line for line in services.budget.totals() if line.year >= year - 1][:8]

        def applications() -> tuple[dict[Status, int], DueProofs, list[AuditRow]]:
            dashboard = services.dashboard
            return dashboard.status_counts(), dashboard.due_proofs(DUE_WITHIN_DAYS), dashboard.recent_events(RECENT)

        self._generation += 1
        generation = self._generation
        lines: list[list[BudgetTotals]] = []
        figures: list[tuple[dict[Status, int], DueProofs, list[AuditRow]]] = []

        def show_when_both_arrived() -> None:
            if generation == self._generation and lines and figures:  # (and no newer reload asked)
                counts, due, recent = figures[0]
                self._show(Overview(counts, lines[0], due, recent))

        def budget_arrived(found: list[BudgetTotals]) -> None:
            lines.append(found)
            show_when_both_arrived()

        def figures_arrived(found: tuple[dict[Status, int], DueProofs, list[AuditRow]]) -> None:
            figures.append(found)
            show_when_both_arrived()

        self._read_budget(budget, budget_arrived)
        self._read_applications(applications, figures_arrived)

    def _show(self, overview: Overview) -> None:
        f = self.context.formats
        for status, tile in self.tiles.items():
            tile.count.setText(f.number(overview.counts.get(status, 0)))
        self.chart.set_lines(overview.budget)
        self.due_model.set_rows(overview.due.rows)
        self.due_table.resizeColumnsToContents()
        shown, total = len(overview.due.rows), overview.due.total
        self.reminders_button.setEnabled(total > 0)
        self.due_label.setText(
            self.tr("None due.")
            if total == 0
            else (
                self.tr("%1 due in all.").replace("%1", f.number(total))
                if shown == total
                else self.tr("The first %1 of %2 are shown.")
                .replace("%1", f.number(shown))
                .replace("%2", f.number(total))
            )
        )
        self.recent_model.set_rows(overview.recent)
        self.recent_table.resizeColumnsToContents()

    def _days_text(self, proof: DueProof) -> str:
        days = proof.days_left
        if days == 0:
            return self.tr("due today")
        if days < 0:
            return self.tr("1 day overdue") if days == -1 else self.tr("%1 days overdue").replace("%1", str(-days))
        return self.tr("in 1 day") if days == 1 else self.tr("in %1 days").replace("%1", str(days))

    @Slot()
    def _on_reminders_button_clicked(self) -> None:
        from bwi_vouchers.ui.letters import LetterRequest, LetterWriter  # the letters' parts, when first needed

        if self.reminders is None:
            self.reminders = LetterWriter(self.context, self)
        assert isinstance(self.reminders, LetterWriter)
        self.reminders.start(LetterRequest(reminder_days=DUE_WITHIN_DAYS))

    def _on_tile_clicked(self, status: Status) -> None:
        self.context.events.navigate_requested.emit("applications")
        self.context.events.status_filter_requested.emit(status.value)

    @Slot(QModelIndex)
    def _on_due_table_double_clicked(self, index: QModelIndex) -> None:
        self.context.events.application_open_requested.emit(self.due_model.row_at(index.row()).reference)
